"""A batch that outgrows DuckDB's memory cap (on a big ledger the index nodes its rows reach
stay in memory until the commit) is stored in halves, each its own transaction, and later
batches start at the size that fitted: nothing is lost, nothing is stored twice, and the
merges equal a rebuild's."""

from __future__ import annotations

import duckdb
import pytest

from according.ledger import open_ledger
from according.ledger import store as store_module
from according.ledger.store import LedgerError, Store
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
        assert sizes and sizes[0] <= FITS  # a doubled limit is tried after GROW_AFTER fits
        assert all(b <= FITS for a, b in zip(sizes, sizes[1:], strict=False) if a > FITS)
        assert ledger.count("articles") == len(records)
        parts = snapshot(ledger)
        ledger.rebuild()
        assert snapshot(ledger) == parts


def test_ledger_part_after_running_out_of_memory_is_stored_on_a_new_connection(
        tmp_path, monkeypatch):
    """The index nodes a failed part read stay in its database's memory after the rollback:
    the smaller part is tried on the file opened anew, not where it would fail as well."""
    records = [_said(n) for n in range(8)]
    sizes: list[int] = []
    connections: list = []
    capped = _capped(sizes)

    def noting(self, records, errors):  # noqa: ANN001, ANN202
        connections.append(self.con)
        return capped(self, records, errors)

    monkeypatch.setattr(Store, "write_batch", noting)
    with open_ledger(tmp_path / "fresh.duckdb") as ledger:
        assert ledger.add_records(records, batch_size=8) == 8
        assert sizes[:3] == [8, 4, 2]
        assert connections[0] is not connections[1]  # 8 failed: 4 on a new connection
        assert connections[1] is not connections[2]
        assert connections[2] is connections[3]  # 2 fitted: the next part on the same
        assert ledger.count("articles") == len(records)


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
    """A new writer of the ledger starts at the size that fitted and its run of fitted
    parts (ledger_meta), not at the full batch halved again; GROW_AFTER parts in a row
    that fit double it; under another memory cap it tries the full batch."""
    monkeypatch.setattr(store_module, "GROW_AFTER", 4)  # the sizes below
    records = [_said(n) for n in range(20)]
    sizes: list[int] = []
    monkeypatch.setattr(Store, "write_batch", _capped(sizes))
    path = tmp_path / "kept.duckdb"
    with open_ledger(path) as ledger:
        assert ledger.add_records(records[:8], batch_size=8) == 8
        assert sizes == [8, 4, 2, 2, 2, 2]  # four parts fitted at 2: 4 is tried next
        assert (ledger.batch_limit, ledger.fitted) == (4, 0)
    sizes.clear()
    with open_ledger(path) as ledger:
        assert (ledger.batch_limit, ledger.fitted) == (4, 0)
        assert ledger.add_records(records[8:12], batch_size=8) == 4
        assert sizes == [4, 2, 2]  # the doubled limit tried first, not a full batch
        assert (ledger.batch_limit, ledger.fitted) == (2, 2)
    sizes.clear()
    with open_ledger(path) as ledger:
        assert (ledger.batch_limit, ledger.fitted) == (2, 2)
        assert ledger.add_records(records[12:16], batch_size=8) == 4
        assert sizes == [2, 2]
        assert (ledger.batch_limit, ledger.fitted) == (4, 0)
    with open_ledger(path, read_only=True) as ledger:
        assert ledger.batch_limit == 0  # a reader writes no batch
    monkeypatch.setenv("ACCORDING_DB_MEMORY", "3GB")
    sizes.clear()
    with open_ledger(path) as ledger:
        assert ledger.batch_limit == 0
        assert ledger.add_records(records[16:], batch_size=8) == 4
        assert sizes == [4, 2, 2]  # the full batch first: another cap may let it through
        assert ledger.count("articles") == len(records)
        parts = snapshot(ledger)
        ledger.rebuild()
        assert snapshot(ledger) == parts


