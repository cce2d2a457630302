"""The text of a spaCy ``Doc``, computed once.

``Doc.text`` joins every token each time it is read, so reading it once per quote or per
date makes extraction quadratic in the article's length. Extractors read it through
:func:`doc_text`, which keeps it in ``doc.user_data``.
"""
from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    text = doc.user_data.get("doc_text")
    if text is None:
        text = doc.user_data["doc_text"] = doc.text
    return text
