"""The PolNeAR recall defects of issue 10 (cues the finder never considered, cue and source
spans cut short), each pinned on a short text written here in a US wire style."""

from __future__ import annotations

import pytest

from according.attribution.raw import RawAttribution
from attribution_helpers import find_checked


def _with_cue(raws: list[RawAttribution], cue: str) -> RawAttribution:
    found = [r for r in raws if r.cue is not None and cue in r.cue.text]
    assert found, f"no attribution with cue {cue!r}: {[(r.cue and r.cue.text) for r in raws]}"
    return found[0]


# cues outside a main clause, and cues that are no verb
NOUN_CUES = ("noun cues need 0.9 from the cue-head classifier (the threshold tuned on a "
             "PolNeAR train holdout; thresholds tuned for the four targets instead, noun 0.4, "
             "cost 1 all-exact point on dev): ")
CUES = [
    pytest.param("The governor, who warned that the levee could fail, ordered an evacuation.",
                 "warned", "that the levee could fail", id="relative-clause-verb"),
    pytest.param("Insisting that the budget was balanced, the mayor left the meeting early.",
                 "Insisting", "that the budget was balanced", id="participle"),
    pytest.param("The tax plan, he said, would cut rates for most families.", "said",
                 "The tax plan", id="mid-sentence-he-said"),
    pytest.param("Trump's claim that the election was rigged drew a sharp response from "
                 "officials.", "claim", "that the election was rigged", id="noun-claim-that",
                 marks=pytest.mark.xfail(strict=True, reason=NOUN_CUES + "it scores 0.69")),
    pytest.param("The senator dismissed charges that she had misused campaign funds.", "charges",
                 "that she had misused campaign funds", id="noun-charges-that",
                 marks=pytest.mark.xfail(strict=True, reason=NOUN_CUES + (
                     "the parser hangs the 'that' clause on 'dismissed'; 'charges' scores 0.002"))),
]


@pytest.mark.parametrize(("text", "cue", "content_start"), CUES)
def test_attribution_cue_outside_a_main_clause_is_found(nlp, text, cue, content_start):
    r = _with_cue(find_checked(nlp, text), cue)
    assert r.content and r.content[0].text.startswith(content_start)


def test_attribution_second_said_between_two_quotes_is_its_own_cue(nlp):
    text = ("“We have waited long enough,” Ms. Moore said. “The families deserve answers.” "
            "“And we will get them,” Ms. Moore said.")
    raws = find_checked(nlp, text)
    said = [r for r in raws if r.cue is not None and r.cue.text == "said"]
    assert len(said) == 2
    assert all(r.source is not None and r.source.text == "Ms. Moore" for r in said)
    assert said[1].content[-1].text == "“And we will get them,”"


def test_attribution_dash_signs_a_quote(nlp):
    text = ("Readers wrote in after the debate.\n\n"
            "“He never answered a single question about the budget.” ― Ana Lopez\n"
            "“I want a candidate who listens to people like me.” ― Ben Ortiz\n")
    raws = find_checked(nlp, text)
    signed = {r.source.text: [c.text for c in r.content] for r in raws
              if r.source is not None and r.cue is not None and r.cue.text == "―"}
    assert signed == {
        "Ana Lopez": ["“He never answered a single question about the budget.”"],
        "Ben Ortiz": ["“I want a candidate who listens to people like me.”"]}


def test_attribution_title_signed_by_its_author_is_no_quote(nlp):
    text = "Films we loved this year:\n\n“Get Out” ― Jordan Peele\n“Lady Bird” ― Greta Gerwig\n"
    assert not [r for r in find_checked(nlp, text) if r.cue is not None and r.cue.text == "―"]


def test_attribution_trailing_cue_keeps_its_day(nlp):
    text = "“The systems were probed in more than 20 states,” the official said Friday."
    r = _with_cue(find_checked(nlp, text), "said")
    assert r.cue.text == "said Friday"
    assert [c.text for c in r.content] == ["“The systems were probed in more than 20 states,”"]


def test_attribution_transcript_speaker_inside_a_quoted_block(nlp):
    text = ("He spoke to the host on Sunday.\n\n"
            "\"HOST: Do you really see those two as equivalent?\n\n"
            "\"PENCE: Well, look, this is serious business for the American people.\n")
    raws = find_checked(nlp, text)
    turns = [(r.source.text, r.content[0].text[:12]) for r in raws
             if r.cue is not None and r.cue.text == ":" and r.source is not None]
    assert turns == [("HOST", "Do you reall"), ("PENCE", "Well, look, ")]


def test_attribution_source_keeps_the_closing_parenthesis(nlp):
    text = "Rep. Gwen Moore (D-Wis.) said the bill would hurt working families."
    r = _with_cue(find_checked(nlp, text), "said")
    assert r.source is not None and r.source.text == "Rep. Gwen Moore (D-Wis.)"
