"""Classes of time expressions the open set (tests/data/times_open) showed wrong, each pinned
on short sentences written here: extents, not-times and which way a date points."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from according.times import find_times

WEDNESDAY = datetime(2024, 11, 27, 9, tzinfo=UTC)  # Wednesday 27 November 2024, ISO week 48


def times_of(nlp, sentence: str, published: datetime = WEDNESDAY) -> list[tuple[str, str | None]]:
    found = find_times(nlp(sentence), published)
    for t in found:
        assert sentence[t.span.start : t.span.end] == t.span.text
    return [(t.span.text, t.timex3) for t in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a time of day, then "on" and its day: two expressions, the time on that day
        ("The truce took effect at 4 a.m. on Tuesday.",
         [("4 a.m.", "2024-11-26T04:00"), ("Tuesday", "2024-11-26")]),
        ("The fire broke out at about 10:30 a.m. on Monday.",
         [("about 10:30 a.m.", "2024-11-25T10:30"), ("Monday", "2024-11-25")]),
        ("The final starts at 6 p.m. local time on Sunday.",
         [("6 p.m.", "2024-12-01T18:00"), ("Sunday", "2024-12-01")]),
        ("The quake hit at 4:10 p.m. (0710 GMT) on Monday.",
         [("4:10 p.m.", "2024-11-25T16:10"), ("0710 GMT", "2024-11-25T07:10"),
          ("Monday", "2024-11-25")]),
        # written together, one expression
        ("Polls closed at 10 p.m. Monday.", [("10 p.m. Monday", "2024-11-25T22:00")]),
    ],
)
def test_find_times_time_of_day_on_a_named_day(nlp, sentence, expected):
    assert times_of(nlp, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "span", "timex3"),
    [
        # a present-tense clause: a schedule, the coming weekday
        ("Parliament returns on Tuesday.", "Tuesday", "2024-12-03"),
        ("City play Liverpool at the Etihad on Saturday.", "Saturday", "2024-11-30"),
        ("The vote is on Friday.", "Friday", "2024-11-29"),
        # ... but a reporting verb in the present tells of a day gone
        ("Officials say Monday's strike killed five people.", "Monday", "2024-11-25"),
        # a participle takes the tense of the verb it hangs on
        ("Canada said it would impose tariffs, starting with steel on Friday.", "Friday",
         "2024-11-29"),
        ("Canada imposed tariffs, starting with steel on Friday.", "Friday", "2024-11-22"),
        # a date owned by a noun: told of, unless its clause looks ahead
        ("Voters will cast ballots in Sunday's election.", "Sunday", "2024-12-01"),
        ("Polls opened for Sunday's election.", "Sunday", "2024-11-24"),
        # postponement points ahead; holding someone until a day does not
        ("The meeting was postponed until Monday.", "Monday", "2024-12-02"),
        ("Police held him until Monday, when he was released.", "Monday", "2024-11-25"),
    ],
)
def test_find_times_weekday_direction(nlp, sentence, span, timex3):
    assert dict(times_of(nlp, sentence))[span] == timex3


@pytest.mark.parametrize(
    ("sentence", "span", "timex3"),
    [
        # a deadline told of in the past tense: a date within a month ahead is that one
        ("The agency decided the boy must go home by Dec. 14.", "Dec. 14", "2024-12-14"),
        ("Meissner gave no reason for the Dec. 10 deadline.", "Dec. 10", "2024-12-10"),
        ("Bids were accepted through Dec. 5.", "Dec. 5", "2024-12-05"),
        # ... but not one a season away, nor an event told of
        ("The ceasefire held until Oct. 3.", "Oct. 3", "2024-10-03"),
        ("The Dec. 7 attack shocked the country.", "Dec. 7", "2023-12-07"),
        ("Talks ran a day past their scheduled Monday close.", "Monday", "2024-11-25"),
    ],
)
def test_find_times_deadlines_point_ahead(nlp, sentence, span, timex3):
    assert dict(times_of(nlp, sentence))[span] == timex3


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Rains are expected this weekend, a few days later than usual.",
         [("this weekend", "2024-W48-WE"), ("a few days", "PXD")]),
        ("Judges heard arguments over two days earlier this month.",
         [("two days", "P2D"), ("earlier this month", "2024-11")]),
        ("The truce would last 20 days.", [("20 days", "P20D")]),
        ("Stocks hit a five year low.", [("five year", "P5Y")]),
        ("Talks stalled after a week-long truce collapsed.", [("week-long", "P1W")]),
        ("It was a 20th century record.", [("20th century", "19")]),
        ("A week of national mourning began.", [("A week", "P1W")]),
        ("The bank publishes a twice-yearly outlook.", [("twice-yearly", "P1Y")]),
    ],
)
def test_find_times_extents(nlp, sentence, expected):
    assert times_of(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The agency received less than a quarter of what it asked for.",
        "Harris sought a second debate before a second term.",
        "Los Angeles will host the next summer Games.",
        "The club were late returning for the second half against Arsenal.",
    ],
)
def test_find_times_skips_fractions_ordinals_and_names(nlp, sentence):
    assert times_of(nlp, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "span", "timex3"),
    [
        ("Profit rose in the second half of the year.", "the second half of the year",
         "2024-H2"),
        ("Sales fell in the January-March quarter.", "the January-March quarter", "2024-Q1"),
        ("Sales will grow in the December quarter.", "the December quarter", "2024-Q4"),
        ("Sales fell in the September quarter.", "the September quarter", "2024-Q3"),
        ("Profit in the third quarter rose, and sales were lower last year.", "last year",
         "2023"),
    ],
)
def test_find_times_quarters_and_halves(nlp, sentence, span, timex3):
    assert dict(times_of(nlp, sentence))[span] == timex3


@pytest.mark.parametrize(
    ("sentence", "span", "timex3", "mod"),
    [
        ("Late last week, the two sides met.", "Late last week", "2024-W47", "END"),
        ("Prices rose late last year.", "late last year", "2023", "END"),
        ("He was arrested on Monday. He appeared in court the next morning.",
         "the next morning", "2024-11-26TMO", None),
        ("He was arrested on Monday. That same night he escaped.", "That same night",
         "2024-11-25TNI", None),
    ],
)
def test_find_times_mods_and_parts_of_days_told_from_another(nlp, sentence, span, timex3, mod):
    found = {t.span.text: (t.timex3, t.mod) for t in find_times(nlp(sentence), WEDNESDAY)}
    assert found[span] == (timex3, mod)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The sub lost contact an hour and 45 minutes into its dive.",
         [("an hour and 45 minutes", "PT1H45M")]),
        ("The war lasted two years and three months.", [("two years and three months", "P2Y3M")]),
        ("Zelensky spoke hours after the withdrawal.", [("hours", "PTXH")]),
        ("Revenue in the January-March period rose.", [("the January-March period", "2024-Q1")]),
        ("Sales fell in the January-June period.", [("the January-June period", "2024-H1")]),
        ("Prices rose in January-March.", [("January", "2024-01"), ("March", "2024-03")]),
        ("A ceasefire held overnight.", [("overnight", "2024-11-26TNI")]),
        ("He has scored 30 goals this season.", [("this season", None)]),
    ],
)
def test_find_times_compound_durations_month_ranges_and_seasons(nlp, sentence, expected):
    assert times_of(nlp, sentence) == expected
