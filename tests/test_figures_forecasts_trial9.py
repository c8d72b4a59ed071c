"""Stranger trial 9 (a central bank's rate cut and inflation): a forecast compared with what
happened, core inflation read as inflation, "annual consumer price inflation" a series of
its own, the day of "after 6.1% in September" and "a month earlier", the rate of "from 9.50
percent to 9.00 percent" not read. Short articles of that kind, written for these tests."""

from __future__ import annotations

import json

import pytest

from according.extract import extract_inputs
from according.ledger import open_ledger
from according.ledger.figures import counted_key, expected_figure, not_an_amount
from according.read import read_inputs
from figure_helpers import figure_named

MONDAY = "2027-03-08T07:00:00Z"
THURSDAY = "2027-03-11T16:00:00Z"
PREVIEW = {"headline": "Varda central bank seen cutting rates", "published": MONDAY,
           "outlet": "Varda Markets", "url": "https://varda.example/preview",
           "text": "VARDA CITY - Most analysts expect the Bank of Varda to lower its "
                   "policy rate by 25 basis points to 4.75% on Thursday."}
REPORT = {"headline": "Varda central bank cuts rates by half a point", "published": THURSDAY,
          "outlet": "Varda Herald", "url": "https://varda.example/cut",
          "text": "VARDA CITY - The Bank of Varda lowered its policy rate to 4.50% on "
                  "Thursday, its first cut in two years."}


def _records(tmp_path, *articles):  # noqa: ANN001, ANN202
    path = tmp_path / "wire.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), "utf-8")
    return list(extract_inputs(read_inputs([str(path)])))


@pytest.mark.parametrize(("sentence", "figure", "expected"), [
    ("Most economists expect the Bank of Varda to lower its policy rate by 25 basis points "
     "to 4.75% on Thursday.", "4.75%", True),
    ("A Reuters poll of 15 economists had forecast a quarter-point cut, to 4.75%.", "4.75%", True),
    ("Growth is projected at 2.4 percent next year.", "2.4 percent", True),
    ("The ministry said its budget assumed inflation of 3.5%.", "3.5%", True),
    ("It now sees inflation at 3.1%, against its earlier forecast of 3.6%.", "3.6%", True),
    # what happened, beside an expectation it is compared with
    ("The bank cut its rate to 4.50%, a bigger cut than analysts had expected, after "
     "inflation fell to 3.9% in February.", "3.9%", False),
    ("It cut more than most analysts had expected after inflation slowed to 3.9 percent.",
     "3.9 percent", False),
    ("The bank cut its policy rate to 4.50% on Thursday.", "4.50%", False),
])
def test_a_figure_someone_expects_is_no_amount_of_its_series(sentence, figure, expected):
    start = sentence.index(figure)
    assert expected_figure(sentence, start) is expected
    assert not_an_amount(sentence, start, start + len(figure), "policy rate", "percent") \
        is expected


def test_a_forecast_is_not_a_disagreement_with_the_outcome(tmp_path):  # noqa: ANN001
    records = _records(tmp_path, PREVIEW, REPORT)
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        ledger.add_records(records)
        assert [d.reason for d in ledger.disagreements().items] == []
        days = {f.text: f.day for f in ledger.series_figures("policy rate | percent").items}
    assert days == {"4.75%": "2027-03-11", "4.50%": "2027-03-11"}  # kept, on its day


@pytest.mark.parametrize(("written", "same"), [
    ("Annual consumer price inflation", True),
    ("annual inflation", True),
    ("headline CPI inflation", True),
    ("core inflation", False),
    ("food inflation", False),
    ("monthly inflation", False),
])
def test_words_that_restate_inflation_fold_and_other_measures_stay(written, same):
    assert (counted_key(written, "percent") == counted_key("inflation", "percent")) is same


@pytest.mark.parametrize(("sentence", "span", "counted"), [
    ("Core inflation, which excludes food and energy prices, slowed to 3.4 percent in "
     "February.", "3.4 percent", "core inflation"),
    ("Growth is expected at 1.2% this year, according to the central bank.", "1.2%", "growth"),
    ("The board decided to lower the policy rate by 50 basis points, from 5.00 percent to "
     "4.50 percent.", "4.50 percent", "policy rate"),
    ("The board decided to lower the policy rate by 50 basis points, from 5.00 percent to "
     "4.50 percent.", "5.00 percent", "policy rate"),
])
def test_what_a_rate_or_measure_counts(nlp, sentence, span, counted):  # noqa: ANN001
    assert figure_named(nlp, sentence, span).counted == counted


@pytest.mark.parametrize(("text", "figure", "as_of"), [
    ("Core inflation was 3.4% in February, after 3.7% in January, the statistics office "
     "said.", "3.7%", "2027-01"),
    ("Yes, inflation fell to 3.9% in February. But it was 4.3% only a month earlier.",
     "4.3%", "2027-01"),
    # a time after "than" is what the figure is compared with, not its moment
    ("Food prices were 4.1% higher than a year earlier, the statistics office said.",
     "4.1%", "2027-03-11"),
])
def test_an_earlier_figure_takes_its_own_month(tmp_path, text, figure, as_of):  # noqa: ANN001
    (record,) = _records(tmp_path, {"headline": "Inflation eases in Varda", "text": text,
                                    "published": THURSDAY})
    found = {q.span.text: q.as_of for q in record.quantities}
    assert found[figure] == as_of


def test_a_rate_before_a_cut_is_a_previous_value_after_a_future_clause(tmp_path):  # noqa: ANN001
    """A future word of an earlier clause ("will see their payments fall … after") is not the
    change's own, and a time after "to 4.50% from 5.00%" (no comma) is the change's: the
    "from" rate stood before the cut, compared with none."""
    text = ("Borrowers will see their payments fall from next month after the Bank of Varda "
            "lowered its policy rate to 4.50% from 5.00% on Thursday.")
    (record,) = _records(tmp_path, {"headline": "Relief for borrowers", "text": text,
                                    "published": THURSDAY})
    found = {q.span.text: (q.previous, q.as_of) for q in record.quantities}
    # the cut's Thursday is the new rate's; the old rate stood before it, on no day
    assert found["5.00%"] == (True, None)
    assert found["4.50%"] == (False, "2027-03-11")


def test_ledger_merged_by_rules_35_drops_a_forecasts_clash_in_place(tmp_path, monkeypatch):  # noqa: ANN001
    """merge-rules/35 -> 36: a ledger whose preview's 4.75% was compared with the cut's
    4.50% (a false disagreement) is brought, without a rebuild, to what one clean ingest
    gives today: the forecast kept on its day and compared with nothing."""
    from according.ledger import figures
    from ledger_records import assert_migrated_in_place

    found: list = []

    def read(ledger) -> None:  # noqa: ANN001
        found.append(len(ledger.disagreements().items))

    never = [(figures, "expected_figure", lambda *a: False)]
    assert_migrated_in_place(tmp_path, monkeypatch, _records(tmp_path, PREVIEW, REPORT),
                             never, "merge-rules/35", read)
    assert found == [0]
