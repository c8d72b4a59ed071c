"""The first rows of the quotes, claims, flagged claims and articles lists, kept in list
order (schema 13, ledger/fronts.py): every page, at every offset and size, is the one the
tables give (the page read from them, as before), after ingests in any order and batch
size, clusters that merge, mentions that move to another source, stories regrouped,
sightings, a rebuild and a kill mid-ingest; fronts kept small here (a few rows) so that
rows fall out, fronts overflow and are filled again. A ledger of schema 12 gets them in
place when first opened for writing (one transaction: a failure leaves it at 12), and is
read as before when opened read-only."""

from __future__ import annotations

import os

import duckdb
import pytest

from according.ledger import fronts, open_ledger
from according.ledger.rows import SCHEMA_VERSION
from ledger_records import kill_during, toy_extract
from test_ledger_merges import write_stories
from test_ledger_narrow_pages import _records
from test_ledger_sightings import TEXT, jsonl_line

LISTS = ("quotes", "claims", "flagged", "articles")


@pytest.fixture
def small_fronts(monkeypatch):
    monkeypatch.setattr(fronts, "FRONT_ROWS", 4)
    monkeypatch.setattr(fronts, "FRONT_LOW", 2)


def _call(ledger, name: str, limit: int, offset: int):  # noqa: ANN001, ANN202
    if name == "flagged":
        return ledger.claims(flagged=True, limit=limit, offset=offset)
    return getattr(ledger, name)(limit=limit, offset=offset)


def _lists(ledger, limit: int) -> dict:  # noqa: ANN001
    """Every page of size `limit` of the four lists, up to one past the end."""
    out = {}
    for name in LISTS:
        pages, offset = [], 0
        while True:
            pages.append(_call(ledger, name, limit, offset))
            if offset >= pages[-1].total:
                break
            offset += limit
        out[name] = pages
    return out


def _same_as_tables(ledger, monkeypatch) -> dict:  # noqa: ANN001
    """Every page of every size from the fronts where they hold it, each equal to the page
    the tables give; the fronts' state checked (the quotes' total, their sizes)."""
    used = []
    page = fronts.page

    def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        found = page(*args, **kwargs)
        used.append(found is not None)
        return found

    kept = {}
    for limit in (2, 7):
        with monkeypatch.context() as m:
            m.setattr(fronts, "page", counted)
            kept[limit] = _lists(ledger, limit)
        with monkeypatch.context() as m:
            m.setattr(fronts, "page", lambda *_, **__: None)
            assert _lists(ledger, limit) == kept[limit], limit
    assert any(used)
    con = ledger.con
    state = dict(con.execute("SELECT list, total FROM front_state").fetchall())
    assert sorted(state) == sorted(LISTS)
    assert state["quotes"] == con.execute(
        "SELECT count(*) FROM cluster_stats WHERE n_quotes > 0").fetchall()[0][0]
    held = dict(con.execute("SELECT list, count(*) FROM fronts GROUP BY ALL").fetchall())
    assert all(n <= fronts.FRONT_ROWS for n in held.values())
    return kept


@pytest.mark.parametrize("seed,batch,low", [(1, 1, 2), (2, 5, 4), (5, 3, 4)])
def test_ledger_front_pages_equal_the_tables_after_ingests_in_any_order(
        tmp_path, monkeypatch, small_fronts, seed, batch, low):
    monkeypatch.setattr(fronts, "FRONT_LOW", low)  # 4: any row that falls out refills
    records = _records(seed)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
            if start // batch == 6:
                _same_as_tables(ledger, monkeypatch)
        pages = _same_as_tables(ledger, monkeypatch)
        # every list outgrew its front (rows dropped), none ran short
        assert ledger.con.execute("SELECT list, complete, (SELECT count(*) FROM fronts f "
                                  "WHERE f.list = s.list) >= 2 FROM front_state s ORDER BY 1"
                                  ).fetchall() == [(n, False, True) for n in sorted(LISTS)]
        ledger.rebuild()
        assert _same_as_tables(ledger, monkeypatch) == pages


