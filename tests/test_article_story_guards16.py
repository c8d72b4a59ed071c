"""Story lines and pages that look like round 16's furniture, caption tails, credits and
mastheads read as before: the new patterns take page lines only."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.pool_story import kind_of as _kind_of
from tests.test_article import sound_layout


def _with_line(line: str) -> str:
    """The story as scraped text with `line` among its paragraphs."""
    return "\n".join([HEADLINE, "By Ann Roe", LEDE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])


@pytest.mark.parametrize("line", [
    "For the price of a cup of coffee, a family could swim all day, the mayor said.",
    "Supporters were told to follow @savethepool for updates, the campaign said.",
    "Residents could listen to the council debate live on local radio, officials said.",
    "The views expressed by residents at Tuesday's meeting were mixed, the mayor said.",
    "Support our pool today, read the banner the swimmers carried to the town hall.",
    "Related news conferences were held by the union on Thursday, a spokesman said.",
    "The pool's manager Jane Roe contributed £500 of her own money, the council said.",
    "Want to swim there? The council said tickets would go on sale next week.",
    "The town lost its only daily newspaper, and now its pool, the mayor said.",
    "Swimmers, parents, coaches and the local newspaper all opposed the plan.",
])
def test_layout_round16_lookalike_story_lines_stay_story(line: str) -> None:
    text = _with_line(line)
    assert _kind_of(text, line) == "body"
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


@pytest.mark.parametrize("line", [
    # a quoted caption-like story line: the label tails need a picture word after a full stop
    "The council said the pool would shut. Its photos showed a broken roof - the union agreed.",
    "The pool's owner, Ben Okafor of Image Media, said he would not sell the site.",
])
def test_layout_story_lines_with_picture_words_stay_story(line: str) -> None:
    text = _with_line(line)
    assert _kind_of(text, line) == "body"


def test_layout_title_case_headline_shortening_no_domain_names_no_outlet_by_it() -> None:
    """A two-word title over the story on a page whose domain it does not shorten is no
    masthead: the outlet comes from elsewhere, never that line."""
    text = "\n".join(["Pool Closes", "By Ann Roe", LEDE, *PARAGRAPHS])
    meta = sound_layout(text, url="https://www.harbourgazette.co.uk/news/1").metadata
    assert meta.outlet != "Pool Closes"


def test_layout_masthead_shortened_to_its_domain_far_down_the_page_is_no_outlet() -> None:
    """Only the page's first lines hold its masthead: a name deep in the story whose
    initials spell the domain is a name in the story."""
    text = "\n".join([HEADLINE, "By Ann Roe", LEDE, PARAGRAPHS[0], "Harbour Gazette Trust",
                      *PARAGRAPHS[1:]])
    meta = sound_layout(text, url="https://www.hgt.com/news/1").metadata
    assert meta.outlet != "Harbour Gazette Trust"
