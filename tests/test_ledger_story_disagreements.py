"""Issue 11, merge rules 11: a disagreement is a pair of original reports, not of figures.
The stranger trial's "people killed" said n_disagreements 6 where one fact (18 against 23
for one day) was repeated over a wire story's copy, a republished local story and both
orders of each pair. Now a wire story, its copy and an independent story with another
toll are exactly one disagreement, in whatever order they come; one story's two sources
that disagree are one, however many copies repeat them; an update of one story revising
its own toll (one voice) is none (disagreements.py)."""

from __future__ import annotations

import itertools
import random
from dataclasses import replace

import duckdb
import pytest

from according.ledger import disagreements, open_ledger, rebuild
from according.ledger.disagreements import Member
from ledger_records import article, full_signature

DAY = "2026-11-22"
WIRE_BODY = ("Flash floods tore through the Velmora valley overnight and {n} people were killed, "
             "provincial authorities said on Sunday. Rescue teams were searching for hundreds "
             "of missing villagers along the river, and the regional hospital said it had "
             "treated dozens of people for injuries and exposure after the water swept "
             "through three villages before dawn, cutting roads and power lines.")
LOCAL_BODY = ("The mayor of Drevny, Irena Vask, said {n} people were killed in the town when the "
              "river broke its banks. Volunteers filled sandbags outside the school as the "
              "water kept rising, and the town council opened the sports hall to families "
              "whose homes were flooded, offering blankets, hot meals and dry clothes.")


def _toll(body: str, n: int, source: str, outlet: str, path: str, published: str,
          extra: str = ""):  # noqa: ANN202
    text = body.format(n=n) + extra
    record = article(
        text, outlet=outlet, published=published, path=path,
        attributions=((source, "organization", None, "said", f"{n} people were killed",
                       "indirect"),),
        quantities=((str(n), n, None, None, None, "people were killed", "people"),))
    return replace(record, quantities=tuple(
        replace(q, as_of=DAY, as_of_from="text", attribution="A1") for q in record.quantities))


def _wire(n: int = 18):  # noqa: ANN202
    return _toll(WIRE_BODY, n, "provincial authorities", "Reuters", "wire.txt",
                 "2026-11-22T12:00:00+00:00")


def _copy(n: int = 18):  # noqa: ANN202
    return _toll(WIRE_BODY, n, "provincial authorities", "The Northern Courier", "copy.txt",
                 "2026-11-22T18:40:00+00:00", " (Reuters)")


def _local(n: int = 23, path: str = "local.txt", published: str = "2026-11-22T21:15:00+00:00",
           extra: str = ""):  # noqa: ANN202
    return _toll(LOCAL_BODY, n, "The mayor", "Drevny Daily Post", path, published, extra)


def _count(ledger) -> int:  # noqa: ANN001
    return ledger.con.execute("SELECT coalesce(sum(n_disagreements), 0) FROM series_stats"
                              ).fetchall()[0][0]


def _stories(ledger) -> int:  # noqa: ANN001
    return ledger.con.execute("SELECT count(DISTINCT group_seq) FROM articles").fetchall()[0][0]


@pytest.mark.parametrize("order", list(itertools.permutations(range(4))))
def test_ledger_wire_copy_and_republished_story_disagree_once_in_any_order(tmp_path, order):
    """A wire story (18) and its copy, a local story (23) and its republication a day
    later: two stories, one disagreement, whichever article comes first, one at a time."""
    records = [_wire(), _copy(), _local(),
               _local(path="wayback.html", published="2026-11-23T02:15:00+00:00",
                      extra=" Archived copy.")]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        for i in order:
            ledger.add_records([records[i]])
        assert _stories(ledger) == 2
        assert _count(ledger) == 1
        (thing,) = ledger.counted_things()
        assert thing.n_disagreements == 1


def test_ledger_story_disagreements_equal_in_one_batch_and_after_a_rebuild(tmp_path):
    records = [_wire(), _copy(), _local(), _local(27, "other.txt", extra=" Later.")]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        assert _count(ledger) == 1  # 18 against 23 (and 27: the local story's own update)
        before = full_signature(ledger)
        ledger.rebuild()
        assert full_signature(ledger) == before


