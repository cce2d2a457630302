"""Charts for journalists: timeline, actor network, mention counts, quotes.

Every public function takes the table (or graph) the package produces, draws it on
``ax`` (a new figure of a sensible size when ``ax`` is None), and returns the Axes.
They never call ``plt.show()``, so they are safe under the Agg backend and in scripts.
All charts share :data:`PALETTE`, so an actor type or a polarity has the same colour
everywhere in a report.

Legibility rules the functions follow:

- one lane (row) per item where items have labels, so labels cannot collide;
- long labels are truncated with an ellipsis, never shrunk below a readable size;
- when there are too many items, the chart shows the most relevant ones and says so in
  its title instead of drawing an unreadable smear;
- empty input draws a short message instead of raising.

:func:`save` writes ``<name>.png`` with the data behind it as ``<name>.csv``
(STYLE.md: every saved figure has its data beside it).

Examples
--------
>>> import matplotlib
>>> matplotlib.use("Agg")
>>> import pandas as pd
>>> from helpers import charts
>>> counts = pd.DataFrame({"actor": ["France", "Russia"], "n_mentions": [9, 4]})
>>> ax = charts.mentions(counts)
>>> ax.get_title(loc="left")
'Who is mentioned most'
"""
from __future__ import annotations

import math
import re
import textwrap
from pathlib import Path
from typing import Any, Iterable

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from matplotlib.colors import LinearSegmentedColormap, to_rgba
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch

from . import config

__all__ = [
    "PALETTE",
    "timeline",
    "network",
    "mentions",
    "mentions_over_time",
    "mentions_heatmap",
    "quotes_by_speaker",
    "actor_mentions",
    "counterparts",
    "outlet_top",
    "outlet_criticism",
    "save",
]

#: One palette for every chart (Okabe-Ito colours for categories: colour-blind safe).
PALETTE: dict[str, str] = {
    # actor types
    "person": "#0072B2",
    "organization": "#E69F00",
    "country": "#009E73",
    "place": "#CC79A7",
    "group": "#D55E00",
    "other": "#999999",
    # stance polarity (edges of the network)
    "negative": "#B2182B",
    "neutral": "#9E9E9E",
    "positive": "#2166AC",
    # timeline
    "past": "#4A5A80",
    "present": "#7B3294",
    "future": "#E07B00",
    "published": "#333333",
    # quote kinds (strongest colour = the speaker's own words)
    "direct": "#1F4E79",
    "partial": "#5B9BD5",
    "indirect": "#B4CDE6",
    # everything else
    "bar": "#5B7DB1",
    "text": "#222222",
    "muted": "#666666",
}

ACTOR_TYPES = ("person", "organization", "country", "place", "group")
QUOTE_KINDS = ("direct", "partial", "indirect")

# font sizes in points: a printed page or a laptop screen at 100% stays readable
TITLE_SIZE = 13
LABEL_SIZE = 10
TICK_SIZE = 9
NOTE_SIZE = 8
MIN_FONT = 6.5

# a categorical cycle for series that are not actor types (lines per actor)
_SERIES = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
           "#000000", "#F0E442", "#7F7F7F", "#8C564B"]


# --------------------------------------------------------------------------- helpers


def _new_ax(width: float, height: float, *, layout: str | None = "constrained"):
    fig, ax = plt.subplots(figsize=(width, height), layout=layout)
    return ax


def _title(ax, title: str | None, default: str, *, pad: float = 12) -> None:
    ax.set_title(default if title is None else title, fontsize=TITLE_SIZE,
                 loc="left", pad=pad, color=PALETTE["text"])


def _empty(ax, message: str, title: str | None, default: str):
    """Draw ``message`` in the middle of an otherwise blank Axes and return it."""
    if ax is None:
        ax = _new_ax(7, 2.5)
    ax.text(0.5, 0.5, message, transform=ax.transAxes, ha="center", va="center",
            fontsize=LABEL_SIZE + 1, color=PALETTE["muted"])
    ax.set_axis_off()
    _title(ax, title, default)
    return ax


