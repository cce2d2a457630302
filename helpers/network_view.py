"""The who-said-what-about-whom network as one interactive, offline HTML page.

Every stance row becomes one piece of evidence (the sentence, its cue, its article); the
page groups them into edges in the browser, so its filters (date window, polarity, actor)
change the edges without a server. Node size is the actor's mentions, colour its type or
country, edge width the number of statements; hovering or clicking an edge lists its
sentences with their articles. The JavaScript (vis-network, vendored from the npm registry in
``helpers/web/vis-network/``, MIT) and the data are inlined, so the file draws with no network.

>>> from helpers import network_view                        # doctest: +SKIP
>>> network_view.export(corpus)                             # doctest: +SKIP
PosixPath('reports/figures/03_network_interactive.html')
>>> network_view.show(corpus)                               # the same page inside Jupyter  # doctest: +SKIP

The page reads filters from its URL fragment too, e.g.
``03_network_interactive.html#polarity=all&actor=france&edge=france|russia`` opens with the
edge France -> Russia's evidence in the side panel.
"""
from __future__ import annotations

import html
import json
import math
from pathlib import Path

import numpy as np
import pandas as pd

from . import config

__all__ = ["view_data", "to_html", "export", "show", "HTML_NAME"]

WEB_DIR = Path(__file__).resolve().parent / "web"
TEMPLATE = WEB_DIR / "network_view.html"
VIS_JS = WEB_DIR / "vis-network" / "vis-network.min.js"
#: the file name notebook 03 writes into ``reports/figures/``
HTML_NAME = "03_network_interactive.html"

# one colour per country for the most involved countries; the rest share grey
_COUNTRY_CYCLE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9",
                  "#8C564B", "#F0E442", "#000000", "#7F7F7F"]
_NO_COUNTRY = "#D0D0D0"


def _stance_rows(corpus, level: str, duplicates: bool) -> pd.DataFrame:
    """Stances with both ends known and distinct, as ``s``/``t`` node ids (not near-duplicates)."""
    df = corpus.stances
    if not duplicates and len(df):
        df = df[~df["article_id"].isin(corpus.near_duplicates)]
    src, tgt = ("source_country", "target_country") if level == "country" else ("source_id", "target_id")
    df = df[df[src].notna() & df[tgt].notna()]
    df = df[df[src] != df[tgt]]
    return df.assign(s=df[src].astype(str), t=df[tgt].astype(str)).reset_index(drop=True)


def _cue_at(evidence: str, cue) -> list[int] | None:
    """Where the cue word(s) stand in the sentence, to highlight them; None if not found."""
    if not isinstance(cue, str) or not cue.strip() or not isinstance(evidence, str):
        return None
    i = evidence.lower().find(cue.strip().lower())
    return None if i < 0 else [i, i + len(cue.strip())]


def _nodes(corpus, rows: pd.DataFrame, level: str, max_nodes: int | None) -> tuple[list[str], pd.DataFrame]:
    """Node ids kept (the most involved first) and the evidence rows among them."""
    involvement = pd.concat([rows["s"], rows["t"]]).value_counts()
    ids = sorted(involvement.index, key=lambda u: (-involvement[u], u))
    if max_nodes is not None and len(ids) > max_nodes:
        ids = ids[:max_nodes]
        rows = rows[rows["s"].isin(ids) & rows["t"].isin(ids)].reset_index(drop=True)
        ids = [u for u in ids if u in set(rows["s"]) | set(rows["t"])]
    return ids, rows


def _node_info(corpus, ids: list[str], rows: pd.DataFrame, level: str) -> list[dict]:
    from .lexicon import country_names

    if level == "country":
        counts = corpus.mention_counts(by="country")
        mentions = dict(zip(counts["country"], counts["n_mentions"])) if len(counts) else {}
        names = country_names()
        return [{"id": u, "label": names.get(u, u), "type": "country", "country": u,
                 "mentions": int(mentions.get(u, 0))} for u in ids]
    actors = corpus.actors.set_index("actor_id") if len(corpus.actors) else pd.DataFrame()
    labels = {**dict(zip(rows["t"], rows["target"])), **dict(zip(rows["s"], rows["source"]))}
    out = []
    for u in ids:
        info = actors.loc[u] if u in actors.index else None
        get = (lambda k: info[k] if info is not None and pd.notna(info[k]) else None)
        out.append({"id": u, "label": str(get("name") or labels.get(u, u)), "type": get("actor_type"),
                    "country": get("country"), "mentions": int(get("n_mentions") or 0)})
    return out


