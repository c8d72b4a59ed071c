"""Stranger trial 6 (a disputed governorship election): who a pronoun and a passive
declaration are given to. Each on a short article written for it
(tests/data/attribution_trial6/):

- "Her lawyer, Uche Nwosu, said … '…,' he said": a name in apposition to a noun for a
  person is a person (the NER typed it an organization), and "he" is that lawyer, not the
  governor named a paragraph before;
- "…, said Kunle Ajayi, the network's programme director. He said …": the same;
- "Adeleke-Ibru told supporters that she would go to court. She said …": a surname used
  alone makes the "organization" it ends a person, so "she" is hers; a "he" inside an
  unnamed official's description ("because he was not authorised") is that official's,
  so it neither gives the named woman a male gender nor lets "the official" be a "she";
- "X was on Sunday declared winner … by the commission": the commission speaks, of X; a
  key-events line "X declared winner" has no speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from according.extract import extract_text

DATA = Path(__file__).parent / "data" / "attribution_trial6"


def _record(name: str):
    return extract_text((DATA / name).read_text("utf-8"))


def _att(record, words: str):
    (att,) = [a for a in record.attributions if any(words in c.text for c in a.content)]
    return att


def _source_name(record, att) -> str | None:
    ent = next((e for e in record.entities if e.id == att.source.entity), None)
    return ent.name if ent is not None else None


@pytest.mark.parametrize(("name", "words", "speaker"), [
    ("lawyer.txt", "Every sheet we present", "Uche Nwosu"),
    ("director.txt", "own estimate of turnout", "Kunle Ajayi"),
    ("surname.txt", "altered tally sheets", "Ngozi Adeleke-Ibru"),
    ("anongender.txt", "altered tally sheets", "Ngozi Adeleke-Ibru"),
])
def test_trial6_pronoun_is_the_nearest_named_speaker(nlp, name, words, speaker):
    record = _record(name)
    att = _att(record, words)
    assert att.source.span is not None and att.source.span.text.lower() in ("he", "she")
    assert att.source.type == "person", att.source
    assert _source_name(record, att) == speaker


@pytest.mark.parametrize("name", ["lawyer.txt", "director.txt"])
def test_trial6_name_beside_a_role_is_a_person(nlp, name):
    record = _record(name)
    speakers = [a for a in record.attributions if a.source.span is not None
                and "," in a.source.span.text and a.source.type != "anonymous"]
    assert speakers and all(a.source.type == "person" for a in speakers), speakers


def test_trial6_unnamed_officials_he_is_not_the_named_woman(nlp):
    record = _record("surname.txt")
    woman = next(e for e in record.entities if e.name == "Ngozi Adeleke-Ibru")
    assert woman.type == "person"
    assert "he" not in [m.text for m in woman.mentions]
    assert "Adeleke-Ibru" in [m.text for m in woman.mentions]  # one person, not two


def test_trial6_passive_declaration_speaker_is_the_agent(nlp):
    record = _record("passive.txt")
    att = _att(record, "winner of the Delta governorship election")
    assert att.source.span is not None
    assert att.source.span.text == "the Independent National Electoral Commission"
    assert [c.text for c in att.content] == ["Tunde Ekwueme",
                                             "winner of the Delta governorship election"]


def test_trial6_key_events_line_reports_nothing(nlp):
    """The live page's key-events list is furniture (article/): its "Ekwueme declared
    winner" is no attribution at all, whoever it would name."""
    record = _record("keyevents.txt")
    assert [a for a in record.attributions if a.cue.text == "declared"] == []
    officer = _att(record, "Tunde Ekwueme the winner")
    assert _source_name(record, officer) == "Ada Nwankwo"


def test_trial6_headline_passive_has_no_speaker(nlp):
    """The same headline-style line as a post of its own is the page's text: the declared
    winner is not the speaker of his own declaration."""
    text = (DATA / "keyevents.txt").read_text("utf-8")
    key_events = text[text.index("Key events"):text.index("18:40 WAT")]
    text = text.replace(key_events, "18:50 WAT\nEkwueme declared winner\n\n")
    record = extract_text(text)
    (att,) = [a for a in record.attributions if a.cue.text == "declared"]
    assert [c.text for c in att.content][-1] == "winner"
    assert att.source.span is None and att.source.type == "unspecified"
    # the returning officer's active declaration keeps its speaker
    officer = _att(record, "Tunde Ekwueme the winner")
    assert _source_name(record, officer) == "Ada Nwankwo"


@pytest.mark.parametrize(("sentence", "source"), [
    ("The electoral commission declared Tunde Ekwueme the winner on Sunday.",
     "The electoral commission"),
    ("Officials who were at the count reported that the hall was full.",
     "Officials who were at the count"),
    ("The Security Council imposed sweeping new sanctions, diplomats said.", "diplomats"),
])
def test_trial6_active_cues_keep_their_subject(nlp, sentence, source):
    text = ("Count ends in Asaba\n\nASABA - The count ended on Sunday after two days.\n\n"
            + sentence + "\n")
    record = extract_text(text)
    assert source in [a.source.span.text for a in record.attributions
                      if a.source.span is not None]
