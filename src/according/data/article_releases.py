"""Round 31: press releases and the wires that carry them, as data.

A release wire prints its own dateline forms ("BATON ROUGE, LA, UNITED STATES, November 25,
2026 /EINPresswire.com/ -- …", "Vancouver, British Columbia--(Newsfile Corp. - November 25,
2026) - …", "NEWARK, NJ / ACCESSWIRE / November 25, 2026 / …"): the place, the wire credited
and the day. Around the release are the wire's own lines (its calls to send a release, the
sender's card, its legal disclaimer and distribution channels, "View original content …"),
a carrier's note that a post is a release ("This press release was produced by …", whose
sender is credited as the first publisher of a republished story is), and a report page's
rows ("Country:", "Disasters:", "Please refer to the attached file.").

The families below are merged into `FURNITURE_FAMILIES`; the other patterns are read by
`according.article.release_wires`.
"""

from __future__ import annotations

import re

# a dateline's place, in capitals or title case, with its state and country after commas
_PLACE_PART = r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
_DAY = r"[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4}"

# The release wires' own dateline forms; the group that matched names the wire.
RELEASE_WIRE_DATELINE = re.compile(
    rf"^(?P<place>{_PLACE_PART}(?:, {_PLACE_PART}){{0,3}})"
    rf"(?:, (?P<day>{_DAY}) /(?P<ein>EINPresswire)\.com/\s*(?:--|—|–)"
    rf"|\s*--\s*\((?P<newsfile>Newsfile) Corp\.? - (?P<day2>{_DAY})\)\s*[-–—]"
    rf"| / (?P<access>ACCESSWIRE|ACCESS Newswire) / (?P<day3>{_DAY}) /)\s*(?=\S)")
# the wire each group names, as its clients credit it
RELEASE_WIRE_NAMES = {"ein": "EIN Presswire", "newsfile": "Newsfile", "access": "ACCESSWIRE"}

# A carrier's note that a post is a press release, naming its sender (group "who"): Patch's
# "This press release was produced by the Montclair Public Library. The views expressed here
# are the author’s own."
RELEASE_PRODUCED_BY = re.compile(
    r"^this (?:press release|news release|release|announcement|post) was (?:produced|provided"
    r"|submitted|written|contributed) by (?:the )?(?P<who>(?-i:[A-Z])[\w&'’-]*"
    r"(?: (?:of |and |the |for |& )?(?-i:[A-Z])[\w&'’-]*){0,6})(?=[ ,.;]|$).{0,300}$",
    re.IGNORECASE)

# A release's "About <sender>" paragraph that names the sender and says what it does without
# "is a" ("Hearthline Appliances, Inc., based in Secaucus, …, designs and sells …",
# "Voltridge Charging, Inc. designs, builds and operates …"): after the sender's name, a legal
# suffix or ticker, then where it is based or a verb of what it does.
SENDER_SELF_DESCRIPTION = re.compile(
    r"^(?:,? (?:Inc|Corp|Corporation|LLC|L\.L\.C|Ltd|Limited|plc|PLC|Co|GmbH|AG|SA|N\.V)\.?)?"
    r"(?: \([^()]{1,40}\))?,?\s+(?:(?:is )?(?:based|headquartered) in\b"
    r"|(?:designs|develops|makes|manufactures|builds|operates|provides|offers|serves|helps"
    r"|delivers|produces|sells|creates|supplies|owns|specializes|specialises|works|connects"
    r"|focuses|invests|empowers|enables|supports|represents|advocates|protects|distributes"
    r"|markets|runs|brings|partners)\b)")

RELEASE_FAMILIES: dict[str, tuple[str, ...]] = {
    "release_wire": (
        # a wire's call to its clients: "Submit your press release", "Submit a Release",
        # "Send a Release"
        r"(?:submit|send|distribute) (?:a|your) (?:press |news )?release$",
        # PR Newswire's: "View original content to download multimedia: https://…",
        # "View original content: https://…"
        r"view original content(?: to download multimedia)?\s*:.{0,300}$",
        # Business Wire's on a carrier: "View source version on businesswire.com: https://…"
        r"view source version on [\w.-]+\s*:.{0,300}$",
        # Newsfile's: "To view the source version of this press release, please visit …"
        r"to view the source version of this (?:press |news )?release\b.{0,300}$",
        # EIN Presswire's sender card and foot: "email us here", "Visit us on social media:",
        # "Legal Disclaimer:", its disclaimer paragraph, "Distribution channels: …"
        r"email us here$", r"visit us on social media\s*:?$", r"legal disclaimer\s*:?$",
        r"ein presswire provides this news content\b.{0,600}$",
        r"distribution channels\s*:.{0,300}$",
        # a release wire's page line naming the sender: "News provided by"
        r"news provided by\s*:?$",
        # the TSX Venture Exchange's notice closing a Canadian release
        r"neither (?:the )?tsx venture exchange nor its regulation services provider\b.{0,400}$",
    ),
    "release_carrier": (
        # a carrier's note that a post is a release and whose views it holds
        r"this (?:press release|news release|release|announcement|post) was (?:produced"
        r"|provided|submitted|written|contributed) by\b.{0,400}$",
        r"the views expressed here are the author(?:'|’)s own\.?$",
        # a comment button under the post's stamp
        r"reply$",
    ),
    "report_rows": (
        # ReliefWeb's rows over a report: "Country: Mozambique", "Countries: …",
        # "Disasters: Tropical Cyclone Bheki - Nov 2026", "Themes: …"
        r"(?:primary )?(?:country|countries|disasters?|themes?|language|vulnerable groups)\s*:"
        r"\s*\S.{0,200}$",
        r"please refer to the attached (?:file|document|report|pdf)s?\.?$",
    ),
}

# A release wire's stamp with the sender after a bar: "November 25, 2026 8:00 AM EST | Source:
# Ridgeline Lithium Corp." (Newsfile, GlobeNewswire): the stamp, never the standfirst
RELEASE_STAMP_SOURCE = re.compile(r"^(?P<stamp>\S.{5,60}?)\s+\|\s+source\s*:\s+\S.{0,100}$",
                                  re.IGNORECASE)

# ReliefWeb's rows over a report: "Format: Situation Report" (under the report's type on a
# line of its own, under the report's title), "Source: OCHA"
REPORT_FORMAT_ROW = re.compile(r"^format\s*:\s*(?P<type>\S.{0,60})$", re.IGNORECASE)
REPORT_SOURCE_ROW = re.compile(r"^sources?\s*:\s*(?P<source>\S.{0,80})$", re.IGNORECASE)

# A newsroom's word after the outlet's own name in a site name: "GlobeNewswire News Room",
# "Duke Energy News Center", "Acme Press Room"
NEWSROOM_TAIL = re.compile(r"\s+(?:news ?room|news cent(?:er|re)|media cent(?:er|re)|press ?room"
                           r"|press cent(?:er|re))$", re.IGNORECASE)
# The meta a government platform names the organisation that published a page in: GOV.UK's
# "govuk:primary-publishing-organisation" (every department's releases share the site)
PUBLISHING_ORGANISATION_METAS = ("govuk:primary-publishing-organisation",)

# A police or city release's dateline: the place and its state in brackets, "(Washington, DC)
# – Detectives …" (the place keeps its state, as "PORTLAND, Ore. —" does)
BRACKETED_PLACE_WITH_STATE = re.compile(
    r"^\((?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, (?:[A-Z]{2}|D\.C\.|[A-Z][a-z]{1,4}\.))\)"
    r"\s*(?:—|–|--|-)\s+(?=\S)")
