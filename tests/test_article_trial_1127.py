"""Article layout: what a stranger's end-to-end trial (2026-11-27) found wrong in the
wrappers stories come in: a newsletter mail's header lines read as the headline, and a
database export's edition field read as the byline. Each is pinned on a short text of
its own."""

from __future__ import annotations

import pytest

from tests.test_article import sound_layout

MAIL_LEDE = ("The county will close the Route 9 bridge for six weeks from Monday, the roads "
             "department said on Tuesday.")
MAIL_BODY = ("\"The deck is worn through in places,\" said Maria Lopez, the county engineer. "
             "She said detours would add about 15 minutes to most trips.")


def _mail(*head: str, story: tuple[str, ...] = (MAIL_LEDE, MAIL_BODY)) -> str:
    return "\n\n".join(["\n".join(head), *story])


@pytest.mark.parametrize("head", [
    ("From: Valley Notes <notes@valley.example>", "To: reader@example.com",
     "Date: Tue, 3 Mar 2026 07:00:00 +0000", "Subject: Bridge on Route 9 to close for repairs"),
    ("From: Valley Notes <notes@valley.example>", "Date: Tue, 3 Mar 2026 07:00:00 +0000",
     "Subject: Fwd: Bridge on Route 9 to close for repairs", "To: a@example.com, b@example.org"),
])
def test_layout_mail_subject_is_headline_of_story_without_one(head: tuple[str, ...]) -> None:
    text = _mail(*head)
    layout = sound_layout(text)
    assert layout.metadata.headline == "Bridge on Route 9 to close for repairs"
    to = next(r for r in layout.regions if text[r.start:r.end].startswith("To:"))
    assert to.kind == "boilerplate"
    lede = next(r for r in layout.regions if text[r.start:r.end].startswith("The county"))
    assert lede.kind == "body"


def test_layout_mail_story_headline_wins_over_subject() -> None:
    # the story's own headline under the mail's head stays the headline (house styles 20)
    text = _mail("From: Valley Notes <notes@valley.example>",
                 "Date: Tue, 3 Mar 2026 07:00:00 +0000", "Subject: Valley Notes: Tuesday",
                 "To: reader@example.com",
                 story=("Route 9 bridge to close for six weeks", MAIL_LEDE, MAIL_BODY))
    assert sound_layout(text).metadata.headline == "Route 9 bridge to close for six weeks"


def _export(edition: str) -> str:
    return "\n".join([
        "Council approves new budget after long debate",
        "The Valley Courier",
        "March 3, 2026 Tuesday",
        edition,
        "",
        "Copyright 2026 Valley Media Group All Rights Reserved",
        "",
        "Section: LOCAL; Pg. 4",
        "Length: 212 words",
        "Byline: Nora Quist",
        "",
        "Body",
        "",
        "",
        "RIVERTON - The council approved a budget of $4 million on Monday, the mayor said.",
        "",
        "\"It was a hard year,\" said Mayor Tom Reyes.",
        "",
        "",
        "Load-Date: March 4, 2026",
        "",
        "End of Document",
    ])


@pytest.mark.parametrize("edition", ["Main Edition", "FINAL EDITION", "Late City Edition",
                                     "Weekend Extra"])
def test_layout_export_byline_field_wins_over_edition_line(edition: str) -> None:
    text = _export(edition)
    layout = sound_layout(text)
    assert layout.metadata.byline == ("Nora Quist",)
    line = next(r for r in layout.regions if text[r.start:r.end] == edition)
    assert line.kind == "boilerplate"
