"""Every table of one parsed article: the extractors run over one ``Doc``.

The engine calls :func:`article_tables` once per article (in this process, a worker or on
Dask); the corpus only puts the results together. Imports go one way:
``corpus -> engine -> extract -> actors, quotes, timeline, stances``.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pyarrow as pa

from .actors import extract_mentions
from .language import detect_language
from .quotes import extract_quotes
from .reading import Source
from .stances import extract_stances
from .tables import to_arrow
from .timeline import extract_timeline


def article_tables(doc, src: Source, layout, content_hash: str) -> dict[str, pa.Table]:
    """Every table of one parsed article: sentences, then each extractor over the ``Doc``."""
    aid = src.article_id
    text = layout.text
    sents = []
    sent_ids = {}
    dateline_at = None  # the dateline, parsed apart, starts the row of its lede
    for sent in doc.sents:
        start, end = sent.start_char, sent.end_char
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        if end <= start:
            continue
        if layout.dateline_piece(start, end):
            dateline_at = start if dateline_at is None else dateline_at
            continue  # (its tokens take the lede's id below, like whitespace)
        if dateline_at is not None:
            start, dateline_at = min(start, dateline_at), None
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
    counts: dict[int, int] = {}  # per actor object: a reading the type vote replaced keeps its key but no mention
    for m in index.mentions:
        counts[id(m.actor)] = counts.get(id(m.actor), 0) + 1
    actors = [{"actor_id": a.key, "name": a.name, "actor_type": a.actor_type, "country": a.country,
               "aliases": a.aliases, "roles": a.roles, "n_mentions": counts[id(a)], "n_articles": 1,
               "country_from": a.country_from}
              for a in index.actors.values() if counts.get(id(a))]
    quotes = extract_quotes(doc, index, article_id=aid, sent_ids=sent_ids, layout=layout)
    timeline = list(extract_timeline(doc, published=layout.published, article_id=aid,
                                     actors_in=index.names_in, sent_ids=sent_ids,
                                     dateline=layout.dateline_span or ()))
    stances = extract_stances(doc, index, article_id=aid, sent_ids=sent_ids, quotes=quotes, layout=layout)
    caption = layout.span_text(layout.caption)
    article = {
        "article_id": aid, "path": src.path, "title": layout.span_text(layout.title),
        "source": layout.source, "dateline": layout.dateline,
        "published": _ts(layout.published), "published_from": layout.published_from,
        "caption": caption, "authors": layout.authors, "editors": layout.editors, "text": text,
        "n_words": sum(1 for t in doc if not (t.is_punct or t.is_space)), "content_hash": content_hash,
        "format": src.fmt, "encoding": src.encoding, "language": detect_language(text),
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
