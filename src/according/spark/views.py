"""`according spark views`, step 1: every article's ledger rows and merge columns, as a
Spark job (steps 2 and 3, the cross-article merges and the view tables, are
spark/merges.py and spark/summaries.py; spark/finish.py builds a ledger from all three).

The ledger (issue 11's design) keeps its merges as tables: every article gives, from
itself alone, its rows and the columns the cross-article merges read (ledger/rows.py
`rows_for_numbered`, ledger/derive.py: source keys and surname blocks, quote words and
text keys, MinHash story signatures, figure series, as-of days, places and bounds,
within-article clashes). Each article of a Spark output, numbered in the order `according
ingest` would number it (run, then seq), becomes those rows with the ledger's own pure
functions, written as Parquet, one file per table and task, under OUTPUT/<table>/.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from itertools import islice

from pyspark import RDD
from pyspark.sql import SparkSession

from according.spark.output import output_filesystem

ROWS_BATCH = 200  # articles turned into rows at once in a task
PART = "part-{index:05d}.parquet"


@dataclass(frozen=True)
class ViewsSummary:
    """Rows written per ledger table, where, and how long it took."""

    output: str
    articles: int
    counts: dict[str, int]
    seconds: float


def numbered_records(spark: SparkSession, directory: str) -> RDD:
    """(n, record JSON) of every article of a Spark output, n = 1, 2, ... in the order
    `according ingest DIR` stores them (run, then seq: spark/load.py `stored_records`);
    partitions hold consecutive numbers, in order."""
    articles = spark.read.parquet(f"{directory.rstrip('/')}/articles").select(
        "run", "seq", "record")
    return articles.rdd.map(lambda r: ((r.run or "", r.seq), r.record)).sortByKey() \
        .zipWithIndex().map(lambda pair: (pair[1] + 1, pair[0][1]))


def parquet_schema(table: str, names: Iterable[str]):  # noqa: ANN201 - a pyarrow Schema
    """The Parquet schema of a ledger table's columns `names`, typed as the ledger's schema
    declares them (times as ISO text: the ledger casts them as its ingest does)."""
    import pyarrow as pa

    from according.spark.output import _arrow_type
    from according.spark.tables import ledger_columns

    declared = {c.name: c.type for c in ledger_columns()[table]}
    return pa.schema([
        pa.field(n, pa.string() if declared[n].startswith("TIMESTAMP")
                 else _arrow_type(declared[n])) for n in names])


def write_rows(index: int, items: Iterator[tuple], output: str,
               tables: tuple[str, ...] | None = None) -> Iterator[tuple[str, int]]:
    """Turn one partition's numbered records, (n, record JSON) or (n, record JSON, the
    publication time an undated record takes), into the ledger's rows (its own
    `rows_for_numbered`, merge columns included) and write them, one Parquet file per
    table (of `tables` only, when given); yields (table, rows written). A retried task
    rewrites the same files."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from according.ledger.rows import rows_for_numbered
    from according.records import Record

    filesystem, root = output_filesystem(output)
    writers: dict[str, pq.ParquetWriter] = {}
    counts: dict[str, int] = {}
    try:
        while chunk := list(islice(items, ROWS_BATCH)):
            numbered = [(Record.from_dict(json.loads(item[1])), item[0]) for item in chunk]
            published = [item[2] if len(item) > 2 else None for item in chunk]
            rows = rows_for_numbered([(record, record.id, n) for record, n in numbered],
                                     published=published if any(published) else None)
            for table, columns in rows.columns.items():
                if not rows.count(table) or tables is not None and table not in tables:
                    continue
                schema = parquet_schema(table, columns)
                if table not in writers:
                    filesystem.create_dir(f"{root}/{table}", recursive=True)
                    writers[table] = pq.ParquetWriter(
                        f"{root}/{table}/{PART.format(index=index)}", schema,
                        filesystem=filesystem)
                writers[table].write_table(pa.table(columns, schema=schema))
                counts[table] = counts.get(table, 0) + rows.count(table)
    finally:
        for writer in writers.values():
            writer.close()
    yield from counts.items()


def compute_merge_inputs(spark: SparkSession, directory: str, output: str,
                         on_table: Callable[[str, int], None] | None = None) -> ViewsSummary:
    """Write the ledger rows (merge columns included) of every article of the Spark output
    in `directory` under `output`/<table>/ (replacing what is there)."""
    from pyarrow import fs

    started = time.perf_counter()
    filesystem, root = output_filesystem(output)
    if filesystem.get_file_info(root).type != fs.FileType.NotFound:
        filesystem.delete_dir(root)
    filesystem.create_dir(root, recursive=True)
    numbered = numbered_records(spark, directory)
    target = output
    counts: dict[str, int] = {}
    for table, n in numbered.mapPartitionsWithIndex(
            lambda index, items: write_rows(index, items, target)).collect():
        counts[table] = counts.get(table, 0) + n
    for table in sorted(counts):
        if on_table:
            on_table(table, counts[table])
    return ViewsSummary(output, counts.get("articles", 0), dict(sorted(counts.items())),
                        time.perf_counter() - started)
