"""Stranger trial 6: the lines of a press briefing note (a UN office's "Press briefing notes"
page) that are no story: the fields under its headline ("Speaker: Spokesperson for the UN High
Commissioner for Human Rights: Amara Diallo", "Location: Geneva", "Subject: …") and the media
contact line at its foot ("For more information and media requests, please contact: Geneva
media unit, +41 22 917 9000").

The fields are read in the header only (article/header.py): under the story, "Speaker:" opens
a transcript's turn. The family is merged into `article_furniture.FURNITURE_FAMILIES`.
"""

from __future__ import annotations

import re

# A briefing's or a meeting's field in its header: the label, a colon and a value that is no
# sentence (a role and a name, a place, a topic).
BRIEFING_FIELD = re.compile(
    r"^(?P<label>speakers?|location|venue|subject|themes?|countr(?:y|ies)|mandate|mechanism"
    r"|meeting|event)\s*:\s*(?P<value>\S.{0,160})$", re.IGNORECASE)
BRIEFING_FIELD_MAX_WORDS = 25
# The field that names who gives the briefing: its value ends on the speaker's name after
# their role ("Spokesperson for the UN High Commissioner for Human Rights: Amara Diallo").
SPEAKER_LABEL = re.compile(r"^speakers?$", re.IGNORECASE)

BRIEFING_FAMILIES: dict[str, tuple[str, ...]] = {
    # the foot's contact line, its "media requests" spelled out ("For more information and
    # media requests, please contact: …", "For media enquiries, please contact …")
    "briefing_contacts": (
        r"for (?:(?:more|further) information (?:and|or) )?media (?:requests|enquiries"
        r"|inquiries),? (?:please )?contact\b.{0,200}$",
    ),
}
