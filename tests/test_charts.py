"""Charts: each function returns an Axes, draws what it says, and keeps labels apart."""
from __future__ import annotations

import datetime as dt
import itertools

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import networkx as nx  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from matplotlib.axes import Axes  # noqa: E402
from matplotlib.patches import FancyArrowPatch  # noqa: E402

from helpers import charts  # noqa: E402

PUBLISHED = dt.date(2016, 1, 7)


@pytest.fixture(autouse=True)
def _close_figures():
    yield
    plt.close("all")


def _timeline(n: int = 12) -> pd.DataFrame:
    """``n`` dated events around 7 Jan 2016: days, weeks and months, past and future."""
    rows = []
    for i in range(n):
        start = pd.Timestamp("2015-12-20") + pd.Timedelta(days=3 * i)
        if i % 4 == 1:  # a week
            end, gran = start + pd.Timedelta(days=6), "week"
        elif i % 4 == 3:  # a month
            start = start.replace(day=1)
            end, gran = start + pd.offsets.MonthEnd(0), "month"
        else:
            end, gran = start, "day"
        rows.append({
            "article_id": "reuters", "sent_id": i, "start": 10 * i, "end": 10 * i + 8,
            "text": ["Thursday", "next week", "last month", "Jan. 20"][i % 4],
            "type": "DATE", "value": start.strftime("%Y-%m-%d"),
            "date_start": start, "date_end": end, "granularity": gran,
            "tense": "past" if start.date() < PUBLISHED else "future",
            "event": f"the coalition meets in Paris to discuss strategy, number {i}",
            "actors": ["France", "Russia"],
        })
    return pd.DataFrame(rows)


def _graph() -> nx.DiGraph:
    g = nx.DiGraph()
    nodes = {"Jean-Yves Le Drian": "person", "Laurent Fabius": "person",
             "Maria Zakharova": "person", "France": "country", "Russia": "country",
             "Islamic State": "group"}
    for name, kind in nodes.items():
        g.add_node(name, actor_type=kind, country=None, label=name)
    for u, v, w, p, k in [
        ("Laurent Fabius", "Russia", 3, -1, ["criticize", "demand"]),
        ("Maria Zakharova", "France", 2, -1, ["reject"]),
        ("France", "Russia", 1, -1, ["criticize"]),
        ("Russia", "France", 1, -1, ["accuse"]),
        ("Jean-Yves Le Drian", "Islamic State", 4, -1, ["threaten"]),
        ("Jean-Yves Le Drian", "France", 1, 0.5, ["support", "criticize"]),
    ]:
        g.add_edge(u, v, weight=w, polarity=p, kinds=k)
    return g


def _boxes(ax, texts):
    renderer = ax.get_figure().canvas.get_renderer()
    return [t.get_window_extent(renderer) for t in texts if t.get_visible() and t.get_text()]


def _assert_no_overlap(boxes, what):
    for a, b in itertools.combinations(boxes, 2):
        assert not a.overlaps(b), f"{what} overlap: {a} and {b}"


# --------------------------------------------------------------------------- timeline


def _n_markers(ax) -> int:
    points = sum(len(c.get_offsets()) for c in ax.collections if c.get_gid() == "timeline-point")
    periods = sum(1 for p in ax.patches if p.get_gid() == "timeline-period")
    return points + periods


@pytest.mark.parametrize("convert", [
    pytest.param(lambda s: s, id="datetime64"),
    pytest.param(lambda s: s.dt.date, id="python-date"),
    pytest.param(lambda s: s.dt.strftime("%Y-%m-%d"), id="iso-string"),
    pytest.param(lambda s: s.dt.tz_localize("UTC"), id="tz-aware"),
])
def test_timeline_one_marker_per_dated_row(convert):
    df = _timeline(12)
    df["date_start"], df["date_end"] = convert(df["date_start"]), convert(df["date_end"])
    # undated rows (durations, PRESENT_REF) are left out
    undated = pd.DataFrame({"text": ["four years", "now"], "type": ["DURATION", "DATE"],
                            "date_start": [None, pd.NaT], "date_end": [None, pd.NaT]})
    ax = charts.timeline(pd.concat([df, undated], ignore_index=True), published=PUBLISHED)
    assert isinstance(ax, Axes)
    assert _n_markers(ax) == 12
    assert len(ax.get_yticklabels()) == 12


