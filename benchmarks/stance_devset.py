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
    python benchmarks/stance_devset.py score --split train # the pipeline's negative edges vs gold

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
EQUIVALENTS = DATA / "stance_name_equivalents.csv"
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


def load_gold(map_names: bool = True) -> list[dict]:
    """Gold rows, with annotators' name variants mapped to one canonical name (``map_names``)."""
    lines = [ln for ln in EQUIVALENTS.read_text().splitlines() if ln and not ln.startswith("#")]
    same = {r["variant"].lower(): r["canonical"] for r in csv.DictReader(lines)} if map_names else {}
    with GOLD.open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        for side in ("source", "target"):
            row[side] = same.get(row[side].lower(), row[side])
    return rows


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
    doubles = {r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["double"] == "yes"}
    for map_names in (False, True):
        rows = [r for r in load_gold(map_names) if r["article_key"] in doubles]
        names = sorted({r["annotator"] for r in rows})
        if len(names) < 2:
            sys.exit(f"need two annotators on the double-annotated articles, found {names}")
        a, b = (_edges(rows, n) for n in names[:2])
        both = len(a & b)
        p = both / len(b) if b else 0.0
        r = both / len(a) if a else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        how = "names mapped by stance_name_equivalents.csv" if map_names else "names as written"
        print(f"double-annotated articles: {len(doubles)}; {how}: edges {names[0]}={len(a)} {names[1]}={len(b)} "
              f"agreed={both}; pairwise F1 (edge = article, source, target) = {f1:.3f}")


def _names(actors, actor_id) -> set[str]:
    row = actors.get(actor_id)
    if row is None:
        return set()
    return {row["name"].lower(), *(a.lower() for a in row["aliases"])}


def _wilson(k: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """95% Wilson interval of a proportion k/n."""
    if not n:
        return (0.0, 0.0)
    p = k / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * ((p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5) / (1 + z * z / n)
    return (max(0.0, centre - half), min(1.0, centre + half))


def score(split: str, annotator: str = "A") -> None:
    """Article-level negative edges (source, target) of ``analyze`` against annotator's gold."""
    sys.path.insert(0, str(ROOT))
    from helpers import analyze

    keys = [r["article_key"] for r in csv.DictReader(ARTICLES.open()) if r["split"] == split]
    gold_rows = [r for r in load_gold() if r["annotator"] == annotator and r["article_key"] in keys]
    done = {r["article_key"] for r in gold_rows}
    keys = [k for k in keys if k in done]
    if not keys:
        sys.exit(f"no gold rows by {annotator} for split={split}")
    gold = {(r["article_key"], r["source"].lower(), r["target"].lower()) for r in gold_rows if r["source"] != "-"}
    corpus = analyze([SHARED / k for k in keys], progress=False)
    by_path = {Path(p).resolve(): a for a, p in zip(corpus.articles["article_id"], corpus.articles["path"])}
    key_of = {by_path[(SHARED / k).resolve()]: k for k in keys if (SHARED / k).resolve() in by_path}
    actors = {r["actor_id"]: r for r in corpus.actors.to_dict("records")}
    crit = corpus.criticisms
    system = {}
    for row in crit.itertuples():
        key = key_of.get(row.article_id)
        if key is None:
            continue
        system.setdefault((key, row.source_id, row.target_id), row)
    hits, matched = 0, set()
    wrong = []
    for (key, sid, tid), row in system.items():
        names_s, names_t = _names(actors, sid), _names(actors, tid)
        found = [g for g in gold if g[0] == key and g[1] in names_s and g[2] in names_t]
        if found:
            hits += 1
            matched.update(found)
        else:
            wrong.append(f"  FP {key.split('/')[-1][:40]}: {row.source} -> {row.target} ({row.kind}: {row.cue})")
    n_sys, n_gold = len(system), len(gold)
    p = hits / n_sys if n_sys else 0.0
    r = len(matched) / n_gold if n_gold else 0.0
    lo_p, hi_p = _wilson(hits, n_sys)
    lo_r, hi_r = _wilson(len(matched), n_gold)
    print(f"split={split} articles={len(keys)} gold edges={n_gold} system edges={n_sys}")
    print(f"precision {p:.3f} (95% CI {lo_p:.2f}-{hi_p:.2f})  recall {r:.3f} (95% CI {lo_r:.2f}-{hi_r:.2f})")
    if split != "test":  # the locked part is only counted, never inspected
        print("\n".join(wrong))
        for g in sorted(gold - matched):
            print(f"  FN {g[0].split('/')[-1][:40]}: {g[1]} -> {g[2]}")


if __name__ == "__main__":
    if not SHARED.is_dir():
        print(f"../shared is missing ({SHARED}): nothing to do")
        sys.exit(0)
    cmd = sys.argv[1] if len(sys.argv) > 1 else "check"
    if cmd == "score":
        score(sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else "train")
        sys.exit(0)
    {"select": lambda: select(), "locate": lambda: locate(sys.argv[2], sys.argv[3]),
     "check": lambda: check(), "agreement": lambda: agreement()}[cmd]()
