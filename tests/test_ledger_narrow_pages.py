"""The plain quotes list, the claims lists and search read what they show of a cluster
from its narrow forms (schema 12: cluster_stats' `shown` and `quote_shown`, JSON texts of
its samples, stats.CLUSTER_SHOWN) instead of its wide sample columns. After ingests in any
order and batch size, clusters that merge (a quote's head and tail joined by the whole
quote), mentions that move to another source (surnames resolved later), stories turned
wire copy, every row's narrow forms are those of its samples and what a rebuild writes;
the pages are those the wide columns give (a ledger of schema 11 opened read-only reads
them); a ledger of schema 11 gets the narrow forms in place, a block of rows at a time."""

from __future__ import annotations

import json
import random
import shutil
from pathlib import Path

import duckdb
import pytest

from according.ledger import open_ledger, stats
from according.ledger.rows import SCHEMA_VERSION
from ledger_records import toy_extract
from test_ledger_cluster_sums import LATE_WIRE
from test_ledger_merges import CORPUS
from test_ledger_waiting_names import _corpus

WORDS = ("the", "school", "minister", "rubble", "smoke", "said", "kovacs", "zzz")


def _records(seed: int) -> list:
    records = _corpus(24, seed) + list(CORPUS) + LATE_WIRE
    random.Random(seed).shuffle(records)
    return records


def _narrow(ledger) -> list[tuple]:  # noqa: ANN001
    """(cluster, shown, quote_shown) of every cluster, each checked against the narrow form
    of its own stored samples (the row was written whole whenever they changed)."""
    con = ledger.con
    kept = con.execute("SELECT cluster, shown, quote_shown FROM cluster_stats ORDER BY ALL"
                       ).fetchall()
    con.execute("CREATE OR REPLACE TEMP TABLE _again AS SELECT * FROM cluster_stats")
    con.execute(f"UPDATE _again SET {stats.cluster_shown_sets('_again')}")
    assert kept == con.execute("SELECT cluster, shown, quote_shown FROM _again ORDER BY ALL"
                               ).fetchall()
    assert all(shown is not None and quote is not None for _, shown, quote in kept)
    return kept


def _pages(ledger, size: int = 3) -> dict:  # noqa: ANN001
    """Every page of the lists that read the narrow forms, and the searches."""
    out: dict = {}
    for name, call in (("quotes", lambda **kw: ledger.quotes(**kw)),
                       ("claims", lambda **kw: ledger.claims(**kw)),
                       ("flagged", lambda **kw: ledger.claims(flagged=True, **kw))):
        first = call(limit=size)
        out[name] = [first] + [call(limit=size, offset=offset)
                               for offset in range(size, first.total + size, size)]
        assert sum(len(page) for page in out[name]) == first.total or name == "quotes"
    out["search"] = [ledger.search(word, limit=4) for word in WORDS]
    out["series"] = _series_pages(ledger)
    return out


def _as_schema_11(path: Path, copy: Path) -> Path:
    """A copy of the ledger at `path` as schema 11 wrote it (no narrow forms)."""
    for suffix in ("", ".wal"):
        if Path(str(path) + suffix).exists():
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    con.execute("DROP INDEX cluster_stats_id")  # DuckDB alters no table with an index
    for column in ("shown", "quote_shown"):
        con.execute(f"ALTER TABLE cluster_stats DROP COLUMN {column}")
    con.execute("CREATE INDEX cluster_stats_id ON cluster_stats (cluster)")
    con.execute("ALTER TABLE series_order DROP COLUMN shown")
    con.execute("UPDATE ledger_meta SET value = '11' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


@pytest.mark.parametrize("seed,batch", [(1, 1), (2, 5)])
def test_ledger_narrow_forms_after_batches_in_any_order_equal_a_rebuild(tmp_path, seed, batch):
    records = _records(seed)
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
            if start // batch in (2, 7):
                _narrow(ledger)
        incremental = _narrow(ledger)
        pages = _pages(ledger)
        ledger.rebuild()
        assert _narrow(ledger) == incremental
        assert _pages(ledger) == pages
    assert any(len(page) for page in pages["quotes"]) and any(
        len(page) for page in pages["flagged"])
    # clusters merged: a member sample longer than one, texts left out where they equal
    # the quote text
    assert any('null' in shown and shown.count('"') > 30 for _, shown, _ in incremental)


def test_ledger_pages_from_the_narrow_forms_equal_the_wide_ones(tmp_path):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(_records(3))
        narrow = _pages(ledger)
        big = _pages(ledger, size=50)
    wide = _as_schema_11(path, tmp_path / "wide.duckdb")
    with open_ledger(wide, read_only=True) as ledger:  # not upgraded: the wide columns
        assert _pages(ledger) == narrow
        assert _pages(ledger, size=50) == big


def test_ledger_of_schema_11_gets_the_narrow_forms_in_place(tmp_path, monkeypatch):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, 30, 6):
            ledger.add_records(_records(4)[start:start + 6])
        kept, series = _narrow(ledger), _series_rows(ledger)
        pages = _pages(ledger)
        merges = ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                    ).fetchall()
    old = _as_schema_11(path, tmp_path / "old.duckdb")
    monkeypatch.setattr(stats, "SHOWN_BLOCK", 4)  # block-wise, as on a big ledger
    with open_ledger(old) as ledger:
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key NOT LIKE 'data:%' "
                                  "ORDER BY key").fetchall() \
            == [*merges, (SCHEMA_VERSION,)]  # no rebuild was needed
        assert ledger.count("cluster_stats") > 3 * stats.SHOWN_BLOCK
        assert _narrow(ledger) == kept
        assert _series_rows(ledger) == series
        assert _pages(ledger) == pages
        ledger.add_records(_records(4)[30:])  # and kept from then on
        _narrow(ledger)
        _series_rows(ledger)