def _truncate(text: Any, n: int) -> str:
    """``text`` on one line, cut to ``n`` characters with an ellipsis."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return ""
    s = " ".join(str(text).split())
    n = max(int(n), 2)
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def _is_missing(value: Any) -> bool:
    if value is None:
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and arrays are never "missing" as a whole
        return False


def _to_datetime(values) -> pd.Series:
    """Dates of any flavour (date, datetime, str, datetime64, tz-aware) as naive datetime64.

    Unparseable or out-of-range values become NaT.
    """
    s = pd.Series(values)
    if s.empty:
        return pd.Series(pd.NaT, index=s.index, dtype="datetime64[ns]")
    if isinstance(s.dtype, pd.PeriodDtype):
        return s.dt.to_timestamp()
    if isinstance(s.dtype, pd.DatetimeTZDtype):
        return s.dt.tz_convert(None)
    out = []
    for v in s:
        if _is_missing(v):
            out.append(pd.NaT)
            continue
        if isinstance(v, pd.Period):
            v = v.to_timestamp()
        try:
            ts = pd.Timestamp(v)
        except (ValueError, TypeError, OverflowError):
            out.append(pd.NaT)
            continue
        if ts.tzinfo is not None:
            ts = ts.tz_convert(None)
        # a calendar a date axis can draw (and a reader can mean): years 1000 to 2999
        out.append(ts if 1000 <= ts.year <= 2999 else pd.NaT)
    return pd.Series(pd.to_datetime(out, errors="coerce"), index=s.index)


def _type_colour(kind: Any) -> str:
    key = "" if _is_missing(kind) else str(kind).lower()
    return PALETTE.get(key, PALETTE["other"]) if key in ACTOR_TYPES else PALETTE["other"]


def _category_colours(values: Iterable[Any], by: str | None) -> dict[str, str]:
    """Colour per category value: actor types use PALETTE, anything else a cycle."""
    cats = list(dict.fromkeys("(unknown)" if _is_missing(v) else str(v) for v in values))
    if by == "actor_type":
        return {c: _type_colour(c) for c in cats}
    return {c: _SERIES[i % len(_SERIES)] for i, c in enumerate(sorted(cats))}


def _axes_height_pt(ax) -> float:
    fig = ax.get_figure()
    return ax.get_position().height * fig.get_figheight() * 72


def _style_axes(ax, *, grid_axis: str = "x") -> None:
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(labelsize=TICK_SIZE, colors=PALETTE["text"])
    if grid_axis:
        ax.grid(axis=grid_axis, color="#DDDDDD", linewidth=0.8)
        ax.set_axisbelow(True)


# --------------------------------------------------------------------------- timeline


_TIMELINE_COLUMNS = ("date_start",)


def _published_per_row(df: pd.DataFrame, published) -> pd.Series:
    """A publication timestamp for each row of ``df`` (NaT when unknown).

    ``published`` may be None (use a ``published`` column of ``df`` if present), one date,
    a mapping or Series ``article_id -> date``, or the ``articles`` table.
    """
    idx = df.index
    if published is None:
        if "published" in df.columns:
            return _to_datetime(df["published"]).set_axis(idx)
        return pd.Series(pd.NaT, index=idx, dtype="datetime64[ns]")
    if isinstance(published, pd.DataFrame):
        if {"article_id", "published"} <= set(published.columns):
            published = dict(zip(published["article_id"], published["published"]))
        else:
            raise ValueError("published: a DataFrame must have article_id and published columns")
    if isinstance(published, pd.Series) and "article_id" in df.columns:
        published = published.to_dict()
    if isinstance(published, dict):
        if "article_id" not in df.columns:
            raise ValueError("published: a mapping needs an article_id column in the timeline")
        vals = [published.get(a) for a in df["article_id"]]
        return _to_datetime(vals).set_axis(idx)
    if isinstance(published, (list, tuple, set, np.ndarray, pd.Index)):
        dates = _to_datetime(list(published)).dropna()
        one = dates.iloc[0] if len(dates) == 1 else pd.NaT
        return pd.Series(one, index=idx, dtype="datetime64[ns]")
    one = _to_datetime([published]).iloc[0]
    return pd.Series(one, index=idx, dtype="datetime64[ns]")


def _published_dates(published, per_row: pd.Series) -> list[pd.Timestamp]:
    """The distinct publication dates to mark with a line."""
    if isinstance(published, (list, tuple, set, np.ndarray, pd.Index)):
        dates = _to_datetime(list(published)).dropna()
    else:
        dates = per_row.dropna()
    return sorted({d.normalize() for d in dates})


def _days(values: pd.Series) -> np.ndarray:
    """Dates as matplotlib day numbers (float days since 1970; NaN for NaT).

    All date arithmetic of the charts is done on these floats: a difference of two
    datetime64[ns] values overflows past 292 years, a float of days never does.
    """
    s = pd.Series(values)
    if s.empty:
        return np.array([], dtype=float)
    return np.asarray(mdates.date2num(s.to_numpy(dtype="datetime64[us]")), dtype=float)


def _when(x0: np.ndarray, x1: np.ndarray, pub: np.ndarray, tense: pd.Series) -> np.ndarray:
    """past, present or future per row: the dates against the publication day, then tense.

    ``x0``/``x1`` are day numbers of the start and of the day after the end; ``pub`` is
    the publication day number (NaN when unknown).
    """
    day = np.floor(pub)
    words = tense.map(lambda t: "" if _is_missing(t) else str(t).lower()).to_numpy()
    out = np.where(np.isin(words, ["past", "future"]), words, "present").astype(object)
    known = ~np.isnan(day)
    out[known & (x1 <= day)] = "past"
    out[known & (x0 >= day + 1)] = "future"
    return out


def _date_text(start: pd.Timestamp, end: pd.Timestamp, granularity: Any) -> str:
    """The resolved date, written the way a reader checks it ("Jan 2016", "2015")."""
    g = "" if _is_missing(granularity) else str(granularity).lower()
    day = "{d.day} {d:%b} {d:%Y}"
    if end.normalize() <= start.normalize() or g in ("day", "time", "hour", "minute"):
        return day.format(d=start)
    if g == "year" and start.month == 1 and start.day == 1:
        return f"{start:%Y}" if start.year == end.year else f"{start:%Y}–{end:%Y}"
    if g == "month" and start.day == 1 and (start.year, start.month) == (end.year, end.month):
        return f"{start:%b %Y}"
    if g == "week":
        return "week of " + day.format(d=start)
    if start.year == end.year:
        return f"{start.day} {start:%b}–{end.day} {end:%b %Y}"
    return day.format(d=start) + " – " + day.format(d=end)


def _timeline_rows(df: pd.DataFrame, published) -> tuple[pd.DataFrame, list[pd.Timestamp]]:
    """Step 1: the dated rows with their day numbers, publication day and past/future.

    Adds ``_start``/``_end`` (timestamps), ``_x0``/``_x1`` (day numbers of the start and
    of the day after the end), ``_pub`` (day number of publication, NaN if unknown) and
    ``_when``. Returns the rows and the publication dates to mark.
    """
    data = df.copy()
    data["_start"] = _to_datetime(data["date_start"]).set_axis(data.index)
    ends = data["date_end"] if "date_end" in data.columns else data["date_start"]
    data["_end"] = _to_datetime(ends).set_axis(data.index)
    pub = _published_per_row(data, published)
    pub_lines = _published_dates(published, pub)
    data["_pub"] = _days(pub)
    data = data[data["_start"].notna()].copy()
    if data.empty:
        return data, pub_lines
    data["_end"] = data["_end"].where(data["_end"].notna() & (data["_end"] >= data["_start"]),
                                      data["_start"])
    data["_x0"] = _days(data["_start"])
    data["_x1"] = _days(data["_end"]) + 1.0  # the end day is included
    tense = data["tense"] if "tense" in data.columns else pd.Series("", index=data.index)
    data["_when"] = _when(data["_x0"].to_numpy(), data["_x1"].to_numpy(),
                          data["_pub"].to_numpy(), tense)
    return data, pub_lines


def _busiest_span(days, weights, gap: float) -> tuple[float, float]:
    """The first and last day of the busiest cluster of ``days``.

    Days further apart than ``gap`` start a new cluster; the cluster with the largest total
    weight wins (the later one on a tie). A corpus mixing 1987 and 2016 stories gets the
    period where most of its rows are, not thirty empty years between two slivers.
    """
    order = np.argsort(days, kind="mergesort")
    d, w = np.asarray(days, dtype=float)[order], np.asarray(weights, dtype=float)[order]
    cuts = np.flatnonzero(np.diff(d) > gap) + 1
    best = max(zip(np.split(d, cuts), np.split(w, cuts)), key=lambda c: (c[1].sum(), c[0][-1]))
    return float(best[0][0]), float(best[0][-1])


def _window(data: pd.DataFrame, years: float | None):
    """Step 2: keep rows that overlap the busiest publication period +- ``years``.

    The period is the cluster of publication days holding most rows (publication days
    more than two windows apart are separate periods); without any publication date, the
    cluster of the rows' own dates. Returns the rows inside, the number left outside and
    the window as day numbers (None when no window applies).
    """
    if years is None or data.empty:
        return data, 0, None
    pad = 365.25 * years
    pub = data["_pub"].dropna()
    if len(pub):
        days, counts = np.unique(np.floor(pub.to_numpy()), return_counts=True)
        lo, hi = _busiest_span(days, counts, 2 * pad)
    else:
        lo, hi = _busiest_span(data["_x0"].to_numpy(), np.ones(len(data)), 2 * pad)
    lo, hi = lo - pad, hi + 1.0 + pad
    inside = (data["_x1"] > lo) & (data["_x0"] < hi)
    return data[inside], int((~inside).sum()), (lo, hi)


def _timeline_axes(ax, n_total: int, max_events: int):
    """Step 3: the Axes (sized to the lanes when new), the number of lanes and the font."""
    lane_pt = TICK_SIZE * 1.75  # height of one lane in points at the normal font size
    if ax is None:
        n_lanes = min(n_total, max_events)
        return _new_ax(12, max(3.2, n_lanes * lane_pt / 72 + 1.9)), n_lanes, TICK_SIZE
    # fit the lanes into the given Axes: shrink the font a little, then cap the lanes
    avail = _axes_height_pt(ax)
    n_lanes = min(n_total, max_events, max(1, int(avail // (MIN_FONT * 1.75))))
    font = float(np.clip(avail / max(n_lanes, 1) / 1.75, MIN_FONT, TICK_SIZE))
    return ax, n_lanes, font


def _nearest_events(data: pd.DataFrame, n_lanes: int) -> pd.DataFrame:
    """Step 4: at most ``n_lanes`` rows, those nearest publication, in date order.

    Distances are in days (floats), measured from the middle of each expression to its
    article's publication day, or to the median date when that is unknown. Articles take
    turns (each one's nearest, then each one's second nearest, ...), so a corpus chart
    shows many stories instead of the forty expressions of one wire batch dated "today".
    When a turn has more rows than lanes left, they are taken evenly over the publication
    dates, so a corpus of many months shows every part of it, not its first weeks.
    """
    if len(data) > n_lanes:
        ref = data["_pub"].fillna(float(np.median(data["_x0"])))
        data = data.assign(_dist=((data["_x0"] + data["_x1"]) / 2 - ref).abs(), _ref=ref)
        article = data["article_id"] if "article_id" in data.columns else pd.Series(0, index=data.index)
        data["_turn"] = data.groupby(article.to_numpy())["_dist"].rank(method="first")
        data = data.sort_values(["_turn", "_ref", "_dist", "_x0"], kind="mergesort")
        keep, left = [], n_lanes
        for _, turn in data.groupby("_turn", sort=True):
            if len(turn) > left:  # evenly spaced over publication order
                turn = turn.iloc[np.unique(np.linspace(0, len(turn) - 1, left).round().astype(int))]
            keep.append(turn)
            left -= len(turn)
            if left <= 0:
                break
        data = pd.concat(keep)
    return data.sort_values(["_x0", "_x1"], kind="mergesort").reset_index(drop=True)


def _event_labels(data: pd.DataFrame, max_chars: int) -> list[str]:
    """Step 5: one lane label per row, "<expression> — <event>", cut to ``max_chars``."""
    labels = []
    for text, event in zip(data.get("text", pd.Series("", index=data.index)),
                           data.get("event", pd.Series("", index=data.index))):
        expr, ev = _truncate(text, max_chars), _truncate(event, max_chars)
        labels.append(_truncate(f"{expr} — {ev}" if ev and ev != expr else expr, max_chars))
    return labels


_WHEN_MARKERS = {"past": "o", "present": "s", "future": "D"}


def _draw_events(ax, data: pd.DataFrame, is_point: np.ndarray, lanes: np.ndarray) -> None:
    """Step 6: a marker per day, a bar per longer period, coloured past/present/future."""
    x0, x1 = data["_x0"].to_numpy(), data["_x1"].to_numpy()
    xmin, xmax = ax.get_xlim()
    min_bar = 0.006 * (xmax - xmin)  # a week on a ten-year axis stays visible
    for when in ("past", "present", "future"):
        sel = (data["_when"] == when).to_numpy()
        pts = sel & is_point
        if pts.any():
            # a day sits on its own tick (midnight), as readers expect
            ax.scatter(x0[pts], lanes[pts], s=46, marker=_WHEN_MARKERS[when],
                       color=PALETTE[when], edgecolor="white", linewidth=0.8, zorder=3,
                       gid="timeline-point")
        for i in np.flatnonzero(sel & ~is_point):
            left, width = x0[i], x1[i] - x0[i]
            if width < min_bar:
                left, width = left + width / 2 - min_bar / 2, min_bar
            ax.barh(lanes[i], width, left=left, height=0.5, color=PALETTE[when], alpha=0.55,
                    edgecolor=PALETTE[when], linewidth=1.0, zorder=2, gid="timeline-period")


_MAX_PUB_LINES = 3  # more publication days than this are drawn as one shaded band


def _draw_publication(ax, pub_lines: list, pub_nums: list) -> None:
    """Step 7: a dashed line per publication day (a band for many), labelled above the frame."""
    if not pub_nums:
        return
    if len(pub_nums) > _MAX_PUB_LINES:
        ax.axvspan(min(pub_nums), max(pub_nums) + 1.0, color=PALETTE["published"], alpha=0.06,
                   linewidth=0, zorder=0, gid="timeline-published-band")
        first, last = pub_lines[0], pub_lines[-1]
        ptxt = f"published: {len(pub_nums)} days, {first.day} {first:%b %Y} – {last.day} {last:%b %Y}"
        anchor = (min(pub_nums) + max(pub_nums) + 1.0) / 2
    else:
        for p in pub_nums:
            ax.axvline(p, color=PALETTE["published"], linestyle="--", linewidth=1.1, zorder=1)
        ptxt = (f"published {pub_lines[0].day} {pub_lines[0]:%b %Y}" if len(pub_nums) == 1
                else f"published ({len(pub_nums)} dates)")
        anchor = pub_nums[-1]
    ax.annotate(ptxt, (anchor, 1.0), xycoords=("data", "axes fraction"),
                xytext=(0, 3), textcoords="offset points", ha="center", va="bottom",
                fontsize=NOTE_SIZE, color=PALETTE["published"], gid="timeline-published")


def _timeline_frame(ax, lanes: np.ndarray, labels: list[str], font: float) -> None:
    """Step 8: lane labels on the left, a concise date axis below, faint lane guides."""
    ax.set_yticks(lanes, labels, fontsize=font)
    ax.set_ylim(len(lanes) - 0.4, -0.6)  # earliest at the top
    ax.tick_params(axis="y", length=0)
    locator = mdates.AutoDateLocator(minticks=4, maxticks=9)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    _style_axes(ax, grid_axis="x")
    ax.spines["left"].set_visible(False)
    for y in lanes:  # faint guide from the label to its marker
        ax.axhline(y, color="#F0F0F0", linewidth=0.8, zorder=0)
    ax.set_xlabel("Date the expression refers to", fontsize=LABEL_SIZE)


def _timeline_legend(ax, data: pd.DataFrame, is_point: np.ndarray, n_pub: int) -> None:
    """Step 9: the legend, right of the plot: kinds of marker present, periods, publication."""
    handles = [Line2D([], [], marker=_WHEN_MARKERS[w], linestyle="", color=PALETTE[w],
                      markersize=7, label=w) for w in ("past", "present", "future")
               if (data["_when"] == w).any()]
    if (~is_point).any():
        handles.append(Patch(facecolor=PALETTE["muted"], alpha=0.45, edgecolor=PALETTE["muted"],
                             label="period (week, month, year)"))
    if n_pub > _MAX_PUB_LINES:
        handles.append(Patch(facecolor=PALETTE["published"], alpha=0.12, label="published"))
    elif n_pub:
        handles.append(Line2D([], [], color=PALETTE["published"], linestyle="--",
                              label="published"))
    ax.legend(handles=handles, loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=NOTE_SIZE + 1, borderaxespad=0)


def _timeline_note(n_shown: int, n_window: int, n_outside: int, span) -> str:
    """Step 10: the subtitle: how many expressions are shown, and how many lie outside."""
    notes = []
    if n_window > n_shown:
        notes.append(f"{n_shown} of {n_window + n_outside} dated expressions, "
                     "each article's closest to publication")
    if n_outside:
        lo, hi = (mdates.num2date(v) for v in span)
        notes.append(f"{n_outside} dated outside {lo:%Y}–{hi:%Y} not shown")
    return "\n(" + "; ".join(notes) + ")" if notes else ""


def _date_labels(ax, data: pd.DataFrame, is_point: np.ndarray, lanes: np.ndarray,
                 font: float) -> None:
    """Step 11: the resolved date in small grey type beside each marker, where there is room."""
    fig = ax.get_figure()
    date_font = max(font - 1.5, MIN_FONT - 0.5)
    engine = fig.get_layout_engine()
    if engine is not None:  # settle the axes size first: labels are measured against it
        engine.execute(fig)
    renderer = _renderer(fig)
    axes_w_px = max(ax.get_window_extent(renderer).width, 1.0)
    xmin, xmax = ax.get_xlim()
    x0, x1, pub = data["_x0"].to_numpy(), data["_x1"].to_numpy(), data["_pub"].to_numpy()
    gran = data["granularity"] if "granularity" in data else pd.Series(None, index=data.index)
    for i in range(len(data)):
        text = _date_text(data["_start"].iloc[i], data["_end"].iloc[i], gran.iloc[i])
        # measure from the marker, not from the day's edges
        left, right = (x0[i], x0[i]) if is_point[i] else (x0[i], x1[i])
        fl, fr = (left - xmin) / (xmax - xmin), (right - xmin) / (xmax - xmin)
        # write on the side away from the publication line, where there is room
        before = not np.isnan(pub[i]) and right < np.floor(pub[i])
        sides = ["left", "right"] if before else ["right", "left"]
        probe = ax.text(0, 0, text, fontsize=date_font)
        need = (probe.get_window_extent(renderer).width
                + 12 * fig.dpi / 72) / axes_w_px  # label width in axes units
        probe.remove()
        room = {"right": fr + need < 1.0, "left": fl - need > 0.0}
        side = next((sd for sd in sides if room[sd]), "center")
        dx = 8 if is_point[i] else 5  # clear of the marker / the bar's end
        if side == "right":
            xy, ha = (right, lanes[i]), "left"
        elif side == "left":
            xy, ha, dx = (left, lanes[i]), "right", -dx
        else:  # a period covering most of the axis: write on the bar
            xy, ha, dx = ((left + right) / 2, lanes[i]), "center", 0
        ax.annotate(text, xy, xytext=(dx, 0), textcoords="offset points", ha=ha,
                    va="center", fontsize=date_font, color=PALETTE["muted"], zorder=4,
                    gid="timeline-date",
                    bbox=dict(boxstyle="round,pad=0.1", fc="white", ec="none", alpha=0.8))


def timeline(df: pd.DataFrame | None, ax=None, *, published=None, max_label_chars: int = 60,
             max_events: int = 40, title: str | None = None, show_dates: bool = True,
             window_years: float | None = 5):
    """Dated expressions of the ``timeline`` table on a date axis, one lane per event.

    Parameters
    ----------
    df : DataFrame
        The ``timeline`` table (``Corpus.timeline``). Needs ``date_start``; uses
        ``date_end``, ``granularity``, ``tense``, ``text``, ``event`` and ``article_id``
        when present. Dates may be ``datetime.date``, strings or datetime64; rows whose
        ``date_start`` is missing (durations, sets, "PRESENT_REF") are left out.
    ax : matplotlib Axes, optional
        Where to draw; a new figure sized to the number of events when None.
    published : date, str, list, dict, Series or DataFrame, optional
        The publication date: one date, a mapping ``article_id -> date``, or the
        ``articles`` table. Drawn as a dashed "published" line and used to split past
        from future. Default: a ``published`` column of ``df`` if it has one.
    max_label_chars : int
        Labels ("<expression> — <event>") are cut to this many characters.
    max_events : int
        At most this many lanes; with more rows the events closest to publication are
        kept and the title says how many are shown.
    title : str, optional
    show_dates : bool
        Write the resolved date (e.g. "Jan 2016") in small grey type beside each marker.
    window_years : float or None
        Draw only expressions that overlap the publication range plus or minus this many
        years (around the median date when no publication date is known), so that one
        "1700" or "2199" does not squash a corpus onto a sliver of the axis. The title
        says how many fall outside; they stay in the table. None draws every row.

    Returns
    -------
    matplotlib.axes.Axes

    Notes
    -----
    A day is a point; a longer period (week, month, year) is a bar from ``date_start``
    to ``date_end``. An event is *past* when it ends before the publication day,
    *future* when it starts after it; otherwise the tense of its clause decides.
    Lanes run in date order from the top, so labels never collide. Date arithmetic is
    done in float days, which cannot overflow for any date a calendar axis can draw.

    Examples
    --------
    >>> import pandas as pd
    >>> tl = pd.DataFrame({"text": ["Thursday", "next week"], "event": ["said", "meet"],
    ...                    "date_start": pd.to_datetime(["2016-01-07", "2016-01-11"]),
    ...                    "date_end": pd.to_datetime(["2016-01-07", "2016-01-17"]),
    ...                    "granularity": ["day", "week"], "tense": ["past", "future"]})
    >>> ax = timeline(tl, published="2016-01-07")
    """
    default_title = "Timeline: when things happen, as dated in the text"
    if df is None or len(df) == 0:
        return _empty(ax, "No dated expressions to show.", title, default_title)
    missing = [c for c in _TIMELINE_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"timeline(): the table has no {', '.join(missing)} column; "
                         "pass Corpus.timeline")

    data, pub_lines = _timeline_rows(df, published)
    if data.empty:
        return _empty(ax, "No dated expressions to show\n(none of the expressions could be "
                          "placed on a calendar).", title, default_title)
    data, n_outside, span = _window(data, window_years)
    if span is not None:  # publication days of other periods are not drawn either
        pub_lines = [p for p in pub_lines if span[0] <= _days(pd.Series([p]))[0] < span[1]]
    if data.empty:
        return _empty(ax, f"No dated expressions within {window_years:g} years of "
                          f"publication\n({n_outside} dated further away).", title, default_title)
    n_window = len(data)
    ax, n_lanes, font = _timeline_axes(ax, n_window, max_events)
    data = _nearest_events(data, n_lanes)
    lanes = np.arange(len(data))
    x0, x1 = data["_x0"].to_numpy(), data["_x1"].to_numpy()
    is_point = (x1 - x0) <= 1.0
    if "granularity" in data.columns:
        is_point |= data["granularity"].astype(str).str.lower().isin(["day", "time"]).to_numpy()

    pub_nums = list(_days(pd.Series(pub_lines))) if pub_lines else []
    lo, hi = min([x0.min(), *pub_nums]), max([x1.max(), *pub_nums])
    span_days = max(hi - lo, 6.0)
    # room on the right for the date written beside the latest events
    ax.set_xlim(lo - 0.04 * span_days, hi + (0.18 if show_dates else 0.04) * span_days)
    _draw_events(ax, data, is_point, lanes)
    _draw_publication(ax, pub_lines, pub_nums)
    _timeline_frame(ax, lanes, _event_labels(data, max_label_chars), font)
    _timeline_legend(ax, data, is_point, len(pub_nums))
    note = _timeline_note(len(data), n_window, n_outside, span)
    # leave room for the "published" label between the frame and the title
    _title(ax, None, (default_title if title is None else title) + note,
           pad=24 if pub_nums else 12)
    if show_dates:
        _date_labels(ax, data, is_point, lanes, font)
    return ax


# --------------------------------------------------------------------------- network


def _as_digraph(graph):
    import networkx as nx

    if graph.is_multigraph():  # collapse parallel edges: weights add, polarity averages
        g = nx.DiGraph() if graph.is_directed() else nx.Graph()
        g.add_nodes_from(graph.nodes(data=True))
        for u, v, d in graph.edges(data=True):
            w = d.get("weight", 1) or 1
            if g.has_edge(u, v):
                e = g[u][v]
                total = e["weight"] + w
                e["polarity"] = (e["polarity"] * e["weight"] + d.get("polarity", 0) * w) / total
                e["weight"] = total
                e["kinds"] = list(dict.fromkeys(e["kinds"] + list(d.get("kinds") or [])))
            else:
                g.add_edge(u, v, weight=w, polarity=d.get("polarity", 0),
                           kinds=list(d.get("kinds") or []))
        return g
    return graph


def _component_layout(und, seed: int) -> dict:
    """Spring layout of one connected component, its longer side along x."""
    import networkx as nx

    n = und.number_of_nodes()
    nodes = sorted(und, key=str)
    if n == 1:
        return {nodes[0]: np.array([0.0, 0.0])}
    if n == 2:
        return {nodes[0]: np.array([-0.5, 0.0]), nodes[1]: np.array([0.5, 0.0])}
    if n == 3:
        pos = nx.circular_layout(nodes)
    else:
        pos = nx.spring_layout(und, k=1.8 / math.sqrt(n), seed=seed, iterations=200,
                               weight=None)
    arr = np.array([pos[u] for u in nodes])
    spread = arr.max(axis=0) - arr.min(axis=0)
    if spread[1] > spread[0]:  # lie the component down: axes are wider than tall
        arr = arr[:, ::-1]
    return {u: arr[i] for i, u in enumerate(nodes)}


def _layout(g, layout, seed: int, aspect: float = 1.33) -> dict:
    """Node positions in arbitrary units.

    Connected components are laid out one by one and packed in rows (largest first),
    so that small components do not drift to the corners and squeeze the main one.
    """
    import networkx as nx

    n = g.number_of_nodes()
    if isinstance(layout, dict):
        pos = {u: layout.get(u) for u in g}
        if all(p is not None for p in pos.values()):
            return {u: np.asarray(p, dtype=float) for u, p in pos.items()}
    if n == 1:
        return {next(iter(g)): np.array([0.0, 0.0])}
    und = nx.Graph(g.to_undirected(as_view=False))
    und.remove_edges_from(nx.selfloop_edges(und))
    if layout == "circular" or n <= 3:
        return nx.circular_layout(sorted(g, key=str))
    if layout == "shell":
        return nx.shell_layout(und)
    if layout == "kamada_kawai":
        try:
            return nx.kamada_kawai_layout(und)
        except ImportError:  # needs scipy; fall back to the spring layout
            pass
    comps = sorted((sorted(c, key=str) for c in nx.connected_components(und)),
                   key=lambda c: (-len(c), str(c[0])))
    # each component in a box whose size grows with the square root of its node count
    placed = []
    for c in comps:
        sub = _component_layout(und.subgraph(c), seed)
        arr = np.array([sub[u] for u in c], dtype=float)
        lo, hi = arr.min(axis=0), arr.max(axis=0)
        span = np.where(hi - lo > 1e-9, hi - lo, 1.0)
        scale = math.sqrt(len(c))
        unit = (arr - lo) / span.max() * scale if len(c) > 1 else np.zeros_like(arr)
        size_c = (hi - lo) / span.max() * scale if len(c) > 1 else np.zeros(2)
        placed.append((c, unit, size_c))
    total = sum((w + 1) * (h + 1) for _, _, (w, h) in placed)
    row_width = max(math.sqrt(total * aspect), max(w for _, _, (w, _h) in placed) + 1)
    pos, x, y, row_h = {}, 0.0, 0.0, 0.0
    for c, unit, (w, h) in placed:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y - row_h - 1.0, 0.0
        for i, u in enumerate(c):
            pos[u] = unit[i] + np.array([x, y - h])
        x += w + 1.0
        row_h = max(row_h, h)
    return pos


def _separate(pos: dict, boxes: dict, width: float, height: float,
              *, gap: float = 6.0, rounds: int = 400) -> bool:
    """Move nodes apart (in place) until their boxes (node + label) no longer overlap.

    ``boxes[u] = (left, right, bottom, top)`` relative to the node centre, in pixels.
    Returns True when no overlap remains.
    """
    nodes = list(pos)

    def clamp(u):
        l, r, b, t = boxes[u]
        x, y = pos[u]
        x = min(max(x, -l), width - r)
        y = min(max(y, -b), height - t)
        pos[u] = np.array([x, y])

    for u in nodes:
        clamp(u)
    for _ in range(rounds):
        moved = False
        for i, u in enumerate(nodes):
            for v in nodes[i + 1:]:
                lu, ru, bu, tu = boxes[u]
                lv, rv, bv, tv = boxes[v]
                (xu, yu), (xv, yv) = pos[u], pos[v]
                ox = min(xu + ru, xv + rv) - max(xu + lu, xv + lv) + gap
                oy = min(yu + tu, yv + tv) - max(yu + bu, yv + bv) + gap
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                cu = np.array([xu + (lu + ru) / 2, yu + (bu + tu) / 2])
                cv = np.array([xv + (lv + rv) / 2, yv + (bv + tv) / 2])
                if ox * height < oy * width:  # cheaper to move sideways (relative to room)
                    d = 1.0 if cu[0] >= cv[0] else -1.0
                    step = np.array([d * (ox / 2 + 0.5), 0.0])
                else:
                    d = 1.0 if cu[1] >= cv[1] else -1.0
                    step = np.array([0.0, d * (oy / 2 + 0.5)])
                pos[u] = pos[u] + step
                pos[v] = pos[v] - step
                clamp(u)
                clamp(v)
        if not moved:
            return True
    return False


def _fit(arr: np.ndarray, nodes: list, xr: tuple, yr: tuple) -> dict:
    """Map layout coordinates into the pixel ranges ``xr`` x ``yr``.

    The layout may stretch to fill the room, but by at most 1.6 times in one direction;
    a small graph only fills part of it (two nodes do not fly to opposite corners).
    """
    lo, hi = arr.min(axis=0), arr.max(axis=0)
    span = hi - lo
    room = np.array([max(xr[1] - xr[0], 1.0), max(yr[1] - yr[0], 1.0)])
    span = np.where(span > 1e-6 * max(span.max(), 1e-12), span, 0.0)
    if span.max() <= 0:
        return {u: np.array([sum(xr) / 2, sum(yr) / 2]) for u in nodes}
    fill = min(1.0, math.sqrt(len(nodes) / 12.0) + 0.15)
    scale = np.where(span > 0, room / np.where(span > 0, span, 1.0), np.inf)
    s = scale.min()
    scale = np.minimum(scale, 1.6 * s) * fill
    centre = np.array([sum(xr) / 2, sum(yr) / 2])
    mid = (lo + hi) / 2
    return {u: centre + (arr[i] - mid) * np.where(np.isfinite(scale), scale, 0.0)
            for i, u in enumerate(nodes)}


def _label_sides(g, pos: dict) -> dict:
    """Below, above, right or left of each node: the side farthest from its arrows."""
    prefs = {"below": (0.0, -1.0, 25.0), "above": (0.0, 1.0, 10.0),
             "right": (1.0, 0.0, 0.0), "left": (-1.0, 0.0, 0.0)}  # direction, bonus (deg)
    sides = {}
    for u in pos:
        nbrs = set(g.successors(u)) | set(g.predecessors(u)) if g.is_directed() \
            else set(g.neighbors(u))
        nbrs.discard(u)
        angles = [math.degrees(math.atan2(*(pos[v] - pos[u])[::-1])) for v in nbrs]
        best, best_score = "below", -1.0
        for side, (dx, dy, bonus) in prefs.items():
            a = math.degrees(math.atan2(dy, dx))
            free = min((abs((a - b + 180) % 360 - 180) for b in angles), default=180.0)
            score = min(free, 90.0) + bonus  # 90 degrees clear is clear enough
            if score > best_score:
                best, best_score = side, score
        sides[u] = best
    return sides


def _network_key(ax, g, pols: list, weights: list, title: str | None, default: str) -> None:
    """Title, a one-line reading guide and the legend (node types, edge colours)."""
    present = {str(t).lower() if not _is_missing(t) else "other"
               for t in (g.nodes[u].get("actor_type") for u in g)}
    present = {t if t in ACTOR_TYPES else "other" for t in present}
    types = [t for t in (*ACTOR_TYPES, "other") if t in present]
    handles = [Line2D([], [], marker="o", linestyle="", markersize=9, color=_type_colour(t),
                      label="other / unknown" if t == "other" else t) for t in types]
    if any(p < 0 for p in pols):
        handles.append(Line2D([], [], color=PALETTE["negative"], linewidth=2.5,
                              label="criticism (negative)"))
    if any(-1 < p < 1 for p in pols):
        handles.append(Line2D([], [], color=PALETTE["neutral"], linewidth=2.5,
                              label="mixed / neutral"))
    if any(p > 0 for p in pols):
        handles.append(Line2D([], [], color=PALETTE["positive"], linewidth=2.5,
                              label="support (positive)"))
    ax.legend(handles=handles, loc="upper center", bbox_to_anchor=(0.5, -0.01),
              ncol=min(len(handles), 5), frameon=False, fontsize=NOTE_SIZE + 1,
              handletextpad=0.4, columnspacing=1.4)
    if weights:
        lo_w, hi_w = int(min(weights)), int(max(weights))
        span = f"{lo_w}" if lo_w == hi_w else f"{lo_w} to {hi_w}"
        note = f"Arrow: who speaks → about whom; width = number of statements ({span})"
        ax.annotate(note, (0, 1), xycoords="axes fraction", xytext=(0, 2),
                    textcoords="offset points", ha="left", va="bottom", fontsize=NOTE_SIZE,
                    color=PALETTE["muted"])
    ax.set_title(default if title is None else title, fontsize=TITLE_SIZE, loc="left",
                 pad=16, color=PALETTE["text"])


def _renderer(fig):
    canvas = fig.canvas
    if hasattr(canvas, "get_renderer"):
        return canvas.get_renderer()
    return fig._get_renderer()  # pragma: no cover - backends without get_renderer


def _network_graph(graph, min_weight: float, max_nodes: int | None, max_edges: int | None):
    """Step 1: the graph to draw: edges of at least ``min_weight``, at most ``max_nodes``
    actors (those with the most statements, weighted in + out degree) and at most
    ``max_edges`` relations among them (the heaviest). Returns the graph and how many
    actors and relations were left out.
    """
    g = _as_digraph(graph).copy()
    heavy = [(u, v) for u, v, d in g.edges(data=True) if (d.get("weight", 1) or 0) >= min_weight]
    if min_weight > 1:
        keep = {n for e in heavy for n in e}
        g = g.edge_subgraph(heavy).copy()
        g.add_nodes_from((n, graph.nodes[n]) for n in keep)
    n_before = g.number_of_nodes()
    if max_nodes is not None and n_before > max_nodes:
        degree = dict(g.degree(weight="weight"))
        top = sorted(g.nodes, key=lambda n: (-degree[n], str(n)))[:max_nodes]
        g = g.subgraph(top).copy()
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    edges_left_out = 0
    if max_edges is not None and g.number_of_edges() > max_edges:
        # a hairball helps no reader: the strongest relations, every actor still on them
        ranked = sorted(g.edges(data=True), key=lambda e: (-(e[2].get("weight", 1) or 0),
                                                           str(e[0]), str(e[1])))
        edges_left_out = len(ranked) - max_edges
        g.remove_edges_from([(u, v) for u, v, _ in ranked[max_edges:]])
        g.remove_nodes_from([n for n in list(g.nodes) if g.degree(n) == 0])
    return g, n_before - g.number_of_nodes(), edges_left_out


def _network_title(pols: list, title: str | None, default: str, g, left_out: int,
                   edges_left_out: int = 0) -> tuple:
    """Step 2: the default title from the polarities present, and the title with its note."""
    if pols and all(p < 0 for p in pols):
        default = "Who criticises whom"
    elif pols and all(p > 0 for p in pols):
        default = "Who supports whom"
    if left_out:
        n = g.number_of_nodes()
        title = f"{title or default}: the {n} most involved of {n + left_out}"
    if edges_left_out:
        m = g.number_of_edges()
        title = f"{title or default}\n(the {m} strongest of {m + edges_left_out} relations)"
    return title, default


def _node_sizes(g, nodes: list, px_per_pt: float) -> tuple[dict, dict]:
    """Step 3: marker area (points^2) growing with each actor's statements, and its radius (px)."""
    directed = g.is_directed()
    strength = {u: sum((d.get("weight", 1) or 0) for _, _, d in g.in_edges(u, data=True))
                + sum((d.get("weight", 1) or 0) for _, _, d in g.out_edges(u, data=True))
                if directed else g.degree(u, weight="weight") for u in nodes}
    smax = max(strength.values()) or 1
    size = {u: 380 + 1100 * math.sqrt(strength[u] / smax) for u in nodes}
    radius = {u: math.sqrt(size[u]) / 2 * px_per_pt for u in nodes}
    return size, radius


