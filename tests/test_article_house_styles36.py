"""Article layout: the families a thirty-sixth round of fresh house styles (tests/data/
styles_fresh36: Syria Direct, KabulNow, Zitamar News and Libya Herald as HTML; Sudans Post,
Pajhwok Afghan News, Euromaidan Press and Mada Masr as text) found wrong, each pinned on a
short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout


def _copy(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A reader appeal, a paywall's notice inside the story, a blog theme's comment form and a
# rights line with its holder and no sign.


@pytest.mark.parametrize("line", [
    "You could close this page. Or you could join our community and help us produce more "
    "materials like this.",
    "We keep our reporting open and accessible to everyone because we believe in the power of "
    "free information. This is why our small, cost-effective team depends on the support of "
    "readers like you to deliver timely news.",
    "Harbour Gazette is an independent media outlet. Our journalism is made possible by the "
    "support of our readers. Join our membership program.",
    "Keep Harbour’s lights on",
    "This article is exclusive to Harbour Gazette subscribers.",
    "Subscribe now for full access to our daily coverage of the coast, or log in if you are "
    "already a subscriber.",
    "Please enter your comment!",
    "Please enter your name here",
    "Harbour Gazette. All rights reserved.",
])
def test_layout_round36_page_lines_are_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate"


@pytest.mark.parametrize("line", [
    # a story's sentences with the same words
    "The shelter depends on the support of volunteers like the Smiths, its director said.",
    "Crews worked through the night to keep the lights on in the hospital, officials said.",
    "Residents who subscribe now for the council's water scheme will pay less, the mayor said.",
])
def test_layout_round36_story_sentences_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body"


def test_layout_next_article_heads_its_link() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "Previous article",
                        "Council to spend $1.2 million on new treatment plants", "Next article",
                        "Water disruptions hit 300,000 in the harbour suburbs"])
    assert _kind_of(text, "Next article") == "related"
    assert _kind_of(text, "Water disruptions hit 300,000") == "related"


# A masthead's tagline saying what news the site brings and from where.


def test_layout_news_from_place_tagline_is_no_headline() -> None:
    text = _copy("Harbour Gazette", "News and views from the Coast", "Home", "News", HEADLINE,
                 "A one-sentence summary of the story that the page prints under its title.",
                 "Jane Roe", "27/11/2026 - 14:20", LEDE, *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert _kind_of(text, "News and views from the Coast") == "boilerplate"


# A wire's bracketed name with a colon after it, as Pajhwok Afghan News opens its copy.


def test_layout_caps_place_bracketed_wire_and_colon_is_the_dateline() -> None:
    text = "\n\n".join([HEADLINE, "KANDAHAR CITY (Pajhwok): The council voted 9-4 on Tuesday "
                        "to close the town's only public pool, officials said.", *PARAGRAPHS])
    meta = sound_layout(text).metadata
    assert meta.dateline == "KANDAHAR CITY"
    # the agency's short name, or its full one where the outlet table knows it
    assert [c for c in meta.credits if c.startswith("Pajhwok")]


def test_layout_bracketed_aside_and_colon_is_no_dateline() -> None:
    text = "\n\n".join([HEADLINE, "THE COUNCIL (in brief): The council voted 9-4 on Tuesday to "
                        "close the town's only public pool, officials said.", *PARAGRAPHS])
    assert sound_layout(text).metadata.dateline is None


# An additional reporter after a dash under the story is credited.


def test_layout_dashed_additional_reporting_is_credited() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS, "— Additional reporting by Jane Roe"])
    assert "Jane Roe" in sound_layout(text).metadata.credits
    assert _kind_of(text, "— Additional reporting by") != "body"


# Zoneless stamps of sites whose home zone their address gives.


@pytest.mark.parametrize(("url", "stamp", "want"), [
    ("https://pajhwok.com/2026/11/27/council-pool/", "Date: 27 Nov 2026 - 15:40",
     "2026-11-27T11:10:00+00:00"),
    ("https://euromaidanpress.com/2026/11/27/council-pool/", "27/11/2026 - 14:20",
     "2026-11-27T12:20:00+00:00"),
])
def test_layout_round36_stamps_in_home_zone(url: str, stamp: str, want: str) -> None:
    text = _copy(HEADLINE, "Jane Roe", stamp, LEDE, *PARAGRAPHS)
    assert sound_layout(text, url=url).metadata.published == want


# Libya Herald's byline and dateline paragraphs over the lede, and its bracketed caption
# credit before the caption's stop.


def test_layout_by_name_with_stop_and_place_day_colon_over_the_lede() -> None:
    text = "\n\n".join([HEADLINE, "By Jane Roe.", "London, 27 November 2026:", LEDE,
                        *PARAGRAPHS])
    layout = sound_layout(text)
    assert list(layout.metadata.byline) == ["Jane Roe"]
    assert layout.metadata.dateline == "London"
    assert _kind_of(text, "By Jane Roe.") == "byline"


@pytest.mark.parametrize("line", ["By The End Of March.", "By Tuesday."])
def test_layout_by_phrase_with_stop_names_no_writer(line: str) -> None:
    text = "\n\n".join([HEADLINE, line, LEDE, *PARAGRAPHS])
    assert not sound_layout(text).metadata.byline


def test_layout_labelled_bracket_credit_before_the_stop() -> None:
    from according.article.body import _caption_credit

    assert _caption_credit("The bank said it had faced delays in receiving oil revenues "
                           "(Photo: CBL).") == "CBL"
    # a story's bracketed aside with a stop names no one
    assert _caption_credit("The bank said it had faced delays in receiving oil revenues "
                           "(see below).") is None


# Writers in a byline element under a house author in the metas (Syria Direct).


def _house_page(byline_row: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
    return (f"<html><head><title>{HEADLINE} - Harbour Gazette</title>"
            "<meta property='og:site_name' content='Harbour Gazette'>"
            "<meta name='author' content='Harbour Gazette'>"
            "<meta property='article:published_time' content='2026-11-27T10:05:00+00:00'>"
            f"</head><body><article><h1>{HEADLINE}</h1>"
            f"<div class='entry-meta'>{byline_row} <time>27 November 2026</time></div>"
            f"<div class='entry-content'>{paragraphs}</div></article></body></html>")


def test_read_byline_element_under_house_author_names_the_writers() -> None:
    from according.read import ArticleInput, read_string

    row = ("<span class='byline'>By <a href='/author/jane-roe/'>Jane Roe</a> and "
           "<a href='/author/john-doe/'>John Doe</a></span>")
    got = read_string(_house_page(row), url="https://harbourgazette.org/council-pool/")
    assert isinstance(got, ArticleInput), str(got)
    assert list(got.hints.byline) == ["Jane Roe", "John Doe"]


def test_read_byline_element_of_a_column_name_names_no_writer() -> None:
    from according.read import ArticleInput, read_string

    row = "<span class='byline'>By The Numbers</span>"
    got = read_string(_house_page(row), url="https://harbourgazette.org/council-pool/")
    assert isinstance(got, ArticleInput), str(got)
    assert not got.hints.byline
