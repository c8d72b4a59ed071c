"""Article layout: the families a thirty-first round of fresh house styles (tests/data/
styles_fresh31: press releases on PR Newswire, GlobeNewswire, Newsfile, EIN Presswire and
Business Wire through Yahoo Finance, GOV.UK, a city police department, Duke Energy's newsroom,
the ICRC, an OCHA update on ReliefWeb and a release posted to Patch) found wrong, each pinned
on a short page, text or line of its own."""

from __future__ import annotations

import json

import pytest

from according.read import ArticleInput, read_string
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout

STORY = "\n\n".join(PARAGRAPHS)
TITLED = "Harbor Town Library Wins State Grant For New Bookmobile"


def _story_with(line: str) -> str:
    return f"{HEADLINE}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\n{line}\n\n{PARAGRAPHS[1]}\n"


def _read(html: str, url: str | None = None) -> ArticleInput:
    got = read_string(html, url=url)
    assert isinstance(got, ArticleInput), str(got)
    return got


# Datelines: a release wire's own forms, credited to the wire; a police release's place and
# state in brackets.


@pytest.mark.parametrize(("opening", "place", "credits"), [
    ("BATON ROUGE, LA, UNITED STATES, November 25, 2026 /EINPresswire.com/ -- ",
     "BATON ROUGE, LA, UNITED STATES", ("EIN Presswire",)),
    ("Vancouver, British Columbia--(Newsfile Corp. - November 25, 2026) - ",
     "Vancouver, British Columbia", ("Newsfile",)),
    ("NEWARK, NJ / ACCESSWIRE / November 25, 2026 / ", "NEWARK, NJ", ("ACCESSWIRE",)),
    ("(Washington, DC) – ", "Washington, DC", ()),
])
def test_layout_release_dateline_names_place_and_wire(opening: str, place: str,
                                                      credits: tuple[str, ...]) -> None:
    layout = sound_layout(f"{HEADLINE}\n\n{opening}{LEDE}\n\n{STORY}\n")
    assert layout.metadata.dateline == place
    assert layout.metadata.credits == credits


def test_layout_release_dateline_without_the_wire_is_no_release_form() -> None:
    # "Vancouver, British Columbia--" alone stays a place and its dash, crediting no one
    layout = sound_layout(f"{HEADLINE}\n\nVancouver, British Columbia -- {LEDE}\n\n{STORY}\n")
    assert layout.metadata.credits == ()


# A release copied with its wire's page: the wire's name and menu over the headline, its
# subtitle and stamps over the dateline.


def _wire_copy(*over_dateline: str, foot: tuple[str, ...] = ()) -> str:
    return "\n".join(["EIN Presswire", "Newsmatics", "Submit your press release", TITLED,
                      *over_dateline,
                      "BATON ROUGE, LA, UNITED STATES, November 25, 2026 /EINPresswire.com/ -- "
                      + LEDE, *PARAGRAPHS, *foot]) + "\n"


def test_layout_copied_release_headline_is_over_its_wire_dateline() -> None:
    subtitle = "Member food banks open 38 distribution sites as floodwaters recede"
    layout = sound_layout(_wire_copy(subtitle))
    assert layout.metadata.headline == TITLED
    assert layout.metadata.standfirst == subtitle


def test_layout_copied_release_stamp_with_source_is_no_standfirst() -> None:
    stamp = "November 25, 2026 8:00 AM EST | Source: Harbor Town Library"
    text = _wire_copy(stamp)
    layout = sound_layout(text)
    assert layout.metadata.headline == TITLED
    assert layout.metadata.standfirst is None
    assert layout.metadata.published == "2026-11-25T13:00:00+00:00"
    assert _kind_of(text, stamp) == "date"


def test_layout_release_foot_stamp_gives_the_dateline_day_its_time() -> None:
    text = _wire_copy(foot=("November 25, 2026, 15:42 GMT", "Distribution channels: Charity"))
    assert sound_layout(text).metadata.published == "2026-11-25T15:42:00+00:00"


def test_layout_release_foot_stamp_of_another_day_is_not_read() -> None:
    text = _wire_copy(foot=("November 20, 2026, 15:42 GMT", "Distribution channels: Charity"))
    assert sound_layout(text).metadata.published == "2026-11-25T00:00:00+00:00"


