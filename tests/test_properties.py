"""Property-based tests (hypothesis): odd articles never raise and never break the offset contract.

The contract (DESIGN.md): every span is a pair of character offsets into ``articles.text``
of the same article, so ``text[start:end]`` is the evidence a row records.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers.articles import detect_layout, resolve_published
from helpers.reading import SUFFIXES, ReadError, Source, decode_bytes, normalise_newlines, read_file

# ----------------------------------------------------------------------------- generated articles

NAMES = ["Angela Merkel", "Jean-Yves Le Drian", "Barack Obama", "the United Nations", "Reuters", "France",
         "Ana Lima", "O'Brien", "Jos\u00e9 \u00d1\u00fa\u00f1ez", "Zo\u00eb Kravitz", "Mr. Smith", "the White House",
         "Saudi Arabia's foreign minister", "Hezbollah", "Vladimir Putin", "Islamic State", "BERLIN (Reuters) -"]
VERBS = ["said", "told reporters", "criticized", "accused", "praised", "denied", "warned", "rejected",
         "according to", "said on Twitter", "condemned", "demanded that"]
DATES = ["on Monday", "on January 7, 2016", "2016-01-07", "last year", "in March", "next week", "at 3 p.m.",
         "for four years", "every Tuesday", "Jan. 7", "the 1990s", "yesterday", "31/02/2016", "in 20161"]
MARKS = ['"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", '""', '"\u201c', "(", ")", "-", "\u2014"]
SPACES = [" ", "  ", "\t", "\u00a0", "\u2003", "\n", "\r", "\r\n", "\n\n", "\n\n\n", "\u200b", " \n \n", "\r\r"]
ODD = ["\u00e9", "\u6f22\u5b57", "\U0001f642", "e\u0301", "\u202e", "\u03a9", "\ufeff", "\x0c", "\u2028",
       "\x00", "\ufffd", "&amp;", "<script>alert(1)</script>", "<p>", "---", "(Reporting by Anna Berg)"]
WORDS = ["the", "minister", "government", "plan", "was", "not", "good", "we", "will", "never", "stop", "it",
         "is", "complicated", "and", ".", ",", ":", "?", "!", "...", "U.S.", "5%", "$1.3 billion"]

piece = st.one_of(
    st.sampled_from(NAMES + VERBS + DATES + MARKS + SPACES + ODD + WORDS),
    st.text(max_size=8),  # anything at all, now and then
)
quote_open = st.sampled_from(['"', "\u201c", "\u2018", "'", "\u00ab", ""])
quote_close = st.sampled_from(['"', "\u201d", "\u2019", "'", "\u00bb", ""])  # "" leaves a quote unbalanced
clause = st.lists(st.sampled_from(WORDS + NAMES + DATES), min_size=1, max_size=12).map(" ".join)
quoted = st.builds(lambda o, c, q, n, v, d: f"{o}{c}{q} {n} {v} {d}.",
                   quote_open, clause, quote_close, st.sampled_from(NAMES), st.sampled_from(VERBS),
                   st.sampled_from(DATES))
reported = st.builds(lambda n, v, c: f"{n} {v} {c}.", st.sampled_from(NAMES), st.sampled_from(VERBS), clause)
paragraph = st.one_of(quoted, reported, st.lists(piece, max_size=30).map(" ".join),
                      st.lists(st.one_of(quoted, reported), min_size=1, max_size=4).map(" ".join))
separator = st.sampled_from(["\n\n", "\r\n\r\n", "\r\r", "\n", "\n \n", "\n\n\n\n"])


@st.composite
def articles(draw):
    paras = draw(st.lists(paragraph, min_size=1, max_size=8))
    if draw(st.booleans()):
        paras.insert(0, draw(st.lists(st.sampled_from(WORDS + NAMES), min_size=1, max_size=8).map(" ".join)))
    return draw(separator).join(paras)


SPANS = {  # table -> (text column, start, end) triples that must hold
    "sentences": [("text", "start", "end")],
    "mentions": [("text", "start", "end")],
    "timeline": [("text", "start", "end")],
    "quotes": [("text", "start", "end"), ("speaker_text", "speaker_start", "speaker_end"),
               ("cue", "cue_start", "cue_end")],
    "stances": [("evidence", "start", "end")],
}


def offset_violations(corpus) -> list[str]:
    """Every row whose recorded text is not ``articles.text[start:end]``."""
    texts = dict(zip(corpus.articles["article_id"], corpus.articles["text"]))
    bad = []
    for table, spans in SPANS.items():
        frame = getattr(corpus, table)
        for row in frame.to_dict("records"):
            text = texts.get(row["article_id"])
            if text is None:
                bad.append(f"{table}: row for unknown article {row['article_id']!r}")
                continue
            for col, start, end in spans:
                if row.get(col) is None or pd.isna(row.get(start)):
                    continue
                s, e = int(row[start]), int(row[end])
                if not (0 <= s <= e <= len(text)) or text[s:e] != row[col]:
                    bad.append(f"{table}.{col}: {row[col]!r} != text[{s}:{e}] = {text[s:e]!r}")
        if table == "stances":  # spans without a text column: at least inside the article
            for row in frame.to_dict("records"):
                n = len(texts.get(row["article_id"], ""))
                for side in ("source", "target"):
                    s, e = row[f"{side}_start"], row[f"{side}_end"]
                    if not pd.isna(s) and not (0 <= int(s) <= int(e) <= n):
                        bad.append(f"stances.{side}: [{s}:{e}] outside the text")
    return bad


@pytest.fixture(scope="module")
def analyze_text():
    helpers = pytest.importorskip("helpers")
    helpers.load_pipeline()  # loaded once, outside the timed examples
    return helpers.analyze_text


@settings(max_examples=25, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=articles(), plain=st.booleans())
def test_generated_article_keeps_offset_contract(analyze_text, text, plain):
    corpus = analyze_text(text, plain=plain)
    if not normalise_newlines(text).strip():
        assert len(corpus.articles) == 0 and len(corpus.errors) == 1
        return
    assert len(corpus.articles) + len(corpus.errors) == 1, corpus.errors.to_dict("records")
    assert offset_violations(corpus) == []
    for row in corpus.sentences.itertuples():
        assert row.text == row.text.strip() and row.text


# ----------------------------------------------------------------------------- the article parser

@settings(max_examples=300, deadline=None, derandomize=True)
@given(text=st.one_of(articles(), st.text()), title=st.one_of(st.none(), st.text(max_size=40)),
       plain=st.booleans())
def test_layout_never_raises_and_spans_fit(text, title, plain):
    src = Source(article_id="x", path="x.txt", text=normalise_newlines(text), title=title or None, plain=plain)
    layout = detect_layout(src)
    resolve_published(layout, src, None)
    n = len(layout.text)
    for span in [layout.title, layout.caption, layout.credits, layout.dateline_span, *layout.paragraphs,
                 *layout.no_actor_spans]:
        if span is not None:
            assert 0 <= span[0] <= span[1] <= n, span
    assert all(0 <= b < n for b in layout.boundaries)


# ----------------------------------------------------------------------------- bytes in

@settings(max_examples=300, deadline=None, derandomize=True)
@given(data=st.binary(max_size=3000))
def test_decode_bytes_never_fails_unexpectedly(data):
    """Text out, or the one documented refusal: ValueError for content that looks binary."""
    try:
        text, encoding = decode_bytes(data)
    except ValueError as exc:
        assert "binary" in str(exc)
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding
    assert not text.startswith("\ufeff")


@settings(max_examples=200, deadline=None, derandomize=True)
@given(text=st.text(max_size=2000).filter(lambda t: "\x00" not in t))
def test_utf8_round_trips(text):
    assert decode_bytes(text.encode("utf-8")) == (text, "utf-8")


@settings(max_examples=150, deadline=None, derandomize=True)
@given(data=st.one_of(st.binary(max_size=2000), articles().map(lambda t: t.encode("utf-8")),
                      st.text(max_size=500).map(lambda t: t.encode("utf-16"))),
       suffix=st.sampled_from(sorted(SUFFIXES)))
def test_read_file_never_raises(data, suffix):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(data)
        items = list(read_file(path, "input"))
        assert path.read_bytes() == data  # never written to
    for item in items:
        assert isinstance(item, (Source, ReadError))
        if isinstance(item, Source):
            assert item.text.strip() and "\r" not in item.text
        else:
            assert item.stage and len(item.error) > 20
