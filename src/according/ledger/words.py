"""A word index for the ledger's text filters: word -> the headlines, quote clusters and
sources whose text holds it, so a filter reads the rows holding the query's words instead
of every row.

A text's words are the runs of letters and digits of its lower-cased form (DuckDB's
`lower` and a `[\\pL\\pN]+` pattern, the same functions at ingest and at query time). A
filter is a case-insensitive substring (`ILIKE '%text%'`); each run of letters and digits
in the query lies inside one word of any text containing it, so the rows holding, for each
of the query's longest words, some word that contains it are a superset of the matches. A
whole-word filter (a query of up to 3 characters or an acronym, views.text_filter) needs
the rows holding its words themselves.
Filters keep their ILIKE and only add that candidate set: the answers are the same as a
scan's. The index may hold more than it needs (a source's old name, a cluster's old quote
text): stale entries only cost a check.

Tables: `words` (the vocabulary: word_id, word) and `word_index` (kind, word_id, id), where
kind says what `id` is: an article's seq (HEADLINE), a quote cluster (QUOTE), a source id
(SOURCE); each batch's rows are written in word order, so a lookup reads the row groups
holding its words (a rebuild writes the whole index as four such runs; ingests since then
add small runs, read whole). `source_names` remembers the display names indexed apart
from a source's forms (outlet names, "(no source)"), so they are indexed once. Written in
the batch's transaction (merge.py, stats.py) and rebuilt with every merge (`index_all`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the schema is read by rows.py, which runs without DuckDB (Spark)
    import duckdb

HEADLINE, QUOTE, SOURCE = 0, 1, 2
PATTERN = r"[\pL\pN]+"
WORDS_USED = 2  # the query's longest words narrowing the candidates
BROAD = 5000  # vocabulary words containing a query word beyond which it narrows nothing
LITERAL_IDS = 2048  # ids written out in a filter, read through an index (as stats.py)
HASHED_KEPT = 4096  # whole-word queries whose word ids (hashes, any ledger's) are kept
_HASHED: dict[str, list[list[int]]] = {}

SCHEMA_SQL = """
CREATE TABLE IF NOT EXISTS words (word_id UBIGINT, word VARCHAR);
CREATE TABLE IF NOT EXISTS word_index (kind UTINYINT, word_id UBIGINT, id BIGINT);
CREATE TABLE IF NOT EXISTS source_names (source_id BIGINT, name VARCHAR);
"""
TABLES = ("words", "word_index", "source_names")


def words_sql(expr: str) -> str:
    """SQL for the list of words of text expression `expr`."""
    return f"regexp_extract_all(lower({expr}), '{PATTERN}')"


def add_words(con: duckdb.DuckDBPyConnection, kind: int, select_sql: str) -> None:
    """Index the words of the rows `select_sql` gives as (id, text) under `kind`."""
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _new_words AS
        SELECT DISTINCT id, md5_number_lower(word) AS word_id, word FROM (
            SELECT id, unnest({words_sql('text')}) AS word FROM ({select_sql}) t
            WHERE text IS NOT NULL)""")
    con.execute("""
        INSERT INTO words SELECT DISTINCT n.word_id, n.word FROM _new_words n
        WHERE NOT EXISTS (SELECT 1 FROM words w WHERE w.word_id = n.word_id)""")
    # in word order: a lookup of a few words then reads only the row groups holding them
    # (min/max per row group), not the whole index; a rebuild writes it as a few such runs
    con.execute(f"INSERT INTO word_index SELECT {int(kind)}, word_id, id FROM _new_words "
                "ORDER BY word_id, id")


def add_source_names(con: duckdb.DuckDBPyConnection, ids: str | None) -> None:
    """Index the display names of the sources in temp table `ids` (None: all) that are none
    of their forms (outlet names, the no-source buckets), each (source, name) once."""
    stats, forms = "source_stats", "source_forms"
    if ids:  # an ingest's few sources: their rows only, read through the id indexes
        found = [r[0] for r in con.execute(
            f"SELECT DISTINCT id FROM {ids} WHERE id IS NOT NULL LIMIT {LITERAL_IDS + 1}"
        ).fetchall()]
        members = f"(SELECT id FROM {ids})" if len(found) > LITERAL_IDS else \
            "(" + ", ".join(str(int(i)) for i in sorted(found)) + ")" if found else "(NULL)"
        stats, forms = "_names_stats", "_names_forms"
        con.execute(f"CREATE OR REPLACE TEMP TABLE {stats} AS SELECT source_id, name "
                    f"FROM source_stats WHERE source_id IN {members}")
        con.execute(f"CREATE OR REPLACE TEMP TABLE {forms} AS SELECT source_id, form "
                    f"FROM source_forms WHERE source_id IN {members}")
    con.execute(f"""
        CREATE OR REPLACE TEMP TABLE _new_names AS
        SELECT s.source_id, s.name FROM {stats} s
        WHERE s.name IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM {forms} f
                          WHERE f.source_id = s.source_id AND f.form = s.name)
          AND NOT EXISTS (SELECT 1 FROM source_names n
                          WHERE n.source_id = s.source_id AND n.name = s.name)""")
    con.execute("INSERT INTO source_names SELECT * FROM _new_names")
    add_words(con, SOURCE, "SELECT source_id AS id, name AS text FROM _new_names")


def index_all(con: duckdb.DuckDBPyConnection) -> None:
    """Index every headline, quote cluster text and source form and name anew."""
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
    add_words(con, HEADLINE, "SELECT seq AS id, headline AS text FROM articles")
    add_words(con, QUOTE, "SELECT cluster AS id, quote_text AS text FROM cluster_stats "
                          "WHERE n_quotes > 0")
    add_words(con, SOURCE, "SELECT source_id AS id, form AS text FROM source_forms")
    add_source_names(con, None)


