"""Reading articles: decoding, formats, metadata and file discovery (helpers.reading).

Every input here is written by the tests themselves (in ``tmp_path``) or is one of the
small fake stories in ``tests/fixtures/``.
"""
from __future__ import annotations

import codecs
import datetime as dt
import json
import random
from pathlib import Path

import pandas as pd
import pytest

from helpers.reading import (
    ReadError,
    Source,
    clean_title,
    date_from_filename,
    decode_bytes,
    html_to_text,
    iter_sources,
    markdown_to_text,
    normalise_newlines,
    parse_date,
    soup_text,
    split_front_matter,
)

FIXTURES = Path(__file__).parent / "fixtures"


def _sgm_fixture(folder: Path) -> Path:
    """Our own Reuters-21578-style file (invented stories), stored under another suffix so that
    nothing in the repository looks like the research corpus; the test gives it its .sgm name."""
    path = folder / "reuters21578_sample.sgm"
    path.write_bytes((FIXTURES / "sgml_wire_sample.txt.in").read_bytes())
    return path

SAMPLE = "Caf\u00e9 owner said \u201cno\u201d to a \u00a3500 fee.\nSecond line."


def read_all(source):
    items = list(iter_sources(source))
    return ([s for s in items if isinstance(s, Source)],
            [e for e in items if isinstance(e, ReadError)])


def read_one(path) -> Source:
    sources, errors = read_all(path)
    assert errors == [], errors
    assert len(sources) == 1, sources
    return sources[0]


def write_bytes(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


# ----------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("data, expected, encoding", [
    (SAMPLE.encode("utf-8"), SAMPLE, "utf-8"),
    (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), SAMPLE, "utf-8-sig"),
    (codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), SAMPLE, "utf-16"),
    (codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE, "utf-16"),
    # Windows-1252 curly quotes and pound sign, the usual non-UTF-8 news file
    (b"The mayor said \x93yes\x94 to a \xa3500 fee.", "The mayor said \u201cyes\u201d to a \u00a3500 fee.", "cp1252"),
    # Latin-1 accents (the same bytes in cp1252)
    ("Gr\u00fc\u00dfe aus K\u00f6ln, caf\u00e9 \u00e0 midi".encode("latin-1"),
     "Gr\u00fc\u00dfe aus K\u00f6ln, caf\u00e9 \u00e0 midi", None),
], ids=["utf8", "utf8-bom", "utf16-le-bom", "utf16-be-bom", "cp1252", "latin1"])
def test_decode_bytes(data, expected, encoding):
    text, used = decode_bytes(data)
    assert text == expected
    assert "\ufeff" not in text  # the BOM is not part of the text
    if encoding is not None:
        assert used == encoding


@pytest.mark.parametrize("data", [
    b"\x00\x01\x02binary\x00header" * 10,
    SAMPLE.encode("utf-16-le"),  # UTF-16 without a BOM cannot be told from binary
], ids=["nul-bytes", "utf16-no-bom"])
def test_decode_bytes_rejects_nul_bytes(data):
    with pytest.raises(ValueError, match="binary"):
        decode_bytes(data)


