"""Wire-story layout: title, photo caption, dateline, credits, publication date.

Works on the decoded text of one article (see :mod:`helpers.reading`) before any NLP,
so that caption and credits are kept apart from the body and the publication date is
known when the timeline is normalised.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from .reading import PERSON_NAME, Source

MONTHS = {m: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), 1) for m in names}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_RE = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
EXPLICIT_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH_RE})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_RE})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<y3>(?:19|20)\d\d)-(?P<m3>0[1-9]|1[0-2])-(?P<d3>0[1-9]|[12]\d|3[01]))\b")
LEDE_WEEKDAY = re.compile(r"\b(?:on|On)\s+(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")

#: news agencies and outlets recognised in datelines and captions
AGENCIES = {
    "reuters": "Reuters", "ap": "AP", "associated press": "AP", "afp": "AFP", "upi": "UPI",
    "bloomberg": "Bloomberg", "dpa": "dpa", "ansa": "ANSA", "efe": "EFE", "tass": "TASS",
    "xinhua": "Xinhua", "cnn": "CNN", "bbc": "BBC", "ians": "IANS", "pti": "PTI", "kyodo": "Kyodo",
    "yonhap": "Yonhap", "anadolu": "Anadolu", "aap": "AAP", "cp": "CP", "the canadian press": "CP",
}
_AGENCY_RE = r"(?:Reuters|REUTERS|AP|Associated Press|AFP|UPI|Bloomberg|dpa|ANSA|EFE|TASS|Xinhua|CNN|BBC|IANS|PTI|Kyodo|Yonhap|Anadolu|AAP|CP|The Canadian Press)"
DATELINE = re.compile(
    r"(?P<city>[A-Z][A-Z.'\-]+(?:\s+[A-Z][A-Z.'\-]+)*)"                # PARIS, NEW YORK, ST. LOUIS
    r"(?:,\s*(?P<region>[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)*))?"      # , Lebanon / , Calif.
    r"(?:,?\s*(?P<date>" + _MONTH_RE + r"\.?\s+\d{1,2}))?"               # , Jan 7
    r"\s*(?:\((?P<agency>[^()\n]{2,40})\)\s*)?"                          # (Reuters)
    r"(?P<dash>[-\u2013\u2014]{1,2}|:)\s+")
PHOTO_CREDIT = re.compile(
    r"(?:\b(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|Getty Images|Xinhua|Anadolu)(?:\s+Photo)?\s*/\s*"
    r"[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*)*(?:/[A-Za-z ]+)?"                # REUTERS/Kenzo Tribouillard/File
    r"|\((?:Photo|Picture|Image)s?\s*:[^)]*\)"                            # (Photo: ...)
    r"|\b(?:Photo|Picture) (?:by|credit:?)\s+[A-Z][^.\n]*)"
    r"(?:\s*\(" + _AGENCY_RE + r"\))?")
#: a credits role: 'Reporting', 'Additional reporting', 'Writing and additional reporting', 'Editing' ...
_ROLE_WORDS = r"(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Ee]dited|[Cc]ompiled|[Rr]esearch|[Ww]ritten|[Ff]act-checking|[Gg]raphics|[Pp]roduction)"
_ADDITIONAL = r"[Aa]d\w*al\s+"  # 'Additional', and the 'Additonal' of a hurried desk
_ROLE = rf"(?:{_ADDITIONAL})?{_ROLE_WORDS}(?:\s+and\s+(?:{_ADDITIONAL})?{_ROLE_WORDS})?"
#: 'by', or a name straight after the role ('Additional reporting Ann Lee')
_BY = r"\s+(?:[Bb][Yy]\b|(?=[A-Z][a-z]))"
#: each role and where its names start, inside a credits block ('..., editing by' too)
CREDIT_ROLE = re.compile(rf"(?P<role>{_ROLE}){_BY}")
#: a misspelt first role ('Roporting by') still opens the credits: its names are authors
_MISSPELT_ROLE = r"[RW][a-z]{4,9}ing\s+[Bb][Yy]\b"
#: the role that opens a bare credits line, capitalised
_FIRST_ROLE = rf"(?:Ad\w*al\s+[Rr]eporting|Reporting|Writing|Editing|Compiled|Edited|Research|Written)" \
              rf"(?:\s+and\s+(?:{_ADDITIONAL})?{_ROLE_WORDS})?{_BY}"
#: the closing credits of a story: '(Reporting by ...; Editing by ...)', maybe followed by a
#: short tail on the same line (a sponsor note, a 'Source' link), or a bare 'Compiled by ...' line
CREDITS_BLOCK = re.compile(
    rf"(?:\(\s*(?P<inner>(?:{_ROLE}{_BY}|{_MISSPELT_ROLE})[^()]*(?:\([^()]*\)[^()]*)*)\)(?P<tail>[^()\n]{{0,300}})"
    rf"|^(?P<bare>{_FIRST_ROLE}\s*[A-Z][^\n]*))\s*\Z", re.M)  # bare: a name must follow
BYLINE = re.compile(r"\s*By\s+(?P<names>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3}"
                    r"(?:(?:,\s*|\s+and\s+)[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})*)\s*$", re.M)


@dataclass
class Layout:
    """Where the parts of an article are, as character spans of ``text``."""

    text: str
    title: tuple[int, int] | None = None
    caption: tuple[int, int] | None = None
    credits: tuple[int, int] | None = None
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    source: str | None = None
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    paragraphs: list[tuple[int, int]] = field(default_factory=list)
    #: spans no actor may come from: photo credits, the agency in the dateline, credits
    no_actor_spans: list[tuple[int, int]] = field(default_factory=list)
    published: dt.date | None = None
    published_from: str | None = None

    def part_at(self, offset: int) -> str:
        for name in ("title", "caption", "credits"):
            span = getattr(self, name)
            if span and span[0] <= offset < span[1]:
                return name
        return "body"

    def dateline_piece(self, start: int, end: int) -> bool:
        """The text from ``start`` to ``end`` is the dateline alone ('WASHINGTON (AP) -'),
        parsed apart from its lede (see ``boundaries``)."""
        return bool(self.dateline_span) and self.dateline_span[0] <= start and end <= self.dateline_span[1]

    def span_text(self, span):
        return self.text[span[0]:span[1]] if span else None

    @property
    def boundaries(self) -> list[int]:
        """Offsets where a sentence must start: every paragraph, caption, credits; the dateline,
        and the lede's first word after it, so that the parser reads the lede alone (with
        'WASHINGTON (AP) - Donald Trump pledged' in one piece it takes WASHINGTON for the
        subject in about one dateline article in six). The sentences table joins the dateline
        back to its lede (``dateline_piece``)."""
        cuts = [p[0] for p in self.paragraphs]
        for span in (self.title, self.caption, self.credits):
            if span:
                cuts += [span[0], span[1]]
        if self.dateline_span:
            cuts.append(self.dateline_span[0])
            lede = self.dateline_span[1]
            while lede < len(self.text) and self.text[lede] in " \t":
                lede += 1
            cuts.append(lede)
        return sorted(c for c in set(cuts) if 0 <= c < len(self.text))


def display_title(article) -> str:
    """The title to show for an article row (``corpus.articles``): its title, or its article id
    when it has none (a liveblog page or a CSV row without one), never 'None' or 'nan'."""
    get = article.get if hasattr(article, "get") else lambda key, default=None: getattr(article, key, default)
    title = get("title")
    if isinstance(title, str) and title.strip():
        return title.strip()
    return str(get("article_id", ""))


def compose_text(source: Source) -> tuple[str, tuple[int, int] | None]:
    """The analysed text: a metadata title becomes the first paragraph."""
    text = source.text.strip("\n")
    if source.title and not source.plain:
        title = " ".join(source.title.split())
        if not text.startswith(title):
            return f"{title}\n\n{text}", (0, len(title))
        return text, (0, len(title))
    return text, None


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in re.finditer(r"(?:[^\n]|\n(?![ \t]*\n))+", text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


#: where a reporter filed from: 'in Paris', 'at IFR/BasisPoint', 'aboard the papal plane'
_FILED_FROM = re.compile(r"\s+(?:in|from|at|aboard)\s+\S.*$", re.S)


def split_names(names: str) -> list[str]:
    """The people named in one credits role or byline, places left out.

    >>> split_names("John Irish, Andrew Callus and Emmanuel Jarry in Paris")
    ['John Irish', 'Andrew Callus', 'Emmanuel Jarry']
    >>> split_names("Alister Doyle/Ruth Pitchford")
    ['Alister Doyle', 'Ruth Pitchford']
    """
    out = []
    placed = False  # the part before named a place: 'in Tampa, Fla.', 'in Sacramento, California'
    # ';' ',' 'and' '&' part names; a place after a name ends that name only
    for part in re.split(r"\s*[;,&]\s*(?:and\s+)?|\s+and\s+|(?<=[a-z]{2})\.\s+(?=[A-Z])", names.strip()):
        if placed and (re.fullmatch(r"\s*(?:[A-Z][a-z]{0,4}\.){1,2}\s*", part) or part.strip(" .") in _regions()):
            continue  # the state or country of that place, not a name
        stripped = _FILED_FROM.sub("", part.strip(" ;:"))
        placed = stripped != part.strip(" ;:")
        part = stripped.strip(" .")
        for name in part.split("/"):  # 'Tom Perry/Laila Bassam': a slash between names
            name = " ".join(name.split()).strip(" .;:")
            if PERSON_NAME.match(name) and len(name.split()) > 1:  # one word: a place or a desk
                out.append(name)
    return out


@functools.lru_cache(maxsize=1)
def _regions() -> frozenset[str]:
    """Names of countries and their states and provinces (ISO 3166, from pycountry)."""
    import pycountry

    return frozenset([c.name for c in pycountry.countries] + [s.name for s in pycountry.subdivisions])


def credits_people(block: str) -> tuple[list[str], list[str]]:
    """``(authors, editors)`` named in a credits block.

    Each role runs to the next role, whatever separates them (';', ',', '/', nothing).

    >>> credits_people("Reporting By Ana Ruiz in Lima, editing by Tom Bell/Jo Kim")
    (['Ana Ruiz'], ['Tom Bell', 'Jo Kim'])
    """
    authors: list[str] = []
    editors: list[str] = []
    roles = [(m.start(), m.end(), m.group("role").lower()) for m in CREDIT_ROLE.finditer(block)]
    lead = re.match(rf"\s*{_MISSPELT_ROLE}", block)
    if lead and (not roles or roles[0][0] >= lead.end()):
        roles.insert(0, (lead.start(), lead.end(), "reporting"))
    for (_, end, kind), following in zip(roles, roles[1:] + [None]):
        names = block[end:following[0] if following else len(block)]
        target = editors if kind.startswith("edit") else authors if re.search(
            r"report|writ|compil|research", kind) else None  # graphics, production: neither
        if target is None:
            continue
        for name in split_names(names):
            if name not in target:
                target.append(name)
    return authors, editors


def detect_layout(source: Source) -> Layout:
    """Find the title, caption, dateline, credits and paragraphs of one article."""
    text, title_span = compose_text(source)
    layout = Layout(text=text, title=title_span, paragraphs=paragraphs_of(text))
    layout.source = source.outlet
    if source.plain:
        return layout
    paras = layout.paragraphs
    # title: a short first line standing alone, when metadata gave none
    if layout.title is None and len(paras) > 1:
        first = text[paras[0][0]:paras[0][1]]
        if "\n" not in first and len(first) <= 200 and len(first.split()) <= 30 \
                and not re.search(r"[.:;,]$", first) and not DATELINE.match(first):
            layout.title = paras[0]
    body_paras = [p for p in paras if not (layout.title and p[0] < layout.title[1])]
    _find_credits(layout, body_paras)
    _find_byline(layout, body_paras)
    if not layout.authors and source.meta.get("authors"):  # the page's metadata named them
        layout.authors = list(source.meta["authors"])
    _find_caption_and_dateline(layout, body_paras, source)
    return layout


def _find_credits(layout: Layout, paras):
    if not paras:
        return
    text = layout.text
    # the credits close the story, but a web page may follow them with a 'Source' link line
    story_after = False  # a long paragraph after it: a bare 'Reporting by ...' line is then story text
    for last in reversed(paras[-3:]):
        m = CREDITS_BLOCK.search(text, last[0], last[1])
        if m and not (m.group("bare") and story_after):
            break
        story_after = story_after or len(text[last[0]:last[1]].split()) > 12
    else:
        return
    start = m.start()
    layout.credits = (start, last[1])
    layout.no_actor_spans.append(layout.credits)
    authors, editors = credits_people(m.group("inner") or m.group("bare") or "")
    layout.authors += [a for a in authors if a not in layout.authors]
    layout.editors += [e for e in editors if e not in layout.editors]
    if last[0] < start:  # credits glued to the last paragraph: split it
        idx = layout.paragraphs.index(last)
        end = start
        while end > last[0] and text[end - 1].isspace():
            end -= 1
        layout.paragraphs[idx:idx + 1] = [(last[0], end), (start, last[1])]


def _find_byline(layout: Layout, paras):
    for p in paras[:3]:
        m = BYLINE.match(layout.text, p[0], p[1])
        if m and m.end() >= p[1] - 1:
            for name in split_names(m.group("names")):
                if name not in layout.authors:
                    layout.authors.append(name)
            layout.no_actor_spans.append(p)
            return


def _find_caption_and_dateline(layout: Layout, paras, source: Source):
    text = layout.text
    dateline_para = None
    for i, p in enumerate(paras[:4]):
        m = DATELINE.match(text, p[0], p[1])
        if m and (m.group("agency") or m.group("dash") in ("-", "--", "\u2013", "\u2014")) \
                and len(m.group("city")) >= 3 and m.group("city").upper() == m.group("city"):
            dateline_para = i
            layout.dateline = " ".join(m.group("city").split())
            layout.dateline_span = (p[0], m.end())
            # where it was filed ('SAN MATEO, Calif., March 2 -'), not who acts
            layout.no_actor_spans.append((m.start("city"), m.end("region") if m.group("region") else m.end("city")))
            agency = m.group("agency")
            if agency:
                name = AGENCIES.get(agency.strip().lower())
                layout.source = layout.source or name or agency.strip()
                a_start = m.start("agency")
                layout.no_actor_spans.append((a_start - 1, m.end("agency") + 1))
            break
    if layout.dateline is None and source.meta.get("dateline"):
        loc = source.meta["dateline"].strip()
        for p in paras[:2]:
            if text.startswith(loc, p[0]):
                layout.dateline = loc
                layout.dateline_span = (p[0], p[0] + len(loc))
                # a page's own dateline element ('FORT WORTH, Texas'): where it was filed, not who acts
                layout.no_actor_spans.append(layout.dateline_span)
                break
    # caption: before the dateline paragraph, or the first paragraph carrying a photo credit
    candidates = paras[:dateline_para] if dateline_para else paras[:2]
    for p in candidates:
        if p in layout.no_actor_spans:  # a byline is not a caption
            continue
        credit = PHOTO_CREDIT.search(text, p[0], p[1])
        if credit or dateline_para:
            layout.caption = p
            if credit:
                layout.no_actor_spans.append((credit.start(), credit.end()))
                agency = re.search(_AGENCY_RE, credit.group(0))
                if agency and not layout.source:
                    layout.source = AGENCIES.get(agency.group(0).lower(), agency.group(0))
            break
    if layout.caption and layout.caption == (paras[0] if paras else None) and dateline_para is None \
            and not PHOTO_CREDIT.search(text, layout.caption[0], layout.caption[1]):
        layout.caption = None


# ----------------------------------------------------------------------------- dates

def explicit_dates(text: str, start: int = 0, end: int | None = None):
    """``(date, offset)`` for each full date with a year ('January 2, 2016', '2 Jan 2016')."""
    for m in EXPLICIT_DATE.finditer(text, start, len(text) if end is None else end):
        g = m.groupdict()
        try:
            if g["y1"]:
                d = dt.date(int(g["y1"]), MONTHS[g["m1"].lower().rstrip(".")], int(g["d1"]))
            elif g["y2"]:
                d = dt.date(int(g["y2"]), MONTHS[g["m2"].lower().rstrip(".")], int(g["d2"]))
            else:
                d = dt.date(int(g["y3"]), int(g["m3"]), int(g["d3"]))
        except (ValueError, KeyError):
            continue
        yield d, m.start()


def infer_published(layout: Layout) -> tuple[dt.date | None, str | None]:
    """Infer the publication date from the text alone.

    The latest explicit date of the caption, or else of the lede paragraph (dates deeper in a
    story are as often history as news), is when the story's material dates from; the lede's reporting weekday ('said on Thursday') then moves it
    forward to the first such weekday on or after it.  None when no date has a year.
    """
    text = layout.text
    found = None
    origin = None
    if layout.caption:
        dates = list(explicit_dates(text, *layout.caption))
        if dates:
            found, origin = max(dates)[0], "caption"
    lede = _lede(layout)
    if found is None and lede:
        # only the lede's dates: a date deeper in a story is as often history ('in 1951') as news
        para = next(p for p in layout.paragraphs if p[0] == lede[0])
        dates = list(explicit_dates(text, *para))
        if dates:
            found, origin = max(dates)[0], "text"
    if found is None:
        return None, None
    m = LEDE_WEEKDAY.search(text, *lede) if lede else None
    if m:
        target = WEEKDAYS.index(m.group(1).lower())
        return found + dt.timedelta(days=(target - found.weekday()) % 7), f"{origin}+weekday"
    return found, origin


def _lede(layout: Layout):
    """The first body paragraph's first sentence (roughly: up to 400 characters)."""
    skip = {layout.title, layout.caption, layout.credits}
    for p in layout.paragraphs:
        if p in skip:
            continue
        end = min(p[1], p[0] + 400)
        dot = re.search(r"[.!?][\"\u201d]?\s+[A-Z\"\u201c]", layout.text[p[0]:end])
        return (p[0], p[0] + dot.end() if dot else end)
    return None


def resolve_published(layout: Layout, source: Source, override=None) -> None:
    """Fill ``layout.published`` and ``published_from``: caller, metadata, filename, text."""
    from .reading import parse_date

    if override is not None:
        date = parse_date(override)
        if date is None:
            raise ValueError(f"published={override!r} is not a date; give a date or an ISO string like 2016-01-07")
        layout.published, layout.published_from = date, "caller"
    elif source.published is not None:
        layout.published, layout.published_from = source.published, source.published_from
    else:
        layout.published, layout.published_from = infer_published(layout)
