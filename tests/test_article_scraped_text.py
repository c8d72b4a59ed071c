"""Scraped text: a copy of a real page, one line per block, the inline pieces of a block
glued together (bench/eval_scraped_text.py measures it on public sets). Each text here is
written for the test in the form such copies take."""

from __future__ import annotations

import pytest

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, story_text
from tests.pool_story import line_kinds as _kinds
from tests.test_article import sound_layout


def _day(text: str) -> str | None:
    published = sound_layout(text).metadata.published
    return published[:10] if published else None


# -- stamps under header lines the header reader does not know -----------------------------

def test_layout_stamp_under_bullet_standfirst_and_split_label_is_read() -> None:
    text = story_text(
        "Residents say the pool was the heart of the town for fifty years",
        "Swimming clubs will have to travel 20 miles to train",
        "By Ann Roe For Riverside Post",
        "Published:", "15:56 BST, 4 March 2025",
        "| Updated:", "16:40 BST, 4 March 2025",
        "e-mail", "View", "comments")
    assert _day(text) == "2025-03-04"
    assert _kinds(text)["15:56 BST, 4 March 2025"] == "date"


def test_layout_stamp_under_bookmark_buttons_and_kicker_is_read() -> None:
    text = story_text("Swimmers who want to keep training should book a lane at the county pool,"
                      " where the cheapest month is May and a free locker comes with it",
                      "riversidepost", "Bookmark", "Share", "Local News", "By",
                      "Ann RoeCouncil Reporter", "11:58, 4 MAR 2025", "Bookmark")
    assert _day(text) == "2025-03-04"


# -- stamps glued to what the page prints beside them -------------------------------------

@pytest.mark.parametrize("line", [
    "Ann RoePublished Mar 4, 2025, 11:21am|Updated Mar 4, 2025, 6:39pm",
    "Ann RoeTuesday 4 Mar 2025 10:09 am",
    "March 4, 20257:55 AM UTCUpdated ago",
    "2 minute readMarch 4, 20252:26 PM GMT+2Last Updated 9 min ago",
    "March 4, 2025 1:55 am(Updated 4:30 am)",
    "PTIUpdated:March 4, 2025, 5:01 PM GMT",
    "Tue 4th March 2025 | 03:32 PM",
    "By Ann Roe/March 4, 2025 9:49 am EST/Updated: Mar. 5, 2025 4:17 pm EST",
    "by ann_r0e_1000 | Mar 4, 2025 | Riverside Blogs |",
])
def test_layout_glued_stamp_line_gives_its_day(line: str) -> None:
    text = story_text(line)
    assert _day(text) == "2025-03-04"
    assert _kinds(text)[line] == "date"


def test_layout_glued_stamp_in_standfirst_place_is_no_standfirst() -> None:
    line = "Ann RoePublished Mar 4, 2025, 11:21am|Updated Mar 4, 2025, 6:39pm"
    layout = sound_layout(story_text(line))
    assert layout.metadata.standfirst != line


def test_layout_day_over_its_time_with_a_trailing_comma_gives_the_day() -> None:
    text = "\n\n".join(["Edit Story", "March 4, 2025,", "07:02pm EST", HEADLINE,
                        "Ann Roe, Contributor", LEDE, *PARAGRAPHS])
    assert _day(text) == "2025-03-04"


def test_layout_stamp_ending_like_a_sentence_under_menu_teasers_is_read() -> None:
    teaser = ("Five candidates spar at the county debate while the mayor holds a rally nearby "
              "across town. Follow live updates")
    caption = ("Swimmers train at the Riverside pool on Tuesday, March 4, 2025, a day before the "
               "vote to close it. “It was our second home,” said coach Jo Bloggs, “and now there "
               "goes our summer.” (Jo Bloggs/Riverside Post)")
    text = "\n\n".join([
        "Breaking News", "Local News |", teaser, "News", "Local News",
        "NewsNews Based on facts, either observed and verified directly by the reporter, or "
        "reported and verified from knowledgeable sources.", "Local News |",
        "Another town loses its pool. ‘They don’t mean for the kids to lose out.’", HEADLINE,
        caption, "By Ann Roe | aroe@riverside.example | Riverside Post", "PUBLISHED:",
        "March 4, 2025 at 5:49 p.m.", "| UPDATED:", "March 4, 2025 at 6:17 p.m.", LEDE,
        *PARAGRAPHS])
    assert _day(text) == "2025-03-04"


