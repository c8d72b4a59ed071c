"""Article layout: the families a fifteenth round of fresh house styles (tests/data/
styles_fresh15: US, UK, Northern Irish, Canadian, Australian, Indian, Myanmar, Nigerian, Gulf
and Latin American outlets, RFE/RL, WION and ReliefWeb, all as HTML pages) found wrong, each
pinned on a short page or line of its own."""

from __future__ import annotations

import json

from according.article import line_kind
from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", header: str = "", story: str = f"<div class='body'>{STORY}</div>",
          after: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<h1>{HEADLINE}</h1>{header}{story}</article>{after}</main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


def _json_ld(obj: dict) -> str:
    return f"<script type='application/ld+json'>{json.dumps(obj)}</script>"


def _kinds(text: str, **kwargs) -> dict[str, str]:  # type: ignore[no-untyped-def]
    layout = sound_layout(text, **kwargs)
    return {text[r.start:r.end]: r.kind for r in layout.regions}


# Furniture: a metered wall's offer, a live page's greeting post and its follow-us heading.


def test_line_kind_metered_wall_offers_are_furniture() -> None:
    assert line_kind("Continue reading this article for free. Register or log in to read "
                     "more.") == "boilerplate"
    assert line_kind("Unlock unlimited access to local news. Subscribe now for $1 a "
                     "week.") == "boilerplate"


def test_line_kind_live_page_greeting_and_follow_heading_are_furniture() -> None:
    assert line_kind("Welcome to WION's live coverage of the Russia-Ukraine war.") \
        == "boilerplate"
    assert line_kind("Follow WION for the latest updates on the Russia-Ukraine "
                     "war.") == "boilerplate"


def test_read_html_follow_us_second_heading_is_no_standfirst() -> None:
    header = ("<h2 class='sc-eqUAAy dUtkLY'>Follow WION for the latest updates on the "
              "Russia-Ukraine war.</h2><div class='sc-fqkvVR'><a>Ann Roe</a> <button>Follow"
              "</button></div><div class='sc-dcJsrY'>Updated: Nov 05, 2025, 12:40 IST</div>")
    head = ("<meta property='og:description' content='Follow WION for the latest updates on "
            "the Russia-Ukraine war.'>")
    assert _read(_page(head=head, header=header)).hints.standfirst is None


# Standfirst: a dek under the byline line kept by the extraction above the story; a box
# classed only as a teaser.


_DEK = ("Riot police cleared Rustaveli Avenue overnight after a 340th consecutive night of "
        "demonstrations against the ruling party.")


def test_read_html_intro_box_under_byline_is_the_standfirst() -> None:
    header = (f"<div class='publishing-details'>By Ann Roe</div>"
              f"<div class='intro'><p>{_DEK}</p></div><div class='share'><a>Share</a></div>"
              "<figure><img src='a.jpg'><figcaption>A street.</figcaption></figure>")
    article = _read(_page(header=header))
    assert article.hints.standfirst == _DEK
    kinds = _kinds(article.text, hints=article.hints)
    assert kinds[_DEK] == "standfirst"


def test_read_html_teaser_box_under_headline_is_the_standfirst() -> None:
    header = (f"<div class='teaser'><p>{_DEK}</p></div>"
              "<div class='byline'><a>Ann Roe</a> <span>November 4, 2025</span></div>")
    assert _read(_page(header=header)).hints.standfirst == _DEK


# Writers: a broadcaster's language service is a desk, not two names cut at a slash.


def test_read_html_language_service_author_is_no_writer() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "datePublished": "2025-11-04T21:47:00Z",
          "author": {"@type": "Organization", "name": "RFE/RL's Georgian Service"},
          "publisher": {"@type": "Organization", "name": "RFE/RL"}}
    head = ("<meta property='og:site_name' content='RFE/RL'>"
            "<meta name='author' content=\"RFE/RL's Georgian Service\">" + _json_ld(ld))
    header = "<div class='byline'>By RFE/RL's Georgian Service</div>"
    article = _read(_page(head=head, header=header))
    assert article.hints.byline == ()
    layout = sound_layout(article.text, hints=article.hints)
    assert layout.metadata.byline == ()


def test_layout_service_byline_line_is_no_person() -> None:
    text = f"{HEADLINE}\n\nBy RFE/RL's Georgian Service\n\n{LEDE}\n\n" + "\n\n".join(PARAGRAPHS)
    assert sound_layout(text).metadata.byline == ()


# Outlet: the JSON-LD publisher that the address spells, where the site's name is a brand.


def test_read_html_publisher_spelled_by_address_names_the_outlet() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "datePublished": "2025-11-04T15:48:00Z",
          "publisher": {"@type": "Organization", "name": "Nottingham Post"}}
    head = "<meta property='og:site_name' content='Nottinghamshire Live'>" + _json_ld(ld)
    article = _read(_page(head=head), url="https://www.nottinghampost.com/news/a-story-10432187")
    assert article.hints.outlet == "Nottingham Post"


# Writers: a bold 'Name in Place' line over the story when the metas name the site's account.


def test_read_html_bold_writer_in_place_line_is_the_byline() -> None:
    head = "<meta name='author' content='Thisdaylive'><meta property='og:site_name' " \
           "content='THISDAYLIVE'>"
    header = "<p><strong>Sunday Aborisade in Abuja</strong></p>"
    article = _read(_page(head=head, header=header))
    assert article.hints.byline == ("Sunday Aborisade",)


# Standfirst: a dek in a box named only by a styled component's hash, under the byline and
# over the lead picture.


def _hashed_page(between: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title></head><body><main>"
            f"<h1 class='sc-1ab2c3-1 dZvUyw'>{HEADLINE}</h1>"
            "<div class='sc-1ab2c3-2 hTnQrB'>Written by <a>Ann Roe</a> - <span>November 4, "
            f"2025</span></div><div class='sc-4f5e6d-0 jKqWxP'><p>{_DEK}</p></div>{between}"
            f"<div class='sc-7g8h9i-0 content'>{STORY}</div></main></body></html>")


def test_read_html_hashed_dek_over_the_lead_picture_is_the_standfirst() -> None:
    figure = "<figure><img src='a.jpg'><figcaption>A street. Credit: AP/Ann Roe</figcaption>" \
             "</figure>"
    article = _read(_hashed_page(figure))
    assert article.hints.standfirst == _DEK
    assert _kinds(article.text, hints=article.hints)[_DEK] == "standfirst"


# Captions: a photographer after a spaced hyphen closing the caption's sentence (SaltWire).


def test_line_kind_caption_credited_after_a_spaced_hyphen() -> None:
    line = "The CAT ferry docked in Yarmouth in August. - Tina Comeau"
    assert line_kind(line) == "caption"
    text = f"{HEADLINE}\n\nBy Ann Roe\n\n{LEDE}\n\n{line}\n\n" + "\n\n".join(PARAGRAPHS)
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Tina Comeau"]
