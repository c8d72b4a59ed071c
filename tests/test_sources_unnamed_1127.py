"""Unnamed people as sources, as the third stranger's trial (2026-11-27) found them: "A
senior commander, who would not let us use his name," and "A doctor" were typed persons, so
the ledger merged unnamed speakers of unrelated stories into one named person."""

from __future__ import annotations

import pytest

from test_sources_trial_1127 import _sources  # (source words, type, entity name)


@pytest.mark.parametrize("text", [
    "A senior commander, who would not let us use his name, told me that 40 shells had hit "
    "the district.",
    "A doctor, who declined to give his name, said 30 people had died.",
    "A local journalist, who did not give her name, said the market was full.",
    "A resident who refused to be named said the shelling began at dawn.",
    "A nurse, who withheld her surname, said the ward was full.",
])
def test_sources_name_withheld_is_anonymous(nlp, text: str) -> None:
    (only,) = _sources(nlp, text)
    assert only[1:] == ("anonymous", None)


@pytest.mark.parametrize("text", [
    "A doctor at Kessarin General Hospital said 30 people had died.",
    "One woman in the queue told reporters she had lost her son.",
    "Another resident said the water had been cut for three days.",
])
def test_sources_indefinite_description_is_an_unnamed_source(nlp, text: str) -> None:
    (only,) = _sources(nlp, text)
    assert only[1:] == ("anonymous", None)


@pytest.mark.parametrize(("text", "name"), [
    ("A nurse, Amal Haddad, said the ward was full.", "Amal Haddad"),
    ("The mayor, Viktor Halas, said residents were leaving.", "Viktor Halas"),
])
def test_sources_description_with_a_name_stays_that_person(nlp, text: str, name: str) -> None:
    (only,) = _sources(nlp, text)
    assert only[1:] == ("person", name)


def test_sources_name_withholding_clause_is_no_attribution_of_its_own(nlp) -> None:
    # "who asked that her name not be used" explains why she is unnamed; it reports nothing
    text = ("Mayor Tom Reyes said the shelter was open. A clerk, who asked that her name not "
            "be used, said the books were closed. He said nothing more.")
    found = _sources(nlp, text)
    assert [s for s, *_ in found] == ["Mayor Tom Reyes",
                                      "A clerk, who asked that her name not be used,", "He"]
    assert found[-1][1:] == ("person", "Tom Reyes")


def test_sources_dateline_city_parsed_as_subject_gives_way_to_the_speaker() -> None:
    # the parser makes "MAROSH" and "Ministry" both subjects of "said": the city is cut off
    # as dateline, and the ministry, not nobody, is who said it
    from according.extract import extract_text

    text = ("Toll rises in market shelling\n\nBy Lena Ortiz\n\nMAROSH — Dorvania's Ministry of "
            "Health said on Tuesday that 31 people had been killed in Monday's shelling of the "
            "Kessarin market.\n\nThe United Nations gave a lower figure.\n")
    record = extract_text(text)
    first = record.attributions[0]
    assert first.source.span is not None
    assert first.source.span.text == "Dorvania's Ministry of Health"
    assert text[first.source.span.start:first.source.span.end] == first.source.span.text
    assert first.source.type == "organization"


@pytest.mark.parametrize(("text", "expected"), [
    # a role in apposition makes a name the NER tagged ORG a person
    ("\"Every day we wait, the evidence gets older,\" said Amara Diallo, the head of the "
     "monitoring mission.", ("person", "Amara Diallo")),
    # "the charity" refers back to the charity named before it
    ("Frontline Medical Relief says 38 people have died. The charity has not explained the "
     "gap with official figures.", ("organization", "Frontline Medical Relief")),
    # staff are a group, and a place after "in" says where they are, not who they are
    ("Hospital staff in Kessarin said they were overwhelmed.", ("group", None)),
])
def test_sources_trial3_speaker_types(nlp, text: str, expected: tuple[str, str | None]) -> None:
    *_, last = _sources(nlp, text)
    assert last[1:] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a plural noun for people, capitalised as the line's first word, is people, not a name
    ("- Rebels deny firing on the market", ("Rebels", "group", None)),
    # a title makes it a name; a surname that is no person noun stays one
    ("Mr. Rebels said no.", ("Mr. Rebels", "person", "Rebels")),
])
def test_sources_capitalised_plural_person_noun_opening_a_line(nlp, text, expected) -> None:
    (only,) = _sources(nlp, text)
    assert only == expected
