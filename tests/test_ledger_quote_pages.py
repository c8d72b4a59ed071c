"""`quotes --by NAME` pages (schema 15) order the clusters by what source_quotes keeps and
show each from its cluster_stats row (its quote text and sample in a narrow JSON form,
stats.SHOWN_JSON), read through its index: for any name, limit and offset they are exactly
the pages the summaries give (the clusters quoting
one of the matching sources in the quotes list's order, each shown from cluster_stats'
quote text and quote_sample), after batches, after sightings that date stored articles
and after a rebuild; a ledger of schema 9 answers the same read-only and is upgraded in
place when opened to write."""

from __future__ import annotations

import dataclasses
import json
import random

from according.ledger import open_ledger, views
from according.ledger.rows import SCHEMA_VERSION
from ledger_records import toy_extract
from test_ledger_pages import _story
from test_ledger_source_quotes import BY, _defined, undated_stories_and_a_dating_feed


def _quoting_extract(items, **kwargs):  # noqa: ANN001, ANN003, ANN201
    """toy_extract with its attributions direct quotes."""
    for record in toy_extract(items, **kwargs):
        if hasattr(record, "attributions"):
            record = dataclasses.replace(record, attributions=tuple(
                dataclasses.replace(a, kind="direct") for a in record.attributions))
        yield record


PAGES = ((1, 0), (2, 1), (3, 4), (5, 2), (20, 0), (1000, 0), (4, 1000))


def _expected(ledger, by: str, limit: int, offset: int) -> tuple[list, int]:  # noqa: ANN001
    """The page by definition: the clusters in order (plain SQL over every row), each
    shown from its cluster_stats row (the schema 9 way)."""
    clusters = _defined(ledger, by)
    rows = views._quote_rows(ledger.con, clusters[offset:offset + limit])
    return views._quote_clusters(ledger.con, rows, 20), len(clusters)


def _pages(ledger) -> dict:  # noqa: ANN001
    """Every page of every name, checked against its definition."""
    out = {}
    for by in BY:
        for limit, offset in PAGES:
            page = ledger.quotes(by=by, limit=limit, offset=offset)
            items, total = _expected(ledger, by, limit, offset)
            assert (list(page), page.total) == (items, total), (by, limit, offset)
            out[by, limit, offset] = (list(page), page.total)
    return out


def test_ledger_quote_pages_by_a_name_equal_the_summaries(tmp_path):
    records = [_story(i) for i in range(30)]
    random.Random(7).shuffle(records)
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for start in range(0, len(records), 4):
            ledger.add_records(records[start:start + 4])
            if start // 4 in (0, 3):
                _pages(ledger)
        pages = _pages(ledger)
        shown = [json.loads(r[0]) for r in ledger.con.execute(
            "SELECT c.quote_shown FROM source_quotes JOIN cluster_stats c USING (cluster)"
        ).fetchall()]
        ledger.rebuild()
        assert _pages(ledger) == pages
    assert any(len(s) > 2 for s in shown)  # pages with several appearances per cluster
    assert any(len(p[0]) == limit and offset and p[1] > limit + offset
               for (_, limit, offset), p in pages.items())  # middle pages


def test_ledger_quote_pages_follow_sightings_that_date_articles(tmp_path):
    folder, feed = undated_stories_and_a_dating_feed(tmp_path, (
        (1, "2025-03-02T10:00:00Z"), (4, "2025-03-01T09:00:00-05:00"),
        (6, "2025-02-27T08:00:00Z")))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([folder], extract=_quoting_extract, batch_size=3)
        undated = _pages(ledger)
        ledger.ingest([feed], extract=_quoting_extract)
        dated = _pages(ledger)
    published = {a.published for items, _ in dated.values() for q in items
                 for a in (q.first, *q.repeats)}
    assert None in published and "2025-03-01T14:00:00+00:00" in published
    assert dated != undated


def test_ledger_of_schema_9_answers_read_only_and_is_upgraded(tmp_path):
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, 24, 5):
            ledger.add_records([_story(i) for i in range(start, min(24, start + 5))])
        pages = _pages(ledger)
        table = ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL").fetchall()
        # (schema 9's source_quotes had the order columns alone, as schema 15's)
        ledger.con.execute("UPDATE ledger_meta SET value = '9' WHERE key = 'schema'")
    with open_ledger(path, read_only=True) as ledger:  # not upgraded: answers as before
        assert _pages(ledger) == pages
    with open_ledger(path) as ledger:
        assert ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'schema'"
                                  ).fetchall() == [(SCHEMA_VERSION,)]
        assert ledger.con.execute("SELECT * FROM source_quotes ORDER BY ALL").fetchall() == table
        assert _pages(ledger) == pages
        ledger.add_records([_story(i) for i in range(24, 30)])  # kept from then on
        _pages(ledger)
