"""The DuckDB file behind a ledger: opening, transactional batch writes, ingest, export.

Each batch of records is written in one transaction together with its merges (merge.py),
so a process killed at any moment leaves every committed article whole (all its child
rows, its clusters and summaries) and none half-written; a rerun skips every stored
article by id before extracting anything.

Readers during an ingest: DuckDB lets one process write a file, or many read it, never
both at once. An ingest therefore holds the file only while it looks up input ids and
while it commits a batch, and closes it in between (while the next batch is extracted);
a reader opening the ledger meanwhile gets it at once or after waiting for the current
commit (`wait` seconds, default 60), and the writer likewise waits for readers to close.
"""

from __future__ import annotations

import json
import os
import re
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import pyarrow as pa

from according.ledger import fronts, merge, stats, words
from according.ledger.rows import (
    ADDED_COLUMNS,
    BACKFILL_APPEARANCES_SQL,
    CHILD_TABLES,
    MERGE_TABLES,
    RECORD_TABLES,
    SCHEMA_SQL,
    SCHEMA_VERSION,
    TableRows,
    create_indexes,
    rows_for,
)
from according.ledger.sightings import Sighting, apply_sightings, seen_places, sighting_of
from according.records import Record, text_id

if TYPE_CHECKING:
    from according.read import ArticleInput, InputError

DEFAULT_BATCH_SIZE = 32
FLUSH_SECONDS = 2.0  # commit at least this often, so a kill loses little work
# ...or, once a commit took long, only after this many times its duration: each commit
# pays for opening the file and folding its log, which on a big ledger dwarfs the rows
# (100k articles: a folder ingest committing every 2 s spent 0.35 s an article storing,
# against 0.12 s in batches of 32), so storing stays under a fifth of a run's time; a kill
# still loses only the extraction since the last commit
FLUSH_COST_FACTOR = 4.0
FLUSH_MAX_SECONDS = 30.0  # ...and never longer (a commit that waited for a reader's lock)
LOOKAHEAD = 64  # inputs whose ids are looked up together before extraction
# what a process holding a ledger may use in all, DuckDB's memory and Python's together
# ($ACCORDING_MEMORY); DuckDB's own cap (its default is 80% of the machine) is what is left
# of it when the file is opened (`db_memory_cap`): a batch into 1M articles fills any cap
# it is given (with a flat 2 GB cap a batch's process peaked at 2.2 GB; a folder ingest
# also holds the spaCy pipeline, 170 MB or more)
PROCESS_MEMORY = "2GB"
# DuckDB's allocations outside its cap and a batch's rows in Python, measured as the peak
# over the cap plus the process's resident memory at the open (1M articles, batches of 32)
_DB_HEADROOM = 256 << 20
# never less: at 1M articles one article's writes pinned some 600 MB of index, and an
# article that outgrows the cap alone is not stored (a failed input)
DB_MEMORY_FLOOR = 1 << 30
_DB_MEMORY_STEP = 128 << 20  # caps in steps, so a learnt batch limit carries to the next run
_OUT_OF_MEMORY_SIGNS = ("out of memory", "failed to pin block", "could not allocate block")
# DuckDB's cap of each ledger file this process has open (path -> [cap, connections]): a
# second connection to an open file must have the same settings (the service opens two)
_CAPS_IN_USE: dict[str, list] = {}
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([KMGT]i?B|B)?\s*$", re.IGNORECASE)
_UNIT = {"": 1, "B": 1, "KB": 10**3, "MB": 10**6, "GB": 10**9, "TB": 10**12,
         "KIB": 1 << 10, "MIB": 1 << 20, "GIB": 1 << 30, "TIB": 1 << 40}
_FILE_HEADERS = 3 * 4096  # DuckDB's main header and its two database headers
DEFAULT_WAIT = 60.0  # seconds to wait for another process to release the file
CHECKPOINT_THRESHOLD = "8MB"  # write-ahead log size at which a write checkpoints
# a writer checkpoints when it closes the file (a command's end, between a folder ingest's
# batches), so the next process opens an empty log: DuckDB replays a log's rows into every
# index they touch at each open, and at 1M articles each replayed key loads index blocks
# of its own that stay pinned until the close (a one-article ingest opening a 2 MB log
# held some 640 MB of index, 110 MB from an empty one, and took twice the CPU); a
# long-lived writer (one open ledger) keeps the threshold above. It folds a log of
# FOLD_LOG_AT bytes or more: a checkpoint at every close cost 1-5 s of wall at 1M (a
# one-article command's median 1.8 -> 3.4 s, a batch's 0.34 -> 0.64 s an article), while a
# log under 1 MB pins a few hundred MB of index at the next open (one of 1.9 MB, 640 MB)
FOLD_ON_RELEASE = True
FOLD_LOG_AT = 1 << 20
# a ledger file under this size folds any log at a writer's close: its checkpoint costs
# milliseconds, and the file alone then holds every article stored (a newcomer's copy of
# the .duckdb without its .wal was empty); over it, a log under FOLD_LOG_AT stays for later
FOLD_FILE_UNDER = 64 << 20
# parts in a row that fitted under a learnt batch limit before it doubles: a failed try
# costs about 4.5 batches' work (100k articles, a 500MB cap), a half-size batch about 1.6x
# per article, so a one-off failure is retried after 8 batches and a steady one costs
# a failed try every 8 batches instead of every batch
GROW_AFTER = 16
EXPORT_FORMATS = ("parquet", "csv", "jsonl")
ALL_TABLES = (*RECORD_TABLES, "errors")
_NOT_A_FILE = re.compile(r"^(?:[A-Za-z][A-Za-z0-9+.\-]*:|:memory:)")
# a cell starting with one of these is a formula to a spreadsheet (OWASP CSV injection)
_FORMULA_SQL = "('=', '+', '-', '@', chr(9), chr(13))"


