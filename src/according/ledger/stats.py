"""The per-source, per-cluster, per-group and per-series summaries views page through.

Clusters and figure groups are recomputed from their members (few) for the ids a batch
touched (`ids` names a temporary table of them) or for every id (`ids=None`, a rebuild).
Sources and series can have millions of members (the unresolved-pronoun bucket, "people
killed"), so theirs are sums: counts per source and surface form, per source and type,
per series and label, unit or place, which a batch of new articles adds to (`add_*`);
display names, types and labels are then read off those counts. A source that loses
members (a mention re-resolved elsewhere) is recomputed from its members. Sums and
recomputation give the same numbers, so a rebuild and a run of ingests agree.
A claim lists its sources by display name: when a batch renames a source, the claims
listing it (found through cluster_sources) get their names again (rename_in_claims).
Other summaries keep source ids only and join the names at read time (views.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

import duckdb

from according.ledger import disagreements, fronts, words
from according.ledger.model import MEMBERS_IN_LIST, NO_SOURCE, UNRESOLVED
from according.ledger.names import NONE_KEY, UNRESOLVED_KEY
from according.ledger.sort_time import shown_sql, sort_sql

# an article's sort time (ledger/sort_time.py): a day-only stamp after its day's timed ones
A_SORT, AR_SORT = sort_sql("a"), sort_sql("ar")
LIST_CAP = 50  # names, forms and outlets kept in one summary row
LITERAL_IDS = 2048  # ids written out in a filter (DuckDB's index_scan_max_count)
CLUSTER_BLOCK = 100_000  # clusters summed up at once by a rebuild
SHOWN_BLOCK = 500_000  # cluster_stats rows given their narrow forms at once (schema 12)
SAMPLE = MEMBERS_IN_LIST  # members kept in a summary row for the list page showing it
# what a list page shows of a member, kept in the summary row (no member lookups)
MENTION = ("struct_pack(ref := a.ref, article_id := a.article_id, "
           "attribution_id := a.attribution_id, outlet := ar.outlet)")
APPEARANCE = ("struct_pack(ref := mm.ref, article_id := mm.article_id, "
              "attribution_id := mm.attribution_id, kind := mm.kind, text := mm.content_text, "
              "source_id := mm.source_id, source_key := mm.source_key, "
              "source_kind := mm.source_kind, seq := mm.seq, outlet := mm.outlet, "
              "published := mm.published, headline := mm.headline, original := mm.original)")
FIGURE = ("struct_pack(day := coalesce(q.day, ''), published := coalesce("
          f"{AR_SORT}, '1970-01-01'::TIMESTAMPTZ), seq := q.seq, ref := q.ref, "
          "article_id := q.article_id, quantity_id := q.quantity_id, text := q.text, "
          "value := q.value, low := q.low, "
          "high := q.high, hedge := q.hedge, counted := q.counted, unit := q.unit, "
          "attribution_id := q.attribution_id, as_of := q.as_of, as_of_from := q.as_of_from, "
          "place := q.place, outlet := ar.outlet, series_key := q.series_key, "
          "series_id := q.series_id, group_id := q.group_id, lo := q.lo, hi := q.hi, "
          "lo_open := q.lo_open, source_id := q.source_id)")
# the latest figures first: by as-of day, publication time, article, figure
FIGURE_ORDER = ("struct_pack(d := coalesce(q.day, ''), p := coalesce("
                f"{AR_SORT}, '1970-01-01'::TIMESTAMPTZ), s := q.seq, r := q.ref)")

# one source's members as counts: surface forms and names (with whether a name is a full
# person name), and types; `{where}` selects the attributions counted
_SOURCE_FORMS = """
SELECT source_id, form, is_name, bool_or(full_name) AS full_name, count(*) AS n,
       min(ref) AS first_ref
FROM (SELECT source_id, source_phrase AS form, false AS is_name, false AS full_name, ref
      FROM attributions WHERE source_phrase IS NOT NULL {where}
      UNION ALL
      SELECT source_id, source_name, true, coalesce(name_full, false), ref
      FROM attributions WHERE source_name IS NOT NULL {where})
WHERE trim(form) <> '' GROUP BY source_id, form, is_name
"""
_SOURCE_KINDS = """
SELECT source_id, coalesce(source_kind, 'unspecified') AS kind, count(*) AS n
FROM attributions WHERE source_id IS NOT NULL {where} GROUP BY ALL
"""
_SOURCE_COUNTS = f"""
SELECT a.source_id, any_value(a.source_key) AS key, NULL AS name, NULL AS type,
       bool_and(a.named) AS named, count(*) AS n_attributions,
       count(DISTINCT a.seq) AS n_articles, NULL AS forms, min(a.ref) AS first_ref,
       min_by({MENTION}, a.ref, {SAMPLE}) AS sample
FROM attributions a JOIN articles ar ON ar.seq = a.seq
WHERE a.source_id IS NOT NULL {{where}} GROUP BY a.source_id
"""
# display name, type and forms of sources, read off their counts
_SOURCE_NAMES = f"""
UPDATE source_stats SET
    name = CASE
        WHEN key = '{NONE_KEY}' THEN '{NO_SOURCE}'
        WHEN key = '{UNRESOLVED_KEY}' THEN '{UNRESOLVED}'
        ELSE coalesce(
            (SELECT o.canonical FROM _outlet_names o WHERE key = 'org:' || o.norm),
            (SELECT first(f.form ORDER BY
                 (key LIKE 'person:%' AND key NOT LIKE 'person:?%' AND f.full_name) DESC,
                 f.n DESC, length(f.form) DESC, f.form DESC)
             FROM {{forms}} f WHERE f.source_id = source_stats.source_id AND f.is_name),
            '{NO_SOURCE}') END,
    type = (SELECT first(k.kind ORDER BY k.n DESC, k.kind) FROM {{kinds}} k
            WHERE k.source_id = source_stats.source_id)
WHERE source_id IN {{ids}}
"""
_SOURCE_FORM_LIST = f"""coalesce((
    SELECT list(form ORDER BY n DESC, first_ref, form)[1:{LIST_CAP}] FROM (
        SELECT form, sum(n) AS n, min(first_ref) AS first_ref FROM {{forms}} f
        WHERE f.source_id = source_stats.source_id
          AND form NOT IN ('{NO_SOURCE}', '{UNRESOLVED}') GROUP BY form)), [])"""

# first appearance first: by publication time (undated last), article, attribution
_MEMBER_ORDER = ("struct_pack(u := mm.published IS NULL, p := coalesce(mm.published, "
                 "'1970-01-01'::TIMESTAMPTZ), s := mm.seq, r := mm.ref)")
_CLUSTER_STATS = f"""
WITH m AS (
    SELECT cluster, ref, seq, quote, source_id, source_key, named, content_text, article_id,
           attribution_id, kind, source_kind, within
    FROM attributions WHERE cluster IS NOT NULL {{where}}),
ar AS (SELECT a.seq, a.id, a.group_seq, {A_SORT} AS published, a.outlet, a.headline,
              g.id AS original
       FROM articles a LEFT JOIN articles g ON g.seq = a.group_seq
       WHERE a.seq IN (SELECT DISTINCT seq FROM m)),
gw AS (SELECT group_seq, bool_or(len(wire) > 0) AS wire FROM articles
       WHERE group_seq IN (SELECT group_seq FROM ar) GROUP BY group_seq),
mm AS (SELECT m.*, ar.group_seq, ar.published, ar.outlet, ar.headline, ar.original, gw.wire
       FROM m JOIN ar USING (seq) JOIN gw USING (group_seq)),
srcs AS (
    SELECT mm.cluster, mm.source_id, bool_and(mm.named) AS named, min(mm.ref) AS first_ref,
           any_value(s.name) AS name
    FROM mm LEFT JOIN source_stats s USING (source_id)
    WHERE mm.source_key NOT IN ('{NONE_KEY}', '{UNRESOLVED_KEY}') AND NOT (
        mm.within IS NOT NULL AND EXISTS (SELECT 1 FROM m o WHERE o.article_id = mm.article_id
            AND o.attribution_id = mm.within AND o.cluster = mm.cluster))  -- relayed
    GROUP BY ALL),
outs AS (
    SELECT mm.cluster, ap.outlet_key, min(mm.seq) AS first_seq, min(ap.seen_at) AS seen
    FROM mm JOIN ar USING (seq) JOIN appearances ap ON ap.article_id = ar.id
    WHERE ap.outlet_key IS NOT NULL GROUP BY ALL)
SELECT mm.cluster,
    first(mm.content_text ORDER BY length(mm.content_text) DESC, mm.ref),
    count(*), count(*) FILTER (mm.quote), count(DISTINCT mm.seq),
    coalesce((SELECT count(*) FROM srcs s WHERE s.cluster = mm.cluster), 0),
    coalesce((SELECT count(*) FILTER (s.named) FROM srcs s WHERE s.cluster = mm.cluster), 0),
    count(DISTINCT mm.group_seq),
    coalesce((SELECT count(*) FROM outs o WHERE o.cluster = mm.cluster), 0),
    bool_and(mm.wire),
    coalesce((SELECT list(s.name ORDER BY NOT s.named, s.first_ref)[1:{LIST_CAP}]
              FROM srcs s WHERE s.cluster = mm.cluster), []),
    coalesce((SELECT list(o.outlet_key ORDER BY o.first_seq, o.seen, o.outlet_key)[1:{LIST_CAP}]
              FROM outs o WHERE o.cluster = mm.cluster), []),
    first(mm.ref ORDER BY mm.published NULLS LAST, mm.seq, mm.ref),
    first(mm.ref ORDER BY mm.published NULLS LAST, mm.seq, mm.ref) FILTER (mm.quote),
    first(mm.published ORDER BY mm.published NULLS LAST, mm.seq, mm.ref),
    first(mm.seq ORDER BY mm.published NULLS LAST, mm.seq, mm.ref),
    first(mm.content_text ORDER BY length(mm.content_text) DESC, mm.ref) FILTER (mm.quote),
    first(mm.published ORDER BY mm.published NULLS LAST, mm.seq, mm.ref) FILTER (mm.quote),
    first(mm.seq ORDER BY mm.published NULLS LAST, mm.seq, mm.ref) FILTER (mm.quote),
    min_by({APPEARANCE}, {_MEMBER_ORDER}, {SAMPLE}),
    coalesce(min_by({APPEARANCE}, {_MEMBER_ORDER}, {SAMPLE + 1}) FILTER (mm.quote), [])
