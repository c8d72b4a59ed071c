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
    r"|communiqu[ée](?:\s+de\s+presse)?|official\s+statement|statement"
    # issue 9 (stranger trial 9): a statistics office's mark ("First Release", "Statistical
    # release P0141", "Statistical bulletin", "Flash estimate") and a media statement
    r"|(?:first|statistical|statistics|official|flash|preliminary|provisional|data)\s+release"
    r"|statistical\s+bulletin|flash\s+estimate|media\s+statement)"
    r"(?:\s*[:–—-]?\s*(?:no\.?|n[o°º]\.?|number|nr\.?|#)?\s*[A-Z]?\d[\w/.-]*)?\s*$",
    re.IGNORECASE)
# Lines between the mark and the title: "For immediate release", "Embargoed until …", the
# place-and-day line (read as the stamp), "Release date: …".
RELEASE_FURNITURE = re.compile(
    r"^(?:for\s+(?:immediate\s+)?release|immediate\s+release|embargo(?:ed)?\b|release\s+date\b"
    r"|issued\s+(?:on|at|by)\b|not\s+for\s+publication)", re.IGNORECASE)
# How far under the mark the title is looked for.
TITLE_SEARCH_LINES = 6
# A title under the mark shorter than a story's headline ("Monetary Policy Decision",
# "Interest rate statement"; issue 9): at least this many words.
SHORT_TITLE_MIN_WORDS = 2

# The sender a letterhead names over the mark: a body of government or an organisation
# ("MINISTRY OF THE INTERIOR", "Department of Health", "National Police Service", "City of
# Kellby Council"), a central bank or a statistics office ("BANK OF CALDERRA", "Reserve Bank
# of India", "Swiss National Bank", "CALDERRA STATISTICS OFFICE", issue 9); not the state's
# own name ("REPUBLIC OF LUSAVIA") nor its desk ("Press Office", "Communications Unit").
SENDER_LINE = re.compile(
    r"^(?:the\s+)?(?:(?:federal|national|state|royal|regional|provincial|municipal|city|county"
    r"|central|reserve)\s+)?(?:ministry|department|office|agency|directorate|commission"
    r"|authority|police|council|secretariat|bureau|service|prefecture|embassy"
    r"|high\s+commission|government|bank|institute)\b(?:\s+(?:of|for)\s+[\w ,'’&-]{2,60})?$"
    r"|^[\w'’&-]+(?:\s+[\w'’&-]+){0,5}\s+(?:ministry|department|agency|directorate|commission"
    r"|authority|police(?:\s+service)?|council|service|office|bureau|bank|institute)$"
    # issue 9: a place's bureau, institute or bank of something ("Australian Bureau of
    # Statistics", "Norland Institute of Statistics"), and a country's statistics body named
    # "Statistics <Country>" ("Statistics Canada")
    r"|^[\w'’&-]+(?:\s+[\w'’&-]+){0,3}\s+(?:bureau|institute|office|bank)\s+(?:of|for)"
    r"\s+[\w ,'’&-]{2,40}$"
    r"|^statistics\s+[\w'’-]+$",
    re.IGNORECASE)
DESK_LINE = re.compile(
    r"^(?:press|media|communications?|public\s+(?:information|affairs|relations)|news)"
    r"\s+(?:office|unit|desk|service|centre|center|team|department|division)$", re.IGNORECASE)
# How far above the mark the letterhead is looked for.
LETTERHEAD_LINES = 6
