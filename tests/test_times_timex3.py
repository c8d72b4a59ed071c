"""Time expressions read as TimeML's TIMEX3: type, value and mod, against a publication time."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from according.times import find_times

PUBLISHED = datetime(2024, 5, 14, 2, 50, tzinfo=UTC)  # a Tuesday, ISO week 20

# (sentence, span, type, timex3, mod), published 2024-05-14
FORMS = [
    # durations
    ("The conflict has lasted two decades.", "two decades", "duration", "P20Y", None),
    ("The ceasefire held for 60 days.", "60 days", "duration", "P60D", None),
    ("Prices have doubled over the past three years.", "the past three years", "duration",
     "P3Y", None),
    ("She began a six-week course.", "six-week", "duration", "P6W", None),
    ("A two-month inquiry followed.", "two-month", "duration", "P2M", None),
    ("The meeting lasted half an hour.", "half an hour", "duration", "PT30M", None),
    ("The flight took an hour and a half.", "an hour and a half", "duration", "PT1H30M", None),
    ("He served 2 1/2 years in prison.", "2 1/2 years", "duration", "P2Y6M", None),
    ("In his seven and a half years in office he tried.", "seven and a half years", "duration",
     "P7Y6M", None),
    ("The talks took several years.", "several years", "duration", "PXY", None),
    ("Voting will close within 18 months.", "within 18 months", "duration", "P18M",
     "EQUAL_OR_LESS"),
    ("The strike lasted about two weeks.", "about two weeks", "duration", "P2W", "APPROX"),
    ("It ran for more than four hours.", "more than four hours", "duration", "PT4H",
     "MORE_THAN"),
    # sets
    ("Crowds gather there every evening.", "every evening", "set", "XXXX-XX-XXTEV", None),
    ("The board reports each quarter.", "each quarter", "set", "P1Q", None),
    ("Rents are reviewed yearly.", "yearly", "set", "P1Y", None),
    ("The council meets weekly.", "weekly", "set", "P1W", None),
    ("The group holds weekly meetings.", "weekly", "set", "P1W", None),
    ("The market opens each Thursday.", "each Thursday", "set", "XXXX-WXX-4", None),
    ("Each July the festival returns.", "Each July", "set", "XXXX-07", None),
    ("The subscription costs $5 a month.", "a month", "set", "P1M", None),
    ("The ferry sails twice a week.", "twice a week", "set", "P1W", None),
    # the present, the past, the future
    ("The city is now under curfew.", "now", "date", "PRESENT_REF", None),
    ("About 40 people are currently in custody.", "currently", "date", "PRESENT_REF", None),
    ("The current government will fall.", "current", "date", "PRESENT_REF", None),
    ("Today, ministers said the plan would fail.", "Today", "date", "2024-05-14", None),
    ("Such attacks were rare in the past.", "the past", "date", "PAST_REF", None),
    ("He was the mayor at the time.", "the time", "date", "PAST_REF", None),
    ("Talks will resume soon.", "soon", "date", "FUTURE_REF", None),
    ("Aid will arrive in the coming weeks.", "the coming weeks", "duration", "PXW", None),
    ("Such attacks have grown in recent years.", "recent years", "duration", "PXY", None),
    # seasons, parts of day, times of day with zones
    ("The river flooded last winter.", "last winter", "date", "2023-WI", None),
    ("The games open this summer.", "this summer", "date", "2024-SU", None),
    ("Shelling resumed on Tuesday morning.", "Tuesday morning", "time", "2024-05-14TMO", None),
    ("Fans celebrated on Saturday night.", "Saturday night", "time", "2024-05-11TNI", None),
    ("Markets opened at 09:30 GMT Monday.", "09:30 GMT Monday", "time", "2024-05-13T09:30", None),
    ("The curfew starts at 11 PM.", "11 PM", "time", "2024-05-14T23:00", None),
    ("Polls closed at 10 p.m. Wednesday.", "10 p.m. Wednesday", "time", "2024-05-08T22:00", None),
    ("Residents were woken at noon on Sunday.", "noon", "time", "2024-05-12T12:00", None),
    ("The storm hit last night.", "last night", "time", "2024-05-13TNI", None),
    # centuries and decades
    ("It was built in the 20th century.", "the 20th century", "date", "19", None),
    ("Inflation was high in the 1970s.", "the 1970s", "date", "197", None),
    ("The band was big in the '80s.", "the '80s", "date", "198", None),
    ("Housing boomed in the mid-1990s.", "the mid-1990s", "date", "199", "MID"),
    # parts of months and years, fiscal years, months of last year
    ("Payments are due at the end of the month.", "the end of the month", "date", "2024-05",
     "END"),
    ("Borrowing will rise this financial year.", "this financial year", "date", "2024", None),
    ("The plant closed in June last year.", "June last year", "date", "2023-06", None),
    ("Sales fell in the third quarter.", "the third quarter", "date", "2023-Q3", None),
    ("Sales rose in Q1 2024.", "Q1 2024", "date", "2024-Q1", None),
    ("The results cover the first half of 2023.", "the first half of 2023", "date", "2023-H1",
     None),
    ("First-quarter profit rose 5% from a year ago.", "a year ago", "date", "2023-Q1", None),
    ("Profit fell in the first quarter from the year-earlier quarter.", "the year-earlier quarter",
     "date", "2023-Q1", None),
    ("Shares fell later yesterday.", "later yesterday", "date", "2024-05-13", "END"),
    ("Debt will be cut by year-end.", "year-end", "date", "2024", "END"),
    ("Profit fell in the latest period.", "the latest period", "date", "2024-Q1", None),
    # holidays
    ("Shops were busy at Christmas.", "Christmas", "date", "2023-12-25", None),
    ("The parade was held on Thanksgiving 2023.", "Thanksgiving 2023", "date", "2023-11-23", None),
    ("Talks are set for this coming Sunday, May nineteenth.", "this coming Sunday, May nineteenth",
     "date", "2024-05-19", None),
    ("The report came out in January nineteen ninety-seven.", "January nineteen ninety-seven",
     "date", "1997-01", None),
    ("Hotels were full in the week of March 6.", "the week of March 6", "date", "2024-W10",
     None),
    ("Firing began in the early hours of Thursday morning.",
     "the early hours of Thursday morning", "time", "2024-05-09TMO", "START"),
    # told from the time last mentioned
    ("The plant closed on 7 October 2023. Two days later, workers protested.", "Two days later",
     "date", "2023-10-09", None),
    ("The vote was on 3 March 2024. That night, crowds gathered.", "That night", "time",
     "2024-03-03TNI", None),
    ("Talks ended on Friday, 1 March 2024. The previous Friday they had stalled.",
     "The previous Friday", "date", "2024-02-23", None),
    # direction by tense and preposition
    ("The strike could start as early as Friday.", "Friday", "date", "2024-05-17", None),
    ("Ministers must decide by Wednesday at the latest.", "Wednesday at the latest", "date",
     "2024-05-15", "ON_OR_BEFORE"),
    ("New fares apply from Thursday.", "Thursday", "date", "2024-05-16", None),
    ("The new rules apply from January.", "January", "date", "2025-01", None),
    ("The exhibition runs through late June.", "late June", "date", "2024-06", "END"),
    ("The road is closed until at least Monday.", "Monday", "date", "2024-05-20", None),
    ("He stayed in the city until Monday.", "Monday", "date", "2024-05-13", None),
    ("The dividend is payable Dec. 7.", "Dec. 7", "date", "2024-12-07", None),
    ("He was told to appear in court on Friday.", "Friday", "date", "2024-05-17", None),
    ("He hopes to recover from Monday night's debate.", "Monday night", "time", "2024-05-13TNI",
     None),
]


@pytest.mark.parametrize(("sentence", "span", "type_", "timex3", "mod"), FORMS)
def test_find_times_reads_timex3(nlp, sentence, span, type_, timex3, mod):
    found = {t.span.text: t for t in find_times(nlp(sentence), PUBLISHED)}
    assert span in found, list(found)
    t = found[span]
    assert (t.type, t.timex3, t.mod) == (type_, timex3, mod)
    assert sentence[t.span.start : t.span.end] == t.span.text


@pytest.mark.parametrize(
    ("sentence", "span", "value", "granularity"),
    [
        ("Shelling resumed on Tuesday morning.", "Tuesday morning", "2024-05-14", "day"),
        ("Sales fell in the third quarter.", "the third quarter", "2023-Q3", None),
        ("The talks took several years.", "several years", "PXY", None),
        ("The curfew starts at 11 PM.", "11 PM", "2024-05-14T23:00", "datetime"),
        ("The city is now under curfew.", "now", "PRESENT_REF", None),
    ],
)
def test_find_times_value_keeps_the_calendar_day(nlp, sentence, span, value, granularity):
    """`value` is the TIMEX3 value, but a part of a day keeps its day."""
    found = {t.span.text: t for t in find_times(nlp(sentence), PUBLISHED)}
    assert (found[span].value, found[span].granularity) == (value, granularity)


def test_find_times_wet_may_in_an_april_article_is_ahead(nlp):
    published = datetime(2024, 4, 20, 9, tzinfo=UTC)
    doc = nlp("Forecasters predict a wet May across the south.")
    assert [(t.span.text, t.timex3) for t in find_times(doc, published)] == [("May", "2024-05")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Output grew in 2015-2016.", [("2015", "2015"), ("2016", "2016")]),
        ("Output grew in 1998-99.", [("1998", "1998"), ("99", "1999")]),
        ("Sales rose between 1994 and 1997.", [("1994", "1994"), ("1997", "1997")]),
        ("Talks ran from Monday to Wednesday.", [("Monday", "2024-05-13"),
                                                 ("Wednesday", "2024-05-08")]),
        ("Talks were held on May 2 and 3.", [("May 2", "2024-05-02"), ("3", "2024-05-03")]),
    ],
)
def test_find_times_splits_ranges(nlp, sentence, expected):
    found = [(t.span.text, t.timex3) for t in find_times(nlp(sentence), PUBLISHED)]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "span"),
    [
        ("He scored 20 goals in the 2022-23 season.", "2022-23 season"),
        ("Borrowing peaked in fiscal 2023-24.", "fiscal 2023-24"),
    ],
)
def test_find_times_keeps_a_season_whole(nlp, sentence, span):
    found = find_times(nlp(sentence), PUBLISHED)
    assert [t.span.text for t in found] == [span]
    assert (found[0].type, found[0].value, found[0].reason) == ("date", None, "season")


def test_find_times_without_publication_keeps_durations_and_sets(nlp):
    doc = nlp("For two decades the market opened each Thursday; it is now closed.")
    found = {t.span.text: (t.value, t.reason) for t in find_times(doc, None)}
    assert found["two decades"] == ("P20Y", None)
    assert found["each Thursday"] == ("XXXX-WXX-4", None)
    assert found["now"] == ("PRESENT_REF", None)


def test_time_expression_round_trips_its_timex3_fields(nlp):
    from according.records import TimeExpression

    (t,) = find_times(nlp("Fans celebrated on Saturday night."), PUBLISHED)
    d = t.to_dict()
    assert (d["type"], d["timex3"], d["mod"]) == ("time", "2024-05-11TNI", None)
    assert TimeExpression.from_dict(d) == t


@pytest.mark.parametrize(
    ("sentence", "span", "timex3"),
    [
        ("Protests filled the streets during the day Friday.", "Friday", "2024-05-10"),
        ("Sales peaked in April month, the company said.", "April", "2024-04"),
    ],
)
def test_find_times_narrows_an_unreadable_expression_to_its_time(nlp, sentence, span, timex3):
    found = {t.span.text: t.timex3 for t in find_times(nlp(sentence), PUBLISHED)}
    assert found == {span: timex3}


@pytest.mark.parametrize(
    ("sentence", "timex3"),
    [
        ("The new timetable applies from Tuesday.", "2024-05-21"),
        ("The old timetable applied from Tuesday.", "2024-05-14"),
    ],
)
def test_find_times_from_a_weekday_points_by_tense(nlp, sentence, timex3):
    published = datetime(2024, 5, 15, 9, tzinfo=UTC)  # a Wednesday
    (t,) = find_times(nlp(sentence), published)
    assert (t.span.text, t.timex3) == ("Tuesday", timex3)
