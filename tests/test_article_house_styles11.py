"""Article layout: the families an eleventh round of fresh house styles (tests/data/
styles_fresh11: scraped text of US, UK, Irish, Scottish, South African, Kenyan, Pakistani,
Bangladeshi, Malaysian and Kuwaiti outlets, an AFP story on a non-wire site, a sports wire on a
portal, a UN agency's and an NGO's releases, a tech site) found wrong, each pinned on a short
text or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from tests.pool_story import LEDE
from tests.pool_story import line_kinds as _kinds
from tests.pool_story import story_text as _text
from tests.test_article import sound_layout

# Stamps: a double slash before the time, a byline after the stamp's bar.


def test_layout_stamp_with_a_double_slash_before_its_time() -> None:
    layout = sound_layout(_text("Ann Roe", "Wed 19 Nov 2025 // 03:12 UTC"))
    assert layout.metadata.published == "2025-11-19T03:12:00+00:00"


def test_layout_byline_after_a_stamps_bar_is_no_section() -> None:
    layout = sound_layout(_text("Nov 18, 2025 | By Nebal Snan"))
    assert layout.metadata.byline == ("Nebal Snan",)
    assert layout.metadata.published is not None
    assert layout.metadata.published.startswith("2025-11-18")


# Bylines: an agency by its two names, a wire the table lacks, a station in brackets.


def test_layout_agency_byline_with_short_and_full_name_is_a_credit() -> None:
    layout = sound_layout(_text("By AFP - Agence France Presse", "Nov 20, 2025, 09:41 AM EST"))
    assert layout.metadata.byline == ()
    assert layout.metadata.credits == ("Agence France-Presse",)


def test_layout_sports_wire_by_its_full_name_is_a_credit_not_a_writer() -> None:
    layout = sound_layout(_text("Field Level Media", "Mon, November 24, 2025 at 11:48 PM EST",
                                after=("--Field Level Media",)))
    assert layout.metadata.byline == ()
    assert layout.metadata.credits == ("Field Level Media",)


def test_layout_station_in_brackets_after_a_labelled_byline() -> None:
    text = _text("Author: Jordan Reyes (WFAA)", "Published: 10:48 PM CST November 18, 2025")
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Jordan Reyes",)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == []


# Values one a line under a field's label in the header.


def test_layout_codes_under_in_this_article_are_not_body() -> None:
    kinds = _kinds(_text("Field Level Media", "Mon, November 24, 2025 at 11:48 PM EST",
                         "In this article:", "DEN", "OKC"))
    assert kinds["DEN"] != "body"
    assert kinds["OKC"] != "body"
    assert kinds[LEDE] == "body"


# Captions.


@pytest.mark.parametrize(("caption", "credit"), [
    ("Residents wade through floodwaters in Tumpat, Kelantan, November 26, 2025. — Bernama pic",
     "Bernama"),
    ("File photo of apartments in Dublin's docklands. Alamy Stock Photo", "Alamy Stock Photo"),
    ("Photo: ©FAO/Sven Torfinn. A locust control team surveys breeding areas near Port Sudan.",
     "FAO/Sven Torfinn"),
    ("Smog covers Mall Road in Lahore on November 10, 2025. — Online", "Online"),
])
def test_layout_eleventh_round_caption_credits(caption: str, credit: str) -> None:
    layout = sound_layout(_text("By Ann Roe", "Oct. 8, 2025", caption))
    assert [r.credit for r in layout.regions if r.kind == "caption"] == [credit]


def test_layout_caption_closed_by_labels_alone_credits_no_one() -> None:
    caption = "Motorists queue at a petrol station in Nairobi. PHOTO/FILE"
    layout = sound_layout(_text("By Ann Roe", "Oct. 8, 2025", caption))
    captions = [r for r in layout.regions if r.kind == "caption"]
    assert [r.credit for r in captions] == [None]


def test_line_kind_story_paragraph_signed_by_its_wire_is_no_caption() -> None:
    assert line_kind("The talks will resume in Geneva next week. — Reuters") != "caption"


# Outlet: a short domain's letters and a newsroom's word.


def test_layout_outlet_from_a_short_domains_letters_and_news() -> None:
    text = _text("Sam Brasch", "Nov. 12, 2025, 4:00 am",
                 after=("Sam Brasch covers climate and the environment for CPR News.",))
    layout = sound_layout(text, url="https://www.cpr.org/2025/11/12/wolves/")
    assert layout.metadata.outlet == "CPR News"


# Zones: newsrooms on generic domains.


@pytest.mark.parametrize(("url", "stamp", "published"), [
    ("https://www.tbsnews.net/economy/x-1", "20 November, 2025, 10:15 pm",
     "2025-11-20T16:15:00+00:00"),
    ("https://www.cpr.org/2025/11/12/x/", "Nov. 12, 2025, 4:00 am", "2025-11-12T11:00:00+00:00"),
])
def test_layout_zoneless_stamp_in_the_newsrooms_zone(url: str, stamp: str, published: str) -> None:
    layout = sound_layout(_text("Ann Roe", stamp), url=url)
    assert layout.metadata.published == published


# Furniture.


@pytest.mark.parametrize("line", [
    "Resize",
    "Reprints",
    "8.2k",
    "Get the latest news and updates from Pakistan and around the world. Follow Geo News on "
    "WhatsApp.",
    "Kuwait Times is now on WhatsApp. Stay updated with the latest news from Kuwait.",
    "To stay ahead with the latest updates, subscribe for free. Subscribe here.",
    "CPR News relies on your support. Donate now to keep stories like this free for everyone.",
    "Readers like you are keeping these stories free for everyone...",
    "A mix of advertising and supporting contributions helps keep paywalls away from valuable "
    "information like this article.",
    "Learn More Support The Journal",
    "Report a Comment",
    "You may republish this article, so long as you credit the authors and GroundUp, and do not "
    "change the text.",
    "We put an invisible pixel in the article so that we can count traffic to republishers.",
    "Bangladesh / Top News / Economy",
    "Get our Tech Resources",
    "Similar topics",
    "Send us news",
    "--Field Level Media",
    "Terms and Privacy Policy",
    "Privacy Dashboard",
])
def test_line_kind_eleventh_round_furniture_is_not_body(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "Ministers said the plan would help readers like you, the union said.",
    "The route runs Nairobi / Mombasa / Kisumu and back.",
    "12 people were hurt in the crash, police said.",
])
def test_line_kind_story_lines_like_the_furniture_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


@pytest.mark.parametrize("line", [
    "The summit will be held in Islamabad on November 10, 2025. — Reuters",
    "The summit will be held in Islamabad on November 10, 2025. — AFP",
])
def test_line_kind_dated_paragraph_signed_by_a_wire_is_no_caption(line: str) -> None:
    assert line_kind(line) != "caption"


@pytest.mark.parametrize("line", ["2025", "12", "10k", "100K"])
def test_line_kind_number_alone_among_paragraphs_is_no_counter(line: str) -> None:
    assert line_kind(line) == "body"  # a year heading, a recipe's quantity


def test_layout_counters_under_the_stamp_are_not_body() -> None:
    kinds = _kinds(_text("Jane Moore", "6.05am, 21 Nov 2025", "8.2k", "12", "10k",
                         "Share this article"))
    assert kinds["8.2k"] != "body"
    assert kinds["12"] != "body"
    assert kinds["10k"] != "body"
