"""Quotes and their speakers: direct, partial and indirect (reported) speech.

Method, in the manner of rule-based quote extractors (textacy's ``direct_quotations``,
the Gender Gap Tracker): pair quotation marks, find a speech verb from
``lexicons/speech_verbs.csv`` outside the quoted text in the same sentence, and take its
grammatical subject as the speaker, resolved to a canonical actor through
:mod:`helpers.actors` (names, surnames, pronouns and role nouns).

A quote split around its cue ('"We'll see," Le Drian said. "It is complicated."') is
recorded as two quotes with the same speaker: every row is one contiguous span of text, so
``text[start:end]`` is always the evidence; the second part carries the first part's
speaker (and speaker mention) when it has no cue of its own. Likewise a quotation that goes
on in the next paragraph is one row per paragraph, all with the same speaker.

Not quotes: titles and names in quotation marks (a short run of capitalised words after
'on', 'called', a possessive or an article: 'on CBS's "Face the Nation"'), nicknames
('Marcia "Cia" Price'), markup attribute values ('author="@x"'), and short quoted phrases
with no speech verb (scare quotes). No speaker is invented: every speaker is a span of the
text (a subject, a name next to the cue, a byline, a transcript label), resolved to a
canonical actor when the actor index knows it, else left with ``speaker`` empty.

Measured on PolNeAR dev (``benchmarks/quotes.py``): direct quotes P 98.3 R 92.0 F1 95.0,
speaker accuracy 90.0; indirect P 94.8 R 33.7, speaker 91.5.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Doc, Token

from .doctext import doc_text
from . import lexicon

OPEN_CLOSE = {"\u201c": "\u201d", "\u00ab": "\u00bb", "\u201e": "\u201c"}
CLOSERS = {"\u201d", "\u00bb"}
#: every character that opens or closes a quotation ('' counts as two apostrophes)
QUOTE_MARKS = "\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
#: a short quoted phrase after these words is a name or a title, not speech ('appeared on "This Week"')
TITLE_CUES = {"on", "called", "titled", "entitled", "dubbed", "named", "headlined", "film", "book",
              "show", "programme", "program", "song", "album", "series", "newspaper", "magazine",
              "nicknamed", "so-called", "term", "word", "phrase", "label"}
TITLE_STOPWORDS = {"a", "an", "the", "and", "of", "on", "in", "at", "to", "for", "with", "from", "by", "or",
                   "is", "vs", "de", "la", "le"}
#: words before a capitalised quoted phrase that make it a name or a title ('on "Face the Nation"')
TITLE_PRECEDERS = {"of", "in", "at", "to", "for", "from", "during", "the", "a", "an", "his", "her", "its", "their"}
#: a short quoted word between a name and a surname: a nickname ('Marcia "Cia" Price')
NICKNAME_RE = re.compile(r"[^\S\n][A-Z][a-z]+\b")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
RELATIVE_PRONOUNS = {"who", "that", "which", "whom"}
#: a transcript label opening a quotation: '"PENCE: Well, look, ..."'
LABEL_RE = re.compile(r"([A-Z][A-Z.'\u2019-]+(?:\s[A-Z][A-Z.'\u2019-]+){0,2}):\s")
#: a byline dash after the closing mark: '..." \u2015 Jane Doe'
BYLINE_RE = re.compile(r"[^\S\n]*[\u2015\u2014\u2013][^\S\n]*([A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,4})")
#: a headline that attributes its claim with a colon: 'Pat Holder: Voters Worried About Jobs'
HEADLINE_RE = re.compile(r"[^\S\n]*([A-Z][\w.'\u2019-]*(?:[^\S\n]+[A-Z][\w.'\u2019-]*){0,3}):[^\S\n]+([^\n]+)")
HEADLINE_LABELS = {"Breaking", "Watch", "Update", "Updated", "Exclusive", "Video", "Photos", "Live", "Analysis",
                   "Opinion", "Editorial", "Review", "Correction", "Note", "Editor", "Q", "A", "Poll", "Report"}
#: an inverted cue before a colon: 'Said Ellis:'
INVERTED_RE = re.compile(r"^\s*(Said|Says|Added|Adds|Wrote|Writes|Asked|Asks)\s+([A-Z][^:]{0,60})$")


@lru_cache(maxsize=None)
def speech_lemmas() -> frozenset[str]:
    return frozenset(row["lemma"] for row in lexicon.read_table("speech_verbs.csv"))


#: two apostrophes printed as one double mark, as The New York Times' archive does (''racist,'')
DOUBLED_APOSTROPHE = "''"


def _straight_mark(text: str, i: int) -> int:
    """Width of a straight double quotation mark at ``i``: 1 for '"', 2 for the doubled
    apostrophe ('called the remarks ''racist,'' he said'), 0 for anything else."""
    if text[i] == '"':
        return 1
    return 2 if text.startswith(DOUBLED_APOSTROPHE, i) else 0


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Character spans inside paired quotation marks (the marks excluded).

    Straight quotes (and doubled apostrophes) pair up in order within a paragraph; curly
    quotes pair open with close. A quote left open at the end of a paragraph runs on when the
    next paragraph opens with a quotation mark (the newspaper convention for multi-paragraph
    quotes).
    """
    spans: list[tuple[int, int]] = []
    paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    for p_start, p_end in paragraphs:
        open_at: int | None = None
        i = p_start
        while i < p_end:
            ch, width = text[i], _straight_mark(text, i)
            if width:
                if open_at is None:
                    open_at = i + width - 1
                else:
                    spans.append((open_at + 1, i))
                    open_at = None
                i += width
                continue
            if ch in OPEN_CLOSE and open_at is None:
                open_at = i
            elif ch in CLOSERS and open_at is not None:
                spans.append((open_at + 1, i))
                open_at = None
            i += 1
        if open_at is not None:
            # open at paragraph end: runs on if the next paragraph opens with a mark
            nxt = text[p_end:p_end + 4].lstrip("\n ")
            if nxt[:1] in ('"', "\u201c") or nxt.startswith(DOUBLED_APOSTROPHE):
                spans.append((open_at + 1, p_end))
    # 'author="@someone"': an attribute value in markup, not a quotation
    return [(a, b) for a, b in spans if b > a and not (a >= 2 and text[a - 2] == "=")]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def _is_cue(tok: Token, *, quote: bool = False) -> bool:
    """A speech verb. ``quote=True``: the cue of a quotation, where 'called X "Y"' reports words."""
    if tok.lemma_.lower() not in speech_lemmas() or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_ == "call":
        if any(c.dep_ in ("prep", "prt") and c.text in ("on", "for") for c in tok.children):
            return True
        # 'X called Y "a disgrace"' reports X's words; 'a show called "This Week"' names a title
        return quote and tok.dep_ != "acl" and tok.tag_ != "VBN" and any(c.dep_ in SUBJECT_DEPS for c in tok.children)
    if tok.lemma_ == "point" and not any(c.text == "out" for c in tok.children):
        return False
    return True