FROM mm GROUP BY mm.cluster
"""

# an attribution nested in another of its article's whose claim is the same cluster ("the
# ministry said the government's figures show …", "according to the ministry's figures,
# … and the government expects …"): the outer source relays it, so the claim has one
# source there, not two (stranger trial 5). The members are read as "member" (no alias
# "a", which _refresh reads as a join), the outer one from the same rows (_reading: the
# table, or a temp table of an ingest's new rows, which hold its whole article)
RELAYED_IN_CLUSTER = """(member.within IS NOT NULL AND EXISTS (
    SELECT 1 FROM attributions outer_att
    WHERE outer_att.article_id = member.article_id
      AND outer_att.attribution_id = member.within AND outer_att.cluster = member.cluster))"""

# what a cluster's distinct sources, reports and outlets are read from, kept per cluster so
# a cluster that gains members is summed up from them without reading its old members
_CLUSTER_PARTS = {
    "cluster_sources": f"""
        SELECT cluster, source_id, bool_and(named) AS named, min(ref) AS first_ref
        FROM attributions member WHERE cluster IS NOT NULL
          AND source_key NOT IN ('{NONE_KEY}', '{UNRESOLVED_KEY}') {{where}}
          AND NOT {RELAYED_IN_CLUSTER} GROUP BY ALL""",
    "cluster_groups": """
        SELECT DISTINCT a.cluster, ar.group_seq FROM attributions a
        JOIN articles ar ON ar.seq = a.seq WHERE a.cluster IS NOT NULL {where}""",
    "cluster_outlets": """
        SELECT a.cluster, ap.outlet_key, min(a.seq) AS first_seq, min(ap.seen_at) AS seen
        FROM attributions a JOIN appearances ap ON ap.article_id = a.article_id
        WHERE a.cluster IS NOT NULL AND ap.outlet_key IS NOT NULL {where} GROUP BY ALL""",
}
_PART_KEYS = {"cluster_sources": (("cluster", "source_id"), {"mins": ("first_ref",),
                                                             "ands": ("named",)}),
              "cluster_groups": (("cluster", "group_seq"), {}),
              "cluster_outlets": (("cluster", "outlet_key"), {"mins": ("first_seq", "seen")})}
_EPOCH = "'1970-01-01'::TIMESTAMPTZ"
_FIRST_KEY = (f"struct_pack(u := mm.published IS NULL, p := coalesce(mm.published, {_EPOCH}), "
              "s := mm.seq, r := mm.ref)")
# the new members of the growing clusters, as _CLUSTER_STATS reads them
_NEW_MEMBERS = """
WITH m AS (
    SELECT cluster, ref, seq, quote, source_id, source_key, named, content_text, article_id,
           attribution_id, kind, source_kind
    FROM attributions WHERE seq BETWEEN {lo} AND {hi} AND cluster IN (SELECT id FROM {ids})),
ar AS (SELECT a.seq, a.id, a.group_seq, {A_SORT} AS published, a.outlet, a.headline,
              g.id AS original
       FROM articles a LEFT JOIN articles g ON g.seq = a.group_seq
       WHERE a.seq BETWEEN {lo} AND {hi}),
gw AS (SELECT group_seq, bool_or(len(wire) > 0) AS wire FROM articles
       WHERE group_seq IN (SELECT group_seq FROM ar) GROUP BY group_seq)
SELECT m.*, ar.group_seq, ar.published, ar.outlet, ar.headline, ar.original, gw.wire
FROM m JOIN ar USING (seq) JOIN gw USING (group_seq)
"""
_NEW_PART = f"""
SELECT mm.cluster,
    first(mm.content_text ORDER BY length(mm.content_text) DESC, mm.ref) AS text,
    count(*) AS n_members, count(*) FILTER (mm.quote) AS n_quotes,
    count(DISTINCT mm.seq) AS n_articles, bool_and(mm.wire) AS wire_only,
    min({_FIRST_KEY}) AS first_key, min({_FIRST_KEY}) FILTER (mm.quote) AS quote_key,
    first(mm.content_text ORDER BY length(mm.content_text) DESC, mm.ref) FILTER (mm.quote)
        AS quote_text,
    min_by({APPEARANCE}, {_FIRST_KEY}, {SAMPLE}) AS sample,
    coalesce(min_by({APPEARANCE}, {_FIRST_KEY}, {SAMPLE + 1}) FILTER (mm.quote), [])
        AS quote_sample
FROM _new_members mm GROUP BY mm.cluster
"""


# quote clusters by source with the quotes list's order columns (views.quotes `by`): the
# rows of the clusters a batch touched are written again; a rebuild writes them all sorted
# by source, so a source's rows lie in the row groups holding its id (zone maps)
# (schema 15) the order columns alone: what a page shows of its clusters (their quote text
# and narrow sample, quote_shown) is read from their cluster_stats rows through its index.
# Each row kept its cluster's texts before (schema 10 to 14), so a cluster whose sample
# changed had every row of it written again (one article moving a cluster quoted by 500
# sources logged 944 KB); now a batch sets a few numbers in each.
# SHOWN_JSON: a sample as one JSON text, so that a page reads a few blocks per row, not the
# sample's every struct field (a block each). Each member is a list of texts in
# SHOWN_FIELDS order; a text equal to the quote text and an original equal to the article
# are left out (null), as the pages show those.
SOURCE_QUOTE_ORDER = "n_quotes DESC, first_published NULLS LAST, first_seq, first_ref"
SHOWN_FIELDS = ("article_id", "attribution_id", "kind", "text", "source_id", "source_key",
                "source_kind", "outlet", "published", "seq", "headline", "original")
SHOWN_JSON = (
    "to_json(list_transform({sample}, lambda m: [m.article_id, m.attribution_id, m.kind, "
    "CASE WHEN m.text = {text} THEN NULL ELSE coalesce(m.text, '') END, "
    "m.source_id::VARCHAR, m.source_key, m.source_kind, m.outlet, "
    f"{shown_sql('m.published')}, m.seq::VARCHAR, "
    "m.headline, CASE WHEN m.original = m.article_id THEN NULL ELSE m.original END]))::VARCHAR")
# (schema 12) what the plain quotes list, the claims list and search show of a cluster,
# kept narrow in its cluster_stats row the same way: `shown` (its sample with its text),
# `quote_shown` (its quote_sample with its quote text), written with the row whenever its
# samples or texts are (every statement writing cluster_stats goes through _with_shown)
CLUSTER_COLUMNS = (
    "cluster", "text", "n_members", "n_quotes", "n_articles", "n_sources", "n_named",
    "n_reports", "n_outlets", "wire_only", "sources", "outlets", "first_ref",
    "first_quote_ref", "first_published", "first_seq", "quote_text",
    "quote_first_published", "quote_first_seq", "sample", "quote_sample")
CLUSTER_SHOWN = (f"{SHOWN_JSON.format(sample='s.sample', text='s.text')} AS shown, "
                 f"{SHOWN_JSON.format(sample='s.quote_sample', text='s.quote_text')} "
                 "AS quote_shown")


def cluster_shown_sets(table: str) -> str:
    """`shown = …, quote_shown = …` from the other columns of a cluster_stats row (an
    UPDATE of `table`: the schema 12 upgrade)."""
    return (f"shown = {SHOWN_JSON.format(sample=f'{table}.sample', text=f'{table}.text')}, "
            "quote_shown = "
            f"{SHOWN_JSON.format(sample=f'{table}.quote_sample', text=f'{table}.quote_text')}")


def fill_cluster_shown(con: duckdb.DuckDBPyConnection) -> int:
    """Give up to SHOWN_BLOCK cluster_stats rows still without them their narrow forms
    (schema 12); returns how many. Rows are chosen by what they lack, never by a row id
    range kept across checkpoints: a checkpoint that compacts deleted rows renumbers the
    rows after them."""
    return con.execute(
        f"UPDATE cluster_stats SET {cluster_shown_sets('cluster_stats')} WHERE rowid IN "
        f"(SELECT rowid FROM cluster_stats WHERE shown IS NULL LIMIT {int(SHOWN_BLOCK)})"
    ).fetchall()[0][0]


def _with_shown(sql: str) -> str:
    """`sql` (rows of CLUSTER_COLUMNS, in that order) with their narrow forms added: the
    rows of cluster_stats."""
    return (f"SELECT s.*, {CLUSTER_SHOWN} FROM ({sql}) AS s({', '.join(CLUSTER_COLUMNS)})")


_SOURCE_QUOTES = f"""
SELECT p.source_id, p.cluster, c.n_quotes, c.quote_first_published AS first_published,
       c.quote_first_seq AS first_seq, c.first_quote_ref AS first_ref
FROM (SELECT DISTINCT source_id, cluster FROM {{pairs}}
      WHERE source_id IS NOT NULL {{quote}}) p
