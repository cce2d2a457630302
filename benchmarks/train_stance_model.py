"""Train the stance pair model of helpers/stance_model.py and calibrate its threshold on real news.

    .venv/bin/pip install -r requirements-bench.txt      # scikit-learn, for training only
    .venv/bin/python benchmarks/train_stance_model.py [--C 3] [--real-weight 10] [--docs /tmp/stances-docs]
    .venv/bin/python benchmarks/train_stance_model.py --park-cv 0.1 0.3 1 3 10   # choose C (no model written)

1. Park et al. (2021) train (../shared/benchmarks/park2021/train.txt, never copied): each row
   gives two ordered candidates, A -> B (positive when the label is 3, "A criticizes B") and
   B -> A (positive when 4). Brackets that clip a word ("[Los Angele]s") are widened to whole
   words first (benchmarks/stances.py read_park).
2. The train split of our real-news set (benchmarks/data/stance_articles.csv, gold in
   stance_gold.csv, annotator A): every candidate of helpers.stance_model.candidates over the
   pipeline's own mentions and quotes; positive when its source and target actors carry the
   names of a gold edge of that article and its sentence holds the gold evidence, negative
   when no gold edge names the pair (a named pair outside the evidence is left out).
3. Two logistic regressions (scikit-learn, L2, seeded) over the feature strings: the negative
   model (Park label 3/4 and the real-news candidates, which weigh ``--real-weight`` times a Park
   pair) and the positive model (Park label 1/2 only: our real-news gold lists negative stances
   alone). ``--C`` was chosen by ``--park-cv``: 5-fold cross-validation *by sentence* on Park
   train, scoring the five-label macro-F1 of the pair classifier (Park valid is only reported,
   by benchmarks/pair_model.py and benchmarks/stances.py).
4. Calibration: 4-fold cross-validation *by article* over the real-news train split (each
   fold's model trained on Park plus the other folds), then the article-level negative edges
   of rules + model at each threshold are scored like ``stance_devset.py score``. The
   threshold shipped is the lowest whose cross-validated precision is at least ``--precision``
   (default 0.85) for the edges the model adds; ``--threshold`` overrides.
5. Writes helpers/models/stance_pairs.json: intercept, threshold, feature -> weight (features
   whose weight is below ``--min-weight`` dropped), the same for the positive model under
   ``positive``, and how it was made. No pickle, no text.

Parsed sentences are cached as spaCy DocBin files under ``--docs`` (default
/tmp/stances-docs), so a second run skips the slow parse. Seeded; about 1.5-3 minutes on 2 cores once
the sentences are parsed (the first parse of Park train adds several minutes).
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

from helpers import load_pipeline  # noqa: E402
from helpers import stance_model as sm  # noqa: E402
from helpers.config import SHARED_DIR  # noqa: E402

PARK = SHARED_DIR / "benchmarks" / "park2021"
DATA = ROOT / "benchmarks" / "data"
SEED = 14


# ----------------------------------------------------------------------------- Park

def _docs(nlp, texts: list[str], path: Path):
    """Parsed docs, from the DocBin cache at ``path`` when it holds the same texts."""
    from spacy.tokens import DocBin

    if path.is_file():
        docs = list(DocBin().from_disk(path).get_docs(nlp.vocab))
        if len(docs) == len(texts) and all(d.text == t for d, t in zip(docs, texts)):
            return docs
    docs = list(nlp.pipe(texts, batch_size=256))
    db = DocBin(store_user_data=False)
    for d in docs:
        db.add(d)
    path.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(path)
    return docs


def park_pairs(split: str, nlp, docs_dir: Path):
    """(features, label, (sentence index, direction)) for both orders of every Park pair."""
    from stances import read_park

    items = list(read_park(PARK / f"{split}.txt"))
    docs = _docs(nlp, [s for s, *_ in items], docs_dir / f"park-{split}.spacy")
    out = []
    for k, ((sentence, e1, e2, label), doc) in enumerate(zip(items, docs)):
        a = doc.char_span(*e1, alignment_mode="expand")
        b = doc.char_span(*e2, alignment_mode="expand")
        if a is None or b is None or a.sent.start != b.sent.start or (a.start < b.end and b.start < a.end):
            continue
        gate = sm.evidence(sm.Candidate(None, None, a, b)) is not None
        out.append((sm.features(a, b), int(label == 3), (k, "AB", gate, int(label == 1), label)))
        out.append((sm.features(b, a), int(label == 4), (k, "BA", gate, int(label == 2), label)))
    return out


# ----------------------------------------------------------------------------- real news

def real_articles(split: str, nlp):
    """Per train article: key, candidate rows (features, source names, target names, sentence
    span), the rule edges (source names, target names) and the gold edges."""
    from stance_devset import load_gold, matches
    from helpers.actors import extract_mentions
    from helpers.engine import prepare
    from helpers.nlp import parse_stream
    from helpers.quotes import extract_quotes
    from helpers.reading import read_file
    from helpers.stances import extract_stances

    keys = [r["article_key"] for r in csv.DictReader((DATA / "stance_articles.csv").open()) if r["split"] == split]
    gold = [r for r in load_gold() if r["annotator"] == "A" and r["article_key"] in keys]
    jobs = []
    for key in keys:
        src = next(s for s in read_file(SHARED_DIR / key, key) if not hasattr(s, "error"))
        jobs.append((key, prepare(0, src)))
    out = []
    for (key, job), doc in zip(jobs, parse_stream(nlp, ((j.layout.text, j.layout.boundaries) for _, j in jobs))):
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
        index = extract_mentions(doc, job.layout, sent_ids=sent_ids)
        quotes = list(extract_quotes(doc, index, article_id=key, sent_ids=sent_ids, layout=job.layout))
        body = lambda off, lay=job.layout: lay.part_at(off) == "body"  # noqa: E731
        rules = extract_stances(doc, index, article_id=key, sent_ids=sent_ids, quotes=quotes, layout=job.layout,
                                model=False)

        def names(actor):
            return {actor.name.lower(), *(a.lower() for a in actor.aliases)}

        actors = {a.key: a for a in index.actors.values()}
        rule_edges = [(names(actors[r["source_id"]]) if r["source_id"] in actors else {r["source"].lower()},
                       names(actors[r["target_id"]]) if r["target_id"] in actors else {r["target"].lower()},
                       r["source_id"], r["target_id"]) for r in rules if r["polarity"] < 0]
        raw = (SHARED_DIR / key).read_bytes().decode("utf-8", errors="replace")
        g_edges = []
        for g in gold:
            if g["article_key"] != key or g["source"] == "-":
                continue
            ev = raw[int(g["evidence_start"]):int(g["evidence_end"])]
            at = doc.text.find(ev) if ev.strip() else -1
            g_edges.append((g["source"].lower(), g["target"].lower(), (at, at + len(ev)) if at >= 0 else None))
        cands = []
        for c in sm.featurize(sm.candidates(doc, index, quotes, body)):
            sent = c.tgt.sent
            cands.append({"feats": c.feats, "s": names(c.source.actor), "t": names(c.target.actor),
                          "sid": c.source.actor.key, "tid": c.target.actor.key,
                          "text": sent.text[:300], "speaker": c.speaker, "evidence": sm.evidence(c) is not None,
                          "span": (min(sent.start_char, c.src.sent.start_char if c.speaker else sent.start_char),
                                   sent.end_char)})
        for c in cands:
            match = [g for g in g_edges if matches(g[0], c["s"]) and matches(g[1], c["t"])]
            if not match:
                c["label"] = 0
            elif any(g[2] is None or (g[2][0] < c["span"][1] and c["span"][0] < g[2][1]) for g in match):
                c["label"] = 1
            else:
                c["label"] = None  # the pair is a gold edge elsewhere in the article: not a clean example
        out.append({"key": key, "cands": cands, "rules": rule_edges,
                    "gold": {(g[0], g[1]) for g in g_edges}})
    return out


def article_score(arts, probs: list[list[float]], threshold: float):
    """Article-level negative edges of rules + model vs gold: (hits, system edges, gold found,
    gold edges, model-only hits, model-only edges)."""
    from stance_devset import matches

    hits = n_sys = found = n_gold = m_hits = m_sys = 0
    for art, ps in zip(arts, probs):
        gold = art["gold"]
        system = {}
        for s, t, sid, tid in art["rules"]:
            system[(sid, tid)] = (s, t, "rule")
        for c, p in zip(art["cands"], ps):
            if p >= threshold and c["evidence"] and (c["sid"], c["tid"]) not in system:
                system[(c["sid"], c["tid"])] = (c["s"], c["t"], "model")
        matched = set()
        for s, t, how in system.values():
            m = {g for g in gold if matches(g[0], s) and matches(g[1], t)}
            hits += bool(m)
            matched |= m
            if how == "model":
                m_sys += 1
                m_hits += bool(m)
        n_sys += len(system)
        found += len(matched)
        n_gold += len(gold)
    return hits, n_sys, found, n_gold, m_hits, m_sys


# ----------------------------------------------------------------------------- training

def sklearn_missing() -> bool:
    """True, saying how to install it, when scikit-learn (training only) is not installed."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("scikit-learn is not installed: .venv/bin/pip install -r requirements-bench.txt")
        return True
    return False


