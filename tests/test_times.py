"""Time expressions resolved against the publication time."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from according.records import Region
from according.times import find_times, resolve_time

SHARED = Path(__file__).parents[2] / "shared"
EXAMPLE = SHARED / "examples" / "independent-2024-05-14-rafah.txt"
PUBLISHED = datetime(2024, 5, 14, 2, 50, tzinfo=UTC)  # a Tuesday, ISO week 20


# (sentence, span, value, granularity, relative, reason), published 2024-05-14 (Tuesday).
TIMES = [
    ("On Sunday, the exodus of Palestinians from Gaza’s last refuge accelerated.", "Sunday",
     "2024-05-12", "day", True, None),
    ("President Joe Biden told CNN last week that he would cut off military aid.", "last week",
     "2024-W19", "week", True, None),
    ("Hamas militants have regrouped in areas the military said it had cleared months ago.",
     "months ago", "PAST_REF", None, False, None),
    ("More than 35,000 people have died since the war began seven months ago.",
     "seven months ago", "2023-10", "month", True, None),
    ("The vote will take place on Thursday.", "Thursday", "2024-05-16", "day", True, None),
    ("Democrats will count on voters on Nov. 8.", "Nov. 8", "2024-11-08", "day", True, None),
    ("He said yesterday that talks had stalled.", "yesterday", "2024-05-13", "day", True, None),
    ("The minister will travel to Cairo tomorrow.", "tomorrow", "2024-05-15", "day", True, None),
    ("Officials met earlier this year to discuss the plan.", "earlier this year", "2024", "year",
     True, None),
    ("Sales fell last month, the company said.", "last month", "2024-04", "month", True, None),
    ("The summit is planned for next week.", "next week", "2024-W21", "week", True, None),
    ("Talks continued this week in Doha.", "this week", "2024-W20", "week", True, None),
    ("The group won a seat in 2014.", "2014", "2014", "year", False, None),
    ("The deal was signed on 7 October 2023 in Geneva.", "7 October 2023", "2023-10-07", "day",
     False, None),
    ("Clinton won the primary on Feb. 9, the campaign said.", "Feb. 9", "2024-02-09", "day",
     True, None),
    ("Turnout was high in the 2012 election.", "2012", "2012", "year", False, None),
    ("Protests have continued for weeks.", "weeks", "PXW", None, False, None),
    ("The hearing was held on Monday night.", "Monday night", "2024-05-13", "day", True, None),
    ("Sanders announced last Tuesday that he had raised $20 million.", "last Tuesday",
     "2024-05-07", "day", True, None),
    ("He has lived there since the 1990s.", "the 1990s", "199", None, False, None),
    ("The shooting happened at 3 a.m. near the station.", "3 a.m.", "2024-05-14T03:00",
     "datetime", True, None),
    ("Officials said five years ago that the bridge was unsafe.", "five years ago", "2019",
     "year", True, None),
    ("Lawmakers returned to Washington in late September.", "late September", "2023-09",
     "month", True, None),
    ("The company released the figures in March.", "March", "2024-03", "month", True, None),
    ("The law was passed in the summer of 2010.", "the summer of 2010", "2010-SU", None, False,
     None),
    ("Voters head to the polls this weekend.", "this weekend", "2024-W20", "week", True, None),
    ("It happened on Wednesday, May 8, 2024, police said.", "Wednesday, May 8, 2024",
     "2024-05-08", "day", False, None),
    ("Prices have risen in recent weeks.", "recent weeks", "PXW", None, False, None),
    ("Earlier this month, the senator resigned.", "Earlier this month", "2024-05", "month", True,
     None),
    ("The report was published a year ago.", "a year ago", "2023", "year", True, None),
    ("The hostages were taken in the Oct. 7 attack that sparked the war.", "Oct. 7",
     "2023-10-07", "day", True, None),
    ("More than 1,100 Israelis died in the 7 October terrorist attack.", "7 October",
     "2023-10-07", "day", True, None),
    ("Israeli forces launched an operation in the southern Gaza city on 12 May.", "12 May",
     "2024-05-12", "day", True, None),
    ("Biden meets with Netanyahu in September 2023.", "September 2023", "2023-09", "month",
     False, None),
    ("His administration in recent days paused a shipment of weaponry.", "recent days",
     "PXD", None, False, None),
    ("The attacks came out of the Middle East recently, he said.", "recently", "PAST_REF", None,
     False, None),
    ("He served in the Senate for 10 years.", "10 years", "P10Y", None, False, None),
    ("Two years later, he ran for governor.", "Two years later", None, None, True, "anaphoric"),
    ("More than 100 hostages were taken that day.", "that day", None, None, True, "anaphoric"),
    # a modal or an expectation verb on the clause's verb looks ahead, whatever else is said
    ("Temperatures are expected to reach 30C on Thursday, forecasters said.", "Thursday",
     "2024-05-16", "day", True, None),
    ("Prices could fall by Saturday, traders said.", "Saturday", "2024-05-18", "day", True,
     None),
    ("The storm is set to hit the coast on Friday.", "Friday", "2024-05-17", "day", True, None),
    ("Rail fares to rise by 4.6% in March", "March", "2025-03", "month", True, None),
    ("Trump said in August that he would never eat them again.", "August", "2023-08", "month",
     True, None),
    ("The mayor, who took office last May, said she would stay.", "last May", "2023-05",
     "month", True, None),
    ("The council asked for funding last October.", "last October", "2023-10", "month", True,
     None),
    ("Some 7.6 million treatments were waiting at the end of April.", "the end of April",
     "2024-04", "month", True, None),
    ("Today, ministers said the plan would fail.", "Today", "2024-05-14", "day", True, None),
]


@pytest.mark.parametrize(
    ("sentence", "span", "value", "granularity", "relative", "reason"), TIMES
)
def test_find_times_resolves_against_publication(
    nlp, sentence, span, value, granularity, relative, reason
):
    found = {t.span.text: t for t in find_times(nlp(sentence), PUBLISHED)}
    assert span in found, list(found)
    t = found[span]
    assert (t.value, t.granularity, t.relative, t.reason) == (
        value, granularity, relative, reason
    )


@pytest.mark.parametrize(
    ("sentence", "span"),
    [(s, sp) for s, sp, _, _, relative, reason in TIMES if relative and reason is None],
)
def test_find_times_without_publication_refuses_relative(nlp, sentence, span):
    found = {t.span.text: t for t in find_times(nlp(sentence), None)}
    t = found[span]
    assert t.value is None and t.reason == "no publication time" and t.relative


@pytest.mark.parametrize(
    ("sentence", "span", "value"),
    [(s, sp, v) for s, sp, v, _, relative, _ in TIMES if not relative and v is not None],
)
def test_find_times_without_publication_resolves_absolute(nlp, sentence, span, value):
    found = {t.span.text: t for t in find_times(nlp(sentence), None)}
    assert found[span].value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "A 63-year-old man was arrested.",
        "The 8-year-old boy was found.",
        "The company raised its quarterly dividend.",
        "Sales grew 5 percent annually.",
        "Average daily volume was 133 million shares.",
    ],
)
def test_find_times_skips_ages_and_rate_adjectives(nlp, sentence):
    assert find_times(nlp(sentence), PUBLISHED) == ()


@pytest.mark.parametrize(
    ("sentence", "piece"),
    [
        ("Wes Streeting told BBC Radio 4's Today programme that the NHS was broken.", "Today"),
        ("The photographer Sunday Alamba took the picture.", "Sunday"),
        ("Governor Monday Okpebholo said the roads would be fixed.", "Monday"),
        ("Thousands joined the March on Washington in 1963.", "March"),
        ("Veterans will March to the capital, organisers said.", "March"),
        ("Societies like Easter Island collapsed, he wrote.", "Easter"),
        ("Between 20 and 30 people were hurt in the blast.", "20"),
        ("It is a good day for the party, he said.", "day"),
        ("As many as 12 may have been trapped, and another 20 may be missing.", "12"),
    ],
)
def test_find_times_skips_names_bare_numbers_and_evaluations(nlp, sentence, piece):
    spans = [t.span.text for t in find_times(nlp(sentence), PUBLISHED)]
    assert not any(piece in s for s in spans), spans


@pytest.mark.parametrize(
    ("published", "value"),
    [
        (datetime(2024, 5, 14, 0, 30, tzinfo=timezone(timedelta(hours=1))), "2024-05-13"),
        (datetime(2024, 5, 13, 23, 30, tzinfo=UTC), "2024-05-12"),
    ],
)
def test_find_times_resolves_against_local_date_of_aware_publication(nlp, published, value):
    doc = nlp("Fares will rise, the government said last night.")
    (t,) = find_times(doc, published)
    assert (t.span.text, t.value) == ("last night", value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tuesday 14 May 2024", "2024-05-14"),
        ("in 2014", "2014"),
        ("2024-05-01", "2024-05-01"),
        ("early 2023", "2023"),
        ("later this month", "2024-05"),
        ("next Monday", "2024-05-20"),
        ("Tuesday", "2024-05-14"),
        ("nearly a decade ago", "2014"),
        ("more than a year ago", "2023"),
        ("3 weeks ago", "2024-W17"),
        ("two days ago", "2024-05-12"),
    ],
)
def test_resolve_time_reads_forms(text, value):
    assert resolve_time(text, PUBLISHED)[0] == value


@pytest.mark.parametrize(
    ("text", "tense", "value"),
    [
        ("Nov. 5", "future", "2024-11-05"),
        ("Nov. 5", "present", "2023-11-05"),
        ("June 20", "present", "2024-06-20"),
        ("Nov. 5", "past", "2023-11-05"),
        ("12 May", "present", "2024-05-12"),
        ("Oct. 7", "present", "2023-10-07"),
        ("Oct. 7", "past", "2023-10-07"),
        ("in September", "past", "2023-09"),
        ("in May", "past", "2024-05"),
        ("in May", "future", "2024-05"),
        ("Thursday", "future", "2024-05-16"),
        ("Thursday", "present", "2024-05-16"),  # a schedule: "the vote is on Thursday"
        ("Thursday", "past", "2024-05-09"),
    ],
)
def test_resolve_time_tense_picks_direction(text, tense, value):
    assert resolve_time(text, PUBLISHED, tense)[0] == value


@pytest.mark.parametrize(
    ("published", "tense", "value"),
    [
        (datetime(2016, 2, 19, tzinfo=UTC), "past", "2012-02-29"),
        (datetime(2016, 2, 19, tzinfo=UTC), "future", "2016-02-29"),
        (datetime(2016, 2, 19, tzinfo=UTC), "present", "2016-02-29"),
        (datetime(2017, 3, 1, tzinfo=UTC), "past", "2016-02-29"),
    ],
)
def test_resolve_time_leap_day_without_year(published, tense, value):
    assert resolve_time("Feb. 29", published, tense)[0] == value


def test_find_times_skips_date_region(nlp):
    text = "Tuesday 14 May 2024 03:50 BST\nOn Sunday, crowds gathered."
    regions = (Region(0, 29, "date"), Region(30, len(text), "body"))
    found = find_times(nlp(text), PUBLISHED, regions)
    assert [(t.span.text, t.value) for t in found] == [("Sunday", "2024-05-12")]


@pytest.mark.parametrize("sentence", [row[0] for row in TIMES])
def test_find_times_spans_match_text(nlp, sentence):
    for t in find_times(nlp(sentence), PUBLISHED):
        assert sentence[t.span.start : t.span.end] == t.span.text


@pytest.mark.shared
def test_find_times_example_article(nlp):
    if not EXAMPLE.exists():
        pytest.skip(f"{EXAMPLE} absent: the shared example article is not here")
    text = EXAMPLE.read_text(encoding="utf-8")
    found = find_times(nlp(text), PUBLISHED)
    for t in found:
        assert text[t.span.start : t.span.end] == t.span.text
    got = {(t.span.text, t.value) for t in found}
    assert {
        ("Sunday", "2024-05-12"),
        ("Oct. 7", "2023-10-07"),
        ("7 October", "2023-10-07"),
        ("12 May", "2024-05-12"),
        ("September 2023", "2023-09"),
        ("seven months ago", "2023-10"),
        ("last week", "2024-W19"),
        ("months ago", "PAST_REF"),
        ("recent days", "PXD"),
    } <= got
