"""Attributions and sources as the seventh stranger's trial (an air strike on a market town
and its competing tolls, 2026-11-28) and the sixth found them wrong: a silence ("has not
commented on the new figure", "declined to comment") and the outlet's own check that came
to nothing ("The Dispatch could not independently confirm …") read as claims, acts ("imposed
a curfew", "filed a petition") and a request for money ("seeks US$96 million") read as
reports; a non-restrictive relative clause kept in a source's name; "the group" given to an
organization named before the one just named; and a subject set off from its verb by an
aside ("said the strike, shortly before dawn on Tuesday, had destroyed …") left as the whole
content. Attributions are found by the real finder, as in the ledger."""

from __future__ import annotations

import pytest

from attribution_helpers import find_checked
from test_sources_trial_1127 import _sources as _named  # (source words, type, entity name)


def _found(nlp, text: str) -> list[tuple[str | None, str | None, list[str]]]:  # noqa: ANN001
    """(source words, cue words, content pieces) of each attribution found in `text`."""
    return [(r.source.text if r.source else None, r.cue.text if r.cue else None,
             [c.text for c in r.content]) for r in find_checked(nlp, text)]


@pytest.mark.parametrize(("text", "word"), [
    # a silence: nothing was said
    ("Officials in Moravan said 14 people had drowned. The coastguard has not commented on "
     "the toll.", "coastguard"),
    ("The mayor said the bridge was safe. The engineering firm declined to comment on the "
     "inspection report.", "firm"),
    ("Residents said the water was brown. The utility did not respond to a request for "
     "comment on Tuesday.", "utility"),
    ("The union said 300 jobs would go. The company has yet to respond to the figure.",
     "company"),
    # the outlet's own check that came to nothing is no claim of a "Ledger" person
    ("Both sides gave casualty figures. The Ledger could not independently confirm the "
     "figures given by either camp.", "Ledger"),
    ("Both sides gave casualty figures. The Ledger could not independently verify the "
     "claims made by either camp.", "Ledger"),
    ("Video shared online showed a burning depot. Northwire was unable to independently "
     "confirm the footage.", "Northwire"),
    # acts done to an object report nothing
    ("Police have imposed a dusk-to-dawn curfew on Halden after clashes left four people "
     "dead.", "Police"),
    ("The governor has imposed a week-long curfew on the port city after two nights of "
     "rioting.", "governor"),
    ("The opposition candidate on Monday filed a petition at the election tribunal in "
     "Halden.", "candidate"),
    ("Authorities lodged an appeal against the ruling.", "Authorities"),
    # asking for an amount of money is no statement
    ("The 2027 Ostrava Flash Appeal, which seeks US$140 million, is 12 percent funded.",
     "which"),
    ("The Regional Response Plan, which seeks US$140 million, is a fifth funded.", "which"),
    ("The city council is seeking $12 million from the state to repair the seawall.",
     "council"),
])
def test_attribution_silence_acts_and_requests_are_no_claims(nlp, text: str,  # noqa: ANN001
                                                             word: str) -> None:
    found = _found(nlp, text)
    assert not any(s is not None and word in s.split() for s, _, _ in found), found


@pytest.mark.parametrize(("text", "source", "content"), [
    # a clause of its own keeps the attribution (PolNeAR marks these, and so does the ledger)
    ("The minister did not say whether the talks would resume.", "The minister",
     "whether the talks would resume"),
    ("The Times filed a motion to unseal the records.", "The Times", "to unseal the records"),
    ("The UN has sought to reassure donors that the money will reach the town.", "The UN",
     "to reassure donors that the money will reach the town"),
    ("The army said it had confirmed the deaths of 12 soldiers.", "The army",
     "it had confirmed the deaths of 12 soldiers"),
])
def test_attribution_a_clause_keeps_the_report(nlp, text: str, source: str,  # noqa: ANN001
                                                content: str) -> None:
    found = _found(nlp, text)
    assert any(s == source and any(content in c for c in cs) for s, _, cs in found), found


def test_sources_definite_description_with_a_relative_clause_is_the_body_named_before(
        nlp) -> None:  # noqa: ANN001
    text = ("Flooding has killed 23 people in the valley, the health ministry of the "
            "Ostrava region said on Monday.\n\nAt least 40 homes were destroyed, the ministry, "
            "which is run by the regional governor's office, said in a statement.")
    named = _named(nlp, text)
    assert named[-1][1:] == ("organization", "health ministry of the Ostrava region"), named


def test_sources_description_named_without_its_relative_clause(nlp) -> None:  # noqa: ANN001
    text = ("Rescue teams reached the village on Tuesday. The water authority in Brenn, "
            "which is controlled by the provincial council, said 3,000 homes had no water.")
    named = _named(nlp, text)
    assert named[-1][1:] == ("organization", "water authority in Brenn"), named
    assert "controlled" not in (named[-1][2] or ""), named


def test_sources_the_group_is_the_monitor_just_named(nlp) -> None:  # noqa: ANN001
    text = ("The Tessaly Liberation Front said its fighters had held the ridge. The Vardan "
            "Civilian Harm Monitor said it had recorded 61 violations overnight. The group "
            "said its observers had not been able to reach the eastern villages.")
    named = _named(nlp, text)
    assert named[1][1:] == ("organization", "Vardan Civilian Harm Monitor"), named
    assert named[2] == ("The group", "organization", "Vardan Civilian Harm Monitor"), named


@pytest.mark.parametrize(("text", "words"), [
    ("The Marran Armed Forces said the raid, shortly before 4:00 am (0200 GMT) on Sunday, "
     "had destroyed \"a training camp and arms store\" of the Brigade and killed 12 "
     "fighters.", "killed 12 fighters"),
    ("The Marran Armed Forces said the strike, shortly before 6:00 am on Sunday, had "
     "destroyed a training camp and killed 12 fighters.", "killed 12 fighters"),
    ("The navy said the raid, shortly after 3:00 am (0100 GMT) on Sunday, had sunk two "
     "smuggling boats and killed 11 crew members.", "killed 11 crew members"),
])
def test_attribution_content_runs_through_a_subject_set_off_by_an_aside(
        nlp, text: str, words: str) -> None:  # noqa: ANN001
    found = _found(nlp, text)
    assert any(any(words in c for c in cs) for _, _, cs in found), found


@pytest.mark.parametrize("text", [
    "With 40 days until the referendum, Minyon Tasker, a senior adviser to the Yes campaign, "
    "called the governor's remarks on Sunday \"a true wake-up call\" to her side.",
    "With 30 days until the vote, Minyon Moore, a senior adviser to the Green League, called "
    "the poll \"a true wake-up call\" for the party.",
])
def test_attribution_person_named_after_an_opening_phrase_is_the_source(
        nlp, text: str) -> None:  # noqa: ANN001
    # the parser may take the opening phrase's last noun for the subject, the name for its
    # apposition: a thing that cannot speak and names a person after a comma is that person
    (source, _, _), = _found(nlp, text)
    assert source is not None and source.startswith("Minyon"), source
