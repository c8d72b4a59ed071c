"""The per-source, per-cluster, per-group and per-series summaries views page through.

Each summary is recomputed from its members with one SQL statement, for the ids a batch
touched (`ids` names a temporary table of them) or for every id (`ids=None`, a rebuild);
the same statement either way, so a rebuild and a run of ingests agree.
"""

from __future__ import annotations

import duckdb

from according.ledger.model import NO_SOURCE, UNRESOLVED
from according.ledger.names import NONE_KEY, UNRESOLVED_KEY

LIST_CAP = 50  # names, forms and outlets kept in one summary row

_SOURCE_STATS = f"""
WITH m AS (
    SELECT source_id, source_key, source_name, source_phrase, source_kind, named, seq, ref,
           name_full
    FROM attributions WHERE source_id IS NOT NULL {{where}}),
names AS (
    SELECT source_id, source_name AS name, any_value(name_full) AS full, count(*) AS n
    FROM m WHERE source_name IS NOT NULL AND trim(source_name) <> '' GROUP BY ALL),
forms AS (
    SELECT source_id, form, sum(n) AS n, min(first_ref) AS first_ref FROM (
        SELECT source_id, source_phrase AS form, count(*) AS n, min(ref) AS first_ref
        FROM m WHERE source_phrase IS NOT NULL GROUP BY ALL
        UNION ALL
        SELECT source_id, source_name, count(*), min(ref) FROM m
        WHERE source_name IS NOT NULL GROUP BY ALL)
    WHERE trim(form) <> '' AND form NOT IN ('{NO_SOURCE}', '{UNRESOLVED}')
    GROUP BY ALL),
kinds AS (SELECT source_id, source_kind, count(*) AS n FROM m GROUP BY ALL),
base AS (
    SELECT source_id, any_value(source_key) AS key, bool_and(named) AS named,
           count(*) AS n_attributions, count(DISTINCT seq) AS n_articles, min(ref) AS first_ref
    FROM m GROUP BY source_id)
SELECT b.source_id, b.key,
    CASE WHEN b.key = '{NONE_KEY}' THEN '{NO_SOURCE}'
         WHEN b.key = '{UNRESOLVED_KEY}' THEN '{UNRESOLVED}'
         ELSE coalesce(
             (SELECT o.canonical FROM _outlet_names o WHERE b.key = 'org:' || o.norm),
             (SELECT first(n.name ORDER BY
                  (b.key LIKE 'person:%' AND b.key NOT LIKE 'person:?%' AND n.full) DESC,
                  n.n DESC, length(n.name) DESC, n.name DESC)
              FROM names n WHERE n.source_id = b.source_id),
             '{NO_SOURCE}') END,
    (SELECT first(k.source_kind ORDER BY k.n DESC, k.source_kind)
     FROM kinds k WHERE k.source_id = b.source_id),
    b.named, b.n_attributions, b.n_articles,
    coalesce((SELECT list(f.form ORDER BY f.n DESC, f.first_ref, f.form)[1:{LIST_CAP}]
              FROM forms f WHERE f.source_id = b.source_id), []),
    b.first_ref
FROM base b
"""

_CLUSTER_STATS = f"""
WITH m AS (
    SELECT cluster, ref, seq, quote, source_id, source_key, named, content_text
    FROM attributions WHERE cluster IS NOT NULL {{where}}),
ar AS (SELECT seq, id, group_seq, published FROM articles
       WHERE seq IN (SELECT DISTINCT seq FROM m)),
gw AS (SELECT group_seq, bool_or(len(wire) > 0) AS wire FROM articles
       WHERE group_seq IN (SELECT group_seq FROM ar) GROUP BY group_seq),
mm AS (SELECT m.*, ar.group_seq, ar.published, gw.wire FROM m JOIN ar USING (seq)
       JOIN gw USING (group_seq)),
srcs AS (
    SELECT mm.cluster, mm.source_id, bool_and(mm.named) AS named, min(mm.ref) AS first_ref,
           any_value(s.name) AS name
    FROM mm LEFT JOIN source_stats s USING (source_id)
    WHERE mm.source_key NOT IN ('{NONE_KEY}', '{UNRESOLVED_KEY}') GROUP BY ALL),
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
    first(mm.seq ORDER BY mm.published NULLS LAST, mm.seq, mm.ref) FILTER (mm.quote)
FROM mm GROUP BY mm.cluster
"""

# the most constraining low and high bound of each article in a group, then the best two
# articles for each: enough to tell whether any figure clashes with another article's
_GROUP_STATS = """
WITH f AS (SELECT group_id, series_id, ref, seq, lo, hi, lo_open FROM quantities
           WHERE group_id IS NOT NULL {where}),
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
    h1.ref, h1.seq, h1.hi, h2.ref, h2.seq, h2.hi
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

_SERIES_STATS = f"""
WITH f AS (SELECT q.series_id, q.series_key, q.label, q.unit, q.seq, q.ref, q.day, q.place,
                  q.lo, q.hi, q.lo_open,
                  coalesce({CLASH_SQL.format(q="q")}, false) AS clash
           FROM quantities q LEFT JOIN group_stats g USING (group_id)
           WHERE q.series_id IS NOT NULL {{where}}),
labels AS (SELECT series_id, label, count(*) AS n FROM f GROUP BY ALL),
units AS (SELECT series_id, unit, count(*) AS n FROM f GROUP BY ALL),
places AS (SELECT series_id, place, count(*) AS n FROM f WHERE place IS NOT NULL GROUP BY ALL),
within AS (SELECT ref_a AS ref FROM figure_clashes UNION SELECT ref_b FROM figure_clashes)
SELECT f.series_id, any_value(f.series_key),
    (SELECT first(l.label ORDER BY l.n DESC, l.label) FROM labels l
     WHERE l.series_id = f.series_id),
    (SELECT first(u.unit ORDER BY u.n DESC, u.unit) FROM units u
     WHERE u.series_id = f.series_id),
    NULL::VARCHAR[],
    count(*), count(DISTINCT f.seq),
    count(*) FILTER (f.clash OR f.ref IN (SELECT ref FROM within)),
    coalesce((SELECT list(p.place ORDER BY p.n DESC, p.place)[1:{LIST_CAP}] FROM places p
              WHERE p.series_id = f.series_id), []),
    max(f.day)
FROM f GROUP BY f.series_id
"""


def _where(column: str, ids: str | None) -> str:
    return f"AND {column} IN (SELECT id FROM {ids})" if ids else ""


def _refresh(con: duckdb.DuckDBPyConnection, table: str, column: str, sql: str,
             ids: str | None, member_column: str | None = None) -> None:
    where = f"WHERE {column} IN (SELECT id FROM {ids})" if ids else ""
    con.execute(f"DELETE FROM {table} {where}")
    con.execute(f"INSERT INTO {table} " + sql.format(where=_where(member_column or column, ids)))


def refresh_sources(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute source_stats for the source ids in temp table `ids` (None: all)."""
    _refresh(con, "source_stats", "source_id", _SOURCE_STATS, ids)


def refresh_clusters(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute cluster_stats for the clusters in temp table `ids` (None: all)."""
    _refresh(con, "cluster_stats", "cluster", _CLUSTER_STATS, ids)


def refresh_groups(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute group_stats for the figure groups in temp table `ids` (None: all)."""
    _refresh(con, "group_stats", "group_id", _GROUP_STATS, ids)


def refresh_series(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Recompute series_stats for the series in temp table `ids` (None: all); their counted
    words are filled by the caller (figures.counted_words is Python)."""
    _refresh(con, "series_stats", "series_id", _SERIES_STATS, ids, "q.series_id")
