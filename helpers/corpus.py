"""``analyze()``: articles in, tidy tables out; and the :class:`Corpus` that holds them."""
from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx
import numpy as np
import pandas as pd
import pyarrow as pa

from . import cache as cachemod
from . import config
from .cache import CACHED_TABLES
from .duplicates import near_duplicates
from .engine import ENGINES, prepare, run_local
from .reading import ReadError, Source, iter_sources
from .stances import at_threshold
from .tables import TABLES, concat, to_arrow, to_frame

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

    @property
    def near_duplicates(self) -> set:
        """Ids of the articles that nearly repeat an earlier one (``articles.duplicate_of``)."""
        if "duplicate_of" not in self.articles.columns:
            return set()
        return set(self.articles.loc[self.articles["duplicate_of"].notna(), "article_id"])

    def _counted(self, df: pd.DataFrame, duplicates: bool) -> pd.DataFrame:
        """``df`` without the rows of near-duplicate articles, unless ``duplicates``."""
        dups = set() if duplicates else self.near_duplicates
        return df[~df["article_id"].isin(dups)] if dups else df

    def network(self, level: str = "actor", polarity: int | None = -1, *, actor: str | None = None,
                since=None, until=None, duplicates: bool = False) -> nx.DiGraph:
        """Who criticizes (polarity=-1) or praises (+1; None: both) whom, as a DiGraph.

        Edges carry ``weight`` (number of stances), ``polarity`` (mean), ``kinds``,
        ``cameo`` codes and ``evidence`` (the sentences). ``level="country"`` folds actors
        into their countries and drops those without one. ``actor`` keeps the edges from or
        to one actor (a name, an id or, at country level, an ISO3 code); ``since``/``until``
        keep the stances of articles published in ``[since, until)``. Near-duplicate
        articles (``articles.duplicate_of``) are left out; ``duplicates=True`` keeps them.
        """
        if level not in ("actor", "country"):
            raise ValueError("level must be 'actor' or 'country'")
        df = self._counted(self.stances, duplicates)
        df = df if polarity is None else df[df["polarity"] == polarity]
        if since is not None or until is not None:
            published = df["article_id"].map(self.articles.set_index("article_id")["published"])
            keep = published.notna()
            if since is not None:
                keep &= published >= pd.Timestamp(since)
            if until is not None:
                keep &= published < pd.Timestamp(until)
            df = df[keep]
        if actor is not None:
            cols = ("source_country", "target_country") if level == "country" else ("source", "target")
            ids = ("source_id", "target_id")
            df = df[(df[cols[0]] == actor) | (df[cols[1]] == actor) | (df[ids[0]] == actor) | (df[ids[1]] == actor)]
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

    def network_windows(self, freq: str = "QS", level: str = "country", polarity: int | None = -1,
                        min_edges: int = 1, *, duplicates: bool = False) -> list[tuple[str, nx.DiGraph]]:
        """The network in consecutive time windows of publication dates (a pandas frequency:
        "MS" months, "QS" quarters, "YS" years), as (label, graph) for windows with at least
        ``min_edges`` edges. Articles without a date, and near-duplicates unless
        ``duplicates=True``, are left out."""
        published = self.articles["published"].dropna()
        if published.empty:
            return []
        starts = pd.date_range(published.min().to_period("M").to_timestamp(), published.max(), freq=freq)
        if len(starts) == 0 or starts[0] > published.min():
            starts = starts.insert(0, published.min().normalize())
        out = []
        for i, start in enumerate(starts):
            end = starts[i + 1] if i + 1 < len(starts) else published.max() + pd.Timedelta(days=1)
            graph = self.network(level=level, polarity=polarity, since=start, until=end, duplicates=duplicates)
            if graph.number_of_edges() >= min_edges:
                last = end - pd.Timedelta(days=1)
                out.append((f"{start:%d %b %Y} - {last:%d %b %Y}", graph))
        return out

    def mention_counts(self, by: str = "actor", per: str | None = None, *, duplicates: bool = False) -> pd.DataFrame:
        """How often each actor (or actor_type, or country) is mentioned.

        ``per=None``: one row per actor over the corpus; ``"article"``: per article;
        ``"month"``: per publication month (articles without a date are left out).
        Columns: the ``by`` key(s), ``n_mentions``, ``n_articles``. Mentions in
        near-duplicate articles (``articles.duplicate_of``) are not counted;
        ``duplicates=True`` counts them.
        """
        m = self._counted(self.mentions, duplicates)
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


    def co_mentions(self, min_sentences: int = 1, *, duplicates: bool = False) -> pd.DataFrame:
        """Pairs of actors named in the same sentence: actor_a, actor_b (alphabetical), sentences,
        articles, and one example (article_id, sent_id) to read as evidence. Near-duplicate
        articles are left out unless ``duplicates=True``."""
        m = self._counted(self.mentions, duplicates).drop_duplicates(["article_id", "sent_id", "actor_id"])[["article_id", "sent_id", "actor"]]
        pairs = m.merge(m, on=["article_id", "sent_id"], suffixes=("_a", "_b"))
        pairs = pairs[pairs["actor_a"] < pairs["actor_b"]]
        columns = ["actor_a", "actor_b", "sentences", "articles", "example_article", "example_sent_id"]
        if pairs.empty:
            return pd.DataFrame(columns=columns)
        out = (pairs.groupby(["actor_a", "actor_b"])
               .agg(sentences=("sent_id", "size"), articles=("article_id", "nunique"),
                    example_article=("article_id", "first"), example_sent_id=("sent_id", "first"))
               .reset_index())
        out = out[out["sentences"] >= min_sentences]
        return out.sort_values(["sentences", "actor_a", "actor_b"], ascending=[False, True, True]).reset_index(drop=True)[columns]


