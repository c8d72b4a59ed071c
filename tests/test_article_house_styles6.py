"""Article layout and HTML reading: the families a sixth round of fresh house styles
(tests/data/styles_fresh6, real-markup HTML pages) found wrong, each pinned on a short page or
line of its own."""

from __future__ import annotations

import pytest

from according.article import line_kind, read_layout
from according.read import ArticleInput, read_string
from tests.pool_story import LEDE
from tests.test_article import assert_regions_sound

BODY = (f"<p>{LEDE}</p><p>The pool will shut in June after the council failed to find a buyer "
        "willing to pay for a new roof and boilers.</p><p>“We did everything we could,” said "
        "councillor Ann Roe, who chairs the leisure committee.</p>")
H1 = "Council votes to shut the town's only public pool"


def _page(head: str = "", header: str = "", after_body: str = "", h1: str = H1) -> str:
    return (f"<!doctype html><html lang='en'><head><title>{h1} | The Ledger</title>{head}"
            f"</head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav><main>"
            f"<article><h1>{h1}</h1>{header}<div class='body'>{BODY}{after_body}</div>"
            "</article></main><footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def _read(html: str) -> ArticleInput:
    got = read_string(html)
    assert isinstance(got, ArticleInput), str(got)
    layout = read_layout(got.text, hints=got.hints)
    assert_regions_sound(got.text, layout)
    return got


# The headline the page shows over its social title.


OG_TITLE = "<meta property='og:title' content='Pool to close after council vote'>"


def _json_ld_headline(headline: str) -> str:
    return ('<script type="application/ld+json">{"@context":"https://schema.org","@graph":['
            '{"@type":"WebPage","name":"Pool"},{"@type":"NewsArticle","headline":"'
            f'{headline}"}}]}}</script>')


def test_read_html_shown_h1_is_the_headline_over_a_reworded_og_title() -> None:
    got = _read(_page(OG_TITLE + _json_ld_headline(H1)))
    assert got.hints.headline == H1
    assert read_layout(got.text, hints=got.hints).metadata.headline == H1


@pytest.mark.parametrize("h1", [
    "News",  # a logo or a section's name is no headline
    f"Local News | {H1}",  # a section label inside the h1, which the markup's headline lacks
    "Visit the county fair this fall and win prizes",  # an advertisement's heading
])
def test_read_html_h1_the_markup_does_not_name_leaves_the_og_title(h1: str) -> None:
    got = _read(_page(OG_TITLE + _json_ld_headline(H1), h1=h1))
    assert got.hints.headline == "Pool to close after council vote"


# A standfirst printed as a sub-heading under the h1.


def test_read_html_subheading_repeating_the_description_but_its_stop_is_the_standfirst() -> None:
    dek = "The town loses its last public pool after years of rising repair bills"
    head = f"<meta name='description' content='{dek}.'>"
    got = _read(_page(head, header=f"<h2 class='title_sub'>{dek}</h2>"))
    assert got.hints.standfirst == dek


DEK = ("POOL SHUT: The council said the repair bill of $4 million was more than the town could "
       "pay this year")


def test_read_html_sentence_long_h2_the_extraction_dropped_is_the_standfirst() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Pool</title></head><body><div "
            f"class='menu'><a href='/'>Home</a></div><div class='archives'><h1>{H1}</h1><div "
            f"class='sub'><h2>{DEK}</h2></div><div class='timebox'><span>Fri, Jun 06, 2025 "
            f"page3</span></div><div class='archives_story'>{BODY}</div></div></body></html>")
    got = _read(html)
    assert got.hints.standfirst == DEK
    assert read_layout(got.text, hints=got.hints).metadata.standfirst == DEK


def test_read_html_sentence_long_h2_the_extraction_kept_stays_in_place() -> None:
    # a dek the extraction keeps is where the story's paragraphs put it (test sets count it
    # as main text), not moved into a hint
    got = _read(_page(header=f"<div class='sub'><h2>{DEK}</h2></div>"))
    assert got.hints.standfirst is None and DEK in got.text.split("\n\n")


@pytest.mark.parametrize("heading", ["<h2>Key points</h2>",
                                     "<h2><a href='/x'>Town to hold a vote on the future of "
                                     "its library and two parks next year</a></h2>"])
def test_read_html_short_or_linked_h2_is_no_standfirst(heading: str) -> None:
    assert _read(_page(header=heading)).hints.standfirst is None


def test_read_html_post_summary_block_is_the_standfirst() -> None:
    dek = "(1st UPDATE) The town loses its last public pool after years of repair bills"
    got = _read(_page(header=f"<div class='post-summary'>{dek}</div>"))
    assert got.hints.standfirst == dek


# Captions: a caption block outside a figcaption, and credit forms.


