"""`according spark views` dates an undated wire story by its group as an ingest does: the
Reuters text whose dateline gives "Nov 24" and no year takes the year of the portal's dated
copy that credits it, its figures that day, and it stays the group's original (stranger
trial 5, fault 2; before, only `according ingest` and a local rebuild dated it, and a
Spark-built ledger left it undated)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from spark_helpers import ledger_views, skip_without_spark
from test_ledger_undated_wire import _records, _seen

pytestmark = [pytest.mark.spark, pytest.mark.slow]


def test_spark_views_dates_an_undated_wire_story_by_its_copy(tmp_path):
    from according.ledger import open_ledger
    from according.spark.load import ingest_spark_output
    from according.spark.output import write_records

    skip_without_spark()
    since = datetime.now(UTC) - timedelta(seconds=1)
    write_records(_records(), str(tmp_path / "out"), "20261125T000000Z")
    with open_ledger(tmp_path / "direct.duckdb") as ledger:
        ingest_spark_output(ledger, tmp_path / "out")
    done = subprocess.run(
        [sys.executable, "-m", "according.cli", "spark", "views", "--input",
         str(tmp_path / "out"), "--output", str(tmp_path / "rows"), "--db",
         str(tmp_path / "built.duckdb"), "--master", "local[1]", "--json"],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert done.returncode == 0, done.stderr[-3000:]
    with open_ledger(tmp_path / "built.duckdb", read_only=True) as ledger:
        originals, days, figure_days = _seen(ledger)
    assert originals == {"Reuters": "Reuters", "NewsHub Balkan": "Reuters"}
    assert days == {"Reuters": "2026-11-24", "NewsHub Balkan": "2026-11-24"}
    assert figure_days == [("NewsHub Balkan", "2026-11-24"), ("Reuters", "2026-11-24")]
    assert ledger_views(tmp_path / "built.duckdb", since) == ledger_views(
        tmp_path / "direct.duckdb", since)
