"""The DuckDB file behind a ledger: opening, transactional batch writes, ingest, export.

Each batch of records is written in one transaction, so a process killed at any moment
leaves every committed article whole (all its child rows) and none half-written; a rerun
skips every stored article by id before extracting anything.
"""

from __future__ import annotations

import json
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from according.ledger.rows import (
    BACKFILL_APPEARANCES_SQL,
    CHILD_TABLES,
    SCHEMA_SQL,
    TableRows,
    rows_for,
)
from according.ledger.sightings import Sighting, apply_sightings, seen_places, sighting_of
from according.records import Record, text_id

if TYPE_CHECKING:
    from according.read import ArticleInput, InputError

DEFAULT_BATCH_SIZE = 32
FLUSH_SECONDS = 2.0  # commit at least this often, so a kill loses little work
EXPORT_FORMATS = ("parquet", "csv", "jsonl")
ALL_TABLES = ("articles", *CHILD_TABLES, "errors")


@dataclass(frozen=True)
class IngestSummary:
    """What one ingest run did: articles added, skipped as already stored, inputs failed
    (each failure as (input, reason))."""

    added: int
    skipped: int
    failed: int
    seconds: float
    errors: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class IngestProgress:
    """Running counts passed to `on_progress` after every input."""

    done: int
    added: int
    skipped: int
    failed: int
    seconds: float


Extractor = Callable[..., Iterator[Any]]
ErrorCallback = Callable[[str, str], None]


