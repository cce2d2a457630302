"""``analyze()``: articles in, tidy tables out; and the :class:`Corpus` that holds them."""
from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field

import networkx as nx
import pandas as pd
import pyarrow as pa

from . import cache as cachemod
from . import config
from .actors import extract_mentions
from .articles import detect_layout, resolve_published
from .nlp import load_pipeline, make_doc
from .quotes import extract_quotes
from .reading import ReadError, Source, iter_sources
from .stances import extract_stances
from .tables import TABLES, concat, to_arrow, to_frame
from .timeline import extract_timeline

PROGRESS_MIN = 5  # show a progress bar for batches larger than this


@dataclass
class Corpus:
    """The tables of one analysis (see DESIGN.md for every column)."""

    articles: pd.DataFrame = field(default_factory=lambda: to_frame("articles"))
    sentences: pd.DataFrame = field(default_factory=lambda: to_frame("sentences"))
    mentions: pd.DataFrame = field(default_factory=lambda: to_frame("mentions"))
    actors: pd.DataFrame = field(default_factory=lambda: to_frame("actors"))
    quotes: pd.DataFrame = field(default_factory=lambda: to_frame("quotes"))
    timeline: pd.DataFrame = field(default_factory=lambda: to_frame("timeline"))
    stances: pd.DataFrame = field(default_factory=lambda: to_frame("stances"))
    errors: pd.DataFrame = field(default_factory=lambda: to_frame("errors"))

    def __repr__(self) -> str:
        sizes = ", ".join(f"{name}={len(getattr(self, name))}" for name in TABLES)
        return f"Corpus({sizes})"

    @property
    def criticisms(self) -> pd.DataFrame:
        """Stances with negative polarity: criticism, accusation, rejection, threat, demand."""
        return self.stances[self.stances["polarity"] < 0].reset_index(drop=True)

    def network(self, level: str = "actor", polarity: int | None = -1) -> nx.DiGraph:
        """Who criticizes (polarity=-1) or praises (+1; None: both) whom, as a DiGraph.

        Edges carry ``weight`` (number of stances), ``polarity`` (mean), ``kinds``,
        ``cameo`` codes and ``evidence`` (the sentences). ``level="country"`` folds actors
        into their countries and drops those without one.
        """
        if level not in ("actor", "country"):
            raise ValueError("level must be 'actor' or 'country'")
        df = self.stances if polarity is None else self.stances[self.stances["polarity"] == polarity]
        graph = nx.DiGraph(level=level, polarity=polarity)
        if level == "country":
            df = df[df["source_country"].notna() & df["target_country"].notna()]
            df = df[df["source_country"] != df["target_country"]]
            src, tgt = "source_country", "target_country"
        else:
            src, tgt = "source_id", "target_id"
        actors = self.actors.set_index("actor_id") if len(self.actors) else None
        from .lexicon import country_names

        for (s, t), rows in df.groupby([src, tgt], sort=True):
            for node, label_col in ((s, "source"), (t, "target")):
                if node in graph:
                    continue
                if level == "country":
                    graph.add_node(node, label=country_names().get(node, node), actor_type="country", country=node)
                else:
                    info = actors.loc[node] if actors is not None and node in actors.index else None
                    label = rows[label_col].iloc[0]
                    graph.add_node(node, label=label,
                                   actor_type=info["actor_type"] if info is not None else None,
                                   country=info["country"] if info is not None else None)
            graph.add_edge(s, t, weight=len(rows), polarity=float(rows["polarity"].mean()),
                           kinds=sorted(set(rows["kind"])), cameo=sorted(set(rows["cameo"])),
                           evidence=list(dict.fromkeys(rows["evidence"])))
        return graph

    def mention_counts(self, by: str = "actor", per: str | None = None) -> pd.DataFrame:
        """How often each actor (or actor_type, or country) is mentioned.

        ``per=None``: one row per actor over the corpus; ``"article"``: per article;
        ``"month"``: per publication month (articles without a date are left out).
        Columns: the ``by`` key(s), ``n_mentions``, ``n_articles``.
        """
        m = self.mentions
        keys = {"actor": ["actor_id", "actor", "actor_type"], "actor_type": ["actor_type"],
                "country": ["country"]}.get(by)
        if keys is None:
            raise ValueError("by must be 'actor', 'actor_type' or 'country'")
        if per == "month":
            pub = self.articles.set_index("article_id")["published"]
            m = m.assign(month=m["article_id"].map(pub).dt.to_period("M").astype(str))
            m = m[m["month"] != "NaT"]
            keys = keys + ["month"]
        elif per == "article":
            keys = keys + ["article_id"]
        elif per is not None:
            raise ValueError("per must be None, 'article' or 'month'")
        if by == "actor":
            # an actor's canonical type, not the mention's (a country named as a place)
            types = self.actors.set_index("actor_id")["actor_type"]
            m = m.assign(actor_type=m["actor_id"].map(types).fillna(m["actor_type"]))
        m = m.dropna(subset=[k for k in keys if k != "month"])
        if m.empty:
            return pd.DataFrame(columns=keys + ["n_mentions", "n_articles"])
        out = (m.groupby(keys, sort=False).agg(n_mentions=("start", "size"), n_articles=("article_id", "nunique"))
               .reset_index().sort_values(["n_mentions"] + keys, ascending=[False] + [True] * len(keys)))
        return out.reset_index(drop=True)


