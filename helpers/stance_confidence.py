"""How far to trust a rule edge: the ``confidence`` column of ``stances``.

The rules of :mod:`helpers.stances` fire on a cue in a known shape, but on news nobody tuned
them for about a quarter of their edges are wrong, most often with the wrong source or target
(a pronoun or relative clause that points elsewhere, an office mapped to its country, an
organisation read as a person). Readers judged more than 2,000 rule edges of BBC, Reuters 2016
and US political articles right or wrong (``benchmarks/data/stance_sample*.csv``,
``benchmarks/data/stance_politics.csv``). A logistic regression over what the rule saw learns
which edges tend to be right:

- the cue and kind, and where the cue sits in the parse (its dependency, its part of speech);
- each side: actor type, how its mention was found (``via``: ner, alias, title, coref,
  gazetteer), its form (a pronoun, a lower-case role noun like "the senator", one word, a full
  name), whether the mention names the actor itself or stands for another ("the Kremlin" for
  Russia), whether it sits in the evidence sentence and inside a quotation, its dependency;
- the pair: types, order, other actors between them, the same country on both sides;
- the sentence: how many actors and persons it names, its length, negation, modals, quotation
  marks, a question;
- the article around it (:func:`context_features`, the groups the model file lists): the same
  pair in other sentences, the reverse pair and the other edges of the sentence; the words of
  each side's actor name and how its country was found.

``confidence`` is then the model's probability that the edge is right. Edges of the pair model
(:mod:`helpers.stance_model`, rarely right on real news) get their pair probability times the
precision the pair model's own edges had on real news, so that one threshold serves both:
``analyze(folder, stance_threshold=t)`` keeps the edges whose confidence reaches ``t``, and
:func:`default_threshold` is the documented default. The weights are JSON
(``helpers/models/stance_edges.json``, no pickle), trained by
``benchmarks/train_edge_model.py``, which also prints the cross-validated figures (by article).
"""
from __future__ import annotations

import json
import math
from functools import lru_cache

from spacy.tokens import Doc

from . import config

MODEL_PATH = config.PROJ_ROOT / "helpers" / "models" / "stance_edges.json"
#: the confidence of every edge when no model file is installed
NO_MODEL = 1.0
PRONOUNS = {"he", "him", "his", "she", "her", "hers", "they", "them", "their", "it", "its",
            "who", "whom", "whose", "which", "that"}
QUOTE_MARKS = {'"', "“", "”", "``", "''"}


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8, 13, 21)) -> str:
    return str(max(e for e in edges if n >= e)) if n >= 0 else "0"


def _form(text: str) -> str:
    """'pron' (he, who), 'lower' (the senator, an aide), 'one' (Trump), 'multi' (Donald Trump)."""
    if text.lower() in PRONOUNS:
        return "pron"
    if text[:1].islower():
        return "lower"
    return "one" if " " not in text else "multi"


def _names_itself(m) -> bool:
    """Whether the mention's words are the actor's name ('Trump' for Donald Trump), not a stand-in
    ('the Kremlin' for Russia, 'French' for France)."""
    name, text = m.actor.name.lower(), m.text.lower().removeprefix("the ")
    return text in name or name in text


