"""Stranger trial 6: who gives a press briefing note, as its header's field names them.

A UN office's briefing note prints "Speaker: Spokesperson for the UN High Commissioner for
Human Rights: Amara Diallo" under its headline; the layout labels the line furniture
(article/header.py), so no claim is read from it. Its first-person statements ("We are deeply
concerned …", "Our Office has …") are the office's, spoken by that person: `briefing_speaker`
gives the name and role, for attribution to resolve "we" and "our Office" to.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.data.article_briefings import BRIEFING_FIELD, SPEAKER_LABEL

if TYPE_CHECKING:
    from according.article import Layout

# a person's name closing the field after the role: two to four capitalised words
_NAME_TAIL = re.compile(
    r"(?:^|[:,–—-]\s*)(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})$")


def briefing_speaker(text: str, layout: Layout) -> tuple[str, str | None] | None:
    """(name, role) of the speaker a briefing note's header field names ("Amara Diallo",
    "Spokesperson for the UN High Commissioner for Human Rights"), the role None when the
    field gives the name alone; None when the layout labelled no such field."""
    for region in layout.regions:
        if region.kind != "boilerplate":
            continue
        match = BRIEFING_FIELD.match(text[region.start:region.end])
        if match is None or not SPEAKER_LABEL.match(match["label"]):
            continue
        value = match["value"].strip()
        name = _NAME_TAIL.search(value)
        if name is None:
            return None
        role = value[: name.start("name")].rstrip(" :,–—-") or None
        return name["name"], role
    return None
