"""The pair model alone on Park et al.'s gold entity pairs (no candidates, no evidence gate).

    .venv/bin/python benchmarks/pair_model.py [--split valid]

benchmarks/stances.py scores the whole pipeline through ``analyze_text``; this script isolates
the classifier of helpers/stance_model.py: for each Park sentence it scores both orders of the
two bracketed entities (A -> B, B -> A) and predicts label 3 or 4 for the more probable one when
it reaches the threshold, else 0, at the model's default threshold and at 0.5. It shows how
much of the pipeline's loss on Park is the classifier and how much the candidates and the gate.
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
    gold, probs = [], []
    for (sentence, e1, e2, label), doc in zip(items, nlp.pipe(s for s, *_ in items)):
        a = doc.char_span(*e1, alignment_mode="expand")
        b = doc.char_span(*e2, alignment_mode="expand")
        gold.append(label)
        if a is None or b is None or a.sent.start != b.sent.start:
            probs.append((0.0, 0.0))
            continue
        probs.append((stance_model.score(stance_model.features(a, b), model),
                      stance_model.score(stance_model.features(b, a), model)))
    print(f"## pair model alone on Park et al. 2021 {args.split} ({len(items)} pairs)\n")
    for th in (stance_model.default_threshold(), 0.5):
        pred = [0 if max(p) < th else (3 if p[0] >= p[1] else 4) for p in probs]
        s = scores(gold, pred)
        print(f"threshold {th:.2f}: " + " ".join(f"F1 {lab} {s[lab][2]:.3f}" for lab in LABELS)
              + f"  macro-F1 {s['macro']:.3f}  neg P/R/F1 {s['neg'][0]:.3f}/{s['neg'][1]:.3f}/{s['neg'][2]:.3f}")


if __name__ == "__main__":
    main()
