"""The evidence waiting sources are resolved by, kept as key tables at ingest
(person_names: surname, first name, titles; org_names: initials, organisation): after
ingests in any order and batch size they hold what a rebuild computes from every mention,
and a ledger of schema 7 gets them, and the ingest's indexes, in place."""

from __future__ import annotations

import random
from pathlib import Path

from according.ledger import open_ledger
from according.ledger.rows import INDEX_NAMES
from test_ledger_cluster_sums import ingest_snapshot, snapshot
from test_ledger_merges import CORPUS, write_stories

TABLES = ("person_names", "org_names")


def _snapshot(ledger) -> dict:  # noqa: ANN001
    return snapshot(ledger, TABLES)


def _ingest(path: Path, folder: Path, records: list, batch: int) -> dict:
    return ingest_snapshot(path, folder, records, batch, TABLES)


def test_ledger_name_evidence_equals_a_recomputation(tmp_path):
    folder = tmp_path / "in"
    write_stories(folder, 12)
    records = list(CORPUS)
    random.Random(5).shuffle(records)
    for batch, order in ((1, records), (4, records[::-1])):
        path = tmp_path / f"b{batch}.duckdb"
        incremental = _ingest(path, folder, order, batch)
        assert incremental["person_names"], "no full person name was kept"
        with open_ledger(path) as ledger:
            mentions = ledger.con.execute(
                "SELECT count(DISTINCT (surname, first)) FROM attributions "
                "WHERE first IS NOT NULL AND surname IS NOT NULL").fetchall()[0][0]
            ledger.rebuild()
            rebuilt = _snapshot(ledger)
        assert len(incremental["person_names"]) == mentions
        for table in TABLES:
            assert incremental[table] == rebuilt[table], (batch, table)


def test_ledger_of_schema_7_gets_name_evidence_and_indexes_in_place(tmp_path):
    folder = tmp_path / "in"
    write_stories(folder, 6)
    path = tmp_path / "old.duckdb"
    expected = _ingest(path, folder, list(CORPUS), 2)
    with open_ledger(path) as ledger:
        con = ledger.con
        for name in INDEX_NAMES[3:]:  # schema 7 had the first three
            con.execute(f"DROP INDEX IF EXISTS {name}")
        for table in TABLES:
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE ledger_meta SET value = '7' WHERE key = 'schema'")
        merges = con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()
    with open_ledger(path) as ledger:
        assert _snapshot(ledger) == expected
        indexes = {r[0] for r in ledger.con.execute("SELECT index_name FROM duckdb_indexes()"
                                                    ).fetchall()}
        assert set(INDEX_NAMES) <= indexes
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                  ).fetchall() == merges  # no rebuild was needed


def test_ledger_summaries_recomputed_from_rows_fill_name_evidence(tmp_path):
    """A ledger whose rows were loaded by others (a Spark build) gets its name evidence
    with its summaries (merge.refresh_all)."""
    from according.ledger import merge

    folder = tmp_path / "in"
    write_stories(folder, 4)
    path = tmp_path / "l.duckdb"
    expected = _ingest(path, folder, list(CORPUS), 3)
    with open_ledger(path) as ledger:
        for table in TABLES:
            ledger.con.execute(f"DELETE FROM {table}")
        merge.refresh_all(ledger.con)
        assert _snapshot(ledger) == expected