def test_ledger_batch_limit_is_dropped_once_whole_batches_fit(tmp_path, monkeypatch):
    monkeypatch.setattr(store_module, "GROW_AFTER", 4)
    records = [_said(n) for n in range(12)]
    sizes: list[int] = []
    monkeypatch.setattr(Store, "write_batch", _capped(sizes))
    with open_ledger(tmp_path / "grown.duckdb") as ledger:
        ledger.batch_limit = 2  # as if learnt under a tighter cap
        for start in range(0, 12, 2):
            assert ledger.add_records(records[start:start + 2], batch_size=2) == 2
        assert sizes == [2] * 6 and ledger.batch_limit == 0


def test_ledger_article_over_the_memory_cap_alone_leaves_no_limit_behind(tmp_path,
                                                                          monkeypatch):
    """An article that outgrows the cap even in a transaction of its own (a one-off spike)
    fails alone; the next process does not start at one article per transaction."""
    records = [_said(n) for n in range(4)]
    heavy = records[0].id
    write_batch = Store.write_batch

    def heavy_fails(self, batch, errors):  # noqa: ANN001, ANN202
        if any(record.id == heavy for record, _ in batch):
            raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block")
        return write_batch(self, batch, errors)

    monkeypatch.setattr(Store, "write_batch", heavy_fails)
    path = tmp_path / "spike.duckdb"
    with open_ledger(path) as ledger:
        failed = ledger.write_each([(r, r.id) for r in records], [])
        assert len(failed) == 1  # that article alone, named
        assert ledger.count("articles") == len(records) - 1
    with open_ledger(path) as ledger:
        assert ledger.batch_limit != 1


def test_ledger_statement_failing_on_a_registered_view_raises_its_own_error(tmp_path):
    """A write reading rows from an Arrow view that fails (out of memory, disk full, a bad
    value) raises that error, not DuckDB's refusal to drop the view in the aborted
    transaction, so an OutOfMemoryException reaches write_in_parts (stored in halves)."""
    from according.ledger import merge

    con = duckdb.connect(str(tmp_path / "views.duckdb"))
    con.execute("CREATE TABLE t (n BIGINT)")
    con.begin()
    try:
        merge.insert_columns(con, "t", {"n": ["not a number"]})
    except duckdb.Error as err:
        failed = err
    assert isinstance(failed, duckdb.ConversionException)
    con.rollback()
    merge.insert_columns(con, "t", {"n": [7]})  # the view's name is free again
    assert con.execute("SELECT n FROM t").fetchall() == [(7,)]
    con.begin()
    try:
        Store._insert_into(con, "t", {"n": ["still not a number"]})
    except duckdb.Error as err:
        failed = err
    assert isinstance(failed, duckdb.ConversionException)
    con.rollback()
    con.close()


COMMIT_OUT_OF_MEMORY = (
    duckdb.TransactionException("TransactionContext Error: Failed to commit: failed to pin "
                                "block of size 256.0 KiB (166.7 MiB/166.8 MiB used)"),
    duckdb.FatalException("FATAL Error: Failed to rollback transaction. Cannot continue "
                          "operation.\nOriginal Error: Out of Memory Error: could not allocate "
                          "block of size 256.0 KiB (1.3 GiB/1.3 GiB used)"),
)


def _invalidating(monkeypatch, fails):  # noqa: ANN001, ANN202
    """Store._insert raising `fails(ids)`'s error (or None) and leaving its connection
    invalid, as DuckDB leaves one after a failed commit it could not roll back."""
    doomed: list = []
    insert = Store._insert

    def insert_or_fail(self, table, columns):  # noqa: ANN001, ANN202
        error = fails(columns["id"]) if table == "articles" else None
        if error is not None:
            doomed.append(self.con)
            raise error
        return insert(self, table, columns)

    monkeypatch.setattr(Store, "_insert", insert_or_fail)
    monkeypatch.setattr(store_module, "_invalidated", lambda con: any(con is d for d in doomed))
    return doomed


