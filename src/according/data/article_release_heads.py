"""A government's or an organisation's press release copied as text (stranger trial h6): its
letterhead over a numbered release mark ("REPUBLIC OF …" / "MINISTRY OF THE INTERIOR" / "Press
Office" / "PRESS RELEASE No. 214/2026"), its title under the mark and the release's place,
day and time. Rules as data for `according.article.release_heads`.
"""

from __future__ import annotations

import re

# A release mark read as the headline, alone or with its number: "PRESS RELEASE", "PRESS
# RELEASE No. 214/2026", "Media release 12/2026", "NEWS RELEASE #2026-114", "Communiqué de
# presse n° 45", "STATEMENT No. 3".
RELEASE_MARK_HEADLINE = re.compile(
    r"^(?:(?:news|media|press)\s+release|press\s+statement|press\s+notice|news\s+statement"
    r"|communiqu[ée](?:\s+de\s+presse)?|official\s+statement|statement)"
    r"(?:\s*[:–—-]?\s*(?:no\.?|n[o°º]\.?|number|nr\.?|#)?\s*\d[\w/.-]*)?\s*$",
    re.IGNORECASE)
# Lines between the mark and the title: "For immediate release", "Embargoed until …", the
# place-and-day line (read as the stamp), "Release date: …".
RELEASE_FURNITURE = re.compile(
    r"^(?:for\s+(?:immediate\s+)?release|immediate\s+release|embargo(?:ed)?\b|release\s+date\b"
    r"|issued\s+(?:on|at|by)\b|not\s+for\s+publication)", re.IGNORECASE)
# How far under the mark the title is looked for.
TITLE_SEARCH_LINES = 6

# The sender a letterhead names over the mark: a body of government or an organisation
# ("MINISTRY OF THE INTERIOR", "Department of Health", "National Police Service", "City of
# Kellby Council"); not the state's own name ("REPUBLIC OF LUSAVIA") nor its desk ("Press
# Office", "Communications Unit").
SENDER_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:federal|national|state|royal|regional|provincial|municipal|city|county"
    r"|central)\s+)?(?:ministry|department|office|agency|directorate|commission|authority"
    r"|police|council|secretariat|bureau|service|prefecture|embassy|high\s+commission"
    r"|government)\b(?:\s+(?:of|for)\s+[\w ,'’&-]{2,60})?$"
    r"|^[\w'’&-]+(?:\s+[\w'’&-]+){0,5}\s+(?:ministry|department|agency|directorate|commission"
    r"|authority|police(?:\s+service)?|council|service)$",
    re.IGNORECASE)
DESK_LINE = re.compile(
    r"^(?:press|media|communications?|public\s+(?:information|affairs|relations)|news)"
    r"\s+(?:office|unit|desk|service|centre|center|team|department|division)$", re.IGNORECASE)
# How far above the mark the letterhead is looked for.
LETTERHEAD_LINES = 6
