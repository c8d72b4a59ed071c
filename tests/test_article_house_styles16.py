"""Article layout: the families a sixteenth round of fresh house styles (tests/data/
styles_fresh16: Scottish, Welsh, Irish, Caribbean, Pacific, Ethiopian, Ghanaian, Pakistani,
Bangladeshi, Malaysian, Indonesian and Chicago outlets, UN Women and IPS, all as scraped text
of 2023 news) found wrong, each pinned on a short page or line of its own."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _scraped(*top: str, tail: tuple[str, ...] = ()) -> str:
    """A scraped page: `top` lines over the headline's byline, the story, `tail` under it."""
    return "\n".join([*top, LEDE, *PARAGRAPHS, *tail])


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


@pytest.mark.parametrize("line", [
    "Don't miss the latest headlines with our twice-daily newsletter - sign up here.",
    "Want stories like this in your inbox?", "Tweet", "Click to view", "Follow @PoolNewsDesk",
    "Support our Nation today",
    "For the price of a cup of coffee a month you can help us create an independent, "
    "not-for-profit, national news service for the people of Wales.",
    "Listen to Newstalk live", "Main image: Councillors at the pool on Tuesday.",
    "Editor's Note: The views expressed in this article do not necessarily reflect the views "
    "of The Reporter.",
    "IPS UN Bureau Report",
])
def test_layout_round16_prompts_and_rows_are_furniture(line: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11 2023", tail=(line,))
    assert _kind_of(text, line) == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


def test_layout_related_news_line_inside_the_story_is_related() -> None:
    line = "Related news: Council to review pool charges"
    text = "\n".join([HEADLINE, "By Ann Roe", "June 11 2023", LEDE, PARAGRAPHS[0], line,
                      *PARAGRAPHS[1:]])
    assert _kind_of(text, line) == "related"


@pytest.mark.parametrize(("caption", "credit"), [
    ("Councillors at the pool on Tuesday, 24-11-2023. Image: Leah Farrell/RollingNews.ie",
     "Leah Farrell/RollingNews.ie"),
    ("Swimmers at the pool in Banda Aceh on Wednesday (December 27, 2023). ANTARA "
     "PHOTO/Khalis Surry/rwa.", "ANTARA PHOTO/Khalis Surry/rwa."),
    ("Swimmers celebrate in Alor Setar after the vote. - NSTP/ASYRAF HAMZAH",
     "NSTP/ASYRAF HAMZAH"),
    ("Swimmers at the pool in Cardiff. Photo Ben Birchall PA Images", "Ben Birchall PA Images"),
])
def test_layout_round16_caption_tails_credit_the_picture(caption: str, credit: str) -> None:
    text = _scraped(HEADLINE, "By Ann Roe", "June 11 2023", caption)
    layout = sound_layout(text)
    start = text.index(caption)
    region = next(r for r in layout.regions if r.start <= start < r.end)
    assert (region.kind, region.credit) == ("caption", credit)


@pytest.mark.parametrize(("masthead", "url"), [
    ("Inter Press Service", "https://www.ipsnews.net/2023/10/pool/"),
    ("Business Recorder", "https://www.brecorder.com/news/1/pool"),
    ("New Age", "https://www.newagebd.net/article/1/pool"),
])
def test_layout_masthead_shortened_to_its_domain_is_the_outlet(masthead: str, url: str) -> None:
    text = _scraped(masthead, "Nation", HEADLINE, "By Ann Roe", "June 11 2023")
    assert sound_layout(text, url=url).metadata.outlet == masthead


def test_layout_masthead_over_a_by_line_with_dash_and_stamp_is_no_headline() -> None:
    text = _scraped("New Straits Times", "Nation", HEADLINE,
                    "By Farah Solhi - August 12, 2023 @ 11:54pm")
    meta = sound_layout(text, url="https://www.nst.com.my/news/1").metadata
    assert (meta.headline, meta.outlet) == (HEADLINE, "New Straits Times")


def test_layout_stamp_without_space_after_the_days_comma_is_read() -> None:
    text = _scraped(HEADLINE, "Published: 00:22, Mar 06,2023")
    meta = sound_layout(text, url="https://www.newagebd.net/article/1/pool").metadata
    assert meta.published == "2023-03-05T18:22:00+00:00"


def test_layout_papers_writer_contributed_is_a_credit() -> None:
    line = "Chicago Tribune's Jake Sheridan contributed."
    text = _scraped(HEADLINE, "By Ann Roe", "June 11 2023", tail=(line,))
    layout = sound_layout(text)
    assert layout.metadata.credits == ("Jake Sheridan",)
    assert _kind_of(text, line) != "body"


def test_layout_masthead_tagline_over_the_headline_is_no_headline() -> None:
    tagline = "Ethiopia's Leading English Weekly Newspaper"
    text = _scraped("THE HARBOUR REPORTER", tagline, "News", HEADLINE, "June 11, 2023",
                    "By Ann Roe")
    assert sound_layout(text).metadata.headline == HEADLINE


def test_layout_category_row_with_the_sites_own_desks_is_furniture() -> None:
    row = "Armed Conflicts, Featured, Headlines, Humanitarian Emergencies, Middle East"
    text = _scraped("Pool News Service", row, HEADLINE, "By Ann Roe")
    assert _kind_of(text, row) == "boilerplate"
