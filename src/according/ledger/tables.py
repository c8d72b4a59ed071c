"""Loading a folder of ledger tables (Parquet, as `export --format parquet` or a Spark job
writes them) into a ledger: the records come from `articles.parquet`'s `record_json`, so
every row and merge is made again by this ledger's own code (rows.py, merge.py); the
places a text was seen (`appearances.parquet`) and failed inputs (`errors.parquet`) are
added too. Articles already stored are skipped, as an ingest skips them.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from according.records import Record

if TYPE_CHECKING:
    from according.ledger.store import Store

LOAD_BATCH = 500


def is_table_folder(path: str | Path) -> bool:
    """Whether `path` is a folder of ledger tables (it holds articles.parquet)."""
    path = Path(path)
    return path.is_dir() and (path / "articles.parquet").is_file()


def _records(store: Store, folder: Path) -> Iterator[tuple[list[Record], list[str]]]:
    """(records, their stored published times) of articles.parquet, a batch at a time."""
    source = str(folder / "articles.parquet").replace("'", "''")
    result = store.con.cursor().execute(
        "SELECT record_json, strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') "
        f"FROM read_parquet('{source}') ORDER BY seq NULLS LAST")
    while rows := result.fetchmany(LOAD_BATCH):
        yield [Record.from_dict(json.loads(doc)) for doc, _ in rows], [p for _, p in rows]


def load_tables(store: Store, folder: str | Path,
                on_error: Callable[[str, str], None] | None = None) -> tuple[int, int]:
    """Add the articles of a table folder not yet stored; returns (added, skipped)."""
    folder = Path(folder)
    added = skipped = 0
    for records, _ in _records(store, folder):
        stored = store.stored_ids(r.id for r in records)
        fresh = [(r, r.id) for r in records if r.id not in stored]
        skipped += len(records) - len(fresh)
        lost = store.write_each(fresh, []) if fresh else []
        added += len(fresh) - len(lost)
        for name, reason in lost:
            if on_error:
                on_error(name, reason)
    _load_extras(store, folder)
    return added, skipped


def _load_extras(store: Store, folder: Path) -> None:
    """Sightings and errors of the folder, for the articles now stored."""
    from according.ledger.sightings import Sighting

    appearances = folder / "appearances.parquet"
    if appearances.is_file():
        path = str(appearances).replace("'", "''")
        rows = store.con.execute(
            "SELECT article_id, path, url, outlet, "
            f"strftime(published, '%Y-%m-%dT%H:%M:%S+00:00') FROM read_parquet('{path}')"
        ).fetchall()
        sightings = [Sighting(aid, p, u, o, pub, None) for aid, p, u, o, pub in rows]
        if sightings:
            store.write_sightings(sightings)
    errors = folder / "errors.parquet"
    if errors.is_file():
        path = str(errors).replace("'", "''")
        rows = store.con.execute(f"SELECT input, reason FROM read_parquet('{path}')"
                                 ).fetchall()
        stored_paths = {p for (p,) in store.con.execute(
            "SELECT path FROM appearances WHERE path IS NOT NULL").fetchall()} if rows else set()
        failures = [(i, r) for i, r in rows if i not in stored_paths]
        if failures:
            store.write_batch([], failures)
