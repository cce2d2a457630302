"""Timeline: temporal expressions in a parsed article, normalized to TimeML TIMEX3 values.

:func:`extract_timeline` yields one record per temporal expression of a spaCy ``Doc`` (the
columns of the ``timeline`` table); :func:`normalize` turns one expression into its TIMEX3
type and value against a publication date, without parsing, so it can be tested alone.

Notes
-----
The method follows the rule-based normalizers of TempEval (HeidelTime, SUTime): find
candidate expressions around temporal "anchor" words (month, weekday, unit, deictic word,
year ...), keep the longest span the normalizer can read, then resolve relative
expressions against the publication date, looking back or forward by the cue words
(*last*, *ago*, *next*) and else by the tense of the governing clause. Values follow the
TimeML 1.2.1 TIMEX3 guidelines (``2016-W02``, ``2016-01-06TNI``, ``P4Y``, ``PRESENT_REF``,
``XXXX-WXX-2`` ...). The vocabulary lives in ``lexicons/temporal.csv``.
"""
from __future__ import annotations

import calendar
import csv
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Iterator, Mapping, NamedTuple

from .config import LEXICON_DIR
from .doctext import doc_text

__all__ = [
    "COLUMNS",
    "Normal",
    "extract_timeline",
    "normalize",
    "value_span",
    "clause_tense",
    "lexicon",
]

#: the public columns of the ``timeline`` table, in order (DESIGN.md)
COLUMNS = [
    "article_id", "sent_id", "start", "end", "text", "type", "value", "date_start",
    "date_end", "granularity", "tense", "event", "actors",
]

LEXICON_FILE = LEXICON_DIR / "temporal.csv"


class Normal(NamedTuple):
    """What :func:`normalize` returns: a TIMEX3 type and value plus the days covered."""

    type: str
    value: str
    date_start: dt.date | None
    date_end: dt.date | None
    granularity: str | None


# --------------------------------------------------------------------------- lexicon

@lru_cache(maxsize=1)
def lexicon() -> dict[str, dict[str, str]]:
    """``{kind: {word: value}}`` from ``lexicons/temporal.csv`` (comment lines start with #)."""
    table: dict[str, dict[str, str]] = {}
    with open(LEXICON_FILE, encoding="utf-8", newline="") as fh:
        rows = csv.DictReader(line for line in fh if line.strip() and not line.startswith("#"))
        for row in rows:
            table.setdefault(row["kind"].strip(), {})[row["word"].strip().lower()] = row["value"].strip()
    return table


