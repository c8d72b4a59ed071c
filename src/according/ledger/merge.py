"""Merges across articles, kept in the ledger's tables: one batch at a time, or all at once.

A batch of new articles joins what is stored, inside the batch's own transaction:

1. `prepare_batch` (before its rows are inserted): each article joins a near-duplicate
   group through the story LSH buckets (duplicates.py); each content joins a text (same
   words) and, if it is a quote, a quote cluster through the text LSH buckets (quotes.py);
   groups and clusters that a new article or quote bridges are relabelled to their
   smallest id. The batch's rows get their group and cluster ids, and their anonymous,
   unspecified and document sources the key of their story's original
   (names.occurrence_key: a wire story and its copies name one occurrence).
2. the caller inserts the rows;
3. `finish_batch`: sources waiting on other articles (a surname alone, an acronym,
   names.py) are resolved again wherever the evidence they read changed, the stored
   copies of a story joined to another take its original's occurrences, and the
   summaries (stats.py) of every source, cluster, figure group and series the batch
   touched are recomputed from their members.

`merge_all` computes the same tables for the whole ledger at once (`according rebuild`,
and loading many rows). Groups and clusters are connected components and waiting sources
are re-resolved from the whole ledger's evidence, so a run of batches in any order and
sizes, a killed run resumed, and a rebuild all give the same merges.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

import duckdb
import numpy as np
import pyarrow as pa

from according.ledger import fronts, stats
from according.ledger.duplicates import (
    STORY_KEY_COLUMNS,
    STORY_KEY_FIELDS,
    StoryKey,
    group_original,
    key_buckets,
    record_story_day,
    same_story,
    stored_key,
    stored_story_days,
)
from according.ledger.figures import unit_words
from according.ledger.minhash import hash64
from according.ledger.names import (
    acronym_key,
    is_occurrence_key,
    mention_facts_waiting,
    name_rules,
    occurrence_key,
    resolve_surnames,
)
from according.ledger.quotes import (
    is_piece_bucket,
    numbers,
    quote_buckets,
    same_quote,
    shingles,
)
from according.ledger.rows import TableRows
from according.ledger.sort_time import sort_moment, sort_sql
from according.ledger.words import HEADLINE, QUOTE, add_words, index_all

LOOKUP_CHUNK = 1000  # values per IN list, so DuckDB answers from the ART index
# a quote is compared with the first texts of each LSH bucket it falls in (by first
# appearance), at most this many: a bucket of thousands of near-misses (a statement
# repeated daily with a new number) costs one pass, not all its pairs. A bucket stores
# only those texts (text_buckets), so a lookup reads at most this many rows per bucket
FIRST_IN_BUCKET = 50
# a piece fingerprint's bucket (quotes.piece_keys) keeps fewer: one that fills is a common
# run of words ("at the end of the day"), not a quote repeated, and each text in it beyond
# these would only be compared in vain (merge rules 23)
FIRST_IN_PIECE_BUCKET = 8


# an article is compared with the first articles (by seq) of each story bucket it falls in
# (duplicates.key_buckets: a story band or a quoted band), at most this many, and a bucket
# stores only those (merge rules 38): a widely copied wire story or a widely quoted
# statement made a bucket of thousands of articles, each read by every batch falling in
# it. A new copy of such a story still meets the story's first members, whose group it
# joins
FIRST_IN_STORY_BUCKET = 50


def first_in_story_bucket_sql(alias: str = "") -> str:
    """SQL keeping a story_buckets row among its bucket's first FIRST_IN_STORY_BUCKET by
    seq (a QUALIFY condition; `alias`: the table's alias, or none)."""
    a = f"{alias}." if alias else ""
    return (f"row_number() OVER (PARTITION BY {a}bucket ORDER BY {a}seq) "
            f"<= {FIRST_IN_STORY_BUCKET}")


def cut_story_buckets(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Delete every story_buckets row beyond its bucket's first FIRST_IN_STORY_BUCKET
    articles (by seq), as ingests and rebuilds store them; returns the articles of the
    buckets that held more (sorted), whose groups the caller forms again."""
    over = [r[0] for r in con.execute(f"""
        SELECT DISTINCT seq FROM story_buckets WHERE bucket IN (
            SELECT bucket FROM story_buckets GROUP BY bucket
            HAVING count(*) > {FIRST_IN_STORY_BUCKET}) ORDER BY seq""").fetchall()]
    if over:
        con.execute(f"""
            DELETE FROM story_buckets WHERE rowid IN (
                SELECT rowid FROM story_buckets
                QUALIFY NOT ({first_in_story_bucket_sql()}))""")
    return over


def first_in_bucket(bucket: int) -> int:
    """How many first texts a text bucket keeps and compares a new text with: a piece
    fingerprint's FIRST_IN_PIECE_BUCKET (never more than a band's), an LSH band's
    FIRST_IN_BUCKET."""
    return min(FIRST_IN_BUCKET, FIRST_IN_PIECE_BUCKET) if is_piece_bucket(bucket) \
        else FIRST_IN_BUCKET


def first_in_bucket_sql() -> str:
    """first_in_bucket over a `bucket` column, in SQL (DuckDB's and Spark's)."""
    return (f"CASE WHEN (bucket & 1) = 1 THEN {min(FIRST_IN_BUCKET, FIRST_IN_PIECE_BUCKET)} "
            f"ELSE {FIRST_IN_BUCKET} END")


class UnionFind:
    """Union-find over hashable nodes; a component's label is its smallest `rank` value."""

    def __init__(self) -> None:
        self.parent: dict = {}

    def find(self, x: object) -> object:
        parent = self.parent
        parent.setdefault(x, x)
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: object, b: object) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        self.parent[max(ra, rb)] = min(ra, rb)
        return True

    def components(self) -> dict[object, list]:
        out: dict[object, list] = defaultdict(list)
        for node in list(self.parent):
            out[self.find(node)].append(node)
        return out


def lookup_any(con: duckdb.DuckDBPyConnection, sql: str, values: Iterable[int]) -> list[tuple]:
    """Rows of `sql` for integer values passed as the list parameter `$values` (a column
    without an index: `col = ANY($values)` joins, where a long literal IN list would read
    every column of every row)."""
    values = sorted({int(v) for v in values})
    if not values:
        return []
    result = con.execute(sql, {"values": values})
    return result.fetchall() if result.description else []


def lookup(con: duckdb.DuckDBPyConnection, sql: str, values: Iterable[int]) -> list[tuple]:
    """Rows of `sql` (with one `{values}` placeholder) for many integer values of an
    ART-indexed column, in chunks small enough for an index lookup."""
    values = sorted({int(v) for v in values})
    rows: list[tuple] = []
    for start in range(0, len(values), LOOKUP_CHUNK):
        chunk = ",".join(map(str, values[start:start + LOOKUP_CHUNK]))
        rows += con.execute(sql.format(values=chunk)).fetchall()
    return rows


def unregister(con: duckdb.DuckDBPyConnection, name: str) -> None:
    """Drop the Arrow view `name` registered on `con`. In a transaction a failed statement
    aborted, DuckDB refuses (TransactionException) and the view goes with the rollback's
    connection state: that refusal is skipped, so the error that aborted the transaction
    (out of memory: store it in halves; disk full; a bad value) is the one raised."""
    try:
        con.unregister(name)
    except duckdb.TransactionException:
        pass


def ids_table(con: duckdb.DuckDBPyConnection, name: str, ids: Iterable[int]) -> str:
    """A temporary table `name(id BIGINT)` holding `ids`; returns its name."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} (id BIGINT)")
    values = sorted({int(i) for i in ids if i is not None})
    if values:
        con.register("_ids_view", pa.table({"id": pa.array(values, pa.int64())}))
        try:
            con.execute(f"INSERT INTO {name} SELECT id FROM _ids_view")
        finally:
            unregister(con, "_ids_view")
    return name


def insert_columns(con: duckdb.DuckDBPyConnection, table: str, columns: dict[str, list]) -> None:
    """Append column lists to `table` (names must be its columns)."""
    if not columns or not next(iter(columns.values())):
        return
    view = f"_insert_{table}"
    con.register(view, pa.table(columns))
    try:
        names = ", ".join(f'"{n}"' for n in columns)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {names} FROM {view}")
    finally:
        unregister(con, view)


class Move(NamedTuple):
    """A waiting mention given another source by new evidence."""

    ref: int
    old: int  # source ids
    new: int
    seq: int
    old_key: str
    new_key: str
    cluster: int | None


def one_article(key: str) -> bool:
    """Whether a source key is kept per article (a waiting surname, "person:? smith
    @<article id>"): all its members are in that one article. An anonymous source is kept
    per story (names.occurrence_key): its members may lie in the story's copies."""
    return key.startswith("person:? ") and " @" in key


# a stored source key kept per story (names.is_occurrence_key), as SQL over column {c}
OCCURRENCE_SQL = ("({c} LIKE '% @%' AND NOT starts_with({c}, 'person:') "
                  "AND NOT starts_with({c}, 'org:'))")


@dataclass
class BatchState:
    """What `prepare_batch` found, for `finish_batch`."""

    texts: dict[str, list] = field(default_factory=dict)
    text_buckets: dict[str, list] = field(default_factory=dict)
    story_buckets: dict[str, list] = field(default_factory=dict)
    promoted: list[int] = field(default_factory=list)
    merged_clusters: set[int] = field(default_factory=set)
    regrouped: set[int] = field(default_factory=set)
    absorbed_groups: set[int] = field(default_factory=set)
    evidence_before: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)
    norms_before: dict[str, frozenset[str]] = field(default_factory=dict)


# -- one batch ----------------------------------------------------------------------------


def prepare_batch(con: duckdb.DuckDBPyConnection, rows: TableRows) -> BatchState:
    """Give the batch's rows their group and cluster ids (see module doc, step 1)."""
    state = BatchState()
    _join_stories(con, rows, state)
    _occurrences_of_batch(con, rows)
    _join_texts(con, rows, state)
    att = rows.columns.get("attributions", {})
    surnames = {s for s, w, f in zip(att.get("surname", ()), att.get("waiting", ()),
                                     att.get("first", ()), strict=True) if s and (w or f)}
    state.evidence_before = person_evidence(con, surnames)
    state.norms_before = org_norms(con, {i for i in att.get("org_initials", ()) if i})
    return state


