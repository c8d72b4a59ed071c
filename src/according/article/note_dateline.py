"""Stranger trial 3: the dateline under an editor's note opening the story.

A paper's correction or update note printed as the story's first paragraph ("Correction: An
earlier version of this article … said 34 …") stands over the paragraph that opens the story
with its dateline ("MAROSH — Dorvania's health ministry …"); the dateline reader looks at the
first story paragraph only, so the note hid it. The note stays the story's (rounds 19, 22 and
29 keep a correction stating what was wrong as the story's corrected report).
"""

from __future__ import annotations

import re

from according.article.body import _read_dateline_prefix
from according.article.lines import _Line, _Reading
from according.data.article_copies import EDITORS_NOTE_WORDS

# "Correction:", "Editor's note —", "UPDATE:": a note's label opening its paragraph
NOTE_LABEL = re.compile(r"^(?P<label>[A-Za-z'’]+(?: [A-Za-z'’]+)?)\s*(?::|\s[–—-])\s")
NOTE_SEARCH_LINES = 4  # the story's first lines, where such a note stands


def read_dateline_under_note(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """The dateline of the paragraph under an editor's note that opens the story, when no
    dateline was read."""
    if reading.dateline or reading.dateline_cut is not None:
        return
    for i in range(body_from, min(len(lines), body_from + NOTE_SEARCH_LINES)):
        if i in reading.kinds:
            continue
        if _is_note(lines[i].text):
            _read_dateline_prefix(lines, reading, i + 1)
        return


def _is_note(text: str) -> bool:
    label = NOTE_LABEL.match(text)
    return label is not None and all(
        w in EDITORS_NOTE_WORDS for w in label.group("label").lower().split())
