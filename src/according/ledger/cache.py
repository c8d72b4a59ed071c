"""The views' cache: merged sources and content clusters, stored in the ledger file.

Merging sources and clustering every attributed content take seconds on a big ledger
(ledger/views.py), and their result depends only on the stored articles and the merging
rules. After a write (ingest, add_records) the ledger stores them in `view_cache`, stamped
with the ledger's state (article count, last seq and ingest time, appearances) and the
rules' version; a query whose stamp matches reads them back instead of recomputing, and
any other query computes them live. The payload is JSON, never code.
"""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources

import duckdb

from according.ledger.names import SourceCluster

CACHE_VERSION = "views/1"  # bump when names.py or quotes.py change what they compute
_STATE_SQL = """
SELECT (SELECT concat_ws('/', count(*), max(seq), max(ingested_at)) FROM articles) || '/'
    || (SELECT concat_ws('/', count(*), max(seen_at)) FROM appearances)
"""


@lru_cache(maxsize=1)
def rules_version() -> str:
    """The cache version and a digest of the data files the merging rules read."""
    data = resources.files("according.data")
    digest = hashlib.sha256(CACHE_VERSION.encode())
    for name in ("ledger_names.json", "outlets.json"):
        digest.update(data.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = ?", [name]
    ).fetchone()[0] > 0


def ledger_stamp(con: duckdb.DuckDBPyConnection) -> str | None:
    """The ledger's state and rules' version; None when the ledger predates the cache."""
    if not (_has_table(con, "appearances") and _has_table(con, "view_cache")):
        return None
    return f"{rules_version()}/{con.execute(_STATE_SQL).fetchone()[0]}"


def save_views(
    con: duckdb.DuckDBPyConnection, stamp: str, clusters: list[SourceCluster],
    label_of: dict[tuple[str, str], int],
) -> None:
    """Replace the cache with these results, stamped `stamp` (one transaction)."""
    payload = json.dumps({
        "clusters": [[c.key, c.name, c.type, list(c.surface_forms),
                      [list(m) for m in c.mentions]] for c in clusters],
        "labels": [[a, b, label] for (a, b), label in label_of.items()],
    }, ensure_ascii=False, separators=(",", ":"))
    con.begin()
    try:
        con.execute("DELETE FROM view_cache")
        con.execute("INSERT INTO view_cache VALUES (?, ?)", [stamp, payload])
        con.commit()
    except BaseException:
        con.rollback()
        raise


def is_current(con: duckdb.DuckDBPyConnection, stamp: str | None) -> bool:
    """Whether the cache holds results stamped `stamp`."""
    return stamp is not None and con.execute(
        "SELECT count(*) FROM view_cache WHERE stamp = ?", [stamp]
    ).fetchone()[0] > 0


def load_views(
    con: duckdb.DuckDBPyConnection, stamp: str | None
) -> tuple[list[SourceCluster], dict[tuple[str, str], int]] | None:
    """The cached (clusters, content labels) when stamped `stamp`, else None."""
    if stamp is None:
        return None
    row = con.execute("SELECT payload FROM view_cache WHERE stamp = ?", [stamp]).fetchone()
    if row is None:
        return None
    data = json.loads(row[0])
    clusters = [
        SourceCluster(key, name, type_, tuple(forms), tuple((a, b) for a, b in mentions))
        for key, name, type_, forms, mentions in data["clusters"]
    ]
    return clusters, {(a, b): label for a, b, label in data["labels"]}
