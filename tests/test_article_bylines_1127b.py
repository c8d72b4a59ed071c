"""Byline gaps the second review of 2026-11-27 found: a wire's two-word name after a comma,
MailOnline's "FOR MAILONLINE" and "IN NEW YORK" glued to its names in capitals, "Reported
By:", the Canadian Press credited by the outlet table's name, and a "Key events" timeline
amid a live page's story. Each fix has a test that fails on 82de199, and a guard where the
pattern could overreach (a story sentence, a writer whose name holds a wire's word)."""

from __future__ import annotations

import pytest

from according.article.byline import _byline_names
from according.outlets import outlet_named
from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS
from tests.test_article import sound_layout

DAY = "October 8, 2025"


def _meta(*top: str, after: tuple[str, ...] = ()):  # noqa: ANN202
    return sound_layout("\n\n".join([HEADLINE, *top, DAY, LEDE, *PARAGRAPHS, *after])).metadata


def _kinds(lines: list[str]) -> dict[str, str]:
    text = "\n\n".join(lines)
    return {text[r.start:r.end]: r.kind for r in sound_layout(text).regions}


# A wire's two-word name after a comma: the writer and the wire, as "Ann Roe, Reuters" is.


@pytest.mark.parametrize("line", ["By Ann Roe, Associated Press",
                                  "By Ann Roe, The Associated Press"])
def test_byline_names_wire_two_word_name_after_a_comma_is_the_outlet(line: str) -> None:
    assert _byline_names(line) == (["Ann Roe"], "The Associated Press", None)


def test_layout_byline_naming_its_wire_after_a_comma_credits_the_wire() -> None:
    meta = _meta("By Ann Roe, Associated Press")
    assert (meta.byline, meta.credits, meta.standfirst) == (
        ("Ann Roe",), ("The Associated Press",), None)


@pytest.mark.parametrize("line", ["By Ann Roe, Ben Reuters", "By Ann Roe, Alex Press"])
def test_byline_names_writer_whose_name_holds_a_wire_word_stays_a_writer(line: str) -> None:
    names, outlet, _ = _byline_names(line)
    assert (len(names), outlet) == (2, None)


# The paper the writers file for, and where they were, glued on in capitals (MailOnline).


def test_byline_names_for_outlet_after_two_names_is_no_part_of_the_second() -> None:
    assert _byline_names("By ANN ROE and BEN OKAFOR FOR MAILONLINE") == (
        ["ANN ROE", "BEN OKAFOR"], "Daily Mail", None)


def test_layout_two_writers_for_mailonline_are_the_byline() -> None:
    assert _meta("By ANN ROE and BEN OKAFOR FOR MAILONLINE").byline == ("ANN ROE", "BEN OKAFOR")


def test_layout_writer_in_a_place_for_a_site_is_the_byline_and_the_place() -> None:
    meta = _meta("By ANN ROE IN NEW YORK FOR DAILYMAIL.COM")
    assert (meta.byline, meta.dateline, meta.standfirst) == (("ANN ROE",), "NEW YORK", None)


def test_byline_names_for_words_naming_no_outlet_stay_unread() -> None:
    # "for" and words the outlet table does not know: no paper split off a name
    assert _byline_names("By Ann Roe for Harbour Gazette") == ([], None, None)


def test_byline_names_heading_closing_for_a_paper_is_no_byline() -> None:
    # without "By" a line of capitalised words "For The Guardian" is a heading, not a writer
    assert _byline_names("Best Places To Eat For The Guardian")[0] == []


# "Reported By:" opens a byline as "Written By:" does; a story's sentence stays one.


def test_layout_reported_by_label_opens_the_byline() -> None:
    meta = _meta("Reported By: Ann Roe")
    assert (meta.byline, meta.standfirst) == (("Ann Roe",), None)


def test_layout_sentence_opening_reported_by_stays_story_text() -> None:
    line = "Reported by the BBC, the claim was denied."
    kinds = _kinds([HEADLINE, "By Ann Roe", DAY, LEDE, PARAGRAPHS[0], line, *PARAGRAPHS[1:]])
    assert kinds[line] == "body"
    assert _byline_names(line) == ([], None, None)


# The Canadian Press, credited by the outlet table's name wherever it is named.


def test_layout_byline_naming_the_canadian_press_credits_the_table_name() -> None:
    table_name = outlet_named("The Canadian Press").name
    assert _meta("By Ann Roe, The Canadian Press").credits == (table_name,)


def test_layout_canadian_press_note_credits_the_table_name_and_a_paper_keeps_its_the() -> None:
    note = "This report by {} was first published Oct. 8, 2025."
    assert _meta("By Ann Roe", after=(note.format("The Canadian Press"),)).credits == (
        outlet_named("The Canadian Press").name,)
    # a paper the table lacks is credited as written, "The" and all
    assert _meta("By Ann Roe", after=(note.format("The Harbour Gazette"),)).credits == (
        "The Harbour Gazette",)


# "Key events": a box of the posts' titles over the story; a timeline amid it.

TIMELINE = ["10:32 Council confirms the pool will close",
            "11:05 Swimmers gather outside the town hall", "12:40 Mayor promises a review"]


def test_layout_key_events_timeline_amid_the_story_is_story_text() -> None:
    kinds = _kinds([HEADLINE, "By Ann Roe", DAY, LEDE, PARAGRAPHS[0], "Key events", *TIMELINE,
                    *PARAGRAPHS[1:]])
    assert [kinds[line] for line in TIMELINE] == ["body"] * 3
    assert kinds["Key events"] != "body"  # the heading says what follows; it reports nothing


@pytest.mark.parametrize("points", [TIMELINE, ["Council confirms the pool will close",
                                               "Swimmers gather outside the town hall"]])
def test_layout_key_events_box_over_the_story_stays_furniture(points: list[str]) -> None:
    kinds = _kinds([HEADLINE, "By Ann Roe", DAY, "Key events", *points, LEDE, *PARAGRAPHS])
    assert "body" not in {kinds[line] for line in points}  # links to the posts below
    assert kinds[LEDE] == "body"


def test_layout_key_events_untimed_points_amid_the_story_stay_furniture() -> None:
    points = ["Council confirms the pool will close", "Swimmers gather outside the town hall"]
    kinds = _kinds([HEADLINE, "By Ann Roe", DAY, LEDE, PARAGRAPHS[0], "Key events", *points,
                    *PARAGRAPHS[1:]])
    assert {kinds[line] for line in points} == {"boilerplate"}
