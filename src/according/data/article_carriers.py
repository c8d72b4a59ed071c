"""Round 24: news as it reaches readers through carriers, as data.

A carrier (a portal such as MSN or Yahoo News, a news app such as Apple News, Google News,
NewsBreak or SmartNews, an e-paper kiosk such as PressReader) shows another outlet's story
and names that outlet: a provider line over the headline, "Read more on Newsweek", "This
story was originally featured on Fortune.com", "Open in Malaysiakini", an edition line
"Sowetan · 14 Aug 2024 · Page 4". The outlet is the publisher the carrier names; the
carrier is neither outlet nor credit. A writer's newsletter ("Thanks for reading Grid
Notes!") and an aggregator that writes its own summary ("Summary by Ground News") name
themselves the same way.

The families below are merged into `FURNITURE_FAMILIES`; the publisher patterns are read by
`according.article.carriers`.
"""

from __future__ import annotations

import re

# Carriers: their names never publish a story they carry ("Yahoo News" over a Fortune story).
CARRIER_NAMES = frozenset(
    name.lower() for name in (
        "MSN", "Microsoft Start", "Yahoo", "Yahoo News", "Yahoo Finance", "Yahoo!",
        "Apple News", "Google News", "news.google.com", "NewsBreak", "News Break",
        "SmartNews", "PressReader", "Flipboard", "Microsoft News", "Opera News",
        "Upday", "Squid", "Inkl",
    )
)

# a publisher's name: up to six words, each capitalised but a joining word ("Voice of America")
_NAME = (r"(?P<outlet>(?-i:[A-Z0-9])[\w&'’.-]*"
         r"(?: (?:(?-i:[A-Z0-9&(])[\w&'’.()-]*|of|and|the|de|du)){0,5})")

# Lines in which a carrier, a newsletter or an aggregator names the story's publisher.
PUBLISHER_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # MSN's foot: "Read more on Newsweek", "Continue reading on The Independent"
        rf"^(?:read|continue reading|read the full (?:story|article)|read full (?:story|article))"
        rf"(?: more)? (?:on|at) {_NAME}\.?$",
        # a writer's newsletter: "Thanks for reading Grid Notes! Subscribe for free …"
        rf"^thanks for reading {_NAME}[!.]",
        # an aggregator's own summary: "Summary by Ground News"
        rf"^summary by {_NAME}$",
    )
)

# A carrier's partner foot: "This story was originally featured on Fortune.com", "This article
# originally appeared on Salt Lake Tribune: <its headline>". Read only in a carrier's copy: on
# a paper's own page the same note credits the site it republishes ("This article originally
# appeared on The Conversation.").
# Google News's viewer names its publisher the same way: "Open in Malaysiakini" (elsewhere
# "Open in Google Maps" is a link).
CARRIED_PUBLISHER_LINES: tuple[re.Pattern[str], ...] = (
    re.compile(rf"^this (?:story|article) (?:was )?originally (?:featured|appeared|published|ran)"
               rf" (?:on|in|by) {_NAME}(?:\.com)?(?:\.|:.*)?$", re.IGNORECASE),
    re.compile(rf"^open in (?!(?:the )?(?:app|browser|new tab|new window|chrome|safari)\b)"
               rf"{_NAME}$", re.IGNORECASE),
)
# "Read more on Brexit" is a topic's link: outside a carrier's copy, a "read more on" line
# names a publisher only when the outlet table knows it or it is written as a site
# ("LSM.lv", "Mongabay.com").
SITE_WRITTEN = re.compile(r"\.(?:[a-z]{2,6})$")
UNSURE_PUBLISHER_LINE = 0  # index of that line in PUBLISHER_LINES
# A government's, a university's or an international body's site ("Read more at CDC.gov",
# "Read more at WHO.int") is where a story sends readers for advice, no publisher of the story
# (review 1127i).
OFFICIAL_SITE = re.compile(r"\.(?:gov|mil|edu|int|gouv|govt|gc)(?:\.[a-z]{2})?$", re.IGNORECASE)

# The marks of a carrier's copy besides its name over the headline: Apple News's share line
# and short link, PressReader's print line.
CARRIER_MARKS = re.compile(
    r"^(?:shared (?:from|via) (?:apple news|google news|smartnews|newsbreak)"
    r"|https?://apple\.news/\S+|printed and distributed by pressreader|pressreader\.com\b.*)$",
    re.IGNORECASE)

# A share row's buttons, one a line ("Facebook", "Email"): a carrier's name among them
# ("Flipboard") is a button over a paper's own copy (review 1127i).
SHARE_BUTTON = re.compile(
    r"^(?:share(?: this)?(?: (?:story|article))?|facebook|twitter|x|whatsapp|linkedin|reddit"
    r"|pinterest|telegram|messenger|bluesky|threads|email|e-mail|print|copy link|copy)$",
    re.IGNORECASE)

