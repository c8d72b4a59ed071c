"""Quote-cluster summaries kept by sums at ingest (stats.grow_clusters): after ingests in
any order and batch size they hold exactly what a rebuild, which recomputes every cluster
from all its members, gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from according.ledger import open_ledger, stats
from according.records import Record
from ledger_records import article, toy_extract
from test_ledger_merges import CORPUS, _wire, write_stories

TABLES = ("cluster_stats", "cluster_sources", "cluster_groups", "cluster_outlets", "source_quotes")
# a story first stored without a wire credit, then a wire copy of it: the group turns wire
FLOOD = ("Flood water swept through a southern suburb of Lyon overnight after the river "
         "broke its banks, and officials said on Tuesday that 12 workers had been taken to "
         "hospital after a pumping station collapsed. The regional prefect said the smoke "
         "posed no danger to nearby homes after a transformer fire at the station, while "
         "engineers rebuilt the levee with sandbags and volunteers cleared mud from the "
         "streets of the old quarter before nightfall.")
LATE_WIRE = [_wire(FLOOD, "Rhone Soir", "2025-03-04T08:00:00+00:00", "soir.txt"),
             _wire(FLOOD + "\n(AP)", "Alpes Daily", "2025-03-04T09:00:00+00:00", "alpes.txt",
                   ("AP",))]


def snapshot(ledger, tables: tuple[str, ...] = TABLES) -> dict:  # noqa: ANN001
    """Every row of `tables`, sorted (what two ledgers must share)."""
    return {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in tables}


def ingest_snapshot(path: Path, folder: Path, records: list, batch: int,
                    tables: tuple[str, ...] = TABLES) -> dict:
    """Ingest `folder` and then `records`, `batch` at a time; the snapshot of `tables`."""
    with open_ledger(path) as ledger:
        ledger.ingest([folder], extract=toy_extract, batch_size=batch)
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
        return snapshot(ledger, tables)


def test_ledger_cluster_sums_equal_a_recomputation(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    write_stories(folder, 12)
    grown = []
    monkeypatch.setattr(stats, "CLUSTER_BLOCK", 3)  # a rebuild sums clusters up block-wise
    original = stats.grow_clusters
    monkeypatch.setattr(stats, "grow_clusters",
                        lambda con, seqs, ids: grown.append(seqs) or original(con, seqs, ids))
    records = list(CORPUS)
    random.Random(3).shuffle(records)
    # the flood story's claim is also the AP story's: stored after it (and later turned
    # wire by a copy), and before it
    for batch, order in ((1, records + LATE_WIRE), (3, [LATE_WIRE[0], *records[::-1]])):
        path = tmp_path / f"b{batch}.duckdb"
        incremental = ingest_snapshot(path, folder, order, batch)
        assert grown, "no cluster was summed up at ingest"
        assert any(row[2] > 1 for row in incremental["cluster_stats"])  # clusters grew
        with open_ledger(path) as ledger:
            ledger.rebuild()
            rebuilt = snapshot(ledger)
        for table in TABLES:
            assert incremental[table] == rebuilt[table], (batch, table)


def _org_said(n: int, org: str, claim: str) -> Record:
    text = f'{org} said "{claim}" in a statement on Monday.'
    return article(text, outlet="Daily Post", published=f"2025-01-0{n}T10:00:00+00:00",
                   path=f"said{n}.txt", entities=((org, "organization", None),),
                   attributions=((org, "organization", "E1", "said", claim, "direct"),))


# the committee is first named in full; two later articles call it by its acronym, which
# then becomes its display name (the most used name): the first article's claim, which no
# later article touches, must list the new name, as a rebuild lists it
RENAMED = [
    _org_said(1, "Democratic National Committee",
              "the convention will be held in Chicago next summer"),
    _org_said(2, "DNC", "fundraising rose sharply in the last quarter of the year"),
    _org_said(3, "DNC", "volunteers knocked on a million doors across the state"),
]


@pytest.mark.parametrize("batch", [1, 2])
def test_ledger_claims_list_a_renamed_source_by_its_new_name(tmp_path, batch):
    path = tmp_path / "renamed.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(RENAMED), batch):
            ledger.add_records(RENAMED[start:start + batch])
        names = ledger.con.execute("SELECT name FROM source_stats").fetchall()
        assert names == [("DNC",)]  # the naming rule moved the display name on
        incremental = snapshot(ledger)
        claims = sorted(tuple(c.sources) for c in ledger.claims())
        ledger.rebuild()
        assert snapshot(ledger) == incremental
    assert claims == [("DNC",)] * 3