def _node_label(g, u, label_chars: int) -> str:
    """A node's label wrapped at ``label_chars``, two lines at most."""
    raw = g.nodes[u].get("label")
    raw = str(u) if _is_missing(raw) or raw == "" else str(raw)
    lines = textwrap.wrap(" ".join(raw.split()), width=label_chars) or [raw]
    if len(lines) > 2:
        lines = [lines[0], _truncate(" ".join(lines[1:]), label_chars)]
    return "\n".join(lines)


def _label_box(radius: float, gap: float, side: str, ext, pad: float) -> tuple:
    """(left, right, bottom, top) in pixels around a node of ``radius`` with its label on ``side``."""
    r, w, h = radius, ext.width + 2 * pad, ext.height + 2 * pad
    if side == "below":
        return (-max(r, w / 2), max(r, w / 2), -(r + gap + h), r)
    if side == "above":
        return (-max(r, w / 2), max(r, w / 2), -r, r + gap + h)
    if side == "right":
        return (-r, r + gap + w, -max(r, h / 2), max(r, h / 2))
    return (-(r + gap + w), r, -max(r, h / 2), max(r, h / 2))


def _place_nodes(ax, g, nodes: list, arr: np.ndarray, radius: dict, label_chars: int,
                 room: tuple[float, float]) -> tuple[dict, dict, dict, float]:
    """Step 4: node positions (pixels) and label texts, pushed apart until nothing overlaps.

    Starts at the normal font; a graph too crowded for it gets a slightly smaller font,
    never below the readable minimum. Returns positions, texts, label sides, the pad and
    whether nothing overlaps.
    """
    fig = ax.get_figure()
    renderer = _renderer(fig)
    width, height = room
    px_per_pt = fig.dpi / 72.0
    gap = 6 * px_per_pt  # between a node and its label
    space = 30 * px_per_pt  # between two node boxes: room for an arrow
    font, texts, sides = LABEL_SIZE, {}, {u: "below" for u in nodes}
    while True:
        for t in texts.values():
            t.remove()
        texts = {u: ax.text(0, 0, _node_label(g, u, label_chars), fontsize=font, ha="center",
                            va="top", color=PALETTE["text"], zorder=5, gid="node-label",
                            linespacing=1.05,
                            bbox=dict(boxstyle="round,pad=0.2", fc="white", ec="none",
                                      alpha=0.8))
                 for u in nodes}
        pad = 0.2 * font * px_per_pt
        exts = {u: texts[u].get_window_extent(renderer) for u in nodes}
        boxes = {u: _label_box(radius[u], gap, "below", exts[u], pad) for u in nodes}
        # spread the layout over the room left once the widest boxes fit
        mx = max(b[1] for b in boxes.values())
        mb = max(-b[2] for b in boxes.values())
        mt = max(b[3] for b in boxes.values())
        pos = _fit(arr, nodes, (mx, width - mx), (mb, height - mt))
        ok = _separate(pos, boxes, width, height, gap=space)
        if ok:
            # put each label on the side its arrows leave free, then settle again
            sides = _label_sides(g, pos)
            boxes = {u: _label_box(radius[u], gap, sides[u], exts[u], pad) for u in nodes}
            ok = _separate(pos, boxes, width, height, gap=space)
        if ok or font <= MIN_FONT + 0.5:
            return pos, texts, sides, gap + pad, ok
        font -= 1  # a crowded graph: a slightly smaller font before giving up


