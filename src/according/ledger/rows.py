"""Records as table rows: the ledger's schema and a pure Record -> rows function.

Every child table carries `article_id`; spans keep the contract's offsets, so any row
can be checked against `articles.text`. `record_json` is the record's exact JSON form.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from according.ledger.sort_time import published_day_only
from according.ledger.words import SCHEMA_SQL as WORDS_SCHEMA_SQL
from according.ledger.words import TABLES as WORD_TABLES
from according.records import Quantity, Record, iter_spans

SCHEMA_VERSION = "16"
# The tables a record becomes (rows_for), with the merge columns of derive.py (NULL until
# merged), then the tables ledger/merge.py keeps across articles. Every derived column and
# table is recomputed by `according rebuild`.
# what a summary row keeps of its first members (stats.py fills them)
MENTION_TYPE = "STRUCT(ref BIGINT, article_id VARCHAR, attribution_id VARCHAR, outlet VARCHAR)"
APPEARANCE_TYPE = (
    "STRUCT(ref BIGINT, article_id VARCHAR, attribution_id VARCHAR, kind VARCHAR, "
    "text VARCHAR, source_id BIGINT, source_key VARCHAR, source_kind VARCHAR, seq BIGINT, "
    "outlet VARCHAR, published TIMESTAMPTZ, headline VARCHAR, original VARCHAR)")
FIGURE_TYPE = (
    "STRUCT(day VARCHAR, published TIMESTAMPTZ, seq BIGINT, ref BIGINT, article_id VARCHAR, "
    "quantity_id VARCHAR, text VARCHAR, value DOUBLE, low DOUBLE, high DOUBLE, hedge VARCHAR, "
    "counted VARCHAR, unit VARCHAR, attribution_id VARCHAR, as_of VARCHAR, "
    "as_of_from VARCHAR, place VARCHAR, outlet VARCHAR, series_key VARCHAR, "
    "series_id BIGINT, group_id BIGINT, lo DOUBLE, hi DOUBLE, lo_open BOOLEAN, "
    "source_id BIGINT)")
SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, input_key VARCHAR, seq BIGINT, path VARCHAR, url VARCHAR,
    format VARCHAR, headline VARCHAR, outlet VARCHAR, published TIMESTAMPTZ,
    published_text VARCHAR, byline VARCHAR[], language VARCHAR, n_chars INTEGER,
    n_attributions INTEGER, n_quantities INTEGER, record_json VARCHAR,
    ingested_at TIMESTAMPTZ DEFAULT current_timestamp,
    story_sig UINTEGER[], story_n INTEGER, wire VARCHAR[], byline_names VARCHAR[],
    outlet_key VARCHAR, group_seq BIGINT, published_day_only BOOLEAN, prose_sig UINTEGER[],
    prose_n INTEGER, quoted_sig UINTEGER[], quoted_n INTEGER);
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
    recipient_text VARCHAR, recipient_entity VARCHAR, within VARCHAR, confidence DOUBLE,
    seq BIGINT, ref BIGINT, source_key VARCHAR, source_id BIGINT, source_name VARCHAR,
    source_phrase VARCHAR, source_kind VARCHAR, named BOOLEAN, surname VARCHAR,
    first VARCHAR, waiting BOOLEAN, titles VARCHAR[], article_firsts VARCHAR[],
    initials VARCHAR, org_initials VARCHAR, org_norm VARCHAR, words VARCHAR,
    text_key BIGINT, quote BOOLEAN, cluster BIGINT, name_full BOOLEAN);
CREATE TABLE IF NOT EXISTS quantities (
    article_id VARCHAR, quantity_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    value DOUBLE, low DOUBLE, high DOUBLE, hedge VARCHAR, counted VARCHAR, unit VARCHAR,
    attribution_id VARCHAR, as_of VARCHAR,
    seq BIGINT, ref BIGINT, series_key VARCHAR, series_id BIGINT, label VARCHAR, day VARCHAR,
    as_of_from VARCHAR, place VARCHAR, group_id BIGINT, lo DOUBLE, hi DOUBLE,
    lo_open BOOLEAN, source_key VARCHAR, source_id BIGINT);
CREATE TABLE IF NOT EXISTS times (
    article_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR, value VARCHAR,
    granularity VARCHAR, relative BOOLEAN, type VARCHAR, timex3 VARCHAR, mod VARCHAR);
CREATE TABLE IF NOT EXISTS spans (
    article_id VARCHAR, owner_kind VARCHAR, owner_id VARCHAR, role VARCHAR,
    start INTEGER, "end" INTEGER, text VARCHAR);
CREATE TABLE IF NOT EXISTS appearances (
    article_id VARCHAR, path VARCHAR, url VARCHAR, outlet VARCHAR, published TIMESTAMPTZ,
    seen_at TIMESTAMPTZ DEFAULT current_timestamp, outlet_key VARCHAR);
CREATE TABLE IF NOT EXISTS errors (
    input VARCHAR, reason VARCHAR, time TIMESTAMPTZ DEFAULT current_timestamp);
CREATE TABLE IF NOT EXISTS figure_clashes (
    seq BIGINT, ref_a BIGINT, ref_b BIGINT, series_id BIGINT);
CREATE TABLE IF NOT EXISTS texts (
    text_key BIGINT, ref BIGINT, words VARCHAR, quote BOOLEAN, cluster BIGINT);
CREATE TABLE IF NOT EXISTS text_buckets (bucket BIGINT, ref BIGINT);
CREATE TABLE IF NOT EXISTS story_buckets (bucket BIGINT, seq BIGINT);
CREATE TABLE IF NOT EXISTS source_stats (
    source_id BIGINT, key VARCHAR, name VARCHAR, type VARCHAR, named BOOLEAN,
    n_attributions BIGINT, n_articles BIGINT, forms VARCHAR[], first_ref BIGINT,
    sample {MENTION}[]);
CREATE TABLE IF NOT EXISTS cluster_stats (
    cluster BIGINT, text VARCHAR, n_members BIGINT, n_quotes BIGINT, n_articles BIGINT,
    n_sources BIGINT, n_named BIGINT, n_reports BIGINT, n_outlets BIGINT, wire_only BOOLEAN,
    sources VARCHAR[], outlets VARCHAR[], first_ref BIGINT, first_quote_ref BIGINT,
    first_published TIMESTAMPTZ, first_seq BIGINT, quote_text VARCHAR,
    quote_first_published TIMESTAMPTZ, quote_first_seq BIGINT, sample {APPEARANCE}[],
    quote_sample {APPEARANCE}[], shown VARCHAR, quote_shown VARCHAR);
CREATE TABLE IF NOT EXISTS source_forms (
    source_id BIGINT, form VARCHAR, is_name BOOLEAN, full_name BOOLEAN, n BIGINT,
    first_ref BIGINT);
CREATE TABLE IF NOT EXISTS source_kinds (source_id BIGINT, kind VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS series_labels (series_id BIGINT, part VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS series_units (series_id BIGINT, part VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS series_places (series_id BIGINT, part VARCHAR, n BIGINT);
CREATE TABLE IF NOT EXISTS group_stats (
    group_id BIGINT, series_id BIGINT, n BIGINT,
    lo1_ref BIGINT, lo1_seq BIGINT, lo1 DOUBLE, lo1_open BOOLEAN,
    lo2_ref BIGINT, lo2_seq BIGINT, lo2 DOUBLE, lo2_open BOOLEAN,
    hi1_ref BIGINT, hi1_seq BIGINT, hi1 DOUBLE, hi2_ref BIGINT, hi2_seq BIGINT, hi2 DOUBLE,
    n_clash BIGINT, extremes {FIGURE}[]);
CREATE TABLE IF NOT EXISTS series_stats (
    series_id BIGINT, key VARCHAR, label VARCHAR, unit VARCHAR, words VARCHAR[],
    n_figures BIGINT, n_articles BIGINT, n_disagreements BIGINT, places VARCHAR[],
    last_day VARCHAR, sample {FIGURE}[]);
CREATE TABLE IF NOT EXISTS cluster_sources (
    cluster BIGINT, source_id BIGINT, named BOOLEAN, first_ref BIGINT);
CREATE TABLE IF NOT EXISTS source_quotes (
    source_id BIGINT, cluster BIGINT, n_quotes BIGINT, first_published TIMESTAMPTZ,
    first_seq BIGINT, first_ref BIGINT);
CREATE TABLE IF NOT EXISTS series_order (
    series_id BIGINT, day VARCHAR, published TIMESTAMPTZ, seq BIGINT, ref BIGINT,
    shown VARCHAR);
CREATE TABLE IF NOT EXISTS claim_counts (flagged BIGINT);
CREATE TABLE IF NOT EXISTS fronts (
    list VARCHAR, id BIGINT, a BIGINT, b BIGINT, p TIMESTAMPTZ, s BIGINT, r BIGINT,
    depends BIGINT[], shown VARCHAR);
CREATE TABLE IF NOT EXISTS front_state (list VARCHAR, complete BOOLEAN, total BIGINT);
CREATE TABLE IF NOT EXISTS cluster_groups (cluster BIGINT, group_seq BIGINT);
CREATE TABLE IF NOT EXISTS cluster_outlets (
    cluster BIGINT, outlet_key VARCHAR, first_seq BIGINT, seen TIMESTAMPTZ);
CREATE TABLE IF NOT EXISTS person_names (surname VARCHAR, first VARCHAR, titles VARCHAR[]);
CREATE TABLE IF NOT EXISTS org_names (org_initials VARCHAR, org_norm VARCHAR);
CREATE TABLE IF NOT EXISTS cluster_firsts (cluster BIGINT, surname VARCHAR, first VARCHAR);
CREATE TABLE IF NOT EXISTS waiting_people (
    seq BIGINT, surname VARCHAR, cluster BIGINT, titles VARCHAR[]);
CREATE TABLE IF NOT EXISTS ledger_meta (key VARCHAR, value VARCHAR);
""" + WORDS_SCHEMA_SQL
SCHEMA_SQL = SCHEMA_SQL.replace("{MENTION}", MENTION_TYPE).replace(
    "{APPEARANCE}", APPEARANCE_TYPE).replace("{FIGURE}", FIGURE_TYPE)
