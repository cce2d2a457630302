"""Train the stance pair model of helpers/stance_model.py and calibrate its threshold on real news.

    .venv/bin/pip install -r requirements-bench.txt      # scikit-learn, for training only
    .venv/bin/python benchmarks/train_stance_model.py [--C 3] [--real-weight 3] [--docs /tmp/stances-docs]
    .venv/bin/python benchmarks/train_stance_model.py --cv-only          # the tables only, no model written
    .venv/bin/python benchmarks/train_stance_model.py --cv-only --held-out check19   # + one held-out part
    .venv/bin/python benchmarks/train_stance_model.py --park-cv 0.1 0.3 1 3 10   # choose C (no model written)

1. Park et al. (2021) train (../shared/benchmarks/park2021/train.txt, never copied): each row
   gives two ordered candidates, A -> B (positive when the label is 3, "A criticizes B") and
   B -> A (positive when 4). Brackets that clip a word ("[Los Angele]s") are widened to whole
   words first (benchmarks/stances.py read_park).
2. Real news, every candidate of helpers.stance_model.candidates over the pipeline's own mentions
   and quotes (:func:`_label`): positive when its source and target actors carry the names of a
   listed edge of that article (``stance_devset.matches``) and the listed evidence overlaps its
   sentence, negative when no listed edge names the pair, left out otherwise (the pair is listed
   elsewhere in the article, or only as borderline). The lists: (a) the train split of our
   real-news set (benchmarks/data/stance_articles.csv, gold in stance_gold.csv, annotator A);
   (b) the political recall lists ``--parts`` (default check12-check18,
   benchmarks/data/stance_politics_recall_<part>.csv): for every article of the part
   (stance_politics_articles.csv; an article the list does not name has no stance) a reader
   listed every negative verbal stance between named actors, so they are exhaustive. check19 is
   held out (``--held-out check19`` scores it once); check20 is blind.
3. Two logistic regressions (scikit-learn, L2, seeded) over the feature strings: the negative
   model (Park label 3/4 and the real-news candidates, which weigh ``--real-weight`` times a Park
   pair; ``--gated-only`` keeps only the real candidates that pass the evidence gate) and the
   positive model (Park label 1/2 only: our lists hold negative stances alone). ``--C`` was chosen
   by ``--park-cv``: 5-fold cross-validation *by sentence* on Park train, scoring the five-label
   macro-F1 of the pair classifier (Park valid is only reported, by benchmarks/pair_model.py and
   benchmarks/stances.py).
4. Calibration: 4-fold cross-validation *by article* over all those real-news articles (each
   fold's model trained on Park plus the other folds); the article-level negative edges of
   rules + model at each threshold are scored against the lists (a model edge needs the evidence
   gate, as in ``analyze``; "clear P" counts only a match with a non-borderline row). The
   threshold shipped is the lowest whose cross-validated precision for the edges the model adds
   is at least ``--precision`` (0.85) over at least ``--min-edges`` edges, else 1.01 (the model
   off); ``--threshold`` overrides. The isotonic fit of the out-of-fold model edges (probability
   -> share right) is printed and stored under ``calibration``, for the record.
5. Writes helpers/models/stance_pairs.json (not with ``--cv-only``): intercept, threshold,
   feature -> weight (features whose weight is below ``--min-weight`` dropped), the same for the
   positive model under ``positive``, and how it was made. No pickle, no text.

Parsed sentences of Park are cached as spaCy DocBin files under ``--docs`` (default
/tmp/stances-docs), the real-news candidates as JSON (``--cache``), so a second run skips the slow
parse. Seeded; about 5 minutes on 2 shared cores once both are cached (the first parse of Park
train adds about 10 minutes, of the 264 articles about 8).
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

def _analysed(keys: list[str], nlp):
    """Per article key: the rule edges (negative ones, by actor names and ids) and every candidate
    of helpers.stance_model.candidates over the pipeline's own mentions and quotes."""
    from helpers.actors import extract_mentions
    from helpers.engine import prepare
    from helpers.nlp import parse_stream
    from helpers.quotes import extract_quotes
    from helpers.reading import read_file
    from helpers.stances import extract_stances

    jobs = []
    for key in keys:
        src = next(s for s in read_file(SHARED_DIR / key, key) if not hasattr(s, "error"))
        jobs.append((key, prepare(0, src)))
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
        cands = []
        for c in sm.featurize(sm.candidates(doc, index, quotes, body)):
            sent = c.tgt.sent
            cands.append({"feats": c.feats, "s": names(c.source.actor), "t": names(c.target.actor),
                          "sid": c.source.actor.key, "tid": c.target.actor.key,
                          "text": sent.text[:300], "speaker": c.speaker, "evidence": sm.evidence(c) is not None,
                          "span": (min(sent.start_char, c.src.sent.start_char if c.speaker else sent.start_char),
                                   sent.end_char)})
        raw = (SHARED_DIR / key).read_bytes().decode("utf-8", errors="replace")
        yield key, doc, raw, cands, rule_edges


