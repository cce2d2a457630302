"""Who criticizes (or praises) whom: directed stance edges between actors.

Cues come from ``lexicons/stance_cues.csv`` (verbs, nouns, adjectives, each with a kind,
a polarity and a CAMEO code). Direction comes from syntax: the subject of an active cue
is the source and its object the target; a passive turns them round ("X was criticized
by Y" is Y -> X); a noun cue takes its owner as source ("French accusations") and its
"of"/"against" object as target; "critical of" takes the subject of the copula.
Negated cues give no edge. Reported speech adds two more rules: an obligation laid on
an actor in a speech complement ("Fabius said Moscow had to stop bombing") is a demand,
and evaluative words quoted about an actor's claims ("the French accusations were
'strange and flimsy'") are a rejection of that actor.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from . import lexicon

ACTOR_TYPES = ("person", "organization", "country", "group")
OBLIGATION = {("have", "to"), ("must", None), ("should", None), ("ought", "to")}


@lru_cache(maxsize=None)
def cues() -> dict[tuple[str, str], dict]:
    return {(row["lemma"], row["pos"]): row for row in lexicon.read_table("stance_cues.csv")}


@lru_cache(maxsize=None)
def evaluative() -> dict[str, int]:
    return {row["word"]: int(row["polarity"]) for row in lexicon.read_table("evaluative.csv")}


def _negated(tok: Token) -> bool:
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ in ("xcomp", "acomp") and any(c.dep_ == "neg" for c in head.children)


def _with_conjuncts(tok: Token | None) -> list[Token]:
    if tok is None:
        return []
    return [tok] + [c for c in tok.conjuncts if c.i > tok.i]


def _subject_of(verb: Token) -> Token | None:
    from .quotes import _subject

    return _subject(verb)


def _prep_object(tok: Token, preps=("of", "against", "toward", "towards", "on", "over")) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


class _Resolver:
    def __init__(self, index):
        self.index = index

    def __call__(self, tok: Token | None):
        """The actor mention a noun phrase stands for, or None (places do not act)."""
        if tok is None or self.index is None:
            return None
        m = self.index.resolve_token(tok)
        if m is None and tok.pos_ == "PRON" and tok.lower_ in ("he", "she", "they", "it"):
            m = self.index.covering(tok.idx, tok.idx + len(tok))
        if m is None:
            return None
        if m.actor.actor_type == "place":
            return None
        return m


def extract_stances(doc: Doc, index=None, *, article_id: str = "text", sent_ids=None, quotes=(), layout=None):
    """Yield one record per directed stance, named like the ``stances`` table's columns."""
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    resolve = _Resolver(index)
    table = cues()
    seen: set[tuple] = set()
    body_ok = (lambda off: layout.part_at(off) == "body") if layout is not None else (lambda off: True)

    def emit(src_m, tgt_m, cue: Token, row, evidence_tok: Token, quote_id=None, cue_text=None):
        if src_m is None or tgt_m is None or src_m.actor.key == tgt_m.actor.key:
            return None
        key = (src_m.actor.key, tgt_m.actor.key, cue.i)
        if key in seen:
            return None
        seen.add(key)
        sent = evidence_tok.sent
        return {
            "article_id": article_id, "sent_id": sent_ids.get(sent.start, -1),
            "source": src_m.actor.name, "source_id": src_m.actor.key, "source_country": _country(src_m.actor),
            "target": tgt_m.actor.name, "target_id": tgt_m.actor.key, "target_country": _country(tgt_m.actor),
            "kind": row["kind"], "polarity": int(row["polarity"]), "cameo": row["cameo"],
            "cue": cue_text or cue.text, "evidence": sent.text.strip(), "start": sent.start_char,
            "end": sent.start_char + len(sent.text.rstrip()),
            "source_start": src_m.start, "source_end": src_m.end,
            "target_start": tgt_m.start, "target_end": tgt_m.end, "quote_id": quote_id,
        }

    out = []
    for tok in doc:
        if not body_ok(tok.idx):
            continue
        pos = "VERB" if tok.pos_ in ("VERB", "AUX") else tok.pos_
        row = table.get((tok.lemma_.lower(), pos))
        if row is None or _negated(tok):
            continue
        pairs: list[tuple[Token | None, Token | None]] = []
        if pos == "VERB":
            passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
            if passive:
                target = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
                agent = next((c for c in tok.children if c.dep_ == "agent"), None)
                source = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            else:
                source = _subject_of(tok)
                target = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None)
                if target is None:
                    target = _prep_object(tok, ("on", "for", "against", "of"))
                if tok.lemma_ in ("welcome", "reject", "dismiss", "deny", "praise", "criticize", "criticise",
                                  "condemn") and target is not None and resolve(target) is None:
                    # 'rejected Russia's claims': the owner of what is criticized
                    owner = next((c for c in target.children if c.dep_ in ("poss", "amod", "compound")), None)
                    target = owner or target
            for s in _with_conjuncts(source):
                for t in _with_conjuncts(target):
                    pairs.append((s, t))
        elif pos == "NOUN":
            owner = next((c for c in tok.children if c.dep_ in ("poss", "amod", "compound") and c.i < tok.i), None)
            source = owner
            if source is None and tok.dep_ in ("dobj", "obj"):
                source = _subject_of(tok.head)
            target = _prep_object(tok)
            pairs.append((source, target))
        elif pos == "ADJ":
            head = tok.head if tok.dep_ in ("acomp", "amod", "attr") else tok
            source = _subject_of(head) if tok.dep_ == "acomp" else (head if tok.dep_ == "amod" else None)
            target = _prep_object(tok) or _prep_object(head, ("of",))
            for s in _with_conjuncts(source):
                pairs.append((s, target))
        for s, t in pairs:
            rec = emit(resolve(s), resolve(t), tok, row, tok)
            if rec:
                out.append(rec)
    out += _reported(doc, resolve, quotes, emit)
    return out


