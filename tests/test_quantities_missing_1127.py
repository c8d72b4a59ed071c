"""Stranger trial of 2026-11-27 (floods): counts of the missing and the displaced fell out
of their series. "140 people still listed as missing" counted "people", "left 112
missing" and "112 are missing" nothing, "140 persons are registered as missing" made a
series "persons are registered" of its own, and "18,000 people had been forced from their
homes" was no count of the displaced. What a figure counts now keeps the state of people
its verb's complement names, and the ledger reads the missing and displaced families as
one series each (data/ledger_counted.json: state_qualifiers, lost_homes)."""

from __future__ import annotations

import pytest

from according.ledger.figures import counted_key
from figure_helpers import figure_named

MISSING = counted_key("people are missing", "people")
DISPLACED = counted_key("people were displaced", "people")


@pytest.mark.parametrize(("sentence", "figure", "key"), [
    ("Coastguard crews searched the bay for 23 people still listed as missing.", "23",
     MISSING),
    ("The landslide killed nine and left 17 missing, the governor said.", "17", MISSING),
    ("Police said on Friday that 17 are missing.", "17", MISSING),
    ("A further 44 persons are registered as missing.", "44", MISSING),
    ("The Red Crescent has registered 61 people as missing since Thursday.", "61", MISSING),
    ("Police said 8 people were reported missing overnight.", "8", MISSING),
    ("Officials said 12 people remain unaccounted for.", "12", MISSING),
    ("The agency said 4,500 people had been forced from their homes.", "4,500", DISPLACED),
    ("The blaze made 300 people homeless.", "300", DISPLACED),
])
def test_counted_missing_and_displaced_families(nlp, sentence, figure, key):  # noqa: ANN001
    q = figure_named(nlp, sentence, figure)
    assert q.unit == "people"
    assert counted_key(q.counted, q.unit) == key


@pytest.mark.parametrize(("sentence", "figure", "counted"), [
    # what was right stays so: a state completing the verb is kept, a plain one is not read
    ("Five people were found dead in the car.", "Five", "people were found dead"),
    ("Some 300 volunteers were sent to the valley.", "Some 300", "volunteers were sent"),
    ("The quake killed 12 people and left 30 injured.", "30", "injured"),
])
def test_counted_states_not_invented(nlp, sentence, figure, counted):  # noqa: ANN001
    assert figure_named(nlp, sentence, figure).counted == counted


def test_counted_key_registered_voters_are_no_state():
    """A qualifier is dropped only beside a state of people: registered voters stay."""
    assert "registered" in counted_key("voters registered", "people")
    assert counted_key("homes destroyed", "home") != DISPLACED