def finish_batch(con: duckdb.DuckDBPyConnection, rows: TableRows, state: BatchState) -> None:
    """After the batch's rows are inserted: merge tables, waiting sources, summaries."""
    from according.ledger import migrate  # (it imports this module)

    insert_columns(con, "texts", state.texts)
    insert_columns(con, "text_buckets", state.text_buckets)
    insert_columns(con, "story_buckets", state.story_buckets)
    fronts.touch_groups(con, state.absorbed_groups)
    if state.promoted:
        lookup(con, "UPDATE texts SET quote = true WHERE text_key IN ({values})",
               state.promoted)
    att = rows.columns.get("attributions", {})
    seqs = set(rows.columns.get("articles", {}).get("seq", ()))
    add_name_evidence(con, seqs)
    quoted = add_cluster_firsts(con, att, state.merged_clusters)
    moved = resolve_waiting_people(con, surnames=set(), seqs=seqs,
                                   clusters=state.merged_clusters, quoted=quoted,
                                   titles=_added_titles(att, state.evidence_before))
    moved += resolve_waiting_acronyms(con, _changed_initials(att, state.norms_before), seqs)
    # stored copies of stories the batch joined to another take that story's original;
    # the occurrences they leave have no member left, nor words to be found by
    occurrences = rekey_story_occurrences(con, state.regrouped)
    moved += occurrences
    left = {m.old for m in occurrences}
    if left:
        migrate.drop_source_words(con, left)
    recompute_sources, article_sources, moved_in = _moved_sources(moved, seqs)
    # clusters whose old members changed are recomputed; the others gain members by sums
    recompute_clusters = set(state.merged_clusters)
    recompute_clusters |= {m.cluster for m in moved if m.cluster is not None}
    regrouped = state.regrouped | _groups_turned_wire(con, rows.columns.get("articles", {}))
    if regrouped:
        recompute_clusters |= _clusters_of_groups(con, regrouped)
    grown = {c for c in att.get("cluster", ()) if c is not None} - recompute_clusters
    quantities = rows.columns.get("quantities", {})
    # the new articles' mentions are summed up under the sources they moved to
    sources = set(att.get("source_id", ())) | {m.new for m in moved if m.seq in seqs}
    # the figure groups and series whose stored samples name a moved mention's old source
    moved_groups, moved_series, moved_seqs = _figures_of_moves(con, moved)
    # stories joined together: their figure groups' pairs of stories are counted again
    story_groups, story_series = figures_of_stories(con, state.regrouped)
    refresh(con, new_seqs=seqs, sources=sources,
            recompute_sources=recompute_sources, article_sources=article_sources,
            moved_in=moved_in, clusters=recompute_clusters, grown_clusters=grown,
            groups=moved_groups | story_groups, grown_groups=set(quantities.get("group_id", ())),
            series=set(quantities.get("series_id", ())) | story_series,
            recompute_series=moved_series)
    if moved_seqs - seqs:  # stored figures whose page rows name the old source
        stats.add_series_order(con, f"IN ({', '.join(map(str, sorted(moved_seqs - seqs)))})",
                               series=moved_series)
    if left or state.merged_clusters:
        migrate.drop_unused_words(con)
    if dated := date_by_groups(con, seqs):  # a wire story's month-day, its copy's year
        refresh_sighted(con, dict.fromkeys(dated, True))


def figures_of_stories(con: duckdb.DuckDBPyConnection, stories: Iterable[int]
                       ) -> tuple[set[int], set[int]]:
    """(figure groups, series) of the figures of the articles of story groups `stories`:
    a group's disagreements are pairs of stories (disagreements.py), so they are counted
    again when stories join or part."""
    stories = sorted({int(s) for s in stories if s is not None})
    if not stories:
        return set(), set()
    table = ids_table(con, "_figure_stories", stories)
    rows = con.execute(f"""
        SELECT DISTINCT group_id, series_id FROM quantities
        WHERE group_id IS NOT NULL AND seq IN (
            SELECT seq FROM articles WHERE group_seq IN (SELECT id FROM {table}))""").fetchall()
    return {g for g, _ in rows}, {s for _, s in rows}


def _figures_of_moves(con: duckdb.DuckDBPyConnection, moved: Sequence[Move]
                      ) -> tuple[set[int], set[int], set[int]]:
    """(figure groups, series, articles) of the figures that moved mentions give: their
    summaries keep sample figures with their sources, so they are recomputed, not summed
    up, and their rows of series_order are written again. Read by the moved mentions'
    articles (seq: row groups in order) and refs."""
    if not moved:
        return set(), set(), set()
    seqs = ",".join(str(int(s)) for s in sorted({m.seq for m in moved}))
    refs = ",".join(str(int(r)) for r in sorted({m.ref for m in moved}))
    rows = con.execute(f"""
        SELECT DISTINCT q.group_id, q.series_id, q.seq FROM quantities q
        JOIN (SELECT seq, attribution_id FROM attributions
              WHERE seq IN ({seqs}) AND ref IN ({refs})) a
          ON q.seq = a.seq AND q.attribution_id = a.attribution_id
        WHERE q.seq IN ({seqs})""").fetchall()
    return ({g for g, _, _ in rows if g is not None}, {s for _, s, _ in rows if s is not None},
            {q for _, s, q in rows if s is not None})


def _moved_sources(moved: Sequence[Move], seqs: set[int]
                   ) -> tuple[set[int], dict[int, int], list[Move]]:
    """How the sources that mentions moved between are brought up to date: (recomputed
    from all their members: sources a member left, one-article sources recomputed from
    their article's rows: source -> its article, the moves into sources that only gain
    members, from stored articles: summed up)."""
    recompute = {m.old for m in moved if not one_article(m.old_key)}
    article = {m.old: m.seq for m in moved if one_article(m.old_key)}
    article |= {m.new: m.seq for m in moved if one_article(m.new_key)}
    gained = [m for m in moved if not one_article(m.new_key) and m.new not in recompute]
    if len({m.seq for m in gained} | set(article.values())) > _ARTICLE_ROWS:
        return recompute | set(article) | {m.new for m in gained}, {}, []
    # a new article's moves are summed up with its other mentions (stats.add_sources)
    return recompute, article, [m for m in gained if m.seq not in seqs]


def _article_rows(con: duckdb.DuckDBPyConnection, name: str, seqs: Iterable[int]) -> str:
    """Temp table `name` of the attribution rows of articles `seqs` (each read by its seq:
    one row group), returns its name."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS " + " UNION ALL ".join(
        f"SELECT * FROM attributions WHERE seq = {int(seq)}" for seq in sorted(set(seqs))))
    return name


def _moved_in_rows(con: duckdb.DuckDBPyConnection, moved_in: Sequence[Move]) -> str:
    """Temp table `_moved_in`: the attribution rows that moved into sources that only
    gained members, each with `counted`: whether its source had a member in its article
    before (that article is counted already)."""
    rows = _article_rows(con, "_moved_articles", {m.seq for m in moved_in})
    con.register("_moved_refs_view", pa.table({"ref": [m.ref for m in moved_in]}))
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _moved_refs AS SELECT * FROM "
                    "_moved_refs_view")
    finally:
        unregister(con, "_moved_refs_view")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _moved_in AS
        SELECT r.*, EXISTS (SELECT 1 FROM {rows} o WHERE o.seq = r.seq
                            AND o.source_id = r.source_id
                            AND o.ref NOT IN (SELECT ref FROM _moved_refs)) AS counted
        FROM {rows} r WHERE r.ref IN (SELECT ref FROM _moved_refs)""")
    return "_moved_in"


def _member_rows(con: duckdb.DuckDBPyConnection, ids: str) -> str | None:
    """Temp table `_source_members`: every attribution row of the sources in temp table
    `ids`, read once (through the index on source_id, schema 14; recomputing them in
    place reads them four times, for their forms, names, kinds and counts); None when
    their stored counts pass MEMBER_ROWS (a big bucket is aggregated in place)."""
    members = stats.id_set(con, ids)
    stored = con.execute("SELECT coalesce(sum(n_attributions), 0) FROM source_stats "
                         f"WHERE source_id IN {members}").fetchall()[0][0]
    if stored > MEMBER_ROWS:
        return None
    # (the columns refresh_sources reads only: a big source's members lie in nearly every
    # block of attributions at 1M, and every column of them cost ten times these)
    con.execute("CREATE OR REPLACE TEMP TABLE _source_members AS SELECT "
                f"{stats.source_member_columns(con)} FROM attributions "
                f"WHERE source_id IN {members}")
    return "_source_members"


def refresh(con: duckdb.DuckDBPyConnection, *, new_seqs: Iterable[int] = (),
            sources: Iterable[int] = (), recompute_sources: Iterable[int] = (),
            article_sources: dict[int, int] | None = None,
            moved_in: Sequence[Move] = (),
            clusters: Iterable[int] = (), grown_clusters: Iterable[int] = (),
            groups: Iterable[int] = (), grown_groups: Iterable[int] = (),
            series: Iterable[int] = (), recompute_series: Iterable[int] = ()) -> None:
    """Bring the summaries up to date: the sources, quote clusters and series of articles
    `new_seqs` gain their members by sums (`sources`, `grown_clusters`, `grown_groups`,
    `series`: the ids they touch); `recompute_*`, `clusters` and `groups` are recomputed
    from their members; `article_sources` (source -> the one article of its members) from
    their article's rows; `moved_in` (moves into sources no member left) are summed up."""
    article_sources = article_sources or {}
    outlet_names_table(con)
    new_seqs = set(new_seqs)
    seqs = (min(new_seqs), max(new_seqs)) if new_seqs else (0, -1)
    if new_seqs:  # the figures take their sources' ids as resolved
        con.execute(f"""
            UPDATE quantities SET source_id = a.source_id FROM (
                SELECT seq, attribution_id, source_id FROM attributions
                WHERE seq BETWEEN {seqs[0]} AND {seqs[1]}) a
            WHERE quantities.seq BETWEEN {seqs[0]} AND {seqs[1]}
              AND quantities.seq = a.seq AND quantities.attribution_id = a.attribution_id""")
    sources = {i for i in sources if i is not None} - set(recompute_sources) - set(
        article_sources)
    if new_seqs:
        add_words(con, HEADLINE, "SELECT seq AS id, headline AS text FROM articles "
                  f"WHERE seq BETWEEN {seqs[0]} AND {seqs[1]}")
        stats.add_sources(con, seqs, ids_table(con, "_touched_sources", sources))
        fronts.touch_articles(con, new_seqs)
    if recompute_sources:
        ids = ids_table(con, "_recompute_sources", recompute_sources)
        stats.refresh_sources(con, ids, _member_rows(con, ids))
    if article_sources:
        stats.refresh_sources(con, ids_table(con, "_article_sources", article_sources),
                              _article_rows(con, "_source_articles", article_sources.values()))
    if moved_in:
        stats.add_moved_sources(con, _moved_in_rows(con, moved_in),
                                ids_table(con, "_moved_sources", {m.new for m in moved_in}))
    if clusters:
        stats.refresh_clusters(con, ids_table(con, "_touched_clusters", clusters))
    grown_clusters = set(grown_clusters) - set(clusters)
    if grown_clusters and new_seqs:
        stats.grow_clusters(con, seqs, ids_table(con, "_grown_clusters", grown_clusters))
    groups = {i for i in groups if i is not None}
    grown_groups = {i for i in grown_groups if i is not None} - groups
    if not new_seqs:  # nothing to add: recomputed
        groups, grown_groups = groups | grown_groups, set()
    if groups:
        stats.refresh_groups(con, ids_table(con, "_touched_groups", groups))
    if grown_groups:
        if groups:  # the clash counts the recomputation gained, summed with the growth's
            con.execute("CREATE OR REPLACE TEMP TABLE _recomputed_clash_delta AS "
                        "SELECT * FROM _group_clash_delta")
        stats.grow_groups(con, seqs, ids_table(con, "_growing_groups", grown_groups))
        if groups:
            con.execute("INSERT INTO _group_clash_delta SELECT * FROM _recomputed_clash_delta")
        groups |= grown_groups
    series = {i for i in series if i is not None} - set(recompute_series)
    if new_seqs:
        stats.add_series(con, seqs, ids_table(con, "_touched_series", series),
                         groups_refreshed=bool(groups))
    if recompute_series:
        stats.refresh_series(con, ids_table(con, "_recompute_series", recompute_series))
    elif series and groups and not new_seqs:
        stats.name_series(con, ids_table(con, "_touched_series", series))
    touched_series = series | set(recompute_series)
    if touched_series:
        fill_series_words(con, touched_series)


