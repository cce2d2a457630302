"""Reading articles: find input files, decode them, and pull out text and metadata.

Everything here is about bytes and formats; the wire-story layout of a text (title,
caption, dateline, credits) is :mod:`helpers.articles`.  Each reader yields
:class:`Source` records or :class:`ReadError` records, never raises for bad input.
"""
from __future__ import annotations

import codecs
import csv
import datetime as dt
import glob as globlib
import html
import io
import itertools
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

import yaml

#: file endings we read, and the reader for each
TEXT_SUFFIXES = {".txt", ".text", ".story"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
CSV_SUFFIXES = {".csv", ".tsv"}
SGML_SUFFIXES = {".sgm", ".sgml"}  # Reuters-21578 news files: many <REUTERS> articles each
SUFFIXES = TEXT_SUFFIXES | MARKDOWN_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES | CSV_SUFFIXES | SGML_SUFFIXES

#: column / field names accepted for each piece of a record (CSV, JSON, front matter)
TEXT_FIELDS = ("text", "body", "content", "article", "story", "full_text")
TITLE_FIELDS = ("title", "post_title", "headline", "heading")
DATE_FIELDS = ("published", "post_date", "date", "pubdate", "pub_date", "published_at",
               "publication_date", "datetime", "created_at", "timestamp")
ID_FIELDS = ("article_id", "id", "doc_id", "uid")
OUTLET_FIELDS = ("source", "outlet", "publisher", "agency", "site_name", "sitename")

MAX_FILE_BYTES = 50_000_000
#: longest article accepted: texts over the spaCy pipeline's max_length are parsed in chunks at
#: paragraph boundaries (helpers.nlp), so this only guards memory and time
MAX_TEXT_CHARS = 20_000_000
FILENAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")
#: "<outlet>_<date>_<slug>" file names, as scraped corpora name them ("nyt_2016-10-02_clinton-.txt")
FILENAME_OUTLET = re.compile(r"^([A-Za-z][A-Za-z0-9.-]*)_(?:19|20)\d\d-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])_\w")


@dataclass
class Source:
    """One article ready for analysis."""

    article_id: str
    path: str
    text: str                      # the analysed text, newlines normalised to \n
    title: str | None = None       # from metadata; None lets the layout find it
    published: dt.date | None = None
    published_from: str | None = None
    outlet: str | None = None
    fmt: str = "txt"
    encoding: str = "utf-8"
    plain: bool = False            # True: the whole text is body (no layout detection)
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        self.title = clean_title(self.title)  # every reader's title, entities decoded


@dataclass
class ReadError:
    path: str
    stage: str
    error: str


# ----------------------------------------------------------------------------- decoding

def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode bytes to text; return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16 with a BOM first; then cp1252, the usual
    encoding of Western news files that are not UTF-8 (curly quotes, pound sign); then
    what charset-normalizer detects; Latin-1 last, which decodes any byte.
    Raises ``ValueError`` for content that looks binary.
    """
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "utf-16"
    if b"\x00" in data[:4096]:
        raise ValueError("the file contains NUL bytes: it looks binary, not text "
                         "(save it as UTF-8 text, or remove it from the folder)")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        if not re.search(r"[\x80-\x9f]", text):
            return text, "cp1252"
    except UnicodeDecodeError:
        pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(data).best()
        if best is not None and best.encoding:
            return str(best), best.encoding
    except Exception:  # detection is a convenience; Latin-1 below always works
        pass
    return data.decode("latin-1"), "latin-1"


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF: ``articles.text`` is this normalised text."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    kept = sample.translate(_CONTROL)  # control characters (not line breaks or tabs) and U+FFFD removed
    return (len(sample) - len(kept)) / len(sample) > 0.05


_CONTROL = dict.fromkeys([c for c in range(32) if chr(c) not in "\n\t\f\v\r"] + [0xFFFD])


# ----------------------------------------------------------------------------- metadata

def parse_date(value) -> dt.date | None:
    """A date from a metadata value (ISO string, '2016-01-10 19:42:31', 'Jan 7, 2016', date)."""
    if value is None or value is True or value is False:
        return None
    try:
        if value != value:  # NaN, NaT: missing
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if hasattr(value, "to_pydatetime"):  # pandas Timestamp (NaT is missing)
        if value != value:
            return None
        try:
            return value.to_pydatetime().date()
        except (ValueError, TypeError):
            return None
    text = str(value).strip()
    if not text or len(text) > 60:
        return None
    m = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None
    try:
        from dateutil import parser as dparser

        # a fixed default keeps missing fields deterministic
        return dparser.parse(text, default=dt.datetime(1900, 1, 1)).date() if re.search(r"\d{4}", text) else None
    except (ValueError, OverflowError):
        return None


def clean_title(title: str | None) -> str | None:
    """A title as a reader sees it: HTML entities decoded, even when escaped twice
    ('&amp;#039;' -> "'"), and whitespace collapsed; None when nothing is left."""
    if title is None:
        return None
    title = str(title)
    for _ in range(3):  # a feed that escaped an escaped title: decode until nothing changes
        decoded = html.unescape(title)
        if decoded == title:
            break
        title = decoded
    title = " ".join(title.split())
    return title or None


def outlet_from_filename(path: str) -> str | None:
    """The outlet a file name starts with, before an underscore and the date; else None."""
    m = FILENAME_OUTLET.match(Path(path).stem)
    return m[1] if m else None


def date_from_filename(path: str) -> dt.date | None:
    m = FILENAME_DATE.search(Path(path).stem)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def _pick(record: dict, names: Iterable[str]):
    lowered = {str(k).strip().lower(): v for k, v in record.items()}
    for name in names:
        value = lowered.get(name)
        if isinstance(value, list) and value:
            value = value[0]
        # a nested mapping or list is not a title or a date; str() of it could be huge
        if isinstance(value, (dict, list, tuple, set)):
            continue
        if value is not None and not (isinstance(value, float) and value != value) and str(value).strip():
            return value
    return None


def _date_field(record: dict):
    for name in DATE_FIELDS:
        value = _pick(record, (name,))
        date = parse_date(value)
        if date is not None:
            return date, name
    return None, None


# ----------------------------------------------------------------------------- HTML / Markdown

_BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
               "blockquote", "section", "article", "figcaption", "pre", "dd", "dt")
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "canvas",
              "nav", "footer", "header", "aside", "form", "button", "select", "head")


def html_to_text(markup: str) -> tuple[str, dict]:
    """The article text of an HTML page or fragment, one paragraph per block, and its metadata.

    Methods in order: the page's JSON-LD ``articleBody`` (unless it is a teaser much
    shorter than the extracted story); trafilatura in precision mode, then in balanced and
    recall modes when that finds nothing; the visible text of the page without its
    furniture (:func:`soup_text`) when all find nothing.  Wire-story parts that main-text
    extractors drop as boilerplate (a photo caption above the story, the dateline, the
    closing credits) are put back from the visible text, so the layout still finds them.
    Returns the body text and what the page said of the article: ``title``, ``published``,
    ``authors``, ``outlet``, ``dateline``, ``caption`` (a wire photo caption kept apart from
    the body; :func:`page_text` puts it first) and ``extracted_by`` (the method that gave
    the text: json-ld, trafilatura, trafilatura (balanced), trafilatura (recall) or html).

    Notes: trafilatura is Barbaresi (2021), "Trafilatura: A Web Scraping Library and
    Command-Line Tool for Text Discovery and Extraction", ACL demos.
    """
    from bs4 import BeautifulSoup

    markup = _AD_SHORTCODE.sub(" ", markup)
    soup = BeautifulSoup(markup, "lxml")
    ld = json_ld_article(soup)
    visible, meta = soup_text(soup)
    captions = meta.pop("_captions", ())
    extracted, method, found = _main_text(markup)
    if not visible.strip() and len(extracted.split()) < 25:
        extracted = ""  # only scripts, navigation and footers: an extractor's pick there is furniture
    body = ld.get("body")
    if body and (not extracted or len(body) >= 0.6 * len(extracted)):
        # a teaser or paywalled articleBody is shorter than the page text: not preferred then
        text, method = _paragraphed(body, extracted or visible), "json-ld"
    elif extracted:
        text = extracted
    else:
        text, method = visible, "html"
    if method != "html":
        text, caption = _restore_wire_parts(text, visible, captions)
        if caption:
            meta["caption"] = caption
    _merge_metadata(meta, ld, found)
    titles = {_key(t) for t in (meta.get("title"), ld.get("title"), found.get("title")) if t}
    meta["extracted_by"] = method
    return _trim_edges(text, titles), meta


def _merge_metadata(meta: dict, ld: dict, found: dict) -> None:
    """Title and date from news meta tags first, then JSON-LD, then trafilatura; authors from
    JSON-LD first (a list there, one string in a meta tag), and trafilatura's guess last."""
    for key in ("title", "published"):
        value = meta.get(key) or ld.get(key) or found.get(key)
        if value:
            meta[key] = value
    authors = [a for a in ld.get("authors") or meta.get("authors") or () if PERSON_NAME.match(a)]
    if not authors:  # trafilatura's guess from the page text: full names only
        authors = [a for a in found.get("authors") or () if PERSON_NAME.match(a) and len(a.split()) > 1]
    if authors:
        meta["authors"] = authors
    else:
        meta.pop("authors", None)
    fallback = meta.pop("title_fallback", None)  # the <title> tag, with the site name in it
    if fallback and not meta.get("title"):
        # 'Site :: Section :: Headline', 'Headline | Site': the headline is the longest part
        meta["title"] = max(re.split(r"\s+(?:\||::|\u2013|\u2014|-)\s+", fallback), key=len)