def _alt(kind: str, extra: tuple[str, ...] = ()) -> str:
    words = sorted(set(lexicon().get(kind, {})) | set(extra), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"


class _Patterns:
    """Regular expressions over *cleaned* text (see :func:`_clean`), built from the lexicon."""

    def __init__(self) -> None:
        lx = lexicon()
        self.month = _alt("month")
        self.weekday = _alt("weekday")
        self.part = _alt("partofday")
        self.season = _alt("season")
        self.unit = _alt("unit")
        numword = _alt("number")
        self.num = rf"(?:\d+(?: 1/2| 1/4| 3/4|\.\d+)?|{numword}(?: (?:and )?{numword})*(?: and a half)?)"
        self.ordinal = _alt("ordinal")
        self.holiday = _alt("holiday")
        self.fuzzy = _alt("fuzzy")
        back = {w for w in lx.get("back", {})}
        fwd = {w for w in lx.get("forward", {})}
        self.back = _alt("back")
        self.forward = _alt("forward")
        self.after_words = "(?:" + "|".join(
            re.escape(w) for w in sorted(
                (back | fwd) & {"ago", "earlier", "later", "from now", "hence", "back"},
                key=len, reverse=True)) + "|back)"
        self.year = r"(?:1[5-9]\d\d|20\d\d)"
        self.day = r"(?:[0-2]?\d|3[01])(?:st|nd|rd|th)?"
        self.time = r"(?:(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)? ?(?:am|pm)|(?:[01]?\d|2[0-3]):[0-5]\d|noon|midnight|midday)"
        self.zone = r"(?: (?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|et|local time|bst|cet))?"


@lru_cache(maxsize=1)
def _pat() -> _Patterns:
    return _Patterns()


# --------------------------------------------------------------------------- calendar helpers

def _iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def _add_months(year: int, month: int, n: int) -> tuple[int, int]:
    k = year * 12 + (month - 1) + n
    return k // 12, k % 12 + 1


def _quarter(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _season(d: dt.date) -> tuple[int, str]:
    m = d.month
    if m == 12:
        return d.year, "WI"
    if m <= 2:
        return d.year - 1, "WI"
    return d.year, {3: "SP", 4: "SP", 5: "SP", 6: "SU", 7: "SU", 8: "SU"}.get(m, "FA")


_SEASONS = ["SP", "SU", "FA", "WI"]


def _shift(unit: str, n: int, anchor: dt.date) -> str | None:
    """Value of the calendar ``unit`` that is ``n`` units from the one holding ``anchor``."""
    if unit == "day":
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == "week":
        return _iso_week(anchor + dt.timedelta(weeks=n))
    if unit == "weekend":
        return _iso_week(anchor + dt.timedelta(weeks=n)) + "-WE"
    if unit == "month":
        y, m = _add_months(anchor.year, anchor.month, n)
        return f"{y}-{m:02d}"
    if unit == "quarter":
        y, q = _quarter(anchor)
        k = y * 4 + (q - 1) + n
        return f"{k // 4}-Q{k % 4 + 1}"
    if unit == "half":
        k = anchor.year * 2 + (anchor.month > 6) + n
        return f"{k // 2}-H{k % 2 + 1}"
    if unit == "season":
        y, s = _season(anchor)
        k = y * 4 + _SEASONS.index(s) + n
        return f"{k // 4}-{_SEASONS[k % 4]}"
    if unit == "year":
        return str(anchor.year + n)
    if unit == "decade":
        return str(anchor.year // 10 + n)
    if unit == "century":
        return str(anchor.year // 100 + n)
    if unit in ("hour", "minute", "second"):
        return anchor.isoformat()
    return None


_DURATION_CODE = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
    "week": ("", "W", 1), "weekend": ("", "D", 2), "month": ("", "M", 1), "quarter": ("", "Q", 1),
    "half": ("", "M", 6), "season": ("", "M", 3), "year": ("", "Y", 1), "decade": ("", "Y", 10),
    "century": ("", "Y", 100),
}


_SMALLER = {"Y": (12, "M", ""), "M": (30, "D", ""), "W": (7, "D", ""), "D": (24, "H", "T"),
            "H": (60, "M", ""), "Q": (3, "M", "")}


def _duration(n, unit: str) -> str:
    """'P2Y', 'PT5H30M' (5 1/2 hours), 'PXD' (several days)."""
    t, code, mult = _DURATION_CODE[unit]
    if n == "X":
        return f"P{t}X{code}"
    amount = n * mult
    if float(amount).is_integer():
        return f"P{t}{int(amount)}{code}"
    whole = int(amount)
    per, small, tsep = (60, "S", "") if (t, code) == ("T", "M") else _SMALLER.get(code, (1, code, ""))
    if code == "Q":
        return f"P{whole * 3 + round((amount - whole) * 3)}M"
    rest = round((amount - whole) * per)
    head = f"{whole}{code}" if whole else ""
    return f"P{t}{head}{tsep}{rest}{small}"


def _nth_weekday(year: int, month: int, nth: str, weekday: int) -> dt.date:
    days = [d for d in calendar.Calendar().itermonthdates(year, month)
            if d.month == month and d.isoweekday() == weekday]
    return days[-1] if nth == "L" else days[int(nth) - 1]


def value_span(value: str) -> tuple[dt.date | None, dt.date | None, str | None]:
    """The first and last day a TIMEX3 ``value`` covers, and its granularity.

    >>> value_span("2016-W02")
    (datetime.date(2016, 1, 11), datetime.date(2016, 1, 17), 'week')
    >>> value_span("P4Y")
    (None, None, 'year')
    """
    v = value or ""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(T(.*))?", v)
    if m:
        try:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return None, None, None
        if m[5] is None:
            return d, d, "day"
        return d, d, "part-of-day" if re.fullmatch(r"[A-Z]{2}", m[5]) else "time"
    m = re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v)
    if m:
        try:
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return None, None, None
        if m[3]:
            return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6), "weekend"
        return monday, monday + dt.timedelta(days=6), "week"
    m = re.fullmatch(r"(\d{4})-(\d{2})", v)
    if m:
        y, mo = int(m[1]), int(m[2])
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    m = re.fullmatch(r"(\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m[1]), int(m[2])
        end_month = q * 3
        return (dt.date(y, end_month - 2, 1),
                dt.date(y, end_month, calendar.monthrange(y, end_month)[1]), "quarter")
    m = re.fullmatch(r"(\d{4})-H([12])", v)
    if m:
        y, h = int(m[1]), int(m[2])
        return (dt.date(y, 1, 1), dt.date(y, 6, 30), "half") if h == 1 else (
            dt.date(y, 7, 1), dt.date(y, 12, 31), "half")
    m = re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v)
    if m:
        y, s = int(m[1]), m[2]
        first = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[s]
        ey, em = _add_months(y, first, 2)
        return dt.date(y, first, 1), dt.date(ey, em, calendar.monthrange(ey, em)[1]), "season"
    m = re.fullmatch(r"(\d{4})(?:/(\d{4}))?", v)
    if m:
        return dt.date(int(m[1]), 1, 1), dt.date(int(m[2] or m[1]), 12, 31), "year"
    m = re.fullmatch(r"(\d{3})", v)
    if m:
        y = int(m[1]) * 10
        return dt.date(y, 1, 1), dt.date(y + 9, 12, 31), "decade"
    m = re.fullmatch(r"(\d{2})", v)
    if m:
        y = max(int(m[1]) * 100, 1)
        return dt.date(y, 1, 1), dt.date(int(m[1]) * 100 + 99, 12, 31), "century"
    # durations, sets and underspecified values cover no fixed days
    m = re.fullmatch(r"PT?[\dX.]+([A-Z])(?:T?[\d.]+[A-Z])*", v)
    if m:
        timed = v.startswith("PT")
        code = m[1]
        gran = {"S": "second", "H": "hour", "D": "day", "W": "week", "M": "minute" if timed else "month",
                "Q": "quarter", "Y": "year"}.get(code)
        return None, None, gran
    if re.fullmatch(r"XXXX-WXX-\d.*", v):
        return None, None, "day"
    if re.fullmatch(r"XXXX-\d{2}-\d{2}.*", v):
        return None, None, "day"
    if re.fullmatch(r"XXXX-\d{2}", v):
        return None, None, "month"
    if re.fullmatch(r"XXXX-(SP|SU|FA|WI)", v):
        return None, None, "season"
    if re.fullmatch(r"XXXX-Q\d", v):
        return None, None, "quarter"
    return None, None, None


# --------------------------------------------------------------------------- normalization

@lru_cache(maxsize=1 << 16)
def _clean(text: str) -> str:
    """Lower case, no abbreviation dots or commas, hyphenated words split: 'Jan. 20, 2016' -> 'jan 20 2016'.
    Cached: a candidate span is cleaned three times (:func:`_readable`, :func:`_quick_ok`, :func:`normalize`)."""
    s = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-").replace("\u2014", "-")
    s = re.sub(r"\b([ap])\.? ?m\b\.?", r"\1m", s)
    s = re.sub(r"(?<=[a-z])\.", " ", s)
    s = re.sub(r"(?<=[a-z])-(?=[a-z0-9])|(?<=[0-9])-(?=[a-z])", " ", s)
    s = re.sub(r"[,;()\"]", " ", s)
    s = re.sub(r"'s\b", "", s)
    s = re.sub(r"\s+", " ", s).strip(" .")
    return s


def _number(s: str):
    """'twenty four' -> 24, '1.5' -> 1.5, 'several' -> 'X'; None when not a number."""
    s = s.strip()
    nums = lexicon()["number"]
    if s in nums:
        v = nums[s]
        return "X" if v == "X" else int(v)
    if re.fullmatch(r"\d+(?:\.\d+)?", s):
        return float(s) if "." in s else int(s)
    m = re.fullmatch(r"(\d+) ([13])/([24])", s)
    if m:
        return int(m[1]) + int(m[2]) / int(m[3])
    m = re.fullmatch(r"(.+) and a half", s)
    if m:
        whole = _number(m[1])
        return whole + 0.5 if isinstance(whole, (int, float)) else whole
    total, current = 0, 0
    if any(w in ("a", "an") for w in s.split()):
        return None  # 'seven a (year ago)': two phrases, not one number
    for w in s.split():
        if w == "and":
            continue
        v = nums.get(w)
        if v is None:
            return None
        if v == "X":
            return "X"
        v = int(v)
        if v == 100:
            current = max(current, 1) * 100
        else:
            current += v
    return total + current if current else None


def _unit(word: str) -> str | None:
    return lexicon()["unit"].get(word)


def _direction(tense: str | None, before: str | None = None) -> int:
    if before in lexicon().get("back", {}) or before == "since":
        return -2  # 'since Monday' can only look back
    if before in ("effective", "starting", "beginning"):
        return 1
    if before in ("by", "until", "till", "through", "to"):
        return 0 if tense != "future" else 1  # deadlines: the nearest one
    return {"past": -1, "future": 1}.get(tense or "", 0)


def _nearest_date(month: int, day: int, anchor: dt.date, direction: int) -> dt.date | None:
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append(dt.date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if direction == -2:
        before = [c for c in cands if c <= anchor]
        return max(before) if before else min(cands, key=lambda c: abs(c - anchor))
    if direction > 0:
        # a future clause cannot mean a date already past
        after = [c for c in cands if c >= anchor]
        return min(after) if after else min(cands, key=lambda c: abs(c - anchor))
    return min(cands, key=lambda c: (_biased(c - anchor, direction), c > anchor))


def _biased(delta, direction: int = 0):
    """Distance from the reference date, weighted by the expected direction.

    Undetermined tense counts the future double (news mostly reports what already
    happened); a past clause counts it four times and a future clause the past four
    times, so 'has set Nov. 10 as the deadline' written on Nov. 2 still lands ahead.
    """
    days = delta.days if isinstance(delta, dt.timedelta) else delta
    if direction < 0:
        return -days if days <= 0 else 4 * days
    if direction > 0:
        return days if days >= 0 else -4 * days
    return -days if days <= 0 else 2 * days


def _nearest_month(month: int, anchor: dt.date, direction: int, strict: bool = False) -> tuple[int, int]:
    here = anchor.year * 12 + anchor.month - 1
    cands = [(y * 12 + month - 1) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if strict or direction == -2 or direction > 0:
        if direction < 0:
            k = max(c for c in cands if (c < here if strict else c <= here))
        else:
            k = min(c for c in cands if (c > here if strict else c >= here))
    else:
        k = min(cands, key=lambda c: (_biased(c - here, direction), c > here))
    return k // 12, k % 12 + 1


def _nearest_weekday(weekday: int, anchor: dt.date, direction: int, strict: bool = False) -> dt.date:
    delta = weekday - anchor.isoweekday()
    back = anchor + dt.timedelta(days=(delta - 7) % -7 if delta else (-7 if strict else 0))
    fwd = anchor + dt.timedelta(days=delta % 7 if delta else (7 if strict else 0))
    if direction < 0:
        return back
    if direction > 0:
        return fwd
    return back if _biased(back - anchor) <= _biased(fwd - anchor) else fwd  # noqa: weekday nearest


def _season_value(season: str, anchor: dt.date, n: int | None, direction: int) -> str:
    """The season ``season`` nearest ``anchor`` (``n``: -1 last, 0 this, 1 next, None by tense)."""
    y, cur = _season(anchor)
    k_here = y * 4 + _SEASONS.index(cur)
    cands = [(yy * 4 + _SEASONS.index(season)) for yy in (y - 1, y, y + 1)]
    if n == 0:
        k = min(cands, key=lambda c: abs(c - k_here))
    elif n == -1 or (n is None and direction < 0):
        k = max(c for c in cands if (c < k_here if n == -1 else c <= k_here))
    elif n == 1 or (n is None and direction > 0):
        k = min(c for c in cands if (c > k_here if n == 1 else c >= k_here))
    else:
        k = min(cands, key=lambda c: (abs(c - k_here), c > k_here))
    return f"{k // 4}-{_SEASONS[k % 4]}"


@dataclass
class Context:
    """What earlier expressions of the same article tell later ones (TimeML anaphora)."""

    last_quarter: str | None = None     # e.g. '1989-Q3', for 'the quarter', 'a year ago'
    quarter_sent: int = -99            # sentence index where it was mentioned
    sent: int = 0                      # index of the current sentence
    extra: dict = field(default_factory=dict)

    def recent_quarter(self, window: int = 4) -> str | None:
        if self.last_quarter and self.sent - self.quarter_sent <= window:
            return self.last_quarter
        return None


def _ref(direction: int) -> str:
    return {-1: "PAST_REF", 1: "FUTURE_REF"}.get(direction, "PRESENT_REF")


def _shift_value(value: str, unit: str, n: int) -> str | None:
    """Move a quarter value like '1989-Q3' by ``n`` years (for 'a year earlier')."""
    m = re.fullmatch(r"(\d{4})-Q([1-4])", value or "")
    if m and unit == "year":
        return f"{int(m[1]) + n}-Q{m[2]}"
    return None


def _year_of(s: str, anchor: dt.date | None, direction: int) -> int | None:
    """A year phrase: '1998', "'98", 'this year', 'last year', 'next year'."""
    p = _pat()
    m = re.fullmatch(rf"(?:fiscal |calendar |the year |fy ?)?({p.year})", s)
    if m:
        return int(m[1])
    m = re.fullmatch(r"(?:the year )?(nineteen|twenty) ((?:ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?: \w+)?)", s)
    if m:
        tail = _number(m[2])
        if isinstance(tail, int) and 10 <= tail < 100:
            return (19 if m[1] == "nineteen" else 20) * 100 + tail
    m = re.fullmatch(r"(?:the year )?two thousand(?: (?:and )?(\w+))?", s)
    if m:
        tail = _number(m[1]) if m[1] else 0
        if isinstance(tail, int) and tail < 100:
            return 2000 + tail
    m = re.fullmatch(r"'(\d\d)", s)
    if m:
        yy = int(m[1])
        century = (anchor.year // 100 * 100) if anchor else 1900
        y = century + yy
        if anchor and y > anchor.year + 10:
            y -= 100
        return y
    if anchor is None:
        return None
    m = re.fullmatch(r"(?:the )?(this|last|next|past|previous|coming|current) (?:fiscal |calendar )?year", s)
    if m:
        return anchor.year + {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1,
                              "next": 1, "coming": 1}[m[1]]
    return None


def _day_value(s: str, anchor: dt.date | None, direction: int, before: str | None):
    """A phrase naming one day: 'Friday', 'yesterday', 'Jan. 20', 'January 2 2016'. Returns a value or None."""
    p = _pat()
    lx = lexicon()
    # month day [year]
    m = re.fullmatch(rf"(?:({p.weekday}) )?({p.month}) ({p.day})(?: (?:of )?({p.year}|'\d\d))?", s)
    if not m:
        m2 = re.fullmatch(rf"(?:({p.weekday}) )?(?:the )?({p.day}) (?:of )?({p.month})(?: (?:of )?({p.year}|'\d\d))?", s)
        if m2:
            m = m2
            wday, month, day, year = m2[1], m2[3], m2[2], m2[4]
        else:
            wday = month = day = year = None
    else:
        wday, month, day, year = m[1], m[2], m[3], m[4]
    if m:
        mo = int(lx["month"][month])
        d = int(re.sub(r"\D", "", day))
        if year:
            y = _year_of(year, anchor, direction)
            try:
                return dt.date(y, mo, d).isoformat()
            except (ValueError, TypeError):
                return None
        if anchor is None:
            return f"XXXX-{mo:02d}-{d:02d}"
        if wday:
            # 'Saturday, April 25': the year in which that date falls on that weekday
            wd = int(lx["weekday"][wday])
            fits = []
            for y in (anchor.year - 1, anchor.year, anchor.year + 1):
                try:
                    c = dt.date(y, mo, d)
                except ValueError:
                    continue
                if c.isoweekday() == wd:
                    fits.append(c)
            if fits:
                return min(fits, key=lambda c: abs(c - anchor)).isoformat()
        found = _nearest_date(mo, d, anchor, direction)
        return found.isoformat() if found else None
    # numeric dates: 2016-01-07, 1/7/2016, 01/07/16
    m = re.fullmatch(rf"({p.year})-(\d\d)-(\d\d)", s)
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})", s)
    if m:
        y = int(m[3])
        if y < 100:
            y += 1900 if y > 50 else 2000
        try:
            return dt.date(y, int(m[1]), int(m[2])).isoformat()
        except ValueError:
            return None
    # deictic day words
    if s in lx["day"]:
        if anchor is None:
            return _ref(int(lx["day"][s]))
        return (anchor + dt.timedelta(days=int(lx["day"][s]))).isoformat()
    m = re.fullmatch(rf"(?:(last|next|this|coming|past|previous) )?({p.weekday})", s)
    if m:
        wd = int(lx["weekday"][m[2]])
        if anchor is None:
            return f"XXXX-WXX-{wd}"
        if m[1] in ("last", "past", "previous"):
            return _nearest_weekday(wd, anchor, -1, strict=True).isoformat()
        if m[1] in ("next", "coming"):
            return _nearest_weekday(wd, anchor, 1, strict=True).isoformat()
        if m[1] == "this":
            monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1)
            return (monday + dt.timedelta(days=wd - 1)).isoformat()
        return _nearest_weekday(wd, anchor, direction).isoformat()
    m = re.fullmatch(rf"(?:the )?(?:(this|last|next|the) )?({p.holiday})(?: ({p.year}))?", s)
    if m and m[2] in lx["holiday"]:
        rule = lx["holiday"][m[2]].split("-")
        mo = int(rule[0])

        def on(y):
            if len(rule) == 2:
                return dt.date(y, mo, int(rule[1]))
            return _nearest_weekday_in_month(y, mo, rule[1], int(rule[2]))
        if m[3]:
            return on(int(m[3])).isoformat()
        if anchor is None:
            return f"XXXX-{mo:02d}-{int(rule[1]):02d}" if len(rule) == 2 else None
        n = {"last": -1, "next": 1}.get(m[1] or "", direction)
        cands = [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
        if n < 0:
            pick = max(c for c in cands if c <= anchor)
        elif n > 0:
            pick = min(c for c in cands if c >= anchor)
        else:
            pick = min(cands, key=lambda c: abs(c - anchor))
        return pick.isoformat()
    return None


def _nearest_weekday_in_month(year, month, nth, weekday):
    return _nth_weekday(year, month, nth, weekday)


def _time_value(s: str) -> str | None:
    """'3 pm' -> 'T15:00', 'noon' -> 'T12:00', '10:30 am est' -> 'T10:30'."""
    s = re.sub(r" (?:est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|et|local time|bst|cet)$", "", s)
    if s in ("noon", "midday"):
        return "T12:00"
    if s == "midnight":
        return "T24:00"
    m = re.fullmatch(r"([01]?\d|2[0-3])(?:[:.]([0-5]\d))? ?(am|pm)?", s)
    if not m or (m[3] is None and m[2] is None):
        return None
    h = int(m[1])
    if m[3] == "pm" and h < 12:
        h += 12
    if m[3] == "am" and h == 12:
        h = 0
    return f"T{h:02d}:{m[2] or '00'}"


def _unit_phrase(s, anchor, tense, before, ctx, direction):
    """'the past three months' (a duration), 'last week', 'the year', 'this quarter' (dates)."""
    p = _pat()
    m = re.fullmatch(r"the (following|next|previous|preceding|prior) (day|week|month|year)", s)
    if m and ctx is not None and ctx.extra.get("dates"):
        # 'the following year' counts from the last date the article gave, not from today
        gran_ok = {"day": ("day",), "week": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}[m[2]]
        for gran, when in reversed(ctx.extra["dates"]):
            if gran in gran_ok:
                if anchor is None or abs((when - anchor).days) > 2:
                    return "DATE", _shift(m[2], 1 if m[1] in ("following", "next") else -1, when)
                break
    m = re.fullmatch(rf"the week (?:of|beginning|starting|ending) (.+)", s)
    if m:
        v = _day_value(m[1], anchor, direction, before)
        if v and re.fullmatch(r"\d{4}-\d\d-\d\d", v):
            return "DATE", _iso_week(dt.date.fromisoformat(v))
    m = re.fullmatch(r"(?:the )?(?:fiscal )?(19\d\d|20\d\d) (?:fiscal )?(?:period|quarter)", s)
    if m:
        q = ctx.recent_quarter(12) if ctx else None
        return "DATE", f"{m[1]}-Q{q[-1]}" if q else m[1]
    m = re.fullmatch(r"(?:the )?(?:corresponding|comparable|same|year ago|year earlier|prior year|previous year) (?:period|quarter)(?: (?:of |in )?(?:last year|a year ago|a year earlier|the previous year|the prior year))?|last year (?:quarter|period)", s)
    if m:
        q = ctx.recent_quarter(12) if ctx else None
        if q:
            return "DATE", _shift_value(q, "year", -1)
        if anchor is not None and "year" in s:
            return "DATE", _shift("quarter", -5, anchor)
    m = re.fullmatch(rf"that (day|week|month|year)", s)
    if m:
        # 'later that year': the year of the last date the article mentioned
        u = m[1]
        last = None
        if ctx is not None:
            finer = {"day": ("day",), "week": ("day",), "month": ("day", "month"),
                     "year": ("day", "month", "year")}[u]
            for gran, when in reversed(ctx.extra.get("dates", [])):
                if gran in finer:
                    last = when
                    break
        if last is None:
            return "DATE", "PAST_REF" if direction <= 0 else "FUTURE_REF"
        return "DATE", _shift(u, 0, last)
    m = re.fullmatch(rf"(?:the )?(?:(past|last|next|coming|previous|first|following|latest|final|initial|remaining|recent|this|current|same) )?({p.num} )?(?:(?:more|additional|straight|consecutive|full|long|successive|trading|business|working|calendar|fiscal) )?({p.unit})", s)
    if m and m[3] and _unit(m[3]):
        u = _unit(m[3])
        plural = m[3].endswith("s") or m[3] in ("centuries",)
        n = _number(m[2]) if m[2] else None
        if m[2] and n is None:
            return None
        if u == "half" and not m[1]:
            return None
        if n is not None and (plural or n == 1):
            if n == 1 and not plural and m[1] is None and not s.startswith("the "):
                return "DURATION", _duration(1, u)
            if m[1] or plural or s.startswith("the "):
                return "DURATION", _duration(n, u)
        if n is None and plural:
            if m[1] in ("past", "last", "recent", "previous"):
                return "DURATION", _duration("X", u)
            if m[1] in ("next", "coming", "following"):
                return "DURATION", _duration("X", u)
            if m[1] is None and not s.startswith("the "):
                return "DURATION", _duration("X", u)
        if n is None and not plural:
            # 'last week', 'next month', 'the past decade', 'the year', 'the weekend'
            k = {"past": -1, "last": -1, "previous": -1, "latest": -1, "recent": -1,
                 "next": 1, "coming": 1, "following": 1, None: 0, "this": 0, "current": 0,
                 "same": 0}.get(m[1])
            if k is None:
                return None
            if m[1] is None and not s.startswith("the "):
                return None
            if u in ("hour", "minute", "second", "half"):
                return ("DURATION", _duration(1, u)) if m[1] else None
            if m[1] is None and before == "for" and u not in ("quarter", "year"):
                return "DURATION", _duration(1, u)
            if u == "quarter":
                if m[1] in (None, "same", "this", "latest") and ctx and ctx.recent_quarter(8):
                    return "DATE", ctx.recent_quarter(8)
                if anchor is None:
                    return "DATE", _ref(k)
                if m[1] in ("latest", "recent") or (m[1] is None and tense != "future"):
                    k = -1  # financial reports: 'the (latest) quarter' is the last one completed
                return "DATE", _shift("quarter", k, anchor)
            if anchor is None:
                return "DATE", _ref(k)
            if u == "weekend" and k == 0:
                sat = _nearest_weekday(6, anchor, direction if direction else -1)
                return "DATE", _iso_week(sat) + "-WE"
            if u == "day" and k == 0:
                return "DATE", anchor.isoformat()
            return "DATE", _shift(u, k, anchor)
        return None
    return None


def _parse(s: str, anchor: dt.date | None, tense: str | None, before: str | None, ctx: Context | None):
    """(type, value) for the cleaned expression ``s``, or None when it is not one we can read."""
    p = _pat()
    lx = lexicon()
    direction = _direction(tense, before)

    # modifiers that do not change the value: 'about two years', 'late November', 'mid 2015'
    m = re.fullmatch(rf"({p.fuzzy}) (.+)", s)
    if m and not re.fullmatch(rf"(?:the )?{p.unit}s?", m[2]) and not s.startswith(("early next", "late last")):
        inner = _parse(m[2], anchor, tense, before, ctx)
        if inner:
            return inner
    m = re.fullmatch(r"(.+) or so", s)
    if m:
        return _parse(m[1], anchor, tense, before, ctx)
    m = re.fullmatch(r"each of (.+)", s)
    if m:
        return _parse(m[1], anchor, tense, before, ctx)
    m = re.fullmatch(r"(?:early|late|mid) (next|last|this) (.+)", s)
    if m:
        return _parse(f"{m[1]} {m[2]}", anchor, tense, before, ctx)

    # vague references: now, recently, the past, the future; 'at the time'
    if s == "the time" and before == "at":
        return "DATE", "PAST_REF" if direction <= 0 else "FUTURE_REF"
    if s in lx["ref"]:
        return "DATE", lx["ref"][s]

    # sets: weekly, every Tuesday, each season
    if s in lx["set"]:
        return "SET", lx["set"][s]
    m = re.fullmatch(rf"(?:every|each|per)(?: other)? (.+)", s)
    if m:
        rest = m[1]
        if _unit(rest):
            u = _unit(rest)
            return "SET", _duration(2 if " other " in s else 1, u)
        mm = re.fullmatch(rf"({p.num}) ({p.unit})", rest)
        if mm and _number(mm[1]) is not None and _unit(mm[2]):
            return "SET", _duration(_number(mm[1]), _unit(mm[2]))
        mm = re.fullmatch(rf"({p.weekday})s?(?: ({p.part}))?", rest)
        if mm:
            v = f"XXXX-WXX-{lx['weekday'][mm[1]]}"
            return "SET", v + (f"T{lx['partofday'][mm[2]]}" if mm[2] else "")
        if rest in lx["partofday"]:
            return "SET", f"XXXX-XX-XXT{lx['partofday'][rest]}"
        if rest in lx["season"]:
            return "SET", f"XXXX-{lx['season'][rest]}"
        if rest in lx["month"]:
            return "SET", f"XXXX-{int(lx['month'][rest]):02d}"
        return None
    m = re.fullmatch(rf"({p.weekday})s", s)
    if m and m[1] in lx["weekday"] and len(m[1]) > 3:
        return "SET", f"XXXX-WXX-{lx['weekday'][m[1]]}"

    # durations with a direction: 'the past three months', 'the next two years'; and 'last week'
    found = _unit_phrase(s, anchor, tense, before, ctx, direction)
    if found:
        return found
    m = re.fullmatch(rf"(?:a |the )?({p.num})[ -]({p.unit}) (?:period|span|stretch|term|run|spell)", s)
    if m and _number(m[1]) is not None and _unit(m[2]):
        return "DURATION", _duration(_number(m[1]), _unit(m[2]))

    # relative dates: 'four years ago', 'two days later', 'a year earlier', 'year-ago'
    m = re.fullmatch(rf"(?:({p.num}) )?({p.unit}) ({p.after_words})", s)
    if m and _unit(m[2]):
        u = _unit(m[2])
        n = _number(m[1]) if m[1] else 1
        if n is None:
            return None
        sign = -1 if m[3] in ("ago", "earlier", "back") else 1
        if n == "X":
            return "DATE", _ref(sign)
        if u == "year" and ctx is not None and ctx.recent_quarter() and n == 1:
            return "DATE", _shift_value(ctx.recent_quarter(), "year", -1 if sign < 0 else 1)
        if anchor is None:
            return "DATE", _ref(sign)
        n = int(round(n * (3 if u == "quarter" else 1)))
        u2 = "month" if u == "quarter" else u
        if u2 in ("hour", "minute", "second"):
            return "DATE", anchor.isoformat()
        return "DATE", _shift(u2, sign * n, anchor)
    m = re.fullmatch(rf"(?:the )?(?:year ago|year earlier|prior year|previous year) (?:fiscal )?({p.ordinal}) (?:fiscal )?quarter", s)
    if m and lx["ordinal"].get(m[1], "9") in "1234" and anchor is not None:
        q = int(lx["ordinal"][m[1]])
        return "DATE", f"{anchor.year - 1 if q <= _quarter(anchor)[1] else anchor.year - 2}-Q{q}"
    m = re.fullmatch(r"(.+) (?:a year ago|a year earlier|last year)", s)
    if m and re.search(r"quarter|period", m[1]):
        inner = _parse(m[1], anchor, tense, before, ctx)
        if inner and re.fullmatch(r"\d{4}-Q\d", inner[1]):
            return "DATE", _shift_value(inner[1], "year", -1)
    m = re.fullmatch(r"the (?:latest|same|current|most recent|recent|just ended|just completed) (?:period|(?:fiscal )?quarter)", s)
    if m:
        q = ctx.recent_quarter(12) if ctx else None
        if q and "same" not in s:
            return "DATE", q
        if anchor is not None and "period" in s and not q:
            return None
        if anchor is None:
            return "DATE", "PRESENT_REF"
        return "DATE", q or _shift("quarter", -1, anchor)
    m = re.fullmatch(r"(?:the |around )?(?:(this|last|next) )?(?:year end|end of the year|(?:fiscal )?year's end)", s)
    if m:
        if anchor is None:
            return "DATE", _ref(direction)
        return "DATE", str(anchor.year + {"last": -1, "next": 1}.get(m[1] or "", 0))
    m = re.fullmatch(rf"the (?:year ago|year earlier|prior year|previous year|same) (?:quarter|period)", s)
    if m:
        q = ctx.recent_quarter(12) if ctx else None
        if q:
            return "DATE", _shift_value(q, "year", -1)
        if anchor is None:
            return "DATE", "PAST_REF"
        return "DATE", _shift("quarter", -5, anchor)

    # earlier/later this month, early next year, the end of the month
    m = re.fullmatch(rf"(?:earlier|later|early|late|mid|the (?:end|beginning|start|middle|rest|remainder|balance) of) (.+)", s)
    if m:
        inner = _parse(m[1], anchor, tense, before, ctx)
        if inner and inner[0] == "DATE":
            return inner
        if m[1] in ("the week", "the month", "the year", "the quarter", "the day", "the decade", "the century"):
            u = _unit(m[1][4:])
            if anchor is None:
                return "DATE", "PRESENT_REF"
            return "DATE", _shift(u, 0, anchor)
        return None

    # one day, possibly with a part of day or a time: 'last night', 'Friday morning', 'Jan. 20'
    m = re.fullmatch(rf"(?:(this|last|tomorrow|yesterday|today|the|mid|early|late|{p.weekday}) )?({p.part})", s)
    if m and m[2] in lx["partofday"]:
        code = lx["partofday"][m[2]]
        if m[1] in (None, "the", "mid", "early", "late"):
            # 'overnight', 'midday', 'mid afternoon': the publication day unless told otherwise
            if m[1] is None and m[2] not in ("overnight", "midday"):
                return None
            if anchor is None:
                return "TIME", f"XXXX-XX-XXT{code}"
            day = anchor - dt.timedelta(days=1) if m[2] == "overnight" and direction < 0 else anchor
            return "TIME", f"{day.isoformat()}T{'12:00' if m[2] == 'midday' else code}"
        if anchor is None:
            return "TIME", _ref(direction)
        if m[1] == "this":
            day = anchor
        elif m[1] == "last":
            day = anchor - dt.timedelta(days=1) if code in ("NI", "EV") else None
            if day is None:
                return None
        else:
            v = _day_value(m[1], anchor, direction, before)
            if v is None:
                return None
            return "TIME", f"{v}T{code}"
        return "TIME", f"{day.isoformat()}T{code}"
    m = re.fullmatch(rf"(.+) ({p.part})", s)
    if m and m[2] in lx["partofday"]:
        v = _day_value(m[1], anchor, direction, before)
        if v and re.fullmatch(r"\d{4}-\d\d-\d\d|XXXX-.*", v):
            return "TIME", f"{v}T{lx['partofday'][m[2]]}"
    m = re.fullmatch(rf"({p.part}) (today|yesterday|tomorrow|{p.weekday})", s)
    if m and m[1] in lx["partofday"]:
        v = _day_value(m[2], anchor, direction, before)
        if v:
            return "TIME", f"{v}T{lx['partofday'][m[1]]}"
    if s == "tonight" and anchor:
        return "TIME", f"{anchor.isoformat()}TNI"
    v = _day_value(s, anchor, direction, before)
    if v:
        return "DATE", v

    # times of day: '3 pm', '10:30 am est Friday', 'noon Thursday'
    m = re.fullmatch(rf"(?:at )?({p.time}{p.zone})(?: (?:on )?(.+))?", s)
    if m:
        t = _time_value(m[1])
        if t:
            day = _day_value(m[2], anchor, direction, before) if m[2] else (
                anchor.isoformat() if anchor else "XXXX-XX-XX")
            if day and not day.endswith("_REF"):
                return "TIME", f"{day}{t}"
    m = re.fullmatch(rf"(.+?) (?:at )?({p.time}{p.zone})", s)
    if m:
        t = _time_value(m[2])
        day = _day_value(m[1], anchor, direction, before)
        if t and day and not day.endswith("_REF"):
            return "TIME", f"{day}{t}"

    # months: 'September', 'last November', 'January 1998', 'mid-December'
    m = re.fullmatch(rf"(?:(last|next|this|past|coming|previous) )?({p.month})(?: (?:of )?({p.year}|'\d\d|(?:this|last|next) year))?", s)
    if m and m[2] in lx["month"]:
        mo = int(lx["month"][m[2]])
        if m[3]:
            y = _year_of(m[3], anchor, direction)
            if y is None:
                return "DATE", f"XXXX-{mo:02d}"
            return "DATE", f"{y}-{mo:02d}"
        if anchor is None:
            return "DATE", f"XXXX-{mo:02d}"
        if m[1] in ("last", "past", "previous"):
            y, mo = _nearest_month(mo, anchor, -1, strict=True)
        elif m[1] in ("next", "coming"):
            y, mo = _nearest_month(mo, anchor, 1, strict=True)
        elif m[1] == "this":
            y = anchor.year
        else:
            y, mo = _nearest_month(mo, anchor, direction)
        return "DATE", f"{y}-{mo:02d}"
    m = re.fullmatch(rf"({p.month}) ({p.year}) (?:to|through|-) ({p.month}) ({p.year})", s)

    # years: '2009', 'fiscal 1989', 'this year', '2009-2010', "'98"
    y = _year_of(s, anchor, direction)
    if y is not None and not re.fullmatch(r"(?:the )?(?:this|last|next|past|previous|coming|current) (?:fiscal |calendar )?year", s):
        return "DATE", str(y)
    m = re.fullmatch(rf"({p.year}) ?(?:-|/) ?(\d{{4}}|\d\d)", s)
    if m:
        y1 = int(m[1])
        y2 = int(m[2]) if len(m[2]) == 4 else y1 // 100 * 100 + int(m[2])
        if y1 < y2 <= y1 + 20:
            return "DATE", f"{y1}/{y2}"
        return None
    m = re.fullmatch(r"(?:the )?(?:fiscal |calendar )?(?:year )?(?:fy ?)?((?:19|20)\d\d)", s)
    if m:
        return "DATE", m[1]

    # decades and centuries: 'the 1990s', "the '80s", 'the 20th century'
    m = re.fullmatch(r"(?:the )?(?:early |mid |late )?(1[5-9]\d|20\d)0s", s)
    if m:
        return "DATE", m[1]
    decade_words = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
                    "seventies": 7, "eighties": 8, "nineties": 9}
    m = re.fullmatch(r"(?:the )?(?:early |mid |late )?(\w+ies)", s)
    if m and m[1] in decade_words:
        d = decade_words[m[1]]
        century = 19 if anchor is None or d * 10 > anchor.year % 100 else anchor.year // 100
        return "DATE", f"{century}{d}"
    m = re.fullmatch(r"(?:the )?(?:early |mid |late )?'(\d)0s", s)
    if m:
        century = 19 if anchor is None or int(m[1]) * 10 > anchor.year % 100 else anchor.year // 100
        return "DATE", f"{century}{m[1]}"
    m = re.fullmatch(rf"(?:the )?(?:early |mid |late )?(\d{{1,2}})(?:st|nd|rd|th) century|(?:the )?({p.ordinal}) century", s)
    if m:
        n = int(m[1]) if m[1] else int(lx["ordinal"][m[2]])
        return "DATE", f"{n - 1:02d}"

    # quarters and halves: 'the third quarter', 'third-quarter', 'Q1 2016', 'the first half of 1998'
    m = re.fullmatch(rf"(?:the )?(?:fiscal )?({p.ordinal}|q[1-4]) (?:fiscal )?(quarter|half|qtr)(?: (?:of )?(.+))?", s) or \
        re.fullmatch(rf"(?:the )?(?:(.+) )?(?:fiscal )?({p.ordinal}|q[1-4]) (?:fiscal )?(quarter|half|qtr)", s)
    if m:
        if m.re.pattern.startswith("(?:the )?(?:(.+)"):
            yearpart, ordw, unit = m[1], m[2], m[3]
        else:
            ordw, unit, yearpart = m[1], m[2], m[3]
        n = int(ordw[1]) if ordw.startswith("q") else int(lx["ordinal"].get(ordw, 0))
        if unit == "half" and n not in (1, 2) or unit != "half" and n not in (1, 2, 3, 4):
            return None
        code = "H" if unit == "half" else "Q"
        if yearpart:
            y = _year_of(yearpart, anchor, direction)
            if y is None:
                return None
        elif anchor is None:
            return "DATE", f"XXXX-{code}{n}"
        else:
            y = anchor.year
            cur = _quarter(anchor)[1] if code == "Q" else (1 if anchor.month <= 6 else 2)
            if n > cur and direction <= 0 and tense != "future":
                y -= 1
        return "DATE", f"{y}-{code}{n}"
    m = re.fullmatch(rf"q([1-4]) ({p.year})", s)
    if m:
        return "DATE", f"{m[2]}-Q{m[1]}"

    # seasons: 'summer', 'last fall', 'the winter of 2015', 'this summer'
    m = re.fullmatch(rf"(?:(?:the|this|last|next|past|coming) )?(?:early |late |mid )?({p.season})(?: (?:of )?({p.year}))?", s) \
        or re.fullmatch(rf"({p.year}) ({p.season})", s)
    if m:
        if re.fullmatch(rf"{p.year} .+", s):
            season, year = m[2], m[1]
        else:
            season, year = m[1], m[2]
        code = lx["season"][season]
        if year:
            return "DATE", f"{year}-{code}"
        if anchor is None:
            return "DATE", f"XXXX-{code}"
        word = s.split()[0]
        n = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(word)
        return "DATE", _season_value(code, anchor, n, direction)

    # bare durations: 'two years', 'a month', 'a decade', 'years', 'two-year', 'several days'
    m = re.fullmatch(rf"(?:a |an |the )?(?:({p.num}) )?({p.unit})(?: (?:and a half))?", s)
    if m and _unit(m[2]):
        n = _number(m[1]) if m[1] else None
        if m[1] and n is None:
            return None
        if n is None:
            if m[2].endswith("s"):
                n = "X"
            elif s.startswith(("a ", "an ")):
                n = 1
            else:
                return None
        if s.endswith("and a half") and n != "X":
            n = n + 0.5
        return "DURATION", _duration(n, _unit(m[2]))
    m = re.fullmatch(rf"({p.num}) ({p.unit}) and ({p.num}) ({p.unit})", s)
    if m and _number(m[1]) not in (None, "X") and _number(m[3]) not in (None, "X"):
        return "DURATION", _duration(_number(m[1]), _unit(m[2])) + _duration(_number(m[3]), _unit(m[4]))[1:]
    return None


def normalize(text: str, published: dt.date | None, *, tense: str | None = None,
              before: str | None = None, context: Context | None = None) -> Normal | None:
    """TIMEX3 type, value, days covered and granularity of one temporal expression.

    ``published`` is the reference date (None: relative expressions stay vague);
    ``tense`` ('past', 'present', 'future') of the clause, and ``before``, the word just
    before the expression ('since', 'for' ...), decide between looking back and forward.
    Returns None when ``text`` is not a temporal expression this module can read.

    >>> normalize("last month", dt.date(2016, 1, 7)).value
    '2015-12'
    >>> normalize("Thursday", dt.date(2016, 1, 7), tense="past").value
    '2016-01-07'
    >>> normalize("four years ago", dt.date(2016, 1, 7))[:2]
    ('DATE', '2012')
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    s = _clean(text)
    if not s:
        return None
    before = (before or "").lower() or None
    found = _parse(s, published, tense, before, context)
    if not found or not found[1]:
        return None
    kind, value = found
    start, end, gran = value_span(value)
    if kind in ("DURATION", "SET"):
        start = end = None
    if value.endswith("_REF"):
        gran = None
    if start is not None and not (_MIN_DAY <= start and end <= _MAX_DAY):
        start = end = None  # outside what a pandas datetime64[ns] column can hold ('the 11th century')
    return Normal(kind, value, start, end, gran)


_MIN_DAY, _MAX_DAY = dt.date(1678, 1, 1), dt.date(2261, 12, 31)


# --------------------------------------------------------------------------- finding expressions in a Doc

_FUTURE_AUX = {"will", "shall", "'ll", "wo", "would", "'d"}
_FUTURE_LEMMAS = {"schedule", "plan", "expect", "due", "slate", "intend", "aim", "hope",
                  "want", "propose", "prepare", "forecast", "project", "seek"}
_PRESENT_AUX = {"is", "are", "am", "'s", "'re", "be", "been"}


def _governor(token):
    """The verb of the clause ``token`` belongs to (or None)."""
    t = token
    for _ in range(12):
        if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "auxpass"):
            return t
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _lede(sent, dateline: tuple[int, int] | tuple[()] | None = None):
    """The sentence after ``sent`` when ``sent`` is a dateline parsed apart from its lede, else
    None. With the layout's ``dateline`` span (empty when the article has none), exactly that
    piece; without a layout (None: a Doc parsed outside ``analyze``), a sentence of that shape:
    no verb, ending in a dash ('MEXICO CITY, Feb. 8 (UPI) -')."""
    if sent.end >= len(sent.doc):
        return None
    if dateline is not None:
        inside = bool(dateline) and dateline[0] <= sent.start_char and sent.end_char <= dateline[1]
        return sent.doc[sent.end].sent if inside else None
    words = [t for t in sent if not t.is_space]
    if not words or words[-1].text not in ("-", "--", "\u2013", "\u2014") or any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    return sent.doc[sent.end].sent


def clause_tense(token) -> str:
    """'past', 'present' or 'future' of the clause governing ``token``."""
    verb = _governor(token)
    if verb is None:
        return "present"
    return _verb_tense(verb)


def _verb_tense(verb, depth: int = 0) -> str:
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in aux}
    if words & _FUTURE_AUX:
        return "future"
    if verb.lower_ in ("will", "'ll", "shall"):
        return "future"
    if any(a.lower_ == "going" for a in aux) and "to" in words:
        return "future"
    if verb.lemma_ in ("schedule", "slate", "reschedule") and verb.tag_ in ("VBN", "VBD", "VBZ", "VBP", "VBG"):
        return "future"  # 'has scheduled a news conference Thursday': the event lies ahead
    if verb.lemma_ in _FUTURE_LEMMAS and (verb.tag_ in ("VBZ", "VBP", "VBG") or words & _PRESENT_AUX) and \
            any(c.dep_ == "xcomp" or c.dep_ == "prep" for c in verb.children):
        return "future"
    if verb.tag_ == "VB" and "to" in words:
        # 'to meet on Friday': the infinitive looks ahead of its governing clause
        return "future"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in aux):
        return "past"
    if verb.tag_ == "VBN" and (words & {"has", "have", "'ve", "had"} or not aux):
        return "past"
    if verb.tag_ == "VBN" and any(a.tag_ == "VBD" for a in aux):
        return "past"
    return "present"


_CORE_DEPS = {"nsubj", "nsubjpass", "neg", "prt", "dobj", "dative", "attr", "acomp", "oprd",
              "prep", "agent", "aux", "auxpass", "xcomp", "expl", "csubj"}
_NO_DESCEND = {"relcl", "appos", "acl", "advcl", "ccomp", "conj", "cc", "punct", "parataxis", "mark"}


_LEFT_MODS = {"det", "amod", "compound", "poss", "nummod", "nmod", "quantmod", "case", "neg"}


def _core(token, skip: set[int]) -> list[int]:
    """The head word with its left modifiers ('a Daesh telecommunications center'); preps follow their object."""
    out = [token.i]
    for c in token.lefts:
        if c.dep_ in _LEFT_MODS:
            out.extend(t.i for t in c.subtree)
    if token.dep_ == "prep" or token.pos_ == "ADP":
        for c in token.rights:
            if c.dep_ in ("pobj", "pcomp"):
                out.extend(_core(c, skip))
                break
    return sorted(i for i in set(out) if i not in skip and not token.doc[i].is_punct)


def _piece(token, skip: set[int], limit: int) -> list[int]:
    out = []
    stack = [token]
    while stack:
        t = stack.pop()
        if t.i in skip or t.is_punct or t.is_space:
            continue
        out.append(t.i)
        stack.extend(c for c in t.children if c.dep_ not in _NO_DESCEND)
    out.sort()
    if len(out) > limit:
        out = _core(token, skip)
        if len(out) > limit + 2:
            out = sorted(sorted(out, key=lambda i: abs(i - token.i))[:limit])
    return out


def _event(doc, verb, span, max_words: int = 12) -> tuple[str, int, int]:
    """Readable text of the clause ``verb`` heads, without the temporal expression itself."""
    if verb is None:
        sent = span.sent
        words = [t for t in sent if not t.is_space][:max_words]
        return (" ".join(t.text for t in words), words[0].idx, words[-1].idx + len(words[-1])) if words \
            else ("", span.start_char, span.end_char)
    skip = set(range(span.start, span.end))
    chosen = [verb.i]
    order = sorted((c for c in verb.children if c.dep_ in _CORE_DEPS),
                   key=lambda c: (0 if c.dep_ in ("aux", "auxpass", "neg", "prt") else
                                  1 if c.dep_.startswith("nsubj") or c.dep_ in ("expl", "csubj") else
                                  2 if c.dep_ in ("dobj", "attr", "acomp", "dative", "oprd", "agent") else
                                  3, c.i))
    for child in order:
        if span.start <= child.i < span.end:
            continue
        if child.dep_ == "prep" and all(span.start <= c.i < span.end for c in child.children
                                        if not c.is_punct):
            continue  # the preposition of the temporal expression itself ('on Thursday')
        limit = 1 if child.dep_ in ("aux", "auxpass", "neg", "prt", "expl") else 5
        piece = _piece(child, skip, limit)
        if not piece or len(chosen) + len(piece) > max_words:
            continue
        chosen.extend(piece)
    chosen = sorted(set(chosen))
    parts, prev = [], None
    for i in chosen:
        if prev is not None and i != prev + 1 and any(not doc[k].is_punct for k in range(prev + 1, i)):
            parts.append("...")
        parts.append(doc[i].text)
        prev = i
    text = " ".join(parts)
    start = doc[chosen[0]].idx
    end = doc[chosen[-1]].idx + len(doc[chosen[-1]])
    return text, start, end


def _anchor_words() -> set[str]:
    lx = lexicon()
    words = set()
    for kind in ("month", "weekday", "partofday", "season", "unit", "day", "ref", "set", "holiday"):
        for w in lx.get(kind, {}):
            words.update(w.split()) if kind in ("set",) else words.add(w.split()[-1])
    words.update({"noon", "midnight", "ago", "time", "period", "weekdays", "mondays", "tuesdays", "wednesdays",
                  "thursdays", "fridays", "saturdays", "sundays", "nineties", "eighties", "seventies",
                  "sixties", "fifties", "forties", "thirties", "twenties", "past"})
    words -= {"a", "an", "per", "every", "each", "the", "new", "day's", "present", "later",
              "after", "before", "once"}
    return words


# abbreviations and homographs that are only temporal in the right shape
_AMBIGUOUS = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb",
              "apr", "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "fall", "spring",
              "second", "seconds", "current", "present", "half", "season", "seasons", "day", "days",
              "dusk", "dawn", "independence", "night", "morning", "evening", "afternoon", "nights",
              "summer", "winter", "autumn", "quarter", "quarters", "minute", "minutes", "time", "past",
              "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties", "future",
              "period"}
#: words after a four-digit number that make it a 24-hour clock time ('1700 GMT')
_CLOCK_ZONES = ("gmt", "utc", "bst", "cet", "est", "edt", "et", "pst", "pdt", "cst", "cdt", "local", "hours",
                "hrs", "hrs.")


def _clock_time(tok) -> bool:
    """'1700 GMT', 'from 1700 local time': a 24-hour clock time in wire copy, not a year."""
    return bool(re.fullmatch(r"[01]\d[0-5]\d|2[0-3][0-5]\d", tok.text)) and tok.i + 1 < len(tok.doc) \
        and tok.nbor(1).lower_ in _CLOCK_ZONES


_YEAR_PREPS = {"in", "since", "by", "until", "till", "of", "from", "during", "before", "after", "fiscal",
               "early", "late", "mid", "to", "through", "between", "and", "for", "around", "circa", "as"}


def _is_anchor(tok, words: set[str]) -> bool:
    low = tok.lower_.rstrip(".")
    if re.fullmatch(r"(?:1[5-9]\d\d|20\d\d)", tok.text):
        prev = tok.nbor(-1) if tok.i > 0 else None
        if tok.ent_type_ == "DATE" or (prev is not None and prev.lower_ in _YEAR_PREPS):
            nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
            return not (_clock_time(tok) or nxt is not None and nxt.lower_ in ("percent", "%", "people",
                                                                                "shares", "points"))
        return False
    if re.fullmatch(r"(?:1[5-9]\d|20\d)0s|'\d0s", tok.text) or re.fullmatch(r"\d{4}-\d\d-\d\d", tok.text):
        return True
    if re.fullmatch(r"(?:mid|early|late|pre|post)-(?:1[5-9]\d\d|20\d\d)s?", low):
        return True
    if low in ("nineteen", "two") and tok.ent_type_ == "DATE" and tok.i + 1 < len(tok.doc) and \
            tok.nbor(1).lower_ in ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                                   "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty",
                                   "sixty", "seventy", "eighty", "ninety", "thousand"):
        return True
    if re.fullmatch(r"\d{1,2}(?::\d\d)?(?:[ap]\.?m\.?)", tok.lower_) or tok.lower_ in ("a.m.", "p.m.", "am", "pm", "a.m", "p.m") and \
            tok.i > 0 and re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", tok.nbor(-1).text):
        return True
    if re.fullmatch(r"q[1-4]", low) and tok.text[0] == "Q":
        return True
    if low not in words:
        return False
    if low in _AMBIGUOUS:
        return _ambiguous_ok(tok, low)
    return True


def _ambiguous_ok(tok, low: str) -> bool:
    lx = lexicon()
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if low in lx["month"] or low in lx["weekday"]:
        if not tok.text[:1].isupper():
            return False
        if low == "may" and (tok.tag_ == "MD" or (nxt is not None and nxt.pos_ in ("VERB", "AUX"))):
            return False
        if len(low) <= 4 and low not in ("june", "july", "may") and not tok.text.endswith(".") and \
                not (nxt is not None and (nxt.like_num or nxt.text == ".")):
            return tok.ent_type_ == "DATE"
        if low == "march" and tok.pos_ == "VERB" and not (nxt is not None and nxt.like_num):
            return False
        return True
    if low in ("fall", "spring", "summer", "winter", "autumn"):
        if tok.ent_type_ in ("DATE", "TIME"):
            return True
        return prev is not None and prev.lower_ in ("last", "this", "next", "the", "in", "early", "late",
                                                     "past", "coming", "during", "mid", "each", "every") \
            and tok.pos_ in ("NOUN", "PROPN")
    if low in ("current", "present"):
        # 'the current weakness': TimeML marks the adjective as PRESENT_REF
        return tok.ent_type_ in ("DATE", "TIME") or (low == "current" and tok.dep_ == "amod")
    if low in ("day", "days", "night", "morning", "evening", "afternoon", "nights", "quarter", "quarters",
               "season", "seasons", "half", "second", "seconds", "minute", "minutes", "dusk", "dawn"):
        if tok.ent_type_ in ("DATE", "TIME"):
            return True
        if low in ("second", "half") and not (prev is not None and (prev.like_num or prev.lower_ in ("a", "an", "per", "every", "each"))):
            return low == "half" and prev is not None and prev.lower_ in ("first", "second")
        if low == "half":
            # 'a half million', 'sixty-one and a half': a fraction
            return nxt is not None and nxt.lower_ in ("hour", "day", "year", "century", "decade", "an", "a")
        if low in ("quarter", "quarters") and prev is not None and prev.text == "-" and tok.i > 1 and \
                doc[tok.i - 2].lower_ in lexicon()["number"]:
            return False  # 'three-quarters of its food'
        if low in ("day", "night") and prev is not None and prev.lower_ == "the" and tok.ent_type_ not in ("DATE", "TIME"):
            return False  # 'the day before authorities issued ...': anaphoric, left out like TimeBank does
        if low in ("second", "minute") and nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN"):
            return False
        return prev is not None and (prev.like_num or prev.lower_ in (
            "last", "this", "next", "the", "that", "a", "an", "per", "every", "each", "past", "coming",
            "previous", "following", "several", "few", "recent", "latest", "same", "first", "fourth", "third",
            "final", "current", "tomorrow", "yesterday", "today", "fiscal", "late", "early", "-", "mid")
            or prev.lower_ in lx["weekday"] or prev.lower_ in lx["number"])
    if low == "past":
        # 'in the past' (PAST_REF); 'the past three months' is found from its unit
        return prev is not None and prev.lower_ == "the" and (nxt is None or nxt.pos_ not in ("NOUN", "ADJ", "NUM", "PROPN"))
    if low in ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"):
        return prev is not None and prev.lower_ in ("the", "early", "mid", "late") and tok.ent_type_ == "DATE"
    if low == "period":
        # 'the latest period', 'the year-ago period', 'the 1988 period' in earnings reports
        return prev is not None and (prev.lower_ in ("latest", "same", "comparable", "corresponding", "ago", "earlier", "recent")
                                     or re.fullmatch(r"(?:19|20)\d\d", prev.text) is not None)
    if low == "future":
        return tok.pos_ == "NOUN" and (prev is None or prev.lower_ in ("the", "near", "distant", "in"))
    if low == "time":
        return prev is not None and prev.lower_ == "the" and tok.i > 1 and doc[tok.i - 2].lower_ == "at" \
            and (nxt is None or nxt.is_punct or nxt.pos_ in ("VERB", "AUX", "PRON", "ADV", "CCONJ", "SCONJ", "ADP"))
    if low == "independence":
        return nxt is not None and nxt.lower_ == "day"
    return True


_JUNK_AFTER = re.compile(r"\s*-?\s*olds?\b|\s*of age\b", re.I)


def _prefix(flags) -> list[int]:
    """Running counts: ``out[j] - out[i]`` is how many of ``flags[i:j]`` are true."""
    out = [0]
    for f in flags:
        out.append(out[-1] + bool(f))
    return out


def _candidates(doc, words: set[str]):
    """Longest readable span around each anchor token: (start_tok, end_tok)."""
    n = len(doc)
    spans = []
    tokens = list(doc)  # one pass: iterating a Doc makes every Token anew
    anchors = [t.i for t in tokens if _is_anchor(t, words)]
    # spaCy's own DATE/TIME entities are anchors too (numbers the lexicon cannot see)
    for ent in doc.ents:
        if ent.label_ in ("DATE", "TIME"):
            for t in ent:
                if (t.like_num and not _clock_time(t)) or t.lower_ in words:
                    anchors.append(t.i)
    # token flags read once (a Token made per try was a third of the time), and prefix sums so
    # that "any token in i..j is X" is one subtraction
    space = [t.is_space or "\n" in t.text for t in tokens]
    punct = [t.is_punct for t in tokens]
    texts = [t.text for t in tokens]
    blank = [t.is_space for t in tokens]
    possessive = [t.tag_ == "POS" for t in tokens]
    with_ws = [t.text_with_ws for t in tokens]
    breaks = _prefix([space[k] or (punct[k] and texts[k] not in (",", "-", "/", ":", ".", "'"))
                      for k in range(n)])
    starts = _prefix([bool(t.is_sent_start) for t in tokens])
    seen = set()
    for a in sorted(set(anchors)):
        best = None
        for i in range(a, max(-1, a - 7), -1):
            if (space[i] or (punct[i] and texts[i] != "'")) and i != a:
                break
            for j in range(min(n, a + 7), a, -1):
                if j - i > 9 or punct[j - 1] or blank[j - 1]:
                    continue
                if breaks[j] - breaks[i]:  # a line break or a stop inside the span
                    continue
                if i < a and starts[a + 1] - starts[i + 1]:  # a sentence starts between i and the anchor
                    continue
                if punct[i] or possessive[i]:
                    continue
                key = (i, j)
                if key in seen:
                    continue
                seen.add(key)
                # (the span's text as ``doc[i:j].text`` reads it, without making a Span per try)
                if (best is None or (j - i) > (best[1] - best[0])) and _readable("".join(with_ws[i:j - 1]) + texts[j - 1]):
                    best = (i, j)
                    break
        if best:
            i, j = best
            # 'get around Wednesday's ruling': a leading particle that belongs to the verb is not part of it
            while j - i > 1 and doc[i].lower_ in ("around", "about", "over", "under", "just", "only") and \
                    not (i <= doc[i].head.i < j):
                i += 1
            spans.append((i, j))
    # longest first, no overlaps (one flag per token: a scan of the spans taken was quadratic)
    spans.sort(key=lambda s: (-(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    used = bytearray(n)
    for s in spans:
        if not any(used[s[0]:s[1]]):
            taken.append(s)
            used[s[0]:s[1]] = b"\x01" * (s[1] - s[0])
    return sorted(taken)


@lru_cache(maxsize=1 << 16)
def _readable(text: str) -> bool:
    """A candidate span the normaliser can read. Cached: the same strings ('on Monday',
    'last year') come back in every article, and each candidate is tried against the parser."""
    return bool(_clean(text)) and _quick_ok(text) and normalize(text, dt.date(2000, 6, 15)) is not None


def _quick_ok(text: str) -> bool:
    s = _clean(text)
    first = s.split()[0]
    return first not in {"on", "in", "at", "since", "by", "until", "for", "during", "from", "to", "of",
                         "and", "or", "but", "with", "after", "before", "within", "over", "through",
                         "throughout", "into", "as", "than", "when", "while", "till"}


def _not_temporal(doc, i: int, j: int) -> bool:
    """Ages ('45-year-old'), sizes and names that look like durations."""
    rest = doc_text(doc)[doc[j - 1].idx + len(doc[j - 1]): doc[j - 1].idx + len(doc[j - 1]) + 12]
    if _JUNK_AFTER.match(rest):
        return True
    prev = doc[i - 1].lower_ if i > 0 else ""
    if prev in lexicon().get("notdate", {}):
        return True
    # "today's world", "today's youth": generic, not the publication day
    if j - i == 1 and doc[i].lower_ == "today" and j < len(doc) and doc[j].tag_ == "POS":
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ in ("NOUN", "ADJ") and nxt.lower_ not in ("meeting", "session", "vote", "decision"):
            return True
    # 'the Communist Party daily Granma': the newspaper
    if j - i == 1 and doc[i].lower_ == "daily" and (doc[i].pos_ in ("NOUN", "PROPN") or
                                                    (j < len(doc) and doc[j].pos_ == "PROPN")):
        return True
    return False


def _is_rate(doc, i: int, j: int) -> bool:
    """'$33 million a year', 'interviews a day': a frequency (TimeML SET), not a duration."""
    return doc[i].lower_ in ("a", "an") and j - i == 2 and i > 0 and \
        (doc[i - 1].like_num or doc[i - 1].pos_ in ("NOUN", "PROPN", "SYM") or doc[i - 1].lower_ in ("times", "twice", "once"))


def extract_timeline(doc, *, published=None, article_id="text",
                     actors_in: Callable[[int, int], list[str]] | None = None,
                     sent_ids: Mapping[int, int] | None = None,
                     dateline: tuple[int, int] | tuple[()] | None = None) -> Iterator[dict]:
    """Yield one dict per temporal expression in a parsed spaCy ``Doc``.

    Each record has the ``timeline`` columns (:data:`COLUMNS`): offsets into ``doc.text``,
    the TIMEX3 type and value normalized against ``published`` (a date, or None), the
    days covered, the tense and text of the clause it modifies, and the actors
    ``actors_in(start, end)`` finds in that clause.

    Examples
    --------
    >>> from helpers.nlp import load_pipeline
    >>> doc = load_pipeline()("The talks will resume next week.")
    >>> [(r["text"], r["value"]) for r in extract_timeline(doc, published=dt.date(2016, 1, 7))]
    [('next week', '2016-W02')]
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    if isinstance(published, str):
        published = dt.date.fromisoformat(published[:10])
    if actors_in is None:
        def actors_in(start, end):  # noqa: E306 - default: no actors known
            return []
    if sent_ids is None:
        sent_ids = {s.start: k for k, s in enumerate(doc.sents)}
    sent_index = {s.start: k for k, s in enumerate(doc.sents)}
    words = _anchor_words()
    ctx = Context()
    for i, j in _candidates(doc, words):
        if _not_temporal(doc, i, j):
            continue
        span = doc[i:j]
        sent = span.sent
        ctx.sent = sent_index.get(sent.start, 0)
        verb = _governor(span.root)
        lede = _lede(sent, dateline) if verb is None else None  # 'MEXICO CITY, Feb. 8 (UPI) -' parsed apart:
        if lede is not None and lede.root.pos_ in ("VERB", "AUX"):  # the date dates the lede
            verb = lede.root
        tense = _verb_tense(verb) if verb is not None else "present"
        before = doc[i - 1].lower_ if i > 0 else None
        # 'the Jan. 14 deadline', "Wednesday's ruling": a noun's modifier takes no tense
        modifier = span.root.dep_ in ("compound", "nmod", "amod", "poss") and span.root.head.pos_ in ("NOUN", "PROPN")
        norm = normalize(span.text, published, tense=None if modifier else tense, before=before, context=ctx)
        if norm is None:
            continue
        if norm.type == "DURATION" and _is_rate(doc, i, j):
            norm = Normal("SET", norm.value, None, None, norm.granularity)
        if re.fullmatch(r"\d{4}-Q[1-4]", norm.value) and re.search(r"quarter|\bQ[1-4]", span.text, re.I) \
                and not re.search(r"ago|earlier|before|prior|previous|last year", span.text, re.I) \
                and (published is None or norm.date_start <= published):
            # the quarter being reported: what 'the quarter' and 'a year ago' refer to next
            ctx.last_quarter, ctx.quarter_sent = norm.value, ctx.sent
        if norm.type in ("DATE", "TIME") and norm.date_start:
            gran = "day" if norm.granularity in ("day", "part-of-day", "time") else norm.granularity
            ctx.extra.setdefault("dates", []).append((gran, norm.date_start))
        event, ev_start, ev_end = _event(doc, verb, span if verb is not None or lede is None else lede[:1])
        yield {
            "article_id": article_id,
            "sent_id": sent_ids.get(sent.start, ctx.sent),
            "start": span.start_char,
            "end": span.end_char,
            "text": span.text,
            "type": norm.type,
            "value": norm.value,
            "date_start": norm.date_start,
            "date_end": norm.date_end,
            "granularity": norm.granularity,
            "tense": tense,
            "event": event,
            "actors": list(actors_in(ev_start, ev_end)),
        }