def refresh_all(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute every summary from its members (a rebuild, a ledger built by Spark)."""
    fill_name_evidence(con)
    outlet_names_table(con)
    stats.refresh_sources(con, None)
    stats.refresh_clusters(con, None)
    stats.refresh_groups(con, None)
    stats.refresh_series(con, None)
    fill_series_words(con, None)
    index_all(con)


def outlet_names_table(con: duckdb.DuckDBPyConnection) -> None:
    """The temp table `_outlet_names(norm, canonical)` of the outlet table's forms."""
    exists = con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary "
                         "AND table_name = '_outlet_names'").fetchall()[0][0]
    if exists:
        return
    outlet_of = name_rules()["outlet_of"]
    con.register("_outlet_view", pa.table({"norm": list(outlet_of),
                                           "canonical": list(outlet_of.values())}))
    try:
        con.execute("CREATE TEMP TABLE _outlet_names AS SELECT * FROM _outlet_view")
    finally:
        unregister(con, "_outlet_view")


def fill_series_words(con: duckdb.DuckDBPyConnection, series: set[int] | None) -> None:
    """Set each series' normalised counted words (and its unit's), for `counted` filters."""
    where = "" if series is None else (
        f"WHERE series_id IN (SELECT id FROM {ids_table(con, '_touched_words', series)})")
    rows = con.execute(f"SELECT series_id, key, unit FROM series_stats {where}").fetchall()
    if not rows:
        return
    words = [sorted(set(key.split(" | ")[0].split()) | unit_words(unit))
             for _, key, unit in rows]
    con.register("_words_view", pa.table({"series_id": [r[0] for r in rows], "words": words}))
    try:
        # only where they change: setting a list rewrites the whole row (stats._set_lists)
        con.execute("UPDATE series_stats SET words = w.words FROM _words_view w "
                    "WHERE series_stats.series_id = w.series_id "
                    "AND series_stats.words IS DISTINCT FROM w.words")
    finally:
        unregister(con, "_words_view")


def _groups_turned_wire(con: duckdb.DuckDBPyConnection, cols: dict[str, list]) -> set[int]:
    """Stored story groups that a new wire copy joined and that had none before: their
    quote clusters' wire-only flags change with old members."""
    seqs = set(cols.get("seq", ()))
    joined = {g for g, wire in zip(cols.get("group_seq", ()), cols.get("wire", ()),
                                   strict=True) if wire and g not in seqs}
    if not joined:
        return set()
    had = {r[0] for r in lookup_any(
        con, f"SELECT DISTINCT group_seq FROM articles WHERE seq < {min(seqs)} "
        "AND len(wire) > 0 AND group_seq = ANY($values)", joined)}
    return joined - had


def _clusters_of_groups(con: duckdb.DuckDBPyConnection, groups: set[int]) -> set[int]:
    table = ids_table(con, "_regrouped", groups)
    return {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM attributions WHERE cluster IS NOT NULL AND seq IN "
        f"(SELECT seq FROM articles WHERE group_seq IN (SELECT id FROM {table}))").fetchall()}


# -- stories --------------------------------------------------------------------------------


def _stored_story_keys(con: duckdb.DuckDBPyConnection, keys: Sequence[StoryKey],
                       buckets: Sequence[np.ndarray], stored: dict[int, list[int]]
                       ) -> dict[int, tuple[StoryKey, int]]:
    """seq -> (StoryKey, group) of the stored articles in the batch's story buckets
    (`stored`: bucket -> seqs; `keys`, `buckets`: the batch's). A stored article's day is
    read only where it can decide: for an article whose words make it the same story as
    a new one with a day (duplicates.same_story refuses two days, and compares words
    alone where either has none). The day lies in the record's JSON, a wide column read
    a vector of 2,048 rows at a time (~10 ms), and a batch's buckets hold more stored
    articles the bigger the ledger (a batch of 32: some 60 at 10k articles, 300 at 100k,
    nearly none of them its story); elsewhere the key is kept without its day, which
    decides nothing."""
    candidates = sorted({seq for seqs in stored.values() for seq in seqs})
    if not candidates:
        return {}
    known = {}
    for seq, group, *key in lookup_any(
            con, f"SELECT seq, group_seq, {STORY_KEY_COLUMNS} "
            "FROM articles WHERE seq = ANY($values)", candidates):
        known[seq] = (stored_key(*key), group if group is not None else seq)
    dated = {seq for key, bs in zip(keys, buckets, strict=True) if key.day
             for seq in {s for b in bs.tolist() for s in stored.get(b, ())}
             if same_story(replace(key, day=None), known[seq][0])}
    if dated:
        days = stored_story_days(con, dated)
        known |= {seq: (replace(known[seq][0], day=days.get(seq)), known[seq][1])
                  for seq in dated}
    return known


def _story_keys(cols: dict[str, list], index: Sequence[int]) -> list[StoryKey]:
    return [stored_key(*(cols[c][i] for c in STORY_KEY_FIELDS),
                       day=record_story_day(json.loads(cols["record_json"][i])))
            for i in index]


def _join_stories(con: duckdb.DuckDBPyConnection, rows: TableRows, state: BatchState) -> None:
    cols = rows.columns.get("articles")
    if not cols:
        return
    n = len(cols["seq"])
    keys = _story_keys(cols, range(n))
    buckets = [k.buckets() for k in keys]
    found = lookup(con, "SELECT bucket, seq FROM story_buckets WHERE bucket IN ({values})",
                   [b for bs in buckets for b in bs.tolist()])
    stored: dict[int, list[int]] = defaultdict(list)
    for bucket, seq in found:
        stored[bucket].append(seq)
    for members in stored.values():  # its first (a bucket stores only those)
        members.sort()
        del members[FIRST_IN_STORY_BUCKET:]
    known = _stored_story_keys(con, keys, buckets, stored)
    uf = UnionFind()
    seqs = cols["seq"]
    batch_buckets: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        uf.find(seqs[i])
        for bucket in buckets[i].tolist():
            for seq in stored.get(bucket, ()):
                other, group = known[seq]
                if uf.find(seqs[i]) != uf.find(group) and same_story(keys[i], other):
                    uf.union(seqs[i], group)
            for j in batch_buckets[bucket]:  # the batch's first of the bucket, earlier
                if uf.find(seqs[i]) != uf.find(seqs[j]) and same_story(keys[i], keys[j]):
                    uf.union(seqs[i], seqs[j])
            if len(stored.get(bucket, ())) + len(batch_buckets[bucket]) < FIRST_IN_STORY_BUCKET:
                batch_buckets[bucket].append(i)
    existing_groups = {group for _, group in known.values()}
    components = [members for members in uf.components().values() if len(members) > 1]
    # a component's original is chosen among all its articles, new and every stored member
    # of its groups (duplicates.group_original: a stored copy that is not its group's
    # original may credit a wire whose story the batch brings, or the other way round)
    stored_groups = {m for ms in components for m in ms if m in existing_groups}
    in_group: dict[int, list[tuple]] = defaultdict(list)
    for seq, published, wire, outlet, group in lookup_any(
            con, f"SELECT seq, {ORIGINAL_TIME}, wire, outlet, group_seq FROM articles "
            "WHERE group_seq = ANY($values)", stored_groups):
        in_group[group].append((seq, published, wire, outlet))
    new = {seq: (seq, sort_moment(published, day_only), wire, outlet)
           for seq, published, day_only, wire, outlet in zip(
               seqs, cols["published"], cols["published_day_only"], cols["wire"],
               cols["outlet"], strict=True)}
    label_of = {}
    for members in components:
        label = group_original([row for m in members
                                for row in (in_group[m] if m in in_group else [new[m]])])
        label_of |= dict.fromkeys(members, label)
        absorbed = sorted(m for m in members if m in existing_groups and m != label)
        if absorbed:
            lookup_any(con, f"UPDATE articles SET group_seq = {int(label)} "
                       "WHERE group_seq = ANY($values)", absorbed)
            state.absorbed_groups |= set(absorbed)  # shown again once the batch is in
            state.regrouped.add(int(label))
    cols["group_seq"] = [label_of.get(seq, seq) for seq in seqs]
    kept = [(bucket, seqs[i]) for bucket, members in batch_buckets.items() for i in members]
    state.story_buckets = {"bucket": [b for b, _ in kept], "seq": [seq for _, seq in kept]}


# the time a story group's original is chosen by (duplicates.original_rank): the sort time
# (sort_time.py), a day-only stamp after every timed copy of its day (merge rules 37)
ORIGINAL_TIME = f"{sort_sql()} AS published"


def original_rows(con: duckdb.DuckDBPyConnection, seqs: Iterable[int]
                  ) -> dict[int, tuple]:
    """seq -> (seq, sort time, wire, outlet) of the stored articles `seqs`, as
    duplicates.group_original reads them."""
    return {seq: (seq, published, wire, outlet)
            for seq, published, wire, outlet in lookup_any(
                con, f"SELECT seq, {ORIGINAL_TIME}, wire, outlet FROM articles "
                "WHERE seq = ANY($values)", seqs)}


