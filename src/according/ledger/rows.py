"""Records as table rows: the ledger's schema and a pure Record -> rows function.

Every child table carries `article_id`; spans keep the contract's offsets, so any row
can be checked against `articles.text`. `record_json` is the record's exact JSON form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from according.records import Record, iter_spans

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, input_key VARCHAR, seq BIGINT, path VARCHAR, url VARCHAR,
    format VARCHAR, headline VARCHAR, outlet VARCHAR, published TIMESTAMPTZ,
    published_text VARCHAR, byline VARCHAR[], language VARCHAR, n_chars INTEGER,
    n_attributions INTEGER, n_quantities INTEGER, record_json VARCHAR,
    ingested_at TIMESTAMPTZ DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS regions (
    article_id VARCHAR, start INTEGER, "end" INTEGER, kind VARCHAR, credit VARCHAR);
CREATE TABLE IF NOT EXISTS entities (
    article_id VARCHAR, entity_id VARCHAR, name VARCHAR, type VARCHAR, title VARCHAR,
    aliases VARCHAR[], n_mentions INTEGER);
CREATE TABLE IF NOT EXISTS attributions (
    article_id VARCHAR, attribution_id VARCHAR, kind VARCHAR,
    source_text VARCHAR, source_start INTEGER, source_end INTEGER, source_type VARCHAR,
    source_entity VARCHAR, cue_text VARCHAR, cue_start INTEGER, cue_end INTEGER,
    content_text VARCHAR, content_start INTEGER, content_end INTEGER,
    recipient_text VARCHAR, recipient_entity VARCHAR, within VARCHAR, confidence DOUBLE);
CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR, quantity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    value DOUBLE, low DOUBLE, high DOUBLE, hedge VARCHAR, counted VARCHAR, unit VARCHAR,
    attribution_id VARCHAR);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, value VARCHAR,
    granularity VARCHAR, relative BOOLEAN);
CREATE TABLE IF NOT EXISTS spans (
    article_id VARCHAR, owner_kind VARCHAR, owner_id VARCHAR, role VARCHAR,
    start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS appearances (
    article_id VARCHAR, path VARCHAR, url VARCHAR, outlet VARCHAR, published TIMESTAMPTZ,
    seen_at TIMESTAMPTZ DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS view_cache (stamp VARCHAR, payload VARCHAR);
CREATE TABLE IF NOT EXISTS errors (
    input VARCHAR, reason VARCHAR, time TIMESTAMPTZ DEFAULT current_timestamp);
"""

CHILD_TABLES: tuple[str, ...] = (
    "regions", "entities", "attributions", "quantities", "times", "spans", "appearances",
)
# ledgers written before `appearances` existed: each stored article is its own first sighting
BACKFILL_APPEARANCES_SQL = """
INSERT INTO appearances (article_id, path, url, outlet, published, seen_at)
SELECT id, path, url, outlet, published, ingested_at FROM articles
WHERE id NOT IN (SELECT article_id FROM appearances)
"""


@dataclass
class TableRows:
    """Column-oriented rows for every ledger table, filled article by article."""

    columns: dict[str, dict[str, list]] = field(default_factory=dict)

    def add(self, table: str, **row: object) -> None:
        cols = self.columns.setdefault(table, {})
        if not cols:
            for name in row:
                cols[name] = []
        for name, value in row.items():
            cols[name].append(value)

    def count(self, table: str) -> int:
        cols = self.columns.get(table)
        return len(next(iter(cols.values()))) if cols else 0


def record_json(record: Record) -> str:
    """The record's JSON form as stored: `Record.from_dict(json.loads(...))` gives it back."""
    return json.dumps(record.to_dict(), ensure_ascii=False, separators=(",", ":"))


def _owner(label: str) -> tuple[str, str, str]:
    parts = label.split()
    if len(parts) == 1:
        return parts[0], "", ""
    if len(parts) == 2:
        return parts[0], parts[1], ""
    return parts[0], parts[1], " ".join(parts[2:])


def add_record_rows(rows: TableRows, record: Record, *, seq: int, input_key: str) -> None:
    """Append one record's rows to every table (pure apart from filling `rows`)."""
    aid = record.id
    meta = record.metadata
    rows.add(
        "articles", id=aid, input_key=input_key, seq=seq, path=record.input.path,
        url=record.input.url, format=record.input.format, headline=meta.headline,
        outlet=meta.outlet, published=meta.published, published_text=meta.published_text,
        byline=list(meta.byline), language=meta.language, n_chars=len(record.text),
        n_attributions=len(record.attributions), n_quantities=len(record.quantities),
        record_json=record_json(record),
    )
    rows.add("appearances", article_id=aid, path=record.input.path, url=record.input.url,
             outlet=meta.outlet, published=meta.published)
    for r in record.regions:
        rows.add("regions", article_id=aid, start=r.start, end=r.end, kind=r.kind,
                 credit=r.credit)
    for e in record.entities:
        rows.add("entities", article_id=aid, entity_id=e.id, name=e.name, type=e.type,
                 title=e.title, aliases=list(e.aliases), n_mentions=len(e.mentions))
    for a in record.attributions:
        src, cue, rec = a.source.span, a.cue, a.recipient
        rows.add(
            "attributions", article_id=aid, attribution_id=a.id, kind=a.kind,
            source_text=src.text if src else None, source_start=src.start if src else None,
            source_end=src.end if src else None, source_type=a.source.type,
            source_entity=a.source.entity, cue_text=cue.text if cue else None,
            cue_start=cue.start if cue else None, cue_end=cue.end if cue else None,
            content_text=" … ".join(c.text for c in a.content),
            content_start=min((c.start for c in a.content), default=None),
            content_end=max((c.end for c in a.content), default=None),
            recipient_text=rec.span.text if rec else None,
            recipient_entity=rec.entity if rec else None, within=a.within,
            confidence=float(a.confidence),
        )
    for q in record.quantities:
        rows.add(
            "quantities", article_id=aid, quantity_id=q.id, start=q.span.start,
            end=q.span.end, text=q.span.text, value=_num(q.value), low=_num(q.low),
            high=_num(q.high), hedge=q.hedge, counted=q.counted, unit=q.unit,
            attribution_id=q.attribution,
        )
    for t in record.times:
        rows.add("times", article_id=aid, start=t.span.start, end=t.span.end, text=t.span.text,
                 value=t.value, granularity=t.granularity, relative=t.relative)
    for label, span in iter_spans(record):
        kind, owner, role = _owner(label)
        rows.add("spans", article_id=aid, owner_kind=kind, owner_id=owner, role=role,
                 start=span.start, end=span.end, text=span.text)


def _num(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def rows_for(records: Iterable[tuple[Record, str]], first_seq: int) -> TableRows:
    """Rows for (record, input_key) pairs, numbered in order from `first_seq`."""
    rows = TableRows()
    for offset, (record, key) in enumerate(records):
        add_record_rows(rows, record, seq=first_seq + offset, input_key=key)
    return rows
