"""Families of misses on the real pages of fundus's and metascraper's test sets (issue 9),
each on a short page written here: writers joined by a slash, a desk's name before the paper
in an author field, and a JSON-LD headline naming the h1 with its entities left in or cut
with dots. Each test fails on the code before its fix; guards where a rule could overreach."""

from __future__ import annotations

import json

import pytest

from according.article import read_layout
from according.article.byline import _byline_names
from according.read import ArticleInput
from according.read.html import html_article
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

DAY = "24 November 2025"


def _meta(*top: str):  # noqa: ANN202
    return sound_layout("\n\n".join([HEADLINE, *top, DAY, LEDE, *PARAGRAPHS])).metadata


# Writers joined by a slash, each a person's name (Lesotho Times: "Name Surname/Name Surname").


@pytest.mark.parametrize("line", ["Mathatisi Sebusi/Mohalenyane Phakela",
                                  "By Ann Roe / Ben Okafor", "By Ann Roe/Ben Okafor"])
def test_layout_writers_joined_by_a_slash_are_all_the_byline(line: str) -> None:
    meta = _meta(line)
    assert len(meta.byline) == 2
    assert meta.byline[0] in ("Mathatisi Sebusi", "Ann Roe")


@pytest.mark.parametrize(("line", "outlet"), [
    ("By Ann Roe/Reuters", "Reuters"), ("Sok Chan / Khmer Times", "Khmer Times"),
    ("Jane Doe/Associated Press", "The Associated Press")])
def test_byline_names_slash_before_a_wire_or_paper_stays_the_outlet(line: str,
                                                                     outlet: str) -> None:
    names, said, _ = _byline_names(line)
    assert (len(names), said) == (1, outlet)


@pytest.mark.parametrize("line", ["By Ann Roe/Staff Writer", "By Ann Roe/Nairobi",
                                  "By Ann Roe / Political Editor"])
def test_byline_names_slash_before_a_role_or_place_names_one_writer(line: str) -> None:
    assert _byline_names(line)[0] == ["Ann Roe"]


# A desk's name before the paper in an author field: "Editors, USA TODAY" (JSON-LD author).


def _page(author: str, *, ld_headline: str = HEADLINE, og_title: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_headline,
          "datePublished": "2025-11-24T08:15:00Z",
          "author": {"@type": "Person", "name": author},
          "publisher": {"@type": "Organization", "name": "Harbour Gazette"}}
    og = f'<meta property="og:title" content="{og_title}">' if og_title else ""
    return (f'<html><head><title>{HEADLINE} | Harbour Gazette</title>{og}'
            '<meta property="og:site_name" content="Harbour Gazette">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<article><h1>{HEADLINE}</h1>'
            + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS)) + "</article></body></html>")


def _read(page: str):  # noqa: ANN202
    article = html_article(page, name="p.html")
    assert isinstance(article, ArticleInput)
    return read_layout(article.text, hints=article.hints).metadata


@pytest.mark.parametrize("author", ["Editors, USA TODAY", "Staff, Harbour Gazette",
                                    "News Desk, Harbour Gazette"])
def test_html_author_field_of_a_desk_and_its_paper_names_no_writer(author: str) -> None:
    assert _read(_page(author)).byline == ()


def test_html_author_field_of_a_writer_and_a_role_keeps_the_writer() -> None:
    assert _read(_page("Ann Roe, Political Editor")).byline == ("Ann Roe",)


# The JSON-LD headline naming the h1 over a reworded og:title: with the page's entities left
# in ("&#039;", TechRadar) or cut with dots after the question ("… have?...", The Sun).

SOCIAL = "Town pool to shut after council vote"


@pytest.mark.parametrize("ld_headline", [
    HEADLINE.replace("'", "&#039;"), HEADLINE + "...", HEADLINE + "…"])
def test_html_markup_headline_with_entities_or_dots_names_the_h1(ld_headline: str) -> None:
    article = html_article(_page("Ann Roe", ld_headline=ld_headline, og_title=SOCIAL),
                           name="p.html")
    assert isinstance(article, ArticleInput)
    assert article.hints.headline == HEADLINE


def test_html_markup_headline_of_another_story_leaves_the_social_title() -> None:
    other = "Harbour ferry fares rise for the second time this year"
    article = html_article(_page("Ann Roe", ld_headline=other, og_title=SOCIAL), name="p.html")
    assert isinstance(article, ArticleInput)
    assert article.hints.headline == SOCIAL


# A short site name and its newsroom's word after the headline in the social title: "… | CBC
# News" where og:site_name is "CBC".


def test_html_title_part_of_a_short_site_name_and_news_is_the_site() -> None:
    page = _page("Ann Roe", ld_headline="Harbour ferry fares rise for the second time",
                 og_title=f"{SOCIAL} | HBG News").replace(
        'content="Harbour Gazette"', 'content="HBG"')
    article = html_article(page, name="p.html")
    assert isinstance(article, ArticleInput)
    assert article.hints.headline == SOCIAL


def test_html_title_part_of_a_short_site_name_and_a_longer_phrase_stays() -> None:
    title = f"{SOCIAL} | HBG pool closure"
    page = _page("Ann Roe", ld_headline="Harbour ferry fares rise for the second time",
                 og_title=title).replace('content="Harbour Gazette"', 'content="HBG"')
    article = html_article(page, name="p.html")
    assert isinstance(article, ArticleInput)
    assert article.hints.headline == title


# The site's own staff as the JSON-LD "person" while the author meta and the shown byline name
# the writer (WIRED: "WIRED Staff" beside parsely-author "Adam Rogers").


def test_html_json_ld_person_that_is_the_site_staff_yields_to_the_author_meta() -> None:
    page = _page("Harbour Gazette Staff").replace(
        "</head>", '<meta name="parsely-author" content="Ann Roe"></head>')
    assert _read(page).byline == ("Ann Roe",)


def test_html_json_ld_writer_stays_beside_a_staff_author_meta() -> None:
    page = _page("Ben Okafor").replace(
        "</head>", '<meta name="author" content="Harbour Gazette Staff"></head>')
    assert _read(page).byline == ("Ben Okafor",)