# Furniture of release wires, carriers and report pages; story lines with the same words stay.


@pytest.mark.parametrize("line", [
    "Submit your press release", "Submit a Release",
    "View original content to download multimedia: https://www.prnewswire.com/news-releases/"
    "x-302598114.html",
    "View source version on businesswire.com: https://www.businesswire.com/news/home/2026/en/",
    "To view the source version of this press release, please visit "
    "https://www.newsfilecorp.com/release/276318",
    "email us here", "Visit us on social media:", "Legal Disclaimer:",
    "EIN Presswire provides this news content \"as is\" without warranty of any kind.",
    "Distribution channels: Charity Industry, Natural Disasters",
    "News provided by",
    "Neither TSX Venture Exchange nor its Regulation Services Provider accepts responsibility "
    "for the adequacy or accuracy of this release.",
    "The views expressed here are the author’s own.", "Reply",
    "Country: Mozambique", "Disasters: Tropical Cyclone Bheki - Nov 2026",
    "Please refer to the attached file.",
])
def test_line_kind_release_and_report_furniture(line: str) -> None:
    assert _kind_of(_story_with(line), line) != "body", line


@pytest.mark.parametrize("line", [
    "The company said it would submit a release of the test data to regulators next week.",
    "Reply forms must reach the council by Friday, when the consultation closes.",
    "Country music sales rose 4% last year, driven by streaming in the South.",
])
def test_line_kind_story_lines_with_release_words_stay_story(line: str) -> None:
    assert _kind_of(_story_with(line), line) == "body", line


def test_layout_release_produced_by_note_credits_its_sender() -> None:
    note = ("This press release was produced by the Harbor Town Library. The views expressed "
            "here are the author’s own.")
    text = _story_with(note)
    assert "Harbor Town Library" in sound_layout(text).metadata.credits
    assert _kind_of(text, note) == "boilerplate"


# "About <sender>": the sender describing itself without "is a" ends the story.


@pytest.mark.parametrize("about", [
    "Acme Tools, Inc., based in Dayton, Ohio, designs and sells hand tools in 20 countries.",
    "Acme Tools, Inc. designs, builds and sells hand tools for builders.",
    "The Acme Tools Alliance is a network of 11 hardware stores in Ohio.",
])
def test_layout_about_sender_without_is_a_is_boilerplate(about: str) -> None:
    name = "Acme Tools Alliance" if about.startswith("The ") else "Acme Tools"
    text = f"{HEADLINE}\n\n{LEDE}\n\n{STORY}\n\nAbout {name}\n\n{about}\n\nMedia contact: Ann Roe\n"
    assert _kind_of(text, about) == "boilerplate"


def test_layout_about_heading_over_story_of_the_sender_stays_story() -> None:
    story = "Acme Tools shares rose 4% on Tuesday after the announcement of the recall plan."
    text = (f"{HEADLINE}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\nAbout Acme Tools\n\n{story}\n\n"
            f"{PARAGRAPHS[1]}\n")
    assert _kind_of(text, story) == "body"


# A report on a humanitarian portal: its title over its rows, its source as the outlet; its
# section headings in capitals.

REPORT_TITLE = "Mozambique: Tropical Cyclone Bheki - Flash Update No. 2 (25 November 2026)"


def _report(*, source: str = "Source: OCHA") -> str:
    return "\n".join(["ReliefWeb", "Updates", "Countries", "Disasters", REPORT_TITLE,
                      "Situation Report", "Format: Situation Report", source,
                      "Posted: 25 Nov 2026", LEDE, "SITUATION OVERVIEW", *PARAGRAPHS]) + "\n"


def test_layout_report_title_over_its_rows_is_the_headline() -> None:
    layout = sound_layout(_report(), url="https://reliefweb.int/report/mozambique/x")
    assert layout.metadata.headline == REPORT_TITLE
    assert layout.metadata.outlet == "OCHA"


def test_layout_report_source_names_the_outlet_as_the_table_names_it() -> None:
    layout = sound_layout(_report(source="Source: UN Office for the Coordination of "
                                         "Humanitarian Affairs"))
    assert layout.metadata.outlet == "OCHA"


