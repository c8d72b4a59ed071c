"""HTML pages: which publication time wins, day-first pages, stamps out of range, the page's
description, given fields kept through JSON Lines, JSON documents in folders, and domains
read without the network (according.read.html, according.read.dates, according.outlets)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from according.article import read_layout
from according.read import ArticleInput, InputError, read_inputs, read_string
from according.read.dates import published_local, published_utc, stamp_out_of_range

LEDE = ("The council voted 9-4 on Tuesday to close the town's only public pool, ending a "
        "two-year fight over its repair bill, officials said.")
BODY = (f"<p>{LEDE}</p><p>The pool will shut in June after the council failed to find a buyer "
        "willing to pay for a new roof and boilers.</p><p>“We did everything we could,” said "
        "councillor Ann Roe, who chairs the leisure committee.</p>")


def page(head: str = "", header: str = "", after: str = "", lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{lang}"><head><title>Council shuts pool</title>{head}'
            f"</head><body><nav><a href='/'>Home</a></nav><main><article><h1>Council shuts "
            f"pool</h1>{header}<div class='body'>{BODY}</div></article>{after}</main>"
            "<footer><p>Copyright 2025 The Ledger</p></footer></body></html>")


def hints_of(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    assert got.hints is not None
    return got


JSON_LD = ('<script type="application/ld+json">{"@context":"https://schema.org","@type":'
           '"NewsArticle","datePublished":"2025-03-12T13:04:10Z","dateModified":'
           '"2025-03-13T02:11:55Z"}</script>')
SIDEBAR = ("<aside><h2>Most read</h2><ul><li><a href='/a'>Storm hits coast</a> "
           "<span class='date'>March 11, 2025</span></li></ul></aside>")


@pytest.mark.parametrize(("head", "header", "utc"), [
    # JSON-LD datePublished over the shown "Updated" stamp and dateModified
    (JSON_LD, "<div class='timestamp'>Updated 10:11 PM EDT, March 12, 2025</div>",
     "2025-03-12T13:04:10+00:00"),
    # the published meta over a render date shown in a sidebar
    ('<meta property="article:published_time" content="2025-03-05T18:45:00-05:00">', "",
     "2025-03-05T23:45:00+00:00"),
    # a shown "Published" line over a later "Updated" one, and over the sidebar's dates
    ("", "<div class='dates'><span>Updated 4 Mar 2025 14:20 GMT</span> <span>Published 3 Mar "
     "2025 10:15 GMT</span></div>", "2025-03-03T10:15:00+00:00"),
    # a time element's machine-readable value, its text agreeing with it
    ("", "<time datetime='2025-04-04T12:00:00Z'>4 April 2025</time>", "2025-04-04T12:00:00+00:00"),
])
def test_read_html_published_time_preferred(head: str, header: str, utc: str) -> None:
    got = hints_of(page(head, header, SIDEBAR))
    assert got.hints.published == utc


def test_read_html_shown_stamp_agreeing_with_meta_is_the_published_text() -> None:
    head = '<meta property="article:published_time" content="2025-03-11T17:30:12.000Z">'
    got = hints_of(page(head, "<div class='date'>Tue 11 Mar 2025 17.30 GMT</div>"))
    assert (got.hints.published, got.hints.published_text) == (
        "2025-03-11T17:30:00+00:00", "Tue 11 Mar 2025 17.30 GMT")


def _ld(when: str) -> str:
    return ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":'
            f'"{when}"}}</script>')


LOCAL_STAMPS = {
    "a zoned stamp in the byline box after the lead": (
        _ld("2023-11-09T03:28:35Z"), "",
        "<div class='byline'>Published Nov. 8, 2023, 10:28 p.m. ET</div>",
        "2023-11-09T03:28:00+00:00", "Nov. 8, 2023, 10:28 p.m. ET", "2023-11-08"),
    "a header stamp in local time without a zone": (
        _ld("2020-02-25T02:25:54Z"), "<p class='byline-date'>February 24, 2020 | 9:25pm</p>", "",
        "2020-02-25T02:25:54+00:00", "February 24, 2020 | 9:25pm", "2020-02-24"),
    "a time element's zoned value under a date-only text": (
        '<meta property="article:published_time" content="2023-11-09T02:11:03+00:00">',
        "<time datetime='2023-11-08T21:11:03-05:00'>November 8, 2023</time>", "",
        "2023-11-09T02:11:03+00:00", "2023-11-08T21:11:03-05:00", "2023-11-08"),
    "another meta with the local clock": (
        '<meta property="article:published_time" content="2023-11-09T06:35:29+00:00">'
        '<meta name="sailthru.date" content="2023-11-08 22:35:29">', "", "",
        "2023-11-09T06:35:29+00:00", "2023-11-08 22:35:29", "2023-11-08"),
    "a shown numeric day that reads both ways is not the text": (
        _ld("2023-11-02T14:00:51Z"), "<span class='date'>02/11/2023 02:00pm GMT</span>", "",
        "2023-11-02T14:00:51+00:00", "2023-11-02T14:00:51Z", "2023-11-02"),
}


@pytest.mark.parametrize("name", LOCAL_STAMPS)
def test_read_html_published_text_keeps_the_page_local_stamp(name: str) -> None:
    """`published` is UTC; `published_text` is the page's own stamp of the same instant, so
    the article's local day can be read back from it (an evening in New York is the next
    day in UTC)."""
    head, header, after, utc, text, local_day = LOCAL_STAMPS[name]
    got = hints_of(page(head, header, after, lang="en-GB" if "/" in header else "en-US"))
    assert (got.hints.published, got.hints.published_text) == (utc, text)
    local = published_local(got.hints.published_text)
    assert local is not None and local.date().isoformat() == local_day


@pytest.mark.parametrize(("canonical", "day"), [
    ("https://www.ledger-news.com/education/2020/oct/02/halls-too-full", "2020-10-02"),
    ("https://www.ledger-news.com/education/2020/02/10/halls-too-full", "2020-02-10"),
    ("https://www.ledger-news.co.uk/education/halls-too-full", "2020-10-02"),
])
def test_read_html_numeric_day_read_the_way_the_page_address_says(canonical: str,
                                                                   day: str) -> None:
    html = page(f"<link rel='canonical' href='{canonical}'>",
                "<span class='time'>02/10/2020</span>").replace(' lang="en"', "")
    assert hints_of(html).hints.published[:10] == day


def test_read_html_site_banner_date_is_not_the_article_date() -> None:
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
            "<header class='inner-header'><ul><li><a href='/'>May 11, 2022</a></li>"
            "<li><a href='/login'>Login</a></li></ul></header><section><h2>Council shuts pool"
            "</h2><span>Published On May 10, 2022 01:52 PM</span>"
            f"<div class='body'>{BODY}</div></section></body></html>")
    assert hints_of(html).hints.published[:10] == "2022-05-10"


def test_read_html_page_standfirst_goes_under_a_headline_already_in_the_text() -> None:
    from according.read.html import _with_header

    text = _with_header("Council shuts pool\n\nThe council voted.", "Council shuts pool",
                        "The town loses its last public pool")
    assert text.split("\n\n") == ["Council shuts pool", "The town loses its last public pool",
                                   "The council voted."]


@pytest.mark.parametrize(("lang", "url", "utc"), [
    ("en-GB", None, "2025-02-04T16:30:00+00:00"),
    ("en-US", None, "2025-04-02T16:30:00+00:00"),
    ("en", "https://www.thenorthernecho.co.uk/news/1/", "2025-02-04T16:30:00+00:00"),
    ("en-IE", None, "2025-02-04T16:30:00+00:00"),
])
def test_read_html_numeric_dates_day_first_on_day_first_pages(
        lang: str, url: str | None, utc: str) -> None:
    header = "<div class='timestamp'>Published: 04/02/2025 16:30</div>"
    sidebar = ("<aside><h2>Latest</h2><ul><li><a href='/a'>Crash on A1</a><span class='date'>"
               "03/02/2025</span></li></ul></aside>")
    assert hints_of(page(header=header, after=sidebar, lang=lang), url).hints.published == utc


PLACEHOLDER = ('<meta property="article:published_time" content="0001-01-01T00:00:00+00:00">'
               '<meta property="article:modified_time" content="0001-01-01T00:00:00+00:00">')


def test_read_html_year_0001_meta_is_dropped_with_a_warning() -> None:
    got = hints_of(page(PLACEHOLDER, "<div class='timestamp'><time>March 4, 2025 5:40 PM</time>"
                                     "</div>"))
    assert got.hints.published == "2025-03-04T17:40:00+00:00"
    assert any("out of range" in w and "0001-01-01" in w for w in got.warnings)


def test_read_html_year_0001_page_keeps_its_text_and_times() -> None:
    from according.extract import extract_inputs

    got = hints_of(page(PLACEHOLDER))
    assert got.hints.published is None or got.hints.published.startswith("20")
    [record] = extract_inputs([got])
    assert not isinstance(record, InputError), str(record)
    assert [t.span.text for t in record.times if t.span.text == "Tuesday"]
    assert record.metadata.published is None or not record.metadata.published.startswith("0001")


@pytest.mark.parametrize("stamp", [
    "0001-01-01T00:00:00+00:00", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-05:00",
    "Mon, 01 Jan 0001 00:00:00 +0100", "31 December 9999 23:59 GMT",
])
def test_read_dates_out_of_range_are_none_never_an_exception(stamp: str) -> None:
    assert published_utc(stamp) is None
    assert stamp_out_of_range(stamp)


def test_read_html_description_repeating_the_lede_is_no_standfirst() -> None:
    head = f'<meta name="description" content="{LEDE}"><meta property="og:description" ' \
           f'content="{LEDE}">'
    got = hints_of(page(head))
    assert got.hints.standfirst is None
    layout = read_layout(got.text, hints=got.hints)
    lede = next(r for r in layout.regions if got.text[r.start:r.end].startswith("The council"))
    assert lede.kind == "body" and layout.metadata.standfirst is None


def test_read_html_shown_standfirst_goes_under_the_headline() -> None:
    header = "<p class='article__subheadline'>The town loses its last public pool</p>"
    got = hints_of(page(header=header))
    assert got.text.split("\n\n")[:2] == [
        "Council shuts pool", "The town loses its last public pool"]
    assert read_layout(got.text, hints=got.hints).metadata.standfirst == (
        "The town loses its last public pool")


@pytest.mark.parametrize(("header", "standfirst"), [
    # a WordPress "entry-subhead" box holding only the byline and the post's dates
    ("<div class='entry-subhead'><div class='entry-meta'><span class='byline'><span>by</span> "
     "<a href='/author/ann-roe/'>Ann Roe</a></span> <span class='posted-on'><time class="
     "'entry-date published' datetime='2025-03-04T09:30:00-05:00'>Mar. 4, 2025</time></span>"
     "</div></div>", None),
    # a sub-heading that ends with the page's date in a span of its own
    ("<h2 class='article-subtitle'>The town loses its last public pool<span class='hl-date'>"
     "Tuesday, 4 March 2025</span></h2>", "The town loses its last public pool"),
])
def test_read_html_shown_standfirst_without_byline_and_date(
        header: str, standfirst: str | None) -> None:
    assert hints_of(page(header=header)).hints.standfirst == standfirst


@pytest.mark.parametrize(("header", "standfirst"), [
    ("<p class='standfirst'>By 2030, half of the city's buses will run on batteries</p>",
     "By 2030, half of the city's buses will run on batteries"),
    ("<p class='standfirst'>Bystanders filmed the collapse of the old mill</p>",
     "Bystanders filmed the collapse of the old mill"),
    ("<p class='standfirst'>By Ann Roe and Joe Bloggs, Staff Writers</p>", None),
    ("<p class='standfirst'>by Ann Roe on March 4, 2025</p>", None),
    ("<p class='standfirst'>By Ann Roe | Mar. 4, 2025</p>", None),
])
def test_read_html_shown_standfirst_opening_with_by_is_no_byline(
        header: str, standfirst: str | None) -> None:
    # only names after "by" make a byline: a summary that opens "By 2030," or "Bystanders" stays
    assert hints_of(page(header=header)).hints.standfirst == standfirst


def test_read_jsonl_given_fields_are_kept_over_the_page(tmp_path: Path) -> None:
    html = page('<meta property="og:site_name" content="Ledger Online">'
                '<meta property="article:published_time" content="2025-03-01T08:00:00Z">')
    line = {"html": html, "url": "https://www.tampabay.com/news/x/", "headline": "Pool to close",
            "outlet": "Tampa Bay Times", "published": "2025-03-04T10:00:00-05:00"}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [got] = read_inputs([str(path)])
    assert isinstance(got, ArticleInput)
    meta = read_layout(got.text, hints=got.hints, url=got.info.url).metadata
    assert (meta.headline, meta.outlet, meta.published, got.info.url) == (
        "Pool to close", "Tampa Bay Times", "2025-03-04T15:00:00+00:00",
        "https://www.tampabay.com/news/x/")


@pytest.mark.parametrize(("site_name", "outlet"), [
    ("BBC News", "BBC"), ("AP News", "The Associated Press"), ("Ledger Online", "Ledger Online"),
])
def test_read_html_page_site_name_is_the_outlet_table_name(site_name: str, outlet: str) -> None:
    got = hints_of(page(f'<meta property="og:site_name" content="{site_name}">'))
    assert got.hints.outlet == outlet


def test_read_jsonl_given_outlet_is_kept_as_written(tmp_path: Path) -> None:
    line = {"html": page('<meta property="og:site_name" content="Ledger Online">'),
            "outlet": "BBC News"}
    path = tmp_path / "items.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    [got] = read_inputs([str(path)])
    assert isinstance(got, ArticleInput)
    assert read_layout(got.text, hints=got.hints).metadata.outlet == "BBC News"


def test_read_folder_json_that_is_not_article_lines_is_refused(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Council shuts pool\n\n{LEDE}\n", encoding="utf-8")
    (tmp_path / "config.json").write_text('{\n  "title": "settings",\n  "items": [1, 2]\n}\n',
                                          encoding="utf-8")
    (tmp_path / "list.json").write_text(json.dumps([{"text": LEDE}, {"title": "x"}]),
                                        encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps({"text": LEDE, "headline": "Pool"}, indent=2),
                                       encoding="utf-8")
    (tmp_path / "z.txt").write_text(f"Pool closes\n\n{LEDE}\n", encoding="utf-8")
    results = {(r.info.path if isinstance(r, ArticleInput) else r.name): r
               for r in read_inputs([str(tmp_path)])}
    refused = results[str(tmp_path / "config.json")]
    assert isinstance(refused, InputError) and "not article lines" in refused.reason
    assert isinstance(results[str(tmp_path / "list.json")], InputError)  # a list with a non-article
    one = results[str(tmp_path / "one.json")]
    assert isinstance(one, ArticleInput) and one.text == LEDE and one.hints.headline == "Pool"
    assert isinstance(results[str(tmp_path / "a.txt")], ArticleInput)
    assert isinstance(results[str(tmp_path / "z.txt")], ArticleInput)


def test_read_folder_json_list_of_articles(tmp_path: Path) -> None:
    path = tmp_path / "items.json"
    path.write_text(json.dumps([{"text": LEDE}, {"html": 5}, {"text": LEDE + " Again."}]),
                    encoding="utf-8")
    results = list(read_inputs([str(path)]))
    assert [type(r).__name__ for r in results] == ["ArticleInput", "InputError", "ArticleInput"]
    assert results[1].name == f"{path} item 2"


def test_outlets_registered_domain_never_uses_the_network(monkeypatch: pytest.MonkeyPatch) -> None:
    from according import outlets

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("tldextract tried the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    outlets._tld_extract.cache_clear()
    assert outlets.registered_domain("https://forums.news.bbc.co.uk/x") == "bbc.co.uk"
    assert outlets.registered_domain("https://www.lusakatimes.com/2025/") == "lusakatimes.com"
    assert outlets.outlet_of_url("https://edition.cnn.com/2025/03/04/x").name == "CNN"


# Page shapes where the publication day is easy to get wrong; "alone" is trafilatura's own
# date for the page (htmldate through it), so each case says whether we differ from it.
DAY_CASES = {
    "visible published and updated, sidebar after": (page(
        header="<div class='meta'><span>Published 3 March 2025, 10:15</span> <span>Updated 4 "
               "March 2025, 14:20</span></div>",
        after="<aside><ul><li>Storm <span>10 March 2025</span></li></ul></aside>"),
        None, "2025-03-03", "2025-03-03"),
    "URL dated before the JSON-LD publication": (page(
        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":'
        '"2025-03-02T09:00:00Z"}</script>'),
        "https://x.example/2025/02/28/council-pool/", "2025-03-02", "2025-02-28"),
    "a 'date' meta holding the render time": (page(
        '<meta name="date" content="2025-03-10T08:00:00Z"><meta property='
        '"article:published_time" content="2025-03-04T09:00:00Z">'), None, "2025-03-04",
        "2025-03-10"),
    "modified time in meta, published shown": (page(
        '<meta property="article:modified_time" content="2025-03-09T08:00:00Z">',
        "<p class='byline'>By Jane Doe | Published March 4, 2025</p>"), None, "2025-03-04",
        "2025-03-09"),
    "sidebar of other stories before the article": (
        "<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
        "<aside class='sidebar'><ul><li>Storm <time>March 1, 2025</time></li></ul></aside>"
        f"<main><article><h1>Council shuts pool</h1><div class='date'>March 4, 2025</div>"
        f"<div class='body'>{BODY}</div></article></main></body></html>", None, "2025-03-04",
        "2025-03-04"),
    "JSON-LD graph, the web page older than the article": (page(
        '<script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":'
        '"2024-01-01T00:00:00Z"},{"@type":"NewsArticle","datePublished":'
        '"2025-03-04T09:00:00Z"}]}</script>'), None, "2025-03-04", "2024-01-01"),
}


@pytest.mark.parametrize("name", DAY_CASES)
def test_read_html_publication_day_where_it_is_easy_to_miss(name: str) -> None:
    html, url, want, _alone = DAY_CASES[name]  # _alone: trafilatura 2.3's answer, for reference
    assert hints_of(html, url).hints.published[:10] == want


@pytest.mark.parametrize("text", [
    "Head\n\n" + "A" * 200_000, "Head\n\n" + "a@" * 50_000, "Head\n\nBy " + "Jane " * 60_000,
    "Head\n\n" + "[" * 5000 + "File: X" + "]" * 5000, "Updated " + "12:00 " * 2000,
])
def test_layout_hostile_lines_are_read(text: str) -> None:
    """Lines that made rules quadratic (minutes per article) before they were anchored."""
    from tests.test_article import assert_regions_sound

    assert_regions_sound(text, read_layout(text))
    assert published_utc(text) is None


@pytest.mark.parametrize("story", [
    # a section opening with its lead as bare text, then a heading and paragraphs
    f"<section class='article-page'>{LEDE}<p></p><h2>What happens to the swimming clubs</h2>"
    "<p>The pool will shut in June after the council failed to find a buyer willing to pay "
    "for a new roof and boilers.</p><p>“We did everything we could,” said councillor Ann Roe, "
    "who chairs the leisure committee.</p></section>",
])
def test_read_html_lead_before_the_story_blocks_first_child_is_kept(story: str) -> None:
    # the extraction keeps what follows the block's first child and drops its opening text
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head>"
            "<body><div class='rail'><h2>Pools near you</h2></div><div class='article'>"
            f"<h1>Council shuts pool</h1><div class='byline'>By Ann Roe</div>{story}</div>"
            "</body></html>")
    got = hints_of(html)
    blocks = got.text.split("\n\n")
    assert LEDE in blocks
    assert blocks.index(LEDE) < next(i for i, b in enumerate(blocks) if b.startswith("The pool"))
    layout = read_layout(got.text, hints=got.hints)
    lede = next(r for r in layout.regions if got.text[r.start:r.end] == LEDE)
    assert lede.kind == "body"


@pytest.mark.parametrize("elsewhere", [
    # a widget's heading before the headline, classed as a subtitle
    ("<div class='widget'><h3 class='widget-subtitle'>Most Read This Week</h3></div>", ""),
    # an author's bio box after the story, its text classed as a dek
    ("", "<div class='author-bio-box'><p class='author-bio-box-dek'>Ann Roe covers local "
         "government and has reported from the town hall since 2009.</p></div>"),
    # other stories listed under this one, each with its dek
    ("", "<section class='component'><article class='item'><h4>Library hours cut</h4>"
         "<p class='item__dek'>The library will close on Mondays from April</p></article>"
         "</section>"),
])
def test_read_html_marked_standfirst_outside_the_header_is_not_the_articles(elsewhere) -> None:
    before, after = elsewhere
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head>"
            f"<body>{before}<main><article><h1>Council shuts pool</h1><div class='body'>{BODY}"
            f"</div></article>{after}</main></body></html>")
    got = hints_of(html)
    assert got.hints.standfirst is None
    assert read_layout(got.text, hints=got.hints).metadata.standfirst is None


STORY_GOES_ON = (
    "<p>The pool opened in 1974 and was last refurbished in 1998, when its roof was replaced "
    "after a storm.</p><p>Swimming clubs that train there will move to a leisure centre in "
    "the next town, a 25-minute drive away.</p><p>Parents said the move would put the "
    "youngest swimmers off, and a petition drew 4,000 names in a week.</p><p>The council "
    "said it would look again at the site's future after the local elections in May.</p>")


def _summary_box_page(between: str) -> str:
    return ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head>"
            f"<body><main><article><h1>Council shuts pool</h1>{between}"
            f"<div class='article__summary summary'>{LEDE}</div><div class='article__text'>"
            f"{BODY.replace(f'<p>{LEDE}</p>', '')}{STORY_GOES_ON}</div></article></main>"
            "</body></html>")


def test_read_html_summary_box_above_the_story_is_its_lead() -> None:
    # the lead printed in a summary box after the stamp and the picture, the story going on
    # right under it, and an extraction that kept only the story's block: the lead goes
    # first in the text, and is no standfirst (a dek sits under the h1)
    from according.read.html import _paragraphs, _shown, _shown_standfirst, _tree, _with_lead_box

    html = _summary_box_page("<div class='date'>4 Mar, 2025 10:12</div><div class='cover'>"
                             "<img src='pool.jpg' alt=''></div>")
    shown = _shown(_tree(html))
    extracted = _paragraphs(f"Council shuts pool\n{BODY.replace(f'<p>{LEDE}</p>', '')}"
                            .replace("</p><p>", "\n").replace("<p>", "").replace("</p>", ""))
    assert _shown_standfirst(shown, extracted) is None
    assert _with_lead_box(shown, extracted) == [extracted[0], LEDE, *extracted[1:]]
    got = hints_of(html)
    layout = read_layout(got.text, hints=got.hints)
    assert next(r.kind for r in layout.regions if got.text[r.start:r.end] == LEDE) == "body"
    assert hints_of(_summary_box_page("")).hints.standfirst == LEDE


@pytest.mark.parametrize("html", [
    # the article's header marked as a banner, the dek in it under the headline
    "<main><article><header role='banner'><h1>Council shuts pool</h1><div class='meta'><p "
    "class='c-dek'>The town loses its last public pool</p></div></header><div class='body'>"
    f"{BODY}</div></article></main>",
    # a story whose paragraphs are spans in divs (where its first paragraph starts is not
    # found), a footer holding an h1 too
    "<main><article><header><h1>Council shuts pool</h1><p class='post-sub-title'>The town "
    "loses its last public pool</p></header><div class='body'>"
    + BODY.replace("<p>", "<div><span>").replace("</p>", "</span></div>")
    + "</div></article></main><div class='foot'><h1>The Ledger is the town's paper.</h1></div>",
])
def test_read_html_marked_standfirst_under_the_headline_is_kept(html: str) -> None:
    page_ = "<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
    got = hints_of(f"{page_}{html}</body></html>")
    assert got.hints.standfirst == "The town loses its last public pool"


def test_read_html_list_of_other_stories_after_the_story_is_left_out() -> None:
    # a "recommended" box of other stories' titles and teasers at the foot of the story's
    # block, which the extraction keeps as list items after the story: not the article's text
    items = "".join(
        f"<li><div class='item-headlines'><h5><a href='/news/{n}'>{title}</a></h5><p>{teaser}"
        "</p></div></li>" for n, (title, teaser) in enumerate([
            ("Library to close on Mondays", "The council says the cut saves two posts"),
            ("Bus fares rise in April", "Single tickets go up by 20p across the county"),
            ("New head for the high school", "Governors name the deputy head as successor"),
        ]))
    box = (f"<div class='RecommendedRecirc recommended-recirc'><div class='latest-news-box'>"
           f"<span class='title-text'>Latest News</span><ul>{items}</ul></div></div>")
    got = hints_of(page().replace("</div></article>", f"{box}</div></article>"))
    assert "Library to close on Mondays" not in got.text
    assert LEDE in got.text and "councillor Ann Roe" in got.text


def test_read_html_story_split_over_blocks_of_one_kind_is_read_whole() -> None:
    # a magazine's story in chunks, each body block in a grid cell with an ad rail beside it;
    # the extraction keeps the first chunk only: the rest goes after it, in order
    later = ["Swimming clubs that train there will move to a leisure centre in the next town, "
             "a 25-minute drive away.",
             "Parents said the move would put the youngest swimmers off, and a petition drew "
             "4,000 names in a week.",
             "The club's coach, Mark Ode, said numbers had already fallen by a third since the "
             "pool cut its hours last year.",
             "The council said it would look again at the site's future after the local "
             "elections in May."]

    def chunk(paragraphs: str, n: int) -> str:
        return ("<div class='grid grid-layout--adrail'><div class='grid--item body "
                f"article__body'>{paragraphs}</div><div class='grid--item grid-layout__aside'>"
                f"<div class='ad ad--rail' id='ad-{n}'>Advertisement</div></div></div>")

    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
            "<main><article><header><h1>Council shuts pool</h1><p class='byline'>By Ann Roe"
            "</p></header><div class='article__chunks'>"
            f"{chunk(BODY + STORY_GOES_ON.split('<p>Swimming')[0], 1)}"
            f"{chunk(''.join(f'<p>{p}</p>' for p in later), 2)}</div></article></main>"
            "</body></html>")
    blocks = hints_of(html).text.split("\n\n")
    assert [b for b in blocks if b in later] == later
    assert blocks.index(later[0]) > blocks.index(LEDE)


def test_read_html_story_copied_under_itself_is_read_once() -> None:
    # the extraction holding the story twice (an edition's copy under it): the copy goes,
    # from its repeated opening on; a list's items that repeat (a meal plan's) stay
    from according.read.html import _without_repeats

    story = [LEDE, "The pool will shut in June after the council failed to find a buyer "
             "willing to pay for a new roof and boilers.", "“We did everything we could,” said "
             "councillor Ann Roe, who chairs the leisure committee, on Tuesday night."]
    extracted = ["Council shuts pool", *story, "Read more from The Ledger", *story]
    assert _without_repeats(extracted) == extracted[:5]
    item = "Portion containers: one green, one red, one yellow and one teaspoon of olive oil"
    plan = ["We planned a week of meals for two adults on a tight food budget this winter.",
            "Plan A", item, "Eat within an hour of your morning workout, before noon if you can.",
            item, "Plan B", item, "Eat a late lunch after an evening workout, with a glass of "
            "milk if you like.", item]
    assert _without_repeats(plan) == plan


def test_read_html_card_popped_up_over_a_name_is_not_story_text() -> None:
    # a person's card (picture, name, latest headlines) inside the sentence naming them,
    # hidden until hovered: the sentence reads on without it
    card = ("<span class='rollover-people'><a href='/people/ann-roe'>Ann Roe</a><span "
            "class='rollover-people-block'><span class='rollover-block'><a class='name' "
            "href='/people/ann-roe'>Ann Roe</a><a class='people-articles' href='/news/1'>"
            "Library hours cut | Bus fares rise in April</a></span></span></span>")
    body = BODY.replace("councillor Ann Roe", f"councillor {card}")
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
            f"<main><article><h1>Council shuts pool</h1><div class='body'>{body}</div>"
            "</article></main></body></html>")
    text = hints_of(html).text
    assert "said councillor Ann Roe, who chairs the leisure committee." in text
    assert "Library hours cut" not in text


def test_read_html_drop_cap_before_the_paragraph_is_its_initial() -> None:
    # the lead's initial printed big in an element of its own before the paragraph
    body = BODY.replace(f"<p>{LEDE}</p>", f"<span class='sc-drop-cap'>T</span><p>{LEDE[1:]}</p>")
    html = ("<!doctype html><html lang='en'><head><title>Council shuts pool</title></head><body>"
            f"<main><article><h1>Council shuts pool</h1><div id='main'><div class='body'>{body}"
            "</div></div></article></main></body></html>")
    blocks = hints_of(html).text.split("\n\n")
    assert LEDE in blocks and LEDE[1:] not in blocks


WAYBACK_TOOLBAR = ("<div id='wm-ipp-base'><div id='wm-ipp'><a href='https://web.archive.org/web/'>"
                   "Wayback Machine</a></div></div>")


def test_read_html_capture_saved_without_address_keeps_original() -> None:
    # a Wayback capture saved to a file, read with no address: the page's canonical link
    # (the original's) is the input's address (stranger trial 2)
    html = page('<link rel="canonical" href="https://ledger.example/news/2025/03/04/pool">'
                '<script src="//web.archive.org/_static/js/wombat.js"></script>',
                after=WAYBACK_TOOLBAR)
    html = html.replace("<body>", f"<body>{WAYBACK_TOOLBAR}", 1)
    assert hints_of(html).info.url == "https://ledger.example/news/2025/03/04/pool"


def test_read_html_plain_page_without_address_takes_its_canonical() -> None:
    # stranger trial 5 (before, None): a page saved to a file states its own address, and the
    # article list links back to it; one pointing at a home page is no article's
    html = page('<link rel="canonical" href="https://ledger.example/news/2025/03/04/pool">')
    assert hints_of(html).info.url == "https://ledger.example/news/2025/03/04/pool"
    assert hints_of(page('<link rel="canonical" href="https://ledger.example/">')).info.url is None
