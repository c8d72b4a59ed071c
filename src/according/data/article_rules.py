"""Rules for reading the layout of a news article: patterns and tables as data.

`according.article` reads these; nothing here runs code beyond compiling
the patterns once at import.
"""

from __future__ import annotations

import re

# Page furniture: whole lines that belong to the web page, not the story.
# Each pattern is matched at the start of a (stripped) line.
FURNITURE = re.compile(
    r"^(?:"
    r"join our commenting forum|join (?:the|our) conversation|join thought-provoking conversations"
    r"|thank you for registering|please refresh the page|please refresh your browser"
    r"|sign up (?:to|for)\b|subscribe (?:to|now)\b|get our .{0,40}newsletter"
    r"|share this (?:article|story)|share on (?:facebook|twitter|x)\b|click here\b"
    r"|follow us on\b|like us on facebook|we use cookies|this (?:site|website) uses cookies"
    r"|by (?:clicking|continuing|using this site)|accept (?:all )?cookies"
    r"|cookie (?:policy|settings)"
    r"|read our privacy (?:notice|policy)|privacy policy|terms of (?:use|service)"
    r"|copyright\s+(?:©\s*)?\d{4}|©\s*\d{4}|all rights reserved"
    r"|this material may not be published, broadcast|advertisement$|sponsored content$"
    r"|already (?:have an account|registered)|log ?in to\b|create an account|register for free"
    r"|comments?$|show comments|view comments|most (?:read|popular)$|trending$|loading\.{0,3}$"
    r"|skip to (?:main )?content|we'd like to notify you|want an ad-free"
    r"|support (?:free-thinking|independent) journalism|our mission is to deliver"
    r"|you can find our community guidelines|this article (?:is|was) (?:more than|over) \d+"
    r"|topics?:|tags?:|filed under:"
    r"|(?:read more|related(?: articles| stories)?|more stories|recommended)[:.]?$"
    r"|(?:watch|listen to)\b[^.]{0,150}?\b(?:above|below|here)\b"
    r"|continue reading(?: the main story)?$|story continues below|(?:advertisement - )?scroll to"
    r" continue|supported by$|related topics$|(?:print|email|share|facebook|twitter|whatsapp)$"
    r")",
    re.IGNORECASE,
)

# A finite verb after a furniture phrase, in a finished sentence, makes the line story text:
# "Sign up to the scheme was voluntary." is not the "Sign up to …" of a newsletter box.
FINITE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|could|should|did|does|said|says)\b",
    re.IGNORECASE,
)

# Lines pointing at another story: the label alone, or the label, a separator and a headline
# ("Read more: …", "Most read: …"). A sentence that only begins with the words ("Read more
# than 300 letters …") is not one.
RELATED = re.compile(
    r"^(?:read more|related(?: articles| stories| content| coverage)?|recommended(?: reading)?"
    r"|more from [\w’' ]{1,30}?|see also|also read|read also|more on this (?:story|topic)"
    r"|most (?:read|popular|viewed)|editor[’']?s picks?)"
    r"\s*(?:[:\-–—|]\s*\S.*|[:.]?)$",
    re.IGNORECASE,
)
# A sentence ending in who said it (", the union said."): story text, whatever it begins with.
ATTRIBUTION_TAIL = re.compile(
    r"[,;]\s+(?:[\w'’.\-]+\s+){0,6}?(?:said|says|told|added|wrote|argued|claimed|warned"
    r"|insisted|explained|noted|according to)\b[^,;]{0,60}[.!?][\"'”’]?$",
    re.IGNORECASE,
)

