"""Writing a Spark run's tables: Parquet files written by each task, committed by the driver.

Layout under DIR: `<table>/published_date=<day>/part-<run>-<task>.parquet` for the tables of
article rows (Hive partitions, as Spark writes them; an unknown day is Hive's default
partition), `errors/part-<run>-<task>.parquet`, and `_according.json` (tables.MARKER).

A task writes each table's rows (tables.py) with pyarrow into one file per table and day,
first under a local temporary directory, then into `DIR/_staging/<run>/<task>-<attempt>/`.
The driver then commits the run: it drops the rows of a text two tasks both extracted from
the later task's files, writes the list of moves (staged file -> its place) to
`DIR/_commits/<run>.json`, makes the moves with `articles` last, and removes the list and
the staging directory. The next run first finishes any commit a killed run left
(`recover`) and removes staging directories no commit names. So a kill at any moment
leaves every article either wholly in the tables or not at all, and a rerun adds each
missing one once. One run at a time per DIR.

Files are read and written through pyarrow's file systems: local paths, hdfs:// (libhdfs),
s3:// and s3a:// (as s3://), gs://. Nothing here imports pyspark.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from according.spark.inputs import is_local, local_path, scheme_of
from according.spark.tables import ERRORS, MARKER, OUTPUT_FORMAT, PARTITION, RECORD_TABLES
from according.spark.tables import output_columns as table_columns

if TYPE_CHECKING:
    import pyarrow as pa
    from pyarrow import fs

    from according.records import Record

HIVE_NULL = "__HIVE_DEFAULT_PARTITION__"
STAGING = "_staging"
COMMITS = "_commits"
# rows of one table and day buffered before a row group is written (an articles row holds
# the record's JSON, tens of kilobytes: few of them)
FLUSH_ROWS = {"articles": 64}
FLUSH_ROWS_DEFAULT = 2000
OUTPUT_TABLES: tuple[str, ...] = (*RECORD_TABLES, ERRORS)
# committed first to last: `articles` last, so an article there has every other row
COMMIT_ORDER: tuple[str, ...] = (*(t for t in OUTPUT_TABLES if t != "articles"), "articles")


def output_filesystem(uri: str) -> tuple[fs.FileSystem, str]:
    """pyarrow's file system for an output URI, and the path on it."""
    from pyarrow import fs

    if is_local(uri):
        return fs.LocalFileSystem(), os.path.abspath(local_path(uri))
    target = "s3://" + uri.split("://", 1)[1] if scheme_of(uri) in ("s3a", "s3n") else uri
    return fs.FileSystem.from_uri(target)


def _arrow_type(duck: str) -> pa.DataType:
    import pyarrow as pa

    if duck.endswith("[]"):
        return pa.list_(_arrow_type(duck[:-2]))
    base = duck.split("(")[0].strip()
    types = {
        "VARCHAR": pa.string(), "TEXT": pa.string(), "JSON": pa.string(),
        "INTEGER": pa.int32(), "INT": pa.int32(), "SMALLINT": pa.int16(),
        "BIGINT": pa.int64(), "UINTEGER": pa.uint32(), "UBIGINT": pa.uint64(),
        "DOUBLE": pa.float64(), "FLOAT": pa.float32(),
        "REAL": pa.float32(), "BOOLEAN": pa.bool_(), "DATE": pa.date32(),
        "TIMESTAMPTZ": pa.timestamp("us", tz="UTC"), "TIMESTAMP": pa.timestamp("us"),
    }
    if base not in types:
        raise ValueError(f"ledger column type {duck} has no Parquet type in spark/output.py yet")
    return types[base]


@lru_cache(maxsize=16)
def arrow_schema(table: str) -> pa.Schema:
    """The Parquet schema of one table's files (its partition column is the directory)."""
    import pyarrow as pa

    return pa.schema([pa.field(c.name, _arrow_type(c.type)) for c in table_columns(table)
                      if c.name != PARTITION])


def folder(table: str, day: str | None) -> str:
    """The directory of one table and day, relative to DIR."""
    if table not in RECORD_TABLES:
        return table
    return f"{table}/{PARTITION}={day or HIVE_NULL}"


@dataclass(frozen=True)
class StagedFile:
    """One file a task wrote: where it is staged, where the commit puts it, its rows."""

    table: str
    staged: str
    final: str
    rows: int


