"""Round 28: transcripts and Q&A interviews, as data.

A broadcast, briefing, debate or podcast transcript puts its speakers' words in the body
behind labels ("DANA WHITFIELD, MSNBC HOST:", "Question:", "[00:00:21] Owen Marchetti:"),
and wraps them in lines of its own: stage directions ("(BEGIN VIDEOTAPE)", "(CROSSTALK)",
"SIGNATURE TUNE"), time codes ("[10:00:12]"), notices on how the text was made ("THIS IS A
RUSH TRANSCRIPT.", "This transcript was created on a rush deadline", "This interview has
been edited for length and clarity."), a programme's production sheet ("PRODUCER: …",
"PROGRAMME NUMBER: …") and a release's end marks ("Ends/Tuesday, March 4, 2025", "NNNN").
None of these is the story's; the speakers' lines are.

The families below are merged into `FURNITURE_FAMILIES`; the header patterns are read by
`according.article.transcripts`.
"""

from __future__ import annotations

import re

TRANSCRIPT_FAMILIES: dict[str, tuple[str, ...]] = {
    "stage_directions": (
        # a direction in capitals and brackets, alone on its line: "(BEGIN VIDEOTAPE)",
        # "(END VIDEO CLIP)", "(CROSSTALK)", "(COMMERCIAL BREAK)", "(SOUNDBITE OF MUSIC)",
        # "[LAUGHTER]"; capitals only, so a bracketed aside in the story's case is not taken
        r"[(\[](?-i:[A-Z][A-Z0-9 ,.'’/&-]{2,80})[)\]]$",
        # a radio script's directions: "SIGNATURE TUNE", "ACTUALITY OUTSIDE PRISON GATES",
        # "MUSIC", "CLIP FROM …" (capitals only)
        r"(?-i:(?:SIGNATURE TUNE|THEME MUSIC|MUSIC|ACTUALITY|CLIP|SOUND OF|SFX|FX|MONTAGE"
        r"|ARCHIVE|EXTRACT FROM)(?: [A-Z0-9 ,.'’/&-]{0,80})?)$",
        # a time code alone: "[10:00:12]", "12:31:00", "(00:14:05)"
        r"[(\[]\d{1,2}:\d{2}(?::\d{2})?[)\]]$", r"\d{1,2}:\d{2}:\d{2}$",
    ),
    "transcript_notices": (
        r"this is a rush transcript\b",
        r"this copy may not be in its final form\b",
        r"(?:this|the attached|npr(?:'|’)s?) transcripts? (?:was|were|is|are|has been) "
        r"(?:created|typed|produced|generated|made|prepared|transcribed|machine-generated"
        r"|automatically generated|computer-generated)\b",
        r"this is a transcript of (?:the|a|an|our)\b.{0,80}\b(?:podcast|episode|programme"
        r"|program|broadcast|interview|show)\b",
        r"this transcript (?:may|might) contain errors\b",
        r"transcripts? (?:are|is) (?:created|generated|produced) (?:on a rush deadline|by"
        r" (?:software|a machine|an? \w+ contractor))\b",
        # "The following is a near-verbatim transcript of today's noon briefing by …",
        # "Following is the transcript of remarks by the Secretary for …"
        r"(?:the )?following is (?:a|the) (?:near-verbatim |verbatim |full |edited |unofficial )?"
        r"transcript of\b",
        r"\(please (?:also )?refer to the (?:chinese|english) (?:portion|version) of the"
        r" (?:transcript|press release)\.?\)$",
        # a Q&A's note: "This interview has been edited for length and clarity.", "This
        # conversation has been condensed and lightly edited."
        r"(?:this|the following) (?:interview|conversation|q ?(?:&|and) ?a|exchange|transcript)"
        r" (?:has been|was|is|have been) (?:(?:lightly|slightly) )?(?:edited|condensed)"
        r"(?: and (?:lightly )?(?:edited|condensed))?(?: (?:for|to improve) (?:length|clarity"
        r"|brevity|readability)(?:,? (?:and )?(?:length|clarity|brevity|readability))*)?\.?$",
        r"(?:interviews?|answers?|responses?|remarks?) (?:have|has) been (?:lightly )?"
        r"(?:edited|condensed)\b.{0,20}\b(?:length|clarity|brevity|readability)\.?$",
    ),
    "programme_sheet": (
        # a programme transcript's header (BBC Radio 4's): "BRITISH BROADCASTING CORPORATION",
        # "RADIO 4", "CURRENT AFFAIRS GROUP", "REPEAT: Sunday 9th March 2025 1700 – 1740",
        # "PRODUCER: Tom Ashgrove", "PROGRAMME NUMBER: PLN512/25VT1009"
        r"british broadcasting corporation$", r"(?-i:RADIO \d)$",
        r"(?-i:(?:CURRENT AFFAIRS|DOCUMENTARIES|NEWS AND CURRENT AFFAIRS|FACTUAL) GROUP)$",
        r"(?-i:(?:REPEAT|PRODUCER|EDITOR|PRESENTER|PROGRAMME NUMBER|PROGRAM NUMBER|TAPE NUMBER"
        r"|DURATION|TRANSMISSION|TX|RECORDED|SERIES PRODUCER|EXECUTIVE PRODUCER)):\s.{1,80}$",
        r"the bbc cannot vouch for its (?:complete )?accuracy\b",
        # a cable transcript's guest list and air slot: "Guests: Marcus Oyelaran, …",
        # "Aired 8-9p ET"
        r"guests?: (?-i:[A-Z]).{0,200}$",
        r"aired (?:\d{1,2}(?::\d{2})?(?:-\d{1,2}(?::\d{2})?)?[ap]m? (?:et|pt|ct|mt|gmt)"
        r"|(?:on )?\w+ \d{1,2}, \d{4}\b.{0,30})$",
        # a podcast page's prompts: "Listen to What Next on Apple Podcasts, Spotify, or
        # wherever you get your podcasts.", "Slate Plus members get ad-free podcasts …"
        r".{0,120}\bwherever you get your podcasts[.!]?$",
        r".{0,60}\bmembers get ad-free (?:podcasts|listening)\b.{0,80}$",
        # a video block's duration: "Duration: 8 minutes 41 seconds", "8m", "1h 4m"
        r"duration: (?:\d+ (?:hours?|minutes?|seconds?),? ?){1,3}$",
        r"(?:\d{1,2}h ?)?\d{1,3}m(?: ?\d{1,2}s)?$",
    ),
    "release_marks": (
        # a government release's end: "Ends/Tuesday, March 4, 2025", "Issued at HKT 13:25"
        r"ends/\w+, .{4,30}$", r"issued at hkt \d{1,2}:\d{2}$",
        # the UN's end mark "* *** *" and rows of asterisks
        r"(?:\* ?){3,}$",
    ),
    "publishers": (
        # a magazine's owner line and its full copyright: "Slate is published by The Slate
        # Group, a Graham Holdings Company.", "All contents © 2025 The Slate Group LLC."
        r"(?-i:[A-Z])[\w.&'’ -]{1,40} is published by (?-i:[A-Z]).{0,80}\b(?:Company|Group|Inc"
        r"|LLC|Ltd|Limited|plc|Corporation|Media|Holdings)\.?$",
        r"all contents? (?:©|copyright|\(c\)) .{0,80}$",
        r"get the best of (?:news|politics|culture)\b.{0,40}$",
        # an Australian outlet's acknowledgement of country
        r"acknowledgement of country$",
        # (never a reported sentence: "The council acknowledges the traditional owners …,
        # the mayor said.")
        r"(?!.*(?:\bsaid\b|\bsays\b|[\"“”]))(?:the )?[\w ]{1,40} acknowledges? (?:the )?"
        r"(?:first (?:australians|nations|peoples)|aboriginal|traditional (?:custodians|owners))"
        r"\b.{0,200}\blands?\b",
    ),
}

