"""The example article end to end: the foundation issue's acceptance, and the table contract."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from helpers import analyze, analyze_text
from helpers.tables import SCHEMAS


def test_seed_article_metadata(seed_corpus):
    art = seed_corpus.articles.iloc[0]
    assert art.title == "France plans coalition meeting on Islamic State, says militants retreating"
    assert art.source == "Reuters"
    assert art.dateline == "PARIS"
    assert art.published == pd.Timestamp("2016-01-07")
    assert art.published_from == "caption+weekday"
    assert art.authors == ["John Irish", "Andrew Callus", "Emmanuel Jarry"]
    assert art.editors == ["James Regan", "Mark Heinrich"]
    assert art.caption.startswith("French Defence Minister Jean-Yves Le Drian (R) speaks with soldiers")
    assert seed_corpus.errors.empty


def test_every_table_has_the_contract_columns(seed_corpus):
    for name, schema in SCHEMAS.items():
        frame = getattr(seed_corpus, name)
        assert list(frame.columns)[:len(schema.names)] == schema.names, name


@pytest.mark.parametrize("table", ["sentences", "mentions", "quotes", "timeline"])
def test_offsets_are_evidence(seed_corpus, table):
    text = seed_corpus.articles.set_index("article_id")["text"]
    frame = getattr(seed_corpus, table)
    assert len(frame)
    for row in frame.itertuples():
        assert text[row.article_id][row.start:row.end] == row.text


def test_stance_and_speaker_offsets(seed_corpus):
    text = seed_corpus.articles["text"].iloc[0]
    for row in seed_corpus.stances.itertuples():
        assert text[row.start:row.end] == row.evidence
        assert row.source_end > row.source_start and row.target_end > row.target_start
    for row in seed_corpus.quotes.dropna(subset=["speaker_start"]).itertuples():
        assert text[row.speaker_start:row.speaker_end] == row.speaker_text


def test_caption_and_credits_are_their_own_parts(seed_corpus):
    parts = seed_corpus.sentences.groupby("part")["text"].apply(list)
    assert parts["title"] == ["France plans coalition meeting on Islamic State, says militants retreating"]
    assert any("REUTERS/Kenzo Tribouillard" in s for s in parts["caption"])
    assert parts["credits"] == ["(Reporting by John Irish, Andrew Callus and Emmanuel Jarry; Editing by James Regan and Mark Heinrich)"]
    assert not any("Reporting by" in s for s in parts["body"])


def test_no_actor_from_credits_or_fragments(seed_corpus):
    names = set(seed_corpus.actors["name"])
    for bad in ("Jean-Yves Le", "State", "Defence", "Le", "REUTERS/Kenzo Tribouillard", "Kenzo Tribouillard",
                "John Irish", "James Regan", "Reuters"):
        assert bad not in names


def test_seed_actors(seed_corpus):
    actors = seed_corpus.actors.set_index("name")
    assert actors.loc["Jean-Yves Le Drian", "actor_type"] == "person"
    assert actors.loc["Jean-Yves Le Drian", "country"] == "FRA"
    assert actors.loc["Jean-Yves Le Drian", "n_mentions"] >= 5
    assert "Le Drian" in actors.loc["Jean-Yves Le Drian", "aliases"]
    assert actors.loc["Islamic State", "actor_type"] == "organization"
    assert "Daesh" in actors.loc["Islamic State", "aliases"]
    assert actors.loc["Islamic State", "n_mentions"] >= 9
    assert actors.loc["Maria Zakharova", "country"] == "RUS"
    assert actors.loc["Maria Zakharova", "n_mentions"] >= 2
    assert actors.loc["Bashar al-Assad", "country"] == "SYR"
    assert actors.loc["Laurent Fabius", "country"] == "FRA"
    assert actors.loc["Francois Hollande", "country"] == "FRA"


@pytest.mark.parametrize("start, speaker, kind", [
    ("We struck last night in Mosul", "Jean-Yves Le Drian", "direct"),
    ("We'll see how we can intensify", "Jean-Yves Le Drian", "direct"),
    ("It's very complicated", "Jean-Yves Le Drian", "direct"),
    ("If the principal Russian objective", "Jean-Yves Le Drian", "direct"),
    ("strange and flimsy", "Maria Zakharova", "partial"),
    ("Making these accusations", "Maria Zakharova", "direct"),
    ("Moscow had to immediately stop bombing civilians", "Laurent Fabius", "indirect"),
])
def test_seed_quotes(seed_corpus, start, speaker, kind):
    rows = seed_corpus.quotes[seed_corpus.quotes["text"].str.startswith(start)]
    assert len(rows) == 1
    assert rows.iloc[0].speaker == speaker
    assert rows.iloc[0].kind == kind


def test_seed_criticism_network(seed_corpus):
    crit = seed_corpus.criticisms
    pairs = set(zip(crit["source"], crit["target"]))
    assert ("France", "Russia") in pairs
    assert ("Laurent Fabius", "Russia") in pairs
    assert ("Maria Zakharova", "France") in pairs
    country = seed_corpus.network(level="country")
    assert country.has_edge("FRA", "RUS") and country.has_edge("RUS", "FRA")
    edge = country.edges["RUS", "FRA"]
    assert edge["weight"] >= 1 and edge["evidence"]


def test_mention_counts(seed_corpus):
    counts = seed_corpus.mention_counts()
    assert counts.iloc[0]["n_mentions"] >= counts.iloc[-1]["n_mentions"]
    assert counts.set_index("actor").loc["Islamic State", "n_mentions"] >= 9
    per_month = seed_corpus.mention_counts(per="month")
    assert set(per_month["month"]) == {"2016-01"}
    per_article = seed_corpus.mention_counts(by="country", per="article")
    assert "article_id" in per_article.columns


def test_seed_timeline_basics(seed_corpus):
    tl = seed_corpus.timeline.set_index("text")
    assert tl.loc["Jan. 20", "value"] == "2016-01-20"
    assert tl.loc["last month", "value"] == "2015-12"
    assert tl.loc["weekly", "type"] == "SET"


def test_analyze_text_plain_and_published():
    corpus = analyze_text("Smith said on Monday that the plan would fail.", published="2016-01-07", plain=True)
    art = corpus.articles.iloc[0]
    assert art.title is None and art.published == pd.Timestamp("2016-01-07") and art.published_from == "caller"
    assert corpus.timeline.iloc[0]["value"] == "2016-01-04"
    assert set(corpus.sentences["part"]) == {"body"}


def test_analyze_text_rejects_a_bad_date():
    with pytest.raises(ValueError, match="not a date"):
        analyze_text("Some text.", published="not a date")


def test_dataframe_input():
    df = pd.DataFrame({"text": ["Obama praised Merkel on Tuesday.", "Putin criticized NATO."],
                       "title": ["One", "Two"], "published": ["2015-06-03", None], "article_id": ["a", "b"]})
    corpus = analyze(df, cache=False, progress=False)
    assert list(corpus.articles["article_id"]) == ["a", "b"]
    assert corpus.articles.iloc[0]["published"] == pd.Timestamp("2015-06-03")
    assert pd.isna(corpus.articles.iloc[1]["published"])


def test_cache_reuses_results_and_rebuilds_damaged_entries(tmp_path, monkeypatch):
    from helpers import cache as cachemod

    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin criticized NATO on Monday.\n")
    first = analyze(folder, progress=False)
    files = list((tmp_path / "cache").rglob("*.arrow"))
    assert len(files) == 1
    calls = []
    monkeypatch.setattr("helpers.extract.article_tables", lambda *a, **k: calls.append(a) or (_ for _ in ()).throw(AssertionError))
    again = analyze(folder, progress=False)  # a hit: no analysis at all
    assert not calls
    pd.testing.assert_frame_equal(first.mentions, again.mentions)
    files[0].write_bytes(b"not an arrow file")
    monkeypatch.undo()
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    rebuilt = analyze(folder, progress=False)
    pd.testing.assert_frame_equal(first.mentions, rebuilt.mentions)
    assert cachemod.load("0" * 64) is None


def test_adding_an_article_analyses_only_that_one(tmp_path, monkeypatch):
    import helpers.extract as extractmod

    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Putin criticized NATO on Monday.\n")
    analyze(folder, progress=False)
    (folder / "b.txt").write_text("Merkel praised Obama on Tuesday.\n")
    seen = []
    real = extractmod.article_tables
    monkeypatch.setattr(extractmod, "article_tables", lambda doc, src, *a: seen.append(src.article_id) or real(doc, src, *a))
    corpus = analyze(folder, progress=False)
    assert seen == ["b"]
    assert list(corpus.articles["article_id"]) == ["a", "b"]


def test_duplicate_article_is_analysed_once_and_reported(tmp_path):
    (tmp_path / "a.txt").write_text("Putin criticized NATO on Monday.\n")
    (tmp_path / "b.txt").write_text("Putin criticized NATO on Monday.\n")
    corpus = analyze(tmp_path, cache=False, progress=False)
    assert list(corpus.articles["article_id"]) == ["a"]
    dup = corpus.errors[corpus.errors["stage"] == "duplicate"]
    assert len(dup) == 1 and dup.iloc[0]["path"].endswith("b.txt") and "a.txt" in dup.iloc[0]["error"]


def test_the_unmerged_short_path_gives_the_same_actor_rows(monkeypatch):
    # one article: no actor is in two rows, so the short path is taken; switched off, the
    # group-by path must give exactly the same actors table
    from helpers import corpus as corpus_module

    text = ("Russian Foreign Ministry spokeswoman Maria Zakharova criticized France on Thursday. "
            "Zakharova said the French accusations were strange. Barack Obama and Mr. Obama's aides "
            "met Angela Merkel in Berlin.")
    fast = analyze_text(text, plain=True).actors
    monkeypatch.setattr(corpus_module, "_UNMERGED_FAST_PATH", False)
    slow = analyze_text(text, plain=True).actors
    pd.testing.assert_frame_equal(fast.reset_index(drop=True), slow.reset_index(drop=True))
    assert len(fast) >= 4