# ART indexes on the columns an ingest looks rows up by (hashed ids spread over every row
# group, so without an index each lookup reads a whole column): DuckDB scans an index for
# an equality or IN filter with few values, and for a hash join whose small side gives such
# a filter (`big JOIN small_temp_table USING (id)`), so a one-article ingest touches only
# the rows it concerns whatever the ledger's size. A rebuild and a bulk load make them
# after the merges (INDEX_NAMES, to drop them first).
INDEX_SQL = """
CREATE INDEX IF NOT EXISTS texts_key ON texts (text_key);
CREATE INDEX IF NOT EXISTS text_buckets_bucket ON text_buckets (bucket);
CREATE INDEX IF NOT EXISTS story_buckets_bucket ON story_buckets (bucket);
CREATE INDEX IF NOT EXISTS articles_id ON articles (id);
CREATE INDEX IF NOT EXISTS articles_input_key ON articles (input_key);
CREATE INDEX IF NOT EXISTS appearances_article ON appearances (article_id);
CREATE INDEX IF NOT EXISTS attributions_cluster ON attributions (cluster);
CREATE INDEX IF NOT EXISTS attributions_surname ON attributions (surname);
CREATE INDEX IF NOT EXISTS quantities_group ON quantities (group_id);
CREATE INDEX IF NOT EXISTS source_stats_id ON source_stats (source_id);
CREATE INDEX IF NOT EXISTS source_forms_id ON source_forms (source_id);
CREATE INDEX IF NOT EXISTS source_kinds_id ON source_kinds (source_id);
CREATE INDEX IF NOT EXISTS cluster_stats_id ON cluster_stats (cluster);
CREATE INDEX IF NOT EXISTS cluster_sources_id ON cluster_sources (cluster);
CREATE INDEX IF NOT EXISTS cluster_groups_id ON cluster_groups (cluster);
CREATE INDEX IF NOT EXISTS cluster_outlets_id ON cluster_outlets (cluster);
CREATE INDEX IF NOT EXISTS group_stats_id ON group_stats (group_id);
CREATE INDEX IF NOT EXISTS texts_ref ON texts (ref);
CREATE INDEX IF NOT EXISTS person_names_surname ON person_names (surname);
CREATE INDEX IF NOT EXISTS org_names_initials ON org_names (org_initials);
CREATE INDEX IF NOT EXISTS cluster_firsts_cluster ON cluster_firsts (cluster);
CREATE INDEX IF NOT EXISTS attributions_initials ON attributions (initials);
CREATE INDEX IF NOT EXISTS waiting_people_cluster ON waiting_people (cluster);
CREATE INDEX IF NOT EXISTS waiting_people_surname ON waiting_people (surname);
CREATE INDEX IF NOT EXISTS attributions_source ON attributions (source_id);
"""


