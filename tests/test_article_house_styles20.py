"""Article layout: the families a twentieth round of fresh house styles (tests/data/
styles_fresh20: LRT, Times of Central Asia and Barbados Today pages; a Haitian Times phone
share, 24.kg and Logistics Cluster select-all copies, a Samoa Observer crawler dump, an LSM
newsletter email, a Brazilian Report reader view and an OPB phone copy) found wrong, each
pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _scraped(*top: str, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: `top` lines over the story, the story, `tail` under it."""
    return "\n".join([*top, LEDE, *PARAGRAPHS, *tail])


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


MAIL_TOP = ("From: Pool Weekly <newsletter@pool.example>",
            "Subject: Morning Briefing: council votes",
            "Date: Thu, 12 Jun 2025 07:00:12 +0300", "", "View in browser", "",
            "Morning Briefing – Thursday, June 12", "")


def test_layout_newsletter_mail_headers_are_not_the_headline() -> None:
    text = "\n".join([*MAIL_TOP, HEADLINE, "", LEDE, "", *PARAGRAPHS, "",
                      "Unsubscribe | Manage preferences"])
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.standfirst is None
    assert _kind_of(text, "Unsubscribe") != "body"


@pytest.mark.parametrize("line", [
    "From: LSM English <newsletter@lsm.lv>",
    "Subject: Morning Briefing: Saeima extends conscription to women",
    "Date: Thu, 12 Jun 2025 07:00:12 +0300",
    "View in browser",
    "View this email in your browser",
    "Unsubscribe | Manage preferences",
    "Read more on LSM.lv",
    "Morning Briefing – Thursday, June 12",
    "Full or partial copying of materials is prohibited.",
    "(emmanueljoseph@barbadostoday.bb)",
    "PDF | 412.5 KB",
    "Follow 24.kg on Telegram",
    "© 24.kg news agency, 2025. All rights reserved.",
    "Documents",
    "Contact",
    "Sudan | News",
    "Logistics Cluster is led by the World Food Programme",
])
def test_line_kind_round20_mail_and_page_furniture_is_not_story(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "Subjects of the inquiry included three former ministers, the committee said.",
    "From the border, the convoy moved on to Nyala, where 41 trucks were unloaded.",
    "Contact with the crew was lost at 02:00, the coast guard said.",
    "Any use of force against civilians is prohibited under the ceasefire, he said.",
    "The Logistics Cluster is led by the World Food Programme, which runs the convoys.",
])
def test_line_kind_round20_story_sentences_stay_story(line: str) -> None:
    assert line_kind(line) == "body"


def test_layout_popular_box_under_the_story_is_related() -> None:
    text = _scraped(HEADLINE, "June 11, 2023",
                    tail=("Popular", "Prices for coal in the capital rise ahead of winter",
                          "© 2023 The Ledger"))
    assert _kind_of(text, "Prices for coal") == "related"


def test_layout_accented_capitals_open_a_dateline() -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", "November 18, 2025", "",
                      f"GONAÏVES, Haiti — {LEDE}", *PARAGRAPHS])
    assert sound_layout(text).metadata.dateline == "GONAÏVES, Haiti"


def test_layout_newsroom_initials_in_brackets_close_a_byline() -> None:
    text = _scraped(HEADLINE, "Cassandra Profita (OPB)", "Aug. 14, 2025 6:12 p.m.")
    metadata = sound_layout(text).metadata
    assert metadata.byline == ("Cassandra Profita",)
    assert metadata.standfirst is None


@pytest.mark.parametrize(("title", "want"), [
    (f"{HEADLINE} - The Pool Ledger", HEADLINE),
    # a headline's own dash, its tail no name of the shared site's: kept whole
    (f"{HEADLINE} - a year on", f"{HEADLINE} - a year on"),
])
def test_layout_shared_title_loses_the_site_name_its_address_spells(title: str,
                                                                    want: str) -> None:
    text = _scraped(title, "https://poolledger.com/2025/11/18/council-votes/", "",
                    "By Ann Roe", "November 18, 2025", "")
    assert sound_layout(text).metadata.headline == want


def test_layout_subject_slash_photographer_on_agency_is_the_caption_credit() -> None:
    from tests.test_article_house_styles19 import _caption_credits, _page

    figure = ("<figure><img src='a.jpg'><figcaption>Vilnius Airport / D. Umbrasas/LRT"
              "</figcaption></figure>")
    assert _caption_credits(_page(figure)) == ["D. Umbrasas/LRT"]


DEK = ("Six months after the worst floods in its history, the town is bracing for more rain, "
       "with hundreds of people still out of their homes.")


def test_layout_reader_view_dek_over_the_pages_own_stamp_is_the_standfirst() -> None:
    text = "\n".join(["pool.report", HEADLINE, "Ann Roe", "3–4 minutes", "", DEK, "",
                      "Published on November 4, 2024", "", LEDE, "", *PARAGRAPHS])
    metadata = sound_layout(text).metadata
    assert metadata.standfirst == DEK
    assert metadata.published == "2024-11-04T00:00:00+00:00"


@pytest.mark.parametrize(("url", "want"), [
    ("https://24.kg/english/312345_border_villages/", "2025-11-21T08:05:00+00:00"),
    ("https://www.lsm.lv/raksts/en/latvia/saeima-votes.a123456/", "2025-11-21T12:05:00+00:00"),
])
def test_layout_round20_stamp_is_read_in_its_newsrooms_zone(url: str, want: str) -> None:
    text = _scraped(HEADLINE, "Nov 21, 2025 14:05", "Author: Ann Roe")
    assert sound_layout(text, url=url).metadata.published == want


@pytest.mark.parametrize(("url", "stamp", "want"), [
    # Oregon Public Broadcasting (Portland) in summer time: UTC-7
    ("https://www.opb.org/article/2025/08/14/fire/", "Aug. 14, 2025 6:12 p.m.",
     "2025-08-15T01:12:00+00:00"),
    # the Samoa Observer (Apia, UTC+13 with no summer time), on a .ws address that names no zone
    ("https://www.samoaobserver.ws/category/samoa/112233", "06 March 2025, 4:30PM",
     "2025-03-06T03:30:00+00:00"),
])
def test_layout_stamp_is_read_in_the_zone_its_outlets_domain_gives(url: str, stamp: str,
                                                                   want: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", stamp)
    assert sound_layout(text, url=url).metadata.published == want


@pytest.mark.parametrize(("line", "want"), [
    # the sign before the word "Copyright" (Samoa Observer)
    ("© Copyright 2025 Pool Ledger. All rights reserved.", ["Pool Ledger"]),
    # the holder before the year (24.kg), its name all lower case but in the outlet table
    ("© 24.kg news agency, 2025. All rights reserved.", ["24.kg"]),
    ("© Pool Ledger, 2025. All rights reserved.", ["Pool Ledger"]),
])
def test_layout_copyright_line_is_furniture_that_credits_its_holder(line: str,
                                                                     want: list[str]) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "November 18, 2025", "", tail=("", line))
    layout = sound_layout(text)
    assert list(layout.metadata.credits) == want
    assert _kind_of(text, line) == "boilerplate"