@pytest.mark.parametrize("raw, expected", [
    ("a\r\nb", "a\nb"),
    ("a\rb", "a\nb"),
    ("a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ("a\n\rb", "a\n\nb"),
    ("no newline", "no newline"),
])
def test_normalise_newlines(raw, expected):
    assert normalise_newlines(raw) == expected


@pytest.mark.parametrize("name, data, expected", [
    ("bom.txt", codecs.BOM_UTF8 + SAMPLE.encode(), SAMPLE),
    ("le.txt", codecs.BOM_UTF16_LE + SAMPLE.encode("utf-16-le"), SAMPLE),
    ("be.txt", codecs.BOM_UTF16_BE + SAMPLE.encode("utf-16-be"), SAMPLE),
    ("win.txt", b"Title line\r\n\r\nHe said \x93no\x94 to a \xa3500 fee.\r\n",
     "Title line\n\nHe said \u201cno\u201d to a \u00a3500 fee.\n"),
    ("mac.txt", b"Title line\r\rOld Mac line endings.\rSecond line.", "Title line\n\nOld Mac line endings.\nSecond line."),
    ("crlf-bom.txt", codecs.BOM_UTF8 + b"Title\r\n\r\nBody text.\r\n", "Title\n\nBody text.\n"),
], ids=["utf8-bom", "utf16-le", "utf16-be", "cp1252-crlf", "lone-cr", "bom-crlf"])
def test_read_file_decodes_and_normalises(tmp_path, name, data, expected):
    src = read_one(write_bytes(tmp_path, name, data))
    assert src.text == expected
    assert "\r" not in src.text and "\ufeff" not in src.text


def random_bytes(seed: int, low: int, n: int = 4000) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


@pytest.mark.parametrize("data", [
    b"Some text\x00\x00\x00 then NUL bytes" * 20,
    b"\x89PNG\r\n\x1a\n" + random_bytes(7, low=1),  # no NUL byte: caught by the control-character share
    random_bytes(3, low=0),
], ids=["nul", "png-like-no-nul", "random"])
def test_binary_with_text_suffix_is_a_decode_error(tmp_path, data):
    path = write_bytes(tmp_path, "photo.txt", data)
    sources, errors = read_all(path)
    assert sources == []
    assert [e.stage for e in errors] == ["decode"]
    assert errors[0].path == str(path)
    assert len(errors[0].error) > 20


# ----------------------------------------------------------------------------- metadata values

@pytest.mark.parametrize("value, expected", [
    ("2016-01-10 19:42:31", dt.date(2016, 1, 10)),
    ("2016-01-10T19:42:31Z", dt.date(2016, 1, 10)),
    ("2017-04-21T08:15:00+02:00", dt.date(2017, 4, 21)),
    ("Jan 7, 2016", dt.date(2016, 1, 7)),
    ("7 January 2016", dt.date(2016, 1, 7)),
    (dt.date(2015, 3, 4), dt.date(2015, 3, 4)),
    (dt.datetime(2015, 3, 4, 23, 59), dt.date(2015, 3, 4)),
    (pd.Timestamp("2016-01-07 10:00"), dt.date(2016, 1, 7)),
    (True, None),       # YAML `published: true` is a flag, not a date
    (False, None),
    (None, None),
    ("", None),
    ("Wednesday", None),  # no year: not a publication date
    ("2016-02-30", None),
    ("soon", None),
    (pd.NaT, None),
])
def test_parse_date(value, expected):
    got = parse_date(value)
    if expected is None:
        assert got is None
    else:
        assert got == expected


@pytest.mark.parametrize("name, expected", [
    ("2016-01-07-reuters-coalition.txt", dt.date(2016, 1, 7)),
    ("story_20150304.txt", dt.date(2015, 3, 4)),
    ("archive/2019.02.11 library.md", dt.date(2019, 2, 11)),
    ("story-2016-13-40.txt", None),
    ("id12016010799.txt", None),  # digits inside a longer number are not a date
    ("plain-name.txt", None),
])
def test_date_from_filename(name, expected):
    assert date_from_filename(name) == expected


@pytest.mark.parametrize("text, meta, body, has_error", [
    ("---\ntitle: A\ndate: 2016-01-10\n---\nBody", {"title": "A", "date": dt.date(2016, 1, 10)}, "Body", False),
    ("---\npost_title: A\npublished: true\n...\nBody", {"post_title": "A", "published": True}, "Body", False),
    ("No front matter here\n---\nx", None, "No front matter here\n---\nx", False),
    ("---\ntitle: [unclosed\ndate: 2016-01-02\n---\nBody kept", None, "Body kept", True),
    ("---\n- a list\n- not a mapping\n---\nBody kept", None, "Body kept", True),
], ids=["valid", "dots-end", "none", "broken-yaml", "not-mapping"])
def test_split_front_matter(text, meta, body, has_error):
    got_meta, got_body, error = split_front_matter(text)
    assert got_meta == meta
    assert got_body == body
    assert (error is not None) == has_error
    if has_error:
        assert len(error) > 20 and "body" in error


# ----------------------------------------------------------------------------- HTML and Markdown

def test_html_to_text_drops_furniture_and_decodes_entities():
    text, meta = html_to_text((FIXTURES / "page.html").read_text(encoding="utf-8"))
    for furniture in ("SCRIPT-TEXT", "trackingPixel", "secret-style-rule", "NAVIGATION-LINK", "FOOTER-COPYRIGHT"):
        assert furniture not in text
    assert "apple & pear" in text
    assert "\u201cWe have not seen this since 1997,\u201d said Ren\u00e9e Marsh" in text
    assert "caf\u00e9" in text
    assert "&amp;" not in text and "&#8220;" not in text and "<" not in text
    assert meta["title"] == "Orchard growers count frost damage"
    assert parse_date(meta["published"]) == dt.date(2017, 4, 21)
    # the <h1> title is metadata, not repeated in the body
    assert "Orchard growers count frost damage" not in text
    # one paragraph per <p>
    assert text.count("\n\n") == 1


@pytest.mark.parametrize("markup, expected_text, expected_meta", [
    ("<div>Hello &amp; welcome<br>next line</div><p>Para</p>", "Hello & welcome\n\nnext line\n\nPara", {}),
    ('<html><head><meta property="og:title" content="OG title"><meta name="date" content="2018-07-01">'
     '</head><body><p>Body.</p></body></html>', "Body.", {"title": "OG title", "published": "2018-07-01"}),
    ('<p><time datetime="2014-11-30">Nov 30</time> Body.</p>', "Nov 30 Body.", {"published": "2014-11-30"}),
    ('<p><span class="dateline">ROME</span> - Body.</p>', "ROME - Body.", {"dateline": "ROME"}),
    ("<p>Before [ad_1] after.</p>", "Before after.", {}),
], ids=["blocks-entities", "meta-tags", "time-tag", "dateline-class", "ad-shortcode"])
def test_html_to_text_table(markup, expected_text, expected_meta):
    text, meta = html_to_text(markup)
    assert text == expected_text
    for key, value in expected_meta.items():
        assert meta[key] == value


MARKDOWN_BODY = """# Council votes on budget

The **city council** voted on the [new budget](https://example.org/budget) on Tuesday, *officials* said.

## Reaction

> Residents welcomed the plan.

![a chart](chart.png)
"""


def test_markdown_to_text_strips_markup():
    text, meta = markdown_to_text(MARKDOWN_BODY)
    assert meta == {}
    assert text.startswith("Council votes on budget\n\nThe city council voted on the new budget on Tuesday, officials said.")
    for markup in ("#", "**", "](", "https://", "![", ">", "chart.png"):
        assert markup not in text
    assert "Residents welcomed the plan." in text


def test_markdown_to_text_keeps_paragraph_breaks():
    text, _ = markdown_to_text(MARKDOWN_BODY)
    paragraphs = text.split("\n\n")
    assert "Reaction" in paragraphs
    assert "Residents welcomed the plan." in paragraphs


def test_markdown_with_html_body_goes_through_html():
    text, meta = markdown_to_text('<p><span class="articleLocation">WASHINGTON</span> - Text.</p>\n<p>More.</p>')
    assert text == "WASHINGTON - Text.\n\nMore."
    assert meta["dateline"] == "WASHINGTON"


# ----------------------------------------------------------------------------- formats through iter_sources

def test_txt_wire_story():
    src = read_one(FIXTURES / "wire_story.txt")
    assert src.article_id == "wire_story"
    assert src.fmt == "txt"
    assert src.title is None  # plain text: the layout finds the title
    assert src.published is None  # no date in metadata or filename; the layout infers it
    assert src.text.startswith("Lakeside city council backs new tram line")
    assert "(Reporting by Anna Berg" in src.text


def test_md_front_matter_with_html_body():
    src = read_one(FIXTURES / "post.md")
    assert src.fmt == "md"
    assert src.title == "Harbour authority delays vote on ferry fees"
    assert src.published == dt.date(2016, 1, 10)
    assert src.published_from == "metadata (post_date)"
    assert src.meta.get("dateline") == "WASHINGTON"
    assert "[ad_" not in src.text
    assert "<" not in src.text and ">" not in src.text
    assert "post_title" not in src.text and "---" not in src.text
    assert src.text.startswith("WASHINGTON - The harbour authority postponed a vote")
    assert "Commuter groups had asked for more time" in src.text


@pytest.mark.parametrize("front, expected, origin", [
    ("title: Flag only\npublished: true\n", None, None),          # a flag, not a date
    ("title: Flag first\npublished: true\ndate: 2016-03-05\n", dt.date(2016, 3, 5), "metadata (date)"),
    ("title: Quoted\ndate: '5 March 2016'\n", dt.date(2016, 3, 5), "metadata (date)"),
    ("headline: Other names\npubdate: 2016-03-05T10:00:00Z\n", dt.date(2016, 3, 5), "metadata (pubdate)"),
])
def test_md_front_matter_dates(tmp_path, front, expected, origin):
    path = tmp_path / "notes.md"
    path.write_text(f"---\n{front}---\nThe ferry service resumed, officials said.\n", encoding="utf-8")
    src = read_one(path)
    assert src.published == expected
    assert src.published_from == origin
    assert src.title is not None and "published" not in src.title


def test_md_markdown_body(tmp_path):
    path = tmp_path / "budget.md"
    path.write_text("---\ntitle: Council votes on budget\ndate: 2016-02-02\n---\n" + MARKDOWN_BODY, encoding="utf-8")
    src = read_one(path)
    assert src.title == "Council votes on budget"
    assert "The city council voted on the new budget on Tuesday" in src.text
    assert "**" not in src.text and "](" not in src.text


def test_md_without_front_matter_date_from_filename(tmp_path):
    path = tmp_path / "2016-01-07-budget.md"
    path.write_text("The **council** met on Thursday, officials said.\n", encoding="utf-8")
    src = read_one(path)
    assert src.title is None
    assert src.text == "The council met on Thursday, officials said."
    assert (src.published, src.published_from) == (dt.date(2016, 1, 7), "filename")


def test_metadata_date_wins_over_filename(tmp_path):
    path = tmp_path / "2016-01-07-budget.md"
    path.write_text("---\ndate: 2016-01-09\n---\nThe council met, officials said.\n", encoding="utf-8")
    src = read_one(path)
    assert (src.published, src.published_from) == (dt.date(2016, 1, 9), "metadata (date)")


def test_html_page():
    src = read_one(FIXTURES / "page.html")
    assert src.fmt == "html"
    assert src.title == "Orchard growers count frost damage"
    assert src.published == dt.date(2017, 4, 21)
    assert src.published_from == "metadata (html)"
    assert "SCRIPT-TEXT" not in src.text and "FOOTER-COPYRIGHT" not in src.text and "NAVIGATION" not in src.text
    assert "apple & pear" in src.text and "Ren\u00e9e" in src.text


def test_csv_records():
    sources, errors = read_all(FIXTURES / "articles.csv")
    assert errors == []
    assert [s.article_id for s in sources] == ["articles#1", "articles#2", "articles#3"]
    assert [s.title for s in sources] == ["Bakery wins regional prize", "Bridge closed, again, for repairs",
                                         "School choir tours abroad"]
    assert [s.published for s in sources] == [dt.date(2018, 5, 2), dt.date(2018, 5, 3), dt.date(2018, 5, 4)]
    assert all(s.published_from == "metadata (date)" and s.fmt == "csv" for s in sources)
    # a quoted field keeps its commas and its blank line (two paragraphs)
    assert sources[1].text == ("The old bridge was closed for repairs, the third time this year.\n\n"
                               "Drivers were told to use the ring road, officials said.")
    assert sources[0].path.endswith("articles.csv:2")
    assert sources[2].path.endswith("articles.csv:6")


def test_tsv_and_semicolon_csv(tmp_path):
    (tmp_path / "a.tsv").write_text("headline\tbody\nTab title\tTab body, with a comma.\n", encoding="utf-8")
    (tmp_path / "b.csv").write_text("title;text\nSemi title;Semi body, with a comma.\nSecond;Second body.\n",
                                    encoding="utf-8")
    sources, errors = read_all(tmp_path)
    assert errors == []
    assert [(s.article_id, s.title, s.text) for s in sources] == [
        ("a#1", "Tab title", "Tab body, with a comma."),
        ("b#1", "Semi title", "Semi body, with a comma."),
        ("b#2", "Second", "Second body."),
    ]


def test_jsonl_records():
    sources, errors = read_all(FIXTURES / "articles.jsonl")
    assert errors == []
    assert [s.article_id for s in sources] == ["articles#1", "articles#2"]
    assert [s.title for s in sources] == ["Library extends opening hours", "Marathon route changed"]
    assert sources[0].published == dt.date(2019, 2, 11)
    assert sources[1].path.endswith("articles.jsonl:2")
    assert all(s.fmt == "json" for s in sources)


def test_json_list_of_objects(tmp_path):
    records = [
        {"headline": "Pool reopens", "body": "<p>The pool reopened.</p><p>Swimmers queued.</p>", "pubdate": "2015-06-01",
         "source": "Town Gazette"},
        {"title": "Own id", "content": "Plain body.", "id": "custom-7"},
        {"title": "No text at all"},
        "not an object",
    ]
    path = tmp_path / "feed.json"
    path.write_text(json.dumps(records), encoding="utf-8")
    sources, errors = read_all(path)
    assert [s.article_id for s in sources] == ["feed#1", "custom-7"]
    first = sources[0]
    assert (first.title, first.published, first.outlet) == ("Pool reopens", dt.date(2015, 6, 1), "Town Gazette")
    assert first.text == "The pool reopened.\n\nSwimmers queued."  # HTML in a field becomes text
    assert sorted(e.path.rsplit(":", 1)[1] for e in errors) == ["3", "4"]
    assert all(len(e.error) > 20 for e in errors)


def test_json_object_with_articles_list(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"articles": [{"text": "First."}, {"text": "Second."}]}), encoding="utf-8")
    sources, errors = read_all(path)
    assert errors == []
    assert [(s.article_id, s.text) for s in sources] == [("dump#1", "First."), ("dump#2", "Second.")]


