"""Article layout: the families a fourteenth round of fresh house styles (tests/data/
styles_fresh14: British, Northern Irish, Canadian, Indian, Pakistani, Nigerian, Kenyan, South
African, Bahraini, US and Australian outlets, a wire and an NGO, all as scraped text: a line per
block, inline elements glued) found wrong, each pinned on a short text of its own."""

from __future__ import annotations

import pytest

from according.article import read_layout
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout


def _scraped(*header: str, after: tuple[str, ...] = (), top: tuple[str, ...] = ()) -> str:
    """The story as a crawler keeps it: a line per block, no blank lines."""
    return "\n".join([*top, HEADLINE, *header, LEDE, *PARAGRAPHS, *after])


def _kind_of(text: str, line: str, **kwargs) -> str:  # type: ignore[no-untyped-def]
    """The kind of the region holding `line` (regions may join neighbouring lines)."""
    layout = sound_layout(text, **kwargs)
    start = text.index(line)
    return next(r.kind for r in layout.regions if r.start <= start < r.end)


# Furniture of scraped pages: a video player's leftovers, share and counter rows a word a line,
# prompts and notices around the story.


@pytest.mark.parametrize("line", [
    "Video Loading", "Video Unavailable", "Click to playTap to play",
    "The video will start in 8Cancel", "Play now",
])
def test_layout_scraped_video_player_leftovers_are_furniture(line: str) -> None:
    text = _scraped("By Ann Roe", "12:41, 14 Aug 2023", line)
    assert _kind_of(text, line) == "boilerplate"
    assert _kind_of(text, LEDE) == "body"


@pytest.mark.parametrize("line", [
    "shares", "View", "Share this with", "Copy URL", "Tumblr", "Leave your feedback",
    "Listen to Story", "Next Story >>>",
    "Get the latest Belfast Live breaking news on WhatsApp",
])
def test_layout_scraped_share_rows_are_furniture(line: str) -> None:
    text = _scraped("By Ann Roe", "12:41, 14 Aug 2023", line)
    assert _kind_of(text, line) == "boilerplate"


@pytest.mark.parametrize("line", [
    "We use your sign-up to provide content in ways you've consented to and to improve our "
    "understanding of you. Read our Privacy Policy",
    "Get in touch with our news team by emailing us at webnews@metro.co.uk.",
    "For more stories like this, check our news page.",
    "Contact Jamie L. LaReau at jlareau@freepress.com. Follow her on X @jlareau.",
    "Support Provided By: Learn more",
    "Lifeline 13 11 14",
    "beyondblue 1300 22 4636",
    "Read our Israel at war live blog for the latest updates...",
    "Like this:",
    "Share or comment on this article:",
])
def test_layout_scraped_prompts_under_the_story_are_furniture(line: str) -> None:
    text = _scraped("By Ann Roe", after=(line,))
    assert _kind_of(text, line) != "body"
    assert _kind_of(text, PARAGRAPHS[-1]) == "body"


@pytest.mark.parametrize("line", [
    "MORE : Kerch bridge hit by ‘drone attack’ as two killed",
    "More: GM and Stellantis talks continue as strike enters fifth week",
    "Advertisement 2",
    "Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com.",
])
def test_layout_scraped_links_and_slots_inside_the_story_are_not_story(line: str) -> None:
    text = "\n".join([HEADLINE, "By Ann Roe", LEDE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])
    assert _kind_of(text, line) != "body"
    assert _kind_of(text, PARAGRAPHS[1]) == "body"


# Boxes of unmarked points: a live page's "Key Events", India Today's "In Short".


@pytest.mark.parametrize("heading", ["Key Events", "In Short"])
def test_layout_unmarked_points_under_their_heading_are_not_story(heading: str) -> None:
    points = ("UN says order is 'impossible' to carry out", "Hamas tells residents to stay put")
    text = _scraped("By Ann Roe", "12:41, 14 Aug 2023", heading, *points)
    assert all(_kind_of(text, p) != "body" for p in points)
    assert _kind_of(text, LEDE) == "body"


# The top of the page: breadcrumbs over a kicker of three words, an agency's name over the
# section, a "<Place> News" section over a headline that reports speech.


SPEECH_HEADLINE = "Police chief says officers' details 'in the hands of dissident republicans'"


@pytest.mark.parametrize(("top", "headline"), [
    (("News", "World News", "ISRAEL AT WAR"), HEADLINE),
    (("Australian Associated Press", "Politics"), HEADLINE),
    (("Belfast News",), SPEECH_HEADLINE),
])
def test_layout_scraped_labels_over_the_headline_are_not_it(top: tuple[str, ...],
                                                            headline: str) -> None:
    text = "\n".join([*top, headline, "By Ann Roe", "12:41, 14 Aug 2023", LEDE, *PARAGRAPHS])
    assert read_layout(text).metadata.headline == headline


# Bylines and stamps of scraped text.


def test_layout_second_writer_name_line_is_a_byline_not_a_dateline() -> None:
    text = _scraped("Jon Rogers", "Harvey Geh", "Published: 7:15, 13 Oct 2023")
    meta = read_layout(text).metadata
    assert meta.byline == ("Jon Rogers", "Harvey Geh")
    assert meta.dateline is None


def test_layout_writer_glued_to_published_is_the_byline() -> None:
    text = _scraped("Jen MillsPublished Jul 19, 2023, 9:05am|Updated Jul 19, 2023, 11:40am")
    meta = read_layout(text, url="https://metro.co.uk/2023/07/19/story-19123456/").metadata
    assert meta.byline == ("Jen Mills",)
    assert meta.standfirst is None
    assert meta.published == "2023-07-19T08:05:00+00:00"