def test_layout_capital_section_heading_is_no_story() -> None:
    assert _kind_of(_report(), "SITUATION OVERVIEW") == "boilerplate"


def test_layout_capital_place_between_paragraphs_is_no_heading() -> None:
    text = f"{HEADLINE}\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\nWASHINGTON\n\n{PARAGRAPHS[1]}\n"
    assert _kind_of(text, "WASHINGTON") != "boilerplate"


# A dateline opening the first paragraph under a country tag or a summary's points.


@pytest.mark.parametrize(("above", "opening", "place"), [
    ("Myanmar", "Yangon (ICRC) – ", "Yangon"),
    ("- About 185,000 customers remain without power", "CHARLOTTE, N.C. – ", "CHARLOTTE, N.C."),
])
def test_layout_dateline_under_tag_or_points(above: str, opening: str, place: str) -> None:
    text = f"{HEADLINE}\n25 November 2026\n{above}\n{opening}{LEDE}\n{STORY}\n"
    assert sound_layout(text).metadata.dateline == place


def test_layout_no_dateline_under_tag_when_the_paragraph_has_none() -> None:
    text = f"{HEADLINE}\n25 November 2026\nMyanmar\n{LEDE}\n{STORY}\n"
    assert sound_layout(text).metadata.dateline is None


# HTML: GOV.UK's publishing department, a newsroom's site name, a company as author, a
# company's legal form in a caption's credit.


def _page(head: str = "", body: str = "") -> str:
    story = "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS))
    return (f"<!doctype html><html lang='en'><head><title>{HEADLINE}</title>{head}</head><body>"
            f"<main><article><h1>{HEADLINE}</h1>{body}<div class='body'>{story}</div>"
            "</article></main></body></html>")


def test_read_html_govuk_release_outlet_is_its_department() -> None:
    head = ("<meta property='og:site_name' content='GOV.UK'>"
            "<meta name='govuk:primary-publishing-organisation' content='Department for "
            "Transport'>")
    page = _read(_page(head), url="https://www.gov.uk/government/news/x")
    assert page.hints.outlet == "Department for Transport"


def test_read_html_newsroom_site_name_is_the_table_outlet() -> None:
    head = "<meta property='og:site_name' content='GlobeNewswire News Room'>"
    page = _read(_page(head), url="https://www.globenewswire.com/news-release/2026/11/24/1/x")
    assert page.hints.outlet == "GlobeNewswire"


def test_read_html_company_author_meta_is_no_writer() -> None:
    head = "<meta name='author' content='Hearthline Appliances, Inc.'>"
    page = _read(_page(head))
    assert page.hints.byline == ()


def test_read_html_person_author_meta_stays_writer() -> None:
    head = "<meta name='author' content='Ann Roe'>"
    assert _read(_page(head)).hints.byline == ("Ann Roe",)


def test_read_html_caption_credit_with_company_legal_form() -> None:
    caption = ("The recalled Hearthline 6-Quart Programmable Slow Cooker, model HL-6P, in "
               "stainless steel. (PRNewsfoto/Hearthline Appliances, Inc.)")
    page = _read(_page(body=f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption>"
                            "</figure>"))
    layout = sound_layout(page.text, hints=page.hints)
    credits = [r.credit for r in layout.regions if r.kind == "caption"]
    assert credits == ["PRNewsfoto/Hearthline Appliances, Inc."]


def test_read_html_caption_credit_listing_two_names_is_no_credit() -> None:
    # a comma between two names, not before a legal form, still lists a source note
    caption = "Voters queue outside a school in Dayton. (Gallup, Pew)"
    page = _read(_page(body=f"<figure><img src='a.jpg'><figcaption>{caption}</figcaption>"
                            "</figure>"))
    layout = sound_layout(page.text, hints=page.hints)
    assert "Gallup, Pew" not in [r.credit for r in layout.regions]


def test_read_html_jsonld_unchanged_by_newsroom_rule() -> None:
    # a site name the table does not know keeps its newsroom word
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": HEADLINE}
    head = ("<meta property='og:site_name' content='Harbor Town News Room'>"
            f"<script type='application/ld+json'>{json.dumps(ld)}</script>")
    assert _read(_page(head)).hints.outlet == "Harbor Town News Room"

