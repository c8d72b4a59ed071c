"""A series' disagreement count kept by sums at ingest (stats.add_series adds what a batch
changed in its groups and its articles' inner clashes): after ingests in any order and
batch size it is what a rebuild, which counts over all the series' groups, gives."""

from __future__ import annotations

from pathlib import Path

from according.ledger import open_ledger
from ledger_records import add_in_batches, article

DAY = "2025-06-12T{hour}:00:00+00:00"


def _toll(n: int, count: int, source: str, hour: int) -> object:
    text = (f"{count} people were killed when the dam gave way, {source} said on Thursday. "
            f"Rescue teams searched the valley below the dam for a {n}th day.")
    return article(
        text, outlet=f"Outlet {n}", published=DAY.format(hour=f"{hour:02d}"),
        path=f"dam{n}.txt",
        attributions=((source, "group", None, "said",
                       f"{count} people were killed when the dam gave way", "indirect"),),
        quantities=((str(count), count, None, None, None, "people were killed", "people"),))


def _within(n: int) -> object:  # one article, two sources, two tolls
    text = ("Three people were killed when the dam gave way, the mayor said. But police "
            f"said 9 people were killed in the collapse, report {n} added.")
    return article(
        text, outlet="Valley News", published=DAY.format(hour="20"), path=f"within{n}.txt",
        quantities=(("Three", 3, None, None, None, "people were killed", "people"),
                    ("9", 9, None, None, None, "people were killed", "people")))


RECORDS = [_toll(n, count, source, 8 + n) for n, (count, source) in enumerate(
    ((4, "police"), (4, "the mayor"), (6, "the army"), (4, "officials"), (11, "a medic")))]
RECORDS += [_within(1)]


def _counts(ledger) -> list:  # noqa: ANN001
    return ledger.con.execute("SELECT series_id, n_figures, n_disagreements FROM series_stats "
                              "ORDER BY ALL").fetchall()


def test_ledger_series_disagreements_equal_a_recount(tmp_path: Path):
    for batch in (1, 2, 4):
        path = tmp_path / f"b{batch}.duckdb"
        with open_ledger(path) as ledger:
            add_in_batches(ledger, RECORDS, batch)
            summed = _counts(ledger)
            ledger.rebuild()
        with open_ledger(path) as ledger:
            recounted = _counts(ledger)
        assert summed == recounted, batch
        assert any(n > 0 for *_, n in summed), summed  # the tolls do disagree