#: node radius range (px) and label font size of the page (network_view.html)
RADIUS = (8.0, 36.0)
FONT_PX = 15.0


def _radii(nodes: list[dict]) -> list[float]:
    """Node radii as the page's vis-network draws them (``value`` = mentions, linear)."""
    m = np.array([max(n["mentions"], 1) for n in nodes], dtype=float)
    lo, hi = RADIUS
    if m.max() == m.min():
        return [(lo + hi) / 2] * len(nodes)
    return list(lo + (m - m.min()) / (m.max() - m.min()) * (hi - lo))


def _positions(nodes: list[dict], rows: pd.DataFrame) -> None:
    """Fixed positions, so the page opens the same way each time and filters do not move nodes.

    The static chart's component layout (``charts._layout``), stretched to a box with room for
    every node's label, then nodes pushed apart until no two node-and-label boxes overlap
    (``charts._separate``), so the page opens legible at 100% zoom.
    """
    import networkx as nx

    from .charts import _layout, _separate

    g = nx.Graph()
    g.add_nodes_from(n["id"] for n in nodes)
    g.add_edges_from(zip(rows["s"], rows["t"]))
    if not len(g):
        return
    pos = _layout(g, "spring", seed=7)
    boxes = {}
    for n, r in zip(nodes, _radii(nodes)):
        half = max(r, 0.3 * FONT_PX * len(n["label"])) + 4  # label centred under the node
        boxes[n["id"]] = (-half, half, -(r + FONT_PX + 8), r + 4)  # y up: the label hangs below
    area = sum((b[1] - b[0]) * (b[3] - b[2]) for b in boxes.values())
    width = max(900.0, math.sqrt(3.0 * area * 1.4))
    height = width / 1.4
    xy = np.array([pos[n["id"]] for n in nodes], dtype=float)
    xy -= xy.min(axis=0)
    span = xy.max(axis=0)
    scale = np.where(span > 0, np.array([width, height]) * 0.9 / np.where(span > 0, span, 1), 0)
    xy = xy * scale.min() + np.array([width, height]) * 0.05
    placed = {n["id"]: xy[i] for i, n in enumerate(nodes)}
    _separate(placed, boxes, width, height, gap=4.0, rounds=60)
    for n in nodes:
        x, y = placed[n["id"]]
        n["x"], n["y"] = round(float(x), 1), round(float(height - y), 1)  # screen y grows downwards