class Store:
    """A connection to one ledger file, with the schema in place and UTC timestamps."""

    def __init__(self, path: str | Path = "ledger.duckdb", *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.con = duckdb.connect(str(self.path), read_only=read_only)
        self.con.execute("SET TimeZone = 'UTC'")
        if not read_only:
            self.con.execute(SCHEMA_SQL)
            self.con.execute(BACKFILL_APPEARANCES_SQL)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------

    def known_keys(self) -> set[str]:
        """Every stored article id and input text id, for skipping before extraction."""
        rows = self.con.execute("SELECT id, input_key FROM articles").fetchall()
        return {k for row in rows for k in row if k}

    def known_ids(self) -> dict[str, str]:
        """Every stored article id and input text id -> the article's id."""
        rows = self.con.execute("SELECT id, input_key FROM articles").fetchall()
        known = {key: aid for aid, key in rows if key}
        known.update({aid: aid for aid, _ in rows})
        return known

    def write_sightings(self, sightings: list[Sighting]) -> list[Sighting]:
        """Record sightings of stored texts in one transaction (see sightings.py); returns
        those whose article is not stored yet."""
        self.con.begin()
        try:
            pending = apply_sightings(self.con, sightings)
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise
        return pending

    def count(self, table: str = "articles") -> int:
        if table not in ALL_TABLES:
            raise ValueError(f"no table {table!r}; tables are {', '.join(ALL_TABLES)}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]

    def _next_seq(self) -> int:
        return self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchone()[0]

    def _insert(self, table: str, columns: dict[str, list]) -> None:
        names = list(columns)
        view = f"_batch_{table}"
        self.con.register(view, pa.table(columns))
        try:
            select = ", ".join(
                "TRY_CAST(published AS TIMESTAMPTZ)" if n == "published" else f'"{n}"'
                for n in names
            )
            cols = ", ".join(f'"{n}"' for n in names)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {select} FROM {view}")
        finally:
            self.con.unregister(view)

    def write_batch(
        self, records: Sequence[tuple[Record, str]], errors: Sequence[tuple[str, str]]
    ) -> None:
        """Store records (with their input keys) and errors in one transaction, or none."""
        rows: TableRows = rows_for(records, self._next_seq()) if records else TableRows()
        self.con.begin()
        try:
            for table in ("articles", *CHILD_TABLES):
                if rows.count(table):
                    self._insert(table, rows.columns[table])
            stored_paths = [r.input.path for r, _ in records if r.input.path]
            failed_inputs = [name for name, _ in errors]
            cleared = stored_paths + failed_inputs
            if cleared:  # one current row per input: a rerun replaces, a success clears
                self.con.execute("DELETE FROM errors WHERE list_contains(?, input)", [cleared])
            if errors:
                self._insert("errors", {
                    "input": [n for n, _ in errors], "reason": [r for _, r in errors],
                })
            self.con.commit()
        except BaseException:
            self.con.rollback()
            raise

    def write_each(
        self, records: Sequence[tuple[Record, str]], errors: Sequence[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        """Store a batch; if the batch fails, store one by one and return what could not be."""
        try:
            self.write_batch(records, errors)
            return []
        except duckdb.Error:
            pass
        failures = []
        for record, key in records:
            try:
                self.write_batch([(record, key)], [])
            except duckdb.Error as err:
                failures.append((record.input.path or record.id, f"store failed: {err}"))
        self.write_batch([], list(errors) + failures)
        return failures

    # -- reading -------------------------------------------------------------------------

    def article(self, article_id: str) -> Record:
        """The stored record with this id (or a unique id prefix); KeyError if none."""
        rows = self.con.execute(
            "SELECT record_json FROM articles WHERE id = ? OR id LIKE ? LIMIT 2",
            [article_id, (article_id if article_id.startswith("sha256:") else "sha256:"
                          + article_id) + "%"],
        ).fetchall()
        if len(rows) != 1:
            why = "no article" if not rows else "more than one article"
            raise KeyError(f"{why} with id {article_id!r} in {self.path}")
        return Record.from_dict(json.loads(rows[0][0]))

    def article_json(self, article_id: str) -> str:
        """The stored JSON text of one record, exactly as written."""
        record = self.article(article_id)
        return self.con.execute(
            "SELECT record_json FROM articles WHERE id = ?", [record.id]
        ).fetchone()[0]

    def export(self, out: str | Path, format: str = "parquet") -> list[Path]:
        """Write the ledger out: parquet/csv one file per table in directory `out`;
        jsonl one record per line in file `out`. Returns the files written; OSError when
        `out` is the wrong kind (a file for parquet/csv, a directory for jsonl)."""
        if format not in EXPORT_FORMATS:
            raise ValueError(f"unknown export format {format!r}; use {', '.join(EXPORT_FORMATS)}")
        out = Path(out)
        if format == "jsonl" and out.is_dir():
            raise IsADirectoryError(f"{out} is a directory; jsonl export writes one file")
        if format != "jsonl" and out.exists() and not out.is_dir():
            raise NotADirectoryError(f"{out} is a file; {format} export writes one file per "
                                     "table into a directory")
        if format == "jsonl":
            out.parent.mkdir(parents=True, exist_ok=True)
            rows = self.con.execute("SELECT record_json FROM articles ORDER BY seq").fetchall()
            with out.open("w", encoding="utf-8") as fh:
                for (doc,) in rows:
                    fh.write(doc + "\n")
            return [out]
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ALL_TABLES:
            target = out / f"{table}.{format}"
            options = "FORMAT parquet" if format == "parquet" else "FORMAT csv, HEADER true"
            order = " ORDER BY seq" if table == "articles" else ""
            path_sql = str(target).replace("'", "''")
            self.con.execute(f"COPY (SELECT * FROM {table}{order}) TO '{path_sql}' ({options})")
            written.append(target)
        return written


class _IngestRun:
    """The state of one ingest: counts, keys of inputs in flight, and the unwritten batch."""

    def __init__(
        self, store: Store, batch_size: int, on_progress: Any, on_error: ErrorCallback | None
    ) -> None:
        self.store, self.batch_size, self.on_progress = store, batch_size, on_progress
        self.on_error = on_error
        self.started = self.last_flush = time.perf_counter()
        self.known = store.known_ids()
        self.seen = seen_places(store.con)
        self.sightings: list[Sighting] = []
        self.failures: list[tuple[str, str]] = []
        self.keys: deque[str | None] = deque()  # one per input handed to the extractor
        self.counts = {"done": 0, "added": 0, "skipped": 0, "failed": 0}
        self.records: list[tuple[Record, str]] = []
        self.errors: list[tuple[str, str]] = []

    def report(self) -> None:
        if self.on_progress:
            seconds = time.perf_counter() - self.started
            self.on_progress(IngestProgress(seconds=seconds, **self.counts))

    def fresh(self, inputs: Iterable[Any]) -> Iterator[Any]:
        """The inputs whose text is not stored yet (nor seen earlier in this run)."""
        for item in inputs:
            text = getattr(item, "text", None)
            key = text_id(text) if text is not None else None
            if key is not None and key in self.known:
                self.sighted(item, key)
                self.counts["skipped"] += 1
                self.counts["done"] += 1
                self.report()
                continue
            if key is not None:
                self.known[key] = key
            self.keys.append(key)
            yield item

    def sighted(self, item: Any, key: str) -> None:
        """Note a stored text met again at a new place (path, url), to record at flush."""
        info = getattr(item, "info", None)
        place = (self.known[key], getattr(info, "path", None), getattr(info, "url", None))
        if info is None or place in self.seen:
            return
        self.seen.add(place)
        self.sightings.append(sighting_of(item, key))

    def failed(self, name: str, reason: str) -> None:
        self.failures.append((name, reason))
        if self.on_error:
            self.on_error(name, reason)

    def take(self, result: Any) -> None:
        """Buffer one extraction result; commit when the batch is full or old enough."""
        key = self.keys.popleft() if self.keys else None
        if isinstance(result, Record):
            self.records.append((result, key or result.id))
        else:
            self.errors.append(_error_pair(result))
            self.failed(*self.errors[-1])
        self.counts["done"] += 1
        if len(self.records) + len(self.errors) >= self.batch_size or (
            time.perf_counter() - self.last_flush >= FLUSH_SECONDS
        ):
            self.flush()
        self.report()

    def flush(self) -> None:
        if self.records or self.errors:
            lost = self.store.write_each(self.records, self.errors)
            self.counts["added"] += len(self.records) - len(lost)
            self.counts["failed"] += len(self.errors) + len(lost)
            self.records, self.errors = [], []
            for name, reason in lost:
                self.failed(name, reason)
        if self.sightings:
            self.sightings = self.store.write_sightings(self.sightings)
        self.last_flush = time.perf_counter()

    def summary(self) -> IngestSummary:
        c = self.counts
        return IngestSummary(
            c["added"], c["skipped"], c["failed"], time.perf_counter() - self.started,
            tuple(self.failures),
        )


def ingest_inputs(
    store: Store,
    inputs: Iterable[ArticleInput | InputError],
    *,
    extract: Extractor,
    workers: int = 1,
    batch_size: int = DEFAULT_BATCH_SIZE,
    on_progress: Callable[[IngestProgress], None] | None = None,
    on_error: ErrorCallback | None = None,
) -> IngestSummary:
    """Extract and store every input not yet in `store`; failures are recorded, never raised,
    and passed to `on_error(input, reason)` as they happen. A stored text met again is a
    sighting (sightings.py): recorded, and its missing metadata filled in.

    `extract(inputs, workers=...)` must yield one result (Record or InputError) per input,
    in order, as `according.extract.extract_inputs` does."""
    run = _IngestRun(store, batch_size, on_progress, on_error)
    try:
        for result in extract(run.fresh(inputs), workers=workers):
            run.take(result)
    finally:  # on Ctrl-C or a broken pipeline, keep what was already extracted
        run.flush()
    run.report()
    return run.summary()


def _error_pair(error: object) -> tuple[str, str]:
    name = getattr(error, "name", None) or str(error)
    reason = getattr(error, "reason", None) or type(error).__name__
    return str(name), str(reason)
