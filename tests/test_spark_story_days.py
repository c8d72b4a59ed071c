"""spark/merges.py story_groups reads the day an article's dateline gives, as the ledger
does (duplicates.story_day): a wire's next-day follow-up over the day before's background
is its own story, a portal's next-day copy keeping the dateline is the wire story's."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.ledger import open_ledger
from spark_helpers import skip_without_spark

pytestmark = [pytest.mark.spark]

DATA = Path(__file__).parent / "data" / "rules_review"
NAMES = ["r22_portal_day1", "r22_reuters_day2_undated", "r22_reuters_day1_undated",
         "r22_portal_day2_copy"]


@pytest.fixture(scope="module")
def spark():  # noqa: ANN201
    skip_without_spark()
    from according.spark.job import spark_session

    session = spark_session("local[2]", {"spark.driver.memory": "1g"})
    yield session
    session.stop()


def test_spark_story_groups_split_datelines_of_other_days_as_the_ledger(spark, tmp_path):
    from pyspark.sql import types as T

    from according.spark.merges import story_groups

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        summary = ledger.ingest([DATA / f"{name}.txt" for name in NAMES])
        assert (summary.added, summary.failed) == (len(NAMES), 0)
        rows = ledger.con.execute(
            "SELECT seq, story_sig, story_n, wire, byline_names, record_json, "
            "CAST(published AS VARCHAR), outlet, group_seq FROM articles").fetchall()
    schema = T.StructType([
        T.StructField("seq", T.LongType()),
        T.StructField("story_sig", T.ArrayType(T.LongType())),
        T.StructField("story_n", T.IntegerType()),
        T.StructField("wire", T.ArrayType(T.StringType())),
        T.StructField("byline_names", T.ArrayType(T.StringType())),
        T.StructField("record", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("outlet", T.StringType())])
    articles = spark.createDataFrame([r[:8] for r in rows], schema)
    _, groups, _, _ = story_groups(spark, articles)
    got = {r.seq: r.group_seq for r in groups.collect()}
    ledger_groups = {r[0]: r[8] for r in rows}
    assert got == ledger_groups
    assert len(set(got.values())) == 2
