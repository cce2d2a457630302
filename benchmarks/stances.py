"""Stance benchmark: directed sentiment between entity pairs (Park et al. 2021), and BBC edge precision.

    .venv/bin/python benchmarks/stances.py [--split valid] [--limit N] [--bbc-sample]

1. ../shared/benchmarks/park2021/{split}.txt: one sentence per line with two bracketed
   entities, then E1, E2 and a label (0 none, 1 E1 +> E2, 2 E2 +> E1, 3 E1 -> E2 negative,
   4 E2 -> E1 negative). For each sentence the brackets are stripped, the sentence goes through
   ``analyze_text(sentence, plain=True)``, and the label is 3/4 (1/2 for positive stances) when a
   stance's source span overlaps one entity and its target span the other, else 0. Printed:
   per-label F1, macro-F1 over the five labels, negative P/R/F1 (labels 3 and 4 pooled, direction
   included), and A->B (label 3) and B->A (label 4: passives, "X, Y said, is ...") negative F1
   apart; for every rule edge (whatever its confidence), for the edges at the default
   ``confidence`` threshold (helpers/stance_confidence.py: rule edges the edge model trusts,
   pair-model edges scaled to their real-news precision), at the threshold that suits Park's own
   prior (the share of sentences given a stance nearest the gold share, about a third), and for
   the cue-verb floor: a cue verb of helpers/lexicons/stance_cues.csv between the two entities,
   direction by their order. Every sentence is analysed once with the pair model's storage floor
   lowered to 0, then each threshold is read off the ``confidence`` column. benchmarks/pair_model.py scores the classifier alone.
2. ``--model-cost``: only the time the pair model adds to the stance extractor, as a share of
   the spaCy parse of 80 BBC politics articles.
3. ``--bbc-sample``: draws 100 edges at random from BBC politics (seeded) and prints each with
   its evidence for judging by hand; ``benchmarks/data/stance_judgements.csv`` holds the
   judgements (offsets and verdicts only), and their precision is printed.

Exits cleanly, saying what is missing, when ../shared is absent.
"""
from __future__ import annotations

import argparse
import csv
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from helpers import analyze, analyze_text, load_pipeline  # noqa: E402
from helpers.stances import kept  # noqa: E402
from helpers.config import SHARED_DIR  # noqa: E402
from helpers.stances import cues  # noqa: E402


PARK = SHARED_DIR / "benchmarks" / "park2021"
JUDGEMENTS = ROOT / "benchmarks" / "data" / "stance_judgements.csv"
LABELS = (0, 1, 2, 3, 4)


def read_park(path: Path):
    """(text, (e1_start, e1_end), (e2_start, e2_end), label) with brackets stripped."""
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 4:
            continue
        raw, e1, e2, label = parts
        text, spans, pos = [], [], 0
        for m in re.finditer(r"\[([^\[\]]*)\]", raw):
            text.append(raw[pos:m.start()])
            start = sum(len(t) for t in text)
            text.append(m.group(1))
            spans.append((start, start + len(m.group(1)), m.group(1)))
            pos = m.end()
        text.append(raw[pos:])
        sentence = "".join(text)
        if len(spans) != 2:
            continue
        by_name = {s[2]: s[:2] for s in spans}
        first, second = by_name.get(e1, spans[0][:2]), by_name.get(e2, spans[1][:2])
        yield sentence, _to_words(sentence, first), _to_words(sentence, second), int(label)


