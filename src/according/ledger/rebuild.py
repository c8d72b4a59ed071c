"""Rebuilding a ledger's merges from its stored records, for when the merging rules change.

The rebuild writes a new file beside the ledger (`<name>.rebuild`): every stored record is
turned into rows again (rows.py, derive.py) under its original number, the sightings and
errors are copied, every merge is computed at once (merge.merge_all), and the new file
replaces the old one in a single rename. A kill at any moment leaves the old ledger as it
was; the rebuilt clusters are those one clean ingest of the same articles gives.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import duckdb

from according.ledger.rows import SCHEMA_SQL, SCHEMA_VERSION, create_indexes, rows_for_numbered
from according.records import Record

RULES_VERSION = "merge-rules/5"  # bump when names, quotes, duplicates or figures change
REBUILD_BATCH = 1000
_DATA_FILES = ("ledger_names.json", "ledger_counted.json", "outlets.json")
# article columns a sighting may have filled after the record was stored
_FILLED = ("path", "url", "outlet", "published", "published_text", "ingested_at")


def rules_version() -> str:
    """RULES_VERSION and a digest of the data files the merging rules read."""
    return _rules_version(RULES_VERSION)


@lru_cache(maxsize=4)
def _rules_version(code: str) -> str:
    digest = hashlib.sha256(code.encode())
    data = resources.files("according.data")
    for name in _DATA_FILES:
        digest.update(data.joinpath(name).read_bytes())
    return f"{code}/{digest.hexdigest()[:16]}"


def rebuild_file(path: Path, *, progress: Callable[[str], None] | None = None) -> None:
    """Rebuild the ledger at `path` in a new file and swap it in (module doc)."""
    from according.ledger import merge

    say = progress or (lambda _: None)
    target = path.with_name(path.name + ".rebuild")
    for leftover in (target, Path(str(target) + ".wal")):
        leftover.unlink(missing_ok=True)
    from according.ledger.store import duckdb_config

    con = duckdb.connect(str(target), config=duckdb_config())
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(SCHEMA_SQL)
        quoted = str(path).replace("'", "''")
        old = _source_alias(con)
        con.execute(f"ATTACH '{quoted}' AS {old} (READ_ONLY)")
        _copy_records(con, old, say)
        say("sightings and errors")
        con.execute("INSERT INTO appearances SELECT * REPLACE (NULL AS outlet_key) "
                    f"FROM {old}.appearances")
        _fill_outlet_keys(con)
        con.execute(f"INSERT INTO errors SELECT * FROM {old}.errors")
        con.execute(f"DETACH {old}")
        merge.merge_all(con, progress=say)
        say("indexes")
        create_indexes(con)
        con.execute("INSERT INTO ledger_meta VALUES ('schema', ?), ('merges', ?)",
                    [SCHEMA_VERSION, rules_version()])
        con.execute("CHECKPOINT")
    except BaseException:
        con.close()
        target.unlink(missing_ok=True)
        raise
    con.close()
    Path(str(path) + ".wal").unlink(missing_ok=True)  # its contents are in the old file
    os.replace(target, path)


def migrate_in_place(con: duckdb.DuckDBPyConnection, stored: str | None) -> bool:
    """Bring merges made by earlier rules up to date without a rebuild, where the change
    allows it; False when a full rebuild is needed.

    merge-rules/1 -> 2 (same data files; one transaction): figures that do not say what
    they count, or have no day, are compared with none: their group goes, with the
    clashes and group summaries it held, and their label says what is not known
    (figures.series_label).

    merge-rules/2 -> 3: a text held by a longer content of its article keeps the holder's
    words (merge.TEXT_WORDS), where it kept its first member's. Only a text whose members
    have different words can differ; if none does, the merges stand as they are, else
    they are rebuilt (the words decide the quote clusters).

    merge-rules/3 -> 4 (one transaction): a place mention inside a dateline no longer
    places the figures of the sentence it leads (derive.sentence_places); the figures of
    articles with such a mention are placed again (merge.place_figures_again).

    merge-rules/4 -> 5 (one transaction): figures are compared by figures.place_key
    ("nampula, mozambique" and "nampula province" are one place); only the figures whose
    place has a comma, a leading "the" or a kind word after its name can change group,
    and their articles are placed again."""
    if stored == _rules_version("merge-rules/1"):
        _compare_counted_figures_only(con)
        stored = _rules_version("merge-rules/2")
    if stored == _rules_version("merge-rules/2"):
        if _texts_with_other_words(con):
            return False
        stored = _rules_version("merge-rules/3")
    if RULES_VERSION != "merge-rules/5" or stored not in (
            _rules_version("merge-rules/3"), _rules_version("merge-rules/4")):
        return False
    seqs = _dateline_place_seqs(con) if stored == _rules_version("merge-rules/3") else []
    _place_figures_again_in_place(con, sorted(set(seqs) | set(_keyed_place_seqs(con))))
    return True


def _keyed_place_seqs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/4 -> 5: the articles with a compared figure whose place key differs
    from its place (figures.place_key)."""
    from according.ledger.figures import PLACE_KIND_WORDS

    kinds = "|".join(PLACE_KIND_WORDS)
    return [r[0] for r in con.execute(f"""
        SELECT DISTINCT seq FROM quantities
        WHERE group_id IS NOT NULL AND place IS NOT NULL
          AND (place LIKE '%,%' OR place LIKE 'the %'
               OR regexp_matches(place, '\\s(?:{kinds})$'))
        ORDER BY seq""").fetchall()]


