"""Train the edge-confidence model of helpers/stance_confidence.py from judged rule edges.

    .venv/bin/pip install -r requirements-bench.txt      # scikit-learn, for training only
    .venv/bin/python benchmarks/train_edge_model.py [--C 0.1] [--threshold 0.1] [--dry-run]

1. The labels: every rule edge readers judged right or wrong, by reading its article, in the
   random samples of BBC and Reuters 2016 output (``benchmarks/data/stance_sample*.csv``) and
   in the political parts (``benchmarks/data/stance_politics.csv``). Keys and verdicts only.
2. The pipeline runs over those articles (from ../shared, never copied) at this commit. Each
   rule edge it still gives that a reader judged (same article, sentence, source, target and
   kind) becomes one row: the feature strings of ``stance_confidence.edge_features`` (recorded
   as the pipeline computes them) and its verdict. Judged edges the rules no longer give are
   left out, and so are edges nobody judged.
3. A logistic regression (scikit-learn, L2, seeded) over the feature strings. Five-fold
   cross-validation *by article* prints, for each threshold, the share of edges kept, their
   precision and the share of right edges kept, and the same per judged file.
4. The default threshold (``--threshold``, 0.1) drops a rule edge only when the model gives it
   less than one chance in ten of being right, and keeps the pair model's edges (scaled below
   0.08, see below) off. It filters little on purpose: the model has learnt from the rules it was
   trained on, and a new rule's edges (a target named in an earlier sentence, say) have no
   verdicts yet. A user who wants fewer, surer edges raises ``stance_threshold`` along the
   printed table.
5. Writes helpers/models/stance_edges.json (intercept, threshold, weights, the cross-validated
   figures, how it was made). No pickle, no text.

``MODEL_EDGE_PRECISION``: the pair model's own edges (helpers/stance_model.py, off by default)
are scaled by the precision they had on real news when cross-validated by article
(benchmarks/train_stance_model.py prints it per threshold: at 0.5, 1 of 14 right), so that one
threshold serves both kinds of edge.

Seeded; about 4-5 minutes on this 2-core machine (the parse of about 1,000 articles).
Exits cleanly, saying what is missing, when ../shared or scikit-learn is absent.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from helpers import stance_confidence as sc  # noqa: E402
from helpers.config import SHARED_DIR  # noqa: E402
from train_stance_model import sklearn_missing  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
SEED = 14
MODEL_EDGE_PRECISION = round(1 / 14, 4)
THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]


def judged() -> dict[str, list[dict]]:
    """Article key -> the judged edges of that article, from every judged file."""
    files = sorted(DATA.glob("stance_sample*.csv")) + [DATA / "stance_politics.csv"]
    out: dict[str, list[dict]] = {}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(line for line in fh if not line.startswith("#")):
                if r["verdict"] in ("right", "wrong"):
                    out.setdefault(r["article_key"], []).append(dict(r, file=path.name))
    return out


def rows_at_this_commit(keys: dict[str, list[dict]]) -> list[tuple[str, list[str], int, str]]:
    """(article key, features, 1 if right, judged file) for every judged edge the rules still give."""
    from helpers import analyze

    recorded: dict[str, list[tuple[dict, list[str]]]] = {}
    rate = sc.rate

    def recording(recs, doc, index, quotes=()):
        for r in recs:
            if index is not None:
                recorded.setdefault(r["article_id"], []).append((r, sc.edge_features(doc, index.mentions, r, quotes)))
        rate(recs, doc, index, quotes)

    sc.rate = recording  # the pipeline's own features, recorded as it computes them
    try:
        paths = [SHARED_DIR / k for k in sorted(keys) if (SHARED_DIR / k).is_file()]
        corpus = analyze(paths, n_process=1, progress=True, cache=False)
    finally:
        sc.rate = rate
    key_of = {aid: str(Path(p).resolve().relative_to(SHARED_DIR.resolve()))
              for aid, p in zip(corpus.articles.article_id, corpus.articles.path)}
    rows = []
    for aid, recs in recorded.items():
        key = key_of.get(aid)
        for j in keys.get(key, []):
            match = [f for r, f in recs if r["source"] == j["source"] and r["target"] == j["target"]
                     and r["kind"] == j["kind"] and str(r["sent_id"]) == j["sent_id"]]
            if match:
                rows.append((key, match[0], int(j["verdict"] == "right"), j["file"]))
    return rows


def fit(rows, C: float) -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in r[1]} for r in rows])
    clf = LogisticRegression(C=C, max_iter=5000, random_state=SEED).fit(X, [r[2] for r in rows])
    return {"intercept": float(clf.intercept_[0]),
            "weights": {n: float(w) for n, w in zip(vec.get_feature_names_out(), clf.coef_[0])}}


def cross_validate(rows, C: float, folds: int = 5) -> list[float]:
    """Out-of-fold probabilities, folds by article."""
    arts = sorted({r[0] for r in rows})
    random.Random(SEED).shuffle(arts)
    fold = {a: i % folds for i, a in enumerate(arts)}
    probs = [0.0] * len(rows)
    for k in range(folds):
        model = fit([r for r in rows if fold[r[0]] != k], C)
        for i, r in enumerate(rows):
            if fold[r[0]] == k:
                probs[i] = sc.probability(r[1], model)
    return probs


def table(rows, probs) -> list[dict]:
    right = sum(r[2] for r in rows)
    out = []
    for th in THRESHOLDS:
        kept = [r[2] for r, p in zip(rows, probs) if p >= th]
        out.append({"threshold": th, "kept": round(len(kept) / len(rows), 3),
                    "precision": round(sum(kept) / max(1, len(kept)), 3), "right_kept": round(sum(kept) / right, 3)})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--C", type=float, default=0.1)
    ap.add_argument("--threshold", type=float, default=0.1, help="the default threshold written to the model")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    args = ap.parse_args()
    if not SHARED_DIR.is_dir():
        print(f"../shared is missing ({SHARED_DIR}): nothing to train on")
        return
    if sklearn_missing():
        return
    t0 = time.perf_counter()
    keys = judged()
    rows = rows_at_this_commit(keys)
    n_judged = sum(len(v) for v in keys.values())
    base = sum(r[2] for r in rows) / len(rows)
    print(f"\n{n_judged} judged edges in {len(keys)} articles; {len(rows)} still given by the rules "
          f"(precision {base:.3f}) ({time.perf_counter() - t0:.0f} s)")
    probs = cross_validate(rows, args.C)
    cv = table(rows, probs)
    print(f"\n5-fold cross-validation by article (C={args.C}):")
    print(f"{'threshold':>9} {'kept':>6} {'precision':>9} {'right kept':>10}")
    for r in cv:
        print(f"{r['threshold']:9.2f} {r['kept']:6.2f} {r['precision']:9.3f} {r['right_kept']:10.2f}")
    threshold = args.threshold
    at = [(r[2], p) for r, p in zip(rows, probs)]
    kept_right = sum(y for y, p in at if p >= threshold)
    kept_all = sum(1 for y, p in at if p >= threshold)
    print(f"\ndefault threshold {threshold}: keeps {kept_right} of {sum(y for y, _ in at)} right edges and drops "
          f"{len(at) - kept_all - (sum(y for y, _ in at) - kept_right)} of {sum(1 - y for y, _ in at)} wrong ones")
    print("\nper judged file at the default (held out by article):")
    for name in sorted({r[3] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r[3] == name]
        y = [rows[i][2] for i in idx]
        k = [rows[i][2] for i in idx if probs[i] >= threshold]
        print(f"  {name:26s} {len(idx):4d} edges: precision {sum(y) / len(y):.3f} -> {sum(k) / max(1, len(k)):.3f}, "
              f"right kept {sum(k)}/{sum(y)}")
    if args.dry_run:
        return
    model = fit(rows, args.C)
    weights = {k: round(v, 4) for k, v in sorted(model["weights"].items()) if abs(v) >= 0.005}
    out = {"about": "helpers/stance_confidence.py: P(a rule edge is right); logistic regression (scikit-learn, "
                    f"L2, C={args.C}) trained by benchmarks/train_edge_model.py on {len(rows)} rule edges judged "
                    "right or wrong by reading (benchmarks/data/stance_sample*.csv, stance_politics.csv); "
                    f"default threshold {threshold}: a rule edge is dropped when the model gives it less than "
                    "one chance in ten; cv: 5-fold cross-validation by article",
           "threshold": threshold, "model_edge_precision": MODEL_EDGE_PRECISION,
           "cv": {"edges": len(rows), "precision": round(base, 3), "table": cv},
           "intercept": round(model["intercept"], 4), "weights": weights}
    sc.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sc.MODEL_PATH.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"\nwrote {sc.MODEL_PATH.relative_to(ROOT)}: {len(weights)} weights, "
          f"{sc.MODEL_PATH.stat().st_size / 1e3:.0f} kB ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
