"""Article layout: the families a twenty-second round of fresh house styles (tests/data/
styles_fresh22: Indian, Pakistani, Philippine, Indonesian, Argentine, Tanzanian and Kenyan
papers, Swedish and Icelandic public broadcasters, OHCHR, a Nexstar station and Reach and
National World regionals, as HTML pages, feed entries and JSON lines) found wrong, each pinned
on a short page or line of its own."""

from __future__ import annotations

from according.article import line_kind
from according.article.body import dateline_of
from according.article.metadata import clean_byline
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


# Furniture: a syndication disclaimer, an inbox prompt, a sign-up box's error line, a comment
# prompt with its log-in links gone, a link to the story in another language, "Editor's
# Choice:" links.


def test_line_kind_syndication_disclaimer_is_furniture() -> None:
    assert line_kind("(Except for the headline, this story has not been edited by Ledger staff "
                     "and is published from a syndicated feed.)") != "body"
    assert line_kind("The syndicated feed was cut off on Tuesday, the company said.") == "body"


def test_line_kind_straight_to_inbox_prompt_is_furniture() -> None:
    assert line_kind("Get the biggest stories from Kent and the Medway towns straight to your "
                     "inbox - sign up to our daily newsletter here") != "body"


def test_line_kind_signup_error_and_comment_prompt_are_furniture() -> None:
    assert line_kind("Sorry, there seems to be a problem. Please try again later.") != "body"
    assert line_kind("Want to join the discussion? Please or to comment on this story.") \
        != "body"


def test_line_kind_other_language_link_and_editors_choice_are_furniture() -> None:
    assert line_kind("Read the article in Norwegian: Bassenget stenger") != "body"
    assert line_kind("Editor’s Choice: Council names new leisure chief") != "body"


# Caption credits: a slash left before the name when the label is spaced from it, and a
# picture desk's reference number after it.


def test_read_layout_caption_credit_without_slash_or_picture_number() -> None:
    for caption, credit in (("Swimmers at the pool in Hull last summer. PHOTO/ Ann Roe", "Ann Roe"),
                            ("Swimmers at the pool in Hull last summer. Picture: Ann Roe "
                             "(230625-4)", "Ann Roe")):
        text = "\n\n".join((HEADLINE, caption, LEDE, *PARAGRAPHS)) + "\n"
        layout = sound_layout(text)
        credits = [r.credit for r in layout.regions if r.kind == "caption"]
        assert credits == [credit], caption


# Writers: one author field naming several writers with commas (a feed's dc:creator); a role
# after the comma is still cut.


def test_clean_byline_comma_joined_writers_each() -> None:
    assert clean_byline(("Ólöf Rún Erlendsdóttir, Oddur Þórðarson",)) == (
        "Ólöf Rún Erlendsdóttir", "Oddur Þórðarson")
    assert clean_byline(("Ann Roe, Political Editor",)) == ("Ann Roe",)


# Dateline: a site's own domain before the place.


def test_dateline_of_site_domain_before_place_is_cut() -> None:
    found = dateline_of("KOMPAS.COM, Surabaya - The city council voted on Tuesday to close "
                        "its only public pool.")
    assert found is not None and found[1] == "Surabaya"


# HTML pages: a JSON-LD author's name as a list beside an author meta giving a profile's
# address; a day-only JSON-LD date beside a timed meta of that day; an organisation
# author with its e-mail under the story; a Nordic "preamble" box after the picture; a "place"
# span in the author box.


def test_read_html_json_ld_author_name_as_list_is_the_writer() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": ["Article", "NewsArticle"], "headline": HEADLINE,
         "datePublished": "2025-06-02T16:20:00-03:00",
         "author": {"@type": "Person", "name": ["Ann Roe"]}}]}
    # (the author meta a profile's address: a name read from it needs the JSON-LD's)
    head = _json_ld(ld) + ("<meta property='article:author' "
                           "content='https://ledger.example/author/ann-roe'>")
    article = _read(_page(head=head, below="<p class='byline'>By <a>Ann Roe</a></p>"))
    assert article.hints.byline == ("Ann Roe",)


def test_read_html_day_only_json_ld_date_gives_way_to_timed_meta() -> None:
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "name": HEADLINE, "datePublished": "2025-10-28"}]}
    head = _json_ld(ld) + ("<meta property='article:published_time' "
                           "content='2025-10-28T11:30:00+01:00'>")
    article = _read(_page(head=head))
    assert article.hints.published == "2025-10-28T10:30:00+00:00"


def test_read_html_organisation_author_with_its_email_is_no_writer() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE,
          "datePublished": "2025-03-11T07:14:00+01:00",
          "author": {"@type": "Organization", "name": "Ledger Radio"}}
    story = (f"<div class='body'>{STORY}</div><div class='article__byline'><span>Ledger Radio"
             "</span> <a>ledgerradio@ledger.example</a></div>")
    article = _read(_page(head=_json_ld(ld), story=story))
    assert article.hints.byline == ()


def test_read_html_preamble_box_after_picture_is_standfirst() -> None:
    dek = "The town will lose its only public pool in June after a two-year fight."
    below = ("<figure><img src='pool.jpg' alt=''><figcaption>The pool in winter. Photo: Ann "
             f"Roe/TT</figcaption></figure><div class='article-details__preamble'><p>{dek}</p>"
             "</div>")
    article = _read(_page(below=below))
    assert article.hints.standfirst == dek


def test_read_html_author_box_place_span_is_dateline() -> None:
    below = ("<div class='author-info'><span class='aut-name'><a>Press Trust of India</a></span>"
             " <span class='aut-place'>New Delhi</span></div>")
    article = _read(_page(below=below))
    assert article.hints.dateline == "New Delhi"