def _anchor_labels(texts: dict, pos: dict, sides: dict, radius: dict, offset: float) -> None:
    """Step 5: each label beside its node, on its side, aligned away from the node."""
    for u, text in texts.items():
        x, y = pos[u]
        off = radius[u] + offset  # the text's own box starts ``pad`` inside its frame
        xy, ha, va = {"below": ((x, y - off), "center", "top"),
                      "above": ((x, y + off), "center", "bottom"),
                      "right": ((x + off, y), "left", "center"),
                      "left": ((x - off, y), "right", "center")}[sides[u]]
        text.set_position(xy)
        text.set_horizontalalignment(ha)
        text.set_verticalalignment(va)
        text.set_multialignment("center" if ha == "center" else ha)


def _draw_edges(ax, g, pos: dict, nodes: list, size: dict, edge_labels: bool) -> None:
    """Step 6: curved arrows, width by weight, colour by polarity; kinds on them if asked."""
    import networkx as nx

    edges = sorted(g.edges(data=True), key=lambda e: (str(e[0]), str(e[1])))
    if not edges:
        return
    weights = np.array([float(d.get("weight", 1) or 1) for _, _, d in edges])
    wmin, wmax = weights.min(), weights.max()
    widths = 1.3 + (4.5 * (weights - wmin) / (wmax - wmin) if wmax > wmin
                    else np.full(len(weights), 0.7))
    cmap = LinearSegmentedColormap.from_list(
        "polarity", [PALETTE["negative"], PALETTE["neutral"], PALETTE["positive"]])
    colours = [to_rgba(cmap((float(np.clip(d.get("polarity", 0) or 0, -1, 1)) + 1) / 2), 0.85)
               for _, _, d in edges]
    nx.draw_networkx_edges(
        g, pos, edgelist=[(u, v) for u, v, _ in edges], nodelist=nodes,
        node_size=[size[u] for u in nodes], width=list(widths), edge_color=colours,
        arrows=True, arrowstyle="-|>" if g.is_directed() else "-",
        arrowsize=[12 + 2.5 * w for w in widths], connectionstyle="arc3,rad=0.15",
        min_source_margin=[math.sqrt(size[u]) / 2 + 1 for u, _, _ in edges],
        min_target_margin=[math.sqrt(size[v]) / 2 + 2 for _, v, _ in edges], ax=ax)
    lab = {(u, v): _truncate(", ".join(map(str, d.get("kinds") or [])), 30)
           for u, v, d in edges if d.get("kinds")} if edge_labels else {}
    if lab:
        drawn = nx.draw_networkx_edge_labels(
            g, pos, edge_labels=lab, font_size=NOTE_SIZE, font_color=PALETTE["muted"],
            connectionstyle="arc3,rad=0.15", node_size=[size[u] for u in nodes],
            nodelist=nodes, rotate=False, ax=ax,
            bbox=dict(boxstyle="round,pad=0.15", fc="white", ec="none", alpha=0.75))
        for t in drawn.values():
            t.set_gid("edge-label")


