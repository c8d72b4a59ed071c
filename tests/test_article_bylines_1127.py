"""Byline and credit rules after rounds 14 and the scraped-text work met on main: the
second writer's line, the "Written By:" line, the closing "By" line and the republishing
note. The picture desk, glued-stamp and "published in" tests fail on the merge as it stood
(75535dc); the others guard what the fixes must keep (The Sun's second writer, a desk's
"Written By:" line, a wire's own note)."""

from __future__ import annotations

from tests.pool_story import HEADLINE, LEDE, PARAGRAPHS, story_text
from tests.pool_story import line_kinds as _kinds
from tests.test_article import sound_layout

DAY = "4 March 2025 9:33pm"


def _meta(*top: str, after: tuple[str, ...] = ()):  # noqa: ANN202
    return sound_layout("\n\n".join([HEADLINE, *top, LEDE, *PARAGRAPHS, *after])).metadata


def test_layout_picture_desk_between_by_line_and_stamp_is_no_dateline() -> None:
    text = story_text("By Ann Roe and Jo Bloggs", "Getty Images", DAY)
    assert sound_layout(text).metadata.dateline is None
    assert _kinds(text)["Getty Images"] != "byline"


def test_layout_name_glued_to_its_stamp_reads_writer_and_labels_the_date() -> None:
    line = "Ann RoePublished Mar 4, 2025, 11:21am|Updated Mar 4, 2025, 6:39pm"
    assert sound_layout(story_text(line)).metadata.byline == ("Ann Roe",)
    assert _kinds(story_text(line))[line] == "date"


def test_layout_unknown_name_under_a_line_of_bare_names_is_a_second_writer() -> None:
    # The Sun's writers a name a line ("Jon Rogers" / "Harvey Geh") over the stamp
    assert _meta("Live Blog", "Jon Rogers", "Harvey Geh", DAY).byline == (
        "Jon Rogers", "Harvey Geh")


def test_layout_written_by_line_under_a_desk_replaces_the_desk() -> None:
    assert _meta("By Al Jazeera Staff", "Written By: Ben Okafor", DAY).byline == ("Ben Okafor",)


def test_layout_republishing_note_published_in_a_paper_credits_the_paper() -> None:
    note = "This article by Ann Roe was originally published in The Conversation."
    credits = _meta(DAY, after=(note,)).credits
    assert "Ann Roe" not in credits
    assert "The Conversation" in credits


def test_layout_wire_note_naming_the_wire_still_credits_it() -> None:
    note = "This report by The Canadian Press was first published March 4, 2025."
    assert "Canadian Press" in _meta("By Ann Roe", DAY, after=(note,)).credits
