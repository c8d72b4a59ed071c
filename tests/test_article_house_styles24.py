"""Article layout: the families a twenty-fourth round of fresh house styles (tests/data/
styles_fresh24: news as it reaches readers through carriers: MSN and Yahoo News partner
stories, Apple News and Google News copies, NewsBreak and SmartNews, a PressReader e-paper
page, a writer's Substack post, a Ground News summary, an outlet's Facebook post, and MSN and
Yahoo syndication pages) found wrong, each pinned on a short document of its own.

The convention: a carrier (portal, news app, e-paper kiosk) is neither outlet nor credit;
the outlet is the publisher it names."""

from __future__ import annotations

from according.article import line_kind
from according.article.body import _caption
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, story_text
from tests.test_article import sound_layout
from tests.test_article_house_styles15 import _json_ld, _read
from tests.test_article_house_styles21 import _kind_of

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _copy(*lines: str) -> str:
    return "\n".join(lines)


# A carrier's foot and its source lines name the publisher.


def test_layout_portal_read_more_foot_names_the_outlet() -> None:
    text = _copy("MSN", "Sign in", "Westshire Ledger", HEADLINE, "Story by Ann Roe • 4h", LEDE,
                 *PARAGRAPHS, "Continue reading", "Read more on Westshire Ledger")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Westshire Ledger"
    assert _kind_of(text, "Read more on Westshire Ledger") != "body"


def test_layout_partner_foot_originally_appeared_beats_the_carriers_name() -> None:
    foot = f"This article originally appeared on Westshire Ledger: {HEADLINE}"
    text = _copy("Yahoo News", "Search query", HEADLINE, "Ann Roe",
                 "Tue, June 3, 2025 at 9:40 AM GMT+1", LEDE, *PARAGRAPHS, foot)
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Westshire Ledger"
    assert _kind_of(text, foot) != "body"


def test_layout_news_app_source_age_line_is_the_publisher_not_a_standfirst() -> None:
    text = _copy("SmartNews", "Top", "Westshire Ledger", HEADLINE, "Westshire Ledger · 3h",
                 "by Ann Roe", LEDE, *PARAGRAPHS, "View original article")
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None
    assert layout.metadata.outlet == "Westshire Ledger"
    assert _kind_of(text, "View original article") != "body"


def test_layout_epaper_edition_line_names_the_paper_without_its_city() -> None:
    text = _copy("Westshire Ledger (Westbury) · 3 Jun 2024 · Page 7", HEADLINE, "Ann Roe", LEDE,
                 *PARAGRAPHS, "Printed and distributed by PressReader")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Westshire Ledger"
    assert layout.metadata.published == "2024-06-03T00:00:00+00:00"
    assert _kind_of(text, "Printed and distributed by PressReader") != "body"


def test_layout_app_share_takes_the_provider_line_over_the_headline() -> None:
    text = _copy("The Westshire Ledger", HEADLINE, "Ann Roe, Local Government Reporter",
                 "June 3, 2025", LEDE, *PARAGRAPHS, "Shared from Apple News",
                 "https://apple.news/Ab3dEf9GhIjK")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "The Westshire Ledger"
    assert _kind_of(text, "Shared from Apple News") != "body"
    assert _kind_of(text, "https://apple.news/Ab3dEf9GhIjK") != "body"


def test_layout_viewer_open_in_names_the_outlet_and_full_coverage_is_furniture() -> None:
    text = _copy("news.google.com", "Westshire Ledger", HEADLINE, "Ann Roe", LEDE, *PARAGRAPHS,
                 "Open in Westshire Ledger", "Full Coverage")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Westshire Ledger"
    assert _kind_of(text, "Full Coverage") != "body"


def test_layout_republishing_note_naming_the_outlet_credits_no_one() -> None:
    text = _copy("NewsBreak", "Westbury, WS", HEADLINE, "Westshire Ledger", "Jun 3, 2025",
                 "By Ann Roe", LEDE, *PARAGRAPHS,
                 "This story was originally published by Westshire Ledger.", "Read full story")
    metadata = sound_layout(text).metadata
    assert metadata.outlet == "Westshire Ledger"
    assert metadata.credits == ()
    assert _kind_of(text, "Read full story") != "body"


def test_layout_share_button_named_for_a_carrier_makes_no_carrier_copy() -> None:
    # a guard: "Flipboard" in a share row under the byline is a button, and "Sport" over the
    # headline a section, not a provider's name
    text = story_text("By Ann Roe", "Share", "Flipboard", "Email")
    metadata = sound_layout("Sport\n\n" + text).metadata
    assert metadata.outlet != "Sport"


# A writer's newsletter and an aggregator name themselves.


def test_layout_newsletter_thanks_prompt_names_the_newsletter() -> None:
    prompt = ("Thanks for reading Pool Notes! Subscribe for free to receive new posts and "
              "support my work.")
    text = _copy("Pool Notes", "Subscribe", "Sign in", HEADLINE, "Ann Roe", "Jun 3, 2025",
                 LEDE, *PARAGRAPHS, prompt, "Subscribe", "8 Likes", "Discussion about this post")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Pool Notes"
    for line in (prompt, "8 Likes", "Discussion about this post"):
        assert _kind_of(text, line) != "body", line