def view_data(corpus, *, level: str = "actor", max_nodes: int | None = 150, duplicates: bool = False,
              title: str | None = None) -> dict:
    """Everything the page draws, as plain JSON-ready data.

    Parameters
    ----------
    corpus : helpers.Corpus
    level : "actor" or "country"
        Countries fold actors into their countries (stances within a country are left out).
    max_nodes : int or None
        Keep the nodes with the most statements; the page's note says how many were left out.
    duplicates : bool
        Keep near-duplicate articles (``articles.duplicate_of``), left out by default as in
        :meth:`Corpus.network`.

    Returns
    -------
    dict
        ``nodes`` (id, label, type, country, mentions, x, y), ``evidence`` (one per stance
        row: s, t, p polarity, k kind, cue, cue_at, text, a index into ``articles``, c
        confidence), ``articles`` (id, title, outlet, date) and ``meta``.
    """
    if level not in ("actor", "country"):
        raise ValueError("level must be 'actor' or 'country'")
    from .charts import PALETTE

    rows = _stance_rows(corpus, level, duplicates)
    n_all = len(rows)
    ids, rows = _nodes(corpus, rows, level, max_nodes) if len(rows) else ([], rows)
    nodes = _node_info(corpus, ids, rows, level)
    _positions(nodes, rows)

    arts = corpus.articles.set_index("article_id") if len(corpus.articles) else pd.DataFrame()
    art_ids = list(dict.fromkeys(rows["article_id"])) if len(rows) else []
    articles = []
    for a in art_ids:
        info = arts.loc[a] if a in arts.index else None
        pub = info["published"] if info is not None and "published" in info else None
        articles.append({"id": str(a),
                         "title": str(info["title"]) if info is not None and pd.notna(info.get("title")) else None,
                         "outlet": str(info["source"]) if info is not None and pd.notna(info.get("source")) else None,
                         "date": pd.Timestamp(pub).strftime("%Y-%m-%d") if pub is not None and pd.notna(pub) else None})
    index = {a: i for i, a in enumerate(art_ids)}
    conf = rows["confidence"] if "confidence" in rows else pd.Series(1.0, index=rows.index)
    evidence = [{"s": s, "t": t, "p": int(p), "k": str(k), "cue": None if pd.isna(cue) else str(cue),
                 "cue_at": _cue_at(ev, cue), "text": str(ev), "a": index[a],
                 "c": 1.0 if pd.isna(c) else round(float(c), 3)}
                for s, t, p, k, cue, ev, a, c in zip(rows["s"], rows["t"], rows["polarity"], rows["kind"],
                                                     rows["cue"], rows["evidence"], rows["article_id"], conf)]

    dates = sorted(d["date"] for d in articles if d["date"])
    countries = pd.Series([n["country"] for n in nodes if n["country"]]).value_counts()
    top = sorted(countries.index[:len(_COUNTRY_CYCLE)], key=lambda c: (-countries[c], c))
    from .lexicon import country_names

    names = country_names()
    what = "countries" if level == "country" else "actors"
    note = (f"{n_all} statements between {what} in {corpus.articles.shape[0]} articles"
            + (f"; the {len(ids)} {what} with the most statements are kept" if len(rows) < n_all else "")
            + ".")
    return {
        "nodes": nodes, "evidence": evidence, "articles": articles,
        "meta": {"level": level, "title": title or ("Who criticizes and supports whom"
                                                    + (" (countries)" if level == "country" else "")),
                 "note": note, "dates": [dates[0], dates[-1]] if dates else [None, None],
                 "type_colours": {k: PALETTE[k] for k in ("person", "organization", "country", "place", "group", "other")},
                 "country_colours": {**{c: _COUNTRY_CYCLE[i] for i, c in enumerate(top)}, "": _NO_COUNTRY},
                 "country_names": {c: names.get(c, c) for c in top},
                 "polarity_colours": {"-1": PALETTE["negative"], "1": PALETTE["positive"]}},
    }


def _json_for_script(data: dict) -> str:
    """JSON that cannot end its ``<script>`` element early."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def to_html(data: dict) -> str:
    """The standalone page for :func:`view_data`'s output: data and scripts inline, no URL loaded."""
    page = TEMPLATE.read_text(encoding="utf-8")
    vis = VIS_JS.read_text(encoding="utf-8")
    if "</script" in vis.lower():  # would end the inline script early
        raise ValueError(f"{VIS_JS} contains '</script'; it cannot be inlined")
    title = html.escape(data["meta"]["title"])
    # data last: nothing in it can be taken for the other placeholders
    return (page.replace("__TITLE__", title).replace("__VIS__", vis)
                .replace("__DATA__", _json_for_script(data)))


def export(corpus_or_data, path: str | Path | None = None, **options) -> Path:
    """Write the page (default ``<figures>/03_network_interactive.html``); returns its path.

    ``corpus_or_data`` is a Corpus (``options`` go to :func:`view_data`) or its output.
    """
    data = corpus_or_data if isinstance(corpus_or_data, dict) else view_data(corpus_or_data, **options)
    path = Path(path) if path is not None else Path(config.FIGURES_DIR) / HTML_NAME
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(to_html(data), encoding="utf-8")
    return path


def show(corpus_or_data, *, height: int = 640, **options):
    """The page inside a notebook (an iframe holding the whole document, so it works offline
    and in the nbconvert HTML report too)."""
    from IPython.display import HTML

    data = corpus_or_data if isinstance(corpus_or_data, dict) else view_data(corpus_or_data, **options)
    doc = html.escape(to_html(data), quote=True)
    return HTML(f'<div><iframe srcdoc="{doc}" style="width:100%;height:{int(height)}px;border:1px solid #ddd" '
                f'sandbox="allow-scripts"></iframe></div>')
