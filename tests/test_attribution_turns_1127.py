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
    return [a.source.span.text if a.source.span else None for a in record.attributions
            if any(words in c.text for c in a.content)]


def test_turns_relayed_report_is_not_the_speakers(tmp_path, nlp):
    record = _record(tmp_path, RELAYING)
    assert _sources_of(record, "27 people have died") == ["The province"]
    assert _sources_of(record, "300 people are still missing") == ["Governor Pavel Renko"]
    assert _sources_of(record, "treating dozens of people") == ["The Red Cross"]


def test_turns_speaker_keeps_own_voice_beside_a_relayed_report(tmp_path, nlp):
    record = _record(tmp_path, RELAYING)
    holst = [a for a in record.attributions
             if a.source.span and a.source.span.text == "MIRA HOLST"]
    # "Thanks." is no claim; the first turn relays only, the second says one thing itself
    assert [[c.text for c in a.content] for a in holst] == [
        ["The water has started to fall here"]]
    assert record.text[holst[0].content[0].start:holst[0].content[0].end] == \
        "The water has started to fall here"


def _turn_sources(record, label: str):
    return [a.source for a in record.attributions
            if a.source.span and a.source.span.text == label]


def test_turns_anchor_is_the_programme_its_header_names(tmp_path, nlp):
    text = ("VRT Radio Evening Bulletin, transcript excerpt\n\n"
            "ANCHOR: Rescue teams in the valley are still searching for survivors.\n\n"
            "UNIDENTIFIED MALE: We have had no clean water here for three days now.\n")
    record = _record(tmp_path, text)
    entities = {e.id: e for e in record.entities}
    (anchor,) = _turn_sources(record, "ANCHOR")
    assert anchor.type == "outlet"
    assert entities[anchor.entity].name == "VRT Radio Evening Bulletin"
    assert entities[anchor.entity].type == "outlet"
    (caller,) = _turn_sources(record, "UNIDENTIFIED MALE")
    assert (caller.type, caller.entity) == ("anonymous", None)  # someone the show names not


def test_turns_role_label_is_the_person_named_in_that_role(tmp_path, nlp):
    text = ("ANCHOR: Our correspondent Mira Holst is in Drevny.\n\n"
            "CORRESPONDENT: The water has started to fall and families are going home.\n")
    record = _record(tmp_path, text)
    entities = {e.id: e for e in record.entities}
    (reporter,) = _turn_sources(record, "CORRESPONDENT")
    assert reporter.type == "person"
    assert entities[reporter.entity].name == "Mira Holst"


def test_turns_host_without_a_named_programme_is_the_articles_outlet(tmp_path, nlp):
    text = "HOST: Ferry crossings on the lake were cancelled for a second day.\n"
    record = _record(tmp_path, text, outlet="Lakeside Radio")
    entities = {e.id: e for e in record.entities}
    (host,) = _turn_sources(record, "HOST")
    assert host.type == "outlet"
    assert entities[host.entity].name == "Lakeside Radio"
    # nobody says which programme: an unnamed source, kept per story by the ledger (an
    # outlet with no name would key as "host" and merge unrelated programmes' hosts)
    unnamed = _record(tmp_path, text)
    assert [(s.type, s.entity) for s in _turn_sources(unnamed, "HOST")] == [
        ("anonymous", None)]


def test_turns_speakers_own_or_sourceless_report_stays_the_speakers(tmp_path, nlp):
    text = ("ANCHOR: Is the dam holding?\n\n"
            "MIRA HOLST: I said this morning that the dam would hold. The north wall is "
            "reportedly cracked, and engineers are on their way.\n")
    record = _record(tmp_path, text)
    assert "MIRA HOLST" in _sources_of(record, "the dam would hold")
    assert "MIRA HOLST" in _sources_of(record, "The north wall is")


def test_turns_programme_role_after_an_outlet_or_rank_is_no_person(tmp_path, nlp):
    # (a first line "CNN ANCHOR: …" is read as a dateline by the layout: a turn before it)
    text = ("MIRA HOLST: The valley is quiet tonight and the rain has stopped.\n\n"
            "CNN ANCHOR: Rescue teams in the valley are still searching for survivors.\n\n"
            "SENIOR CORRESPONDENT: The water has started to fall and families are going "
            "home.\n")
    record = _record(tmp_path, text)
    entities = {e.id: e for e in record.entities}
    (anchor,) = _turn_sources(record, "CNN ANCHOR")
    assert (anchor.type, entities[anchor.entity].name) == ("outlet", "CNN")
    (reporter,) = _turn_sources(record, "SENIOR CORRESPONDENT")
    assert (reporter.type, reporter.entity) == ("anonymous", None)  # no programme named
    assert not {e.name.lower() for e in record.entities} & {"cnn anchor",
                                                           "senior correspondent"}


def test_turns_speakers_i_is_the_speaker(tmp_path, nlp):
    text = ("ANCHOR: Is the dam holding?\n\n"
            "MIRA HOLST: I said this morning that the dam would hold, and it has.\n")
    record = _record(tmp_path, text)
    entities = {e.id: e for e in record.entities}
    (own,) = [a for a in record.attributions if a.source.span and a.source.span.text == "I"]
    assert (own.source.type, entities[own.source.entity].name) == ("person", "Mira Holst")
    assert own.source.span.start in {m.start for m in entities[own.source.entity].mentions}


def test_turns_name_with_its_role_after_a_comma_is_the_speaker(tmp_path, nlp):
    # CNN's and NBC's transcripts write "JAKE TAPPER, CNN HOST:": the name speaks
    text = ("JAKE TAPPER, CNN HOST: Good morning. Flood waters in the valley are finally "
            "falling.\n\n"
            "MIRA HOLST, CNN CORRESPONDENT: Rescue teams are still searching the villages.\n\n"
            "JAKE TAPPER, CNN HOST: Mira, what are officials telling you about the dam?\n")
    record = _record(tmp_path, text)
    entities = {e.id: e for e in record.entities}
    speakers = [(a.source.span.text, a.source.type, entities[a.source.entity].name)
                for a in record.attributions if a.source.entity is not None]
    assert ("JAKE TAPPER", "person", "Jake Tapper") in speakers
    assert ("MIRA HOLST", "person", "Mira Holst") in speakers
    for a in record.attributions:
        if a.source.span is not None:
            assert text[a.source.span.start:a.source.span.end] == a.source.span.text


def test_turns_programme_in_capitals_takes_the_outlets_own_spelling(tmp_path, nlp):
    # a text transcript's title names the programme in capitals; the layout reads the
    # outlet "DNB Evening News" from it, and the anchor's outlet is spelled so too
    path = tmp_path / "transcript.txt"
    path.write_text(
        "TRANSCRIPT: DNB EVENING NEWS, 24 NOVEMBER 2026, 19:00\n\n[BEGIN TRANSCRIPT]\n\n"
        "ANCHOR: Good evening. Rescue teams are still searching the market tonight.\n\n"
        "LUKA PETROV, CORRESPONDENT: The market is gone, and people here are afraid.\n\n"
        "ANCHOR: Luka, what are officials saying about the toll tonight?\n", "utf-8")
    (record,) = extract_inputs(read_inputs([str(path)]))
    assert record.metadata.outlet == "DNB Evening News"
    entities = {e.id: e for e in record.entities}
    anchors = _turn_sources(record, "ANCHOR")
    assert anchors and all(entities[a.entity].name == "DNB Evening News" for a in anchors)
