"""Quotes and their speakers: direct, partial and indirect (reported) speech.

Method, in the manner of rule-based quote extractors (textacy's ``direct_quotations``,
the Gender Gap Tracker): pair quotation marks, find a speech verb from
``lexicons/speech_verbs.csv`` outside the quoted text in the same sentence, and take its
grammatical subject as the speaker, resolved to a canonical actor through
:mod:`helpers.actors` (names, surnames, pronouns and role nouns).

A quote split around its cue ('"We'll see," Le Drian said. "It is complicated."') is
recorded as two quotes with the same speaker: every row is one contiguous span of text.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from . import lexicon

OPEN_CLOSE = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
CLOSERS = {"\u201d", "\u00bb"}
#: a short quoted phrase after these words is a name or a title, not speech ('appeared on "This Week"')
TITLE_CUES = {"on", "called", "titled", "entitled", "dubbed", "named", "headlined", "film", "book",
              "show", "programme", "program", "song", "album", "series", "newspaper", "magazine",
              "nicknamed", "so-called", "term", "word", "phrase", "label"}
SUBJECT_DEPS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=None)
def speech_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon.read_table("speech_verbs.csv"))


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside paired quotation marks (the marks excluded).

    Straight quotes pair up in order within a paragraph; curly quotes pair open with
    close. A quote left open at the end of a paragraph runs on when the next paragraph
    opens with a quotation mark (the newspaper convention for multi-paragraph quotes).
    """
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    carry: int | None = None
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch == '"':
                if open_at is None:
                    open_at = i
                else:
                    spans.append((open_at + 1, i))
                    open_at = None
            elif ch in OPEN_CLOSE and open_at is None:
                open_at = i
            elif ch in CLOSERS and open_at is not None:
                spans.append((open_at + 1, i))
                open_at = None
        if carry is not None and spans and spans[-1][0] > carry:
            pass
        if open_at is not None:
            # open at paragraph end: runs on if the next paragraph opens with a mark
            nxt = text[p_end:p_end + 4].lstrip("\n ")
            if nxt[:1] in ('"', "\u201c"):
                spans.append((open_at + 1, p_end))
            carry = open_at
    return [(a, b) for a, b in spans if b > a]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _is_cue(tok: Token) -> bool:
    if tok.lemma_.lower() not in speech_lemmas() or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_ == "call" and not any(c.dep_ in ("prep", "prt") and c.text in ("on", "for") for c in tok.children):
        return False
    if tok.lemma_ == "point" and not any(c.text == "out" for c in tok.children):
        return False
    return True


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    # 'according to X'
    # participles and conjuncts inherit a subject: 'Fabius saying ...', 'X said and added ...'
    if verb.dep_ == "conj":
        return _subject(verb.head)
    if verb.dep_ in ("acl", "advcl", "pcomp", "xcomp") and verb.head.pos_ in ("PROPN", "NOUN", "PRON"):
        return verb.head
    if verb.dep_ in ("advcl", "xcomp"):
        return _subject(verb.head)
    return None


def _speaker_span(tok: Token) -> tuple[int, int]:
    """The name around a subject's head token ('Laurent Fabius', 'Maria Zakharova')."""
    left = tok.left_edge if tok.pos_ in ("NOUN", "PROPN") else tok
    while left.i < tok.i and (left.is_punct or left.dep_ in ("det", "cc")):
        left = left.doc[left.i + 1]
    return left.idx, tok.idx + len(tok)


class _Speakers:
    """Resolve a subject token to a canonical actor, with a memory of the last speakers."""

    def __init__(self, index):
        self.index = index
        self.last = None  # the last resolved speaker of a direct quote

    def resolve(self, tok: Token | None):
        if tok is None:
            return None, None
        mention = self.index.resolve_token(tok) if self.index is not None else None
        span = (mention.start, mention.end) if mention is not None and mention.via != "coref" else _speaker_span(tok)
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she"):
            # 'he said' after a quotation: the last named speaker, when no clearer link exists
            if mention is None and self.last is not None:
                g = self.last.gender
                if g is None or g == ("m" if tok.lower_ == "he" else "f"):
                    return self.last, span
            return (mention.actor if mention else None), span
        if mention is None:
            return None, span
        return mention.actor, span