JOIN {{orders}} c USING (cluster) WHERE c.n_quotes > 0
ORDER BY p.source_id, {SOURCE_QUOTE_ORDER}, p.cluster
"""


# a claim's flags (views.claims): single-sourced, anonymous only, wire only; how many claims
# carry one is kept in claim_counts (one row), so the flagged list's total reads no claims
FLAGGED_SQL = "(n_sources <= 1 OR n_named = 0 OR wire_only)"


def _flagged(con: duckdb.DuckDBPyConnection, members: str) -> int:
    """How many of the claims `members` (an id_set) are flagged, read through the index of
    cluster_stats.cluster (the filter is on that column alone)."""
    return con.execute(f"SELECT count(*) FILTER (WHERE {FLAGGED_SQL}) FROM (SELECT n_sources, "
                       f"n_named, wire_only FROM cluster_stats WHERE cluster IN {members})"
                       ).fetchall()[0][0]


def count_flagged(con: duckdb.DuckDBPyConnection) -> None:
    """Count the flagged claims again (a rebuild, a ledger upgraded to schema 9)."""
    _count_flagged(con, None)


def _count_flagged(con: duckdb.DuckDBPyConnection, delta: int | None) -> None:
    """Add `delta` to the count of flagged claims (None: count them all again). A ledger
    whose count has no row yet gets one (its claims were unflagged until this batch)."""
    if delta is None:
        con.execute("DELETE FROM claim_counts")
        con.execute(f"INSERT INTO claim_counts SELECT count(*) FILTER (WHERE {FLAGGED_SQL}) "
                    "FROM cluster_stats")
    elif delta:
        con.execute("INSERT INTO claim_counts SELECT 0 WHERE NOT EXISTS "
                    "(SELECT 1 FROM claim_counts)")
        con.execute(f"UPDATE claim_counts SET flagged = flagged + {int(delta)}")


def quoted_clusters(con: duckdb.DuckDBPyConnection, members: str) -> list[int]:
    """The clusters among `members` (an id_set) whose stored summary counts quotes: the only
    ones source_quotes may hold rows of (read before their summaries are written again)."""
    if members.startswith("(SELECT"):
        return [r[0] for r in con.execute(
            f"SELECT cluster FROM cluster_stats WHERE cluster IN {members} AND n_quotes > 0"
        ).fetchall()]
    # the column alone in the filter, so that DuckDB reads the rows through its index
    return [c for c, n in con.execute(f"SELECT cluster, n_quotes FROM cluster_stats "
                                      f"WHERE cluster IN {members}").fetchall() if n]


def refresh_source_quotes(con: duckdb.DuckDBPyConnection, members: str | None,
                          quoted: Sequence[int] = (), *, grown: bool = False) -> None:
    """Write again the source_quotes rows of the clusters `members` (an id_set; None: all)
    from their quotes and their summaries (just written); `quoted`: those of them that had
    quotes before (quoted_clusters), the only ones with rows to replace. `grown`: their old
    members are unchanged (grow_clusters), so their sources are those of their stored rows
    and of the new members (`_new_members`), and no old member is read; a cluster that
    gained no quote keeps its rows (its order columns count quotes only).

    source_quotes has no index: the stored rows of a cluster are found by one pass over its
    cluster column, made only when a cluster that had quotes changes."""
    if members is None:
        con.execute("DELETE FROM source_quotes")
        con.execute("INSERT INTO source_quotes " + _SOURCE_QUOTES.format(
            pairs="attributions", quote="AND quote AND cluster IS NOT NULL",
            orders="cluster_stats"))
        return
    if grown:  # the clusters that gained quotes: their stored sources and the new ones
        changed = sorted({r[0] for r in con.execute(
            "SELECT DISTINCT cluster FROM _new_members WHERE quote").fetchall()})
        if changed:
            _grow_source_quotes(con, changed, sorted(set(quoted) & set(changed)))
        return
    # through the index of attributions.cluster (a filter on that column alone)
    con.execute("CREATE OR REPLACE TEMP TABLE _quote_pairs AS SELECT source_id, cluster, "
                f"quote FROM attributions WHERE cluster IN {members}")
    con.execute("DELETE FROM _quote_pairs WHERE NOT coalesce(quote, false)")
    if quoted:
        _stored_source_quotes(con, quoted)
        rowids = [r[0] for r in con.execute("SELECT r FROM _stored_pairs ORDER BY r"
                                            ).fetchall()]
        if rowids:
            con.execute("DELETE FROM source_quotes WHERE rowid = ANY($rowids)",
                        {"rowids": rowids})
    _quote_orders(con, members)
    con.execute("INSERT INTO source_quotes " + _SOURCE_QUOTES.format(
        pairs="_quote_pairs", quote="", orders="_quote_orders"))


def _stored_source_quotes(con: duckdb.DuckDBPyConnection, quoted: Sequence[int],
                          columns: str = "") -> None:
    """Temp table `_stored_pairs(r, source_id, cluster, ...)`: the stored source_quotes rows
    (row id `r`, `columns` besides) of the clusters `quoted`, by one pass over the table's
    cluster column (it has no index)."""
    stored = _literal_set(quoted, "(SELECT unnest($quoted))")
    con.execute("CREATE OR REPLACE TEMP TABLE _stored_pairs AS SELECT rowid AS r, "
                f"source_id, cluster{columns} FROM source_quotes WHERE cluster IN {stored}",
                {"quoted": list(quoted)} if stored.startswith("(SELECT") else {})


def _quote_orders(con: duckdb.DuckDBPyConnection, members: str) -> None:
    """Temp table `_quote_orders`: what source_quotes keeps of the clusters `members` (an
    id_set), from their summaries (just written), through the
    index of cluster_stats.cluster (that column alone in the filter)."""
    con.execute("CREATE OR REPLACE TEMP TABLE _quote_orders AS SELECT cluster, n_quotes, "
                "quote_first_published, quote_first_seq, first_quote_ref FROM cluster_stats "
                f"WHERE cluster IN {members}")


def _grow_source_quotes(con: duckdb.DuckDBPyConnection, changed: Sequence[int],
                        quoted: Sequence[int]) -> None:
    """The source_quotes rows of the clusters `changed`, which gained quotes (_new_members)
    and no other change (grow_clusters); `quoted`: those of them with stored rows.

    Every row of such a cluster changes its order columns (its quote count, at least): its
    stored rows are deleted and all of its rows inserted again, sorted by source. Setting
    the order columns in place logged fewer bytes, but had the next checkpoint write those
    columns of every row group holding such a row again: a cluster quoted by many sources
    has rows in nearly all of them (100k articles: all 6 row groups at each checkpoint; a
    table ten times the size costs ten times that), where a delete only marks its rows."""
    members = _literal_set(changed, "(SELECT cluster FROM _new_members WHERE quote)")
    _quote_orders(con, members)
    con.execute("CREATE OR REPLACE TEMP TABLE _quote_pairs AS SELECT source_id, cluster "
                "FROM _new_members WHERE quote")
    if quoted:
        _stored_source_quotes(con, quoted)
        con.execute("INSERT INTO _quote_pairs SELECT source_id, cluster FROM _stored_pairs")
        gone = [r[0] for r in con.execute("SELECT r FROM _stored_pairs ORDER BY r").fetchall()]
        if gone:
            con.execute("DELETE FROM source_quotes WHERE rowid = ANY($rowids)",
                        {"rowids": gone})
    con.execute("INSERT INTO source_quotes " + _SOURCE_QUOTES.format(
        pairs="_quote_pairs", quote="", orders="_quote_orders"))


def _longer(new: str, old: str) -> str:
    """The longer of two texts, the old one on a tie (its first member came first)."""
    return (f"CASE WHEN {old} IS NULL THEN {new} WHEN {new} IS NULL THEN {old} "
            f"WHEN length({new}) > length({old}) THEN {new} ELSE {old} END")


def _earliest(new_key: str, published: str, seq: str, ref: str) -> str:
    """The earlier of a new members' first-key and the stored (published, seq, ref)."""
    old = (f"struct_pack(u := {published} IS NULL, p := coalesce({published}, {_EPOCH}), "
           f"s := {seq}, r := {ref})")
    return f"CASE WHEN {ref} IS NULL OR {new_key} < {old} THEN {new_key} ELSE {old} END"


def _merged_sample(old: str, new: str, size: int) -> str:
    """The first `size` members of two samples, in first-appearance order."""
    keyed = (f"lambda x: struct_pack(k := struct_pack(u := x.published IS NULL, "
             f"p := coalesce(x.published, {_EPOCH}), s := x.seq, r := x.ref), v := x)")
    return (f"list_transform(list_sort(list_transform(list_concat(coalesce({old}, []), "
            f"{new}), {keyed})), lambda y: y.v)[1:{size}]")


_GROWN = f"""
WITH src AS (SELECT cluster, count(*) AS n, count(*) FILTER (named) AS named
             FROM _grown_sources GROUP BY cluster),
listed AS (SELECT cs.cluster,
                  list(s.name ORDER BY NOT cs.named, cs.first_ref)[1:{LIST_CAP}] AS names
           FROM _listed_sources cs LEFT JOIN _listed_names s USING (source_id)
           GROUP BY cs.cluster),
grp AS (SELECT cluster, count(*) AS n FROM _grown_groups GROUP BY cluster),
outs AS (SELECT cluster, count(*) AS n,
                list(outlet_key ORDER BY first_seq, seen, outlet_key)[1:{LIST_CAP}] AS keys
         FROM _grown_outlets GROUP BY cluster),
k AS (SELECT d.*, o.cluster IS NOT NULL AS had, o.text AS old_text,
             o.quote_text AS old_quote_text, o.n_members AS old_members,
             o.n_quotes AS old_quotes, o.n_articles AS old_articles,
             o.wire_only AS old_wire, o.sample AS old_sample,
             o.quote_sample AS old_quote_sample,
             {_earliest("d.first_key", "o.first_published", "o.first_seq", "o.first_ref")}
                 AS first,
             CASE WHEN d.quote_key IS NULL THEN
                      struct_pack(u := o.quote_first_published IS NULL,
                                  p := coalesce(o.quote_first_published, {_EPOCH}),
                                  s := o.quote_first_seq, r := o.first_quote_ref)
                  ELSE {_earliest("d.quote_key", "o.quote_first_published",
                                  "o.quote_first_seq", "o.first_quote_ref")} END AS qfirst
      FROM _new_part d LEFT JOIN _old_clusters o USING (cluster))
SELECT k.cluster, {_longer("k.text", "k.old_text")},
    coalesce(k.old_members, 0) + k.n_members, coalesce(k.old_quotes, 0) + k.n_quotes,
    coalesce(k.old_articles, 0) + k.n_articles,
    coalesce(src.n, 0), coalesce(src.named, 0), coalesce(grp.n, 0), coalesce(outs.n, 0),
    CASE WHEN k.had THEN k.old_wire AND k.wire_only ELSE k.wire_only END,
    coalesce(listed.names, []), coalesce(outs.keys, []),
    k.first.r, k.qfirst.r, CASE WHEN k.first.u THEN NULL ELSE k.first.p END, k.first.s,
    {_longer("k.quote_text", "k.old_quote_text")},
    CASE WHEN k.qfirst.u OR k.qfirst.r IS NULL THEN NULL ELSE k.qfirst.p END, k.qfirst.s,
    {_merged_sample("k.old_sample", "k.sample", SAMPLE)},
    {_merged_sample("k.old_quote_sample", "k.quote_sample", SAMPLE + 1)}
FROM k LEFT JOIN src USING (cluster) LEFT JOIN listed USING (cluster)
LEFT JOIN grp USING (cluster) LEFT JOIN outs USING (cluster)
"""