def name_groups(con: duckdb.DuckDBPyConnection, uf: UnionFind) -> dict[int, int]:
    """seq -> its group's original (duplicates.original_rank) of the stored articles in
    components of more than one of `uf`, whose nodes are article seqs."""
    components = [members for members in uf.components().values() if len(members) > 1]
    row = original_rows(con, {m for members in components for m in members})
    label_of = {}
    for members in components:
        label_of |= dict.fromkeys(members, group_original(row[m] for m in members))
    return label_of


def rename_groups(con: duckdb.DuckDBPyConnection, seqs: Iterable[int] | None) -> set[int]:
    """Name again by its original (duplicates.original_rank) each story group of more than
    one article that articles `seqs` are in (None: every such group), where a member's
    publication time was filled in or the rule changed; returns the renamed groups' new
    names (the caller brings what depends on them up to date: restate_groups)."""
    if seqs is None:
        where = "group_seq IN (SELECT group_seq FROM articles WHERE group_seq <> seq)"
    else:
        table = ids_table(con, "_dated_seqs", seqs)
        where = (f"group_seq IN (SELECT group_seq FROM articles WHERE seq IN "
                 f"(SELECT id FROM {table}))")
    members: dict[int, list[tuple]] = defaultdict(list)
    for seq, published, wire, outlet, group in con.execute(
            f"SELECT seq, {ORIGINAL_TIME}, wire, outlet, group_seq FROM articles WHERE {where}"
    ).fetchall():
        members[group].append((seq, published, wire, outlet))
    firsts = {group: group_original(rows) for group, rows in members.items() if len(rows) > 1}
    renamed = {group: first for group, first in firsts.items() if first != group}
    for old, new in sorted(renamed.items()):
        con.execute(f"UPDATE articles SET group_seq = {int(new)} WHERE group_seq = {int(old)}")
    fronts.touch_groups(con, renamed)
    return set(renamed.values())


def restate_groups(con: duckdb.DuckDBPyConnection, groups: set[int]) -> None:
    """After story groups `groups` took another original (rename_groups): the anonymous
    sources of their copies keyed at it, and the summaries of the sources, quote clusters,
    figure groups and series that this or the groups' new names touch."""
    from according.ledger import migrate  # (it imports this module)

    if not groups:
        return
    moved = rekey_story_occurrences(con, groups)
    sources = {m.old for m in moved} | {m.new for m in moved}
    if sources:
        migrate.drop_source_words(con, sources)  # indexed again with their summaries
    figure_groups, series = figures_of_stories(con, groups)
    moved_groups, moved_series, moved_seqs = _figures_of_moves(con, moved)
    clusters = _clusters_of_groups(con, groups) | {m.cluster for m in moved
                                                   if m.cluster is not None}
    refresh(con, recompute_sources=sources, clusters=clusters,
            groups=figure_groups | moved_groups, series=series, recompute_series=moved_series)
    if moved_series:
        stats.add_series_order(con, f"IN ({', '.join(map(str, sorted(moved_seqs)))})",
                               series=moved_series)
    fronts.touch_articles(con, {m.seq for m in moved})
    if sources:
        migrate.drop_unused_words(con)


def _occurrences_of_batch(con: duckdb.DuckDBPyConnection, rows: TableRows) -> None:
    """Give the batch's sources kept per story (names.is_occurrence_key) the key of their
    story's original (names.occurrence_key), once _join_stories gave each its group."""
    arts, att = rows.columns.get("articles"), rows.columns.get("attributions")
    if not arts or not att or "group_seq" not in arts:
        return
    id_of = dict(zip(arts["seq"], arts["id"], strict=True))
    group_of = {seq: g for seq, g in zip(arts["seq"], arts["group_seq"], strict=True)
                if g != seq}
    stored = sorted({g for g in group_of.values() if g not in id_of})
    if stored:
        id_of |= dict(lookup(con, "SELECT seq, id FROM articles WHERE seq IN ({values})",
                             stored))
    for i, (seq, key) in enumerate(zip(att["seq"], att["source_key"], strict=True)):
        if seq in group_of and is_occurrence_key(key):
            att["source_key"][i] = occurrence_key(key, id_of[group_of[seq]])
            att["source_id"][i] = hash64(att["source_key"][i])


def rekey_story_occurrences(con: duckdb.DuckDBPyConnection, groups: Iterable[int] | None
                            ) -> list[Move]:
    """Give the stored sources kept per story (names.is_occurrence_key) of the articles
    of story groups `groups` (None: every group of more than one article) the key of
    their group's original where theirs differs; returns the moved mentions (applied)."""
    if groups is None:
        where = "ar.group_seq IN (SELECT group_seq FROM articles WHERE group_seq <> seq)"
    else:
        groups = {int(g) for g in groups if g is not None}
        if not groups:
            return []
        where = f"ar.group_seq IN (SELECT id FROM {ids_table(con, '_story_groups', groups)})"
    rows = con.execute(f"""
        SELECT a.ref, a.source_id, a.source_key, a.seq, a.cluster, g.id
        FROM articles ar JOIN articles g ON g.seq = ar.group_seq
        JOIN attributions a ON a.seq = ar.seq
        WHERE {where} AND {OCCURRENCE_SQL.format(c="a.source_key")}
        ORDER BY a.ref""").fetchall()
    moved = []
    for ref, sid, key, seq, cluster, original in rows:
        new = occurrence_key(key, original)
        if new != key:
            moved.append(Move(ref, sid, hash64(new), seq, key, new, cluster))
    _apply_moves(con, moved)
    return moved


# -- texts and quote clusters ---------------------------------------------------------------


# A text's words: those of its members with the most words, the first by ref of them. A
# content that a longer one of its article holds counts as that one's text (its text_key,
# derive.article_texts) but keeps its own words: the text is the holder's wording.
TEXT_WORDS = ("first(words ORDER BY len(string_split(words, ' ')) DESC NULLS LAST, ref)")


def _word_count(words: str | None) -> int:
    return len(words.split(" ")) if words else 0


def _join_texts(con: duckdb.DuckDBPyConnection, rows: TableRows, state: BatchState) -> None:
    att = rows.columns.get("attributions")
    if not att:
        return
    batch: dict[int, dict] = {}
    for ref, key, words, quote in zip(att["ref"], att["text_key"], att["words"], att["quote"],
                                      strict=True):
        if key is None:
            continue
        text = batch.setdefault(key, {"ref": ref, "words": words, "quote": False})
        text["ref"] = min(text["ref"], ref)
        if _word_count(words) > _word_count(text["words"]):  # see TEXT_WORDS
            text["words"] = words
        text["quote"] = text["quote"] or bool(quote)
    existing = {key: (ref, bool(quote), cluster) for key, ref, quote, cluster in lookup(
        con, "SELECT text_key, ref, quote, cluster FROM texts WHERE text_key IN ({values})",
        batch)}
    new = [k for k in batch if k not in existing]
    probe = [k for k in batch if batch[k]["quote"] and (k not in existing
                                                        or not existing[k][1])]
    state.promoted = [k for k in probe if k in existing]
    probe_words = [tuple(batch[k]["words"].split()) for k in probe]
    probe_buckets = quote_buckets(probe_words)
    stored, stored_rows = _first_in_buckets(
        con, [b for bs in probe_buckets for b in bs.tolist()])
    cand = {}
    refs = sorted({r for rs in stored.values() for r in rs})
    if refs:
        for ref, words, cluster in lookup(
                con, "SELECT ref, words, cluster FROM texts WHERE ref IN ({values})", refs):
            cand[ref] = (tuple(words.split()), cluster)
    compared: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {}

    def sets_of(words: tuple[str, ...]) -> tuple[frozenset[str], frozenset[str]]:
        if words not in compared:  # only texts compared (most candidates join early)
            compared[words] = shingles(words), numbers(words)
        return compared[words]
    uf = UnionFind()
    node = {k: ("c", existing[k][2]) if k in existing else ("t", batch[k]["ref"])
            for k in batch}
    for k in batch:
        uf.find(node[k])
    seen: dict[int, list[int]] = defaultdict(list)
    def probe_ref(p: int) -> int:
        return existing[probe[p]][0] if probe[p] in existing else batch[probe[p]]["ref"]

    order = sorted(range(len(probe)), key=probe_ref)
    for p in order:  # each text against the first members of its buckets, by ref
        k, words = probe[p], probe_words[p]
        for bucket in probe_buckets[p].tolist():
            firsts = sorted([(ref, None) for ref in stored.get(bucket, ())]
                            + [(probe_ref(q), q) for q in seen[bucket]]
                            )[:first_in_bucket(bucket)]
            for ref, q in firsts:
                if q is None:
                    ow, cluster = cand[ref]
                    other = ("c", cluster)
                else:
                    ow, other = probe_words[q], node[probe[q]]
                if uf.find(node[k]) != uf.find(other):
                    (sh, nums), (osh, onums) = sets_of(words), sets_of(ow)
                    if same_quote(words, ow, sh, osh, nums, onums):
                        uf.union(node[k], other)
            seen[bucket].append(p)
    label_of = {}
    for members in uf.components().values():
        label = min(value for _, value in members)
        for m in members:
            label_of[m] = label
        absorbed = sorted({v for kind, v in members if kind == "c" and v != label})
        if absorbed:
            for table in ("texts", "attributions", "cluster_firsts", "waiting_people"):
                lookup_any(con, f"UPDATE {table} SET cluster = {int(label)} "
                           "WHERE cluster = ANY($values)", absorbed)
            drop_cluster_words(con, absorbed)
            state.merged_clusters |= set(absorbed) | {label}
    att["cluster"] = [label_of[node[k]] if k is not None else None for k in att["text_key"]]
    state.texts = {
        "text_key": new, "ref": [batch[k]["ref"] for k in new],
        "words": [batch[k]["words"] for k in new], "quote": [batch[k]["quote"] for k in new],
        "cluster": [label_of[node[k]] for k in new],
    }
    state.text_buckets = _kept_bucket_rows(
        con, stored_rows, [(probe_ref(p), probe_buckets[p].tolist()) for p in order])


def drop_cluster_words(con: duckdb.DuckDBPyConnection, clusters: Iterable[int]) -> None:
    """Remove the search index rows of quote clusters joined to another (their id is no
    cluster's any more); migrate.drop_unused_words then drops the words nothing else
    indexes, as a clean ingest never holds them."""
    clusters = sorted({int(c) for c in clusters})
    if not clusters:
        return
    con.execute("CREATE TEMP TABLE IF NOT EXISTS _dropped_words (word_id UBIGINT)")
    con.execute(f"INSERT INTO _dropped_words SELECT DISTINCT word_id FROM word_index "
                f"WHERE kind = {QUOTE} AND id = ANY($c)", {"c": clusters})
    con.execute(f"DELETE FROM word_index WHERE kind = {QUOTE} AND id = ANY($c)",
                {"c": clusters})


