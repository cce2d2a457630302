"""The table contract of DESIGN.md: columns, Arrow types, and records -> DataFrame."""
from __future__ import annotations

import pandas as pd
import pyarrow as pa

STR = pa.string()
INT = pa.int64()
TS = pa.timestamp("ns")
LIST = pa.list_(pa.string())

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        ("article_id", STR), ("path", STR), ("title", STR), ("source", STR), ("dateline", STR),
        ("published", TS), ("published_from", STR), ("caption", STR), ("authors", LIST),
        ("editors", LIST), ("text", STR), ("n_words", INT), ("content_hash", STR),
        ("format", STR), ("encoding", STR), ("language", STR),
        # filled in by the corpus (helpers.duplicates): the article this one nearly repeats
        ("duplicate_of", STR)]),
    "sentences": pa.schema([
        ("article_id", STR), ("sent_id", INT), ("start", INT), ("end", INT), ("text", STR), ("part", STR)]),
    "mentions": pa.schema([
        ("article_id", STR), ("sent_id", INT), ("start", INT), ("end", INT), ("text", STR),
        ("actor_id", STR), ("actor", STR), ("actor_type", STR), ("country", STR), ("via", STR)]),
    "actors": pa.schema([
        ("actor_id", STR), ("name", STR), ("actor_type", STR), ("country", STR), ("aliases", LIST),
        ("roles", LIST), ("n_mentions", INT), ("n_articles", INT),
        # beyond the contract: 'stated' (the text names the country for this actor) or 'article'
        # (inferred from the country its article is about); stated countries win across a corpus
        ("country_from", STR)]),
    "quotes": pa.schema([
        ("article_id", STR), ("quote_id", INT), ("sent_id", INT), ("kind", STR), ("text", STR),
        ("start", INT), ("end", INT), ("speaker", STR), ("speaker_id", STR), ("speaker_text", STR),
        ("speaker_start", INT), ("speaker_end", INT), ("cue", STR), ("cue_start", INT), ("cue_end", INT)]),
    "timeline": pa.schema([
        ("article_id", STR), ("sent_id", INT), ("start", INT), ("end", INT), ("text", STR), ("type", STR),
        ("value", STR), ("date_start", TS), ("date_end", TS), ("granularity", STR), ("tense", STR),
        ("event", STR), ("actors", LIST)]),
    "stances": pa.schema([
        ("article_id", STR), ("sent_id", INT), ("source", STR), ("source_id", STR), ("source_country", STR),
        ("target", STR), ("target_id", STR), ("target_country", STR), ("kind", STR), ("polarity", INT),
        ("cameo", STR), ("cue", STR), ("evidence", STR), ("start", INT), ("end", INT),
        ("source_start", INT), ("source_end", INT), ("target_start", INT), ("target_end", INT),
        ("quote_id", INT), ("confidence", pa.float64()), ("method", STR)]),
    "errors": pa.schema([("path", STR), ("stage", STR), ("error", STR)]),
}
TABLES = tuple(SCHEMAS)
#: integer columns that may be missing (a quote with no speaker): pandas nullable Int64
NULLABLE_INT = {"speaker_start", "speaker_end", "cue_start", "cue_end", "quote_id"}


def columns(name: str) -> list[str]:
    return SCHEMAS[name].names


def to_arrow(name: str, records) -> pa.Table:
    """Records (dicts named like the columns) -> an Arrow table of the contract's schema."""
    schema = SCHEMAS[name]
    if isinstance(records, pd.DataFrame):
        records = records.to_dict("records")
    rows = [{col: _clean(rec.get(col)) for col in schema.names} for rec in records]
    return pa.Table.from_pylist(rows, schema=schema)


def _clean(value):
    if value is None:
        return None
    try:
        if value != value:  # NaN / NaT
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def to_frame(name: str, table: pa.Table | None = None) -> pd.DataFrame:
    """An Arrow table (or nothing) -> a DataFrame with the contract's columns and dtypes."""
    schema = SCHEMAS[name]
    if table is None:
        table = schema.empty_table()
    frame = table.to_pandas()
    for col in schema.names:
        if col not in frame.columns:
            frame[col] = None
    frame = frame[schema.names]
    for field in schema:
        if pa.types.is_integer(field.type):
            frame[field.name] = frame[field.name].astype("Int64" if field.name in NULLABLE_INT or frame[field.name].isna().any() else "int64")
        elif pa.types.is_timestamp(field.type):
            frame[field.name] = pd.to_datetime(frame[field.name])
        elif pa.types.is_list(field.type):
            frame[field.name] = [list(v) if v is not None else [] for v in frame[field.name]]
        else:
            frame[field.name] = frame[field.name].astype(object).where(frame[field.name].notna(), None)
    return frame.reset_index(drop=True)


def concat(name: str, tables: list[pa.Table]) -> pd.DataFrame:
    tables = [t for t in tables if t is not None and t.num_rows]
    if not tables:
        return to_frame(name)
    return to_frame(name, pa.concat_tables(tables, promote_options="none"))
