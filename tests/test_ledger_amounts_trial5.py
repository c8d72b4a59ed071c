"""Figures of one counted word that are not amounts of one thing, and places that are no
places (stranger trial 5, a budget vote): `disagreements` compared "42 valdors to the
dollar" (a rate) with a 412-billion budget, new bonds with savings, the 77 votes a budget
needs and the three it passed by with the 78 cast for it, and placed figures in "petrova"
(a finance minister's surname typed a place) and "vienna" (where an economist's employer
is). A rate, what is needed, what a change saves, a margin and a count of a unit that says
what it is of only after it are compared with none (figures.not_an_amount); a place is not
a person's surname nor an employer's place (derive.sentence_places)."""

from __future__ import annotations

import pytest

from according.ledger import open_ledger
from according.ledger.derive import sentence_places
from according.ledger.figures import not_an_amount
from ledger_records import article


def _no_amount(text: str, figure: str, counted: str | None, unit: str | None) -> bool:
    start = text.index(figure)
    return not_an_amount(text, start, start + len(figure), counted, unit)


@pytest.mark.parametrize(("text", "figure", "counted", "unit"), [
    ("about $9.8 billion at the central bank's reference rate of 42 valdors to the dollar.",
     "42", "valdors", "valdor"),
    ("Diesel now costs 1.9 euros per litre, the ministry said.", "1.9 euros", None, "EUR"),
    ("Parliament needs 77 votes for the budget to pass.", "77", "votes", "vote"),
    ("With 77 votes needed, the coalition holds 80 seats.", "77", "votes", "vote"),
    ("Parliament passed the austerity budget by three votes on Tuesday.", "three", "votes",
     "vote"),
    ("The poll has a margin of error of plus or minus 2.5 points.", "2.5", "points", "point"),
    ("The budget would save 18 billion valdors through cuts to subsidies.", "18 billion",
     "valdors", "valdor"),
    ("The ministry would issue 25 billion valdors of new bonds in the first quarter.",
     "25 billion", "valdors", "valdor"),
])
def test_figures_that_are_no_amount_of_their_series(text, figure, counted, unit):  # noqa: ANN001
    assert _no_amount(text, figure, counted, unit)


@pytest.mark.parametrize(("text", "figure", "counted", "unit"), [
    ("The budget sets spending at 412 billion valdors ($9.8 billion).", "412 billion",
     "valdors", "valdor"),
    ("Parliament approved the budget by 78 votes to 75 on Tuesday.", "78", "votes", "vote"),
    ("The budget is approved, 78 votes in favour, 75 against.", "78", "votes", "vote"),
    ("The floods destroyed 40 houses in the valley.", "40", "houses", "house"),
    ("Aid worth 25 million euros of the 120 million pledged has arrived.", "25 million euros",
     "aid", "EUR"),
])
def test_amounts_stay_compared(text, figure, counted, unit):  # noqa: ANN001
    assert not _no_amount(text, figure, counted, unit)


WIRE = ("Parliament passed the 2027 budget by three votes on Tuesday, with 78 votes in favour. "
        "It needed 77 votes to pass. The budget sets spending at 412 billion valdors, the "
        "finance ministry said.")
FACTCHECK = ("Spending is 412 billion valdors, about $9.8 billion at the central bank's "
             "reference rate of 42 valdors to the dollar. The budget would save 18 billion "
             "valdors, and the ministry would issue 25 billion valdors of new bonds.")
TUESDAY = "2026-11-24T20:00:00+00:00"


def _budget_records() -> list:
    return [
        article(WIRE, outlet="Valdoria Wire", published=TUESDAY, path="wire.txt",
                quantities=(("three", 3, None, None, None, "votes", "vote"),
                            ("78", 78, None, None, None, "votes", "vote"),
                            ("77", 77, None, None, None, "votes", "vote"),
                            ("412 billion", 412e9, None, None, None, "valdors", "valdor"))),
        article(FACTCHECK, outlet="FactCheck Valdoria", published=TUESDAY, path="fc.txt",
                quantities=(("412 billion", 412e9, None, None, None, "valdors", "valdor"),
                            ("42", 42, None, None, None, "valdors", "valdor"),
                            ("18 billion", 18e9, None, None, None, "valdors", "valdor"),
                            ("25 billion", 25e9, None, None, None, "valdors", "valdor"))),
    ]


