"""Stranger trial 5 (a budget vote and its polls): "a margin of error of plus or minus 2.5
points" was read as the figure -2.5, and the ledger then set a poll's margin against
another poll's margin as a disagreement. "plus or minus" gives a margin's two signs: the
figure is the number after it, never a negative one; "minus 12 degrees" stays negative."""

from __future__ import annotations

import pytest

from figure_helpers import figure_named, figures_checked


@pytest.mark.parametrize(("sentence", "span", "value"), [
    ("The Ostrava Institute poll of 1,012 adults has a margin of error of plus or minus 2.5 "
     "percentage points.", "2.5 percentage points", 2.5),
    ("Its margin of error is plus or minus three points, the pollster said.", "three",
     3),
])
def test_quantities_plus_or_minus_is_a_margin_not_a_negative_figure(nlp, sentence, span,
                                                                  value):
    figure = figure_named(nlp, sentence, span)
    assert figure.value == value
    assert all(q.value >= 0 for q in figures_checked(nlp, sentence))


def test_quantities_minus_alone_still_reads_a_negative_figure(nlp):
    figure = figure_named(nlp, "Temperatures in the capital fell to minus 12 degrees on "
                               "Sunday night.", "minus 12 degrees")
    assert figure.value == -12