def test_timeline_marks_publication_with_a_dashed_line():
    ax = charts.timeline(_timeline(6), published="2016-01-07")
    dashed = [ln for ln in ax.lines if ln.get_linestyle() == "--"]
    assert len(dashed) == 1
    x = matplotlib.dates.num2date(dashed[0].get_xdata()[0]).date()
    assert x == PUBLISHED
    assert any("published" in t.get_text() for t in ax.texts)


def test_timeline_styles_past_and_future_differently():
    ax = charts.timeline(_timeline(12), published=PUBLISHED)
    points = [c for c in ax.collections if c.get_gid() == "timeline-point"]
    colours = {tuple(np.round(c.get_facecolor()[0], 3)) for c in points}
    assert len(colours) >= 2
    legend = [t.get_text() for t in ax.get_legend().get_texts()]
    assert {"past", "future", "published"} <= set(legend)


def test_timeline_labels_do_not_overlap():
    ax = charts.timeline(_timeline(12), published=PUBLISHED)
    ax.get_figure().canvas.draw()
    texts = list(ax.get_yticklabels()) + list(ax.texts)
    _assert_no_overlap(_boxes(ax, texts), "timeline labels")


def test_timeline_labels_fit_a_small_given_axes():
    fig, ax = plt.subplots(figsize=(8, 3))
    charts.timeline(_timeline(30), ax, published=PUBLISHED)
    fig.canvas.draw()
    _assert_no_overlap(_boxes(ax, ax.get_yticklabels()), "timeline tick labels")


def test_timeline_truncates_labels():
    ax = charts.timeline(_timeline(3), max_label_chars=20)
    assert all(len(t.get_text()) <= 20 for t in ax.get_yticklabels())
    assert any(t.get_text().endswith("…") for t in ax.get_yticklabels())


def test_timeline_caps_lanes_for_a_corpus_and_says_so():
    big = pd.concat([_timeline(12)] * 30, ignore_index=True)  # 360 rows
    ax = charts.timeline(big, published=PUBLISHED, max_events=40)
    assert _n_markers(ax) == 40
    assert "40 of 360" in ax.get_title(loc="left")


def test_timeline_publication_per_article():
    df = _timeline(8)
    df.loc[4:, "article_id"] = "afp"
    articles = pd.DataFrame({"article_id": ["reuters", "afp"],
                             "published": pd.to_datetime(["2016-01-07", "2016-01-12"])})
    ax = charts.timeline(df, published=articles)
    assert len([ln for ln in ax.lines if ln.get_linestyle() == "--"]) == 2


def _centuries(n: int = 60) -> tuple[pd.DataFrame, np.ndarray]:
    """``n`` year expressions from 1700 to 2199 ("in 1700", "by 2199"), two articles."""
    years = np.linspace(1700, 2199, n).round().astype(int)
    return pd.DataFrame({
        "article_id": ["reuters" if i % 2 else "afp" for i in range(n)],
        "text": [f"in {y}" for y in years], "event": "something happens",
        "date_start": pd.to_datetime([f"{y}-01-01" for y in years]),
        "date_end": pd.to_datetime([f"{y}-12-31" for y in years]),
        "granularity": "year", "tense": "past", "type": "DATE",
    }), years


PUBLISHED_2016 = [
    pytest.param("2016-06-15", id="one-date"),
    pytest.param(pd.DataFrame({"article_id": ["reuters", "afp"],
                               "published": pd.to_datetime(["2016-06-15", "2016-06-15"])}),
                 id="articles-table"),
]


