"""The real-news stance development set: which articles, how they are split, where evidence is.

The set is ours (issue 14): about 40 political news articles from ../shared, split by
article into a training/calibration part and a locked test part *before* any modelling.
Only keys and labels are stored (``benchmarks/data/stance_articles.csv``,
``benchmarks/data/stance_gold.csv``); never article text. The annotation rules are in
``benchmarks/data/stance_guidelines.md``.

Usage::

    python benchmarks/stance_devset.py select            # (re)write stance_articles.csv (seeded)
    python benchmarks/stance_devset.py locate KEY "words" # character offsets of a substring
    python benchmarks/stance_devset.py check              # every gold row points at real text
    python benchmarks/stance_devset.py agreement          # inter-annotator agreement on doubles

``KEY`` is a path relative to ../shared. Offsets are into the file as decoded (UTF-8,
newlines as in the file), so they do not depend on this project's readers.
"""
from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = ROOT / "benchmarks" / "data"
ARTICLES = DATA / "stance_articles.csv"
GOLD = DATA / "stance_gold.csv"
SEED = 14
#: articles per corpus: (total, of which locked test)
PLAN = {"polnear-dev": (20, 10), "polnear-train-late": (6, 0), "bbc-politics": (7, 3), "reuters2016": (7, 3)}
#: words that make a Reuters 2016 headline political (the corpus mixes sport, markets, celebrity)
POLITICAL = re.compile(r"obama|trump|clinton|cruz|sanders|russia|putin|syria|iran|china|korea|eu-|brexit|"
                       r"cameron|minister|president|accus|criticiz|slam|blame|warn|rejects|sanction", re.I)


def read(key: str) -> str:
    return (SHARED / key).read_bytes().decode("utf-8", errors="replace")


def _unique(paths: list[Path]) -> list[Path]:
    seen, out = set(), []
    for p in sorted(paths):
        h = hashlib.sha1(p.read_bytes()).hexdigest()
        if h not in seen:
            seen.add(h)
            out.append(p)
    return out


def candidates() -> dict[str, list[Path]]:
    pol = SHARED / "benchmarks" / "polnear"
    r16 = SHARED / "corpora" / "reuters2016"
    return {
        "polnear-dev": _unique(list((pol / "dev" / "text").glob("*.txt"))),
        # the latest train texts (mid-August to September 2016), the nearest to the held-out period
        "polnear-train-late": _unique([p for p in (pol / "train" / "text").glob("*.txt")
                                       if p.name.split("_")[1] >= "2016-08-15"]),
        "bbc-politics": _unique(list((SHARED / "corpora" / "bbc" / "politics").glob("*.txt"))),
        "reuters2016": _unique([p for p in r16.glob("*-reuters.md") if POLITICAL.search(p.name)]),
    }


def select() -> None:
    rng = random.Random(SEED)
    rows = []
    for corpus, pool in candidates().items():
        total, test = PLAN[corpus]
        picked = rng.sample(pool, total)
        for i, path in enumerate(picked):
            split = "test" if i < test else "train"
            rows.append({"article_key": path.relative_to(SHARED).as_posix(), "corpus": corpus, "split": split,
                         "double": "yes" if split == "test" and i < test // 2 + 1 else "no"})
    with ARTICLES.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} articles to {ARTICLES.relative_to(ROOT)}")


def locate(key: str, words: str) -> None:
    text = read(key)
    hits = [m.start() for m in re.finditer(re.escape(words), text)]
    if not hits:
        sys.exit(f"not found verbatim in {key}: {words!r}")
    for h in hits:
        print(h, h + len(words))


def load_gold() -> list[dict]:
    with GOLD.open(newline="") as fh:
        return list(csv.DictReader(fh))


def check() -> None:
    bad = 0
    keys = {r["article_key"] for r in csv.DictReader(ARTICLES.open())}
    for row in load_gold():
        if row["article_key"] not in keys:
            print("not in the article list:", row)
            bad += 1
            continue
        if row["source"] == "-":  # an article listed as having no stance
            continue
        text = read(row["article_key"])
        s, e = int(row["evidence_start"]), int(row["evidence_end"])
        if not (0 <= s < e <= len(text)):
            print("offsets outside the text:", row)
            bad += 1
    print(f"{len(load_gold())} gold rows, {bad} problems")
    sys.exit(1 if bad else 0)


def _edges(rows, annotator):
    return {(r["article_key"], r["source"].lower(), r["target"].lower())
            for r in rows if r["annotator"] == annotator and r["source"] != "-"}


def agreement() -> None:
    rows = load_gold()
    doubles = {r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["double"] == "yes"}
    rows = [r for r in rows if r["article_key"] in doubles]
    names = sorted({r["annotator"] for r in rows})
    if len(names) < 2:
        sys.exit(f"need two annotators on the double-annotated articles, found {names}")
    a, b = (_edges(rows, n) for n in names[:2])
    both = len(a & b)
    p = both / len(b) if b else 0.0
    r = both / len(a) if a else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"double-annotated articles: {len(doubles)}; edges {names[0]}={len(a)} {names[1]}={len(b)} "
          f"agreed={both}; pairwise F1 (edge = article, source, target) = {f1:.3f}")


if __name__ == "__main__":
    if not SHARED.is_dir():
        print(f"../shared is missing ({SHARED}): nothing to do")
        sys.exit(0)
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    {"select": lambda: select(), "locate": lambda: locate(sys.argv[2], sys.argv[3]),
     "check": lambda: check(), "agreement": lambda: agreement()}[cmd]()