def test_layout_updated_glued_to_its_time_keeps_the_published_stamp() -> None:
    text = _scraped("By Ann Roe", "12:41, 14 Aug 2023Updated13:55, 14 Aug 2023")
    meta = read_layout(text, url="https://www.belfastlive.co.uk/news/story-27523456").metadata
    assert meta.published == "2023-08-14T11:41:00+00:00"


def test_layout_by_dash_over_name_and_wire_reads_writer_and_credit() -> None:
    text = _scraped("By —", "Samy Magdy, Associated Press", "Leave your feedback")
    meta = read_layout(text).metadata
    assert meta.byline == ("Samy Magdy",)
    assert "The Associated Press" in meta.credits
    assert _kind_of(text, "Samy Magdy, Associated Press") == "byline"


def test_layout_section_glued_to_by_over_the_name_keeps_the_standfirst_above() -> None:
    standfirst = 'Simon Byrne said the force was "working at pace" to protect officers'
    text = _scraped(standfirst, "NewsBy", "Conor McParland", "Reporter", "12:41, 14 Aug 2023")
    meta = read_layout(text).metadata
    assert meta.byline == ("Conor McParland",)
    assert meta.standfirst == standfirst


def test_layout_written_by_line_replaces_a_desk_line_above_it() -> None:
    text = _scraped("India Today NE", "Imphal,UPDATED: Sep 5, 2023 19:40 IST",
                    "Written By: Chingkheinganba Khumanthem", "Edited By: Sonali Verma")
    meta = read_layout(text, url="https://www.indiatoday.in/india/story/x-2430123-2023-09-05"
                       ).metadata
    assert meta.byline == ("Chingkheinganba Khumanthem",)
    assert meta.published == "2023-09-05T14:10:00+00:00"


def test_layout_published_on_field_under_the_story_dates_the_page() -> None:
    text = _scraped("By Ann Roe", after=("Published By:", "Sonali Verma", "Published On:",
                                         "Sep 5, 2023"))
    meta = read_layout(text).metadata
    assert meta.published == "2023-09-05T00:00:00+00:00"
    assert _kind_of(text, "Sonali Verma") == "boilerplate"
    assert meta.byline == ("Ann Roe",)


def test_layout_mailonline_three_bullets_and_capitals_byline_with_desk() -> None:
    bullets = ("RAF planes carry 260 Britons from airfield near Khartoum",
               "Foreign Office says more flights will follow on Wednesday",
               "Fighting between army and RSF has killed at least 459 people")
    text = _scraped(*bullets, "By JAMES REYNOLDS POLITICAL CORRESPONDENT FOR MAILONLINE",
                    "Published: 09:12 BST, 26 April 2023 | Updated: 11:48 BST, 26 April 2023",
                    "e-mail", "34", "shares")
    meta = read_layout(text).metadata
    assert meta.byline == ("JAMES REYNOLDS",)
    assert meta.standfirst == bullets[0]
    assert all(_kind_of(text, b) != "body" for b in bullets)
    assert _kind_of(text, "34") == "boilerplate"


def test_layout_agency_filing_line_and_closing_byline() -> None:
    text = _scraped("By KNA", "October 13, 2023", "Nairobi, Friday, October 13, 2023, KNA",
                    after=("By Wangari Ndirangu", "Like this:"))
    meta = read_layout(text).metadata
    assert meta.dateline == "Nairobi"
    assert meta.byline == ("Wangari Ndirangu",)
    assert _kind_of(text, "By Wangari Ndirangu") == "byline"


# Captions and credits.


def test_layout_file_image_label_in_brackets_credits_no_one() -> None:
    caption = "President Cyril Ramaphosa during the BRICS summit in Sandton. [File image]"
    text = _scraped("By Ann Roe", "24 August 2023, 6:15 PM", caption)
    layout = read_layout(text)
    assert _kind_of(text, caption) == "caption"
    assert [r.credit for r in layout.regions if r.kind == "caption" and r.credit] == []


def test_layout_photographer_and_paper_after_the_caption_sentence() -> None:
    caption = ("Workers picket outside Ford's Michigan Assembly Plant in Wayne. Ryan Garza, "
               "Detroit Free Press")
    text = _scraped("By Ann Roe", "Published 7:31 p.m. ET Oct. 11, 2023", caption)
    layout = read_layout(text)
    assert [r.credit for r in layout.regions if r.kind == "caption" and r.credit] == [
        "Ryan Garza, Detroit Free Press"]


def test_layout_wire_first_published_note_credits_the_wire() -> None:
    note = "This report by The Canadian Press was first published Aug. 17, 2023."
    text = _scraped("By Ann Roe", after=(note,))
    assert "Canadian Press" in read_layout(text).metadata.credits
    assert _kind_of(text, note) != "body"


# Zones of newsrooms whose domain does not say their country.


@pytest.mark.parametrize(("url", "stamp", "want"), [
    ("https://www.sabcnews.com/sabcnews/story/", "24 August 2023, 6:15 PM",
     "2023-08-24T16:15:00+00:00"),
    ("https://www.gdnonline.com/Details/1287654/story", "Sun, 05 Nov 2023 at 01:51 AM",
     "2023-11-04T22:51:00+00:00"),
    ("https://aap.com.au/news/story/", "October 14, 2023 9.45pm", "2023-10-14T10:45:00+00:00"),
])
def test_layout_zoneless_stamp_on_a_newsroom_domain_is_its_local_time(url: str, stamp: str,
                                                                      want: str) -> None:
    text = _scraped("By Ann Roe", stamp)
    assert read_layout(text, url=url).metadata.published == want
