"""Surname-only sources re-resolved at ingest from a bounded read: only the mentions whose
evidence a batch can change are read again (a title the batch gave a full-name person of
their surname; a first name newly credited with their quote cluster's words), the quoted
first names come from a per-cluster table (cluster_firsts), and the result is what a
rebuild computes from every mention, whatever the order and batch size."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from according.ledger import merge, open_ledger, stats
from according.ledger.rows import SCHEMA_VERSION
from ledger_records import article

SURNAMES = ("Kovacs", "Okafor")
FIRSTS = ("Anna", "Peter", "Laszlo")
TITLES = ("Minister", "General", "Senator", "Mr.")
QUOTES = (
    "we will rebuild every school that the floods destroyed before the winter comes",
    "the border crossing will stay closed until the inspectors have finished their work",
    "our farmers cannot survive another season without water from the northern reservoir",
    "nobody in this government has ever promised that the taxes would stay the same",
)


def _mention(rng: random.Random) -> tuple[str, str | None, tuple | None]:
    """(source as written, its entity's name, the entity) of one person mention."""
    surname = rng.choice(SURNAMES)
    title = rng.choice(TITLES)
    if rng.random() < 0.4:  # a full name, linked to its entity (with a title or none)
        name = f"{rng.choice(FIRSTS)} {surname}"
        etitle = None if title == "Mr." or rng.random() < 0.3 else title
        return (f"{etitle} {name}" if etitle else name), name, (name, "person", etitle)
    if rng.random() < 0.2:
        return surname, None, None
    return f"{title} {surname}", None, None


def _corpus(n: int, seed: int) -> list:
    rng = random.Random(seed)
    records = []
    for i in range(n):
        parts, entities, attributions = [], [], []
        for _ in range(rng.randint(1, 3)):
            source, name, entity = _mention(rng)
            words = rng.choice(QUOTES).split()
            cut = len(words) * 3 // 5  # a head and a tail: apart until a whole quote
            quote = " ".join(rng.choice((words, words[:cut], words[-cut:])))  # joins them
            parts.append(f'"{quote}," {source} said.')
            eid = None
            if entity and name not in [e[0] for e in entities]:
                entities.append(entity)
            if entity:
                eid = f"E{[e[0] for e in entities].index(name) + 1}"
            attributions.append((source, "person", eid, "said", quote, "direct"))
        text = " ".join(parts)
        # the same source twice in one article: its first span is the one kept
        seen: set[str] = set()
        kept = []
        for a in attributions:
            if (a[0], a[4]) not in seen:
                seen.add((a[0], a[4]))
                kept.append(a)
        records.append(article(text, path=f"n{i}.txt",
                               published=f"2025-04-{1 + i % 28:02d}T10:00:00+00:00",
                               entities=tuple(entities), attributions=tuple(kept)))
    return records


def _keys(ledger) -> list:  # noqa: ANN001
    return ledger.con.execute(
        "SELECT article_id, attribution_id, source_key, source_id FROM attributions "
        "ORDER BY ALL").fetchall()


def _firsts(ledger) -> list:  # noqa: ANN001
    """cluster_firsts as kept, checked against a recomputation from the mentions (cluster
    ids depend on the order articles came in)."""
    kept = ledger.con.execute("SELECT * FROM cluster_firsts ORDER BY ALL").fetchall()
    assert kept == ledger.con.execute(
        "SELECT DISTINCT cluster, surname, first FROM attributions WHERE cluster IS NOT NULL "
        "AND first IS NOT NULL AND surname IS NOT NULL ORDER BY ALL").fetchall()
    assert ledger.con.execute("SELECT * FROM waiting_people ORDER BY ALL").fetchall() == \
        ledger.con.execute("SELECT seq, surname, cluster, titles FROM attributions "
                           "WHERE waiting ORDER BY ALL").fetchall()
    return sorted({(s, f) for _, s, f in kept})


def _ingest(path: Path, records: list, batch: int) -> tuple[list, list]:
    """Ingest `records`, `batch` at a time; every waiting source must then be where a
    resolution from the whole ledger's evidence (a rebuild's) puts it, given the ledger's
    quote clusters."""
    with open_ledger(path) as ledger:
        for start in range(0, len(records), batch):
            ledger.add_records(records[start:start + batch])
        keys, firsts = _keys(ledger), _firsts(ledger)
        con = ledger.con
        con.begin()
        assert merge.resolve_waiting_people(con, surnames=None) == []
        assert merge.resolve_waiting_acronyms(con, None) == []
        summed = _sources(con)  # sources' summaries kept by sums as mentions moved
        merge.outlet_names_table(con)
        stats.refresh_sources(con, None)
        assert _sources(con) == summed
        con.rollback()
        return keys, firsts


def _sources(con) -> dict:  # noqa: ANN001
    return {t: con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
            for t in ("source_stats", "source_forms", "source_kinds")}


@pytest.mark.parametrize("seed", [1, 2])
def test_ledger_waiting_surnames_after_batches_in_any_order_equal_a_rebuild(tmp_path, seed):
    records = _corpus(24, seed)
    path = tmp_path / "clean.duckdb"
    _ingest(path, records, len(records))
    with open_ledger(path) as ledger:
        ledger.rebuild()
        expected = _keys(ledger), _firsts(ledger)
    keys = [k for _, _, k, _ in expected[0]]
    assert any(k.startswith("person:?") for k in keys), "no surname stayed waiting"
    assert sum(1 for k in keys if not k.startswith("person:?")) > len(keys) // 3
    assert expected[1], "no first name was credited with a quote cluster"
    rng = random.Random(seed)
    for n, batch in enumerate((1, 1, 3)):
        order = records[:]
        rng.shuffle(order)
        got = _ingest(tmp_path / f"{n}.duckdb", order, batch)
        assert got == expected, (n, batch)


def _spy(monkeypatch) -> list:  # noqa: ANN001
    """The article ids of the waiting mentions each ingest re-resolves."""
    seen: list = []
    original = merge.resolve_surnames

    def spy(block, mentions):  # noqa: ANN001, ANN202
        seen.extend(m[0] for m in mentions)
        return original(block, mentions)

    monkeypatch.setattr(merge, "resolve_surnames", spy)
    return seen


def test_ledger_new_title_rereads_only_the_mentions_holding_it(tmp_path, monkeypatch):
    said = '"{q}," {s} said.'
    old = [article(said.format(q=QUOTES[i], s=source), path=f"o{i}.txt",
                   attributions=((source, "person", None, "said", QUOTES[i], "direct"),))
           for i, source in enumerate(("Minister Kovacs", "Senator Kovacs", "Kovacs"))]
    laszlo = article(said.format(q=QUOTES[3], s="General Laszlo Kovacs"), path="l.txt",
                     entities=(("Laszlo Kovacs", "person", "General"),),
                     attributions=(("General Laszlo Kovacs", "person", "E1", "said",
                                    QUOTES[3], "direct"),))
    anna = article(said.format(q=QUOTES[3], s="Minister Anna Kovacs"), path="a.txt",
                   entities=(("Anna Kovacs", "person", "Minister"),),
                   attributions=(("Minister Anna Kovacs", "person", "E1", "said",
                                  QUOTES[3], "direct"),))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(old)
        seen = _spy(monkeypatch)
        ledger.add_records([laszlo])  # a title no waiting mention holds: none read again
        assert seen == []
        ledger.add_records([anna])  # the minister's title: only "Minister Kovacs" read
        assert seen == [old[0].id]
        moved = ledger.con.execute("SELECT source_key FROM attributions WHERE article_id = ?",
                                   [old[0].id]).fetchall()
        assert moved == [("person:anna kovacs",)]


def test_ledger_same_person_quoted_again_rereads_no_cluster_member(tmp_path, monkeypatch):
    quote = QUOTES[0]
    said = '"{q}," {s} said.'

    def full(path: str) -> object:
        return article(said.format(q=quote, s="Anna Okafor") + f" ({path})", path=path,
                       entities=(("Anna Okafor", "person", None),),
                       attributions=(("Anna Okafor", "person", "E1", "said", quote,
                                      "direct"),))

    waiting = article(said.format(q=quote, s="Mr. Okafor"), path="w.txt",
                      attributions=(("Mr. Okafor", "person", None, "said", quote, "direct"),))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([waiting, full("f1.txt")])
        assert ledger.con.execute("SELECT source_key FROM attributions WHERE article_id = ?",
                                  [waiting.id]).fetchall() == [("person:anna okafor",)]
        seen = _spy(monkeypatch)
        ledger.add_records([full("f2.txt")])  # the cluster's first names are unchanged
        assert seen == []


def test_ledger_of_schema_10_gets_cluster_firsts_and_indexes_in_place(tmp_path):
    path = tmp_path / "old.duckdb"
    records = _corpus(8, 3)
    _ingest(path, records, 2)
    with open_ledger(path) as ledger:
        expected = _keys(ledger)
    with open_ledger(path) as ledger:
        con = ledger.con
        kept = con.execute("SELECT * FROM cluster_firsts ORDER BY ALL").fetchall()
        assert kept
        waiting = con.execute("SELECT * FROM waiting_people ORDER BY ALL").fetchall()
        assert waiting
        for index in ("cluster_firsts_cluster", "attributions_initials",
                      "waiting_people_cluster", "waiting_people_surname"):
            con.execute(f"DROP INDEX {index}")
        con.execute("DROP TABLE cluster_firsts")
        con.execute("DROP TABLE waiting_people")
        con.execute("UPDATE ledger_meta SET value = '10' WHERE key = 'schema'")
        merges = con.execute("SELECT value FROM ledger_meta WHERE key = 'merges'").fetchall()
    with open_ledger(path) as ledger:
        con = ledger.con
        assert con.execute("SELECT * FROM cluster_firsts ORDER BY ALL").fetchall() == kept
        assert con.execute("SELECT * FROM waiting_people ORDER BY ALL").fetchall() == waiting
        indexes = {r[0] for r in con.execute("SELECT index_name FROM duckdb_indexes()"
                                             ).fetchall()}
        assert {"cluster_firsts_cluster", "attributions_initials", "waiting_people_cluster",
                "waiting_people_surname"} <= indexes
        assert con.execute("SELECT value FROM ledger_meta WHERE key IN ('schema', 'merges') "
                           "ORDER BY key").fetchall() == [*merges, (SCHEMA_VERSION,)]
        ledger.add_records(_corpus(4, 4))  # and ingests on from there
        _firsts(ledger)
        assert set(expected) <= set(_keys(ledger))


def test_ledger_mention_moved_into_a_source_of_its_article_counts_that_article_once(
        tmp_path):
    said = '"{q}," {s} said.'
    both = article(" ".join(said.format(q=q, s=s) for q, s in zip(
        QUOTES, ("Anna Kovacs", "Peter Kovacs", "Minister Kovacs"), strict=False)),
        path="both.txt", entities=(("Anna Kovacs", "person", None),
                                   ("Peter Kovacs", "person", None)),
        attributions=(("Anna Kovacs", "person", "E1", "said", QUOTES[0], "direct"),
                      ("Peter Kovacs", "person", "E2", "said", QUOTES[1], "direct"),
                      ("Minister Kovacs", "person", None, "said", QUOTES[2], "direct")))
    titled = article(said.format(q=QUOTES[3], s="Minister Anna Kovacs"), path="t.txt",
                     entities=(("Anna Kovacs", "person", "Minister"),),
                     attributions=(("Minister Anna Kovacs", "person", "E1", "said",
                                    QUOTES[3], "direct"),))
    _ingest(tmp_path / "l.duckdb", [both, titled], 1)  # sums checked against members
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        assert ledger.con.execute(
            "SELECT n_attributions, n_articles FROM source_stats "
            "WHERE key = 'person:anna kovacs'").fetchall() == [(3, 2)]
