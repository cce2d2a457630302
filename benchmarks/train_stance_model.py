"""Train the pair model of benchmarks/pair_model.py on Park et al. (2021) train and write its JSON weights.

    .venv/bin/pip install -r requirements-bench.txt      # scikit-learn, for training only
    .venv/bin/python benchmarks/train_stance_model.py [--C 0.5] [--min-weight 0.05]

Reads ../shared/benchmarks/park2021/train.txt (never copied into the project), parses each
sentence with the project's pipeline, puts the two bracketed entities in text order (labels
flipped to match), extracts helpers.pairs.features, fits a multinomial logistic regression
and writes benchmarks/data/stance_model.json: the class list, intercepts and, for every
feature whose largest absolute weight is at least --min-weight, its weights per class. Only
feature names (words, cue kinds, dependency labels) and numbers are stored, no text.
Prints accuracy on the valid split as a quick check; benchmarks/stances.py is the real score.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from helpers import load_pipeline  # noqa: E402
from pair_model import MODEL, features  # noqa: E402
from stances import PARK, read_park  # noqa: E402

FLIP = {0: 0, 1: 2, 2: 1, 3: 4, 4: 3}


def examples(path: Path, nlp):
    items = list(read_park(path))
    X, y = [], []
    for (sentence, e1, e2, label), doc in zip(items, nlp.pipe((s for s, *_ in items), batch_size=256)):
        if e1[0] > e2[0]:
            e1, e2, label = e2, e1, FLIP[label]
        a = doc.char_span(*e1, alignment_mode="expand")
        b = doc.char_span(*e2, alignment_mode="expand")
        if a is None or b is None or a.end > b.start or a.sent != b.sent:
            continue
        X.append(features(a, b))
        y.append(label)
    return X, y


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--C", type=float, nargs="+", default=[0.25, 0.5, 1.0, 2.0],
                        help="regularisation strengths to choose from by 5-fold cross-validation on train")
    parser.add_argument("--min-weight", type=float, default=0.05)
    args = parser.parse_args()
    if not (PARK / "train.txt").is_file():
        print(f"{PARK} is missing: training needs ../shared (see ../shared/README.md).")
        return
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegressionCV
    except ImportError:
        print("scikit-learn is not installed: .venv/bin/pip install -r requirements-bench.txt")
        return
    nlp = load_pipeline()
    X, y = examples(PARK / "train.txt", nlp)
    vec = DictVectorizer()
    data = vec.fit_transform([{f: 1 for f in feats} for feats in X])
    clf = LogisticRegressionCV(Cs=args.C, cv=5, scoring="f1_macro", max_iter=2000, class_weight="balanced")
    clf.fit(data, y)
    chosen = float(clf.C_[0])
    Xv, yv = examples(PARK / "valid.txt", nlp)
    acc = clf.score(vec.transform([{f: 1 for f in feats} for feats in Xv]), yv)
    names = vec.get_feature_names_out()
    weights = {}
    for j, name in enumerate(names):
        column = [float(clf.coef_[k][j]) for k in range(len(clf.classes_))]
        if max(abs(w) for w in column) >= args.min_weight:
            weights[name] = [round(w, 4) for w in column]
    out = {"about": "benchmarks/pair_model.py model; trained by benchmarks/train_stance_model.py on Park et al. 2021 train "
                    f"({len(y)} pairs, C={chosen} chosen by 5-fold CV on train, class_weight=balanced)",
           "classes": [int(c) for c in clf.classes_], "intercept": [round(float(b), 4) for b in clf.intercept_],
           "weights": dict(sorted(weights.items()))}
    MODEL.write_text(json.dumps(out, indent=0, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"trained on {len(y)} pairs; C={chosen}; valid macro-F1 over pairs {acc:.3f}; {len(weights)} features kept -> {MODEL}")


if __name__ == "__main__":
    main()