def _subject(verb: Token) -> Token | None:
    """The grammatical subject of a speech verb, or who a participle or conjunct reports for."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head  # 'the minister, who said ...': the antecedent
            return child
    # participles and conjuncts inherit a subject: 'Fabius saying ...', 'X said and added ...'
    if verb.dep_ == "conj":
        return _subject(verb.head)
    if verb.tag_ == "VBG" and verb.i > 0 and verb.doc[verb.i - 1].pos_ == "PROPN":
        return verb.doc[verb.i - 1]  # 'footage of Clinton asking, "..."'
    if verb.dep_ in ("acl", "advcl", "pcomp", "xcomp") and verb.head.pos_ in ("PROPN", "NOUN", "PRON") \
            and verb.head.ent_type_ not in ("DATE", "TIME"):
        return verb.head
    if verb.dep_ == "pcomp" and verb.head.pos_ == "ADP" and verb.head.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head.head)  # 'X sings before asking, "..."'
    if verb.dep_ in ("advcl", "xcomp"):
        return _subject(verb.head)
    return None


def _outermost(cue: Token, ok) -> Token:
    """The highest speech verb governing ``cue``: in 'X said that Y called it "Z"' X reports."""
    best = cue
    if cue.tag_ == "VBG" and cue.i > 0 and cue.doc[cue.i - 1].pos_ == "PROPN":
        return cue  # 'footage of Smith saying "..."': Smith speaks, whatever the footage does
    for anc in cue.ancestors:
        if anc.sent.start != cue.sent.start:
            break
        if ok(anc):
            best = anc
    return best


def _name_after(doc: Doc, q_end: int, cue: Token, in_quote) -> tuple[int, int] | None:
    """'"...," Ramos, 58, told AFP': the name right after the closing mark, before the cue."""
    span = doc.char_span(q_end, min(len(doc_text(doc)), q_end + 4), alignment_mode="expand")
    if span is None:
        return None
    i = span[0].i
    while i < cue.i and (doc[i].is_punct or doc[i].is_space or doc[i].lower_ == "the"):
        i += 1
    j = i
    while j < cue.i and not in_quote(doc[j].idx) and (doc[j].pos_ in ("PROPN", "NOUN") or doc[j].text[:1].isupper()) \
            and not doc[j].is_punct:
        j += 1
    if j == i or doc[i].idx - q_end > 6:
        return None
    return doc[i].idx, doc[j - 1].idx + len(doc[j - 1])


def _clause_speaker(quote: "Span", speakers: _Speakers, in_quote):
    """'Moore thanked him for "stepping up"': a quote inside a clause whose subject is a named
    person or organization (a mention of the actor index) is that subject's words."""
    if speakers.index is None:
        return None, None
    head = quote.root
    while head.head.i != head.i and (head.i in range(quote.start, quote.end) or head.pos_ not in ("VERB", "AUX")):
        head = head.head
    if head.i in range(quote.start, quote.end):
        return None, None
    subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and not in_quote(c.idx)), None)
    if subj is None:
        return None, None
    actor, span = speakers.resolve(subj)
    if actor is None or actor.actor_type not in ("person", "organization", "group"):
        return None, None
    return actor, span