def test_read_html_caption_classed_paragraph_is_kept_as_a_caption() -> None:
    caption = ("SHUT. Swimmers leave the pool in the town centre on June 20, 2025. "
               "Photo by Jane Roe/The Ledger")
    header = f"<amp-img src='pool.jpg'></amp-img><p class='caption'>{caption}</p>"
    got = _read(_page(header=header))
    layout = read_layout(got.text, hints=got.hints)
    region = next(r for r in layout.regions if got.text[r.start:r.end].startswith("SHUT."))
    assert region.kind == "caption" and region.credit == "Jane Roe/The Ledger"


@pytest.mark.parametrize(("line", "credit"), [
    ("Rice on sale at a supermarket in Tokyo's Nerima Ward on Saturday. | Kyodo", "Kyodo"),
    ("Rice on sale at a supermarket in Tokyo on Saturday. | Getty Images", "Getty Images"),
    ('The union said overcrowding was now "a year-round reality". File picture: Larry Cummins',
     "Larry Cummins"),
    ("Residents of a coastal village board a military truck on Wednesday. —PHOTO COURTESY OF "
     "ILOCOS SUR PDRRMO", "PHOTO COURTESY OF ILOCOS SUR PDRRMO"),
])
def test_layout_caption_credit_forms(line: str, credit: str) -> None:
    text = f"{H1}\n\n{LEDE}\n\n{line}\n\nThe pool will shut in June, the mayor said on Monday.\n"
    layout = read_layout(text)
    region = next(r for r in layout.regions if text[r.start:r.end] == line)
    assert (region.kind, region.credit) == ("caption", credit)


@pytest.mark.parametrize("line", [
    "The talks will resume next week, officials said. — Reuters",
    "He said the talks had ended. | Read more",
    '"We will appeal," she said. Picture this: a town without a pool.',
])
def test_layout_story_lines_with_a_bar_or_dash_tail_stay_body(line: str) -> None:
    assert line_kind(line) == "body"


# Furniture between and under the story's paragraphs.


@pytest.mark.parametrize("line", [
    "By providing an email address. I agree to the Terms of Use and acknowledge that I have "
    "read the Privacy Policy.",
    "We are the Mail & Guardian, an independent newspaper. Become a subscriber to support us.",
    "Advertise with Stuff",
    "Keep comments relevant to the article. Remarks containing abusive and obscene language, "
    "personal attacks of any kind or promotion will be removed and the user banned.",
])
def test_layout_promotion_consent_and_comment_rules_are_furniture(line: str) -> None:
    assert line_kind(line) == "boilerplate"


# Names as the markup spells them.


def test_read_html_author_keeps_the_stops_of_initials_and_suffixes() -> None:
    head = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":'
            '"NewsArticle","author":[{"@type":"Person","name":"Villamor Visaya Jr."},'
            '{"@type":"Person","name":"Jigger J. Jerusalem"}]}</script>')
    got = _read(_page(head))
    assert read_layout(got.text, hints=got.hints).metadata.byline == (
        "Villamor Visaya Jr.", "Jigger J. Jerusalem")


# Datelines.


@pytest.mark.parametrize(("opening", "place"), [
    ("VIGAN CITY, Ilocos Sur, Philippines — ", "VIGAN CITY, Ilocos Sur, Philippines"),
    ("CAGAYAN DE ORO, Philippines – ", "CAGAYAN DE ORO, Philippines"),
])
def test_layout_caps_place_with_province_and_country_is_the_dateline(opening: str,
                                                                     place: str) -> None:
    text = (f"{H1}\n\nBy Jane Doe\n14 May 2025\n\n{opening}{LEDE}\n\n"
            "The pool will shut in June, the mayor said on Monday.\n")
    assert read_layout(text).metadata.dateline == place


def test_read_html_marked_teaser_cut_off_is_no_standfirst() -> None:
    teaser = ("<aside><div class='post-summary'>How to pack for a long flight and arrive rested "
              "whatever class you fly. Trust me, the air up...</div></aside>")
    assert _read(_page(after_body=teaser)).hints.standfirst is None


def test_read_html_standfirst_run_on_with_its_stamp_is_not_repeated() -> None:
    from according.read.html import _with_header

    text = _with_header(f"{H1}\n\nThe town loses its pool.Monday, 6 January 2020\n\n{LEDE}", H1,
                        "The town loses its pool.")
    assert text.split("\n\n") == [H1, "The town loses its pool.Monday, 6 January 2020", LEDE]


def test_read_html_standfirst_opening_a_paragraph_is_still_put_under_the_headline() -> None:
    from according.read.html import _with_header

    text = _with_header(f"{H1}\n\nExperience is thrilled to name its new chief.", H1,
                        "Experience")
    assert text.split("\n\n")[:2] == [H1, "Experience"]


def test_read_html_marked_dek_ending_in_dots_in_the_header_is_the_standfirst() -> None:
    dek = "The pool is shutting after all... what a year for the town..."
    got = _read(_page(header=f"<p class='article__subheadline'>{dek}</p>"))
    assert got.hints.standfirst == dek
