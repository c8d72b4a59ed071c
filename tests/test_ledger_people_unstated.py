"""Stranger trial 2: "about 400 people unaccounted for" (the emergency office) and "140
people treated at MSF's clinic" reached the ledger as counted "people", unit people, and
were flagged as disagreeing in one series "people". A count of people that says only
"people" does not say what it counts (data/ledger_counted.json: "people" is a stop word),
so it is compared with none; "unaccounted for" is missing."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from according.ledger import figures, open_ledger, rebuild
from according.ledger.figures import comparable, counted_key
from ledger_records import article, full_signature
from test_ledger_names_unicode import _rows

DAY = "2026-11-22T18:00:00+00:00"


@pytest.mark.parametrize(("counted", "unit"), [("people", "people"), ("persons", None),
                                               ("people", None)])
def test_counted_key_people_alone_does_not_say_what_is_counted(counted, unit):
    assert not comparable(counted_key(counted, unit).split(" | ")[0], "2026-11-22")


def test_counted_key_unaccounted_for_is_missing_and_treated_is_its_own():
    missing = counted_key("people are missing", "people")
    assert counted_key("people unaccounted for", "people") == missing
    assert counted_key("people treated", "people") not in (missing, "people | people")
    assert counted_key("people killed", None) == counted_key("deaths", "death")


def _pair() -> list:
    """The emergency office's 400 unaccounted for and MSF's 140 treated, one day, one
    place, each read by the extractor as counting only "people"."""
    first = article("DREVNY - About 400 people remain unaccounted for, the emergency office "
                    "said on Sunday.", outlet="Harbour Gazette", published=DAY,
                    path="gazette.txt", quantities=(("About 400 people", 400, 360, 440,
                                                     "about", "people", "people"),))
    second = article("DREVNY - Some 140 people were treated at MSF's clinic on Sunday.",
                     outlet="Kestrel Times", published=DAY, path="kestrel.txt",
                     quantities=(("140 people", 140, None, None, None, "people",
                                  "people"),))
    return [first, second]


def _with_bare_persons() -> list:
    """The pair and a figure that does not say what it counts, in persons: its series key
    is the same under both tables, so a migration leaves it alone, and its words (people,
    for a `counted` filter) must be what a clean ingest gives."""
    third = article("DREVNY - Rescuers reached 40 persons on Sunday.", outlet="Harbour "
                    "Gazette", published=DAY, path="rescuers.txt",
                    quantities=(("40 persons", 40, None, None, None, None, "persons"),))
    return [*_pair(), third]


def test_ledger_unaccounted_for_and_treated_people_do_not_disagree(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_pair())
        series = ledger.figures().items
        assert all(s.key != "people | people" for s in series)
        assert [s.disagreements for s in series] == [()]
        assert ledger.con.execute("SELECT sum(n_disagreements) FROM series_stats"
                                  ).fetchall()[0][0] == 0


# -- a ledger merged under the counted table before "people" was a stop word ---------------

HISTORY = Path(rebuild.__file__).parent.parent / "data" / rebuild.HISTORY
OLD_TEXT = gzip.decompress((HISTORY / "ledger_counted.json.69c3e9045b46e08b.gz").read_bytes())


def _old_ledger(path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    raw = json.loads(OLD_TEXT)
    assert "people" not in raw["stopwords"]
    rules = {**raw, "stopwords": frozenset(raw["stopwords"]),
             "passive_auxiliaries": frozenset(raw["passive_auxiliaries"])}
    packaged = rebuild.data_file
    with monkeypatch.context() as patch:
        patch.setattr(figures, "counted_rules", lambda: rules)
        patch.setattr(rebuild, "data_file", lambda name: OLD_TEXT
                      if name == "ledger_counted.json" else packaged(name))
        with open_ledger(path) as ledger:
            ledger.add_records(_with_bare_persons())
            (n,) = ledger.con.execute("SELECT sum(n_disagreements) FROM series_stats "
                                      "WHERE key = 'people | people'").fetchall()[0]
            assert n > 0  # the false disagreement, before


def test_ledger_migration_people_alone_in_place_equals_a_clean_ingest(tmp_path, monkeypatch):
    _old_ledger(tmp_path / "old.duckdb", monkeypatch)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(_with_bare_persons())
        expected = full_signature(ledger), _rows(ledger)
    rebuilt: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and rebuilt == []
        assert (full_signature(ledger), _rows(ledger)) == expected
        assert all(not s.disagreements for s in ledger.figures().items)
        assert {s.key for s in ledger.figures(counted="people").items} == {
            " | people", " | persons"}


def test_ledger_people_still_filters_figures_of_people(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_pair())
        assert [s.key for s in ledger.figures(counted="people").items] == [" | people"]
        assert ledger.figures(counted="persons").items[0].key == " | people"
