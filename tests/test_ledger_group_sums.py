"""Figure-group summaries kept by sums at ingest (stats.grow_groups): a group that gains
figures keeps its stored best lows and highs unless a new article beats them, and its
clash count unless its extremes move; after ingests in any order and batch size every
group and series holds exactly what a rebuild, which recomputes each group from all its
figures, gives."""

from __future__ import annotations

import random
from pathlib import Path

from according.ledger import open_ledger, stats
from ledger_records import add_in_batches, article

DAYS = ("2025-03-03T{hour:02d}:00:00+00:00", "2025-03-04T{hour:02d}:00:00+00:00")
# hedge -> (low, high) of a figure of value v, as the extractor gives them
HEDGES = {None: lambda v: (None, None), "more than": lambda v: (v, None),
          "nearly": lambda v: (None, v), "about": lambda v: (0.9 * v, 1.1 * v),
          "at least": lambda v: (v, None)}


def _report(n: int, rng: random.Random) -> object:
    """An article giving one to three tolls of the flood, some hedged, on one of two days
    (two groups of one series); values repeat, so bounds tie across articles."""
    figures, sentences = [], []
    for j in range(rng.randint(1, 3)):
        value = rng.choice((20, 30, 30, 40, 45, 60))
        hedge = rng.choice(list(HEDGES))
        low, high = HEDGES[hedge](value)
        phrase = f"{hedge} {value}" if hedge else str(value)
        piece = f"({j + 1}) {phrase}"
        sentences.append(f"Count {piece} people were killed in the flood, report {n} said.")
        figures.append((piece, value, low, high, hedge, "people were killed", "people"))
    day = DAYS[rng.randrange(len(DAYS))].format(hour=6 + n % 12)
    return article(" ".join(sentences), outlet=f"Outlet {n}", published=day,
                   path=f"flood{n}.txt", quantities=tuple(figures))


RECORDS = [_report(n, random.Random(n)) for n in range(16)]
TABLES = ("group_stats", "series_stats")


def _snapshot(ledger) -> dict:  # noqa: ANN001
    return {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in TABLES}


def test_ledger_group_sums_equal_a_recomputation(tmp_path: Path, monkeypatch):
    grown = []
    original = stats.grow_groups
    monkeypatch.setattr(stats, "grow_groups",
                        lambda con, seqs, ids: grown.append(seqs) or original(con, seqs, ids))
    for batch in (1, 2, 5):
        path = tmp_path / f"b{batch}.duckdb"
        with open_ledger(path) as ledger:
            add_in_batches(ledger, RECORDS, batch)
            summed = _snapshot(ledger)
            ledger.rebuild()
            rebuilt = _snapshot(ledger)
        assert grown, "no figure group was summed up at ingest"
        assert len(summed["group_stats"]) == 2, summed["group_stats"]
        assert all(row[17] > 0 for row in summed["group_stats"])  # tolls clash
        for table in TABLES:
            assert summed[table] == rebuilt[table], (batch, table)
