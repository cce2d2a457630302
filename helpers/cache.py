"""Per-article result cache: one Arrow IPC file per article, keyed by content and pipeline.

Each file has one row: the key, the pipeline version, and one column per table holding
that table as an Arrow IPC stream (columnar all the way down; never pickle), compressed
with zstd. Arrow IPC rather than Parquet: a re-run loads thousands of small entries, and
an IPC file opens about six times faster than a Parquet file of the same
row, and is smaller here. Only the tables wanted are decoded. Files are written to a
temporary name and renamed, so an interrupted run leaves no half-written entry; a file
that fails to read or validate is treated as a miss and rebuilt.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from . import config
from .tables import SCHEMAS

CACHED_TABLES = ("articles", "sentences", "mentions", "actors", "quotes", "timeline", "stances")


def key_for(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


def path_for(key: str, directory: Path | None = None) -> Path:
    root = Path(directory) if directory else config.cache_dir()
    return root / config.pipeline_version() / key[:2] / f"{key}.arrow"  # names from hashes only


_WRITE = pa.ipc.IpcWriteOptions(compression="zstd")


def _ipc(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return sink.getvalue().to_pybytes()


def save(key: str, tables: dict[str, pa.Table], directory: Path | None = None) -> None:
    path = path_for(key, directory)
    path.parent.mkdir(parents=True, exist_ok=True)
    row = {"key": [key], "pipeline_version": [config.pipeline_version()]}
    for name in CACHED_TABLES:
        row[name] = [_ipc(tables[name])]
    table = pa.table(row)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".arrow")
    os.close(fd)
    try:
        with pa.OSFile(tmp, "wb") as sink, pa.ipc.new_file(sink, table.schema, options=_WRITE) as writer:
            writer.write_table(table)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def load(key: str, names=CACHED_TABLES, directory: Path | None = None) -> dict[str, pa.Table] | None:
    """The cached tables of an article, or None on a miss or a damaged/stale entry."""
    path = path_for(key, directory)
    if not path.is_file():
        return None
    try:
        stored = pa.ipc.open_file(pa.py_buffer(path.read_bytes())).read_all()
        stored = stored.select(["key", "pipeline_version", *names])
        if stored.num_rows != 1 or stored["key"][0].as_py() != key \
                or stored["pipeline_version"][0].as_py() != config.pipeline_version():
            raise ValueError("stale or foreign entry")
        out = {}
        for name in names:
            blob = stored[name][0].as_py()
            table = pa.ipc.open_stream(pa.py_buffer(blob)).read_all()
            if not table.schema.equals(SCHEMAS[name] if name in SCHEMAS else table.schema):
                raise ValueError(f"schema of {name} changed")
            out[name] = table
        return out
    except Exception:  # damaged: rebuild instead of trusting it
        try:
            path.unlink()
        except OSError:
            pass
        return None


# ----------------------------------------------------------------------------- file index

#: a file modified less than this many seconds before it was read is not indexed: a second
#: change within the same clock tick would leave size and mtime as they were
RACY_SECONDS = 2.0
INDEX_NAME = "files.json"


@dataclass
class FileEntry:
    """What one input file gave last time: its stat, and per article the cache key, the
    content hash, its id and its path (``+#3``, ``+:12``: the file's own id or path extended,
    as for a CSV row; ``=x``: x as it is)."""

    size: int
    mtime_ns: int
    articles: list = field(default_factory=list)  # [key, content_hash, article_id, path]


class FileIndex:
    """Input files whose analyses are in the cache, by path, size and modification time.

    A re-run looks a file up before reading it: when its size and ``mtime_ns`` are what
    the index holds (under the same pipeline version and options), the articles are
    loaded from their cache entries by key, and the file is neither read nor hashed. A
    changed file misses and is read again; an index that cannot be read is ignored and
    rebuilt. The index is a JSON file beside the cache entries of this pipeline version,
    written to a temporary name and renamed, so concurrent runs never leave a broken
    one (the last writer's view wins; a lost entry only costs one more read).
    """

    def __init__(self, directory: Path | None = None, options: str = ""):
        root = Path(directory) if directory else config.cache_dir()
        self.path = root / config.pipeline_version() / INDEX_NAME
        self.options = options
        self.entries = self._read()
        self.updates: dict[str, FileEntry | None] = {}

    def _read(self) -> dict:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") != config.pipeline_version() or not isinstance(data.get("files"), dict):
                return {}
            return data["files"]
        except (OSError, ValueError, AttributeError):
            return {}

    def _name(self, path) -> str:
        return f"{os.path.abspath(path)}\x00{self.options}"

    @staticmethod
    def stat(path) -> tuple[os.stat_result | None, int]:
        """The file's stat (None if it has gone) and the time it was taken."""
        now = time.time_ns()
        try:
            return os.stat(path), now
        except OSError:
            return None, now

    def lookup(self, path, info: os.stat_result | None) -> FileEntry | None:
        """The file's entry if its size and modification time are unchanged, else None."""
        raw = self.entries.get(self._name(path)) if info is not None else None
        try:
            entry = FileEntry(int(raw["size"]), int(raw["mtime_ns"]),
                              [[str(a), str(b), str(c), str(d)] for a, b, c, d in raw["articles"]])
        except (TypeError, KeyError, ValueError):  # absent or damaged: read the file
            return None
        if entry.size != info.st_size or entry.mtime_ns != info.st_mtime_ns or not entry.articles:
            return None
        return entry

    def record(self, path, entry: FileEntry | None, seen_ns: int) -> None:
        """Remember what ``path`` gave (None: forget it). A file modified within
        ``RACY_SECONDS`` before ``seen_ns`` (when it was stat'ed) is not kept."""
        if entry is not None and seen_ns - entry.mtime_ns < RACY_SECONDS * 1e9:
            entry = None
        self.updates[self._name(path)] = entry

    def save(self) -> None:
        if not self.updates:
            return
        files = self._read()  # what other runs wrote meanwhile, then ours on top
        for name, entry in self.updates.items():
            if entry is None:
                files.pop(name, None)
            else:
                files[name] = {"size": entry.size, "mtime_ns": entry.mtime_ns, "articles": entry.articles}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".tmp-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump({"version": config.pipeline_version(), "files": files}, fh, separators=(",", ":"))
            os.replace(tmp, self.path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        self.entries, self.updates = files, {}