def _locate(doc, raw: str, start: int, end: int):
    """The evidence's span in the parsed text (the occurrence nearest its offset), or None."""
    ev = raw[start:end]
    if not ev.strip():
        return None
    hits, at = [], doc.text.find(ev)
    while at >= 0:
        hits.append(at)
        at = doc.text.find(ev, at + 1)
    if not hits:
        return None
    at = min(hits, key=lambda h: abs(h - start))
    return (at, at + len(ev))


def _label(cands, g_edges) -> None:
    """Label each candidate from the listed edges ``(source, target, span or None, clear)``:
    1 when a clear listed edge names the pair and its evidence overlaps the candidate's sentence
    (or could not be located), 0 when no listed edge, borderline or not, names the pair, None
    (left out) otherwise: the pair is listed elsewhere in the article, or only as borderline."""
    from stance_devset import matches

    for c in cands:
        match = [g for g in g_edges if matches(g[0], c["s"]) and matches(g[1], c["t"])]
        if not match:
            c["label"] = 0
        elif any(g[3] and (g[2] is None or (g[2][0] < c["span"][1] and c["span"][0] < g[2][1])) for g in match):
            c["label"] = 1
        else:
            c["label"] = None


def real_articles(split: str, nlp):
    """Per train article of the real-news set: key, candidate rows (features, source names, target
    names, sentence span, label), the rule edges (source names, target names) and the gold edges."""
    from stance_devset import load_gold

    keys = [r["article_key"] for r in csv.DictReader((DATA / "stance_articles.csv").open()) if r["split"] == split]
    gold = [r for r in load_gold() if r["annotator"] == "A" and r["article_key"] in keys]
    out = []
    for key, doc, raw, cands, rule_edges in _analysed(keys, nlp):
        g_edges = [(g["source"].lower(), g["target"].lower(),
                    _locate(doc, raw, int(g["evidence_start"]), int(g["evidence_end"])), True)
                   for g in gold if g["article_key"] == key and g["source"] != "-"]
        _label(cands, g_edges)
        out.append({"key": key, "part": "devset-" + split, "cands": cands, "rules": rule_edges,
                    "gold": sorted({(g[0], g[1]) for g in g_edges}), "clear": sorted({(g[0], g[1]) for g in g_edges})})
    return out


def recall_rows(part: str) -> list[dict]:
    """The rows of a political part's recall list (benchmarks/data/stance_politics_recall_<part>.csv)."""
    path = DATA / f"stance_politics_recall_{part}.csv"
    return list(csv.DictReader(line for line in path.open(encoding="utf-8") if not line.startswith("#")))


def part_keys(part: str) -> list[str]:
    """Every article of a political part (benchmarks/data/stance_politics_articles.csv): its recall
    list names only the articles where the reader found a stance, the others have none."""
    with (DATA / "stance_politics_articles.csv").open(encoding="utf-8") as fh:
        return sorted(r["article_key"] for r in csv.DictReader(fh) if r["part"] == part)