# ----------------------------------------------------------------------------- one article

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
            published=None, batch_size: int = 64, tables=None, engine: str = "local",
            scheduler: str | None = None, stance_threshold: float | None = None) -> Corpus:
    """Analyse articles into a :class:`Corpus`.

    ``source``: a folder (read recursively), a file, a glob, a list of paths, or a
    DataFrame with a ``text`` column (optional ``title``, ``published``, ``article_id``).
    Unreadable input becomes a row of ``corpus.errors``; the rest of the batch goes on.

    ``cache``: reuse (and write) per-article results in ``config.cache_dir()``; a cached
    article skips the NLP. ``tables``: the names of the tables wanted (default: all);
    cached articles load only those (and mentions with actors, which canonical names
    need), the other tables stay empty. ``n_process``: worker processes for the NLP.
    ``engine="dask"`` runs the same per-article function on Dask: a ``LocalCluster`` of
    ``n_process`` workers (at least 2), or the cluster whose scheduler address is given
    as ``scheduler="tcp://host:8786"``. ``stance_threshold``: the least ``confidence`` of a
    stance edge kept (rule edges have 1.0; None: the model's calibrated default; lower trades
    precision for recall, see :func:`helpers.stances.at_threshold`).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {', '.join(ENGINES)}")
    wanted = _wanted_tables(tables)
    errors: list[dict] = []
    if hasattr(source, "columns") and hasattr(source, "iterrows"):  # a DataFrame: no files to index
        items = ((item, None) for item in iter_sources(source))
        return at_threshold(_run(items, errors, cache=cache, progress=progress, n_process=n_process,
                                 published=published, batch_size=batch_size, wanted=wanted, engine=engine,
                                 scheduler=scheduler), stance_threshold)
    index = cachemod.FileIndex(options=f"published={published}") if cache else None
    files: list[_FileRecord] = []
    corpus = _run(_file_items(source, index, files, wanted), errors, cache=cache, progress=progress,
                  n_process=n_process, published=published, batch_size=batch_size, wanted=wanted,
                  engine=engine, scheduler=scheduler)
    if index is not None:
        for rec in files:
            index.record(rec.path, rec.entry(), rec.seen_ns)
        try:
            index.save()
        except OSError:  # a read-only cache folder: the next run reads the files again, nothing else
            pass
    return at_threshold(corpus, stance_threshold)


@dataclass
class _Hit:
    """An article of an unchanged file, straight from the cache (the file was not read)."""

    article_id: str
    path: str
    content_hash: str
    tables: dict


@dataclass
class _FileRecord:
    """What one file read in this run gave, for the file index."""

    path: object
    article_id: str  # the file's own id; its articles' ids extend it ('a' of 'a#3')
    info: object
    seen_ns: int
    ok: bool = True
    articles: list = field(default_factory=list)

    def add(self, src: Source, key: str, content_hash: str) -> None:
        from .reading import _printable

        self.articles.append([key, content_hash, _relative(src.article_id, _printable(self.article_id)),
                              _relative(src.path, _printable(str(self.path)))])

    def entry(self):
        if not self.ok or self.info is None or not self.articles:
            return None
        return cachemod.FileEntry(self.info.st_size, self.info.st_mtime_ns, self.articles)


def _relative(value: str, base: str) -> str:
    """``value`` for the file index: '+#3' extends the file's own id or path, '=x' is x itself
    (a CSV row's id column). Stored this way, a folder analysed from another root still matches."""
    return f"+{value[len(base):]}" if value.startswith(base) else f"={value}"


def _absolute(stored: str, base: str) -> str:
    return base + stored[1:] if stored[:1] == "+" else stored[1:]


def _file_items(source, index, files: list, wanted):
    """``(item, file record)`` for every article of ``source``: a :class:`_Hit` for each article
    of a file the index knows unchanged and whose cache entries load, else the Sources read
    from the file (each with the record the file index learns from), and ReadErrors."""
    from .reading import _checked, _printable, iter_files, read_file

    for item in iter_files(source):
        if isinstance(item, ReadError):
            yield item, None
            continue
        path, aid = item
        info, seen_ns = cachemod.FileIndex.stat(path) if index is not None else (None, 0)
        entry = index.lookup(path, info) if index is not None else None
        if entry is not None:
            hits = []
            for key, content_hash, stored_id, stored_path in entry.articles:
                tables = cachemod.load(key, names=wanted)
                if tables is None:  # an entry gone or damaged: read the file after all
                    break
                hits.append(_Hit(_absolute(stored_id, _printable(aid)), _absolute(stored_path, _printable(str(path))),
                                 content_hash, tables))
            else:
                for hit in hits:
                    yield hit, None
                continue
        rec = _FileRecord(path, aid, info, seen_ns)
        files.append(rec)
        for found in read_file(path, aid):
            found = _checked(found)
            if isinstance(found, ReadError):
                rec.ok = False
                yield found, None
            else:
                yield found, rec


def analyze_text(text: str, *, published=None, title=None, plain: bool = False,
                 article_id: str = "text", cache: bool = False, stance_threshold: float | None = None) -> Corpus:
    """Analyse one article given as a string.

    ``plain=True``: the whole string is body text (no title, caption, dateline or
    credits detection). ``published``: a date or ISO string; overrides inference.
    ``stance_threshold``: as for :func:`analyze`.
    """
    from .reading import normalise_newlines

    src = Source(article_id=article_id, path=f"<text:{article_id}>", text=normalise_newlines(text),
                 title=" ".join(title.split()) if title else None, plain=plain, fmt="text")
    return at_threshold(_run([(src, None)], [], cache=cache, progress=False, n_process=1, published=published,
                             batch_size=1), stance_threshold)


def _wanted_tables(tables) -> tuple[str, ...]:
    if tables is None:
        return CACHED_TABLES
    names = {tables} if isinstance(tables, str) else set(tables)
    unknown = names - set(CACHED_TABLES)
    if unknown:
        raise ValueError(f"unknown table(s) {sorted(unknown)}; choose from {', '.join(CACHED_TABLES)}")
    if names & {"mentions", "actors", "quotes", "timeline", "stances"}:
        names |= {"mentions", "actors"}  # canonical actor names come from merging the two
        names |= {"articles"}  # counts leave near-duplicates out: finding them needs the texts
    return tuple(n for n in CACHED_TABLES if n in names)


def _run(items, errors: list[dict], *, cache, progress, n_process, published, batch_size,
         wanted=CACHED_TABLES, engine="local", scheduler=None) -> Corpus:
    """Stream ``items`` (``(Source, file record)`` pairs; also cache hits of unchanged files
    and read errors): cache hits are loaded, the rest go to the engine.

    Texts are read only a little ahead of the NLP; each finished article's tables are
    written to the cache at once and kept as Arrow; the DataFrames are built once at the end.
    """
    parts = _Assembler(wanted)
    bar = _Progress(progress)
    cache_dir = config.cache_dir() if cache else None
    seen_hash: dict[str, tuple[str, str]] = {}

    def duplicate(content_hash: str, src) -> bool:
        if content_hash in seen_hash:
            path, aid = seen_hash[content_hash]
            errors.append({"path": src.path, "stage": "duplicate",
                           "error": f"the same text as {path} (article {aid}); analysed once, under that article"})
            return True
        seen_hash[content_hash] = (src.path, src.article_id)
        return False

    def jobs():
        for i, (src, rec) in enumerate(items):
            if isinstance(src, ReadError):
                errors.append({"path": src.path, "stage": src.stage, "error": src.error})
                continue
            if isinstance(src, _Hit):  # an unchanged file: its articles come from the cache as they are
                if not duplicate(src.content_hash, src):
                    parts.add(i, _relabel(src.tables, src))
                continue
            job = prepare(i, src, published)
            if isinstance(job, dict):
                errors.append(job)
                if rec is not None:
                    rec.ok = False
                continue
            if rec is not None:
                rec.add(src, job.key, job.content_hash)
            if duplicate(job.content_hash, src):
                continue
            hit = cachemod.load(job.key, names=wanted) if cache else None
            if hit is not None:
                parts.add(i, _relabel(hit, src))
                continue
            bar.expect()
            yield job

    if engine == "dask":
        from .engine import run_dask

        results = run_dask(jobs(), cache_dir=cache_dir, scheduler=scheduler, n_workers=max(2, n_process),
                           batch_size=batch_size)
    else:
        results = run_local(jobs(), cache_dir=cache_dir, n_process=n_process, batch_size=batch_size)
    for done in results:
        if done.error is not None:
            errors.append(done.error)
        if done.tables is not None:
            parts.add(done.index, done.tables)
        bar.update()
    bar.close()
    frames = parts.frames()
    corpus = Corpus(**{name: frames[name] for name in wanted if name != "actors"})
    if "actors" in frames:
        corpus.actors = frames["actors"]
    corpus.errors = to_frame("errors", to_arrow("errors", errors))
    _merge_actors(corpus)
    _flag_near_duplicates(corpus)
    return corpus


def _flag_near_duplicates(corpus: Corpus) -> None:
    """``articles.duplicate_of``: the earliest article (by publication date, then input
    order) that each near-duplicate repeats (:mod:`helpers.duplicates`); and the actors'
    ``n_mentions``/``n_articles`` counted without the near-duplicates, like ``mention_counts``."""
    arts = corpus.articles
    if arts.empty:
        return
    published = arts["published"]
    order = list(zip(published.isna(), published.fillna(pd.Timestamp(0)).astype("int64")))
    first = near_duplicates(arts["text"].tolist(), order)
    ids = arts["article_id"].tolist()
    arts["duplicate_of"] = pd.Series([ids[f] if f is not None else None for f in first], index=arts.index, dtype=object)
    if corpus.actors.empty or not corpus.near_duplicates:
        return
    counts = corpus.mention_counts(by="actor").set_index("actor_id")
    actors = corpus.actors
    actors["n_mentions"] = actors["actor_id"].map(counts["n_mentions"]).fillna(0).astype("int64")
    actors["n_articles"] = actors["actor_id"].map(counts["n_articles"]).fillna(0).astype("int64")
    corpus.actors = actors.sort_values(["n_mentions", "name"], ascending=[False, True]).reset_index(drop=True)


class _Assembler:
    """Per-article Arrow tables in, one DataFrame per table out, in input order.

    Articles arrive out of order (cache hits at once, analyses later, workers in any
    order); every ``COMPACT`` of them are concatenated into one Arrow table per name with
    the input position of each row, so 30,000 articles are a few hundred tables, not
    200,000, and the final order is one stable sort.
    """

    COMPACT = 256

    def __init__(self, names):
        self.names = tuple(names)
        self.loose: list[tuple[int, dict[str, pa.Table]]] = []
        self.packed: dict[str, list[tuple[pa.Table, np.ndarray]]] = {n: [] for n in self.names}

    def add(self, index: int, tables: dict[str, pa.Table]) -> None:
        self.loose.append((index, tables))
        if len(self.loose) >= self.COMPACT:
            self._compact()

    def _compact(self) -> None:
        for name in self.names:
            chunk = [(i, t[name]) for i, t in self.loose if t[name].num_rows]
            if chunk:
                order = np.repeat([i for i, _ in chunk], [t.num_rows for _, t in chunk])
                self.packed[name].append((pa.concat_tables([t for _, t in chunk]), order))
        self.loose = []

    def frames(self) -> dict[str, pd.DataFrame]:
        self._compact()
        out = {}
        for name in self.names:
            packed = self.packed[name]
            if not packed:
                out[name] = to_frame(name)
                continue
            table = pa.concat_tables([t for t, _ in packed])
            order = np.concatenate([o for _, o in packed])
            out[name] = concat(name, [table.take(np.argsort(order, kind="stable"))])
        return out


class _Progress:
    """A tqdm bar once more than ``PROGRESS_MIN`` articles need the NLP; its total grows
    as the reader finds them (texts are streamed, so the count is not known up front)."""

    def __init__(self, enabled: bool):
        self.enabled = enabled
        self.expected = 0
        self.done = 0
        self.bar = None

    def expect(self) -> None:
        self.expected += 1
        if self.bar is not None:
            self.bar.total = self.expected  # shown at the next update
        elif self.enabled and self.expected > PROGRESS_MIN:
            from tqdm.auto import tqdm

            self.bar = tqdm(total=self.expected, initial=self.done, desc="analysing articles", unit="article")

    def update(self) -> None:
        self.done += 1
        if self.bar is not None:
            self.bar.update(1)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


#: share of a surname's full-name mentions above which a bare surname goes to that person
DOMINANT_SHARE = 0.9
#: titles that go with a given name, so the one word after them is no surname
_GIVEN_NAME_TITLES = {"pope", "king", "queen", "prince", "princess", "sheikh", "emir", "sultan"}


def _merge_actors(corpus: Corpus) -> None:
    """One canonical actor per entity across the corpus.

    Articles already merge their own surface forms (a surname goes first to the full names of
    its own article); across articles, actors with the same id are one, and a person named by
    surname alone ("Blair") joins the full-name person with that surname when there is exactly
    one, or when one of them has at least ``DOMINANT_SHARE`` of all their name mentions. Only
    person names join, and never into a name that is not one ("Latty's Twitter"). Full names
    that differ stay apart. Then each actor's type is voted over all its mentions (a gazetteer
    of places a weak extra vote that never outvotes a person), and a country one article states
    holds in all of them.
    """
    from .actors import _is_name, _surname_keys

    per_article = corpus.actors
    if per_article.empty:
        return
    people = per_article[(per_article["actor_type"] == "person") & per_article["actor_id"].isin(_person_ids(per_article))]
    full = people[people["name"].str.contains(" ")].drop_duplicates("actor_id")
    by_surname: dict[str, set] = {}
    full_rows = list(zip(full["actor_id"], full["name"]))  # plain tuples: iterrows was the slow part
    for aid, name in full_rows:
        if not _is_name(name):
            continue
        for key in _surname_keys(name):
            by_surname.setdefault(key, set()).add((aid, name))
    named = corpus.mentions[corpus.mentions["via"] != "coref"]
    weight = named[named["actor_type"] == "person"].groupby("actor_id").size()
    remap: dict[str, tuple[str, str]] = {}
    full_ids = {name: aid for aid, name in full_rows}
    for aid, name in full_rows:  # a middle name: 'Hillary Rodham Clinton' is Hillary Clinton
        words = name.split()
        short = f"{words[0]} {words[-1]}"
        if len(words) > 2 and short in full_ids and full_ids[short] != aid and _is_name(name):
            remap[aid] = (full_ids[short], short)
    first_rows = people.drop_duplicates("actor_id")
    for aid, name, roles in zip(first_rows["actor_id"], first_rows["name"], first_rows["roles"]):
        if any(str(r).lower() in _GIVEN_NAME_TITLES for r in roles):
            continue  # 'Pope Francis', 'King Salman': a given name with a title, not a surname
        if " " not in name and _is_name(name):
            cands = sorted(by_surname.get(name, set()), key=lambda c: -weight.get(c[0], 0))
            if len(cands) == 1:
                remap[aid] = cands[0]
            elif cands and weight.get(cands[0][0], 0) >= DOMINANT_SHARE * sum(weight.get(c[0], 0) for c in cands):
                # 'Blair' alone in a corpus where Tony Blair has 638 mentions and Cherie Blair 7
                remap[aid] = cands[0]
    remap.update(_acronym_remap(per_article))
    if remap:
        _apply_remap(corpus, remap)
        per_article = corpus.actors
    rows = _actor_rows(per_article, corpus.mentions)
    actors = to_frame("actors", to_arrow("actors", rows))
    corpus.actors = actors.sort_values(["n_mentions", "name"], ascending=[False, True]).reset_index(drop=True)
    names = dict(zip(corpus.actors["actor_id"], corpus.actors["name"]))
    mentions = corpus.mentions
    mentions["actor"] = mentions["actor_id"].map(names).fillna(mentions["actor"])
    _harmonise_types(corpus.actors, mentions)
    # a person or organisation has one country in every article: the one an article states,
    # else the one the articles that infer it agree on, else none
    actors = corpus.actors
    owned = actors["actor_type"].isin(["person", "organization"])
    final = {a: (c if isinstance(c, str) and c else None) for a, c in zip(actors.loc[owned, "actor_id"], actors.loc[owned, "country"])}
    _set_countries(mentions, "country", mentions["actor_id"],
                   mentions["actor_type"].isin(["person", "organization"]), final)
    for side in ("source", "target"):  # the country network follows the same countries
        ids = corpus.stances[f"{side}_id"]
        _set_countries(corpus.stances, f"{side}_country", ids, pd.Series(True, index=ids.index), final)


def _person_ids(per_article: pd.DataFrame) -> set[str]:
    """Actor ids typed person in at least half of the articles that have them. The surname join
    of :func:`_merge_actors` moves an id in every article, so one article where the model took
    'Europe' (a place in 62 others) or 'Lycos Europe' for a person must not fold every 'Europe' of
    the corpus into 'Lycos Europe'."""
    share = (per_article["actor_type"] == "person").groupby(per_article["actor_id"]).mean()
    return set(share.index[share >= 0.5])


def _set_countries(frame: pd.DataFrame, column: str, ids: pd.Series, rows: pd.Series, final: dict) -> None:
    """``frame[column]`` = the actor's final country where ``rows`` and the actor is in ``final``
    (None stays None, not NaN)."""
    fix = rows & ids.isin(final)
    frame[column] = frame[column].astype(object)
    frame.loc[fix, column] = pd.Series([final[a] for a in ids[fix]], index=ids.index[fix], dtype=object)


def _acronym_remap(per_article: pd.DataFrame) -> dict[str, tuple[str, str]]:
    """An acronym named alone in some articles ('EC') joins the organisation other articles
    spell it out for ('European Community', with 'EC' among its aliases), when the corpus
    spells it out for exactly one organisation."""
    from .actors import initials, is_acronym, undotted

    orgs = per_article[per_article["actor_type"] == "organization"]
    expansions: dict[str, dict[str, str]] = {}  # acronym -> {actor id: name}: one id, whatever its spellings
    for aid, name, aliases in zip(orgs["actor_id"], orgs["name"], orgs["aliases"]):
        if " " in name.strip():
            for alias in aliases:
                if is_acronym(alias) and undotted(alias) == initials(name) and undotted(alias) not in name.split():
                    expansions.setdefault(undotted(alias), {}).setdefault(aid, " ".join(name.split()))
    remap = {}
    for aid, name in zip(per_article["actor_id"], per_article["name"]):  # whatever the model typed it
        targets = expansions.get(undotted(name)) if is_acronym(name) else None
        if targets and len(targets) == 1 and aid not in targets:
            remap[aid] = next(iter(targets.items()))
    return remap


def _harmonise_types(actors: pd.DataFrame, mentions: pd.DataFrame) -> None:
    """Every mention of an actor takes the actor's voted type; country and place stay a
    per-mention reading of one country (acting or named as a location)."""
    kind = dict(zip(actors["actor_id"], actors["actor_type"]))
    want = mentions["actor_id"].map(kind)
    geo = mentions["actor_type"].isin(["country", "place"]) & want.isin(["country", "place"])
    change = want.notna() & ~geo & (mentions["actor_type"] != want)
    mentions.loc[change, "actor_type"] = want[change]


def _voted_types(df: pd.DataFrame) -> pd.Series:
    """actor_id -> type: the type with most mentions, a gazetteer place name adding a weak vote
    (a quarter of the actor's mentions) that can outvote an organisation or group but never a
    person; a one-word name read as an organisation in a third of its mentions is one."""
    from . import lexicon

    types = df.groupby(["actor_id", "actor_type"], as_index=False)["n_mentions"].sum()
    total = types.groupby("actor_id")["n_mentions"].transform("sum")
    gaz = lexicon.gazetteer()
    names = df.drop_duplicates("actor_id").set_index("actor_id")["name"]
    type_names = types["actor_id"].map(names)
    # a set look-up per actor: Series.isin(gaz) would convert the whole gazetteer on every call
    in_gaz = pd.Series([isinstance(n, str) and n in gaz for n in type_names], index=types.index)
    top = types.sort_values(["n_mentions", "actor_type"], ascending=[False, True], kind="stable").drop_duplicates("actor_id")
    person_led = set(top.loc[top["actor_type"] == "person", "actor_id"])
    bonus = in_gaz & (types["actor_type"] == "place") & ~types["actor_id"].isin(person_led)
    types["votes"] = types["n_mentions"] + np.where(bonus, 0.25 * total, 0.0)
    # a one-word name never given a full name, read as an organisation in a third of its
    # mentions, is the organisation ('Chelsea' the club, not a person named Chelsea)
    one_word = type_names.map(lambda n: isinstance(n, str) and " " not in n)
    org_share = np.where(types["actor_type"] == "organization", types["n_mentions"] / total, 0.0)
    strong_org = one_word & (types["actor_type"] == "organization") & (org_share >= 1 / 3)
    types["votes"] = np.where(strong_org, total, types["votes"])
    return (types.sort_values(["votes", "actor_type"], ascending=[False, True], kind="stable")
            .drop_duplicates("actor_id").set_index("actor_id")["actor_type"])


def _actor_rows(per_article: pd.DataFrame, mentions: pd.DataFrame) -> list[dict]:
    """One row per actor across the corpus: the fullest name that more than one article uses
    (then the most frequent), the type
    with most mentions, the most frequent country, every alias and role in order of first use,
    and the counts from the merged mentions. Vectorised: a loop that filtered the mentions
    per actor made re-runs over large corpora slow."""
    df = per_article.reset_index(drop=True)
    if _UNMERGED_FAST_PATH and df["actor_id"].is_unique:
        return _unmerged_rows(df, mentions)
    df["_pos"] = range(len(df))
    first = df.drop_duplicates("actor_id")[["actor_id", "_pos"]]
    # name: the most words (middle initials not counted), not in capitals, then the most
    # frequent, then the first seen
    names = df[["actor_id", "name", "_pos"]].copy()
    words = names["name"].str.split()
    names["_len"] = words.map(lambda ws: sum(1 for w in ws if not (len(w) <= 2 and w[0].isupper() and w[-1:] in ".ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    names["_caps"] = names["name"].str.isupper() & names["name"].str.contains(r"[A-Z]{4}")
    names["_count"] = names.groupby(["actor_id", "name"])["name"].transform("size")
    # a form only one article uses gives way to one that several use: 'Battleground Senate' (a
    # headline word glued to the name in one article) is not the name of the U.S. Senate
    names["_lone"] = (names["_count"] < 2) & (names.groupby("actor_id")["_count"].transform("max") >= 2)
    name = (names.sort_values(["_lone", "_len", "_caps", "_count", "_pos"], ascending=[True, False, True, False, True],
                              kind="stable")
            .drop_duplicates("actor_id").set_index("actor_id")["name"])
    # type: a vote over the mentions, with a weak gazetteer vote
    actor_type = _voted_types(df)
    # country: the mode of the stated ones, else of the inferred ones; ties go alphabetically
    stated = df["country_from"].fillna("stated").eq("stated") if "country_from" in df else pd.Series(True, index=df.index)
    # only the readings of the voted type count: 'Europe' read as a person in one article does not
    # give the place that article's country
    geo = {"country": "place"}
    same = df["actor_type"].replace(geo) == df["actor_id"].map(actor_type).replace(geo)
    countries = (df.assign(_stated=stated)[same].dropna(subset=["country"])
                 .groupby(["actor_id", "_stated", "country"], as_index=False).size())
    share = countries["size"] / countries.groupby(["actor_id", "_stated"])["size"].transform("sum")
    # an inferred country holds only when two thirds of the articles that infer one agree: a
    # runner in stories about the Athens Olympics is not Greek
    countries = countries[countries["_stated"] | (share >= 2 / 3)]
    best = (countries.sort_values(["_stated", "size", "country"], ascending=[False, False, True], kind="stable")
            .drop_duplicates("actor_id").set_index("actor_id"))
    country = best["country"]
    country_from = best["_stated"].map({True: "stated", False: "article"})

    def ordered_union(col):
        ex = df[["actor_id", col]].explode(col).dropna(subset=[col]).drop_duplicates(["actor_id", col])
        return ex.groupby("actor_id", sort=False)[col].agg(list)

    aliases, roles = ordered_union("aliases"), ordered_union("roles")
    counts = mentions.groupby("actor_id").agg(n=("article_id", "size"), a=("article_id", "nunique"))
    name, actor_type, country, country_from = name.to_dict(), actor_type.to_dict(), country.to_dict(), country_from.to_dict()
    aliases, roles = aliases.to_dict(), roles.to_dict()
    n_mentions, n_articles = counts["n"].to_dict(), counts["a"].to_dict()
    return [{"actor_id": aid, "name": name[aid], "actor_type": actor_type[aid], "country": country.get(aid),
             "aliases": aliases.get(aid, []), "roles": roles.get(aid, []),
             "n_mentions": int(n_mentions.get(aid, 0)), "n_articles": int(n_articles.get(aid, 0)),
             "country_from": country_from.get(aid)}
            for aid in first.sort_values("_pos")["actor_id"]]


#: take the short path when no actor is in two rows (switched off only to check it gives the same rows)
_UNMERGED_FAST_PATH = True


def _unique_items(values) -> list:
    """A list column's items in order, once each, without missing values (as ``explode`` gives)."""
    if values is None or isinstance(values, float):
        return []
    return list(dict.fromkeys(v for v in values if v is not None and not (isinstance(v, float) and v != v)))


def _unmerged_rows(df: pd.DataFrame, mentions: pd.DataFrame) -> list[dict]:
    """:func:`_actor_rows` when no actor is in two rows (one article, or actors no other article
    shares): each row is its actor as it stands, with no vote to take. The same rows, without the
    group-bys that cost a single short article a fifth of its extraction time."""
    counts = mentions.groupby("actor_id")["article_id"].agg(["size", "nunique"]) if len(mentions) else None
    n_mentions = counts["size"].to_dict() if counts is not None else {}
    n_articles = counts["nunique"].to_dict() if counts is not None else {}
    has_from = "country_from" in df
    out = []
    for row in df.to_dict("records"):
        aid, country = row["actor_id"], row.get("country")
        if not isinstance(country, str):
            country = None
        stated = not has_from or not isinstance(row.get("country_from"), str) or row["country_from"] == "stated"
        out.append({"actor_id": aid, "name": row["name"], "actor_type": row["actor_type"], "country": country,
                     "aliases": _unique_items(row.get("aliases")), "roles": _unique_items(row.get("roles")),
                     "n_mentions": int(n_mentions.get(aid, 0)), "n_articles": int(n_articles.get(aid, 0)),
                     "country_from": (("stated" if stated else "article") if country else None)})
    return out


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
