"""Round 27: what web archives and read-later apps put around a story, as data.

A capture's banner (the Wayback Machine's toolbar, archive.today's header, a Perma.cc
record's bar, Ghostarchive's bar) and a read-later app's buttons (Pocket, Instapaper, an
Omnivore Markdown export) are the tool's lines, never the story's; a capture's time is when
the archive saved the page, never when the story was published. `according.article.captures`
and `according.read.captures` read these; nothing here runs code beyond compiling them.
"""

from __future__ import annotations

import re

# Hosts of web archives whose addresses name a capture, not a publisher.
ARCHIVE_HOSTS = frozenset((
    "web.archive.org", "wayback.archive.org", "archive.org", "archive.today", "archive.ph",
    "archive.is", "archive.li", "archive.vn", "archive.md", "archive.fo", "ghostarchive.org",
    "perma.cc", "webcitation.org", "arquivo.pt", "webarchive.org.uk",
))

# An archived page's own address inside an archive's or a cache's address:
# "web.archive.org/web/20250314093512/https://www.sacbee.com/…" (also "…im_/", "…id_/"),
# "archive.ph/2025.03.27-213344/https://www.express.co.uk/…", "archive.ph/o/Wq3Fz/https://…",
# "www-dailyrecord-co-uk.cdn.ampproject.org/c/s/www.dailyrecord.co.uk/…",
# "www.google.com/amp/s/www.dailyrecord.co.uk/…".
ORIGINAL_IN_ADDRESS = (
    re.compile(r"^https?://(?:web|wayback)\.archive\.org/web/\d{1,14}(?:[a-z]{2}_)?/"
               r"(?P<original>(?:https?:/{1,2})?[\w.-]+\.[a-z]{2,}\S*)$", re.IGNORECASE),
    re.compile(r"^https?://archive\.(?:today|ph|is|li|vn|md|fo)/(?:o/\w+|\d{4}\.\d{2}\.\d{2}"
               r"-\d{6}|\d{14}|newest|oldest)/(?P<original>https?://\S+)$", re.IGNORECASE),
    re.compile(r"^https?://[\w-]+\.cdn\.ampproject\.org/(?:[a-z]/)+s/(?P<original>[\w.-]+\.[a-z]"
               r"{2,}/\S*)$", re.IGNORECASE),
    re.compile(r"^https?://(?:www\.)?google\.[a-z.]{2,6}/amp/s/(?P<original>[\w.-]+\.[a-z]{2,}"
               r"/\S*)$", re.IGNORECASE),
    # (review 1127j) Google's AMP viewer for a page served over http: "google.com/amp/www.…"
    re.compile(r"^https?://(?:www\.)?google\.[a-z.]{2,6}/amp/(?!s/)(?P<http_original>[\w.-]+\.[a-z]"
               r"{2,}/\S*)$", re.IGNORECASE),
)

# (review 1127j) the AMP cache's and viewer's own query parameters, never the page's
AMP_VIEWER_PARAMETERS = frozenset(("amp_js_v", "usqp", "amp_gsa", "_gsa", "amp_tf", "aoh",
                                   "referrer", "ampshare"))

# The first line of a capture's banner as a select-all copy gives it.
BANNER_OPENER = re.compile(
    r"^(?:the wayback machine - (?P<address>https?://\S+)|wayback machine|internet archive"
    r"|perma\.cc|archive\.(?:today|ph|is)(?: webpage capture)?|webpage capture|ghostarchive"
    r"(?:\.org)?)$", re.IGNORECASE)
# The banner's other lines: its controls, labels, capture counts and calendar.
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)"
BANNER_LINE = re.compile(
    r"^(?:https?://\S+|go|\d[\d,]* captures?|\d{1,2} " + _MONTH + r" \d{4} - \d{1,2} " + _MONTH
    + r" \d{4}|" + _MONTH + r"|\d{1,2}|(?:19|20)\d{2}(?: (?:19|20)\d{2}){0,2}|success|fail"
    r"|about this capture|collected by|collection: .{1,100}|timestamps|loading\.{3}"
    r"|captured (?:on )?.{6,40}|show record details|hide record details|view the live page"
    r"|capture|screenshot|original url|created by|captured|saved from|search|history"
    r"|←\s*prior(?:\s+next\s*→)?|next\s*→|all snapshots from host \S+|webpage(?: screenshot)?"
    r"|share|download \.zip|report bug or abuse|buy me a coffee"
    r"|\d{1,2} " + _MONTH + r" \d{4} \d{2}:\d{2}:\d{2} utc"
    r"|webpage archived on .{6,60}|original url: \S+|other archives of this page)$",
    re.IGNORECASE)
# A label whose value is the next line ("Created by" / "<a library>", "Captured" / "<a day>").
BANNER_LABEL = re.compile(r"^(?:original url|created by|captured|collected by|saved from)$",
                          re.IGNORECASE)
BANNER_WINDOW = 45  # a banner's lines sit within these many lines of its opener
BANNER_GAP = 2  # lines in a row that no banner pattern takes, inside a banner (a note)
# (review 1127j) a line of this many words right under the opener, before any banner line,
# is a headline: the opener was a story's kicker naming the archive ("Internet Archive" over
# "Internet Archive loses appeal over …"), not a banner
BANNER_KICKER_WORDS = 4

