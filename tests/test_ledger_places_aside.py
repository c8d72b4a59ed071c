"""A phrase set off by commas inside a sentence places only its own figures: "aid pledged
so far, including 25 million euros from the European Union and $18 million from the United
States, covered around 35% of the 120 million dollars …" placed the 35% and the 120 million
in the United States (the flood trial: the clause of the "and $18 million" ran on to the
sentence's end). Each comma after the aside's opening word ends a piece of it."""

from __future__ import annotations

import re

import pytest

from according.ledger import open_ledger
from according.ledger.figures import figure_clause, placed_figure
from ledger_records import article, placed_by_dateline

AID = ("Donors, including $40 million from Germany and $12 million from Japan, have so far "
       "covered about 30% of the money needed across Varn district, the agency said.")
LISTED = ("Aid pledged so far, including $40 million from Germany, $5 million from Norway "
          "and $12 million from Japan, covered 30% of what the agency needs.")


def _places(text: str, *names: str) -> list[tuple[int, str]]:
    return [(text.index(n), n) for n in names]


@pytest.mark.parametrize(("text", "figure", "place"), [
    (AID, "$40 million", "germany"),
    (AID, "$12 million", "japan"),
    (AID, "30%", "varn district"),
    (LISTED, "$5 million", "norway"),
    (LISTED, "$12 million", "japan"),
])
def test_placed_figure_inside_and_after_an_aside(text, figure, place):  # noqa: ANN001
    places = _places(text, *(n for n in ("Germany", "Norway", "Japan", "Varn district")
                             if n in text))
    assert placed_figure(text, text.index(figure), places, None) == (place, True)


def test_figure_after_an_aside_is_not_placed_by_it():
    places = _places(LISTED, "Germany", "Norway", "Japan")
    start = LISTED.index("30%")
    a, b = figure_clause(LISTED, 0, len(LISTED), start, start + 3)
    assert LISTED[a:b] == "covered 30% of what the agency needs."
    assert placed_figure(LISTED, start, places, None)[1] is False  # no place of its own


def test_aside_keeps_a_relative_clause_about_its_place():
    text = "The aid, including 40 tonnes for Osk, which lost 12 homes, arrived on Monday."
    assert placed_figure(text, text.index("12"), _places(text, "Osk"), None) == ("osk", True)


TUESDAY = "2026-11-24T10:00:00+00:00"
FOLLOWUP = "Aid has covered 45% of the money needed across Varn district, the agency said."


def _records() -> list:
    first = article(
        "VARN - " + AID, published=TUESDAY, path="aid.txt", outlet="Varn Times",
        entities=(("Germany", "place", None), ("Japan", "place", None),
                  ("Varn district", "place", None)),
        attributions=(("the agency", "organization", None, "said",
                       "Donors, including $40 million from Germany and $12 million from Japan,"
                       " have so far covered about 30% of the money needed across Varn "
                       "district", "indirect"),),
        quantities=(("about 30%", 30, 27, 33, "about", "money needed", "percent"),))
    second = article(
        FOLLOWUP, published=TUESDAY, path="followup.txt", outlet="Osk Courier",
        entities=(("Varn district", "place", None),),
        attributions=(("the agency", "organization", None, "said",
                       "Aid has covered 45% of the money needed across Varn district",
                       "indirect"),),
        quantities=(("45%", 45, None, None, None, "money needed", "percent"),))
    return [placed_by_dateline(first, "VARN", len("VARN - "), "2026-11-24"),
            placed_by_dateline(second, "", 0, "2026-11-24")]


def test_ledger_compares_the_figure_after_an_aside_where_it_is(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        (series,) = ledger.figures(counted="money needed")
    assert {f.text: f.place for f in series.figures} == {
        "about 30%": "varn district", "45%": "varn district"}
    assert len(series.disagreements) == 1


def test_ledger_merged_by_rules_17_is_placed_again_in_place(tmp_path, monkeypatch):
    """merge-rules/17 -> 18: a ledger whose figures after an aside were placed by its
    places is brought, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import figures
    from ledger_records import assert_migrated_in_place

    found: list = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, _records(), [(figures, "_ASIDE", re.compile(r"(?!)"))],
        "merge-rules/17", lambda ledger: found.extend(ledger.figures(
            counted="money needed").items))
    (series,) = found
    assert len(series.disagreements) == 1
