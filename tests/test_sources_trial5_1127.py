"""Stranger trial 5 (Valdoria budget): a role description inside a transcript's turn is a
third party, not a speaker of the transcript; "the ministry" after "the finance ministry"
is that ministry, not the last organization named (nor a speaker label typed one); a bare
surname the NER typed a place is the person of that surname the article named. Each on a
short text written for it."""

from __future__ import annotations

import json

from according.extract import extract_inputs
from according.read import read_inputs

PUBLISHED = "2025-03-11T07:00:00Z"

# a host and a guest introduced by name; the minister the host quotes is named nowhere
INTERVIEW = (
    "HOST (JOHN ADEMI): Good morning. With me is the leader of the Farmers' Union, "
    "Marek Dolan. Mr Dolan, the strike goes on.\n\n"
    "MAREK DOLAN, FARMERS' UNION LEADER: It does. Our members will not move until the "
    "prices are fixed.\n\n"
    "ADEMI: The agriculture minister says the subsidy already covers 40 percent of costs.\n\n"
    "DOLAN: The Harvest Council says 25 percent. And the prime minister told parliament on "
    "Friday that it was 30 percent. Which is it?\n\n"
    "ADEMI: We asked the agriculture ministry for a response. In a statement, the ministry "
    "said the subsidy would rise to 45 percent in June.\n")

# the tagger types this surname alone a place (GPE), so the entity layer keeps it apart
SURNAME = (
    "KORVA, March 10 - Labour Minister Teodora Petrova told unions on Monday that the pension "
    "age would rise to 66 by 2030.\n\n"
    "\"Nobody wants this, but the fund runs dry in six years,\" Petrova said after the "
    "meeting.\n\n"
    "Union leaders called the plan unacceptable and said they would strike on Friday.\n")


def _record(tmp_path, text: str, headline: str = "Morning programme"):
    path = tmp_path / "one.jsonl"
    line = {"headline": headline, "text": text, "published": PUBLISHED}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return record


def _source_of(record, words: str):
    (att,) = [a for a in record.attributions if any(words in c.text for c in a.content)]
    ent = next((e for e in record.entities if e.id == att.source.entity), None)
    return att.source, ent


def test_trial5_role_in_a_turn_is_not_a_participant(tmp_path, nlp):
    record = _record(tmp_path, INTERVIEW)
    for words, written in (("covers 40 percent", "The agriculture minister"),
                           ("it was 30 percent", "the prime minister")):
        source, ent = _source_of(record, words)
        assert source.span.text == written
        assert ent is None or "Dolan" not in ent.name, (words, ent)


def test_trial5_the_ministry_is_the_ministry_described(tmp_path, nlp):
    record = _record(tmp_path, INTERVIEW)
    source, ent = _source_of(record, "rise to 45 percent")
    assert source.span.text == "the ministry"
    assert source.type == "organization"
    assert ent is None or ent.name.lower() not in ("dolan", "harvest council"), ent


def test_trial5_bare_surname_is_the_named_person(tmp_path, nlp):
    record = _record(tmp_path, SURNAME, headline="Pension age to rise to 66")
    source, ent = _source_of(record, "the fund runs dry")
    assert source.span.text == "Petrova"
    assert source.type == "person"
    assert ent is not None and ent.name == "Teodora Petrova"