# The time a transcript's head says the programme went out, in the forms they print:
# CNN's "Aired March 4, 2025 - 10:00 ET", a cable show's "Aired 8-9p ET" under its day,
# BBC Radio's "TRANSMISSION: Tuesday 4th March 2025 2000 – 2040", a Hong Kong release's
# "Ends/Tuesday, March 4, 2025" over "Issued at HKT 13:25".
_CLOCK_ZONE = r"(?P<zone>ET|EST|EDT|PT|PST|PDT|CT|CST|CDT|MT|MST|MDT|HKT|GMT|BST)"
AIRED_AT = re.compile(
    r"^aired (?P<day>[a-z]{3,9}\.? \d{1,2},? \d{4})\s*[-–—,]\s*(?P<h>\d{1,2})[:.](?P<m>\d{2})"
    rf"\s*(?P<ap>[ap])?\.?m?\.?\s*{_CLOCK_ZONE}$", re.IGNORECASE)
# "Aired 8-9p ET", "Aired 10-11a ET", "Aired 11:30a-12p ET" (alone or closing a title line)
AIR_SLOT = re.compile(
    r"(?:^|(?<=[.;:!?]) )aired (?P<h>\d{1,2})(?::(?P<m>\d{2}))?\s*(?P<ap>[ap])?\.?m?\.?"
    r"\s*[-–]\s*(?P<h2>\d{1,2})(?::\d{2})?\s*(?P<ap2>[ap])\.?m?\.?"
    rf" {_CLOCK_ZONE}$", re.IGNORECASE)
