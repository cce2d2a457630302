"""The learned half of the stance extractor: candidates -> features -> model -> edges.

The rules of :mod:`helpers.stances` are precise but need a cue they know in a shape they
know. This module scores every other way a negative stance can sit between two actors:

1. **Candidates** (:func:`candidates`): every ordered pair of actor mentions in a sentence
   (both directions, so passives and "X, Y said, is ..." are found); and the speaker of a
   quote or of reported speech toward each actor named in its content.
2. **Features** (:func:`features`): transparent strings: the dependency path between the
   two mentions, the cue words of ``lexicons/stance_cues.csv`` in the sentence with how each
   side relates to them (subject, object, agent of a passive ...), whether the cue is negated,
   modal, conditional or counterfactual ("would", "could have", "if"), used in another sense
   (a particle: "backed out of"; an adjective before a noun: "a challenging race"), evaluative
   words (``lexicons/evaluative.csv``), whether the pair sits inside a quote and whether the
   source is its speaker, distance and order.
3. **Model** (:func:`score`): a logistic regression (one weight per feature string, stored as
   JSON in ``helpers/models/stance_pairs.json``; no pickle, numpy-free inference). It is
   trained by ``benchmarks/train_stance_model.py`` on Park et al. (2021) train plus the train
   split of our own real-news annotations, and its threshold is calibrated on real news, by
   article, so that the edges it adds keep their precision (see the README's Methodology).
4. **Edges** (:func:`model_edges`): candidates whose probability reaches ``threshold`` and
   that no rule already covers become stance rows with ``confidence`` = the probability.

Notes
-----
Park, Kim, Lee and Oh, "Who Blames or Endorses Whom? Entity-to-Entity Directed Sentiment
Extraction in News Text", Findings of ACL 2021 (the pair-labelled training sentences).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from . import config, lexicon
from .doctext import doc_text

MODEL_PATH = config.PROJ_ROOT / "helpers" / "models" / "stance_pairs.json"
#: modal and conditional words that make a cue hypothetical: 'would no longer defend', 'if'
MODALS = {"would", "could", "might", "may", "should", "can", "must", "'d"}
CONDITIONAL = {"if", "unless", "whether"}
#: a sentence with more actor mentions than this is a list, not a stance: pairs are not scored
MAX_MENTIONS = 8
ACTOR_TYPES = ("person", "organization", "country", "group")
#: model edges at or above this probability are kept in the per-article tables (and the cache);
#: ``analyze(stance_threshold=...)`` then chooses among them without re-analysing
STORE_FLOOR = 0.5


# ----------------------------------------------------------------------------- candidates

@dataclass
class Candidate:
    """An ordered pair that may carry a stance: ``source`` toward ``target``.

    ``src``/``tgt`` are the token spans of the two mentions; ``quote`` is the quote the
    target sits in when the source is that quote's speaker (``speaker=True``)."""

    source: object  # actors.Mention
    target: object
    src: Span
    tgt: Span
    speaker: bool = False
    quote: dict | None = None
    cue_tok: Token | None = None
    feats: list[str] = field(default_factory=list)
    polarity: int = -1  # the sign of the stance the model gives it (set by :func:`model_edges`)


def _span(doc: Doc, m) -> Span | None:
    return doc.char_span(m.start, m.end, alignment_mode="expand")