# the most constraining low and high bound of each article in a group, then the best two
# articles for each: enough to tell whether any figure clashes with another article's
_GROUP_STATS = f"""
WITH f AS (SELECT q.group_id, q.series_id, q.ref, q.seq, q.lo, q.hi, q.lo_open, {FIGURE} AS fig
           FROM quantities q JOIN articles ar ON ar.seq = q.seq
           WHERE q.group_id IS NOT NULL {{where}}),
lows AS (SELECT *, row_number() OVER (PARTITION BY group_id ORDER BY lo DESC, lo_open DESC,
                                      ref) AS r
         FROM (SELECT * FROM f QUALIFY row_number() OVER (
                   PARTITION BY group_id, seq ORDER BY lo DESC, lo_open DESC, ref) = 1)),
highs AS (SELECT *, row_number() OVER (PARTITION BY group_id ORDER BY hi, ref) AS r
          FROM (SELECT * FROM f QUALIFY row_number() OVER (
                    PARTITION BY group_id, seq ORDER BY hi, ref) = 1)),
g AS (SELECT group_id, any_value(series_id) AS series_id, count(*) AS n FROM f GROUP BY ALL)
SELECT g.group_id, g.series_id, g.n,
    l1.ref, l1.seq, l1.lo, l1.lo_open, l2.ref, l2.seq, l2.lo, l2.lo_open,
    h1.ref, h1.seq, h1.hi, h2.ref, h2.seq, h2.hi, 0,
    [x FOR x IN [l1.fig, l2.fig, h1.fig, h2.fig] IF x IS NOT NULL]
FROM g
LEFT JOIN lows l1 ON l1.group_id = g.group_id AND l1.r = 1
LEFT JOIN lows l2 ON l2.group_id = g.group_id AND l2.r = 2
LEFT JOIN highs h1 ON h1.group_id = g.group_id AND h1.r = 1
LEFT JOIN highs h2 ON h2.group_id = g.group_id AND h2.r = 2
"""

# a figure clashes with another article's when its high is under the best low of another
# article, or its low over the best high of another article
CLASH_SQL = """
((CASE WHEN g.lo1_seq <> {q}.seq THEN {q}.hi < g.lo1 OR ({q}.hi = g.lo1 AND g.lo1_open)
       ELSE {q}.hi < g.lo2 OR ({q}.hi = g.lo2 AND g.lo2_open) END)
 OR (CASE WHEN g.hi1_seq <> {q}.seq THEN g.hi1 < {q}.lo OR (g.hi1 = {q}.lo AND {q}.lo_open)
          ELSE g.hi2 < {q}.lo OR (g.hi2 = {q}.lo AND {q}.lo_open) END))
"""

_SERIES_COUNTS = f"""
SELECT q.series_id, any_value(q.series_key) AS key, NULL AS label, NULL AS unit,
       NULL::VARCHAR[] AS words, count(*) AS n_figures, count(DISTINCT q.seq) AS n_articles,
       0 AS n_disagreements, NULL AS places, max(q.day) AS last_day,
       max_by({FIGURE}, {FIGURE_ORDER}, {SAMPLE}) AS sample
FROM quantities q JOIN articles ar ON ar.seq = q.seq
WHERE q.series_id IS NOT NULL {{where}} GROUP BY q.series_id
"""
_SERIES_PARTS = {
    "series_labels": "SELECT series_id, label AS part, count(*) AS n FROM quantities "
                     "WHERE series_id IS NOT NULL AND label IS NOT NULL {where} GROUP BY ALL",
    "series_units": "SELECT series_id, coalesce(unit, '') AS part, count(*) AS n "
                    "FROM quantities WHERE series_id IS NOT NULL {where} GROUP BY ALL",
    "series_places": "SELECT series_id, place AS part, count(*) AS n FROM quantities "
                     "WHERE series_id IS NOT NULL AND place IS NOT NULL {where} GROUP BY ALL",
}
_SERIES_NAMES = """
UPDATE series_stats SET
    label = (SELECT first(p.part ORDER BY p.n DESC, p.part) FROM series_labels p
             WHERE p.series_id = series_stats.series_id),
    unit = nullif((SELECT first(p.part ORDER BY p.n DESC, p.part) FROM series_units p
                   WHERE p.series_id = series_stats.series_id), ''),
    n_disagreements = {disagreements}
WHERE series_id IN {ids}
"""
_SERIES_PLACE_LIST = f"""coalesce((
    SELECT list(p.part ORDER BY p.n DESC, p.part)[1:{LIST_CAP}]
    FROM series_places p WHERE p.series_id = series_stats.series_id), [])"""
# a series' disagreements: its groups' (n_clash: disagreements.py, pairs of stories and
# a story's pairs of sources), counted over all its groups (a recomputation), or the
# stored count plus what a batch changed (_clash_delta: a series' groups can be millions,
# a batch touches a few)
_ALL_DISAGREEMENTS = """coalesce((SELECT sum(g.n_clash) FROM group_stats g
                                WHERE g.series_id = series_stats.series_id), 0)"""
_MORE_DISAGREEMENTS = """n_disagreements + coalesce((SELECT d.n FROM _clash_delta d
                                         WHERE d.series_id = series_stats.series_id), 0)"""


def id_set(con: duckdb.DuckDBPyConnection, ids: str | None) -> str | None:
    """The ids of temp table `ids` as the right side of `column IN ...`: a literal list
    when they are few, which DuckDB answers from the column's ART index (rows.INDEX_SQL),
    where a subquery would be a hash join reading the whole column; the subquery when they
    are many (a rebuild). None stays None (every id)."""
    if ids is None or ids.startswith("("):
        return ids
    rows = con.execute(f"SELECT DISTINCT id FROM {ids} WHERE id IS NOT NULL "
                       f"LIMIT {LITERAL_IDS + 1}").fetchall()
    return _literal_set([r[0] for r in rows], f"(SELECT id FROM {ids})")


def _literal_set(values: Sequence[int], otherwise: str) -> str:
    if len(values) > LITERAL_IDS:
        return otherwise
    return "(" + ", ".join(str(int(v)) for v in sorted(values)) + ")" if values else "(NULL)"


def _set_lists(con: duckdb.DuckDBPyConnection, table: str, key: str, ids: str,
               lists: dict[str, str]) -> int:
    """Set the list columns `lists` (column -> SQL over a row of `table`) of the rows whose
    `key` is in `ids` (an id_set), writing only the rows whose lists change. DuckDB rewrites
    a whole row (its other lists, such as a summary's sample, included) when a list column
    is set, even to the value it holds: the write-ahead log grows by the row, and the log's
    size is what brings on a checkpoint (store.CHECKPOINT_THRESHOLD), which rewrites every
    index. Scalar columns are set in place and cost a few bytes. Returns the rows set."""
    exprs = ", ".join(f"{expr} AS {column}" for column, expr in lists.items())
    con.execute(f"CREATE OR REPLACE TEMP TABLE _new_lists AS SELECT {key}, {exprs} "
                f"FROM {table} WHERE {key} IN {ids}")
    differs = " OR ".join(f"n.{c} IS DISTINCT FROM t.{c}" for c in lists)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _changed_lists AS SELECT n.{key} AS id "
                f"FROM _new_lists n JOIN (SELECT {key}, {', '.join(lists)} FROM {table} "
                f"WHERE {key} IN {ids}) t USING ({key}) WHERE {differs}")
    changed = _literal_set([r[0] for r in con.execute(
        f"SELECT id FROM _changed_lists LIMIT {LITERAL_IDS + 1}").fetchall()],
        "(SELECT id FROM _changed_lists)")
    if changed == "(NULL)":
        return 0
    return con.execute(f"UPDATE {table} SET " + ", ".join(
        f"{c} = (SELECT n.{c} FROM _new_lists n WHERE n.{key} = {table}.{key})"
        for c in lists) + f" WHERE {key} IN {changed}").fetchall()[0][0]


def _where(column: str, ids: str | None) -> str:
    """`AND column IN ids` for an id set of id_set (None: no condition)."""
    return f"AND {column} IN {ids}" if ids else ""


def _refresh(con: duckdb.DuckDBPyConnection, table: str, column: str, sql: str,
             ids: str | None, member_column: str | None = None,
             members_of: tuple[str, str] | None = None) -> None:
    """Replace the rows of `table` for the id set `ids` (id_set; None: all) by `sql`'s.
    `members_of` (table, column): the member rows `sql` reads, taken first by themselves
    when the ids are a literal list (DuckDB scans an index only for a filter on the indexed
    column alone, not inside a join)."""
    where = f"WHERE {column} IN {ids}" if ids else ""
    con.execute(f"DELETE FROM {table} {where}")
    if members_of and ids:
        sql = _from_members(con, sql, *members_of, ids)
    con.execute(f"INSERT INTO {table} " + sql.format(where=_where(member_column or column, ids)))


def _from_members(con: duckdb.DuckDBPyConnection, sql: str, table: str, column: str,
                  ids: str) -> str:
    """`sql` reading, instead of `table`, a temp table of its rows whose `column` is in
    `ids` (through the column's index when `ids` is a literal list)."""
    if ids.startswith("(SELECT"):
        return sql
    members = f"_m_{table}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE {members} AS SELECT "
                f"{member_columns(con, table, sql)} FROM {table} WHERE {column} IN {ids}")
    sql = re.sub(rf"\bFROM {table}\b", f"FROM {members}", sql)
    if table == "attributions":
        sql = _joining_appearances_of(con, sql, f"SELECT article_id FROM {members}")
    return sql


