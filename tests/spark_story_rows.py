"""A ledger's article rows as spark/merges.story_groups reads them (the Spark tests'
helper): the story key columns, the record, the publication time and whether it gives a
day only, the outlet, then the ledger's own group (last, left out of the DataFrame)."""

from __future__ import annotations

from according.ledger.duplicates import STORY_KEY_COLUMNS


def ledger_story_rows(ledger) -> list[tuple]:  # noqa: ANN001
    return ledger.con.execute(
        f"SELECT seq, {STORY_KEY_COLUMNS}, record_json, CAST(published AS VARCHAR), "
        "published_day_only, outlet, group_seq FROM articles ORDER BY seq").fetchall()


def story_articles(spark, rows: list[tuple]):  # noqa: ANN001, ANN201
    """The DataFrame of `rows` (ledger_story_rows) less their group."""
    from pyspark.sql import types as T

    signature = T.ArrayType(T.LongType())
    schema = T.StructType([
        T.StructField("seq", T.LongType()),
        T.StructField("story_sig", signature),
        T.StructField("story_n", T.IntegerType()),
        T.StructField("wire", T.ArrayType(T.StringType())),
        T.StructField("byline_names", T.ArrayType(T.StringType())),
        T.StructField("prose_sig", signature),
        T.StructField("prose_n", T.IntegerType()),
        T.StructField("quoted_sig", signature),
        T.StructField("quoted_n", T.IntegerType()),
        T.StructField("record_json", T.StringType()),
        T.StructField("published", T.StringType()),
        T.StructField("published_day_only", T.BooleanType()),
        T.StructField("outlet", T.StringType())])
    return spark.createDataFrame([r[:-1] for r in rows], schema)
