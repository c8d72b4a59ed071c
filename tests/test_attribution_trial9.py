"""Sources as the ninth stranger's trial (a central bank's rate cut and inflation in the
invented Calderra, 2026-11-28) found them wrong: "the central bank" after an economist's
employer ("…, chief economist at Norda Bank") was taken to be that commercial bank."""

from __future__ import annotations

import pytest

from test_sources_trial_1127 import _sources as _named  # (source words, type, entity name)


@pytest.mark.parametrize("text", [
    ("Varesia's central bank held its key rate at 6% on Tuesday. \"Demand is weak,\" said "
     "Odile Marsh, chief economist at Pellin Bank. Growth is expected at 1.2% this year, "
     "according to the central bank."),
    ("The Bank of Varesia held rates on Tuesday. Tomas Irwin, an analyst at Kettle Bank, "
     "said the decision was expected. The central bank said inflation would ease."),
])
def test_sources_the_central_bank_is_no_commercial_bank_named_before(nlp, text: str) -> None:  # noqa: ANN001
    words, kind, entity = _named(nlp, text)[-1]
    assert words.lower() == "the central bank" and kind == "organization", words
    assert entity is None or "Pellin" not in entity and "Kettle" not in entity, entity


def test_sources_the_central_bank_is_the_bank_of_its_country(nlp) -> None:  # noqa: ANN001
    text = ("The Bank of Varesia cut its rate to 5% on Tuesday. The central bank said "
            "inflation would ease next year.")
    words, kind, entity = _named(nlp, text)[-1]
    assert (kind, entity) == ("organization", "Bank of Varesia"), (words, entity)


def test_sources_the_bank_itself_is_the_bank_named_before(nlp) -> None:  # noqa: ANN001
    text = ("On Tuesday the Bank of Varesia raised its policy rate to 6%. The bank itself "
            "expects inflation of 3.1% next year.")
    words, kind, entity = _named(nlp, text)[-1]
    assert (kind, entity) == ("organization", "Bank of Varesia"), (words, entity)


@pytest.mark.parametrize(("text", "source"), [
    ("A poll of 15 economists had forecast a cut. Only three of them expected the larger "
     "move.", "Only three of them"),
    ("The bank raised rates, as 12 of the 15 economists in a Reuters poll expected.",
     "12 of the 15 economists in a Reuters poll"),
])
def test_sources_a_number_of_people_is_a_group(nlp, text: str, source: str) -> None:  # noqa: ANN001
    words, kind, _ = _named(nlp, text)[-1]
    assert (words, kind) == (source, "group"), (words, kind)


@pytest.mark.parametrize("text", [
    "The bank cut its rate to 5.5% on Tuesday, a bigger cut than analysts had expected.",
    ("The bank cut its rate to 5.5% on Tuesday, going further than most analysts had "
     "expected after inflation slowed to 4.2 percent in May."),
])
def test_attribution_an_expectation_compared_is_no_report(nlp, text: str) -> None:  # noqa: ANN001
    from attribution_helpers import find_checked

    assert not [r for r in find_checked(nlp, text) if r.cue and "expected" in r.cue.text]


def test_attribution_what_was_expected_is_still_reported(nlp) -> None:  # noqa: ANN001
    from attribution_helpers import find_checked

    text = "The bank cut its rate to 5.5%, as analysts had expected."
    found = [r for r in find_checked(nlp, text) if r.cue and "expected" in r.cue.text]
    assert found and found[0].source.text == "analysts", found


@pytest.mark.parametrize(("text", "content"), [
    ("A Reuters poll of 18 economists had forecast a 50 basis point cut, to 4.75%. Forecasts "
     "ranged widely.", "a 50 basis point cut, to 4.75%"),
    ("The poll forecast a cut of 25 basis points, to 4.5%, on Thursday.",
     "a cut of 25 basis points, to 4.5%"),
])
def test_attribution_a_forecast_change_keeps_its_level(nlp, text: str, content: str) -> None:  # noqa: ANN001
    from attribution_helpers import find_checked

    found = [r for r in find_checked(nlp, text) if r.cue and "forecast" in r.cue.text]
    assert found and [c.text for c in found[0].content] == [content], found
