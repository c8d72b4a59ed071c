"""Stranger trial 5 (a budget vote and its polls): no poll share said which party it was
for ("put the Civic Alliance at 34% and National Renewal at 29%" gave two figures counting
nothing), so no poll series could be built, and "a margin of error of 3 points" counted
"points". A poll's share counts the party or candidate it is for, however the poll is
worded; a margin of error counts "margin of error" (quantities.polls)."""

from __future__ import annotations

import pytest

from figure_helpers import figure_named


@pytest.mark.parametrize(("sentence", "span", "counted"), [
    ("A poll by the Ostrava Institute published on Monday put the Green League at 34% and "
     "Mayor Tomas Kral's Civic Union party at 29%.", "34%", "Green League"),
    ("A poll by the Ostrava Institute published on Monday put the Green League at 34% and "
     "Mayor Tomas Kral's Civic Union party at 29%.", "29%", "Civic Union"),
    ("According to a survey by Pollwise, the Green League has 34% support and Civic Union "
     "29%.", "34%", "Green League"),
    ("According to a survey by Pollwise, the Green League has 34% support and Civic Union "
     "29%.", "29%", "Civic Union"),
    ("The latest Pollwise poll: Green League 34 percent, Civic Union 29 percent.",
     "29 percent", "Civic Union"),
    ("The Green League leads Civic Union by five points, 34 percent to 29 percent, "
     "according to a poll released on Monday.", "34 percent", "Green League"),
    ("The Green League leads Civic Union by five points, 34 percent to 29 percent, "
     "according to a poll released on Monday.", "29 percent", "Civic Union"),
    ("Labour was on 40% in the YouGov poll, with the Conservatives on 27%.", "27%",
     "Conservatives"),
])
def test_quantities_poll_share_counts_the_party_it_is_for(nlp, sentence, span, counted):  # noqa: ANN001
    figure = figure_named(nlp, sentence, span)
    assert figure.counted == counted
    assert figure.unit == "percent"


def test_quantities_a_share_without_a_poll_is_no_partys(nlp):
    # no poll or survey named: "Northwind at 34%" is not read as a poll share
    figure = figure_named(nlp, "Investors valued Northwind at 34% of its peak price.", "34%")
    assert figure.counted != "Northwind"


@pytest.mark.parametrize(("sentence", "span", "unit"), [
    ("The poll of 1,012 adults has a margin of error of 3 percentage points.",
     "3 percentage points", "percentage points"),
    ("The survey's margin of error is plus or minus 2.5 points.", "2.5", "point"),
])
def test_quantities_margin_of_error_counts_the_margin(nlp, sentence, span, unit):  # noqa: ANN001
    figure = figure_named(nlp, sentence, span)
    assert figure.counted == "margin of error"
    assert figure.unit == unit
    assert figure.value > 0
