"""Quote-cluster summaries kept by sums at ingest (stats.grow_clusters): after ingests in
any order and batch size they hold exactly what a rebuild, which recomputes every cluster
from all its members, gives."""

from __future__ import annotations

import random
from pathlib import Path

from according.ledger import open_ledger, stats
from ledger_records import toy_extract
from test_ledger_merges import CORPUS, _wire, write_stories

TABLES = ("cluster_stats", "cluster_sources", "cluster_groups", "cluster_outlets")
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


def _snapshot(ledger) -> dict:  # noqa: ANN001
    return {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall() for t in TABLES}


def _ingest(path: Path, folder: Path, records: list, batch: int) -> dict:
    with open_ledger(path) as ledger:
        ledger.ingest([folder], extract=toy_extract, batch_size=batch)
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
        return _snapshot(ledger)


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
        incremental = _ingest(path, folder, order, batch)
        assert grown, "no cluster was summed up at ingest"
        assert any(row[2] > 1 for row in incremental["cluster_stats"])  # clusters grew
        with open_ledger(path) as ledger:
            ledger.rebuild()
            rebuilt = _snapshot(ledger)
        for table in TABLES:
            assert incremental[table] == rebuilt[table], (batch, table)