def create_indexes(con, *, one_by_one: bool = True) -> None:  # noqa: ANN001 - duckdb's
    """Make the indexes of INDEX_SQL that are missing, one at a time, each written to the
    file at once (CHECKPOINT, outside any transaction), so DuckDB can release its memory:
    on a ledger of a million articles all of them at once outgrow its memory cap. An
    empty ledger makes them at once (`one_by_one=False`)."""
    if not one_by_one:
        con.execute(INDEX_SQL)
        return
    for statement in INDEX_SQL.split(";"):
        if statement.strip():
            con.execute(statement)
            con.execute("CHECKPOINT")


INDEX_NAMES: tuple[str, ...] = tuple(
    line.split()[5] for line in INDEX_SQL.splitlines() if line.startswith("CREATE INDEX"))


def drop_indexes(con) -> None:  # noqa: ANN001 - duckdb's
    """Drop the indexes of INDEX_SQL before a bulk load and its merges (create_indexes
    after them: faster than keeping them up row by row, and within DuckDB's memory cap)."""
    for index in INDEX_NAMES:
        con.execute(f"DROP INDEX IF EXISTS {index}")
# columns added since schema 1, for ledgers written before (their merges are rebuilt)
# merge rules 31's prose and quoted signatures (duplicates.rewritten_story); a ledger
# merged by earlier rules gets them in place (rebuild._rewrites_again)
ARTICLE_REWRITE_COLUMNS = ("prose_sig UINTEGER[]", "prose_n INTEGER", "quoted_sig UINTEGER[]",
                           "quoted_n INTEGER")
