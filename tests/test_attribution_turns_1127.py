"""Transcript turns (stranger trial 2, 05-broadcast): a speaker's turn that relays what others
said is the source of its own words only; the relayed reports have sources of their own.
A programme's role label ("ANCHOR:") is the programme speaking, not an anonymous source.
Each on a short transcript written for it."""

from __future__ import annotations

import json

from according.extract import extract_inputs
from according.read import read_inputs

PUBLISHED = "2024-05-16T10:00:00Z"

RELAYING = (
    "ANCHOR: Rescue teams in the valley are still searching for survivors. Our correspondent "
    "Mira Holst is in Drevny.\n\n"
    "MIRA HOLST: Thanks. The province now says 27 people have died, up from 18 yesterday. "
    "Governor Pavel Renko told reporters this morning that more than 300 people are still "
    "missing.\n\n"
    "ANCHOR: And the aid agencies?\n\n"
    "MIRA HOLST: The water has started to fall here. The Red Cross says it is treating "
    "dozens of people for injuries.\n")


def _record(tmp_path, text: str, headline: str = "Evening bulletin", **meta):
    path = tmp_path / "one.jsonl"
    line = {"headline": headline, "text": text, "published": PUBLISHED, **meta}
    path.write_text(json.dumps(line) + "\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    return record


def _sources_of(record, words: str) -> list[str]:
    """The source spans of every attribution whose content holds `words`."""
    return [a.source.span.text for a in record.attributions
            if any(words in c.text for c in a.content)]


def test_turns_relayed_report_is_not_the_speakers(tmp_path, nlp):
    record = _record(tmp_path, RELAYING)
    assert _sources_of(record, "27 people have died") == ["The province"]
    assert _sources_of(record, "300 people are still missing") == ["Governor Pavel Renko"]
    assert _sources_of(record, "treating dozens of people") == ["The Red Cross"]


def test_turns_speaker_keeps_own_voice_beside_a_relayed_report(tmp_path, nlp):
    record = _record(tmp_path, RELAYING)
    holst = [a for a in record.attributions if a.source.span.text == "MIRA HOLST"]
    # "Thanks." is no claim; the first turn relays only, the second says one thing itself
    assert [[c.text for c in a.content] for a in holst] == [
        ["The water has started to fall here"]]
    assert record.text[holst[0].content[0].start:holst[0].content[0].end] == \
        "The water has started to fall here"
