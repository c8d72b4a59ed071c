"""Stranger trial 7 (an air strike on a market town): who "the group" is, on
short articles written for it: "The Sarvik Casualty Monitor said … The group said …": the
monitor the NER missed (or called a work of art) is an organization, and "the group" is that
monitor, not the armed group named before or after it
(entities/coreference.add_described_organizations). And "The Independent National
Electoral Commission said …" names the commission, not the outlet The Independent
(entities/find._inside_longer_name).
"""

from __future__ import annotations

from according.extract import extract_text
from entity_helpers import clusters_of, named

MONITOR = (
    "SARVIK — The rebel-held town of Sarvik was shelled again on Monday, the Tarsen "
    "Liberation Army said. The army's commander, Ilan Brev, said his fighters had held "
    "their positions.\n\n"
    "The Sarvik Casualty Monitor said it had verified the deaths of 12 civilians. The group "
    "said it had not been able to reach the northern villages.\n"
)

TRACKER = (
    "The Velden Civilian Harm Tracker said it had confirmed nine deaths in strikes by the "
    "Tarsen Liberation Army. The group said it was still collecting testimony from "
    "survivors.\n"
)

ELECTION = (
    "ABUJA — The Independent National Electoral Commission said on Sunday that results from "
    "all 36 states had been collated. \"The process was transparent,\" the commission's "
    "chairman, Mahmood Yakubu, told reporters.\n\n"
    "The Independent, a London newspaper, reported that observers had raised concerns about "
    "turnout in the south.\n"
)


def _source_of(record, words: str) -> tuple[str, str | None]:
    (att,) = [a for a in record.attributions if any(words in c.text for c in a.content)]
    ent = next((e for e in record.entities if e.id == att.source.entity), None)
    return att.source.type, (ent.name if ent is not None else None)


def test_the_group_is_the_monitor_named_before_it_not_the_armed_group():
    record = extract_text(MONITOR)
    assert _source_of(record, "verified the deaths") == ("organization",
                                                         "Sarvik Casualty Monitor")
    assert _source_of(record, "northern villages") == ("organization",
                                                       "Sarvik Casualty Monitor")


def test_the_group_is_the_nearest_subject_not_the_organization_named_last():
    record = extract_text(TRACKER)
    assert _source_of(record, "collecting testimony") == ("organization",
                                                          "Velden Civilian Harm Tracker")


def test_an_outlet_name_opening_a_longer_organization_name_is_no_outlet(nlp):
    clusters = clusters_of(nlp, ELECTION)
    outlet = named(clusters, "The Independent")
    assert outlet.type == "outlet"
    assert [m.span.start for m in outlet.mentions] == [ELECTION.index("The Independent,")]
    commission = named(clusters, "Independent National Electoral Commission")
    assert commission.type == "organization"