# -- guards: dates in the story or in embedded posts are never the stamp -------------------

def test_layout_story_dates_after_the_lede_are_no_stamp() -> None:
    dated = "March 4, 2025"
    text = "\n\n".join([HEADLINE, LEDE, *PARAGRAPHS[:2], dated, *PARAGRAPHS[2:]])
    assert _day(text) is None


def test_layout_sentence_with_a_date_in_the_header_is_no_stamp() -> None:
    line = "The council first voted on the pool's future on March 4, 2025, after a long row."
    assert _day(story_text(line)) is None


def test_layout_embedded_post_signature_is_no_stamp() -> None:
    line = "— Ann Roe (@annroe) March 4, 2025"
    assert _day(story_text(line)) is None


def test_layout_dated_line_since_in_the_header_is_no_stamp() -> None:
    assert _day(story_text("Closed since March 4, 2025")) is None


# -- bylines under header lines the header reader does not know, split or glued -----------

_BULLETS = ("Residents say the pool was the heart of the town for fifty years",
            "Swimming clubs will have to travel 20 miles to train")


def _writers(text: str) -> tuple[str, ...]:
    return sound_layout(text).metadata.byline


def test_layout_byline_for_another_paper_under_bullets_is_read() -> None:
    text = story_text(*_BULLETS, "By Ann Roe For Riverside.Com", "Published:",
                      "15:56 BST, 4 March 2025")
    assert _writers(text) == ("Ann Roe",)
    assert _kinds(text)["By Ann Roe For Riverside.Com"] == "byline"


def test_layout_bare_by_over_name_glued_to_role_is_read() -> None:
    text = story_text(_BULLETS[0] + ", and a free locker comes with it", "riversidepost",
                      "Bookmark", "Share", "Local News", "By", "Ann RobertsCouncil Reporter",
                      "11:58, 4 MAR 2025")
    assert _writers(text) == ("Ann Roberts",)


def test_layout_name_glued_to_time_ago_is_the_byline() -> None:
    assert _writers(story_text(*_BULLETS, "Ann Roe5 hours ago")) == ("Ann Roe",)


def test_layout_name_and_outlet_over_the_stamp_is_the_byline() -> None:
    text = "\n\n".join([
        "Local", HEADLINE + "?",
        "The pool is seen as the heart of the town, even by those who never swim. Some "
        "residents feel that its closure marks the end of an era.",
        "The vote came days after the last buyer pulled out of talks",
        "Ann Roe · Riverside Post ·", "Posted: Mar 04, 2025 4:00 AM EST | Last Updated: March 4",
        "A swimmer at the Riverside pool, at the time recently reopened after repairs, swims a "
        "length during a gala in 2019.", "Social Sharing", LEDE, *PARAGRAPHS])
    assert _writers(text) == ("Ann Roe",)


def test_sweep_byline_reads_a_by_line_taken_for_a_caption() -> None:
    from according.article.lines import _lines, _Reading
    from according.article.scraped import _sweep_byline

    text = story_text("By Ann Roe, News Reporter")
    lines, reading = _lines(text), _Reading()
    reading.kinds = {0: ("headline", None), 1: ("caption", None)}
    _sweep_byline(lines, reading)
    assert reading.byline == ["Ann Roe"]
    assert reading.kinds[1] == ("byline", None)


def test_layout_bare_by_over_name_with_a_note_mark_is_read() -> None:
    text = story_text(_BULLETS[0], "By", "Ann Roe0", "Ann Roe is a freelance journalist.")
    assert _writers(text) == ("Ann Roe",)


