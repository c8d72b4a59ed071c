"""A short bracket or an appositive between a source and its cue, a bracket after "according
to X", and a dateline of a place in capitals and its country (h7, 2026-11-27): the parser
hangs "Jan Egeland (pictured) said" on the content's clause and the source was lost with the
whole attribution; "according to … (OCHA)" made "(OCHA)" a piece of content; "KESSARIN,
Dorvania — The health ministry said" made the dateline the speaker. Attributions are found by
the real finder; figures take the source of a ", saying" report of their clause."""

from __future__ import annotations

import pytest

from according.attribution.find import find_attributions
from according.attribution.sources import resolve_sources
from according.quantities import find_quantities
from attribution_helpers import find_checked


@pytest.mark.parametrize(("text", "source"), [
    ("Floods killed 31 people in the delta, Jan Egeland (pictured) said.",
     "Jan Egeland (pictured)"),
    ("Floods killed 31 people in the delta, Jan Egeland, head of the Norwegian Refugee "
     "Council (NRC), said.", "Jan Egeland, head of the Norwegian Refugee Council (NRC),"),
    ("Floods killed 31 people in the delta, Jan Egeland, head of the Norwegian Refugee "
     "Council, said.", "Jan Egeland, head of the Norwegian Refugee Council,"),
    ("More than 4,000 homes were flooded, Mireille Dantan (right), the agency's country "
     "director, said.", "Mireille Dantan (right), the agency's country director,"),
])
def test_find_source_across_aside_and_appositive(nlp, text: str, source: str) -> None:  # noqa: ANN001
    found = [r for r in find_checked(nlp, text) if r.cue is not None and r.cue.text == "said"]
    assert found, "no attribution"
    assert found[0].source is not None and found[0].source.text == source
    assert found[0].content[0].text.startswith(("Floods killed", "More than 4,000"))


def test_find_no_trailing_source_without_a_clause_before(nlp) -> None:  # noqa: ANN001
    # "In Kessarin, officials said": the words before the comma are no content clause
    raws = find_checked(nlp, "In Kessarin, officials (pictured) said the river had peaked.")
    assert all(r.source is None or "Kessarin" not in r.source.text for r in raws)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("Some 4,000 homes were destroyed, according to the U.N. Office for the Coordination of "
     "Humanitarian Affairs (OCHA).",
     "the U.N. Office for the Coordination of Humanitarian Affairs (OCHA)",
     ["Some 4,000 homes were destroyed"]),
    ("According to the World Health Organization (WHO), 300 cases had been confirmed.",
     "the World Health Organization (WHO)", ["300 cases had been confirmed"]),
])
def test_find_according_to_keeps_its_bracket_in_the_source(nlp, text: str, source: str,  # noqa: ANN001
                                                          content: list[str]) -> None:
    (att,) = [r for r in find_checked(nlp, text) if r.kind == "according_to"]
    assert att.source is not None and att.source.text == source
    assert [c.text for c in att.content] == content


@pytest.mark.parametrize("lead", [
    "KESSARIN, Dorvania — The health ministry said on Tuesday that 40 people had died.",
    "PORT HALDEN, Norland, March 4 — The health ministry said on Tuesday that 40 people had "
    "died.",
])
def test_find_dateline_with_country_is_no_source(nlp, lead: str) -> None:  # noqa: ANN001
    (att,) = find_checked(nlp, lead)
    assert att.source is not None and att.source.text == "The health ministry"


def test_sources_descriptor_before_unknown_name_is_organization(nlp) -> None:  # noqa: ANN001
    text = "Watchdog Clearline said the contract was awarded without a tender."
    entities, atts = resolve_sources(nlp(text), find_attributions(nlp(text)))
    names = {e.id: e for e in entities}
    (att,) = atts
    assert att.source.type == "organization"
    assert names[att.source.entity].name == "Clearline"


def test_figure_of_a_clause_takes_its_saying_report(nlp) -> None:  # noqa: ANN001
    text = ("The government lowered the death toll to 47 on Wednesday, saying five victims "
            "had been counted twice.")
    doc = nlp(text)
    _, atts = resolve_sources(doc, find_attributions(doc))
    (saying,) = [a for a in atts if a.cue is not None and a.cue.text == "saying"]
    figures = {q.span.text: q for q in find_quantities(doc, atts)}
    assert figures["47"].attribution == saying.id
    assert figures["five"].attribution == saying.id


def test_figure_before_a_saying_of_another_subject_stays_unattributed(nlp) -> None:  # noqa: ANN001
    # the report's source acts after the figure: "12" is not the ministry's
    text = ("Floods cut off 12 villages on Tuesday, and the ministry issued a warning, saying "
            "more rain was due.")
    doc = nlp(text)
    _, atts = resolve_sources(doc, find_attributions(doc))
    figures = {q.span.text: q for q in find_quantities(doc, atts)}
    assert figures["12"].attribution is None


@pytest.mark.parametrize(("text", "content"), [
    ("Floods killed 31 people, the U.N. Office for the Coordination of Humanitarian Affairs "
     "told reporters.", "Floods killed 31 people"),
    ("Floods killed 31 people in the delta, Mireille Dantan (right), the agency's country "
     "director, told reporters.", "Floods killed 31 people in the delta"),
])
def test_find_told_reporters_after_its_content(nlp, text: str, content: str) -> None:  # noqa: ANN001
    (att,) = [r for r in find_checked(nlp, text) if r.cue is not None and r.cue.text == "told"]
    assert [c.text for c in att.content] == [content]


def test_find_told_reporters_after_a_time_clause_keeps_no_clause(nlp) -> None:  # noqa: ANN001
    # "After the storm passed," is when, not what was told
    raws = find_checked(nlp, "After the storm passed, the mayor told reporters.")
    assert all("After the storm" not in c.text for r in raws for c in r.content)
