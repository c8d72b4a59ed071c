"""2026-11-28: round 34's rule for a report's sentence-case section heads ("Situation at a
glance", "II. A War of Sieges") holds only on a report's page. A news story's subheads of the
same shape ("How the judges ruled", "Palestinians react", on 41 real news pages) stay story
lines, as its title-case subheads, pull quotes and timeline entries already did."""

from __future__ import annotations

import pytest

from tests.pool_story import kind_of
from tests.test_article import sound_layout

SUBHEADS = ("How the judges ruled", "Landlords push back", "Tenants left waiting")


def _court_story(*heads: str, header: tuple[str, ...] = ()) -> str:
    """A news story on a court ruling, its three subheads `heads` between its paragraphs."""
    first, second, third = heads
    return "\n\n".join([
        *header,
        "Appeals court strikes down city's cap on rent rises",
        "By Maria Lopez",
        "March 4, 2025",
        "A state appeals court on Tuesday struck down the city's cap on annual rent rises, "
        "ruling that the council had overstepped its powers when it passed the measure last "
        "year.",
        "The decision, by a 2-1 vote, sends the ordinance back to the council and leaves about "
        "40,000 rent-stabilised flats without a limit for now.",
        first,
        "Writing for the majority, Judge Helen Park said the state's housing law left rent "
        "regulation to the legislature, not to city councils.",
        "“The council may have had good reasons, but it did not have the power,” she wrote.",
        second,
        "The Property Owners Association, which brought the case, welcomed the ruling and "
        "said its members would honour existing leases.",
        "“This was never about squeezing tenants,” said its president, Tom Reyes.",
        third,
        "Tenant groups said they would ask the state's highest court to hear an appeal, and "
        "urged the council to pass a narrower measure in the meantime.",
        "The mayor's office said it was studying the decision.",
    ])


def _kinds(text: str, **kwargs) -> list[str]:  # type: ignore[no-untyped-def]
    layout = sound_layout(text, **kwargs)
    return [next(r.kind for r in layout.regions if r.start <= text.index(h) < r.end)
            for h in SUBHEADS]


def test_layout_news_story_sentence_case_subheads_stay_story() -> None:
    assert _kinds(_court_story(*SUBHEADS)) == ["body"] * 3


def test_layout_news_story_subheads_stay_story_at_a_news_address() -> None:
    text = _court_story(*SUBHEADS)
    url = "https://www.examplecitynews.org/2025/03/04/appeals-court-rent-cap"
    assert _kinds(text, url=url) == ["body"] * 3


def test_layout_one_country_head_in_a_news_story_stays_story() -> None:
    text = "\n\n".join([
        "Floods cut roads across the region", "March 4, 2025",
        "Heavy rain has cut roads in three countries, officials said on Tuesday.",
        "Kenya: Rivers burst their banks",
        "The Tana river rose two metres overnight, the Kenya Red Cross said."])
    assert kind_of(text, "Kenya: Rivers burst") == "body"


# The same heads on a report's page: the page's evidence makes them the report's furniture.


def test_layout_subheads_under_a_numbered_report_section_are_furniture() -> None:
    text = _court_story("I. Overview", SUBHEADS[1], SUBHEADS[2])
    layout = sound_layout(text)
    kinds = [next(r.kind for r in layout.regions if r.start <= text.index(h) < r.end)
             for h in ("I. Overview", *SUBHEADS[1:])]
    assert kinds == ["boilerplate"] * 3


def test_layout_subheads_beside_a_report_section_name_are_furniture() -> None:
    text = _court_story(SUBHEADS[0], "Our methodology", SUBHEADS[2])
    assert kind_of(text, SUBHEADS[0]) == kind_of(text, SUBHEADS[2]) == "boilerplate"


@pytest.mark.parametrize("url", [
    "https://news.un.org/en/story/2025/03/1160001",
    "https://www.who.int/emergencies/disease-outbreak-news/item/2025-DON560",
])
def test_layout_subheads_on_an_intergovernmental_page_are_furniture(url: str) -> None:
    assert _kinds(_court_story(*SUBHEADS), url=url) == ["boilerplate"] * 3


def test_layout_subheads_under_a_report_kind_line_are_furniture() -> None:
    text = _court_story(*SUBHEADS, header=("FLASH UPDATE",))
    assert _kinds(text) == ["boilerplate"] * 3


def test_layout_numbered_items_of_a_news_listicle_stay_story() -> None:
    # a number in figures heads a list story's item; a report numbers its sections in Roman
    heads = ("1. Rail fares frozen", "2. Bus routes restored", "3. Cycle lanes widened")
    text = "\n\n".join([
        "Five transport pledges in the mayor's budget", "By Sam Hill", "March 4, 2025",
        "The mayor set out her transport plans on Tuesday. Here is what they mean for you.",
        heads[0],
        "Fares on the city's commuter lines will stay at this year's level until 2027.",
        heads[1],
        "Eleven bus routes cut during the pandemic will return from September, the mayor said.",
        heads[2],
        "The council will spend £4m widening lanes on the two busiest routes into the centre."])
    layout = sound_layout(text)
    assert [next(r.kind for r in layout.regions if r.start <= text.index(h) < r.end)
            for h in heads] == ["body"] * 3