def edge_features(doc: Doc, mentions, rec: dict, quotes=()) -> list[str]:
    """The feature strings of one stance record (see the module docstring). ``mentions`` are the
    article's :class:`helpers.actors.Mention` objects, ``quotes`` its quote records."""
    kind = rec["kind"]
    cue = (rec.get("cue") or "").split()
    cue0 = cue[0].lower() if cue else ""
    s0, e0 = rec["start"], rec["end"]
    f = [f"kind={kind}", f"pol={int(rec['polarity'])}", f"cue={cue0}", f"cuelen={min(len(cue), 3)}"]
    by_span = {(m.start, m.end): m for m in mentions}
    sides = {}
    for side in ("source", "target"):
        m = by_span.get((rec[f"{side}_start"], rec[f"{side}_end"]))
        if m is None:
            f.append(f"{side}:nomention")
            continue
        sides[side] = m
        inside, form = s0 <= m.start < e0, _form(m.text)
        f += [f"{side}:type={m.actor_type}", f"{side}:via={m.via}", f"{side}:in={inside}",
              f"{side}:form={form}", f"{side}:map={'same' if _names_itself(m) else 'mapped'}",
              f"{side}:form={form}&type={m.actor_type}", f"{side}:via={m.via}&in={inside}",
              f"{side}:country={'yes' if m.actor.country else 'no'}",
              f"{side}:inquote={any(q['start'] <= m.start < q['end'] for q in quotes)}"]
    quoted = rec.get("quote_id") is not None
    f += [f"quote={quoted}", f"kind={kind}&quote={quoted}"]
    if len(sides) == 2:
        src, tgt = sides["source"], sides["target"]
        lo, hi = sorted((src.start, tgt.start))
        between = {m.actor.key for m in mentions if lo < m.start < hi} - {src.actor.key, tgt.actor.key}
        same = bool(src.actor.country) and src.actor.country == tgt.actor.country
        f += [f"types={src.actor_type}>{tgt.actor_type}", f"order={'st' if src.start < tgt.start else 'ts'}",
              f"samecountry={same}", f"between={_bucket(len(between))}",
              f"cue={cue0}&src={src.actor_type}", f"kind={kind}&tgt={tgt.actor_type}"]
    in_sent = [m for m in mentions if s0 <= m.start < e0]
    f.append(f"nactors={_bucket(len({m.actor.key for m in in_sent}))}")
    f.append(f"npersons={_bucket(len({m.actor.key for m in in_sent if m.actor_type == 'person'}))}")
    span = doc.char_span(s0, e0, alignment_mode="expand")
    if span is None:
        return f
    f += [f"len={_bucket(len(span) // 5)}", f"neg={any(t.dep_ == 'neg' for t in span)}",
          f"modal={any(t.tag_ == 'MD' for t in span)}", f"quotemark={any(t.text in QUOTE_MARKS for t in span)}",
          f"question={span.text.rstrip().endswith('?')}"]
    cue_tok = next((t for t in span if t.lower_ == cue0), None)
    if cue_tok is None:
        f.append("cue:notfound")
    else:
        f += [f"cue:dep={cue_tok.dep_}", f"cue:pos={cue_tok.pos_}", f"cue:lemma={cue_tok.lemma_.lower()}"]
    for side, m in sides.items():
        if not s0 <= m.start < e0:
            continue
        sp = doc.char_span(m.start, m.end, alignment_mode="expand")
        if sp is None:
            continue
        root = sp.root
        f += [f"{side}:dep={root.dep_}", f"{side}:head={root.head.lemma_.lower()}", f"{side}:dep={root.dep_}&kind={kind}"]
        if cue_tok is not None:
            if side == "source":
                rel = "head" if root.head == cue_tok else "anc" if cue_tok in root.ancestors else \
                    "desc" if root in cue_tok.subtree else "none"
                f.append(f"srcrel={rel}:{root.dep_}")
            else:
                f.append(f"tgtrel={'head' if root.head == cue_tok else 'desc' if root in cue_tok.subtree else 'none'}")
    return f


#: the groups of context features (:func:`context_features`); a feature's string starts with its group's name.
#: Chosen on the newest judged files held out (benchmarks/train_edge_model.py). Tried and dropped there (no
#: gain, or right edges with a side named in another sentence pushed under the default): how often each
#: side is named, the distance between the sides, how far back a pronoun's name is and the rivals in
#: between, a side modifying a noun or another name, the quotation's kind and speaker, the sentence's
#: place in the article, the cue's tag.
GROUPS = ("pairs", "name")


