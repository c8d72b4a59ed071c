"""The Spark job behind `according spark`: plan the inputs, extract per partition, and write
the ledger's tables as Parquet partitioned by publication day, so a rerun never duplicates.

Planning (after Common Crawl's cc-pyspark): the driver expands the inputs into files
(local paths as `extract` does; other URIs through the cluster's Hadoop file systems);
an executor job sniffs each file (inputs.py): listings name more files, plain JSON Lines
files are cut into blocks of lines. Extraction runs `mapPartitions` over the work units
(extraction.py). Output, one directory per table under DIR (tables.py), each written in
append mode keyed by article id: rows of articles already in a table are left out, and all
rows of one article go to one file, so a run killed at any point and rerun leaves each
article whole and once. `articles` is written last: an article there has all its rows. A
rerun does not extract again a text already in `articles` (it is a sighting).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pyspark import AccumulatorParam, StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from according.read import InputError
from according.spark.extraction import OCCURRENCE_COLUMNS, ExtractOptions, extract_partition
from according.spark.inputs import (
    LISTING,
    FilePlan,
    WorkUnit,
    is_local,
    lines_per_unit,
    local_path,
    plan_file,
    resolve_listed,
    scheme_of,
    work_units,
)
from according.spark.tables import (
    ERRORS,
    MARKER,
    OUTPUT_FORMAT,
    PARTITION,
    RECORD_TABLES,
    error_row,
    key_columns,
    output_columns,
    sighting_row,
    table_rows,
)

if TYPE_CHECKING:
    from pyspark import Broadcast

MAX_LISTING_DEPTH = 2
WRITERS = 4  # tables written at once
ERROR_SAMPLE = 20  # failed inputs named in the summary; all are in DIR/errors
# local mode only: the driver JVM is the executor; Python workers hold the pipelines
LOCAL_CONF = {
    "spark.driver.memory": "1g",
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.enabled": "false",
    "spark.python.worker.reuse": "true",
}
# written first to last: `articles` last, so an article there has every other row
WRITE_ORDER = (*(t for t in RECORD_TABLES if t != "articles"), ERRORS, "articles")
_TYPES = {
    "VARCHAR": T.StringType(), "TEXT": T.StringType(), "JSON": T.StringType(),
    "INTEGER": T.IntegerType(), "INT": T.IntegerType(), "SMALLINT": T.ShortType(),
    "BIGINT": T.LongType(), "DOUBLE": T.DoubleType(), "FLOAT": T.FloatType(),
    "REAL": T.FloatType(), "BOOLEAN": T.BooleanType(), "DATE": T.DateType(),
    "TIMESTAMPTZ": T.TimestampType(), "TIMESTAMP": T.TimestampType(),
}
OCCURRENCE_SCHEMA = T.StructType([
    T.StructField(name, T.LongType() if name in ("unit", "position", "seq") else T.StringType())
    for name in OCCURRENCE_COLUMNS
])


@dataclass(frozen=True)
class RunOptions:
    """How to read and split the inputs; `partitions` is the number of extraction tasks
    (default four per core), `lines_per_unit` the JSON Lines block size (default: about
    four blocks per core)."""

    extract: ExtractOptions = field(default_factory=ExtractOptions)
    input_base_url: str | None = None
    partitions: int | None = None
    lines_per_unit: int | None = None


@dataclass(frozen=True)
class RunSummary:
    """What one run did: files and work units read, articles added to the output, texts
    met again (already stored, or repeated), inputs that failed (up to ERROR_SAMPLE of
    them named in `errors`), and each Python worker's peak memory (pid -> bytes)."""

    run: str
    output: str
    files: int
    units: int
    added: int
    sightings: int
    failed: int
    seconds: float
    errors: tuple[tuple[str, str], ...] = ()
    worker_peak_rss: dict[int, int] = field(default_factory=dict)


class _PeakParam(AccumulatorParam):
    """Accumulates {pid: peak RSS bytes} across tasks."""

    def zero(self, value: dict) -> dict:
        return {}

    def addInPlace(self, a: dict, b: dict) -> dict:  # noqa: N802 - pyspark's name
        for pid, peak in b.items():
            a[pid] = max(a.get(pid, 0), peak)
        return a


