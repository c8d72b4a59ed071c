"""Which statements of a batch ingest write how much: rows and write-ahead log bytes per
statement, grouped by table and by the ledger function that ran it.

    .venv/bin/python bench/trace_ledger_writes.py LEDGER TEMPLATES SIZE [--batch 32]
        [--autocommit] [--seed N]

LEDGER is a scratch copy (it is written to; checkpoints are off, so its log grows).
The batch is made as bench_ledger_scale.measure_batch makes its unseen articles. Each
statement is timed (wall and CPU); INSERT/UPDATE/DELETE report the rows they changed
(DuckDB's count row). With --local-rows, the rows the batch's transaction appends to each
table (DuckDB numbers them from MAX_ROW_ID until the commit) are appended again, table by
table, to an empty scratch ledger, whose log's growth is what each table adds to the
commit's log (their sum was within 1% of it: the log is nearly all appended rows; deletes
and in-place updates of numbers log a few bytes a row). With --storage, the segments the
checkpoint after the batch writes (pragma_storage_info before and after), per table. With
--autocommit the transaction is left out (begin and commit do nothing), so every statement
commits on its own and the log's growth after it is what it logged; this overstates
updates of list columns: DuckDB rewrites such a row (a delete and an insert), and a row
appended since the last checkpoint is logged with its neighbours' lists (a vector's).
Use the default, one transaction, for CPU.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from collections import defaultdict
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from bench_ledger_scale import cpu_seconds  # noqa: E402

_DML = re.compile(r"^\s*(?:WITH\b.*?\)\s*)?(INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+([\w.]+)",
                  re.I | re.S)


class _Rows:
    """A consumed DML result handed back to the caller (its count row)."""

    def __init__(self, rows: list, description: object) -> None:
        self.rows, self.description = rows, description

    def fetchall(self) -> list:
        rows, self.rows = self.rows, []
        return rows

    def fetchone(self) -> object:
        return self.rows.pop(0) if self.rows else None

    def fetchmany(self, n: int = 1) -> list:
        rows, self.rows = self.rows[:n], self.rows[n:]
        return rows


class Tracer:
    def __init__(self, wal: Path, autocommit: bool) -> None:
        self.wal, self.autocommit = wal, autocommit
        self.events: list[dict] = []
        self.on = False
        self.local_rows: dict | None = None  # table -> the rows the transaction appends
        self.full_sql = False  # keep each statement's whole text in the events

    def wal_size(self) -> int:
        return self.wal.stat().st_size if self.wal.exists() else 0


class TracedConnection:
    def __init__(self, con: object, tracer: Tracer) -> None:
        self._con, self._tracer = con, tracer

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)

    def begin(self) -> object:
        return None if self._tracer.autocommit and self._tracer.on else self._con.begin()

    def commit(self) -> object:
        t = self._tracer
        if t.autocommit and t.on:
            return None
        if not t.on:
            return self._con.commit()
        if t.local_rows is not None:
            t.local_rows.update(_local_rows(self._con))
        before, c0, w0 = t.wal_size(), cpu_seconds(), time.perf_counter()
        self._con.commit()
        t.events.append({"where": "COMMIT", "table": "-", "op": "commit", "rows": 0,
                         "cpu": cpu_seconds() - c0, "wall": time.perf_counter() - w0,
                         "wal": t.wal_size() - before, "sql": "COMMIT"})
        return None

    def execute(self, sql: str, *args: object) -> object:
        t = self._tracer
        if not t.on:
            return self._con.execute(sql, *args)
        dml = _DML.match(sql)
        before, c0, w0 = t.wal_size(), cpu_seconds(), time.perf_counter()
        result = self._con.execute(sql, *args)
        rows = 0
        if dml:
            fetched = result.fetchall()
            rows = fetched[0][0] if fetched else 0
            result = _Rows(fetched, None)
        event = {"where": _caller(), "table": dml.group(2).lower() if dml else "-",
                 "op": dml.group(1).split()[0].lower() if dml else "other", "rows": rows,
                 "cpu": cpu_seconds() - c0, "wall": time.perf_counter() - w0,
                 "wal": t.wal_size() - before,
                 "sql": " ".join(sql.split())[:None if t.full_sql else 160]}
        t.events.append(event)
        return result


MAX_ROW_ID = 36028797018960000  # DuckDB numbers a transaction's own rows from here


def _local_rows(con: object) -> dict:
    """Table -> the rows this transaction appends to it (Arrow), as its commit logs them:
    its inserts, and the rows that an UPDATE of a list column (a delete and an insert)
    writes again whole."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary "
        "AND schema_name = 'main' AND database_name = current_database()").fetchall()]
    out = {}
    for table in tables:
        data = con.sql(f"SELECT * FROM {table} WHERE rowid >= {MAX_ROW_ID}").to_arrow_table()
        if data.num_rows:
            out[table] = data
    return out


