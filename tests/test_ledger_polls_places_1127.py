"""Stranger trials 4 (floods in Lusavia) and 5 (a budget vote and polls in Valdoria):

- two polls by different pollsters were set against each other as a disagreement; a
  figure of a sentence naming a poll or survey is one pollster's measure, compared only
  with its own source's (figures.measured_by_poll);
- a wire story "SOLVENA, Nov 24 (Reuters) - Valdoria's parliament …" placed its debt ratio
  in "solvena", another report's in "valdoria", and they were never compared: a bare
  dateline over a text naming no place gives way to the article's country;
- Lusavia's own relief fund, in a sentence naming no place (its "Lusavia" typed an
  organisation), was placed in "united states", the donor its article named most: a
  donor's place is not its article's most named place, and a name its record shows is a
  place (a dateline's part, "northern Lusavia") is one whatever the tagger typed;
- where a source spoke or is ("said in a speech in Solvena", "a diplomat in Solvena")
  places nothing.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from according.ledger import open_ledger
from according.ledger.derive import sentence_places
from according.ledger.figures import place_of_donor, place_of_speaker, placed_figure
from ledger_records import article, placed_by_dateline, span

WEDNESDAY = "2026-03-11T16:00:00+00:00"

HERALD = ("Two polls published this week disagree on the gap. A poll by the Ostrava "
          "Institute put the Green League at 34% and Civic Union at 29%. A second survey, by "
          "Pollwise for the Herald, put the Green League at 31% and Civic Union at 30%.")
WIRE = "A poll by the Ostrava Institute put the Green League at 34% on Monday."
RIVAL = "A poll by the Ostrava Institute put the Green League at 38% on Monday."


def _attributed(record, sources):  # noqa: ANN001, ANN202
    """`record` with its figures given, in order, to the attributions numbered `sources`."""
    return replace(record, quantities=tuple(
        replace(q, attribution=a) for q, a in zip(record.quantities, sources, strict=True)))


def _poll_records(*, rival: bool = False) -> list:
    ostrava = ("the Ostrava Institute", "organization", None, "put",
               "the Green League at 34% and Civic Union at 29%", "indirect")
    herald = article(
        HERALD, outlet="The Herald", published=WEDNESDAY, path="herald.txt",
        entities=(("Ostrava Institute", "organization", None),
                  ("Pollwise", "organization", None)),
        attributions=(ostrava, ("Pollwise", "organization", None, "put",
                                "the Green League at 31% and Civic Union at 30%",
                                "indirect")),
        quantities=(("34%", 34, None, None, None, "Green League", "percent"),
                    ("29%", 29, None, None, None, "Civic Union", "percent"),
                    ("31%", 31, None, None, None, "Green League", "percent"),
                    ("30%", 30, None, None, None, "Civic Union", "percent")))
    text = RIVAL if rival else WIRE
    wire = article(
        text, outlet="Wire", published=WEDNESDAY, path="wire.txt",
        entities=(("Ostrava Institute", "organization", None),),
        attributions=(("the Ostrava Institute", "organization", None, "put",
                       "the Green League at 38%" if rival else "the Green League at 34%",
                       "indirect"),),
        quantities=(("38%" if rival else "34%", 38 if rival else 34, None, None, None,
                     "Green League", "percent"),))
    return [_attributed(herald, ["A1", "A1", "A2", "A2"]), _attributed(wire, ["A1"])]


def test_ledger_two_pollsters_shares_are_no_disagreement(tmp_path):
    """The Ostrava Institute's 34% and Pollwise's 31% for one party are one series (what a
    poll series is built from) but no disagreement, within one report or across two."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_poll_records())
        (series,) = ledger.figures(counted="green league")
        found = ledger.disagreements(limit=50)
    assert sorted(f.text for f in series.figures) == ["31%", "34%", "34%"]
    assert found.total == 0


