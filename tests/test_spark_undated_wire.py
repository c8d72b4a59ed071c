"""`according spark views` dates an undated wire story by its group as an ingest does: the
Reuters text whose dateline gives "Nov 24" and no year takes the year of the portal's dated
copy that credits it, its figures that day, and it stays the group's original (stranger
trial 5, fault 2; before, only `according ingest` and a local rebuild dated it, and a
Spark-built ledger and Spark's view tables left it undated and the copy its claim's first
report)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from spark_helpers import (
    ledger_views,
    run_spark_views,
    skip_without_spark,
    view_table_and_summary,
)
from test_ledger_undated_wire import _records, _seen

pytestmark = [pytest.mark.spark, pytest.mark.slow]


def test_spark_views_dates_an_undated_wire_story_by_its_copy(tmp_path):
    from according.ledger import open_ledger
    from according.spark.load import ingest_spark_output
    from according.spark.output import write_records
    from according.spark.summaries import LEDGER_SUMMARIES

    skip_without_spark()
    since = datetime.now(UTC) - timedelta(seconds=1)
    write_records(_records(), str(tmp_path / "out"), "20261125T000000Z")
    with open_ledger(tmp_path / "direct.duckdb") as ledger:
        ingest_spark_output(ledger, tmp_path / "out")
    run_spark_views(tmp_path / "out", tmp_path / "rows", tmp_path / "built.duckdb",
                    master="local[1]")
    with open_ledger(tmp_path / "built.duckdb", read_only=True) as ledger:
        originals, days, figure_days = _seen(ledger)
    assert originals == {"Reuters": "Reuters", "NewsHub Balkan": "Reuters"}
    assert days == {"Reuters": "2026-11-24", "NewsHub Balkan": "2026-11-24"}
    assert figure_days == [("NewsHub Balkan", "2026-11-24"), ("Reuters", "2026-11-24")]
    assert ledger_views(tmp_path / "built.duckdb", since) == ledger_views(
        tmp_path / "direct.duckdb", since)
    # the view tables Spark wrote hold it dated too: each equals the direct ledger's summary
    for table in LEDGER_SUMMARIES:
        got, expected = view_table_and_summary(tmp_path / "rows", tmp_path / "direct.duckdb",
                                               table)
        assert expected and got == expected, table
