"""Profiles read off a finished :class:`~helpers.Corpus`: one actor's dossier, outlets compared.

Every function takes a Corpus and returns a DataFrame (empty, with its columns, when there is
nothing to show), so notebook 05 and notebook 04 only display and chart them. Near-duplicate
articles (``articles.duplicate_of``) are left out of every count, as in ``Corpus.network()``.

>>> from helpers import dossier                                       # doctest: +SKIP
>>> actor = dossier.pick_actor(corpus, "")      # "" = the most-mentioned person  # doctest: +SKIP
>>> dossier.stances_of(corpus, actor, role="source")                  # doctest: +SKIP
"""
from __future__ import annotations

import pandas as pd

__all__ = ["pick_actor", "actor_summary", "mentions_over_time", "stances_of", "counterparts",
           "quotes_of", "timeline_of", "co_mentions_of", "outlets", "outlet_top",
           "outlet_criticism", "outlet_from_filename"]

from .reading import outlet_from_filename  # re-exported: where PolNeAR-style outlets come from

_STANCE_COLUMNS = ["counterpart", "counterpart_id", "kind", "polarity", "cue", "confidence",
                   "evidence", "article_id", "title", "source", "published"]


def _counted(corpus, df: pd.DataFrame) -> pd.DataFrame:
    dups = corpus.near_duplicates
    return df[~df["article_id"].isin(dups)] if dups and len(df) else df


def pick_actor(corpus, actor: str | None = "") -> str | None:
    """The ``actor_id`` that ``actor`` names: an id, a canonical name or an alias (any case).

    ``""`` or None: the most-mentioned person, else the most-mentioned actor of any type;
    None when the corpus has no actors. Raises ValueError naming close candidates when
    ``actor`` matches nothing.
    """
    actors = corpus.actors
    if actors.empty:
        return None
    if not actor or not str(actor).strip():
        ranked = actors.sort_values(["n_mentions", "actor_id"], ascending=[False, True])
        people = ranked[ranked["actor_type"] == "person"]
        return (people if len(people) else ranked)["actor_id"].iloc[0]
    key = str(actor).strip().casefold()
    for column in ("actor_id", "name"):
        hit = actors[actors[column].astype(str).str.casefold() == key]
        if len(hit):
            return hit["actor_id"].iloc[0]
    aliases = actors["aliases"].map(lambda a: {str(x).casefold() for x in a} if a is not None else set())
    hit = actors[aliases.map(lambda s: key in s)]
    if len(hit):
        return hit.sort_values("n_mentions", ascending=False)["actor_id"].iloc[0]
    close = actors[actors["name"].str.casefold().str.contains(key, regex=False)]["name"].head(5).tolist()
    raise ValueError(f"no actor named {actor!r} in this corpus"
                     + (f"; did you mean {', '.join(close)}?" if close else ""))


def actor_summary(corpus, actor_id: str) -> pd.Series:
    """The actor's row of ``corpus.actors`` (name, type, country, aliases, roles, counts)."""
    row = corpus.actors[corpus.actors["actor_id"] == actor_id]
    if row.empty:
        raise ValueError(f"no actor with id {actor_id!r}")
    return row.iloc[0]


def _auto_freq(dates: pd.Series) -> str:
    """Days for a month of news, weeks up to half a year, months up to five years, else years."""
    days = (dates.max() - dates.min()).days
    return "D" if days <= 31 else "W" if days <= 183 else "M" if days <= 5 * 366 else "Y"


def mentions_over_time(corpus, actor_id: str, freq: str = "auto") -> pd.DataFrame:
    """Mentions of the actor per publication period (``freq``: "D", "W", "M", "Q", "Y", or
    "auto": the finest of days, weeks, months, years that keeps the span readable).

    Columns: period (first day, datetime64), n_mentions, n_articles. Every period between
    the first and the last mention is listed (zeros included); undated articles are left out.
    ``attrs["freq"]`` says which period was used.
    """
    columns = ["period", "n_mentions", "n_articles"]
    m = _counted(corpus, corpus.mentions)
    m = m[m["actor_id"] == actor_id]
    if m.empty:
        return pd.DataFrame(columns=columns)
    pub = corpus.articles.set_index("article_id")["published"]
    m = m.assign(period=m["article_id"].map(pub)).dropna(subset=["period"])
    if m.empty:
        return pd.DataFrame(columns=columns)
    m["period"] = pd.to_datetime(m["period"])
    freq = _auto_freq(m["period"]) if freq == "auto" else freq
    m["period"] = m["period"].dt.to_period(freq)
    out = m.groupby("period").agg(n_mentions=("start", "size"), n_articles=("article_id", "nunique"))
    full = pd.period_range(out.index.min(), out.index.max(), freq=out.index.freq)
    out = out.reindex(full, fill_value=0).rename_axis("period").reset_index()
    out["period"] = out["period"].dt.to_timestamp()
    out = out[columns]
    out.attrs["freq"] = freq
    return out