@pytest.mark.parametrize("error", COMMIT_OUT_OF_MEMORY, ids=["failed-to-commit", "fatal"])
def test_ledger_batch_out_of_memory_in_its_commit_is_stored_in_halves_on_a_new_connection(
        tmp_path, monkeypatch, error):
    """Out of memory in the COMMIT leaves the process's database invalid: the store opens
    the file anew and stores the batch in halves; nothing is lost or stored twice."""
    records = [_said(n) for n in range(8)]
    doomed = _invalidating(monkeypatch, lambda ids: error if len(ids) > FITS else None)
    with open_ledger(tmp_path / "fatal.duckdb") as ledger:
        assert ledger.add_records(records, batch_size=8) == 8
        assert len(doomed) == 2  # 8 and 4 failed, each on a connection of its own
        assert doomed[0] is not doomed[1]
        assert ledger.count("articles") == len(records)
        assert ledger.batch_limit == 2


def test_ledger_article_failing_fatally_alone_loses_no_other_article_or_error_row(
        tmp_path, monkeypatch):
    """A record whose own commit invalidates the database fails alone: the others of its
    batch, and the error rows, are written on a new connection."""
    records = [_said(n) for n in range(4)]
    bad = records[1].id
    _invalidating(monkeypatch, lambda ids: duckdb.FatalException(
        "FATAL Error: an internal invariant failed") if bad in ids else None)
    with open_ledger(tmp_path / "alone.duckdb") as ledger:
        failures = ledger.write_each([(r, r.id) for r in records], [("gone.txt", "unreadable")])
        assert [reason.split(":")[0] for _, reason in failures] == ["store failed"]
        assert ledger.count("articles") == len(records) - 1
        assert sorted(r[0] for r in ledger.con.execute("SELECT input FROM errors").fetchall()) \
            == sorted(["gone.txt", records[1].input.path or bad])


def test_ledger_fatal_error_other_than_memory_is_not_retried(tmp_path, monkeypatch):
    def fatal(self, part, errors):  # noqa: ANN001, ANN202
        raise duckdb.FatalException("FATAL Error: an internal invariant failed")

    monkeypatch.setattr(Store, "write_batch", fatal)
    with open_ledger(tmp_path / "fatal.duckdb") as ledger, \
            pytest.raises(duckdb.FatalException, match="invariant"):
        ledger.add_records([_said(0), _said(1)], batch_size=2)


def test_ledger_memory_cap_is_what_the_process_budget_leaves(monkeypatch):
    """DuckDB gets the process's budget less what the process already holds (a folder
    ingest holds the spaCy pipeline) and the headroom, in 128 MiB steps, never under the
    floor; $ACCORDING_DB_MEMORY still sets it outright."""
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "2GiB")
    monkeypatch.setattr(store_module, "resident_bytes", lambda: 300 << 20)
    assert store_module.db_memory_cap() == "1408MiB"  # 2048 - 300 - 256 = 1492, stepped
    monkeypatch.setattr(store_module, "resident_bytes", lambda: 700 << 20)
    assert store_module.db_memory_cap() == "1024MiB"  # 1092, stepped
    monkeypatch.setattr(store_module, "resident_bytes", lambda: 1900 << 20)
    assert store_module.db_memory_cap() == "1024MiB"  # the floor: an article must fit
    monkeypatch.setenv("ACCORDING_MEMORY", "8GB")
    assert store_module.db_memory_cap() == "5376MiB"  # 7629 - 1900 - 256 = 5473
    monkeypatch.setenv("ACCORDING_DB_MEMORY", "3GB")
    assert store_module.db_memory_cap() == "3GB"


def test_ledger_memory_budget_that_is_not_a_size_is_refused_by_name(tmp_path, monkeypatch):
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "plenty")
    with pytest.raises(LedgerError, match="ACCORDING_MEMORY='plenty' is not a memory size"):
        open_ledger(tmp_path / "ledger.duckdb")


def test_ledger_connection_runs_under_the_cap_it_was_given(tmp_path, monkeypatch):
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "2GiB")
    monkeypatch.setattr(store_module, "resident_bytes", lambda: 500 << 20)
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        assert ledger.memory_cap == "1280MiB"
        setting = ledger.con.execute("SELECT current_setting('memory_limit')").fetchall()[0][0]
        assert setting == "1.2 GiB"  # DuckDB's own rendering of 1280 MiB