FIRST_TEXTS_BLOCK = 4_000_000  # bucket rows ranked at once: the window stays in memory


def insert_first_texts(con: duckdb.DuckDBPyConnection, source: str,
                       target: str = "text_buckets") -> None:
    """Insert into `target` the rows of `source` (a table or a read_parquet(...)) that a
    text bucket keeps: its first texts by ref (the only ones a later text is compared
    with), by bucket, so that a bucket's rows lie together on disk. Ranked a range of
    bucket hashes at a time: at a million articles all of them at once outgrow the
    ledger's memory cap."""
    rows = con.execute(f"SELECT count(*) FROM {source}").fetchall()[0][0]
    blocks = rows // FIRST_TEXTS_BLOCK + 1
    edges = [-(2 ** 63) + (2 ** 64 * n) // blocks for n in range(blocks)] + [None]
    for low, high in zip(edges, edges[1:], strict=False):
        below = f" AND bucket < {high}" if high is not None else ""
        con.execute(f"INSERT INTO {target} SELECT bucket, ref FROM {source} "
                    f"WHERE bucket >= {low}{below} QUALIFY row_number() OVER "
                    f"(PARTITION BY bucket ORDER BY ref) <= {first_in_bucket_sql()} "
                    "ORDER BY bucket, ref")


def cut_text_buckets(con: duckdb.DuckDBPyConnection) -> None:
    """Cut every text bucket down to its first texts and write them by bucket, as a
    rebuild stores them (a ledger whose buckets kept every text: schema 9 and earlier).
    Ingests cut a bucket when a new text falls in it (_first_in_buckets), so this only
    makes the lookups of the others bounded at once."""
    con.execute("CREATE OR REPLACE TEMP TABLE _kept_text_buckets (bucket BIGINT, ref BIGINT)")
    insert_first_texts(con, "text_buckets", "_kept_text_buckets")
    con.execute("DROP INDEX IF EXISTS text_buckets_bucket")  # made again after, at once
    con.execute("DELETE FROM text_buckets")
    con.execute("INSERT INTO text_buckets SELECT * FROM _kept_text_buckets")
    con.execute("DROP TABLE _kept_text_buckets")
    con.execute("CREATE INDEX IF NOT EXISTS text_buckets_bucket ON text_buckets (bucket)")


def _first_in_buckets(con: duckdb.DuckDBPyConnection, buckets: Iterable[int]
                      ) -> tuple[dict[int, list[int]], dict[int, list[tuple[int, int]]]]:
    """The refs of the first texts (by ref, first_in_bucket) of each of `buckets`, and their
    rows as (ref, rowid). A bucket keeps only those rows (_kept_bucket_rows): the only ones
    a text is ever compared with. A bucket of a ledger that kept more (schema 9 and
    earlier) has its later rows deleted here, once: what a rebuild stores."""
    rows: dict[int, list[tuple[int, int]]] = defaultdict(list)
    # one pass over the bucket column, not the ART index: a batch's few thousand keys
    # match more rows than DuckDB's index scan takes (index_scan_max_count), so each
    # chunk of literal keys was a scan of its own (100k articles: 0.11 s a batch of 32,
    # 0.024 s so; 10k: 0.042 and 0.008 s)
    for bucket, ref, rowid in lookup_any(con, "SELECT bucket, ref, rowid FROM text_buckets "
                                         "WHERE bucket = ANY($values)", buckets):
        rows[bucket].append((ref, rowid))
    later = []
    for bucket, members in rows.items():
        members.sort(key=lambda member: member[0])
        first = first_in_bucket(bucket)
        later += [rowid for _, rowid in members[first:]]
        del members[first:]
    if later:
        con.execute("DELETE FROM text_buckets WHERE rowid = ANY($rowids)",
                    {"rowids": sorted(later)})
    return {b: [ref for ref, _ in members] for b, members in rows.items()}, rows


def _kept_bucket_rows(con: duckdb.DuckDBPyConnection, stored: dict[int, list[tuple[int, int]]],
                      probes: Sequence[tuple[int, Sequence[int]]]) -> dict[str, list]:
    """The text_buckets rows (columns) of new quote texts `probes` ((ref, buckets)) that
    are among the first (first_in_bucket) of their buckets by ref, with `stored` the first
    rows of those buckets ((ref, rowid), _first_in_buckets); a stored row that a text with
    an earlier ref (a text that became a quote) pushes out of the first is deleted. A
    bucket holds the first texts of all that fell in it, as a rebuild stores it."""
    new: dict[int, list[int]] = defaultdict(list)
    for ref, buckets in probes:
        for bucket in buckets:
            new[bucket].append(ref)
    cols: dict[str, list] = {"bucket": [], "ref": []}
    pushed = []
    for bucket, refs in new.items():
        members = sorted([*stored.get(bucket, ()), *((ref, None) for ref in refs)],
                         key=lambda member: member[0])
        first = first_in_bucket(bucket)
        pushed += [rowid for _, rowid in members[first:] if rowid is not None]
        for ref, rowid in members[:first]:
            if rowid is None:
                cols["bucket"].append(bucket)
                cols["ref"].append(ref)
    if pushed:
        con.execute("DELETE FROM text_buckets WHERE rowid = ANY($rowids)",
                    {"rowids": sorted(pushed)})
    return cols


# -- waiting sources ------------------------------------------------------------------------


# the evidence waiting sources are resolved by, kept as key tables (one row per surname and
# first name, per initials and organisation) so a batch reads the few rows of its names,
# not every mention of them: person_names.titles is the sorted union of the titles
_PERSON_NAMES = """
SELECT surname, first, list_sort(list_distinct(flatten(list(titles)))) AS titles
FROM attributions WHERE first IS NOT NULL AND surname IS NOT NULL {where} GROUP BY ALL
"""
_ORG_NAMES = """
SELECT DISTINCT org_initials, org_norm FROM attributions
WHERE org_initials IS NOT NULL {where}
"""


def fill_name_evidence(con: duckdb.DuckDBPyConnection, *, clusters: bool = True) -> None:
    """Fill person_names, org_names and (`clusters`: once the quote clusters are made)
    cluster_firsts and waiting_people from every mention (a rebuild, a migration, a
    ledger built by Spark)."""
    for table, sql in (("person_names", _PERSON_NAMES), ("org_names", _ORG_NAMES)):
        con.execute(f"DELETE FROM {table}")
        con.execute(f"INSERT INTO {table} " + sql.format(where=""))
    if clusters:
        fill_cluster_firsts(con)


# the first names of the full-name people credited with each quote cluster's words, per
# surname (what `resolve_surnames` calls `quoted`): one row per cluster, surname and first
# name, so a batch reads the few rows of its clusters, not every member of them
_CLUSTER_FIRSTS = """
SELECT DISTINCT cluster, surname, first FROM attributions
WHERE cluster IS NOT NULL AND first IS NOT NULL AND surname IS NOT NULL
"""


# the surname-only mentions (a few in a hundred) with what decides which of them a batch's
# evidence can move: their article, surname, quote cluster and titles (one row each)
_WAITING_ROWS = "SELECT seq, surname, cluster, titles FROM attributions WHERE waiting"


def fill_cluster_firsts(con: duckdb.DuckDBPyConnection) -> None:
    """Fill cluster_firsts and waiting_people from every mention (after the quote clusters
    are made)."""
    con.execute("DELETE FROM cluster_firsts")
    con.execute("INSERT INTO cluster_firsts " + _CLUSTER_FIRSTS)
    con.execute("DELETE FROM waiting_people")
    con.execute("INSERT INTO waiting_people " + _WAITING_ROWS)


def add_cluster_firsts(con: duckdb.DuckDBPyConnection, att: dict[str, list],
                       merged: set[int]) -> set[tuple[int, str]]:
    """Add the batch's full-name mentions (columns `att`, just inserted) to cluster_firsts;
    returns the (cluster, surname) pairs that gained a first name (their surname-only
    mentions' `quoted` changed). Clusters `merged` were relabelled to their smallest id
    in cluster_firsts too (`_join_texts`): their rows are made distinct again. The batch's
    surname-only mentions go to waiting_people."""
    waiting = [i for i, w in enumerate(att.get("waiting", ())) if w]
    insert_columns(con, "waiting_people", {
        column: [att[column][i] for i in waiting]
        for column in ("seq", "surname", "cluster", "titles")} if waiting else {})
    if merged:
        where = "cluster IN " + stats._literal_set(
            sorted(merged), f"(SELECT id FROM {ids_table(con, '_cf_merged', merged)})")
        con.execute("CREATE OR REPLACE TEMP TABLE _cf_merged_rows AS SELECT DISTINCT "
                    f"cluster, surname, first FROM cluster_firsts WHERE {where}")
        con.execute(f"DELETE FROM cluster_firsts WHERE {where}")
        con.execute("INSERT INTO cluster_firsts SELECT * FROM _cf_merged_rows")
    found = {(c, s, f) for c, s, f in zip(att.get("cluster", ()), att.get("surname", ()),
                                          att.get("first", ()), strict=True)
             if c is not None and s is not None and f is not None}
    if not found:
        return set()
    stored = set(lookup(con, "SELECT cluster, surname, first FROM cluster_firsts "
                        "WHERE cluster IN ({values})", {c for c, _, _ in found}))
    new = sorted(found - stored)
    insert_columns(con, "cluster_firsts", {"cluster": [c for c, _, _ in new],
                                           "surname": [s for _, s, _ in new],
                                           "first": [f for _, _, f in new]})
    return {(c, s) for c, s, _ in new}


def add_name_evidence(con: duckdb.DuckDBPyConnection, seqs: set[int]) -> None:
    """Add the names of articles `seqs` (just inserted) to person_names and org_names."""
    if not seqs:
        return
    where = f"AND seq BETWEEN {min(seqs)} AND {max(seqs)}"
    con.execute("CREATE OR REPLACE TEMP TABLE _person_delta AS "
                + _PERSON_NAMES.format(where=where))
    con.execute("CREATE OR REPLACE TEMP TABLE _person_stored AS SELECT p.* FROM person_names p "
                f"WHERE p.surname IN {_strings(con, '_person_delta', 'surname')}")
    con.execute("""
        UPDATE person_names p SET titles = list_sort(list_distinct(list_concat(p.titles,
                                                                               d.titles)))
        FROM _person_delta d WHERE p.surname = d.surname AND p.first = d.first
          AND p.surname IN (SELECT surname FROM _person_stored)
          AND NOT list_has_all(p.titles, d.titles)""")
    con.execute("""
        INSERT INTO person_names SELECT d.* FROM _person_delta d WHERE NOT EXISTS (
            SELECT 1 FROM _person_stored p WHERE p.surname = d.surname AND p.first = d.first)""")
    con.execute("CREATE OR REPLACE TEMP TABLE _org_delta AS " + _ORG_NAMES.format(where=where))
    con.execute("""
        INSERT INTO org_names SELECT d.* FROM _org_delta d WHERE NOT EXISTS (
            SELECT 1 FROM (SELECT * FROM org_names WHERE org_initials IN {initials}) o
            WHERE o.org_initials = d.org_initials
              AND o.org_norm IS NOT DISTINCT FROM d.org_norm)""".format(
        initials=_strings(con, "_org_delta", "org_initials")))


def _strings(con: duckdb.DuckDBPyConnection, table: str, column: str) -> str:
    """The distinct values of a text column of a small temp table as a literal SQL list
    (an index scan where a subquery would read the whole indexed column)."""
    values = [r[0] for r in con.execute(f"SELECT DISTINCT {column} FROM {table} "
                                        f"WHERE {column} IS NOT NULL ORDER BY 1").fetchall()]
    return _string_list(values) or f"(SELECT {column} FROM {table})"


def _string_list(values: Sequence[str]) -> str | None:
    """Texts as a literal SQL list; None when there are none, too many for an index scan,
    or one holds a character a literal cannot (the caller passes them another way)."""
    if not values or len(values) > stats.LITERAL_IDS or any("\x00" in v for v in values):
        return None
    return "(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _select_in(con: duckdb.DuckDBPyConnection, sql: str, values: Sequence[str]
               ) -> list[tuple]:
    """Rows of `sql` whose `{values}` is the given texts (a literal list where it can be)."""
    literal = _string_list(values)
    if literal:
        return con.execute(sql.format(values=literal)).fetchall()
    return con.execute(sql.format(values="(SELECT unnest($v))"), {"v": list(values)}
                       ).fetchall()