def test_layout_aggregator_bias_bar_and_source_cards_are_furniture() -> None:
    cards = ("Westshire Ledger", "Lean Left", "Pool to close after council vote",
             "County Courier", "Right", "Anger as pool closure approved")
    text = _copy(HEADLINE, "Published 2 days ago", "9 Articles",
                 "Left 30% · Center 50% · Right 20%", "Summary by Poolside Digest", LEDE,
                 *PARAGRAPHS, *cards, "See all 9 sources")
    layout = sound_layout(text)
    assert layout.metadata.outlet == "Poolside Digest"
    for line in ("9 Articles", "Left 30% · Center 50% · Right 20%", *cards,
                 "See all 9 sources"):
        assert _kind_of(text, line) != "body", line
    assert _kind_of(text, LEDE) == "body"


def test_line_kind_aggregator_and_social_counts_are_furniture() -> None:
    for line in ("12 Sources", "View all 40 articles", "Insights by Ground AI",
                 "All reactions:", "42 shares", "3 reposts", "15 Likes"):
        assert line_kind(line) == "boilerplate", line


# An outlet's social post: its page publishes, its link card's title heads it.


def test_layout_social_post_link_card_title_is_the_headline() -> None:
    post = ("The council voted 9-4 on Tuesday to close the town's only public pool, "
            "officials said. | via Ann Roe")
    text = _copy("Westshire Ledger", "June 3, 2025 at 7:30 PM ·", post, "LEDGER.EXAMPLE.COM",
                 HEADLINE, "All reactions:", "120", "14 comments", "9 shares", "Like",
                 "Comment", "Share")
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.outlet == "Westshire Ledger"
    assert layout.metadata.byline == ("Ann Roe",)
    assert _kind_of(text, "The council voted 9-4") == "body"
    assert _kind_of(text, "LEDGER.EXAMPLE.COM") != "body"


# A caption's credit: the photographer and the paper between a bar.


def test_caption_credit_photographer_bar_paper_after_a_sentence() -> None:
    kind = _caption("Swimmers queue outside the pool in Westbury on June 1, 2025. "
                    "(Ann Roe | The Westshire Ledger)")
    assert kind == ("caption", "Ann Roe | The Westshire Ledger")


# A carrier's page: the publisher its meta or JSON-LD names.


def _carrier_page(head: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<main><article><h1>" + HEADLINE + "</h1><div class='body'>" + STORY
            + "</div></article></main></body></html>")


def test_read_html_carrier_page_provider_meta_is_the_outlet() -> None:
    head = ("<meta property='og:site_name' content='Yahoo News'>"
            "<meta name='provider' content='Westshire Ledger'>")
    article = _read(_carrier_page(head), url="https://www.yahoo.com/news/pool-123.html")
    assert article.hints.outlet == "Westshire Ledger"


def test_read_html_carrier_page_json_ld_source_organization_is_the_outlet() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "publisher": {"@type": "Organization", "name": "MSN"},
          "sourceOrganization": {"@type": "Organization", "name": "Westshire Ledger"}}
    head = "<meta property='og:site_name' content='MSN'>" + _json_ld(ld)
    article = _read(_carrier_page(head), url="https://www.msn.com/en-gb/news/ar-AA1xYz")
    assert article.hints.outlet == "Westshire Ledger"


def test_read_html_own_page_keeps_its_name_over_a_json_ld_provider() -> None:
    # a guard: a paper's own page naming a provider (its picture agency) stays the paper's
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "provider": {"@type": "Organization", "name": "Picture Agency"}}
    head = "<meta property='og:site_name' content='Westshire Ledger'>" + _json_ld(ld)
    article = _read(_carrier_page(head), url="https://ledger.example.com/news/pool")
    assert article.hints.outlet == "Westshire Ledger"


def test_layout_republishing_note_on_an_own_copy_stays_a_credit() -> None:
    # a guard: with no carrier's mark the note credits the site republished, which publishes
    # nothing here
    text = story_text("By Ann Roe", after=("This article originally appeared on The "
                                           "Conversation.",))
    metadata = sound_layout("Westshire Ledger\n\n" + text).metadata
    assert metadata.outlet != "The Conversation"
    assert "The Conversation" in metadata.credits


def test_layout_topic_and_map_links_name_no_publisher() -> None:
    # a guard: on a paper's own copy "Read more on Brexit" links a topic and "Open in Google
    # Maps" a map; a one-word section over the headline of an app's share names no provider
    text = story_text("By Ann Roe", after=("Read more on Brexit", "Open in Google Maps",
                                           "Sport Extra · 3h"))
    assert sound_layout(text).metadata.outlet not in {"Brexit", "Google Maps", "Sport Extra"}
    shared = _copy("Politics", HEADLINE, "Ann Roe", LEDE, *PARAGRAPHS, "Shared from Apple News")
    assert sound_layout(shared).metadata.outlet != "Politics"
