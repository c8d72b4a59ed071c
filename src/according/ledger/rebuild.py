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

from according.ledger.rows import INDEX_SQL, SCHEMA_SQL, SCHEMA_VERSION, rows_for_numbered
from according.records import Record

RULES_VERSION = "merge-rules/1"  # bump when names, quotes, duplicates or figures change
REBUILD_BATCH = 1000
_DATA_FILES = ("ledger_names.json", "ledger_counted.json", "outlets.json")
# article columns a sighting may have filled after the record was stored
_FILLED = ("path", "url", "outlet", "published", "published_text", "ingested_at")


@lru_cache(maxsize=1)
def rules_version() -> str:
    """RULES_VERSION and a digest of the data files the merging rules read."""
    digest = hashlib.sha256(RULES_VERSION.encode())
    data = resources.files("according.data")
    for name in _DATA_FILES:
        digest.update(data.joinpath(name).read_bytes())
    return f"{RULES_VERSION}/{digest.hexdigest()[:16]}"


def rebuild_file(path: Path, *, progress: Callable[[str], None] | None = None) -> None:
    """Rebuild the ledger at `path` in a new file and swap it in (module doc)."""
    from according.ledger import merge

    say = progress or (lambda _: None)
    target = path.with_name(path.name + ".rebuild")
    for leftover in (target, Path(str(target) + ".wal")):
        leftover.unlink(missing_ok=True)
    config = {"autoinstall_known_extensions": False, "autoload_known_extensions": False}
    con = duckdb.connect(str(target), config=config)
    try:
        con.execute("SET TimeZone = 'UTC'")
        con.execute(SCHEMA_SQL)
        quoted = str(path).replace("'", "''")
        con.execute(f"ATTACH '{quoted}' AS old (READ_ONLY)")
        _copy_records(con, say)
        say("sightings and errors")
        con.execute("INSERT INTO appearances SELECT * REPLACE (NULL AS outlet_key) "
                    "FROM old.appearances")
        _fill_outlet_keys(con)
        con.execute("INSERT INTO errors SELECT * FROM old.errors")
        con.execute("DETACH old")
        merge.merge_all(con, progress=say)
        say("indexes")
        con.execute(INDEX_SQL)
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


def _copy_records(con: duckdb.DuckDBPyConnection, say: Callable[[str], None]) -> None:
    total = con.execute("SELECT count(*) FROM old.articles").fetchall()[0][0]
    result = con.cursor().execute(  # its own cursor: the inserts below use `con`
        "SELECT seq, input_key, record_json, "
        "strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') FROM old.articles ORDER BY seq")
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
    con.execute(f"UPDATE articles SET {sets} FROM old.articles o WHERE articles.id = o.id")


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