def person_evidence(con: duckdb.DuckDBPyConnection, surnames: Iterable[str]
                    ) -> dict[str, dict[str, frozenset[str]]]:
    """surname -> full-name first name -> titles, over the whole ledger."""
    surnames = sorted(set(surnames))
    out: dict[str, dict[str, frozenset[str]]] = defaultdict(dict)
    if not surnames:
        return out
    rows = _select_in(con, "SELECT surname, first, titles FROM person_names "
                      "WHERE surname IN {values}", surnames)
    for surname, first, titles in rows:
        out[surname][first] = frozenset(titles or ())
    return out


def org_norms(con: duckdb.DuckDBPyConnection, initials: Iterable[str]
              ) -> dict[str, frozenset[str]]:
    """initials -> the normalised names of the ledger's organisations spelling them."""
    initials = sorted(set(initials))
    if not initials:
        return {}
    rows = _select_in(con, "SELECT org_initials, list(DISTINCT org_norm) FROM org_names "
                      "WHERE org_initials IN {values} GROUP BY ALL", initials)
    return {i: frozenset(norms) for i, norms in rows}


def _added_titles(att: dict[str, list], before: dict[str, dict[str, frozenset[str]]]
                  ) -> dict[str, frozenset[str]]:
    """surname -> the titles the batch gave a full-name person of that surname who did not
    have them before (`before`: the stored evidence). Only a surname-only mention holding
    one of them can see its titled evidence change (names._surname_evidence: a first name
    is "titled" for a mention when they share a title); a new first name without titles
    changes no mention's titled evidence."""
    added: dict[str, set[str]] = defaultdict(set)
    for surname, first, titles in zip(att.get("surname", ()), att.get("first", ()),
                                      att.get("titles", ()), strict=True):
        if first and titles:
            added[surname] |= set(titles) - before.get(surname, {}).get(first, frozenset())
    return {s: frozenset(t) for s, t in added.items() if t}


def _changed_initials(att: dict[str, list], before: dict[str, frozenset[str]]) -> set[str]:
    return {i for i, norm in zip(att.get("org_initials", ()), att.get("org_norm", ()),
                                 strict=True)
            if i and norm not in before.get(i, frozenset())}


# the waiting mentions to re-resolve: every one in the articles (seqs) and of the surnames
# that `_waiting_articles` found; `{rows}` reads those articles, so only their rows (and
# only these columns of them) are read
_WAITING_COLUMNS = ("ref, seq, article_id, surname, source_key, source_id, titles, "
                    "article_firsts, cluster, waiting")
_WAITING_PEOPLE = """
SELECT a.ref, a.seq, a.article_id, a.surname, a.source_key, a.source_id, a.titles,
       a.article_firsts, a.cluster
FROM ({rows}) a JOIN _waiting USING (seq, surname)
WHERE a.waiting
ORDER BY a.surname, a.ref
"""
MEMBER_ROWS = 50_000  # members of recomputed sources copied to a temp table, at most
_ARTICLE_ROWS = 200  # articles read one by one (by seq: one row group each), at most


def resolve_waiting_people(
    con: duckdb.DuckDBPyConnection, *, surnames: set[str] | None, seqs: set[int] = frozenset(),
    clusters: set[int] = frozenset(), quoted: set[tuple[int, str]] = frozenset(),
    titles: dict[str, frozenset[str]] | None = None,
) -> list[Move]:
    """Re-resolve surname-only mentions whose evidence may have changed: every one of
    `surnames` (None: all), those of articles `seqs`, those in `clusters`, those of the
    (cluster, surname) pairs `quoted`, and those of each surname of `titles` holding one of
    its titles; with all the others of the same surname in their articles. Updates their
    keys; returns the moved mentions."""
    if surnames is None:  # every one, a block of surnames at a time (a rebuild)
        every = [r[0] for r in con.execute(
            "SELECT DISTINCT surname FROM attributions WHERE waiting ORDER BY 1").fetchall()]
        moved: list[Move] = []
        for start in range(0, len(every), 5000):
            moved += resolve_waiting_people(con, surnames=set(every[start:start + 5000]))
        return moved
    if not _waiting_articles(con, surnames, seqs, clusters, quoted, titles or {}):
        return []
    found = [r[0] for r in con.execute("SELECT DISTINCT seq FROM _waiting ORDER BY 1"
                                       ).fetchall()]
    rows = con.execute(_WAITING_PEOPLE.format(rows=" UNION ALL ".join(
        f"SELECT {_WAITING_COLUMNS} FROM attributions WHERE seq = {int(seq)}" for seq in found)
        if len(found) <= _ARTICLE_ROWS else
        f"SELECT {_WAITING_COLUMNS} FROM attributions WHERE seq IN (SELECT seq FROM _waiting)"
    )).fetchall()
    if not rows:
        return []
    moved = []
    evidence = person_evidence(con, {r[3] for r in rows})
    quoted = _quoted_firsts(con, {(r[8], r[3]) for r in rows if r[8] is not None})
    by_surname: dict[str, list[tuple]] = defaultdict(list)
    for r in rows:
        by_surname[r[3]].append(r)
    for surname, members in by_surname.items():
        block = evidence.get(surname, {})
        inputs = [(r[2], str(r[0]), mention_facts_waiting(r[2], surname, r[6], r[7]),
                   quoted.get((r[8], surname), frozenset())) for r in members]
        for r, key in zip(members, resolve_surnames(block, inputs), strict=True):
            if key != r[4]:
                moved.append(Move(r[0], r[5], hash64(key), r[1], r[4], key, r[8]))
    _apply_moves(con, moved)
    return moved


def _waiting_articles(con: duckdb.DuckDBPyConnection, surnames: set[str], seqs: set[int],
                      clusters: set[int], quoted: set[tuple[int, str]] = frozenset(),
                      titles: dict[str, frozenset[str]] | None = None) -> int:
    """Temp table `_waiting(seq, surname)`: the articles and surnames of the waiting
    mentions of `surnames`, of articles `seqs`, in `clusters`, of the (cluster, surname)
    pairs `quoted` and of the surnames of `titles` holding one of its titles, each found
    through its own index (or seq range); returns how many."""
    titles = titles or {}
    # (table, filter, what else a waiting mention must meet): the stored waiting mentions
    # are read from waiting_people, the batch's articles from their rows
    parts = []
    if surnames:
        parts.append(("attributions", _in_texts(con, "surname", sorted(surnames)), "true"))
    if titles:
        con.register("_titles_view", pa.table({
            "surname": list(titles), "added": [sorted(t) for t in titles.values()]}))
        try:
            con.execute("CREATE OR REPLACE TEMP TABLE _w_titles AS SELECT * FROM _titles_view")
        finally:
            unregister(con, "_titles_view")
        parts.append(("waiting_people", _in_texts(con, "surname", sorted(titles)),
                      "list_has_any(titles, (SELECT any_value(t.added) FROM _w_titles t "
                      "WHERE t.surname = p.surname))"))
    if seqs:
        parts.append(("attributions", f"seq BETWEEN {min(seqs)} AND {max(seqs)}", "true"))
    if clusters:
        parts.append(("waiting_people", "cluster IN " + stats._literal_set(
            sorted(clusters), f"(SELECT id FROM {ids_table(con, '_w_clusters', clusters)})"),
            "true"))
    if quoted:
        con.register("_pairs_view", pa.table({"cluster": [c for c, _ in quoted],
                                              "surname": [s for _, s in quoted]}))
        try:
            con.execute("CREATE OR REPLACE TEMP TABLE _w_pairs AS SELECT * FROM _pairs_view")
        finally:
            unregister(con, "_pairs_view")
        pair_clusters = {c for c, _ in quoted}
        parts.append(("waiting_people", "cluster IN " + stats._literal_set(
            sorted(pair_clusters),
            f"(SELECT id FROM {ids_table(con, '_w_pair_clusters', pair_clusters)})"),
            "EXISTS (SELECT 1 FROM _w_pairs w WHERE w.cluster = p.cluster "
            "AND w.surname = p.surname)"))
    con.execute("CREATE OR REPLACE TEMP TABLE _waiting_all (seq BIGINT, surname VARCHAR)")
    for table, part, also in parts:  # the filter alone on its column: an index scan
        waiting = "waiting" if table == "attributions" else "true AS waiting"
        con.execute("CREATE OR REPLACE TEMP TABLE _waiting_part AS SELECT seq, surname, "
                    f"{waiting}, titles, cluster FROM {table} WHERE {part}")
        con.execute("INSERT INTO _waiting_all SELECT seq, surname FROM _waiting_part p "
                    f"WHERE waiting AND {also}")
    con.execute("CREATE OR REPLACE TEMP TABLE _waiting AS SELECT DISTINCT seq, surname "
                "FROM _waiting_all")
    return con.execute("SELECT count(*) FROM _waiting").fetchall()[0][0]


