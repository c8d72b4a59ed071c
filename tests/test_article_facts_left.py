"""Article layout: general causes of the facts earlier house-style rounds left (issue 9), each
pinned on a short page or text of its own."""

from __future__ import annotations

import pytest

from according.read import ArticleInput
from according.read.html import html_article
from tests.test_article import sound_layout

_STORY = ("<p>KELLBY — The regional water board said on Tuesday it would close two treatment "
          "plants for repairs, leaving about 40,000 homes on a boil-water notice until Friday."
          "</p><p>“We have no choice but to shut them while the pumps are replaced,” board "
          "chair Ann Roe told reporters outside the Kellby plant.</p><p>The board said tankers "
          "would deliver drinking water to schools and the hospital.</p>")


def _page(figure: str) -> str:
    return ("<html><head><title>Water board shuts two plants | Kellby Courier</title></head>"
            "<body><article><h1>Water board shuts two plants for repairs</h1>"
            '<div class="byline">By Jo Bloggs</div>'
            f"<figure><img src='plant.jpg'><figcaption>{figure}</figcaption></figure>"
            f"{_STORY}</article></body></html>")


def _layout(page: ArticleInput):  # type: ignore[no-untyped-def]
    return sound_layout(page.text, hints=page.hints)


@pytest.mark.parametrize(("caption", "credit"), [
    # an AP-style file picture's caption: a sentence and its day, no credit
    ("FILE - Workers inspect a pump at the Kellby treatment plant, Feb. 17, 2025.", None),
    # a picture's present-tense sentence with no credit
    ("Workers inspect a pump at the Kellby plant early on November 5.", None),
    # a portrait's name and title only
    ("Board chair, Ann Roe", None),
    # the house's own name in brackets after the sentence
    ("Workers inspect a pump at the Kellby plant on March 31. (Courier)", "Courier"),
])
def test_html_figcaption_the_extraction_drops_stays_a_caption(caption: str,
                                                              credit: str | None) -> None:
    page = html_article(_page(caption), name="p.html")
    assert isinstance(page, ArticleInput)
    layout = _layout(page)
    start = page.text.index(caption.split(" (")[0])
    region = next(r for r in layout.regions if r.start <= start < r.end)
    assert region.kind == "caption", (caption, region)
    assert region.credit == credit
    # the story's own paragraphs stay the story's
    lede = page.text.index("The regional water board")
    assert next(r for r in layout.regions if r.start <= lede < r.end).kind == "body"