def _adjacent_name(cue: Token, in_quote) -> tuple[int, int] | None:
    """The run of capitalised words or nouns right before ('Chief Jo Smith said') or after
    ('said Jo Smith') a cue, outside any quotation."""
    doc = cue.doc

    def namey(t: Token) -> bool:
        return not in_quote(t.idx) and not t.is_punct and not t.is_space and \
            (t.pos_ in ("PROPN", "NOUN") or t.text[:1].isupper()) and t.lower_ not in RELATIVE_PRONOUNS

    i = cue.i - 1
    while i >= cue.sent.start and doc[i].pos_ in ("ADV", "AUX", "PART") and not in_quote(doc[i].idx):
        i -= 1
    if i >= cue.sent.start and namey(doc[i]) or (i >= 0 and doc[i].pos_ == "PRON" and not in_quote(doc[i].idx)
                                                 and doc[i].lower_ not in RELATIVE_PRONOUNS):
        if doc[i].pos_ == "PRON":
            return doc[i].idx, doc[i].idx + len(doc[i])
        j = i
        while j - 1 >= cue.sent.start and namey(doc[j - 1]):
            j -= 1
        return doc[j].idx, doc[i].idx + len(doc[i])
    k = cue.i + 1
    if k < cue.sent.end and namey(doc[k]) and doc[k].pos_ == "PROPN":
        j = k
        while j + 1 < cue.sent.end and namey(doc[j + 1]) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return doc[k].idx, doc[j].idx + len(doc[j])
    return None


