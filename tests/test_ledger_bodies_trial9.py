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
from according.ledger import bodies, derive, names, open_ledger

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


BANK_A = """Varesia raises rates

PORTO LISSE - Varesia's central bank raised its key rate to 6% on Thursday.

The bank said inflation would ease next year. Growth is expected at 1.5%, according to \
the central bank.
"""

BANK_B = """Lender posts record profit

Kettle Holdings, a lender in Osterby, posted a record profit on Friday. The bank said \
lending grew 4% in the quarter.
"""


def test_ledger_a_bare_bank_is_kept_per_story(tmp_path) -> None:  # noqa: ANN001
    """Two stories' "The bank" that name no bank are two sources, not one "The bank";
    "the central bank" is the country's."""
    with open_ledger(tmp_path / "t.duckdb") as ledger:
        ledger.add_records([extract_text(BANK_A), extract_text(BANK_B)])
        bare = _keys(ledger, "the bank said") | {k for (t, k) in ledger.con.execute(
            "SELECT source_text, source_key FROM attributions").fetchall() if t == "The bank"}
        central = _keys(ledger, "central bank")
    assert len(bare) == 2, bare
    assert central == {"org:varesia central bank"}, central


@pytest.mark.parametrize(("name", "body"), [
    ("the central bank", ("central bank", None)),
    ("Varesia's central bank", ("central bank", "varesia")),
    ("Central Bank of Nigeria", ("central bank", "nigeria")),
    ("Bank of America", None),
    ("the bank", None),
    ("European Central Bank", None),
    ("National Bank of Ukraine", None),
])
def test_a_central_bank_is_a_generic_body(name: str, body) -> None:  # noqa: ANN001
    assert bodies.generic_body(name) == body


def test_ledger_bare_banks_merged_by_rules_34_are_keyed_again_in_place(tmp_path,  # noqa: ANN001
                                                                       monkeypatch) -> None:  # noqa: ANN001
    """merge-rules/34 -> 35: two stories' "The bank" keyed as one are keyed per story,
    without a rebuild, as one clean ingest keys them today."""
    from ledger_records import assert_migrated_in_place

    def read(ledger) -> None:  # noqa: ANN001
        ledger.sources(limit=5)  # opens it for writing: migrated in place

    assert_migrated_in_place(
        tmp_path, monkeypatch, [extract_text(BANK_A), extract_text(BANK_B)],
        [(names, "_bare_description", lambda name: False)], "merge-rules/34", read)


RELEASE = """MONETARY POLICY DECISION

The Monetary Policy Board of the Bank of Varesia decided on Thursday to lower the policy \
rate by 50 basis points to 6.00%.

The Board said inflation was expected to return to its 3% target in 2028.
"""


def test_ledger_a_body_named_by_its_head_word_is_the_body_of_its_article(tmp_path) -> None:  # noqa: ANN001
    """"The Board" of a release is the "Monetary Policy Board of the Bank of Varesia" it
    names, not every story's "Board"."""
    with open_ledger(tmp_path / "t.duckdb") as ledger:
        ledger.add_records([extract_text(RELEASE)])
        found = {k for (t, k) in ledger.con.execute(
            "SELECT source_text, source_key FROM attributions").fetchall() if t == "The Board"}
    assert found == {"org:monetary policy board of the bank of varesia"}, found
