"""Summary rows are rewritten only when their lists change: DuckDB writes a whole row to the
write-ahead log when one of its list columns is set, and the log's size brings on the
checkpoint that rewrites every index (stats._set_lists, merge.fill_series_words)."""

from __future__ import annotations

import duckdb

from according.ledger.stats import _set_lists

FORMS = "(SELECT list(f.form ORDER BY f.form) FROM forms f WHERE f.id = summary.id)"


def _ledger_like() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE summary (id BIGINT, n BIGINT, forms VARCHAR[], sample INTEGER[])")
    con.execute("CREATE TABLE forms (id BIGINT, form VARCHAR)")
    con.execute("INSERT INTO summary VALUES (1, 2, ['Ana Ruiz', 'Mayor Ruiz'], [1, 2, 3]), "
                "(2, 1, ['the ministry'], [4]), (3, 0, NULL, [])")
    con.execute("INSERT INTO forms VALUES (1, 'Ana Ruiz'), (1, 'Mayor Ruiz'), "
                "(2, 'the ministry')")
    return con


def test_lists_that_hold_their_value_are_not_written():
    con = _ledger_like()
    assert _set_lists(con, "summary", "id", "(1, 2)", {"forms": FORMS}) == 0
    assert con.execute("SELECT id, forms, sample FROM summary ORDER BY id").fetchall() == [
        (1, ["Ana Ruiz", "Mayor Ruiz"], [1, 2, 3]), (2, ["the ministry"], [4]), (3, None, [])]


def test_only_the_rows_whose_lists_change_are_written():
    con = _ledger_like()
    con.execute("INSERT INTO forms VALUES (2, 'a ministry spokeswoman'), (3, 'Dr Okafor')")
    assert _set_lists(con, "summary", "id", "(1, 2, 3)", {"forms": FORMS}) == 2
    assert con.execute("SELECT id, n, forms, sample FROM summary ORDER BY id").fetchall() == [
        (1, 2, ["Ana Ruiz", "Mayor Ruiz"], [1, 2, 3]),
        (2, 1, ["a ministry spokeswoman", "the ministry"], [4]),
        (3, 0, ["Dr Okafor"], [])]


def test_rows_outside_the_ids_are_left_alone():
    con = _ledger_like()
    con.execute("INSERT INTO forms VALUES (2, 'a ministry spokeswoman')")
    assert _set_lists(con, "summary", "id", "(SELECT 1)", {"forms": FORMS}) == 0
    assert con.execute("SELECT forms FROM summary WHERE id = 2").fetchall() == [
        (["the ministry"],)]
