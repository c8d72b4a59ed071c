"""Stranger trial 3: the outlet a text copy names in its own header, with no address beside it.

Rules as data for `according.article.text_mastheads`: a paper's name alone on the copy's first
line ("THE VALLEY COURIER", "The Meridian") over its headline and byline; a meta line
opening with a newsroom's name before its labels and stamp ("Channel 9 News | Live blog |
Updated November 25, 2026, 09:30 UTC"); a transcript's title naming the programme, its day
and its time ("TRANSCRIPT: DNB EVENING NEWS, 24 NOVEMBER 2026, 19:00").
"""

from __future__ import annotations

import re

# A name "The" opens and one capitalised word ("The Meridian", "The Lantern"): a paper's shape
# of its own, whatever its word. Two or three words with no paper's word among them name a
# series or a topic ("The Housing Crisis", review 1127m); a paper's name ending in its word
# ("The Valley Courier") is read by R.PAPER_NAME.
THE_NAME = re.compile(r"^The [A-Z][a-z'’-]+$")
# The ending of a "The …" kicker's word that names a series, a people or a region, no paper:
# a gerund ("The Reckoning", "The Uprising") or a plural ("The Ashes", "The Royals", "The
# Midlands"); "The Press" and "The Times" are papers' words, read before this.
NOT_PAPER_WORD_END = re.compile(r"(?:ing|[^s]s)$")

# The words of a column's or a section's name that a "The …" kicker over a headline is made
# of ("The Long Read", "The Big Picture", "The Briefing"): no paper's name.
COLUMN_WORDS = frozenset(
    "long big read picture briefing brief view week weekend interview explainer take story"
    " debate essay analysis digest roundup wrap download latest"
    " rundown lowdown catch-up recap fix answer question verdict".split())

# The short words a name printed in capitals keeps in small letters when its case is restored
# ("THE VALLEY COURIER" -> "The Valley Courier"); any other word of three letters or fewer in
# capitals is an initialism and stays so ("DNB EVENING NEWS" -> "DNB Evening News").
NAME_SMALL_WORDS = frozenset("the of and for a an on in at to by de la".split())
INITIALISM_MAX_CHARS = 3

# The last word of a newsroom's name in a meta line ("Channel 9 News", "Radio Kessarin",
# "Metro TV", "The Valley Courier"): a media word.
NEWSROOM_NAME = re.compile(
    r"^(?:The )?(?:(?:[A-Z][\w'’.&-]*|\d{1,3}) ){0,4}"
    r"(?:News|TV|Television|Radio|FM|Online|Media|Network|Broadcasting|Press|Times|Post"
    r"|Herald|Journal|Tribune|Telegraph|Gazette|Chronicle|Courier|Observer|Standard|Monitor"
    r"|Review|Record|Dispatch|Mirror|Examiner|Bulletin|Sentinel|Daily|Weekly)$")
# The words of a section's name that ends in "News" as a newsroom's does ("Politics News",
# "Local News", "Latest News", "World News"): a meta line opening with one names no
# newsroom (review 1127m).
SECTION_NEWS_WORDS = frozenset(
    "politics political local latest breaking top world national international business"
    " sports sport entertainment health science tech technology climate weather crime"
    " education lifestyle travel money finance economy markets regional global more related"
    " recent trending featured other campus community".split())
# A reading time among a meta line's labels: "3 min read", "5 minute read".
READING_TIME = re.compile(r"^\d{1,3}\s*min(?:ute)?s?\s+read$", re.IGNORECASE)
# " | ", " • ", " · ": the separators of a meta line's pieces
META_SEPARATOR = re.compile(r"\s+[|•·]\s+")
# A site's menu on one line under its masthead ("Home | News | Region | Sport"): at least
# this many labels (two are a section label and a stamp's line).
MENU_ROW_MIN_LABELS = 3