def _joining_appearances_of(con: duckdb.DuckDBPyConnection, sql: str, articles: str) -> str:
    """`sql` joining, instead of `appearances`, a temp table of the appearances of the
    articles whose ids `articles` (a SELECT of one column) gives: their rows read through
    the article_id index. A join reads the whole table (its article ids are hashes, so no
    row group is skipped): 1M articles, 2 s CPU a batch of 32. Unchanged when `sql` joins
    no appearances or the articles are many."""
    if not re.search(r"\bJOIN appearances\b", sql):
        return sql
    ids = [r[0] for r in con.execute(f"SELECT DISTINCT t.id FROM ({articles}) t(id) "
                                     f"WHERE t.id IS NOT NULL LIMIT {LITERAL_IDS + 1}").fetchall()]
    if len(ids) > LITERAL_IDS:
        return sql
    quoted = ", ".join("'" + str(i).replace("'", "''") + "'" for i in sorted(ids)) or "NULL"
    # the article id filter alone, written out (DuckDB scans the index only then)
    con.execute("CREATE OR REPLACE TEMP TABLE _member_appearances AS SELECT * "
                f"FROM appearances WHERE article_id IN ({quoted})")
    return re.sub(r"\bJOIN appearances\b", "JOIN _member_appearances", sql)


def member_columns(con: duckdb.DuckDBPyConnection, table: str, *sqls: str) -> str:
    """The columns of `table` that `sqls` name (as whole words), for a temp table of member
    rows that those statements read: only they are fetched. At 1M articles the members of
    one big source or cluster lie in nearly every block of `table`, so copying every
    column read all of its text columns (45k members of a source: 24 s, 11 s CPU; these
    columns: 2.4 s, 1.2 s CPU). A statement naming a column it does not get fails
    (binder error), never reads a wrong value."""
    names = [d[0] for d in con.execute(f"SELECT * FROM {table} LIMIT 0").description]
    text = " ".join(sqls)
    used = [n for n in names if re.search(rf"\b{re.escape(n)}\b", text)]
    return ", ".join(f'"{n}"' for n in used) if used else "*"


def source_member_columns(con: duckdb.DuckDBPyConnection) -> str:
    """The attribution columns refresh_sources reads from its `rows` (member_columns)."""
    return member_columns(con, "attributions", _SOURCE_FORMS, _SOURCE_KINDS, _SOURCE_COUNTS)


def _add(con: duckdb.DuckDBPyConnection, table: str, keys: Sequence[str], delta_sql: str,
         sums: Sequence[str], mins: Sequence[str] = (), maxes: Sequence[str] = (),
         ands: Sequence[str] = (), firsts: Sequence[str] = (), lasts: Sequence[str] = ()
         ) -> str:
    """Add the rows of `delta_sql` to `table`: existing keys get their counts summed (mins,
    maxes and ands combined; `firsts`/`lasts` lists merged, keeping the SAMPLE smallest or
    largest), new keys are inserted (and left in temp table `_added`). Returns the id set
    (id_set's form) of the delta's first keys, whose rows, as they were, are left in temp
    table `_stored` (with their rowid, `_row`) and those it replaced in `_merged`.

    A stored row the delta adds to is deleted and inserted again with its new values, not
    set in place: an in-place update has the next checkpoint write the updated columns of
    every row group holding such a row again, and a batch's rows lie in nearly every row
    group of a big table (100k articles: source_forms' 9 row groups, all of them rewritten
    at each checkpoint), while a delete marks the row and the insert appends to the last
    row group; the log holds the row either way (a narrow row here, a few bytes more)."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _delta AS {delta_sql}")
    first = keys[0]
    # the stored rows of the delta's first keys, read through the index of keys[0]: each
    # statement on `table` filters that column alone (else DuckDB scans the whole table)
    firsts_of = _literal_set([r[0] for r in con.execute(
        f"SELECT DISTINCT {first} FROM _delta WHERE {first} IS NOT NULL "
        f"LIMIT {LITERAL_IDS + 1}").fetchall()], f"(SELECT {first} FROM _delta)")
    match = " AND ".join(f"t.{k} = d.{k}" for k in keys)
    sets = [(c, f"t.{c} + d.{c}") for c in sums] + [
        (c, f"least(t.{c}, d.{c})") for c in mins] + [
        (c, f"greatest(t.{c}, d.{c})") for c in maxes] + [
        (c, f"t.{c} AND d.{c}") for c in ands] + [
        (c, f"list_sort(list_distinct(list_concat(t.{c}, d.{c})))[1:{SAMPLE}]")
        for c in firsts] + [
        (c, f"list_reverse_sort(list_distinct(list_concat(t.{c}, d.{c})))[1:{SAMPLE}]")
        for c in lasts]
    con.execute(f"CREATE OR REPLACE TEMP TABLE _stored AS SELECT rowid AS _row, * "
                f"FROM {table} WHERE {first} IN {firsts_of}")
    con.execute("CREATE OR REPLACE TEMP TABLE _added AS SELECT d.* FROM _delta d "
                f"WHERE NOT EXISTS (SELECT 1 FROM _stored t WHERE {match})")
    hit: list[int] = []
    if sets:
        # the stored rows the delta adds to, with their new values (keys are unique per
        # table); the other stored rows of the same first keys are left as they are (a
        # quote cluster's thousands of sources when one more source quotes it)
        replaced = ", ".join(f"{expr} AS {c}" for c, expr in sets)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _merged AS SELECT t.* REPLACE ({replaced}) "
                    f"FROM _stored t JOIN _delta d ON {match}")
        hit = [r[0] for r in con.execute("SELECT _row FROM _merged ORDER BY 1").fetchall()]
    else:
        con.execute("CREATE OR REPLACE TEMP TABLE _merged AS SELECT * FROM _stored LIMIT 0")
    if hit:
        con.execute(f"DELETE FROM {table} WHERE rowid = ANY($rows)", {"rows": hit})
        # one append (DuckDB logs, with each append to a table with a list column, the
        # lists of every row appended since the last checkpoint)
        con.execute(f"INSERT INTO {table} SELECT * EXCLUDE (_row) FROM _merged "
                    "UNION ALL SELECT * FROM _added")
    else:
        con.execute(f"INSERT INTO {table} SELECT * FROM _added")
    return firsts_of


def _reading(sql: str, rows: str | None) -> str:
    """`sql` reading the attribution rows of temp table `rows` (None: the table itself)."""
    return sql if rows is None else re.sub(r"\bFROM attributions\b", f"FROM {rows}", sql)


def refresh_sources(con: duckdb.DuckDBPyConnection, ids: str | None,
                    rows: str | None = None) -> None:
    """Recompute the summaries of the sources in temp table `ids` (None: all) from their
    members; `rows`: a temp table of attribution rows holding every member of them (the
    articles of sources whose members are all in one article), read instead of the whole
    table."""
    members = id_set(con, ids)
    where = f"WHERE source_id IN {members}" if ids else ""
    if ids is not None:  # a rebuild sums every claim up after its sources
        _keep_names(con, members)
    for table in ("source_forms", "source_kinds", "source_stats"):
        con.execute(f"DELETE FROM {table} {where}")
    member = _where("source_id", members)
    con.execute("INSERT INTO source_forms " + _reading(_SOURCE_FORMS, rows).format(
        where=member))
    con.execute("INSERT INTO source_kinds " + _reading(_SOURCE_KINDS, rows).format(
        where=member))
    con.execute("INSERT INTO source_stats " + _reading(_SOURCE_COUNTS, rows).format(
        where=_where("a.source_id", members)))
    _name_sources(con, members)
    if ids is not None:
        rename_in_claims(con)
    fronts.touch_sources(con, members)
    if ids is not None:  # a rebuild indexes every word at the end (words.index_all)
        words.add_words(con, words.SOURCE, "SELECT source_id AS id, form AS text FROM "
                        f"source_forms WHERE source_id IN {members}")
        words.add_source_names(con, ids)


def add_sources(con: duckdb.DuckDBPyConnection, seqs: tuple[int, int], ids: str) -> None:
    """Add the mentions of new articles (numbered seqs[0]..seqs[1]: a range, so the scans
    read only the tables' last row groups) to their sources' summaries; `ids` (a temp
    table) holds the sources touched."""
    _add_members(con, f"AND seq BETWEEN {int(seqs[0])} AND {int(seqs[1])}", None, ids)


def add_moved_sources(con: duckdb.DuckDBPyConnection, rows: str, ids: str) -> None:
    """Add mentions that moved into the sources of temp table `ids` (no member left them)
    to their summaries: temp table `rows` holds the moved attribution rows, with a column
    `counted` (whether the source already had a member in that article: its article count
    stays)."""
    _add_members(con, "", rows, ids)


_ARTICLE_COUNT = "count(DISTINCT a.seq) AS n_articles"


def _add_members(con: duckdb.DuckDBPyConnection, member: str, rows: str | None,
                 ids: str) -> None:
    members = id_set(con, ids)
    _keep_names(con, members)
    _add(con, "source_forms", ("source_id", "form", "is_name"),
         _reading(_SOURCE_FORMS, rows).format(where=member), ("n",), ("first_ref",), ands=())
    words.add_words(con, words.SOURCE, "SELECT source_id AS id, form AS text FROM _added")
    _add(con, "source_kinds", ("source_id", "kind"),
         _reading(_SOURCE_KINDS, rows).format(where=member), ("n",))
    counts = _SOURCE_COUNTS if rows is None else _reading(_SOURCE_COUNTS.replace(
        _ARTICLE_COUNT, "count(DISTINCT a.seq) FILTER (NOT a.counted) AS n_articles"), rows)
    _add(con, "source_stats", ("source_id",), counts.format(where=member.replace(
        "AND seq", "AND a.seq")), ("n_attributions", "n_articles"), ("first_ref",),
         ands=("named",), firsts=("sample",))
    _name_sources(con, members)
    rename_in_claims(con)
    fronts.touch_sources(con, members)
    words.add_source_names(con, ids)


def _keep_names(con: duckdb.DuckDBPyConnection, members: str) -> None:
    """Remember the display names of the sources `members` (an id_set) before they are
    named again (rename_in_claims compares)."""
    # the id filter alone (DuckDB uses the id's index only then), NULL names dropped after
    con.execute("CREATE OR REPLACE TEMP TABLE _old_source_names AS SELECT source_id, name "
                f"FROM source_stats WHERE source_id IN {members}")
    con.execute("DELETE FROM _old_source_names WHERE name IS NULL")


def rename_in_claims(con: duckdb.DuckDBPyConnection) -> None:
    """The claims (cluster_stats.sources) that list a source whose display name changed
    since _keep_names get their list of names again, from their per-cluster sources: a
    claim not touched by a batch still shows its sources' current names, as a rebuild
    does. Nothing is read when no name changed (the common case)."""
    con.execute("CREATE OR REPLACE TEMP TABLE _renamed_sources AS SELECT o.source_id AS id "
                "FROM _old_source_names o JOIN source_stats s USING (source_id) "
                "WHERE s.name IS DISTINCT FROM o.name")
    if not con.execute("SELECT count(*) FROM _renamed_sources").fetchall()[0][0]:
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _renamed_claims AS SELECT DISTINCT cluster "
                "FROM cluster_sources WHERE source_id IN (SELECT id FROM _renamed_sources)")
    con.execute(f"""
        UPDATE cluster_stats SET sources = n.names FROM (
            SELECT cs.cluster,
                   list(s.name ORDER BY NOT cs.named, cs.first_ref)[1:{LIST_CAP}] AS names
            FROM cluster_sources cs LEFT JOIN source_stats s USING (source_id)
            WHERE cs.cluster IN (SELECT cluster FROM _renamed_claims) GROUP BY cs.cluster) n
        WHERE cluster_stats.cluster = n.cluster""")


def _every(con: duckdb.DuckDBPyConnection, table: str, key: str) -> str:
    """A temp table of every id in `table` (the `ids` of a refresh of all), named back."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE _all_{table} AS SELECT {key} AS id FROM {table}")
    return f"_all_{table}"


