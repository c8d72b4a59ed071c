"""A country's bodies in stories about a country no table knows (stranger trial 9: the
invented Calderra's rate cut). "Calderra's central bank" and "Calderra's 10-year government
bond" say which country a story is about though the entity tagger called "Calderra" an
organisation or missed it, so two stories' "the finance ministry" are one source, not one
per story; and a statistics office is a generic body, so "the statistics office" and "the
Calderra Statistics Office" are one (merge rules 35). Articles are short ones written for
these tests and run through the real pipeline."""

from __future__ import annotations

import re

import pytest

from according.extract import extract_text
from according.ledger import bodies, derive, open_ledger

RATES = """Varesia cuts rates as prices cool

PORTO LISSE - Varesia's central bank cut its key rate to 5% on Thursday. Consumer prices \
rose 4.1% in May from a year earlier, the statistics office said on Tuesday.

The finance ministry said it expected growth of 2% this year.
"""

BONDS = """Bond yields fall to six-month low

The yield on Varesia's 10-year government bond fell to 6.2% on Friday, a day after the \
rate cut.

The finance ministry said it would sell 3 billion lire of bonds in July. Inflation was \
4.1% in May, according to the Varesia Statistics Office.
"""


def _keys(ledger, word: str) -> set[str]:  # noqa: ANN001
    return {k for (k,) in ledger.con.execute(
        "SELECT source_key FROM attributions WHERE lower(source_text) LIKE ?",
        [f"%{word}%"]).fetchall()}


def test_ledger_one_finance_ministry_and_one_statistics_office(tmp_path) -> None:  # noqa: ANN001
    with open_ledger(tmp_path / "t.duckdb") as ledger:
        ledger.add_records([extract_text(RATES), extract_text(BONDS)])
        ministry, office = _keys(ledger, "finance ministry"), _keys(ledger, "statistics office")
    assert len(ministry) == 1 and "varesia" in next(iter(ministry)), ministry
    assert len(office) == 1, office


@pytest.mark.parametrize(("name", "body"), [
    ("the statistics office", ("statistics office", None)),
    ("Calderra Statistics Office", ("statistics office", "calderra")),
    ("the Office for National Statistics", ("statistics office", None)),
    ("the National Bureau of Statistics", ("statistics bureau", None)),
    ("the office", None),
    ("the press office", None),
])
def test_a_statistics_office_is_a_generic_body(name: str, body) -> None:  # noqa: ANN001
    assert bodies.generic_body(name) == body


def test_ledger_merged_by_rules_34_is_keyed_again_in_place(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """merge-rules/34 -> 35: the finance ministry kept per story is keyed, without a
    rebuild, as one clean ingest keys it today."""
    from ledger_records import assert_migrated_in_place

    found: list = []

    def read(ledger) -> None:  # noqa: ANN001
        ledger.sources(limit=5)  # opens it for writing: migrated in place
        found.append(_keys(ledger, "finance ministry"))

    assert_migrated_in_place(
        tmp_path, monkeypatch, [extract_text(RATES), extract_text(BONDS)],
        [(derive, "_OWNS_A_NATIONAL_BODY", re.compile(r"(?!x)x"))], "merge-rules/34", read)
    assert found and len(found[0]) == 1, found
