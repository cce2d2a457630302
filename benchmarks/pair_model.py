"""The pair model alone on Park et al.'s gold entity pairs (no candidates, no evidence gate).

    .venv/bin/python benchmarks/pair_model.py [--split valid]

benchmarks/stances.py scores the whole pipeline through ``analyze_text``; this script isolates
the classifier of helpers/stance_model.py: for each Park sentence it scores both orders of the
two bracketed entities (A -> B, B -> A) with the negative and the positive model and predicts the
label of the most probable of the four (3/4 negative, 1/2 positive) when it reaches the
threshold, else 0: at the model's default threshold, at 0.5, and at the threshold whose share of
predicted stances is nearest Park's own (about a third). It shows how much of the pipeline's
loss on Park is the classifier and how much the candidates and the evidence gate; the last
column counts the gold negative pairs whose sentence has no evidence on the path (the gate
stops them in the pipeline whatever the probability).
Exits cleanly when ../shared is absent.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from helpers import load_pipeline, stance_model  # noqa: E402
from stances import LABELS, PARK, read_park, scores  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="valid")
    args = parser.parse_args()
    path = PARK / f"{args.split}.txt"
    model = stance_model.load_model()
    if not path.is_file() or model is None:
        print(f"{path} or {stance_model.MODEL_PATH} is missing: nothing to score.")
        return
    items = list(read_park(path))
    nlp = load_pipeline()
    gold, probs, ungated = [], [], 0
    for (sentence, e1, e2, label), doc in zip(items, nlp.pipe(s for s, *_ in items)):
        a = doc.char_span(*e1, alignment_mode="expand")
        b = doc.char_span(*e2, alignment_mode="expand")
        gold.append(label)
        if a is None or b is None or a.sent.start != b.sent.start:
            probs.append([(0.0, 0)])
            continue
        fab, fba = stance_model.features(a, b), stance_model.features(b, a)
        probs.append([(stance_model.score(fab, model), 3), (stance_model.score(fba, model), 4),
                      (stance_model.score(fab, model, +1), 1), (stance_model.score(fba, model, +1), 2)])
        if label in (3, 4):
            src, tgt = (a, b) if label == 3 else (b, a)
            ungated += stance_model.evidence(stance_model.Candidate(None, None, src, tgt)) is None
    prior = sum(g != 0 for g in gold) / len(gold)
    share = {th: sum(max(p)[0] >= th for p in probs) / len(gold) for th in [k / 20 for k in range(1, 20)]}
    park_th = min(share, key=lambda th: abs(share[th] - prior))
    print(f"## pair model alone on Park et al. 2021 {args.split} ({len(items)} pairs)\n")
    for name, th in (("default", stance_model.default_threshold()), ("0.5", 0.5), ("Park prior", park_th)):
        pred = [0 if max(p)[0] < th else max(p)[1] for p in probs]
        s = scores(gold, pred)
        print(f"{name} {th:.2f}: " + " ".join(f"F1 {lab} {s[lab][2]:.3f}" for lab in LABELS)
              + f"  macro-F1 {s['macro']:.3f}  neg P/R/F1 {s['neg'][0]:.3f}/{s['neg'][1]:.3f}/{s['neg'][2]:.3f}")
    n_neg = sum(g in (3, 4) for g in gold)
    print(f"\ngold negative pairs without evidence on the path (the gate's recall ceiling): {ungated}/{n_neg}")


if __name__ == "__main__":
    main()