def spark_session(master: str | None = None, conf: dict[str, str] | None = None,
                  app_name: str = "according") -> SparkSession:
    """The session: `master` if given; under spark-submit, the one it set; else local[*]
    with modest memory (LOCAL_CONF). `conf` entries are set last."""
    builder = SparkSession.builder.appName(app_name)
    under_submit = "PYSPARK_GATEWAY_PORT" in os.environ
    if master or not under_submit:
        builder = builder.master(master or "local[*]")
        settings = dict(LOCAL_CONF) if (master or "local").startswith("local") else {}
        if settings:  # local workers run this interpreter, so they import this installation
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        settings["spark.ui.showConsoleProgress"] = str(sys.stderr.isatty()).lower()
        for key, value in settings.items():
            builder = builder.config(key, value)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    session = builder.getOrCreate()
    session.sparkContext.setLogLevel("WARN")
    session.conf.set("spark.sql.session.timeZone", "UTC")
    return session


def spark_schema(table: str) -> T.StructType:
    """The Spark schema of one output table, from the ledger's column types."""
    return T.StructType([T.StructField(c.name, _spark_type(c.type, f"{table}.{c.name}"))
                         for c in output_columns(table)])


def _spark_type(duck: str, where: str) -> T.DataType:
    if duck.endswith("[]"):
        return T.ArrayType(_spark_type(duck[:-2], where))
    base = duck.split("(")[0].strip()
    if base not in _TYPES:
        raise ValueError(f"ledger column {where} has type {duck}, which the Spark output "
                         "does not map yet (spark/job.py _TYPES)")
    return _TYPES[base]


# -- Hadoop file systems, on the driver ----------------------------------------------------