# Wire and contributor credits; group "who" is the credited organisation or people.
CREDIT_LINES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^(?:with )?(?:additional )?reporting (?:from|by) (?P<who>[^;.]+?)\.?$",
        r"^\(?(?:additional |further )?reporting by (?P<who>[^;)]+?)(?:;[^)]*)?\)?\.?$",
        r"^this (?:story|article) (?:was )?(?:originally )?(?:appeared|published) (?:on|in|by)"
        r" (?P<who>[^.]+?)\.?$",
        r"^(?P<who>[A-Z][\w.&' ]{1,60}?) contributed (?:to )?(?:this )?(?:report|reporting|story)"
        r"(?: to this (?:report|story))?\.?$",
        r"^(?:copyright\s+(?:©\s*)?\d{4}|©\s*\d{4})\s+(?P<who>[^.]+?)\.(?:\s.*)?$",
        r"^this (?:story|article|report) (?:was|has been) (?:published|produced) (?:in partnership"
        r" with|by) (?P<who>[^.]+?)\.?$",
    )
)

# Copyright lines are furniture, but the wire they name is still a credit.
COPYRIGHT = re.compile(r"^(?:copyright\s+(?:©\s*)?\d{4}|©\s*\d{4})", re.IGNORECASE)

# BBC-style picture lines: "Image source, Reuters" and "Image caption, Firefighters at …".
# A picture credit on a line of its own ("Photograph: Getty Images") is the caption's credit.
IMAGE_SOURCE = re.compile(
    r"^(?:(?:image|photo|video) source,|(?:photograph|photo|picture|image)s?\s*:)"
    r"\s*(?P<credit>[^.:]{2,80})$",
    re.IGNORECASE,
)
IMAGE_CAPTION = re.compile(r"^(?:image|photo|video) caption,\s*\S", re.IGNORECASE)
# A caption ends with the picture's credit in brackets, or "Photograph: X/Y".
CAPTION_BRACKET = re.compile(r"\((?P<credit>[^()]{2,80})\)\s*$")
CAPTION_PHOTOGRAPH = re.compile(
    r"(?:photograph|photo|picture|image|credit)s?\s*:\s*(?P<credit>[^.:]{2,80})$", re.IGNORECASE
)
# Brackets that end a sentence without being a credit: party tags "(D-N.Y.)", notes "(WARNING: …)".
NOT_A_CREDIT = re.compile(r"^[DRI]-[A-Z]|^[A-Z]+:|^\d{4}$")
AGENCY_WORDS = re.compile(
    r"\b(?:getty|afp|ap|reuters|epa|pa|pool|shutterstock|alamy|photo|photograph|bloomberg"
    r"|courtesy|handout|xinhua|anadolu|sipa|rex|zuma|efe|dpa|ansa|nurphoto|associated press)\b",
    re.IGNORECASE,
)

# Byline: "By Jane Doe", "Jane Doe and John Roe", "JANE DOE, Associated Press".
NAME = r"[A-Z][a-zA-Z'’\-]+\.?(?: [A-Z]\.)?(?: (?:de |van |von |al-|bin )?[A-Z][a-zA-Z'’\-]+){1,3}"
BYLINE = re.compile(
    rf"^(?:[Bb][Yy]\s+)?(?P<names>{NAME}(?:(?:,| and| &) {NAME})*)"
    r"(?:\s*(?:,|\||-|–|—|\bin\b)\s*(?P<role>[A-Za-z .'’]{2,60}))?$"
)
# A job title after the name without a comma: "Jane Doe Housing correspondent"; the same
# words on a line of their own under the byline ("Social Affairs Correspondent") are its role.
ROLE_NOUNS = frozenset(
    "correspondent editor reporter writer columnist contributor analyst producer journalist"
    " chief correspondents editors reporters writers presenter commentator critic"
    " photographer".split()
)
ROLE_LINE_MAX_WORDS = 8
ROLE_CONNECTORS = frozenset("of and for at on the in".split())
# A byline's place on a line of its own: "in Washington", "Reporting from Kyiv".
ROLE_PLACE = re.compile(
    r"^(?:[Ii]n|[Ff]rom|[Rr]eporting from)\s+(?P<place>[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}"
    r"(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?)$"
)
BYLINE_PREFIX = re.compile(r"^by\s+", re.IGNORECASE)
NAME_SPLIT = re.compile(r",\s*|\s+and\s+|\s*&\s*")

