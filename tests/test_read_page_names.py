"""A page's headline and writers from its head markup without the site's chrome: the site's
name after a <title>'s headline, a publisher or a profile's slug among its author metas
(according.read.page_names, through according.read.html)."""

from __future__ import annotations

import json

import pytest

from according.article import read_layout
from according.read.html import html_article
from according.read.page_names import address_names, headline_without_site, page_byline

PARAGRAPHS = (
    "HARBOUR CITY - Dockworkers at the container terminal walked out on Monday after talks "
    "over night-shift pay broke down, the union said.",
    "The port authority said 14 ships were waiting to unload by Monday evening and that it "
    "had asked the labour ministry to mediate.",
    "“We will stay out until the offer is in writing,” said Grace Obi, the union's branch "
    "secretary, outside the terminal gates.",
)


def harbour_page(title: str, metas: str = "", authors: object = None,
                 site: str = "The Harbour Gazette") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Dockworkers walk out over night-shift pay",
          "datePublished": "2025-03-03T09:40:00+00:00",
          "publisher": {"@type": "Organization", "name": "Harbour Media Group"}}
    if authors is not None:
        ld["author"] = authors
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (f"<!doctype html><html lang='en'><head><title>{title}</title>"
            f"<meta property='og:site_name' content='{site}'>{metas}"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script></head><body>"
            f"<nav><a href='/'>Home</a></nav><main><article>"
            f"<h1>Dockworkers walk out over night-shift pay</h1><div class='story'>{body}</div>"
            "</article></main><footer><p>Copyright 2025 Harbour Media Group</p></footer>"
            "</body></html>")


def _read(html: str, url: str | None = None):  # noqa: ANN202
    article = html_article(html, name="harbour.html", url=url)
    layout = read_layout(article.text, hints=article.hints, url=url)
    return article, layout.metadata


@pytest.mark.parametrize("title", [
    "Dockworkers walk out over night-shift pay | The Harbour Gazette",
    "Dockworkers walk out over night-shift pay - Harbour Gazette",
    "The Harbour Gazette — Dockworkers walk out over night-shift pay",
    "Dockworkers walk out over night-shift pay | The Harbour Gazette | by Ann Roe",
])
def test_read_html_headline_loses_the_site_name_of_its_title(title: str) -> None:
    page = harbour_page(title).replace("<h1>Dockworkers walk out over night-shift pay</h1>", "")
    article, meta = _read(page)
    assert meta.headline == "Dockworkers walk out over night-shift pay"
    start = article.text.index(meta.headline)
    assert article.text[start:start + len(meta.headline)] == meta.headline


def test_page_names_headline_loses_the_address_own_name() -> None:
    assert headline_without_site(
        "What is Rust and why is it so popular? - Stack Overflow Blog",
        address_names("https://stackoverflow.blog/2020/01/20/what-is-rust/")
        + ["stackoverflow"]) == "What is Rust and why is it so popular?"
    assert address_names("https://tonedeaf.thebrag.com/record-of-the-week/") == [
        "thebrag", "tonedeaf"]
    assert headline_without_site("Record of The Week: Luboku | Tone Deaf",
                                 ["thebrag", "tonedeaf"]) == "Record of The Week: Luboku"


@pytest.mark.parametrize("title", [
    # a part that is not the site's name stays, even after a separator
    "Strike day two - live updates",
    "Tony Blair: Why there has to be compromise in Ukraine",
    # a headline that names the paper, alone, stays whole
    "Harbour Gazette",
    # a sentence after the separator is never taken for a name
    "Port strike | Harbour Gazette reporters were told the talks had failed on Monday night",
])
def test_page_names_headline_keeps_parts_that_are_not_the_site(title: str) -> None:
    assert headline_without_site(title, ["The Harbour Gazette"]) == title


def test_read_html_byline_is_the_article_people_not_publisher_or_slug() -> None:
    metas = ("<meta name='author' content='Harbour Media Group'>"
             "<meta property='article:author' content='ann-roe'>"
             "<meta name='author' content='Ann Roe'>")
    _, meta = _read(harbour_page("Dockworkers walk out", metas,
                                 [{"@type": "Person", "name": "Ann Roe"}]))
    assert meta.byline == ("Ann Roe",)


def test_read_html_byline_of_one_person_field_naming_several() -> None:
    metas = ("<meta name='author' content='Ann Roe, Ben Okafor and Carla Diaz'>")
    _, meta = _read(harbour_page("Dockworkers walk out", metas, [
        {"@type": "Person", "name": "Ann Roe, Ben Okafor and Carla Diaz"}]))
    assert meta.byline == ("Ann Roe", "Ben Okafor", "Carla Diaz")


def test_page_names_byline_without_people_drops_addresses_and_spellings_twice() -> None:
    assert page_byline(["The Harbour Gazette https", "Www Harbourgazette Com", "Ann Roe"],
                       [], ["The Harbour Gazette"]) == ("Ann Roe",)
    assert page_byline(["Sophie Foster", "Sophie-Foster"], []) == ("Sophie Foster",)
    assert page_byline(["Sauli giliard", "Sauli Giliard"], []) == ("Sauli Giliard",)