class TaskFiles:
    """The Parquet files one task writes: one per table and day, built in a local
    temporary directory and copied to the run's staging directory by `close`."""

    def __init__(self, output: str, run: str, task: int, attempt: int = 0) -> None:
        self.filesystem, self.root = output_filesystem(output)
        self.run, self.task = run, task
        self.local = tempfile.mkdtemp(prefix=f"according-{run}-{task}-")
        self.staging = f"{self.root}/{STAGING}/{run}/{task:05d}-{attempt}"
        self.name = f"part-{run}-{task:05d}.parquet"
        self.buffers: dict[tuple[str, str | None], list[tuple]] = {}
        self.writers: dict[tuple[str, str | None], object] = {}
        self.counts: dict[tuple[str, str | None], int] = {}

    def add(self, table: str, row: tuple) -> None:
        """One row in the output's column order (the day last for tables of article rows)."""
        key = (table, row[-1]) if table in RECORD_TABLES else (table, None)
        buffer = self.buffers.setdefault(key, [])
        buffer.append(row[:-1] if table in RECORD_TABLES else row)
        if len(buffer) >= FLUSH_ROWS.get(table, FLUSH_ROWS_DEFAULT):
            self._flush(key)

    def _flush(self, key: tuple[str, str | None]) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.buffers.pop(key, [])
        if not rows:
            return
        table, day = key
        schema = arrow_schema(table)
        columns = [pa.array(list(values), type=field.type)
                   for values, field in zip(zip(*rows, strict=True), schema, strict=True)]
        batch = pa.Table.from_arrays(columns, schema=schema)
        if key not in self.writers:
            path = os.path.join(self.local, folder(table, day), self.name)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            self.writers[key] = pq.ParquetWriter(path, schema)
        self.writers[key].write_table(batch)  # type: ignore[attr-defined]
        self.counts[key] = self.counts.get(key, 0) + len(rows)

    def discard(self) -> None:
        """Drop everything written so far (a failed task)."""
        for writer in self.writers.values():
            try:
                writer.close()  # type: ignore[attr-defined]
            except Exception:  # noqa: BLE001, S110 - the files are deleted next
                pass
        shutil.rmtree(self.local, ignore_errors=True)

    def close(self) -> list[StagedFile]:
        """Write what is buffered, copy every file to staging, and say where each goes."""
        from pyarrow import fs

        for key in list(self.buffers):
            self._flush(key)
        for writer in self.writers.values():
            writer.close()  # type: ignore[attr-defined]
        staged = []
        try:
            for (table, day), rows in sorted(self.counts.items(), key=lambda kv: str(kv[0])):
                relative = f"{folder(table, day)}/{self.name}"
                target = f"{self.staging}/{relative}"
                self.filesystem.create_dir(os.path.dirname(target), recursive=True)
                fs.copy_files(os.path.join(self.local, relative), target,
                              source_filesystem=fs.LocalFileSystem(),
                              destination_filesystem=self.filesystem)
                staged.append(StagedFile(table, target, f"{self.root}/{relative}", rows))
        finally:
            shutil.rmtree(self.local, ignore_errors=True)
        return staged


def id_key(article_id: str) -> int:
    """A 64-bit key of an article id (the first 16 hex digits of its sha256)."""
    return int(article_id.split(":", 1)[-1][:16], 16)