def _name_sources(con: duckdb.DuckDBPyConnection, members: str | None) -> None:
    """Name the sources `members` (an id_set; None: all) from their forms and kinds, read
    for those sources only (through the indexes) when they are few."""
    if members is None:
        members = f"(SELECT id FROM {_every(con, 'source_stats', 'source_id')})"
        forms, kinds = "source_forms", "source_kinds"
    else:
        forms, kinds = "_name_forms", "_name_kinds"
        for temp, table in ((forms, "source_forms"), (kinds, "source_kinds")):
            con.execute(f"CREATE OR REPLACE TEMP TABLE {temp} AS SELECT * FROM {table} "
                        f"WHERE source_id IN {members}")
    con.execute(_SOURCE_NAMES.format(ids=members, forms=forms, kinds=kinds))
    _set_lists(con, "source_stats", "source_id", members,
               {"forms": _SOURCE_FORM_LIST.format(forms=forms)})


def refresh_clusters(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute cluster_stats for the clusters in temp table `ids` (None: all); the words
    of quote texts that changed are indexed (a rebuild indexes all, words.index_all)."""
    members = id_set(con, ids)
    for table, sql in _CLUSTER_PARTS.items():
        _refresh(con, table, "cluster", sql, members,
                 "a.cluster" if "a.cluster" in sql else None, ("attributions", "cluster"))
    if ids is None:  # a block of clusters at a time: all at once outgrows DuckDB's memory cap
        con.execute("DELETE FROM cluster_stats")
        every = [r[0] for r in con.execute("SELECT DISTINCT cluster FROM attributions "
                                           "WHERE cluster IS NOT NULL ORDER BY 1").fetchall()]
        for start in range(0, len(every), CLUSTER_BLOCK):
            con.execute("CREATE OR REPLACE TEMP TABLE _cluster_block AS SELECT unnest($ids) "
                        "AS id", {"ids": every[start:start + CLUSTER_BLOCK]})
            con.execute("INSERT INTO cluster_stats " + _with_shown(_CLUSTER_STATS.format(
                where=_where("cluster", "(SELECT id FROM _cluster_block)"))))
        refresh_source_quotes(con, None)
        _count_flagged(con, None)
        fronts.refill(con)
        return
    con.execute("CREATE OR REPLACE TEMP TABLE _old_quote_texts AS SELECT cluster, quote_text "
                f"FROM cluster_stats WHERE cluster IN {members}")
    quoted = quoted_clusters(con, members)
    flagged = _flagged(con, members)
    _refresh(con, "cluster_stats", "cluster", _with_shown(_CLUSTER_STATS), members,
             members_of=("attributions", "cluster"))
    refresh_source_quotes(con, members, quoted)
    _count_flagged(con, _flagged(con, members) - flagged)
    fronts.touch_clusters(con, members, len(quoted))
    # the id filter alone first (DuckDB uses the id's index only then)
    con.execute("CREATE OR REPLACE TEMP TABLE _new_quote_texts AS SELECT cluster, quote_text, "
                f"n_quotes FROM cluster_stats WHERE cluster IN {members}")
    words.add_words(con, words.QUOTE, """
        SELECT s.cluster AS id, s.quote_text AS text FROM _new_quote_texts s
        LEFT JOIN _old_quote_texts o USING (cluster)
        WHERE s.n_quotes > 0 AND s.quote_text IS DISTINCT FROM o.quote_text""")


def refresh_groups(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute group_stats for the figure groups in temp table `ids` (None: all), their
    disagreements counted again (disagreements.py); for some groups, what their series'
    counts gained is left in `_group_clash_delta`."""
    members = id_set(con, ids)
    clash_sums = ("SELECT series_id, sum(n_clash) AS n FROM group_stats "
                  f"WHERE group_id IN {members} GROUP BY ALL")
    if members:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _clash_before AS {clash_sums}")
    _refresh(con, "group_stats", "group_id", _GROUP_STATS, members, "q.group_id",
             ("quantities", "group_id"))
    _set_disagreements(con, members)
    if members:
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE _group_clash_delta AS
            SELECT series_id, sum(n) AS n FROM (
                SELECT * FROM ({clash_sums})
                UNION ALL SELECT series_id, -n FROM _clash_before) GROUP BY ALL""")


def _set_disagreements(con: duckdb.DuckDBPyConnection, members: str | None) -> None:
    """Set n_clash of the groups `members` (an id_set; None: all) to their disagreements,
    counted from their figures (disagreements.count_disagreements)."""
    counts = disagreements.count_disagreements(con, members)
    where = f"AND group_stats.group_id IN {members}" if members else ""
    con.execute(f"UPDATE group_stats SET n_clash = d.n FROM {counts} d "
                f"WHERE group_stats.group_id = d.group_id AND d.n <> 0 {where}")


# the new figures of the growing groups, as _GROUP_STATS reads them (a seq range: only the
# last row groups of quantities and articles are read)
_NEW_FIGURES = f"""
SELECT q.group_id, q.series_id, q.ref, q.seq, q.lo, q.hi, q.lo_open, {FIGURE} AS fig
FROM (SELECT * FROM quantities WHERE seq BETWEEN {{lo}} AND {{hi}}
      AND group_id IN (SELECT id FROM {{ids}})) q
JOIN (SELECT seq, published, published_day_only, outlet FROM articles
      WHERE seq BETWEEN {{lo}} AND {{hi}}) ar
  ON ar.seq = q.seq
"""


def _stored_extreme(n: int, kind: str) -> str:
    """A stored group's `kind` (lo/hi) extreme number `n` as a candidate row of _GROWN_GROUPS
    (its figure NULL: read back from the stored extremes by its ref when needed)."""
    bound = f"{kind}{n}"
    open_ = f"{bound}_open" if kind == "lo" else "NULL::BOOLEAN"
    return (f"SELECT group_id, {bound}_ref AS ref, {bound}_seq AS seq, {bound} AS v, "
            f"{open_} AS open, NULL AS fig FROM _old_groups WHERE {bound}_ref IS NOT NULL")


# a group's stored columns but its extremes (a list of four figures, read only for the
# groups whose extremes change)
_GROUP_NUMBERS = ("group_id, series_id, n, lo1_ref, lo1_seq, lo1, lo1_open, lo2_ref, lo2_seq, "
                  "lo2, lo2_open, hi1_ref, hi1_seq, hi1, hi2_ref, hi2_seq, hi2, n_clash")
_EXTREME_REFS = ("lo1_ref", "lo2_ref", "hi1_ref", "hi2_ref")


# a group's best two articles by low and by high, among its stored two (old articles keep
# their bests) and the new articles' bests; then its row as _GROUP_STATS writes it, with
# the figures of its extremes (NULL for a stored one) in place of its list of them, the
# clash count to be set after
_GROWN_GROUPS = f"""
WITH new_lows AS (
    SELECT group_id, ref, seq, lo AS v, lo_open AS open, fig FROM _new_figures
    QUALIFY row_number() OVER (PARTITION BY group_id, seq ORDER BY lo DESC, lo_open DESC,
                               ref) = 1),
new_highs AS (
    SELECT group_id, ref, seq, hi AS v, NULL::BOOLEAN AS open, fig FROM _new_figures
    QUALIFY row_number() OVER (PARTITION BY group_id, seq ORDER BY hi, ref) = 1),
lows AS (SELECT *, row_number() OVER (PARTITION BY group_id ORDER BY v DESC, open DESC,
                                      ref) AS r
         FROM (SELECT * FROM new_lows UNION ALL {_stored_extreme(1, "lo")}
               UNION ALL {_stored_extreme(2, "lo")})),
highs AS (SELECT *, row_number() OVER (PARTITION BY group_id ORDER BY v, ref) AS r
          FROM (SELECT * FROM new_highs UNION ALL {_stored_extreme(1, "hi")}
                UNION ALL {_stored_extreme(2, "hi")})),
g AS (SELECT group_id, any_value(series_id) AS series_id, count(*) AS n FROM _new_figures
      GROUP BY ALL)
SELECT g.group_id, coalesce(o.series_id, g.series_id) AS series_id,
    coalesce(o.n, 0) + g.n AS n,
    l1.ref AS lo1_ref, l1.seq AS lo1_seq, l1.v AS lo1, l1.open AS lo1_open,
    l2.ref AS lo2_ref, l2.seq AS lo2_seq, l2.v AS lo2, l2.open AS lo2_open,
    h1.ref AS hi1_ref, h1.seq AS hi1_seq, h1.v AS hi1,
    h2.ref AS hi2_ref, h2.seq AS hi2_seq, h2.v AS hi2, 0 AS n_clash,
    l1.fig AS lo1_fig, l2.fig AS lo2_fig, h1.fig AS hi1_fig, h2.fig AS hi2_fig
FROM g LEFT JOIN _old_groups o ON o.group_id = g.group_id
LEFT JOIN lows l1 ON l1.group_id = g.group_id AND l1.r = 1
LEFT JOIN lows l2 ON l2.group_id = g.group_id AND l2.r = 2
LEFT JOIN highs h1 ON h1.group_id = g.group_id AND h1.r = 1
LEFT JOIN highs h2 ON h2.group_id = g.group_id AND h2.r = 2
"""


def grow_groups(con: duckdb.DuckDBPyConnection, seqs: tuple[int, int], ids: str) -> None:
    """Add the figures of new articles (numbered seqs[0]..seqs[1]) to the figure groups in
    temp table `ids`, whose old members are unchanged: counts summed, the best two articles
    by low and by high picked among the stored two and the new articles' (an old article's
    best bound is unchanged), and the disagreements kept where no new figure clashes with
    another article's, else counted again from the group's members (disagreements.py); a
    new group (no stored row: every group with figures has one) is its new figures. The
    same rows as refresh_groups gives, without reading an old member's figure where none
    clashes; what the series' disagreement counts gained is left in `_group_clash_delta`."""
    lo, hi = int(seqs[0]), int(seqs[1])
    members = id_set(con, ids)
    con.execute("CREATE OR REPLACE TEMP TABLE _new_figures AS "
                + _NEW_FIGURES.format(lo=lo, hi=hi, ids=ids))
    # the id filter alone, so that DuckDB reads the stored rows through the index
    con.execute(f"CREATE OR REPLACE TEMP TABLE _old_groups AS SELECT {_GROUP_NUMBERS} "
                f"FROM group_stats WHERE group_id IN {members}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE _grown_figure_groups AS {_GROWN_GROUPS}")
    # a group's disagreements change only where a new figure clashes with another article's
    # (its extremes among them) or a new article clashes within: counted again, from all
    # its members; elsewhere no pair of stories or of sources is new, nor any old one gone
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _recounted_groups AS
        SELECT DISTINCT q.group_id AS id FROM _new_figures q
        JOIN _grown_figure_groups g USING (group_id)
        WHERE coalesce({CLASH_SQL.format(q='q')}, false)
        UNION SELECT q.group_id FROM _new_figures q JOIN (
            SELECT ref_a AS ref FROM figure_clashes WHERE seq BETWEEN {lo} AND {hi}) c
          USING (ref)""")
    recount = id_set(con, "_recounted_groups")
    con.execute("CREATE OR REPLACE TEMP TABLE _recounted AS SELECT 0::BIGINT AS group_id, "
                "0::BIGINT AS n LIMIT 0")
    if recount != "(NULL)":
        counts = disagreements.count_disagreements(con, recount)
        con.execute(f"INSERT INTO _recounted SELECT group_id, n FROM {counts}")
    con.execute("CREATE OR REPLACE TEMP TABLE _grown_figure_groups AS SELECT g.* REPLACE ("
                "CASE WHEN g.group_id IN (SELECT id FROM _recounted_groups) "
                "THEN coalesce(c.n, 0) ELSE coalesce(o.n_clash, 0) END AS n_clash) "
                "FROM _grown_figure_groups g LEFT JOIN _recounted c USING (group_id) "
                "LEFT JOIN (SELECT group_id, n_clash FROM _old_groups) o USING (group_id)")
    _store_grown_figure_groups(con)
    con.execute("""
        CREATE OR REPLACE TEMP TABLE _group_clash_delta AS
        SELECT series_id, sum(n) AS n FROM (
            SELECT series_id, n_clash AS n FROM _grown_figure_groups
            UNION ALL SELECT series_id, -n_clash FROM _old_groups) GROUP BY ALL""")


def _store_grown_figure_groups(con: duckdb.DuckDBPyConnection) -> None:
    """Write the rows of `_grown_figure_groups` into group_stats: a group whose extremes are
    the same figures (the same refs) gets its counts set in place; the others, and new
    groups, are inserted whole (the stored row deleted first), their extremes listed from
    the new figures and, read back by ref, the stored ones (a list column set rewrites the
    row anyway, _set_lists). Unlike the other summaries (_add, _store_grown), set in place:
    group_stats is small (214k rows in 2 row groups at 1M articles), so the checkpoint's
    rewrite of the set columns of the row groups holding them is too, while reading a
    stored row's extremes (a list of four figures) costs a block read per entry field."""
    same = " AND ".join(f"g.{c} IS NOT DISTINCT FROM o.{c}" for c in _EXTREME_REFS)
    con.execute("CREATE OR REPLACE TEMP TABLE _groups_in_place AS SELECT g.group_id AS id "
                f"FROM _grown_figure_groups g JOIN _old_groups o USING (group_id) WHERE {same}")
    in_place = {r[0] for r in con.execute("SELECT id FROM _groups_in_place").fetchall()}
    others = "SELECT group_id FROM _old_groups WHERE group_id NOT IN " \
        "(SELECT id FROM _groups_in_place)"
    rewritten = _literal_set([r[0] for r in con.execute(
        f"{others} LIMIT {LITERAL_IDS + 1}").fetchall()], f"({others})")
    con.execute("CREATE OR REPLACE TEMP TABLE _old_extremes AS SELECT group_id, extremes "
                "FROM group_stats LIMIT 0")
    if rewritten != "(NULL)":
        con.execute("INSERT INTO _old_extremes SELECT group_id, extremes FROM group_stats "
                    f"WHERE group_id IN {rewritten}")
        con.execute(f"DELETE FROM group_stats WHERE group_id IN {rewritten}")
    figures = ", ".join(
        f"coalesce(g.{c.replace('_ref', '_fig')}, "
        f"list_filter(e.extremes, lambda x: x.ref = g.{c})[1])" for c in _EXTREME_REFS)
    numbers = _GROUP_NUMBERS.replace("group_id", "g.group_id", 1)
    con.execute(f"INSERT INTO group_stats SELECT {numbers}, "
                f"[x FOR x IN [{figures}] IF x IS NOT NULL] FROM _grown_figure_groups g "
                "LEFT JOIN _old_extremes e USING (group_id) "
                "WHERE g.group_id NOT IN (SELECT id FROM _groups_in_place)")
    if in_place:  # the same extremes: the same bounds and refs, only counts change
        ids = _literal_set(sorted(in_place), "(SELECT id FROM _groups_in_place)")
        con.execute("UPDATE group_stats SET " + ", ".join(
            f"{c} = (SELECT g.{c} FROM _grown_figure_groups g WHERE g.group_id = "
            "group_stats.group_id)" for c in ("n", "n_clash")) + f" WHERE group_id IN {ids}")


