"""Schema 16: the per-cluster tables (cluster_sources, cluster_groups, cluster_outlets) keep
an indexed digest of each (cluster, key) pair, so a batch that adds to a quote cluster reads
the stored pairs it adds to, not every pair of the cluster (DuckDB uses an index on one
column only: finding one (cluster, source) pair read the whole cluster, 0.02 s an ingest
at 10k articles, 0.15 s at 100k), and its counts and lists grow from the stored ones. The
rows stay what a rebuild makes. A ledger of schema 15 gets the pairs in place, also after
a kill, row for row what a clean ingest writes."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from according.ledger import open_ledger, stats, store
from according.ledger.rows import SCHEMA_VERSION
from according.records import Record
from ledger_records import article
from test_ledger_cluster_sums import TABLES, snapshot
from test_ledger_held_writer import CLAIM, ORGS, _again, _pages, _said

PARTS = ("cluster_sources", "cluster_groups", "cluster_outlets")
PAIR_INDEXES = ("cluster_sources_pair", "cluster_groups_pair", "cluster_outlets_pair")


def _stored_reads(monkeypatch) -> list[tuple[str, int]]:  # noqa: ANN001
    """(part, rows _add read of it) for each addition to a per-cluster table."""
    reads: list[tuple[str, int]] = []
    add = stats._add

    def counted(con, table, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        result = add(con, table, *args, **kwargs)
        if table in PARTS:
            reads.append((table, con.execute("SELECT count(*) FROM _stored").fetchall()[0][0]))
        return result

    monkeypatch.setattr(stats, "_add", counted)
    return reads


@pytest.mark.parametrize("record", [_said(len(ORGS) - 1), _again()],
                         ids=["new source", "same source again"])
def test_ledger_cluster_growth_reads_only_the_pairs_it_adds_to(tmp_path, monkeypatch, record):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:  # one claim quoted by 25 councils, each in its outlet
        ledger.add_records([_said(n) for n in range(len(ORGS) - 1)])
    reads = _stored_reads(monkeypatch)
    with open_ledger(path) as ledger:
        assert ledger.add_records([record]) == 1
        grown, pages = snapshot(ledger), _pages(ledger)
    # schema 15 read the claim's 25 source, report and outlet rows each time
    assert {t for t, _ in reads} == set(PARTS)
    assert all(n <= 1 for _, n in reads), reads
    monkeypatch.undo()
    with open_ledger(path) as ledger:
        ledger.rebuild()
        assert snapshot(ledger) == grown
        assert _pages(ledger) == pages


def _comparable(ledger) -> dict:  # noqa: ANN001
    """Every row of the cluster tables, but the time an outlet's copy was first seen (the
    time of its ingest: two ledgers ingesting one article differ there)."""
    rows = snapshot(ledger, tuple(t for t in TABLES if t != "cluster_outlets"))
    rows["cluster_outlets"] = ledger.con.execute(
        "SELECT * EXCLUDE (seen) FROM cluster_outlets ORDER BY ALL").fetchall()
    return rows


def _state(path) -> tuple[str, list[str], list[str]]:  # noqa: ANN001
    """The schema version, the parts having a pair column, the pair indexes."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        version = con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                              ).fetchall()[0][0]
        columns = [r[0] for r in con.execute(
            "SELECT table_name FROM duckdb_columns() WHERE column_name = 'pair' "
            "ORDER BY table_name").fetchall()]
        indexes = [r[0] for r in con.execute(
            "SELECT index_name FROM duckdb_indexes() WHERE index_name LIKE '%_pair' "
            "ORDER BY index_name").fetchall()]
    finally:
        con.close()
    return version, columns, indexes


def _as_schema_15(path, copy):  # noqa: ANN001, ANN202
    """A copy of the ledger at `path` as schema 15 wrote it: no pair column nor index."""
    for suffix in ("", ".wal"):
        if (path.parent / (path.name + suffix)).exists():
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    for table, index in zip(PARTS, PAIR_INDEXES, strict=True):
        con.execute(f"DROP INDEX {index}")
        con.execute(f"DROP INDEX {table}_id")  # (DuckDB alters no table with an index)
        con.execute(f"ALTER TABLE {table} DROP COLUMN pair")
        con.execute(f"CREATE INDEX {table}_id ON {table} (cluster)")
    con.execute("UPDATE ledger_meta SET value = '15' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


def test_ledger_of_schema_15_gets_its_cluster_pairs_in_place_even_after_a_kill(
        tmp_path, monkeypatch):
    path = tmp_path / "l.duckdb"
    records = [_said(n) for n in range(len(ORGS))] + [_again()]
    with open_ledger(path) as ledger:
        ledger.add_records(records[:12])
        ledger.add_records(records[12:20])
        kept, pages = snapshot(ledger), _pages(ledger)
    assert SCHEMA_VERSION == "16"
    assert _state(path) == ("16", sorted(PARTS), sorted(PAIR_INDEXES))
    old = _as_schema_15(path, tmp_path / "old.duckdb")
    assert _state(old) == ("15", [], [])
    with open_ledger(old, read_only=True) as ledger:  # read as before, not upgraded
        assert _pages(ledger) == pages
    assert _state(old) == ("15", [], [])
    written = store._set_meta

    def killed(con, key, value):  # noqa: ANN001, ANN202
        if (key, value) == ("schema", "16"):
            raise RuntimeError("killed")
        written(con, key, value)

    monkeypatch.setattr(store, "_set_meta", killed)
    with pytest.raises(RuntimeError):
        open_ledger(old)
    assert _state(old)[0] == "15"  # the version not written: the next open finishes
    monkeypatch.setattr(store, "_set_meta", written)
    with open_ledger(old) as ledger:
        assert snapshot(ledger) == kept  # row for row, the pairs included
        assert _pages(ledger) == pages
        ledger.add_records(records[20:])
        migrated = _comparable(ledger)
    assert _state(old) == ("16", sorted(PARTS), sorted(PAIR_INDEXES))
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records(records[:12])
        ledger.add_records(records[12:20])
        ledger.add_records(records[20:])
        assert _comparable(ledger) == migrated


def _anonymous(n: int) -> Record:
    """Article n: an unnamed official (anonymous: never merged, not named) quotes CLAIM."""
    text = f'An official in town {n} said "{CLAIM}" on Monday.'
    return article(text, outlet=f"Courier {n}", published=f"2025-02-{n + 1:02d}T10:00:00+00:00",
                   path=f"anon{n}.txt",
                   attributions=(("An official", "anonymous", None, "said", CLAIM, "direct"),))


def test_ledger_grown_claim_lists_a_new_named_source_before_its_unnamed_ones(tmp_path):
    # a claim first quoted by unnamed officials, then by councils one article at a time:
    # each council goes after the named ones stored and before every unnamed one, as
    # the claim's list made from all its sources orders them
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_anonymous(n) for n in range(3)])
        for n in range(4):
            ledger.add_records([_said(n)])
        grown = _comparable(ledger)
        listed = ledger.con.execute("SELECT sources, n_sources, n_named FROM cluster_stats "
                                    "WHERE n_sources = 7").fetchall()
        ledger.rebuild()
        assert _comparable(ledger) == grown
    assert len(listed) == 1
    names, n_sources, n_named = listed[0]
    assert (n_sources, n_named) == (7, 4)
    assert [name.endswith("Council") for name in names] == [True] * 4 + [False] * 3
