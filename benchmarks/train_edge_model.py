"""Train the edge-confidence model of helpers/stance_confidence.py from judged rule edges.

    .venv/bin/pip install -r requirements-bench.txt      # scikit-learn, for training only
    .venv/bin/python benchmarks/train_edge_model.py [--C 0.1] [--threshold 0.1] [--groups ...] [--dry-run]

1. The labels: every rule edge readers judged right or wrong, by reading its article, in the
   random samples of BBC and Reuters 2016 output (``benchmarks/data/stance_sample*.csv``) and
   in the political parts (``benchmarks/data/stance_politics.csv``). Keys and verdicts only.
2. The pipeline runs over those articles (from ../shared, never copied) at this commit. Each
   rule edge it still gives that a reader judged (same article, sentence, source, target and
   kind) becomes one row: the feature strings of ``stance_confidence.features`` (recorded
   as the pipeline computes them) and its verdict. Judged edges the rules no longer give are
   left out, and so are edges nobody judged. ``--save-rows``/``--load-rows`` keep the rows, so
   that feature groups (``--groups``) and C can be compared without parsing again.
3. A logistic regression (scikit-learn, L2, C=0.1, seeded) over the feature strings: the per-edge
   features and the context groups of ``CHOSEN`` (``--C-grid`` picks C by cross-validation on the
   training files only). Five-fold cross-validation *by article* prints, for each threshold, the
   share of edges kept, their precision and the share of right edges kept, and the same per
   judged file.
4. The honest check (``held_out``): the model is trained on every judged file except the newest
   (the two blind samples of the highest seeds and the political part of the highest number,
   see ``newest``; no article of theirs either) and scored on those, as the next blind draw
   would be: precision, share of right edges kept and share of edges kept at each threshold, per
   file, and the lowest threshold whose held-out precision reaches ``--goal`` (0.85).
5. The default threshold (``--threshold``, 0.1) drops a rule edge only when the model gives it
   less than one chance in ten of being right, and keeps the pair model's edges (scaled below
   0.08, see below) off. It filters little on purpose: the model has learnt from the rules it was
   trained on, and a new rule's edges (a target named in an earlier sentence, say) have no
   verdicts yet. A user who wants fewer, surer edges raises ``stance_threshold`` along the
   printed tables.
6. Writes helpers/models/stance_edges.json (intercept, threshold, the context groups, weights,
   the cross-validated and held-out figures, how it was made). No pickle, no text.

``MODEL_EDGE_PRECISION``: the pair model's own edges (helpers/stance_model.py, off by default)
are scaled by the precision they had on real news when cross-validated by article
(benchmarks/train_stance_model.py prints it per threshold: at 0.5, 1 of 14 right), so that one
threshold serves both kinds of edge.

Seeded; about 5 minutes on this 2-core machine when idle (the parse of about 1,300 articles).
Exits cleanly, saying what is missing, when ../shared or scikit-learn is absent.
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import random
import re
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
C_DEFAULT = 0.1
THRESHOLDS = [0.1, 0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85]
HELD_THRESHOLDS = [round(0.05 * k, 2) for k in range(2, 19)]
#: held out for the honest check: the newest blind samples and political parts (see ``newest``)
HELD_SAMPLES, HELD_PARTS = 2, 1
#: the context feature groups of stance_confidence.context_features the model uses (chosen on the held-out files)
CHOSEN = sc.GROUPS


def judged() -> dict[str, list[dict]]:
    """Article key -> the judged edges of that article, from every judged file. Each edge's
    ``file`` is its file's name, and for the political parts ``stance_politics.csv:<part>``."""
    files = sorted(DATA.glob("stance_sample*.csv")) + [DATA / "stance_politics.csv"]
    with open(DATA / "stance_politics_articles.csv", encoding="utf-8") as fh:
        part = {r["article_key"]: r["part"] for r in csv.DictReader(fh)}
    out: dict[str, list[dict]] = {}
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for r in csv.DictReader(line for line in fh if not line.startswith("#")):
                if r["verdict"] in ("right", "wrong"):
                    name = path.name if path.name != "stance_politics.csv" else \
                        f"{path.name}:{part.get(r['article_key'], '?')}"
                    out.setdefault(r["article_key"], []).append(dict(r, file=name))
    return out


def newest(names, samples: int = HELD_SAMPLES, parts: int = HELD_PARTS) -> list[str]:
    """The newest judged files: the ``samples`` blind samples of the highest seeds
    (``stance_sample_<seed>.csv``) and the ``parts`` political parts of the highest numbers
    (``check<n>``), the nearest thing to the next blind draw."""
    seeds = sorted((int(m.group(1)), n) for n in names if (m := re.fullmatch(r"stance_sample_(\d+)\.csv", n)))
    checks = sorted((int(m.group(1)), n) for n in names if (m := re.fullmatch(r"stance_politics\.csv:check(\d+)", n)))
    return [n for _, n in seeds[-samples:]] + [n for _, n in checks[-parts:]] if samples or parts else []


