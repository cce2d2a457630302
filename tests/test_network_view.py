"""The interactive network page: its data (one evidence item per stance) and its offline HTML.

A hand-built Corpus (no spaCy), so each count below is known; tests/test_browser.py opens a
page built from analysed articles in Chromium.
"""
from __future__ import annotations

import json
import re

import pandas as pd
import pyarrow as pa
import pytest

from helpers import Corpus, network_view
from helpers.tables import SCHEMAS, to_frame


def _table(name, rows):
    return to_frame(name, pa.Table.from_pylist(rows, schema=SCHEMAS[name]))


def _stance(article, source, target, polarity=-1, *, kind="criticize", cue="criticized", text=None,
            countries=("DEU", "POL"), confidence=1.0):
    return {"article_id": article, "sent_id": 0, "source": source.title(), "source_id": source,
            "source_country": countries[0], "target": target.title(), "target_id": target,
            "target_country": countries[1], "kind": kind, "polarity": polarity, "cameo": "111",
            "cue": cue, "evidence": text or f"{source.title()} {cue} {target.title()} over the border.",
            "start": 0, "end": 10, "confidence": confidence}


@pytest.fixture(scope="module")
def corpus():
    articles = _table("articles", [
        {"article_id": "a1", "title": "Row over border", "source": "Daily Planet",
         "published": pd.Timestamp("2024-03-04"), "text": "x"},
        {"article_id": "a2", "title": "Talks resume", "source": "Morning Post",
         "published": pd.Timestamp("2024-05-10"), "text": "y"},
        {"article_id": "a3", "title": "Talks resume (update)", "source": "Morning Post",
         "published": pd.Timestamp("2024-05-11"), "text": "y"},
        {"article_id": "a4", "title": None, "source": None, "published": None, "text": "z"},
    ])
    articles["duplicate_of"] = [None, None, "a2", None]
    stances = _table("stances", [
        _stance("a1", "weber", "poland"),
        _stance("a2", "weber", "poland", kind="accuse", cue="accused"),
        _stance("a2", "nowak", "weber", countries=("POL", "DEU")),
        _stance("a2", "martin", "germany", 1, kind="praise", cue="praised", countries=("FRA", "DEU"),
                confidence=0.93),
        _stance("a3", "weber", "nowak"),  # a near-duplicate article: left out
        _stance("a4", "weber", "weber"),  # a self-loop: no edge
        {**_stance("a4", "weber", "poland"), "target_id": None},  # an unknown side: no edge
        _stance("a4", "weber", "poland", text='He said "</script><script>alert(1)</script>" & left.'),
    ])
    actors = _table("actors", [
        {"actor_id": "weber", "name": "Klaus Weber", "actor_type": "person", "country": "DEU", "aliases": [],
         "roles": [], "n_mentions": 7, "n_articles": 3},
        {"actor_id": "poland", "name": "Poland", "actor_type": "country", "country": "POL", "aliases": [],
         "roles": [], "n_mentions": 4, "n_articles": 2},
        {"actor_id": "nowak", "name": "Marek Nowak", "actor_type": "person", "country": "POL", "aliases": [],
         "roles": [], "n_mentions": 2, "n_articles": 1},
    ])
    return Corpus(articles=articles, stances=stances, actors=actors)


def test_every_counted_stance_is_one_evidence_item(corpus):
    data = network_view.view_data(corpus)
    pairs = [(e["s"], e["t"], e["p"]) for e in data["evidence"]]
    assert pairs.count(("weber", "poland", -1)) == 3  # a1, a2 and a4; not the unknown target
    assert ("nowak", "weber", -1) in pairs and ("martin", "germany", 1) in pairs
    assert not any(e["s"] == e["t"] for e in data["evidence"])
    assert "a3" not in {a["id"] for a in data["articles"]}  # near-duplicate
    assert len(network_view.view_data(corpus, duplicates=True)["evidence"]) == len(pairs) + 1
    first = data["evidence"][0]
    art = data["articles"][first["a"]]
    assert (art["id"], art["title"], art["outlet"], art["date"]) == ("a1", "Row over border", "Daily Planet",
                                                                     "2024-03-04")
    assert first["text"][first["cue_at"][0]:first["cue_at"][1]] == "criticized"
    praise = next(e for e in data["evidence"] if e["p"] == 1)
    assert praise["c"] == 0.93
    assert data["meta"]["dates"] == ["2024-03-04", "2024-05-10"]


def test_nodes_carry_mentions_type_country_and_a_position(corpus):
    nodes = {n["id"]: n for n in network_view.view_data(corpus)["nodes"]}
    assert set(nodes) == {"weber", "poland", "nowak", "martin", "germany"}
    assert (nodes["weber"]["label"], nodes["weber"]["mentions"], nodes["weber"]["type"]) == ("Klaus Weber", 7, "person")
    assert nodes["martin"]["mentions"] == 0 and nodes["martin"]["label"] == "Martin"  # not in actors: stance label
    assert len({(n["x"], n["y"]) for n in nodes.values()}) == len(nodes)


def test_country_level_folds_actors_and_drops_stances_within_a_country(corpus):
    data = network_view.view_data(corpus, level="country")
    assert {(e["s"], e["t"]) for e in data["evidence"]} == {("DEU", "POL"), ("POL", "DEU"), ("FRA", "DEU")}
    assert {n["label"] for n in data["nodes"]} >= {"Germany", "Poland", "France"}


def test_max_nodes_keeps_the_most_involved_and_says_so(corpus):
    data = network_view.view_data(corpus, max_nodes=2)
    assert {n["id"] for n in data["nodes"]} == {"weber", "poland"}
    assert {(e["s"], e["t"]) for e in data["evidence"]} == {("weber", "poland")}
    assert "are kept" in data["meta"]["note"]


def test_the_page_loads_nothing_from_the_network_and_cannot_be_broken_by_evidence(corpus, tmp_path):
    path = network_view.export(corpus, tmp_path / "view.html")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)\s*=", page, re.I)
    assert "vis.Network" in page and "visjs" in page  # the library itself is inline
    assert "<script>alert(1)" not in page  # the sentence stays data
    blob = re.search(r'<script type="application/json" id="view-data">(.*?)</script>', page, re.S).group(1)
    data = json.loads(blob)
    assert any("</script><script>alert(1)</script>" in e["text"] for e in data["evidence"])


def test_an_empty_corpus_gives_an_empty_page_not_an_error(tmp_path):
    data = network_view.view_data(Corpus())
    assert data["nodes"] == [] and data["evidence"] == [] and data["meta"]["dates"] == [None, None]
    assert network_view.export(data, tmp_path / "empty.html").stat().st_size > 100_000  # the library


def test_show_wraps_the_same_page_for_jupyter(corpus):
    html = network_view.show(corpus).data
    assert html.startswith("<div><iframe srcdoc=") and "vis.Network" in html and "<script>" not in html