# a series' figures in as-of order (views.series_figures): their order keys (FIGURE_ORDER's
# fields), written sorted by series and day, so that a page's top-N reads the row groups of
# its series' first days only (DuckDB's dynamic filter on `day`, checked against zone maps)
# (schema 12) with what a series' page shows of the figure beside them, narrow: one JSON
# list of FIGURE_SHOWN_FIELDS (the FIGURE struct's other fields are the row's order keys
# or are not shown), so that the page reads its rows here, not each figure's row of
# quantities and articles. Written with the row: a figure whose fields change (its
# article dated or its outlet filled by a sighting, its mention moved to another source)
# has its row written again (merge.py).
SERIES_ORDER = "day, published, seq, ref"
FIGURE_SHOWN_FIELDS = ("article_id", "quantity_id", "text", "value", "low", "high", "hedge",
                       "counted", "unit", "series_key", "attribution_id", "as_of",
                       "as_of_from", "place", "outlet", "source_id")
FIGURE_SHOWN = ("json_array(" + ", ".join(
    "ar.outlet" if f == "outlet" else "q.source_id::VARCHAR" if f == "source_id" else f"q.{f}"
    for f in FIGURE_SHOWN_FIELDS) + ")::VARCHAR")
_SERIES_ORDER = f"""
SELECT q.series_id, coalesce(q.day, '') AS day,
       coalesce({AR_SORT}, '1970-01-01'::TIMESTAMPTZ) AS published, q.seq, q.ref,
       {FIGURE_SHOWN} AS shown
FROM (SELECT * FROM quantities WHERE series_id IS NOT NULL {{where}} {{series}}) q
JOIN (SELECT seq, published, published_day_only, outlet FROM articles WHERE true {{where}}) ar
  USING (seq)
ORDER BY q.series_id, {SERIES_ORDER}
"""


def add_series_order(con: duckdb.DuckDBPyConnection, seqs: str | None, *,
                     new: bool = False, series: Iterable[int] | None = None) -> None:
    """Write the series_order rows of the figures of articles `seqs` (an SQL condition on
    `seq`, e.g. "BETWEEN 5 AND 9"; None: every figure) again; `new`: none is stored yet;
    `series`: only those of these series. Rows are deleted by series and seq together:
    series_order is kept in series order, so the series' zone maps skip most of its row
    groups, where `seq` alone (no index) reads that column whole."""
    if series is not None and not series:
        return
    only = f"AND series_id IN ({', '.join(str(int(i)) for i in sorted(series))})" \
        if series is not None else ""
    if not new:
        where = f"WHERE seq {seqs} {only}" if seqs else (f"WHERE true {only}" if only else "")
        con.execute(f"DELETE FROM series_order {where}")
    con.execute("INSERT INTO series_order " + _SERIES_ORDER.format(
        where=f"AND seq {seqs}" if seqs else "", series=only))