# A line that is a date, perhaps with a weekday, a time and a zone, the time before or after
# the date: "Tue 1 Jul 2025 14.05 BST", "Updated 4:30 PM EST, March 14, 2025",
# "14/03/2025 16:30 +0300", "2025-03-14T16:30:00+03:00".
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?"
_TIME = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
_ZONE = r"(?:\(?(?:(?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[A-Z]{2,5})\)?)"
_ISO = r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_DATE = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|{_ISO}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
DATE_PREFIX = re.compile(
    r"^(?:published|updated|posted|last updated|first published|last modified)(?: on)?:?\s*",
    re.IGNORECASE,
)
# A stamp saying when the page was changed, not when it was first published.
UPDATE_PREFIX = re.compile(r"^(?:updated|last updated|last modified)\b", re.IGNORECASE)
DATE_LINE = re.compile(
    rf"^(?:(?:published|updated|posted|last updated|first published|last modified)(?: on)?:?\s*)?"
    rf"(?:{_TIME}(?:\s*{_ZONE})?,?\s+(?:on\s+)?)?(?:{_WEEKDAY}\s+)?{_DATE}"
    rf"(?:,?\s*(?:at\s+)?{_TIME})?(?:\s*{_ZONE})?(?:\s*[|,]\s*updated.*)?$",
    re.IGNORECASE,
)
# A time in a stamp: a date without one means only the day is known.
TIME_IN_STAMP = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|T\d{2}", re.IGNORECASE)

# Time-zone abbreviations as offsets from UTC in minutes.
TZ_OFFSETS: dict[str, int] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "BST": 60, "IST": 60, "WEST": 60,
    "CET": 60, "CEST": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600,
    "AST": -240, "ADT": -180, "NST": -210, "NDT": -150,
    "AEST": 600, "AEDT": 660, "ACST": 570, "ACDT": 630, "AWST": 480,
    "NZST": 720, "NZDT": 780, "JST": 540, "KST": 540, "HKT": 480, "SGT": 480,
}
# Zones named without saying summer or winter ("4:30 p.m. ET"): the offset depends on the day.
TZ_REGIONS: dict[str, str] = {
    "ET": "America/New_York", "CT": "America/Chicago", "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}
# A zone anywhere in a stamp: "GMT+3", "+0300", "-05:00", or an abbreviation (known ones count).
TZ_TOKEN = re.compile(
    r"\(?(?<![\w+\-])(?:(?:UTC|GMT)\s*(?P<gsign>[+-])(?P<gh>\d{1,2})(?::?(?P<gm>\d{2}))?"
    r"|(?P<sign>[+-])(?P<hh>\d{2}):?(?P<mm>\d{2})|(?P<tz>[A-Z]{1,5}))(?!\w)\)?"
)

# Dateline at the start of the first paragraph: "NEW YORK, Nov. 19 (UPI) —".
DATELINE_PREFIX = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+)*"
    r"(?:, (?:[A-Z][a-z]{1,4}\.(?: ?[A-Z]\.)?|[A-Z]\.[A-Z]\.|[A-Z][a-z]+(?: [A-Z][a-z]+)?))?)"
    r"(?:, (?P<date>[A-Z][a-z]{2,4}\.? \d{1,2}))?"
    r"(?:\s*\((?P<wire>[A-Za-z]{2,8})\))?"
    r"[\s\xa0]*(?:—|–|--|-)[\s\xa0]*(?=\S)"
)