def duckdb_config() -> dict[str, str | bool]:
    """DuckDB settings of every ledger connection: extensions are never fetched or loaded,
    and its memory is capped (`db_memory_cap`; big merges spill to a temporary directory
    beside the file instead of growing)."""
    return {"autoinstall_known_extensions": False, "autoload_known_extensions": False,
            "memory_limit": db_memory_cap()}


def db_memory_cap() -> str:
    """DuckDB's memory cap for a connection opened now: $ACCORDING_DB_MEMORY if set, else
    what is left of the process's budget ($ACCORDING_MEMORY, default PROCESS_MEMORY) after
    the memory the process already holds and _DB_HEADROOM, in steps of 128 MiB, never under
    DB_MEMORY_FLOOR. LedgerError for a budget that is not a size ("2GB", "1500MiB")."""
    explicit = os.environ.get("ACCORDING_DB_MEMORY", "").strip()
    if explicit:
        return explicit
    text = os.environ.get("ACCORDING_MEMORY", "").strip() or PROCESS_MEMORY
    budget = memory_bytes(text)
    if budget is None:
        raise LedgerError(f"ACCORDING_MEMORY={text!r} is not a memory size: give one such "
                          "as 2GB, 1500MB or 4GiB")
    held = resident_bytes()
    if held is None:  # (no /proc to say what the process holds: DuckDB gets the budget)
        return text
    free = (budget - held - _DB_HEADROOM) // _DB_MEMORY_STEP * _DB_MEMORY_STEP
    return f"{max(free, DB_MEMORY_FLOOR) >> 20}MiB"


def _file_key(path: Path) -> str:
    return str(path.resolve())


def memory_bytes(text: str) -> int | None:
    """Bytes of a size written as DuckDB reads it ("2GB" = 2e9, "2GiB" = 2**31, "1500MB"),
    or None."""
    match = _SIZE.match(text)
    if not match:
        return None
    return int(float(match[1]) * _UNIT[(match[2] or "").upper()])


