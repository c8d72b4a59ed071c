"""Issue 11, merge rules 37: a story group's original is chosen by sort time
(ledger/sort_time.py), so a copy whose publication stamp gives its day only ("20 November
2026", stored as that day's midnight) does not win the "earliest by time" tiebreak over a
copy stamped 15:40 the same day: nothing shows it ran first. The same in either ingest
order, after an in-place migration from merge rules 34, and in Spark's story_groups."""

from __future__ import annotations

from dataclasses import replace

import pytest

from according.ledger import merge, open_ledger, rebuild
from ledger_migrations import migrated_in_place
from ledger_records import article, full_signature
from spark_helpers import skip_without_spark
from spark_story_rows import ledger_story_rows, story_articles
from test_ledger_names_unicode import _rows

BODY = (
    "TAMPERE, Finland — The city council voted on Thursday to close the Hervanta swimming "
    "hall for eighteen months while its roof is rebuilt, after inspectors found corroded "
    "steel beams above the main pool last spring. Swimming clubs will train at the "
    "university's pool in the mornings, and the council said school lessons would move to "
    "the Kaleva hall. The repairs are expected to cost 14 million euros, about a third more "
    "than the estimate given in June, and the deputy mayor said the city would ask the "
    "state for a grant to cover part of the difference.")
EXTRA = (" Residents of Hervanta said the closure would leave the district without a public "
         "sauna for the winter.")


def _timed():  # noqa: ANN202
    return article(BODY, outlet="Pirkanmaa Evening News", path="timed.txt",
                   published="2026-11-20T15:40:00+00:00")


def _day_only():  # noqa: ANN202
    record = article(BODY + EXTRA, outlet="Hervanta Weekly", path="day.txt",
                     published="2026-11-20T00:00:00+00:00")
    return replace(record, metadata=replace(record.metadata, published_text="20 November 2026"))


def _original_outlets(ledger) -> set[str]:  # noqa: ANN001
    return {outlet for (outlet,) in ledger.con.execute(
        "SELECT o.outlet FROM articles a JOIN articles o ON o.seq = a.group_seq").fetchall()}


@pytest.mark.parametrize("order", ["timed first", "day-only first", "one batch"])
def test_ledger_day_only_copy_is_not_the_original_over_a_timed_one(tmp_path, order):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        if order == "one batch":
            ledger.add_records([_day_only(), _timed()])
        else:
            records = [_timed(), _day_only()]
            if order == "day-only first":
                records.reverse()
            for record in records:
                ledger.add_records([record])
        assert ledger.con.execute(
            "SELECT count(DISTINCT group_seq), bool_or(published_day_only) FROM articles"
        ).fetchall() == [(1, True)]
        assert _original_outlets(ledger) == {"Pirkanmaa Evening News"}


def test_ledger_migration_rules_36_names_day_only_groups_again_in_place(tmp_path, monkeypatch):
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records([_day_only()])
        ledger.add_records([_timed()])
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 34: the stored midnight compared
        patch.setattr(merge, "ORIGINAL_TIME", "published")
        patch.setattr(merge, "sort_moment", lambda published, day_only: published)
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records([_day_only()])
            ledger.add_records([_timed()])
            assert _original_outlets(ledger) == {"Hervanta Weekly"}
            rebuild.mark_merges_current(ledger.con, "merge-rules/36")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected


@pytest.mark.spark
def test_spark_story_groups_name_the_timed_copy_as_the_ledger(tmp_path):
    skip_without_spark()
    from according.spark.job import spark_session
    from according.spark.merges import story_groups

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_day_only()])
        ledger.add_records([_timed()])
        rows = ledger_story_rows(ledger)
    spark = spark_session("local[2]", {"spark.driver.memory": "1g"})
    try:
        _, groups, *_ = story_groups(spark, story_articles(spark, rows))
        got = {r.seq: r.group_seq for r in groups.collect()}
    finally:
        spark.stop()
    timed = next(r[0] for r in rows if r[-2] == "Pirkanmaa Evening News")
    assert got == {r[0]: r[-1] for r in rows} == {r[0]: timed for r in rows}
