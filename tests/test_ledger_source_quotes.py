"""`quotes --by NAME` reads the quote clusters of the matching sources from source_quotes
(stats.refresh_source_quotes), a series' page its figures' order keys from series_order
(stats.add_series_order), both kept at ingest: after batches of any size and order, and
after sightings that date stored articles, they hold what a rebuild writes, the lists are
the ones their definitions give (the clusters with a quote by one of the sources, most
repeated first; a series' figures in as-of order; the flagged claims' count kept in
claim_counts), and a ledger of schema 8 gets the tables in place and answers the same."""

from __future__ import annotations

import json
import random

import pytest

from according.ledger import open_ledger, views
from according.ledger.rows import SCHEMA_VERSION
from according.ledger.stats import FIGURE_ORDER, FLAGGED_SQL
from ledger_records import toy_extract
from test_ledger_ingest import STORY
from test_ledger_pages import NAMES, _story

QUOTE_ORDER = ("n_quotes DESC, quote_first_published NULLS LAST, quote_first_seq, "
               "first_quote_ref")
BY = tuple(name.split()[-1].lower() for name in NAMES) + ("pronoun", "e", "zzz")


def _defined(ledger, by: str) -> list[int]:  # noqa: ANN001
    """The clusters `quotes(by=...)` lists, by its definition: from every quote's source
    (a short name as whole words, as every text filter: views.text_filter)."""
    q, whole = views.text_filter(by)
    test = "regexp_matches({}, $q)" if whole else "{} ILIKE $q"
    return [r[0] for r in ledger.con.execute(f"""
        SELECT cluster FROM cluster_stats WHERE n_quotes > 0 AND cluster IN (
            SELECT cluster FROM attributions WHERE quote AND source_id IN (
                SELECT source_id FROM source_stats WHERE {test.format('name')}
                   OR len(list_filter(forms, lambda f: {test.format('f')})) > 0))
        ORDER BY {QUOTE_ORDER}""", {"q": q}).fetchall()]


def _listed(ledger, by: str) -> list[int]:  # noqa: ANN001
    page = ledger.quotes(by=by, limit=1000)
    assert page.total == len(page)
    return [q.cluster for q in page]


def _table(ledger) -> list[tuple]:  # noqa: ANN001
    """The rows of the tables kept for the lists; the flagged claims' count checked."""
    kept = ledger.con.execute("SELECT flagged FROM claim_counts").fetchall()
    counted = ledger.con.execute(f"SELECT count(*) FILTER (WHERE {FLAGGED_SQL}) "
                                 "FROM cluster_stats").fetchall()
    assert kept in (counted, []), (kept, counted)
    assert ledger.claims(flagged=True).total == counted[0][0]
    return ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL").fetchall() + \
        ledger.con.execute("SELECT * FROM series_order ORDER BY ALL").fetchall() + counted


def _series(ledger) -> dict[str, list]:  # noqa: ANN001
    """Each series' figures as its pages list them, checked against the definition (every
    figure of the series in as-of order, FIGURE_ORDER)."""
    out = {}
    for series in ledger.figures(limit=100):
        listed = []
        for offset in range(0, series.n_figures + 4, 4):
            page = ledger.series_figures(series.key, limit=4, offset=offset)
            assert page.total == series.n_figures
            listed += [(f.article_id, f.quantity_id, f.day, f.published) for f in page]
        defined = ledger.con.execute(f"""
            SELECT q.article_id, q.quantity_id FROM quantities q JOIN articles ar USING (seq)
            WHERE q.series_key = ? ORDER BY {FIGURE_ORDER}""", [series.key]).fetchall()
        assert [f[:2] for f in listed] == defined, series.key
        out[series.key] = listed
    return out


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
                _series(ledger)
                _table(ledger)
        incremental = _table(ledger)
        listed = {by: _listed(ledger, by) for by in BY}
        series = _series(ledger)
        ledger.rebuild()
        assert _table(ledger) == incremental
        assert {by: _listed(ledger, by) for by in BY} == listed
        assert _series(ledger) == series
        pairs = ledger.con.execute("SELECT source_id, cluster FROM source_quotes").fetchall()
    assert any(len(v) > 1 for v in listed.values()) and not listed["zzz"]
    # a cluster quoted by several sources is listed once per name it matches
    assert len({s for s, _ in pairs}) > 2
    assert len({c for _, c in pairs}) < len(pairs)


