"""What a correction withdraws is nobody's claim and no figure: "Correction: An earlier
version of this article, published on Tuesday, said 34 people had been killed" made
"Correction" a person credited with a toll the story had withdrawn (stranger trial 3)."""

from __future__ import annotations

import pytest

from according.withdrawn import withdrawn_statements

FOLLOW_UP = (
    "Toll lowered to 29\n\nBy Hannah Lind\n\nWednesday 25 November 2026 14:00 GMT\n\n"
    "Correction: An earlier version of this article, published on Tuesday, said 34 people "
    "had been killed in the attack. The Ministry of Health's figure at the time was 31.\n\n"
    "MAROSH — The health ministry on Wednesday lowered the death toll to 29, saying two "
    "victims had been counted twice.\n")


@pytest.mark.parametrize(("text", "withdrawn"), [
    ("Correction: An earlier version of this article said 34 people had died. It was 31.",
     "34 people had died"),
    ("This article was amended on 5 March 2025. A previous version incorrectly stated that "
     "the tunnel would open in 2027.", "the tunnel would open in 2027"),
    ("An earlier version of this story, published Monday, gave the wrong figure: 40 homes.",
     "the wrong figure: 40 homes"),
])
def test_withdrawn_statement_is_the_words_after_the_correction_verb(text: str,
                                                                   withdrawn: str) -> None:
    (span,) = withdrawn_statements(text)
    assert text[span[0]:span[1]] == withdrawn


@pytest.mark.parametrize("text", [
    "The earlier version of the bill said nothing about pensions.",
    "The ministry said 31 people had died.",
    "An earlier version of the plan, officials said, would have cost 40 million.",
])
def test_withdrawn_needs_an_earlier_version_of_the_story(text: str) -> None:
    assert withdrawn_statements(text) == []


def test_withdrawn_figure_is_no_figure_and_nobody_said_it() -> None:
    from according.extract import extract_text

    record = extract_text(FOLLOW_UP)
    figures = [q.span.text for q in record.quantities]
    assert not any(f.startswith("34") for f in figures)
    assert "31" in figures and "29" in figures
    sources = [a.source.span.text for a in record.attributions if a.source.span is not None]
    assert "Correction" not in sources
    assert all(FOLLOW_UP[q.span.start:q.span.end] == q.span.text for q in record.quantities)
