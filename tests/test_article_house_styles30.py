"""Article layout: the families a thirtieth round of fresh house styles (tests/data/
styles_fresh30: fact checks by PolitiFact, Full Fact, AFP, Africa Check, BOOM, Reuters, AAP
and Snopes) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from according.read import ArticleInput
from according.read.html import html_article
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_in_story as _kind_in_story
from tests.pool_story import kind_of as _kind_of
from tests.pool_story import story_with as _story_with
from tests.test_article import sound_layout

# The claim box: its labels and a rating alone are the page's; the claim and the verdict's
# explanation are the story's.


@pytest.mark.parametrize("line", [
    "What was claimed", "OUR VERDICT", "VERDICT", "Claim:", "Rating:", "About this rating",
    "Context", "Verdict: Incorrect", "Fact Check : False", "Claimed By : Social media users",
    "Pants on Fire", "False",
    "This article was produced by the Reuters Fact Check team. Read more about our work to "
    "fact-check social media posts here.",
    "AFP Fact Check is part of Meta’s third-party fact-checking programme. This article was "
    "produced as part of AFP’s fact-checking partnership with Meta.",
    "This article is part of our work fact checking potentially false pictures, videos and "
    "stories on Facebook.",
    "This report was written by Africa Check, a non-partisan fact-checking organisation. You "
    "can republish it, for free, online or in print.",
    "AAP FactCheck is an accredited member of the International Fact-Checking Network.",
    "If you would like to suggest a claim for us to check, email truthometer@politifact.com.",
    "Full Fact fights bad information", "Help us fight false information",
    "Republish our content for free",
])
def test_line_kind_fact_check_box_labels_and_notes_are_furniture(line: str) -> None:
    assert _kind_in_story(line) != "body", line


@pytest.mark.parametrize("line", [
    "Claim: Lagos State awarded a N48 billion contract for 1,200 boreholes to a company owned "
    "by the governor’s brother.",
    "Verdict: Incorrect. State procurement records list the contract at N4.8 billion.",
    "False. There is no evidence offshore wind turbines caused the whale strandings.",
    "False – The claim is inaccurate.",
    "We rate this claim Pants on Fire!",
])
def test_line_kind_claims_and_verdicts_explained_stay_story(line: str) -> None:
    assert _kind_in_story(line) == "body", line


def test_layout_fact_check_by_line_below_the_box_is_the_byline() -> None:
    text = (f"{HEADLINE}\nClaim: The council raised rates by 40%.\nVerdict: False. Rates rose "
            f"4%.\nFact check by Tolu Adebayo\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n")
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Tolu Adebayo",)
    assert _kind_of(text, "Fact check by") != "body"


def test_layout_fact_check_desk_byline_names_no_writer() -> None:
    text = f"{HEADLINE}\nBy Reuters Fact Check\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n"
    layout = sound_layout(text)
    assert layout.metadata.byline == ()
    assert layout.metadata.standfirst is None


def test_layout_sources_list_under_a_ruling_is_not_story() -> None:
    text = _story_with("Sources:") + "\nOhio House Bill 57. Ohio General Assembly, 2025.\n"
    assert _kind_of(text, "Ohio House Bill 57") != "body"


def test_layout_fact_checker_card_under_the_story_is_not_story() -> None:
    text = (f"{HEADLINE}\nBy Leah Morales\n\n{LEDE}\n\n{PARAGRAPHS[0]}\n\n"
            "Leah Morales is a fact-checker at Snopes.\n")
    assert _kind_of(text, "Leah Morales is a") != "body"


def _claim_review_page(author: str, claimant: str) -> str:
    review = {"@context": "https://schema.org", "@type": "ClaimReview",
              "author": {"@type": "Organization", "name": "Desk Check"},
              "itemReviewed": {"@type": "Claim",
                               "author": {"@type": "Organization", "name": claimant}}}
    return (f'<html><head><script type="application/ld+json">{json.dumps(review)}</script>'
            f'<meta name="author" content="{author}"></head><body><article><h1>{HEADLINE}</h1>'
            f'<div class="byline">{author}</div>'
            + "".join(f"<p>{p}</p>" for p in (LEDE, *PARAGRAPHS[:3])) + "</article></body></html>")


def test_html_claimant_of_a_claim_review_is_no_byline() -> None:
    page = html_article(_claim_review_page("Facebook posts", "Facebook posts"), name="p.html")
    assert isinstance(page, ArticleInput)
    assert "Facebook posts" not in (page.hints.byline or ())


def test_html_desk_run_on_after_the_writer_is_cut_from_the_byline() -> None:
    page = html_article(_claim_review_page("Jack Fenwick Desk Check", "Social media users"),
                        name="p.html")
    assert isinstance(page, ArticleInput)
    assert page.hints.byline == ("Jack Fenwick",)



def test_html_by_line_the_extraction_drops_names_the_writer() -> None:
    # PolitiFact's page: "By Maya Okonjo" under the claim box, dropped by trafilatura, whose
    # author is the ClaimReview's claimant
    path = (Path(__file__).parent / "data" / "styles_fresh30"
            / "politifact-insulin-cap-pants-on-fire.html")
    got = html_article(path.read_text("utf-8"), name=path.name)
    assert isinstance(got, ArticleInput)
    assert got.hints.byline == ("Maya Okonjo",)