# ----------------------------------------------------------------------------- one article

def _article_tables(doc, src: Source, layout, content_hash: str) -> dict[str, pa.Table]:
    """Every table of one parsed article."""
    aid = src.article_id
    text = layout.text
    sents = []
    sent_ids = {}
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            continue
        sent_ids[sent.start] = len(sents)
        sents.append({"article_id": aid, "sent_id": len(sents), "start": start, "end": end,
                      "text": text[start:end], "part": layout.part_at(start)})
    # whitespace-only sentences take the id of the next real one
    last = 0
    for sent in reversed(list(doc.sents)):
        if sent.start in sent_ids:
            last = sent_ids[sent.start]
        else:
            sent_ids[sent.start] = last
    index = extract_mentions(doc, layout, sent_ids=sent_ids)
    mentions = [{"article_id": aid, "sent_id": m.sent_id, "start": m.start, "end": m.end, "text": m.text,
                 "actor_id": m.actor.key, "actor": m.actor.name, "actor_type": m.actor_type,
                 "country": m.actor.country, "via": m.via} for m in index.mentions]
    counts: dict[str, int] = {}
    for m in index.mentions:
        counts[m.actor.key] = counts.get(m.actor.key, 0) + 1
    actors = [{"actor_id": a.key, "name": a.name, "actor_type": a.actor_type, "country": a.country,
               "aliases": a.aliases, "roles": a.roles, "n_mentions": counts.get(a.key, 0), "n_articles": 1}
              for a in index.actors.values() if counts.get(a.key)]
    quotes = extract_quotes(doc, index, article_id=aid, sent_ids=sent_ids, layout=layout)
    timeline = list(extract_timeline(doc, published=layout.published, article_id=aid,
                                     actors_in=index.names_in, sent_ids=sent_ids))
    stances = extract_stances(doc, index, article_id=aid, sent_ids=sent_ids, quotes=quotes, layout=layout)
    caption = layout.span_text(layout.caption)
    article = {
        "article_id": aid, "path": src.path, "title": layout.span_text(layout.title),
        "source": layout.source, "dateline": layout.dateline,
        "published": _ts(layout.published), "published_from": layout.published_from,
        "caption": caption, "authors": layout.authors, "editors": layout.editors, "text": text,
        "n_words": sum(1 for t in doc if not (t.is_punct or t.is_space)), "content_hash": content_hash,
        "format": src.fmt, "encoding": src.encoding,
    }
    for row in timeline:
        row["date_start"] = _ts(row.get("date_start"))
        row["date_end"] = _ts(row.get("date_end"))
    return {"articles": to_arrow("articles", [article]), "sentences": to_arrow("sentences", sents),
            "mentions": to_arrow("mentions", mentions), "actors": to_arrow("actors", actors),
            "quotes": to_arrow("quotes", quotes), "timeline": to_arrow("timeline", timeline),
            "stances": to_arrow("stances", stances)}


def _ts(value):
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    return pd.Timestamp(value).to_pydatetime()


