"""`according spark`: the extraction and the ledger's views on Apache Spark (pyspark, the
`spark` extra, and a Java runtime).

    according spark INPUT... --output DIR [--master local[*]]
    according spark views --input DIR --output ROWS --db ledger.duckdb

The same module runs under spark-submit, which then sets the master:

    job=$(python -c 'import according.cli.spark as m; print(m.__file__)')
    spark-submit --master yarn "$job" listing.txt --output hdfs:///according/out
"""

from __future__ import annotations

import json
import re
import sys
import time
from typing import TYPE_CHECKING, Annotated, Any

import click
import typer
from typer.core import TyperGroup

from according.cli.app import ModelOption
from according.cli.output import fail

if TYPE_CHECKING:
    from pyspark.sql import SparkSession

NO_JAVA = ("no Java runtime could be started for Spark: install one (Debian: apt-get install "
           "default-jre-headless) or set JAVA_HOME")
NO_PYSPARK = "the spark commands need pyspark: pip install 'according[spark]'"


class _RunByDefault(TyperGroup):
    """`according spark INPUT...` runs the extraction; `according spark views ...` the views."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["run", *args]
        return super().parse_args(ctx, args)


spark_app = typer.Typer(
    cls=_RunByDefault, name="spark", no_args_is_help=True, add_completion=False,
    pretty_exceptions_enable=False,
    help="Run the extraction (`according spark INPUT... --output DIR`) or the ledger's views "
    "(`according spark views`) on Apache Spark.",
)

MasterOption = Annotated[
    str | None,
    typer.Option("--master", help="Spark master URL, e.g. local[2] or yarn; default local[*], "
                 "or the one spark-submit sets."),
]
ConfOption = Annotated[
    list[str] | None,
    typer.Option("--conf", help="A Spark setting KEY=VALUE (repeatable), e.g. "
                 "spark.executor.memory=2g."),
]
DriverMemoryOption = Annotated[
    str, typer.Option("--driver-memory", help="Memory of the driver JVM in local mode (it runs "
                      "the tasks there too); the pipelines live in Python workers beside it.")
]


def _settings(conf: list[str] | None, driver_memory: str) -> dict[str, str]:
    settings = {"spark.driver.memory": driver_memory}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise fail(f"--conf {item!r}: expected KEY=VALUE")
        settings[key.strip()] = value.strip()
    return settings


def _session(master: str | None, conf: dict[str, str]) -> SparkSession:
    try:
        from according.spark.job import spark_session
    except ImportError as err:
        raise fail(NO_PYSPARK) from err
    try:
        return spark_session(master, conf)
    except Exception as err:  # PySparkRuntimeError JAVA_GATEWAY_EXITED and kin
        if "JAVA_GATEWAY" in str(err) or "Java gateway" in str(err):
            raise fail(NO_JAVA) from err
        raise fail(f"Spark could not start: {err}") from err


_EXCEPTION_LINE = re.compile(r"^[A-Za-z_][\w.]*(?:Error|Exception|NotFound|Failure)\b.*")


def _cause(err: BaseException) -> str:
    """One line for a failure that may carry a JVM and Python traceback: the last Python
    exception line in it, else its first line."""
    lines = [line.strip() for line in str(err).splitlines() if line.strip()]
    found = [line for line in lines if _EXCEPTION_LINE.match(line)]
    return (found[-1] if found else lines[0] if lines else type(err).__name__)[:500]


def _print_summary(summary: Any, as_json: bool) -> None:
    from dataclasses import asdict

    rate = (summary.added + summary.failed) / max(summary.seconds, 1e-9)
    peak = max(summary.worker_peak_rss.values(), default=0)
    if as_json:
        data = asdict(summary)
        data["errors"] = [{"input": n, "reason": r} for n, r in summary.errors]
        data["worker_peak_rss"] = {str(k): v for k, v in summary.worker_peak_rss.items()}
        typer.echo(json.dumps(data))
        return
    typer.echo(f"added {summary.added}, seen again {summary.sightings}, failed {summary.failed} "
               f"from {summary.files} file(s) in {summary.units} unit(s) in "
               f"{summary.seconds:.1f} s ({rate:.1f} articles/s); Python workers' peak memory "
               f"{peak / 2**20:.0f} MB -> {summary.output}")


@spark_app.command("run")
def run(
    inputs: Annotated[list[str], typer.Argument(
        help="WARC/WARC.gz, JSON Lines (or any file `extract` reads), directories, globs, or "
        "listing files of one path or URI per line (local, hdfs://, s3a://, https://).")],
    output: Annotated[str, typer.Option("--output", "-o", help="Output directory (local, "
                                        "hdfs://, s3a://): one Parquet table per folder.")],
    master: MasterOption = None,
    input_base_url: Annotated[str | None, typer.Option(
        "--input-base-url", help="Prefix for relative paths in listings, e.g. "
        "s3a://commoncrawl/ or https://data.commoncrawl.org/.")] = None,
    partitions: Annotated[int | None, typer.Option(
        "--partitions", min=1, help="Extraction tasks (default four per core).")] = None,
    lines_per_task: Annotated[int | None, typer.Option(
        "--lines-per-task", min=1, help="JSON Lines block size (default about four blocks "
        "per core).")] = None,
    model: ModelOption = None,
    max_bytes: Annotated[int, typer.Option(
        "--max-bytes", min=1, help="Size limit as for `extract`: per file, per WARC record, "
        "per JSON line.")] = 5_000_000,
    driver_memory: DriverMemoryOption = "1g",
    conf: ConfOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Extract every article of INPUT... into Parquet tables under --output.

    The tables are the ledger's (articles, with each record's JSON in
    `record`; entities, attributions, quantities, times, regions, spans,
    appearances, errors), partitioned by publication day.

    A rerun (after a failure, or with more inputs) adds only what is
    missing: no row is written twice.

    Failed inputs are rows of `errors`, never a failed job; the first few
    are printed. Exit status 1 if any input failed.

    `according ingest DIR` loads the output into a ledger.
    """
    from according.spark.extraction import ExtractOptions

    settings = _settings(conf, driver_memory)
    spark = _session(master, settings)
    from according.spark.job import RunOptions, run_extraction

    options = RunOptions(
        extract=ExtractOptions(max_bytes=max_bytes, model=model),
        input_base_url=input_base_url, partitions=partitions, lines_per_unit=lines_per_task,
    )
    try:
        summary = run_extraction(spark, inputs, output, options)
    except Exception as err:  # the pipeline cannot load, the output cannot be written
        typer.echo(f"according: spark run stopped: {_cause(err)}. Tables already written "
                   f"under {output} are kept; rerun the same command to add the rest.",
                   err=True)
        raise typer.Exit(2) from err
    finally:
        spark.stop()
    for name, reason in summary.errors:
        typer.echo(f"according: {name}: {reason}", err=True)
    if summary.failed > len(summary.errors):
        typer.echo(f"according: … and {summary.failed - len(summary.errors)} more failed "
                   f"input(s), listed in {output.rstrip('/')}/errors", err=True)
    _print_summary(summary, as_json)
    raise typer.Exit(1 if summary.failed else 0)


