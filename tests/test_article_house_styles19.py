"""Article layout: the families a nineteenth round of fresh house styles (tests/data/
styles_fresh19: Meduza, Devex, Euractiv, Rudaw, HumAngle and Eurasianet pages; Politico
Europe, Enab Baladi and OC Media select-all copies; Radio Tamazuj, bdnews24 and Myanmar Now
crawler dumps) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind, read_layout
from according.read import ArticleInput, read_string
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


@pytest.mark.parametrize(("masthead", "url"), [
    ("Pool Now", "https://pool-now.org/en/news/council-votes/"),
    ("PG Media", "https://pg-media.org/council-votes/"),
])
def test_layout_hyphenated_domain_spells_the_outlet_and_drops_it_from_the_byline(
        masthead: str, url: str) -> None:
    text = _scraped(masthead, "News", "Features", HEADLINE, f"By {masthead}", "June 11, 2023",
                    tail=(f"© 2023 {masthead}",))
    metadata = sound_layout(text, url=url).metadata
    assert metadata.outlet == masthead
    assert metadata.byline == ()


def test_layout_round19_stamp_is_read_in_its_newsrooms_zone() -> None:
    text = _scraped(HEADLINE, "Staff Correspondent", "Published : 20 Nov 2025, 05:32 PM")
    url = "https://bdnews24.com/health/pool"
    assert sound_layout(text, url=url).metadata.published == "2025-11-20T11:32:00+00:00"


STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(figure: str) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"<h1>{HEADLINE}</h1>{figure}<div class='body'>{STORY}</div></article></main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _caption_credits(html: str) -> list[str | None]:
    got = read_string(html)
    assert isinstance(got, ArticleInput), str(got)
    layout = read_layout(got.text, hints=got.hints)
    return [r.credit for r in layout.regions if r.kind == "caption"]


@pytest.mark.parametrize(("line", "credit"), [
    ("The pool's roof in June. Photo by: Ann Roe / AFP", "Ann Roe / AFP"),  # Devex
    ("Swimmers at the pool on Thursday. | Ann Roe/AFP via Getty Images",  # Politico Europe
     "Ann Roe/AFP via Getty Images"),
])
def test_layout_round19_caption_credit_forms_close_a_caption(line: str, credit: str) -> None:
    assert line_kind(line) == "caption"
    text = "\n\n".join([HEADLINE, LEDE, line, *PARAGRAPHS])
    found = [r for r in sound_layout(text).regions if text[r.start:r.end] == line]
    assert found and found[0].kind == "caption" and found[0].credit == credit


def test_read_html_caption_credit_in_an_element_of_its_own_is_the_captions_credit() -> None:
    figure = ("<figure><img src='a.jpg'><figcaption><span class='MediaCaption-caption'>The "
              "pool's boilers in the plant room</span> <span class='MediaCaption-credit'>Ann "
              "Roe / Kommersant / Sipa USA</span></figcaption></figure>")
    assert _caption_credits(_page(figure)) == ["Ann Roe / Kommersant / Sipa USA"]


def test_read_html_caption_credit_span_after_a_credited_caption_keeps_its_form() -> None:
    figure = ("<figure><img src='a.jpg'><figcaption>Floodwater covers the road near the pool "
              "on Wednesday afternoon. <span class='credit'>DARREN STONE, TIMES COLONIST</span>"
              "</figcaption></figure>")
    assert _caption_credits(_page(figure)) == ["DARREN STONE, TIMES COLONIST"]


@pytest.mark.parametrize("line", [
    "(Edited by Alice Taylor-Braçe)",  # Euractiv
    "This article has been updated.",  # Politico Europe
    "Pool Now is an independent news agency.",  # Myanmar Now
    "PG Media is a non-profit, independent news organisation. Support our work by becoming a "
    "member.",  # OC Media
])
def test_layout_round19_notes_under_the_story_are_furniture(line: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11, 2023", tail=(line,))
    assert _kind_of(text, line) == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


def test_line_kind_story_sentence_about_an_independent_outlet_stays_story() -> None:
    assert line_kind("Pool Now is an independent news outlet that the ministry declared "
                     "undesirable in 2023.") == "body"


def test_layout_second_writer_on_the_line_under_the_byline_joins_it() -> None:
    text = _scraped(HEADLINE, "November 20, 2025 4:02 pm CET", "By Ann Roe", "and Max Griera",
                    "4 Mins Read")
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Ann Roe", "Max Griera")
    assert _kind_of(text, "and Max Griera") == "byline"
    assert _kind_of(text, LEDE) == "body"


def test_layout_outlet_and_place_line_over_the_lede_is_the_dateline() -> None:
    text = _scraped("Pool Gazette", "Home", "News", HEADLINE, "20/11/2025",
                    "Pool Gazette – Daraa")
    layout = sound_layout(text)
    assert layout.metadata.dateline == "Daraa"
    assert layout.metadata.byline == ()
    assert _kind_of(text, "Pool Gazette – Daraa") == "dateline"


def test_layout_outlet_and_writer_line_is_no_dateline() -> None:
    text = _scraped("Pool Gazette", "Home", "News", HEADLINE, "20/11/2025",
                    "Pool Gazette – Hassan Ibrahim")
    assert sound_layout(text).metadata.dateline is None
