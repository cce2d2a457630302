"""Near-duplicates: a wire story re-published with small edits is flagged and not counted twice."""
from __future__ import annotations

import pandas as pd
import pytest

from helpers import analyze
from helpers.duplicates import near_duplicates

# a story, written for this test
STORY = (
    "Valmont port strike spreads to rail depots\n\n"
    "VALMONT (Reuters) - Marta Lenz, the leader of the dockers' union, criticized port director Paul Ortega on "
    "Tuesday for refusing to reopen pay talks, as the strike spread from the harbour to two rail depots.\n\n"
    "\"They have left us no choice,\" Lenz told reporters outside the main gate, where several hundred "
    "workers had gathered since dawn with banners and drums.\n\n"
    "Port director Paul Ortega rejected the union's demand for a 6 percent raise, saying the authority "
    "could not afford more than 3 percent this year without cutting investment in the new container "
    "terminal.\n\n"
    "Shipping lines have begun diverting vessels to the smaller port of Corvo, about 80 km to the north, "
    "and freight forwarders warned of delays for exporters of fruit and wine.\n\n"
    "The strike, the longest at Valmont in two decades, began eight days ago. The transport ministry said "
    "it would appoint a mediator if no agreement was reached by Friday."
)

# the same story re-published by another outlet: new title, a few words changed, a line added
REPUBLISHED = (
    "Strike at Valmont port spreads to rail depots\n\n"
    "VALMONT (Reuters) - Marta Lenz, the leader of the dockers' union, criticized port director Paul Ortega on "
    "Tuesday for refusing to reopen wage talks, as the strike spread from the harbour to two rail depots.\n\n"
    "\"They have left us no choice,\" Lenz told reporters outside the main gate, where several hundred "
    "workers had gathered since dawn with flags and drums.\n\n"
    "Port director Paul Ortega rejected the union's demand for a 6 percent raise, saying the authority "
    "could not afford more than 3 percent this year without cutting investment in the new container "
    "terminal.\n\n"
    "Shipping lines have begun diverting vessels to the smaller port of Corvo, about 80 km to the north, "
    "and freight forwarders warned of long delays for exporters of fruit and wine.\n\n"
    "The strike, the longest at Valmont in two decades, began eight days ago. The transport ministry said "
    "it would appoint a mediator if no agreement was reached by Friday. Talks are due to resume on Thursday."
)

# a different story on the same topic, with the same people: not a duplicate
SAME_TOPIC = (
    "Mediator named as Valmont dock strike enters third week\n\n"
    "VALMONT (Reuters) - The transport ministry named a mediator on Monday to end the dock strike at "
    "Valmont, after union leader Marta Lenz and port director Paul Ortega failed to agree on pay.\n\n"
    "The mediator, a retired judge, will meet both sides on Wednesday, the ministry said in a statement. "
    "Lenz said the union would attend but would not drop its demand for a 6 percent raise.\n\n"
    "Ortega said the authority had already offered 3 percent and warned that the strike was costing the "
    "port its customers, with three shipping lines now calling at Corvo instead.\n\n"
    "Exporters of fruit say thousands of tonnes are waiting in cold stores near the harbour, and wine "
    "producers have asked the government for compensation."
)


@pytest.fixture(scope="module")
def corpus():
    frame = pd.DataFrame({
        "article_id": ["original", "topic", "copy"],
        "text": [STORY, SAME_TOPIC, REPUBLISHED],
        "published": ["2021-03-09", "2021-03-15", "2021-03-09"],
    })
    return analyze(frame, cache=False, progress=False)


def test_republication_points_to_the_original_and_the_same_topic_does_not(corpus):
    dup = dict(zip(corpus.articles["article_id"], corpus.articles["duplicate_of"]))
    assert dup == {"original": None, "topic": None, "copy": "original"}
    assert corpus.near_duplicates == {"copy"}


def test_the_earliest_published_is_the_original():
    texts = [REPUBLISHED, SAME_TOPIC, STORY]
    later_first = near_duplicates(texts, order=["2021-03-10", "2021-03-15", "2021-03-09"])
    assert later_first == [2, None, None]
    assert near_duplicates(texts) == [None, None, 0]  # no dates: the first in the corpus


def test_counts_and_networks_leave_near_duplicates_out_unless_asked(corpus):
    once = corpus.mention_counts(by="actor").set_index("actor")
    twice = corpus.mention_counts(by="actor", duplicates=True).set_index("actor")
    lenz = next(name for name in once.index if "Lenz" in name)
    per_article = corpus.mentions.groupby(["actor", "article_id"]).size()
    assert once.loc[lenz, "n_mentions"] == per_article[lenz][["original", "topic"]].sum()
    assert twice.loc[lenz, "n_mentions"] == per_article[lenz].sum()
    assert twice.loc[lenz, "n_articles"] == once.loc[lenz, "n_articles"] + 1
    # the actors table counts the same way as mention_counts()
    actors = corpus.actors.set_index("name")
    assert actors.loc[lenz, "n_mentions"] == once.loc[lenz, "n_mentions"]
    per_article = corpus.mention_counts(per="article")
    assert "copy" not in set(per_article["article_id"])
    assert "copy" in set(corpus.mention_counts(per="article", duplicates=True)["article_id"])
    co = corpus.co_mentions()
    co_all = corpus.co_mentions(duplicates=True)
    assert co["sentences"].sum() < co_all["sentences"].sum()
    assert set(corpus.stances["article_id"]) >= {"copy"}, "the copy's criticism is found"
    weight = sum(d["weight"] for *_, d in corpus.network(polarity=None).edges(data=True))
    weight_all = sum(d["weight"] for *_, d in corpus.network(polarity=None, duplicates=True).edges(data=True))
    copy_stances = (corpus.stances["article_id"] == "copy").sum()
    assert weight_all - weight == copy_stances > 0


def test_exact_duplicates_are_still_dropped_and_reported(tmp_path):
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "c.txt").write_text(REPUBLISHED, encoding="utf-8")
    corpus = analyze(tmp_path, cache=False, progress=False)
    assert list(corpus.articles["article_id"]) == ["a", "c"]
    assert list(corpus.errors["stage"]) == ["duplicate"]
    assert list(corpus.articles["duplicate_of"]) == [None, "a"]


@pytest.mark.parametrize("texts, expected", [
    ([], []),
    (["one two"], [None]),
    (["too short to call", "too short to call either"], [None, None]),
    # a re-publication of a re-publication still points to the first
    ([STORY, REPUBLISHED, REPUBLISHED.replace("Thursday", "Monday")], [None, 0, 0]),
    # the opening of a story re-published as a brief: contained in the full story
    ([STORY, STORY[: len(STORY) // 2]], [None, 0]),
])
def test_near_duplicates_table(texts, expected):
    assert near_duplicates(texts) == expected


def test_boilerplate_shared_by_many_articles_does_not_make_them_duplicates():
    credits = " (Reporting by Ana Ruiz and Tom Hale in Valmont; Editing by Jo Park and Lee Chan)"
    texts = [f"Story {i}: the council of town number {i} voted on item {i * 7} today." + credits * 3
             for i in range(40)]
    assert near_duplicates(texts) == [None] * 40
