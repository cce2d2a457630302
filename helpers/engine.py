"""Running the analysis: one article function, and the engines that schedule it.

An article goes through two steps. :func:`prepare` is cheap and runs where the files
are read: layout, content hash, cache key. :func:`analyse_batch` is the expensive one:
spaCy and every extractor over a batch of prepared articles, returning Arrow tables (and
writing the cache when given a folder). It is a plain module-level function with plain
dataclass arguments, so the same function runs

- in this process (``n_process=1``),
- in a pool of worker processes (``n_process > 1``; each loads the pipeline once), or
- on Dask workers (``engine="dask"``; a ``LocalCluster`` or a remote scheduler),

and every engine produces the same tables and the same cache entries.
"""
from __future__ import annotations

import hashlib
from collections import deque
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyarrow as pa

from . import cache as cachemod
from . import extract
from .articles import Layout, detect_layout, resolve_published
from .reading import Source

#: articles per task sent to a worker: large enough for nlp.pipe to batch, small enough
#: to keep workers evenly loaded and memory bounded
TASK_SIZE = 16
#: tasks waiting or running per worker; more only holds more texts in memory
IN_FLIGHT_PER_WORKER = 3
ENGINES = ("local", "dask")


@dataclass
class Job:
    """One article waiting for the NLP: where it goes in the corpus and how it is cached."""

    index: int
    source: Source
    layout: Layout
    content_hash: str
    key: str


@dataclass
class Done:
    """The outcome of one article: its tables, or an error row for ``corpus.errors``."""

    index: int
    key: str
    tables: dict[str, pa.Table] | None = None
    error: dict | None = None


def prepare(index: int, src: Source, published=None) -> Job | dict:
    """Layout, content hash and cache key of one article, or an error row.

    A ``published`` override that is not a date raises: that is the caller's mistake,
    not the article's.
    """
    try:
        layout = detect_layout(src)
        resolve_published(layout, src, published)
    except ValueError as exc:
        if published is not None:
            raise
        return {"path": src.path, "stage": "layout", "error": str(exc)}
    if not layout.text.strip():
        return {"path": src.path, "stage": "read", "error": "the article has no text to analyse"}
    content_hash = hashlib.sha256(layout.text.encode("utf-8", "surrogatepass")).hexdigest()
    key = cachemod.key_for(content_hash, str(layout.published), layout.published_from or "", str(src.plain))
    return Job(index, src, layout, content_hash, key)


def analyse_batch(jobs: list[Job], cache_dir: str | None = None, batch_size: int = 64) -> list[Done]:
    """Parse and extract a batch of articles; write each to the cache in ``cache_dir``.

    Runs wherever it is called: here, in a worker process or on a Dask worker. The
    pipeline is loaded once per process. Docs live only until their tables are built.
    An extractor failing on one article becomes that article's error row.
    """
    from .nlp import load_pipeline, parse_stream

    nlp = load_pipeline()
    out = []
    for job, doc in zip(jobs, parse_stream(nlp, ((j.layout.text, j.layout.boundaries) for j in jobs),
                                           batch_size=batch_size)):
        try:
            tables = extract.article_tables(doc, job.source, job.layout, job.content_hash)
        except Exception as exc:  # one article's failure never stops the batch
            out.append(Done(job.index, job.key, error={
                "path": job.source.path, "stage": "analyse",
                "error": f"analysis failed ({type(exc).__name__}: {exc}); please report this with the file attached"}))
            continue
        finally:
            del doc
        done = Done(job.index, job.key, tables=tables)
        if cache_dir is not None:
            done.error = save_entry(job.key, tables, cache_dir)
        out.append(done)
    return out


def save_entry(key: str, tables: dict[str, pa.Table], cache_dir) -> dict | None:
    """Write one cache entry; an error row (not an exception) when the disk refuses."""
    try:
        cachemod.save(key, tables, directory=Path(cache_dir))
    except OSError as exc:
        return {"path": str(cache_dir), "stage": "cache",
                "error": f"the cache could not be written ({exc}); results are correct but will be recomputed "
                         "next time"}
    return None