TRANSMISSION_AT = re.compile(
    r"^(?:transmission|tx|first broadcast|broadcast):\s*(?P<day>(?:[a-z]+day,? )?\d{1,2}"
    r"(?:st|nd|rd|th)? [a-z]{3,9}\.? \d{4})\s+(?P<h>\d{2})[:.]?(?P<m>\d{2})\b", re.IGNORECASE)
ENDS_DAY = re.compile(r"^ends/[a-z]+day, (?P<day>[a-z]{3,9} \d{1,2}, \d{4})$", re.IGNORECASE)
ISSUED_AT = re.compile(rf"^issued at {_CLOCK_ZONE} (?P<h>\d{{1,2}}):(?P<m>\d{{2}})$",
                       re.IGNORECASE)
# the zones those lines name; "ET" is New York's, "GMT"/"BST" London's clock
CLOCK_ZONES: dict[str, str] = {
    "ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York",
    "PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles",
    "CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago",
    "MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
    "HKT": "Asia/Hong_Kong", "GMT": "Europe/London", "BST": "Europe/London",
}

# A transcript page's own title, not the story's: "Transcripts", "CNN.com - Transcripts",
# "Rush Transcript"
GENERIC_TRANSCRIPT_TITLE = re.compile(
    r"^(?:[\w.]+ [-–|:] )?(?:rush |full |show |programme |program )?transcripts?$",
    re.IGNORECASE)
# a segment title closing on the show's air slot: "Storms Batter Southeast; …. Aired 10-11a ET"
TITLE_WITH_AIR_SLOT = re.compile(
    r"^(?P<title>.{10,240}?)[.;]?\s+aired \d{1,2}(?::\d{2})?\s*[ap]?\.?m?\.?\s*[-–]\s*\d{1,2}"
    r"(?::\d{2})?\s*[ap]\.?m?\.? (?:ET|PT|CT|MT)$", re.IGNORECASE)
# a programme transcript's title line: 'TRANSCRIPT OF "FILE ON 4" – "PRISON LEAVERS"'
EPISODE_TITLE = re.compile(
    r"^transcript of\s+[\"“](?P<programme>[^\"”]{2,80})[\"”]\s*[-–—:]\s*"
    r"[\"“](?P<title>[^\"”]{3,200})[\"”]$", re.IGNORECASE)

# Speaker headings of a parliament's record, which a caption reader would take for a
# caption with a credit in brackets: "Helen Fairbrother (Bath and Wells North) (LD)",
# "The Secretary of State for Environment, Food and Rural Affairs (Rachel Dunmore)"
_PARTY = (r"Lab|Lab/Co-op|Con|LD|Lib Dem|SNP|Green|Reform|Reform UK|DUP|PC|Ind|SDLP|UUP"
          r"|Alliance|TUV|SF|Co-op|CB|Bishop")