def test_ledger_one_pollsters_share_reported_two_ways_disagrees(tmp_path):
    """Two reports of the same pollster's share that cannot both hold still disagree."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_poll_records(rival=True))
        (row,) = ledger.disagreements(limit=50).items
    assert {row.first.text, row.second.text} == {"34%", "38%"}


def test_ledger_merged_by_rules_24_compares_polls_by_pollster_in_place(tmp_path, monkeypatch):
    """merge-rules/24 -> 25: a ledger that set two pollsters' shares against each other is
    brought, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import derive
    from ledger_records import assert_migrated_in_place

    found: list = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, _poll_records(),
        [(derive, "measured_by_poll", lambda *a, **k: False)], "merge-rules/24",
        lambda ledger: found.append(ledger.disagreements(limit=50).total))
    assert found == [0]


CAPITAL = ("MAROSH - Dorvania's parliament approved the budget on Tuesday. Public debt stands "
           "at 71% of GDP, according to finance ministry figures.")
ELSEWHERE = "The IMF estimates public debt in Dorvania at 74% of GDP."


def _capital_records() -> list:
    wire = article(CAPITAL, outlet="Wire", published=WEDNESDAY, path="wire.txt",
                   entities=(("Dorvania", "place", None),),
                   quantities=(("71%", 71, None, None, None, "debt of GDP", "percent"),))
    wire = placed_by_dateline(wire, "MAROSH", len("MAROSH - "), "2026-03-11")
    other = article(ELSEWHERE, outlet="Other", published=WEDNESDAY, path="other.txt",
                    entities=(("IMF", "organization", None), ("Dorvania", "place", None)),
                    quantities=(("74%", 74, None, None, None, "debt of GDP", "percent"),))
    return [wire, other]


def test_ledger_bare_capital_dateline_gives_way_to_the_articles_country(tmp_path):
    """A capital's dateline over a text naming no place ("Dorvania's parliament" names
    whose body, not where) places the debt ratio in Dorvania, where the IMF's is."""
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_capital_records())
        (series,) = ledger.figures(counted="debt")
    assert {f.text: f.place for f in series.figures} == {"71%": "dorvania", "74%": "dorvania"}
    (clash,) = series.disagreements
    assert {clash.first.text, clash.second.text} == {"71%", "74%"}


DONOR = ("The United States will provide $18 million in aid after the floods, the embassy "
         "said. The United States pledged more help later. Rescuers searched Orvane province. "
         "Officials have already set aside 8 million euros for relief.")


def test_placed_figure_not_in_a_donors_country():
    places = [(DONOR.index("United States"), "United States"),
              (DONOR.index("United States", 20), "United States"),
              (DONOR.index("Orvane province"), "Orvane province")]
    assert place_of_donor(DONOR, places[0][0], places[0][0] + len("United States"))
    assert placed_figure(DONOR, DONOR.index("8 million euros"), places, None) == (
        "orvane province", False)
    # the donor still places its own clause's figure
    assert placed_figure(DONOR, DONOR.index("$18"), places, None) == ("united states", True)


def test_sentence_places_a_name_its_record_shows_is_a_place():
    text = ("BREKKA, Lusavia - Lusavia has set aside 8 million euros. Floods in northern "
            "Kestria killed 12 people. Halden Bank said it would help.")
    record = article(text, entities=(("Lusavia", "organization", None),
                                     ("Kestria", "person", None),
                                     ("Halden Bank", "organization", None)))
    lusavia = replace(record.entities[0], mentions=(span(text, "Lusavia", 1),))
    record = placed_by_dateline(replace(record, entities=(lusavia, *record.entities[1:])),
                                "BREKKA, Lusavia", len("BREKKA, Lusavia - "), "2026-11-24")
    assert [name for _, name in sentence_places(record)] == ["Lusavia", "Kestria"]


@pytest.mark.parametrize(("before", "spoke_there"), [
    ("Horvat said in a speech in ", True),
    ("Speaking at a conference in ", True),
    ("A diplomat in ", True),
    ("12 people were killed at a rally in ", False),
    ("Floods hit homes in ", False),
])
def test_place_of_speaker_an_event_or_a_source_there(before: str, spoke_there: bool):
    assert place_of_speaker(before + "Solvena, 5 died.", len(before)) is spoke_there
