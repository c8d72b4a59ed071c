"""Article layout: the families a seventeenth round of fresh house styles (tests/data/
styles_fresh17: Canadian, Australian, Guyanese, Indian, Qatari, South Sudanese, Ghanaian,
Mozambican, Brazilian, Estonian and Nigerian outlets, UNFPA, a shipping trade site and a US
live blog, all as HTML pages) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import json

from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", header: str = "", story: str = f"<div class='body'>{STORY}</div>",
          after: str = "", h1: str = HEADLINE) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"{header}<h1>{h1}</h1>{story}</article>{after}</main>"
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


# Headline: the h1 under a kicker the JSON-LD headline carries before a colon, over a shorter
# social title.


def test_read_html_h1_after_kicker_in_json_ld_headline_is_the_headline() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": f"Pool closure: {HEADLINE}", "datePublished": "2025-11-18T07:32:00Z"}
    head = "<meta property='og:title' content='Council shuts the pool'>" + _json_ld(ld)
    header = "<span class='kicker'>Pool closure</span>"
    article = _read(_page(head=head, header=header))
    assert article.hints.headline == HEADLINE
    assert sound_layout(article.text, hints=article.hints).metadata.headline == HEADLINE
