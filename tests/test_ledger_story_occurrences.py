"""Issue 11, merge rules 10: an anonymous source is kept per story, not per article. A wire
story and its copy in another outlet (one near-duplicate group) quoting "a senior official
who asked not to be named" name one occurrence of that official: the claim they carry
counts one source, not two (the stranger trial's wire copies counted n_sources=2 with
n_reports=1). Two independent articles' officials stay two people."""

from __future__ import annotations

import pytest

from according.ledger import merge, open_ledger, rebuild
from according.ledger.names import is_occurrence_key, occurrence_key
from ledger_records import article, full_signature
from test_ledger_names_unicode import _rows

OFFICIAL = "A senior official who asked not to be named"
CLAIM = "the ceasefire talks in Doha had stalled over the release of prisoners"
BODY = (f"{OFFICIAL} said {CLAIM}. Mediators from Qatar and Egypt had shuttled between the "
        "delegations for three days, carrying maps of the proposed withdrawal lines and lists "
        "of detainees, but neither side moved on the sequence of the exchanges, according to "
        "people briefed on the sessions. Aid agencies warned that fuel for hospital "
        "generators in the north would run out within a week if the crossings stayed shut, "
        "and the United Nations said convoys were waiting at the border for clearance.")
OTHER = (f"{OFFICIAL} said {CLAIM}. In Cairo, families of the detainees gathered outside the "
         "foreign ministry for a fourth night, holding photographs and candles, while a "
         "lawyer for several of them said the courts had not been told where the men were "
         "held or whether they had been charged with anything at all.")
DAY = "2026-11-24T15:05:00+00:00"


def _said(text: str, outlet: str, path: str):  # noqa: ANN202
    return article(text, outlet=outlet, published=DAY, path=path,
                   attributions=((OFFICIAL, "anonymous", None, "said", CLAIM, "indirect"),))


def _records() -> list:
    """A wire story, an independent report and the wire story's copy in another outlet."""
    return [_said(BODY, "Gulf Evening Post", "wire.txt"),
            _said(OTHER, "Nile Courier", "other.txt"),
            _said(BODY + " (Reuters)", "The Cape Courier", "copy.txt")]


def _claim(ledger):  # noqa: ANN001, ANN202
    (claim,) = [c for c in ledger.claims(limit=50).items if "ceasefire" in c.text]
    return claim


def _officials(ledger) -> list[int]:  # noqa: ANN001
    return sorted(s.n_articles for s in ledger.sources(limit=50).items
                  if s.name.startswith("A senior official"))


def test_occurrence_key_is_the_originals_and_only_for_unnamed_sources():
    key = "anonymous:a senior official @sha256:copy"
    assert occurrence_key(key, "sha256:wire") == "anonymous:a senior official @sha256:wire"
    assert is_occurrence_key(key) and is_occurrence_key("document:a report @sha256:a")
    assert not is_occurrence_key("person:? smith @sha256:a")
    assert not is_occurrence_key("org:reuters") and not is_occurrence_key("none")


def test_ledger_anonymous_source_of_a_wire_story_and_its_copy_counts_once(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        groups = ledger.con.execute(
            "SELECT count(DISTINCT group_seq) FROM articles").fetchall()[0][0]
        assert groups == 2  # the copy joined the wire story; the other report is its own
        claim = _claim(ledger)
        assert claim.n_reports == 2 and claim.n_appearances == 3
        assert claim.n_sources == 2  # the story's official once, the other report's once
        assert _officials(ledger) == [1, 2]  # never merged across independent articles


@pytest.mark.parametrize("batches", [(1, 1, 1), (2, 1), (1, 2)])
def test_ledger_story_occurrences_in_any_batches_equal_one_clean_ingest(tmp_path, batches):
    records = _records()
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = full_signature(ledger), _rows(ledger)
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        start = 0
        for size in batches:
            ledger.add_records(records[start:start + size])
            start += size
        assert (full_signature(ledger), _rows(ledger)) == expected
        assert _claim(ledger).n_sources == 2
    rebuild.rebuild_file(tmp_path / "parts.duckdb")  # all merges at once, from its records
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        assert (full_signature(ledger), _rows(ledger)) == expected


def test_ledger_migration_rules_9_story_occurrences_in_place_equal_a_clean_ingest(
        tmp_path, monkeypatch):
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(_records())
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 9: anonymous sources per article
        patch.setattr(merge, "_occurrences_of_batch", lambda con, rows: None)
        patch.setattr(merge, "rekey_story_occurrences", lambda con, groups: [])
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records(_records())
            assert _claim(ledger).n_sources == 3
            rebuild.mark_merges_current(ledger.con, "merge-rules/9")
    rebuilt: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and rebuilt == []
        assert (full_signature(ledger), _rows(ledger)) == expected
        assert _claim(ledger).n_sources == 2


def test_ledger_story_bridged_later_moves_the_absorbed_copies_occurrence(tmp_path):
    """Two reports of their own, then an article holding both (a near-copy of each): the
    three are one story, the second report's official moves to the first's occurrence,
    as one clean ingest and a rebuild give."""
    records = [_said(BODY, "Gulf Evening Post", "first.txt"),
               _said(OTHER, "Nile Courier", "second.txt"),
               _said(BODY + " " + OTHER, "The Cape Courier", "both.txt")]
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = full_signature(ledger), _rows(ledger)
        assert ledger.con.execute(
            "SELECT count(DISTINCT group_seq) FROM articles").fetchall() == [(1,)]
        assert _claim(ledger).n_sources == 1 and _officials(ledger) == [3]
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        ledger.add_records(records[:2])
        assert _claim(ledger).n_sources == 2
        ledger.add_records(records[2:])
        assert (full_signature(ledger), _rows(ledger)) == expected
    rebuild.rebuild_file(tmp_path / "parts.duckdb")
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        assert (full_signature(ledger), _rows(ledger)) == expected
