"""Article layout: stranger trial 6's layout items (a live blog's masthead and its "Key events"
box, a UN office's press briefing note's fields and contact line, a Nigerian paper's zoneless
stamp), each pinned on a short page of its own."""

from __future__ import annotations

from according.article import read_layout
from according.read import ArticleInput, read_string
from tests.pool_story import LEDE, PARAGRAPHS
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout

LIVE_HEADLINE = "Harbour council pool vote: live updates"


def _live_blog(masthead: str, headline: str = LIVE_HEADLINE) -> str:
    return "\n\n".join([
        masthead, headline, "Tuesday 24 November 2026",
        "Share on Facebook  Share on X  Copy link",
        "Swimmers gather outside the council offices in Harbour on Tuesday. (Ann Roe/AFP)",
        # the box's lines in one block, as a scraped page runs them
        "Key events\n- HCC begins final count\n- Campaigners walk out\n- Roe declared winner",
        "17:05 GMT", LEDE, "16:20 GMT", PARAGRAPHS[0], "15:42 GMT", PARAGRAPHS[1]]) + "\n"


# A live page's masthead: a brand's name straight over its headline.


def test_brand_over_a_live_headline_is_the_outlet() -> None:
    text = _live_blog("Kestrel Pulse")
    assert sound_layout(text).metadata.outlet == "Kestrel Pulse"


def test_topic_kicker_over_a_live_headline_is_no_outlet() -> None:
    # guard: a kicker sharing the headline's words is its topic ("Harbour Council")
    text = _live_blog("Harbour Council")
    assert sound_layout(text).metadata.outlet is None


def test_region_section_over_a_live_headline_is_no_outlet() -> None:
    # guard: a region's section over the headline names no newsroom
    text = _live_blog("The Middle East")
    assert sound_layout(text).metadata.outlet is None


def test_brand_over_a_story_headline_is_not_read_as_outlet() -> None:
    # guard: over a story's headline, a brand-shaped line may be a topic's kicker ("Cost of
    # Living"): only a live page's label in the headline says the line is its newsroom's
    text = _live_blog("Kestrel Pulse", headline="Council votes to close the town's only pool")
    assert sound_layout(text).metadata.outlet is None


# A live page's "Key events" box in its header: each point a post's title, no story.


def test_key_events_points_in_the_header_are_furniture() -> None:
    text = _live_blog("Kestrel Pulse")
    assert _kind_of(text, "- Roe declared winner") == "boilerplate"
    assert _kind_of(text, "- HCC begins final count") == "boilerplate"
    assert _kind_of(text, "- Campaigners walk out") == "boilerplate"
    assert _kind_of(text, "17:05 GMT") == "date"  # the first post's time ends the box
    assert _kind_of(text, LEDE) == "body"


# A press briefing note's fields under its headline and its media contact line.

BRIEFING = "\n\n".join([
    "Harbour: UN office concerned by violence after council vote",
    "Speaker: Spokesperson for the UN High Commissioner for Human Rights: Ines Carvalho",
    "Location: Geneva",
    "We are deeply concerned by the violence that has followed the council's vote on Tuesday "
    "to close the town's only public pool.",
    "As of 23 November, at least nine people had been hurt in clashes near the pool, according "
    "to information gathered by our Office.",
    "We call on the authorities to ensure prompt and impartial investigations.",
    "For more information and media requests, please contact: Geneva media unit, +41 22 917 "
    "9000"]) + "\n"


def test_briefing_fields_are_furniture_and_the_story_starts_under_them() -> None:
    assert _kind_of(BRIEFING, "Speaker: Spokesperson") == "boilerplate"
    assert _kind_of(BRIEFING, "Location: Geneva") == "boilerplate"
    assert _kind_of(BRIEFING, "We are deeply concerned") == "body"
    layout = sound_layout(BRIEFING)
    assert layout.metadata.standfirst is None
    assert layout.metadata.dateline is None  # where it was given, not the story's place


def test_briefing_media_contact_line_is_furniture() -> None:
    assert _kind_of(BRIEFING, "For more information and media requests") == "boilerplate"


def test_briefing_speaker_is_exposed_with_their_role() -> None:
    from according.article.briefings import briefing_speaker

    assert briefing_speaker(BRIEFING, read_layout(BRIEFING)) == (
        "Ines Carvalho", "Spokesperson for the UN High Commissioner for Human Rights")


def test_field_shaped_sentence_in_the_story_stays_story() -> None:
    # guard: a sentence after a label under the story is the story's ("Location: the pool …")
    text = BRIEFING.replace("We call on", "Location: the council will consult residents on the "
                            "site's future over the summer.\n\nWe call on")
    assert _kind_of(text, "Location: the council will consult") == "body"


# A zoneless stamp of a Nigerian site's page is Lagos's time.


def test_zoneless_meta_time_of_a_nigerian_page_is_lagos_time() -> None:
    html = ('<!doctype html><html lang="en"><head><title>Council shuts pool</title><meta '
            'property="article:published_time" content="2026-11-16T18:30:00"></head><body>'
            f"<article><h1>Council votes to close the town's only pool</h1><p>{LEDE}</p>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</article></body></html>")
    got = read_string(html, url="https://dailypost.ng/2026/11/16/council-shuts-pool/")
    assert isinstance(got, ArticleInput)
    assert got.hints.published == "2026-11-16T17:30:00+00:00"
