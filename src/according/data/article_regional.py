"""Round 35's furniture families: the house lines of regional papers, public broadcasters'
international sites and press agencies' English services (Daily Mirror (Sri Lanka),
Malaysiakini, Focus Taiwan, KOMO News, Trinidad and Tobago Newsday, KBS World).

Patterns as in article_furniture.py: matched at the start of a stripped line, case-insensitive,
most of them the whole line. `article_furniture.FURNITURE_FAMILIES` takes these families in.
"""

from __future__ import annotations

import re

REGIONAL_FAMILIES: dict[str, tuple[str, ...]] = {
    # A masthead's second line saying what the site is: "Online edition of Daily Mirror - Sri
    # Lanka's Leading English Newspaper", "The online edition of The Island", "Bhutan's
    # National Newspaper" (a possessive place, a rank word and the kind of paper).
    "masthead_taglines": (
        r"(?:the )?online edition of (?-i:[A-Z])[^.!?]{1,100}$",
        r"(?:(?-i:[A-Z])[\w'’.-]+ ){1,3}(?:leading|largest|national|premier|oldest|first"
        r"|most (?:read|trusted)) (?:[\w'’-]+ ){0,3}(?:newspaper|daily|weekly|news ?paper"
        r"|news (?:site|portal|website|network))$",
        # round 36: what the site brings and from where, "News and views from Ukraine"
        # (Euromaidan Press), "News from Mozambique" (Zitamar News): no verb, a place named
        r"(?:(?:the )?latest )?news(?:,? (?:and|&) (?:views|analysis|opinion|comment|features"
        r"|insight))? (?:from|on|about) (?:the )?(?-i:[A-Z])[\w'’.-]+(?: [\w'’.-]+){0,3}$",
    ),
    # A story's comment box: its count ("Comments - 4", "Comments (12)", "4 Comments"), its
    # button and the house rules under it ("Comments will be edited (grammar, spelling and
    # slang) and authorized at the discretion of …").
    "comment_boxes": (
        r"comments?\s*(?:[-–:]\s*\d{1,5}|\(\d{1,5}\))$", r"\d{1,5} comments?$",
        r"(?:add|post|write) (?:a |your )?comments?$",
        r"comments (?:will be|are|may be) (?:edited|checked|reviewed|moderated)\b.{0,80}?"
        r"\b(?:discretion|grammar|editorial policy|before (?:being |they are )?(?:published"
        r"|posted))\b.{0,400}$",
    ),
    # A player's and a page's waiting line with a spaced ellipsis ("Loading ...", KOMO News),
    # a broadcaster's and an agency's text-size and reading buttons ("Font Size", "Font size
    # A A", "Text size").
    "page_buttons": (
        r"loading\s+(?:\.{3}|…)$",
        r"(?:font|text) ?size(?:\s*[:|]?\s*(?:a\s*[+-]?\s*){1,3})?$",
    ),
    # An agency's end mark and its desk's initials after the story: Taiwan's Central News
    # Agency closes its English copy "Enditem/AW", "ENDITEM/ke" (as Xinhua's "Enditem").
    "agency_end_marks": (
        r"end ?item(?:\s*/\s*[a-z]{1,5})?\.?$",
    ),
}

# A caption closed by its taker's initials and a picture word, and the day it was taken:
# "… in Taipei on Thursday. CNA photo Nov. 27, 2026" (Focus Taiwan), "… on Monday. KNA photo"
# -> the initials ("CNA"), as round 33's "(Bernama pic)" credits "Bernama".
_PHOTO_DAY = r"(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
CAPTION_INITIALS_PHOTO = re.compile(
    rf"[.!?”\"]\s+(?P<credit>(?-i:[A-Z]{{2,8}})) (?:file )?(?:photo|pic|picture)"
    rf"(?:\s+(?:taken )?(?:on )?{_PHOTO_DAY})?\.?$", re.IGNORECASE)

# The writers in brackets under an agency's story, the reporter and the English writer:
# "(By Chen Chih-chung and Jennifer Aurelio)" (Focus Taiwan, as Taiwan's Central News Agency
# closes its English copy).
FOOT_BRACKET_BYLINE = re.compile(r"^\(\s*by\s+(?P<name>[^()]{3,100}?)\s*\)\.?$", re.IGNORECASE)

# Bhutan's towns, as Kuensel's correspondents sign from them ("Name | Gelephu"), and those of
# its neighbours' hills that datelines name.
REGIONAL_PLACES = frozenset(
    "thimphu paro punakha gelephu phuentsholing trashigang mongar bumthang"
    " trongsa tsirang dagana zhemgang pemagatshel lhuentse trashiyangtse haa"
    " samtse gangtok darjeeling kalimpong".split()) | frozenset(
    {"samdrup jongkhar", "wangdue phodrang"})

# Home zones of sites whose stamps name none, by their address (article_rules.DOMAIN_ZONES).
# (round 36: Pajhwok Afghan News's "Date: 27 Nov 2026 - 15:40" in Kabul's time, Euromaidan
# Press's "27/11/2026 - 14:20" in Kyiv's)
REGIONAL_DOMAIN_ZONES: dict[str, str] = {"komonews.com": "America/Los_Angeles",
                                         "pajhwok.com": "Asia/Kabul",
                                         "euromaidanpress.com": "Europe/Kyiv"}

# A publishing company's name around its title, as a page's JSON-LD publisher gives it: the
# house's word before the title ("Ediciones EL PAÍS", "Éditions Le Monde", "Edizioni Il
# Sole") or the company's words after it ("Kathimerini Publishing", "Mainichi Newspapers
# Co."): the title, when the outlet table knows it, is the outlet.
PUBLISHING_HOUSE = re.compile(
    r"^(?:(?:ediciones|éditions|editions|edizioni|edições|editora|editorial|grupo|groupe"
    r"|gruppo|verlag|verlagsgruppe)\s+(?P<title>.{2,60})"
    r"|(?P<title2>.{2,60}?)\s+(?:publishing|publications|newspapers|media group|verlag)"
    r"(?:,?\s+(?:co|ltd|inc|plc|llc|s\.?a|s\.?l|gmbh|ag)\.?)?)$", re.IGNORECASE)

# A photographer and the agency in brackets after the caption's sentence, as EL PAÍS prints
# them: "… on November 26. Mario Jasso (Cuartoscuro)", "… in Madrid. Andrea Comas (REUTERS)"
# (the name no place or outlet, "… in the capital. Mexico City (Reuters)": the whole is the
# credit).
CAPTION_NAME_BRACKET_AGENCY = re.compile(
    r"[.!?”\"]\s+(?P<credit>[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}"
    r" \((?-i:[A-Z])[\w&.'’ -]{1,30}\))$")
