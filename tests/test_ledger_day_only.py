"""Issue 11: a report whose publication stamp gives a day only ("2025-03-04", a date-only
meta) is stored as that day's midnight UTC, and so ranked first among that day's reports
wherever the ledger orders by publication: first to publish a quote, a source's first
quote, a claim's first report, a series' figures. Nothing shows it ran first: it sorts
after every timed report of its day (ledger/sort_time.py), and the pages show its stamp as
the day alone. A ledger of schema 15 is brought to that order in place, equal to a new
ledger of the same articles. Articles are short ones written for these tests and run
through the real pipeline."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from according.ledger import fronts, merge, open_ledger, stats
from according.ledger.rows import create_indexes, drop_indexes
from according.ledger.sort_time import published_day_only

QUOTE = "We will not go back until the contract is signed"

PAGE = """<html><head><title>{headline}</title>
<meta property="article:published_time" content="{stamp}">
<meta property="og:site_name" content="{outlet}">
</head><body><article><h1>{headline}</h1>
<p>{opening}</p>
<p>"{quote}," said union leader Maria Okafor.</p>
<p>Port officials said {ships} ships were waiting to unload.</p>
</article></body></html>
"""

# (file, outlet, stamp, headline, opening, ships): one story, one day
REPORTS = (
    ("harbour.html", "Harbour Times", "2025-03-04T08:15:00Z", "Port strike enters second week",
     "Dock workers at the Velmora port stayed off the job on Tuesday as talks stalled.", 40),
    ("coast.html", "Coast Ledger", "2025-03-04", "Velmora dock strike drags on",
     "The strike at Velmora's port went into its second week with no deal in sight.", 42),
    ("bay.html", "Bay Courier", "2025-03-04T18:30:00Z", "No end in sight to Velmora strike",
     "Talks to end the strike at the Velmora docks broke down again on Tuesday evening.", 45),
)
TIMED_FIRST = ["Harbour Times", "Bay Courier", "Coast Ledger"]  # the day-only report last


@pytest.mark.parametrize(("published", "text", "day_only"), [
    ("2025-03-04T00:00:00+00:00", "2025-03-04", True),  # a date-only meta
    ("2026-11-22T00:00:00+00:00", "Nov 22", True),  # a wire dateline's day
    ("2025-03-04T00:00:00+00:00", None, True),  # an address's day: no stamp kept
    ("2025-03-04T08:15:00+00:00", "2025-03-04T08:15:00Z", False),
    ("2025-03-04T00:00:00+00:00", "March 4, 2025 12:00 a.m. GMT", False),  # a midnight shown
    ("2025-03-04T09:40:00+00:00", "Tuesday 4 March 2025 09:40 GMT", False),
    (None, None, False),
])
def test_published_day_only_reads_the_stamp(published, text, day_only) -> None:  # noqa: ANN001
    assert published_day_only(published, text) is day_only


def _write_reports(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, outlet, stamp, headline, opening, ships in REPORTS:
        path = folder / name
        path.write_text(PAGE.format(headline=headline, stamp=stamp, outlet=outlet,
                                    opening=opening, quote=QUOTE, ships=ships))
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory) -> Path:  # noqa: ANN001
    folder = tmp_path_factory.mktemp("day_only")
    path = folder / "ledger.duckdb"
    with open_ledger(path) as ledger:
        summary = ledger.ingest(_write_reports(folder / "reports"))
    assert summary.added == len(REPORTS)
    return path


def _quote(ledger):  # noqa: ANN001, ANN202
    found = [q for q in ledger.quotes().items if QUOTE in q.text]
    assert len(found) == 1
    return found[0]


def test_ledger_day_only_report_is_not_first_to_publish(ledger_path) -> None:  # noqa: ANN001
    with open_ledger(ledger_path, read_only=True) as ledger:
        quote = _quote(ledger)
        assert [quote.first.outlet, *(r.outlet for r in quote.repeats)] == TIMED_FIRST
        assert quote.first.published == "2025-03-04T08:15:00+00:00"
        # where a page shows the day-only stamp, it shows the day alone
        assert quote.repeats[-1].published == "2025-03-04"
        claim = next(c for c in ledger.claims().items if QUOTE in c.text)
        assert [a.outlet for a in claim.appearances] == TIMED_FIRST
        by_source = [q for q in ledger.quotes(by="Okafor").items if QUOTE in q.text]
        assert [q.first.outlet for q in by_source] == ["Harbour Times"]
        appearances = ledger.cluster_appearances(quote.cluster).items
        assert [a.outlet for a in appearances] == TIMED_FIRST


def test_ledger_articles_list_puts_a_day_only_report_after_the_days_timed_ones(
        ledger_path) -> None:  # noqa: ANN001
    with open_ledger(ledger_path, read_only=True) as ledger:
        listed = ledger.articles().items  # newest first: the day-only report is the latest
        assert [(a.outlet, a.published) for a in listed] == [
            ("Coast Ledger", "2025-03-04"), ("Bay Courier", "2025-03-04T18:30:00+00:00"),
            ("Harbour Times", "2025-03-04T08:15:00+00:00")]
        filtered = ledger.articles(since="2025-03-04", until="2025-03-04").items
        assert [a.outlet for a in filtered] == [a.outlet for a in listed]


def test_ledger_series_orders_a_day_only_figure_after_the_days_timed_ones(
        ledger_path) -> None:  # noqa: ANN001
    with open_ledger(ledger_path, read_only=True) as ledger:
        series = [s for s in ledger.figures().items
                  if {f.value for f in s.figures} >= {40, 42, 45}]
        assert series, [(s.key, [f.text for f in s.figures]) for s in ledger.figures().items]
        figures = ledger.series_figures(series[0].key).items
        ours = [(f.outlet, f.published) for f in figures if f.value in (40, 42, 45)]
        assert ours == [("Harbour Times", "2025-03-04T08:15:00+00:00"),
                        ("Bay Courier", "2025-03-04T18:30:00+00:00"),
                        ("Coast Ledger", "2025-03-04")]


ORDER_TABLES = ("cluster_stats", "source_quotes", "series_order", "group_stats",
                "series_stats", "fronts")


def _tables(path: Path) -> dict[str, list]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in ORDER_TABLES}
    finally:
        con.close()


def _as_schema_15(path: Path, copy: Path) -> Path:
    """A copy of the ledger at `path` as schema 15 wrote it: no day-only column, and every
    stored order column sorting a day-only stamp as its midnight."""
    for suffix in ("", ".wal"):
        if Path(str(path) + suffix).exists():
            shutil.copy(str(path) + suffix, str(copy) + suffix)
    con = duckdb.connect(str(copy))
    con.execute("SET TimeZone = 'UTC'")
    con.execute("UPDATE articles SET published_day_only = false")
    merge.refresh_all(con)
    stats.add_series_order(con, None)
    fronts.refill(con)
    drop_indexes(con)  # (DuckDB drops no column of a table with an index)
    con.execute("ALTER TABLE articles DROP COLUMN published_day_only")
    create_indexes(con)
    con.execute("UPDATE ledger_meta SET value = '15' WHERE key = 'schema'")
    con.execute("CHECKPOINT")
    con.close()
    return copy


def test_ledger_of_schema_15_takes_the_day_only_order_in_place(ledger_path,
                                                               tmp_path) -> None:  # noqa: ANN001
    old = _as_schema_15(ledger_path, tmp_path / "old.duckdb")
    with open_ledger(old, read_only=True) as ledger:  # read as stored: midnight first
        assert _quote(ledger).first.outlet == "Coast Ledger"
        assert [a.published for a in ledger.articles().items][-1] == \
            "2025-03-04T00:00:00+00:00"
    with open_ledger(old) as ledger:  # opened for writing: upgraded in place
        assert ledger.merges_current()
        quote = _quote(ledger)
        assert [quote.first.outlet, *(r.outlet for r in quote.repeats)] == TIMED_FIRST
    assert _tables(old) == _tables(ledger_path)


def test_ledger_rebuild_keeps_the_day_only_order(ledger_path, tmp_path) -> None:  # noqa: ANN001
    from according.ledger.rebuild import rebuild_file

    copy = tmp_path / "rebuilt.duckdb"
    shutil.copy(ledger_path, copy)
    rebuild_file(copy)
    con = duckdb.connect(str(copy), read_only=True)
    try:
        marked = con.execute("SELECT outlet FROM articles WHERE published_day_only").fetchall()
    finally:
        con.close()
    assert marked == [("Coast Ledger",)]
    assert _tables(copy) == _tables(ledger_path)


@pytest.mark.parametrize("order", [("coast.html", "bay.html", "harbour.html"),
                                   ("harbour.html", "coast.html", "bay.html")])
def test_ledger_day_only_report_keeps_its_place_whatever_the_ingest_order(
        ledger_path, tmp_path, order) -> None:  # noqa: ANN001
    """One article a batch: stored first, the day-only report gives way to the timed
    reports of its day stored later; stored after a timed one, it does not overtake it
    (the sums that grow a cluster compare new members with the stored sort time), as one
    batch of all three orders them."""
    paths = {p.name: p for p in _write_reports(tmp_path / "reports")}
    path = tmp_path / "grown.duckdb"
    with open_ledger(path) as ledger:
        for name in order:
            assert ledger.ingest([paths[name]]).added == 1
        quote = _quote(ledger)
        assert [quote.first.outlet, *(r.outlet for r in quote.repeats)] == TIMED_FIRST
    grown, whole = _tables(path), _tables(ledger_path)
    for table in ("cluster_stats", "source_quotes", "series_order"):
        assert sorted(map(_without_seqs, grown[table])) == \
            sorted(map(_without_seqs, whole[table])), table


def _without_seqs(row: tuple) -> tuple:
    """A summary row's values that do not depend on ingest order (seqs, refs and the
    samples and narrow JSON forms keeping them differ between the two ledgers): its times
    and plain texts."""
    return tuple(v for v in row if (isinstance(v, str) and not v.startswith("["))
                 or hasattr(v, "tzinfo"))


def test_ledger_sighting_that_dates_a_report_by_its_day_sorts_it_after_the_timed_ones(
        tmp_path) -> None:  # noqa: ANN001
    """An undated copy later seen under a stamp giving its day only (a sighting fills the
    stored time, ledger/sightings.py) is marked day-only and ranked after its day's timed
    report, which it would have led as midnight."""
    from according.ledger.sightings import Sighting
    from ledger_records import article

    said = f'"{QUOTE}," said union leader Maria Okafor.'
    made = [article(f"{opening} {said}", outlet=outlet, published=published,
                    path=f"{outlet}.txt",
                    entities=(("Maria Okafor", "person", None),),
                    attributions=(("Maria Okafor", "person", "E1", "said", QUOTE, "direct"),))
            for opening, outlet, published in (
                ("Dock workers stayed off the job.", "Harbour Times",
                 "2025-03-04T08:15:00+00:00"),
                ("The strike went into its second week.", "Coast Ledger", None))]
    with open_ledger(tmp_path / "sighted.duckdb") as ledger:
        ledger.add_records(made)
        assert [a.outlet for a in ledger.articles().items][-1] == "Coast Ledger"  # undated
        ledger.write_sightings([Sighting(made[1].id, "coast-web.html", None, "Coast Ledger",
                                         "2025-03-04T00:00:00+00:00", "2025-03-04")])
        assert ledger.con.execute("SELECT published_day_only FROM articles WHERE id = ?",
                                  [made[1].id]).fetchall() == [(True,)]
        quote = _quote(ledger)
        assert [quote.first.outlet, *(r.outlet for r in quote.repeats)] == \
            ["Harbour Times", "Coast Ledger"]
        assert quote.repeats[0].published == "2025-03-04"
