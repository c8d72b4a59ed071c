"""Schema 14: an index on attributions' source id (a source's members are read through it
when the source is recomputed, merge._member_rows). A ledger of schema 13 gets it when
opened for writing; a kill before the version is written leaves schema 13, and the next
open finishes the step."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from according.ledger import open_ledger, store
from according.ledger.rows import SCHEMA_VERSION
from test_ledger_narrow_pages import _records

INDEX = "attributions_source"


def _as_schema_13(path, copy):  # noqa: ANN001, ANN202
    for suffix in ("", ".wal"):
        if (path.parent / (path.name + suffix)).exists():
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    con.execute(f"DROP INDEX {INDEX}")
    con.execute("UPDATE ledger_meta SET value = '13' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


def _answers(ledger) -> tuple:  # noqa: ANN001
    sources = ledger.sources(limit=50)
    pages = [ledger.source_attributions(s.key) for s in sources[:8]]
    return (sources.total, list(sources), [(p.total, list(p)) for p in pages],
            ledger.search("said"), ledger.search("minister"))


def _state(path) -> tuple[str, int]:  # noqa: ANN001
    con = duckdb.connect(str(path), read_only=True)
    try:
        version = con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                              ).fetchall()[0][0]
        indexed = con.execute("SELECT count(*) FROM duckdb_indexes() WHERE index_name = ?",
                              [INDEX]).fetchall()[0][0]
    finally:
        con.close()
    return version, indexed


def test_ledger_of_schema_13_gets_the_source_index_even_after_a_kill(tmp_path, monkeypatch):
    records = _records(7)
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(records[:-6])
        kept = _answers(ledger)
    assert _state(path) == (SCHEMA_VERSION, 1)
    old = _as_schema_13(path, tmp_path / "old.duckdb")
    with open_ledger(old, read_only=True) as ledger:  # read as before, not upgraded
        assert _answers(ledger) == kept
    assert _state(old) == ("13", 0)
    made = store.create_indexes

    def killed(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        made(*args, **kwargs)
        raise RuntimeError("killed")

    monkeypatch.setattr(store, "create_indexes", killed)
    with pytest.raises(RuntimeError):
        open_ledger(old)
    assert _state(old) == ("13", 1)  # the index was made, the version not written
    monkeypatch.setattr(store, "create_indexes", made)
    with open_ledger(old) as ledger:
        assert _answers(ledger) == kept
        ledger.add_records(records[-6:])  # moves members between sources: recomputed
        upgraded = _answers(ledger)
    assert _state(old) == (SCHEMA_VERSION, 1)  # then on to the newest schema
    with open_ledger(path) as ledger:
        ledger.add_records(records[-6:])
        assert _answers(ledger) == upgraded
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records(records)
        assert _answers(ledger) == upgraded
