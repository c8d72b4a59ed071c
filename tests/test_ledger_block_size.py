"""A ledger file is made with blocks of store.BLOCK_SIZE (16 KiB, DuckDB's default is 256
KiB): a new ledger and a rebuild's new file have them, and a ledger made before with
DuckDB's default blocks is still read and written as it is, with the same merges."""

from __future__ import annotations

from pathlib import Path

import duckdb

from according.ledger import open_ledger, store
from ledger_records import CNN, INDEPENDENT, WAPO_LATER, merge_signature

RECORDS = [INDEPENDENT, CNN, WAPO_LATER]


def _block_size(path: Path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT block_size FROM pragma_database_size()").fetchall()[0][0]
    finally:
        con.close()


def test_ledger_block_size_of_a_new_ledger_is_16_kib(tmp_path: Path):
    path = tmp_path / "new.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(RECORDS)
    assert store.BLOCK_SIZE == 16 << 10
    assert _block_size(path) == 16 << 10


def test_ledger_block_size_old_file_kept_and_rebuilt_to_16_kib(tmp_path: Path):
    old = tmp_path / "default_blocks.duckdb"
    duckdb.connect(str(old)).close()  # an empty file with DuckDB's default blocks
    assert _block_size(old) == 256 << 10
    with open_ledger(old) as ledger:
        ledger.add_records(RECORDS)
        before = merge_signature(ledger)
    assert _block_size(old) == 256 << 10  # a file keeps the size it was made with
    new = tmp_path / "new.duckdb"
    with open_ledger(new) as ledger:
        ledger.add_records(RECORDS)
        assert merge_signature(ledger) == before
    with open_ledger(old) as ledger:
        ledger.rebuild()
    assert _block_size(old) == 16 << 10
    with open_ledger(old, read_only=True) as ledger:
        assert merge_signature(ledger) == before