@pytest.mark.parametrize("published", PUBLISHED_2016)
def test_timeline_far_dates_are_windowed_and_counted(published):
    far, years = _centuries(60)
    near = _timeline(30).assign(article_id="reuters")  # Dec 2015 to Mar 2016
    df = pd.concat([far, near], ignore_index=True)
    ax = charts.timeline(df, published=published, max_events=20)
    outside = int(((years < 2011) | (years > 2021)).sum())
    assert outside > 40
    assert _n_markers(ax) == 20
    title = ax.get_title(loc="left")
    assert f"{outside} dated outside 2011–2021 not shown" in title
    assert f"20 of {len(df)}" in title
    lo, hi = (matplotlib.dates.num2date(x).year for x in ax.get_xlim())
    assert 2009 <= lo and hi <= 2025  # the axis is the window (and room for dates), not five centuries


@pytest.mark.parametrize("published", PUBLISHED_2016)
def test_timeline_without_window_keeps_nearest_of_five_centuries(published):
    far, years = _centuries(60)
    far["article_id"] = "reuters"
    ax = charts.timeline(far, published=published, max_events=12, window_years=None)
    assert _n_markers(ax) == 12
    shown = sorted(int(t.get_text().split()[1]) for t in ax.get_yticklabels())
    # the 12 years whose middle is nearest mid-June 2016 (no overflow on the way)
    assert shown == sorted(sorted(years, key=lambda y: abs(y + 0.5 - 2016.45))[:12])
    assert "12 of 60" in ax.get_title(loc="left")


def test_timeline_corpus_of_two_periods_shows_the_busier_one():
    # wire stories of 1987 and of 2016 in one folder: the axis is the 2016 period
    old = _timeline(6).assign(article_id="old")
    for col in ("date_start", "date_end"):
        old[col] = old[col] - pd.DateOffset(years=29)
    new = _timeline(20).assign(article_id="new")
    articles = pd.DataFrame({"article_id": ["old", "new"],
                             "published": pd.to_datetime(["1987-01-07", "2016-01-07"])})
    ax = charts.timeline(pd.concat([old, new], ignore_index=True), published=articles)
    assert _n_markers(ax) == 20
    assert "6 dated outside 2011–2021 not shown" in ax.get_title(loc="left")
    assert len([ln for ln in ax.lines if ln.get_linestyle() == "--"]) == 1  # 1987 not drawn


def test_timeline_articles_take_turns_for_the_lanes():
    busy = _timeline(30).assign(article_id="busy", date_start=pd.Timestamp("2016-01-07"),
                                date_end=pd.Timestamp("2016-01-07"), granularity="day")
    quiet = _timeline(4).assign(article_id="quiet")
    df = pd.concat([busy, quiet], ignore_index=True)
    df["text"] = [f"{a} {i}" for i, a in enumerate(df["article_id"])]
    ax = charts.timeline(df, published=PUBLISHED, max_events=10)
    shown = [t.get_text().split()[0] for t in ax.get_yticklabels()]
    assert shown.count("quiet") == 4 and shown.count("busy") == 6


def test_timeline_many_publication_days_are_one_band():
    df = _timeline(12)
    df["article_id"] = [f"a{i}" for i in range(12)]
    days = pd.date_range("2016-01-01", periods=12, freq="D")
    articles = pd.DataFrame({"article_id": df["article_id"], "published": days})
    ax = charts.timeline(df, published=articles)
    assert not [ln for ln in ax.lines if ln.get_linestyle() == "--"]
    assert [p for p in ax.patches if p.get_gid() == "timeline-published-band"]
    assert any("12 days" in t.get_text() for t in ax.texts)