def test_ledger_update_of_one_story_revising_its_toll_is_no_disagreement(tmp_path):
    """A local story and its update (one near-duplicate group) saying 23 then 27: the
    story revising itself. An independent story saying 18 disagrees with it once."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_local(23), _local(27, "update.txt", extra=" Updated.")])
        assert _stories(ledger) == 1 and _count(ledger) == 0
        ledger.add_records([_wire(18)])
        assert _count(ledger) == 1


def test_ledger_stories_agreeing_are_no_disagreement(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_wire(18), _local(18)])
        assert _stories(ledger) == 2 and _count(ledger) == 0


def _two_voices(outlet: str, path: str, extra: str = ""):  # noqa: ANN202
    text = ("Three people were killed when the dam gave way, the mayor said. But police said "
            "7 people were killed in the collapse, and rescuers kept digging through the "
            "night in the mud below the broken wall while families waited at the school." +
            extra)
    record = article(
        text, outlet=outlet, published="2025-06-12T07:00:00+00:00", path=path,
        attributions=(
            ("the mayor", "person", None, "said",
             "Three people were killed when the dam gave way", "indirect"),
            ("police", "group", None, "said", "7 people were killed in the collapse",
             "indirect")),
        quantities=(("Three", 3, None, None, None, "people were killed", "people"),
                    ("7", 7, None, None, None, "people were killed", "people")))
    return replace(record, quantities=tuple(
        replace(q, attribution=a) for q, a in zip(record.quantities, ("A1", "A2"),
                                                  strict=True)))


def test_ledger_two_sources_of_one_story_disagree_once_however_many_copies(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_two_voices("Valley Post", "a.txt")])
        assert _count(ledger) == 1
        ledger.add_records([_two_voices("Hill Times", "b.txt", " (AP)")])
        assert _stories(ledger) == 1 and _count(ledger) == 1
        (series,) = ledger.figures().items
        (clash,) = series.disagreements
        assert clash.within_article
        assert {clash.first.source, clash.second.source} == {"the mayor", "police"}


def test_ledger_disagreement_listed_once_with_every_outlet_of_each_side(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([_copy(), _local(), _wire(),
                            _local(path="wayback.html", extra=" Archived copy.")])
        (series,) = ledger.figures(counted="killed").items
    (clash,) = series.disagreements
    sides = {clash.first.text: clash.first_outlets, clash.second.text: clash.second_outlets}
    assert sorted(sides) == ["18", "23"]
    assert set(sides["18"]) == {"Reuters", "The Northern Courier"}
    assert set(sides["23"]) == {"Drevny Daily Post"}
    assert {clash.first.source, clash.second.source} == {"provincial authorities",
                                                         "The mayor"}
    assert not clash.within_article


def test_ledger_trial_ledger_of_rules_10_counts_pairs_after_migrating_in_place(
        tmp_path, monkeypatch):
    """A ledger whose counts rules 10 made (clashing figures, every inner clash) is brought
    to rules 11 in place, equal to a clean ingest; a migration killed mid-way keeps it."""
    from test_ledger_names_unicode import _rows, assert_killed_migration_keeps_the_ledger

    records = [_wire(), _copy(), _local(), _local(path="wayback.html", extra=" Copy."),
               _two_voices("Valley Post", "a.txt"), _two_voices("Hill Times", "b.txt", " (AP)")]
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = full_signature(ledger), _rows(ledger)
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(records)
        _as_rules_10(ledger.con)
        # each of the 4 tolls clashing with another article's, each of the dam's 4 figures
        # with its copy's, and its 2 inner clashes: 10 where rules 11 count 2
        assert _count(ledger) == 10
        rebuild.mark_merges_current(ledger.con, "merge-rules/10")
    assert_killed_migration_keeps_the_ledger(path, tmp_path, monkeypatch, "refresh",
                                             "merge-rules/10/")
    called: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: called.append(a))
    with open_ledger(path) as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and called == []
        assert (full_signature(ledger), _rows(ledger)) == expected


def _as_rules_10(con: duckdb.DuckDBPyConnection) -> None:
    """Set the counts as merge rules 10 kept them: a group's figures clashing with another
    article's extremes, a series' those plus its inner clashes."""
    from according.ledger.stats import CLASH_SQL

    con.execute(f"""
        UPDATE group_stats SET n_clash = (
            SELECT count(*) FILTER (coalesce({CLASH_SQL.format(q="q")}, false))
            FROM quantities q, group_stats g
            WHERE q.group_id = group_stats.group_id AND g.group_id = group_stats.group_id)""")
    con.execute("""
        UPDATE series_stats SET n_disagreements = coalesce((
            SELECT sum(g.n_clash) FROM group_stats g
            WHERE g.series_id = series_stats.series_id), 0) + (
            SELECT count(*) FROM figure_clashes c WHERE c.series_id = series_stats.series_id)""")


# --- the count in SQL against the pairs one by one -----------------------------------------

def _random_group(rng: random.Random, group: int) -> list[Member]:
    members = []
    for ref in range(rng.randint(1, 14)):
        value = rng.choice([1.0, 2.0, 3.0, 5.0, 8.0])
        kind = rng.random()
        if kind < 0.6:
            lo, hi, lo_open = value, value, False
        elif kind < 0.8:
            lo, hi, lo_open = value, float("inf"), rng.random() < 0.5
        else:
            lo, hi, lo_open = float("-inf"), value, False
        source = rng.randint(0, 2)
        members.append(Member(group * 100 + ref, rng.randint(1, 5), source, lo, hi, lo_open,
                              f"person:{source}" if source else ""))
    return members


def test_count_disagreements_in_sql_equals_the_pairs_counted_one_by_one():
    rng = random.Random(11)
    groups = {g: _random_group(rng, g) for g in range(300)}
    con = duckdb.connect()
    con.execute("CREATE TABLE quantities (group_id BIGINT, ref BIGINT, seq BIGINT, "
                "source_id BIGINT, source_key VARCHAR, lo DOUBLE, hi DOUBLE, lo_open BOOLEAN)")
    con.execute("CREATE TABLE articles (seq BIGINT, group_seq BIGINT)")
    # each figure its own article, of its member's story
    con.executemany("INSERT INTO quantities VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [
        (g, m.ref, m.ref, m.source or None,  # a title-only person is kept per article
         f"{m.voice} @sha256:{m.ref}" if m.voice else None, m.lo, m.hi, m.lo_open)
        for g, ms in groups.items() for m in ms])
    con.executemany("INSERT INTO articles VALUES (?, ?)",
                    [(m.ref, g * 100 + m.story) for g, ms in groups.items() for m in ms])
    table = disagreements.count_disagreements(con, None)
    got = dict(con.execute(f"SELECT group_id, n FROM {table}").fetchall())
    expected = {g: disagreements.count_group([m._replace(story=g * 100 + m.story) for m in ms])
                for g, ms in groups.items()}
    assert any(n > 1 for n in expected.values())
    assert any(disagreements.voice_pairs(ms) for ms in groups.values())
    assert {g: got.get(g, 0) for g in groups} == expected


def test_story_pairs_count_a_story_with_two_tolls_against_each_other_story():
    members = [Member(1, 1, 0, 18, 18, False), Member(2, 1, 0, 23, 23, False),
               Member(3, 2, 0, 23, 23, False), Member(4, 3, 0, 20, 20, False)]
    # story 1 said 18 and 23: it disagrees with story 2 (23 vs 18) and story 3 (20)
    assert disagreements.story_pairs(members) == [(1, 2), (1, 3), (2, 3)]


def test_voice_pairs_keep_one_pair_per_story_and_pair_of_sources_not_a_revision():
    members = [Member(1, 1, 7, 3, 3, False, "a"), Member(2, 1, 9, 7, 7, False, "b"),
               Member(3, 1, 9, 8, 8, False, "b"), Member(4, 1, 8, 3, 3, False, "a"),
               Member(5, 2, 0, 5, 5, False, ""), Member(6, 2, 0, 9, 9, False, "")]
    # story 2's own voice said 5, then 9: a revision, no pair
    assert disagreements.voice_pairs(members) == [(1, "a", "b")]


def _own_toll(text: str, n: int, path: str):  # noqa: ANN202
    record = article(text, outlet="Valley Post", published="2026-11-22T20:00:00+00:00",
                     path=path, quantities=((str(n), n, None, None, None,
                                             "people were killed", "people"),))
    return replace(record, quantities=tuple(
        replace(q, as_of=DAY, as_of_from="text") for q in record.quantities))


def test_ledger_stories_joined_by_a_later_article_are_counted_again(tmp_path):
    """Two stories, each in its own voice (18, then 23), disagree; a roundup holding both
    texts joins them into one story (duplicates.py: a text contained in another), whose
    own voice changing its number is no disagreement: the count drops to what one clean
    ingest of the three gives."""
    first = WIRE_BODY.format(n=18)
    second = LOCAL_BODY.format(n=23)
    records = [_own_toll(first, 18, "a.txt"), _own_toll(second, 23, "c.txt")]
    roundup = article(first + " " + second, outlet="Valley Post", path="b.txt",
                      published="2026-11-22T22:00:00+00:00")
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(records)
        assert _stories(ledger) == 2 and _count(ledger) == 1
        ledger.add_records([roundup])
        assert _stories(ledger) == 1
        found = _count(ledger), full_signature(ledger)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records([*records, roundup])  # one batch
        assert (_count(ledger), full_signature(ledger)) == found
    assert found[0] == 0