def test_ledger_batch_limit_carries_over_a_nearby_cap_only(tmp_path, monkeypatch):
    """A cap follows what the process holds at each open, so a limit learnt under a cap
    within a quarter of this one is kept; one learnt under a far larger cap is not."""
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "2GiB")
    path = tmp_path / "near.duckdb"
    held = {"now": 300 << 20}
    monkeypatch.setattr(store_module, "resident_bytes", lambda: held["now"])
    with open_ledger(path) as ledger:  # under 1408MiB
        ledger.batch_limit, ledger.fitted = 8, 1
        ledger._keep_batch_limit()
    held["now"] = 500 << 20  # 1280MiB: within a quarter
    with open_ledger(path) as ledger:
        assert (ledger.batch_limit, ledger.fitted) == (8, 1)
    monkeypatch.setenv("ACCORDING_MEMORY", "8GiB")  # 7424MiB: another machine's budget
    with open_ledger(path) as ledger:
        assert (ledger.batch_limit, ledger.fitted) == (0, 0)


def test_ledger_second_connection_to_an_open_file_takes_its_cap(tmp_path, monkeypatch):
    """DuckDB refuses a second connection to a file open in the process with other
    settings (the web page's reader opens two): it gets the cap of the open one."""
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "2GiB")
    path = tmp_path / "shared.duckdb"
    open_ledger(path).close()
    held = {"now": 300 << 20}
    monkeypatch.setattr(store_module, "resident_bytes", lambda: held["now"])
    first = Store(path, read_only=True)
    held["now"] = 700 << 20  # what the process holds grew between the two opens
    second = Store(path, read_only=True)
    assert first.memory_cap == second.memory_cap == "1408MiB"
    first.close()
    second.close()
    assert Store(path, read_only=True).memory_cap == "1024MiB"  # none open: its own


def test_ledger_batch_limit_learnt_under_a_larger_cap_shrinks_with_the_cap(tmp_path,
                                                                            monkeypatch):
    monkeypatch.delenv("ACCORDING_DB_MEMORY", raising=False)
    monkeypatch.setenv("ACCORDING_MEMORY", "2GiB")
    path = tmp_path / "shrink.duckdb"
    held = {"now": 0}
    monkeypatch.setattr(store_module, "resident_bytes", lambda: held["now"])
    with open_ledger(path) as ledger:  # 1792MiB
        ledger.batch_limit, ledger.fitted = 16, 3
        ledger._keep_batch_limit()
    held["now"] = 700 << 20  # 1024MiB: a folder ingest holding its pipeline
    with open_ledger(path) as ledger:
        assert (ledger.batch_limit, ledger.fitted) == (16 * 1024 // 1792, 0)


def test_ledger_part_out_of_memory_after_parts_committed_is_tried_again_after_a_checkpoint(
        tmp_path, monkeypatch):
    """Parts committed on a connection hold their index nodes until a checkpoint: a part of
    a size that fitted there, even one article, that then runs out of memory is tried once
    more after a checkpoint, not given up (one article failed a whole 1M batch so)."""
    records = [_said(n) for n in range(4)]
    sizes: list[int] = []
    held = {"parts": 0, "con": None}
    write_batch, checkpoint = Store.write_batch, Store.checkpoint

    def holding(self, part, errors):  # noqa: ANN001, ANN202
        sizes.append(len(part))
        if self.con is not held["con"]:  # a new database starts empty
            held.update(parts=0, con=self.con)
        if held["parts"] >= 2:  # two parts' index nodes fill the cap
            raise duckdb.OutOfMemoryException("Out of Memory Error: failed to pin block")
        write_batch(self, part, errors)
        held["parts"] += 1

    def folding(self):  # noqa: ANN001, ANN202
        held["parts"] = 0
        checkpoint(self)

    monkeypatch.setattr(Store, "write_batch", holding)
    monkeypatch.setattr(Store, "checkpoint", folding)
    with open_ledger(tmp_path / "held.duckdb") as ledger:
        assert ledger.add_records(records, batch_size=1) == len(records)
        assert sizes == [1, 1, 1, 1, 1]  # the third tried again after the checkpoint
        assert ledger.count("articles") == len(records)
