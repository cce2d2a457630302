"""Speed and scale: long articles in chunks, worker processes, Dask, partial cache loads."""
from __future__ import annotations

import pickle

import pandas as pd
import pytest

from helpers import analyze, analyze_text, load_pipeline
from helpers import cache as cachemod
from helpers import nlp as nlpmod
from helpers.engine import Job, analyse_batch, prepare
from helpers.reading import Source

TABLES = ("articles", "sentences", "mentions", "actors", "quotes", "timeline", "stances")

PEOPLE = ["Angela Merkel", "Francois Hollande", "David Cameron", "Matteo Renzi", "Mariano Rajoy"]
PLACES = ["Paris", "Berlin", "London", "Rome", "Madrid"]


def _article(n: int) -> str:
    who, other = PEOPLE[n % 5], PEOPLE[(n + 2) % 5]
    where = PLACES[n % 5]
    return (f"Talks on trade resume in {where}\n\n"
            f"{where.upper()} (Reuters) - {who} criticised {other} on Tuesday over the budget, "
            f"officials said on January {n % 27 + 1}, 2016.\n\n"
            f"\"We will not accept this plan,\" {who} told reporters. {other} said the deal was fair.\n\n"
            f"The ministers will meet again next week in {where}, a spokesman for the European Union said.")


@pytest.fixture
def folder(tmp_path):
    root = tmp_path / "articles"
    root.mkdir()
    for n in range(50):
        (root / f"story-{n:02d}.txt").write_text(_article(n), encoding="utf-8")
    return root


def _same(a, b, names=TABLES):
    for name in names:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), check_like=False, obj=name)


# ----------------------------------------------------------------------------- chunking

@pytest.mark.parametrize("text, boundaries, max_length, expected", [
    ("short", [0], 100, [(0, 5)]),
    ("aaa\n\nbbb\n\nccc", [0, 5, 10], 7, [(0, 5), (5, 10), (10, 13)]),
    ("aaa\n\nbbb\n\nccc", [0, 5, 10], 10, [(0, 10), (10, 13)]),
    # no paragraph in reach: the last space
    ("one two three four", [0], 9, [(0, 8), (8, 14), (14, 18)]),
    # one word longer than the limit: cut at the limit
    ("abcdefghij", [0], 4, [(0, 4), (4, 8), (8, 10)]),
])
def test_chunk_spans(text, boundaries, max_length, expected):
    spans = nlpmod.chunk_spans(text, boundaries, max_length)
    assert spans == expected
    assert "".join(text[s:e] for s, e in spans) == text
    assert all(e - s <= max_length for s, e in spans)


def test_article_longer_than_max_length_is_parsed_in_chunks(monkeypatch):
    text = "\n\n".join(_article(n) for n in range(6))
    whole = analyze_text(text, article_id="long")
    nlp = load_pipeline()
    cuts = []
    real = nlpmod.chunk_spans

    def spy(*args):
        spans = real(*args)
        cuts.append(spans)
        return spans

    monkeypatch.setattr(nlp, "max_length", 400)
    monkeypatch.setattr(nlpmod, "chunk_spans", spy)
    chunked = analyze_text(text, article_id="long")
    assert len(cuts[0]) >= len(text) // 400 + 1
    art = chunked.articles.iloc[0]
    assert art["text"] == text
    # every table's offsets are into the whole text, sentence ids run over the whole text
    s = chunked.sentences
    assert list(s["sent_id"]) == list(range(len(s)))
    assert all(text[a:b] == t for a, b, t in zip(s["start"], s["end"], s["text"]))
    for name in ("mentions", "timeline"):
        df = getattr(chunked, name)
        assert all(text[a:b] == t for a, b, t in zip(df["start"], df["end"], df["text"]))
    q = chunked.quotes
    assert all(text[a:b] == t for a, b, t in zip(q["start"], q["end"], q["text"]))
    # cuts fall on paragraph boundaries: each is a sentence start, no sentence spans two chunks
    starts = set(s["start"])
    assert all(start in starts for start, _ in cuts[0][1:])
    # the parser sees less context across a cut, so a few parses differ; what is found does not
    assert set(chunked.actors["name"]) == set(whole.actors["name"])
    assert list(chunked.quotes["speaker"]) == list(whole.quotes["speaker"])
    assert list(chunked.timeline["value"]) == list(whole.timeline["value"])


# ----------------------------------------------------------------------------- engines

def test_worker_function_and_its_arguments_pickle_by_reference():
    job = prepare(0, Source(article_id="a", path="a.txt", text=_article(1)))
    assert isinstance(job, Job)
    # plain pickle, no cloudpickle: a module-level function and dataclasses, no lambdas
    assert pickle.loads(pickle.dumps(analyse_batch)) is analyse_batch
    back = pickle.loads(pickle.dumps([job]))
    done = analyse_batch(back)
    assert done[0].index == 0 and done[0].error is None
    assert set(done[0].tables) == set(TABLES)


def test_worker_processes_give_the_same_tables(folder):
    files = sorted(folder.glob("*.txt"))[:12]
    one = analyze(files, cache=False, progress=False)
    two = analyze(files, cache=False, progress=False, n_process=2)
    _same(one, two)


def test_dask_local_cluster_gives_the_same_tables_and_cache(folder, tmp_path, monkeypatch):
    pytest.importorskip("distributed")
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    local = analyze(folder, cache=False, progress=False)
    on_dask = analyze(folder, cache=True, progress=False, engine="dask", n_process=2)
    assert len(on_dask.articles) == 50
    _same(local, on_dask)
    # the client wrote the usual cache: a local re-run is all hits, no NLP
    monkeypatch.setattr(nlpmod, "parse_stream", lambda *a, **k: pytest.fail("a cache hit ran the NLP"))
    _same(local, analyze(folder, progress=False))


def test_unknown_engine_is_refused(folder):
    with pytest.raises(ValueError, match="engine"):
        analyze(folder, engine="spark")


# ----------------------------------------------------------------------------- cache

def test_cache_hits_load_only_the_tables_asked_for(folder, tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    files = sorted(folder.glob("*.txt"))[:5]
    full = analyze(files, progress=False)
    asked = []
    real = cachemod.load

    def spy(key, names=cachemod.CACHED_TABLES, directory=None):
        asked.append(tuple(names))
        return real(key, names, directory)

    monkeypatch.setattr(cachemod, "load", spy)
    only = analyze(files, progress=False, tables=["articles"])
    assert set(asked) == {("articles",)}
    pd.testing.assert_frame_equal(only.articles, full.articles)
    assert only.quotes.empty and only.mentions.empty
    asked.clear()
    people = analyze(files, progress=False, tables="actors")
    # canonical names need mentions with actors; counts without near-duplicates need the texts
    assert set(asked) == {("articles", "mentions", "actors")}
    pd.testing.assert_frame_equal(people.actors, full.actors)
    with pytest.raises(ValueError, match="unknown table"):
        analyze(files, tables=["quotations"])


def test_no_helper_module_imports_the_corpus():
    """Imports go one way: corpus -> engine -> extract -> extractors (no corpus<->engine cycle)."""
    import ast
    from pathlib import Path

    import helpers

    importers = []
    for path in Path(helpers.__file__).parent.glob("*.py"):
        if path.name == "__init__.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                names = [node.module or ""] + [a.name for a in node.names]
                if node.level and ("corpus" in names or node.module == "corpus"):
                    importers.append(path.name)
    assert importers == []
