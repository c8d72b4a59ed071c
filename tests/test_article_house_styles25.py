"""Article layout: the families a twenty-fifth round of fresh house styles (tests/data/
styles_fresh25: HTML pages as the news CMSs and themes render them: tagDiv Newspaper, Jannah,
Arc XP, Brightspot, Drupal, Ghost, BLOX, Village Media, Gannett, an Indian AMP CMS, Next.js
and two live pages) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

from according.article import line_kind, read_layout
from according.read.dates import published_utc
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout
from tests.test_article_house_styles15 import _json_ld, _read

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))


def _page(head: str = "", header: str = "", story: str = f"<div class='body'>{STORY}</div>",
          below: str = "") -> str:
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main><article>"
            f"{header}<h1>{HEADLINE}</h1>{below}{story}</article></main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _metadata(html: str):  # type: ignore[no-untyped-def]
    article = _read(html)
    return read_layout(article.text, hints=article.hints).metadata


# Captions: a credit labelled "Image courtesy:", and a credit the page prints in an element of
# its own beside the caption's (Brightspot's Figure-caption and Figure-credit).


def test_line_kind_image_courtesy_label_credits_a_caption() -> None:
    line = "Swimmers at the pool in Hull last summer. Image courtesy: Ledger Council"
    assert line_kind(line) == "caption"
    layout = sound_layout(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n")
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Ledger Council"]


def test_read_html_caption_credit_beside_the_caption_is_its_credit() -> None:
    below = ("<figure class='Figure'><img src='pool.jpg' alt=''><div class='Figure-content'>"
             "<div class='Figure-caption'><p>Swimmers leave the pool in Hull on its last open "
             "day in September.</p></div><div class='Figure-credit'>Ledger Council</div></div>"
             "</figure>")
    article = _read(_page(below=below))
    assert ("Swimmers leave the pool in Hull on its last open day in September. (Ledger "
            "Council)") in article.text
    layout = read_layout(article.text, hints=article.hints)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Ledger Council"]


def test_read_html_caption_field_closed_by_a_bare_name_credits_it() -> None:
    below = ("<div class='field field--name-field-image'><img src='pool.jpg' alt=''></div>"
             "<div class='field field--name-field-image-caption field__item'>Swimmers leave the "
             "pool in Hull on its last open day in September. Ann Roe</div>")
    article = _read(_page(below=below))
    layout = read_layout(article.text, hints=article.hints)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["Ann Roe"]


# Bylines: a writer's name with the paper's run on after it in one author field (BLOX), a live
# page's post writers in its JSON-LD.


def test_read_layout_writer_with_paper_run_on_is_the_writer() -> None:
    head = ("<meta name='author' content='Ann Roe Ledger Gazette'>"
            "<meta property='og:site_name' content='Ledger Gazette'>")
    assert _metadata(_page(head=head)).byline == ("Ann Roe",)


def test_read_html_live_post_writers_are_not_the_pages_byline() -> None:
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": HEADLINE,
          "datePublished": "2025-06-13T00:58:40Z",
          "author": {"@type": "Organization", "name": "Ledger TV"},
          "liveBlogUpdate": [{"@type": "BlogPosting", "headline": "Pool to close",
                              "datePublished": "2025-06-13T06:02:00Z",
                              "author": {"@type": "Person", "name": "Ann Roe"}}]}
    article = _read(_page(head=_json_ld(ld)))
    assert article.hints.byline == ()


# A live page's posts, each an element of its own holding one paragraph: the extraction kept
# the first post only.


def test_read_html_live_posts_of_one_paragraph_each_are_all_kept() -> None:
    from according.read.html import _shown, _tree, _with_story_continued

    first = f"<p>{LEDE}</p><p>{PARAGRAPHS[0]}</p>"  # (the newest post, two paragraphs)
    posts = "".join(
        f"<article class='live-item'><div class='live-item-header'><time>0{i}:00</time> "
        f"<span>Ann Roe</span></div><h3>Update {i}</h3>{p}</article>"
        for i, p in enumerate((first, *(f"<p>{p}</p>" for p in PARAGRAPHS[1:])), start=1))
    html = (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title></head><body>"
            f"<main><h1>{HEADLINE}</h1><div class='live-feed'>{posts}</div></main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")
    # what the extraction kept of such a page: the first post only
    kept = _with_story_continued(_shown(_tree(html)), ["Update 1", LEDE, PARAGRAPHS[0]])
    for paragraph in PARAGRAPHS[1:]:
        assert paragraph in kept


# Furniture: a "Stay informed:" newsletter prompt, a "Contact reporter" line with the writer's
# address, a house format's section titles, a note about the writer closing with their address.


def test_line_kind_stay_informed_newsletter_prompt_is_furniture() -> None:
    assert line_kind("Stay informed: Get our council and schools newsletter") != "body"
    assert line_kind("Stay informed, the council told residents on Tuesday.") == "body"


def test_line_kind_contact_reporter_line_is_furniture() -> None:
    assert line_kind("Contact reporter Ann Roe at aroe@ledger.example or 555-010-2030. "
                     "On X: @AnnRoe") != "body"


def test_line_kind_house_format_section_titles_are_furniture() -> None:
    for line in ("The News", "Know More", "The View From Hull", "Room for Disagreement"):
        assert line_kind(line) != "body", line


def test_layout_writer_note_ending_with_their_address_is_furniture() -> None:
    note = ("Ann Roe has lived in Hull for 20 years and covers the council. Email her at "
            "aroe@ledger.example.")
    text = f"{HEADLINE}\n\nBy Ann Roe\n\n{LEDE}\n\n" + "\n\n".join(PARAGRAPHS) + f"\n\n{note}\n"
    layout = sound_layout(text)
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    assert kinds[note] != "body"


# Dates: Israel's daylight time.


def test_published_utc_israel_daylight_time() -> None:
    assert published_utc("14 June 2025 at 21:10 (IDT)") == "2025-06-14T18:10:00+00:00"


# Times: a caption's credit names no time ("Name/USA TODAY NETWORK", a Gannett paper's).


def test_find_times_skip_a_captions_credit(nlp) -> None:  # noqa: ANN001
    from datetime import UTC, datetime

    from according.records import Region
    from according.times import find_times

    caption = "Crews work on a water line in Hull. Ann Roe/USA TODAY NETWORK"
    credit = "Ann Roe/USA TODAY NETWORK"
    found = find_times(nlp(caption), datetime(2024, 10, 4, 21, 18, tzinfo=UTC),
                       (Region(0, len(caption), "caption", credit),))
    assert [t.span.text for t in found] == []