def resident_bytes() -> int | None:
    """The memory this process holds now (resident set), or None where the system does not
    say (no /proc)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            pages = int(statm.read().split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


class LedgerError(Exception):
    """A ledger that cannot be used as asked; the message names the file and what to do."""


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


def check_ledger_path(path: str | Path) -> Path:
    """The ledger's path as a local file path; LedgerError for anything else (`md:…`,
    URLs, `:memory:`), so DuckDB never reaches out for an extension or a service."""
    text = str(path)
    if not text.strip() or (_NOT_A_FILE.match(text) and not re.match(r"^[A-Za-z]:[\\/]", text)):
        raise LedgerError(f"{text!r} is not a ledger file: give the path of a local DuckDB "
                          "file (e.g. ledger.duckdb); remote and in-memory databases are not "
                          "ledgers")
    return Path(text)


def classify_error(path: Path, err: BaseException) -> LedgerError:
    """A one-line LedgerError for a DuckDB or OS error met on the ledger at `path`."""
    text = str(err)
    low = text.lower()
    errno = getattr(err, "errno", None)
    if "lock" in low and ("conflicting" in low or "could not set" in low):
        holder = re.search(r"\(PID (\d+)\)", text)
        return _busy_error(path, int(holder.group(1)) if holder else None)
    if errno in (28, 27) or "no space left" in low or "file too large" in low or \
            "disk is full" in low or "disk full" in low:
        return LedgerError(f"no space left writing ledger {path}: free some disk space and "
                           "rerun; articles already committed are kept")
    if any(sign in low for sign in ("not a valid duckdb database", "could not read enough",
                                    "corrupt", "checksum", "serialization", "failed to load",
                                    "truncated", "damaged", "invalid block")):
        return LedgerError(f"ledger {path} is damaged ({text.splitlines()[0][:160]}): restore "
                           "it from a backup, or ingest the articles again into a new ledger")
    first = text.splitlines()[0][:200] if text else type(err).__name__
    return LedgerError(f"ledger {path}: {first}")


def _busy_error(path: Path, pid: int | None) -> LedgerError:
    """What to do about a ledger another process holds: `according serve` holds it while it
    runs (stranger trial h6: an ingest beside it waited, then failed), an ingest or a
    rebuild until it finishes."""
    who = f" (process {pid})" if pid else ""
    if pid and _is_serve(pid):
        return LedgerError(
            f"ledger {path} is in use by `according serve`{who}, which holds it open while it "
            f"runs: stop serve (Ctrl-C in its terminal, or `kill {pid}`), rerun this, then "
            f"start serve again; or serve a copy of the ledger and ingest into this one")
    return LedgerError(f"ledger {path} is in use by another process{who}: wait for an ingest "
                       "or rebuild to finish, or stop a running `according serve` (it holds "
                       "the ledger while it runs), then retry")


def _is_serve(pid: int) -> bool:
    """Whether process `pid` is an `according serve` (its command line has the word), as far
    as this system tells (Linux's /proc; elsewhere unknown: False)."""
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    return b"serve" in args


class Store:
    """One ledger file: a connection opened on demand (and released between an ingest's
    batches), the schema in place, UTC timestamps."""

    def __init__(self, path: str | Path = "ledger.duckdb", *, read_only: bool = False,
                 wait: float = DEFAULT_WAIT) -> None:
        self.path = check_ledger_path(path)
        self.read_only = read_only
        self.wait = wait
        self._con: duckdb.DuckDBPyConnection | None = None
        self._merges_checked: duckdb.DuckDBPyConnection | None = None
        self.batch_limit = 0  # records per transaction once a batch outgrew memory (0: any)
        self.fitted = 0  # parts stored in a row at batch_limit (GROW_AFTER: try double)
        self.memory_cap = ""  # DuckDB's memory cap of the open connection (db_memory_cap)
        self.reopen_cap = ""  # the cap kept when the file is opened anew after running out
        self.opened = 0  # connections opened so far (each a new count)
        # the connection (`opened`) the last part was committed on, and its size
        self._parts_on: tuple[int, int] | None = None
        self.con  # noqa: B018 - open now, so a bad file fails here, not at the first query
        if not read_only:  # what an earlier process learnt under the same memory cap
            self.batch_limit, self.fitted = _learnt_batch_limit(self.con, self.memory_cap)

    # -- the connection ------------------------------------------------------------------

    @property
    def con(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            self._con = self._connect()
            self.opened += 1
        return self._con

    def _connect(self) -> duckdb.DuckDBPyConnection:
        config = duckdb_config()
        in_use = _CAPS_IN_USE.get(_file_key(self.path))
        if in_use:  # this file is open here already: the same cap, or DuckDB refuses
            config["memory_limit"] = in_use[0]
        elif self.reopen_cap:  # opened anew after running out of memory: the cap it had
            config["memory_limit"] = self.reopen_cap
        self.memory_cap = str(config["memory_limit"])
        if not self.read_only:
            # checkpoint only when the log reaches CHECKPOINT_THRESHOLD, not at every close:
            # a checkpoint rewrites the tables' last row groups (seconds on a big ledger),
            # while a reader replays a small log in a fraction of that
            config["checkpoint_threshold"] = CHECKPOINT_THRESHOLD
        deadline = time.monotonic() + self.wait
        delay = 0.05
        while True:
            try:
                con = duckdb.connect(str(self.path), read_only=self.read_only, config=config)
                break
            except duckdb.Error as err:
                error = classify_error(self.path, err)
                if "in use by another process" not in str(error) or \
                        time.monotonic() >= deadline:
                    raise error from err
                time.sleep(delay)
                delay = min(delay * 2, 0.5)
        try:
            con.execute("SET TimeZone = 'UTC'")
            con.execute("SET enable_progress_bar = false")  # (a long checkpoint drew one)
            if not self.read_only:
                con.execute("PRAGMA disable_checkpoint_on_shutdown")
            self._check_size(con)
            if not self.read_only:
                self._prepare_schema(con)
        except duckdb.Error as err:
            con.close()
            raise classify_error(self.path, err) from err
        except BaseException:
            con.close()
            raise
        _CAPS_IN_USE.setdefault(_file_key(self.path), [self.memory_cap, 0])[1] += 1
        return con

    def _closed(self) -> None:
        """Note that this store's connection is closed (see _CAPS_IN_USE)."""
        key = _file_key(self.path)
        in_use = _CAPS_IN_USE.get(key)
        if in_use:
            in_use[1] -= 1
            if in_use[1] <= 0:
                del _CAPS_IN_USE[key]

    def _check_size(self, con: duckdb.DuckDBPyConnection) -> None:
        """A file shorter than the blocks DuckDB says it holds is damaged: refuse it before
        any view reads part of it."""
        wal = Path(str(self.path) + ".wal")
        if wal.exists() and wal.stat().st_size:
            return  # blocks replayed from the log are not in the file yet
        # trailing free blocks are cut off at a checkpoint: count only blocks in use
        size = con.execute("SELECT block_size, used_blocks FROM pragma_database_size()"
                           ).fetchall()[0]
        if size and self.path.exists():
            # (the file's three header pages come first: a file a writer checkpointed at
            # its close ends with its last block in use, so one page cut off shows)
            expected = _FILE_HEADERS + int(size[0]) * int(size[1])
            if self.path.stat().st_size < expected:
                raise LedgerError(f"ledger {self.path} is damaged (the file is shorter than "
                                  "its blocks: truncated): restore it from a backup, or "
                                  "ingest the articles again into a new ledger")

    def _prepare_schema(self, con: duckdb.DuckDBPyConnection) -> None:
        version = _meta(con, "schema")
        if version == SCHEMA_VERSION:
            return
        had_articles = _has_table(con, "articles")
        if version in ("5", "6", "7", "8", "9", "10", "11", "12",  # new: tables filled from
                       "13", "14", "15"):                          # others, indexes
            # schema 16's column first (filled by its step, last): the steps before it
            # order by it (sort_time.py), NULL read as a timed stamp until then
            con.execute("ALTER TABLE articles ADD COLUMN IF NOT EXISTS published_day_only "
                        "BOOLEAN")
            if version in ("5", "6", "7"):
                con.begin()
                con.execute(SCHEMA_SQL)
                if version == "5":
                    words.index_all(con)
                if version != "7":
                    stats.refresh_cluster_parts(con)
                merge.fill_name_evidence(con)
                con.commit()
                create_indexes(con)  # each step can be redone: a kill before the end reruns it
            if version in ("5", "6", "7", "8"):
                con.begin()  # 8 -> 9: quote clusters by source, figures in as-of order,
                con.execute(SCHEMA_SQL)  # the flagged claims' count, the version: at once
                stats.refresh_source_quotes(con, None)
                stats.add_series_order(con, None)
                stats.count_flagged(con)
                _set_meta(con, "schema", "9")
                con.commit()
                version = "9"
            if version == "9":
                _upgrade_9_to_10(con)
            if int(version) < 11:
                _upgrade_10_to_11(con)
            if int(version) < 12:
                _upgrade_11_to_12(con)
            if int(version) < 13:
                _upgrade_12_to_13(con)
            if int(version) < 14:
                _upgrade_13_to_14(con)
            if int(version) < 15:
                _upgrade_14_to_15(con)
            from according.ledger.migrate import upgrade_15_to_16

            upgrade_15_to_16(con)
            return
        con.execute(SCHEMA_SQL)
        for table, columns in ADDED_COLUMNS.items():
            for column in columns:
                con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}")
        con.execute("DROP TABLE IF EXISTS view_cache")
        con.execute(BACKFILL_APPEARANCES_SQL)
        create_indexes(con, one_by_one=had_articles)
        fronts.refill(con)
        stale = had_articles and con.execute("SELECT count(*) FROM articles").fetchall()[0][0]
        _set_meta(con, "schema", SCHEMA_VERSION)
        if stale:
            _set_meta(con, "merges", "stale")
        else:
            from according.ledger.rebuild import mark_merges_current

            mark_merges_current(con)

    def release(self) -> None:
        """Close the file so other processes can open it; the next use reopens it. A writer
        first folds what it logged into the file (FOLD_ON_RELEASE)."""
        if self._con is not None:
            if FOLD_ON_RELEASE and not self.read_only:
                _fold_log(self._con, self.path)
            self._con.close()
            self._con = None
            self._closed()

    def close(self) -> None:
        self.release()

    def _drop_connection(self) -> None:
        """Forget a connection DuckDB invalidated (a fatal error), without folding its log;
        the next use opens the file anew."""
        if self._con is not None:
            try:
                self._con.close()
            except duckdb.Error:
                pass
            self._con = None
            self._closed()

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file now (a rebuild and long ingests do)."""
        self.con.execute("CHECKPOINT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def merges_current(self) -> bool:
        """Whether the stored merges were computed by the rules this version uses (asked
        once per connection)."""
        con = self.con
        if self._merges_checked is not con:
            if _meta(con, "merges") != merge_rules_version():
                return False
            self._merges_checked = con
        return True

    # -- writing -------------------------------------------------------------------------

    def stored_ids(self, keys: Iterable[str]) -> dict[str, str]:
        """For the given text ids, those stored (as an article id or an input text id),
        mapped to the article's id."""
        keys = sorted(set(keys))
        if not keys:
            return {}
        rows = self.con.execute(
            "SELECT id, input_key FROM articles WHERE id IN (SELECT unnest($k)) "
            "UNION ALL SELECT id, input_key FROM articles WHERE input_key IN "
            "(SELECT unnest($k))", {"k": keys}).fetchall()
        found = {}
        for aid, key in rows:
            found[aid] = aid
            if key:
                found[key] = aid
        return {k: v for k, v in found.items() if k in set(keys)}

    def known_ids(self) -> dict[str, str]:
        """Every stored article id and input text id -> the article's id (loads them all:
        for small ledgers and tests; an ingest looks ids up a chunk at a time)."""
        rows = self.con.execute("SELECT id, input_key FROM articles").fetchall()
        known = {key: aid for aid, key in rows if key}
        known.update({aid: aid for aid, _ in rows})
        return known

    def known_keys(self) -> set[str]:
        """Every stored article id and input text id (small ledgers: tests, add_records)."""
        rows = self.con.execute("SELECT id, input_key FROM articles").fetchall()
        return {k for row in rows for k in row if k}

    def write_sightings(self, sightings: list[Sighting]) -> list[Sighting]:
        """Record sightings of stored texts in one transaction (see sightings.py); returns
        those whose article is not stored yet."""
        con = self.con
        con.begin()
        try:
            pending, touched = apply_sightings(con, sightings)
            if touched:
                merge.refresh_sighted(con, touched)
            con.commit()
            if touched:
                # into the file now, not left in the log: DuckDB 2.0.1 can drop an in-place
                # update of a text column from NULL to a value (the url, outlet and
                # publication time a sighting fills in) when it replays the log at the next
                # open, if the table has an index and rows were added after the last
                # checkpoint (tests/test_ledger_sightings.py reproduces it)
                con.execute("CHECKPOINT")
        except BaseException as err:
            _rollback(con)
            if isinstance(err, duckdb.Error):
                raise classify_error(self.path, err) from err
            raise
        return pending

    def count(self, table: str = "articles") -> int:
        if table not in ALL_TABLES and table not in MERGE_TABLES:
            raise ValueError(f"no table {table!r}; tables are {', '.join(ALL_TABLES)}")
        return self.con.execute(f"SELECT count(*) FROM {table}").fetchall()[0][0]

    def _next_seq(self) -> int:
        return self.con.execute("SELECT coalesce(max(seq), 0) + 1 FROM articles").fetchall()[0][0]

    def _insert(self, table: str, columns: dict[str, list]) -> None:
        self._insert_into(self.con, table, columns)

    @staticmethod
    def _insert_into(con: duckdb.DuckDBPyConnection, table: str,
                     columns: dict[str, list]) -> None:
        names = list(columns)
        view = f"_batch_{table}"
        con.register(view, pa.table(columns))
        try:
            select = ", ".join(
                "TRY_CAST(published AS TIMESTAMPTZ)" if n == "published" else f'"{n}"'
                for n in names
            )
            cols = ", ".join(f'"{n}"' for n in names)
            con.execute(f"INSERT INTO {table} ({cols}) SELECT {select} FROM {view}")
        finally:
            merge.unregister(con, view)

    def write_batch(
        self, records: Sequence[tuple[Record, str]], errors: Sequence[tuple[str, str]]
    ) -> None:
        """Store records (with their input keys), their merges and errors in one
        transaction, or none: duckdb.Error when a record cannot be stored, LedgerError
        when the disk is full or the file damaged."""
        con = self.con
        if records and not self.merges_current():
            self.rebuild()
            con = self.con
        rows: TableRows = rows_for(records, self._next_seq()) if records else TableRows()
        con.begin()
        try:
            if records:
                state = merge.prepare_batch(con, rows)
                for table in ("articles", *CHILD_TABLES):
                    if rows.count(table):
                        self._insert(table, rows.columns[table])
                if rows.count("figure_clashes"):
                    self._insert("figure_clashes", rows.columns["figure_clashes"])
                merge.finish_batch(con, rows, state)
            stored_paths = [r.input.path for r, _ in records if r.input.path]
            failed_inputs = [name for name, _ in errors]
            cleared = stored_paths + failed_inputs
            if cleared:  # one current row per input: a rerun replaces, a success clears
                con.execute("DELETE FROM errors WHERE list_contains(?, input)", [cleared])
            if errors:
                self._insert("errors", {
                    "input": [n for n, _ in errors], "reason": [r for _, r in errors],
                })
            con.commit()
        except BaseException as err:
            _rollback(con)
            if isinstance(err, duckdb.Error) and _invalidated(con):
                # out of memory in the COMMIT, where DuckDB could not roll back either,
                # invalidates this process's database; the file keeps what was committed
                # before (the failed transaction never reached it): the next use opens it
                # anew, so the parts, articles and error rows after this one still go in
                self._drop_connection()
            if isinstance(err, duckdb.Error) and (fatal := _fatal_error(self.path, err)):
                raise fatal from err
            raise

    def write_in_parts(
        self, records: Sequence[tuple[Record, str]], errors: Sequence[tuple[str, str]]
    ) -> None:
        """`write_batch`, in halves (each its own transaction) while DuckDB runs out of its
        memory cap: on a big ledger the index nodes a batch's rows reach all stay in memory
        until its commit (a 32-article batch into 1M articles needs more than 2 GB; 16 fit).
        Later batches start at the size that fitted, in this process and (kept in
        ledger_meta with the memory cap it was learnt under) in later ones: each new
        process would otherwise try the full batch first and halve it again; after
        GROW_AFTER parts in a row fitted, the limit doubles (a batch's need depends on
        its articles)."""
        start = 0
        while True:
            size = self.batch_limit or len(records)
            part, last = records[start:start + size], start + size >= len(records)
            try:
                self.write_batch(part, errors if last else [])
            except duckdb.Error as err:
                if not _out_of_memory(err):
                    raise
                if (self._con is not None and self._parts_on is not None
                        and self._parts_on[0] == self.opened
                        and len(part) <= self._parts_on[1]):
                    # parts committed on this connection hold their index nodes until a
                    # checkpoint (1M articles: 0.8 GB of a 1.4 GB cap after a few parts), so
                    # a part of a size that fitted on it, even one article, can fail for
                    # their sake: fold them, then the same part once more
                    self._free_committed_parts()
                    continue
                if len(part) < 2:
                    raise
                # the index nodes the failed part read stay in the database's memory after
                # its rollback (1M articles: 0.9 GB of a 1.4 GB cap), so on the same database
                # every smaller part failed too, down to one article: a new one starts empty,
                # under the same cap (what the process holds now would shrink a new one's)
                self.reopen_cap = self.memory_cap
                self._drop_connection()
                # (kept for later processes once a part of this size has fitted: an article
                # that outgrows the cap even alone must not leave a limit of 1 behind)
                self.batch_limit, self.fitted = (len(part) + 1) // 2, 0
                continue
            self._parts_on = (self.opened, len(part))
            if self.batch_limit and len(part) == self.batch_limit:
                # whether a batch fits depends on its articles: after GROW_AFTER parts
                # in a row fitted, the next try is twice the size (halved again if not)
                self.fitted += 1
                if self.fitted >= GROW_AFTER:  # (no limit once whole batches fit)
                    self.fitted = 0
                    self.batch_limit = 0 if size >= len(records) else self.batch_limit * 2
                self._keep_batch_limit()
            if last:
                return
            start += size

    def _free_committed_parts(self) -> None:
        """After running out of memory with parts committed on this connection: a checkpoint
        frees their index nodes; a connection that cannot take one (its commit failed) is
        dropped, and the next opens the file anew."""
        self._parts_on = None
        try:
            self.checkpoint()
        except duckdb.Error:
            self.reopen_cap = self.memory_cap
            self._drop_connection()

    def _keep_batch_limit(self) -> None:
        """Note the batch limit and its run of fitted parts in ledger_meta (a transaction
        of its own), for the next process writing this ledger."""
        con = self.con
        con.begin()
        try:
            _set_meta(con, "batch_limit",
                      f"{self.batch_limit} {self.memory_cap} {self.fitted}")
            con.commit()
        except BaseException:
            _rollback(con)
            raise

    def write_each(
        self, records: Sequence[tuple[Record, str]], errors: Sequence[tuple[str, str]]
    ) -> list[tuple[str, str]]:
        """Store a batch (in parts if it outgrows DuckDB's memory cap); if the batch fails
        for one of its records, store one by one and return what could not be. A full disk
        or damaged file stops here (LedgerError)."""
        try:
            self.write_in_parts(records, errors)
            return []
        except duckdb.Error:
            pass
        done = self.stored_ids(r.id for r, _ in records)  # parts committed before the failure
        failures = []
        for record, key in records:
            if record.id in done:
                continue
            try:
                self.write_batch([(record, key)], [])
            except duckdb.Error as err:
                reason = str(err).splitlines()[0] if str(err) else type(err).__name__
                failures.append((record.input.path or record.id, f"store failed: {reason}"))
        self.write_batch([], list(errors) + failures)
        return failures

    def rebuild(self, *, progress: Callable[[str], None] | None = None) -> None:
        """Bring the ledger's merges up to this version's rules from its stored records
        (after the merging rules changed): in place where the steps from its rules allow
        (rebuild.migrate_in_place), else every merge recomputed into a new file beside it,
        then swapped in whole, so a kill leaves the ledger as it was; a ledger already
        current is left as it is."""
        from according.ledger.rebuild import migrate_in_place, rebuild_file

        if self.read_only:
            raise LedgerError(f"ledger {self.path} is open read-only; rebuild needs to write")
        try:
            if migrate_in_place(self.con, _meta(self.con, "merges")):
                self._merges_checked = None
                return
        except duckdb.Error as err:
            raise classify_error(self.path, err) from err
        self.release()
        try:
            rebuild_file(self.path, progress=progress)
        except duckdb.Error as err:
            raise classify_error(self.path, err) from err

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
        ).fetchall()[0][0]

    def export(self, out: str | Path, format: str = "parquet") -> list[Path]:
        """Write the ledger out: parquet/csv one file per table in directory `out`;
        jsonl one record per line in file `out`. Returns the files written; OSError when
        `out` is the wrong kind (a file for parquet/csv, a directory for jsonl). CSV text
        cells that a spreadsheet would read as a formula (= + - @ first) get a leading '."""
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
            result = self.con.execute("SELECT record_json FROM articles ORDER BY seq")
            with out.open("w", encoding="utf-8") as fh:
                while rows := result.fetchmany(1000):
                    for (doc,) in rows:
                        fh.write(doc + "\n")
            return [out]
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for table in ALL_TABLES:
            target = out / f"{table}.{format}"
            options = "FORMAT parquet" if format == "parquet" else "FORMAT csv, HEADER true"
            order = " ORDER BY seq" if table == "articles" else ""
            select = "*" if format == "parquet" else self._csv_columns(table)
            path_sql = str(target).replace("'", "''")
            self.con.execute(f"COPY (SELECT {select} FROM {table}{order}) TO '{path_sql}' "
                             f"({options})")
            written.append(target)
        return written

    def _csv_columns(self, table: str) -> str:
        """Columns of `table` for CSV, text and list cells neutralised against formulas."""
        columns = self.con.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position", [table]).fetchall()
        out = []
        for name, type_ in columns:
            quoted = f'"{name}"'
            if type_ == "VARCHAR" or type_.endswith("[]"):
                text = quoted if type_ == "VARCHAR" else f"CAST({quoted} AS VARCHAR)"
                out.append(f"CASE WHEN left({text}, 1) IN {_FORMULA_SQL} "
                           f"THEN '''' || {text} ELSE {text} END AS {quoted}")
            else:
                out.append(quoted)
        return ", ".join(out)


