"""Benchmark-only: a statistical classifier of stance between two given entities in a sentence.

The rules in :mod:`helpers.stances` are precise but miss stances said in words no lexicon
lists. This module scores an ordered pair of spans (A before B in the sentence) with a linear
model over
transparent features: the words between them, stance and evaluative cues and where they
stand, the two mentions' syntactic roles, negation and passive voice. The model is a
multinomial logistic regression trained by ``benchmarks/train_stance_model.py`` on the
training split of Park et al. (2021) and stored as plain JSON weights in
``benchmarks/data/stance_model.json`` (feature -> one weight per class): readable, no
pickle. Classes: 0 none, 1 A +> B, 2 B +> A, 3 A -> B negative, 4 B -> A negative.

It is not part of the pipeline: on Park's pre-selected entity pairs it lifts the scores, but
run over every pair of actors in real articles its edges were mostly wrong (see the README's
Methodology), so ``analyze`` uses the rules alone. benchmarks/stances.py reports it beside them.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache

from spacy.tokens import Span

from pathlib import Path

MODEL = Path(__file__).resolve().parent / "data" / "stance_model.json"
SKIP_POS = {"DET", "PUNCT", "SPACE", "NUM", "SYM"}


@lru_cache(maxsize=None)
def model() -> dict | None:
    if not MODEL.is_file():
        return None
    with open(MODEL, encoding="utf-8") as fh:
        return json.load(fh)


def _bucket(n: int) -> str:
    return "0-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11+"


def features(a: Span, b: Span) -> list[str]:
    """Features of the ordered pair (a before b) in their sentence."""
    from helpers.stances import cues, evaluative

    doc = a.doc
    sent = a.sent
    table, words = cues(), evaluative()
    feats = [f"dist:{_bucket(b.start - a.end)}", f"depA:{a.root.dep_}", f"depB:{b.root.dep_}",
             f"roles:{a.root.dep_}>{b.root.dep_}"]
    between = doc[a.end:b.start]
    for tok in between:
        if tok.pos_ in SKIP_POS:
            continue
        lemma = tok.lemma_.lower()
        feats.append(f"btw:{lemma}")
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
        row = table.get((lemma, pos))
        if row is not None:
            feats.append(f"cue_btw:{row['polarity']}")
            feats.append(f"cue_btw_kind:{row['kind']}")
        if words.get(tok.lower_):
            feats.append(f"eval_btw:{words[tok.lower_]}")
        if tok.dep_ == "neg":
            feats.append("neg_btw")
        if tok.dep_ in ("auxpass", "agent"):
            feats.append(f"passive_btw:{tok.dep_}")
    for side, span in (("pre", doc[sent.start:a.start]), ("post", doc[b.end:sent.end])):
        for tok in span:
            pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
            row = table.get((tok.lemma_.lower(), pos))
            if row is not None:
                feats.append(f"cue_{side}:{row['polarity']}")
            if words.get(tok.lower_):
                feats.append(f"eval_{side}:{words[tok.lower_]}")
    # the lowest common head of the two mentions: the predicate that links them
    heads_a = {t.i for t in [a.root, *a.root.ancestors]}
    common = next((t for t in [b.root, *b.root.ancestors] if t.i in heads_a), None)
    if common is not None:
        up = [t.dep_ for t in [a.root, *a.root.ancestors] if t.i != common.i][:4]
        up = up[:next((k for k, t in enumerate([a.root, *a.root.ancestors]) if t.i == common.i), len(up))]
        down = []
        for t in [b.root, *b.root.ancestors]:
            if t.i == common.i:
                break
            down.append(t.dep_)
        path = "^".join(up) + ">" + common.lemma_.lower() + "<" + "^".join(reversed(down[:4]))
        feats.append(f"path:{path}")
        feats.append(f"shape:{'^'.join(up)}><{'^'.join(reversed(down[:4]))}")
        feats.append(f"lca:{common.lemma_.lower()}")
        pos = "VERB" if common.pos_ in ("VERB", "AUX") else common.pos_
        row = table.get((common.lemma_.lower(), pos))
        if row is not None:
            feats.append(f"lca_cue:{row['polarity']}")
            feats.append(f"lca_cue_roles:{row['polarity']}:{a.root.dep_}>{b.root.dep_}")
        if any(c.dep_ == "neg" for c in common.children):
            feats.append("lca_neg")
    return feats


def predict(a: Span, b: Span) -> tuple[int, float, str | None]:
    """(class, probability, the strongest feature for it) for the ordered pair, or (0, 1.0, None)
    when no model is installed."""
    weights = model()
    if weights is None:
        return 0, 1.0, None
    feats = features(a, b)
    scores = list(weights["intercept"])
    table = weights["weights"]
    for f in feats:
        w = table.get(f)
        if w is not None:
            for k in range(len(scores)):
                scores[k] += w[k]
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    best = max(range(len(scores)), key=lambda k: scores[k])
    reason = max((f for f in feats if f in table), key=lambda f: table[f][best], default=None)
    return weights["classes"][best], exps[best] / total, reason