def _speaker_span(tok: Token) -> tuple[int, int]:
    """The name around a subject's head token ('Laurent Fabius', 'Maria Zakharova')."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return tok.idx, tok.idx + len(tok)
    doc, i = tok.doc, tok.i
    # the contiguous left part of the noun phrase, stopping at punctuation ('... made public ― Trump')
    while i - 1 >= tok.left_edge.i and not doc[i - 1].is_punct and not doc[i - 1].is_space:
        i -= 1
    while i < tok.i and doc[i].dep_ in ("det", "cc"):
        i += 1
    return doc[i].idx, tok.idx + len(tok)


class _Speakers:
    """Resolve a subject token to a canonical actor, with a memory of the last speakers."""

    def __init__(self, index):
        self.index = index
        self.last = None  # the last resolved speaker of a direct quote
        self.last_end = None  # where that quote's sentence ends

    def resolve(self, tok: Token | None, carry: bool = True):
        if tok is None:
            return None, None
        tok = self._named_holder(tok)
        mention = self.index.resolve_token(tok) if self.index is not None else None
        span = (mention.start, mention.end) if mention is not None and mention.via != "coref" else _speaker_span(tok)
        if tok.pos_ == "PRON" and tok.lower_ in ("he", "she"):
            # 'he said' after a quotation: the last named speaker, when no clearer link exists
            g = self.last.gender if self.last is not None else None
            if self.last is not None and (g is None or g == ("m" if tok.lower_ == "he" else "f")) \
                    and (mention is None or carry and self._still_speaking(tok, mention)):
                if mention is None and (named := self._new_subject(tok)) is not None:
                    return named, span
                return self.last, span
            return (mention.actor if mention else None), span
        if mention is None:
            return None, span
        return mention.actor, span

    def _named_holder(self, tok: Token) -> Token:
        """The person named in apposition to a role that speaks: in "Clinton's campaign chairman,
        John Podesta, said" the chairman, Podesta, speaks, not the role's owner, Clinton; so does
        'the company's chief executive, Jo Smith,'. An unnamed role keeps its own token."""
        if tok.pos_ != "NOUN" or self.index is None:
            return tok
        for name in tok.children:
            if name.dep_ == "appos" and name.pos_ == "PROPN" and name.i > tok.i:
                m = self.index.covering(name.idx, name.idx + len(name))
                if m is not None and m.actor.actor_type == "person":
                    return name
        return tok

    def _new_subject(self, tok: Token):
        """'... Sasse is the senator from Nebraska, and wrote an open letter. "...," he wrote', long after
        the last quote: the person the sentence before names as its subject speaks, not the last
        speaker quoted many sentences earlier (None while that quote ended at most two sentences before)."""
        if self.index is None or self.last_end is None:
            return None
        doc, sent, n = tok.doc, tok.sent, 1
        while sent.start > 0 and doc[sent.start - 1].sent.end_char > self.last_end:
            sent, n = doc[sent.start - 1].sent, n + 1
            if n > 3:
                break
        if n <= 3:
            return None
        prev = doc[tok.sent.start - 1].sent if tok.sent.start > 0 else None
        if prev is None:
            return None
        gender = "m" if tok.lower_ == "he" else "f"
        found = None
        for m in self.index.within(prev.start_char, prev.end_char):
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if m.actor.actor_type == "person" and m.via != "coref" and span is not None \
                    and span.root.dep_ in ("nsubj", "nsubjpass") and m.actor.gender in (None, gender):
                if found is not None and found.key != m.actor.key:
                    return None  # two people of the sentence before: no guess
                found = m.actor
        return found

    def _still_speaking(self, tok: Token, mention) -> bool:
        """'"...," Tobias said. But what if Clinton wins, with nominees more liberal than Obama's?
        "Hillary should ...," he said': the last speaker goes on, when the person the pronoun was
        linked to is named since only outside a subject (a comparison, an object) and the last
        quote ended at most two sentences before."""
        if self.last_end is None or mention.actor.key == self.last.key:
            return False
        doc, sent, n = tok.doc, tok.sent, 1
        while sent.start > 0 and doc[sent.start - 1].sent.end_char > self.last_end:
            sent, n = doc[sent.start - 1].sent, n + 1  # (walk back, not over every sentence of the article)
            if n > 3:
                return False  # the last quote ended more than two sentences before the pronoun's
        for m in self.index.within(self.last_end, tok.idx):
            if m.actor.key != mention.actor.key:
                continue
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None or m.start >= tok.sent.start_char or span.root.dep_ in ("nsubj", "nsubjpass") \
                    or span.root.dep_ == "poss" and span.root.head.dep_ in ("nsubj", "nsubjpass"):
                return False  # 'Obama spoke in Ohio. "...," he said': the new subject speaks; so does one
                # named in the pronoun's own sentence ("Oz's advice earned him ... for saying '...'")
        return True

    def resolve_span(self, start: int, end: int):
        """A speaker named by characters ('― Jane Doe' after a quote, 'SMITH:' in a transcript)."""
        m = self.index.covering(start, end) if self.index is not None else None
        if m is not None and min(end, m.end) - max(start, m.start) >= (m.end - m.start) / 2:
            return m.actor, (start, end)
        return None, (start, end)


