"""Stranger trial 3 (a shelling in an invented town, Mon 23 - Wed 25 Nov 2026): what a
figure counts and the day it is about.

- "31 people were confirmed dead" counted "people were confirmed" (not the dead), "the 31
  people killed when ..." only "people", "74 wounded" nothing, "112 wounded people" only
  "people" and "wounding between 40 and 60 others" "others" of a unit "other": no series
  of the wounded could form;
- "Shells hit the market on Monday morning, killing at least 27" took the copy's
  publication day (Tuesday), not Monday."""

from __future__ import annotations

import json

import pytest

from according.extract import extract_inputs
from according.quantities import find_quantities
from according.read import read_inputs
from figure_helpers import figure_named

HEADLINE = "Shelling of a market"
TUESDAY = "2026-11-24T10:00:00Z"


@pytest.mark.parametrize(("sentence", "figure", "counted"), [
    ("As of Tuesday morning, 31 people were confirmed dead and 74 wounded, the spokesman "
     "said.", "31", "people were confirmed dead"),
    ("As of Tuesday morning, 31 people were confirmed dead and 74 wounded, the spokesman "
     "said.", "74", "wounded"),
    ("Twelve children were among the 31 people killed when shells struck the market, the "
     "ministry said.", "31", "people killed"),
    ("Medical teams have treated 112 wounded people since the shelling.", "112",
     "wounded people"),
    ("Shells hit the market, killing at least 27 people and wounding between 40 and 60 "
     "others, officials said.", "between 40 and 60", "others wounded"),
])
def test_counted_states_of_people(nlp, sentence, figure, counted):
    q = figure_named(nlp, sentence, figure)
    assert (q.counted, q.unit) == (counted, "people")


def test_counted_others_are_more_of_the_figure_before(nlp):
    """ "others" are more of what the figure before them counts: homes, not people."""
    q = figure_named(nlp, "The blasts destroyed 40 homes and damaged 60 others.", "60")
    assert q.unit == "home"


def test_counted_an_american_is_no_state_of_people(nlp):
    q = figure_named(nlp, "I interviewed more than a dozen African-American leaders.",
                     "more than a dozen")
    assert q.counted == "leaders"


def _record(text: str, published: str = TUESDAY):  # noqa: ANN202
    return _records(text, published)[0]


def _records(text: str, published: str):  # noqa: ANN202
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "one.jsonl"
        path.write_text(json.dumps({"headline": HEADLINE, "text": text,
                                    "published": published}) + "\n", "utf-8")
        return list(extract_inputs(read_inputs([str(path)])))


def test_as_of_participle_clause_takes_its_verbs_day(nlp):
    """The 27 killed and 40 wounded by Monday's shelling are Monday's, in a copy
    published on Tuesday."""
    record = _record("Artillery shells slammed into a crowded market on Monday morning, "
                     "killing at least 27 people and wounding between 40 and 60 others, "
                     "health officials said.")
    found = {q.span.text: (q.as_of, q.as_of_from) for q in record.quantities}
    assert found["at least 27"] == ("2026-11-23", "text")
    assert found["between 40 and 60"] == ("2026-11-23", "text")


def test_as_of_participle_with_a_subject_of_its_own_is_not_its_heads(nlp):
    """A clause with its own subject and tense says its own time: the 5 of "5 people
    were dying" is not Monday's by the first clause's time."""
    record = _record("The storm hit the coast on Monday, and officials said 5 people had "
                     "died.")
    (q,) = [q for q in record.quantities if q.span.text == "5"]
    assert q.as_of_from == "published"


@pytest.mark.parametrize(("sentence", "figure", "counted"), [
    # the total is the verb's object and the figure what it was brought to (stranger trial
    # 3: the ministry's revised 29 counted nothing and was in no series)
    ("The health ministry on Wednesday lowered the death toll from Monday's shelling of the "
     "market to 29.", "29", "death toll"),
    ("The ministry put the death toll at 31.", "31", "death toll"),
    ("Officials lowered the price to 29 dollars.", "29 dollars", None),
])
def test_counted_total_as_the_object_brought_to_a_figure(nlp, sentence, figure, counted):
    found = {q.span.text: q.counted for q in find_quantities(nlp(sentence))}
    assert found[figure] == counted
