"""A correction note is the outlet correcting its story, not anyone's report (stranger trial
7): "Correction, 27 November: An earlier version of this story said the monitor had verified
the deaths of 14 children. It said 11." made "It" a source credited with "11", an
"(unresolved pronoun)" in the ledger. No attribution is read in a correction note; its
figures stay the story's corrected report (README, round 29). An earlier version inside a
speaker's quotation is the speaker's report, still a claim."""

from __future__ import annotations

import pytest

from according.extract import extract_text
from according.withdrawn import correction_notes, withdrawn_statements

STORY = (
    "Flood toll disputed in Pellworth\n\nBy Hannah Lind\n\n"
    "Wednesday 25 November 2026 14:00 GMT\n\n"
    "PELLWORTH — The river authority said on Wednesday that 300 homes had been flooded. "
    "Mayor Jane Holt said 11 schools would stay closed.\n\n")


def _claims(text: str) -> list[tuple[str, str]]:
    record = extract_text(text)
    out = []
    for a in record.attributions:
        span = a.source.span
        if span is not None:
            assert text[span.start:span.end] == span.text
        out.append((span.text if span is not None else "", " ".join(c.text for c in a.content)))
    return out


@pytest.mark.parametrize("note", [
    # the pronoun restates the corrected report ("It" is no source of the story's)
    "Correction, 27 November: An earlier version of this story said the authority had "
    "counted 400 homes. It said 300.",
    "Correction: An earlier version of this article misstated the mayor's estimate. She "
    "said 11 schools, not 14.",
    # a clarification's label is no speaker, its restatement no second report
    "Clarification: An earlier version of this story said the authority had confirmed 40 "
    "deaths. The authority said 40 people were missing.",
    "CORRECTION, March 21 – The authority said 300 homes had been flooded, not 30 as this "
    "story first reported.",
])
def test_correction_note_reports_no_claim(note: str) -> None:
    claims = _claims(STORY + note + "\n")
    assert ("The river authority", "that 300 homes had been flooded") in claims
    assert ("Mayor Jane Holt", "11 schools would stay closed") in claims
    assert len(claims) == 2, claims  # nothing from the note


def test_correction_note_figures_stay_the_story_corrected_report() -> None:
    text = (STORY + "Correction, 27 November: An earlier version of this story said the "
            "authority had counted 400 homes. It said 300.\n")
    figures = [q.span.text for q in extract_text(text).quantities]
    assert "400" not in figures and figures.count("300") == 2


@pytest.mark.parametrize("text", [
    # a speaker's own report's earlier version, in their quotation: their claim and figure
    STORY + "\"An earlier version of this report said the dam would last 40 years,\" the "
            "engineer, Tom Reyes, told the inquiry. \"It said nothing of the cracks.\"\n",
    STORY + "Tom Reyes, an engineer, told the inquiry: “An earlier version of this report "
            "said the dam would last 40 years.”\n",
])
def test_earlier_version_inside_a_quote_stays_a_claim(text: str) -> None:
    claims = _claims(text)
    assert any("Tom Reyes" in source and "40 years" in content for source, content in claims)
    assert "40 years" in [q.span.text for q in extract_text(text).quantities]
    assert withdrawn_statements(text) == [] and correction_notes(text) == []


def test_update_label_is_no_correction_note() -> None:
    # an update may carry news: its report stays a claim
    text = STORY + "UPDATE, 17:40: The river authority said the water had begun to fall.\n"
    assert correction_notes(text) == []


def test_correction_note_spans_the_correction_sentence_to_its_line_end() -> None:
    line = ("The authority said 300 homes were flooded. Correction: An earlier version of "
            "this story said 400. It said 300.")
    ((start, end),) = correction_notes(line)
    assert line[start:end] == "Correction: An earlier version of this story said 400. It said 300."