def _colon_speaker(doc: Doc, text: str, q_start: int, speakers: _Speakers, in_quote):
    """'Smith said: "..."', 'The newspaper reports:' (also across a paragraph break)."""
    i = q_start - 2
    while i >= 0 and text[i].isspace():
        i -= 1
    if i < 0 or text[i] != ":":
        return None
    colon = doc.char_span(i, i + 1, alignment_mode="expand")
    if colon is None:
        return None
    sent = colon[0].sent
    m = INVERTED_RE.search(text[sent.start_char:i])
    if m:  # 'Said Ellis:'
        s, e = sent.start_char + m.start(2), sent.start_char + m.end(2)
        return speakers.resolve_span(s, e) + (None,)
    ok = lambda t: t.i < colon[0].i and not in_quote(t.idx) and _is_cue(t, quote=True)  # noqa: E731
    cues = [t for t in sent if ok(t)]
    if cues:
        cue = _outermost(cues[-1], ok)
        subj = _subject(cue)
        if subj is not None:
            return speakers.resolve(subj) + (cue,)
    root = sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and root.i < colon[0].i and subj.lower_ not in RELATIVE_PRONOUNS:
        return speakers.resolve(subj) + (None,)
    owner = _before_colon(colon[0])
    return None if owner is None else speakers.resolve(owner) + (None,)


@lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    """Nouns for words someone put out: 'post', 'statement', 'letter' (lexicons/statement_nouns.txt)."""
    return frozenset(lexicon.read_list("statement_nouns.txt"))


