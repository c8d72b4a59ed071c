"""`quotes --by NAME` reads the quote clusters of the matching sources from source_quotes
(stats.refresh_source_quotes), kept at ingest: after batches of any size and order it holds
what a rebuild writes, the list is the one its definition gives (the clusters with a quote
by one of the sources, most repeated first), and a ledger of schema 8 gets the table in
place and answers the same."""

from __future__ import annotations

import random

import pytest

from according.ledger import open_ledger
from test_ledger_pages import NAMES, _story

QUOTE_ORDER = ("n_quotes DESC, quote_first_published NULLS LAST, quote_first_seq, "
               "first_quote_ref")
BY = tuple(name.split()[-1].lower() for name in NAMES) + ("pronoun", "e", "zzz")


def _defined(ledger, by: str) -> list[int]:  # noqa: ANN001
    """The clusters `quotes(by=...)` lists, by its definition: from every quote's source."""
    return [r[0] for r in ledger.con.execute(f"""
        SELECT cluster FROM cluster_stats WHERE n_quotes > 0 AND cluster IN (
            SELECT cluster FROM attributions WHERE quote AND source_id IN (
                SELECT source_id FROM source_stats WHERE name ILIKE $q
                   OR len(list_filter(forms, lambda f: f ILIKE $q)) > 0))
        ORDER BY {QUOTE_ORDER}""", {"q": f"%{by}%"}).fetchall()]


def _listed(ledger, by: str) -> list[int]:  # noqa: ANN001
    page = ledger.quotes(by=by, limit=1000)
    assert page.total == len(page)
    return [q.cluster for q in page]


def _table(ledger) -> list[tuple]:  # noqa: ANN001
    return ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL").fetchall()


@pytest.mark.parametrize("batch", [1, 4, 9])
def test_ledger_quotes_by_a_source_after_batches_equal_a_rebuild(tmp_path, batch):
    records = [_story(i) for i in range(30)]
    random.Random(batch).shuffle(records)
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
            if start // batch in (1, 3):  # the lists match their definition as they grow
                for by in BY:
                    assert _listed(ledger, by) == _defined(ledger, by), (start, by)
        incremental = _table(ledger)
        listed = {by: _listed(ledger, by) for by in BY}
        ledger.rebuild()
        assert _table(ledger) == incremental
        assert {by: _listed(ledger, by) for by in BY} == listed
    assert any(len(v) > 1 for v in listed.values()) and not listed["zzz"]
    # a cluster quoted by several sources is listed once per name it matches
    assert len({s for s, *_ in incremental}) > 2
    assert len({c for _, c, *_ in incremental}) < len(incremental)


def test_ledger_of_schema_8_gets_source_quotes_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, 24, 5):
            ledger.add_records([_story(i) for i in range(start, min(24, start + 5))])
        table = _table(ledger)
        listed = {by: _listed(ledger, by) for by in BY}
        ledger.con.execute("DROP TABLE source_quotes")
        ledger.con.execute("UPDATE ledger_meta SET value = '8' WHERE key = 'schema'")
        merges = ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                    ).fetchall()
    with open_ledger(path, read_only=True) as ledger:  # not upgraded: answers as before
        assert {by: _listed(ledger, by) for by in BY} == listed
    with open_ledger(path) as ledger:
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                                  ).fetchall() == [("9",)]
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                  ).fetchall() == merges  # no rebuild was needed
        assert _table(ledger) == table
        assert {by: _listed(ledger, by) for by in BY} == listed
        ledger.add_records([_story(i) for i in range(24, 30)])  # and it is kept from then on
        for by in BY:
            assert _listed(ledger, by) == _defined(ledger, by), by