MEMBER_HEADING = re.compile(
    rf"^(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,4}}) \([A-Z][\w,.'’& -]{{2,60}}\)"
    rf" \((?:{_PARTY})\)$")
OFFICE_HOLDER_HEADING = re.compile(
    r"^(?:The )?(?:Secretary of State|Minister|Parliamentary Under-Secretary of State"
    r"|Parliamentary Secretary|Prime Minister|Deputy Prime Minister|Chancellor of the"
    r" Exchequer|Chancellor of the Duchy of Lancaster|Chief Secretary to the Treasury"
    r"|Leader of the House|Solicitor General|Attorney General|Paymaster General"
    r"|Financial Secretary|Economic Secretary|Exchequer Secretary|Advocate General)\b"
    # (then title words only: "for Environment, Food and Rural Affairs", never a verb)
    r"(?:,? (?:for|of|the|and|to|on|in|[A-Z][\w'’-]*)){0,16} \([A-Z][\w.'’ -]{2,60}\)$")

# A video block's duration over its description: "Duration: 8 minutes 41 seconds", "8m",
# "1h 4m", "Duration 3:12"
VIDEO_DURATION = re.compile(
    r"^(?:duration:? (?:(?:\d+ (?:hours?|minutes?|seconds?),? ?){1,3}|\d{1,2}:\d{2}(?::\d{2})?)"
    r"|(?:\d{1,2}h ?)?\d{1,3}m(?: ?\d{1,2}s)?)$", re.IGNORECASE)
# a speaker's turn: "SARAH MCINNES, PRESENTER: …", "[00:00:21] Owen Marchetti: …", "Q: …"
SPEAKER_LABEL = re.compile(
    r"^(?:\[\d{1,2}:\d{2}(?::\d{2})?\]\s*)?(?:(?-i:[A-Z][A-Z.'’ -]{1,40})(?:, [^:]{2,60})?"
    r"|(?-i:[A-Z])[\w.'’ -]{1,40}|q\.?|a\.?):\s")

# Round 30 (stranger trial 2): a European air line, day first and on a 24-hour clock: "Aired
# Monday 23 November 2026, 18:00 CET"
CLOCK_ZONES.update({"CET": "Europe/Paris", "CEST": "Europe/Paris", "WET": "Europe/Lisbon",
                    "EET": "Europe/Athens", "UTC": "UTC"})
AIRED_DAY_FIRST = re.compile(
    r"^aired (?P<day>(?:[a-z]+day,? )?\d{1,2}(?:st|nd|rd|th)? [a-z]{3,9}\.?,? \d{4}),?\s*"
    r"(?:at )?(?P<h>\d{1,2})[:.](?P<m>\d{2})\s*(?P<zone>CET|CEST|WET|EET|UTC|GMT|BST)$",
    re.IGNORECASE)
# A programme's line naming the day it went out: "VRT Radio Evening Bulletin, transcript
# excerpt, Monday 23 November 2026", "Aired Monday 23 November 2026": a transcript's word or
# an air verb beside the day
PROGRAMME_DAY_LINE = re.compile(
    r"\btranscript\b|^(?:aired|broadcast|first broadcast|transmitted|on air)\b", re.IGNORECASE)
AIR_LINE = re.compile(r"^(?:aired|first broadcast|broadcast on|transmitted)\b", re.IGNORECASE)
# a transcript's own label line: "TRANSCRIPT", "TRANSCRIPT EXCERPT", "ROUGH TRANSCRIPT",
# "Full transcript", "Transcript (edited)"
TRANSCRIPT_LABEL_LINE = re.compile(
    r"^(?:(?:rough|full|partial|edited|unedited|raw|show|programme|program|rush) )?"
    r"transcripts?(?: (?:excerpt|extract|only|follows))?(?: \((?:edited|excerpt|unedited)\))?:?$",
    re.IGNORECASE)
# speakers' roles a transcript labels turns by ("ANCHOR: …", "PRESENTER: …"): never a place
SPEAKER_ROLES = frozenset(
    "anchor anchors presenter presenters host hosts co-host reporter correspondent interviewer"
    " moderator narrator announcer newsreader caller guest voice voiceover commentator"
    " panellist panelist interpreter translator".split())
