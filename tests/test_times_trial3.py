"""Stranger trial 3: "The U.N. humanitarian office said it was sending a team of twelve aid
workers to Kessarin on Tuesday", in a story of Monday 23 Nov 2026, resolved to the Tuesday
before (17 Nov): a past progressive of an arrangement verb, reported, is a plan to come."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from according.times import find_times

MONDAY = datetime(2026, 11, 23, 18, 40, tzinfo=UTC)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("The U.N. humanitarian office said it was sending a team of twelve aid workers to "
     "Kessarin on Tuesday.", "Tuesday", "2026-11-24"),
    ("Officials said they were holding talks on Wednesday.", "Wednesday", "2026-11-25"),
    # what was happening, not an arrangement: the day before
    ("He said he was driving home on Tuesday when the shells hit.", "Tuesday", "2026-11-17"),
    ("The office sent a team to Kessarin on Tuesday.", "Tuesday", "2026-11-17"),
])
def test_find_times_reported_arrangement_looks_ahead(nlp, sentence, span, value):
    found = {t.span.text: t.value for t in find_times(nlp(sentence), MONDAY)}
    assert found[span] == value


WEDNESDAY = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


@pytest.mark.parametrize(("sentence", "span", "value"), [
    # a count reached by that day (a Wednesday live blog): the Tuesday before, not the next
    ("The ministry puts the toll at 31 dead as of Tuesday.", "Tuesday", "2026-11-24"),
    ("The ministry puts the toll at 31 as of Tuesday.", "Tuesday", "2026-11-24"),
    ("The U.N. says 26 deaths are verified as of Tuesday.", "Tuesday", "2026-11-24"),
    # a clause in the future still looks ahead
    ("As of Monday, schools will reopen.", "Monday", "2026-11-30"),
])
def test_find_times_as_of_a_weekday_is_reached_not_to_come(nlp, sentence, span, value):
    found = {t.span.text: t.value for t in find_times(nlp(sentence), WEDNESDAY)}
    assert found[span] == value