def drop_articles(filesystem: fs.FileSystem, file: StagedFile, keys: set[int]) -> StagedFile:
    """Rewrite a staged file without the rows of articles whose id_key is in `keys`."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    column = "id" if file.table == "articles" else "article_id"
    data = pq.read_table(file.staged, filesystem=filesystem)
    keep = [id_key(value) not in keys for value in data.column(column).to_pylist()]
    data = data.filter(pa.array(keep, type=pa.bool_()))
    pq.write_table(data, file.staged, filesystem=filesystem)
    return StagedFile(file.table, file.staged, file.final, data.num_rows)


# rows of these tables are the same row again when these columns are equal (nulls too)
KEYS = {"appearances": ("article_id", "path", "url"), ERRORS: ("input",)}
_NULL = "\x00"


def _keyed(data: pa.Table, keys: tuple[str, ...]) -> pa.Table:
    """`data` with its key columns added as "_key_<name>", nulls as a stand-in value."""
    import pyarrow.compute as pc

    for name in keys:
        data = data.append_column(f"_key_{name}", pc.fill_null(data.column(name), _NULL))
    return data


def drop_stored(output: str, files: list[StagedFile]) -> list[StagedFile]:
    """The staged files with rows of `appearances` and `errors` dropped whose key is
    already in the output or in an earlier file of this run (a rerun records a place or a
    failure once); a file left empty is dropped."""
    import pyarrow as pa
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq
    from pyarrow import fs

    filesystem, root = output_filesystem(output)
    kept: list[StagedFile] = []
    for table, keys in KEYS.items():
        key_names = [f"_key_{k}" for k in keys]
        seen: set[tuple] = set()
        stored = None
        if filesystem.get_file_info(f"{root}/{table}").type == fs.FileType.Directory:
            partitioning = "hive" if table in RECORD_TABLES else None
            stored = _keyed(ds.dataset(f"{root}/{table}", format="parquet",
                                       filesystem=filesystem, partitioning=partitioning)
                            .to_table(columns=list(keys)), keys).select(key_names)
        for file in (f for f in files if f.table == table):
            data = _keyed(pq.read_table(file.staged, filesystem=filesystem), keys)
            if stored is not None:
                data = data.join(stored, keys=key_names, join_type="left anti")
            rows = data.to_pylist()
            fresh = []
            for n, row in enumerate(rows):
                key = tuple(row[k] for k in key_names)
                if key not in seen:
                    seen.add(key)
                    fresh.append(n)
            data = data.take(pa.array(fresh, type=pa.int64())).drop_columns(key_names)
            if data.num_rows:
                pq.write_table(data, file.staged, filesystem=filesystem)
                kept.append(StagedFile(file.table, file.staged, file.final, data.num_rows))
    return [f for f in files if f.table not in KEYS] + kept


def _write_json(filesystem: fs.FileSystem, path: str, data: object) -> None:
    """Write JSON so that `path` holds all of it or nothing (a temporary name, then a move)."""
    directory, name = path.rsplit("/", 1)
    filesystem.create_dir(directory, recursive=True)
    temporary = f"{directory}/.{name}.tmp"
    with filesystem.open_output_stream(temporary) as stream:
        stream.write(json.dumps(data).encode("utf-8"))
    filesystem.move(temporary, path)


def write_marker(output: str) -> None:
    """Mark DIR as a Spark output of this project (what `ingest` recognises), once."""
    from pyarrow import fs

    filesystem, root = output_filesystem(output)
    path = f"{root}/{MARKER}"
    if filesystem.get_file_info(path).type == fs.FileType.NotFound:
        _write_json(filesystem, path, {"format": OUTPUT_FORMAT, "tables": list(OUTPUT_TABLES)})


def _apply(filesystem: fs.FileSystem, moves: Iterable[tuple[str, str]]) -> None:
    """Make the moves in order; a move already made (no source, target there) is skipped."""
    from pyarrow import fs

    for source, target in moves:
        if filesystem.get_file_info(source).type == fs.FileType.NotFound:
            continue
        filesystem.create_dir(target.rsplit("/", 1)[0], recursive=True)
        filesystem.move(source, target)


def commit(output: str, run: str, files: Iterable[StagedFile]) -> None:
    """Put a run's staged files in place, `articles` last, through a commit list that a
    later run finishes if this one is killed."""
    filesystem, root = output_filesystem(output)
    order = {table: n for n, table in enumerate(COMMIT_ORDER)}
    moves = [(f.staged, f.final) for f in sorted(files, key=lambda f: order[f.table])]
    path = f"{root}/{COMMITS}/{run}.json"
    _write_json(filesystem, path, {"run": run, "moves": moves})
    _apply(filesystem, moves)
    filesystem.delete_file(path)
    _delete_dir(filesystem, f"{root}/{STAGING}/{run}")
    for folder_name in (STAGING, COMMITS):  # left empty by the last run: not kept
        _delete_if_empty(filesystem, f"{root}/{folder_name}")


def _delete_if_empty(filesystem: fs.FileSystem, path: str) -> None:
    from pyarrow import fs

    selector = fs.FileSelector(path, allow_not_found=True)
    if not filesystem.get_file_info(selector):
        _delete_dir(filesystem, path)


def _delete_dir(filesystem: fs.FileSystem, path: str) -> None:
    from pyarrow import fs

    if filesystem.get_file_info(path).type == fs.FileType.Directory:
        filesystem.delete_dir(path)


def recover(output: str) -> list[str]:
    """Finish every commit a killed run left, then remove staging no commit names; returns
    the runs whose commits were finished."""
    from pyarrow import fs

    filesystem, root = output_filesystem(output)
    finished = []
    selector = fs.FileSelector(f"{root}/{COMMITS}", allow_not_found=True)
    for info in sorted(filesystem.get_file_info(selector), key=lambda i: i.path):
        if not info.path.endswith(".json") or info.base_name.startswith("."):
            continue
        with filesystem.open_input_stream(info.path) as stream:
            pending = json.loads(stream.read().decode("utf-8"))
        _apply(filesystem, [tuple(m) for m in pending["moves"]])
        filesystem.delete_file(info.path)
        finished.append(pending["run"])
    _delete_dir(filesystem, f"{root}/{STAGING}")
    return finished


def stored_article_ids(output: str) -> list[str]:
    """Ids of the articles already in the output (each with all its rows)."""
    import pyarrow.dataset as ds
    from pyarrow import fs

    filesystem, root = output_filesystem(output)
    if filesystem.get_file_info(f"{root}/articles").type != fs.FileType.Directory:
        return []
    dataset = ds.dataset(f"{root}/articles", format="parquet", filesystem=filesystem,
                         partitioning="hive")
    return dataset.to_table(columns=["id"]).column("id").to_pylist()


def write_records(records: Iterable[Record], output: str, run: str) -> int:
    """Write already-extracted records into a Spark output, as one run of one task would
    (in the order given; a text already there, or repeated, is a sighting); returns how
    many articles were added. What `according spark` does after extraction, without it."""
    from according.spark.tables import record_rows

    recover(output)
    write_marker(output)
    known = set(stored_article_ids(output))
    files = TaskFiles(output, run, 0)
    added = 0
    for seq, record in enumerate(records):
        tables = ("appearances",) if record.id in known else RECORD_TABLES
        added += record.id not in known
        known.add(record.id)
        for table, row in record_rows(record, seq, run, tables=tables):
            files.add(table, row)
    commit(output, run, drop_stored(output, files.close()))
    return added