@pytest.mark.parametrize("line", ["Local News", "Breaking News", "By the numbers"])
def test_layout_kicker_over_the_stamp_is_no_byline(line: str) -> None:
    text = story_text(*_BULLETS, line, "11:58, 4 MAR 2025")
    assert _writers(text) == ()


# -- the headline under a copy's kickers, counters and stamps -----------------------------

def _headline(text: str) -> str | None:
    return sound_layout(text).metadata.headline


_QUESTION = "What's next for the town's swimmers, after the council's vote to close the pool?"


@pytest.mark.parametrize("over", [("Local",), ("POOL SHOCK",), ("3304 views",),
                                  ("local council",),
                                  ("2 minute readMarch 4, 20252:26 PM GMT+2Last Updated",)])
def test_layout_headline_under_a_kicker_counter_or_stamp_is_the_headline(
        over: tuple[str, ...]) -> None:
    text = "\n\n".join([*over, _QUESTION, "Swimming clubs will have to travel 20 miles",
                        "Ann Roe · Riverside Post ·", "March 4, 2025 4:00 AM EST", LEDE,
                        *PARAGRAPHS])
    assert _headline(text) == _QUESTION


def test_layout_headline_under_kicker_and_stamp_is_the_headline() -> None:
    text = "\n\n".join(["Local", "Published", "March 4, 2025 2:20pm EST", HEADLINE,
                        "Residents push the council on the pool's future", "By",
                        "Ann Roe | Riverside Post", LEDE, *PARAGRAPHS])
    assert _headline(text) == HEADLINE


@pytest.mark.parametrize("headline", ["Pool to close", "Council Shuts Pool"])
def test_layout_short_headline_over_its_standfirst_stays_the_headline(headline: str) -> None:
    text = "\n\n".join([headline, "The council voted to shut it after a two-year fight.",
                        "By Ann Roe", "March 4, 2025", LEDE, *PARAGRAPHS])
    assert _headline(text) == headline


def test_layout_stamp_glued_to_the_standfirst_sentence_is_read() -> None:
    standfirst = ("The town's only pool, once the pride of the valley, makes an astonishing "
                  "last stand. What's the secret to its survival?Tuesday, 4 March 2025")
    assert _day(story_text(standfirst)) == "2025-03-04"


def test_layout_stamp_read_as_the_top_line_gives_the_day() -> None:
    text = "\n\n".join(["Last Updated : Mar 04, 2025 05:08 PM GMT | Source: PTI",
                        "The council says the town's pool may close within weeks, the bleakest "
                        "outlook so far", LEDE, *PARAGRAPHS])
    assert _day(text) == "2025-03-04"


def test_layout_quoting_headline_under_a_glued_stamp_is_the_headline() -> None:
    headline = "Council says 'no money' to keep the town's only pool open"
    text = "\n\n".join(["2 minute readMarch 4, 20252:26 PM GMT+2Last Updated 9 min ago",
                        headline, "By Ann Roe", "Fire", LEDE, *PARAGRAPHS])
    assert _headline(text) == headline


# -- numeric days of a text given without its address -------------------------------------

@pytest.mark.parametrize("stamp", ["04.03.2025 06:06 PM", "04/03/2025 | 20:26 PM",
                                   "Published on 04/03/2025 - 13:55 GMT+1",
                                   "04/03/2025 10:15 BST"])
def test_layout_numeric_day_with_a_day_first_habit_reads_day_first(stamp: str) -> None:
    assert _day(story_text("By Ann Roe", stamp)) == "2025-03-04"


@pytest.mark.parametrize("stamp", ["03/04/2025 4:30 PM EST", "03/04/2025"])
def test_layout_numeric_day_without_a_habit_stays_month_first(stamp: str) -> None:
    assert _day(story_text("By Ann Roe", stamp)) == "2025-03-04"