def recall_articles(parts: list[str], nlp, skip=frozenset()):
    """The articles of the political parts ``parts`` (those in ``skip`` left out), labelled from
    their recall lists: each list names every negative verbal stance between named actors its
    reader found in the part's articles, so a candidate whose pair no row names (borderline or not)
    is a negative example (see :func:`_label`)."""
    out = []
    for part in parts:
        rows = recall_rows(part)
        keys = [k for k in part_keys(part) if k not in skip]
        assert {r["article_key"] for r in rows} <= set(part_keys(part))
        for key, doc, raw, cands, rule_edges in _analysed(keys, nlp):
            g_edges = [(r["source"].lower(), r["target"].lower(),
                        _locate(doc, raw, int(r["evidence_start"]), int(r["evidence_end"])),
                        r["borderline"].strip().lower() != "yes")
                       for r in rows if r["article_key"] == key]
            _label(cands, g_edges)
            out.append({"key": key, "part": part, "cands": cands, "rules": rule_edges,
                        "gold": sorted({(g[0], g[1]) for g in g_edges}),
                        "clear": sorted({(g[0], g[1]) for g in g_edges if g[3]})})
    return out


#: bump when the features or the labels change: the article cache is then rebuilt
CACHE_SIG = {"version": 1}


def cached_articles(nlp, parts: list[str], path: Path | None):
    """The devset train articles and the articles of the political parts ``parts``, from a JSON
    cache at ``path`` (per article, with the same features) where it has them: the parse is the
    slow part."""
    arts: list[dict] = []
    if path is not None and path.is_file():
        data = json.loads(path.read_text())
        if data["sig"] == CACHE_SIG:
            arts = data["arts"]
            for a in arts:
                for c in a["cands"]:
                    c["s"], c["t"] = set(c["s"]), set(c["t"])
                a["rules"] = [(set(s), set(t), si, ti) for s, t, si, ti in a["rules"]]
                a["gold"] = [tuple(g) for g in a["gold"]]
                a["clear"] = [tuple(g) for g in a["clear"]]
    have = {(a["part"], a["key"]) for a in arts}
    if not any(a["part"] == "devset-train" for a in arts):
        arts += real_articles("train", nlp)
    missing = [p for p in parts if any((p, k) not in have for k in part_keys(p))]
    new = recall_articles(missing, nlp, skip={k for p, k in have}) if missing else []
    arts += new
    if path is not None and (new or not have):
        conv = lambda o: sorted(o) if isinstance(o, set) else str(o)  # noqa: E731
        path.write_text(json.dumps({"sig": CACHE_SIG, "arts": arts}, default=conv))
    wanted = {"devset-train", *parts}
    return [a for a in arts if a["part"] in wanted]


def article_score(arts, probs: list[list[float]], threshold: float):
    """Article-level negative edges of rules + model vs the listed edges: (hits, system edges,
    listed found, listed edges, model-only hits, model-only edges, model-only hits of a clear
    listed edge). A model edge needs evidence (helpers.stance_model.evidence), as in ``analyze``."""
    from stance_devset import matches

    hits = n_sys = found = n_gold = m_hits = m_sys = m_clear = 0
    for art, ps in zip(arts, probs):
        gold, clear = set(art["gold"]), set(art["clear"])
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
                m_clear += bool(m & clear)
        n_sys += len(system)
        found += len(matched)
        n_gold += len(gold)
    return hits, n_sys, found, n_gold, m_hits, m_sys, m_clear


def isotonic(points: list[tuple[float, int]]) -> list[list[float]]:
    """Pool-adjacent-violators fit of right (0/1) on probability: the calibration steps
    ``[[lowest probability of the step, share right], ...]`` in increasing order."""
    blocks: list[list[float]] = []  # [low p, sum right, n]
    for p, y in sorted(points):
        blocks.append([p, float(y), 1.0])
        while len(blocks) > 1 and blocks[-2][1] / blocks[-2][2] >= blocks[-1][1] / blocks[-1][2]:
            lo, sy, n = blocks.pop()
            blocks[-1][1] += sy
            blocks[-1][2] += n
    return [[round(b[0], 4), round(b[1] / b[2], 4)] for b in blocks]


def model_edge_points(arts, probs) -> list[tuple[float, int]]:
    """(probability, right) for each article-level edge the model would add at probability 0.5 or
    more (the most probable candidate of each pair no rule covers): right when a listed row
    names the pair."""
    from stance_devset import matches

    out = []
    for art, ps in zip(arts, probs):
        covered = {(sid, tid) for _, _, sid, tid in art["rules"]}
        best: dict[tuple, tuple] = {}
        for c, p in zip(art["cands"], ps):
            k = (c["sid"], c["tid"])
            if p >= sm.STORE_FLOOR and c["evidence"] and k not in covered and p > best.get(k, (0.0,))[0]:
                best[k] = (p, c)
        for p, c in best.values():
            out.append((p, int(any(matches(g[0], c["s"]) and matches(g[1], c["t"]) for g in art["gold"]))))
    return out


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