def candidates(doc: Doc, index, quotes=(), body_ok=lambda off: True) -> list[Candidate]:
    """Every ordered pair of actor mentions in a sentence, and each quote's speaker toward every
    actor named in the quote, in text order. Places never act; a pair of one actor is no pair."""
    if index is None:
        return []
    out: list[Candidate] = []
    seen: set[tuple[int, int, int, int]] = set()
    for sent in doc.sents:
        if not body_ok(sent.start_char):
            continue
        ms = [m for m in index.within(sent.start_char, sent.end_char)
              if m.actor.actor_type in ACTOR_TYPES and not _not_the_state(doc, m)]
        ms += _pronoun_mentions(sent, index)
        ms.sort(key=lambda m: m.start)
        if len(ms) < 2 or len(ms) > MAX_MENTIONS:
            continue
        spans = [_span(doc, m) for m in ms]
        inside = [sp is not None and _modifies_another(sp, ms, m.actor.key) for sp, m in zip(spans, ms)]
        for i, a in enumerate(ms):
            for j, b in enumerate(ms):
                if i == j or a.actor.key == b.actor.key or spans[i] is None or spans[j] is None \
                        or inside[i] or inside[j]:
                    continue
                if spans[i].start < spans[j].end and spans[j].start < spans[i].end:
                    continue  # nested mentions ('France's foreign ministry'): one phrase, no pair
                seen.add((a.start, a.end, b.start, b.end))
                out.append(Candidate(a, b, spans[i], spans[j]))
    for q in quotes:
        if q.get("speaker_start") is None or not body_ok(q["start"]):
            continue
        speaker = index.covering(q["speaker_start"], q["speaker_end"])
        if speaker is None and q.get("speaker_id"):
            speaker = _mention_of(index, q["speaker_id"], q["speaker_start"], q["speaker_end"])  # 'he said'
        if speaker is None or speaker.actor.actor_type not in ACTOR_TYPES:
            continue
        sspan = _span(doc, speaker)
        cue = None
        if q.get("cue_start") is not None:
            cspan = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")
            cue = cspan[0] if cspan is not None and len(cspan) else None
        for m in index.within(q["start"], q["end"]):
            if m.actor.actor_type not in ACTOR_TYPES or m.actor.key == speaker.actor.key:
                continue
            tspan = _span(doc, m)
            if sspan is None or tspan is None:
                continue
            key = (speaker.start, speaker.end, m.start, m.end)
            if key in seen:
                # the same pair in one sentence: mark it as speaker -> quoted actor
                for c in out:
                    if (c.source.start, c.source.end, c.target.start, c.target.end) == key:
                        c.speaker, c.quote, c.cue_tok = True, q, cue
                continue
            seen.add(key)
            out.append(Candidate(speaker, m, sspan, tspan, speaker=True, quote=q, cue_tok=cue))
    return out


def _modifies_another(span: Span, mentions, key: str) -> bool:
    """The mention only describes another actor's phrase: 'Tory' in 'Tory chairman Liam Fox',
    'Senate' in 'Senate Republicans', 'an Oregon Democrat' beside 'Senator Ron Wyden'. It is that
    actor's party or place, not a side of its own."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ not in ("compound", "amod", "nmod", "appos", "poss") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if any(m.start <= tok.idx < m.end and m.actor.key != key for m in mentions):
            return True
    return False


def _pronoun_mentions(sent: Span, index) -> list:
    """'he', 'his', 'her' that no mention covers, as mentions of the person the context gives
    (:func:`helpers.stances.person_antecedent`): 'Pelosi condemned his comments'."""
    from .actors import Mention
    from .stances import PERSON_PRONOUNS, person_antecedent

    out = []
    for tok in sent:
        if tok.pos_ != "PRON" or tok.lower_ not in PERSON_PRONOUNS or index.covering(tok.idx, tok.idx + len(tok)):
            continue
        m = person_antecedent(index, tok)
        if m is not None:
            out.append(Mention(tok.idx, tok.idx + len(tok), tok.text, m.actor, m.actor_type, "coref"))
    return out


def _not_the_state(doc: Doc, m) -> bool:
    """A country mention inside another name or modifying a noun that is not the state
    ('Priorities USA', 'a US newspaper'): see :func:`helpers.stances._not_the_state`."""
    if m.actor.actor_type != "country":
        return False
    from .stances import _not_the_state as rule

    span = _span(doc, m)
    if span is None:
        return False
    root = span.root
    head = root.head if root.dep_ in ("compound", "amod", "nmod", "poss") and root.head.i != root.i else root
    return rule(head, m)


def _mention_of(index, actor_id: str, start: int, end: int):
    """A coreference mention of the actor with this id at ``[start, end)`` (the quote extractor
    knows whom a 'he said' stands for), or None."""
    from .actors import Mention

    actor = next((a for a in index.actors.values() if a.key == actor_id), None)
    if actor is None:
        return None
    return Mention(start, end, doc_text(index.doc)[start:end], actor, actor.actor_type, "coref")


# ----------------------------------------------------------------------------- features

def _bucket(n: int) -> str:
    return "0" if n <= 0 else "1-2" if n <= 2 else "3-5" if n <= 5 else "6-10" if n <= 10 else "11-20" if n <= 20 else "21+"


def _chain(tok: Token, stop: int | None = None, limit: int = 12) -> list[Token]:
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < limit and out[-1].i != stop:
        out.append(out[-1].head)
    return out


def _relation(side: Span, cue: Token) -> str:
    """How a mention stands to a cue word: its subject, object, agent, possessor, inside its
    phrase, its head, or outside."""
    root = side.root
    t, steps = root, 0
    while t.head.i != t.i and steps < 6:
        if t.head.i == cue.i:
            d = t.dep_
            if d in ("nsubj", "csubj"):
                return "subj"
            if d in ("nsubjpass",):
                return "subjpass"
            if d in ("dobj", "obj", "dative", "attr", "oprd"):
                return "obj" if steps == 0 else "in_obj"
            if d == "agent":
                return "agent"
            if d == "prep":
                return f"prep_{t.lower_}"
            if d in ("poss", "compound", "amod"):
                return "owner"
            if d in ("ccomp", "xcomp", "advcl"):
                return "in_clause"
            return "in"
        t = t.head
        steps += 1
    # the cue inside the mention's own phrase ('Trump's critics')
    if any(a.i == root.i for a in cue.ancestors):
        return "head"
    # the subject of the clause the cue hangs from: 'X went on to slam Y'
    cur = cue
    for _ in range(3):
        if cur.dep_ not in ("xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "acomp") or cur.head.i == cur.i:
            break
        cur = cur.head
        if any(c.i == root.i and c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return "subj_up"
    return "out"


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" or c.lower_ in ("never", "no longer") or (c.lower_ in ("nor", "neither") and c.i < tok.i)
           for c in tok.children):
        return True
    return tok.dep_ in ("xcomp", "acomp", "ccomp") and any(c.dep_ == "neg" for c in tok.head.children)


def _declined(tok: Token) -> bool:
    """'declined to endorse', 'refused to criticize', 'stopped short of blaming'."""
    head = tok.head
    return tok.dep_ in ("xcomp", "pcomp", "pobj") and head.lemma_.lower() in (
        "decline", "refuse", "stop", "avoid", "hesitate", "fail", "short", "resist")


def _modality(tok: Token) -> list[str]:
    """Hypothetical, counterfactual and conditional markers on the cue's clause."""
    out = []
    chain = _chain(tok, limit=4)
    for t in chain[:3]:
        for c in t.children:
            if c.dep_ == "aux" and c.lower_ in MODALS:
                out.append(f"modal:{c.lower_}")
                if any(d.lower_ == "have" and d.dep_ == "aux" for d in t.children):
                    out.append("counterfactual")
            if c.dep_ == "mark" and c.lower_ in CONDITIONAL:
                out.append("conditional")
        if t.dep_ in ("ccomp", "ROOT"):
            break
    if tok.tag_ == "VBG" and tok.dep_ == "amod":
        out.append("gerund_modifier")  # 'a challenging race'
    return out