def _place_figures_again_in_place(con: duckdb.DuckDBPyConnection, seqs: list[int]) -> None:
    """Place these articles' figures again and mark the merges current, in one
    transaction (migrate_in_place)."""
    from according.ledger import merge

    con.begin()
    try:
        groups, series = merge.place_figures_again(con, seqs, changed_only=True)
        if groups or series:
            merge.refresh(con, groups=groups, recompute_series=series)
        con.execute("DELETE FROM ledger_meta WHERE key = 'merges'")
        con.execute("INSERT INTO ledger_meta VALUES ('merges', ?)", [rules_version()])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _dateline_place_seqs(con: duckdb.DuckDBPyConnection) -> list[int]:
    """merge-rules/3 -> 4: only an article with a place mentioned inside its dateline and
    a placed figure can change."""
    return [r[0] for r in con.execute("""
        SELECT DISTINCT a.seq FROM articles a
        JOIN regions r ON r.article_id = a.id AND r.kind = 'dateline'
        JOIN spans s ON s.article_id = a.id AND s.owner_kind = 'entity'
          AND s.start >= r.start AND s.start < r."end"
        JOIN entities e ON e.article_id = a.id AND e.entity_id = s.owner_id
          AND e.type = 'place'
        WHERE a.seq IN (SELECT seq FROM quantities WHERE place IS NOT NULL)
        ORDER BY a.seq""").fetchall()]


def _texts_with_other_words(con: duckdb.DuckDBPyConnection) -> int:
    """How many stored texts keep words other than merge.TEXT_WORDS gives (merge-rules/2
    kept the first member's): read among the texts whose members' words differ."""
    from according.ledger.merge import TEXT_WORDS

    con.execute("""
        CREATE OR REPLACE TEMP TABLE _mixed_texts AS SELECT text_key FROM attributions
        WHERE text_key IS NOT NULL GROUP BY text_key HAVING min(words) <> max(words)""")
    return con.execute(f"""
        SELECT count(*) FROM texts t JOIN (
            SELECT text_key, {TEXT_WORDS} AS words FROM attributions
            WHERE text_key IN (SELECT text_key FROM _mixed_texts) GROUP BY text_key) a
          USING (text_key)
        WHERE t.words IS DISTINCT FROM a.words""").fetchall()[0][0]


