"""The ledger's tables as a Spark run writes them: their columns, read from the ledger's own
schema (ledger/rows.py), and a record's rows, made by the ledger's own `rows_for`, so a
column the ledger adds appears in the Parquet output with no change here.

What the Spark output adds to the ledger's columns: every table of article rows carries
`published_date` (the article's UTC publication day, its partition); `articles` names the
record's JSON `record` (the ledger's `record_json`) and carries the `run` that wrote it;
`appearances` carries `published_text` (what a sighting fills in, ledger/sightings.py) and
the `run` and `seq` of the item it records, so sightings apply in the order `extract` met them;
`errors` carries `run`. Columns the rows function does not fill (defaults, and merges the
ledger computes at ingest) are left out.
Nothing here imports pyspark.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache

from according.ledger.rows import CHILD_TABLES, SCHEMA_SQL, rows_for
from according.records import (
    Attribution,
    Entity,
    InputInfo,
    Metadata,
    Quantity,
    Recipient,
    Record,
    Region,
    Source,
    Span,
    TimeExpression,
)

MARKER = "_according.json"  # in DIR: what `ingest` recognises a Spark output by
OUTPUT_FORMAT = "according-spark/1"
PARTITION = "published_date"
RECORD_TABLES: tuple[str, ...] = ("articles", *CHILD_TABLES)
ERRORS = "errors"
# columns renamed in the output, and added per table
RENAMED = {"record_json": "record"}
ADDED: dict[str, tuple[tuple[str, str], ...]] = {
    "articles": (("run", "VARCHAR"),),
    "appearances": (("published_text", "VARCHAR"), ("run", "VARCHAR"), ("seq", "BIGINT")),
    ERRORS: (("run", "VARCHAR"),),
}
_TABLE = re.compile(r"CREATE TABLE IF NOT EXISTS (\w+)\s*\((.*?)\);", re.DOTALL)


@dataclass(frozen=True)
class Column:
    """One output column and its type as the ledger's DuckDB schema spells it."""

    name: str
    type: str


def _split_columns(body: str) -> list[str]:
    """Column definitions of a CREATE TABLE body, split at top-level commas."""
    parts, depth, current = [], 0, []
    for char in body:
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    parts.append("".join(current).strip())
    return [p for p in parts if p]


@lru_cache(maxsize=1)
def ledger_columns() -> dict[str, tuple[Column, ...]]:
    """Each ledger table's columns as ledger/rows.py declares them, without those the store
    fills itself (DEFAULT ...)."""
    tables = {}
    for name, body in _TABLE.findall(SCHEMA_SQL):
        columns = []
        for definition in _split_columns(body):
            if " DEFAULT " in f" {definition.upper()} ":
                continue
            column, rest = definition.split(None, 1)
            type_ = rest.upper().replace("PRIMARY KEY", "").strip()
            columns.append(Column(column.strip('"'), type_))
        tables[name] = tuple(columns)
    return tables


def _probe_record() -> Record:
    """A small record with something in every part, to learn which columns the ledger's
    rows function fills."""
    text = "Mayor Ann Lee told the Gazette 40 homes flooded on Monday."

    def span(piece: str) -> Span:
        return Span.of(text, text.index(piece), text.index(piece) + len(piece))

    return Record(
        text=text, input=InputInfo("probe.txt", "https://example.com/probe", "text"),
        metadata=Metadata(headline="Probe", published="2024-01-01T00:00:00+00:00",
                          published_text="1 January 2024", outlet="Gazette", byline=("Ann",)),
        regions=(Region(0, len(text), "body"),),
        entities=(Entity("E1", "Ann Lee", "person", "Mayor", (span("Ann Lee"),)),),
        attributions=(Attribution(
            "A1", "indirect", Source(span("Ann Lee"), "person", "E1"), span("told"),
            (span("40 homes flooded on Monday"),), Recipient(span("the Gazette"))),),
        quantities=(Quantity("Q1", span("40"), 40, 40, 40, None, "homes", "homes", "A1"),),
        times=(TimeExpression(span("Monday"), "2024-01-01", "day", True),),
    )


@lru_cache(maxsize=1)
def filled_columns() -> dict[str, frozenset[str]]:
    """The columns the ledger's rows function fills, per table (the rest of its schema is
    the store's own: defaults, and merges it computes at ingest)."""
    rows = rows_for([(_probe_record(), "probe")], 1)
    return {table: frozenset(columns) for table, columns in rows.columns.items()}


@lru_cache(maxsize=16)
def output_columns(table: str) -> tuple[Column, ...]:
    """The columns of one table of the Spark output, partition column last: the ledger's
    columns its rows function fills, in its schema's order, and ADDED."""
    filled = filled_columns().get(table)
    columns = [Column(RENAMED.get(c.name, c.name), c.type) for c in ledger_columns()[table]
               if filled is None or c.name in filled]
    columns += [Column(name, type_) for name, type_ in ADDED.get(table, ())]
    if table in RECORD_TABLES:
        columns.append(Column(PARTITION, "VARCHAR"))
    return tuple(columns)


def published_day(published: str | None) -> str | None:
    """The UTC day (YYYY-MM-DD) of an ISO 8601 publication time; None when unknown."""
    instant = _instant(published)
    return instant.astimezone(UTC).date().isoformat() if instant else None


def _instant(value: object) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _typed(value: object, type_: str) -> object:
    """A row value as Spark takes it for the column's type (timestamps as datetimes)."""
    if type_.startswith("TIMESTAMP"):
        return _instant(value) if not isinstance(value, datetime) else value
    return value


def record_rows(
    record: Record, seq: int, run: str, text: str | None = None,
    tables: tuple[str, ...] = RECORD_TABLES,
) -> Iterator[tuple[str, tuple]]:
    """(table, row) for each row the ledger's `rows_for` makes of one record, in the
    output's column order; only `tables` are made. `text` is the record's stored JSON when
    the caller has it (the `record` column holds exactly that)."""
    rows = rows_for([(record, record.id)], seq)
    added = {"run": run, PARTITION: published_day(record.metadata.published),
             "published_text": record.metadata.published_text, "seq": seq}
    for table in tables:
        columns = rows.columns.get(table, {})
        if table == "articles" and text is not None:
            columns = {**columns, "record_json": [text] * rows.count(table)}
        names = {RENAMED.get(name, name): values for name, values in columns.items()}
        for i in range(rows.count(table)):
            yield table, tuple(
                _typed(names[c.name][i] if c.name in names else added.get(c.name), c.type)
                for c in output_columns(table)
            )


def sighting_row(article_id: str, fields: dict[str, object]) -> tuple:
    """An `appearances` row for a text met again (no record made): `fields` holds its
    path, url, outlet, published, published_text, run and seq."""
    values = {"article_id": article_id, PARTITION: published_day(fields.get("published")),
              **fields}
    return tuple(_typed(values.get(c.name), c.type) for c in output_columns("appearances"))


def error_row(name: str, reason: str, run: str) -> tuple:
    values = {"input": name, "reason": reason, "run": run}
    return tuple(values.get(c.name) for c in output_columns(ERRORS))