#: the network's title when its edges are of both signs
NETWORK_TITLE = "Who says what about whom"


def network(graph, ax=None, *, title: str | None = None, min_weight: float = 1,
            layout: str | dict = "spring", seed: int = 0, edge_labels: bool = False,
            label_chars: int = 22, max_nodes: int | None = 30, max_edges: int | None = 40):
    """Who says what about whom: a directed graph of actors.

    Parameters
    ----------
    graph : networkx.DiGraph
        From ``Corpus.network()``. Edges carry ``weight`` (number of statements),
        ``polarity`` (-1 criticism .. +1 support; a mean is fine) and ``kinds`` (list of
        str); nodes may carry ``actor_type``, ``country`` and ``label``.
    ax : matplotlib Axes, optional
        A new 10 x 7.5 inch figure when None.
    title : str, optional
    min_weight : number
        Leave out edges lighter than this (and nodes left without any edge).
    layout : "spring", "kamada_kawai", "circular", "shell" or a dict node -> (x, y)
        Graphs of 2-3 nodes are always drawn on a circle.
    seed : int
        Seed of the spring layout: the same graph gives the same picture.
    edge_labels : bool
        Write the stance kinds (e.g. "criticize, accuse") on each arrow.
    label_chars : int
        Node labels are wrapped at this width (two lines at most).
    max_nodes : int or None
        Draw only the actors with the most stances (weighted in + out degree) so that a
        corpus-sized network stays legible; the subtitle says how many were left out.
        None draws every node.
    max_edges : int or None
        Draw at most this many relations among them, the heaviest (most statements), and
        say so in the title; actors left without a relation are dropped. None draws all.

    Returns
    -------
    matplotlib.axes.Axes

    Notes
    -----
    Arrows stop at the node borders and curve slightly, so A -> B and B -> A are both
    visible. Arrow width grows with ``weight``; colour runs from red (criticism) through
    grey to blue (support). After the layout, nodes are pushed apart until no two
    labels overlap each other or another node; when even the smallest readable font
    cannot make room, the two least involved actors are left out and the drawing starts
    again (until it fits or 12 or fewer are left), and the title says how many are shown.

    Examples
    --------
    >>> import networkx as nx
    >>> g = nx.DiGraph()
    >>> g.add_edge("France", "Russia", weight=2, polarity=-1, kinds=["criticize"])
    >>> ax = network(g)
    """
    if graph is None or graph.number_of_nodes() == 0:
        return _empty(ax, "No actors to draw: the network is empty.", title, NETWORK_TITLE)
    while True:
        ax, ok, drawn = _network_once(graph, ax, title, min_weight, layout, seed, edge_labels, label_chars,
                                      max_nodes, max_edges)
        if ok or drawn <= 12:
            return ax
        # labels still overlap at the smallest font: fewer actors (the least involved go first)
        max_nodes = drawn - 2
        ax.cla()


def _network_once(graph, ax, title, min_weight, layout, seed, edge_labels, label_chars, max_nodes, max_edges):
    """One attempt of :func:`network` at ``max_nodes``: the axes, whether no label overlaps,
    and how many actors it drew."""
    import networkx as nx

    default_title = NETWORK_TITLE
    g, left_out, edges_left_out = _network_graph(graph, min_weight, max_nodes, max_edges)
    if g.number_of_nodes() == 0:
        return _empty(ax, f"No relation is reported at least {min_weight:g} times.",
                      title, default_title), True, 0
    pols = [float(np.clip(d.get("polarity", 0) or 0, -1, 1)) for _, _, d in g.edges(data=True)]
    title, default_title = _network_title(pols, title, default_title, g, left_out,
                                          edges_left_out)

    if ax is None:
        ax = plt.figure(figsize=(10, 7.5)).add_axes((0.02, 0.11, 0.96, 0.80))
    fig = ax.get_figure()
    ax.set_axis_off()
    _network_key(ax, g, pols, [float(d.get("weight", 1) or 1) for *_, d in g.edges(data=True)],
                 title, default_title)
    engine = fig.get_layout_engine()
    if engine is not None:  # settle the axes size first: positions are in its pixels
        engine.execute(fig)
    bbox = ax.get_window_extent(_renderer(fig))
    width, height = max(bbox.width, 50.0), max(bbox.height, 50.0)

    nodes = sorted(g.nodes, key=str)
    size, radius = _node_sizes(g, nodes, fig.dpi / 72.0)
    pos0 = _layout(g, layout, seed, aspect=width / height)
    arr = np.array([pos0[u] for u in nodes], dtype=float)
    pos, texts, sides, offset, ok = _place_nodes(ax, g, nodes, arr, radius, label_chars,
                                                 (width, height))
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_autoscale_on(False)
    _anchor_labels(texts, pos, sides, radius, offset)
    nx.draw_networkx_nodes(g, pos, nodelist=nodes, node_size=[size[u] for u in nodes],
                           node_color=[_type_colour(g.nodes[u].get("actor_type")) for u in nodes],
                           edgecolors="white", linewidths=1.5, ax=ax)
    _draw_edges(ax, g, pos, nodes, size, edge_labels)
    ax.set_xlim(0, width)
    ax.set_ylim(0, height)
    ax.set_axis_off()
    return ax, ok, g.number_of_nodes()