def _relabel(tables: dict[str, pa.Table], src: Source) -> dict[str, pa.Table]:
    """A cached result belongs to its content; give it this input's id and path."""
    out = {}
    for name, table in tables.items():
        if "article_id" in table.column_names:
            idx = table.schema.get_field_index("article_id")
            table = table.set_column(idx, "article_id", pa.array([src.article_id] * table.num_rows, pa.string()))
        if name == "articles":
            idx = table.schema.get_field_index("path")
            table = table.set_column(idx, "path", pa.array([src.path] * table.num_rows, pa.string()))
        out[name] = table
    return out


# ----------------------------------------------------------------------------- corpus

def analyze(source, *, cache: bool = True, progress: bool = True, n_process: int = 1,
            published=None, batch_size: int = 32) -> Corpus:
    """Analyse articles into a :class:`Corpus`.

    ``source``: a folder (read recursively), a file, a glob, a list of paths, or a
    DataFrame with a ``text`` column (optional ``title``, ``published``, ``article_id``).
    Unreadable input becomes a row of ``corpus.errors``; the rest of the batch goes on.
    """
    items = []
    errors: list[dict] = []
    for item in iter_sources(source):
        if isinstance(item, ReadError):
            errors.append({"path": item.path, "stage": item.stage, "error": item.error})
        else:
            items.append(item)
    return _run(items, errors, cache=cache, progress=progress, n_process=n_process,
                published=published, batch_size=batch_size)


def analyze_text(text: str, *, published=None, title=None, plain: bool = False,
                 article_id: str = "text", cache: bool = False) -> Corpus:
    """Analyse one article given as a string.

    ``plain=True``: the whole string is body text (no title, caption, dateline or
    credits detection). ``published``: a date or ISO string; overrides inference.
    """
    from .reading import normalise_newlines

    src = Source(article_id=article_id, path=f"<text:{article_id}>", text=normalise_newlines(text),
                 title=" ".join(title.split()) if title else None, plain=plain, fmt="text")
    return _run([src], [], cache=cache, progress=False, n_process=1, published=published, batch_size=1)


def _run(items: list[Source], errors: list[dict], *, cache, progress, n_process, published, batch_size) -> Corpus:
    results: dict[int, dict[str, pa.Table]] = {}
    pending = []
    seen_hash: dict[str, Source] = {}
    for i, src in enumerate(items):
        try:
            layout = detect_layout(src)
            resolve_published(layout, src, published)
        except ValueError as exc:
            if published is not None:
                raise
            errors.append({"path": src.path, "stage": "layout", "error": str(exc)})
            continue
        if not layout.text.strip():
            errors.append({"path": src.path, "stage": "read", "error": "the article has no text to analyse"})
            continue
        content_hash = hashlib.sha256(layout.text.encode("utf-8", "surrogatepass")).hexdigest()
        if content_hash in seen_hash:
            first = seen_hash[content_hash]
            errors.append({"path": src.path, "stage": "duplicate",
                           "error": f"the same text as {first.path} (article {first.article_id}); analysed once, under that article"})
            continue
        seen_hash[content_hash] = src
        key = cachemod.key_for(content_hash, str(layout.published), layout.published_from or "", str(src.plain))
        hit = cachemod.load(key) if cache else None
        if hit is not None:
            results[i] = _relabel(hit, src)
        else:
            pending.append((i, src, layout, content_hash, key))
    if pending:
        nlp = load_pipeline()
        docs = (make_doc(layout.text, layout.boundaries) for _, _, layout, _, _ in pending)
        stream = nlp.pipe(docs, batch_size=batch_size, n_process=n_process)
        bar = None
        if progress and len(pending) > PROGRESS_MIN:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(pending), desc="analysing articles", unit="article")
        for (i, src, layout, content_hash, key), doc in zip(pending, stream):
            try:
                tables = _article_tables(doc, src, layout, content_hash)
            except Exception as exc:  # one article's failure never stops the batch
                errors.append({"path": src.path, "stage": "analyse",
                               "error": f"analysis failed ({type(exc).__name__}: {exc}); please report this "
                                        "with the file attached"})
                continue
            finally:
                if bar is not None:
                    bar.update(1)
            if cache:
                try:
                    cachemod.save(key, tables)
                except OSError as exc:
                    errors.append({"path": str(config.cache_dir()), "stage": "cache",
                                   "error": f"the cache could not be written ({exc}); results are correct but "
                                            "will be recomputed next time"})
            results[i] = tables
        if bar is not None:
            bar.close()
    ordered = [results[i] for i in sorted(results)]
    corpus = Corpus(**{name: concat(name, [r[name] for r in ordered])
                       for name in ("articles", "sentences", "mentions", "quotes", "timeline", "stances")})
    corpus.actors = concat("actors", [r["actors"] for r in ordered])
    corpus.errors = to_frame("errors", to_arrow("errors", errors))
    _merge_actors(corpus)
    return corpus