def test_ledger_compares_no_rate_margin_need_or_saving(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_budget_records())
        found = ledger.disagreements(limit=50)
        (money,) = ledger.figures(counted="valdors")
    assert found.total == 0 and list(found.items) == []
    # the budget itself is still compared: both reports' 412 billion agree
    assert sorted(f.text for f in money.figures) == ["18 billion", "25 billion", "412 billion",
                                                     "412 billion", "42"]


def test_ledger_merged_by_rules_20_stops_comparing_them_in_place(tmp_path, monkeypatch):
    """merge-rules/20 -> 21: a ledger that compared rates, margins, needs and savings is
    brought, without a rebuild, to what one clean ingest gives today."""
    from according.ledger import derive
    from ledger_records import assert_migrated_in_place

    found: list = []
    assert_migrated_in_place(
        tmp_path, monkeypatch, _budget_records(),
        [(derive, "not_an_amount", lambda *a, **k: False)], "merge-rules/20",
        lambda ledger: found.append(ledger.disagreements(limit=50).total))
    assert found == [0]


MINISTER = ("Public debt stands at 71% of GDP, Finance Minister Ana Petrova told lawmakers. "
            "Petrova said the budget was the price of credibility. \"The market doesn't "
            "believe the target,\" said Anton Weiss, chief economist at Danube Capital in "
            "Vienna. Debt in Valdoria is the region's highest.")


def test_surname_and_employers_place_are_no_places():
    record = article(
        MINISTER, entities=(("Ana Petrova", "person", "Finance Minister"),
                            ("Petrova", "place", None), ("Anton Weiss", "person", None),
                            ("Danube Capital", "organization", None), ("Vienna", "place", None),
                            ("Valdoria", "place", None)))
    assert [name for _, name in sentence_places(record)] == ["Valdoria"]


def test_ledger_places_a_ministers_figure_by_her_country_not_her_surname(tmp_path):
    record = article(
        "Debt stands at 71% of GDP, said Petrova, Valdoria's finance minister, whom "
        "Ana Petrova's critics call a hawk.", outlet="Solvena Herald", published=TUESDAY,
        entities=(("Petrova", "place", None), ("Valdoria", "place", None),
                  ("Ana Petrova", "person", None)),
        quantities=(("71%", 71, None, None, None, "GDP", "percent"),))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([record])
        (series,) = ledger.figures(counted="gdp")
    assert [f.place for f in series.figures] == ["valdoria"]


def test_a_side_of_clashing_values_reads_as_alternatives_led_by_a_source(tmp_path):
    """A fact-check's unattributed 65% (its headline) and 71% both clash with another
    report's 74%: its side reads "'65' or '71'", not as two figures that agree, and the row
    is shown by the prime minister's attributed 65% rather than the headline's."""
    check = article(
        "Debt at 65%? False. Raskin said debt fell to 65 percent. Ministry data show 71%.",
        outlet="FactCheck Valdoria", published=TUESDAY, path="fc.txt",
        entities=(("Raskin", "person", None),),
        attributions=(("Raskin", "person", "E1", "said", "debt fell to 65 percent",
                       "indirect"),),
        quantities=(("65%", 65, None, None, None, "debt", "percent"),
                    ("65 percent", 65, None, None, None, "debt", "percent"),
                    ("71%", 71, None, None, None, "debt", "percent")))
    from dataclasses import replace
    check = replace(check, quantities=tuple(
        replace(q, attribution="A1") if q.id == "Q2" else q for q in check.quantities))
    imf = article("The IMF said debt was 74% of output.", outlet="AFP", published=TUESDAY,
                  path="afp.txt", entities=(("IMF", "organization", None),),
                  attributions=(("The IMF", "organization", "E1", "said", "debt was 74% of "
                                 "output", "indirect"),),
                  quantities=(("74%", 74, None, None, None, "debt", "percent"),))
    imf = replace(imf, quantities=tuple(replace(q, attribution="A1") for q in imf.quantities))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([check, imf])
        (row,) = ledger.disagreements(limit=50, within=False).items
    assert "'65' (Raskin) or '71'" in row.reason or "'71' or '65' (Raskin)" in row.reason
    assert row.first.text == "65 percent" and row.first.source == "Raskin"