def test_dataframe_input():
    frame = pd.DataFrame({
        "text": ["The ferry resumed on Monday, officials said.", "The bakery opened.", "  ", "The pool closed."],
        "title": ["Ferry resumes", float("nan"), "Blank", "Pool closes"],
        "published": [pd.Timestamp("2016-01-07"), "2016-01-09", "2016-01-10", "not a date"],
        "article_id": ["ferry", "bakery", "blank", None],
    })
    sources, errors = read_all(frame)
    assert [s.article_id for s in sources] == ["ferry", "bakery", "row3"]
    assert [s.title for s in sources] == ["Ferry resumes", None, "Pool closes"]
    assert [s.published for s in sources] == [dt.date(2016, 1, 7), dt.date(2016, 1, 9), None]
    assert [s.published_from for s in sources] == ["metadata (published)", "metadata (published)", None]
    assert all(s.fmt == "dataframe" for s in sources)
    assert [e.path for e in errors] == ["<DataFrame>:blank"]


def test_dataframe_missing_published_is_none():
    frame = pd.DataFrame({"text": ["a", "b"], "published": pd.to_datetime(["2016-01-07", None])})
    sources, _ = read_all(frame)
    assert sources[1].published is None
    assert sources[1].published_from is None


def test_dataframe_without_text_column():
    sources, errors = read_all(pd.DataFrame({"body": ["x"]}))
    assert sources == []
    assert len(errors) == 1 and "text" in errors[0].error


