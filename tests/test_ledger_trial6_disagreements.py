"""Stranger trial 6 (a disputed governorship election): the only disagreement flagged was
false -- an observer group's random sample of 500 polling units against the 212 units an
official said were entered twice, a sample's size and an error count -- while a police
toll of three killed against a hospital official's seven bodies was never compared
("bodies had been brought" was a series of its own). Bodies are the dead
(data/ledger_counted.json), and a figure that counts bare things as the measure of a
noun before it ("a sample of 500 polling units", "results from 212 polling units") is
compared with none (disagreements.measures_another). Short articles written for these
tests, through the real pipeline."""

from __future__ import annotations

import pytest

from according.ledger import derive, open_ledger, rebuild
from according.ledger.disagreements import measures_another
from according.ledger.figures import counted_key
from ledger_migrations import migrated_in_place
from ledger_records import full_signature
from test_ledger_names_unicode import _rows

MORTUARY = """Lakeside Herald
Four killed as protesters clash with police in Marenga
By Ruth Achieng
Published 2:10 p.m. Monday, March 9, 2026

MARENGA - Police said four people were killed in clashes between rival supporters in \
the town of Marenga on Monday.

A doctor at the district hospital, who asked not to be named because she was not \
authorised to speak to the media, said nine bodies had been brought to the hospital \
mortuary since Sunday.

Shops in the town centre stayed shut and the market was empty.
"""

SAMPLE = """Lakeside Herald
Monitors say count in Marenga cannot be verified
By Ruth Achieng
Published 2:10 p.m. Monday, March 9, 2026

MARENGA - The Citizens' Election Watch, which sent 800 observers to a random sample of \
300 polling stations, said on Monday that its count could not confirm the result.

A senior election official, speaking on condition of anonymity, said results from 120 \
polling stations had been entered twice in the tally. "It was an error and it has been \
put right," the official said.
"""


def _ingest(tmp_path, name: str, text: str):  # noqa: ANN202
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.ingest([path])
    return db


def test_counted_key_bodies_count_the_dead():
    killed = counted_key("people were killed", "people")
    assert counted_key("bodies had been brought", "body") == killed
    assert counted_key("bodies", "body") == killed
    assert counted_key("bodies were recovered", "bodies") == killed
    assert counted_key("people had been detained", "people") == counted_key(
        "people had been arrested", "people")
    assert counted_key("arrests", "arrest") == counted_key("people had been arrested", "people")
    assert counted_key("homes found", "home") != counted_key("homes", "home")


def test_measures_another_reads_the_noun_before_of_or_from():
    text = "a random sample of 300 polling stations; results from 120 polling stations"
    assert measures_another(text, text.index("300"), "polling stations")
    assert measures_another(text, text.index("120"), "polling stations")
    kept = "a total of 57 polling stations; a group of 30 migrants; the toll of 12 deaths"
    assert not measures_another(kept, kept.index("57"), "polling stations")
    assert not measures_another(kept, kept.index("30"), "migrants")
    assert not measures_another(kept, kept.index("12"), "deaths")
    # a count that says what befell its things is no bare count
    said = "reports of 14 homes destroyed; the deaths of 9 people killed"
    assert not measures_another(said, said.index("14"), "homes destroyed")
    assert not measures_another(said, said.index("9"), "people killed")


def test_ledger_police_toll_and_hospital_bodies_disagree(tmp_path):
    db = _ingest(tmp_path, "herald.txt", MORTUARY)
    with open_ledger(db, read_only=True) as ledger:
        found = list(ledger.disagreements(limit=50).items)
    assert [{d.first.text, d.second.text} for d in found] == [{"four", "nine"}]
    assert found[0].within_article


def test_ledger_sample_size_and_error_count_do_not_disagree(tmp_path):
    db = _ingest(tmp_path, "herald.txt", SAMPLE)
    with open_ledger(db, read_only=True) as ledger:
        counted = dict(ledger.con.execute("SELECT text, counted FROM quantities").fetchall())
        found = list(ledger.disagreements(limit=50).items)
    # one series, one day, one place: only the reading of "sample of" and "results from"
    # keeps them apart
    assert counted["300"] == counted["120"] == "polling stations"
    assert found == []


def test_ledger_migration_rules_22_stops_comparing_a_sample_in_place(tmp_path, monkeypatch):
    """A ledger merged under merge rules 22 (a sample's size compared as a count) is
    migrated in place to what one clean ingest gives: its disagreement gone."""
    (tmp_path / "clean").mkdir()
    clean = _ingest(tmp_path / "clean", "herald.txt", SAMPLE)
    with open_ledger(clean, read_only=True) as ledger:
        expected = full_signature(ledger), _rows(ledger)
    (tmp_path / "old").mkdir()
    with monkeypatch.context() as patch:  # merge rules 22: no figure measures another
        patch.setattr(derive, "measures_another", lambda *a: False)
        old = _ingest(tmp_path / "old", "herald.txt", SAMPLE)
        with open_ledger(old) as ledger:
            assert len(ledger.disagreements(limit=50).items) == 1
            rebuild.mark_merges_current(ledger.con, "merge-rules/23")
    assert migrated_in_place(old, monkeypatch) == expected
    with open_ledger(old, read_only=True) as ledger:
        assert ledger.disagreements(limit=50).items == ()


def test_measures_another_keeps_parts_of_a_whole_and_shares():
    """Read on the 10k bench ledger: "one of the seven states", "each of the five states"
    and "a turnout of 4 million voters" count what they name; a share is always of
    something ("31 percent of Republican voters")."""
    text = ("in one of the seven states; in each of the five states; a turnout of 4 "
            "million voters; support of 31 percent of Republican voters")
    assert not measures_another(text, text.index("seven"), "states")
    assert not measures_another(text, text.index("five"), "states")
    assert not measures_another(text, text.index("4 million"), "voters")
    assert not measures_another(text, text.index("31"), "voters", "percent")
    assert measures_another("The poll of 1,033 adults", 12, "adults")


@pytest.mark.parametrize(("sentence", "poll"), [
    ("Results from 212 polling units had been entered twice.", False),
    ("Turnout at 300 polling stations was 41 percent.", False),
    ("The polls closed at 6 p.m. after 12 hours of voting.", False),
    ("A poll by the Solvena Institute put the party at 34 percent.", True),
    ("Recent polling gives the party 31 percent.", True),
])
def test_an_elections_polling_stations_are_no_poll(sentence, poll):  # noqa: ANN001
    """An election's polling stations, units and closing polls are where votes are cast,
    not a pollster's measure: their counts are compared across sources like any other
    (trial 6's 300 and 120 polling stations were kept apart as two pollsters' shares)."""
    from according.ledger.figures import measured_by_poll

    digits = next(i for i, c in enumerate(sentence) if c.isdigit())
    assert measured_by_poll(sentence, digits) is poll
