"""Stranger trial h6: the NER ran a sentence-case headline's first words into a person
("Lusavia flood death" tagged PERSON, and every later "Lusavia" joined that person). A
person's name has no common word in small letters but its particles ("van der", "bin")."""

from __future__ import annotations

from spacy.tokens import Span

from according.entities import find_entities

TEXT = ("Norland flood death toll rises to 9 as rescuers search for missing\n\n"
        "The death toll from storm floods in Norland rose to 9 on Monday, Interior Minister "
        "Karin van der Berg said in Kellby.")


def _with_person(doc, first: int, last: int):  # noqa: ANN001, ANN202
    """`doc` with the NER's PERSON forced over tokens first..last-1 (what the model did)."""
    kept = [e for e in doc.ents if e.end <= first or e.start >= last]
    doc.ents = sorted([*kept, Span(doc, first, last, label="PERSON")], key=lambda e: e.start)
    return doc


def test_entities_person_cut_at_a_headlines_common_word(nlp):  # noqa: ANN001
    doc = _with_person(nlp(TEXT), 0, 3)  # "Norland flood death"
    names = {(c.name, c.type) for c in find_entities(doc)}
    assert not [n for n, t in names if t == "person" and "flood" in n], names


def test_entities_person_with_particles_kept_whole(nlp):  # noqa: ANN001
    doc = nlp(TEXT)
    start = next(t.i for t in doc if t.text == "Karin")
    doc = _with_person(doc, start, start + 4)  # "Karin van der Berg"
    names = {(c.name, c.type) for c in find_entities(doc)}
    assert ("Karin van der Berg", "person") in names, names
