"""Article layout: the families a twelfth round of fresh house styles (tests/data/
styles_fresh12: publication times on US, Australian, Gulf, Indian, British and Hong Kong pages,
feeds and JSON lines) found wrong, each pinned on a short text or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import story_text as _text
from tests.test_article import sound_layout

# Publication time: the day a page's address files it under, where the text shows no stamp.


def test_layout_day_in_the_url_where_the_text_has_no_stamp() -> None:
    layout = sound_layout(_text("Ann Roe"),
                          url="https://www.example-paper.in/news/india/2025/11/02/pool.html")
    assert layout.metadata.published == "2025-11-02T00:00:00+00:00"


def test_layout_stamp_in_the_text_wins_over_the_day_in_the_url() -> None:
    layout = sound_layout(_text("Ann Roe", "Published: Nov 3, 2025, 10:00 GMT"),
                          url="https://www.example-paper.in/news/2025/11/02/pool.html")
    assert layout.metadata.published == "2025-11-03T10:00:00+00:00"


@pytest.mark.parametrize("url", [
    "https://www.example-paper.in/news/pool-2025-11-02.html",
    "https://www.example-paper.in/news/2025/13/02/pool.html",
    None,
])
def test_layout_no_day_from_an_address_without_a_dated_path(url: str | None) -> None:
    assert sound_layout(_text("Ann Roe"), url=url).metadata.published is None


# Outlet: a one-word name with a capital inside it spells the domain.


@pytest.mark.parametrize(("url", "line", "outlet"), [
    ("https://www.indaily.com.au/news/pool", "Support InDaily with a donation today.",
     "InDaily"),
    ("https://theprint.in/india/pool/1/", "Follow ThePrint for more.", "ThePrint"),
])
def test_layout_outlet_from_an_intercapped_name_spelling_the_domain(
        url: str, line: str, outlet: str) -> None:
    assert sound_layout(_text("Ann Roe", after=(line,)), url=url).metadata.outlet == outlet


def test_layout_plain_capitalised_word_spelling_the_domain_is_no_outlet() -> None:
    layout = sound_layout(_text("Ann Roe", after=("Stuff happens, the mayor said.",)),
                          url="https://www.stuff.co.nz/pool")
    assert layout.metadata.outlet != "Stuff happens"


# Furniture.


@pytest.mark.parametrize("line", [
    "Topics : ISRO | Satellite | Space",
    "Tags : Hyderabad Metro",
    "Enjoying this article? Click here to subscribe for full access. Just $5 a month.",
    "Local, independent journalism is more important than ever. Support InDaily with a "
    "donation today.",
    "India needs fair, non-hyphenated and questioning journalism, packed with on-ground "
    "reporting. ThePrint – with exceptional reporters, columnists and editors – is doing just "
    "that.",
    "Catch all the Business News, Market News, Breaking News Events and Latest News Updates on "
    "Live Mint. Download The Mint News App to get Daily Market Updates.",
])
def test_line_kind_twelfth_round_furniture_is_not_body(line: str) -> None:
    assert line_kind(line) != "body"


@pytest.mark.parametrize("line", [
    "The topics : budget and schools were debated for an hour, the clerk said.",
    "The city needs better journalism, the mayor said at the launch of the new paper.",
    "Officials said residents could download the council's app to report potholes.",
])
def test_line_kind_story_lines_like_the_twelfth_round_furniture_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


# Datelines: an ordinal day with a comma before the year; a hyphen inside a place's name.


def test_layout_dateline_with_an_ordinal_day_and_its_wire() -> None:
    text = "\n\n".join([HEADLINE, "ABU DHABI, 3rd November, 2025 (WAM) -- " + LEDE, *PARAGRAPHS])
    layout = sound_layout(text)
    assert layout.metadata.dateline == "ABU DHABI"
    assert layout.metadata.credits == ("Emirates News Agency",)


@pytest.mark.parametrize("lede", [
    "Miami-Dade County commissioners voted 9-4 late Monday night to extend Metrorail.",
    "Wilkes-Barre officials said on Monday the pool would close in June.",
])
def test_layout_hyphen_inside_a_place_name_is_no_dateline(lede: str) -> None:
    layout = sound_layout("\n\n".join([HEADLINE, lede, *PARAGRAPHS]))
    assert layout.metadata.dateline is None


def test_layout_dateline_with_a_spaced_hyphen_still_read() -> None:
    layout = sound_layout("\n\n".join([HEADLINE, "LONDON - " + LEDE, *PARAGRAPHS]))
    assert layout.metadata.dateline == "LONDON"


# Outlet: a feed's title with the outlet's initials after its name.


def test_layout_site_name_followed_by_its_initials_is_the_outlet() -> None:
    from according.records import Metadata

    layout = sound_layout(_text("Ann Roe"), hints=Metadata(outlet="Hong Kong Free Press HKFP"),
                          url="https://hongkongfp.com/2025/11/04/pool/")
    assert layout.metadata.outlet == "Hong Kong Free Press"


def test_layout_site_name_ending_in_other_capitals_is_kept() -> None:
    from according.records import Metadata

    layout = sound_layout(_text("Ann Roe"), hints=Metadata(outlet="Radio Free Asia RFE"))
    assert layout.metadata.outlet == "Radio Free Asia RFE"


# Captions: a labelled credit with its own closing stop.


def test_line_kind_caption_whose_labelled_credit_closes_with_a_stop() -> None:
    assert line_kind("An MTR train at Kowloon Tong station. Photo: Kyle Lam/HKFP.") == "caption"