def test_layout_numeric_day_follows_the_address_over_the_stamp_habit() -> None:
    text = story_text("By Ann Roe", "03/04/2025 16:30")
    published = sound_layout(text, url="https://www.example.com/news/pool").metadata.published
    assert published is not None and published.startswith("2025-03-04")


# -- a picture's credit over the byline is no byline ----------------------------------------

@pytest.mark.parametrize("credit", ["Getty Images", "AP Photo", "Jo Bloggs/via Reuters"])
def test_layout_credit_line_over_the_writer_is_no_byline(credit: str) -> None:
    text = story_text("Swimmers at the Riverside pool on its last open day", credit,
                      "Ann Roe2 minutes ago")
    assert _writers(text) == ("Ann Roe",)


def test_layout_name_over_role_over_stamp_under_a_credit_is_the_byline() -> None:
    text = story_text("The mayor suggests the council will look again at the repair bill",
                      "Swimmers at the pool on its last open day", "Jo Bloggs/via Reuters",
                      "Ann Roe", "Political Correspondent", "4 March 2025 9:33pm")
    assert _writers(text) == ("Ann Roe",)


def test_layout_by_line_naming_a_photo_desk_stays_the_byline() -> None:
    text = story_text("By Ann Roe and Jo Bloggs", "Getty Images", "4 March 2025 9:33pm")
    assert _writers(text) == ("Ann Roe", "Jo Bloggs")


def test_layout_headline_under_a_name_section_and_stamp_is_the_headline() -> None:
    text = "\n\n".join(["Ann Roe", "Local", "03.04.2025 07:00 AM", HEADLINE,
                        "The repair bill rose tenfold in a decade, and the council could not "
                        "find a buyer willing to pay it.", LEDE, *PARAGRAPHS])
    assert _headline(text) == HEADLINE


def test_layout_headline_of_two_sentences_under_a_kicker_is_the_headline() -> None:
    headline = "Swimmers kept the town's pool open for a century. Now, it is closing."
    text = "\n\n".join(["Local", headline, "The council voted 9-4 after a long row over its "
                        "repair bill", "By Ann Roe", LEDE, *PARAGRAPHS])
    assert _headline(text) == headline


def test_layout_headline_under_a_blog_category_line_is_the_headline() -> None:
    text = "\n\n".join(["Posted inRiverside, Local, News", HEADLINE, "by", "Ann Roe",
                        "March 4, 2025 | 6:03 pm", LEDE, *PARAGRAPHS])
    assert _headline(text) == HEADLINE


def test_layout_kicker_over_a_standfirst_sentence_and_byline_keeps_its_headline() -> None:
    text = "\n\n".join([HEADLINE, "The council voted 9-4 after a long row. Clubs must now "
                        "travel to the county town.", "By Ann Roe", LEDE, *PARAGRAPHS])
    assert _headline(text) == HEADLINE


@pytest.mark.parametrize(("line", "writer"), [
    ("Ann RobertsLifestyle", "Ann Roberts"),
    ("Ann Roe-SmithThe Riverside Post", "Ann Roe-Smith"),
    ("Ann FitzGerald", "Ann FitzGerald"),
    ("Ann MacKenzie", "Ann MacKenzie"),
])
def test_layout_section_or_paper_glued_to_the_writer_is_cut(line: str, writer: str) -> None:
    text = story_text(line, "Tue, 4 March 2025 9:27PM")
    assert _writers(text) == (writer,)


def test_layout_portrait_name_over_the_by_line_is_no_byline() -> None:
    text = story_text("… swimming clubs concerned", "Facebook", "Twitter", "Tom Bloggs",
                      "By Ann Roe", "4 March 2025")
    assert _writers(text) == ("Ann Roe",)
    assert sound_layout(text).metadata.dateline is None


def test_layout_name_over_a_by_heading_keeps_the_name() -> None:
    text = story_text("Ann Roe", "By the numbers", "4 March 2025")
    assert _writers(text) == ("Ann Roe",)
