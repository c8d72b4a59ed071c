"""Entities as a flood story's trial found them wrong (h7, 2026-11-27): a name the NER ran
into an open bracket ("World Health Organization (WHO"), an office split from its portfolio
("U.N. Office" apart from "Coordination of Humanitarian Affairs", the initials given to the
second), a dateline's place typed an organization that later "the ministry" joined, an
institution's descriptor before a name ignored ("Relief group Harbourlight" a person) and an
apposition naming a person's occupation ignored ("Oyelaran, a historian at …" an
organization)."""

from __future__ import annotations

import pytest

from entity_helpers import clusters_of, mention_texts, named


def test_entities_name_never_keeps_an_open_bracket(nlp) -> None:  # noqa: ANN001
    clusters = clusters_of(nlp, "The World Health Organization (WHO) said 300 cases had been "
                                "confirmed. WHO officials visited the camp on Monday.")
    assert not any("(" in c.name or ")" in c.name for c in clusters)
    who = named(clusters, "World Health Organization")
    assert who.type == "organization" and "WHO" in mention_texts(who)


def test_entities_office_and_its_portfolio_are_one_name(nlp) -> None:  # noqa: ANN001
    clusters = clusters_of(nlp, "Floods killed 31 people, the U.N. Office for the Coordination "
                                "of Humanitarian Affairs (OCHA) said. OCHA said 4,000 homes "
                                "were damaged.")
    ocha = named(clusters, "U.N. Office for the Coordination of Humanitarian Affairs")
    assert mention_texts(ocha).count("OCHA") == 2
    assert not any(c.name == "U.N. Office" for c in clusters)


def test_entities_dateline_place_is_a_place(nlp) -> None:  # noqa: ANN001
    clusters = clusters_of(nlp, "KESSARIN, Dorvania — The health ministry said on Tuesday that "
                                "40 people had died.\n\nThe ministry said 12 more were missing.")
    kessarin = named(clusters, "KESSARIN")
    assert kessarin.type == "place"
    assert mention_texts(kessarin) == ["KESSARIN"]


@pytest.mark.parametrize(("text", "name"), [
    ("Relief group Harbourlight said 200 families needed shelter.", "Harbourlight"),
    ("The charity Harbourlight said 200 families needed shelter.", "Harbourlight"),
    ("Broadcaster NRV reported that 12 people had died.", "NRV"),
])
def test_entities_descriptor_before_name_makes_organization(nlp, text: str, name: str) -> None:  # noqa: ANN001
    assert named(clusters_of(nlp, text), name).type == "organization"


def test_entities_descriptor_keeps_a_full_personal_name(nlp) -> None:  # noqa: ANN001
    clusters = clusters_of(nlp, "Broadcaster David Attenborough said the reef was dying.")
    assert named(clusters, "David Attenborough").type == "person"


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Oyelaran, a historian at Kessarin University, said the levees were old.", "Oyelaran",
     "person"),
    # WordNet lists "watchdog" as a person; as a descriptor it is an institution's
    ("Ofcom, a watchdog for broadcasters, said the rules would change.", "Ofcom",
     "organization"),
])
def test_entities_apposition_with_a_person_noun_makes_person(nlp, text: str, name: str,  # noqa: ANN001
                                                             kind: str) -> None:
    assert named(clusters_of(nlp, text), name).type == kind