def _tasks(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


# ----------------------------------------------------------------------------- engines

def run_local(jobs: Iterable[Job], *, cache_dir, n_process: int = 1, batch_size: int = 64) -> Iterator[Done]:
    """Run :func:`analyse_batch` here (``n_process=1``) or in a pool of worker processes.

    Workers are started with ``spawn`` (safe in notebooks and with Arrow's threads) and
    load the pipeline once; at most a few tasks per worker are queued, so texts are read
    only a little ahead of the NLP.
    """
    cdir = str(cache_dir) if cache_dir is not None else None
    if n_process <= 1:
        for task in _tasks(jobs, max(batch_size, TASK_SIZE)):
            yield from analyse_batch(task, cdir, batch_size)
        return
    import multiprocessing as mp

    with ProcessPoolExecutor(max_workers=n_process, mp_context=mp.get_context("spawn"),
                             initializer=_warm_worker) as pool:
        yield from _bounded(lambda task: pool.submit(analyse_batch, task, cdir, batch_size),
                            _tasks(jobs, TASK_SIZE), limit=n_process * IN_FLIGHT_PER_WORKER,
                            wait_any=lambda fs: wait(fs, return_when=FIRST_COMPLETED)[0])


def run_dask(jobs: Iterable[Job], *, cache_dir, scheduler: str | None = None, n_workers: int = 2,
             batch_size: int = 64) -> Iterator[Done]:
    """Run :func:`analyse_batch` on Dask: a ``LocalCluster`` here, or the cluster at ``scheduler``.

    Workers return Arrow tables and this process writes the cache, so workers on other
    machines need no shared disk; they need the same environment (requirements.txt and
    this package installed), which is checked by comparing pipeline versions.
    """
    try:
        from distributed import Client, LocalCluster, wait as dask_wait
    except ImportError as exc:  # pragma: no cover - dask is pinned in requirements.txt
        raise ImportError("engine='dask' needs dask.distributed: pip install -r requirements.txt") from exc
    from . import config

    cluster = None
    if scheduler is None:
        cluster = LocalCluster(n_workers=max(1, n_workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        versions = set(client.run(_worker_version).values())
        if versions - {config.pipeline_version()}:
            raise RuntimeError(f"the Dask workers run a different version of the pipeline ({sorted(versions)}) "
                               f"than this process ({config.pipeline_version()}): install the same helpers and "
                               "requirements.txt on every worker")
        limit = max(1, len(client.scheduler_info().get("workers", {}))) * IN_FLIGHT_PER_WORKER
        for done in _bounded(lambda task: client.submit(analyse_batch, task, None, batch_size, pure=False),
                             _tasks(jobs, TASK_SIZE), limit=limit,
                             wait_any=lambda fs: dask_wait(list(fs), return_when="FIRST_COMPLETED").done):
            if cache_dir is not None and done.tables is not None:
                done.error = save_entry(done.key, done.tables, cache_dir)
            yield done
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _bounded(submit: Callable, tasks: Iterator[list[Job]], *, limit: int, wait_any: Callable) -> Iterator[Done]:
    """Keep at most ``limit`` tasks in flight; yield results as tasks finish."""
    running: set = set()
    queue = deque()
    tasks = iter(tasks)
    exhausted = False
    while True:
        while not exhausted and len(running) < limit:
            task = next(tasks, None)
            if task is None:
                exhausted = True
                break
            running.add(submit(task))
        if not running:
            return
        for fut in wait_any(running):
            running.discard(fut)
            queue.append(fut)
        while queue:
            yield from queue.popleft().result()


def _warm_worker() -> None:
    """Load the pipeline when a worker starts, not on its first article."""
    from .nlp import load_pipeline

    load_pipeline()


def _worker_version() -> str:
    from . import config

    _warm_worker()
    return config.pipeline_version()