def test_ledger_front_pages_follow_sightings_and_regrouped_stories(
        tmp_path, monkeypatch, small_fronts):
    (tmp_path / "story.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "items.jsonl").write_text(
        jsonl_line(outlet="Reuters", published="2031-01-01T00:00:00Z"), encoding="utf-8")
    write_stories(tmp_path / "in", 12)  # every third a copy of the one before
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records(6)[:20])
        ledger.ingest([tmp_path / "story.txt"], extract=toy_extract)
        before = _same_as_tables(ledger, monkeypatch)
        ledger.ingest([tmp_path / "items.jsonl"], extract=toy_extract)  # dated: now first
        after = _same_as_tables(ledger, monkeypatch)
        first = after[2]["articles"][0].items[0]
        assert (first.published, first.outlet) == ("2031-01-01T00:00:00+00:00", "Reuters")
        assert after[2]["articles"] != before[2]["articles"]
        ledger.ingest([tmp_path / "in"], extract=toy_extract, batch_size=1)
        _same_as_tables(ledger, monkeypatch)


def _as_schema_12(path, copy):  # noqa: ANN001, ANN202
    import shutil

    for suffix in ("", ".wal"):
        if os.path.exists(str(path) + suffix):
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    con.execute("DROP TABLE fronts")
    con.execute("DROP TABLE front_state")
    con.execute("UPDATE ledger_meta SET value = '12' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


def test_ledger_of_schema_12_gets_its_fronts_in_place_or_stays_at_12(tmp_path, monkeypatch):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(_records(7))
        pages = _same_as_tables(ledger, monkeypatch)
    old = _as_schema_12(path, tmp_path / "old.duckdb")
    with open_ledger(old, read_only=True) as ledger:  # read as before, not upgraded
        assert _lists(ledger, 7) == pages[7]
    refill = fronts.refill

    def fails(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        refill(*args, **kwargs)
        raise RuntimeError("killed")

    monkeypatch.setattr(fronts, "refill", fails)
    with pytest.raises(RuntimeError):
        open_ledger(old)
    monkeypatch.setattr(fronts, "refill", refill)
    con = duckdb.connect(str(old), read_only=True)
    assert con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'").fetchall() == [
        ("12",)]
    assert not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                           "'fronts'").fetchall()[0][0]
    con.close()
    with open_ledger(old) as ledger:
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                                  ).fetchall() == [(SCHEMA_VERSION,)]
        assert ledger.count("fronts") > 0
        assert _same_as_tables(ledger, monkeypatch) == pages
        ledger.add_records(_records(8)[:10])  # and kept from then on
        _same_as_tables(ledger, monkeypatch)


SMALL_FRONTS = "from according.ledger import fronts; fronts.FRONT_ROWS, fronts.FRONT_LOW = 4, 2"


@pytest.mark.parametrize("kill_at", [5, 17])
def test_ledger_fronts_after_a_kill_mid_ingest_and_a_resume(
        tmp_path, monkeypatch, small_fronts, kill_at):
    folder = tmp_path / "in"
    write_stories(folder, 30)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.ingest([folder], extract=toy_extract)
        clean = _same_as_tables(ledger, monkeypatch)
    db = tmp_path / "killed.duckdb"
    kill_during(db, folder, kill_at, SMALL_FRONTS)
    with open_ledger(db) as ledger:
        assert ledger.count("articles") < 30
        _same_as_tables(ledger, monkeypatch)
        ledger.ingest([folder], extract=toy_extract)
        resumed = _same_as_tables(ledger, monkeypatch)
    # the same lists as one clean ingest, but for the times each copy was stored at
    assert {k: [len(p) for p in v] for k, v in resumed[7].items()} == {
        k: [len(p) for p in v] for k, v in clean[7].items()}
