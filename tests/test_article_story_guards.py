"""Story lines that look like the furniture and release endings of rounds 9-12, and odd
dates, read as what they are: story text stays body, a bad date is dropped with a warning."""

from __future__ import annotations

import pytest

from according.article import line_kind
from according.read.inputs import published_hint
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, story_text
from tests.pool_story import line_kinds as _kinds
from tests.test_article import sound_layout


@pytest.mark.parametrize(("heading", "next_line"), [
    ("About The Pool", "The Pool is the only one in the county, the council said."),
    ("About the pool", "The pool is the only one in the county, built in 1968."),
    ("About Riverside Leisure", "Riverside is spending $2 million on a new park instead."),
])
def test_layout_explainer_about_heading_keeps_the_story_after_it(heading: str,
                                                                  next_line: str) -> None:
    text = "\n\n".join([HEADLINE, LEDE, PARAGRAPHS[0], heading, next_line, *PARAGRAPHS[1:]])
    kinds = _kinds(text)
    assert kinds[next_line] == "body"
    assert all(kinds[p] == "body" for p in PARAGRAPHS[1:])


def test_layout_release_about_sender_still_ends_the_story() -> None:
    text = story_text(after=("About Halvorsen Foods",
                             "Halvorsen Foods, Inc. is a Chicago-based maker of frozen meals.",
                             "Media contact: press@halvorsen.example"))
    kinds = _kinds(text)
    assert kinds["Halvorsen Foods, Inc. is a Chicago-based maker of frozen meals."] != "body"
    assert kinds[PARAGRAPHS[-1]] == "body"


@pytest.mark.parametrize("line", [
    "Local journalism is needed now more than ever, said Smith, who founded the paper.",
    "Readers like you have asked us about the vaccine, so we asked the health department.",
    "Parents can learn more at cityschools.org about the new enrollment rules.",
    "Apple is now on YouTube with a documentary series about its founders.",
    "Israel is on Telegram. He said it counted for little.",
])
def test_line_kind_story_sentence_like_an_appeal_or_prompt_is_body(line: str) -> None:
    assert line_kind(line) == "body"


@pytest.mark.parametrize("line", [
    "Readers like you are keeping these stories free for everyone...",
    "Kuwait Times is now on WhatsApp. Stay updated with the latest news from Kuwait.",
    "The IRC helps people in crises. Learn more at Rescue.org and follow the IRC on X.",
])
def test_line_kind_appeals_and_prompts_stay_furniture(line: str) -> None:
    assert line_kind(line) != "body"


def test_published_hint_impossible_zoneless_stamp_is_dropped_with_a_warning() -> None:
    utc, warnings = published_hint("2025-13-45T10:00", "published", "https://www.nation.co.ke/x")
    assert utc is None
    assert warnings and "published" in warnings[0]


def test_layout_impossible_day_in_the_address_gives_no_time() -> None:
    text = story_text()
    assert sound_layout(text, url="https://example.com/news/2025/02/31/pool.html"
                        ).metadata.published is None
    assert sound_layout(text, url="https://example.com/news/2025/02/28/pool.html"
                        ).metadata.published == "2025-02-28T00:00:00+00:00"


# Round 13: story lines like its furniture, captions and stamps.


@pytest.mark.parametrize("line", [
    "“Please consider supporting the food bank this winter,” the mayor said.",
    "Residents should listen to local radio at 6am for updates on the closure, police said.",
    "Dear readers of the council newsletter were told the pool would close.",
    "Back to the list of repairs, the council said the roof came first.",
    "When citing the figures, officials gave no links to the report, the council said.",
    "We welcome your comments, the council said in a letter to residents.",
    "A letter from Ann Roe: the pool will close in June.",
    "The mayor spoke to residents at the pool on Tuesday. (AP)",
    "Soldiers patrolled the streets near the pool on Tuesday. (AP)",
    "Available in French and Arabic, the report was published on Tuesday.",
    "Republish this story, the editor told the wire desk.",
])
def test_line_kind_story_sentence_like_round_13_furniture_is_body(line: str) -> None:
    assert line_kind(line) == "body"


def test_layout_story_after_a_round_13_appeal_stays_story() -> None:
    appeal = ("Our reporting depends on you. Please consider supporting The Ledger to ensure "
              "that we can continue our work.")
    kinds = _kinds(story_text(after=(appeal,)))
    assert kinds[appeal] != "body"
    assert all(kinds[p] == "body" for p in PARAGRAPHS)
    assert kinds[LEDE] == "body"


def test_layout_zone_after_the_year_is_no_place_in_a_stamp() -> None:
    layout = sound_layout(story_text("Ann Roe", "November 4, 2025 EST"))
    assert layout.metadata.published == "2025-11-04T00:00:00+00:00"
    assert layout.metadata.dateline is None
