"""Schema 15: source_quotes keeps a source's quote clusters with their order columns alone; a
quotes page by a name shows each cluster's quote text and sample from its cluster_stats row.
A ledger of schema 14 (whose rows repeated them) answers the same read-only, and has the
two columns dropped when opened for writing; a kill before the version is written leaves
schema 14, and the next open finishes the step."""

from __future__ import annotations

import shutil

import duckdb
import pytest

from according.ledger import open_ledger, store
from according.ledger.rows import SCHEMA_VERSION
from test_ledger_pages import _story
from test_ledger_quote_pages import _pages

TEXTS = ("quote_text", "shown")


def _as_schema_14(path, copy):  # noqa: ANN001, ANN202
    """A copy of the ledger at `path` as schema 14 wrote it: each source_quotes row with its
    cluster's quote text and narrow sample (the same texts as its cluster_stats row)."""
    for suffix in ("", ".wal"):
        if (path.parent / (path.name + suffix)).exists():
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    for column in TEXTS:
        con.execute(f"ALTER TABLE source_quotes ADD COLUMN {column} VARCHAR")
    con.execute("UPDATE source_quotes q SET quote_text = c.quote_text, shown = c.quote_shown "
                "FROM cluster_stats c WHERE c.cluster = q.cluster")
    con.execute("UPDATE ledger_meta SET value = '14' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


def _state(path) -> tuple[str, list[str]]:  # noqa: ANN001
    """The ledger's schema version and the text columns its source_quotes has."""
    con = duckdb.connect(str(path), read_only=True)
    try:
        version = con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                              ).fetchall()[0][0]
        texts = [r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'source_quotes' "
            "AND column_name IN ('quote_text', 'shown') ORDER BY column_index").fetchall()]
    finally:
        con.close()
    return version, texts


def test_ledger_of_schema_14_loses_the_source_quote_texts_even_after_a_kill(tmp_path,
                                                                           monkeypatch):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, 24, 5):
            ledger.add_records([_story(i) for i in range(start, min(24, start + 5))])
        kept = _pages(ledger)  # each page checked against its definition
        table = ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL").fetchall()
    assert _state(path) == (SCHEMA_VERSION, [])
    old = _as_schema_14(path, tmp_path / "old.duckdb")
    assert _state(old) == ("14", list(TEXTS))
    with open_ledger(old, read_only=True) as ledger:  # read as before, not upgraded
        assert _pages(ledger) == kept
    assert _state(old) == ("14", list(TEXTS))
    written = store._set_meta

    def killed(con, key, value):  # noqa: ANN001, ANN202
        if (key, value) == ("schema", "15"):
            raise RuntimeError("killed")
        written(con, key, value)

    monkeypatch.setattr(store, "_set_meta", killed)
    with pytest.raises(RuntimeError):
        open_ledger(old)
    assert _state(old) == ("14", list(TEXTS))  # nothing of the step committed
    monkeypatch.setattr(store, "_set_meta", written)
    with open_ledger(old) as ledger:
        assert ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL"
                                  ).fetchall() == table
        assert _pages(ledger) == kept
        ledger.add_records([_story(i) for i in range(24, 30)])
        upgraded = _pages(ledger)
    assert _state(old) == (SCHEMA_VERSION, [])  # then on to the newest schema
    with open_ledger(path) as ledger:
        ledger.add_records([_story(i) for i in range(24, 30)])
        assert _pages(ledger) == upgraded
    clean = tmp_path / "clean.duckdb"
    with open_ledger(clean) as ledger:
        ledger.add_records([_story(i) for i in range(30)])
        assert _pages(ledger) == upgraded
