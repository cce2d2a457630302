"""Warm re-runs: an unchanged file is neither read nor hashed again (the file index)."""
from __future__ import annotations

import json
import os
import time

import pandas as pd
import pytest

from helpers import analyze
from helpers import cache as cachemod
from helpers import reading

TABLES = ("articles", "sentences", "mentions", "actors", "quotes", "timeline", "stances")
HOUR_AGO = time.time_ns() - 3600 * 10**9


def _age(path, ns=HOUR_AGO):
    os.utime(path, ns=(ns, ns))


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.setenv("HELPERS_CACHE_DIR", str(tmp_path / "cache"))
    root = tmp_path / "in"
    root.mkdir()
    (root / "a.txt").write_text("Putin criticized NATO on Monday.\n", encoding="utf-8")
    (root / "b.txt").write_text("Merkel praised Obama on Tuesday in Berlin.\n", encoding="utf-8")
    (root / "c.csv").write_text(
        "id,title,text,date\n"
        "1,Port strike,\"Dock workers in Valmont walked out on Monday, union leader Marta Lenz said.\",2021-03-01\n"
        "2,Budget talks,\"The finance minister, Paul Ortega, rejected the union's demands on Tuesday.\",2021-03-02\n"
        "3,Storm,\"A storm closed the airport in Corvo on Wednesday, officials said.\",2021-03-03\n",
        encoding="utf-8")
    for p in root.iterdir():
        _age(p)
    return root


def _no_reading(monkeypatch):
    read = []
    real = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda path, aid: read.append(str(path)) or real(path, aid))
    monkeypatch.setattr("helpers.corpus.prepare", lambda *a, **k: pytest.fail("an unchanged file was hashed"))
    return read


def _same(a, b):
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name), obj=name)


def _index(tmp_path) -> dict:
    (path,) = (tmp_path / "cache").rglob(cachemod.INDEX_NAME)
    return json.loads(path.read_text())["files"]


def test_unchanged_files_are_not_read_or_hashed(folder, tmp_path, monkeypatch):
    cold = analyze(folder, progress=False)
    assert len(cold.articles) == 5
    read = _no_reading(monkeypatch)
    warm = analyze(folder, progress=False)
    assert read == []
    _same(cold, warm)
    assert list(warm.articles["article_id"]) == ["a", "b", "1", "2", "3"]  # the CSV's id column
    assert warm.articles["path"].str.endswith(("a.txt", "b.txt", "c.csv:2", "c.csv:3", "c.csv:4")).all()


def test_a_csv_file_maps_to_one_key_per_row(folder, tmp_path):
    analyze(folder, progress=False)
    entries = _index(tmp_path)
    (csv_entry,) = [v for k, v in entries.items() if k.split("\x00")[0].endswith("c.csv")]
    keys = [a[0] for a in csv_entry["articles"]]
    assert len(keys) == 3 and len(set(keys)) == 3
    assert [a[2] for a in csv_entry["articles"]] == ["=1", "=2", "=3"]
    assert [a[3] for a in csv_entry["articles"]] == ["+:2", "+:3", "+:4"]


@pytest.mark.parametrize("change", ["same size, new mtime", "new size"])
def test_a_changed_file_is_read_again(folder, monkeypatch, change):
    analyze(folder, progress=False)
    path = folder / "a.txt"
    if change == "new size":
        path.write_text("Putin criticized NATO and the EU on Monday.\n", encoding="utf-8")
        _age(path)
    else:
        path.write_text("Putin criticized OSCE on Monday.\n", encoding="utf-8")  # same length
        _age(path, HOUR_AGO + 10**9)
    read = []
    real = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda p, aid: read.append(p.name) or real(p, aid))
    again = analyze(folder, progress=False)
    assert read == ["a.txt"]
    assert again.articles.set_index("article_id").loc["a", "text"] == path.read_text(encoding="utf-8").strip()


def test_a_damaged_index_is_ignored_and_rebuilt(folder, tmp_path, monkeypatch):
    cold = analyze(folder, progress=False)
    (index_path,) = (tmp_path / "cache").rglob(cachemod.INDEX_NAME)
    for junk in (b"{not json", b'{"version": 3, "files": []}', b"\x00\xff" * 10):
        index_path.write_bytes(junk)
        _same(cold, analyze(folder, progress=False))
        assert len(_index(tmp_path)) == 2 + 1  # two .txt files and the .csv, rebuilt
    index = json.loads(index_path.read_text())
    first = next(iter(index["files"]))
    index["files"][first]["articles"] = [["only-two", "fields"]]  # an entry of the wrong shape
    index_path.write_text(json.dumps(index))
    _same(cold, analyze(folder, progress=False))