# A news app's source line under or over the headline: the publisher and the story's age
# ("KOMO News · 5h", "The Arizona Republic · 2d").
SOURCE_AGE_LINE = re.compile(
    rf"^{_NAME}\s*[·•]\s*\d{{1,2}}\s*(?:m|min|h|hr|hrs|d|w)(?: ago)?$", re.IGNORECASE)

# An e-paper's edition line: the paper (its city in brackets), the day, the page
# ("Sowetan · 14 Aug 2024 · Page 4", "The Hindu (Chennai) · 3 Mar 2025 · Page 12").
EDITION_LINE = re.compile(
    rf"^{_NAME}\s*·\s*(?P<day>\d{{1,2}} [A-Z][a-z]{{2,8}}\.? \d{{4}})\s*·\s*(?:page\s+)?"
    r"[A-Z]?\d{1,3}$", re.IGNORECASE)
EDITION_CITY = re.compile(r"\s*\([^()]*\)$")

# A social post copied with select-all: the page's stamp line, ending in the audience dot
# ("October 24, 2024 at 6:15 PM ·", "2h ·"), and the link card's domain in capitals over the
# story's headline ("GMANETWORK.COM").
SOCIAL_POST_STAMP = re.compile(
    r"^(?:\d{1,2}\s*[hmdw]|(?:[A-Z][a-z]+ \d{1,2}(?:, \d{4})?|\d{1,2} [A-Z][a-z]+(?: \d{4})?)"
    r" at \d{1,2}:\d{2}(?:\s*[AP]M)?)\s*·\s*\S?$")
LINK_CARD_DOMAIN = re.compile(r"^(?:[A-Z0-9][A-Z0-9-]*\.)+[A-Z]{2,6}$")
# a writer credited at the end of an outlet's post: "… their homes. | via Joviland Rita"
POST_WRITER_TAIL = re.compile(
    r"\s*\|\s*(?:via|by)\s+(?P<who>(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3})$")

# An aggregator's source card: the source's name, its bias label, the source's own headline.
BIAS_LABEL = re.compile(r"^(?:far |lean )?(?:left|center|centre|right)$", re.IGNORECASE)
SOURCE_NAME_MAX_WORDS = 5

CARRIER_FAMILIES: dict[str, tuple[str, ...]] = {
    # a carrier's own lines around the story it carries: "Continue reading", "Read full story",
    # "View original article", "Full Coverage", "Shared from Apple News", "Open in Malaysiakini"
    # (the partner's "originally featured on" foot is furniture only in a carrier's copy: see
    # CARRIED_PUBLISHER_LINES)
    "carrier": (
        r"(?:read|view|see) (?:the )?(?:full|original) (?:story|article)$",
        # ("read more on X" is left to the related box's heading: "READ MORE ON DEVDISCOURSE"
        # over its other stories)
        r"read (?:more at|(?:the full|full) (?:story|article) (?:on|at)) \S.{0,60}$",
        r"full coverage$",
        r"shared (?:from|via|with) (?:apple news|google news|the \w+ app|smartnews|newsbreak)$",
        r"open in (?-i:[A-Z0-9])[\w&'’. -]{1,40}$",
        r"https?://apple\.news/\S+$",
        r"printed and distributed by pressreader$",
        r"pressreader\.com\b.{0,40}$",
        r"copyright and protected by applicable law$",
    ),
    # an aggregator's counts and bias bars: "18 Articles", "Left 22% · Center 61% · Right 17%",
    # "See all 18 sources", "Insights by Ground AI"
    "aggregator": (
        r"\d{1,4} (?:articles|sources|stories)$",
        r"(?:see|view) all \d{1,4} (?:articles|sources|stories)$",
        r"(?:left|center|centre|right) \d{1,3}%(?:\s*[·|•]\s*(?:left|center|centre|right)"
        r" \d{1,3}%){1,2}$",
        r"(?:insights|summary|analysis) by (?-i:[A-Z])[\w ]{1,30}$",
        r"blindspot$",
    ),
    # a social post's counts and buttons: "All reactions:", "1.2K", "356 comments", "89 shares"
    "social_post": (
        r"all reactions:?$",
        r"\d[\d.,]*\s*[km]? (?:comments?|shares?|reposts?|reactions?)$",
        r"(?:like|repost)$",
    ),
    # a sponsor's post in a live page's feed or a newsletter: "This live blog is brought to you
    # by Hull Motors, …" (review 1127i: a live page's one-paragraph posts continue the story)
    "sponsor_post": (
        r"(?:this|our|today's) (?:live blog|live coverage|live page|coverage|newsletter|podcast"
        r"|briefing|series|section) (?:is|was|comes to you) (?:brought to you|sponsored|presented"
        r"|powered|paid for|made possible|in partnership with)(?: by)?\b.{2,160}$",
    ),
    # a writer's newsletter's prompts: "Thanks for reading Grid Notes! Subscribe for free …",
    # "12 Likes", "Discussion about this post"
    "newsletter_post": (
        r"thanks for reading (?-i:[A-Z]).{0,60}[!.] subscribe\b.{0,160}$",
        r"\d[\d,]* likes?$",
        r"discussion about this post$",
    ),
}
