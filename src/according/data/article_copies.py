"""Round 21: the forms scraped text takes on its way to a user, as data.

Media researchers get stories out of databases (a Nexis Uni or Factiva document export, one
article a file), out of newsletters pasted from a webmail view, out of a browser's print to PDF,
out of a PDF release, out of a messenger's channel or an app's share sheet. Each wraps the story
in lines of its own: the families below (merged into `FURNITURE_FAMILIES`) and the patterns the
export reader (`according.article.copies`) uses to read the fields such a wrapper names.
"""

from __future__ import annotations

import re

_EMOJI = r"[\U0001F300-\U0001FAFF\u2190-\u21FF\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]\ufe0f?"

COPY_FAMILIES: dict[str, tuple[str, ...]] = {
    # a database's document export: Nexis Uni's fields ("Section: NATIONAL NEWS; Pg. 3",
    # "Length: 402 words", "Load-Date: May 27, 2024", "End of Document"), its bare labels over
    # the story and its pictures ("Body", "Graphic"), its classification lines ("SUBJECT:
    # FLOODS (90%)"); Factiva's length line ("587 words") and document number ("Document
    # MANLTM0020241210ekca0000b")
    "db_export": (
        r"(?:section|length|byline|dateline|load-date|highlight|publication-type|journal-code"
        r"|document-type|edition|correction-date)\s*:\s*\S.{0,200}$",
        r"(?:subject|geographic|organization|industry|person|company|ticker)\s*:\s*"
        r"(?-i:[A-Z]).{0,300}\(\d{1,3}%\)[;.]?$",
        r"\d[\d,]*\s+words$",
        r"end of document$",
        r"(?:body|graphic|classification)$",
        r"document [a-z0-9]{4,12}20\d{6}[a-z0-9]{5,12}$",
        # the paper's edition under the day ("Main Edition", "Late City Final Edition",
        # "FIRST EDITION", "Edition 1"): a field of the print copy, never its writer
        r"(?:(?:main|final|late|early|first|second|third|city|national|international|metro"
        r"|home|weekend|sunday|saturday|daily|online|print|regional|state|country|morning"
        r"|evening|all|northern|southern|eastern|western|scotland|ireland|uk)\s+){1,3}"
        r"editions?$",
        r"edition\s+\d{1,2}$",
    ),
    # a newsletter pasted from a webmail view: Gmail's "Inbox" label, the sender with its
    # address (and Gmail's "Unsubscribe" link) on one line, "to me"; Outlook's "Sent: 05
    # March 2025 08:31" and "To: Media Monitoring Desk"; the mail's notices and its footer
    # with a postal address between dots
    "webmail": (
        r"inbox$",
        r"to (?:me|you)(?:,\s*[\w'’-]+(?: [\w'’-]+){0,2})?\s*▾?$",
        r"(?-i:[A-Z])[^<>@]{0,60}<[^\s@<>]+@[^\s@<>]+>(?:\s+(?:unsubscribe|via [\w.-]+))?$",
        r"sent:\s+.{0,40}\d{4}.{0,12}\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$",
        r"(?:to|cc):\s+(?-i:[A-Z])[^.!?:]{0,80}$",
        r"(?:if you (?:are|'re|’re) )?(?:having trouble|having problems|unable to|can(?:no|')t)"
        r" (?:viewing|view|reading|read|see|seeing) this (?:e-?mail|newsletter|message)\b.{0,80}$",
        r"you (?:are )?(?:receiv(?:e|ed|ing)|got) this (?:e-?mail|newsletter|message)"
        r" (?:because|as)\b.{0,200}$",
        r"forward (?:this (?:e-?mail |newsletter )?)?to a friend\b.{0,100}$",
        r"[^·•|]{2,80}[·•|]\s*p\.?\s?o\.? box \d+\s*[·•|].{0,100}$",
        # the label over a newsletter's lead story: "TOP STORY", "TODAY'S TOP STORY"
        r"(?:today[’']s )?(?:top|lead|featured|main) story$",
    ),
    # a browser's print to PDF: the print header (the printing day and time, then the page's
    # title: "12/12/24, 9:03 AM Headline - Outlet") and footer (the address and a page count
    # "1/2"); a PDF's running footer ("CDEMA Press Release – Hurricane Beryl   Page 1 of 2")
    "print_to_pdf": (
        # (not a chat's exported line, "21/03/2025, 10:12 - Ann Roe: …", nor a timeline's
        # entry closing its sentence, "10/7/23, 6:29 AM Hamas fighters breach …."; review
        # 1127h)
        r"\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?!\s*[-–]\s)"
        r"(?:\s+\S+){3,40}(?<![a-z]\.)$",
        r"(?:https?://|www\.)\S+\s+\d{1,3}/\d{1,3}$",
        r"(?:.{0,100}?\s)?page \d{1,3} (?:of|/) \d{1,3}$",
    ),
    # a messenger's channel post and an app's share sheet: the prompts behind an emoji ("👉
    # Full story: …", "📲 Join ZimLive on Telegram: t.me/zimlive") and "Shared via
    # Onmanorama app"
    "messenger": (
        _EMOJI + r"\s*(?:full story|read (?:more|the full story|the story|it here)|join|subscribe"
        r"|follow|download|watch|listen|more)\b.{0,160}$",
        r"(?:shared|sent) (?:via|from|using) (?:the |my )?[\w.'’ -]{1,40}?(?: app| for (?:ios"
        r"|android|iphone|ipad))$",
        r"sent from my (?:iphone|ipad|android|samsung|galaxy|mobile|phone)\b.{0,30}$",
    ),
    # a reader-funded site's appeal under the story: "Notes from Poland is run by a small
    # editorial team and published by an independent, non-profit foundation that is funded
    # through donations from our readers. …", "Become a Patron"
    "reader_appeal": (
        r"(?!.*\b(?:said|says|told|according)\b)(?-i:[A-Z][\w'’.&-]*(?: [\w'’.&-]+){0,4})"
        r" is (?:run|produced|published|funded|supported|made) by\b.{0,200}"
        r"\b(?:donations? from (?:our|its) readers|our (?:readers|supporters|patrons|members))\b"
        r".{0,200}$",
        r"become (?:a |our )?(?:patron|supporter|member)(?: today)?[.!]?$",
    ),
    # an English edition's translator under the headline ("Translator: Name", Tempo English):
    # the edition's credit, not the story's writer
    "translation": (
        r"(?:translator|translated by|translation)\s*:?\s*"
        r"(?-i:[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,3})$",
    ),
}