ADDED_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("story_sig UINTEGER[]", "story_n INTEGER", "wire VARCHAR[]",
                 "byline_names VARCHAR[]", "outlet_key VARCHAR", "group_seq BIGINT",
                 "published_day_only BOOLEAN", *ARTICLE_REWRITE_COLUMNS),
    "attributions": (
        "seq BIGINT", "ref BIGINT", "source_key VARCHAR", "source_id BIGINT",
        "source_name VARCHAR", "source_phrase VARCHAR", "source_kind VARCHAR",
        "named BOOLEAN", "surname VARCHAR", "first VARCHAR", "waiting BOOLEAN",
        "titles VARCHAR[]", "article_firsts VARCHAR[]", "initials VARCHAR",
        "org_initials VARCHAR", "org_norm VARCHAR", "words VARCHAR", "text_key BIGINT",
        "quote BOOLEAN", "cluster BIGINT", "name_full BOOLEAN"),
    "quantities": (
        "as_of VARCHAR", "seq BIGINT", "ref BIGINT", "series_key VARCHAR", "series_id BIGINT",
        "label VARCHAR", "day VARCHAR", "as_of_from VARCHAR", "place VARCHAR",
        "group_id BIGINT", "lo DOUBLE", "hi DOUBLE", "lo_open BOOLEAN", "source_key VARCHAR",
        "source_id BIGINT"),
    "times": ("type VARCHAR", "timex3 VARCHAR", "mod VARCHAR"),
    "appearances": ("outlet_key VARCHAR",),
    "group_stats": ("n_clash BIGINT", f"extremes {FIGURE_TYPE}[]"),
    "source_stats": (f"sample {MENTION_TYPE}[]",),
    "cluster_stats": (f"sample {APPEARANCE_TYPE}[]", f"quote_sample {APPEARANCE_TYPE}[]",
                      "shown VARCHAR", "quote_shown VARCHAR"),
    "series_stats": (f"sample {FIGURE_TYPE}[]",),
    "figure_clashes": ("series_id BIGINT",),
}

