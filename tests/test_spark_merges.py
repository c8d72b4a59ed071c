"""spark/merges.py: connected components on Spark DataFrames give the components the
ledger's union-find gives (every node labelled by its component's smallest node), on
graphs whose smallest label has far to travel."""

from __future__ import annotations

import random

import pytest

from spark_helpers import skip_without_spark

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
