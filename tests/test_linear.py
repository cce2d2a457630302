"""Linear cost: sentence starts set in one pass, long texts parsed in bounded chunks."""
from __future__ import annotations

import time

import pytest

from helpers import analyze_text, load_pipeline
from helpers import nlp as nlpmod
from helpers.articles import detect_layout
from helpers.reading import Source

# a wire story written for this test: title, caption with a photo credit, dateline, body
# paragraphs (one with two spaces and a trailing space), credits
STORY = (
    "Harbour strike enters second week\n\n"
    "Dock workers march past the port gates in Valmont on March 3, 2021. REUTERS/Ana Ruiz\n\n"
    "VALMONT (Reuters) - Dock workers in Valmont extended their strike on Tuesday, union leader "
    "Marta Lenz said, after talks with the port authority broke down.  The union wants a 6 percent raise. \n\n"
    "\"We will stay out until they listen,\" Lenz told reporters outside the gates.\n\n"
    "The port authority said in a statement that the offer of 3 percent was final.\n"
    "Shipping lines have begun diverting vessels to Corvo.\n\n"
    "(Reporting by Ana Ruiz; Editing by Tom Hale)"
)


def _reference_starts(text: str, boundaries) -> list:
    """What make_doc did before: one token at a time (the behaviour to keep)."""
    doc = load_pipeline().make_doc(text)
    for tok in doc:
        tok.is_sent_start = None if tok.i else True
    for offset in sorted(set(boundaries)):
        span = doc.char_span(offset, offset + 1, alignment_mode="expand")
        if not span:
            continue
        first = span[0]
        while first.is_space and first.i + 1 < len(doc):
            first = doc[first.i + 1]
        first.is_sent_start = True
    return [t.is_sent_start for t in doc]


def _layout_boundaries() -> list[int]:
    return detect_layout(Source(article_id="s", path="s.txt", text=STORY)).boundaries


def _whitespace_offsets() -> list[int]:
    doc = load_pipeline().make_doc(STORY)
    on_space_tokens = [t.idx for t in doc if t.is_space]
    trailing = [t.idx + len(t) for t in doc if t.whitespace_]  # the space after a token: no token
    return on_space_tokens + trailing


@pytest.mark.parametrize("name, boundaries", [
    ("layout", _layout_boundaries),
    ("layout + whitespace offsets", lambda: _layout_boundaries() + _whitespace_offsets()),
    ("mid-word, end of text, repeats", lambda: [0, 3, 3, 40, len(STORY) - 1, len(STORY), len(STORY) + 5]),
    ("every offset", lambda: list(range(len(STORY)))),
])
def test_one_pass_sentence_starts_match_token_by_token(name, boundaries):
    offsets = boundaries()
    doc = nlpmod.make_doc(STORY, offsets)
    assert [t.is_sent_start for t in doc] == _reference_starts(STORY, offsets)


def test_layout_boundaries_cover_title_caption_credits():
    offsets = _layout_boundaries()
    doc = nlpmod.make_doc(STORY, offsets)
    starts = {t.idx for t in doc if t.is_sent_start}
    for part in ("Dock workers march", "VALMONT", "\"We will stay", "(Reporting by"):
        assert STORY.index(part) in starts, part
    # and the parse keeps them: every part starts a sentence of the analysed article
    sents = analyze_text(STORY).sentences
    assert {"title", "caption", "body", "credits"} <= set(sents["part"])
    for part in ("Dock workers march", "VALMONT", "(Reporting by"):
        assert STORY.index(part) in set(sents["start"]), part


def test_trailing_whitespace_and_whitespace_only_text():
    assert [t.is_sent_start for t in nlpmod.make_doc("  \n\n ", [0, 2])] == _reference_starts("  \n\n ", [0, 2])
    assert len(nlpmod.make_doc("", [0])) == 0


def test_make_doc_grows_linearly():
    """Sentence starts on 8x the text cost about 8x, not 64x (a quadratic loop took 10 s
    on 22k tokens)."""
    para = "The council met on Monday and agreed the budget, the mayor said.\n\n"

    def cost(n):
        text = para * n
        offsets = list(range(0, len(text), len(para)))
        best = float("inf")
        for _ in range(5):
            start = time.perf_counter()
            nlpmod.make_doc(text, offsets)
            best = min(best, time.perf_counter() - start)
        return best

    cost(10)
    small, big = cost(300), cost(2400)
    assert big / small < 24, (small, big)  # quadratic: 64


def test_long_text_chunks_stay_near_chunk_chars():
    text = ("A short paragraph about the harbour strike and the talks.\n\n" * 9000)
    starts = [i for i in range(0, len(text), 59)]
    spans = nlpmod.chunk_spans(text, starts, nlpmod.chunk_limit(load_pipeline()))
    assert len(text) > 2 * nlpmod.CHUNK_CHARS
    assert all(e - s <= nlpmod.CHUNK_CHARS for s, e in spans)
    assert all(e - s > nlpmod.CHUNK_CHARS * 0.9 for s, e in spans[:-1])
    assert load_pipeline().max_length >= nlpmod.CHUNK_CHARS
