"""Run the notebooks headless on every real corpus of ../shared, as a new user would.

    .venv/bin/python benchmarks/real_folders.py                  # every folder (30-40 min)
    .venv/bin/python benchmarks/real_folders.py --limit 50       # 50 articles per folder
    .venv/bin/python benchmarks/real_folders.py --only bbc-tech --only mixed
    .venv/bin/python benchmarks/real_folders.py --full           # all 22 Reuters-21578 .sgm files

Folders (each one run of every notebook through ``helpers.report.run_notebook``, the
runner of ``make report``, with its per-cell and kernel-start timeouts):

- ``bbc-<section>``: each BBC section (../shared/corpora/bbc/<section>);
- ``reuters2016-<YYYY-MM>``: each month of Reuters 2016; the corpus is one flat folder, so a
  temporary folder of symlinks is built per month from the ``YYYY-MM`` prefix of the names;
- ``reuters21578``: the Reuters-21578 ``.sgm`` files read directly by the helpers. By default
  the first file (reut2-000.sgm, 1,000 stories); ``--full`` takes all of them;
- ``polnear-train``: the PolNeAR train texts (../shared/benchmarks/polnear/train/text);
- ``mixed``: one folder of symlinks to all of these, at least 1,000 articles (run first).

One row per folder: articles, rows of ``corpus.errors``, seconds for the notebooks,
charts (PNG files) written, and the exception of every notebook that failed. Figures and the
HTML of each run go to ``reports/real_folders/<folder>/``; the table also to
``reports/real_folders/summary.md``. Exit status 1 when any notebook failed.

Temporary folders (symlinks; with ``--limit``, a shortened copy of a .sgm file) are made in
the system temp directory, never in the project; ../shared is only read. The helpers and
notebooks are copied to a temporary snapshot first, so edits made to the working tree
during a long run do not change the code (or invalidate the cache) half-way.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
POLNEAR = SHARED / "benchmarks" / "polnear" / "train" / "text"
OUT = ROOT / "reports" / "real_folders"
MIXED_TARGET = 1050  # files in the mixed folder without --limit: >= 1,000 articles after duplicates


def _articles(folder: Path, suffix: str) -> list[Path]:
    """The article files of a folder, sorted; licence and source notes are left out."""
    return sorted(p for p in folder.glob(f"*{suffix}")
                  if p.is_file() and not p.name.upper().startswith(("SOURCE", "README")))


def _link_folder(tmp: Path, name: str, files: list[Path]) -> Path:
    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    for f in files:
        (folder / f.name).symlink_to(f.resolve())
    return folder


_SGM_RECORD = re.compile(r"<REUTERS\b.*?</REUTERS>", re.S)


def _sgm_sample(src: Path, dest: Path, n: int) -> Path:
    """The first ``n`` <REUTERS> records of ``src`` as a new .sgm file (outside the project)."""
    raw = src.read_bytes().decode("latin-1")
    records = _SGM_RECORD.findall(raw)[:n]
    dest.write_bytes(("\n".join(records) + "\n").encode("latin-1"))
    return dest


def _sgm_folder(tmp: Path, name: str, files: list[Path], limit: int | None) -> Path:
    """Symlinks to the .sgm files, or one shortened file when ``limit`` is set."""
    if limit is None:
        return _link_folder(tmp, name, files)
    folder = tmp / name
    folder.mkdir(parents=True, exist_ok=True)
    _sgm_sample(files[0], folder / files[0].name, limit)
    return folder


def build_folders(tmp: Path, *, limit: int | None, full: bool) -> dict[str, Path]:
    """Name -> folder of every corpus present in ../shared (missing ones are reported)."""
    folders: dict[str, Path] = {}
    cut = (lambda files: files[:limit]) if limit else (lambda files: files)
    pool: dict[str, list[Path]] = {}
    bbc = CORPORA / "bbc"
    for section in sorted(p for p in bbc.iterdir() if p.is_dir()) if bbc.is_dir() else []:
        files = cut(_articles(section, ".txt"))
        folders[f"bbc-{section.name}"] = _link_folder(tmp, f"bbc-{section.name}", files)
        pool[f"bbc-{section.name}"] = files
    r16 = CORPORA / "reuters2016"
    if r16.is_dir():
        by_month: dict[str, list[Path]] = {}
        for f in _articles(r16, ""):
            m = re.match(r"(\d{4}-\d{2})-", f.name)
            if m:
                by_month.setdefault(m.group(1), []).append(f)
        for month, files in sorted(by_month.items()):
            files = cut(files)
            folders[f"reuters2016-{month}"] = _link_folder(tmp, f"reuters2016-{month}", files)
            pool[f"reuters2016-{month}"] = files
    sgm = _articles(CORPORA / "reuters21578", ".sgm") if (CORPORA / "reuters21578").is_dir() else []
    if sgm:
        folders["reuters21578"] = _sgm_folder(tmp, "reuters21578", sgm if full else sgm[:1], limit)
    if POLNEAR.is_dir():
        files = cut(_articles(POLNEAR, ".txt"))
        folders["polnear-train"] = _link_folder(tmp, "polnear-train", files)
        pool["polnear-train"] = files
    if folders:  # first: it is the folder a partial run must not miss
        folders = {"mixed": _mixed(tmp, pool, sgm, limit), **folders}
    return folders


def _mixed(tmp: Path, pool: dict[str, list[Path]], sgm: list[Path], limit: int | None) -> Path:
    """At least 1,000 articles (``limit`` with --limit): an even share of every folder."""
    target = limit or MIXED_TARGET
    shares = len(pool) + (1 if sgm else 0)
    each = -(-target // max(shares, 1))  # ceiling: the folder reaches the target
    folder = tmp / "mixed"
    folder.mkdir()
    for name, files in pool.items():
        for f in files[:each]:
            # names may repeat across corpora (BBC "001.txt" in every section)
            (folder / f"{name}--{f.name}").symlink_to(f.resolve())
    if sgm:
        _sgm_sample(sgm[0], folder / "reuters21578--sample.sgm", each)
    return folder


def _snapshot(tmp: Path) -> Path:
    """A copy of helpers/, notebooks/ and data/aliases.csv: the code this run measures."""
    snap = tmp / "snapshot"
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    shutil.copytree(ROOT / "helpers", snap / "helpers", ignore=ignore)
    shutil.copytree(ROOT / "notebooks", snap / "notebooks", ignore=ignore)
    aliases = ROOT / "data" / "aliases.csv"
    (snap / "data").mkdir()
    if aliases.is_file():
        shutil.copy(aliases, snap / "data" / "aliases.csv")
    return snap


def _row(name, n_articles, n_errors, seconds, charts, failures) -> str:
    failed = "; ".join(f"{r.notebook}: {r.error}" for r in failures) or "-"
    return f"| {name} | {n_articles} | {n_errors} | {seconds:.0f} | {charts} | {failed} |"


HEADER = ("| folder | articles | error rows | seconds | charts | failed notebook: exception |\n"
          "|---|---:|---:|---:|---:|---|")


def run_folder(name: str, folder: Path, *, cell_timeout: float, html: bool, workers: int = 1):
    """Run the four notebooks on ``folder``; return the table row and whether all ran.

    With ``workers > 1`` the folder is first analysed into the cache by that many worker
    processes (the same cache the notebooks read), inside the timed part of the row.
    """
    from helpers import analyze, report

    out = OUT / name
    shutil.rmtree(out, ignore_errors=True)
    t0 = time.perf_counter()
    if workers > 1:
        analyze(str(folder), progress=False, n_process=workers)
    runs = report.run_notebooks(folder, out, html=html, cell_timeout=cell_timeout,
                                start_timeout=120)
    seconds = time.perf_counter() - t0
    charts = len(list((out / "figures").glob("*.png")))
    try:  # the counts from the warm cache the notebooks filled
        corpus = analyze(str(folder), progress=False)
        n_articles, n_errors = len(corpus.articles), len(corpus.errors)
    except Exception as exc:  # noqa: BLE001 - a row is still printed
        n_articles, n_errors = "?", f"? ({type(exc).__name__}: {exc})"
    failures = [r for r in runs if not r.ok]
    return _row(name, n_articles, n_errors, seconds, charts, failures), not failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--only", action="append", default=[],
                        help="run only this folder (repeatable; a prefix such as 'bbc' works)")
    parser.add_argument("--limit", type=int, default=None, help="at most N articles per folder")
    parser.add_argument("--full", action="store_true", help="all Reuters-21578 .sgm files")
    parser.add_argument("--cache-dir", default=None,
                        help="analysis cache (default HELPERS_CACHE_DIR, else the project's .cache/)")
    parser.add_argument("--cell-timeout", type=float, default=1800,
                        help="seconds one notebook cell may take before it counts as stalled")
    parser.add_argument("--no-html", action="store_true", help="skip the HTML export")
    parser.add_argument("--workers", type=int, default=1,
                        help="analyse each folder into the cache with this many processes first")
    args = parser.parse_args(argv)

    if not CORPORA.is_dir() and not POLNEAR.is_dir():
        print(f"real_folders: {SHARED} is not here (it holds the BBC, Reuters and PolNeAR "
              "corpora); nothing to run.")
        return 0
    # set explicitly: the snapshot's own default (.cache/ beside it) would vanish after the run
    cache = args.cache_dir or os.environ.get("HELPERS_CACHE_DIR") or ROOT / ".cache"
    os.environ["HELPERS_CACHE_DIR"] = str(Path(cache).resolve())
    os.environ.setdefault("MPLBACKEND", "Agg")
    with tempfile.TemporaryDirectory(prefix="real-folders-") as tmp_name:
        tmp = Path(tmp_name)
        sys.path.insert(0, str(_snapshot(tmp)))  # helpers and notebooks as they are now
        folders = build_folders(tmp / "folders", limit=args.limit, full=args.full)
        for missing in (CORPORA / "bbc", CORPORA / "reuters2016", CORPORA / "reuters21578", POLNEAR):
            if not missing.is_dir():
                print(f"(missing, skipped: {missing})")
        if args.only:
            folders = {k: v for k, v in folders.items()
                       if any(k == o or k.startswith(o) for o in args.only)}
        OUT.mkdir(parents=True, exist_ok=True)
        print(HEADER, flush=True)
        rows, all_ok, t0 = [], True, time.perf_counter()
        for name, folder in folders.items():
            row, ok = run_folder(name, folder, cell_timeout=args.cell_timeout,
                                 html=not args.no_html, workers=args.workers)
            print(row, flush=True)
            rows.append(row)
            all_ok &= ok
        total = f"{len(rows)} folders in {time.perf_counter() - t0:.0f} s; " + \
                ("every notebook ran" if all_ok else "SOME NOTEBOOKS FAILED")
        print(total)
        (OUT / "summary.md").write_text(HEADER + "\n" + "\n".join(rows) + "\n\n" + total + "\n",
                                        encoding="utf-8")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