def _trim_edges(text: str, titles: set[str]) -> str:
    """Separator lines dropped; the title and furniture lines dropped from the story's edges."""
    paragraphs = [p for p in text.split("\n\n") if re.search(r"\w", p)]  # '___', '* * *'
    while len(paragraphs) > 1 and (_key(paragraphs[0]) in titles or _PAGE_FURNITURE.match(paragraphs[0])):
        paragraphs.pop(0)  # the title is metadata, put first by the layout: not repeated in the body
    while len(paragraphs) > 1 and _PAGE_FURNITURE.match(paragraphs[-1]):
        paragraphs.pop()
    return "\n\n".join(paragraphs)


#: lines of page furniture that extractors leave at the edges of a story: navigation,
#: promotion, legal notices (matched at the start of a paragraph, case-insensitive)
_PAGE_FURNITURE = re.compile(
    r"(?i)\s*(?:go back to top|back to top|skip to\b|advertisement\s*$|read more\s*:?\s*$|also on [\w.]+\s*:?\s*$|"
    r"(?:copyright|\u00a9)\s*(?:\(c\)\s*)?\d{4}\b.{0,120}(?:rights reserved|may not be)|all rights reserved|"
    r"share this(?: article| story)?\s*$|follow us\b|sign up (?:for|to)\b|subscribe (?:now|to|for)\b|click here\b|"
    r"related(?: stories| articles| coverage| links| content)?\s*:|related coverage\s*$|more on this (?:story|topic)\b|"
    r"you may also like\b|recommended(?: for you)?\s*:?\s*$|most (?:read|popular)\b)")