def _to_words(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """Widen a span to whole words: about a third of Park's brackets clip a word ('[Los Angele]s',
    '[the United State]s'); a span that cuts a word in two would match no token."""
    start, end = span
    while start > 0 and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum() and end > start and text[end - 1].isalnum():
        end += 1
    return start, end


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def stance_rows(sentence: str):
    """Every stance of the sentence, model edges down to confidence 0 (the floor lowered for
    this benchmark only), so that any threshold can be scored from one analysis."""
    from helpers import stance_model

    floor, stance_model.STORE_FLOOR = stance_model.STORE_FLOOR, 0.0
    try:
        return analyze_text(sentence, plain=True, stance_threshold=0.0).stances
    finally:
        stance_model.STORE_FLOOR = floor


def predict_ours(stances, e1, e2, threshold: float | None = None) -> int:
    """The label of the gold pair from the stance rows whose confidence reaches ``threshold``
    (``None``: every rule edge, whatever its confidence, and no model edge)."""
    label = 0
    for row in stances.itertuples():
        if (row.method != "rule") if threshold is None else not kept(row.confidence, threshold):
            continue
        src, tgt = (row.source_start, row.source_end), (row.target_start, row.target_end)
        negative = row.polarity < 0
        if overlaps(src, e1) and overlaps(tgt, e2):
            return 3 if negative else 1
        if overlaps(src, e2) and overlaps(tgt, e1):
            return 4 if negative else 2
    return label


def predict_floor(doc, e1, e2, lemmas: dict[str, int]) -> int:
    """A cue verb between the two entities; the first entity is the source."""
    lo, hi = sorted([e1, e2])
    for tok in doc:
        if lo[1] <= tok.idx < hi[0] and tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in lemmas:
            negative = lemmas[tok.lemma_.lower()] < 0
            forward = e1[0] < e2[0]
            return (3 if forward else 4) if negative else (1 if forward else 2)
    return 0


def scores(gold: list[int], pred: list[int]) -> dict:
    out = {}
    for label in LABELS:
        tp = sum(g == p == label for g, p in zip(gold, pred))
        fp = sum(p == label and g != label for g, p in zip(gold, pred))
        fn = sum(g == label and p != label for g, p in zip(gold, pred))
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        out[label] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp + fn)
    # A->B negative: labels 3 and 4 pooled, a prediction right only with the right direction
    tp = sum(g == p and g in (3, 4) for g, p in zip(gold, pred))
    fp = sum(p in (3, 4) and g != p for g, p in zip(gold, pred))
    fn = sum(g in (3, 4) and p != g for g, p in zip(gold, pred))
    prec, rec = (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)
    out["neg"] = (prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0, tp + fn)
    out["macro"] = sum(out[label][2] for label in LABELS) / len(LABELS)
    return out


def park(split: str, limit: int | None) -> None:
    from helpers import stance_confidence

    path = PARK / f"{split}.txt"
    if not path.is_file():
        print(f"{path} is missing: the Park 2021 benchmark needs ../shared (see ../shared/README.md).")
        return
    items = list(read_park(path))[:limit]
    nlp = load_pipeline()
    lemmas = {}
    for (lemma, pos), row in cues().items():
        if pos == "VERB":
            lemmas[lemma] = int(row["polarity"])
    gold, rows, floor = [], [], []
    t0 = time.perf_counter()
    for (sentence, e1, e2, label), doc in zip(items, nlp.pipe(s for s, *_ in items)):
        gold.append(label)
        rows.append(stance_rows(sentence))
        floor.append(predict_floor(doc, e1, e2, lemmas))
    seconds = time.perf_counter() - t0
    default = stance_confidence.default_threshold()
    grid = {default, *[k / 1000 for k in range(1, 10)], *[k / 100 for k in range(1, 10)], *[k / 20 for k in range(2, 20)]}
    rules = [predict_ours(r, e1, e2, None) for r, (_, e1, e2, _) in zip(rows, items)]
    at = {th: [predict_ours(r, e1, e2, th) for r, (_, e1, e2, _) in zip(rows, items)] for th in sorted(grid)}
    # the threshold that suits Park's own prior: the share of pairs given a stance nearest gold's
    prior = sum(g != 0 for g in gold) / len(gold)
    park_th = min(at, key=lambda th: (abs(sum(p != 0 for p in at[th]) / len(gold) - prior), -th))
    print(f"## Park et al. 2021, {split}: {len(items)} sentences ({seconds:.0f} s); gold stance share {prior:.1%}\n")
    print(f"{'system':24} " + " ".join(f"{'F1 ' + str(lab):>7}" for lab in LABELS)
          + f" {'macro-F1':>9} {'neg P/R/F1 (3+4)':>18} {'A->B neg F1':>11} {'B->A neg F1':>11}")
    systems = [("rules only", rules), (f"default threshold {default:.2f}", at[default]),
               (f"Park prior threshold {park_th:.2f}", at[park_th]), ("cue floor", floor)]
    for name, pred in systems:
        s = scores(gold, pred)
        print(f"{name:24} " + " ".join(f"{s[lab][2]:7.3f}" for lab in LABELS) + f" {s['macro']:9.3f}"
              f"   {s['neg'][0]:.3f}/{s['neg'][1]:.3f}/{s['neg'][2]:.3f} {s[3][2]:11.3f} {s[4][2]:11.3f}")
    print(f"\n(predicted stance share at the Park prior threshold: {sum(p != 0 for p in at[park_th]) / len(gold):.1%}; "
          "A->B negative F1 is label 3, B->A label 4 (passives, 'X, Y said, is ...'); neg pools 3 and 4, "
          "direction included)")
    s = scores(gold, at[default])
    print("\ndefault threshold, per label (precision / recall / support):")
    for lab in LABELS:
        p, r, _, n = s[lab]
        print(f"  {lab}: {p:.3f} / {r:.3f} / {n}")


