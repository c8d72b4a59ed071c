"""Story lines and pages that look like round 15's furniture, desks, deks and brands read as
before: the new patterns and page rules take page lines only."""

from __future__ import annotations

import json

import pytest

from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _kind_of(text: str, line: str) -> str:
    layout = sound_layout(text)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


def _with_line(line: str) -> str:
    """The story as scraped text with `line` among its paragraphs."""
    return "\n".join([HEADLINE, "By Ann Roe", LEDE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])


@pytest.mark.parametrize("line", [
    "Continue reading the council's report and you find the pool was never insured.",
    "Unlock unlimited access to the pool was what the residents wanted, the mayor said.",
    "Welcome to the pool's last summer, read a banner on the gate on Tuesday.",
    "Follow the money for the latest repairs and the bill doubles, the auditor said.",
    "Residents were told to follow the council for the latest updates, a spokesman said.",
])
def test_layout_round15_lookalike_story_lines_stay_story(line: str) -> None:
    text = _with_line(line)
    assert _kind_of(text, line) == "body"
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


@pytest.mark.parametrize(("line", "writers"), [
    ("By Ann Roe, Kyiv Service Correspondent", ("Ann Roe",)),
    ("By Ann Roe and Ben Okafor", ("Ann Roe", "Ben Okafor")),
])
def test_layout_writer_beside_a_service_word_stays_a_writer(line: str,
                                                            writers: tuple[str, ...]) -> None:
    text = f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n" + "\n\n".join(PARAGRAPHS)
    assert sound_layout(text).metadata.byline == writers


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


def _page(head: str = "", header: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            f"<main><article><h1>{HEADLINE}</h1>{header}<div class='body'>{STORY}</div>"
            "</article><aside class='related'><div class='teaser'><p>Another story about the "
            "library's roof and its repair bill, which the council voted down.</p></div></aside>"
            "</main></body></html>")


def test_read_html_teaser_card_in_a_sidebar_is_no_standfirst() -> None:
    assert _read(_page()).hints.standfirst is None


def test_read_html_intro_box_the_story_repeats_further_down_is_no_standfirst() -> None:
    # a dek under the byline that the story prints again among its paragraphs is the story's
    dek = "Councillors said the pool had lost money for a decade and could not be saved."
    story = "".join(f"<p>{p}</p>" for p in (LEDE, PARAGRAPHS[0], dek, *PARAGRAPHS[1:]))
    html = (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title></head><body><main>"
            f"<article><h1>{HEADLINE}</h1><div class='byline'>By Ann Roe</div>"
            f"<div class='intro'><p>{dek}</p></div><div class='body'>{story}</div></article>"
            "</main></body></html>")
    assert _read(html).hints.standfirst is None


def test_read_html_site_publisher_by_initials_keeps_the_site_name() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "publisher": {"@type": "Organization", "name": "EWN"}}
    head = ("<meta property='og:site_name' content='Eyewitness News'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    article = _read(_page(head=head), url="https://ewn.co.za/2025/11/04/a-story")
    assert article.hints.outlet == "Eyewitness News"


def test_read_html_person_author_with_possessive_stays_a_writer() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "author": {"@type": "Person", "name": "Ann Roe"},
          "publisher": {"@type": "Organization", "name": "The Ledger"}}
    head = ("<meta property='og:site_name' content='The Ledger'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    article = _read(_page(head=head, header="<div class='byline'>By Ann Roe</div>"))
    assert article.hints.byline == ("Ann Roe",)


@pytest.mark.parametrize("bold", ["Residents in Abuja", "Key points", "Ann Roe"])
def test_read_html_bold_line_naming_no_writer_in_a_place_is_no_byline(bold: str) -> None:
    # a bold sub-head that is no "Name Name in Place" line gives no writer: "Residents in
    # Abuja" has one capitalised word, "Ann Roe" names no place
    header = f"<p><strong>{bold}</strong></p>"
    assert _read(_page(header=header)).hints.byline == ()


def test_read_html_hashed_box_straight_over_the_story_stays_its_lead() -> None:
    # no picture between the box and the rest of the story: the box holds the story's lead
    html = (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title></head><body><main>"
            f"<h1 class='sc-1ab2c3-1 dZvUyw'>{HEADLINE}</h1>"
            "<div class='sc-1ab2c3-2 hTnQrB'>Written by <a>Ann Roe</a></div>"
            f"<div class='sc-4f5e6d-0 jKqWxP'><p>{LEDE}</p></div>"
            "<div class='sc-7g8h9i-0 content'>"
            + "".join(f"<p>{p}</p>" for p in PARAGRAPHS) + "</div></main></body></html>")
    article = _read(html)
    assert article.hints.standfirst is None
    assert LEDE in article.text


@pytest.mark.parametrize("line", [
    "I have lived here for forty years and the pool was always open. - Margaret Hill",
    "\"We will not stop,\" she said. - Ann Roe",
    "Ottawa will cut the levy next year, the mayor confirmed on Tuesday after weeks of talks "
    "with the province and the unions that run the pool. - Ann Roe",
    "The pool will close in June after the council failed to find a buyer. — Reuters",
])
def test_layout_signed_story_lines_are_no_hyphen_captions(line: str) -> None:
    # a reader's comment, a quote, a long report or a wire's sign-off is no picture's caption
    text = _with_line(line)
    assert _kind_of(text, line) != "caption"
