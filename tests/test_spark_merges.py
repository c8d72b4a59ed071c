"""spark/merges.py: connected components on Spark DataFrames give the components the
ledger's union-find gives (every node labelled by its component's smallest node), on
graphs whose smallest label has far to travel; its story groups split datelines of
other days as the ledger does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from according.ledger import open_ledger
from spark_helpers import skip_without_spark
from spark_story_rows import ledger_story_rows, story_articles

pytestmark = [pytest.mark.spark]


@pytest.fixture(scope="module")
def spark():  # noqa: ANN201
    skip_without_spark()
    from according.spark.job import spark_session

    session = spark_session("local[2]", {"spark.driver.memory": "1g"})
    yield session
    session.stop()


def _union_find_labels(edges: list[tuple[int, int]]) -> dict[int, int]:
    from according.ledger.merge import UnionFind

    uf = UnionFind()
    for a, b in edges:
        uf.union(a, b)
    return {node: uf.find(node) for node in uf.parent}


def _spark_labels(spark, edges: list[tuple[int, int]]) -> tuple[dict[int, int], int]:  # noqa: ANN001
    from according.spark.merges import EDGE_SCHEMA, connected_components

    labels, rounds = connected_components(spark.createDataFrame(edges, EDGE_SCHEMA))
    return {r.node: r.label for r in labels.collect()}, rounds


def test_spark_components_of_a_long_shuffled_chain_take_its_smallest_node(spark):
    """A path of 60 nodes numbered at random: the smallest sits anywhere along it."""
    rng = random.Random(7)
    nodes = rng.sample(range(1000, 100000), 60)
    edges = list(zip(nodes, nodes[1:], strict=False))
    labels, rounds = _spark_labels(spark, edges)
    assert labels == {n: min(nodes) for n in nodes}
    assert 1 < rounds < 60  # pointer jumping: fewer rounds than the path is long


def test_spark_components_equal_the_ledgers_union_find(spark):
    """A random sparse graph (many components, some single edges, repeated and reversed
    edges) gives the union-find's components, node for node."""
    rng = random.Random(11)
    edges = [(rng.randrange(400), rng.randrange(400)) for _ in range(300)]
    edges += [(b, a) for a, b in edges[:20]] + edges[:10]
    edges = [(a, b) for a, b in edges if a != b]
    labels, _ = _spark_labels(spark, edges)
    expected = _union_find_labels(edges)
    assert labels == expected
    assert 10 < len(set(expected.values())) < len(expected)


def test_spark_components_of_no_edges_are_none(spark):
    labels, rounds = _spark_labels(spark, [])
    assert labels == {} and rounds == 1


DATA = Path(__file__).parent / "data" / "rules_review"
NAMES = ["r22_portal_day1", "r22_reuters_day2_undated", "r22_reuters_day1_undated",
         "r22_portal_day2_copy"]


def _spark_and_ledger_groups(spark, tmp_path: Path, paths: list[Path]  # noqa: ANN001
                             ) -> tuple[dict[int, int], dict[int, int]]:
    """(seq -> group_seq) of `paths` ingested into a ledger, as spark/merges.story_groups
    groups the ledger's article rows, and as the ledger grouped them."""
    from according.spark.merges import story_groups

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        summary = ledger.ingest(paths)
        assert (summary.added, summary.failed) == (len(paths), 0)
        rows = ledger_story_rows(ledger)
    articles = story_articles(spark, rows)
    _, groups, *_ = story_groups(spark, articles)
    return {r.seq: r.group_seq for r in groups.collect()}, {r[0]: r[-1] for r in rows}


def test_spark_story_groups_join_uncredited_rewrites_as_the_ledger(spark, tmp_path):
    """story_groups finds a wire story's rewrites through their quoted bands and joins them
    by duplicates.rewritten_story (merge rules 31), as the ledger does: the AFP quake story
    and its two rewrites are one group, the broadcaster's own report of the same briefing
    and the central bank's stories their own (tests/data/rewrites)."""
    rewrites = Path(__file__).parent / "data" / "rewrites"
    names = ("01_afp_quake", "02_portal_quake_light", "03_portal_quake_heavy",
             "04_broadcaster_quake_own", "05_reuters_rates", "06_site_rates_light",
             "07_financial_rates_own")
    got, ledger_groups = _spark_and_ledger_groups(
        spark, tmp_path, [rewrites / f"{name}.txt" for name in names])
    assert got == ledger_groups
    sizes = sorted(list(got.values()).count(g) for g in set(got.values()))
    assert sizes == [1, 1, 2, 3]


def test_spark_story_groups_split_datelines_of_other_days_as_the_ledger(spark, tmp_path):
    """story_groups reads the day an article's dateline gives, as the ledger does
    (duplicates.story_day): a wire's next-day follow-up over the day before's background
    is its own story, a portal's next-day copy keeping the dateline the wire story's."""


    got, ledger_groups = _spark_and_ledger_groups(
        spark, tmp_path, [DATA / f"{name}.txt" for name in NAMES])
    assert got == ledger_groups
    assert len(set(got.values())) == 2