def _compare_counted_figures_only(con: duckdb.DuckDBPyConnection) -> None:
    """merge-rules/1 -> 2, in one transaction (migrate_in_place)."""
    from according.ledger import merge
    from according.ledger.figures import UNCOUNTED

    con.begin()
    try:
        con.execute("CREATE OR REPLACE TEMP TABLE _incomparable AS SELECT ref, group_id, "
                    "series_id, series_key LIKE ' | %' AS uncounted FROM quantities "
                    "WHERE series_key LIKE ' | %' OR (day IS NULL AND group_id IS NOT NULL)")
        con.execute("DELETE FROM figure_clashes WHERE ref_a IN (SELECT ref FROM _incomparable)"
                    " OR ref_b IN (SELECT ref FROM _incomparable)")
        con.execute("DELETE FROM group_stats WHERE group_id IN (SELECT group_id FROM "
                    "_incomparable) AND group_id NOT IN (SELECT group_id FROM quantities "
                    "WHERE group_id IS NOT NULL AND ref NOT IN (SELECT ref FROM _incomparable))")
        con.execute("UPDATE quantities SET group_id = NULL, label = CASE WHEN i.uncounted "
                    "THEN coalesce(nullif(quantities.unit, ''), 'figures') || ' ' || ? "
                    "ELSE quantities.label END FROM _incomparable i "
                    "WHERE quantities.ref = i.ref", [UNCOUNTED])
        series = {r[0] for r in con.execute(
            "SELECT DISTINCT series_id FROM _incomparable").fetchall()}
        groups = {r[0] for r in con.execute("SELECT DISTINCT group_id FROM _incomparable "
                                            "WHERE group_id IS NOT NULL").fetchall()}
        merge.refresh(con, groups=groups, recompute_series=series)
        con.execute("DELETE FROM ledger_meta WHERE key = 'merges'")
        con.execute("INSERT INTO ledger_meta VALUES ('merges', ?)",
                    [_rules_version("merge-rules/2")])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def _source_alias(con: duckdb.DuckDBPyConnection) -> str:
    """The name the ledger being rebuilt is attached under: not the new file's own catalog
    name, which DuckDB takes from the file's stem (old.duckdb.rebuild is "old")."""
    own = con.execute("SELECT current_database()").fetchall()[0][0]
    return "rebuild_source" if own != "rebuild_source" else "rebuild_source_1"


def _copy_records(con: duckdb.DuckDBPyConnection, old: str,
                  say: Callable[[str], None]) -> None:
    total = con.execute(f"SELECT count(*) FROM {old}.articles").fetchall()[0][0]
    result = con.cursor().execute(  # its own cursor: the inserts below use `con`
        "SELECT seq, input_key, record_json, "
        f"strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') FROM {old}.articles ORDER BY seq")
    done = 0
    from according.ledger.store import Store

    while batch := result.fetchmany(REBUILD_BATCH):
        items = [(Record.from_dict(json.loads(doc)), key, seq) for seq, key, doc, _ in batch]
        rows = rows_for_numbered(items, published=[p for *_, p in batch])
        for table, columns in rows.columns.items():
            if table != "appearances" and columns:
                Store._insert_into(con, table, columns)
        done += len(batch)
        say(f"records {done}/{total}")
    sets = ", ".join(f'"{c}" = o."{c}"' for c in _FILLED)
    con.execute(f"UPDATE articles SET {sets} FROM {old}.articles o WHERE articles.id = o.id")


def _fill_outlet_keys(con: duckdb.DuckDBPyConnection) -> None:
    from according.ledger.derive import outlet_key

    outlets = [r[0] for r in con.execute(
        "SELECT DISTINCT outlet FROM appearances WHERE outlet IS NOT NULL").fetchall()]
    if not outlets:
        return
    con.execute("CREATE TEMP TABLE _okeys (outlet VARCHAR, outlet_key VARCHAR)")
    con.executemany("INSERT INTO _okeys VALUES (?, ?)", [(o, outlet_key(o)) for o in outlets])
    con.execute("UPDATE appearances SET outlet_key = k.outlet_key FROM _okeys k "
                "WHERE appearances.outlet = k.outlet")