def stances_of(corpus, actor_id: str, *, role: str = "source", polarity: int | None = -1) -> pd.DataFrame:
    """The actor's stances: ``role="source"`` what it says about others (whom it criticizes),
    ``"target"`` what others say about it (who criticizes it). ``polarity`` -1 criticism,
    +1 support, None both.

    Columns: counterpart (the other side), counterpart_id, kind, polarity, cue, confidence,
    evidence (the sentence), article_id, title, source (outlet), published.
    """
    if role not in ("source", "target"):
        raise ValueError("role must be 'source' or 'target'")
    other = "target" if role == "source" else "source"
    s = _counted(corpus, corpus.stances)
    s = s[s[f"{role}_id"] == actor_id]
    if polarity is not None:
        s = s[s["polarity"] == polarity]
    if s.empty:
        return pd.DataFrame(columns=_STANCE_COLUMNS)
    s = s.rename(columns={other: "counterpart", f"{other}_id": "counterpart_id"})
    if "confidence" not in s:
        s = s.assign(confidence=1.0)
    s = s.drop(columns=["source"], errors="ignore")
    arts = corpus.articles[["article_id", "title", "source", "published"]]
    out = s.merge(arts, on="article_id", how="left")
    return out.sort_values(["published", "article_id", "sent_id"], na_position="last")[_STANCE_COLUMNS].reset_index(drop=True)


def counterparts(corpus, actor_id: str) -> pd.DataFrame:
    """Per other actor: how often the actor criticizes / supports it and is criticized /
    supported by it. Columns: counterpart, criticizes, criticized_by, supports, supported_by,
    total; sorted by total."""
    columns = ["counterpart", "criticizes", "criticized_by", "supports", "supported_by", "total"]
    parts = []
    for role, pol, name in (("source", -1, "criticizes"), ("target", -1, "criticized_by"),
                            ("source", 1, "supports"), ("target", 1, "supported_by")):
        df = stances_of(corpus, actor_id, role=role, polarity=pol)
        parts.append(df.groupby("counterpart").size().rename(name))
    out = pd.concat(parts, axis=1).fillna(0).astype(int)
    if out.empty:
        return pd.DataFrame(columns=columns)
    out = out.reindex(columns=columns[1:-1], fill_value=0)
    out["total"] = out.sum(axis=1)
    out = out.rename_axis("counterpart").reset_index()
    return out.sort_values(["total", "counterpart"], ascending=[False, True]).reset_index(drop=True)[columns]


def quotes_of(corpus, actor_id: str) -> pd.DataFrame:
    """The actor's quotes: kind, text, cue, article_id, title, source, published."""
    columns = ["kind", "text", "cue", "article_id", "title", "source", "published"]
    q = _counted(corpus, corpus.quotes)
    q = q[q["speaker_id"] == actor_id]
    if q.empty:
        return pd.DataFrame(columns=columns)
    out = q.merge(corpus.articles[["article_id", "title", "source", "published"]], on="article_id", how="left")
    return out.sort_values(["published", "article_id", "start"], na_position="last")[columns].reset_index(drop=True)


def _names(corpus, actor_id: str) -> set[str]:
    row = actor_summary(corpus, actor_id)
    names = {str(row["name"])}
    if row.get("aliases") is not None:
        names |= {str(a) for a in row["aliases"]}
    return {n.casefold() for n in names}


def timeline_of(corpus, actor_id: str) -> pd.DataFrame:
    """Timeline entries whose event names the actor (``timeline.actors``) or whose sentence
    mentions it. Columns: date_start, date_end, value, text, event, tense, article_id, title."""
    columns = ["date_start", "date_end", "value", "text", "event", "tense", "article_id", "title"]
    t = _counted(corpus, corpus.timeline)
    if t.empty:
        return pd.DataFrame(columns=columns)
    names = _names(corpus, actor_id)
    in_event = t["actors"].map(lambda xs: xs is not None and any(str(x).casefold() in names for x in xs))
    m = _counted(corpus, corpus.mentions)
    sents = set(map(tuple, m.loc[m["actor_id"] == actor_id, ["article_id", "sent_id"]].to_numpy()))
    in_sentence = pd.Series([(a, s) in sents for a, s in zip(t["article_id"], t["sent_id"])], index=t.index)
    t = t[in_event | in_sentence]
    if t.empty:
        return pd.DataFrame(columns=columns)
    out = t.merge(corpus.articles[["article_id", "title"]], on="article_id", how="left")
    return out.sort_values(["date_start", "article_id", "start"], na_position="last")[columns].reset_index(drop=True)