def _fatal_error(path: Path, err: duckdb.Error) -> LedgerError | None:
    """The LedgerError for a write failure no retry can mend (disk full, damaged or busy
    file); None for one that a record caused (the caller stores the others one by one)."""
    error = classify_error(path, err)
    text = str(error)
    if "no space left" in text or "is damaged" in text or "in use by another" in text:
        return error
    return None


def _out_of_memory(err: duckdb.Error) -> bool:
    """Whether DuckDB ran out of its memory cap: in a statement (OutOfMemoryException), or
    in a commit, where it says "Failed to commit: failed to pin block …" or, when it could
    not roll back either, fails fatally with the out-of-memory error inside."""
    if isinstance(err, duckdb.OutOfMemoryException):
        return True
    text = str(err).lower()
    return isinstance(err, (duckdb.FatalException, duckdb.TransactionException)) and any(
        sign in text for sign in _OUT_OF_MEMORY_SIGNS)


def _invalidated(con: duckdb.DuckDBPyConnection) -> bool:
    """Whether a fatal error invalidated the database behind `con` (every statement fails)."""
    try:
        con.execute("SELECT 1").fetchall()
    except duckdb.Error:
        return True
    return False


def _rollback(con: duckdb.DuckDBPyConnection) -> None:
    try:
        con.rollback()
    except duckdb.Error:
        pass  # a failed commit already ended the transaction (e.g. the disk filled)


