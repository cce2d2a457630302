"""How well web pages are read: the helpers' reader against trafilatura alone, same run.

Usage::

    .venv/bin/python benchmarks/html_bodies.py [--reuters N] [--pages DIR] [--scrapinghub DIR]

Three sets:

* ``tests/fixtures/pages/*.html`` (always there): news pages written for the project with
  navigation, cookie banners, share buttons, related links, comments and footers, each
  with its gold body in ``<name>.gold``.  Scored with the shingle F1 below.
* ``--pages DIR`` (optional): any folder of ``<name>.html`` pages with ``<name>.gold``
  bodies beside them; ``--scrapinghub DIR``: a checkout of the public
  scrapinghub/article-extraction-benchmark (181 news pages with gold bodies). Both are read
  where they are; nothing from them is committed.
* ``../shared/corpora/reuters2016`` (when present): no gold bodies there, so it reports
  proxies: pages with no text, the share of extracted lines that look like page furniture,
  agreement with trafilatura (shingle F1 of ours against it), lost datelines and credits,
  and the time per page.

The score is the article-extraction benchmark's metric (Scrapinghub, "Article extraction
benchmark", 2020), re-implemented here: for each page, counts of word 4-gram shingles true
positive / false positive / false negative, normalised to sum to 1; precision is the mean
over pages that produced text, recall the mean over pages with a gold body, and F1 their
harmonic mean.  A page read as empty counts 0 recall.
"""
from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers.reading import html_to_text, soup_text, split_front_matter  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
FIXTURE_PAGES = ROOT / "tests" / "fixtures" / "pages"
_WORD = re.compile(r"\w+")

#: lines a reader would not count as the story: navigation, sharing, promotion, legal
FURNITURE = re.compile(
    r"^(?:share\b|share this|tweet|email|print|related(?: coverage| stories| articles)?$|"
    r"read more|more on this|you may also like|recommended|most (?:read|popular)|sign up|subscribe|"
    r"follow us|advertisement|go back to top|skip to|back to top|cookie|we use cookies|"
    r"all rights reserved|copyright|©|source$|our standards|comments?\b|reply$|login|log in)", re.I)


def shingles(text: str, n: int = 4) -> Counter:
    tokens = _WORD.findall(text or "")
    return Counter(tuple(tokens[i:i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i:i + n])


def tp_fp_fn(gold: str, pred: str) -> tuple[float, float, float]:
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def scores(rows: list[tuple[float, float, float]]) -> dict:
    def prec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else tp / (tp + fp) if tp + fp else 0.0

    def rec(tp, fp, fn):
        return 1.0 if fp == fn == 0 else tp / (tp + fn) if tp + fn else 0.0

    precision = statistics.mean([prec(*r) for r in rows if r[0] + r[1] > 0] or [0.0])
    recall = statistics.mean([rec(*r) for r in rows if r[0] + r[2] > 0] or [0.0])
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}


def trafilatura_alone(markup: str) -> str:
    import trafilatura

    return trafilatura.extract(markup, include_comments=False) or ""


METHODS = {
    "ours (helpers.reading.html_to_text)": lambda m: html_to_text(m)[0],
    "trafilatura 2.3.1 alone": trafilatura_alone,
    "visible text only (the previous reader)": lambda m: soup_text(m)[0],
}


def folder_pages(folder: Path) -> list[tuple[str, str]]:
    """``(markup, gold body)`` of each ``<name>.html`` with a ``<name>.gold`` beside it."""
    return [(p.read_text(encoding="utf-8", errors="replace"), (folder / f"{p.stem}.gold").read_text(encoding="utf-8"))
            for p in sorted(folder.glob("*.html")) if (folder / f"{p.stem}.gold").exists()]


def scrapinghub_pages(folder: Path) -> list[tuple[str, str]]:
    """``(markup, gold body)`` from a checkout of scrapinghub/article-extraction-benchmark
    (``ground-truth.json`` and ``html/<id>.html.gz``), read where it is, never copied."""
    import gzip
    import json

    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [(gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes()).decode("utf-8", "replace"),
             item.get("articleBody", "")) for key, item in sorted(truth.items())]


def warm_up(method, first: str) -> None:
    """Run a method once over the fixture pages and one page of the set, untimed: imports and
    lazily loaded resources (stop lists, fallback extractors) are paid once per process."""
    for page in [*FIXTURE_PAGES.glob("*.html")]:
        method(page.read_text(encoding="utf-8"))
    method(first)