def _sense(tok: Token) -> list[str]:
    out = []
    for c in tok.children:
        if c.dep_ == "prt":
            out.append(f"prt:{tok.lemma_.lower()}_{c.lower_}")  # 'backed out', 'knocked down'
    if tok.pos_ == "ADJ" and tok.dep_ == "amod":
        out.append("adj_attributive")
    return out


@lru_cache(maxsize=None)
def _evaluative() -> dict[str, int]:
    return {row["word"]: int(row["polarity"]) for row in lexicon.read_table("evaluative.csv")}


@lru_cache(maxsize=None)
def _hostile() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon.read_table("hostile_acts.csv"))


@lru_cache(maxsize=None)
def all_cues() -> dict[tuple[str, str], dict]:
    """Every row of ``stance_cues.csv``, the model-only ones ('rip', 'hammer', 'call') included."""
    return {(row["lemma"], row["pos"]): row for row in lexicon.read_table("stance_cues.csv")}


def cue_of(tok: Token) -> dict | None:
    pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
    return all_cues().get((tok.lemma_.lower(), pos))


def features(src: Span, tgt: Span, *, speaker: bool = False, quote_span: tuple[int, int] | None = None,
             cue_tok: Token | None = None) -> list[str]:
    """Feature strings of the ordered pair ``src`` -> ``tgt`` (``src`` may sit in another
    sentence when it is the speaker of the quote holding ``tgt``)."""
    doc = tgt.doc
    sent = tgt.sent
    same = src.sent.start == sent.start
    f = ["bias"]
    if speaker:
        f.append("speaker")
    if quote_span is not None:
        f.append("t_in_quote" if quote_span[0] <= tgt.start_char < quote_span[1] else "t_out_quote")
    order = "st" if src.start < tgt.start else "ts"
    f.append(f"order:{order}" if same else "order:other_sent")
    lo, hi = (src, tgt) if src.start < tgt.start else (tgt, src)
    gap = hi.start - lo.end if same else 99
    f.append(f"dist:{_bucket(gap)}")
    f.append(f"sdep:{src.root.dep_}")
    f.append(f"tdep:{tgt.root.dep_}")
    f.append(f"roles:{src.root.dep_}>{tgt.root.dep_}")
    # the dependency path between the two (source up to the common head, down to the target)
    if same:
        up = _chain(src.root)
        up_ids = {t.i: k for k, t in enumerate(up)}
        down = []
        lca = None
        for t in _chain(tgt.root):
            if t.i in up_ids:
                lca = t
                break
            down.append(t)
        if lca is not None:
            u = [t.dep_ for t in up[:up_ids[lca.i]]][:4]
            d = [t.dep_ for t in down][:4]
            shape = "^".join(u) + ">" + "<".join(reversed(d))
            f.append(f"shape:{shape}")
            f.append(f"path:{shape}|{lca.lemma_.lower()}")
            f.append(f"lca:{lca.lemma_.lower()}")
            row = cue_of(lca)
            if row is not None:
                f.append(f"lca_cue:{row['polarity']}:{shape}")
    elif cue_tok is not None:
        d = [t.dep_ for t in _chain(tgt.root, stop=cue_tok.i)][:4]
        f.append(f"spk_path:{'<'.join(reversed(d))}")
    # words between the two (lemmas), for stances said in words no lexicon lists
    if same:
        for tok in doc[lo.end:hi.start]:
            if tok.is_alpha and not tok.is_stop:
                f.append(f"btw:{tok.lemma_.lower()}")
        f += _lexical(src, tgt, lo, hi)
    # cue words in the sentence (or the quote) and how each side stands to them
    region = sent if same else doc[min(src.start, tgt.start):max(src.end, tgt.end)]
    if not same:
        region = sent
    words = _evaluative()
    hostile = _hostile()
    for tok in region:
        lemma = tok.lemma_.lower()
        row = cue_of(tok)
        pol = int(row["polarity"]) if row is not None else 0
        ev = words.get(tok.lower_, 0)
        act = tok.pos_ == "VERB" and lemma in hostile
        if not (row or ev or act):
            continue
        if src.start <= tok.i < src.end or tgt.start <= tok.i < tgt.end:
            continue
        rel_s = _relation(src, tok) if same else "speaker"
        rel_t = _relation(tgt, tok)
        where = "btw" if lo.end <= tok.i < hi.start else "pre" if tok.i < lo.start else "post"
        mods = []
        if _negated(tok):
            mods.append("neg")
        if _declined(tok):
            mods.append("declined")
        mods += _modality(tok) + _sense(tok)
        if row is not None:
            base = f"cue{pol:+d}"
            f.append(f"{base}:{rel_s}>{rel_t}")
            f.append(f"{base}:{where}")
            f.append(f"{base}:kind:{row['kind']}:{rel_s}>{rel_t}")
            f.append(f"cuelemma:{lemma}:{rel_s}>{rel_t}")
            for m in mods:
                f.append(f"{base}:{m}")
                f.append(f"{base}:{m}:{rel_s}>{rel_t}")
        if ev:
            f.append(f"eval{ev:+d}:{rel_t}")
            f.append(f"eval{ev:+d}:{where}")
            if speaker:
                f.append(f"eval{ev:+d}:speaker:{rel_t}")
            if mods:
                f.append(f"eval{ev:+d}:mod")
        if act:
            f.append(f"act:{rel_t}" + (":speaker" if speaker else ""))
            if mods:
                f.append("act:mod")
    return f