def fit(rows, C: float, real_weight: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    X = vec.fit_transform([{f: 1 for f in r[0]} for r in rows])
    y = [r[1] for r in rows]
    w = [real_weight if r[2] == "real" else 1.0 for r in rows]
    clf = LogisticRegression(C=C, max_iter=3000, random_state=SEED)
    clf.fit(X, y, sample_weight=w)
    weights = {name: float(c) for name, c in zip(vec.get_feature_names_out(), clf.coef_[0])}
    return {"intercept": float(clf.intercept_[0]), "weights": weights}


def park_cv(pairs, grid: list[float], folds: int = 5) -> None:
    """Five-label macro-F1 of the pair classifier (negative and positive model, both orders of
    each Park pair, the most probable of the four if it reaches the threshold) out of fold, by
    sentence, for each C of ``grid`` at its best threshold."""
    from stances import scores

    gold = {meta[0]: meta[4] for _, _, meta in pairs}
    for C in grid:
        probs: dict[int, list] = {}
        for k in range(folds):
            train = [r for r in pairs if r[2][0] % folds != k]
            neg = fit([(f, y, "park") for f, y, _ in train], C, 1.0)
            pos = fit([(f, m[3], "park") for f, _, m in train], C, 1.0)
            for f, _, m in pairs:
                if m[0] % folds == k:
                    lab = (3, 1) if m[1] == "AB" else (4, 2)
                    probs.setdefault(m[0], []).extend([(sm.score(f, neg), lab[0]), (sm.score(f, pos), lab[1])])
        keys = sorted(probs)
        best = max((scores([gold[i] for i in keys], [max(probs[i])[1] if max(probs[i])[0] >= th else 0 for i in keys])
                    ["macro"], th) for th in [k / 20 for k in range(4, 15)])
        print(f"C={C}: Park train {folds}-fold CV by sentence, macro-F1 {best[0]:.3f} at threshold {best[1]:.2f}",
              flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=3.0)
    parser.add_argument("--park-cv", type=float, nargs="+", help="only cross-validate these C on Park train")
    parser.add_argument("--real-weight", type=float, default=10.0)
    parser.add_argument("--precision", type=float, default=0.85, help="cross-validated precision to hold")
    parser.add_argument("--threshold", type=float, default=None, help="ship this threshold instead")
    parser.add_argument("--min-weight", type=float, default=0.01)
    parser.add_argument("--docs", type=Path, default=Path("/tmp/stances-docs"))
    parser.add_argument("--folds", type=int, default=4)
    args = parser.parse_args()
    if not (PARK / "train.txt").is_file():
        print(f"{PARK} is missing: training needs ../shared (see ../shared/README.md).")
        return
    if sklearn_missing():
        return
    t0 = time.perf_counter()
    nlp = load_pipeline()
    pairs = park_pairs("train", nlp, args.docs)
    if args.park_cv:
        park_cv(pairs, args.park_cv)
        return
    park = [(f, y, "park") for f, y, _ in pairs]
    positive = fit([(f, m[3], "park") for f, _, m in pairs], args.C, 1.0)
    print(f"Park train: {len(park)} ordered pairs, {sum(r[1] for r in park)} negative stances "
          f"({time.perf_counter() - t0:.0f} s)", flush=True)
    arts = real_articles("train", nlp)
    n_real = sum(1 for a in arts for c in a["cands"] if c["label"] is not None)
    print(f"real-news train: {len(arts)} articles, {n_real} labelled candidates, "
          f"{sum(1 for a in arts for c in a['cands'] if c['label'] == 1)} positive ({time.perf_counter() - t0:.0f} s)",
          flush=True)

    # cross-validation by article: out-of-fold probabilities for every real candidate
    order = list(range(len(arts)))
    random.Random(SEED).shuffle(order)
    folds = [order[k::args.folds] for k in range(args.folds)]
    probs: list[list[float]] = [[] for _ in arts]
    for k, held in enumerate(folds):
        rows = park + [(c["feats"], c["label"], "real") for i, a in enumerate(arts) if i not in held
                       for c in a["cands"] if c["label"] is not None]
        model = fit(rows, args.C, args.real_weight)
        for i in held:
            probs[i] = [sm.score(c["feats"], model) for c in arts[i]["cands"]]
        print(f"fold {k + 1}/{args.folds} done ({time.perf_counter() - t0:.0f} s)", flush=True)
    rules_only = article_score(arts, probs, 2.0)
    print(f"\nrules alone: precision {rules_only[0] / max(1, rules_only[1]):.3f} ({rules_only[0]}/{rules_only[1]}), "
          f"recall {rules_only[2] / max(1, rules_only[3]):.3f} ({rules_only[2]}/{rules_only[3]})")
    print(f"{'threshold':>9} {'P':>6} {'R':>6} {'edges':>6} {'model P':>8} {'model edges':>11}")
    chosen = gated = None
    rules_p = rules_only[0] / max(1, rules_only[1])
    for th in [0.3, 0.4, 0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99]:
        h, n, f, g, mh, mn = article_score(arts, probs, th)
        mp = mh / mn if mn else 1.0
        print(f"{th:9.2f} {h / max(1, n):6.3f} {f / max(1, g):6.3f} {n:6d} {mp:8.3f} {mn:11d}")
        if chosen is None and mn and mp >= args.precision:
            chosen = th  # the model's own edges hold the target precision
        if h / max(1, n) >= rules_p and f > rules_only[2] and (gated is None or mh >= gated[1]):
            gated = (th, mh)  # the integration gate: precision no lower than the rules', recall higher
    if chosen is None and gated is not None:
        print(f"no threshold holds precision {args.precision} for the model's edges; "
              "taking the one that passes the gate with the most model hits")
        chosen = gated[0]
    threshold = args.threshold if args.threshold is not None else (chosen if chosen is not None else 1.01)
    h, n, f, g, mh, mn = article_score(arts, probs, threshold)
    cv = {"threshold": threshold, "precision": round(h / max(1, n), 3), "recall": round(f / max(1, g), 3),
          "model_edges": mn, "model_hits": mh,
          "rules_precision": round(rules_only[0] / max(1, rules_only[1]), 3),
          "rules_recall": round(rules_only[2] / max(1, rules_only[3]), 3)}
    print(f"\nchosen threshold {threshold}: cross-validated (by article) {cv}")

    rows = park + [(c["feats"], c["label"], "real") for a in arts for c in a["cands"] if c["label"] is not None]
    model = fit(rows, args.C, args.real_weight)
    weights = {k: round(v, 3) for k, v in sorted(model["weights"].items()) if abs(v) >= args.min_weight}
    pos_weights = {k: round(v, 3) for k, v in sorted(positive["weights"].items()) if abs(v) >= args.min_weight}
    out = {"about": "helpers/stance_model.py pair model: P(source criticizes target) and, under 'positive', "
                    "P(source praises or supports target); logistic regressions "
                    f"(scikit-learn, L2, C={args.C}) trained by benchmarks/train_stance_model.py on Park et al. 2021 "
                    f"train ({len(park)} ordered pairs) and the train split of benchmarks/data/stance_gold.csv "
                    f"({n_real} candidates, weight {args.real_weight}; the positive model on Park alone); threshold "
                    f"calibrated by {args.folds}-fold cross-validation by article on that split",
           "threshold": threshold, "cv": cv, "intercept": round(model["intercept"], 4), "weights": weights,
           "positive": {"intercept": round(positive["intercept"], 4), "weights": pos_weights}}
    sm.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sm.MODEL_PATH.write_text(json.dumps(out, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {sm.MODEL_PATH.relative_to(ROOT)}: {len(weights)} + {len(pos_weights)} weights, "
          f"{sm.MODEL_PATH.stat().st_size / 1e6:.2f} MB ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