def gold_set(pages: list[tuple[str, str]], label: str) -> None:
    if not pages:
        print(f"{label}: no pages with gold bodies")
        return
    print(f"\n{label}: {len(pages)} pages with gold bodies")
    print(f"  {'method':<42} {'F1':>6} {'prec':>6} {'recall':>6} {'empty':>6} {'ms/page':>8}")
    for name, method in METHODS.items():
        warm_up(method, pages[0][0])
        rows, empty, spent = [], 0, 0.0
        for markup, gold in pages:
            start = time.perf_counter()
            try:
                text = method(markup)
            except Exception as exc:  # a method that crashes on a page reads nothing there
                print(f"    {name} failed on a page: {type(exc).__name__}: {exc}")
                text = ""
            spent += time.perf_counter() - start
            empty += not text.strip()
            rows.append(tp_fp_fn(gold, text))
        s = scores(rows)
        print(f"  {name:<42} {s['f1']:6.3f} {s['precision']:6.3f} {s['recall']:6.3f} {empty:6d} "
              f"{1000 * spent / len(pages):8.1f}")


def furniture_share(text: str) -> float:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines:
        return 0.0
    bad = sum(bool(FURNITURE.match(line)) or (len(line.split()) <= 3 and not re.search(r"[.!?\"”)]$", line))
              for line in lines)
    return bad / len(lines)


def reuters_set(n: int) -> None:
    from helpers.articles import CREDITS_BLOCK, DATELINE

    folder = SHARED / "reuters2016"
    if not folder.is_dir():
        print(f"\nReuters 2016: {folder} is missing; skipped (the fixture pages above need nothing outside the project)")
        return
    files = sorted(folder.glob("2016-02-*.md"))[:n]
    bodies = []
    for f in files:
        _, body, _ = split_front_matter(f.read_text(encoding="utf-8", errors="replace"))
        bodies.append(body)
    print(f"\nReuters 2016: {len(bodies)} web pages of February 2016 (no gold: proxies)")
    print(f"  {'method':<42} {'empty':>6} {'furniture':>9} {'agree':>6} {'dateline':>8} {'credits':>7} {'ms/page':>8}")
    reference = [trafilatura_alone(b) for b in bodies]
    visible = [soup_text(b)[0] for b in bodies]
    wire_dateline = sum(bool(DATELINE.match(v.split("\n\n")[0] if v else "")) for v in visible)
    wire_credits = sum(any(CREDITS_BLOCK.search(p) for p in v.split("\n\n")[-3:]) for v in visible)
    for name, method in METHODS.items():
        warm_up(method, bodies[0])
        texts, spent = [], 0.0
        for b in bodies:
            start = time.perf_counter()
            texts.append(method(b))
            spent += time.perf_counter() - start
        empty = sum(not t.strip() for t in texts)
        furniture = statistics.mean(furniture_share(t) for t in texts)
        agree = scores([tp_fp_fn(r, t) for r, t in zip(reference, texts) if r.strip()])["f1"]
        datelines = sum(any(DATELINE.match(p) for p in t.split("\n\n")[:3]) for t in texts)
        credits = sum(any(CREDITS_BLOCK.search(p) for p in t.split("\n\n")[-3:]) for t in texts)
        print(f"  {name:<42} {empty:6d} {furniture:9.3f} {agree:6.3f} {datelines:8d} {credits:7d} "
              f"{1000 * spent / len(bodies):8.1f}")
    print(f"  (visible text: {wire_dateline} pages open with a dash/agency dateline, {wire_credits} close with credits;"
          " 'agree' is shingle F1 against trafilatura alone)")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reuters", type=int, default=200, help="Reuters 2016 pages to read (0: none)")
    parser.add_argument("--pages", type=Path, help="a folder of <name>.html + <name>.gold (kept outside the project)")
    parser.add_argument("--scrapinghub", type=Path, metavar="DIR",
                        help="a checkout of scrapinghub/article-extraction-benchmark (kept outside the project)")
    args = parser.parse_args(argv)
    gold_set(folder_pages(FIXTURE_PAGES), f"Fixture pages ({FIXTURE_PAGES.relative_to(ROOT)})")
    if args.pages:
        gold_set(folder_pages(args.pages), f"Pages from {args.pages}")
    if args.scrapinghub:
        gold_set(scrapinghub_pages(args.scrapinghub), f"Article-extraction benchmark at {args.scrapinghub}")
    if args.reuters:
        reuters_set(args.reuters)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
