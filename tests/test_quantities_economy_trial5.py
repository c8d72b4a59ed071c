"""What an economic report's percentages count, and the year or month they are about
(stranger trial 5: a budget story's debt, deficit, growth, inflation and VAT figures)."""

from __future__ import annotations

import json

import pytest

from according.extract import extract_inputs
from according.read import read_inputs
from figure_helpers import figure_named

PUBLISHED = "2026-11-25T10:00:00Z"
HEADLINE = "Parliament passes budget as poll gap narrows"


@pytest.mark.parametrize(("sentence", "span", "counted"), [
    # a share of GDP counts what it is a level of, the base named one way
    ("Public debt stands at 71% of GDP, according to ministry figures.", "71%", "debt of GDP"),
    ("The plan targets a deficit of 3.1% of gross domestic product.", "3.1%", "deficit of GDP"),
    ("Debt reached 74% of economic output, the fund said.", "74%", "debt of GDP"),
    ("He said his government had brought public debt down to 65% of gross domestic product.",
     "65%", "debt of GDP"),
    ("Fitch said debt of around 72% of GDP left little room.", "around 72%", "debt of GDP"),
    ("Spending rose to 44 percent of gross domestic product.", "44 percent", "spending of GDP"),
    # a measure named before any other subject; a second share joined to the first
    ("Our ruling: Public debt is 71% of GDP by the government's own count and 74% by the "
     "IMF's.", "71%", "debt of GDP"),
    ("Our ruling: Public debt is 71% of GDP by the government's own count and 74% by the "
     "IMF's.", "74%", "debt of GDP"),
    # a share of GDP whose clause names nothing else counts GDP, not "product"
    ("That is equal to 2% of gross domestic product.", "2%", "GDP"),
    # a bare percentage counts the measure its clause names
    ("Inflation stood at 6.8% in October, official data showed.", "6.8%", "inflation"),
    ("The bank expected growth of 1.9% in 2027.", "1.9%", "growth"),
    ("The statistics office puts growth in 2025 at 2.1%.", "2.1%", "growth"),
    ("Growth in 2025 was 2.1%, the statistics office said.", "2.1%", "growth"),
    ("The budget raises VAT to 23 percent on food and fuel.", "23 percent", "VAT"),
    ("The bank would keep its main rate at 9% for as long as needed.", "9%", "rate"),
    ("The central bank held its interest rate at 4.5%.", "4.5%", "interest rate"),
    ("Unemployment fell to 5.2% in March.", "5.2%", "unemployment"),
    ("She said inflation, which stood at 6.8% in October, would ease.", "6.8%", "inflation"),
    ("Horvat warned that inflation, at 6.5 percent in November, remained far above target.",
     "6.5 percent", "inflation"),
    ("The prime minister said the economy grew 3.5% last year.", "3.5%", "growth"),
    ("The government expects the economy to grow 2.4% next year.", "2.4%", "growth"),
])
def test_what_an_economic_percentage_counts(nlp, sentence, span, counted):
    assert figure_named(nlp, sentence, span).counted == counted


@pytest.mark.parametrize(("sentence", "span", "counted"), [
    ("Some 34% of voters back the opposition.", "Some 34%", "voters"),  # a share of voters
    ("The party stood at 29% in the poll.", "29%", None),  # no economic measure named
])
def test_other_percentages_are_left_alone(nlp, sentence, span, counted):
    assert figure_named(nlp, sentence, span).counted == counted


@pytest.mark.parametrize(("text", "figure", "as_of"), [
    ("The governor said the bank expected growth of 1.9% in 2027, well below the ministry's "
     "forecast.", "1.9%", "2027"),
    ("Growth in 2025 was 2.1%, the statistics office said.", "2.1%", "2025"),
    ("Inflation for October was 6.8%, the statistics office said.", "6.8%", "2026-10"),
    ("The finance minister said the deficit will reach 3.1% of GDP next year.", "3.1%", "2027"),
])
def test_a_figure_about_a_year_or_month_takes_it(tmp_path, nlp, text, figure, as_of):
    path = tmp_path / "one.jsonl"
    line = {"headline": HEADLINE, "text": text, "published": PUBLISHED}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    found = {q.span.text: (q.as_of, q.as_of_from) for q in record.quantities}
    assert found[figure] == (as_of, "text")