@pytest.mark.parametrize("df", [
    pytest.param(None, id="none"),
    pytest.param(pd.DataFrame(), id="no-columns"),
    pytest.param(_timeline(3).iloc[:0], id="no-rows"),
    pytest.param(_timeline(3).assign(date_start=pd.NaT), id="nothing-dated"),
])
def test_timeline_empty_input_draws_a_message(df):
    ax = charts.timeline(df)
    assert isinstance(ax, Axes)
    assert any("No dated expressions" in t.get_text() for t in ax.texts)


# --------------------------------------------------------------------------- network


def _arrows(ax):
    return [p for p in ax.patches if isinstance(p, FancyArrowPatch)]


def _node_labels(ax):
    return [t for t in ax.texts if t.get_gid() == "node-label"]


def test_network_one_arrow_per_edge_and_one_label_per_node():
    g = _graph()
    ax = charts.network(g)
    assert isinstance(ax, Axes)
    assert len(_arrows(ax)) == g.number_of_edges()
    assert sorted(t.get_text() for t in _node_labels(ax)) == sorted(g.nodes)


def test_network_labels_do_not_overlap():
    ax = charts.network(_graph())
    ax.get_figure().canvas.draw()
    _assert_no_overlap(_boxes(ax, _node_labels(ax)), "node labels")


def test_network_labels_do_not_overlap_in_a_crowded_graph():
    g = nx.relabel_nodes(nx.gnm_random_graph(14, 24, seed=1, directed=True),
                         lambda i: f"Foreign Minister Number {i}")
    ax = charts.network(g)
    ax.get_figure().canvas.draw()
    _assert_no_overlap(_boxes(ax, _node_labels(ax)), "node labels")


def test_a_network_too_crowded_for_its_labels_draws_fewer_actors():
    # 30 long-named actors: no readable font fits them all, so the least involved go
    g = nx.relabel_nodes(nx.gnm_random_graph(30, 60, seed=2, directed=True),
                         lambda i: f"Deputy Foreign Minister Number {i}")
    ax = charts.network(g)
    ax.get_figure().canvas.draw()
    labels = _node_labels(ax)
    _assert_no_overlap(_boxes(ax, labels), "node labels")
    assert 12 < len(labels) < 30
    assert f"the {len(labels)} most involved of 30" in ax.get_title(loc="left")


def test_network_is_deterministic():
    first = [t.get_position() for t in _node_labels(charts.network(_graph(), seed=3))]
    second = [t.get_position() for t in _node_labels(charts.network(_graph(), seed=3))]
    assert first == second


def test_network_colours_edges_by_polarity():
    g = nx.DiGraph()
    g.add_edge("A", "B", weight=1, polarity=-1, kinds=["criticize"])
    g.add_edge("B", "A", weight=1, polarity=1, kinds=["praise"])
    arrows = _arrows(charts.network(g))
    assert len(arrows) == 2  # A -> B and B -> A are both drawn
    reds = [a.get_edgecolor()[0] > a.get_edgecolor()[2] for a in arrows]
    assert sorted(reds) == [False, True]


@pytest.mark.parametrize("min_weight, n_edges, n_nodes", [
    (1, 6, 6), (2, 3, 6), (3, 2, 4), (4, 1, 2),
])
def test_network_min_weight(min_weight, n_edges, n_nodes):
    ax = charts.network(_graph(), min_weight=min_weight)
    assert len(_arrows(ax)) == n_edges
    assert len(_node_labels(ax)) == n_nodes


def test_network_keeps_the_strongest_relations_of_a_dense_graph():
    g = nx.DiGraph()
    for i, (u, v) in enumerate(itertools.permutations(range(8), 2)):  # 56 relations
        g.add_edge(f"Actor {u}", f"Actor {v}", weight=1 + i % 5, polarity=-1, kinds=["criticize"])
    ax = charts.network(g, max_edges=20)
    assert len(_arrows(ax)) == 20
    # 11 relations of weight 5 and 9 of the 11 of weight 4: two arrow widths, not five
    assert len({round(a.get_linewidth(), 3) for a in _arrows(ax)}) == 2
    assert "the 20 strongest of 56 relations" in ax.get_title(loc="left")


