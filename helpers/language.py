"""Which language an article is written in, so a non-English one can be flagged.

The pipeline is English; an article in another language is still parsed as far as the
English model goes, and ``articles.language`` tells a reader to treat its rows with care.

Notes
-----
Detection is py3langid (a maintained fork of langid.py, Lui & Baldwin 2012: a naive
Bayes classifier over byte n-grams, 97 languages). It is deterministic (no random
sampling, unlike langdetect), offline, and its model ships inside the package as NumPy
arrays loaded with ``allow_pickle=False``.

>>> detect_language("Le gouvernement a annoncé mercredi une nouvelle loi sur les retraites.")
'fr'
>>> detect_language("OK") is None   # too short to tell
True
"""
from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["detect_language", "SAMPLE_CHARS", "MIN_LETTERS", "MIN_CONFIDENCE"]

#: how much of the text is looked at (the start of a news story is representative)
SAMPLE_CHARS = 5000
#: fewer letters than this: too little text to tell, the language is None
MIN_LETTERS = 20
#: a normalised probability below this: unsure, the language is None
MIN_CONFIDENCE = 0.9

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


@lru_cache(maxsize=1)
def _identifier():
    """The classifier, loaded once (about a second); None when py3langid is not installed."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:  # requirements.txt pins it; without it the language is just unknown
        return None
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detect_language(text: str | None, *, min_confidence: float = MIN_CONFIDENCE) -> str | None:
    """The ISO 639-1 code of the language of ``text`` (``"en"``, ``"fr"``...), or None if unsure.

    None for a text with fewer than ``MIN_LETTERS`` letters, for a best guess below
    ``min_confidence``, for "no linguistic content", and for languages without a
    two-letter code. Never raises.
    """
    if not text:
        return None
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    ident = _identifier()
    if ident is None:
        return None
    try:
        lang, confidence = ident.classify(sample)
    except Exception:  # language is a flag for the reader, never a reason to lose the article
        return None
    if confidence < min_confidence or not re.fullmatch(r"[a-z]{2}", lang or ""):
        return None
    return lang
