"""A batch's cluster growth reads what it needs by id: the appearances of its own articles
(a join read every row of `appearances`), the names of the sources a cluster's list shows
(a join read every source's name) and the cluster parts it has just read once. At 1M
articles those joins cost 2.6 s CPU a batch of 32. The clusters stay what a rebuild makes."""

from __future__ import annotations

from according.ledger import open_ledger
from according.ledger.stats import LIST_CAP
from test_ledger_waiting_names import _corpus


def _rows(con, name: str) -> int | None:  # noqa: ANN001
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE temporary AND "
                       "table_name = ?", [name]).fetchall()[0][0]:
        return None
    return con.execute(f"SELECT count(*) FROM {name}").fetchall()[0][0]


def _clusters(ledger) -> dict:  # noqa: ANN001
    return {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("cluster_stats", "cluster_sources", "cluster_groups", "cluster_outlets")}


def test_ledger_cluster_growth_reads_its_articles_appearances_and_listed_names(tmp_path):
    records = _corpus(48, seed=11)
    seen: dict[str, int] = {}
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        for start in range(0, len(records), 6):
            ledger.add_records(records[start:start + 6])
            for name in ("_member_appearances", "_listed_sources", "_grown_sources"):
                if (n := _rows(ledger.con, name)) is not None:
                    seen[name] = max(seen.get(name, 0), n)
        assert set(seen) == {"_member_appearances", "_listed_sources", "_grown_sources"}
        appearances = ledger.con.execute("SELECT count(*) FROM appearances").fetchall()[0][0]
        assert 0 < seen["_member_appearances"] <= 6 < appearances  # a batch's own articles
        listed = ledger.con.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM _listed_sources GROUP BY cluster)"
        ).fetchall()[0][0]
        assert listed is None or listed <= LIST_CAP
        grown = _clusters(ledger)
        ledger.rebuild()
        assert _clusters(ledger) == grown
