"""Organizations named by words the small NER does not know ("Médecins Sans Frontières",
a stranger's trial 2026-11-27): typed organization whether the NER tags them PERSON or
misses them, in English and the languages NGO and agency names come in; a person whose
surname is such a word stays a person where a title or first name marks one."""

from __future__ import annotations

import pytest

from according.attribution.find import find_attributions
from according.attribution.sources import resolve_sources
from according.entities.find import find_entities
from according.entities.person_names import names_an_organization, word_label


def _types(nlp, text: str) -> dict[str, str]:  # noqa: ANN001
    """Entity name -> type, after source resolution (as `according extract` gives them)."""
    doc = nlp(text)
    entities, _ = resolve_sources(doc, find_attributions(doc))
    return {e.name: e.type for e in entities}


@pytest.mark.parametrize("name", [
    "Médecins Sans Frontières", "Medecins Sans Frontieres",
])
def test_entities_msf_speaking_is_organization(nlp, name: str) -> None:
    text = (f"{name} said it had sent two medical teams to Drevny. \"Clean water is now "
            "the most urgent need,\" said Lena Ostrova, MSF's emergency coordinator.")
    types = _types(nlp, text)
    assert types[name] == "organization"
    assert types["Lena Ostrova"] == "person"


@pytest.mark.parametrize("name", [
    "Médecins Sans Frontières", "Cruz Roja Española", "Media Luna Roja", "Croix-Rouge Française",
    "Fondation Abbé Pierre", "Human Rights Watch", "Rapid Support Forces", "Polisario Front",
    "Amnesty International", "Norwegian Refugee Council", "Heinrich Böll Stiftung",
    "Comité Internacional", "Agence Française", "Kenya Red Cross Society",
])
def test_entities_org_words_make_person_tag_organization(nlp, name: str) -> None:
    text = f"{name} said on Monday that aid had reached the town."
    doc = nlp(text)
    assert word_label(doc, 0, len(name), "PERSON") == "ORG"
    assert names_an_organization(text, 0, len(name))


@pytest.mark.parametrize("name", ["Victoria Police", "Grace Foundation", "Jordan Council"])
def test_entities_first_name_before_a_last_org_word_stays_organization(nlp, name: str) -> None:
    """An organization word at a name's end ("Victoria Police") outweighs a first name
    before it, as before the org-name words came in."""
    text = f"{name} said on Monday that aid had reached the town."
    assert word_label(nlp(text), 0, len(name), "PERSON") == "ORG"
    assert names_an_organization(text, 0, len(name))


@pytest.mark.parametrize(("text", "name"), [
    ("Mayor Jean Bureau said the bridge would reopen on Monday.", "Jean Bureau"),
    ("Sam Watch said the bridge would reopen on Monday.", "Sam Watch"),
    ("Mr Sam Watch said the bridge would reopen on Monday.", "Sam Watch"),
])
def test_entities_person_with_org_word_surname_stays_person(nlp, text: str, name: str) -> None:
    start = text.index(name)
    doc = nlp(text)
    assert word_label(doc, start, start + len(name), "PERSON") != "ORG"
    assert not names_an_organization(text, start, start + len(name))
    assert _types(nlp, text).get(name, "person") == "person"


@pytest.mark.parametrize(("text", "name", "acronym"), [
    ("Médecins Sans Frontières (MSF) said it had sent two medical teams to Drevny. \"Clean "
     "water is now the most urgent need,\" said Lena Ostrova, an MSF coordinator.",
     "Médecins Sans Frontières", "MSF"),
    ("On Monday the Kenya Red Cross (KRC) said roads were cut. KRC teams reached Garissa.",
     "Kenya Red Cross", "KRC"),
])
def test_entities_bracketed_acronym_joins_untagged_name(nlp, text: str, name: str,
                                                        acronym: str) -> None:
    clusters = [c for c in find_entities(nlp(text)) if acronym in c.aliases]
    assert [c.name for c in clusters] == [name]
    (org,) = clusters
    assert org.type == "organization"
    assert [m.span.text for m in org.mentions].count(acronym) == text.count(acronym)
    assert all(text[m.span.start:m.span.end] == m.span.text for m in org.mentions)


def test_entities_initials_named_before_the_missed_name_join_it(nlp) -> None:
    # "MSF's" (tagged ORG) and "Médecins Sans Frontières said" (untagged) are one entity
    text = ("Médecins Sans Frontières said it had sent two medical teams to Drevny. \"Clean "
            "water is now the most urgent need,\" said Lena Ostrova, MSF's emergency "
            "coordinator.")
    doc = nlp(text)
    entities, atts = resolve_sources(doc, find_attributions(doc))
    (org,) = [e for e in entities if e.type == "organization" and "MSF" in text[
        min(m.start for m in e.mentions):max(m.end for m in e.mentions)]]
    assert org.name == "Médecins Sans Frontières"
    assert [m.text for m in org.mentions] == ["Médecins Sans Frontières", "MSF"]
    assert all(text[m.start:m.end] == m.text for m in org.mentions)
    assert entities[0] is org and atts[0].source.entity == org.id