CHILD_TABLES: tuple[str, ...] = (
    "regions", "entities", "attributions", "quantities", "times", "spans", "appearances",
)
# the tables a record becomes, in export order (merge tables are not exported)
RECORD_TABLES: tuple[str, ...] = (
    "articles", "regions", "entities", "attributions", "quantities", "times", "spans",
    "appearances",
)
MERGE_TABLES: tuple[str, ...] = (
    "figure_clashes", "texts", "text_buckets", "story_buckets", "source_stats",
    "source_forms", "source_kinds", "cluster_stats", "group_stats", "series_stats",
    "series_labels", "series_units", "series_places", "cluster_sources", "cluster_groups",
    "cluster_outlets", "source_quotes", "series_order", "claim_counts", "fronts",
    "front_state", "person_names",
    "org_names", "cluster_firsts", "waiting_people", *WORD_TABLES,
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
        published_day_only=published_day_only(meta.published, meta.published_text),
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
        low, high = figure_ends(q)
        rows.add(
            "quantities", article_id=aid, quantity_id=q.id, start=q.span.start,
            end=q.span.end, text=q.span.text, value=_num(q.value), low=_num(low),
            high=_num(high), hedge=q.hedge, counted=q.counted, unit=q.unit,
            attribution_id=q.attribution, as_of=getattr(q, "as_of", None),
        )
    for t in record.times:
        rows.add("times", article_id=aid, start=t.span.start, end=t.span.end, text=t.span.text,
                 value=t.value, granularity=t.granularity, relative=t.relative,
                 type=getattr(t, "type", None), timex3=getattr(t, "timex3", None),
                 mod=getattr(t, "mod", None))
    for label, span in iter_spans(record):
        kind, owner, role = _owner(label)
        rows.add("spans", article_id=aid, owner_kind=kind, owner_id=owner, role=role,
                 start=span.start, end=span.end, text=span.text)


def figure_ends(q: Quantity) -> tuple[float | int | None, float | int | None]:
    """(low, high) of a figure in the ledger: the record's, but none for a change ("rose
    from 3,200 to 4,500", `change_from`): its two ends are no bounds of the new value, which
    the ledger shows and compares alone."""
    if getattr(q, "change_from", None) is not None:
        return None, None
    return q.low, q.high


def _num(value: float | int | None) -> float | None:
    return None if value is None else float(value)


def rows_for(records: Iterable[tuple[Record, str]], first_seq: int, *,
             merge_columns: bool = True) -> TableRows:
    """Rows for (record, input_key) pairs, numbered in order from `first_seq`; with
    `merge_columns` also the columns merging reads (derive.py), all pure. This is the one
    function that turns records into the rows of every table (a Spark job calls it too)."""
    return rows_for_numbered(
        [(record, key, first_seq + i) for i, (record, key) in enumerate(records)],
        merge_columns=merge_columns)


def rows_for_numbered(items: Sequence[tuple[Record, str, int]], *, merge_columns: bool = True,
                      published: Sequence[str | None] | None = None) -> TableRows:
    """Rows for (record, input_key, seq) triples; `published` overrides each record's
    publication time where the record has none (a later sighting dated the text)."""
    rows = TableRows()
    for record, key, seq in items:
        add_record_rows(rows, record, seq=seq, input_key=key)
    if merge_columns and items:
        from according.ledger.derive import add_derived_rows

        add_derived_rows(rows, [(r, seq) for r, _, seq in items], published=published)
    return rows