# --------------------------------------------------------------------------- mentions


def _aggregate_mentions(counts: pd.DataFrame) -> pd.DataFrame:
    """One row per actor: mentions summed over months/articles, articles counted."""
    if "actor" not in counts.columns or "n_mentions" not in counts.columns:
        raise ValueError("mentions(): counts needs actor and n_mentions columns "
                         "(Corpus.mention_counts())")
    data = counts.copy()
    data["n_mentions"] = pd.to_numeric(data["n_mentions"], errors="coerce").fillna(0)
    data["actor"] = data["actor"].map(lambda a: "(unknown)" if _is_missing(a) else str(a))
    keys = ["actor"] + (["actor_type"] if "actor_type" in data.columns else [])
    if "actor_type" in data.columns:
        data["actor_type"] = data["actor_type"].map(
            lambda t: "other" if _is_missing(t) else str(t))
    agg: dict[str, Any] = {"n_mentions": ("n_mentions", "sum")}
    if "article_id" in data.columns:
        agg["n_articles"] = ("article_id", lambda s: s[data.loc[s.index, "n_mentions"] > 0]
                             .nunique())
    elif "n_articles" in data.columns and "month" not in data.columns:
        agg["n_articles"] = ("n_articles", "max")
    out = data.groupby(keys, dropna=False, sort=False).agg(**agg).reset_index()
    return out.sort_values(["n_mentions", "actor"], ascending=[False, True],
                           kind="mergesort").reset_index(drop=True)


def mentions(counts: pd.DataFrame | None, ax=None, *, top: int = 20, title: str | None = None,
             color_by: str | None = "actor_type", label_chars: int = 32):
    """Horizontal bars of the most mentioned actors, largest at the top.

    Parameters
    ----------
    counts : DataFrame
        ``Corpus.mention_counts(by="actor")``: columns ``actor`` and ``n_mentions``,
        optionally ``actor_type`` and ``n_articles``. Per-month or per-article counts
        (a ``month`` or ``article_id`` column) are summed per actor first.
    ax : matplotlib Axes, optional
    top : int
        How many actors to show.
    title : str, optional
    color_by : str or None
        Column whose categories colour the bars (``actor_type`` uses :data:`PALETTE`);
        None for a single colour.
    label_chars : int
        Actor names are cut to this many characters.

    Returns
    -------
    matplotlib.axes.Axes

    Examples
    --------
    >>> import pandas as pd
    >>> counts = pd.DataFrame({"actor": ["France", "Jean-Yves Le Drian"],
    ...                        "actor_type": ["country", "person"], "n_mentions": [9, 4]})
    >>> ax = mentions(counts)
    """
    default_title = "Who is mentioned most"
    if counts is None or len(counts) == 0:
        return _empty(ax, "No mentions to count.", title, default_title)
    data = _aggregate_mentions(counts)
    data = data[data["n_mentions"] > 0]
    if data.empty:
        return _empty(ax, "No mentions to count.", title, default_title)
    n_total = len(data)
    data = data.head(top)
    n = len(data)
    if ax is None:
        ax = _new_ax(9, max(2.6, 0.32 * n + 1.4))

    by = color_by if color_by in data.columns else None
    if by:
        cats = data[by].map(lambda v: "(unknown)" if _is_missing(v) else str(v))
        colours = _category_colours(cats, by)
        bar_colours = [colours[c] for c in cats]
    else:
        bar_colours = [PALETTE["bar"]] * n
    y = np.arange(n)
    values = data["n_mentions"].to_numpy(dtype=float)
    ax.barh(y, values, color=bar_colours, height=0.72, zorder=2)
    names = [_truncate(a, label_chars) for a in data["actor"]]
    ax.set_yticks(y, names, fontsize=TICK_SIZE)
    ax.set_ylim(n - 0.4, -0.6)
    vmax = values.max()
    ax.set_xlim(0, vmax * 1.18 + 0.5)
    # article counts only say something in a corpus of several articles
    arts = pd.to_numeric(data["n_articles"], errors="coerce") if "n_articles" in data else None
    with_articles = arts is not None and arts.max() > 1
    for yi, v in enumerate(values):
        txt = f"{v:,.0f}"
        if with_articles and not pd.isna(arts.iloc[yi]):
            na = int(arts.iloc[yi])
            txt += f"  ({na} article{'s' if na != 1 else ''})"
        ax.annotate(txt, (v, yi), xytext=(4, 0), textcoords="offset points", va="center",
                    ha="left", fontsize=NOTE_SIZE, color=PALETTE["text"])
    if with_articles:  # longer value labels: make room for them
        ax.set_xlim(0, vmax * 1.35 + 0.5)
    _style_axes(ax, grid_axis="x")
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel("Mentions", fontsize=LABEL_SIZE)
    ax.xaxis.get_major_locator().set_params(integer=True)
    if by:
        present = list(dict.fromkeys(cats))
        if by == "actor_type":
            present = [t for t in (*ACTOR_TYPES, "other", "(unknown)") if t in present]
        ax.legend(handles=[Patch(color=colours[c], label=c) for c in present],
                  loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
                  fontsize=NOTE_SIZE + 1, title=by.replace("_", " "),
                  title_fontsize=NOTE_SIZE + 1)
    if n_total > n:
        default_title += f" (top {n} of {n_total} actors)"
    _title(ax, title, default_title)
    return ax


def _months(values) -> pd.Series:
    s = pd.Series(values)
    if isinstance(s.dtype, pd.PeriodDtype):
        return s.dt.to_timestamp()
    return _to_datetime(s.map(lambda v: v if not isinstance(v, str) else v[:7] + "-01"
                              if re.fullmatch(r"\d{4}-\d{2}", v.strip()) else v))


def mentions_over_time(counts: pd.DataFrame | None, ax=None, *, top: int = 8,
                       title: str | None = None, label_chars: int = 28, gap_months: int = 12):
    """Mentions per month of the ``top`` most mentioned actors, one line each.

    Parameters
    ----------
    counts : DataFrame
        ``Corpus.mention_counts(by="actor", per="month")``: columns ``actor``, ``month``
        (Period, datetime or "YYYY-MM") and ``n_mentions``. Months without a row count
        as zero.
    ax : matplotlib Axes, optional
    top : int
    title : str, optional
    gap_months : int
        Months with mentions that are more than this far apart form separate periods; only
        the period with the most mentions is drawn and the title counts the rest.

    Returns
    -------
    matplotlib.axes.Axes
    """
    default_title = "Mentions per month"
    if counts is None or len(counts) == 0:
        return _empty(ax, "No mentions to count.", title, default_title)
    if not {"actor", "month", "n_mentions"} <= set(counts.columns):
        raise ValueError("mentions_over_time(): counts needs actor, month and n_mentions "
                         "columns (Corpus.mention_counts(per='month'))")
    data = counts[["actor", "month", "n_mentions"]].copy()
    data["month"] = _months(data["month"]).set_axis(data.index).dt.to_period("M")
    data["n_mentions"] = pd.to_numeric(data["n_mentions"], errors="coerce").fillna(0)
    data = data.dropna(subset=["month"])
    data["actor"] = data["actor"].map(lambda a: "(unknown)" if _is_missing(a) else str(a))
    if data.empty or data["n_mentions"].sum() <= 0:
        return _empty(ax, "No mentions with a known month.", title, default_title)
    # a folder of stories from 1987 and 2016: the busier period, the other one counted
    per_month = data.groupby("month")["n_mentions"].sum()
    ordinal = np.array([m.ordinal for m in per_month.index], dtype=float)
    lo, hi = _busiest_span(ordinal, per_month.to_numpy(), gap_months)
    outside = data[(data["month"].map(lambda m: m.ordinal) < lo)
                   | (data["month"].map(lambda m: m.ordinal) > hi)]
    data = data.drop(outside.index)
    totals = data.groupby("actor")["n_mentions"].sum()
    totals = totals[totals > 0]
    keep = sorted(totals.index, key=lambda a: (-totals[a], a))[:top]
    months = pd.period_range(data["month"].min(), data["month"].max(), freq="M")
    table = (data[data["actor"].isin(keep)]
             .pivot_table(index="month", columns="actor", values="n_mentions", aggfunc="sum")
             .reindex(index=months, columns=keep).fillna(0))
    if ax is None:
        ax = _new_ax(10, 5)
    x = table.index.to_timestamp()
    for i, actor in enumerate(keep):
        ax.plot(x, table[actor].to_numpy(), marker="o", markersize=4.5, linewidth=2,
                color=_SERIES[i % len(_SERIES)], label=_truncate(actor, label_chars))
    if len(x) == 1:
        ax.set_xlim(x[0] - pd.Timedelta(days=20), x[0] + pd.Timedelta(days=20))
    locator = mdates.AutoDateLocator(minticks=3, maxticks=10)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    ax.set_ylim(bottom=0)
    ax.yaxis.get_major_locator().set_params(integer=True)
    _style_axes(ax, grid_axis="y")
    ax.set_ylabel("Mentions", fontsize=LABEL_SIZE)
    ax.set_xlabel("Month of publication", fontsize=LABEL_SIZE)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
              fontsize=NOTE_SIZE + 1, borderaxespad=0)
    notes = [f"top {len(keep)} of {len(totals)} actors"] if len(totals) > len(keep) else []
    if len(outside):
        n_months = outside["month"].nunique()
        notes.append(f"{outside['n_mentions'].sum():,.0f} mentions in "
                     f"{n_months} month{'s' if n_months != 1 else ''} outside "
                     f"{months[0]:%b %Y}–{months[-1]:%b %Y} not shown")
    note = "\n(" + "; ".join(notes) + ")" if notes else ""
    _title(ax, None, (default_title if title is None else title) + note)
    return ax


