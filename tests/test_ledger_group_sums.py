"""Figure-group summaries kept by sums at ingest (stats.grow_groups): a group that gains
figures keeps its stored best lows and highs unless a new article beats them, and its
clash count unless its extremes move; after ingests in any order and batch size every
group and series holds exactly what a rebuild, which recomputes each group from all its
figures, gives."""

from __future__ import annotations

import dataclasses
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


def _jobless(n: int, source: str, person: tuple | None, value: int) -> object:
    """An article in which `source` gives this month's jobless rate (with `person`, its
    linked entity: name and title)."""
    quote = f"Unemployment rose to {value} percent"
    figure = (f"{value} percent", float(value), None, None, None, "unemployment rose",
              "percent")
    record = article(f'"{quote}," {source} said.', outlet=f"Outlet {n}",
                     published=f"2025-04-01T1{n}:00:00+00:00", path=f"jobs{n}.txt",
                     entities=((person[0], "person", person[1]),) if person else (),
                     attributions=((source, "person", "E1" if person else None, "said",
                                    quote, "direct"),),
                     quantities=(figure,))
    return dataclasses.replace(record, quantities=tuple(
        dataclasses.replace(q, attribution="A1") for q in record.quantities))


def test_ledger_figure_of_a_moved_mention_names_its_new_source_in_the_samples(tmp_path):
    """"Minister Kovacs" waits on other articles; once one names "Minister Anna Kovacs", the
    mention moves to her, and so does its figure in the group's and series' samples, as a
    rebuild gives, although a later article only adds a figure to that group."""
    records = [_jobless(1, "Minister Kovacs", None, 5),
               _jobless(2, "Minister Anna Kovacs", ("Anna Kovacs", "Minister"), 6),
               _jobless(3, "Peter Smith", ("Peter Smith", None), 4)]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for record in records:
            ledger.add_records([record])
        keys = ledger.con.execute("SELECT DISTINCT source_key FROM attributions "
                                  "WHERE source_text LIKE '%Kovacs'").fetchall()
        assert len(keys) == 1, keys  # the waiting mention moved to the named minister
        summed = _snapshot(ledger)
        ledger.rebuild()
        assert _snapshot(ledger) == summed
