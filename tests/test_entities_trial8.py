"""Entities as the eighth stranger's trial (a cholera outbreak, 2026-11-28) found them
wrong: a bare acronym the article never brackets ("the WHO said" after "the World Health
Organization said") was an organization of its own; a disease capitalized at the start of
a headline or a sentence ("Cholera cases soar", "Cholera, an acute infection, …") was an
organization; and a camp's name ("the worst-hit Ulu Bend camp") was an organization."""

from __future__ import annotations

from entity_helpers import clusters_of


def _by_name(nlp, text: str) -> dict[str, str]:  # noqa: ANN001
    return {c.name: c.type for c in clusters_of(nlp, text)}


def test_entities_bare_acronym_joins_the_organization_it_spells(nlp) -> None:  # noqa: ANN001
    text = ("A fourth cholera treatment centre will open in the camp by Saturday, the World "
            "Health Organization said on Wednesday.\n\nThe three centres already open have a "
            "combined 150 beds, the WHO said.")
    clusters = clusters_of(nlp, text)
    who = [c for c in clusters if any(m.span.text == "WHO" for m in c.mentions)]
    assert len(who) == 1 and who[0].name == "World Health Organization", clusters


def test_entities_acronym_spelling_two_names_stays_its_own(nlp) -> None:  # noqa: ANN001
    text = ("The Water Resources Authority and the Wildlife Research Agency met on Monday. "
            "The WRA said the river was rising.")
    clusters = clusters_of(nlp, text)
    assert not any(c.name in ("Water Resources Authority", "Wildlife Research Agency") and any(
        m.span.text == "WRA" for m in c.mentions) for c in clusters), clusters


def test_entities_capitalized_disease_is_no_organization(nlp) -> None:  # noqa: ANN001
    text = ("Cholera cases soar in flood-hit delta\n\nKARSA, Velmora - Suspected cholera cases "
            "rose to 214, the health ministry said.\n\nCholera, an acute diarrhoeal infection, "
            "can kill within hours if left untreated.")
    assert "Cholera" not in _by_name(nlp, text)


def test_entities_name_before_camp_is_a_place(nlp) -> None:  # noqa: ANN001
    text = ("But the charity CareBridge International, which runs a treatment centre in the "
            "worst-hit Ulu Bend camp, said 21 people had died.")
    assert _by_name(nlp, text).get("Ulu Bend") == "place"
