"""Wire-story layout: title, caption, dateline, credits and publication date (helpers.articles).

All stories are short fakes written for these tests.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from helpers.articles import detect_layout, infer_published, resolve_published
from helpers.reading import Source, iter_sources

FIXTURES = Path(__file__).parent / "fixtures"

TITLE = "Ferry strike ends after pay deal"
CAPTION = "Passengers wait at a ferry terminal in Hamburg, Germany March 3, 2015. REUTERS/Jane Doe (Reuters)"
LEDE = "BERLIN (Reuters) - Ferry workers ended a strike, the union said on Wednesday."
MORE = "The deal raises pay by four percent over two years."
CREDITS = "(Reporting by Anna Berg and Carl Dorn; Additional reporting by Emil Falk in Rome; Editing by Greta Hahn)"


def story(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs) + "\n"


def layout_of(text: str, **kwargs):
    source = Source(article_id="t", path="t.txt", text=text, **kwargs)
    layout = detect_layout(source)
    resolve_published(layout, source)
    return layout


def check_spans(layout):
    """Every span lies inside the text and does not start or end on whitespace."""
    n = len(layout.text)
    spans = [layout.title, layout.caption, layout.credits, layout.dateline_span, *layout.paragraphs]
    for span in filter(None, spans):
        assert 0 <= span[0] < span[1] <= n, span
    for span in filter(None, [layout.title, layout.caption, layout.credits, *layout.paragraphs]):
        piece = layout.text[span[0]:span[1]]
        assert piece == piece.strip(), span
    for span in layout.no_actor_spans:
        assert 0 <= span[0] < span[1] <= n, span


# ----------------------------------------------------------------------------- the full wire shape

def test_wire_story_fixture():
    (source,) = list(iter_sources(FIXTURES / "wire_story.txt"))
    layout = detect_layout(source)
    resolve_published(layout, source)
    check_spans(layout)
    assert layout.span_text(layout.title) == "Lakeside city council backs new tram line after long debate"
    assert layout.span_text(layout.caption) == ("Workers stand next to a tram depot in Berlin, Germany March 3, 2015. "
                                                "REUTERS/Jane Doe (Reuters)")
    assert layout.dateline == "BERLIN"
    assert layout.text[slice(*layout.dateline_span)] == "BERLIN (Reuters) - "
    assert layout.source == "Reuters"
    assert layout.authors == ["Anna Berg", "Carl Dorn", "Emil Falk"]
    assert layout.editors == ["Greta Hahn"]
    assert layout.span_text(layout.credits).startswith("(Reporting by Anna Berg")
    # March 3, 2015 is a Tuesday; 'said on Wednesday' moves it to the next day
    assert layout.published == dt.date(2015, 3, 4)
    assert layout.published_from == "caption+weekday"
    # the photographer, the agency in the dateline and the credits are no actors
    no_actor = [layout.text[a:b] for a, b in layout.no_actor_spans]
    assert any("REUTERS/Jane Doe" in s for s in no_actor)
    assert any(s.strip("()") == "Reuters" for s in no_actor)
    assert any(s.startswith("(Reporting by") for s in no_actor)
    # parts
    assert layout.part_at(0) == "title"
    assert layout.part_at(layout.caption[0]) == "caption"
    assert layout.part_at(layout.dateline_span[1]) == "body"
    assert layout.part_at(layout.credits[0] + 1) == "credits"
    assert len(layout.paragraphs) == 6


@pytest.mark.parametrize("credits, authors, editors", [
    (CREDITS, ["Anna Berg", "Carl Dorn", "Emil Falk"], ["Greta Hahn"]),
    ("(Writing by Anna Berg; Editing by Greta Hahn and Ivo Jung)", ["Anna Berg"], ["Greta Hahn", "Ivo Jung"]),
    ("(Compiled by Anna Berg; Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("(Reporting by Anna Berg, Carl Dorn and Emil Falk; Editing by Greta Hahn)",
     ["Anna Berg", "Carl Dorn", "Emil Falk"], ["Greta Hahn"]),
    ("(Reporting by Anna Berg; Writing by Carl Dorn; Editing by Greta Hahn)", ["Anna Berg", "Carl Dorn"],
     ["Greta Hahn"]),
    ("(Reporting by Anna Berg in Paris; Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("Reporting by Anna Berg; Editing by Greta Hahn", ["Anna Berg"], ["Greta Hahn"]),  # no brackets
    ("(Editing by Greta Hahn)", [], ["Greta Hahn"]),
    ("(Reporting By Anna Berg; editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("(Reporting by Anna Berg in Oslo, editing by Greta Hahn and Ivo Jung)", ["Anna Berg"], ["Greta Hahn", "Ivo Jung"]),
    ("(Writing by Anna Berg/Carl Dorn; Editing by Greta Hahn/Ivo Jung)", ["Anna Berg", "Carl Dorn"],
     ["Greta Hahn", "Ivo Jung"]),
    ("(Reporting by Anna Berg in Oslo Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("(Additional reporting by Anna Berg in New York, Carl Dorn in Los Angeles and Emil Falk in Rome; "
     "Writing by Ivo Jung; Editing by Greta Hahn)", ["Anna Berg", "Carl Dorn", "Emil Falk", "Ivo Jung"], ["Greta Hahn"]),
    ("(Writing and additional reporting by Anna Berg; Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("(Reporting and writing by Anna Berg and Carl Dorn at Ledger/Wire; Editing by Greta Hahn)",
     ["Anna Berg", "Carl Dorn"], ["Greta Hahn"]),
    ("(additional reporting by Anna Berg, Carl Dorn; and Emil Falk; Editing by Greta Hahn)",
     ["Anna Berg", "Carl Dorn", "Emil Falk"], ["Greta Hahn"]),
    ("(Additonal reporting Anna Berg in Oslo; Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("Compiled by Anna Berg in Oslo.", ["Anna Berg"], []),
    ("(Reporting by Anna Berg; Graphics by Olaf Lind; Editing by Greta Hahn)", ["Anna Berg"], ["Greta Hahn"]),
    ("(Reporting by Anna Berg in Tampa, Fla., Carl Dorn in Austin, Texas and Emil Falk in Bonn, Germany; "
     "Editing by Greta Hahn)", ["Anna Berg", "Carl Dorn", "Emil Falk"], ["Greta Hahn"]),
    ("(Roporting by Anna Berg and Carl Dorn; Editing by Greta Hahn)", ["Anna Berg", "Carl Dorn"], ["Greta Hahn"]),
], ids=["reuters", "writing", "compiled", "list", "reporting+writing", "in-city", "bare", "editing-only",
        "capital-By", "comma-separator", "slash-separator", "no-separator", "additional-in-cities",
        "writing-and-additional", "reporting-and-writing", "semicolon-and", "typo-no-by", "compiled-bare",
        "graphics-not-author", "city-state-country", "misspelt-first-role"])
def test_credits(credits, authors, editors):
    layout = layout_of(story(TITLE, LEDE, MORE, credits))
    check_spans(layout)
    assert layout.authors == authors
    assert layout.editors == editors
    assert layout.span_text(layout.credits) == credits
    assert layout.credits in layout.no_actor_spans


@pytest.mark.parametrize("tail", [
    "This article was funded in part by a sponsor. It was independently created by the newsroom.",
    " Source",
], ids=["sponsor-note", "source-link"])
def test_credits_followed_by_a_tail(tail):
    layout = layout_of(story(TITLE, LEDE, MORE, CREDITS + tail))
    check_spans(layout)
    assert layout.authors == ["Anna Berg", "Carl Dorn", "Emil Falk"] and layout.editors == ["Greta Hahn"]
    assert layout.span_text(layout.credits).startswith(CREDITS)
    assert layout.part_at(layout.credits[0] + 1) == "credits"


def test_credits_followed_by_a_source_line():
    layout = layout_of(story(TITLE, LEDE, MORE, CREDITS, "Source"))
    assert layout.span_text(layout.credits) == CREDITS
    assert layout.editors == ["Greta Hahn"]


def test_credits_followed_by_a_note_paragraph():
    note = "This coverage is funded in part by a sponsor, which had no role in the reporting or the editing of it."
    layout = layout_of(story(TITLE, LEDE, MORE, CREDITS, note))
    assert layout.span_text(layout.credits) == CREDITS and layout.editors == ["Greta Hahn"]
    # a bare credits-like line with story text after it is story text
    layout = layout_of(story(TITLE, LEDE, "Compiled by Anna Berg in Oslo.", note))
    assert layout.credits is None


def test_credits_words_inside_a_body_sentence_are_not_credits():
    layout = layout_of(story(TITLE, LEDE, "Reporting by the local paper showed the delay, officials said.", MORE))
    assert layout.credits is None and layout.authors == []


def test_page_metadata_authors_when_the_text_names_none():
    layout = layout_of(story(TITLE, LEDE, MORE), meta={"authors": ["Anna Berg"]})
    assert layout.authors == ["Anna Berg"]
    layout = layout_of(story(TITLE, LEDE, MORE, CREDITS), meta={"authors": ["Desk Staff"]})
    assert layout.authors == ["Anna Berg", "Carl Dorn", "Emil Falk"]  # the credits are more exact


def test_credits_glued_to_last_paragraph_are_split_off():
    layout = layout_of(story(TITLE, LEDE, MORE + " " + CREDITS))
    check_spans(layout)
    assert layout.span_text(layout.credits) == CREDITS
    assert layout.authors == ["Anna Berg", "Carl Dorn", "Emil Falk"]
    # the last body paragraph ends before the credits
    assert layout.text[slice(*layout.paragraphs[-2])] == MORE
    assert layout.paragraphs[-1] == layout.credits
    assert layout.credits[0] in layout.boundaries


def test_no_credits():
    layout = layout_of(story(TITLE, LEDE, MORE))
    assert layout.credits is None
    assert layout.authors == [] and layout.editors == []


@pytest.mark.parametrize("lede, dateline, source, span", [
    (LEDE, "BERLIN", "Reuters", "BERLIN (Reuters) - "),
    ("LONDON, March 4 (Reuters) - Ferry workers ended a strike, the union said.", "LONDON", "Reuters",
     "LONDON, March 4 (Reuters) - "),
    ("NEW YORK (AP) \u2014 Ferry workers ended a strike, the union said.", "NEW YORK", "AP", "NEW YORK (AP) \u2014 "),
    ("PARIS (AFP) - Ferry workers ended a strike, the union said.", "PARIS", "AFP", "PARIS (AFP) - "),
    ("BEIRUT, Lebanon (Reuters) - Ferry workers ended a strike, the union said.", "BEIRUT", "Reuters",
     "BEIRUT, Lebanon (Reuters) - "),
    ("ST. LOUIS (Reuters) - Ferry workers ended a strike, the union said.", "ST. LOUIS", "Reuters",
     "ST. LOUIS (Reuters) - "),
    ("ROME -- Ferry workers ended a strike, the union said.", "ROME", None, "ROME -- "),
    ("Ferry workers ended a strike, the union said.", None, None, None),                 # BBC-like: no dateline
], ids=["reuters", "with-date", "ap-emdash", "afp", "city-region", "dotted-city", "no-agency", "none"])
def test_dateline(lede, dateline, source, span):
    layout = layout_of(story(TITLE, lede, MORE))
    check_spans(layout)
    assert layout.dateline == dateline
    assert layout.source == source
    if span is None:
        assert layout.dateline_span is None
    else:
        assert layout.text[slice(*layout.dateline_span)] == span
        assert layout.dateline_span[0] in layout.boundaries


def test_dateline_region_is_no_actor():
    layout = layout_of(story(TITLE, "SAN MATEO, Calif., March 2 - The software maker said on Monday it would hire.", MORE))
    assert layout.dateline == "SAN MATEO"
    region = layout.text.index("Calif.")
    assert any(start <= region < end for start, end in layout.no_actor_spans)


def test_dateline_from_html_metadata():
    source = Source(article_id="t", path="t.md", text="WASHINGTON - The harbour vote was postponed, a spokesman said.",
                    title="Harbour vote postponed", meta={"dateline": "WASHINGTON"})
    layout = detect_layout(source)
    assert layout.dateline == "WASHINGTON"
    assert layout.span_text(layout.title) == "Harbour vote postponed"


def test_dateline_from_html_metadata_is_no_actor():
    # a page's dateline element runs straight into the lede, with no dash: the city is where the
    # story was filed, not an actor of the first sentence
    source = Source(article_id="t", path="t.md", title="Harbour vote postponed",
                    text="FORT WORTH, Texas The harbour vote was postponed, a spokesman said.",
                    meta={"dateline": "FORT WORTH, Texas"})
    layout = detect_layout(source)
    city, harbour = layout.text.index("WORTH"), layout.text.index("harbour vote")
    assert any(start <= city < end for start, end in layout.no_actor_spans)
    assert not any(start <= harbour < end for start, end in layout.no_actor_spans)


def test_lowercase_lede_is_no_dateline():
    layout = layout_of(story(TITLE, "Paris - Ferry workers ended a strike, the union said.", MORE))
    assert layout.dateline is None


@pytest.mark.parametrize("paragraphs, caption", [
    ((TITLE, CAPTION, LEDE, MORE), CAPTION),
    ((TITLE, LEDE, MORE), None),                                                       # no caption
    ((TITLE, "A ferry in the harbour. (Photo: Town Gazette)", "Ferry workers ended a strike.", MORE),
     "A ferry in the harbour. (Photo: Town Gazette)"),
    ((TITLE, "Ferry workers ended a strike, the union said.", MORE), None),            # BBC-like
], ids=["reuters", "none", "photo-colon", "bbc-like"])
def test_caption(paragraphs, caption):
    layout = layout_of(story(*paragraphs))
    check_spans(layout)
    assert layout.span_text(layout.caption) == caption
    if caption:
        assert layout.part_at(layout.caption[0]) == "caption"


@pytest.mark.parametrize("first, title", [
    (TITLE, TITLE),
    ("Ferry workers ended a strike, the union said on Monday after weeks of talks.", None),  # a sentence
    ("Ferry strike ends:", None),                                                            # ends with a colon
    ("BERLIN (Reuters) - Ferry workers ended a strike.", None),                              # a dateline
])
def test_title_detection(first, title):
    layout = layout_of(story(first, MORE))
    assert layout.span_text(layout.title) == title


def test_single_paragraph_has_no_title():
    layout = layout_of("Ferry strike ends after pay deal")
    assert layout.title is None


def test_metadata_title_is_put_first():
    layout = layout_of(story(LEDE, MORE), title="Ferry   strike\nends")
    assert layout.text.startswith("Ferry strike ends\n\n" + LEDE)
    assert layout.span_text(layout.title) == "Ferry strike ends"
    assert layout.dateline == "BERLIN"


def test_metadata_title_already_in_text_is_not_repeated():
    layout = layout_of(story(TITLE, LEDE, MORE), title=TITLE)
    assert layout.text.count(TITLE) == 1
    assert layout.title == (0, len(TITLE))


@pytest.mark.parametrize("lines, authors", [
    (("By Jane Doe", "Ferry workers ended a strike on Tuesday, the union said."), ["Jane Doe"]),
    (("By Jane Doe and John Roe", "Ferry workers ended a strike, the union said."), ["Jane Doe", "John Roe"]),
    (("By Jane Doe, John Roe and Ann Poe", "Ferry workers ended a strike, the union said."),
     ["Jane Doe", "John Roe", "Ann Poe"]),
    (("By the time the ferry arrived, the strike had ended.", MORE), []),  # a sentence, not a byline
])
def test_byline(lines, authors):
    layout = layout_of(story(TITLE, *lines, MORE))
    assert layout.authors == authors
    if authors:
        byline = layout.paragraphs[1]
        assert byline in layout.no_actor_spans
        assert layout.caption != byline


def test_byline_before_dateline_is_not_a_caption():
    layout = layout_of(story(TITLE, "By Jane Doe", LEDE, MORE))
    assert layout.authors == ["Jane Doe"]
    assert layout.dateline == "BERLIN"
    assert layout.caption is None


def test_plain_text_has_no_layout():
    layout = layout_of(story(TITLE, CAPTION, LEDE, CREDITS), plain=True)
    assert layout.title is None and layout.caption is None and layout.credits is None
    assert layout.dateline is None and layout.authors == [] and layout.editors == []
    # no caption either: its date is in the second paragraph, beyond the lede, so not trusted
    assert (layout.published, layout.published_from) == (None, None)
    layout = layout_of(story(CAPTION, LEDE, CREDITS), plain=True)
    assert (layout.published, layout.published_from) == (dt.date(2015, 3, 3), "text")


def test_plain_text_ignores_metadata_title():
    layout = layout_of("Body only, officials said.", plain=True, title="A title")
    assert layout.text == "Body only, officials said."
    assert layout.title is None


# ----------------------------------------------------------------------------- publication date

@pytest.mark.parametrize("paragraphs, published, origin", [
    ((TITLE, CAPTION, LEDE, MORE), dt.date(2015, 3, 4), "caption+weekday"),          # Tue 3 -> Wed 4
    ((TITLE, CAPTION, LEDE.replace("Wednesday", "Tuesday"), MORE), dt.date(2015, 3, 3), "caption+weekday"),
    ((TITLE, CAPTION, LEDE.replace("Wednesday", "Monday"), MORE), dt.date(2015, 3, 9), "caption+weekday"),
    ((TITLE, CAPTION, "BERLIN (Reuters) - Ferry workers ended a strike, the union said.", MORE),
     dt.date(2015, 3, 3), "caption"),
    ((TITLE, "BERLIN (Reuters) - The deal was first offered on June 2, 2020 and signed on Friday, the union said.",
      MORE), dt.date(2020, 6, 5), "text+weekday"),
    ((TITLE, "Ferry workers ended a strike that began on 2 June 2020 and talks resumed on 9 June 2020.", MORE),
     dt.date(2020, 6, 9), "text"),                                                   # the lede's latest date
    ((TITLE, "Ferry workers ended a strike, the union said.", "The union was founded on 2 June 1951."),
     None, None),                                                                    # history, not news
    ((TITLE, "Ferry workers ended a strike on Tuesday, the union said.", MORE), None, None),  # no year anywhere
    ((TITLE, "LONDON, March 4 (Reuters) - Ferry workers ended a strike, the union said on Wednesday.", MORE),
     None, None),                                                                    # a dateline date has no year
    ((TITLE, "Ferry workers ended a strike signed 2020-06-02 in Kiel, the union said on Tuesday.", MORE),
     dt.date(2020, 6, 2), "text+weekday"),
], ids=["weekday-after", "same-weekday", "weekday-wraps", "caption-only", "text-weekday", "text-latest",
        "body-history", "no-date", "dateline-date", "iso-in-text"])
def test_infer_published(paragraphs, published, origin):
    layout = layout_of(story(*paragraphs))
    assert (layout.published, layout.published_from) == (published, origin)


def test_caption_date_wins_over_later_body_date():
    layout = layout_of(story(TITLE, CAPTION, "BERLIN (Reuters) - Ferry workers said talks would resume on "
                             "April 30, 2015.", MORE))
    assert layout.published == dt.date(2015, 3, 3)
    assert layout.published_from == "caption"


def test_dates_in_credits_are_ignored():
    layout = layout_of(story(TITLE, "Ferry workers ended a strike, the union said.",
                             "(Reporting by Anna Berg; Editing by Greta Hahn, March 5, 2015)"))
    assert layout.published is None


@pytest.mark.parametrize("source_kwargs, override, published, origin", [
    ({}, "2016-01-07", dt.date(2016, 1, 7), "caller"),
    ({}, dt.date(2016, 1, 7), dt.date(2016, 1, 7), "caller"),
    ({"published": dt.date(2016, 1, 9), "published_from": "metadata (date)"}, None, dt.date(2016, 1, 9),
     "metadata (date)"),
    ({"published": dt.date(2016, 1, 9), "published_from": "filename"}, "2016-01-07", dt.date(2016, 1, 7), "caller"),
    ({}, None, dt.date(2015, 3, 4), "caption+weekday"),
], ids=["override-str", "override-date", "metadata-over-text", "override-over-metadata", "inferred"])
def test_resolve_published_priority(source_kwargs, override, published, origin):
    source = Source(article_id="t", path="t.txt", text=story(TITLE, CAPTION, LEDE, MORE), **source_kwargs)
    layout = detect_layout(source)
    resolve_published(layout, source, override)
    assert (layout.published, layout.published_from) == (published, origin)


@pytest.mark.parametrize("override", ["not a date", "Wednesday", True])
def test_resolve_published_rejects_bad_override(override):
    source = Source(article_id="t", path="t.txt", text=story(TITLE, LEDE))
    layout = detect_layout(source)
    with pytest.raises(ValueError, match="not a date"):
        resolve_published(layout, source, override)


def test_infer_published_is_pure():
    layout = detect_layout(Source(article_id="t", path="t.txt", text=story(TITLE, CAPTION, LEDE, MORE)))
    assert infer_published(layout) == (dt.date(2015, 3, 4), "caption+weekday")
    assert layout.published is None  # inference does not write the layout; resolve_published does


# ----------------------------------------------------------------------------- parse pieces

def test_the_lede_after_a_dateline_is_parsed_alone_and_keeps_one_sentence_row():
    # with 'WASHINGTON (AP) - ...' in one piece the parser takes the city for the subject of the
    # lede's verb; parsed apart, the person is the subject, and the sentences table still gives
    # the dateline and its lede as one row
    from helpers import analyze_text

    text = ("Budget talks stall\n\n"
            "WASHINGTON (AP) \u2014 Senator Maria Olsen on Friday criticized Governor Tom Baker over the budget.\n\n"
            "Baker did not respond.")
    corpus = analyze_text(text)
    lede = corpus.sentences[corpus.sentences["text"].str.contains("criticized")]
    assert len(lede) == 1 and lede["text"].iloc[0].startswith("WASHINGTON (AP)")
    assert lede["sent_id"].iloc[0] == 1 and len(corpus.sentences) == 3
    edges = {(r.source, r.target) for r in corpus.stances.itertuples()}
    assert ("Maria Olsen", "Tom Baker") in edges
    layout = layout_of(story(TITLE, LEDE, MORE))
    assert layout.text.index("Ferry workers ended") in layout.boundaries


def test_a_closing_quotation_mark_ends_its_sentence_not_the_next_one():
    # '... a "work horse."' closing a paragraph: the parser would make the closing mark a
    # sentence of its own and leave the quotation open in the sentence before
    from helpers import analyze_text

    text = ('Senator Ann Ross praised Governor Jim Dale as a "work horse, not a show horse."\n\n'
            'Her remarks came a day after the convention. "He delivers," Ross said.\n\n'
            '"We need more like him."\n\nThe convention ended on Thursday.')
    corpus = analyze_text(text, plain=True)
    texts = list(corpus.sentences["text"])
    assert not [t for t in texts if t.strip('"\u201d ') == ""], texts
    assert texts[0].endswith('show horse."') and '"We need more like him."' in texts
    assert ("Ann Ross", "Jim Dale", "praise") in {(r.source, r.target, r.kind) for r in corpus.stances.itertuples()}


def test_display_title_falls_back_to_the_article_id():
    """A chart heading names an untitled article (a liveblog, a CSV row) by its id, never 'None'."""
    import pandas as pd

    from helpers import analyze_text
    from helpers.articles import display_title

    untitled = analyze_text("The council met on Tuesday. It voted to close the bridge.", plain=True,
                            article_id="liveblog-7")
    row = untitled.articles.iloc[0]
    assert display_title(row) == "liveblog-7"
    assert display_title(pd.Series({"article_id": "a1", "title": float("nan")})) == "a1"
    titled = analyze_text("Bridge to close\n\nThe council met on Tuesday.", title="Bridge to close")
    assert display_title(titled.articles.iloc[0]) == "Bridge to close"