def logged_bytes(local: dict, scratch: Path) -> dict:
    """Table -> (rows, bytes of log) of its appended rows, each table's appended
    in a scratch ledger of the same schema (empty) in its own commit."""
    import duckdb

    from according.ledger.rows import SCHEMA_SQL

    for old in (scratch, Path(str(scratch) + ".wal")):
        old.unlink(missing_ok=True)
    con = duckdb.connect(str(scratch), config={"checkpoint_threshold": "1000GB"})
    con.execute("SET TimeZone = 'UTC'")
    con.execute(SCHEMA_SQL)
    con.execute("CHECKPOINT")
    wal = Path(str(scratch) + ".wal")
    out = {}
    for table, data in local.items():
        before = wal.stat().st_size if wal.exists() else 0
        con.register("_local", data)
        con.execute(f"INSERT INTO {table} SELECT * FROM _local")
        con.unregister("_local")
        out[table] = (data.num_rows, (wal.stat().st_size if wal.exists() else 0) - before)
    con.execute("PRAGMA disable_checkpoint_on_shutdown")
    con.close()
    return out


def storage(con: object) -> dict:
    """(table, row group, column path, segment) -> (block, offset, rows, text bytes) of
    every stored segment of the ledger's tables."""
    tables = [r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary "
        "AND schema_name = 'main' AND database_name = current_database()").fetchall()]
    out = {}
    for table in tables:
        for rg, path, seg, block, offset, count, kind, stats in con.execute(
                "SELECT row_group_id, column_path, segment_id, block_id, block_offset, count, "
                f"segment_type, stats FROM pragma_storage_info('{table}') "
                "WHERE persistent").fetchall():
            text = stats.get("total_string_length", 0) if isinstance(stats, dict) else 0
            out[(table, rg, path, seg)] = (block, offset, count, int(text or 0) if
                                           kind == "VARCHAR" else 0)
    return out


def rewritten(before: dict, after: dict) -> dict:
    """table -> [segments, rows, text bytes, row groups] written by a checkpoint: the
    segments of `after` not stored (same block and offset) in `before`."""
    out: dict = defaultdict(lambda: [0, 0, 0, set()])
    for key, (block, offset, count, text) in after.items():
        old = before.get(key)
        if old is None or old[:2] != (block, offset):
            t = out[key[0]]
            t[0] += 1
            t[1] += count
            t[2] += text
            t[3].add(key[1])
    return out