def refresh_series(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute the summaries of the series in temp table `ids` (None: all) from their
    figures; counted words are filled by the caller (figures.counted_words is Python)."""
    members = id_set(con, ids)
    where = f"WHERE series_id IN {members}" if ids else ""
    for table, sql in (("series_stats", _SERIES_COUNTS), *_SERIES_PARTS.items()):
        con.execute(f"DELETE FROM {table} {where}")
        member = _where("q.series_id" if table == "series_stats" else "series_id", members)
        con.execute(f"INSERT INTO {table} " + sql.format(where=member))
    if ids is None:  # a series' figures keep their order keys unless re-dated (a sighting)
        add_series_order(con, None)
    name_series(con, ids)


def add_series(con: duckdb.DuckDBPyConnection, seqs: tuple[int, int], ids: str,
               groups_refreshed: bool = False) -> None:
    """Add the figures of new articles (numbered seqs[0]..seqs[1]) to their series'
    summaries; `ids` (a temp table) holds the series touched. Their disagreement counts
    gain, if `groups_refreshed` (the batch's groups were just counted again by
    refresh_groups or grow_groups), what their groups' counts gained."""
    member = f"AND q.seq BETWEEN {int(seqs[0])} AND {int(seqs[1])}"
    add_series_order(con, f"BETWEEN {int(seqs[0])} AND {int(seqs[1])}", new=True)
    _add(con, "series_stats", ("series_id",), _SERIES_COUNTS.format(where=member),
         ("n_figures", "n_articles"), maxes=("last_day",), lasts=("sample",))
    for table, sql in _SERIES_PARTS.items():
        _add(con, table, ("series_id", "part"),
             sql.format(where=f"AND seq BETWEEN {int(seqs[0])} AND {int(seqs[1])}"), ("n",))
    delta = "SELECT series_id, sum(n) AS n FROM _group_clash_delta GROUP BY ALL" \
        if groups_refreshed else \
        "SELECT 0::BIGINT AS series_id, 0::BIGINT AS n LIMIT 0"
    con.execute(f"CREATE OR REPLACE TEMP TABLE _clash_delta AS {delta}")
    name_series(con, ids, added=True)


def name_series(con: duckdb.DuckDBPyConnection, ids: str | None, *, added: bool = False
                ) -> None:
    """Label the series of temp table `ids` (None: all) from their parts' counts, and
    count their disagreements again (`added`: add `_clash_delta` to the stored count)."""
    ids = ids or _every(con, "series_stats", "series_id")
    con.execute(_SERIES_NAMES.format(
        ids=f"(SELECT id FROM {ids})",
        disagreements=_MORE_DISAGREEMENTS if added else _ALL_DISAGREEMENTS))
    _set_lists(con, "series_stats", "series_id", f"(SELECT id FROM {ids})",
               {"places": _SERIES_PLACE_LIST})


def _store_grown(con: duckdb.DuckDBPyConnection) -> None:
    """Write the rows of temp table `_grown` (`_old_clusters`: their stored rows) into
    cluster_stats: each stored row deleted, every row inserted whole. A stored row is not
    set in place: that would have the next checkpoint write the set columns of every row
    group holding a grown cluster again (100k articles: all 8 row groups of cluster_stats
    at each checkpoint; at 1M some 70, seconds), where a delete only marks the row; and a
    text column set in place from NULL is what DuckDB 2.0.1 can fail to replay from the
    log (store.py)."""
    # _GROWN's columns are in the table's order, unnamed; their narrow forms added
    con.execute("CREATE OR REPLACE TEMP TABLE _grown AS "
                + _with_shown("SELECT * FROM _grown"))
    stored = _literal_set([r[0] for r in con.execute(
        f"SELECT cluster FROM _old_clusters LIMIT {LITERAL_IDS + 1}").fetchall()],
        "(SELECT cluster FROM _old_clusters)")
    if stored != "(NULL)":
        con.execute(f"DELETE FROM cluster_stats WHERE cluster IN {stored}")
    con.execute("INSERT INTO cluster_stats SELECT * FROM _grown")


def refresh_cluster_parts(con: duckdb.DuckDBPyConnection) -> None:
    """Fill every cluster's sources, reports and outlets tables from the members (a ledger
    of schema 5 or 6, whose cluster summaries were recomputed at every ingest)."""
    for table, sql in _CLUSTER_PARTS.items():
        _refresh(con, table, "cluster", sql, None)


# what a grown cluster's new row is made of (_GROWN) and what is compared after, of its
# stored row: not its lists of sources and outlets (summed up from cluster_sources and
# cluster_outlets) nor its narrow forms (made again, _with_shown); a row is read by its id
# one column at a time, and a list column costs a block read of its own and of its entries
_OLD_CLUSTER = ("cluster, text, quote_text, n_members, n_quotes, n_articles, n_sources, n_named, "
                "wire_only, first_published, first_seq, first_ref, quote_first_published, "
                "quote_first_seq, first_quote_ref, sample, quote_sample")


def _rows_after_add(con: duckdb.DuckDBPyConnection, table: str, members: str,
                    added_to: str) -> str:
    """SQL for the rows of cluster part `table` of the clusters `members` (an id_set) after
    _add added to the clusters `added_to` (its return): theirs from what _add read and
    wrote (`_stored`, `_merged`, `_added`), the others' read through the cluster index.
    Reading all of them again fetched each row a second time, one row group per row at 1M
    articles (0.8 s CPU a batch of 32 over the three parts)."""
    if members.startswith("(SELECT") or added_to.startswith("(SELECT"):
        return f"SELECT * FROM {table} WHERE cluster IN {members}"
    listed = {int(v) for v in re.findall(r"-?\d+", members)}
    others = _literal_set(sorted(listed - {int(v) for v in re.findall(r"-?\d+", added_to)}),
                          "")
    stored = ("SELECT * EXCLUDE (_row) FROM _stored "
              "WHERE _row NOT IN (SELECT _row FROM _merged) "
              "UNION ALL SELECT * EXCLUDE (_row) FROM _merged UNION ALL SELECT * FROM _added")
    if others == "(NULL)":
        return stored
    return f"{stored} UNION ALL SELECT * FROM {table} WHERE cluster IN {others}"


def _read_listed_names(con: duckdb.DuckDBPyConnection) -> None:
    """Leave in `_listed_sources` the sources of each grown cluster that its list of names
    shows (the first LIST_CAP; a source's first ref in a cluster is its own) and in
    `_listed_names` their names, read through source_stats' id index: a join with
    source_stats read the id and name of every source (1M articles: 0.6 s CPU a batch)."""
    con.execute("CREATE OR REPLACE TEMP TABLE _listed_sources AS SELECT cluster, source_id, "
                "named, first_ref FROM _grown_sources QUALIFY row_number() OVER ("
                f"PARTITION BY cluster ORDER BY NOT named, first_ref) <= {LIST_CAP}")
    listed = _literal_set([r[0] for r in con.execute(
        "SELECT DISTINCT source_id FROM _listed_sources WHERE source_id IS NOT NULL "
        f"LIMIT {LITERAL_IDS + 1}").fetchall()], "(SELECT source_id FROM _listed_sources)")
    con.execute("CREATE OR REPLACE TEMP TABLE _listed_names AS SELECT source_id, name "
                f"FROM source_stats WHERE source_id IN {listed}")


def grow_clusters(con: duckdb.DuckDBPyConnection, seqs: tuple[int, int], ids: str) -> None:
    """Add the members of new articles (numbered seqs[0]..seqs[1]) to the clusters in temp
    table `ids`, whose old members are unchanged (the caller recomputes clusters that merged,
    whose mentions moved or whose articles were regrouped): counts summed, first members,
    longest texts and samples combined, distinct sources, reports and outlets read from
    their per-cluster tables. The same rows as refresh_clusters gives."""
    lo, hi = int(seqs[0]), int(seqs[1])
    members = id_set(con, ids)
    con.execute("CREATE OR REPLACE TEMP TABLE _new_members AS "
                + _NEW_MEMBERS.format(lo=lo, hi=hi, ids=ids, A_SORT=A_SORT))
    member = "AND seq BETWEEN {lo} AND {hi} AND cluster IN (SELECT id FROM {ids})"
    for table, sql in _CLUSTER_PARTS.items():
        keys, combine = _PART_KEYS[table]
        sql = _joining_appearances_of(
            con, sql, f"SELECT id FROM articles WHERE seq BETWEEN {lo} AND {hi}")
        where = member.replace("seq", "a.seq").replace("cluster IN", "a.cluster IN") \
            if "a.cluster" in sql else member
        # a relaying attribution is in its member's article, so among the new rows: read
        # there, not joined to every attribution (100k articles: 5 ms an article)
        sql = sql.replace("FROM attributions outer_att", "FROM (SELECT * FROM attributions "
                          f"WHERE seq BETWEEN {lo} AND {hi}) outer_att")
        added_to = _add(con, table, keys, sql.format(
            where=where.format(lo=lo, hi=hi, ids=ids)), (), **combine)
        con.execute(f"CREATE OR REPLACE TEMP TABLE _grown_{table.split('_')[1]} AS "
                    + _rows_after_add(con, table, members, added_to))
    con.execute(f"CREATE OR REPLACE TEMP TABLE _new_part AS {_NEW_PART}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE _old_clusters AS SELECT {_OLD_CLUSTER} "
                f"FROM cluster_stats WHERE cluster IN {members}")
    _read_listed_names(con)
    con.execute(f"CREATE OR REPLACE TEMP TABLE _grown AS {_GROWN}")
    _store_grown(con)
    quoted = [r[0] for r in con.execute(
        "SELECT cluster FROM _old_clusters WHERE n_quotes > 0").fetchall()]
    refresh_source_quotes(con, members, quoted, grown=True)
    fronts.touch_clusters(con, members, len(quoted))
    # flagged among the clusters' new rows (_grown, its columns named) and their old ones
    now, before = (con.execute(f"SELECT count(*) FILTER (WHERE {FLAGGED_SQL}) FROM {t}"
                               ).fetchall()[0][0] for t in ("_grown", "_old_clusters"))
    _count_flagged(con, now - before)
    words.add_words(con, words.QUOTE, """
        SELECT g.cluster AS id, g.quote_text AS text FROM _grown g
        LEFT JOIN _old_clusters o USING (cluster)
        WHERE g.n_quotes > 0 AND g.quote_text IS DISTINCT FROM o.quote_text""")
