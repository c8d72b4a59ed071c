"""Article layout: the families a thirty-second round of fresh house styles (tests/data/
styles_fresh32: opinion pieces, analyses, leaders, letters and explainers by The New York
Times, The Washington Post, Al Jazeera, CNN, Vox, the South China Morning Post, The Guardian,
The Herald, The Times, The Yorkshire Post and The Hindu) found wrong, each pinned on a short
page or line of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.read import ArticleInput
from according.read.html import html_article
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, line_kinds
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout

# The opinion family: the writer's note, the letters prompts, the comment rules, an appeal.


@pytest.mark.parametrize("line", [
    "The writer is a professor of water resources at IIT Roorkee",
    "The author is a former ambassador of India to Japan.",
    "Do you have an opinion on the issues raised in this article? If you would like to submit "
    "a response of up to 300 words by email to be considered for publication in our letters "
    "section, please click here.",
    "The Times is committed to publishing a diversity of letters to the editor. We’d like to "
    "hear what you think about this or any of our articles.",
    "Follow the New York Times Opinion section on Facebook, Instagram, TikTok and Threads.",
    "Send your letters to yp.letters@yorkshirepost.co.uk. Please include your full name and "
    "address.",
    "From: Margaret Hale, Grassington.",
    "Vox is here to explain this unprecedented moment. Will you support our work with a gift "
    "today?",
    "Comments: Our rules",
    "We want our comments to be a lively and valuable part of our community.",
    "Read the rules here",
])
def test_line_kind_opinion_page_notes_and_prompts_are_furniture(line: str) -> None:
    assert _kind_in_story(line) != "body", line


@pytest.mark.parametrize("line", [
    "The writer is accused of copying passages from a 2019 report, the publisher said.",
    "The writer is a former member of the council's planning committee, her lawyer said.",
    "Send your letters to the council by Friday, residents were told at the meeting.",
    "From the start, residents said the pool was too small for the town.",
    "What happened?",
])
def test_line_kind_story_lines_like_opinion_notes_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body", line


# A letters page: each letter's sender line and signature are the page's, the letters the
# story's.


def test_layout_letter_signatures_under_sender_lines_are_not_story() -> None:
    text = ("Letters: Pool closure leaves the town without a place to swim\n\n"
            "Wednesday, 5th March 2025, 4:45pm\n\nFrom: Margaret Hale, Grassington.\n\n"
            f"{LEDE}\n\n{PARAGRAPHS[0]}\n\nMargaret Hale\n\nGrassington\n\n"
            "From: Dennis Ward, Harrogate.\n\n"
            f"{PARAGRAPHS[2]}\n\nDennis Ward\n\nHarrogate\n")
    kinds = line_kinds(text)
    for line in ("Margaret Hale", "Grassington", "Dennis Ward", "Harrogate"):
        assert kinds[line] != "body", line
    assert kinds[LEDE] == kinds[PARAGRAPHS[2]] == "body"


def test_layout_letters_headline_repeated_by_a_teaser_is_the_headline() -> None:
    # "Letters:" opens the headline and a teaser below (The Yorkshire Post's letters page):
    # no speaker is named "Letters"
    path = (Path(__file__).parent / "data" / "styles_fresh32"
            / "yorkshirepost-letters-bus-cuts.txt")
    layout = sound_layout(path.read_text("utf-8"))
    assert layout.metadata.headline == ("Letters: Bus cuts leave our villages stranded – and "
                                        "ministers must act")


# A leader's column or board as its byline names no writer.


@pytest.mark.parametrize("by", ["By Herald View", "The Editorial Board", "By The Times View",
                                "The Observer view"])
def test_layout_leader_column_byline_names_no_writer(by: str) -> None:
    text = f"{HEADLINE}\n\n{by}\n\n5th March 2025\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n"
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    assert _kind_of(text, by) != "body"


def test_layout_writer_named_view_is_still_a_writer() -> None:
    text = f"{HEADLINE}\n\nBy James View\n\n5th March 2025\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n"
    assert sound_layout(text).metadata.byline == ("James View",)


# A Guardian column copied as text: the standfirst between the writer's name and the stamp.


def test_layout_standfirst_between_writer_and_stamp_is_the_standfirst() -> None:
    dek = "The pool costs less than a single bus route a year. The return on it is far larger"
    text = (f"Opinion\n\n{HEADLINE}\n\nImogen Clarke\n\n{dek}\n\nWed 5 Mar 2025 07.00 GMT\n\n"
            f"{LEDE}\n\n{PARAGRAPHS[0]}\n")
    layout = sound_layout(text)
    assert layout.metadata.standfirst == dek
    assert layout.metadata.byline == ("Imogen Clarke",)


# CNN's dateline as a paragraph of its own, with its region.


def test_layout_lone_dateline_with_region_over_the_lede() -> None:
    text = f"{HEADLINE}\n\nBy Ann Roe\n\nWashington, DC —\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n"
    assert sound_layout(text).metadata.dateline == "Washington, DC"


# A masthead in capitals spelling the address takes the table's name.


def test_layout_capital_masthead_spelling_address_is_the_table_outlet() -> None:
    text = (f"THE TIMES\n\nComment\n\nLeading article\n\n{HEADLINE}\n\n"
            f"Thursday March 06 2025, 12.01am GMT\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n")
    layout = sound_layout(text, url="https://www.thetimes.com/comment/the-times-view/article/x")
    assert layout.metadata.outlet == "The Times"


# HTML: the kind of piece before the markup's headline, and a summary box under the h1.


def _opinion_page(ld_headline: str, *, summary: str = "") -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": ld_headline,
          "author": [{"@type": "Person", "name": "Ann Roe"}]}
    return (f'<html><head><title>{ld_headline} - Harbour Gazette</title>'
            f'<meta property="og:title" content="{ld_headline}">'
            f'<script type="application/ld+json">{json.dumps(ld)}</script></head><body>'
            f'<article><p class="kicker">Guest Essay</p><h1>{HEADLINE}</h1>{summary}'
            f'<div class="byline">By Ann Roe</div>'
            + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS)) + "</article></body></html>")


@pytest.mark.parametrize("label", ["Opinion | ", "Analysis: ", "Guest Essay | "])
def test_html_label_before_the_markup_headline_gives_the_h1(label: str) -> None:
    page = html_article(_opinion_page(label + HEADLINE), name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.headline == HEADLINE


def test_html_summary_box_under_the_h1_is_the_standfirst() -> None:
    dek = "Swimmers say the town will lose more than it saves by shutting its only pool."
    summary = f'<p class="css-summary">{dek}</p>'
    page = html_article(_opinion_page(HEADLINE, summary=summary), name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.standfirst == dek


def test_html_one_point_summary_list_under_the_h1_is_the_standfirst() -> None:
    point = "Ann Roe says the town will lose more than it saves by shutting its only pool"
    summary = f'<ul class="summary"><li>{point}</li></ul>'
    page = html_article(_opinion_page(HEADLINE, summary=summary), name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.standfirst == point