def _in_texts(con: duckdb.DuckDBPyConnection, column: str, values: list[str]) -> str:
    """`column IN (...)` for texts: a literal list, else a temp table of them."""
    literal = _string_list(values)
    if literal:
        return f"{column} IN {literal}"
    con.register("_texts_view", pa.table({"v": pa.array(values, pa.string())}))
    try:
        con.execute(f"CREATE OR REPLACE TEMP TABLE _in_{column} AS SELECT v FROM _texts_view")
    finally:
        unregister(con, "_texts_view")
    return f"{column} IN (SELECT v FROM _in_{column})"


def _quoted_firsts(con: duckdb.DuckDBPyConnection, pairs: set[tuple[int, str]]
                   ) -> dict[tuple[int, str], frozenset[str]]:
    """(cluster, surname) -> the first names of that surname's full-name people credited
    with the cluster's words, from cluster_firsts (a few rows per cluster)."""
    if not pairs:
        return {}
    clusters = {c for c, _ in pairs}
    members = stats._literal_set(  # through the cluster index
        sorted(clusters), f"(SELECT id FROM {ids_table(con, '_q_clusters', clusters)})")
    con.execute("CREATE OR REPLACE TEMP TABLE _q_members AS SELECT cluster, surname, first "
                f"FROM cluster_firsts WHERE cluster IN {members}")
    rows = con.execute(
        "SELECT cluster, surname, list(DISTINCT first) FROM _q_members "
        "WHERE surname IN (SELECT unnest(?)) GROUP BY ALL",
        [sorted({s for _, s in pairs})]).fetchall()
    return {(c, s): frozenset(firsts) for c, s, firsts in rows}


def resolve_waiting_acronyms(con: duckdb.DuckDBPyConnection, initials: set[str] | None,
                             seqs: set[int] = frozenset()) -> list[Move]:
    """Re-resolve all-capitals acronyms of `initials` (None: all) and of articles `seqs`."""
    conditions = []  # each read on its own: the articles' rows by their seq range
    if initials is None:
        conditions.append("initials IS NOT NULL")
    else:
        if initials:
            conditions.append(_in_texts(con, "initials", sorted(initials)))
        if seqs:
            conditions.append(f"seq BETWEEN {min(seqs)} AND {max(seqs)} AND seq IN "
                              f"(SELECT id FROM {ids_table(con, '_a_seqs', seqs)})")
    if not conditions:
        return []
    rows = con.execute(" UNION ".join(  # each filter alone on its column (the initials index)
        "SELECT ref, initials, source_key, source_id, seq, cluster FROM attributions "
        f"WHERE {condition}" for condition in conditions)
        + " ORDER BY ref").fetchall()
    rows = [r for r in rows if r[1] is not None]
    norms = org_norms(con, {r[1] for r in rows})
    moved = []
    for ref, initials_, key, sid, seq, cluster in rows:
        new = acronym_key(initials_, norms.get(initials_, ()))
        if new != key:
            moved.append(Move(ref, sid, hash64(new), seq, key, new, cluster))
    _apply_moves(con, moved)
    return moved


def _apply_moves(con: duckdb.DuckDBPyConnection, moved: Sequence[Move]) -> None:
    """Give moved mentions their new source, and the figures they give too."""
    if not moved:
        return
    con.register("_moves_view", pa.table({
        "ref": [m.ref for m in moved], "source_id": [m.new for m in moved],
        "source_key": [m.new_key for m in moved]}))
    # the moved rows' articles as a literal list: DuckDB reads only the row groups whose
    # seq range holds one of them (rows lie in seq order), where the join alone on the
    # unindexed ref read the whole column of both tables (a rebuild moving mentions of
    # many articles joins alone)
    seqs = sorted({int(m.seq) for m in moved})
    listed = "(" + ",".join(map(str, seqs)) + ")"

    def within(table: str) -> str:
        return f"{table}.seq IN {listed} AND " if len(seqs) <= stats.LITERAL_IDS else ""

    try:
        con.execute("UPDATE attributions SET source_id = m.source_id, source_key = m.source_key "
                    f"FROM _moves_view m WHERE {within('attributions')}attributions.ref = m.ref")
        con.execute(f"""
            UPDATE quantities SET source_id = m.source_id FROM (
                SELECT a.seq, a.attribution_id, m.source_id FROM attributions a
                JOIN _moves_view m ON m.ref = a.ref WHERE {within('a')}true) m
            WHERE {within('quantities')}quantities.seq = m.seq
              AND quantities.attribution_id = m.attribution_id""")
    finally:
        unregister(con, "_moves_view")


# -- the whole ledger -----------------------------------------------------------------------


def merge_all(con: duckdb.DuckDBPyConnection, *, progress: object = None) -> None:
    """Compute every merge table and summary of the ledger from its rows (a rebuild); run
    it outside a transaction (it reads with cursors of its own)."""
    say = progress if callable(progress) else (lambda _: None)
    for table in ("texts", "text_buckets", "story_buckets", "source_stats", "cluster_stats",
                  "group_stats", "series_stats"):
        con.execute(f"DELETE FROM {table}")
    fill_name_evidence(con, clusters=False)
    say("near-duplicate articles")
    _group_all_stories(con)
    rekey_story_occurrences(con, None)
    say("texts and quote clusters")
    _cluster_all_texts(con)
    fill_cluster_firsts(con)
    say("sources")
    resolve_waiting_people(con, surnames=None)
    resolve_waiting_acronyms(con, None)
    say("summaries")
    con.execute("""
        UPDATE quantities SET source_id = a.source_id FROM attributions a
        WHERE quantities.seq = a.seq AND quantities.attribution_id = a.attribution_id""")
    refresh_all(con)


def _bucket_lists(con: duckdb.DuckDBPyConnection, table: str, member: str
                  ) -> Iterator[list[int]]:
    result = con.cursor().execute(f"SELECT list({member} ORDER BY {member}) FROM {table} "
                         "GROUP BY bucket HAVING count(*) > 1")
    while batch := result.fetchmany(10000):
        for (members,) in batch:
            yield members


def _group_all_stories(con: duckdb.DuckDBPyConnection) -> None:
    result = con.cursor().execute(f"SELECT seq, {STORY_KEY_COLUMNS} FROM articles "
                                  "ORDER BY seq")
    keys: dict[int, StoryKey] = {}
    days = stored_story_days(con, None)
    bucket_cols: dict[str, list] = {"bucket": [], "seq": []}
    while batch := result.fetchmany(20000):
        batch_keys = [stored_key(*key, day=days.get(seq)) for seq, *key in batch]
        for (seq, *_), key, bs in zip(batch, batch_keys, key_buckets(batch_keys), strict=True):
            keys[seq] = key
            bucket_cols["bucket"] += bs.tolist()
            bucket_cols["seq"] += [seq] * len(bs)
        insert_columns(con, "story_buckets", bucket_cols)
        bucket_cols = {"bucket": [], "seq": []}
    uf = UnionFind()
    for members in _bucket_lists(con, "story_buckets", "seq"):
        for n, a in enumerate(members):  # with the bucket's first before it (_join_stories)
            for b in members[:min(n, FIRST_IN_STORY_BUCKET)]:
                if uf.find(a) != uf.find(b) and same_story(keys[a], keys[b]):
                    uf.union(a, b)
    cut_story_buckets(con)
    con.execute("UPDATE articles SET group_seq = seq")
    moved = {seq: g for seq, g in name_groups(con, uf).items() if seq != g}
    if moved:
        con.register("_groups_view", pa.table({"seq": list(moved), "g": list(moved.values())}))
        try:
            con.execute("UPDATE articles SET group_seq = v.g FROM _groups_view v "
                        "WHERE articles.seq = v.seq")
        finally:
            unregister(con, "_groups_view")