def test_network_edge_labels():
    ax = charts.network(_graph(), edge_labels=True)
    labels = [t.get_text() for t in ax.texts if t.get_gid() == "edge-label"]
    assert "criticize, demand" in labels


@pytest.mark.parametrize("graph, n_labels", [
    pytest.param(nx.DiGraph(), 0, id="empty"),
    pytest.param(None, 0, id="none"),
    pytest.param(nx.DiGraph([("France", "France")]), 1, id="self-loop"),
])
def test_network_degenerate_graphs(graph, n_labels):
    ax = charts.network(graph)
    assert isinstance(ax, Axes)
    assert len(_node_labels(ax)) == n_labels


def test_network_single_node():
    g = nx.DiGraph()
    g.add_node("France", actor_type="country")
    ax = charts.network(g)
    assert [t.get_text() for t in _node_labels(ax)] == ["France"]
    assert _arrows(ax) == []


# --------------------------------------------------------------------------- mentions


def _counts(n: int = 25) -> pd.DataFrame:
    types = ["person", "organization", "country", "place", "group"]
    return pd.DataFrame({
        "actor": [f"Actor with a rather long name number {i}" for i in range(n)],
        "actor_type": [types[i % 5] for i in range(n)],
        "n_mentions": list(range(n, 0, -1)),
        "n_articles": [1 + i % 3 for i in range(n)],
    })


def test_mentions_top_bars_largest_first():
    ax = charts.mentions(_counts(), top=10)
    assert isinstance(ax, Axes)
    assert len(ax.patches) == 10
    widths = [p.get_width() for p in ax.patches]
    assert widths == sorted(widths, reverse=True)
    first = ax.get_yticklabels()[0]
    assert first.get_text().startswith("Actor with") and first.get_text().endswith("…")
    assert "top 10 of 25" in ax.get_title(loc="left")
    assert {"person", "country"} <= {t.get_text() for t in ax.get_legend().get_texts()}


def test_mentions_tick_labels_do_not_overlap():
    ax = charts.mentions(_counts(), top=25)
    ax.get_figure().canvas.draw()
    _assert_no_overlap(_boxes(ax, ax.get_yticklabels()), "actor names")


@pytest.mark.parametrize("per_column, values", [
    ("month", [pd.Period("2016-01", "M"), pd.Period("2016-02", "M")]),
    ("article_id", ["a", "b"]),
])
def test_mentions_sums_over_months_or_articles(per_column, values):
    counts = pd.DataFrame({"actor": ["France", "France", "Russia"],
                           "actor_type": ["country"] * 3,
                           per_column: [values[0], values[1], values[0]],
                           "n_mentions": [3, 4, 5]})
    ax = charts.mentions(counts)
    assert [p.get_width() for p in ax.patches] == [7, 5]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["France", "Russia"]


def test_mentions_without_actor_type():
    ax = charts.mentions(pd.DataFrame({"actor": ["A", "B"], "n_mentions": [1, 2]}))
    assert len(ax.patches) == 2
    assert ax.get_legend() is None


def test_mentions_over_time_one_line_per_actor():
    counts = pd.DataFrame({
        "actor": ["France", "France", "Russia", "Syria", "Iraq"],
        "month": ["2016-01", "2016-03", pd.Period("2016-02", "M"), "2016-01", "2016-02"],
        "n_mentions": [3, 1, 2, 1, 1],
    })
    ax = charts.mentions_over_time(counts, top=3)
    assert isinstance(ax, Axes)
    assert len(ax.lines) == 3
    france = ax.lines[0]
    assert list(france.get_ydata()) == [3, 0, 1]  # the missing month counts as zero


