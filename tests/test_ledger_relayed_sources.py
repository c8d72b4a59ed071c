"""Stranger trial 5 (fault 13): a claim counted two sources where the second was nested in
the first ("Public debt stands at 71% of GDP, according to finance ministry figures, and
the government expects …"): the nested source is relayed by the outer one, inside the same
claim, and is no second source of it. On a short article written for the test."""

from __future__ import annotations

from according.extract import extract_text
from according.ledger import open_ledger

RELAYED = """Dorvania's jobless rate falls for third month

By Karl Meno

BREKKA, March 12 (Reuters) - Dorvania's parliament on Tuesday approved a new labour law by \
90 votes to 61.

Unemployment stood at 7.2% in February, according to labour ministry figures, and the \
government expects the rate to fall to 6.5% by the end of the year.

Labour Minister Ilse Varga said the law would create 20,000 jobs. "We are not done yet," \
Varga said.
"""


def _claim(ledger, start: str) -> tuple[list[str], int]:
    return ledger.con.execute(
        "SELECT sources, n_sources FROM cluster_stats WHERE starts_with(text, ?)",
        [start]).fetchone()


def test_ledger_relayed_source_is_no_second_source(tmp_path):
    record = extract_text(RELAYED)
    nested = [a for a in record.attributions if a.within is not None]
    assert nested, "the test needs the nested attribution the trial had"
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([record])
        assert _claim(ledger, "Unemployment stood at 7.2%") == (["labour ministry figures"], 1)


def test_ledger_merged_by_rules_19_counts_relayed_sources_again(tmp_path, monkeypatch):
    """merge-rules/19 -> 20: a ledger that counted the relayed source is brought, without a
    rebuild, to what one clean ingest gives today."""
    from according.ledger import stats
    from ledger_records import assert_migrated_in_place

    relayed = f"\n          AND NOT {stats.RELAYED_IN_CLUSTER}"
    parts = dict(stats._CLUSTER_PARTS)
    parts["cluster_sources"] = parts["cluster_sources"].replace(relayed, "")
    old_stats = stats._CLUSTER_STATS.split(" AND NOT (\n        mm.within")[0] + \
        "\n    GROUP BY ALL)," + stats._CLUSTER_STATS.split("-- relayed\n    GROUP BY ALL),")[1]
    assert parts["cluster_sources"] != stats._CLUSTER_PARTS["cluster_sources"]
    rules_19 = [(stats, "_CLUSTER_PARTS", parts), (stats, "_CLUSTER_STATS", old_stats)]
    assert_migrated_in_place(tmp_path, monkeypatch, [extract_text(RELAYED)], rules_19,
                             "merge-rules/19", lambda ledger: ledger.sources(limit=5))