def _caller() -> str:
    """The innermost ledger function (not this file, not the store's helpers) running."""
    frames = traceback.extract_stack()[:-2]
    names = [f"{Path(f.filename).stem}.{f.name}" for f in frames
             if "/according/ledger/" in f.filename]
    skip = {"merge.lookup", "merge.lookup_any", "merge.insert_columns", "merge.ids_table",
            "store._insert", "store._insert_into", "stats.id_set", "merge._in_texts"}
    kept = [n for n in names if n not in skip]
    return " < ".join(reversed(kept[-2:])) if kept else "?"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("ledger", type=Path)
    parser.add_argument("templates", type=Path)
    parser.add_argument("size", type=int)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--autocommit", action="store_true")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--events", type=Path, help="write every statement's row (jsonl)")
    parser.add_argument("--full-sql", action="store_true",
                        help="keep each statement's whole text in --events (else 160 chars)")
    parser.add_argument("--storage", action="store_true",
                        help="the segments the checkpoint after the batch writes, per table")
    parser.add_argument("--local-rows", type=Path, metavar="SCRATCH",
                        help="at the commit, the rows appended per table and what they log "
                        "(appended again in the scratch ledger SCRATCH)")
    args = parser.parse_args()

    from according.ledger import open_ledger, store
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    store.CHECKPOINT_THRESHOLD = "1000GB"
    store.FOLD_ON_RELEASE = False
    tracer = Tracer(Path(str(args.ledger) + ".wal"), args.autocommit)
    if args.local_rows:
        tracer.local_rows = {}
    tracer.full_sql = args.full_sql
    plain_connect = store.Store._connect
    store.Store._connect = lambda self: TracedConnection(plain_connect(self), tracer)

    rewriter = Rewriter(load_templates(args.templates), outlet_pool())
    records = [rewriter.article(13_000_019 + 7 * args.size + args.seed * args.batch + n)
               for n in range(args.batch)]
    with open_ledger(args.ledger) as ledger:
        ledger.count("articles")  # opened, log replayed
        wal0, c0, w0 = tracer.wal_size(), cpu_seconds(), time.perf_counter()
        tracer.on = True
        assert ledger.add_records(records, batch_size=args.batch) == args.batch
        tracer.on = False
        total = {"cpu": cpu_seconds() - c0, "wall": time.perf_counter() - w0,
                 "wal": tracer.wal_size() - wal0}
        stored = storage(ledger.con) if args.storage else None
        size0, c0, w0 = args.ledger.stat().st_size, cpu_seconds(), time.perf_counter()
        ledger.checkpoint()  # what the writer's close folds (store.FOLD_LOG_AT)
        total |= {"checkpoint_cpu": cpu_seconds() - c0,
                  "checkpoint_wall": time.perf_counter() - w0,
                  "file_growth": args.ledger.stat().st_size - size0}
        if stored is not None:
            written = rewritten(stored, storage(ledger.con))
    if args.events:
        with args.events.open("w") as fh:
            for e in tracer.events:
                fh.write(json.dumps(e) + "\n")
    report(tracer.events, total, args.batch)
    if args.storage:
        print("\nwritten by the checkpoint: table segments rows text_mb row_groups")
        for table, (n, rows, text, groups) in sorted(written.items(),
                                                     key=lambda kv: -kv[1][2] - kv[1][1]):
            print(f"  {table:30s} {n:6d} {rows:10d} {text / 2**20:8.1f} {len(groups):5d}")
    if args.local_rows:
        print("\nappended at the commit: table rows log_kb (a scratch ledger's log)")
        logged = logged_bytes(tracer.local_rows, args.local_rows)
        for table, (n, size) in sorted(logged.items(), key=lambda kv: -kv[1][1]):
            print(f"  {table:30s} {n:8d} {size / 1024:9.1f}")
        print(f"  {'(all)':30s} {sum(n for n, _ in logged.values()):8d} "
              f"{sum(s for _, s in logged.values()) / 1024:9.1f}")


def report(events: list[dict], total: dict, batch: int) -> None:
    by_table: dict = defaultdict(lambda: defaultdict(float))
    by_where: dict = defaultdict(lambda: defaultdict(float))
    for e in events:
        for key, group in ((e["table"] + " " + e["op"], by_table), (e["where"], by_where)):
            g = group[key]
            g["n"] += 1
            g["rows"] += e["rows"]
            g["cpu"] += e["cpu"]
            g["wall"] += e["wall"]
            g["wal"] += e["wal"]
    print(json.dumps({"batch": batch, "cpu": round(total["cpu"], 3),
                      "wall": round(total["wall"], 3), "wal_kb": round(total["wal"] / 1024, 1),
                      "statements": len(events),
                      "checkpoint_cpu": round(total["checkpoint_cpu"], 3),
                      "checkpoint_wall": round(total["checkpoint_wall"], 3),
                      "file_growth_mb": round(total["file_growth"] / 2**20, 1)}))
    for title, group in (("by table", by_table), ("by function", by_where)):
        print(f"\n{title}: statements rows wal_kb cpu_s wall_s")
        for key, g in sorted(group.items(), key=lambda kv: -(kv[1]["wal"] + 1e6 * kv[1]["cpu"])):
            print(f"  {key:70s} {int(g['n']):4d} {int(g['rows']):8d} {g['wal'] / 1024:9.1f} "
                  f"{g['cpu']:7.3f} {g['wall']:7.3f}")


if __name__ == "__main__":
    main()