@spark_app.command("views")
def views(
    input_dir: Annotated[str, typer.Option("--input", "-i", help="A directory `according "
                                           "spark` wrote (local, hdfs://, s3a://).")],
    output: Annotated[str, typer.Option("--output", "-o", help="Where to write every "
                                        "article's ledger rows, the merges (merges/) and "
                                        "the view tables (views/), as Parquet, one folder "
                                        "per table; replaced if there.")],
    db: Annotated[str | None, typer.Option("--db", help="A new ledger file to build from "
                                           "them (needs --output local).")] = None,
    master: MasterOption = None,
    driver_memory: DriverMemoryOption = "1g",
    conf: ConfOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Compute the ledger's cross-article views on Spark: every article's rows and merge
    keys, the merges (near-duplicate groups, quote clusters, waiting sources: joins on
    LSH bands and blocking keys, connected components) and the view tables (sources,
    claims, figure groups, series), all written as Parquet under --output; with --db,
    build a new ledger from them, so `according sources/quotes/claims/figures --db`
    answer as after a direct `according ingest` of the same Spark output.
    """
    from pathlib import Path

    from according.spark.inputs import is_local, local_path
    from according.spark.load import is_spark_output

    if is_local(input_dir) and not is_spark_output(local_path(input_dir)):
        raise fail(f"{input_dir} is not a directory `according spark` wrote (no "
                   f"{Path(input_dir) / '_according.json'})")
    if db is not None and not (is_local(output) and is_local(input_dir)):
        raise fail("--db builds the ledger from local folders: give a local --input and "
                   "--output, or leave --db out and copy the rows here first")
    if db is not None and Path(db).exists():
        raise fail(f"{db} exists: `according spark views --db` builds a new ledger; to add "
                   f"a Spark output to a ledger, run `according ingest {input_dir} --db {db}`")
    spark = _session(master, _settings(conf, driver_memory))
    from according.spark.merges import compute_merges
    from according.spark.summaries import compute_views
    from according.spark.views import compute_merge_inputs

    try:
        summary = compute_merge_inputs(spark, input_dir, output)
        merged = compute_merges(spark, output)
        view_started = time.perf_counter()
        view_rows = compute_views(spark, output, input_dir)
        view_seconds = time.perf_counter() - view_started
    except Exception as err:
        typer.echo(f"according: spark views stopped: {_cause(err)}", err=True)
        raise typer.Exit(2) from err
    finally:
        spark.stop()
    data = {"output": summary.output, "articles": summary.articles, "rows": summary.counts,
            "seconds": round(summary.seconds, 3),
            "merges": {"groups": merged.groups, "clusters": merged.clusters,
                       "story_edges": merged.story_edges, "text_edges": merged.text_edges,
                       "moved_sources": merged.moved_sources, "rounds": merged.rounds,
                       "seconds": round(merged.seconds, 3)},
            "views": view_rows, "views_seconds": round(view_seconds, 3)}
    if db is not None:
        from according.spark.finish import build_ledger

        try:
            built = build_ledger(local_path(output), local_path(input_dir), db)
        except Exception as err:
            typer.echo(f"according: building {db} stopped: {_cause(err)}; nothing was "
                       f"written to it", err=True)
            raise typer.Exit(2) from err
        data.update(db=db, added=built.added, failed=built.failed,
                    ledger_seconds=round(built.seconds, 3))
    if as_json:
        typer.echo(json.dumps(data))
        return
    typer.echo(f"rows of {summary.articles} articles in {summary.seconds:.1f} s -> "
               f"{summary.output}")
    typer.echo(f"merges in {merged.seconds:.1f} s: {merged.groups} near-duplicate groups, "
               f"{merged.clusters} quote clusters, {merged.moved_sources} sources re-resolved "
               f"-> {summary.output.rstrip('/')}/merges")
    typer.echo("view tables: " + ", ".join(f"{t} {n}" for t, n in view_rows.items())
               + f" -> {summary.output.rstrip('/')}/views")
    if db is not None:
        typer.echo(f"ledger of {data['added']} articles ({data['failed']} failed inputs) in "
                   f"{data['ledger_seconds']:.1f} s -> {db}")


def register(app: typer.Typer) -> None:
    """Add the `spark` command group to `app`."""
    app.add_typer(spark_app, name="spark")


if __name__ == "__main__":  # spark-submit .../according/cli/spark.py INPUT... --output DIR
    spark_app(prog_name="according spark", args=sys.argv[1:])