def test_a_missing_cache_entry_sends_the_file_back_to_the_reader(folder, tmp_path, monkeypatch):
    cold = analyze(folder, progress=False)
    entries = _index(tmp_path)
    key = next(v for k, v in entries.items() if k.split("\x00")[0].endswith("b.txt"))["articles"][0][0]
    cachemod.path_for(key, tmp_path / "cache").unlink()
    read = []
    real = reading.read_file
    monkeypatch.setattr(reading, "read_file", lambda p, aid: read.append(p.name) or real(p, aid))
    _same(cold, analyze(folder, progress=False))
    assert read == ["b.txt"]


def test_a_file_just_written_is_not_indexed(folder, tmp_path):
    (folder / "new.txt").write_text("Lenz criticized Ortega on Friday.\n", encoding="utf-8")
    analyze(folder, progress=False)
    names = [k.split("\x00")[0] for k in _index(tmp_path)]
    assert not any(n.endswith("new.txt") for n in names)  # a second write in the same tick would go unseen
    assert any(n.endswith("a.txt") for n in names)


def test_options_are_part_of_the_index_key(folder, monkeypatch):
    analyze(folder, progress=False)
    dated = analyze(folder, progress=False, published="2016-01-07")
    assert (dated.articles["published"] == pd.Timestamp("2016-01-07")).all()
    read = _no_reading(monkeypatch)
    again = analyze(folder, progress=False, published="2016-01-07")
    assert read == [] and (again.articles["published"] == pd.Timestamp("2016-01-07")).all()


def test_duplicates_are_still_reported_from_the_index(folder, monkeypatch):
    (folder / "z.txt").write_text("Putin criticized NATO on Monday.\n", encoding="utf-8")
    _age(folder / "z.txt")
    cold = analyze(folder, progress=False)
    _no_reading(monkeypatch)
    warm = analyze(folder, progress=False)
    _same(cold, warm)
    pd.testing.assert_frame_equal(cold.errors, warm.errors)
    assert list(warm.errors["stage"]) == ["duplicate"]


def test_index_writes_are_atomic_and_merge_other_runs(tmp_path):
    one = cachemod.FileIndex(tmp_path, options="x")
    two = cachemod.FileIndex(tmp_path, options="x")
    one.record(tmp_path / "a.txt", cachemod.FileEntry(3, HOUR_AGO, [["k1", "h1", "+", "+"]]), time.time_ns())
    two.record(tmp_path / "b.txt", cachemod.FileEntry(4, HOUR_AGO, [["k2", "h2", "+", "+"]]), time.time_ns())
    one.save()
    two.save()  # a second run finishing later keeps what the first wrote
    three = cachemod.FileIndex(tmp_path, options="x")
    assert len(three.entries) == 2
    assert not list(three.path.parent.glob(".tmp-*"))  # written under a temporary name, then renamed
    assert three.lookup(tmp_path / "a.txt", _stat(3, HOUR_AGO)).articles == [["k1", "h1", "+", "+"]]
    assert three.lookup(tmp_path / "a.txt", _stat(3, HOUR_AGO + 1)) is None
    assert cachemod.FileIndex(tmp_path, options="y").lookup(tmp_path / "a.txt", _stat(3, HOUR_AGO)) is None


def _stat(size, mtime_ns):
    class Info:
        st_size = size
        st_mtime_ns = mtime_ns

    return Info()


def test_editing_a_chart_keeps_the_cache_but_editing_an_extractor_does_not(tmp_path, monkeypatch):
    import shutil

    from helpers import config

    pkg = tmp_path / "helpers"
    shutil.copytree(config.PACKAGE_DIR, pkg, ignore=shutil.ignore_patterns("__pycache__", "models"))
    monkeypatch.setattr(config, "PACKAGE_DIR", pkg)

    def version():
        config.pipeline_version.cache_clear()
        return config.pipeline_version()

    try:
        before = version()
        (pkg / "charts.py").write_text((pkg / "charts.py").read_text() + "\n# a new colour\n")
        assert version() == before
        (pkg / "actors.py").write_text((pkg / "actors.py").read_text() + "\n# a new rule\n")
        assert version() != before
    finally:
        monkeypatch.undo()
        config.pipeline_version.cache_clear()