def _hadoop(spark: SparkSession, uri: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm  # type: ignore[attr-defined]
    path = jvm.org.apache.hadoop.fs.Path(uri)
    conf = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[attr-defined]
    return path.getFileSystem(conf), path


def path_exists(spark: SparkSession, uri: str) -> bool:
    filesystem, path = _hadoop(spark, uri)
    return bool(filesystem.exists(path))


def _write_marker(spark: SparkSession, output: str) -> None:
    """Mark DIR as a Spark output of this project (what `ingest` recognises), once."""
    uri = f"{output.rstrip('/')}/{MARKER}"
    if path_exists(spark, uri):
        return
    filesystem, path = _hadoop(spark, uri)
    text = json.dumps({"format": OUTPUT_FORMAT, "tables": [*RECORD_TABLES, ERRORS]})
    stream = filesystem.create(path, True)
    try:
        stream.write(bytearray(text.encode("utf-8")))
    finally:
        stream.close()


def _hidden(name: str) -> bool:
    return name.startswith((".", "_"))


def _expand_remote(spark: SparkSession, uri: str) -> list[str | InputError]:
    """Files a remote path, directory or glob names, through Hadoop; the URI itself when no
    Hadoop file system serves its scheme (the executor then tries pyarrow or HTTP)."""
    if scheme_of(uri) in ("http", "https"):
        return [uri]
    try:
        filesystem, path = _hadoop(spark, uri)
        statuses = filesystem.globStatus(path)
    except Exception:  # noqa: BLE001 - no Hadoop file system for this scheme
        return [uri]
    if not statuses:
        return [InputError(uri, "no such file or directory")]
    found: list[str] = []
    for status in statuses:
        if not status.isDirectory():
            found.append(status.getPath().toString())
            continue
        files = filesystem.listFiles(status.getPath(), True)
        while files.hasNext():
            name = files.next().getPath().toString()
            relative = name[len(status.getPath().toString()):]
            if not any(_hidden(part) for part in relative.split("/") if part):
                found.append(name)
    return sorted(found)


def expand_inputs(spark: SparkSession, inputs: Iterable[str]) -> list[str | InputError]:
    """Each input's files in order: local paths, directories and globs as `extract` expands
    them; other URIs through Hadoop; an input that names nothing is an InputError."""
    from according.read.files import _expand

    out: list[str | InputError] = []
    for uri in inputs:
        if is_local(uri):
            out += list(_expand(local_path(uri)))
        else:
            out += _expand_remote(spark, uri)
    return out


# -- planning -------------------------------------------------------------------------------

def _plan(spark: SparkSession, files: Sequence[str]) -> dict[str, FilePlan]:
    if not files:
        return {}
    slices = min(len(files), 4 * spark.sparkContext.defaultParallelism)
    plans = spark.sparkContext.parallelize(list(dict.fromkeys(files)), slices).map(plan_file)
    return {p.uri: p for p in plans.collect()}


def plan_inputs(
    spark: SparkSession, inputs: Iterable[str], base_url: str | None = None
) -> tuple[list[FilePlan], list[InputError]]:
    """The data files of `inputs` in input order (listings replaced by the files they
    name, relative entries joined to `base_url`), and the inputs that name nothing."""
    errors: list[InputError] = []

    def files_of(names: Iterable[str]) -> list[str]:
        found = expand_inputs(spark, names)
        errors.extend(f for f in found if isinstance(f, InputError))
        return [f for f in found if isinstance(f, str)]

    files = files_of(inputs)
    known = _plan(spark, files)
    plans = [known[f] for f in files]
    for _ in range(MAX_LISTING_DEPTH):
        listings = {p.uri: files_of(resolve_listed(line, base_url) for line in p.listed)
                    for p in plans if p.kind == LISTING}
        if not listings:
            break
        known.update(_plan(spark, [f for names in listings.values() for f in names]))
        plans = [q for p in plans
                 for q in ([known[f] for f in listings[p.uri]] if p.kind == LISTING else [p])]
    errors += [InputError(p.uri, f"a listing nested more than {MAX_LISTING_DEPTH} levels deep; "
                          "not read") for p in plans if p.kind == LISTING]
    return [p for p in plans if p.kind != LISTING], errors


# -- extraction and output --------------------------------------------------------------------

def _extract_task(units: Iterator[WorkUnit], options: ExtractOptions, known: Broadcast,
                  peaks: Any) -> Iterator[tuple]:
    def done(pid: int, peak: int) -> None:
        peaks.add({pid: peak})

    yield from extract_partition(units, options, known.value, done)


def existing_article_ids(spark: SparkSession, output: str) -> list[str]:
    """Ids of the articles already in the output (all their rows are there)."""
    articles = _read_table(spark, output, "articles")
    return [] if articles is None else [r.id for r in articles.select("id").collect()]


def _read_table(spark: SparkSession, output: str, table: str) -> DataFrame | None:
    path = f"{output.rstrip('/')}/{table}"
    if not path_exists(spark, path):
        return None
    return spark.read.schema(spark_schema(table)).parquet(path)


def rows_schema() -> T.StructType:
    """One wide row per table row: `table` names it, and that table's column holds it."""
    return T.StructType([T.StructField("table", T.StringType()),
                         *(T.StructField(t, spark_schema(t)) for t in RECORD_TABLES)])


def _wide(table: str, row: tuple) -> tuple:
    cells: list[tuple | None] = [None] * len(RECORD_TABLES)
    cells[RECORD_TABLES.index(table)] = row
    return (table, *cells)


def table_rows_frame(spark: SparkSession, occurrences: DataFrame, run: str) -> DataFrame:
    """Every table row of the occurrences, made once in Python (tables.py): all tables for
    the first occurrence of each text, an `appearances` row for every other. The rows of
    one article stay in one partition (that of its occurrence)."""
    first = Window.partitionBy("id").orderBy("seq")
    extracted = (occurrences.where(F.col("record").isNotNull())
                 .withColumn("rank", F.row_number().over(first))
                 .select("seq", "record", "rank"))

    def rows_of(row: Any) -> Iterator[tuple]:
        tables = RECORD_TABLES if row.rank == 1 else ("appearances",)
        return (_wide(t, r) for t, r in table_rows(row.record, row.seq, run, tables))

    def sighting(row: Any) -> tuple:
        fields = {"path": row.input, "url": row.url, "outlet": row.outlet,
                  "published": row.published, "published_text": row.published_text}
        return _wide("appearances", sighting_row(row.id, fields))

    seen = occurrences.where(F.col("id").isNotNull() & F.col("record").isNull())
    wide = extracted.rdd.flatMap(rows_of).union(seen.rdd.map(sighting))
    return spark.createDataFrame(wide, rows_schema())


def write_new_rows(spark: SparkSession, rows: DataFrame, output: str, table: str) -> None:
    """Append the rows whose key is not in the table yet. All rows of one article are
    written to one file: they arrive in one partition, and the anti-join (a shuffle on the
    key, skew splitting off) keeps them together."""
    keys = key_columns(table)
    existing = _read_table(spark, output, table)
    if existing is not None:
        present = existing.select(*keys).distinct()
        rows = rows.join(present, [rows[k].eqNullSafe(present[k]) for k in keys], "left_anti")
    writer = rows.write.mode("append").option("maxRecordsPerFile", 0)
    if table in RECORD_TABLES:
        order = [PARTITION, "run", "seq"] if table == "articles" else [PARTITION]
        writer = rows.sortWithinPartitions(*order).write.mode("append").option(
            "maxRecordsPerFile", 0).partitionBy(PARTITION)
    writer.parquet(f"{output.rstrip('/')}/{table}")


def run_extraction(spark: SparkSession, inputs: Sequence[str], output: str,
                   options: RunOptions | None = None) -> RunSummary:
    """Extract every article of `inputs` into the Parquet tables under `output`."""
    options = options or RunOptions()
    started = time.perf_counter()
    run = datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")
    sc = spark.sparkContext
    spark.conf.set("spark.sql.adaptive.skewJoin.enabled", "false")  # see write_new_rows
    spark.conf.set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
    _write_marker(spark, output)
    plans, early_errors = plan_inputs(spark, inputs, options.input_base_url)
    size = options.lines_per_unit or lines_per_unit(plans, sc.defaultParallelism)
    units = work_units(plans, size)
    known = sc.broadcast(frozenset(existing_article_ids(spark, output)))
    peaks = sc.accumulator({}, _PeakParam())
    slices = max(1, min(len(units), options.partitions or 4 * sc.defaultParallelism))
    occurrences = spark.createDataFrame(
        sc.parallelize(units, slices).mapPartitions(
            lambda part: _extract_task(part, options.extract, known, peaks)),
        OCCURRENCE_SCHEMA,
    ).persist(StorageLevel.MEMORY_AND_DISK)
    try:
        rows = table_rows_frame(spark, occurrences, run).persist(StorageLevel.MEMORY_AND_DISK)
        failed = occurrences.where(F.col("reason").isNotNull()).select(
            *(F.col(c).alias(n) for c, n in (("input", "input"), ("reason", "reason"))),
            F.lit(run).alias("run"),
        ).union(spark.createDataFrame([error_row(e.name, e.reason, run) for e in early_errors],
                                      spark_schema(ERRORS)))
        rows.count()  # extract once, before the writes run side by side

        def write(table: str) -> None:
            frame = failed if table == ERRORS else (
                rows.where(F.col("table") == table).select(f"`{table}`.*"))
            write_new_rows(spark, frame, output, table)

        # every other table at once (small jobs: their latency overlaps), `articles` last
        with ThreadPoolExecutor(max_workers=WRITERS) as pool:
            list(pool.map(write, WRITE_ORDER[:-1]))
        write("articles")
        counts = occurrences.select(
            F.countDistinct(F.when(F.col("record").isNotNull(), F.col("id"))).alias("added"),
            F.count(F.when(F.col("reason").isNotNull(), 1)).alias("failed"),
            F.count("id").alias("texts"),
        ).first()
        sample = [(r.input, r.reason) for r in failed.take(ERROR_SAMPLE)]
        rows.unpersist()
    finally:
        occurrences.unpersist()
    return RunSummary(
        run=run, output=output, files=len(plans), units=len(units), added=counts.added,
        sightings=counts.texts - counts.added, failed=counts.failed + len(early_errors),
        seconds=time.perf_counter() - started, errors=tuple(sample),
        worker_peak_rss=dict(peaks.value),
    )