def _before_colon(colon: Token) -> Token | None:
    """Who speaks through a colon when the parser made the quotation the sentence's root: the
    subject of the clause the colon closes ('Ted Cruz spoke in an interview on Tuesday: "..."'),
    or the owner of a statement noun before it ('From Jeb Bush's Facebook post: "..."'). The
    subject is a name or 'he'/'she': "Obama's first questioners ranged from skeptical to hostile:"
    is not Obama speaking; an owner of something else is no speaker ('From Bush's home state:')."""
    head = colon.head
    if head.i < colon.i and head.pos_ in ("VERB", "AUX") and head.dep_ != "ROOT":
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is not None and (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")):
            return subj  # not a noun, which may speak for its owner: "Obama's questioners ranged from X to Y:"
    sent = colon.sent
    noun = next((t for t in reversed(sent[:colon.i - sent.start]) if t.pos_ in ("NOUN", "PROPN")), None)
    if noun is not None and noun.lemma_.lower() in statement_nouns():
        return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    return None


def extract_quotes(doc: Doc, index=None, *, article_id: str = "text", sent_ids=None, layout=None):
    """Yield one record per quote, named like the ``quotes`` table's columns.

    The speaker of a direct quote, in this order: a transcript label inside it ('SMITH:'),
    a byline dash after it ('" ― Jane Doe'), the subject of its cue (the outermost speech
    verb: 'X said Y called it "Z"' is X's report), the clause that introduces it with a
    colon, 'according to X' in its sentence, and else the speaker of the sentence just
    before it when the quote opens right after (a quote continued across a sentence or a
    paragraph). With none of these the speaker stays empty.
    """
    text = doc_text(doc)
    if sent_ids is None:
        sent_ids = {s.start: i for i, s in enumerate(doc.sents)}
    body_ok = (lambda off: layout.part_at(off) == "body") if layout is not None else (lambda off: True)
    speakers = _Speakers(index)
    spans = [s for s in quoted_spans(text) if body_ok(s[0])]
    used_cues: set[int] = set()
    records = []
    by_sent: dict[int, tuple] = {}  # sentence start -> (actor, span) of the last quote with a speaker there
    # one flag per character: a look-up per token instead of a scan of every quote (quadratic)
    inside = bytearray(len(text) + 1)
    for a, b in spans:
        inside[a:b] = b"\x01" * (b - a)

    def in_quote(i: int) -> bool:
        return 0 <= i < len(inside) and inside[i] == 1

    def quote_cue(t: Token) -> bool:
        return not in_quote(t.idx) and _is_cue(t, quote=True)

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
        cues = [doc[i] for i in window if quote_cue(doc[i])]
        if not cues and last_sent.end < len(doc):
            nxt = doc[last_sent.end].sent  # '"...," the minister said.' split by the parser
            if len(nxt) <= 8:
                cues = [t for t in nxt if quote_cue(t)]
        cue = min(cues, key=lambda t: min(abs(t.idx - q_end), abs(t.idx - q_start))) if cues else None
        if cue is not None:
            cue = _outermost(cue, quote_cue)
        title_like = _title_like(content, prev_word[0])
        partial = bool(re.search(r"[\w,]\s*$", text[max(0, q_start - 3):q_start - 1])) and \
            not re.search(r"[:,]\s*$", text[max(0, q_start - 3):q_start - 1]) and content[:1].islower() or \
            (n_words <= 6 and cue is not None and cue.idx < q_start and not re.search(r"[:,]\s*$", text[:q_start - 1]))
        label = LABEL_RE.match(content)
        byline = BYLINE_RE.match(text, q_end + 1) if q_end < len(text) else None
        actor = span = None
        if label:
            actor, span = speakers.resolve_span(c_start + label.start(1), c_start + label.end(1))
        elif byline:
            b_end = byline.end(1) - (1 if byline.group(1).endswith(".") and len(byline.group(1).split()[-1]) > 2 else 0)
            actor, span = speakers.resolve_span(byline.start(1), b_end)
        if cue is None and span is None:
            if title_like or n_words < 4:
                continue  # a title, a name or a scare quote: no speech here
            found = _colon_speaker(doc, text, q_start, speakers, in_quote)
            if found is not None:
                actor, span, cue = found
            else:
                actor, span = _according_to(sent, speakers, in_quote)
            if span is None:
                actor, span = _previous_speaker(doc, text, sent, q_start, by_sent, speakers, quote_cue)
            if span is None:
                actor, span = _clause_speaker(first, speakers, in_quote)
            kind = "direct"
        else:
            if title_like and (prev_word[0] in TITLE_CUES or prev_word[0] in TITLE_PRECEDERS
                               or re.search(r"['\u2019]s\s*$", before) or NICKNAME_RE.match(text, q_end + 1)):
                continue  # 'told CNN's "State of the Union"', 'during a "Town Hall"', 'Marcia "Cia" Price'
            if span is None:
                subj = _subject(cue)
                if subj is None or in_quote(subj.idx):
                    # '"...," Tulsa police Chief Jo Smith said': the parser took a quoted word for the subject
                    near = (_name_after(doc, q_end, cue, in_quote) if cue.idx > q_end else None) or _adjacent_name(cue, in_quote)
                    actor, span = speakers.resolve_span(*near) if near else (None, None)
                else:
                    actor, span = speakers.resolve(subj)
            kind = "partial" if partial else "direct"
        rec = _record(article_id, sent_ids, sent, kind, c_start, c_end, content, actor, span, cue)
        records.append(rec)
        if cue is not None:
            used_cues.add(cue.i)
        if kind == "direct" and actor is not None:
            speakers.last, speakers.last_end = actor, sent.end_char
        if span is not None:
            by_sent[last_sent.start] = (actor, span)

    floor = layout.dateline_span[1] if layout is not None and layout.dateline_span else 0
    headline = _headline_colon(doc, speakers, article_id, sent_ids)
    if headline is not None and not any(r["start"] < headline["end"] and headline["start"] < r["end"] for r in records):
        records.append(headline)
    records += list(_indirect(doc, speakers, in_quote, used_cues, article_id, sent_ids, body_ok, floor))
    records.sort(key=lambda r: r["start"])
    for i, rec in enumerate(records):
        rec["quote_id"] = i
    return records


def _headline_colon(doc: Doc, speakers: _Speakers, article_id, sent_ids):
    """'Pat Holder: Voters Worried About Jobs' as the first line: the name's claim, indirect."""
    text = doc_text(doc)
    m = HEADLINE_RE.match(text)
    if m is None or len(m.group(2).split()) > 25:
        return None
    name = m.group(1)
    if name.isupper() or name.split()[0] in HEADLINE_LABELS:
        return None  # 'BREAKING: ...', 'Watch: ...'
    actor, span = speakers.resolve_span(m.start(1), m.end(1))
    if actor is None and len(name.split()) < 2:
        return None  # one capitalised word that names no actor ('Poll:', 'Update:')
    start, end = _trim(text, m.start(2), m.end(2))
    while end > start and text[end - 1] in ".":
        end -= 1
    colon = doc.char_span(m.end(1), m.end(1) + 1, alignment_mode="expand")
    if colon is None or end - start < 8:
        return None
    rec = _record(article_id, sent_ids, colon[0].sent, "indirect", start, end, text[start:end], actor, span, colon[0])
    return rec


def _title_like(content: str, prev_word: str) -> bool:
    """A short run of capitalised words ('Face the Nation', 'Fox and Friends.'): a title, not speech."""
    words = re.findall(r"[\w'\u2019-]+", content)
    if not words or len(words) > 6:
        return False
    if len(words) <= 4 and prev_word in TITLE_CUES:
        return True
    content_words = [w for w in words if w.lower() not in TITLE_STOPWORDS]
    return bool(content_words) and all(w[:1].isupper() or w[:1].isdigit() for w in content_words)


def _according_to(sent, speakers: _Speakers, in_quote):
    for tok in sent:
        if tok.lower_ == "according" and tok.i + 1 < sent.end and tok.doc[tok.i + 1].lower_ == "to" \
                and not in_quote(tok.idx):
            pobj = [c for c in tok.doc[tok.i + 1].children if c.dep_ == "pobj"]
            if pobj:
                return speakers.resolve(pobj[0])
    return None, None


def _previous_speaker(doc, text, sent, q_start, by_sent, speakers: _Speakers, quote_cue):
    """The speaker of the sentence just before a quote that opens right after it."""
    if sent.start == 0:
        return None, None
    prev = doc[sent.start - 1].sent
    while prev.start > 0 and not prev.text.strip():
        prev = doc[prev.start - 1].sent
    if text[prev.end_char:q_start].strip(QUOTE_MARKS + " \t\r\n"):
        return None, None  # other words come between (not the opening mark, one character or two): not a continuation
    if prev.start in by_sent:
        return by_sent[prev.start]
    cues = [t for t in prev if quote_cue(t)]
    for cue in reversed(cues):
        cue = _outermost(cue, quote_cue)
        subj = _subject(cue)
        if subj is not None and subj.lower_ not in ("it", "they", "this", "that"):
            return speakers.resolve(subj)
    return None, None


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
        rec.update(speaker_text=doc_text(sent.doc)[s:e], speaker_start=s, speaker_end=e)
    return rec


def _indirect(doc, speakers, in_quote, used_cues, article_id, sent_ids, body_ok, floor=0):
    """Reported speech: a speech verb with a clausal complement, and 'according to X'."""
    text = doc_text(doc)
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
            actor, subj_tok = speakers.resolve(subj, carry=False)  # (reported speech: no quote goes on)
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
            actor, subj_tok = speakers.resolve(pobj[0], carry=False)
            yield _record(article_id, sent_ids, sent, "indirect", start, end, text[start:end], actor, subj_tok, tok)