def bbc_sample(n: int = 100, seed: int = 20261125) -> None:
    folder = SHARED_DIR / "corpora" / "bbc" / "politics"
    if not folder.is_dir():
        print(f"{folder} is missing: skipping the BBC edge sample.")
        return
    corpus = analyze(folder, progress=False)
    stances = corpus.stances.reset_index(drop=True)
    paths = dict(zip(corpus.articles["article_id"], corpus.articles["path"]))
    judged = {}
    if JUDGEMENTS.is_file():
        with open(JUDGEMENTS, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(line for line in fh if not line.startswith("#")):
                judged[(row["file"], int(row["source_start"]), int(row["target_start"]), row["cue"])] = row["verdict"]
    rng = random.Random(seed)
    sample = rng.sample(range(len(stances)), min(n, len(stances)))
    print(f"\n## BBC politics: {len(stances)} stance edges, {len(sample)} sampled (seed {seed})\n")
    right = total = 0
    for i in sample:
        row = stances.iloc[i]
        rel = str(Path(paths[row.article_id]).resolve().relative_to(SHARED_DIR.resolve()))
        key = (rel, int(row.source_start), int(row.target_start), row.cue)
        verdict = judged.get(key)
        if verdict in ("y", "n"):
            total += 1
            right += verdict == "y"
        print(f"[{verdict or '?'}] {rel},{row.source_start},{row.target_start},{row.cue} | "
              f"{row.source} -> {row.target} ({row.kind}, {row.polarity:+d}, cue {row.cue!r}) | {row.evidence[:260]}")
    if total:
        print(f"\nedge precision on judged sample: {right}/{total} = {100 * right / total:.1f}%")
    else:
        print("\nno judgements recorded yet in", JUDGEMENTS)


def model_cost(n: int = 80) -> None:
    """What the pair model adds to the stance extractor, against the parse it follows: the first
    ``n`` BBC politics articles parsed once, then extract_stances without and with the model."""
    from helpers.actors import extract_mentions
    from helpers.engine import prepare
    from helpers.nlp import parse_stream
    from helpers.quotes import extract_quotes
    from helpers.reading import read_file
    from helpers.stances import extract_stances

    paths = sorted((SHARED_DIR / "corpora" / "bbc" / "politics").glob("*.txt"))[:n]
    if not paths:
        print("../shared/corpora/bbc/politics is missing: skipping the model cost.")
        return
    nlp = load_pipeline()
    jobs = [prepare(0, next(iter(read_file(p, p.name)))) for p in paths]
    t0 = time.perf_counter()
    docs = list(parse_stream(nlp, ((j.layout.text, j.layout.boundaries) for j in jobs)))
    parse = time.perf_counter() - t0
    ready = []
    for job, doc in zip(jobs, docs):
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
        index = extract_mentions(doc, job.layout, sent_ids=sent_ids)
        ready.append((doc, index, list(extract_quotes(doc, index, sent_ids=sent_ids, layout=job.layout)), sent_ids,
                      job.layout))
    took = {}
    for model in (False, True, False, True):  # twice each: the second run is warm
        t0 = time.perf_counter()
        for doc, index, quotes, sent_ids, layout in ready:
            extract_stances(doc, index, sent_ids=sent_ids, quotes=quotes, layout=layout, model=model)
        took[model] = time.perf_counter() - t0
    print(f"\n## model cost on {len(paths)} BBC articles: parse {parse:.1f} s; stances without the model "
          f"{took[False]:.2f} s, with it {took[True]:.2f} s: +{100 * (took[True] - took[False]) / parse:.1f}% of the parse")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="valid")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--bbc-sample", action="store_true")
    parser.add_argument("--model-cost", action="store_true", help="only time the pair model against the parse")
    args = parser.parse_args()
    if args.model_cost:
        model_cost()
        return
    park(args.split, args.limit)
    if args.bbc_sample:
        bbc_sample()


if __name__ == "__main__":
    main()