def page_text(markup: str) -> tuple[str, dict]:
    """What is analysed of an HTML page: :func:`html_to_text`'s body, its caption first."""
    text, meta = html_to_text(markup)
    caption = meta.get("caption")
    return (f"{caption}\n\n{text}" if caption and text else text), meta


#: what an author's name looks like: capitalised words, no digits (a date in a byline is not a name)
#: each word capitalised or a particle ('Sybille de La Hamaide', 'Eric M. Johnson')
PERSON_NAME = re.compile(r"^(?!.*\d)(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\b)[A-Z][\w.'\u2019\-]*"
                         r"(?:\s+(?:[A-Z][\w.'\u2019\-]*|de|la|le|van|von|der|den|da|del|di|du|al|el|bin|ibn))"
                         r"{0,4}$")

#: JSON-LD ``@type`` values that carry a news article
_LD_TYPES = re.compile(r"Article|BlogPosting|Report\b", re.I)


def json_ld_article(soup) -> dict:
    """``body``, ``title``, ``published`` and ``authors`` of the page's JSON-LD article, if any.

    Several article objects (the story and its related links) are told apart by the
    longest ``articleBody``.
    """
    found: list[dict] = []

    def walk(node, depth=0):
        if depth > 6:
            return
        if isinstance(node, list):
            for item in node:
                walk(item, depth + 1)
        elif isinstance(node, dict):
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and _LD_TYPES.search(k) for k in kinds):
                found.append(node)
            for key in ("@graph", "mainEntity", "mainEntityOfPage", "hasPart"):
                if key in node:
                    walk(node[key], depth + 1)

    for tag in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.I)}):
        try:
            walk(json.loads(tag.string or tag.get_text() or "null"))
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is common; the page text is read other ways
    if not found:
        return {}
    best = max(found, key=lambda n: len(n.get("articleBody") or "") if isinstance(n.get("articleBody"), str) else 0)
    out: dict = {}
    body = best.get("articleBody")
    if isinstance(body, str) and body.strip():
        body = html.unescape(body) if "<" not in body else soup_text(body)[0]
        out["body"] = "\n\n".join(p for p in (" ".join(line.split()) for line in body.split("\n")) if p)
    if isinstance(best.get("headline"), str):
        out["title"] = best["headline"].strip()
    if isinstance(best.get("datePublished"), str):
        out["published"] = best["datePublished"].strip()
    authors = best.get("author")
    authors = authors if isinstance(authors, list) else [authors]
    names = [a.get("name") if isinstance(a, dict) else a for a in authors]
    names = [n.strip() for n in names if isinstance(n, str) and n.strip() and "://" not in n]
    if names:
        out["authors"] = names
    return out


#: trafilatura's modes, tried in this order until one finds text
_MODES = (("trafilatura", {"favor_precision": True}), ("trafilatura (balanced)", {}),
          ("trafilatura (recall)", {"favor_recall": True}))


def _main_text(markup: str) -> tuple[str, str, dict]:
    """``(text, method, metadata)`` from trafilatura: precision mode, then balanced, then recall.

    A page laid out with a table (navigation in one cell, the story in another) comes out
    as table rows; it is read again without tables, and that reading is kept when it still
    has a story.
    """
    found: dict = {}
    tabled: tuple[str, str] | None = None  # table rows only: kept in case no mode finds more
    for method, options in _MODES:
        doc = _trafilatura(markup, options, tables=True)
        text = _doc_text(doc)
        if doc is not None and not found:
            found = {"title": doc.title, "published": doc.date,
                     "authors": [a.strip() for a in re.split(r";|\band\b", doc.author or "") if a.strip()]}
        if _table_share(text) > 0.5:  # a layout table, or is the story itself in the table?
            untabled = _doc_text(_trafilatura(markup, options, tables=False))
            if len(untabled.split()) < 25:  # no story outside the table in this mode: try the next
                tabled = tabled or (text, method)
                continue
            text = untabled  # the table was the page's layout
        if text:
            return text, method, found
    return (*(tabled or ("", "")), found)


def _trafilatura(markup: str, options: dict, *, tables: bool):
    import trafilatura

    try:
        return trafilatura.bare_extraction(markup, include_comments=False, include_tables=tables,
                                           with_metadata=True, date_extraction_params={
                                               "extensive_search": False, "original_date": True}, **options)
    except Exception:  # an extractor crash on odd markup leaves the other methods
        return None


def _doc_text(doc) -> str:
    lines = [" ".join(line.split()) for line in ((doc.text or "") if doc is not None else "").split("\n")]
    return "\n\n".join(line for line in lines if line)


def _table_share(text: str) -> float:
    """Share of the text in table rows ('| cell | cell |', trafilatura's table format)."""
    rows = sum(len(line) for line in text.split("\n\n") if line.startswith("|"))
    return rows / len(text) if text else 0.0


def _key(paragraph: str) -> str:
    return " ".join(paragraph.lower().split())


def _paragraphed(body: str, reference: str) -> str:
    """``body`` (a JSON-LD articleBody) cut into paragraphs where ``reference`` has them.

    An ``articleBody`` often comes as one run of text; the paragraphs of the extracted page
    text that start inside it mark where its paragraphs start.
    """
    if "\n" in body:
        return body
    cuts = set()
    for para in reference.split("\n\n"):
        head = " ".join(para.split()[:8])
        if len(head) >= 20:
            at = body.find(head)
            if at > 0:
                cuts.add(at)
    out, last = [], 0
    for at in sorted(cuts):
        out.append(body[last:at].strip())
        last = at
    out.append(body[last:].strip())
    return "\n\n".join(p for p in out if p)