def _country(actor) -> str | None:
    return actor.country


def _reported(doc: Doc, resolve, quotes, emit) -> list[dict]:
    """Stances carried by reported speech and quotes (see module docstring)."""
    out = []
    demand = {"kind": "demand", "polarity": -1, "cameo": "100"}
    reject = {"kind": "reject", "polarity": -1, "cameo": "120"}
    criticize = {"kind": "criticize", "polarity": -1, "cameo": "111"}
    words = evaluative()
    for q in quotes:
        if q.get("speaker_start") is None:
            continue
        speaker = resolve.index.covering(q["speaker_start"], q["speaker_end"]) if resolve.index else None
        if speaker is None or speaker.actor.actor_type == "place":
            continue
        span = doc.char_span(q["start"], q["end"], alignment_mode="expand")
        if span is None:
            continue
        cue_tok = doc.char_span(q["cue_start"], q["cue_end"], alignment_mode="expand")[0] if q.get("cue_start") is not None else span[0]
        if q["kind"] == "indirect":
            # an obligation laid on an actor: 'Moscow had to immediately stop bombing civilians'
            for tok in span:
                nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
                if (tok.lemma_, nxt.lower_ if nxt is not None else None) in OBLIGATION or (tok.lemma_, None) in OBLIGATION:
                    subj = _subject_of(tok)
                    rec = emit(speaker, resolve(subj), cue_tok, demand, cue_tok, q["quote_id"], cue_text=f"{q['cue']} … {tok.text}")
                    if rec:
                        out.append(rec)
        # evaluative words about an actor's claims: a rejection of (or criticism of) that actor
        # 'propaganda center' names a thing; 'propaganda' as a predicate or object judges one
        neg = [t for t in span if words.get(t.lower_, 0) < 0 and t.dep_ != "compound"]
        if not neg:
            continue
        targets = []
        clause = span.root
        for anchor in {clause, clause.head}:
            subj = _subject_of(anchor) if anchor.pos_ in ("VERB", "AUX") else None
            if subj is not None and subj.i < span.start:
                targets.append((subj, reject if subj.lemma_ in ("accusation", "claim", "allegation", "charge") else criticize))
        for m in resolve.index.within(q["start"], q["end"]) if resolve.index else []:
            if m.actor.actor_type in ("country", "organization", "person") and m.actor.key != speaker.actor.key:
                tok = doc.char_span(m.start, m.end, alignment_mode="expand")
                if tok is not None:
                    targets.append((tok.root, criticize))
        for t, row in targets:
            rec = emit(speaker, resolve(t), cue_tok, row, span[0], q["quote_id"], cue_text=neg[0].text)
            if rec:
                out.append(rec)
    return out
