"""Stranger trial 3: "Kessarin", an invented town, was read as a nationality before a noun
("the Kessarin market") and as a place after "in" ("medical coordinator in Kessarin"); the
majority vote made it no place at all, so the article's figures were placed by the
capital's dateline. A one-word name ever tagged a place after a locative preposition is a
place."""

from __future__ import annotations

from entity_helpers import clusters_of, named

TEXT = ("Kessarin toll disputed as ministry gives new count.\n\nThe ministry said on Tuesday "
        "that 31 people had been killed in Monday's shelling of the Kessarin market. "
        "\"Our surgeons have not stopped since the first shells fell,\" said Dr. Anna "
        "Berisha, the group's medical coordinator in Kessarin.")


def test_entities_name_after_locative_preposition_is_a_place(nlp):
    kessarin = named(clusters_of(nlp, TEXT), "Kessarin")
    assert kessarin.type == "place"


def test_entities_nationality_never_after_a_preposition_stays_one(nlp):
    clusters = clusters_of(nlp, "Syrian officials said 12 people died. The Syrian army "
                                "denied it.")
    assert not [c for c in clusters if c.name == "Syrian" and c.type == "place"]
