"""Small helpers the entity and coreference tests share."""

from __future__ import annotations

from according.entities import EntityCluster, find_entities


def clusters_of(nlp, text: str) -> tuple[EntityCluster, ...]:  # noqa: ANN001
    return find_entities(nlp(text))


def named(clusters: tuple[EntityCluster, ...], name: str) -> EntityCluster:
    """The cluster called `name`; fails the test, listing what there is, if none."""
    found = [c for c in clusters if c.name == name]
    assert found, f"no entity {name!r} in {[c.name for c in clusters]}"
    return found[0]


def mention_texts(cluster: EntityCluster) -> list[str]:
    return [m.span.text for m in cluster.mentions]
