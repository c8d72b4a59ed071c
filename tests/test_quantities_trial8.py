"""Stranger trial 8 (a cholera outbreak): what case counts count.

- "more than 290 suspected cases" and "had confirmed 38 cases" were both "cases" and
  flagged as disagreeing: how sure a case count is says what it counts;
- "Suspected cholera cases … rose from 120 to 214 in two days" counted nothing (what rose
  is what is counted, as "the number of cases rose" counts cases);
- a situation report's key-figures table ("Suspected cholera cases ........ 298") counted
  nothing: a row's label is what its number counts;
- "341 suspected cholera cases had been recorded" was a series of its own ('recorded' is
  how a count is known, not what it counts).
Articles are short ones written for these tests."""

from __future__ import annotations

import according
from according.extract import extract_text
from according.ledger import open_ledger
from according.ledger.figures import counted_key


def _counted(text: str) -> dict[str, tuple[str | None, str | None]]:
    record = according.extract(text)
    for q in record.quantities:
        assert text[q.span.start:q.span.end] == q.span.text
    return {q.span.text: (q.counted, q.unit) for q in record.quantities}


def test_a_suspected_case_count_is_not_a_confirmed_one():
    found = _counted("The national laboratory had confirmed 38 cases out of more than 290 "
                     "suspected cases reported so far, the WHO said.")
    assert found["more than 290"] == ("suspected cases", "case")
    assert counted_key(*found["more than 290"]) != counted_key(*found["38"])


def test_the_number_of_suspected_cases_counts_suspected_cases():
    found = _counted("The number of suspected cases rose from 214 on 24 November to 298 on "
                     "25 November, the ministry said.")
    assert found["298"] == ("suspected cases", "case")


def test_what_rose_from_one_number_to_another_is_what_they_count():
    found = _counted("Suspected cholera cases in the delta rose from 120 to 214 in two days, "
                     "the health ministry said on Tuesday. Arrests climbed to 46 by Monday.")
    assert found["120 to 214"] == ("Suspected cholera cases", "case")
    assert found["46"] == ("Arrests", "arrest")
    prices = _counted("Prices rose from 3 to 4 dollars a litre.")
    assert prices["3 to 4 dollars"][0] is None  # an amount of money counts nothing


def test_a_key_figures_row_counts_what_its_label_says():
    found = _counted("KEY FIGURES (as of 25 November 2026)\n\n"
                     "Suspected cholera cases ........ 298\n"
                     "Case fatality rate ............. 5.7%\n"
                     "People displaced ............... 42,000\n\n"
                     "The report runs to 12 pages.\n")
    assert found["298"] == ("Suspected cholera cases", "case")
    assert found["42,000"] == ("People displaced", "people")
    assert found["5.7%"][0] is None
    assert found["12"][0] != "The report runs to"


def test_a_count_recorded_is_the_same_series_as_the_count(tmp_path):
    texts = ["""Cholera cases climb in flooded delta

KARSA, Velmora - The health ministry said on Thursday that 341 suspected cholera cases had \
been recorded in the Tessa Delta region.
""", """Aid groups warn of cholera spread

KARSA, Velmora - The health ministry said on Thursday there were 298 suspected cholera cases \
in the Tessa Delta region.
"""]
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([extract_text(t) for t in texts])
        keys = {text: key for text, key in ledger.con.execute(
            "SELECT text, series_key FROM quantities").fetchall()}
    assert keys["341"] == keys["298"] == "cases cholera suspected | case"