def _restore_wire_parts(text: str, visible: str, captions) -> tuple[str, str | None]:
    """``(text, caption)``: the dateline and credits a main-text extractor dropped put back,
    and the photo caption it dropped.

    ``visible`` is all the page's visible text in order; paragraphs of ``text`` are found in
    it, and only the wire-story parts right around the extracted story are taken: a photo
    caption just above it, a dateline cut from its first paragraph, closing credits just
    below it.  The caption is not body text: the caller puts it before the body.
    """
    from .articles import CREDITS_BLOCK, DATELINE, PHOTO_CREDIT

    ours = text.split("\n\n")
    page = visible.split("\n\n")
    keys = [_key(p) for p in page]

    def where(para: str) -> int | None:
        k = _key(para)
        for i, pk in enumerate(keys):
            if pk == k or (len(k) >= 30 and (pk.endswith(k) or pk.startswith(k))):
                return i
        return None

    first = next((i for i in (where(p) for p in ours[:3]) if i is not None), None)
    last = next((i for i in (where(p) for p in reversed(ours[-3:])) if i is not None), None)
    if first is None or last is None:
        return text, None
    lead = page[first]
    if lead != ours[0] and _key(lead).endswith(_key(ours[0])) and DATELINE.match(lead) \
            and len(lead) - len(ours[0]) <= 80:
        ours[0] = lead  # the dateline was cut off the first paragraph
    caption = None
    wire = bool(DATELINE.match(ours[0])) or bool(CREDITS_BLOCK.search(ours[-1]))
    for i in range(first - 1, max(first - 3, -1), -1):
        para = page[i]
        if _key(para) in map(_key, ours):
            break
        if PHOTO_CREDIT.search(para) or (wire and para in captions):
            caption = para
            break
    if not CREDITS_BLOCK.search(ours[-1]):
        for para in page[last + 1:last + 4]:
            if CREDITS_BLOCK.search(para):
                ours.append(para)
                break
    return "\n\n".join(ours), caption


def soup_text(markup) -> tuple[str, dict]:
    """Visible text of an HTML page or fragment, one paragraph per block element.

    ``markup`` is a string or a parsed ``BeautifulSoup`` page (which is taken apart).
    Scripts, styles and page furniture (navigation, header, footer, asides, forms) are
    dropped; entities are decoded.  Returns the text and what the markup said of the
    article (``title``, ``published``, ``dateline``, ``authors``).  The last of the methods
    of :func:`html_to_text`, and what it checks wire-story parts against.
    """
    from bs4 import BeautifulSoup

    # a parsed page is taken apart here: callers pass one they have finished reading
    soup = markup if not isinstance(markup, str) else BeautifulSoup(markup, "lxml")
    meta: dict = {}
    title_tag = soup.find("title")
    h1 = soup.find("h1")
    for key, attrs in (("title", {"property": "og:title"}), ("published", {"property": "article:published_time"}),
                       ("published", {"name": "date"}), ("published", {"itemprop": "datePublished"}),
                       ("outlet", {"property": "og:site_name"}), ("authors", {"name": "author"}),
                       ("authors", {"property": "article:author"})):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content") and key not in meta:
            value = tag["content"].strip()
            if key == "authors":
                if "://" in value or not value:
                    continue
                value = [a.strip() for a in re.split(r";|,|\band\b", value) if a.strip()]
            meta[key] = value
    time_tag = soup.find("time", attrs={"datetime": True})
    if time_tag and "published" not in meta:
        meta["published"] = time_tag["datetime"]
    if "title" not in meta:
        if h1 and h1.get_text(strip=True):
            meta["title"] = h1.get_text(" ", strip=True)
        elif title_tag and title_tag.get_text(strip=True):
            meta["title_fallback"] = title_tag.get_text(" ", strip=True)
    location = soup.find(class_=re.compile(r"articleLocation|dateline", re.I))
    if location and location.get_text(strip=True):
        meta["dateline"] = location.get_text(" ", strip=True)
    meta["_captions"] = {" ".join(t.get_text(" ").split()) for t in
                         soup.find_all(["figcaption"]) + soup.find_all(class_=re.compile(r"caption", re.I))}
    for tag in soup.find_all(_DROP_TAGS):
        if tag.parent is None:
            continue  # inside a tag already dropped
        if tag.name in ("form", "header") and len(tag.find_all("p", limit=3)) >= 3:
            continue  # a page-wide <form> (ASP.NET) or a story inside <header>: not furniture
        tag.decompose()
    if h1 is not None and h1.parent is not None:
        h1.decompose()  # the title is kept as metadata and put first by the caller
    # the story is the <article> (or <main>) with the most text: the first is often a teaser card
    containers = soup.find_all("article") or soup.find_all("main")
    main = max(containers, key=lambda t: len(t.get_text())) if containers else soup.body or soup
    for tag in main.find_all(_BLOCK_TAGS):
        tag.insert_before("\n\n")
        tag.insert_after("\n\n")
    text = main.get_text()
    text = _AD_SHORTCODE.sub(" ", text)
    paragraphs = [re.sub(r"[ \t\u00a0]+", " ", p).strip() for p in re.split(r"\n\s*\n", text)]
    return "\n\n".join(p for p in paragraphs if p), meta


#: WordPress ad shortcodes left in republished posts
_AD_SHORTCODE = re.compile(r"\[ad_\d+\]")


_MD_RULES = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),          # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),      # links keep their text
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]*", re.M), ""),  # headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),       # block quotes
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),           # bold
    (re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"^[ \t]*[-*+][ \t]+", re.M), ""),       # bullets
    (re.compile(r"^[ \t]*([-*_][ \t]*){3,}$", re.M), ""),  # rules
    (re.compile(r"`([^`]*)`"), r"\1"),                   # code
)