# ----------------------------------------------------------------------------- discovery

def make_tree(root: Path, junk: bool = True):
    (root / "sub").mkdir(parents=True)
    (root / "a.txt").write_text("Alpha story.\n", encoding="utf-8")
    (root / "b.md").write_text("Beta story.\n", encoding="utf-8")
    (root / "sub" / "c.txt").write_text("Gamma story.\n", encoding="utf-8")
    if not junk:
        return
    (root / ".hidden.txt").write_text("Hidden.\n", encoding="utf-8")
    (root / "~lock.txt").write_text("Lock file.\n", encoding="utf-8")
    (root / "report.pdf").write_bytes(b"%PDF-1.4 not read")
    (root / "notes.docx").write_bytes(b"PK not read")
    (root / ".git").mkdir()
    (root / ".git" / "d.txt").write_text("Inside a hidden folder.\n", encoding="utf-8")


def test_folder_discovery(tmp_path):
    make_tree(tmp_path)
    sources, errors = read_all(tmp_path)
    assert errors == []
    assert [s.article_id for s in sources] == ["a", "b", "sub/c"]


@pytest.mark.parametrize("pattern, expected", [
    ("*.txt", ["a"]),
    ("**/*.txt", ["a", "c"]),
    ("sub/*", ["c"]),
])
def test_glob(tmp_path, pattern, expected):
    make_tree(tmp_path, junk=False)
    sources, errors = read_all(str(tmp_path / pattern))
    assert errors == []
    assert sorted(Path(s.path).stem for s in sources) == expected


