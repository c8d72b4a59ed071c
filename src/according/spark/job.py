"""The Spark job behind `according spark`: plan the inputs, extract per partition, and commit
the ledger's tables as Parquet partitioned by publication day, so a rerun never duplicates.

Planning (after Common Crawl's cc-pyspark): the driver expands the inputs into files
(local paths as `extract` does; other URIs through the cluster's Hadoop file systems);
an executor job sniffs each file (inputs.py): listings name more files, plain JSON Lines
files are cut into blocks of lines. Extraction runs over the work units, one partition per
task (extraction.py); each task writes its rows as Parquet files into a staging directory,
and the driver commits them (output.py). Spark schedules and retries the tasks; the rows
never pass through the JVM. A rerun first finishes what a killed run left, and does not
extract again a text already in `articles` (it is a sighting).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from pyspark.sql import SparkSession

from according.read import InputError
from according.spark.extraction import ERROR_SAMPLE, ExtractOptions, TaskResult, run_task
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
from according.spark.output import (
    StagedFile,
    TaskFiles,
    commit,
    drop_articles,
    drop_stored,
    output_filesystem,
    recover,
    stored_article_ids,
    write_marker,
)
from according.spark.tables import ERRORS, error_row

if TYPE_CHECKING:
    from pyspark import Broadcast

MAX_LISTING_DEPTH = 2
# local mode only: the driver JVM is the executor; Python workers hold the pipelines and do
# the work, so the JVM gets a small heap and a quick start (no C2 compiler, serial GC)
LOCAL_CONF = {
    "spark.driver.memory": "1g",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC",
    "spark.sql.session.timeZone": "UTC",
    "spark.ui.enabled": "false",
    "spark.python.worker.reuse": "true",
    # one machine: a few shuffle partitions per core, not Spark's 200 (the merges' joins)
    "spark.sql.shuffle.partitions": "8",
}


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


# -- Hadoop file systems, on the driver ----------------------------------------------------

def _hadoop(spark: SparkSession, uri: str) -> tuple[Any, Any]:
    jvm = spark.sparkContext._jvm  # type: ignore[attr-defined]
    path = jvm.org.apache.hadoop.fs.Path(uri)
    conf = spark.sparkContext._jsc.hadoopConfiguration()  # type: ignore[attr-defined]
    return path.getFileSystem(conf), path


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

def _task(index: int, units: Iterator[WorkUnit], options: ExtractOptions, run: str,
          output: str, known: Broadcast) -> Iterator[TaskResult]:
    from pyspark import TaskContext

    context = TaskContext.get()
    attempt = context.attemptNumber() if context is not None else 0
    yield run_task(index, attempt, units, options, run, output, known.value)


def repeated_extractions(results: Sequence[TaskResult]) -> dict[int, set[int]]:
    """Task -> id_keys of texts it extracted that an earlier item (by seq) of another task
    also extracted: their rows (but `appearances`) are dropped from that task's files."""
    first: dict[int, int] = {}
    for result in results:
        for key, seq in result.articles:
            if seq < first.get(key, seq + 1):
                first[key] = seq
    drop: dict[int, set[int]] = {}
    for result in results:
        for key, seq in result.articles:
            if first[key] != seq:
                drop.setdefault(result.task, set()).add(key)
    return drop


def _staged_files(output: str, results: Sequence[TaskResult]) -> list[StagedFile]:
    drop = repeated_extractions(results)
    filesystem, _ = output_filesystem(output)
    files = []
    for result in results:
        for file in result.files:
            if result.task in drop and file.table not in ("appearances", ERRORS):
                file = drop_articles(filesystem, file, drop[result.task])
            files.append(file)
    return files


def run_extraction(spark: SparkSession, inputs: Sequence[str], output: str,
                   options: RunOptions | None = None) -> RunSummary:
    """Extract every article of `inputs` into the Parquet tables under `output`."""
    options = options or RunOptions()
    started = time.perf_counter()
    run = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    sc = spark.sparkContext
    recover(output)
    write_marker(output)
    plans, early_errors = plan_inputs(spark, inputs, options.input_base_url)
    size = options.lines_per_unit or lines_per_unit(plans, sc.defaultParallelism)
    units = work_units(plans, size)
    known = sc.broadcast(frozenset(stored_article_ids(output)))
    slices = max(1, min(len(units), options.partitions or 4 * sc.defaultParallelism))
    extract = options.extract
    results = sc.parallelize(units, slices).mapPartitionsWithIndex(
        lambda index, part: _task(index, part, extract, run, output, known)).collect()
    if early_errors:  # inputs that named nothing: an errors file of the driver's own
        files = TaskFiles(output, run, slices)
        for error in early_errors:
            files.add(ERRORS, error_row(error.name, error.reason, run))
        named = tuple((e.name, e.reason) for e in early_errors)
        results.append(TaskResult(slices, tuple(files.close()), (), {ERRORS: len(named)},
                                  named, os.getpid(), 0))
    known.unpersist()
    commit(output, run, drop_stored(output, _staged_files(output, results)))
    counts = {t: sum(r.counts.get(t, 0) for r in results) for t in (ERRORS, "appearances")}
    added = len({key for r in results for key, _ in r.articles})
    return RunSummary(
        run=run, output=output, files=len(plans), units=len(units), added=added,
        sightings=counts["appearances"] - added, failed=counts[ERRORS],
        seconds=time.perf_counter() - started,
        errors=tuple(e for r in sorted(results, key=lambda r: r.task)
                     for e in r.errors)[:ERROR_SAMPLE],
        worker_peak_rss=_peaks(results),
    )


def _peaks(results: Sequence[TaskResult]) -> dict[int, int]:
    peaks: dict[int, int] = {}
    for r in results:
        if r.peak_rss:
            peaks[r.pid] = max(peaks.get(r.pid, 0), r.peak_rss)
    return peaks