def test_ledger_upgrade_fills_rows_a_checkpoint_renumbers(tmp_path, monkeypatch):
    """A schema 11 ledger whose cluster_stats holds deleted rows (clusters rewritten by
    ingests since the last checkpoint): the upgrade's first checkpoint compacts them and
    renumbers the rows after them, which a walk by row id ranges would skip."""
    from test_ledger_held_writer import _said

    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_said(n) for n in range(3)])
    old = _as_schema_11(path, tmp_path / "old.duckdb")
    con = duckdb.connect(str(old))
    con.execute("DROP INDEX cluster_stats_id")
    con.execute("CREATE TEMP TABLE one AS SELECT * FROM cluster_stats WHERE n_quotes > 0 "
                "LIMIT 1")
    columns = [r[0] for r in con.execute(
        "SELECT column_name FROM duckdb_columns() WHERE table_name = 'cluster_stats' "
        "ORDER BY column_index").fetchall()]
    select = ", ".join("(1000 + i) AS cluster" if c == "cluster" else c for c in columns)
    con.execute(f"INSERT INTO cluster_stats SELECT {select} FROM one, range(1000000) r(i)")
    con.execute("CREATE INDEX cluster_stats_id ON cluster_stats (cluster)")
    con.execute("CHECKPOINT")
    con.execute("DELETE FROM cluster_stats WHERE cluster BETWEEN 1000 AND 701000 "
                "AND cluster % 1000 <> 7")
    con.close()
    monkeypatch.setattr(stats, "SHOWN_BLOCK", 100_000)
    with open_ledger(old) as ledger:
        con = ledger.con
        assert ledger.count("cluster_stats") > 2 * stats.SHOWN_BLOCK
        assert con.execute("SELECT count(*) FROM cluster_stats WHERE shown IS NULL "
                           "OR quote_shown IS NULL").fetchall() == [(0,)]


def _series_rows(ledger) -> list[tuple]:  # noqa: ANN001
    """series_order as kept, each row's narrow form checked against its figure's rows."""
    con = ledger.con
    kept = con.execute("SELECT * FROM series_order ORDER BY ALL").fetchall()
    assert kept == con.execute(
        f"SELECT s.series_id, s.day, s.published, s.seq, s.ref, {stats.FIGURE_SHOWN} "
        "FROM series_order s JOIN quantities q USING (ref) JOIN articles ar "
        "ON ar.seq = s.seq ORDER BY ALL").fetchall()
    return kept


def _series_pages(ledger) -> list:  # noqa: ANN001
    return [ledger.series_figures(s.key, limit=2, offset=offset)
            for s in ledger.figures(limit=100) for offset in range(0, s.n_figures + 2, 2)]


def test_ledger_series_page_of_a_moved_mention_names_its_new_source(tmp_path):
    """A figure's page row is written again when its mention moves to another source
    ("Minister Kovacs" waits until an article names "Minister Anna Kovacs")."""
    from test_ledger_group_sums import _jobless

    records = [_jobless(1, "Minister Kovacs", None, 5),
               _jobless(2, "Minister Anna Kovacs", ("Anna Kovacs", "Minister"), 6),
               _jobless(3, "Peter Smith", ("Peter Smith", None), 4)]
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for record in records:
            ledger.add_records([record])
        kept, pages = _series_rows(ledger), _series_pages(ledger)
        assert {f.source for page in pages for f in page} == {"Anna Kovacs", "Peter Smith"}
        ledger.rebuild()
        assert _series_rows(ledger) == kept
        assert _series_pages(ledger) == pages
    wide = _as_schema_11(path, tmp_path / "wide.duckdb")
    with open_ledger(wide, read_only=True) as ledger:  # the figures' own rows
        assert _series_pages(ledger) == pages


def test_ledger_series_page_shows_the_outlet_a_sighting_fills_in(tmp_path):
    from test_ledger_source_quotes import undated_stories_and_a_dating_feed

    folder, feed = undated_stories_and_a_dating_feed(tmp_path)
    docs = [json.loads(line) for line in feed.read_text(encoding="utf-8").splitlines()]
    # the first one is not dated by its sighting: only its outlet is filled in
    docs[0].pop("published")
    feed.write_text("".join(json.dumps({**doc, "outlet": f"Gazette {i}"}) + "\n"
                            for i, doc in enumerate(docs)), encoding="utf-8")
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([folder], extract=toy_extract, batch_size=3)
        before = _series_pages(ledger)
        ledger.ingest([feed], extract=toy_extract)
        kept, pages = _series_rows(ledger), _series_pages(ledger)
        outlets = {f.outlet for page in pages for f in page}
        assert {f.outlet for page in before for f in page} == {None}
        assert outlets >= {"Gazette 0", "Gazette 1", "Gazette 2"}, outlets
        ledger.rebuild()
        assert _series_rows(ledger) == kept
        assert _series_pages(ledger) == pages
