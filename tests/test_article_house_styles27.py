"""Article layout: the families a twenty-seventh round of fresh house styles (tests/data/
styles_fresh27: news pages as fact-checkers keep and receive them - Wayback Machine,
archive.today, Ghostarchive and Perma.cc captures, an AMP cache copy, SingleFile and 'Save
page as' pages, Firefox's Reader View, Pocket, Instapaper, an Omnivore Markdown export and a
Firefox print copy) found wrong, each pinned on a short page or text of its own. A capture's
time is never the publication time."""

from __future__ import annotations

import pytest

from according.article import read_layout
from according.read.captures import credit_without_address, original_address, page_address
from according.read.page_names import label_site_outlet
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, line_kinds, story_text
from tests.test_article import sound_layout
from tests.test_article_house_styles15 import _read

STORY = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
WAYBACK_BANNER = (
    "The Wayback Machine - https://web.archive.org/web/20250612031544/https://www.kansascity.com"
    "/news/local/article301102467.html\nhttps://www.kansascity.com/news/local/"
    "article301102467.html\nGo\n12 captures\n12 Jun 2025 - 30 Sep 2025\nMAY\nJUN\nJUL\n12\n2024\n"
    "2025\n2026\nsuccess\nfail\nAbout this capture\nCOLLECTED BY\nCollection: Common Crawl\n"
    "Web crawl data from Common Crawl.\nTIMESTAMPS\n")


# Addresses: an archive's or a cache's address holds the page's own.


@pytest.mark.parametrize(("url", "original"), [
    ("https://web.archive.org/web/20250314093512/https://www.sacbee.com/news/a.html",
     "https://www.sacbee.com/news/a.html"),
    ("https://web.archive.org/web/20250314093512im_/http://www.sacbee.com/x.jpg",
     "http://www.sacbee.com/x.jpg"),
    ("https://archive.ph/2025.03.27-213344/https://www.express.co.uk/news/uk/2034567/a",
     "https://www.express.co.uk/news/uk/2034567/a"),
    ("https://www-dailyrecord-co-uk.cdn.ampproject.org/c/s/www.dailyrecord.co.uk/news/a",
     "https://www.dailyrecord.co.uk/news/a"),
    ("https://www.sacbee.com/news/a.html", None),
])
def test_original_address_inside_archive_and_cache_addresses(url: str,
                                                             original: str | None) -> None:
    assert original_address(url) == original


def test_page_address_of_short_archive_address_names_no_publisher() -> None:
    assert page_address("https://archive.ph/Wq3Fz") is None
    assert page_address("https://www.sacbee.com/a") == "https://www.sacbee.com/a"


# Text copies of captures: the banner is the archive's, its day never the publication's.


def test_read_layout_wayback_banner_is_furniture_and_its_day_no_stamp() -> None:
    text = WAYBACK_BANNER + story_text("By Ann Roe", "June 11, 2025")
    layout = sound_layout(text)
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.published == "2025-06-11T00:00:00+00:00"
    assert layout.metadata.outlet == "The Kansas City Star"  # the address the banner names
    assert kinds["12 captures"] == kinds["TIMESTAMPS"] == kinds["JUN"] == "boilerplate"


def test_read_layout_perma_record_time_is_not_the_publication_time() -> None:
    text = ("Perma.cc\nCaptured March 7, 2025 4:12 pm\nShow record details\nView the live page\n"
            "Original URL\nhttps://www.sacbee.com/news/a.html\nCreated by\nA Law School Library\n"
            "Captured\nMarch 7, 2025 4:12 pm\n" + story_text("By Ann Roe"))
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.published is None
    assert layout.metadata.outlet == "The Sacramento Bee"


def test_read_layout_omnivore_export_reads_published_not_saved() -> None:
    text = ("---\nid: 7c2f5e1a\ntitle: |\n  " + HEADLINE + "\nauthor: Ann Roe\ntags:\n"
            "  - local\ndate_saved: 2025-02-04T08:12:44.000Z\n"
            "date_published: 2025-02-03T22:05:00.000Z\n---\n\n# " + HEADLINE + "\n\n#Omnivore\n\n"
            "[Read on Omnivore](https://omnivore.app/me/pool-1)\n"
            "[Read Original](https://www.sacbee.com/news/pool.html)\n\n## Highlights\n\n> "
            + LEDE + "\n\n## Content\n\n" + "\n\n".join((LEDE, *PARAGRAPHS)) + "\n")
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.byline == ("Ann Roe",)
    assert layout.metadata.published == "2025-02-03T22:05:00+00:00"
    assert layout.metadata.outlet == "The Sacramento Bee"
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    assert kinds["> " + LEDE] == kinds["#Omnivore"] == "boilerplate"


def test_read_layout_firefox_print_header_is_no_headline() -> None:
    head = f"{HEADLINE} | CalMatters https://calmatters.org/housing/2025/03/pool/"
    text = "\n".join([head, "CalMatters", HEADLINE, "By Lila Fernández", "March 7, 2025", LEDE,
                      PARAGRAPHS[0], "1 of 2 3/8/25, 10:14 AM", head, *PARAGRAPHS[1:],
                      "2 of 2 3/8/25, 10:14 AM"])
    layout = sound_layout(text)
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.outlet == "CalMatters"
    assert layout.metadata.byline == ("Lila Fernández",)
    kinds = {text[r.start:r.end]: r.kind for r in layout.regions}
    assert kinds["1 of 2 3/8/25, 10:14 AM"] == "boilerplate"


