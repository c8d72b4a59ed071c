"""Story lines that look like the furniture, bylines and boxes of round 14's scraped pages
read as story: the new patterns take page lines only."""

from __future__ import annotations

import pytest

from according.article import read_layout
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _kind_of(text: str, line: str) -> str:
    layout = sound_layout(text)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


def _with_line(line: str) -> str:
    """The story as scraped text with `line` among its paragraphs."""
    return "\n".join([HEADLINE, "By Ann Roe", LEDE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])


@pytest.mark.parametrize("line", [
    "More: the council said it would vote again on the pool in the spring.",
    "More: Five people were hurt when the roof of the changing rooms fell in.",
    "Shares in the leisure company fell 5% after the vote, traders said.",
    "View from the public gallery was that the vote was rushed, residents said.",
    "Play now, pay later was the slogan of the firm that built the pool in 1968.",
    "Contact tracing teams reached 40 swimmers after the outbreak at the pool.",
    "Lifeline funding of 2 million pounds was refused by the government in March.",
    "Video loading times on the council's website doubled during the meeting.",
    "By Tuesday evening the council had voted to close the pool.",
    "Get in touch with the council if you hold a season ticket, a spokesman said.",
])
def test_layout_round14_lookalike_story_lines_stay_story(line: str) -> None:
    text = _with_line(line)
    assert _kind_of(text, line) == "body"
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


def test_layout_story_after_key_events_points_is_story() -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", "Key Events", "Council votes to close the pool",
                      LEDE, *PARAGRAPHS])
    assert _kind_of(text, "Council votes to close the pool") != "body"
    assert _kind_of(text, LEDE) == "body"
    assert all(_kind_of(text, p) == "body" for p in PARAGRAPHS)


def test_layout_quote_under_in_short_heading_is_story() -> None:
    quote = "“We will keep fighting for the pool,” said Ann Roe"
    text = "\n".join([HEADLINE, "By Ann Roe", LEDE, "In Short", quote, *PARAGRAPHS])
    assert _kind_of(text, quote) == "body"


def test_layout_place_under_the_byline_stays_the_dateline() -> None:
    text = "\n".join([HEADLINE, "John Bowden", "Washington DC", "Tuesday 14 May 2024 03:50 BST",
                      LEDE, *PARAGRAPHS])
    meta = read_layout(text).metadata
    assert meta.byline == ("John Bowden",)
    assert meta.dateline == "Washington DC"


def test_layout_two_standfirst_lines_then_a_lede_keep_the_lede_as_story() -> None:
    subs = ("Council fails to find buyer for the pool", "Swimming clubs face long journeys")
    text = "\n".join([HEADLINE, *subs, LEDE, "By Ann Roe", *PARAGRAPHS])
    assert _kind_of(text, LEDE) == "body"


def test_layout_story_sentence_by_a_name_is_not_a_closing_byline() -> None:
    line = "By Ann Roe's count, 400 families used the pool every week."
    text = _with_line(line)
    assert _kind_of(text, line) == "body"
    assert read_layout(text).metadata.byline == ("Ann Roe",)
