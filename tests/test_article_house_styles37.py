"""Article layout: the families a thirty-seventh round of fresh house styles (tests/data/
styles_fresh37: business and markets news, Bloomberg, CNBC, Nikkei Asia, The Economic Times,
Yahoo Finance carrying Reuters and MSN carrying Barron's as HTML; Reuters, MarketWatch,
Business Day, NewsBreak, Ground News and Yahoo News carrying AP as text) found wrong, each
pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout


def _copy(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A quote widget's rows and moves, a markets page's notes and prompts, an aggregator's panels.


@pytest.mark.parametrize("line", [
    "+0.82%", "-0.021", "▼ 1.4%",
    "Harbour Index 12,406.20 +1.15 (0.48%)",
    "- Harbour Water Co 1,078.40 +1.92%",
    "GBPUSD 1.2741 -0.31%",
    "HBR.L +4.12%",
    "Stock Trends",
    "(Disclaimer: Recommendations, suggestions, views and opinions given by the experts are "
    "their own. These do not represent the views of the Harbour Gazette)",
    "This article is not investment advice.",
    "Disclosure: Harbour Media is the parent company of the Harbour Gazette.",
    "($1 = 0.8652 euros)",
    "(£1 = $1.27)",
    "Intraday Data provided by FACTSET and subject to terms of use.",
    "Quotes delayed at least 15 minutes. Market data provided by ICE Data Services.",
    "(You can now subscribe to our Harbour Markets WhatsApp channel)",
    "(Catch all the Business News and Latest News Updates on the Harbour Gazette.)",
    "Listen (2 min)",
    "Before it’s here, it’s on the Bloomberg Terminal.",
    "Would you like to comment on this article?",
    "Register (it's quick and free) or sign in now.",
    "Please read our Comment Policy before commenting.",
    "Published by Harbour Holdings and distributed with the Harbour Mail on the last Thursday "
    "of every month.",
    "NewsBreak is not the publisher of this content. Content may be edited for style and "
    "length.",
    "Bias Distribution",
    "56% of the sources are Center",
    "Independent 41% · Corporation 38% · Government 21%",
    "Does this summary seem wrong?",
])
def test_layout_round37_page_lines_are_furniture(line: str) -> None:
    assert _kind_in_story(line) == "boilerplate"


@pytest.mark.parametrize("line", [
    # a story's sentences with the same words and figures
    "The Harbour Index rose 0.5% to 12,406.20 on Tuesday, led by water companies.",
    "Data provided by the council showed pool visits fell 12% last year.",
    "Shares in Harbour Water Co rose 1.9% after the vote, traders said.",
    "The council's disclosure showed the pool lost money for five years running.",
])
def test_layout_round37_story_sentences_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body"


def test_layout_quote_strip_a_value_a_line_is_no_story_and_no_stamp() -> None:
    # the level "17.06" reads as a clock, the strip's names as menu words: the headline is
    # still found under the strip, and none of its lines is story
    text = _copy("HARBOUR GAZETTE", "NEWS", "MARKETS", "OPINION", "HARBOUR INDEX", "12,406",
                 "+0.82%", "USD/ZAR", "17.06", "-0.48%", "MARKETS", HEADLINE,
                 "A summary of the story that the page prints under its title",
                 "27 November 2026 - 17:41", "by Jane Roe", LEDE, *PARAGRAPHS)
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    for line in ("HARBOUR INDEX", "12,406", "+0.82%", "USD/ZAR", "17.06", "-0.48%"):
        assert _kind_of(text, line) == "boilerplate", line


def test_layout_quote_strip_under_the_story_is_furniture() -> None:
    text = _copy(HEADLINE, "By Jane Roe", "November 27, 2026", LEDE, *PARAGRAPHS, "Markets",
                 "FTSE 100", "9,812.35", "+1.2%", "GBP/USD", "1.2741", "-0.31%")
    for line in ("FTSE 100", "9,812.35", "+1.2%", "GBP/USD", "1.2741", "-0.31%"):
        assert _kind_of(text, line) == "boilerplate", line


def test_layout_aggregator_panel_values_and_unnamed_card_are_furniture() -> None:
    text = _copy("Ground News", "Home", "For You", HEADLINE, "Published 1 day ago",
                 "Harbourton, Wessex", "12 Articles", "Summary by Ground News", LEDE,
                 *PARAGRAPHS, "Factuality", "High", "Ownership", "Harbour Gazette", "Center",
                 "Council closes pool after repair bill fight", "Lean Right",
                 "Pool to shut in June", "See all 12 sources")
    for line in ("Harbourton, Wessex", "High", "Lean Right", "Pool to shut in June"):
        assert _kind_of(text, line) == "boilerplate", line


# A wire's strapline over its masthead.


def test_layout_markets_strapline_is_no_headline() -> None:
    text = _copy("Exclusive news, data and analytics for financial market professionals",
                 "Harbour Wire", "Skip to main content", "Business", HEADLINE,
                 "By Jane Roe and John Doe", "November 25, 2026 9:41 PM UTC", LEDE, *PARAGRAPHS)
    meta = sound_layout(text).metadata
    assert meta.headline == HEADLINE
    assert list(meta.byline) == ["Jane Roe", "John Doe"]


# A wire's dateline with its day and no place, under a summary box.


def test_layout_day_and_wire_dateline_without_place_credits_the_wire() -> None:
    text = _copy("Reuters", HEADLINE, "By Jane Roe", "November 25, 2026 9:41 PM UTC", "Summary",
                 "Companies", "Council votes 9-4 to close pool", "Repair bill put at $3 mln",
                 "Site to become a park", "Clubs to travel 20 miles",
                 "Nov 25 (Reuters) - " + LEDE, *PARAGRAPHS)
    meta = sound_layout(text).metadata
    assert meta.dateline is None
    assert "Reuters" in meta.credits
    assert meta.standfirst is None


# Writers named after their desk's title in the contributors' line; a carried wire's dateline.


def test_layout_desk_title_contributors_are_credited() -> None:
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS,
                        "AP Business Writers Matt Ott and Elaine Kurtenbach contributed."])
    layout = sound_layout(text)
    assert {"Matt Ott", "Elaine Kurtenbach"} <= set(layout.metadata.credits)
    assert _kind_of(text, "AP Business Writers") == "credit"


def test_layout_carrier_copy_keeps_the_dateline_wire_credit() -> None:
    text = _copy("Yahoo News", "News", "Finance", "Sports", "Associated Press", HEADLINE,
                 "JANE ROE", "Fri, November 27, 2026 at 6:14 PM UTC", "3 min read",
                 "HARBOURTON, England (AP) — " + LEDE, *PARAGRAPHS)
    meta = sound_layout(text).metadata
    assert meta.outlet == "The Associated Press"
    assert "The Associated Press" in meta.credits


# A caption's labelled credit in brackets after a portrait's name.


def test_caption_photographer_label_in_brackets_credits_a_short_caption() -> None:
    from according.article.body import _caption_credit, _credit_name

    assert _caption_credit("Ann Roe (Photographer: Kiyoshi Ota/Bloomberg)") == \
        "Kiyoshi Ota/Bloomberg"
    assert _caption_credit("Ann Roe, the council's leisure chair, at the pool on Tuesday. "
                           "Photographer: Kiyoshi Ota/Bloomberg") == "Kiyoshi Ota/Bloomberg"
    assert _credit_name("Photograph: Jane Doe") == "Jane Doe"


# The Economic Times's "Synopsis" box under the headline.


def test_layout_synopsis_label_over_the_standfirst() -> None:
    summary = "The council voted to close the pool after failing to find a buyer."
    text = "\n\n".join([HEADLINE, "Synopsis", summary, "MUMBAI: " + LEDE, *PARAGRAPHS])
    layout = sound_layout(text)
    assert layout.metadata.standfirst == summary
    assert layout.metadata.dateline == "MUMBAI"
    assert _kind_of(text, "Synopsis") == "boilerplate"


# A masthead spelling the table's outlet for the address with other spaces.


def test_layout_spaced_masthead_takes_the_table_name_for_the_address() -> None:
    # (the subscription appeal under the story names the paper as it spells it)
    text = _copy("BUSINESS DAY", "NEWS", "MARKETS", "OPINION", HEADLINE,
                 "A summary of the story that the page prints under its title",
                 "27 November 2026 - 17:41", "by Jane Roe", LEDE, *PARAGRAPHS,
                 "Support independent journalism by subscribing to Business Day.")
    meta = sound_layout(text, url="https://www.businesslive.co.za/bd/markets/2026-11-27-pool/"
                        ).metadata
    assert meta.outlet == "BusinessDay"


# A carried paper's foot note giving the time it first ran, in the paper's home zone.


def test_layout_first_published_foot_gives_the_time_in_the_paper_zone() -> None:
    text = _copy("NewsBreak", "Charlotte, NC", "Open in App", "For You", "Local", "Business",
                 HEADLINE, "The Charlotte Observer",
                 "Nov 27, 2026", "By Jane Roe", LEDE, *PARAGRAPHS,
                 "This story was originally published November 27, 2026 at 11:05 AM.",
                 "Read full story")
    meta = sound_layout(text).metadata
    assert meta.outlet == "The Charlotte Observer"
    assert meta.published == "2026-11-27T16:05:00+00:00"


def test_a_text_that_is_only_a_signed_number_is_a_figure_not_a_quote_move():
    """A lone signed move is a quote strip's line where the page has other lines; a text
    that is only "-504" (the figure cases' dk-1082) was read as furniture and lost."""
    import according

    assert [q.span.text for q in according.extract("-504").quantities] == ["-504"]
