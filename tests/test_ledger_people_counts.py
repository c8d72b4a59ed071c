"""Issue 11: a count of people is one series whatever its wording. "23 people had died"
(counted "people had died", unit people) and "18 deaths" (counted "deaths", unit death)
count the dead alike, so on one day they disagree; their series keys were "dead people |
people" and "dead | death", two series, and the clash was never flagged
(figures.people_reading, data/ledger_counted.json people_states)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from according.ledger import figures, open_ledger, rebuild
from according.ledger.figures import counted_key
from ledger_records import article, full_signature
from test_ledger_names_unicode import _rows

DAY = "2026-03-02T08:00:00+00:00"
DEAD = counted_key("people had died", "people")
INJURED = counted_key("people were wounded", "people")


@pytest.mark.parametrize(("counted", "unit"), [
    ("deaths", "death"), ("fatalities", "fatality"), ("dead", "dead"), ("killed", "people"),
    ("death toll", None), ("people killed", "people"), ("deaths", None),
])
def test_counted_key_a_count_of_the_dead_is_a_count_of_people(counted, unit):
    assert counted_key(counted, unit) == DEAD == "dead people | people"


@pytest.mark.parametrize(("counted", "unit"), [
    ("injuries", "injury"), ("wounded", "wounded"), ("people injured", "people"),
])
def test_counted_key_a_count_of_the_injured_is_a_count_of_people(counted, unit):
    assert counted_key(counted, unit) == INJURED == "injured people | people"


@pytest.mark.parametrize(("counted", "unit", "key"), [
    ("dead cattle", None, "cattle dead | "),  # not only what befell people: no unit given
    ("homes had been destroyed", "home", "destroyed homes | home"),
    (None, "people", " | people"),  # what is counted not given: left uncounted
    (None, "death", " | death"),
    ("deaths", "tonne", "dead | tonne"),  # a unit of its own is kept
])
def test_counted_key_other_counts_keep_their_unit(counted, unit, key):
    assert counted_key(counted, unit) == key
    assert counted_key("deaths", "death") != counted_key("injuries", "injury")


def _pair() -> list:
    """Two outlets, one day, one flood: 23 people had died against 18 deaths."""
    first = article("Officials said 23 people had died in the flood by Monday.",
                    outlet="Harbour Gazette", published=DAY, path="gazette.txt",
                    quantities=(("23 people", 23, None, None, None, "people had died",
                                 "people"),))
    second = article("The flood has caused 18 deaths, the Red Cross said on Monday.",
                     outlet="Kestrel Times", published=DAY, path="kestrel.txt",
                     quantities=(("18 deaths", 18, None, None, None, "deaths", "death"),))
    return [first, second]


def test_ledger_people_had_died_and_deaths_are_one_series_that_disagrees(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_pair())
        found = [s for s in ledger.figures(counted="dead").items if len(s.figures) > 0]
        assert len(found) == 1
        (series,) = found
        assert series.key == "dead people | people"
        assert sorted(f.value for f in series.figures) == [18, 23]
        assert len(series.disagreements) == 1


# -- a ledger merged under the counted table before people_states, migrated in place -------

HISTORY = Path(rebuild.__file__).parent.parent / "data" / rebuild.HISTORY
OLD_TEXT = gzip.decompress((HISTORY / "ledger_counted.json.ec730cb3d7850d77.gz").read_bytes())


def _old_ledger(path, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    raw = json.loads(OLD_TEXT)
    assert "people_states" not in raw
    rules = {**raw, "stopwords": frozenset(raw["stopwords"]),
             "passive_auxiliaries": frozenset(raw["passive_auxiliaries"])}
    packaged = rebuild.data_file
    with monkeypatch.context() as patch:
        patch.setattr(figures, "counted_rules", lambda: rules)
        patch.setattr(rebuild, "data_file", lambda name: OLD_TEXT
                      if name == "ledger_counted.json" else packaged(name))
        with open_ledger(path) as ledger:
            ledger.add_records(_pair())
            keys = {k for (k,) in ledger.con.execute(
                "SELECT series_key FROM quantities").fetchall()}
            assert keys == {"dead people | people", "dead | death"}  # two series before


def test_ledger_migration_people_counts_in_place_equal_a_clean_ingest(tmp_path, monkeypatch):
    _old_ledger(tmp_path / "old.duckdb", monkeypatch)
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(_pair())
        expected = full_signature(ledger), _rows(ledger)
    rebuilt: list = []
    monkeypatch.setattr(rebuild, "rebuild_file", lambda *a, **k: rebuilt.append(a))
    with open_ledger(tmp_path / "old.duckdb") as ledger:
        assert not ledger.merges_current()
        ledger.rebuild()
        assert ledger.merges_current() and rebuilt == []
        assert (full_signature(ledger), _rows(ledger)) == expected
        (series,) = ledger.figures(counted="dead").items
        assert len(series.disagreements) == 1