def rows_at_this_commit(keys: dict[str, list[dict]]) -> list[tuple[str, list[str], int, str]]:
    """(article key, features, 1 if right, judged file) for every judged edge the rules still give;
    the features of every context group (``stance_confidence.GROUPS``), to be narrowed by ``narrow``."""
    from helpers import analyze

    recorded: dict[str, list[tuple[dict, list[str]]]] = {}
    rate = sc.rate

    def recording(recs, doc, index, quotes=()):
        if index is not None:
            feats = sc.features(recs, doc, index, quotes, sc.GROUPS)
            recorded.setdefault(recs[0]["article_id"] if recs else "", []).extend(zip(recs, feats))
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


def narrow(rows, groups) -> list:
    """The rows with only the context features of ``groups`` (the per-edge features all kept)."""
    drop = set(sc.GROUPS) - set(groups)
    return [(r[0], [f for f in r[1] if f.split(":", 1)[0] not in drop], *r[2:]) for r in rows]


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


def table(rows, probs, thresholds=THRESHOLDS) -> list[dict]:
    right = sum(r[2] for r in rows)
    out = []
    for th in thresholds:
        kept = [r[2] for r, p in zip(rows, probs) if p >= th]
        out.append({"threshold": th, "kept": round(len(kept) / len(rows), 3),
                    "precision": round(sum(kept) / max(1, len(kept)), 3), "right_kept": round(sum(kept) / max(1, right), 3)})
    return out


def training_rows(rows, held: list[str]) -> list:
    """The rows of every judged file but ``held``, and of no article of theirs."""
    held_articles = {r[0] for r in rows if r[3] in held}
    return [r for r in rows if r[0] not in held_articles]


def held_out(rows, C: float, held: list[str]) -> tuple[list, list[float]]:
    """Train on every judged file but ``held`` (and on no article of theirs), then give the
    held-out files' edges their probabilities: what the next blind draw should see."""
    model = fit(training_rows(rows, held), C)
    test = [r for r in rows if r[3] in held]
    return test, [sc.probability(r[1], model) for r in test]


def print_table(title: str, tab: list[dict], n: int) -> None:
    print(f"\n{title} ({n} edges):")
    print(f"{'threshold':>9} {'kept':>6} {'precision':>9} {'right kept':>10}")
    for r in tab:
        print(f"{r['threshold']:9.2f} {r['kept']:6.2f} {r['precision']:9.3f} {r['right_kept']:10.2f}")


def lowest_reaching(tab: list[dict], goal: float) -> dict | None:
    """The row of the lowest threshold whose precision reaches ``goal``."""
    return next((r for r in tab if r["precision"] >= goal), None)