# A line shaped like a place name: "Aldermoor", "Newport News, Va.".
PLACE_SHAPE = re.compile(
    r"^[A-Z][\w'’.\-]+(?: [A-Z][\w'’.\-]+){0,3}(?:, [A-Z][\w.]+(?: [A-Z][\w.]+)?)?$"
)
# Places a header line may name as its dateline (lower case, compared whole).
PLACES: frozenset[str] = frozenset(
    """
    washington|washington dc|washington, dc|washington d.c.|washington, d.c.|new york|new york city
    |london|paris|berlin|brussels|moscow|kyiv|kiev|beijing|tokyo|seoul|delhi|new delhi|mumbai
    |jerusalem|tel aviv|gaza|gaza city|rafah|ramallah|beirut|damascus|cairo|tehran|baghdad|amman
    |riyadh|doha|dubai|abu dhabi|istanbul|ankara|athens|rome|madrid|lisbon|dublin|belfast|edinburgh
    |glasgow|cardiff|manchester|birmingham|liverpool|leeds|bristol|geneva|zurich|vienna|warsaw
    |prague|budapest|bucharest|stockholm|oslo|copenhagen|helsinki|amsterdam|the hague|hong kong
    |taipei|singapore|bangkok|jakarta|manila|hanoi|sydney|melbourne|canberra|auckland|wellington
    |ottawa|toronto|montreal|vancouver|mexico city|havana|caracas|bogota|lima|santiago|buenos aires
    |brasilia|sao paulo|rio de janeiro|nairobi|lagos|johannesburg|cape town|addis ababa|kabul
    |islamabad|karachi|lahore|dhaka|los angeles|san francisco|chicago|boston|miami|atlanta|houston
    |dallas|austin|seattle|denver|phoenix|philadelphia|detroit|cleveland|new orleans|las vegas
    |des moines|manchester, nh|concord|columbia|charleston|sacramento|albany|tallahassee
    |capitol hill|the white house|westminster|strasbourg|kharkiv|odesa|odessa|donetsk|crimea
    |khan younis|west bank|north gaza|sderot|tel aviv, israel|jerusalem, israel
    """.replace("\n", "").replace(" |", "|").replace("| ", "|").strip().split("|")
)

_OUTLET_NAME = r"(?P<outlet>(?:[Tt]he )?[A-Z][\w.]+(?: [A-Z][\w.]+){0,3})"
# The outlet speaking of itself: told/noted to X, X readers, a spokesperson told X.
# Outlets write "told CNN" of others' interviews too, so bare "told" comes last and narrow.
OUTLET_SELF = (
    re.compile(rf"\b(?:other |fellow |our )?{_OUTLET_NAME} (?:readers|subscribers|journalism)\b"),
    re.compile(rf"\b(?:noted to|said to|confirmed to|explained to|wrote to|in an email to"
               rf"|in a statement to)\s+{_OUTLET_NAME}"),
    # Last resort: "told The Chronicle that …", a "The" name followed by what was said.
    re.compile(r"\btold\s+(?P<outlet>The [A-Z]\w+(?: [A-Z]\w+){0,2})(?= that\b|:|,)"),
)
OUTLET_THIRD_PARTY = (
    r"(?:according to\s*{o}|{o}(?:'s|’s)? (?:reported|reporting|reports|first reported))"
)

# Wire names in a dateline's brackets -> outlet.
WIRES: dict[str, str] = {
    "UPI": "UPI", "AP": "The Associated Press", "REUTERS": "Reuters", "AFP": "AFP",
    "CNN": "CNN", "BLOOMBERG": "Bloomberg",
}

# Section markers some archives put in the text ("ABSTRACT.", "FULL TEXT.").
ABSTRACT_MARKER = re.compile(r"^abstract\.?$", re.IGNORECASE)
SECTION_MARKER = re.compile(r"^(?:abstract|full text|lead|body|summary)\.?:?$", re.IGNORECASE)

# A paragraph with quotation marks and a speech verb is reported speech: always body.
QUOTE_MARK = re.compile(r"[\"“”«»„]|(?:^|\s)['‘]|['’](?:\s|$)")
SPEECH_VERB = re.compile(
    r"\b(?:said|says|say|told|tells|added|asked|wrote|writes|according to|stated|argued|claimed)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
WORD = re.compile(r"\w+(?:['’]\w+)*")