# A Telegram Desktop copy's head: the channel's name and the post's time in brackets
# ("ZimLive, [14/03/2025 11:12]").
MESSENGER_HEAD = re.compile(
    r"^(?P<channel>[^\[\],]{2,60}), \[(?P<stamp>\d{1,2}[./]\d{1,2}[./]\d{2,4},? \d{1,2}:\d{2}"
    r"(?::\d{2})?(?:\s*[AP]M)?)\]$")
# An emoji or two before a headline ("⚡️ Harare council …", "🔴 BREAKING: …"): not its words.
LEAD_EMOJI = re.compile(r"^(?:" + _EMOJI + r"\s*){1,3}")

# A database export is known by its closing line: Nexis Uni's "End of Document" or
# "Load-Date:", Factiva's document number.
EXPORT_END = re.compile(r"^(?:end of document|load-date\s*:.*|document [a-z0-9]{4,12}20\d{6}"
                        r"[a-z0-9]{5,12})$", re.IGNORECASE)
# Nexis Uni's fields that name the story's writer and place: "Byline: JEFFREY ELAPA",
# "Dateline: WABAG".
EXPORT_BYLINE = re.compile(r"^byline\s*:\s*(?:by\s+)?(?P<who>\S.{0,150})$", re.IGNORECASE)
EXPORT_DATELINE = re.compile(r"^dateline\s*:\s*(?P<place>\S.{0,60})$", re.IGNORECASE)
# Factiva's source lines: the source's code ("MANLTM") and the language ("English") under
# the source's name.
EXPORT_SOURCE_CODE = re.compile(r"^[A-Z0-9]{4,8}$")
EXPORT_LANGUAGE = re.compile(r"^(?:english|en)$", re.IGNORECASE)
# Factiva's time of publication on the line under the day ("01:32", GMT).
EXPORT_TIME = re.compile(r"^\d{1,2}:\d{2}$")
# A source's region in brackets after its name ("Post-Courier (Papua New Guinea)").
SOURCE_REGION = re.compile(r"\s*\((?-i:[A-Z])[\w .'’-]{1,40}\)$")
# Names a Byline field joins ("A and B", "A; B").
EXPORT_NAME_SPLIT = re.compile(r"\s*(?:;|\band\b|&)\s*")
# The label over a newsletter's lead story ("TOP STORY", "TODAY'S TOP STORY"): the line under
# it is the story's headline.
STORY_LABEL = re.compile(r"^(?:today[’']s )?(?:top|lead|featured|main) story:?$", re.IGNORECASE)
# A dateline carrying the day, and the wire's code after it: "PORT OF SPAIN, Trinidad, Jan
# 10, CMC –" (the Caribbean wire), "KATHMANDU, Sept 30:" (Republica), "Bridgetown, Barbados,
# July 3, 2024 –" (a release). The place: words in capitals or title case, a country after a
# comma; the day: a month's name and the day, the year optional.
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:[a-z]{0,6})\.?")
DATED_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'’-]+(?: (?:[A-Z][A-Za-z.'’-]*|of|de|la|del|es)){0,3}"
    r"(?:, [A-Z][a-z.'’-]+(?: (?:[A-Z][a-z.'’-]+|and|the)){0,3})?)"
    r", (?:" + _MONTH + r" \d{1,2}|\d{1,2} " + _MONTH + r")(?:,? \d{4})?"
    r"(?:,? \(?(?P<wire>[A-Z]{2,6})\)?)?\s*(?:[–—-]+|:)\s+(?=\S)")