# A read-later export in Markdown (Omnivore's): its links to the app and to the original,
# its tag line and its highlight section, which quotes the story before the story.
READ_LATER_ORIGINAL = re.compile(r"^\[(?:read original|original article|view original|source)\]"
                                 r"\((?P<address>https?://[^)\s]+)\)$", re.IGNORECASE)
MARKDOWN_SECTION = re.compile(r"^#{2,3} (?P<name>highlights|notes|content|article)$",
                              re.IGNORECASE)
HIGHLIGHT_SECTIONS = frozenset(("highlights", "notes"))
STORY_SECTIONS = frozenset(("content", "article"))
# Front matter fields of read-later exports, read as trafilatura's header's are.
FRONT_MATTER_ALIASES = {"date_published": "date", "published": "date", "site_name": "sitename",
                        "site": "sitename", "sitename": "sitename", "original_url": "url"}
FRONT_MATTER_IGNORED = frozenset(("date_saved", "date_added", "saved", "date_archived",
                                  "highlights", "state", "words", "read_length"))

CAPTURE_FAMILIES: dict[str, tuple[str, ...]] = {
    # read-later apps' own lines over and under the story (Pocket, Instapaper, Omnivore)
    "read_later": (
        r"view original$", r"\d{1,3} min(?:ute)?s? read$", r"add tags$", r"move to archive$",
        r"#omnivore$", r"\[read on omnivore\]\(\S+\)$",
        r"\[(?:read original|original article|view original)\]\(\S+\)$",
        r"!\[[^\]]{0,300}\]\(\S+\)$",
    ),
    # a nonprofit newsroom's boxes a print or reader copy keeps (CalMatters, Civil Beat):
    # its republish button and terms, its reader-comment box, its reader appeal
    "newsroom_boxes": (
        r"republish$",
        r"our (?:reporting|journalism|stories) (?:is|are) free to republish\b.{0,150}$",
        r"we want to hear from you[.!]?$",
        r"want to submit a (?:guest )?commentary\b.{0,200}$",
        r"(?-i:[A-Z])[\w.'’ -]{1,40}(?:'s|’s) (?:community-funded |reader-funded |independent )?"
        r"(?:nonprofit |non-profit )?newsroom relies on (?:readers|donors|support)\b.{0,120}$",
    ),
    # a channel prompt naming the site: "Get the latest news from Express.co.uk on WhatsApp.
    # Join our channel"
    "channel_prompts": (
        r"get (?:the )?latest (?:news|stories|headlines|updates) from [\w .&'’-]{1,60} on "
        r"(?:whatsapp|telegram|google news|instagram|youtube|x|facebook)\b.{0,60}$",
    ),
    # a newsletter prompt with its sign-up before the word "newsletter" (Reach's: "Don't miss
    # the latest news from around Scotland and beyond - sign up to our daily newsletter here.")
    "newsletter_prompts": (
        r"don(?:'|’)t miss .{0,80}\bsign up\b.{0,60}\bnewsletters?\b.{0,20}$",
    ),
    # a stamp note closing a McClatchy story: "This story was originally published March 11,
    # 2025 at 5:00 AM."
    "first_published_notes": (
        r"this (?:story|article) was originally published (?:on )?(?:[A-Z][a-z]{2,8}\.? \d{1,2},"
        r" \d{4}|\d{1,2} [A-Z][a-z]{2,8} \d{4})(?:,? at \d{1,2}:\d{2} ?[ap]\.?m\.?)?\.?$",
    ),
    # a writer's bio line closing the story: "Lila Fernández covers housing and insurance for
    # CalMatters."
    "writer_bio": (
        r"(?-i:[A-Z])[\w'’.-]+(?: (?-i:[A-Z])[\w'’.-]+){1,3} (?:covers|reports on|writes about)"
        r" [\w ,&'’-]{3,80} for (?:the )?(?-i:[A-Z])[\w.&'’ -]{1,50}\.$",
    ),
    # a browser's print footer: "1 of 3 3/8/25, 10:14 AM", "Page 2 of 3"
    "print_footer": (
        r"(?:page )?\d{1,3} (?:of|/) \d{1,3}(?: \d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}"
        r"(?: ?[ap]\.?m\.?)?)?$",
    ),
}
# A browser's print header: the page's title and its address on one line ("State Farm wins
# … | CalMatters https://calmatters.org/…").
PRINT_TITLE_ADDRESS = re.compile(r"^(?P<title>\S.{5,250}?)\s+(?P<address>https?://\S+)$")

# (review 1127j) a site's buttons and menu words before its brand ("Support Civil Beat",
# "About Civil Beat"): never the place of a fuller masthead ("Honolulu Civil Beat")
NOT_MASTHEAD_PLACES = frozenset((
    "about", "support", "donate", "subscribe", "join", "follow", "contact", "visit", "read",
    "more", "latest", "from", "by", "on", "with", "home", "menu", "search", "sign", "login",
    "log", "share", "watch", "listen", "shop", "advertise", "careers", "jobs", "newsletters",
    "newsletter", "podcasts", "events", "opinion", "news", "sponsored", "partner", "presented",
))