def test_html_figcaption_marks_only_the_line_it_holds() -> None:
    # a story paragraph saying the same words as no caption stays the story's
    page = html_article(_page("Workers inspect a pump at the Kellby plant."), name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.captions == ("Workers inspect a pump at the Kellby plant.",)
    layout = _layout(page)
    board = page.text.index("The board said tankers")
    assert next(r for r in layout.regions if r.start <= board < r.end).kind == "body"


# A share sheet's copy: the story's whole address on a line of its own under the headline
# names the outlet the table knows at its host.


def test_text_share_sheet_address_line_names_the_outlet() -> None:
    text = ("Landslide: Toll rises to 41 as search enters third day\n"
            "https://www.onmanorama.com/news/kerala/2024/08/04/landslide-toll-third-day.html\n\n"
            "Shared via Onmanorama app\n\n"
            "Anjali Menon\n"
            "Published: August 04, 2024 07:28 PM IST\n\n"
            "The number of people killed in the landslide rose to 41 on Sunday as rescue teams "
            "entered the third day of their search, the district administration said.\n\n"
            "Revenue Minister K Rajan said 18 people were still missing.\n")
    assert sound_layout(text).metadata.outlet == "Onmanorama"


def test_text_address_of_an_unknown_host_names_no_outlet() -> None:
    text = ("Landslide: Toll rises to 41 as search enters third day\n"
            "https://www.kellby-courier.example/news/2024/08/04/landslide.html\n\n"
            "The number of people killed in the landslide rose to 41 on Sunday as rescue teams "
            "entered the third day of their search, the district administration said.\n")
    assert sound_layout(text).metadata.outlet in (None, "kellby-courier.example")


# A release copied out of its PDF: the mark heads the page over the letterhead; the body the
# letterhead names sent it, as the outlet table names it.


_RELEASE = ("{mark}\n"
            "{letterhead}\n\n"
            "FOR IMMEDIATE RELEASE\n\n"
            "Relief teams sent to Dominica after Tropical Storm Kirk\n\n"
            "Bridgetown, Barbados, October 3, 2024 – Two relief teams have been sent to "
            "Dominica after Tropical Storm Kirk cut power to most of the island.\n\n"
            "Relief supplies from the warehouse in Antigua will be shipped on Friday.\n\n"
            "-END-\n")


@pytest.mark.parametrize(("mark", "letterhead", "outlet"), [
    # a body the outlet table knows, by the name the table gives it
    (" " * 50 + "PRESS RELEASE", "CARIBBEAN DISASTER EMERGENCY MANAGEMENT AGENCY", "CDEMA"),
    # a body it does not know, in title case
    ("PRESS RELEASE", "KELLBY REGIONAL WATER AUTHORITY", "Kellby Regional Water Authority"),
])
def test_text_release_letterhead_under_the_mark_names_the_sender(mark: str, letterhead: str,
                                                                 outlet: str) -> None:
    text = _RELEASE.format(mark=mark, letterhead=letterhead)
    assert sound_layout(text).metadata.outlet == outlet


# A fact-checker's copy under its masthead and tagline: the headline is the one whose stamp
# follows the claim box and the desk's notes, and the claim box is the story's.

_FACT_CHECK = ("Full Fact\n"
               "Checking claims since 2010\n"
               "HEALTH\n"
               "No, the Kellby hospital is not closing its maternity ward next month\n"
               "Verdict: Incorrect\n"
               "Claim: Kellby General Hospital will close its maternity ward in December.\n"
               "Verdict: Incorrect. The hospital trust says the ward will stay open and has "
               "hired six more midwives.\n"
               "This report was written by Full Fact, an independent fact-checking charity.\n"
               "Fact check by Ann Roe\n"
               "Published 4 November 2025\n"
               "A post shared more than 3,000 times on Facebook says the maternity ward at Kellby "
               "General Hospital will close in December.\n"
               "The hospital trust told Full Fact the ward would stay open.\n")


def test_text_fact_check_headline_under_masthead_and_tagline() -> None:
    layout = sound_layout(_FACT_CHECK)
    assert layout.metadata.headline == ("No, the Kellby hospital is not closing its maternity "
                                        "ward next month")
    assert layout.metadata.standfirst is None
    claim = _FACT_CHECK.index("Claim:")
    assert next(r for r in layout.regions if r.start <= claim < r.end).kind == "body"


@pytest.mark.parametrize("line", [
    "Claim: Kellby General Hospital will close its maternity ward in December.",
    "Verdict: Incorrect. The hospital trust says the ward will stay open.",
])
def test_text_fact_check_box_line_is_no_standfirst(line: str) -> None:
    text = ("No, the Kellby hospital is not closing its maternity ward\n"
            f"{line}\n"
            "By Ann Roe\n"
            "Published 4 November 2025\n"
            "A post shared more than 3,000 times on Facebook says the maternity ward at Kellby "
            "General Hospital will close in December, the hospital trust said on Tuesday.\n")
    layout = sound_layout(text)
    assert layout.metadata.standfirst is None


# A byline in a block of its own with the writer's role after a slash, which the extraction
# drops, on a page whose markup names only the paper as author.


def _byline_page(line: str) -> str:
    return ("<html><head><title>Water board shuts two plants</title>"
            '<script type="application/ld+json">{"@context":"https://schema.org","@type":'
            '"NewsArticle","headline":"Water board shuts two plants for repairs","author":'
            '{"@type":"Organization","name":"Kellby Courier"}}</script></head>'
            "<body><div class='story'><h1>Water board shuts two plants for repairs</h1>"
            f"<div class='name'>{line}</div>"
            f"<div class='text'>{_STORY}</div></div></body></html>")


@pytest.mark.parametrize(("line", "byline"), [
    ("By Jason Pan / Staff reporter", ("Jason Pan",)),
    ("By Ann Roe | Staff writer", ("Ann Roe",)),
    ("By Ann Roe, Senior correspondent", ("Ann Roe",)),
    # a heading's words are no writer's name
    ("By The Numbers / Staff writer", ()),
])
def test_html_by_line_with_role_after_slash_names_the_writer(line: str,
                                                             byline: tuple[str, ...]) -> None:
    page = html_article(_byline_page(line), name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.byline == byline


# A humanitarian report's "Highlights": its findings, not a news summary box's points.

_HIGHLIGHTS = ("{title}\n\n"
               "Highlights\n\n"
               "- More than 1,200 suspected cholera cases have been reported in Kellby province "
               "since 1 October.\n\n"
               "- Partners have reached 90,000 people with water treatment supplies.\n\n"
               "Situation overview\n\n"
               "Cases continue to rise in the camps, where about 60,000 displaced people live "
               "with little access to clean water, the health ministry said.\n")


@pytest.mark.parametrize(("title", "kind"), [
    ("Kellby: Cholera outbreak - Flash Update No. 3 (4 November 2025)", "body"),
    ("Kellby Situation Report #12", "body"),
    # a news story's summary box stays the page's
    ("Cholera spreads in Kellby camps as rains continue", "boilerplate"),
])
def test_text_report_highlights_are_its_findings(title: str, kind: str) -> None:
    text = _HIGHLIGHTS.format(title=title)
    layout = sound_layout(text)
    point = text.index("- More than 1,200")
    assert next(r for r in layout.regions if r.start <= point < r.end).kind == kind


# A section's word alone over the headline is no masthead.


@pytest.mark.parametrize("label", ["News", "Sport", "Business"])
def test_text_section_word_over_headline_is_no_masthead(label: str) -> None:
    text = (f"{label}\n\n"
            "Council to add 40 wardens to town centre by year-end\n\n"
            "Published: Monday | October 16, 2023 | 12:09 AM\n\n"
            "Ann Roe/Senior Writer\n\n"
            "Kellby council will add 40 wardens to the town centre by the end of the year, "
            "the mayor said on Sunday.\n\n"
            "The wardens will patrol the market and the bus station, she said.\n")
    assert sound_layout(text).metadata.outlet != label