def _governor(side: Span) -> tuple[Token | None, str]:
    """The verb a mention hangs from (up to five steps) and the relation of the last step:
    ('slam', 'dobj') for 'Y' in 'X went on to slam Y'."""
    t, rel = side.root, side.root.dep_
    for _ in range(5):
        if t.head.i == t.i:
            break
        rel, t = t.dep_, t.head
        if t.pos_ in ("VERB", "AUX"):
            return t, rel
    return None, rel


def _lexical(src: Span, tgt: Span, lo: Span, hi: Span) -> list[str]:
    """Words, not only cue words, for two mentions of one sentence: the lemmas on the dependency
    path between them, the verb each side hangs from (with the relation, so 'slam|dobj' differs
    from 'slam|nsubj'), whether that verb is negated, and the words between the two as bigrams
    and, when short, as one sequence ('said_be')."""
    f = []
    up = _chain(src.root, limit=30)
    ids = {t.i: k for k, t in enumerate(up)}
    down, lca = [], None
    for t in _chain(tgt.root, limit=30):
        if t.i in ids:
            lca = t
            break
        down.append(t)
    if lca is not None:
        for t in up[1:ids[lca.i]] + [lca] + down[1:]:
            if not (src.start <= t.i < src.end or tgt.start <= t.i < tgt.end):
                f.append(f"plem:{t.lemma_.lower()}")
    for name, side in (("s", src), ("t", tgt)):
        verb, rel = _governor(side)
        if verb is not None:
            lemma = verb.lemma_.lower()
            f += [f"{name}verb:{lemma}", f"{name}verbrel:{lemma}|{rel}"]
            if any(c.dep_ == "neg" for c in verb.children):
                f.append(f"{name}verb_neg")
    words = [t.lemma_.lower() for t in src.doc[lo.end:hi.start] if t.is_alpha]
    f += [f"btw2:{a}_{b}" for a, b in zip(words, words[1:])]
    if len(words) <= 6:
        f.append("btwseq:" + "_".join(words))
    return f