def co_mentions_of(corpus, actor_id: str) -> pd.DataFrame:
    """Actors named in the same sentence as the actor: actor, actor_type, sentences, articles,
    example (one such sentence)."""
    columns = ["actor", "actor_type", "sentences", "articles", "example"]
    pairs = corpus.co_mentions()
    name = str(actor_summary(corpus, actor_id)["name"])
    # co_mentions() is keyed by canonical names: the name of the actor, on either side
    canonical = corpus.mentions.loc[corpus.mentions["actor_id"] == actor_id, "actor"]
    name = canonical.iloc[0] if len(canonical) else name
    a, b = pairs[pairs["actor_a"] == name], pairs[pairs["actor_b"] == name]
    both = pd.concat([a.rename(columns={"actor_b": "actor"}).drop(columns="actor_a"),
                      b.rename(columns={"actor_a": "actor"}).drop(columns="actor_b")])
    if both.empty:
        return pd.DataFrame(columns=columns)
    types = corpus.actors.drop_duplicates("name").set_index("name")["actor_type"]
    sentences = corpus.sentences.set_index(["article_id", "sent_id"])["text"]
    both["actor_type"] = both["actor"].map(types)
    both["example"] = [sentences.get((x, s), "") for x, s in zip(both["example_article"], both["example_sent_id"])]
    return both.sort_values(["sentences", "actor"], ascending=[False, True])[columns].reset_index(drop=True)


# ----------------------------------------------------------------------------- outlets

def outlets(corpus) -> pd.DataFrame:
    """Articles per outlet (``articles.source``): outlet, articles, first, last (publication
    dates). Articles without an outlet are left out; near-duplicates are not counted."""
    a = _counted(corpus, corpus.articles)
    a = a[a["source"].notna()]
    if a.empty:
        return pd.DataFrame(columns=["outlet", "articles", "first", "last"])
    out = a.groupby("source").agg(articles=("article_id", "size"), first=("published", "min"),
                                  last=("published", "max")).rename_axis("outlet").reset_index()
    return out.sort_values(["articles", "outlet"], ascending=[False, True]).reset_index(drop=True)


def outlet_top(corpus, what: str = "mentions", top: int = 5) -> pd.DataFrame:
    """Whom each outlet mentions (``what="mentions"``) or quotes (``"quotes"``) most.

    The actors among the ``top`` of at least one outlet, with every outlet's figure for each of
    them (0 where an outlet never names one), so outlets can be read side by side.
    Columns: outlet, actor, n, share (of the outlet's mentions or attributed quotes), rank
    (the actor's place in that outlet; NaN where it has none). Quotes without a known speaker
    are not counted.
    """
    columns = ["outlet", "actor", "n", "share", "rank"]
    if what not in ("mentions", "quotes"):
        raise ValueError("what must be 'mentions' or 'quotes'")
    df = _counted(corpus, corpus.mentions if what == "mentions" else corpus.quotes)
    who = "actor" if what == "mentions" else "speaker"
    df = df[df[who].notna()] if len(df) else df
    outlet = corpus.articles.set_index("article_id")["source"]
    df = df.assign(outlet=df["article_id"].map(outlet)).dropna(subset=["outlet"]) if len(df) else df
    if df.empty:
        return pd.DataFrame(columns=columns)
    n = df.groupby(["outlet", who]).size().rename("n").reset_index().rename(columns={who: "actor"})
    n["share"] = n["n"] / n.groupby("outlet")["n"].transform("sum")
    n = n.sort_values(["outlet", "n", "actor"], ascending=[True, False, True])
    n["rank"] = n.groupby("outlet").cumcount() + 1
    chosen = sorted(set(n.loc[n["rank"] <= top, "actor"]))
    grid = pd.MultiIndex.from_product([sorted(set(n["outlet"])), chosen], names=["outlet", "actor"])
    out = n.set_index(["outlet", "actor"]).reindex(grid).reset_index()
    out[["n", "share"]] = out[["n", "share"]].fillna(0)
    out["n"] = out["n"].astype(int)
    return out.sort_values(["outlet", "n", "actor"], ascending=[True, False, True])[columns].reset_index(drop=True)


def outlet_criticism(corpus) -> pd.DataFrame:
    """Per outlet: articles, stances, criticism (stances with polarity -1), the share of the
    outlet's stances that are criticism, and criticism per article.

    Columns: outlet, articles, stances, criticism, criticism_share, criticism_per_article,
    of_all_criticism (the outlet's part of every criticism edge in the corpus).
    ``criticism_share`` is NaN for an outlet without any stance.
    """
    columns = ["outlet", "articles", "stances", "criticism", "criticism_share", "criticism_per_article",
               "of_all_criticism"]
    arts = outlets(corpus)
    if arts.empty:
        return pd.DataFrame(columns=columns)
    s = _counted(corpus, corpus.stances)
    outlet = corpus.articles.set_index("article_id")["source"]
    s = s.assign(outlet=s["article_id"].map(outlet))
    per = s.groupby("outlet").agg(stances=("polarity", "size"), criticism=("polarity", lambda p: int((p < 0).sum())))
    out = arts[["outlet", "articles"]].merge(per, left_on="outlet", right_index=True, how="left")
    out[["stances", "criticism"]] = out[["stances", "criticism"]].fillna(0).astype(int)
    out["criticism_share"] = out["criticism"] / out["stances"].where(out["stances"] > 0)
    out["criticism_per_article"] = out["criticism"] / out["articles"]
    total = out["criticism"].sum()
    out["of_all_criticism"] = out["criticism"] / total if total else float("nan")
    return out[columns].reset_index(drop=True)