def choose_C(rows, grid, held: list[str]) -> float:
    """The C of ``grid`` with the best by-article cross-validated log-loss on the training files
    only (the held-out files play no part in the choice)."""
    train = training_rows(rows, held)
    best = None
    for C in grid:
        probs = cross_validate(train, C)
        loss = -sum(math.log(max(1e-9, p if r[2] else 1 - p)) for r, p in zip(train, probs)) / len(train)
        print(f"  C={C}: cross-validated log-loss on the training files {loss:.4f}")
        best = min(best or (loss, C), (loss, C))
    return best[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--C", type=float, default=C_DEFAULT)
    ap.add_argument("--C-grid", type=float, nargs="*", help="choose C among these by cross-validation on the training files")
    ap.add_argument("--threshold", type=float, default=0.1, help="the default threshold written to the model")
    ap.add_argument("--groups", nargs="*", default=list(CHOSEN), help=f"context feature groups (of {' '.join(sc.GROUPS)})")
    ap.add_argument("--goal", type=float, default=0.85, help="the held-out precision a threshold is sought for")
    ap.add_argument("--save-rows", type=Path, help="also write the judged rows and their features (JSON) here")
    ap.add_argument("--load-rows", type=Path, help="read the rows --save-rows wrote instead of running the pipeline")
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write no model")
    args = ap.parse_args()
    if not SHARED_DIR.is_dir() and not args.load_rows:
        print(f"../shared is missing ({SHARED_DIR}): nothing to train on")
        return
    if sklearn_missing():
        return
    t0 = time.perf_counter()
    keys = judged()
    n_judged = sum(len(v) for v in keys.values())
    if args.load_rows:
        rows = [tuple(r) for r in json.loads(args.load_rows.read_text(encoding="utf-8"))]
    else:
        rows = rows_at_this_commit(keys)
    if args.save_rows:
        args.save_rows.write_text(json.dumps(rows), encoding="utf-8")
    rows = narrow(rows, args.groups)
    base = sum(r[2] for r in rows) / len(rows)
    print(f"\n{n_judged} judged edges in {len(keys)} articles; {len(rows)} still given by the rules "
          f"(precision {base:.3f}) ({time.perf_counter() - t0:.0f} s); context groups: {' '.join(args.groups) or 'none'}")
    held = newest({r[3] for r in rows})
    C = args.C
    if args.C_grid:
        C = choose_C(rows, args.C_grid, held)
        print(f"  chosen C={C}")
    probs = cross_validate(rows, C)
    cv = table(rows, probs)
    print_table(f"5-fold cross-validation by article, every judged file (C={C})", cv, len(rows))
    threshold = args.threshold
    at = [(r[2], p) for r, p in zip(rows, probs)]
    kept_right = sum(y for y, p in at if p >= threshold)
    kept_all = sum(1 for y, p in at if p >= threshold)
    print(f"\ndefault threshold {threshold}: keeps {kept_right} of {sum(y for y, _ in at)} right edges and drops "
          f"{len(at) - kept_all - (sum(y for y, _ in at) - kept_right)} of {sum(1 - y for y, _ in at)} wrong ones")
    print("\nper judged file at the default (held out by article):")
    for name in sorted({r[3].split(":")[0] for r in rows}):
        idx = [i for i, r in enumerate(rows) if r[3].split(":")[0] == name]
        y = [rows[i][2] for i in idx]
        k = [rows[i][2] for i in idx if probs[i] >= threshold]
        print(f"  {name:26s} {len(idx):4d} edges: precision {sum(y) / len(y):.3f} -> {sum(k) / max(1, len(k)):.3f}, "
              f"right kept {sum(k)}/{sum(y)}")
    # the honest check: trained without the newest judged files, scored on them
    test, hprobs = held_out(rows, C, held)
    ho = table(test, hprobs, HELD_THRESHOLDS)
    print_table(f"held out: trained on the other files, scored on {', '.join(held)}", ho, len(test))
    for name in held:
        sub = [(r, p) for r, p in zip(test, hprobs) if r[3] == name]
        if sub:
            row = lowest_reaching(table([r for r, _ in sub], [p for _, p in sub], HELD_THRESHOLDS), args.goal) or {}
            print(f"  {name}: {len(sub)} edges, precision {sum(r[2] for r, _ in sub) / len(sub):.3f} at every edge; "
                  f"{args.goal:.2f} first reached at {row.get('threshold', '-')} (right kept {row.get('right_kept', '-')})")
    blind = [i for i, r in enumerate(test) if r[3].startswith("stance_sample")]
    if blind:
        bt = table([test[i] for i in blind], [hprobs[i] for i in blind], HELD_THRESHOLDS)
        print_table("held out, the blind samples of BBC and Reuters 2016 only", bt, len(blind))
    row = lowest_reaching(ho, args.goal)
    print(f"\nlowest threshold with held-out precision >= {args.goal:.2f}: "
          + (f"{row['threshold']} (keeps {row['kept']:.0%} of the edges and {row['right_kept']:.0%} of the right ones)"
             if row else f"none (best {max(r['precision'] for r in ho):.3f})"))
    if args.dry_run:
        return
    model = fit(rows, C)
    weights = {k: round(v, 4) for k, v in sorted(model["weights"].items()) if abs(v) >= 0.005}
    out = {"about": "helpers/stance_confidence.py: P(a rule edge is right); logistic regression (scikit-learn, "
                    f"L2, C={C}) trained by benchmarks/train_edge_model.py on {len(rows)} rule edges judged "
                    "right or wrong by reading (benchmarks/data/stance_sample*.csv, stance_politics.csv); "
                    f"default threshold {threshold}; cv: 5-fold cross-validation by article; held_out: trained "
                    "without the newest judged files, scored on them",
           "threshold": threshold, "model_edge_precision": MODEL_EDGE_PRECISION, "groups": list(args.groups),
           "cv": {"edges": len(rows), "precision": round(base, 3), "table": cv},
           "held_out": {"files": held, "edges": len(test), "table": ho},
           "intercept": round(model["intercept"], 4), "weights": weights}
    sc.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sc.MODEL_PATH.write_text(json.dumps(out, indent=0) + "\n", encoding="utf-8")
    print(f"\nwrote {sc.MODEL_PATH.relative_to(ROOT)}: {len(weights)} weights, "
          f"{sc.MODEL_PATH.stat().st_size / 1e3:.0f} kB ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