def extract_quotes(doc: Doc, index=None, *, article_id: str = "text", sent_ids=None, layout=None):
    """Yield one record per quote, named like the ``quotes`` table's columns."""
    text = doc.text
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    body_ok = (lambda off: layout.part_at(off) == "body") if layout is not None else (lambda off: True)
    speakers = _Speakers(index)
    spans = [s for s in quoted_spans(text) if body_ok(s[0])]
    used_cues: set[int] = set()
    records = []
    prev = None  # (record, speaker actor, paragraph end) of the previous direct quote
    inside = spans

    def in_quote(i: int) -> bool:
        return any(a <= i < b for a, b in inside)

    for q_start, q_end in spans:
        c_start, c_end = _trim(text, q_start, q_end)
        content = text[c_start:c_end]
        n_words = len(content.split())
        first = doc.char_span(q_start, q_end, alignment_mode="expand")
        if first is None or not content:
            continue
        sent = first[0].sent
        last_sent = first[-1].sent
        before = text[max(0, q_start - 40):q_start - 1]
        prev_word = re.findall(r"[\w-]+", before.lower())[-1:] or [""]
        # cue: a speech verb outside the quote, in the sentences the quote touches
        window = range(sent.start, last_sent.end)
        cues = [doc[i] for i in window if not in_quote(doc[i].idx) and _is_cue(doc[i])]
        if not cues and last_sent.end < len(doc):
            nxt = doc[last_sent.end].sent  # '"...," the minister said.' split by the parser
            if len(nxt) <= 8:
                cues = [t for t in nxt if _is_cue(t) and not in_quote(t.idx)]
        cue = min(cues, key=lambda t: min(abs(t.idx - q_end), abs(t.idx - q_start))) if cues else None
        is_title_like = n_words <= 4 and (prev_word[0] in TITLE_CUES or all(w[:1].isupper() for w in content.split()))
        partial = bool(re.search(r"[\w,]\s*$", text[max(0, q_start - 3):q_start - 1])) and \
            not re.search(r"[:,]\s*$", text[max(0, q_start - 3):q_start - 1]) and content[:1].islower() or \
            (n_words <= 6 and cue is not None and cue.idx < q_start and not re.search(r"[:,]\s*$", text[:q_start - 1]))
        if cue is None:
            if is_title_like or n_words < 4:
                continue  # a title, a name or a scare quote: no speech here
            speaker = None
            if prev is not None and prev[2] >= sent.start_char - 2 and prev[1] is not None:
                speaker = prev[1]  # the same speaker goes on
            rec = _record(article_id, sent_ids, sent, "direct", c_start, c_end, content, speaker, None, None)
            records.append(rec)
            prev = (rec, speaker, last_sent.end_char)
            continue
        if is_title_like and prev_word[0] in TITLE_CUES:
            continue
        subj = _subject(cue)
        actor, subj_tok = speakers.resolve(subj)
        kind = "partial" if partial else "direct"
        rec = _record(article_id, sent_ids, sent, kind, c_start, c_end, content, actor, subj_tok, cue)
        records.append(rec)
        used_cues.add(cue.i)
        if kind == "direct":
            if actor is not None:
                speakers.last = actor
            prev = (rec, actor, last_sent.end_char)

    floor = layout.dateline_span[1] if layout is not None and layout.dateline_span else 0
    records += list(_indirect(doc, speakers, in_quote, used_cues, article_id, sent_ids, body_ok, floor))
    records.sort(key=lambda r: r["start"])
    for i, rec in enumerate(records):
        rec["quote_id"] = i
    return records


def _record(article_id, sent_ids, sent, kind, start, end, content, actor, subj_tok, cue):
    rec = {
        "article_id": article_id, "quote_id": -1, "sent_id": sent_ids.get(sent.start, -1), "kind": kind,
        "text": content, "start": start, "end": end,
        "speaker": actor.name if actor is not None else None,
        "speaker_id": actor.key if actor is not None else None,
        "speaker_text": None, "speaker_start": None, "speaker_end": None,
        "cue": cue.text if cue is not None else None,
        "cue_start": cue.idx if cue is not None else None,
        "cue_end": cue.idx + len(cue) if cue is not None else None,
    }
    if subj_tok is not None:
        s, e = subj_tok
        rec.update(speaker_text=sent.doc.text[s:e], speaker_start=s, speaker_end=e)
    return rec


def _indirect(doc, speakers, in_quote, used_cues, article_id, sent_ids, body_ok, floor=0):
    """Reported speech: a speech verb with a clausal complement, and 'according to X'."""
    text = doc.text
    for tok in doc:
        if tok.i in used_cues or in_quote(tok.idx) or not body_ok(tok.idx):
            continue
        if _is_cue(tok):
            comp = [c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")]
            if not comp:
                continue
            clause = comp[0]
            left = clause.left_edge
            # drop a complementiser: 'said that ...'
            if left.lower_ == "that" and left.dep_ == "mark":
                left = doc[left.i + 1]
            right = clause.right_edge
            start, end = left.idx, right.idx + len(right)
            start = max(start, floor) if start < floor <= end else start  # not the dateline
            start, end = _trim(text, start, end)
            while end > start and text[end - 1] in ".\"\u201d":
                end -= 1
            if end - start < 8 or any(in_quote(i) for i in (start, end - 1)) or '"' in text[start:end]:
                continue
            subj = _subject(tok)
            if subj is None:
                continue
            actor, subj_tok = speakers.resolve(subj)
            yield _record(article_id, sent_ids, tok.sent, "indirect", start, end, text[start:end], actor, subj_tok, tok)
        elif tok.lower_ == "according" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = [c for c in doc[tok.i + 1].children if c.dep_ == "pobj"]
            if not pobj:
                continue
            sent = tok.sent
            phrase_end = pobj[0].right_edge.i + 1
            if tok.i > sent.start + 2:
                start, end = sent.start_char, tok.idx
            else:
                start, end = doc[min(phrase_end, sent.end - 1)].idx, sent.end_char
            start, end = _trim(text, start, end)
            while end > start and text[end - 1] in ".":
                end -= 1
            if end - start < 8 or in_quote(start):
                continue
            actor, subj_tok = speakers.resolve(pobj[0])
            yield _record(article_id, sent_ids, sent, "indirect", start, end, text[start:end], actor, subj_tok, tok)