def test_read_layout_byline_with_accented_name() -> None:
    layout = sound_layout(story_text("By Zoë Fernández", "March 7, 2025"))
    assert layout.metadata.byline == ("Zoë Fernández",)


def test_read_layout_read_later_button_is_no_second_writer() -> None:
    layout = sound_layout(story_text("theatlantic.com", "by Ellen Marrow", "View Original",
                                     "7 min read"))
    assert layout.metadata.byline == ("Ellen Marrow",)
    assert layout.metadata.outlet == "The Atlantic"  # the host line under the title


def test_read_layout_place_before_brand_is_the_whole_masthead() -> None:
    text = "\n".join(["Honolulu Civil Beat", "Politics", "Donate", HEADLINE, "By Ann Roe", LEDE,
                      *PARAGRAPHS, "Civil Beat is a nonprofit news organization."])
    layout = read_layout(text, url="https://www.civilbeat.org/2025/03/pool/")
    assert layout.metadata.outlet == "Honolulu Civil Beat"


@pytest.mark.parametrize("line", [
    "Republish", "We want to hear from you",
    "Our reporting is free to republish under a Creative Commons license.",
    "Ann Roe covers housing and insurance for CalMatters.",
    "This story was originally published March 11, 2025 at 5:00 AM.",
    "Don't miss the latest news from around Scotland and beyond - sign up to our daily "
    "newsletter here.",
    "Get the latest news from Express.co.uk on WhatsApp. Join our channel",
])
def test_line_kind_newsroom_boxes_and_notes_are_furniture(line: str) -> None:
    text = story_text(after=(line,))
    assert line_kinds(text)[line] in ("boilerplate", "related")


def test_line_kind_caption_closed_by_bracketed_source() -> None:
    text = story_text("A smart water meter being installed in a Wellington street. "
                      "(Source: 1News)")
    layout = sound_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption"] == ["1News"]


# HTML captures and saved pages.


def test_html_archive_today_capture_time_is_not_published() -> None:
    page = ("<html><head><meta property='og:site_name' content='archive.ph'>"
            "<meta property='og:url' content='https://archive.ph/Wq3Fz'>"
            "<meta property='article:published_time' content='2025-03-28T06:12:03Z'>"
            f"<title>{HEADLINE} | UK | News | Express.co.uk</title></head><body>"
            "<div id='HEADER'><table><tr><td>Saved from</td><td><form><input name='q' value="
            "'https://www.express.co.uk/news/uk/1/pool'></form></td><td>28 Mar 2025 06:12:03 UTC"
            "</td></tr></table></div><div id='CONTENT'><div style='color:#fff'><a>Express</a> "
            f"<a>News</a> <a>Politics</a> <a>Sport</a></div><h1 style='font-size:32px'>{HEADLINE}"
            "</h1><div style='font-weight:bold'>By <a>Ann Roe</a>, Political Reporter</div>"
            "<div><span>12:41, Thu, Mar 27, 2025</span></div>"
            + "".join(f"<p style='font-size:17px'>{p}</p>" for p in (LEDE, *PARAGRAPHS))
            + "</div></body></html>")
    article = _read(page)
    layout = read_layout(article.text, hints=article.hints)
    assert layout.metadata.published == "2025-03-27T12:41:00+00:00"
    assert layout.metadata.outlet == "Daily Express"
    assert layout.metadata.headline == HEADLINE
    assert layout.metadata.byline == ("Ann Roe",)


def test_html_firefox_reader_view_gives_writer_and_site() -> None:
    page = (f"<html><head><title>{HEADLINE} | 1News</title></head><body>"
            "<div class='header reader-header'><a class='domain reader-domain' "
            "href='https://www.1news.co.nz/2025/04/03/pool/'>1news.co.nz</a>"
            f"<h1 class='reader-title'>{HEADLINE}</h1><div class='credits reader-credits'>"
            "Maia Tupou</div></div><hr><div class='content'><div class='moz-reader-content'>"
            f"<div id='readability-page-1' class='page'>{STORY}</div></div></div></body></html>")
    article = _read(page)
    assert article.hints.byline == ("Maia Tupou",)
    assert article.hints.outlet == "1News"


def test_credit_without_photographer_address() -> None:
    assert credit_without_address("Renée C. Byer rbyer@sacbee.com") == "Renée C. Byer"
    assert credit_without_address("Tammy Ljungblad/tljungblad@kcstar.com") == "Tammy Ljungblad"
    assert credit_without_address("Getty Images") == "Getty Images"


def test_label_site_outlet_bare_label_gives_table_name() -> None:
    url = "https://www.kansascity.com/news/local/article301102467.html"
    assert label_site_outlet("kansascity", url) == "The Kansas City Star"
    assert label_site_outlet("Kansas City Star", url) is None