def test_page_names_byline_takes_people_over_a_citation_halves() -> None:
    # citation_author "Brazil, Rachel" came out as two names; the JSON-LD person is one
    assert page_byline(["Brazil", "Rachel"], ["Rachel Brazil"]) == ("Rachel Brazil",)
    assert page_byline(["Brazil, Rachel"], ["Brazil, Rachel"]) == ("Rachel Brazil",)


STANDFIRST = "The union wants night-shift pay written into the port's new contract"


@pytest.mark.parametrize("marks", [
    "class='ContentHeaderDek-bIqFFZ fOichq'",   # a styled component's name
    "class='hero__excerpt'",
    "class='inews__post-excerpt'",
])
def test_read_html_standfirst_marked_in_more_house_names(marks: str) -> None:
    page = harbour_page("Dockworkers walk out").replace(
        "</h1>", f"</h1><p {marks}>{STANDFIRST}</p>")
    _, meta = _read(page)
    assert meta.standfirst == STANDFIRST


def test_read_html_a_popped_up_dialog_is_chrome() -> None:
    """A dialog the page pops up (its comment rules) is no part of the story: its "lead"
    heading was taken for the standfirst of a page whose header ran to the page's end."""
    from according.read.html import _in_chrome, _tree

    root = _tree("<html><body><main><h1>Strike</h1><p>Story.</p></main>"
                 "<div class='dmc-modal-dialog comment-review'><div class='dmc-modal-body'>"
                 "<h4 class='lead'>Please peer review 3 community comments before your "
                 "comment can be posted</h4></div></div></body></html>")
    (heading,) = root.xpath("//h4")
    (story,) = root.xpath("//main/p")
    assert _in_chrome(heading, set())
    assert not _in_chrome(story, set())


def _outlet_of(head: str) -> str | None:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    page = (f"<!doctype html><html lang='en'><head><title>Dockworkers walk out over "
            f"night-shift pay</title>{head}</head><body><main><article><h1>Dockworkers walk "
            f"out over night-shift pay</h1>{body}</article></main></body></html>")
    return _read(page)[1].outlet


def test_read_html_outlet_whose_name_ends_in_company_keeps_it() -> None:
    assert _outlet_of("<meta property='og:site_name' content='Fast Company'>") == "Fast Company"
    assert _outlet_of("<meta property='og:site_name' content='Harbour Gazette Public Company "
                      "Limited'>") == "Harbour Gazette"


def test_read_html_outlet_from_a_handle_spelled_as_the_publisher() -> None:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": "Dockworkers walk out over night-shift pay",
          "publisher": {"@type": "Organization", "name": "Harbour Gazette"}}
    head = (f"<meta name='twitter:site' content='@HarbourGazette'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    assert _outlet_of(head) == "Harbour Gazette"


def test_read_html_outlet_never_an_address_from_a_handle() -> None:
    outlet = _outlet_of("<meta name='twitter:site' content='@https://twitter.com/harbourgzt'>")
    assert outlet is None or "://" not in outlet


def test_read_html_site_name_is_never_the_page_title() -> None:
    """trafilatura may give a page's title as its site's name (a web page's JSON-LD name,
    "7 Top Robotics Companies In 2024" on eWEEK's page): the page's og:site_name is it."""
    from according.read.html import _site_name, _tree

    root = _tree("<html><head><meta property='og:site_name' content='HGZ'></head>"
                 "<body><p>x</p></body></html>")
    title = "Dockworkers Walk Out Over Night-Shift Pay"
    assert _site_name(root, title, title) == "HGZ"
    assert _site_name(root, "Harbour Gazette", title) == "Harbour Gazette"


def test_read_html_byline_not_made_of_an_address_given_as_author() -> None:
    metas = ("<meta property='article:author' content='www.facebook.com/annroereports'>"
             "<meta property='article:author' content='https://harbour.example/authors/ann-roe/'>"
             "<meta name='author' content='Ann Roe'>")
    _, meta = _read(harbour_page("Dockworkers walk out", metas))
    assert meta.byline == ("Ann Roe",)


def test_read_html_byline_spelled_as_the_author_meta_writes_it() -> None:
    # trafilatura drops an initial's stop ("Joseph F Kovar"); the meta keeps it
    _, meta = _read(harbour_page("Dockworkers walk out",
                                 "<meta name='author' content='Ann B. Roe'>"))
    assert meta.byline == ("Ann B. Roe",)


def test_read_html_json_ld_person_given_as_a_slug_keeps_the_meta_name() -> None:
    # a JSON-LD "person" that is a profile's slug ("chuck-ross") is no writer; the meta
    # spelling the name out is
    _, meta = _read(harbour_page("Dockworkers walk out", "<meta name='author' content='Ann Roe'>",
                                 [{"@type": "Person", "name": "ann-roe"}]))
    assert meta.byline == ("Ann Roe",)