def _short_ids(ids, n: int) -> list[str]:
    """Shorten ids in the middle ("reuters-fra…-state"): starts and ends tell them apart."""
    ids = [str(i) for i in ids]
    while True:
        out = [i if len(i) <= n else i[: (n - 1) // 2] + "…" + i[-(n - 1 - (n - 1) // 2):]
               for i in ids]
        if len(set(out)) == len(set(ids)) or n > max(map(len, ids), default=0):
            return out
        n += 4


def mentions_heatmap(counts: pd.DataFrame | None, ax=None, *, top: int = 15,
                     max_articles: int = 40, title: str | None = None, label_chars: int = 28):
    """Actors x articles: how often each of the ``top`` actors is mentioned in each article.

    Parameters
    ----------
    counts : DataFrame
        ``Corpus.mention_counts(by="actor", per="article")``: columns ``actor``,
        ``article_id`` and ``n_mentions``.
    ax : matplotlib Axes, optional
    top : int
        Actors (rows), the most mentioned first.
    max_articles : int
        Articles (columns); with more, those mentioning the top actors most are kept
        (in their original order) and the title says so.
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    default_title = "Who is mentioned in which article"
    if counts is None or len(counts) == 0:
        return _empty(ax, "No mentions to count.", title, default_title)
    if not {"actor", "article_id", "n_mentions"} <= set(counts.columns):
        raise ValueError("mentions_heatmap(): counts needs actor, article_id and n_mentions "
                         "columns (Corpus.mention_counts(per='article'))")
    data = counts[["actor", "article_id", "n_mentions"]].copy()
    data["n_mentions"] = pd.to_numeric(data["n_mentions"], errors="coerce").fillna(0)
    data["actor"] = data["actor"].map(lambda a: "(unknown)" if _is_missing(a) else str(a))
    data["article_id"] = data["article_id"].astype(str)
    totals = data.groupby("actor")["n_mentions"].sum()
    totals = totals[totals > 0]
    if totals.empty:
        return _empty(ax, "No mentions to count.", title, default_title)
    actors = sorted(totals.index, key=lambda a: (-totals[a], a))[:top]
    articles = sorted(set(data["article_id"]))  # ids usually sort by source and date
    table = (data[data["actor"].isin(actors)]
             .pivot_table(index="actor", columns="article_id", values="n_mentions",
                          aggfunc="sum").reindex(index=actors).fillna(0))
    table = table.reindex(columns=articles).fillna(0)  # articles without them stay visible
    n_articles = table.shape[1]
    if n_articles > max_articles:
        best = table.sum(axis=0).sort_values(ascending=False, kind="mergesort")
        chosen = set(best.index[:max_articles])
        table = table[[a for a in table.columns if a in chosen]]
    n_rows, n_cols = table.shape
    if ax is None:
        ax = _new_ax(min(16, max(6, 0.34 * n_cols + 4.0)), max(3.2, 0.36 * n_rows + 2.4))
    values = table.to_numpy(dtype=float)
    im = ax.imshow(values, aspect="auto", cmap="Blues", vmin=0, vmax=max(values.max(), 1),
                   interpolation="nearest")
    ax.set_yticks(np.arange(n_rows), [_truncate(a, label_chars) for a in table.index],
                  fontsize=TICK_SIZE)
    col_font = TICK_SIZE if n_cols <= 25 else NOTE_SIZE
    ax.set_xticks(np.arange(n_cols), _short_ids(table.columns, 26),
                  fontsize=col_font, rotation=55, ha="right", rotation_mode="anchor")
    ax.set_xticks(np.arange(n_cols + 1) - 0.5, minor=True)
    ax.set_yticks(np.arange(n_rows + 1) - 0.5, minor=True)
    ax.grid(which="minor", color="white", linewidth=1)
    ax.tick_params(which="both", length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    if n_rows * n_cols <= 400:  # write counts in the cells while they stay readable
        vmax = values.max()
        for i in range(n_rows):
            for j in range(n_cols):
                v = values[i, j]
                if v > 0:
                    ax.text(j, i, f"{v:.0f}", ha="center", va="center", fontsize=NOTE_SIZE - 0.5,
                            color="white" if v > 0.55 * vmax else PALETTE["text"])
    cbar = ax.get_figure().colorbar(im, ax=ax, fraction=0.04, pad=0.02)
    cbar.set_label("Mentions", fontsize=LABEL_SIZE - 1)
    cbar.ax.tick_params(labelsize=NOTE_SIZE)
    ax.set_xlabel("Article", fontsize=LABEL_SIZE)
    notes = []
    if len(totals) > n_rows:
        notes.append(f"top {n_rows} of {len(totals)} actors")
    if n_articles > n_cols:
        notes.append(f"{n_cols} of {n_articles} articles")
    if notes:
        default_title += " (" + ", ".join(notes) + ")"
    _title(ax, title, default_title)
    return ax


# --------------------------------------------------------------------------- quotes


def quotes_by_speaker(quotes: pd.DataFrame | None, ax=None, *, top: int = 15,
                      title: str | None = None, label_chars: int = 32):
    """Stacked bars: how many direct, partial and indirect quotes each speaker gets.

    Parameters
    ----------
    quotes : DataFrame
        The ``quotes`` table: columns ``speaker`` and ``kind`` (direct|partial|indirect).
        Quotes without a speaker are not drawn as a bar (on a corpus they would dwarf
        every speaker); the title says how many there are.
    ax : matplotlib Axes, optional
    top : int
        Speakers with the most quotes first.
    title : str, optional

    Returns
    -------
    matplotlib.axes.Axes
    """
    default_title = "Who is quoted, and how"
    if quotes is None or len(quotes) == 0:
        return _empty(ax, "No quotes found.", title, default_title)
    if "speaker" not in quotes.columns:
        raise ValueError("quotes_by_speaker(): the table needs a speaker column (Corpus.quotes)")
    data = pd.DataFrame({
        "speaker": quotes["speaker"].map(
            lambda s: "(unattributed)" if _is_missing(s) or str(s).strip() == "" else str(s)),
        "kind": (quotes["kind"] if "kind" in quotes.columns else pd.Series("direct",
                                                                           index=quotes.index))
        .map(lambda k: "other" if _is_missing(k) else str(k).lower()),
    })
    unattributed = int((data["speaker"] == "(unattributed)").sum())
    data = data[data["speaker"] != "(unattributed)"]
    if data.empty:
        return _empty(ax, f"None of the {unattributed} quotes has a known speaker.", title,
                      default_title)
    table = pd.crosstab(data["speaker"], data["kind"])
    kinds = [k for k in QUOTE_KINDS if k in table.columns] + \
            sorted(k for k in table.columns if k not in QUOTE_KINDS)
    table = table[kinds]
    table["_total"] = table.sum(axis=1)
    table = table.reset_index().sort_values(["_total", "speaker"], ascending=[False, True],
                                            kind="mergesort")
    n_total = len(table)
    table = table.head(top).reset_index(drop=True)
    n = len(table)
    if ax is None:
        ax = _new_ax(9, max(2.6, 0.34 * n + 1.5))
    y = np.arange(n)
    left = np.zeros(n)
    for k in kinds:
        vals = table[k].to_numpy(dtype=float)
        ax.barh(y, vals, left=left, height=0.72, label=k, zorder=2,
                color=PALETTE.get(k, PALETTE["other"]), edgecolor="white", linewidth=0.6)
        left += vals
    for yi, total in enumerate(table["_total"]):
        ax.annotate(f"{total}", (total, yi), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=NOTE_SIZE, color=PALETTE["text"])
    ax.set_yticks(y, [_truncate(s, label_chars) for s in table["speaker"]], fontsize=TICK_SIZE)
    ax.set_ylim(n - 0.4, -0.6)
    ax.set_xlim(0, table["_total"].max() * 1.12 + 0.5)
    ax.xaxis.get_major_locator().set_params(integer=True)
    _style_axes(ax, grid_axis="x")
    ax.tick_params(axis="y", length=0)
    ax.set_xlabel("Quotes", fontsize=LABEL_SIZE)
    ax.legend(title="kind of quote", loc="upper left", bbox_to_anchor=(1.01, 1.0),
              frameon=False, fontsize=NOTE_SIZE + 1, title_fontsize=NOTE_SIZE + 1)
    notes = [f"top {n} of {n_total} speakers"] if n_total > n else []
    if unattributed:
        notes.append(f"{unattributed:,} quote{'s' if unattributed != 1 else ''} "
                     "without a known speaker not shown")
    _title(ax, title, default_title + (" (" + "; ".join(notes) + ")" if notes else ""))
    return ax


# --------------------------------------------------------------------------- save


def _csv_ready(data) -> pd.DataFrame:
    """Lists become "a; b" so the CSV reads well in a spreadsheet."""
    if isinstance(data, pd.Series):
        data = data.to_frame()
    out = pd.DataFrame(data).copy()
    for col in out.columns:
        if out[col].dtype == object and out[col].map(
                lambda v: isinstance(v, (list, tuple, set))).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v))
                                    if isinstance(v, (list, tuple, set)) else v)
    return out


def _root_figure(obj):
    """The top-level Figure of an Axes, a SubFigure or a Figure."""
    if isinstance(obj, Figure):
        return obj
    try:
        fig = obj.get_figure(root=True)
    except TypeError:  # matplotlib < 3.10
        fig = obj.get_figure()
    while not isinstance(fig, Figure) and fig is not None:
        fig = fig.get_figure()
    if fig is None:
        raise ValueError("save(): pass a matplotlib Figure or an Axes that belongs to one")
    return fig


def network_windows(windows, axes=None, *, max_panels: int = 6, ncols: int = 3, min_weight: float = 1):
    """Small multiples of a network over time: one panel per window, the most recent last.

    Parameters
    ----------
    windows : list of (label, networkx.DiGraph)
        From ``Corpus.network_windows()``; only the last ``max_panels`` are drawn.
    axes : array of matplotlib Axes, optional
        A new figure of ``ncols`` columns when None.
    min_weight : number
        Passed to :func:`network` for every panel.

    Returns
    -------
    numpy array of Axes (the unused ones hidden).
    """
    windows = list(windows)[-max_panels:]
    if axes is None:
        n = max(len(windows), 1)
        rows = (n + ncols - 1) // ncols
        cols = min(ncols, n)
        fig, axes = plt.subplots(rows, cols, figsize=(6.5 * cols, 5.2 * rows), squeeze=False,
                                 layout="constrained")
    flat = np.asarray(axes).ravel()
    if not windows:
        _empty(flat[0], "No dated stances to show over time", None, "The network over time")
    for ax, (label, graph) in zip(flat, windows):
        network(graph, ax=ax, title=label, min_weight=min_weight, label_chars=16)
    for ax in flat[len(windows) or 1:]:
        ax.set_visible(False)
    return np.asarray(axes)


def save(fig_or_ax, name: str, data=None, *, directory: str | Path | None = None) -> Path:
    """Save a chart as ``<directory>/<name>.png`` and its data as ``<name>.csv`` beside it.

    Parameters
    ----------
    fig_or_ax : matplotlib Figure or Axes
    name : str
        File name without extension (a trailing ``.png`` is dropped; characters other
        than letters, digits, ``-``, ``_`` and ``.`` become ``-``).
    data : DataFrame or Series, optional
        The data behind the chart; written as CSV (lists joined with "; ").
    directory : path, optional
        Default ``helpers.config.FIGURES_DIR`` (``reports/figures``); created if needed.

    Returns
    -------
    pathlib.Path
        The PNG's path.
    """
    fig = _root_figure(fig_or_ax)
    stem = re.sub(r"\.png$", "", str(name), flags=re.IGNORECASE)
    stem = re.sub(r"[^\w.\-]+", "-", Path(stem).name).strip("-.") or "figure"
    folder = Path(directory) if directory is not None else Path(config.FIGURES_DIR)
    folder.mkdir(parents=True, exist_ok=True)
    png = folder / f"{stem}.png"
    fig.savefig(png, dpi=150, bbox_inches="tight", facecolor="white")
    if data is not None:
        _csv_ready(data).to_csv(folder / f"{stem}.csv", index=False)
    return png


# --------------------------------------------------------------------------- dossier and outlets

def actor_mentions(per_period: pd.DataFrame | None, ax=None, *, actor: str = "the actor",
                   title: str | None = None):
    """Bars of one actor's mentions per period (``dossier.mentions_over_time``; its
    ``attrs["freq"]`` names the period: "D", "W", "M", "Q" or "Y", default month).

    Examples
    --------
    >>> import pandas as pd
    >>> df = pd.DataFrame({"period": pd.to_datetime(["2024-03-01", "2024-04-01"]),
    ...                    "n_mentions": [3, 1], "n_articles": [2, 1]})
    >>> actor_mentions(df, actor="Klaus Weber").get_title(loc="left")
    'Mentions of Klaus Weber per month'
    """
    freq = str(getattr(per_period, "attrs", {}).get("freq", "M"))[:1].upper()
    unit = {"D": "day", "W": "week", "Q": "quarter", "Y": "year", "A": "year"}.get(freq, "month")
    default = f"Mentions of {actor} per {unit}"
    if per_period is None or len(per_period) == 0:
        return _empty(ax, f"No dated mentions of {actor}.", title, default)
    data = per_period.copy()
    data["period"] = _to_datetime(data["period"])
    data = data.dropna(subset=["period"]).sort_values("period")
    n = len(data)
    if ax is None:
        ax = _new_ax(min(12, max(6, 0.35 * n + 3)), 3.6)
    x = np.arange(n)
    values = data["n_mentions"].to_numpy(dtype=float)
    ax.bar(x, values, color=PALETTE["bar"], width=0.75, zorder=2)
    step = max(1, math.ceil(n / 14))  # at most about 14 tick labels: they never overlap
    fmt = {"day": "%d %b %Y", "week": "%d %b %Y", "year": "%Y"}.get(unit, "%b %Y")
    ax.set_xticks(x[::step], [("week of " if unit == "week" and n <= 6 else "") + d.strftime(fmt)
                              for d in data["period"].iloc[::step]],
                  rotation=45 if n > 6 else 0, ha="right" if n > 6 else "center", fontsize=TICK_SIZE)
    if n <= 24:
        for xi, v in zip(x, values):
            if v > 0:
                ax.annotate(f"{v:,.0f}", (xi, v), xytext=(0, 2), textcoords="offset points",
                            ha="center", va="bottom", fontsize=NOTE_SIZE, color=PALETTE["text"])
    ax.set_ylim(0, values.max() * 1.15 + 0.5)
    if n <= 3:  # one or a few periods: bars of a normal width, not blocks across the axes
        ax.set_xlim(-2, n + 1)
    ax.yaxis.get_major_locator().set_params(integer=True)
    ax.set_ylabel("Mentions", fontsize=LABEL_SIZE)
    _style_axes(ax, grid_axis="y")
    _title(ax, title, default)
    return ax


def counterparts(table: pd.DataFrame | None, ax=None, *, actor: str = "the actor", top: int = 15,
                 title: str | None = None, label_chars: int = 30):
    """Whom the actor criticizes or supports (right) and who criticizes or supports it (left),
    one row per counterpart (``dossier.counterparts``)."""
    default = f"Stances by {actor} (right) and about them (left)"
    if table is None or len(table) == 0:
        return _empty(ax, f"No stance from or about {actor} was found.", title, default)
    data = table.head(top)
    n, n_total = len(data), len(table)
    if ax is None:
        ax = _new_ax(9, max(2.6, 0.36 * n + 1.6))
    y = np.arange(n)
    light = {"negative": "#E8A3A9", "positive": "#9DBBDD"}
    right_neg, right_pos = data["criticizes"].to_numpy(float), data["supports"].to_numpy(float)
    left_neg, left_pos = data["criticized_by"].to_numpy(float), data["supported_by"].to_numpy(float)
    for width, left, colour, label in (
            (right_neg, 0, PALETTE["negative"], f"{actor} criticizes"),
            (right_pos, right_neg, PALETTE["positive"], f"{actor} supports"),
            (-left_neg, 0, light["negative"], f"criticizes {actor}"),
            (-left_pos, -left_neg, light["positive"], f"supports {actor}")):
        if np.abs(width).sum() > 0:  # the legend names only what is drawn
            ax.barh(y, width, left=left, color=colour, height=0.7, zorder=2, label=label)
    ax.axvline(0, color=PALETTE["muted"], linewidth=0.8)
    ax.set_yticks(y, [_truncate(c, label_chars) for c in data["counterpart"]], fontsize=TICK_SIZE)
    ax.set_ylim(n - 0.4, -0.6)
    lim = max((right_neg + right_pos).max(), (left_neg + left_pos).max(), 1) * 1.15
    ax.set_xlim(-lim, lim)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{abs(v):.0f}"))
    ax.set_xlabel(f"← about {_truncate(actor, 24)}   statements   by {_truncate(actor, 24)} →",
                  fontsize=LABEL_SIZE)
    _style_axes(ax, grid_axis="x")
    ax.tick_params(axis="y", length=0)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=NOTE_SIZE + 1)
    if n_total > n:
        default += f" (top {n} of {n_total})"
    _title(ax, title, default)
    return ax


def outlet_top(table: pd.DataFrame | None, ax=None, *, what: str = "mentions", title: str | None = None,
               label_chars: int = 28, max_actors: int = 25):
    """Heatmap: each outlet's (columns) share of its mentions or quotes going to each actor
    (rows), from ``dossier.outlet_top``; the cells say the share in percent."""
    default = f"Whom each outlet {'mentions' if what == 'mentions' else 'quotes'} most (share of its {what})"
    if table is None or len(table) == 0:
        return _empty(ax, "No outlet to compare.", title, default)
    grid = table.pivot_table(index="actor", columns="outlet", values="share", aggfunc="sum")
    order = grid.mean(axis=1).sort_values(ascending=False, kind="mergesort").index[:max_actors]
    left_out = len(grid) - len(order)
    grid = grid.loc[order]
    rows, cols = grid.shape
    if ax is None:
        ax = _new_ax(min(14, max(6, 1.1 * cols + 3.5)), max(2.8, 0.34 * rows + 1.8))
    values = grid.to_numpy(dtype=float)
    cmap = LinearSegmentedColormap.from_list("share", ["#F4F7FB", PALETTE["bar"], "#1F3A66"])
    ax.imshow(np.nan_to_num(values, nan=0.0), cmap=cmap, aspect="auto", vmin=0,
              vmax=max(np.nanmax(values), 0.01))
    for i in range(rows):
        for j in range(cols):
            v = values[i, j]
            if np.isnan(v) or v == 0:  # the outlet never names this actor
                ax.text(j, i, "–", ha="center", va="center", fontsize=NOTE_SIZE, color=PALETTE["muted"])
                continue
            dark = v > 0.55 * np.nanmax(values)
            ax.text(j, i, f"{v:.0%}", ha="center", va="center", fontsize=NOTE_SIZE,
                    color="white" if dark else PALETTE["text"])
    ax.set_xticks(np.arange(cols), [_truncate(c, 16) for c in grid.columns], fontsize=TICK_SIZE,
                  rotation=30 if cols > 5 else 0, ha="right" if cols > 5 else "center")
    ax.set_yticks(np.arange(rows), [_truncate(a, label_chars) for a in grid.index], fontsize=TICK_SIZE)
    ax.tick_params(length=0)
    for side in ax.spines.values():
        side.set_visible(False)
    if left_out:
        default += f" ({rows} of {rows + left_out} actors)"
    _title(ax, title, default)
    return ax


def outlet_criticism(table: pd.DataFrame | None, ax=None, *, title: str | None = None):
    """Bars per outlet: the share of its stance edges that are criticism, annotated with the
    counts behind it (``dossier.outlet_criticism``)."""
    default = "Share of each outlet's stance edges that are criticism"
    if table is None or len(table) == 0:
        return _empty(ax, "No outlet to compare.", title, default)
    data = table.sort_values(["criticism_share", "outlet"], ascending=[False, True], na_position="last")
    n = len(data)
    if ax is None:
        ax = _new_ax(9, max(2.4, 0.4 * n + 1.4))
    y = np.arange(n)
    share = data["criticism_share"].to_numpy(dtype=float)
    ax.barh(y, np.nan_to_num(share), color=PALETTE["negative"], height=0.7, zorder=2)
    for yi, (v, c, s, a) in enumerate(zip(share, data["criticism"], data["stances"], data["articles"])):
        txt = "no stance" if np.isnan(v) else f"{v:.0%}  ({c} of {s} edges, {a} articles)"
        ax.annotate(txt, (0 if np.isnan(v) else v, yi), xytext=(4, 0), textcoords="offset points",
                    va="center", fontsize=NOTE_SIZE, color=PALETTE["text"])
    ax.set_yticks(y, [_truncate(o, 24) for o in data["outlet"]], fontsize=TICK_SIZE)
    ax.set_ylim(n - 0.4, -0.6)
    ax.set_xlim(0, 1.45)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("criticism / all stance edges", fontsize=LABEL_SIZE)
    _style_axes(ax, grid_axis="x")
    ax.tick_params(axis="y", length=0)
    _title(ax, title, default)
    return ax
