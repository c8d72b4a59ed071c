"""A batch that outgrows DuckDB's memory cap (on a big ledger the index nodes its rows reach
stay in memory until the commit) is stored in halves, each its own transaction, and later
batches start at the size that fitted: nothing is lost, nothing is stored twice, and the
merges equal a rebuild's."""

from __future__ import annotations

import duckdb

from according.ledger import open_ledger
from according.ledger.store import Store
from test_ledger_cluster_sums import snapshot
from test_ledger_held_writer import ORGS, _said

FITS = 3  # records per transaction the fake memory cap lets through


def _capped(sizes: list[int]):  # noqa: ANN202
    """Store.write_batch as if more than FITS records overran DuckDB's memory cap."""
    write_batch = Store.write_batch

    def capped(self, records, errors):  # noqa: ANN001, ANN202
        sizes.append(len(records))
        if len(records) > FITS:
            raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block")
        return write_batch(self, records, errors)

    return capped


def test_ledger_batch_over_the_memory_cap_is_stored_in_halves(tmp_path, monkeypatch):
    records = [_said(n) for n in range(len(ORGS))]
    sizes: list[int] = []
    monkeypatch.setattr(Store, "write_batch", _capped(sizes))
    with open_ledger(tmp_path / "halves.duckdb") as ledger:
        assert ledger.add_records(records[:13], batch_size=13) == 13
        assert sizes[:4] == [13, 7, 4, 2]  # halved until a part fits
        assert 0 < ledger.batch_limit <= FITS
        sizes.clear()
        assert ledger.add_records(records[13:], batch_size=13) == len(records) - 13
        assert sizes and max(sizes) <= FITS
        assert ledger.count("articles") == len(records)
        parts = snapshot(ledger)
        ledger.rebuild()
        assert snapshot(ledger) == parts


def test_ledger_ingest_over_the_memory_cap_loses_no_input(tmp_path, monkeypatch):
    """The folder ingest's batches take the same way (Store.write_each), not one by one."""
    records = [_said(n) for n in range(8)]
    sizes: list[int] = []
    monkeypatch.setattr(Store, "write_batch", _capped(sizes))
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        assert ledger.write_each([(r, r.id) for r in records], []) == []
        assert sizes == [8, 4, 2, 2, 2, 2]  # halves, never one by one
        assert ledger.count("articles") == len(records)


def test_ledger_batch_failing_after_parts_committed_stores_each_article_once(tmp_path,
                                                                            monkeypatch):
    """A record that cannot be stored, met after earlier parts were committed: the rest go
    one by one, the committed parts are not stored again, the bad one is reported."""
    records = [_said(n) for n in range(8)]
    bad = records[6].id
    capped = _capped([])

    def failing(self, part, errors):  # noqa: ANN001, ANN202
        if any(r.id == bad for r, _ in part):
            raise duckdb.InvalidInputException("a value this ledger cannot hold")
        return capped(self, part, errors)

    monkeypatch.setattr(Store, "write_batch", failing)
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        failures = ledger.write_each([(r, r.id) for r in records], [])
        assert [reason.split(":")[0] for _, reason in failures] == ["store failed"]
        assert ledger.count("articles") == len(records) - 1
        stored = [r[0] for r in ledger.con.execute("SELECT id FROM articles").fetchall()]
        assert sorted(stored) == sorted(r.id for r in records if r.id != bad)


def test_ledger_batch_limit_learnt_is_kept_for_the_next_process(tmp_path, monkeypatch):
    """A new writer of the ledger starts at the size that fitted (ledger_meta), not at the
    full batch halved again; under another memory cap it tries the full batch."""
    records = [_said(n) for n in range(16)]
    sizes: list[int] = []
    monkeypatch.setattr(Store, "write_batch", _capped(sizes))
    path = tmp_path / "kept.duckdb"
    with open_ledger(path) as ledger:
        assert ledger.add_records(records[:8], batch_size=8) == 8
        learnt = ledger.batch_limit
    assert 0 < learnt <= FITS
    sizes.clear()
    with open_ledger(path) as ledger:
        assert ledger.batch_limit == learnt
        assert ledger.add_records(records[8:12], batch_size=8) == 4
        assert sizes == [learnt] * (4 // learnt)  # no first try of all 4
    with open_ledger(path, read_only=True) as ledger:
        assert ledger.batch_limit == 0  # a reader writes no batch
    monkeypatch.setenv("ACCORDING_DB_MEMORY", "3GB")
    sizes.clear()
    with open_ledger(path) as ledger:
        assert ledger.batch_limit == 0
        assert ledger.add_records(records[12:], batch_size=8) == 4
        assert sizes[0] == 4  # the full batch first: another cap may let it through
        assert ledger.count("articles") == len(records)