THRESHOLDS = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99]
#: the political recall lists trained on; check19 is held out for the one honest score
PARTS = ["check12", "check13", "check14", "check15", "check16", "check17", "check18"]


def cross_validate(arts, park, args, t0):
    """Out-of-fold probabilities for every candidate of ``arts``, folds by article."""
    order = list(range(len(arts)))
    random.Random(SEED).shuffle(order)
    folds = [order[k::args.folds] for k in range(args.folds)]
    probs: list[list[float]] = [[] for _ in arts]
    for k, held in enumerate(folds):
        held_set = set(held)
        rows = park + [(c["feats"], c["label"], "real") for i, a in enumerate(arts) if i not in held_set
                       for c in a["cands"] if c["label"] is not None and (c["evidence"] or not args.gated_only)]
        model = fit(rows, args.C, args.real_weight)
        for i in held:
            probs[i] = [sm.score(c["feats"], model) for c in arts[i]["cands"]]
        print(f"fold {k + 1}/{args.folds} done ({time.perf_counter() - t0:.0f} s)", flush=True)
    return probs


def choose(arts, probs, args, verbose: bool = True):
    """Print the cross-validated table and return (threshold, cv figures)."""
    rules_only = article_score(arts, probs, 2.0)
    if verbose:
        print(f"\nrules alone: precision {rules_only[0] / max(1, rules_only[1]):.3f} ({rules_only[0]}/{rules_only[1]}), "
              f"recall {rules_only[2] / max(1, rules_only[3]):.3f} ({rules_only[2]}/{rules_only[3]})")
        print(f"{'threshold':>9} {'P':>6} {'R':>6} {'edges':>6} {'model P':>8} {'clear P':>8} {'model edges':>11}")
    chosen = None
    for th in THRESHOLDS:
        h, n, f, g, mh, mn, mc = article_score(arts, probs, th)
        mp = mh / mn if mn else 1.0
        if verbose:
            print(f"{th:9.2f} {h / max(1, n):6.3f} {f / max(1, g):6.3f} {n:6d} {mp:8.3f} {mc / max(1, mn):8.3f} {mn:11d}")
        if chosen is None and mn >= args.min_edges and mp >= args.precision:
            chosen = th  # the model's own edges hold the target precision
    threshold = args.threshold if args.threshold is not None else (chosen if chosen is not None else 1.01)
    h, n, f, g, mh, mn, mc = article_score(arts, probs, threshold)
    cv = {"threshold": threshold, "precision": round(h / max(1, n), 3), "recall": round(f / max(1, g), 3),
          "model_edges": mn, "model_hits": mh, "model_hits_clear": mc,
          "rules_precision": round(rules_only[0] / max(1, rules_only[1]), 3),
          "rules_recall": round(rules_only[2] / max(1, rules_only[3]), 3)}
    return threshold, cv


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, default=3.0)
    parser.add_argument("--park-cv", type=float, nargs="+", help="only cross-validate these C on Park train")
    parser.add_argument("--real-weight", type=float, default=3.0)
    parser.add_argument("--precision", type=float, default=0.85, help="cross-validated precision to hold")
    parser.add_argument("--min-edges", type=int, default=10, help="fewest model edges a chosen threshold rests on")
    parser.add_argument("--threshold", type=float, default=None, help="ship this threshold instead")
    parser.add_argument("--min-weight", type=float, default=0.01)
    parser.add_argument("--docs", type=Path, default=Path("/tmp/stances-docs"))
    parser.add_argument("--folds", type=int, default=4)
    parser.add_argument("--parts", nargs="*", default=PARTS, help="political recall lists to train on")
    parser.add_argument("--cache", type=Path, default=Path("/tmp/stances-docs/articles.json"),
                        help="JSON cache of the articles' candidates")
    parser.add_argument("--gated-only", action="store_true",
                        help="train on the real-news candidates that pass the evidence gate only (the model speaks only there)")
    parser.add_argument("--held-out", help="a political part left out of training, scored once at the end")
    parser.add_argument("--cv-only", action="store_true", help="print the cross-validated tables, write nothing")
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
    arts = cached_articles(nlp, args.parts, args.cache)
    for part in sorted({a["part"] for a in arts}):
        sub = [c for a in arts if a["part"] == part for c in a["cands"]]
        print(f"{part}: {sum(a['part'] == part for a in arts)} articles, {len(sub)} candidates, "
              f"{sum(c['label'] == 1 for c in sub)} positive, {sum(c['label'] == 0 for c in sub)} negative, "
              f"{sum(c['label'] is None for c in sub)} left out")
    n_real = sum(1 for a in arts for c in a["cands"] if c["label"] is not None)
    print(f"real news: {len(arts)} articles, {n_real} labelled candidates ({time.perf_counter() - t0:.0f} s)", flush=True)

    probs = cross_validate(arts, park, args, t0)
    threshold, cv = choose(arts, probs, args)
    points = model_edge_points(arts, probs)
    calibration = isotonic(points)
    print(f"\nchosen threshold {threshold}: cross-validated (by article) {cv}")
    print(f"calibration (isotonic, {len(points)} out-of-fold model edges at p >= {sm.STORE_FLOOR}): {calibration}")
    if args.cv_only and not args.held_out:
        return

    rows = park + [(c["feats"], c["label"], "real") for a in arts for c in a["cands"]
                   if c["label"] is not None and (c["evidence"] or not args.gated_only)]
    model = fit(rows, args.C, args.real_weight)
    if args.held_out:
        # the one honest score: the held-out part's recall list, rules + the model trained on all the rest
        held = recall_articles([args.held_out], nlp)
        held_probs = [[sm.score(c["feats"], model) for c in a["cands"]] for a in held]
        print(f"\nheld-out part {args.held_out} ({len(held)} articles), model trained on the rest:")
        base = article_score(held, held_probs, 2.0)
        print(f"rules alone: recall {base[2]}/{base[3]} = {base[2] / max(1, base[3]):.3f}, "
              f"edges right by the list {base[0]}/{base[1]}")
        print(f"{'threshold':>9} {'P':>6} {'R':>6} {'model right':>11} {'clear':>6} {'model edges':>11}")
        for th in sorted({*THRESHOLDS, threshold} - {1.01}):
            h, n, f, g, mh, mn, mc = article_score(held, held_probs, th)
            print(f"{th:9.2f} {h / max(1, n):6.3f} {f / max(1, g):6.3f} {mh:11d} {mc:6d} {mn:11d}")
        if args.cv_only:
            return
    weights = {k: round(v, 3) for k, v in sorted(model["weights"].items()) if abs(v) >= args.min_weight}
    pos_weights = {k: round(v, 3) for k, v in sorted(positive["weights"].items()) if abs(v) >= args.min_weight}
    out = {"about": "helpers/stance_model.py pair model: P(source criticizes target) and, under 'positive', "
                    "P(source praises or supports target); logistic regressions "
                    f"(scikit-learn, L2, C={args.C}) trained by benchmarks/train_stance_model.py on Park et al. 2021 "
                    f"train ({len(park)} ordered pairs, weight 1) and real news ({n_real} candidates, weight "
                    f"{args.real_weight}): the train split of benchmarks/data/stance_gold.csv and the political "
                    f"recall lists {', '.join(args.parts)} (the positive model on Park alone); threshold chosen "
                    f"by {args.folds}-fold cross-validation by article on those articles so that the model's added "
                    f"edges keep precision {args.precision}; calibration: isotonic fit of those out-of-fold edges "
                    "(probability -> share right by the lists)",
           "threshold": threshold, "cv": cv, "calibration": calibration,
           "intercept": round(model["intercept"], 4), "weights": weights,
           "positive": {"intercept": round(positive["intercept"], 4), "weights": pos_weights}}
    sm.MODEL_PATH.parent.mkdir(parents=True, exist_ok=True)
    sm.MODEL_PATH.write_text(json.dumps(out, indent=0, sort_keys=False) + "\n", encoding="utf-8")
    print(f"wrote {sm.MODEL_PATH.relative_to(ROOT)}: {len(weights)} + {len(pos_weights)} weights, "
          f"{sm.MODEL_PATH.stat().st_size / 1e6:.2f} MB ({time.perf_counter() - t0:.0f} s)")


if __name__ == "__main__":
    main()