# ----------------------------------------------------------------------------- model

@lru_cache(maxsize=None)
def load_model(path: str | None = None) -> dict | None:
    """The JSON model: ``weights`` (feature -> weight) and ``intercept`` of the negative model,
    ``positive`` (the same two for praise and support, when trained), ``threshold`` (the
    documented default), ``about``. None when no model file is installed."""
    p = config.PROJ_ROOT / path if path else MODEL_PATH
    if not p.is_file():
        return None
    with open(p, encoding="utf-8") as fh:
        return json.load(fh)


def score(feats: list[str], model: dict, polarity: int = -1) -> float:
    """Probability that the pair carries a negative stance from source to target (a positive
    one with ``polarity=+1``, from the model's ``positive`` part)."""
    if polarity > 0:
        model = model.get("positive")
        if not model:
            return 0.0
    w = model["weights"]
    z = model["intercept"] + sum(w.get(x, 0.0) for x in set(feats))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def default_threshold() -> float:
    """The calibrated threshold shipped with the model (1.01 when no model is installed)."""
    m = load_model()
    return float(m["threshold"]) if m else 1.01


def hypothetical(tok: Token) -> bool:
    """A cue that is negated, declined, modal, conditional or used as a plain modifier:
    'did not criticize', 'declined to endorse', 'would no longer defend', 'could have rallied
    the GOP to reject', 'if they attack', 'a challenging race'."""
    from .stances import _hypothetical, _other_sense
    from .stances import _negated as _negated_in_rules

    if _negated(tok) or _negated_in_rules(tok) or _declined(tok) or _other_sense(tok) \
            or (tok.pos_ in ("VERB", "AUX") and _hypothetical(tok, cue_of(tok) or {})):
        return True  # the rules' own tests: where a rule said 'not a stance', the model adds none
    return any(m.startswith(("modal:", "counterfactual", "conditional", "gerund_modifier")) for m in _modality(tok)) \
        or "adj_attributive" in _sense(tok)


def evidence(c: Candidate, cache: dict | None = None, polarity: int = -1) -> Token | None:
    """The gate on evidence: the first negative cue, negative evaluative word or hostile act in
    the candidate's sentence (outside the two mentions) that is said as a fact, not negated or
    hypothetical. The model never adds an edge without one: its probability alone, learned on
    Park's sentences (a third of which carry a stance), does not make a stance. ``cache`` keeps
    each sentence's evidence words across the candidates of one article. With ``polarity=+1``
    the same gate for a positive stance: a positive cue or evaluative word said as a fact."""
    sent = c.tgt.sent
    found = cache.get((sent.start, polarity)) if cache is not None else None
    if found is None:
        found = _evidence_words(sent, polarity)
        if cache is not None:
            cache[(sent.start, polarity)] = found
    if not found:
        return None
    path = _path(c)
    return next((tok for tok in found if not (c.src.start <= tok.i < c.src.end or c.tgt.start <= tok.i < c.tgt.end)
                 and (tok.i in path or (tok.head.i in path and tok.dep_ in ATTACHED))), None)


