"""Actors and mentions: one canonical actor per entity, typed, with a country where the text gives one."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze, analyze_text


def actor_of(corpus, surface: str) -> pd.Series:
    """The mention row whose text is ``surface`` (the first one)."""
    rows = corpus.mentions[corpus.mentions["text"] == surface]
    assert not rows.empty, f"no mention {surface!r} in {corpus.mentions['text'].tolist()}"
    return rows.iloc[0]


def test_party_names_are_organisations_even_when_tagged_as_people():
    c = analyze_text("Labour wins the vote. Labour said it would cut taxes, and the Lib Dems and "
                     "the Liberal Democrat leader Charles Kennedy disagreed.", plain=True)
    labour = actor_of(c, "Labour")
    assert (labour["actor"], labour["actor_type"], labour["country"]) == ("Labour Party", "organization", "GBR")
    assert actor_of(c, "Lib Dems")["actor"] == actor_of(c, "Liberal Democrat")["actor"] == "Liberal Democrats"
    assert "Labour" not in set(c.actors.loc[c.actors["actor_type"] == "person", "name"])


def test_sentence_initial_word_is_not_part_of_a_name():
    c = analyze_text("Jobs are at risk. Across Wales, pickets were held by striking civil servants.", plain=True)
    assert "Across Wales" not in set(c.actors["name"])
    assert actor_of(c, "Wales")["actor_type"] == "place"


@pytest.mark.parametrize("sentence, surface, country", [
    ("Tory leader Michael Howard attacked the plan.", "Michael Howard", "GBR"),
    ("Lib Dem spokesman Mark Oaten said the plan was flawed.", "Mark Oaten", "GBR"),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova spoke on Friday.", "Maria Zakharova", "RUS"),
    ("Syrian President Bashar al-Assad met envoys.", "Bashar al-Assad", "SYR"),
])
def test_country_from_the_role_phrase(sentence, surface, country):
    c = analyze_text(sentence, plain=True)
    assert actor_of(c, surface)["country"] == country


def test_government_title_without_country_takes_the_articles_country():
    text = ("Britain plans new laws. Home Secretary Charles Clarke said Britain would act. "
            "The UK has been slow, and Britain must lead, Clarke said.")
    c = analyze_text(text, plain=True)
    assert actor_of(c, "Charles Clarke")["country"] == "GBR"


def test_government_title_in_an_article_about_no_one_country_gets_none():
    c = analyze_text("Home Secretary Charles Clarke spoke about France and Germany.", plain=True)
    assert actor_of(c, "Charles Clarke")["country"] is None


@pytest.mark.parametrize("sentence, surface, actor_type", [
    ("Russia intervened in the war.", "Russia", "country"),
    ("Jets struck targets in Syria.", "Syria", "place"),
    ("Senior lawmakers urged UK banks to invest.", "UK", "country"),
    ("French officials were critical of Russian strikes.", "Russian", "country"),
])
def test_country_as_actor_or_place(sentence, surface, actor_type):
    c = analyze_text(sentence, plain=True)
    assert actor_of(c, surface)["actor_type"] == actor_type


def test_pronoun_links_only_when_clear():
    c = analyze_text("Maria Zakharova spoke on Friday. She said the claims were false.", plain=True)
    she = actor_of(c, "She")
    assert (she["actor"], she["via"]) == ("Maria Zakharova", "coref")
    c = analyze_text("Tony Blair met Gordon Brown on Monday. He said the talks went well.", plain=True)
    assert "He" not in set(c.mentions["text"])  # two men: unclear, left unlinked


def test_non_actors_are_not_actors():
    c = analyze_text("The Budget will come before the General Election, officials said.", plain=True)
    assert not {"Budget", "General Election"} & set(c.actors["name"])


def test_credits_before_a_source_link_are_not_actors(tmp_path):
    (tmp_path / "story.md").write_text(
        "---\npost_title: Talks resume\npost_date: 2016-01-10\n---\n"
        "<p>LONDON (Reuters) - Britain and France resumed talks on Monday, officials said.</p>"
        "<p>(Reporting by Kate Holton; Editing by Pravin Char)</p>\n<p>Source</p>\n", encoding="utf-8")
    c = analyze(tmp_path, cache=False, progress=False)
    assert not {"Kate Holton", "Pravin Char"} & set(c.actors["name"])
    assert c.articles.loc[0, "authors"] == ["Kate Holton"]


def _write(folder, name, text):
    (folder / name).write_text(text, encoding="utf-8")


def test_corpus_merges_bare_surnames_and_keeps_namesakes_apart(tmp_path):
    _write(tmp_path, "a.txt", "Tony Blair defended the war.\n\n" + "Tony Blair said the war was right. " * 5 + "\n")
    _write(tmp_path, "b.txt", "Tony Blair met voters.\n\n" + "Tony Blair promised change. " * 4 + "\n")
    _write(tmp_path, "c.txt", "Sir Ian Blair, the police chief, spoke on Monday.\n\nThe chief warned of terror.\n")
    _write(tmp_path, "d.txt", "Mr Blair faces a revolt.\n\nMPs said Blair must listen.\n")
    c = analyze(tmp_path, cache=False, progress=False)
    people = set(c.actors.loc[c.actors["actor_type"] == "person", "name"])
    assert {"Tony Blair", "Ian Blair"} <= people  # same surname, different first names: two people
    assert "Blair" not in people  # the bare surname joins the dominant full name
    d = c.mentions[(c.mentions["article_id"] == "d") & (c.mentions["text"] == "Blair")]
    assert set(d["actor"]) == {"Tony Blair"}
    tony = c.actors.set_index("name").loc["Tony Blair"]
    assert tony["n_articles"] == 3


def test_ambiguous_bare_surname_stays_apart(tmp_path):
    _write(tmp_path, "a.txt", "Tony Blair defended the war.\n\nIt was a long day.\n")
    _write(tmp_path, "b.txt", "Cherie Blair opened a school.\n\nIt was a long day.\n")
    _write(tmp_path, "c.txt", "Mr Blair faces a revolt.\n\nBlair must listen.\n")
    c = analyze(tmp_path, cache=False, progress=False)
    assert "Blair" in set(c.actors["name"])  # one mention each: no dominant full name


def test_user_alias_file_overrides(monkeypatch, tmp_path):
    from helpers import config, lexicon

    aliases = tmp_path / "aliases.csv"
    aliases.write_text("alias,canonical,actor_type,country\nThe Firm,Acme Corporation,organization,USA\n",
                       encoding="utf-8")
    monkeypatch.setattr(config, "USER_ALIASES", aliases)
    lexicon.aliases.cache_clear()
    lexicon.countries.cache_clear()
    lexicon.country_names.cache_clear()
    try:
        c = analyze_text("Investors said The Firm would grow.", plain=True)
        firm = actor_of(c, "The Firm")
        assert (firm["actor"], firm["actor_type"], firm["country"], firm["via"]) == \
            ("Acme Corporation", "organization", "USA", "alias")
    finally:
        lexicon.aliases.cache_clear()
        lexicon.countries.cache_clear()
        lexicon.country_names.cache_clear()


def test_mention_counts_by_month(tmp_path):
    _write(tmp_path, "2016-01-05-a.txt", "Russia struck.\n\nRussia denied it.\n")
    _write(tmp_path, "2016-02-05-b.txt", "Russia struck again.\n\nFrance protested.\n")
    c = analyze(tmp_path, cache=False, progress=False)
    monthly = c.mention_counts(per="month")
    russia = monthly[monthly["actor"] == "Russia"]
    assert len(russia) == 2 and russia["n_mentions"].sum() == 3