# A transcript's title line naming the programme, the day and perhaps its time, zone
# optional: "TRANSCRIPT: DNB EVENING NEWS, 24 NOVEMBER 2026, 19:00", "Transcript – Morning
# Report, Tuesday 4 March 2025, 07:30 GMT".
TRANSCRIPT_TITLE_AT = re.compile(
    r"^(?:(?:full|rough|show|programme|program) )?transcript(?: of)?\s*[:–—-]\s*"
    r"(?P<programme>[^,:;]{3,60}?),\s*"
    r"(?P<day>(?:[A-Za-z]+,? )?\d{1,2}(?:st|nd|rd|th)? [A-Za-z]+,? \d{4}"
    r"|(?:[A-Za-z]+,? )?[A-Za-z]+ \d{1,2}(?:st|nd|rd|th)?,? \d{4})"
    r"(?:,?\s*(?:at\s+)?(?P<h>\d{1,2})[:.](?P<m>\d{2})(?:\s*(?P<zone>[A-Z]{2,4}))?)?\s*$",
    re.IGNORECASE)

# A press release's mark over it: "FOR IMMEDIATE RELEASE", "Press release", "NEWS RELEASE".
RELEASE_MARK = re.compile(r"^(?:for immediate release|(?:news |media )?press release"
                          r"|news release|media release|for release)\b", re.IGNORECASE)
# An "About …" heading of a page's own card, naming no sender: "About Us", "About This
# Release", "About the Author".
NOT_SENDER_WORDS = frozenset("us this our these me him her them you".split())
NOT_SENDER_AFTER_THE = frozenset(
    "author authors writer writers contributor contributors report release survey study"
    " data project programme program campaign event series".split())

# A region's section a "The …" kicker names over a headline ("The Americas", "The Gulf"): no
# paper's name.
REGION_SECTIONS = frozenset({
    "americas", "gulf", "balkans", "caribbean", "pacific", "arctic", "sahel", "levant",
    "mideast", "middle east", "far east", "west", "east", "north", "south", "world",
    "continent", "region", "regions"})

# A live page's share or follow prompt the furniture families lack: "Share this live blog",
# "Follow our live coverage" (a piece of a row of buttons split by bars).
LIVE_SHARE_PROMPT = re.compile(
    r"^(?:share|follow|bookmark|save) (?:this|our) (?:live ?blog|live page|live coverage"
    r"|live updates|live feed|blog|coverage|page|story|article)$", re.IGNORECASE)

# Words of an event a transcript's title names instead of a programme ("TRANSCRIPT: PRESS
# BRIEFING BY THE MINISTER, …", "Transcript: Interview with Ann Roe, …"): no outlet.
TRANSCRIPT_EVENT_WORDS = frozenset(
    "interview interviews with briefing briefings conference press statement speech remarks"
    " address hearing meeting session call debate testimony q&a minister president"
    " spokesperson spokesman spokeswoman".split())

# A live page's label after the paper's name on its masthead line ("The Continental — Live",
# "KELLBY POST | LIVE"): the name is the masthead (stranger trial h6).
MASTHEAD_LIVE_TAIL = re.compile(
    r"\s+[—–|-]\s+live(?:\s+(?:blog|updates|coverage|news))?\s*$", re.IGNORECASE)

# Stranger trial 5: a transcript's headline naming its station and its programme ("Radio
# Valdoria One — Morning Report"), a transcript's mark right under it ("Transcript, 25
# November 2026, 07:10", "RUSH TRANSCRIPT"); the station's part carries a broadcaster's word.
TRANSCRIPT_MARK_LINE = re.compile(
    r"^(?:(?:rush|full|show|programme|program|official|unedited)\s+)?transcript\b(?!s? of\b)",
    re.IGNORECASE)
STATION_PROGRAMME_SPLIT = re.compile(r"\s+[—–|-]\s+")
BROADCASTER_WORDS = frozenset(
    "radio tv television fm am channel broadcasting broadcaster broadcast network".split())