def query_words(con: duckdb.DuckDBPyConnection, text: str) -> list[str]:
    """The words of a filter text, longest first (by the index's own rule)."""
    found = con.execute(f"SELECT {words_sql('?')}", [text]).fetchall()[0][0] or []
    return sorted(dict.fromkeys(found), key=lambda w: (-len(w), w))


def _word_ids(con: duckdb.DuckDBPyConnection, text: str,
              whole: bool = False) -> list[list[int]] | None:
    """For each of the query's longest words narrow enough to use, the vocabulary words
    containing it (`whole`: the word itself, for a whole-word query, by its id, the word's
    hash); None when none is (the caller scans)."""
    if whole:  # a word's id is its hash (add_words): no look-up in the vocabulary
        if text not in _HASHED:
            if len(_HASHED) >= HASHED_KEPT:
                _HASHED.clear()
            found = dict(con.execute(f"SELECT w, md5_number_lower(w) FROM (SELECT unnest("
                                     f"{words_sql('?')}) AS w)", [text]).fetchall())
            _HASHED[text] = [[found[w]] for w in sorted(found, key=lambda w: (-len(w), w))
                             [:WORDS_USED]]
        return _HASHED[text] or None
    used = []
    for word in query_words(con, text)[:WORDS_USED]:
        ids = [r[0] for r in con.execute(
            "SELECT word_id FROM words WHERE contains(word, ?) LIMIT ?",
            [word, BROAD + 1]).fetchall()]
        if len(ids) <= BROAD:
            used.append(ids)
    return used or None


def candidates(con: duckdb.DuckDBPyConnection, kind: int, text: str,
               whole: bool = False, spellings: Sequence[str] = ()) -> list[int] | None:
    """Ids (of `kind`) whose indexed text may contain `text` case-insensitively (`whole`:
    holds its words themselves, for a whole-word filter), sorted; None when the text has no
    word narrow enough to use (the caller scans). `spellings`: the text's other ways of
    writing ("UN", "U.N.": views.acronym_spellings), whose candidates are added."""
    if spellings:
        found = _spellings_sql(con, kind, spellings, whole)
        if found is None:
            return None
        return sorted(r[0] for r in con.execute(*found).fetchall())
    return _candidates(con, kind, text, whole)


def _spellings_sql(con: duckdb.DuckDBPyConnection, kind: int, spellings: Sequence[str],
                   whole: bool) -> tuple[str, dict] | None:
    """(SQL, parameters) of the ids (of `kind`) holding every word of some spelling, from
    one read of the index for all their words (a read per word costs each its own pass);
    None when a spelling has no word narrow enough to use."""
    params: dict = {"kind": kind}
    every: set[int] = set()
    spelled = []
    for n, text in enumerate(spellings):
        used = _word_ids(con, text, whole)
        if used is None:
            return None
        held = []
        for i, word_ids in enumerate(used):
            params[f"w{n}_{i}"] = word_ids
            every |= set(word_ids)
            held.append(f"bool_or(word_id = ANY($w{n}_{i}::UBIGINT[]))")
        spelled.append("(" + " AND ".join(held) + ")")
    params["every"] = sorted(every)
    return ("SELECT id FROM word_index WHERE kind = $kind AND word_id = ANY($every::UBIGINT[]) "
            f"GROUP BY id HAVING {' OR '.join(spelled)}", params)


def _candidates(con: duckdb.DuckDBPyConnection, kind: int, text: str,
                whole: bool) -> list[int] | None:
    """candidates of one spelling of the text."""
    used = _word_ids(con, text, whole)
    if used is None:
        return None
    found: set[int] | None = None
    for word_ids in used:
        if not word_ids:
            return []
        # `= ANY(list)` (not a join) lets the scan skip row groups by their word range
        rows = con.execute("SELECT DISTINCT id FROM word_index WHERE kind = $kind "
                           "AND word_id = ANY($ids::UBIGINT[])",
                           {"kind": kind, "ids": word_ids}).fetchall()
        ids = {r[0] for r in rows}
        found = ids if found is None else found & ids
        if not found:
            return []
    return sorted(found or ())


def candidate_table(con: duckdb.DuckDBPyConnection, kind: int, text: str, name: str,
                    whole: bool = False, spellings: Sequence[str] = ()) -> str | None:
    """The ids `candidates` gives, left in temp table `name` (one column, id; each id once)
    instead of a list, for a semi-join (`key IN (SELECT id FROM name)`): with tens of
    thousands of ids that join costs a fraction of `key = ANY(list)`. `whole`: the ids
    holding the text's words themselves (a whole-word query); `spellings` as candidates
    (their ids united). Returns `name`, or None (and no table) when the text has no word
    narrow enough to use."""
    if spellings:
        found = _spellings_sql(con, kind, spellings, whole)
        if found is None:
            return None
        con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {found[0]}", found[1])
        return name
    used = _word_ids(con, text, whole)
    if used is None:
        return None
    params: dict = {"kind": kind}
    parts = []
    for i, word_ids in enumerate(used):
        params[f"w{i}"] = word_ids
        parts.append("SELECT id FROM word_index WHERE kind = $kind "
                     f"AND word_id = ANY($w{i}::UBIGINT[])")
    # INTERSECT keeps each id once, as DISTINCT does for one word
    body = " INTERSECT ".join(parts) if len(parts) > 1 else \
        parts[0].replace("SELECT id", "SELECT DISTINCT id", 1)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS {body}", params)
    return name