def test_mentions_over_time_draws_the_busier_period_and_counts_the_other():
    counts = pd.DataFrame({
        "actor": ["France", "Russia", "France", "Russia", "France"],
        "month": ["1987-02", "1987-03", "2016-01", "2016-03", "2016-04"],
        "n_mentions": [2, 1, 5, 4, 3],
    })
    ax = charts.mentions_over_time(counts)
    lo, hi = (matplotlib.dates.num2date(x) for x in ax.get_xlim())
    assert lo.year >= 2015 and hi.year <= 2016  # not thirty empty years
    assert len(ax.lines[0].get_xdata()) == 4  # Jan to Apr 2016
    assert "3 mentions in 2 months outside Jan 2016–Apr 2016 not shown" in ax.get_title(loc="left")


def test_mentions_heatmap_actors_by_articles():
    counts = pd.DataFrame({
        "actor": ["France", "Russia", "France", "Iraq"],
        "article_id": ["reuters-france-coalition-islamic-state", "afp-1", "afp-1",
                       "reuters-france-coalition-russia-strikes"],
        "n_mentions": [5, 2, 1, 1],
    })
    ax = charts.mentions_heatmap(counts, top=2)
    assert isinstance(ax, Axes)
    assert ax.images[0].get_array().shape == (2, 3)
    ticks = [t.get_text() for t in ax.get_xticklabels()]
    assert len(set(ticks)) == 3  # shortened ids stay distinct


@pytest.mark.parametrize("fn", [charts.mentions, charts.mentions_over_time,
                                charts.mentions_heatmap, charts.quotes_by_speaker])
@pytest.mark.parametrize("empty", [None, pd.DataFrame()])
def test_empty_tables_draw_a_message(fn, empty):
    ax = fn(empty)
    assert isinstance(ax, Axes)
    assert ax.texts


# --------------------------------------------------------------------------- quotes


def test_quotes_by_speaker_stacks_kinds_and_counts_unattributed_in_the_title():
    quotes = pd.DataFrame({
        "speaker": ["Jean-Yves Le Drian"] * 3 + ["Maria Zakharova", None, np.nan],
        "kind": ["direct", "indirect", "direct", "partial", "direct", "indirect"],
    })
    ax = charts.quotes_by_speaker(quotes)
    assert isinstance(ax, Axes)
    names = [t.get_text() for t in ax.get_yticklabels()]
    assert names == ["Jean-Yves Le Drian", "Maria Zakharova"]  # no bar for "no speaker"
    assert "2 quotes without a known speaker not shown" in ax.get_title(loc="left")
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["direct", "partial",
                                                                   "indirect"]
    totals = {}
    for p in ax.patches:
        y = round(p.get_y() + p.get_height() / 2)
        totals[y] = totals.get(y, 0) + p.get_width()
    assert totals == {0: 3, 1: 1}


# --------------------------------------------------------------------------- save


def test_save_writes_png_and_csv(tmp_path):
    counts = _counts(5)
    counts["aliases"] = [["a", "b"]] * 5
    ax = charts.mentions(counts)
    png = charts.save(ax, "4-mentions", counts, directory=tmp_path / "figures")
    assert png == tmp_path / "figures" / "4-mentions.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    back = pd.read_csv(tmp_path / "figures" / "4-mentions.csv")
    assert len(back) == 5 and back.loc[0, "aliases"] == "a; b"


def test_save_accepts_a_figure_and_defaults_to_figures_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(charts.config, "FIGURES_DIR", tmp_path / "reports" / "figures")
    fig = charts.network(_graph()).get_figure()
    png = charts.save(fig, "network.png")
    assert png == tmp_path / "reports" / "figures" / "network.png"
    assert png.is_file()
    assert not png.with_suffix(".csv").exists()


def test_palette_covers_every_category():
    for key in (*charts.ACTOR_TYPES, "negative", "positive", "past", "future", "published"):
        assert matplotlib.colors.is_color_like(charts.PALETTE[key])
    assert set(charts.__all__) >= {"timeline", "network", "mentions", "save", "PALETTE"}
