"""The actor dossier (notebook 05) and the outlet comparison (notebook 04), from analysed fixtures.

``tests/fixtures/outlets/`` holds two invented items from two invented outlets (the outlet and
date come from the file names): Weber criticizes and accuses Poland, Nowak criticizes Weber,
Martin praises Germany. Assertions compare the dossier with the corpus tables it reads, so
they hold whatever the extractors find, and fail when a dossier function loses or invents rows.
"""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from helpers import Corpus, charts, config, dossier  # noqa: E402

FIXTURES = config.PROJ_ROOT / "tests" / "fixtures" / "outlets"


@pytest.fixture(scope="module")
def corpus():
    from helpers import analyze

    return analyze(FIXTURES, cache=False, progress=False)


@pytest.fixture(scope="module")
def weber(corpus):
    return dossier.pick_actor(corpus, "Klaus Weber")


@pytest.mark.parametrize("name, expected", [
    ("nyt_2016-10-02_clinton-says.txt", "nyt"),
    ("huff-post_2016-01-02_a.txt", "huff-post"),
    ("wash-post_20161002_x.md", "wash-post"),
    ("2016-01-10-a-new-hope.md", None),  # the date first: no outlet
    ("reuters-france-coalition.txt", None),  # no date
    ("001.txt", None),
    ("story_20150304.txt", None),  # a word and a date, no slug: not taken for an outlet
])
def test_outlet_from_filename(name, expected):
    assert dossier.outlet_from_filename(name) == expected


def test_outlets_come_from_the_file_names(corpus):
    table = dossier.outlets(corpus)
    assert set(table["outlet"]) == {"dailyplanet", "morningpost"}
    assert table["articles"].sum() == len(corpus.articles)


def test_pick_actor_by_name_alias_id_or_the_most_mentioned_person(corpus, weber):
    assert weber == "klaus-weber"
    assert dossier.pick_actor(corpus, "KLAUS WEBER") == weber == dossier.pick_actor(corpus, weber)
    top = dossier.pick_actor(corpus, "")
    people = corpus.actors[corpus.actors["actor_type"] == "person"]
    assert corpus.actors.set_index("actor_id").loc[top, "n_mentions"] == people["n_mentions"].max()
    with pytest.raises(ValueError, match="no actor named 'Nobody Atall'"):
        dossier.pick_actor(corpus, "Nobody Atall")
    assert dossier.pick_actor(Corpus(), "") is None


def test_stances_by_and_about_the_actor_with_their_evidence(corpus, weber):
    by = dossier.stances_of(corpus, weber, role="source", polarity=None)
    about = dossier.stances_of(corpus, weber, role="target", polarity=None)
    s = corpus.stances
    assert len(by) == (s["source_id"] == weber).sum() and len(about) == (s["target_id"] == weber).sum()
    assert "Poland" in set(by["counterpart"]) and "Marek Nowak" in set(about["counterpart"])
    assert all(c in e for c, e in zip(by["cue"], by["evidence"]))
    assert set(by["source"]) <= {"dailyplanet", "morningpost"} and by["title"].notna().all()
    assert (dossier.stances_of(corpus, weber, role="source")["polarity"] == -1).all()
    table = dossier.counterparts(corpus, weber)
    assert table[["criticizes", "supports"]].to_numpy().sum() == len(by)
    assert table[["criticized_by", "supported_by"]].to_numpy().sum() == len(about)
    assert (table["total"] == table[["criticizes", "criticized_by", "supports", "supported_by"]].sum(axis=1)).all()


def test_quotes_timeline_and_co_mentions_are_the_actors_own(corpus, weber):
    quotes = dossier.quotes_of(corpus, weber)
    assert len(quotes) == (corpus.quotes["speaker_id"] == weber).sum()
    events = dossier.timeline_of(corpus, weber)
    assert len(events) >= 1 and events["date_start"].is_monotonic_increasing
    together = dossier.co_mentions_of(corpus, weber)
    assert "Poland" in set(together["actor"]) and "Klaus Weber" not in set(together["actor"])
    assert all(isinstance(x, str) and x for x in together["example"])


def test_mentions_over_time_fills_the_periods_between(corpus, weber):
    table = dossier.mentions_over_time(corpus, weber, freq="M")
    assert list(table["period"].dt.strftime("%Y-%m")) == ["2024-03", "2024-04", "2024-05"]
    assert table["n_mentions"].sum() == (corpus.mentions["actor_id"] == weber).sum()
    assert table.loc[1, "n_mentions"] == 0
    weekly = dossier.mentions_over_time(corpus, weber)  # "auto": two months apart -> weeks
    assert weekly.attrs["freq"] == "W" and len(weekly) == 10
    assert weekly["n_mentions"].sum() == table["n_mentions"].sum()
    assert "per week" in charts.actor_mentions(weekly, actor="Klaus Weber").get_title(loc="left")
    plt.close("all")


def test_an_actor_without_stances_or_quotes_gives_empty_tables_and_says_so(corpus):
    silent = corpus.actors.loc[corpus.actors["name"] == "France", "actor_id"].iloc[0]
    assert dossier.stances_of(corpus, silent).empty and dossier.quotes_of(corpus, silent).empty
    table = dossier.counterparts(corpus, silent)
    assert table.empty and list(table.columns)[0] == "counterpart"
    ax = charts.counterparts(table, actor="France")
    assert "No stance from or about France" in " ".join(t.get_text() for t in ax.texts)
    plt.close("all")


def test_outlet_tables(corpus):
    top = dossier.outlet_top(corpus, "mentions", top=3)
    assert top["share"].between(0, 1).all()
    assert set(top["actor"]) == set(top.loc[top["rank"] <= 3, "actor"])  # each in some outlet's top 3
    assert len(top) == top["outlet"].nunique() * top["actor"].nunique()  # every outlet for each
    full = dossier.outlet_top(corpus, "mentions", top=100)
    assert full.groupby("outlet")["share"].sum().round(9).eq(1).all()
    assert (full.loc[full["n"] == 0, "rank"].isna()).all()
    assert full["n"].sum() == corpus.mentions["actor"].notna().sum()
    crit = dossier.outlet_criticism(corpus)
    assert crit["stances"].sum() == len(corpus.stances)
    assert crit["criticism"].sum() == (corpus.stances["polarity"] < 0).sum()
    assert crit["of_all_criticism"].sum() == pytest.approx(1.0)
    for ax in (charts.outlet_top(top), charts.outlet_criticism(crit),
               charts.actor_mentions(dossier.mentions_over_time(corpus, "klaus-weber"), actor="Klaus Weber")):
        assert ax.get_title(loc="left")
    plt.close("all")


def test_one_outlet_or_none_gives_empty_comparisons():
    assert dossier.outlets(Corpus()).empty and dossier.outlet_criticism(Corpus()).empty
    assert dossier.outlet_top(Corpus()).empty
    assert isinstance(dossier.mentions_over_time(Corpus(), "x"), pd.DataFrame)