def _cluster_all_texts(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(f"""
        INSERT INTO texts
        SELECT text_key, min(ref), {TEXT_WORDS}, bool_or(quote), min(ref)
        FROM attributions WHERE text_key IS NOT NULL GROUP BY text_key ORDER BY min(ref)""")
    uf = _quote_components(con)
    moved = {ref: uf.find(ref) for ref in uf.parent if uf.find(ref) != ref}
    if moved:
        con.register("_labels_view", pa.table({"ref": list(moved),
                                               "cluster": list(moved.values())}))
        try:
            con.execute("UPDATE texts SET cluster = v.cluster FROM _labels_view v "
                        "WHERE texts.ref = v.ref")
        finally:
            unregister(con, "_labels_view")
    con.execute("UPDATE attributions SET cluster = t.cluster FROM texts t "
                "WHERE attributions.text_key = t.text_key")


def _quote_components(con: duckdb.DuckDBPyConnection) -> UnionFind:
    """Every quote text's buckets written to text_buckets (each keeps its first texts:
    insert_first_texts), and the quote texts' components (refs) by quotes.same_quote."""
    # read a page at a time on `con` itself (a migration's transaction: another cursor
    # would not see its tables)
    con.execute("CREATE OR REPLACE TABLE _all_text_buckets (bucket BIGINT, ref BIGINT)")
    last = -(2 ** 63)
    while batch := con.execute("SELECT ref, words FROM texts WHERE quote AND ref > $last "
                               "ORDER BY ref LIMIT 50000", {"last": last}).fetchall():
        last = batch[-1][0]
        buckets = quote_buckets([tuple(w.split()) for _, w in batch])
        insert_columns(con, "_all_text_buckets", {
            "bucket": [b for bs in buckets for b in bs.tolist()],
            "ref": [r for (r, _), bs in zip(batch, buckets, strict=True) for _ in range(len(bs))],
        })
    uf = UnionFind()
    con.execute("CREATE OR REPLACE TEMP TABLE _bucket_lists AS SELECT row_number() OVER () "
                "AS n, bucket, members FROM (SELECT bucket, list(ref ORDER BY ref) AS members "
                "FROM _all_text_buckets GROUP BY bucket HAVING count(*) > 1)")
    start = 0
    while batch := con.execute("SELECT bucket, members FROM _bucket_lists WHERE n > $start "
                               "AND n <= $start + 20000", {"start": start}).fetchall():
        start += 20000  # words of one batch of buckets at a time
        lists = [members for _, members in batch]
        refs = sorted({r for members in lists for r in members})
        sets = {ref: (w, shingles(w), numbers(w)) for ref, w in (
            (ref, tuple(words.split())) for ref, words in con.execute(
                "SELECT ref, words FROM texts WHERE ref = ANY($refs)", {"refs": refs}
            ).fetchall())}
        for bucket, members in batch:
            first = first_in_bucket(bucket)
            for n, a in enumerate(members):
                for b in members[:min(n, first)]:
                    (wa, sa, na), (wb, sb, nb) = sets[a], sets[b]
                    if uf.find(a) != uf.find(b) and same_quote(wa, wb, sa, sb, na, nb):
                        uf.union(a, b)
    insert_first_texts(con, "_all_text_buckets")
    con.execute("DROP TABLE _all_text_buckets")
    con.execute("DROP TABLE _bucket_lists")
    return uf


def recluster_quotes(con: duckdb.DuckDBPyConnection) -> set[int]:
    """The quote texts bucketed and clustered again in place under today's rules, which
    may join clusters (quote pieces, merge rules 16) or part them (a piece bucket's fewer
    first texts, 23): text_buckets written again and every quote text labelled by its
    component's smallest ref, as a rebuild labels it, with its attributions; returns the
    clusters whose texts changed (old and new labels), whose summaries the caller brings up
    to date, with cluster_firsts and the waiting sources filled again from the
    attributions (rebuild._clusters_again)."""
    con.execute("DELETE FROM text_buckets")
    uf = _quote_components(con)
    moved: dict[int, tuple[int, int]] = {}  # ref -> (old cluster, new)
    last = -(2 ** 63)
    while batch := con.execute("SELECT ref, cluster FROM texts WHERE quote AND ref > $last "
                               "ORDER BY ref LIMIT 200000", {"last": last}).fetchall():
        last = batch[-1][0]
        for ref, cluster in batch:
            new = uf.find(ref) if ref in uf.parent else ref
            if new != cluster:
                moved[ref] = (cluster, new)
    if not moved:
        return set()
    con.register("_moved_view", pa.table({"ref": list(moved),
                                          "cluster": [new for _, new in moved.values()]}))
    try:
        con.execute("UPDATE texts SET cluster = v.cluster FROM _moved_view v "
                    "WHERE texts.ref = v.ref")
        con.execute("UPDATE attributions SET cluster = t.cluster FROM texts t, _moved_view v "
                    "WHERE t.ref = v.ref AND attributions.text_key = t.text_key")
    finally:
        unregister(con, "_moved_view")
    old = {cluster for cluster, _ in moved.values()}
    kept = {c for (c,) in lookup_any(con, "SELECT DISTINCT cluster FROM texts "
                                     "WHERE cluster = ANY($values)", old)}
    drop_cluster_words(con, old - kept)  # the ids no text holds any more
    return old | {new for _, new in moved.values()}


# -- sightings ------------------------------------------------------------------------------


PLACE_AGAIN_CHUNK = 2000  # articles whose records are read and placed again at a time


def place_figures_again(con: duckdb.DuckDBPyConnection, seqs: Sequence[int], *,
                        changed_only: bool = False) -> tuple[set[int], set[int]]:
    """Derive the figure columns of articles `seqs` again from their stored records (day,
    as-of origin, place, comparison group, series, label and bounds: _PLACED) and their
    within-article clashes; returns the
    (groups, series) their figures were and are in, whose summaries the caller refreshes.
    `changed_only`: write and return only the figures whose columns changed, and the
    clashes of articles whose clashes changed (a migration, where most stay as they are).
    Reads and writes a chunk of articles at a time (a migration may place many)."""
    groups: set[int] = set()
    series: set[int] = set()
    ordered = sorted(set(seqs))
    columns = ", ".join(_PLACED)
    for at in range(0, len(ordered), PLACE_AGAIN_CHUNK):
        chunk = ids_table(con, "_placed_again", ordered[at:at + PLACE_AGAIN_CHUNK])
        stored = {ref: rest for ref, *rest in con.execute(
            f"SELECT ref, {columns} FROM quantities "
            f"WHERE seq IN (SELECT id FROM {chunk})").fetchall()}
        rows = _figure_rows(con, chunk)
        cols = rows.columns.get("quantities") or {}
        placed = {ref: list(now) for ref, *now in zip(
            *(cols.get(k, []) for k in ("ref", *_PLACED)), strict=True)}
        changed = {ref for ref, now in placed.items() if stored.get(ref) != now}
        moved = changed if changed_only else set(placed) | set(stored)
        group, serie = _PLACED.index("group_id"), _PLACED.index("series_id")
        groups |= {stored[r][group] for r in moved if r in stored} | {
            placed[r][group] for r in moved if r in placed}
        series |= {stored[r][serie] for r in moved if r in stored} | {
            placed[r][serie] for r in moved if r in placed and r in stored
            and placed[r][serie] != stored[r][serie]}
        _replace_clashes(con, chunk, rows, changed_only)
        if changed:
            index = [i for i, ref in enumerate(cols["ref"]) if ref in changed]
            con.register("_placed_view", pa.table({k: [cols[k][i] for i in index] for k in (
                "ref", *_PLACED)}))
            try:
                sets = ", ".join(f"{k} = v.{k}" for k in _PLACED)
                con.execute(f"UPDATE quantities SET {sets} FROM _placed_view v "
                            "WHERE quantities.ref = v.ref")
            finally:
                unregister(con, "_placed_view")
    return {g for g in groups if g is not None}, {s for s in series if s is not None}


def date_by_groups(con: duckdb.DuckDBPyConnection, seqs: Iterable[int] | None) -> list[int]:
    """Date the undated members of the story groups that articles `seqs` are in (None:
    every group) whose record keeps its dateline's month-day of an unknown year
    (`published_timex3` "XXXX-11-24": article/pubtime.py) from the group's dated copies:
    the year that puts the month-day on or before the earliest copy's day (pubtime.year_before,
    a day's slack for zones), at most READ_AFTER_MAX_DAYS before it; that day's midnight UTC,
    as a sighting fills it (the `published` column; a rebuild keeps it). Returns the dated seqs,
    for refresh_sighted. The copies are the group's, so any ingest order gives one date."""
    from according.article.pubtime import year_before

    if seqs is None:
        where = "group_seq IN (SELECT group_seq FROM articles WHERE group_seq <> seq)"
    else:
        table = ids_table(con, "_grouped_seqs", seqs)
        where = ("group_seq IN (SELECT group_seq FROM articles WHERE group_seq <> seq AND seq "
                 f"IN (SELECT id FROM {table}) UNION SELECT seq FROM articles WHERE seq IN "
                 f"(SELECT id FROM {table}))")
    rows = con.execute(
        "SELECT seq, group_seq, strftime(published, '%Y-%m-%d'), "
        "json_extract_string(record_json, '$.metadata.published_timex3') "
        f"FROM articles WHERE {where}").fetchall()
    earliest: dict[int, date] = {}
    for _, group, day, _ in rows:
        if day is not None:
            when = date.fromisoformat(day)
            earliest[group] = min(earliest.get(group, when), when)
    dated = []
    for seq, group, day, timex3 in rows:
        if day is not None or group not in earliest or not timex3 or not _MONTH_DAY.fullmatch(
                timex3):
            continue
        month, mday = int(timex3[5:7]), int(timex3[8:10])
        year = year_before(month, mday, earliest[group])
        if year is None:
            continue
        stamp = f"{date(year, month, mday).isoformat()}T00:00:00+00:00"
        con.execute("UPDATE articles SET published = ?::TIMESTAMPTZ, published_day_only = true "
                    "WHERE seq = ?", [stamp, seq])
        dated.append(int(seq))
    return sorted(dated)


_MONTH_DAY = re.compile(r"XXXX-\d\d-\d\d")

# the figure columns derived again (place_figures_again): a re-dated or re-placed figure
# changes day, place and group; a change of data/ledger_counted.json its series and label
_PLACED = ("day", "as_of_from", "place", "group_id", "series_key", "series_id", "label",
           "lo", "hi", "lo_open")  # bounds: a verified count is a floor (merge rules 25)


def _replace_clashes(con: duckdb.DuckDBPyConnection, chunk: str, rows: TableRows,
                     changed_only: bool) -> None:
    """Store the within-article clashes `rows` holds for the articles of `chunk`, in place
    of theirs (`changed_only`: only for the articles whose clashes differ)."""
    new = rows.columns.get("figure_clashes") or {}
    fresh = set(zip(*(new.get(k, []) for k in ("seq", "ref_a", "ref_b", "series_id")),
                    strict=True))
    seqs = f"(SELECT id FROM {chunk})"
    if changed_only:
        old = set(con.execute("SELECT seq, ref_a, ref_b, series_id FROM figure_clashes "
                              f"WHERE seq IN {seqs}").fetchall())
        differ = {c[0] for c in old ^ fresh}
        if not differ:
            return
        seqs = f"({', '.join(str(int(q)) for q in sorted(differ))})"
        fresh = {c for c in fresh if c[0] in differ}
    con.execute(f"DELETE FROM figure_clashes WHERE seq IN {seqs}")
    if fresh:
        ordered = sorted(fresh)
        insert_columns(con, "figure_clashes", {k: [c[i] for c in ordered] for i, k in
                                               enumerate(("seq", "ref_a", "ref_b", "series_id"))})


def _figure_rows(con: duckdb.DuckDBPyConnection, seqs_table: str) -> TableRows:
    """The figure columns and within-article clashes of the articles in `seqs_table`,
    derived from their stored records."""
    from according.ledger.derive import add_figure_columns, local_source_keys
    from according.records import Record

    rows = TableRows()
    for seq, doc, published in con.execute(
            "SELECT seq, record_json, strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') "
            f"FROM articles WHERE seq IN (SELECT id FROM {seqs_table}) ORDER BY seq"
            ).fetchall():
        record = Record.from_dict(json.loads(doc))
        add_figure_columns(rows, record, seq, local_source_keys(record), published)
    return rows


def refresh_sighted(con: duckdb.DuckDBPyConnection, touched: dict[int, bool]) -> None:
    """After sightings of stored articles (seq -> whether it was dated by the sighting):
    re-place the figures of newly dated articles on their publication day, and refresh the
    summaries their outlets and dates feed."""
    groups, series = place_figures_again(
        con, sorted(seq for seq, was_dated in touched.items() if was_dated))
    if touched:  # a copy dated, or its outlet named, now may be its story's original
        restate_groups(con, rename_groups(con, touched))
    if touched:  # their figures' as-of order keys (day, publication time) changed, or
        # what their pages show (an outlet filled in: schema 12, stats.FIGURE_SHOWN)
        stats.add_series_order(con, f"IN ({', '.join(str(int(s)) for s in sorted(touched))})")
    fronts.touch_articles(con, touched)
    table = ids_table(con, "_sighted", touched)
    clusters = {r[0] for r in con.execute(
        "SELECT DISTINCT cluster FROM attributions WHERE cluster IS NOT NULL AND seq IN "
        f"(SELECT id FROM {table})").fetchall()}
    refresh(con, clusters=clusters, groups=groups, recompute_series=series)