def _article_context(index, recs: list[dict]) -> dict:
    """What every edge of the article shares: its mentions by offsets, the sentences of each
    (source, target) pair and the number of edges of each sentence."""
    pairs: dict[tuple, set] = {}
    per_sent: dict = {}
    for r in recs:
        pairs.setdefault((r.get("source_id"), r.get("target_id")), set()).add(r.get("sent_id"))
        per_sent[r.get("sent_id")] = per_sent.get(r.get("sent_id"), 0) + 1
    return {"by_span": {(m.start, m.end): m for m in index.mentions}, "pairs": pairs, "per_sent": per_sent}


def context_features(index, rec: dict, recs: list[dict], ctx: dict | None = None) -> list[str]:
    """Features of one rule edge that need the whole article (``ctx``: :func:`_article_context`):
    the same pair in other sentences, the reverse pair, the edges of its sentence ('pairs': a
    stance said twice is more often right, a sentence giving many edges more often wrong); the
    words of each side's actor name by type and how its country was found ('name': a one-word
    person is often a fragment or a misread name)."""
    ctx = _article_context(index, recs) if ctx is None else ctx
    f = []
    for side in ("source", "target"):
        m = ctx["by_span"].get((rec[f"{side}_start"], rec[f"{side}_end"]))
        if m is not None:
            f += [f"name:{side}:words={min(len(m.actor.name.split()), 3)}&type={m.actor_type}",
                  f"name:{side}:countryfrom={m.actor.country_from}"]
    others = ctx["pairs"].get((rec.get("source_id"), rec.get("target_id")), set()) - {rec.get("sent_id")}
    f += [f"pairs:elsewhere={_bucket(len(others), (0, 1, 2, 4))}",
          f"pairs:reverse={(rec.get('target_id'), rec.get('source_id')) in ctx['pairs']}",
          f"pairs:insent={_bucket(ctx['per_sent'].get(rec.get('sent_id'), 0), (0, 1, 2, 3, 5))}"]
    return f


def features(recs: list[dict], doc: Doc, index, quotes=(), groups=GROUPS) -> list[list[str]]:
    """The feature strings of each rule record: :func:`edge_features` and the context features of
    the groups in ``groups``."""
    ctx = _article_context(index, recs) if groups else None
    out = []
    for rec in recs:
        f = edge_features(doc, index.mentions, rec, quotes)
        if groups:
            f += [x for x in context_features(index, rec, recs, ctx) if x.split(":", 1)[0] in groups]
        out.append(f)
    return out


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The JSON model (``intercept``, ``weights``, ``threshold``, ``model_edge_precision``,
    ``about``), or None when no model file is installed."""
    if not MODEL_PATH.is_file():
        return None
    with open(MODEL_PATH, encoding="utf-8") as fh:
        return json.load(fh)


def probability(feats: list[str], model: dict) -> float:
    """The model's probability that an edge with these features is right."""
    w = model["weights"]
    z = model["intercept"] + sum(w.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def rate(recs: list[dict], doc: Doc, index, quotes=()) -> None:
    """Set ``confidence`` on each rule record (in place): the probability that it is right."""
    model = load_model()
    if model is None or index is None:
        for rec in recs:
            rec["method"], rec["confidence"] = "rule", NO_MODEL
        return
    for rec, feats in zip(recs, features(recs, doc, index, quotes, model.get("groups", ()))):
        rec["method"] = "rule"
        rec["confidence"] = round(probability(feats, model), 4)


def model_edge_confidence(p: float) -> float:
    """The confidence of a pair-model edge of probability ``p``: ``p`` times the precision the
    pair model's edges had on real news (it is rarely right there; see the README)."""
    model = load_model()
    scale = float(model.get("model_edge_precision", 1.0)) if model else 1.0
    return round(p * scale, 4)


def default_threshold() -> float:
    """The documented default threshold (0.0, every edge, when no model file is installed)."""
    model = load_model()
    return float(model["threshold"]) if model else 0.0