#: how an evidence word may hang from the path between the two sides: 'called [X's claims]
#: "strange"', 'was critical of', 'has been a disgrace'
ATTACHED = {"acomp", "attr", "oprd", "dobj", "xcomp", "ccomp", "amod", "advmod", "npadvmod", "conj"}


def _path(c: Candidate) -> set[int]:
    """Token indices on the dependency path between the two sides (for a quote's speaker, who
    sits outside the sentence, the path from the target up to the root of its sentence). An
    evidence word elsewhere in the sentence speaks of someone else: in 'Trump answered Rubio's
    criticism without attacking him', 'criticism' is Rubio's, not Trump's."""
    up_t = [c.tgt.root, *c.tgt.root.ancestors]
    if c.speaker or c.src.sent.start != c.tgt.sent.start:
        return {t.i for t in up_t}
    up_s = [c.src.root, *c.src.root.ancestors]
    common = {t.i for t in up_s} & {t.i for t in up_t}
    path: set[int] = set()
    for chain in (up_s, up_t):
        for t in chain:
            path.add(t.i)
            if t.i in common:
                break
    return path


def _evidence_words(sent: Span, polarity: int = -1) -> list[Token]:
    words = _evaluative()
    hostile = _hostile()
    out = []
    for tok in sent:
        row = cue_of(tok)
        if polarity > 0:
            hit = (row is not None and int(row["polarity"]) > 0) or words.get(tok.lower_, 0) > 0
        else:
            hit = (row is not None and int(row["polarity"]) < 0) or words.get(tok.lower_, 0) < 0 \
                or (tok.pos_ == "VERB" and tok.lemma_.lower() in hostile)
        if hit and not hypothetical(tok):
            out.append(tok)
    return out


def featurize(cands: list[Candidate]) -> list[Candidate]:
    for c in cands:
        qs = (c.quote["start"], c.quote["end"]) if c.quote is not None else None
        c.feats = features(c.src, c.tgt, speaker=c.speaker, quote_span=qs, cue_tok=c.cue_tok)
    return cands


# ----------------------------------------------------------------------------- edges

def _kind(c: Candidate) -> tuple[str, str, str]:
    """(kind, cameo, cue) for a model edge: the cue word of its sign nearest the target, else a
    plain 'criticize' (or 'praise')."""
    sent = c.tgt.sent
    best = None
    for tok in sent:
        row = cue_of(tok)
        if row is not None and int(row["polarity"]) * c.polarity > 0:
            d = abs(tok.i - c.tgt.start)
            if best is None or d < best[0]:
                best = (d, row, tok.text)
    if best is not None:
        return best[1]["kind"], best[1]["cameo"], best[2]
    plain = ("praise", "051") if c.polarity > 0 else ("criticize", "111")
    if c.speaker and c.cue_tok is not None:
        return (*plain, c.cue_tok.text)
    return (*plain, "")


def model_edges(doc: Doc, index, quotes=(), *, covered=frozenset(), body_ok=lambda off: True,
                floor: float | None = None) -> list[tuple[Candidate, float, tuple[str, str, str]]]:
    """Candidates scored at or above ``floor`` (default: the model's calibrated threshold) whose
    (source actor, target actor) pair no rule edge of the article covers and whose sentence
    holds :func:`evidence`; one per pair and sentence, the most probable. Each sign is scored
    where its own evidence lies (a negative cue for the negative model, a positive one for the
    positive model); the more probable sign is the edge's ``polarity``."""
    model = load_model()
    if model is None:
        return []
    floor = model["threshold"] if floor is None else floor
    out = []
    best: dict[tuple, int] = {}
    gate: dict[int, list] = {}  # sentence start -> its evidence words
    for c in candidates(doc, index, quotes, body_ok):
        key = (c.source.actor.key, c.target.actor.key, c.tgt.sent.start)
        if (c.source.actor.key, c.target.actor.key) in covered:
            continue
        signs = [s for s in (-1, 1) if (s < 0 or model.get("positive")) and evidence(c, gate, s) is not None]
        if not signs:
            continue  # (gated before the features are computed: most pairs stop here)
        featurize([c])
        p, c.polarity = max((score(c.feats, model, s), s) for s in signs)
        if p < floor:
            continue
        if key in best:
            k = best[key]
            if out[k][1] >= p:
                continue
            out[k] = (c, p, _kind(c))
            continue
        best[key] = len(out)
        out.append((c, p, _kind(c)))
    return out