def test_ledger_of_schema_8_gets_source_quotes_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, 24, 5):
            ledger.add_records([_story(i) for i in range(start, min(24, start + 5))])
        table = _table(ledger)
        listed = {by: _listed(ledger, by) for by in BY}
        series = _series(ledger)
        ledger.con.execute("DROP TABLE source_quotes")
        ledger.con.execute("DROP TABLE series_order")
        ledger.con.execute("DROP TABLE claim_counts")
        ledger.con.execute("UPDATE ledger_meta SET value = '8' WHERE key = 'schema'")
        merges = ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                    ).fetchall()
    with open_ledger(path, read_only=True) as ledger:  # not upgraded: answers as before
        assert {by: _listed(ledger, by) for by in BY} == listed
        assert _series(ledger) == series
    with open_ledger(path) as ledger:
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                                  ).fetchall() == [(SCHEMA_VERSION,)]
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'"
                                  ).fetchall() == merges  # no rebuild was needed
        assert _table(ledger) == table
        assert {by: _listed(ledger, by) for by in BY} == listed
        assert _series(ledger) == series
        assert ledger.con.execute("SELECT count(*) FROM claim_counts").fetchall() == [(1,)]
        ledger.add_records([_story(i) for i in range(24, 30)])  # and they are kept from then on
        for by in BY:
            assert _listed(ledger, by) == _defined(ledger, by), by
        _series(ledger)
        _table(ledger)


def undated_stories_and_a_dating_feed(tmp_path, days=(  # noqa: ANN001, ANN201
        (1, "2025-03-02T10:00:00Z"), (4, "2025-03-01T09:00:00Z"), (6, "2025-02-27T08:00:00Z"))):
    """(a folder of undated stories, a feed that meets some of them again and dates them:
    (story number, publication time) pairs)."""
    folder = tmp_path / "in"
    folder.mkdir()
    texts = [STORY.format(name=name, n=10 + i, i=i)
             for i, name in enumerate(NAMES * 2)]
    for i, text in enumerate(texts):
        (folder / f"s{i}.txt").write_text(text, encoding="utf-8")
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": texts[i], "published": day}) + "\n"
                            for i, day in days), encoding="utf-8")
    return folder, feed


def test_ledger_series_order_follows_sightings_that_date_articles(tmp_path):
    folder, feed = undated_stories_and_a_dating_feed(tmp_path)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([folder], extract=toy_extract, batch_size=3)
        undated = _series(ledger)
        ledger.ingest([feed], extract=toy_extract)
        dated = _series(ledger)
        assert dated != undated  # the dated figures moved in their series
        incremental = _table(ledger)
        ledger.rebuild()
        assert _table(ledger) == incremental
        assert _series(ledger) == dated


def test_source_quotes_keep_the_order_and_pages_show_the_cluster_row(tmp_path):
    """(schema 15) source_quotes rows keep a cluster's order columns alone, not its quote
    text and sample (each row repeated them, so a changed sample rewrote every row of its
    cluster); a quotes page by a name shows what the cluster's cluster_stats row keeps."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_story(i) for i in range(12)])
        con = ledger.con
        columns = [r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE table_name = 'source_quotes' "
            "ORDER BY column_index").fetchall()]
        assert columns == ["source_id", "cluster", "n_quotes", "first_published",
                           "first_seq", "first_ref"]
        by = next(b for b in BY if _listed(ledger, b))
        cluster = ledger.quotes(by=by, limit=1).items[0].cluster
        con.execute("UPDATE cluster_stats SET quote_text = 'a marker text' WHERE cluster = ?",
                    [cluster])
        assert ledger.quotes(by=by, limit=1).items[0].text == "a marker text"
