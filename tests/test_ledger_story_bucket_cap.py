"""Issue 11, merge rules 38: a story bucket (an LSH band of an article's text, or of its
quoted words) keeps and compares only its first articles by seq
(merge.FIRST_IN_STORY_BUCKET), as a text bucket does: a wire story carried by thousands of
sites made a bucket every later batch falling in it read whole. A new copy of such a story
still meets the story's first members and joins their group; a clean ingest, one article
per batch, a rebuild and an in-place migration from merge rules 37 give the same ledger,
and Spark's story_groups the ledger's groups. The bound is made small here (2) so that a
handful of copies of a short article fill a bucket."""

from __future__ import annotations

import pytest

from according.ledger import merge, open_ledger, rebuild
from ledger_migrations import migrated_in_place
from ledger_records import article, full_signature
from spark_story_rows import ledger_story_rows, story_articles
from test_ledger_names_unicode import _rows

BODY = (
    "LEEDS, England — Bus drivers at two depots in West Yorkshire will strike for three days "
    "next week after talks over pay broke down on Tuesday evening, the Unite union said. The "
    "operator had offered a rise of 4.5 percent this year, which the union called a cut in "
    "real terms, and said it would run a reduced timetable on the main routes into Leeds "
    "and Bradford. Passengers were told to check the operator's website before travelling, "
    "and the council said park-and-ride sites would stay open through the strike.")
UNION = "the Unite union"
STRIKE = "Bus drivers at two depots in West Yorkshire will strike for three days next week"
ENDINGS = (
    "",
    " Schools near the Bramley depot said pupils who missed buses would not be marked late.",
    " A shop owner in Armley said trade had already fallen since the last walkout in May.",
    " The union said a further ballot could follow if no new offer was made by Friday.",
    " Commuters at the Kirkstall Road stop said they would share lifts for the week.",
)
OUTLETS = ("Yorkshire Evening Courier", "Bradford Daily Record", "Armley Community News",
           "Pennine Morning Star", "Aire Valley Gazette")


def _copies():  # noqa: ANN202
    return [article(BODY + ending, outlet=outlet, path=f"copy{n}.txt",
                    published=f"2026-11-24T{9 + n:02d}:00:00+00:00",
                    attributions=((UNION, "organization", None, "said", STRIKE, "indirect"),))
            for n, (ending, outlet) in enumerate(zip(ENDINGS, OUTLETS, strict=True))]


@pytest.fixture
def small_buckets(monkeypatch):  # noqa: ANN201
    monkeypatch.setattr(merge, "FIRST_IN_STORY_BUCKET", 2)


def _largest_bucket(ledger) -> int:  # noqa: ANN001
    return ledger.con.execute("SELECT max(n) FROM (SELECT count(*) n FROM story_buckets "
                              "GROUP BY bucket)").fetchall()[0][0]


def _groups(ledger) -> list[int]:  # noqa: ANN001
    return [g for (g,) in ledger.con.execute(
        "SELECT count(*) FROM articles GROUP BY group_seq ORDER BY 1").fetchall()]


@pytest.mark.parametrize("batches", ["one batch", "one article per batch"])
def test_ledger_story_bucket_keeps_its_first_articles_and_copies_still_join(
        tmp_path, small_buckets, batches):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        if batches == "one batch":
            ledger.add_records(_copies())
        else:
            for record in _copies():
                ledger.add_records([record])
        assert _largest_bucket(ledger) == 2
        assert _groups(ledger) == [5]
        assert ledger.con.execute(
            "SELECT DISTINCT o.outlet FROM articles a JOIN articles o ON o.seq = a.group_seq"
        ).fetchall() == [("Yorkshire Evening Courier",)]


def test_ledger_story_buckets_of_a_clean_ingest_equal_a_rebuild(tmp_path, small_buckets):
    """One batch, and one article per batch, store the same groups and bucket rows; the
    latter equals its own rebuild, row for row."""
    def stored(ledger) -> tuple:  # noqa: ANN001
        return full_signature(ledger)["articles"], sorted(ledger.con.execute(
            "SELECT bucket, seq FROM story_buckets").fetchall())

    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(_copies())
        expected = stored(ledger)
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        for record in _copies():
            ledger.add_records([record])
        assert stored(ledger) == expected
        parts = full_signature(ledger), _rows(ledger), stored(ledger)
    rebuild.rebuild_file(tmp_path / "parts.duckdb")
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        assert (full_signature(ledger), _rows(ledger), stored(ledger)) == parts


def test_ledger_migration_rules_37_cuts_story_buckets_in_place(tmp_path, monkeypatch):
    monkeypatch.setattr(merge, "FIRST_IN_STORY_BUCKET", 2)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        for record in _copies():
            ledger.add_records([record])
        expected = full_signature(ledger), _rows(ledger)
        buckets = sorted(ledger.con.execute("SELECT bucket, seq FROM story_buckets").fetchall())
    with monkeypatch.context() as patch:  # merge rules 37: every article in its buckets
        patch.setattr(merge, "FIRST_IN_STORY_BUCKET", 10 ** 6)
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            for record in _copies():
                ledger.add_records([record])
            assert _largest_bucket(ledger) == 5
            rebuild.mark_merges_current(ledger.con, "merge-rules/37")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        assert sorted(ledger.con.execute(
            "SELECT bucket, seq FROM story_buckets").fetchall()) == buckets


@pytest.mark.spark
def test_spark_story_groups_keep_the_first_of_a_bucket_as_the_ledger(tmp_path, small_buckets):
    from spark_helpers import skip_without_spark

    skip_without_spark()
    from according.spark.job import spark_session
    from according.spark.merges import story_groups

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for record in _copies():
            ledger.add_records([record])
        rows = ledger_story_rows(ledger)
        stored = sorted(ledger.con.execute("SELECT bucket, seq FROM story_buckets").fetchall())
    spark = spark_session("local[2]", {"spark.driver.memory": "1g"})
    try:
        buckets, groups, *_ = story_groups(spark, story_articles(spark, rows))
        got = {r.seq: r.group_seq for r in groups.collect()}
        got_buckets = sorted((r.bucket, r.seq) for r in buckets.collect())
    finally:
        spark.stop()
    assert got == {r[0]: r[-1] for r in rows}
    assert got_buckets == stored
