"""Figures beyond plain counts: units of measure, durations, currencies, scales, signs,
number words, fractions, ranges and bounds, and the numbers that are no figure at all."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from figure_helpers import figure_named, figures_checked

# (sentence, span, value, low, high, unit)
FORMS = [
    # units of measure, named as pint names them
    ("The river rose 3.5 metres overnight.", "3.5 metres", 3.5, 3.5, 3.5, "meter"),
    ("Anglers landed a 278kg marlin.", "278kg", 278, 278, 278, "kilogram"),
    ("Gusts reached 120mph on the coast.", "120mph", 120, 120, 120, "mile per hour"),
    ("The 1,200 sq m warehouse was sold.", "1,200 sq m", 1200, 1200, 1200, "square meter"),
    ("The council approved a 40MW solar farm.", "40MW", 40, 40, 40, "megawatt"),
    ("Homes use about 3,500 kWh a year.", "about 3,500 kWh", 3500, 3150, 3850,
     "kilowatt hour"),
    ("The phone has a 6.7-inch screen.", "6.7-inch", 6.7, 6.7, 6.7, "inch"),
    ("The baby weighed 9lbs at birth.", "9lbs", 9, 9, 9, "pound"),
    ("The grid ran at 49.9 HZ all day.", "49.9 HZ", 49.9, 49.9, 49.9, "hertz"),
    ("Prisoners were held behind a 10m wall.", "10m", 10, 10, 10, "meter"),
    ("A 3,000 sq km area was flooded.", "3,000 sq km", 3000, 3000, 3000, "square kilometer"),
    # durations and ages are figures; a time point ("ago") is not
    ("The trial lasted 14 days.", "14 days", 14, 14, 14, "day"),
    ("Police spoke to a 15-year-old girl.", "15-year-old", 15, 15, 15, "year"),
    ("Prices fell during those three months.", "three months", 3, 3, 3, "month"),
    ("He has served for more than 30 years.", "more than 30 years", 30, 30, None, "year"),
    # currencies as ISO 4217 codes
    ("He was paid 10.5 million Australian dollars.", "10.5 million Australian dollars",
     10_500_000, 10_500_000, 10_500_000, "AUD"),
    ("Revenue grew to HK$3.7 billion.", "HK$3.7 billion", 3.7e9, 3.7e9, 3.7e9, "HKD"),
    ("The firm took a C$300 million charge.", "C$300 million", 3e8, 3e8, 3e8, "CAD"),
    ("Flights cost HK $5,400 each.", "HK $5,400", 5400, 5400, 5400, "HKD"),
    ("The price starts at USD 22.5 million.", "USD 22.5 million", 22.5e6, 22.5e6, 22.5e6,
     "USD"),
    ("The yacht sold for USD10m.", "USD10m", 1e7, 1e7, 1e7, "USD"),
    ("The club paid around €450m.", "around €450m", 450e6, 405e6, 495e6, "EUR"),
    ("Dinner costs eight euros.", "eight euros", 8, 8, 8, "EUR"),
    ("The school was sold for 92 million yuan.", "92 million yuan", 92e6, 92e6, 92e6, "CNY"),
    ("Shares closed at 3.23 shekels.", "3.23 shekels", 3.23, 3.23, 3.23, "ILS"),
    ("She bought a laptop for 1,200€.", "1,200€", 1200, 1200, 1200, "EUR"),
    ("Sales may rise to 120 MEUR next year.", "120 MEUR", 120e6, 120e6, 120e6, "EUR"),
    ("It cost 3 dollars 50 cents.", "3 dollars 50 cents", 3.5, 3.5, 3.5, "USD"),
    ("Tickets cost thirteen dollars and forty-five cents.",
     "thirteen dollars and forty-five cents", 13.45, 13.45, 13.45, "USD"),
    ("Petrol averaged $2.11 per gallon.", "$2.11 per gallon", 2.11, 2.11, 2.11, "USD"),
    # scales written onto the number or after it
    ("The app now has 35m users.", "35m", 35e6, 35e6, 35e6, "people"),
    ("The fund raised 1.2bn last year.", "1.2bn", 1.2e9, 1.2e9, 1.2e9, None),
    ("Exports reached 10 bln in March.", "10 bln", 1e10, 1e10, 1e10, None),
    ("The world has about 8 B people.", "about 8 B", 8e9, 7.2e9, 8.8e9, "people"),
    # signs and number words
    ("The thermometer read minus 12 at dawn.", "minus 12", -12, -12, -12, None),
    ("Temperatures fell to minus-30 degrees Fahrenheit.", "minus-30 degrees Fahrenheit", -30,
     -30, -30, "fahrenheit"),
    ("The club has thirty three members.", "thirty three", 33, 33, 33, "people"),
    ("The camp is two and a half miles away.", "two and a half miles", 2.5, 2.5, 2.5, "mile"),
    ("Revenue grew more than sixfold.", "more than sixfold", 6, 6, None, "times"),
    # fractions: a share of what is counted, unit "fraction"
    ("Two thirds of voters backed the plan.", "Two thirds", 0.666667, 0.666667, 0.666667,
     "fraction"),
    ("Nearly two-thirds of sales were online.", "Nearly two-thirds", 0.666667, None, 0.666667,
     "fraction"),
    ("Add ½ cup of milk.", "½ cup", 0.5, 0.5, 0.5, "cup"),
    # vague quantities: at least the least the word means, no high (hedge "at least")
    ("Thousands of people marched.", "Thousands", 2000, 2000, None, "people"),
]


@pytest.mark.parametrize(("sentence", "span", "value", "low", "high", "unit"), FORMS)
def test_find_quantities_reads_units_scales_and_words(nlp, sentence, span, value, low, high,
                                                      unit):
    q = figure_named(nlp, sentence, span)
    approx = [None if x is None else pytest.approx(x, rel=1e-5) for x in (value, low, high)]
    assert (q.value, q.low, q.high) == tuple(approx)
    assert q.unit == unit


# (sentence, span, low, high, hedge, unit)
RANGES_AND_BOUNDS = [
    ("The limit is between 15kHz and 17kHz.", "between 15kHz and 17kHz", 15, 17, None,
     "kilohertz"),
    ("Analysts expect $10 to $15 billion in sales.", "$10 to $15 billion", 1e10, 1.5e10, None,
     "USD"),
    ("There are 1 to 2 thousand people.", "1 to 2 thousand", 1000, 2000, None, "people"),
    ("We used a 5-10W laser.", "5-10W", 5, 10, None, "watt"),
    ("The beams collided at 3.5–4.0 TeV.", "3.5–4.0 TeV", 3.5, 4.0, None,
     "teraelectronvolt"),
    ("The range grew from 252 miles to 287 miles.", "252 miles to 287 miles", 252, 287, None,
     "mile"),
    ("Prices ranged from $200 to $4 million.", "$200 to $4 million", 200, 4e6, None, "USD"),
    ("The course lasts 7-10 days.", "7-10 days", 7, 10, None, "day"),
    ("There are at least 20 and at most 100 boats.", "at least 20 and at most 100", 20, 100,
     None, "boat"),
    ("It has more than 10 and less than 40 employees.", "more than 10 and less than 40", 10,
     40, None, "people"),
    ("Over than 60% of firms agreed.", "Over than 60%", 60, None, "more than", "percent"),
    ("Chips will be sub-7 nanometre.", "sub-7 nanometre", None, 7, "up to", "nanometer"),
    ("About five hundred or more were counted.", "About five hundred or more", 500, None,
     "at least", None),
    ("Children under the age of 5 years died.", "under the age of 5 years", None, 5,
     "up to", "year"),
    ("Strength was lower than 8.9 ksi (61.4 MPa).", "61.4 MPa", None, 61.4, "up to",
     "megapascal"),
    ("The firm plans investments over 35 GWh.", "over 35 GWh", 35, None, "more than",
     "gigawatt hour"),
]


@pytest.mark.parametrize(("sentence", "span", "low", "high", "hedge", "unit"),
                         RANGES_AND_BOUNDS)
def test_find_quantities_reads_ranges_and_bounds(nlp, sentence, span, low, high, hedge, unit):
    q = figure_named(nlp, sentence, span)
    approx = [None if x is None else pytest.approx(x, rel=1e-5) for x in (low, high)]
    assert (q.low, q.high, q.hedge, q.unit) == (*approx, hedge, unit)


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("The index fell 0.4 per cent to 13,176.", [0.4, 13_176]),  # a change, then a level
        ("The deficit increased by $43.6 billion to $419.2 billion.", [43.6e9, 419.2e9]),
        ("More than 40 and less than 10 are not a range.", [40, 10]),
        ("A meal costs eight or nine euros.", [8, 9]),
    ],
)
def test_find_quantities_keeps_changes_and_alternatives_apart(nlp, sentence, values):
    found = figures_checked(nlp, sentence)
    assert [q.value for q in found] == [pytest.approx(v) for v in values]
    assert all(q.low is None or q.high is None or q.low == q.high for q in found[:1])


def test_find_quantities_shares_unit_over_or(nlp):
    found = figures_checked(nlp, "A meal costs eight or nine euros.")
    assert [q.unit for q in found] == ["EUR", "EUR"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Call me on +49 176/ 12345678 today.",
        "My number is 07700 900 123.",
        "Ring 622 15 31 23 after lunch.",
        "Dial +1 (212)555-0199 for tickets.",
        "Let's meet at 6.",
        "The train leaves at 3:30 tomorrow.",
        "The target time is 8.10 pm.",
        "I paid at 10 past 9.",
        "She will be back around 7 tonight.",
        "Are you free friday 23?",
        "The deadline is 12 of Nov.",
        "The 2011-12 season was his best.",
        "He joined in 1997-98.",
        "The new iPhone 14 is out.",
        "The S&P 500 rose.",
        "Reviews of the iPhone 11 Pro and 11 Pro Max are in.",
        "Sales for the following 2 quarters look weak.",
        "The war began seven months ago.",
        "Voting ends at 5 p.m.",
        "He was born in 1961.",
    ],
)
def test_find_quantities_skips_phones_times_dates_seasons_and_names(nlp, sentence):
    assert figures_checked(nlp, sentence) == ()


def test_find_quantities_counts_people_before_who(nlp):
    q = figure_named(nlp, "There are 95,800 who have been unemployed for a year.", "95,800")
    assert q.unit == "people"


UNITS_TABLE = resources.files("according").joinpath("data/quantities_units.json")


def test_units_table_matches_pint_and_babel():
    """The written table is what build_units makes from the installed pint and Babel."""
    pytest.importorskip("pint")
    pytest.importorskip("babel")
    from according.quantities.build_units import build

    written = json.loads(UNITS_TABLE.read_text("utf-8"))
    built = build()
    if built["built_with"] != written["built_with"]:
        pytest.skip(f"table built with {written['built_with']}, installed {built['built_with']}")
    assert built == written