# Words that open a sentence's time phrase, never a dateline's place ("On Monday, March 3 –").
NOT_DATELINE_WORDS = frozenset(
    "on in at by the since from until as last next early late this that monday tuesday"
    " wednesday thursday friday saturday sunday".split())
# A browser's print header: the printing day and time, then the page's title (group
# "title"); a title closing with the site's name after a separator.
PRINT_HEADER = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4},\s+\d{1,2}:\d{2}(?::\d{2})?"
                          r"\s*(?:[AaPp]\.?[Mm]\.?)?\s+(?P<title>\S.{0,250})$")
TITLE_SITE = re.compile(r"^(?P<title>.+?)\s+[-–—|]\s+(?P<site>[A-Z][\w.&'’ -]{1,50})$")
# A site's name with its domain before a dateline's place ("TEMPO.CO, Jakarta -").
SITE_BEFORE_PLACE = re.compile(r"^[A-Za-z0-9-]+\.(?:co|com|net|org|id|in|ph|my|ng|news)"
                               r"(?:\.[a-z]{2})?,\s*(?=\S)", re.IGNORECASE)
# Words opening a phrase that describes a copyright holder ("a division of Corus …", "part
# of the Guardian Media Group"), never a brand written in lower case ("bne IntelliNews").
LOWER_CASE_OPENERS = frozenset("a an the part one member subsidiary division unit".split())
LOWER_CASE_BRAND_MAX = 4  # letters of a lower-case brand ("bne", "mint"); longer is a word
# Review 1127h: the label of an editor's note over a story, written like a dateline in capitals
# with its day ("UPDATE, March 21:", "CORRECTION, March 21 –", "EDITOR'S NOTE, Oct. 9 —"): no
# place.
EDITORS_NOTE_WORDS = frozenset(
    "update updated updates correction corrections clarification editor's editors' editor’s"
    " editors’ note".split())
# A mail's header lines pasted above a newsletter's story ("From: …", "To: …", "Date: …",
# "Sent: …") and its subject line, whose words (after any "Re:"/"Fwd:") are the group
# "subject": the headline when the story under it has none of its own.
MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|reply-to|sent|date)\s*:\s*\S", re.IGNORECASE)
MAIL_SUBJECT = re.compile(r"^subject\s*:\s*(?:(?:re|fwd?|aw|tr)\s*:\s*)*(?P<subject>\S.{0,200})$",
                          re.IGNORECASE)