def markdown_to_text(body: str) -> tuple[str, dict]:
    """Plain text of a Markdown (or HTML) body, and what its markup said (see html_to_text)."""
    if re.search(r"<(p|div|span|br|a|h\d)\b", body, re.I):
        return page_text(body)
    for pattern, repl in _MD_RULES:
        body = pattern.sub(repl, body)
    body = _AD_SHORTCODE.sub(" ", body)
    return re.sub(r"\n{3,}", "\n\n", body).strip(), {}


def split_front_matter(text: str) -> tuple[dict | None, str, str | None]:
    """``(metadata, body, error)`` of a Markdown text with optional YAML front matter."""
    m = re.match(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", text, re.S)
    if not m:
        return None, text, None
    body = text[m.end():]
    try:
        meta = yaml.safe_load(m.group(1))
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" (line {where.line + 2})" if where is not None else ""
        return None, body, (f"the YAML front matter is not valid{line}: "
                            f"{getattr(exc, 'problem', None) or exc}; the body was analysed "
                            "without its title and date: fix the front matter to use them")
    except (RecursionError, ValueError, TypeError) as exc:  # absurd nesting, odd scalars
        return None, body, (f"the YAML front matter could not be read ({type(exc).__name__}); the body was "
                            "analysed without its title and date: simplify the front matter to use them")
    if not isinstance(meta, dict):
        return None, body, "the front matter is not a YAML mapping of fields; the body was analysed without it"
    return meta, body, None


# ----------------------------------------------------------------------------- records

def _source_from_record(record: dict, *, article_id: str, path: str, fmt: str, encoding: str,
                        html: bool = False) -> Source | None:
    text = _pick(record, TEXT_FIELDS)
    if text is None:
        return None
    text = normalise_newlines(str(text))
    if html or re.search(r"<(p|div|br)\b[^>]*>", text, re.I):
        text = page_text(text)[0]
    title = _pick(record, TITLE_FIELDS)
    published, field_name = _date_field(record)
    outlet = _pick(record, OUTLET_FIELDS)
    rid = _pick(record, ID_FIELDS)
    return Source(article_id=str(rid) if rid is not None else article_id, path=path, text=text,
                  title=normalise_newlines(str(title)).strip() if title is not None else None,
                  published=published, published_from=f"metadata ({field_name})" if published else None,
                  outlet=str(outlet).strip() if outlet is not None else None, fmt=fmt, encoding=encoding)


def _csv_records(text: str, delimiter: str) -> Iterator[tuple[int, int, list[str] | None, str | None]]:
    """``(first line, last line, fields, problem)`` of each record of a CSV text.

    Strict parsing: a malformed record (an unclosed quote, a stray quote inside a quoted
    field) is reported with ``fields=None`` and the line where it starts, and parsing goes
    on after it, so one bad row never swallows the rows that follow.
    """
    pieces = text.split("\n")
    lines = [p + "\n" for p in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    i = 0
    while i < len(lines):
        reader = csv.reader(itertools.islice(lines, i, None), delimiter=delimiter, strict=True)
        while True:
            first = i + reader.line_num  # 0-based index of the next line the reader takes
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                last = i + reader.line_num - 1  # the line the parser stopped on
                at_end = last >= len(lines) - 1 and "end of data" in str(exc)
                if at_end:
                    problem = 'a quoted field opens with " and is never closed'
                    resume = first + 1  # read the lines it swallowed as rows of their own
                elif "expected after" in str(exc):
                    problem = ('a quote (") inside a quoted field is not doubled, or the quote '
                               "that should close a field is missing")
                    # a line that starts with a quote begins the next record: the unclosed
                    # quote of this one ran into it
                    resume = last if last > first and lines[last].startswith('"') else last + 1
                else:
                    problem = str(exc)
                    resume = last + 1
                yield first + 1, max(first, resume - 1) + 1, None, problem
                i = max(resume, first + 1)
                break
            yield first + 1, i + reader.line_num, row, None


def _read_csv(text: str, path: str, base_id: str, encoding: str) -> Iterator[Source | ReadError]:
    delimiter = "\t" if path.lower().endswith(".tsv") else ","
    if delimiter == ",":
        try:
            delimiter = csv.Sniffer().sniff(text[:4096], delimiters=",;\t|").delimiter
        except Exception:  # no clear delimiter: a comma
            pass
    csv.field_size_limit(MAX_FILE_BYTES)
    records = _csv_records(text, delimiter)
    header = None
    for line, _, fields, problem in records:
        if problem is not None:
            yield ReadError(path, "read", f"the CSV header row (line {line}) cannot be parsed: {problem}; nothing "
                            "in the file was read: fix the first row, which must name the columns, one of them 'text'")
            return
        header = fields
        break
    if not header:
        yield ReadError(path, "read", "the CSV file has no header row; "
                        "the first row must name the columns, one of them 'text'")
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if not any(h.lower() in TEXT_FIELDS for h in header):
        yield ReadError(path, "read", f"the CSV file has no text column (columns: {', '.join(header)[:200]}); "
                        f"name the article text column one of: {', '.join(TEXT_FIELDS)}")
        return
    row_no = 0
    for line, last, row, problem in records:
        row_no += 1
        where = f"{path}:{line}"
        if problem is not None:
            span = f"line {line}" if last == line else f"line {line} (to line {last})"
            yield ReadError(where, "read", f"malformed CSV row at {span}: {problem}; the row was skipped, "
                            'the other rows were read: fix its quotes (a quote inside a quoted field is written "")')
            continue
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != len(header):
            yield ReadError(where, "read", f"CSV line {line} has {len(row)} fields where the header has "
                            f"{len(header)} (an unquoted comma or a cut-off row?); the row was skipped, the other "
                            "rows were read: quote fields that contain the delimiter")
            continue
        record = dict(zip(header, row))
        src = _source_from_record(record, article_id=f"{base_id}#{row_no}", path=where,
                                  fmt="csv", encoding=encoding)
        if src is None or not src.text.strip():
            yield ReadError(where, "read", f"CSV line {line} has an empty text column; the row was skipped")
            continue
        yield src


def _json_problem(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    if isinstance(exc, RecursionError):
        return "nested too deeply"
    return str(exc)[:200] or type(exc).__name__


def _read_json(text: str, path: str, base_id: str, encoding: str) -> Iterator[Source | ReadError]:
    records: list[tuple[int, object]] = []
    stripped = text.strip()
    data = None
    lines_mode = path.lower().endswith((".jsonl", ".ndjson"))
    if not lines_mode:
        try:
            data = json.loads(text)
        except (ValueError, RecursionError) as exc:
            # JSON Lines saved as .json: one object per line
            if not (stripped[:1] == "{" and "\n{" in stripped):
                where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
                yield ReadError(path, "read", f"the file is not valid JSON ({_json_problem(exc)}{where}); "
                                "nothing in it was read: fix it, or write one JSON object per line as .jsonl")
                return
            lines_mode = True
    if lines_mode:
        for line_no, line in enumerate(text.split("\n"), 1):
            if not line.strip():
                continue
            try:
                records.append((line_no, json.loads(line)))
            except (ValueError, RecursionError) as exc:
                records.append((line_no, ReadError(
                    f"{path}:{line_no}", "read", f"line {line_no} is not valid JSON ({_json_problem(exc)}); the "
                    "line was skipped, the other lines were read: write one complete JSON object per line")))
    else:
        if isinstance(data, dict) and isinstance(data.get("articles"), list):
            data = data["articles"]
        items = data if isinstance(data, list) else [data]
        records = [(i + 1, item) for i, item in enumerate(items)]
    unit = "line" if lines_mode else "record"
    for n, item in records:
        where = f"{path}:{n}"
        if isinstance(item, ReadError):
            yield item
            continue
        if not isinstance(item, dict):
            yield ReadError(where, "read", f"{unit} {n} is not a JSON object with a 'text' field; it was skipped: "
                            'write each article as {"text": ..., "title": ...}')
            continue
        src = _source_from_record(item, article_id=f"{base_id}#{n}", path=where, fmt="json", encoding=encoding)
        if src is None or not src.text.strip():
            yield ReadError(where, "read", f"{unit} {n} has no text (fields: {', '.join(map(str, item))[:120]}); "
                            f"it was skipped: give it one of: {', '.join(TEXT_FIELDS)}")
            continue
        yield src


# ----------------------------------------------------------------------------- Reuters-21578 SGML

_SGM_RECORD = re.compile(r"<REUTERS\b([^>]*)>(.*?)(?:</REUTERS>|(?=<REUTERS\b)|\Z)", re.S)
_SGM_CLOSED = re.compile(r"</REUTERS>\s*\Z")


def _sgm_field(record: str, tag: str) -> str | None:
    m = re.search(rf"<{tag}\b[^>]*>(.*?)</{tag}>", record, re.S)
    return m.group(1) if m else None


def _sgm_text(raw: str) -> str:
    """A Reuters-21578 text as paragraphs: entities decoded, wire control characters and the
    closing 'Reuter' signature dropped, hard-wrapped lines joined.

    A paragraph starts on an indented line (or one marked with the escaped tab '&\\t' some
    copies carry); a line that is not indented continues the one before.
    """
    raw = raw.replace("&\\t", "\n\t")
    for _ in range(2):  # the signature and end-of-text mark, sometimes sent twice
        raw = re.sub(r"(?i)\s*\bReuters?\s*(?:&#3;)?\s*\Z", "", raw.rstrip())
    raw = html.unescape(re.sub(r"&#(?:[0-9]|[12][0-9]|3[01]|127);", "", raw))  # wire control codes: no text
    paragraphs: list[str] = []
    for line in raw.split("\n"):
        if not line.strip():
            if paragraphs and paragraphs[-1]:
                paragraphs.append("")
            continue
        if not paragraphs or line[:1] in (" ", "\t") or not paragraphs[-1]:
            paragraphs.append(line.strip())
        else:
            paragraphs[-1] += " " + line.strip()
    text = "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())
    return "".join(ch for ch in text if ch in "\n\t" or ord(ch) >= 32)


def _sgm_date(value: str | None) -> dt.datetime | None:
    """'26-FEB-1987 15:01:37.79' (seconds fraction and spacing vary in the collection)."""
    m = re.match(r"\s*(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{1,2}):(\d{2}):(\d{2})", value or "")
    if not m:
        return None
    try:
        return dt.datetime.strptime(" ".join(m.groups()), "%d %b %Y %H %M %S")
    except ValueError:
        return None


def _read_sgm(text: str, path: str, base_id: str, encoding: str) -> Iterator[Source | ReadError]:
    """Each ``<REUTERS>`` element of a Reuters-21578 file as one article.

    TITLE is the title, DATELINE ('NEW YORK, March 26 -') opens the body as wire stories do,
    so the layout finds the city; DATE is the publication date; the id is
    ``<file>#<NEWID>``.  A record that is cut off, or has neither a title nor a body, is an
    error row; the other records are read.
    """
    found = False
    for n, m in enumerate(_SGM_RECORD.finditer(text), 1):
        found = True
        attrs, record = m.group(1), m.group(2)
        newid = re.search(r'NEWID="(\d+)"', attrs)
        ident = newid.group(1) if newid else f"record{n}"
        where = f"{path}:{ident}"
        if not _SGM_CLOSED.search(m.group(0)):
            yield ReadError(where, "read", f"Reuters record {ident} has no closing </REUTERS> (a cut-off or "
                            "damaged file?); it was skipped, the other records were read")
            continue
        body_raw = _sgm_field(record, "BODY")
        text_raw = _sgm_field(record, "TEXT")
        title = _sgm_field(record, "TITLE")
        title = " ".join(html.unescape(title).split()) if title else None
        if body_raw is None and text_raw is not None and 'TYPE="BRIEF"' not in record \
                and _sgm_field(record, "TITLE") is None:
            body_raw = re.sub(r"<[^>]+>", " ", text_raw)  # TYPE="UNPROC": the text has no inner tags
        body = _sgm_text(body_raw) if body_raw else ""
        dateline = _sgm_field(record, "DATELINE")
        dateline = " ".join(html.unescape(dateline).split()) if dateline else ""
        if body and dateline:
            body = f"{dateline} {body}"  # 'NEW YORK, March 26 - Body...': the wire layout reads the city
        if not body and title:
            body = title  # a headline-only flash: the title is all there is to analyse
        if not body:
            yield ReadError(where, "read", f"Reuters record {ident} has neither a title nor a body; it was skipped")
            continue
        published = _sgm_date(_sgm_field(record, "DATE"))
        yield Source(article_id=f"{base_id}#{ident}", path=where, text=body, title=title,
                     published=published.date() if published else None,
                     published_from="metadata (DATE)" if published else None, outlet="Reuters",
                     fmt="sgm", encoding=encoding,
                     meta={"dateline": dateline.split(",")[0].strip()} if dateline else {})
    if not found:
        yield ReadError(path, "read", "no <REUTERS> record was found in the .sgm file; nothing in it was read "
                        "(this reader knows the Reuters-21578 format)")


def read_file(path: Path, article_id: str) -> Iterator[Source | ReadError]:
    """Yield the article(s) in one file, or errors saying why not; never raises."""
    try:
        yield from _read_file(path, article_id)
    except Exception as exc:  # a reader bug must not stop the batch: keep what was read, say what broke
        yield ReadError(str(path), "read", f"the file could not be parsed ({type(exc).__name__}: {str(exc)[:200]}); "
                        "it was skipped (the articles read from it before the failure were kept): please report "
                        "this with the file attached")


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, opened read-only; ``OSError``/``ValueError`` say why not."""
    # O_NONBLOCK: opening a named pipe must not wait for a writer
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = ("a named pipe (FIFO)" if stat.S_ISFIFO(info.st_mode) else "a socket" if stat.S_ISSOCK(info.st_mode)
                    else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "not a regular file")
            raise ValueError(f"this is {kind}, not a file with text in it; it was skipped (remove it from the folder)")
        if info.st_size > MAX_FILE_BYTES:
            raise ValueError(f"the file is {info.st_size / 1e6:.0f} MB, over the {MAX_FILE_BYTES / 1e6:.0f} MB "
                             "limit for one input file; split it into articles")
        with os.fdopen(fd, "rb", closefd=True) as fh:  # read-only: input files are never written
            fd = -1
            return fh.read(MAX_FILE_BYTES + 1)
    finally:
        if fd >= 0:
            os.close(fd)


def _read_file(path: Path, article_id: str) -> Iterator[Source | ReadError]:
    spath = str(path)
    try:
        data = _read_bytes(path)
    except PermissionError:
        yield ReadError(spath, "read", "permission denied: the file cannot be read (check its permissions, "
                        "e.g. chmod a+r)")
        return
    except IsADirectoryError:
        yield ReadError(spath, "read", "this is a folder, not a file")
        return
    except OSError as exc:
        yield ReadError(spath, "read", f"the file cannot be read: {exc.strerror or exc}")
        return
    except ValueError as exc:
        yield ReadError(spath, "read", str(exc))
        return
    try:
        raw, encoding = decode_bytes(data)
    except ValueError as exc:
        yield ReadError(spath, "decode", str(exc))
        return
    text = normalise_newlines(raw)
    if looks_binary(text):
        yield ReadError(spath, "decode", "the file looks binary, not text (many control characters); "
                        "save it as UTF-8 text, or remove it from the folder")
        return
    if not text.strip():
        yield ReadError(spath, "read", "the file is empty (or only whitespace); nothing to analyse")
        return
    suffix = path.suffix.lower()
    if suffix in CSV_SUFFIXES:
        yield from _read_csv(text, spath, article_id, encoding)
        return
    if suffix in JSON_SUFFIXES:
        yield from _read_json(text, spath, article_id, encoding)
        return
    if suffix in SGML_SUFFIXES:
        yield from _read_sgm(text, spath, article_id, encoding)
        return
    title = None
    published = None
    published_from = None
    outlet = None
    meta: dict = {}
    fmt = "txt"
    if suffix in MARKDOWN_SUFFIXES:
        fmt = "md"
        front, body, error = split_front_matter(text)
        if error:
            yield ReadError(spath, "front matter", error)
        if front:
            meta = front
            title = _pick(front, TITLE_FIELDS)
            published, field_name = _date_field(front)
            published_from = f"metadata ({field_name})" if published else None
            outlet = _pick(front, OUTLET_FIELDS)
        text, body_meta = markdown_to_text(body)
        meta = {**body_meta, **meta}
    elif suffix in HTML_SUFFIXES:
        fmt = "html"
        text, meta = page_text(text)
        title = meta.get("title")
        published = parse_date(meta.get("published"))
        published_from = "metadata (html)" if published else None
        outlet = meta.get("outlet")
    if not text.strip():
        yield ReadError(spath, "read", "no article text was found in the file (only markup or metadata)")
        return
    if published is None:
        published = date_from_filename(spath)
        published_from = "filename" if published else None
    outlet = outlet or outlet_from_filename(spath)
    yield Source(article_id=article_id, path=spath, text=text,
                 title=str(title).strip() if title else None, published=published,
                 published_from=published_from, outlet=str(outlet).strip() if outlet else None,
                 fmt=fmt, encoding=encoding,
                 meta={k: meta[k] for k in ("dateline", "authors", "extracted_by") if meta.get(k)})


# ----------------------------------------------------------------------------- discovery

def _expand(source) -> tuple[list[tuple[Path, Path]], list[ReadError]]:
    """``[(file, root)]`` for a folder, file, glob or list of them, plus errors."""
    items = list(source) if isinstance(source, (list, tuple, set)) else [source]
    found: list[tuple[Path, Path]] = []
    errors: list[ReadError] = []
    for item in items:
        item = os.fspath(item)
        path = Path(item).expanduser()
        if any(ch in item for ch in "*?[") and not path.exists():
            matches = sorted(globlib.glob(str(path), recursive=True))
            if not matches:
                errors.append(ReadError(item, "find", "the pattern matches no file"))
            root = Path(globlib.escape(item).split("*")[0] or ".")
            for m in matches:
                p = Path(m)
                if p.is_dir():
                    found.extend((f, p) for f in _walk(p, errors))
                elif p.is_file():
                    found.append((p, root if root.is_dir() else p.parent))
            continue
        if path.is_dir():
            found.extend((f, path) for f in _walk(path, errors))
        elif path.exists():  # a file, or a pipe or device that read_file turns down with a reason
            found.append((path, path.parent))
        elif path.is_symlink():
            errors.append(ReadError(item, "find", "a broken symbolic link: its target does not exist"))
        else:
            errors.append(ReadError(item, "find", "no such file or folder"))
    return found, errors


def _walk(root: Path, errors: list[ReadError]) -> list[Path]:
    """Files with a known ending below ``root``, sorted, following links once (no loops)."""
    out: list[Path] = []
    seen_dirs: set[str] = set()

    def onerror(exc: OSError):
        errors.append(ReadError(str(exc.filename), "find", f"the folder cannot be listed: {exc.strerror}"))

    for dirpath, dirnames, filenames in os.walk(root, followlinks=True, onerror=onerror):
        real = os.path.realpath(dirpath)
        if real in seen_dirs:  # a symlink loop or a second link to the same folder
            dirnames[:] = []
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith(".") or name.startswith("~"):
                continue
            p = Path(dirpath) / name
            if p.suffix.lower() in SUFFIXES:
                out.append(p)
    return out


def article_id_for(path: Path, root: Path) -> str:
    try:
        rel = path.relative_to(root)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def iter_sources(source) -> Iterator[Source | ReadError]:
    """Every article in ``source`` (folder, file, glob, list of paths or DataFrame)."""
    if hasattr(source, "columns") and hasattr(source, "iterrows"):
        yield from _iter_frame(source)
        return
    for item in iter_files(source):
        if isinstance(item, ReadError):
            yield item
            continue
        for found in read_file(*item):
            yield _checked(found)


def iter_files(source) -> Iterator[tuple[Path, str] | ReadError]:
    """Every input file of ``source`` (folder, file, glob or list) as ``(path, article_id)``,
    before anything is read; errors for what cannot be found."""
    files, errors = _expand(source)
    yield from (_checked(e) for e in errors)
    seen_ids: dict[str, int] = {}
    seen_paths: set[str] = set()
    for path, root in files:
        key = os.path.realpath(path)
        if key in seen_paths:
            continue
        seen_paths.add(key)
        aid = article_id_for(path, root)
        if aid in seen_ids:  # same name in two places: keep both, apart
            seen_ids[aid] += 1
            aid = f"{aid}~{seen_ids[aid]}"
        else:
            seen_ids[aid] = 1
        yield path, aid


def _printable(value: str) -> str:
    """A file name that is not valid UTF-8 (surrogate escapes) made storable, with U+FFFD."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _checked(item: Source | ReadError) -> Source | ReadError:
    """Last checks on what a reader produced: storable names, a text the parser can take."""
    item.path = _printable(item.path)
    if isinstance(item, ReadError):
        return item
    item.article_id = _printable(item.article_id)
    if len(item.text) > MAX_TEXT_CHARS:
        return ReadError(item.path, "read", f"the article is {len(item.text):,} characters long, over the "
                         f"{MAX_TEXT_CHARS:,} one article may have; it was skipped: split it into "
                         "several files (one article per file)")
    return item


def _iter_frame(frame) -> Iterator[Source | ReadError]:
    if "text" not in frame.columns:
        yield ReadError("<DataFrame>", "read", "the DataFrame has no 'text' column")
        return
    for i, (_, row) in enumerate(frame.iterrows()):
        record = {k: v for k, v in row.items()}
        aid = record.get("article_id")
        aid = str(aid) if aid is not None and aid == aid else f"row{i}"
        text = record.get("text")
        if not isinstance(text, str) or not text.strip():
            yield ReadError(f"<DataFrame>:{aid}", "read", f"row {i} has no text; it was skipped")
            continue
        published = parse_date(record.get("published"))
        title = record.get("title")
        yield _checked(Source(article_id=aid, path=f"<DataFrame>:{aid}", text=normalise_newlines(text),
                              title=normalise_newlines(title).strip() if isinstance(title, str) and title.strip() else None,
                              published=published, published_from="metadata (published)" if published else None,
                              fmt="dataframe"))