def _merge_actors(corpus: Corpus) -> None:
    """One canonical actor per entity across the corpus.

    Articles already merge their own surface forms; across articles, actors with the same
    id are one, and a person named by surname alone ("Blair") joins the one full-name
    person with that surname, when there is exactly one.
    """
    from .actors import _surname_keys

    per_article = corpus.actors
    if per_article.empty:
        return
    people = per_article[per_article["actor_type"] == "person"]
    full = people[people["name"].str.contains(" ")].drop_duplicates("actor_id")
    by_surname: dict[str, set] = {}
    for _, row in full.iterrows():
        for key in _surname_keys(row["name"]):
            by_surname.setdefault(key, set()).add((row["actor_id"], row["name"]))
    remap: dict[str, tuple[str, str]] = {}
    for _, row in people.drop_duplicates("actor_id").iterrows():
        if " " not in row["name"]:
            cands = by_surname.get(row["name"], set())
            if len(cands) == 1:
                remap[row["actor_id"]] = next(iter(cands))
    if remap:
        _apply_remap(corpus, remap)
        per_article = corpus.actors
    rows = []
    for actor_id, group in per_article.groupby("actor_id", sort=False):
        names = group["name"].tolist()
        name = max(names, key=lambda n: (len(n), names.count(n)))
        types = group.groupby("actor_type")["n_mentions"].sum().sort_values(ascending=False)
        countries = group["country"].dropna()
        aliases = list(dict.fromkeys(a for lst in group["aliases"] for a in lst))
        roles = list(dict.fromkeys(r for lst in group["roles"] for r in lst))
        mention_rows = corpus.mentions[corpus.mentions["actor_id"] == actor_id]
        rows.append({"actor_id": actor_id, "name": name, "actor_type": types.index[0],
                     "country": countries.mode().iloc[0] if len(countries) else None,
                     "aliases": aliases, "roles": roles, "n_mentions": len(mention_rows),
                     "n_articles": mention_rows["article_id"].nunique()})
    actors = to_frame("actors", to_arrow("actors", rows))
    corpus.actors = actors.sort_values(["n_mentions", "name"], ascending=[False, True]).reset_index(drop=True)
    names = dict(zip(corpus.actors["actor_id"], corpus.actors["name"]))
    corpus.mentions["actor"] = corpus.mentions["actor_id"].map(names).fillna(corpus.mentions["actor"])


def _apply_remap(corpus: Corpus, remap: dict[str, tuple[str, str]]) -> None:
    ids = {old: new for old, (new, _) in remap.items()}
    names = {old: name for old, (_, name) in remap.items()}
    old_names = dict(zip(corpus.actors["actor_id"], corpus.actors["name"]))
    corpus.actors["name"] = [names.get(i, n) for i, n in zip(corpus.actors["actor_id"], corpus.actors["name"])]
    corpus.actors["actor_id"] = corpus.actors["actor_id"].replace(ids)
    corpus.mentions["actor"] = [names.get(i, n) for i, n in zip(corpus.mentions["actor_id"], corpus.mentions["actor"])]
    corpus.mentions["actor_id"] = corpus.mentions["actor_id"].replace(ids)
    q = corpus.quotes
    q["speaker"] = [names.get(i, n) for i, n in zip(q["speaker_id"], q["speaker"])]
    q["speaker_id"] = q["speaker_id"].replace(ids)
    s = corpus.stances
    for side in ("source", "target"):
        s[side] = [names.get(i, n) for i, n in zip(s[f"{side}_id"], s[side])]
        s[f"{side}_id"] = s[f"{side}_id"].replace(ids)
    by_old_name = {old_names[o]: names[o] for o in names if o in old_names}
    corpus.timeline["actors"] = [[by_old_name.get(a, a) for a in lst] for lst in corpus.timeline["actors"]]