def _upgrade_9_to_10(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 9 -> 10: source_quotes kept each cluster's quote text and sample as JSON; schema
    15 keeps them in cluster_stats alone, so the step only writes the version now."""
    con.begin()
    _set_meta(con, "schema", "10")
    con.commit()


def _upgrade_10_to_11(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 10 -> 11: the first names quoted per quote cluster and surname (cluster_firsts)
    and the surname-only mentions (waiting_people), filled from the mentions, with their
    indexes and one on attributions' initials (the waiting acronyms); the version last, so
    a kill before it reruns the step."""
    con.begin()
    con.execute(SCHEMA_SQL)
    merge.fill_cluster_firsts(con)
    con.commit()
    create_indexes(con)
    con.begin()
    _set_meta(con, "schema", "11")
    con.commit()


def _upgrade_11_to_12(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 11 -> 12: each cluster_stats row keeps what the quotes list, the claims list
    and search show of it as narrow JSON texts (`shown`, `quote_shown`: stats.CLUSTER_SHOWN),
    computed from its samples a block of rows at a time, each block committed and written
    to the file (CHECKPOINT) before the next, so that DuckDB's memory and the log stay
    small on a ledger of millions of clusters; each series_order row keeps what a series'
    page shows of its figure (stats.FIGURE_SHOWN), the table written again from quantities
    and articles; the version last, so a kill before it reruns the step (it goes on with the
    rows still without them)."""
    con.begin()
    for column in ("shown VARCHAR", "quote_shown VARCHAR"):
        con.execute(f"ALTER TABLE cluster_stats ADD COLUMN IF NOT EXISTS {column}")
    con.execute("ALTER TABLE series_order ADD COLUMN IF NOT EXISTS shown VARCHAR")
    con.commit()
    filled = stats.SHOWN_BLOCK
    while filled == stats.SHOWN_BLOCK:  # the rows still without, a block at a time
        con.begin()
        filled = stats.fill_cluster_shown(con)
        con.commit()
        con.execute("CHECKPOINT")
    # series_order written again whole, sorted (DuckDB's sort spills past its memory cap):
    # an UPDATE joining each block of it to quantities cost 50 times as much at 100k
    con.begin()
    stats.add_series_order(con, None)
    con.commit()
    con.execute("CHECKPOINT")
    con.begin()
    _set_meta(con, "schema", "12")
    con.commit()


def _upgrade_12_to_13(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 12 -> 13: the first rows of the quotes, claims, flagged claims and articles
    lists kept in list order (fronts.py), filled from their tables in one transaction with
    the version (a kill before its commit leaves schema 12, and the next open reruns it)."""
    con.begin()
    con.execute(SCHEMA_SQL)
    fronts.refill(con)
    _set_meta(con, "schema", "13")
    con.commit()


def _upgrade_13_to_14(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 13 -> 14: an index on attributions' source id (a source's members are read
    through it at ingest, merge._member_rows, not by a scan of every attribution), made
    and written to the file before the version: a kill before the version's commit
    leaves schema 13 (with or without the index), and the next open finishes it."""
    create_indexes(con)
    con.begin()
    _set_meta(con, "schema", "14")
    con.commit()


def _upgrade_14_to_15(con: duckdb.DuckDBPyConnection) -> None:
    """Schema 14 -> 15: source_quotes keeps the order columns alone; a page reads its
    clusters' quote text and narrow sample from cluster_stats (quote_text, quote_shown,
    the same texts) through its index. Each of its rows repeated them, so that a cluster
    whose sample changed had every row written again (stats._grow_source_quotes). The
    columns are dropped in one transaction with the version (a kill before its commit
    leaves schema 14 and the next open does it again), then the file is checkpointed so
    the next open does not replay the log."""
    con.begin()
    for column in ("quote_text", "shown"):
        con.execute(f"ALTER TABLE source_quotes DROP COLUMN IF EXISTS {column}")
    _set_meta(con, "schema", "15")
    con.commit()
    con.execute("CHECKPOINT")


def _fold_log(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Checkpoint a writer's connection if its write-ahead log holds FOLD_LOG_AT bytes or
    more (at least one), or any log when the file is under FOLD_FILE_UNDER; a failure (a
    full disk, another transaction) leaves the log as it is, replayed at the next open:
    nothing committed is lost."""
    log = Path(str(path) + ".wal")
    try:
        logged = log.stat().st_size if log.exists() else 0
        if logged >= max(FOLD_LOG_AT, 1) or \
                (logged > 0 and path.stat().st_size < FOLD_FILE_UNDER):
            con.execute("CHECKPOINT")
    except (duckdb.Error, OSError):
        pass


def _has_table(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? "
                       "AND NOT temporary", [name]).fetchall()[0][0] > 0


def _meta(con: duckdb.DuckDBPyConnection, key: str) -> str | None:
    if not _has_table(con, "ledger_meta"):
        return None
    rows = con.execute("SELECT value FROM ledger_meta WHERE key = ?", [key]).fetchall()
    return rows[0][0] if rows else None


def _set_meta(con: duckdb.DuckDBPyConnection, key: str, value: str) -> None:
    con.execute("DELETE FROM ledger_meta WHERE key = ?", [key])
    con.execute("INSERT INTO ledger_meta VALUES (?, ?)", [key, value])


def _learnt_batch_limit(con: duckdb.DuckDBPyConnection, memory_cap: str) -> tuple[int, int]:
    """The records per transaction that fitted DuckDB's memory cap in an earlier process,
    and how many parts in a row fitted at it (ledger_meta's batch_limit, "16 1664MiB 3"),
    if it ran under a cap within a quarter of this one (a cap follows the memory a process
    holds at each open); under a smaller cap, a part as much smaller; under a far larger
    one, (0, 0): any size."""
    size, cap, fitted = ((_meta(con, "batch_limit") or "").split(" ") + ["", "", ""])[:3]
    then, now = memory_bytes(cap), memory_bytes(memory_cap)
    if not (size.isdigit() and then and now) or now > 1.25 * then:
        return 0, 0  # (a far larger cap may take the whole batch)
    if now < 0.8 * then:  # a smaller cap: a part as much smaller, learnt afresh
        return max(1, int(size) * now // then), 0
    return int(size), int(fitted) if fitted.isdigit() else 0


def merge_rules_version() -> str:
    """The merging rules' version: the code's and a digest of the data files they read."""
    from according.ledger.rebuild import rules_version

    return rules_version()


class _IngestRun:
    """The state of one ingest: counts, keys of inputs in flight, and the unwritten batch.
    The ledger file is held only while ids are looked up and batches are written."""

    def __init__(
        self, store: Store, batch_size: int, on_progress: Any, on_error: ErrorCallback | None
    ) -> None:
        self.store, self.batch_size, self.on_progress = store, batch_size, on_progress
        self.on_error = on_error
        self.started = self.last_flush = time.perf_counter()
        self.flush_every = FLUSH_SECONDS  # seconds between commits (flush_interval)
        self.in_run: dict[str, str] = {}  # text ids met in this run -> article id
        self.sightings: list[Sighting] = []
        self.failures: list[tuple[str, str]] = []
        self.keys: list[str | None] = []  # one per input handed to the extractor
        self.counts = {"done": 0, "added": 0, "skipped": 0, "failed": 0}
        self.records: list[tuple[Record, str]] = []
        self.errors: list[tuple[str, str]] = []

    def report(self) -> None:
        if self.on_progress:
            seconds = time.perf_counter() - self.started
            self.on_progress(IngestProgress(seconds=seconds, **self.counts))

    def fresh(self, inputs: Iterable[Any]) -> Iterator[Any]:
        """The inputs whose text is not stored yet (nor seen earlier in this run), looked
        up LOOKAHEAD at a time."""
        it = iter(inputs)
        while True:
            chunk = [item for _, item in zip(range(LOOKAHEAD), it, strict=False)]
            if not chunk:
                return
            keys = [text_id(t) if (t := getattr(item, "text", None)) is not None else None
                    for item in chunk]
            stored = self.store.stored_ids(k for k in keys if k)
            seen = seen_places(self.store.con, set(stored.values()))
            self.store.release()
            for item, key in zip(chunk, keys, strict=True):
                known = stored.get(key) or self.in_run.get(key) if key else None
                if known:
                    self.sighted(item, key, known, seen)
                    self.counts["skipped"] += 1
                    self.counts["done"] += 1
                    self.report()
                    continue
                if key is not None:
                    self.in_run[key] = key
                self.keys.append(key)
                yield item

    def sighted(self, item: Any, key: str, article_id: str, seen: set) -> None:
        """Note a stored text met again at a new place (path, url), to record at flush."""
        info = getattr(item, "info", None)
        place = (article_id, getattr(info, "path", None), getattr(info, "url", None))
        if info is None or place in seen:
            return
        seen.add(place)
        self.sightings.append(sighting_of(item, key))

    def failed(self, name: str, reason: str) -> None:
        self.failures.append((name, reason))
        if self.on_error:
            self.on_error(name, reason)

    def take(self, result: Any) -> None:
        """Buffer one extraction result; commit when the batch is full or old enough."""
        key = self.keys.pop(0) if self.keys else None
        if isinstance(result, Record):
            self.records.append((result, key or result.id))
        else:
            self.errors.append(_error_pair(result))
            self.failed(*self.errors[-1])
        self.counts["done"] += 1
        if len(self.records) + len(self.errors) >= self.batch_size or (
            time.perf_counter() - self.last_flush >= self.flush_every
        ):
            self.flush()
        self.report()

    def flush(self) -> None:
        started = time.perf_counter()
        try:
            if self.records or self.errors:
                lost = self.store.write_each(self.records, self.errors)
                self.counts["added"] += len(self.records) - len(lost)
                self.counts["failed"] += len(self.errors) + len(lost)
                self.records, self.errors = [], []
                for name, reason in lost:
                    self.failed(name, reason)
            if self.sightings:
                self.sightings = self.store.write_sightings(self.sightings)
        finally:
            self.store.release()
        self.last_flush = time.perf_counter()
        self.flush_every = flush_interval(self.last_flush - started)

    def summary(self) -> IngestSummary:
        c = self.counts
        return IngestSummary(
            c["added"], c["skipped"], c["failed"], time.perf_counter() - self.started,
            tuple(self.failures),
        )


def flush_interval(commit_seconds: float) -> float:
    """Seconds an ingest extracts before its next commit, after a commit that took
    `commit_seconds`: FLUSH_SECONDS, or FLUSH_COST_FACTOR times a slow commit, at most
    FLUSH_MAX_SECONDS."""
    return min(max(FLUSH_SECONDS, FLUSH_COST_FACTOR * commit_seconds), FLUSH_MAX_SECONDS)


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
    in order, as `according.extract.extract_inputs` does. LedgerError (disk full, damaged
    or locked file) stops the run; what was committed stays."""
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


def environment_wait() -> float:
    """Seconds to wait for a busy ledger: $ACCORDING_DB_WAIT, else DEFAULT_WAIT."""
    try:
        return float(os.environ.get("ACCORDING_DB_WAIT", DEFAULT_WAIT))
    except ValueError:
        return DEFAULT_WAIT
