"""`according spark` in local mode on inputs written here (a WARC.gz and a JSON Lines file,
named by a listing): records equal to `extract`'s, Parquet tables partitioned by day, a
rerun (after success, a failure or kill -9) that adds no row twice, and a ledger loaded
from the output equal to a direct ingest."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from according.extract import extract_inputs
from according.ledger import open_ledger
from according.ledger.rows import record_json
from according.read import InputError, read_inputs
from spark_helpers import ledger_views, skip_without_spark, table_rows, write_inputs

pytestmark = [pytest.mark.spark, pytest.mark.slow]
TABLES = ("articles", "regions", "entities", "attributions", "quantities", "times", "spans",
          "appearances", "errors")
SRC = Path(__file__).parents[1] / "src"


@pytest.fixture(scope="module")
def spark():  # noqa: ANN201
    skip_without_spark()
    from according.spark.job import spark_session

    session = spark_session("local[2]")
    yield session
    session.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory):  # noqa: ANN001, ANN201
    return write_inputs(tmp_path_factory.mktemp("spark-inputs"))


@pytest.fixture(scope="module")
def run(spark, inputs, tmp_path_factory):  # noqa: ANN001, ANN201
    """One clean run over the listing, JSON Lines cut into blocks of 8 lines."""
    from according.spark.job import RunOptions, run_extraction

    output = tmp_path_factory.mktemp("spark-out") / "out"
    summary = run_extraction(spark, [str(inputs["listing"])], str(output),
                             RunOptions(lines_per_unit=8))
    return output, summary


@pytest.fixture(scope="module")
def extracted(inputs):  # noqa: ANN001, ANN201
    """What `according extract` gives for the same files, in order."""
    return list(extract_inputs(read_inputs([str(inputs["warc"]), str(inputs["jsonl"])])))


def _articles(output: Path) -> dict[str, dict]:
    import pyarrow.dataset as ds

    table = ds.dataset(str(output / "articles"), format="parquet", partitioning="hive")
    return {row["id"]: row for row in table.to_table().to_pylist()}


def test_spark_records_equal_extract_byte_for_byte(run, extracted):
    output, summary = run
    articles = _articles(output)
    records = [r for r in extracted if not isinstance(r, InputError)]
    firsts = {}
    for record in records:
        firsts.setdefault(record.id, record)
    assert len(records) > len(firsts)  # the inputs repeat one text: a sighting, not a row
    assert set(articles) == set(firsts)
    for record_id, record in firsts.items():
        assert articles[record_id]["record"] == record_json(record)
        assert json.loads(articles[record_id]["record"]) == record.to_dict()
    failed = sorted((e.name, e.reason) for e in extracted if isinstance(e, InputError))
    errors = sorted((row[0], row[1]) for row in
                    (tuple(json.loads(c) for c in r) for r in table_rows(output, "errors")))
    assert errors == failed and len(failed) == 7  # the cookie wall is no article
    assert (summary.added, summary.failed) == (len(firsts), len(failed))
    assert summary.sightings == len(records) - len(firsts)


def test_spark_tables_partitioned_by_publication_day(run):
    output, _ = run
    articles = _articles(output)
    days = {p.name for p in (output / "articles").iterdir() if p.is_dir()}
    assert days == {"published_date=2024-03-04", "published_date=2024-03-05",
                    "published_date=__HIVE_DEFAULT_PARTITION__"}
    for row in articles.values():
        published = json.loads(row["record"])["metadata"]["published"]
        assert row["published_date"] == (published[:10] if published else None)
    for table in ("attributions", "spans"):
        assert any((output / table).glob("published_date=2024-03-05/*.parquet"))


def test_spark_child_rows_match_each_record(run):
    from according.records import Record, iter_spans

    output, _ = run
    records = [Record.from_dict(json.loads(r["record"])) for r in _articles(output).values()]
    for table, count in (("attributions", lambda r: len(r.attributions)),
                         ("quantities", lambda r: len(r.quantities)),
                         ("spans", lambda r: len(iter_spans(r))),
                         ("regions", lambda r: len(r.regions))):
        assert len(table_rows(output, table)) == sum(count(r) for r in records)


def test_spark_rerun_adds_no_row(spark, run, inputs):
    from according.spark.job import RunOptions, run_extraction

    output, first = run
    before = {t: table_rows(output, t) for t in TABLES}
    again = run_extraction(spark, [str(inputs["listing"])], str(output),
                           RunOptions(lines_per_unit=8))
    assert again.added == 0
    assert again.sightings == first.added + first.sightings
    assert {t: table_rows(output, t) for t in TABLES} == before


def test_spark_run_killed_during_its_commit_is_finished_by_the_next(spark, run, inputs,
                                                                  tmp_path, monkeypatch):
    """A run that dies half-way through moving its files into place (the commit list
    written, some tables moved, `articles` not): the next run finishes that commit first,
    then finds every article stored, so the tables equal one clean run's."""
    import according.spark.output as output_module
    from according.spark.job import RunOptions, run_extraction

    output, _ = run
    target = tmp_path / "out"
    apply = output_module._apply

    def dies_half_way(filesystem, moves):  # noqa: ANN001, ANN202
        moves = list(moves)
        apply(filesystem, moves[: len(moves) // 2])
        raise KeyboardInterrupt("killed during the commit")

    monkeypatch.setattr(output_module, "_apply", dies_half_way)
    with pytest.raises(KeyboardInterrupt):
        run_extraction(spark, [str(inputs["listing"])], str(target), RunOptions(lines_per_unit=8))
    monkeypatch.setattr(output_module, "_apply", apply)
    assert any((target / "_commits").glob("*.json")) and not table_rows(target, "articles")
    assert table_rows(target, "regions")  # moved before the kill
    from according.spark.load import ingest_spark_output

    with open_ledger(tmp_path / "l.duckdb") as ledger, pytest.raises(ValueError,
                                                                      match="unfinished"):
        ingest_spark_output(ledger, target)  # never a half-committed run
    again = run_extraction(spark, [str(inputs["listing"])], str(target),
                           RunOptions(lines_per_unit=8))
    assert again.added == 0  # the finished commit stored them all
    assert not any((target / "_commits").glob("*.json")) and not _staged(target)
    for table in TABLES:
        assert table_rows(target, table) == table_rows(output, table), table


def _staged(output: Path) -> bool:
    return any((output / "_staging").rglob("*.parquet"))


def _cli(inputs: dict, output: Path) -> list[str]:
    return [sys.executable, "-m", "according.cli", "spark", str(inputs["listing"]),
            "--output", str(output), "--master", "local[1]", "--lines-per-task", "8", "--json"]


def test_spark_killed_job_rerun_leaves_no_duplicates(run, inputs, tmp_path):
    """kill -9 of the whole `according spark` process group once a task has staged its
    files, then the same command again: the tables equal those of one clean run."""
    output, _ = run
    target = tmp_path / "out"
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    job = subprocess.Popen(_cli(inputs, target), env=env, start_new_session=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    try:
        while job.poll() is None and time.monotonic() < deadline and not _staged(target):
            time.sleep(0.02)
    finally:
        if job.poll() is None:
            os.killpg(job.pid, signal.SIGKILL)
        job.wait()
    assert job.returncode == -signal.SIGKILL, "the job ended before it could be killed"
    assert _staged(target) and not table_rows(target, "articles")
    rerun = subprocess.run(_cli(inputs, target), env=env, capture_output=True, text=True,
                           timeout=600)
    assert rerun.returncode == 1, rerun.stderr  # the inputs hold failing lines
    summary = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert summary["added"] == len(_articles(output))
    assert "line 5: not valid JSON" in rerun.stderr
    assert not _staged(target)
    for table in TABLES:
        assert table_rows(target, table) == table_rows(output, table), table


def _replay(extracted: list):  # noqa: ANN202
    """An extractor for `Ledger.ingest` that gives the results `extract` already gave for
    the same inputs (matched by name), so the direct ingest does not parse them again."""
    by_name = {getattr(r, "name", None) or r.input.path: r for r in extracted}

    def extract(items, *, workers=1):  # noqa: ANN001, ANN202, ARG001
        for item in items:
            yield by_name[getattr(item, "name", None) or item.info.path]

    return extract


def test_spark_output_ingests_like_a_direct_ingest(run, inputs, extracted, tmp_path):
    """`according ingest OUTPUT_DIR` gives the ledger a direct ingest of the same inputs
    gives: every view the ledger defines (ledger_views finds them), page by page."""
    from typer.testing import CliRunner

    from according.cli import app

    output, _ = run
    since = datetime.now(UTC).replace(microsecond=0)  # the ledger keeps whole seconds
    direct, loaded = tmp_path / "direct.duckdb", tmp_path / "loaded.duckdb"
    with open_ledger(direct) as ledger:
        ledger.ingest([str(inputs["warc"]), str(inputs["jsonl"])], extract=_replay(extracted))
    done = CliRunner().invoke(app, ["ingest", str(output), "--db", str(loaded), "--json"])
    assert done.exit_code == 1, done.output  # failed inputs are reported, as by ingest
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary["added"] == len(_articles(output)) and summary["failed"] == 7  # cookie wall
    views = ledger_views(loaded, since)
    assert views == ledger_views(direct, since)
    asked = {name.split("(")[0] for name in views}
    assert {"sources", "quotes", "claims", "figures", "errors", "source"} <= asked
    assert all(views[name][0]["items"] for name in ("sources", "quotes", "claims", "figures"))
    assert len(views["stored records"]) == len(_articles(output))


def test_spark_output_ingested_twice_adds_nothing(run, tmp_path):
    """Loading the same Spark output again (a rerun of `according ingest OUT`) adds no
    article, error or sighting: every view stays as the first load left it."""
    from according.spark.load import ingest_spark_output

    output, _ = run
    since = datetime.now(UTC).replace(microsecond=0)
    db = tmp_path / "twice.duckdb"
    with open_ledger(db) as ledger:
        first = ingest_spark_output(ledger, output)
    once = ledger_views(db, since)
    with open_ledger(db) as ledger:
        again = ingest_spark_output(ledger, output)
        counts = {t: ledger.count(t) for t in ("articles", "appearances", "errors")}
    assert first.added == len(_articles(output)) and again.added == 0
    assert again.skipped == first.added  # every stored text met again
    assert counts["articles"] == first.added and counts["errors"] == first.failed
    assert ledger_views(db, since) == once


def test_ledger_ingest_loads_a_spark_output(run, tmp_path):
    """`Ledger.ingest([OUTPUT_DIR])` (the Python API, not only the CLI) loads a Spark output
    without extracting: the ledger `ingest_spark_output` leaves, failures reported."""
    from according.spark.load import ingest_spark_output

    output, _ = run
    since = datetime.now(UTC).replace(microsecond=0)
    reported: list[tuple[str, str]] = []
    with open_ledger(tmp_path / "api.duckdb") as ledger:
        summary = ledger.ingest([output], on_error=lambda n, r: reported.append((n, r)),
                                extract=lambda *a, **k: pytest.fail("extracted again"))
    with open_ledger(tmp_path / "load.duckdb") as ledger:
        loaded = ingest_spark_output(ledger, output)
    assert (summary.added, summary.failed) == (len(_articles(output)), loaded.failed) != (0, 0)
    assert sorted(reported) == sorted(loaded.errors)
    assert ledger_views(tmp_path / "api.duckdb", since) == ledger_views(
        tmp_path / "load.duckdb", since)


def test_ledger_imports_no_spark_module_until_it_meets_a_spark_output():
    """The ledger reaches the Spark path lazily: importing and opening it loads neither
    pyspark nor according.spark."""
    code = ("import sys, according.ledger.api as a, according.cli; "
            "print(sorted(m for m in sys.modules if m.startswith(('pyspark', 'according.spark'))))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=300, env={**os.environ, "PYTHONPATH": str(SRC)})
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"