def test_glob_without_match_is_an_error(tmp_path):
    sources, errors = read_all(str(tmp_path / "*.nothing"))
    assert sources == []
    assert [e.stage for e in errors] == ["find"]


def test_list_of_paths_same_name_kept_apart(tmp_path):
    for folder in ("one", "two"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(f"Story from folder {folder}.\n", encoding="utf-8")
    sources, errors = read_all([tmp_path / "one" / "story.txt", tmp_path / "two" / "story.txt"])
    assert errors == []
    assert [s.article_id for s in sources] == ["story", "story~2"]
    assert [s.text for s in sources] == ["Story from folder one.\n", "Story from folder two.\n"]


def test_same_file_listed_twice_read_once(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Only once.\n", encoding="utf-8")
    sources, errors = read_all([path, str(path), tmp_path])
    assert errors == []
    assert len(sources) == 1


def test_missing_path_is_an_error(tmp_path):
    sources, errors = read_all(tmp_path / "nope.txt")
    assert sources == []
    assert [e.stage for e in errors] == ["find"]
    assert len(errors[0].error) > 10


# ----------------------------------------------------------------------------- titles with HTML entities

@pytest.mark.parametrize("raw, expected", [
    ("Mayor blames &#039;our rivals&#039; for delay", "Mayor blames 'our rivals' for delay"),
    ("Mayor blames &amp;#039;our rivals&amp;#039; for delay", "Mayor blames 'our rivals' for delay"),  # escaped twice
    ("Port reopens &#8211; Daily Ledger", "Port reopens \u2013 Daily Ledger"),
    ("Bakers &amp; Co to cut &quot;waste&quot;", 'Bakers & Co to cut "waste"'),
    ("AT&T and R&D stay as written", "AT&T and R&D stay as written"),
    ("  Two\n  lines  ", "Two lines"),
    ("&nbsp;", None),
], ids=["numeric", "double", "dash", "named", "bare-ampersand", "whitespace", "empty"])
def test_clean_title(raw, expected):
    assert clean_title(raw) == expected


def test_escaped_titles_from_every_format(tmp_path):
    escaped = "Mayor blames &#039;our rivals&#039; &amp;amp; the weather"
    wanted = "Mayor blames 'our rivals' & the weather"
    (tmp_path / "a.md").write_text(f"---\npost_title: >\n  {escaped}\npost_date: 2016-02-02\n---\n"
                                   "<p>The mayor spoke on Monday.</p>\n", encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><head><title>{escaped}</title></head><body><article>"
                                     "<p>The mayor spoke on Monday about the weather and the rivals.</p>"
                                     "</article></body></html>", encoding="utf-8")
    (tmp_path / "c.jsonl").write_text(json.dumps({"title": escaped, "text": "The mayor spoke."}) + "\n",
                                      encoding="utf-8")
    sources, errors = read_all(tmp_path)
    assert errors == []
    assert [s.title for s in sources] == [wanted] * 3
    frame = pd.DataFrame({"text": ["The mayor spoke."], "title": [escaped]})
    assert read_one(frame).title == wanted


# ----------------------------------------------------------------------------- web pages

PAGES = FIXTURES / "pages"

#: page furniture written into each fixture page, none of which is article text
PAGE_FURNITURE = {
    "wire_reuters_style": ["We use cookies", "Accept all", "Share this", "Related Coverage", "Wheat prices climb",
                           "Most Read", "All rights reserved", "Trust Principles", "Source", "Markets"],
    "jsonld_newsarticle": ["Your privacy matters", "Share on Facebook", "Advertisement", "River defences",
                           "Sign up to our daily newsletter", "bookworm77", "Will the cafe reopen", "Registered in England",
                           "Topics:"],
    "div_soup_blog": ["Login | Register", "This site uses cookies", "Posted by", "Share:", "You may also like",
                      "Tram works", "About time!", "Waste of money", "Weekend road closures", "Back to top"],
    "jsonld_teaser": ["We value your privacy", "Share this article", "More on this story", "Why olive oil",
                      "Accessibility", "Seville correspondent"],
    "short_brief": ["Weather", "Contact the newsroom"],
    "table_layout_oldsite": ["Serving the valley", "Classifieds", "Letters", "Poll:", "E-mail this story",
                             "Related stories", "Spring floods close", "Copyright 2002", "|"],
    "jsonld_html_body": ["free articles left", "Also read", "Avalanche warning", "Share on Facebook", "Most read",
                         "Imprint", "<p>", "&quot;"],
    "wire_agency_dash": ["Skip to main content", "Follow The Evening Post", "Recommended", "Heat wave grips",
                         "Copyright 2017", "Election workers sort ballots"],
}


@pytest.mark.parametrize("name", sorted(PAGE_FURNITURE))
def test_web_page_body_without_furniture(name):
    text, meta = html_to_text((PAGES / f"{name}.html").read_text(encoding="utf-8"))
    gold = (PAGES / f"{name}.gold").read_text(encoding="utf-8").strip()
    for paragraph in gold.split("\n\n"):
        assert paragraph in text.split("\n\n"), paragraph
    for furniture in PAGE_FURNITURE[name]:
        assert furniture not in text, furniture
    # the title is metadata, not the first paragraph of the body
    assert meta["title"] not in text.split("\n\n")


def test_json_ld_article_body_is_preferred_and_cut_into_paragraphs():
    text, meta = html_to_text((PAGES / "jsonld_newsarticle.html").read_text(encoding="utf-8"))
    assert meta["extracted_by"] == "json-ld"
    assert meta["authors"] == ["Priya Sandhu", "Owen Hale"]  # the JSON-LD list, not the single meta tag
    assert parse_date(meta["published"]) == dt.date(2019, 10, 14)
    assert text.count("\n\n") == 6  # the one-run articleBody cut where the page's paragraphs start


def test_teaser_json_ld_and_broken_json_ld_leave_the_page_text():
    text, meta = html_to_text((PAGES / "jsonld_teaser.html").read_text(encoding="utf-8"))
    assert meta["extracted_by"] == "trafilatura"
    assert "..." not in text and len(text.split("\n\n")) == 5
    assert meta["authors"] == ["Lucia Ferraro"]


@pytest.mark.parametrize("markup", [
    "<p>Body.</p>",
    "<html><body><div><span>Ferry sails again.</span></div></body></html>",
])
def test_tiny_pages_are_never_empty(markup):
    text, meta = html_to_text(markup)
    assert text.strip() and meta["extracted_by"]


WIRE_PAGE = ("<html><body><nav>Home World</nav><figure><figcaption>Dock workers rest in Oslo, Norway, May 2, 2016. "
             "REUTERS/Kari Lund</figcaption></figure><div class='body'>"
             "<p>OSLO (Reuters) - Norwegian dock workers ended a two-day strike on Tuesday after the port "
             "operator agreed to keep night-shift pay at last year's level, their union said.</p>"
             "<p>The union said its members would return to work at six in the morning on Wednesday and that "
             "ships waiting in the fjord would be unloaded first.</p>"
             "<p>(Reporting by Kari Lund; Editing by Tom Aldridge)</p></div><footer>About us</footer></body></html>")


def test_wire_parts_dropped_by_the_extractor_are_put_back(monkeypatch):
    import helpers.reading as reading

    lede, more = ("Norwegian dock workers ended a two-day strike on Tuesday after the port operator agreed to "
                  "keep night-shift pay at last year's level, their union said."), (
                  "The union said its members would return to work at six in the morning on Wednesday and that "
                  "ships waiting in the fjord would be unloaded first.")
    # an extractor that keeps the story but cuts the dateline, the caption and the credits
    monkeypatch.setattr(reading, "_main_text", lambda markup: (f"{lede}\n\n{more}", "trafilatura", {}))
    text, meta = reading.html_to_text(WIRE_PAGE)
    assert text.split("\n\n") == [f"OSLO (Reuters) - {lede}", more, "(Reporting by Kari Lund; Editing by Tom Aldridge)"]
    assert meta["caption"] == "Dock workers rest in Oslo, Norway, May 2, 2016. REUTERS/Kari Lund"
    page, _ = reading.page_text(WIRE_PAGE)
    assert page.startswith(meta["caption"] + "\n\nOSLO (Reuters) - ")


def test_fallback_when_a_method_finds_nothing(monkeypatch):
    import trafilatura

    import helpers.reading as reading

    calls = []
    real = trafilatura.bare_extraction

    def only_recall_finds_text(markup, **options):
        mode = "precision" if options.get("favor_precision") else "recall" if options.get("favor_recall") else "balanced"
        calls.append(mode)
        return real(markup, **options) if mode == "recall" else None

    monkeypatch.setattr(trafilatura, "bare_extraction", only_recall_finds_text)
    markup = (PAGES / "div_soup_blog.html").read_text(encoding="utf-8")
    text, meta = reading.html_to_text(markup)
    assert calls == ["precision", "balanced", "recall"] and meta["extracted_by"] == "trafilatura (recall)"
    assert "City councillors voted 31 to 9" in text

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda markup, **options: None)
    text, meta = reading.html_to_text(markup)
    assert meta["extracted_by"] == "html"  # the visible text: more furniture, but never empty
    assert "City councillors voted 31 to 9" in text and "Jonas Berg" not in meta.get("authors", [])
    text, meta = reading.html_to_text((PAGES / "jsonld_newsarticle.html").read_text(encoding="utf-8"))
    assert meta["extracted_by"] == "json-ld" and "Mary Olsen" in text


def test_wire_page_file_keeps_its_layout():
    from helpers.articles import detect_layout

    src = read_one(PAGES / "wire_reuters_style.html")
    assert src.title == "Harbour pilots' strike halts grain exports"
    assert src.published == dt.date(2016, 3, 9)
    layout = detect_layout(src)
    assert layout.span_text(layout.caption).endswith("REUTERS/Ana Petrescu")
    assert layout.dateline == "BUCHAREST" and layout.source == "Daily Ledger"  # the outlet named by the page
    assert layout.authors == ["Ana Petrescu", "Mihai Dobre", "Clara Neumann"]
    assert layout.editors == ["Tom Aldridge"]
    assert layout.span_text(layout.credits).startswith("(Reporting by Ana Petrescu")


# ----------------------------------------------------------------------------- Reuters-21578 SGML

def test_reuters_21578_sgm(tmp_path):
    sources, errors = read_all(_sgm_fixture(tmp_path))
    assert [s.article_id for s in sources] == ["reuters21578_sample#11", "reuters21578_sample#12",
                                               "reuters21578_sample#13", "reuters21578_sample#16"]
    first, second, brief, undated = sources
    assert first.title == "PRAIRIE WHEAT STOCKS FALL 12 PCT <PWC>"
    assert (first.published, first.published_from) == (dt.date(1987, 3, 12), "metadata (DATE)")
    assert first.text == ("WINNIPEG, March 12 - Wheat stocks held by Prairie elevator companies fell 12 pct in "
                          "February from a month earlier, the Prairie Wheat Council <PWC> said.\n\n"
                          "Farm deliveries slowed because of heavy snow and the council said it expected "
                          "stocks to recover by May.")
    assert first.outlet == "Reuters" and first.fmt == "sgm"
    # a Latin-1 byte decoded; the escaped-tab paragraph mark starts a paragraph; 'REUTER' signature gone
    assert second.title == "CAF\u00c9 CHAIN NAMES NEW CHIEF" and "Andr\u00e9 Leclerc" in second.text
    assert second.text.endswith("\n\nThe company runs 140 cafes in Quebec and Ontario.")
    assert second.published == dt.date(1987, 4, 3)
    # a headline-only flash is analysed as its title; its placeholder text is not
    assert brief.text == brief.title == "HARBOUR BOARD APPROVES NEW CONTAINER TERMINAL"
    assert undated.published is None and undated.text.startswith("GDANSK, April 17 - ")
    # the cut-off record and the empty one are error rows; the records after them were read
    assert [e.path.rsplit(":", 1)[1] for e in errors] == ["14", "15"]
    assert "no closing </REUTERS>" in errors[0].error


def test_reuters_21578_dateline_reaches_the_layout(tmp_path):
    from helpers.articles import detect_layout

    sources, _ = read_all(_sgm_fixture(tmp_path))
    layouts = [detect_layout(s) for s in sources]
    assert [lay.dateline for lay in layouts] == ["WINNIPEG", "MONTREAL", None, "GDANSK"]
    assert layouts[0].span_text(layouts[0].title) == "PRAIRIE WHEAT STOCKS FALL 12 PCT <PWC>"


def test_sgm_without_records_is_an_error(tmp_path):
    path = write_bytes(tmp_path, "notes.sgm", b"<DOC>nothing Reuters-like here</DOC>\n")
    sources, errors = read_all(path)
    assert sources == [] and len(errors) == 1 and "<REUTERS>" in errors[0].error


def test_story_inside_a_page_wide_form_is_read():
    # ASP.NET pages wrap the whole body in one <form>
    paragraphs = ["The river ferry will run an extra evening crossing from June, the operator said on Friday.",
                  "Commuters had asked for the later sailing since the bridge closed for repairs in March.",
                  "The operator said the crossing would cost the same as the daytime ones."]
    markup = ("<html><body><form id='aspnetForm'><div class='menu'><a href='/'>Home</a></div><div class='story'>"
              + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></form></body></html>")
    for reader in (html_to_text, soup_text):
        text, _ = reader(markup)
        assert all(p in text for p in paragraphs), reader.__name__


def test_a_page_that_is_only_a_table_keeps_it():
    rows = "".join(f"<tr><td>District {i}</td><td>{1000 + 37 * i} votes</td><td>turnout {40 + i} percent</td></tr>"
                   for i in range(1, 13))
    text, meta = html_to_text(f"<html><body><nav>Home</nav><table>{rows}</table></body></html>")
    assert "District 7" in text and "1259 votes" in text


def test_visible_text_takes_the_longest_article_element():
    story = "<p>The council approved the new library budget on Tuesday after a long debate.</p>" * 3
    markup = (f"<html><body><article class='card'><a href='/x'>Other story</a></article>"
              f"<article>{story}</article></body></html>")
    text, _ = soup_text(markup)
    assert "council approved" in text and "Other story" not in text
