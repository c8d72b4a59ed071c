"""Round 34: situation reports' and monitors' pages (WHO's Disease Outbreak News, a UNHCR
operational update, a Crisis Group briefing, an ACLED overview, UN News): the heads the body
reader keeps as story lines (a heading says what follows; it reports nothing), a PDF's running
heads, a picture's credit printed over its caption and a topic label under the stamp that the
header reads as a writer."""

from __future__ import annotations

import re

from according.article.lines import _is_prose, _Line, _Reading, _Stamp, _words
from according.data import article_rules as R

SENTENCE_HEADING_MAX_WORDS = 6
COUNTRY_HEADING_MAX_WORDS = 8  # the head after a country's name and colon
# a heading's own number: a Roman or Arabic numeral or a letter and a stop ("II. A War of
# Sieges", "3. Response", "B. Health")
_HEADING_NUMBER = re.compile(r"^(?:[IVX]{1,4}|\d{1,2}|[A-H])\.\s+(?=[A-Z])")
# a head quoting a witness, in quotation marks and with no stop of its own ("‘Bodies everywhere’")
_QUOTED_HEAD = re.compile(r"^[‘“\"'](?P<inner>[^‘’“”\"]+)[’”\"']$")
# the kinds of line a report's first head may follow: its header
# (or a page's furniture: a PDF's page foot and running head over the next page's first head;
# a table's title over the next section's head)
_HEADER_KINDS = frozenset({"headline", "standfirst", "date", "byline", "boilerplate",
                           "caption"})
_COUNTRY_HEAD = re.compile(
    r"^(?P<name>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){0,2}):\s+(?P<rest>[A-Z].*)$")
_LIST_MARK = re.compile(r"^[-–•*]\s+(?=\S)")
# a live blog's day heading ("Tuesday", "Yesterday's key events") heads the entries of its
# day: a story line the as-of stage reads (times.headings), no report's section head
_DAY_HEAD = re.compile(r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday)\b",
                       re.IGNORECASE)


def label_sentence_headings(lines: list[_Line], reading: _Reading, body_from: int,
                            url: str | None = None) -> None:
    """A report's section heading in sentence case between its paragraphs ("Situation at a
    glance", "WHO risk assessment", "Our methodology", "II. A War of Sieges", "‘Bodies
    everywhere’"): a line of a few words opening with a capital, with no stop, comma,
    digit or colon, after a finished paragraph (or right under the page's header) and over a
    story paragraph or a list. A place alone (a dateline "WASHINGTON") and a name alone (a
    writer's signature) are no heads.

    Only on a report's page (`_report_page`): a news story's subheads of the same shape ("How
    the judges ruled", "Palestinians react", "Schools closed in Indian-controlled Kashmir")
    stay story lines, as its title-case subheads, pull quotes and timeline entries do."""
    kinds = dict(reading.kinds)
    heads: list[int] = []
    for i in range(max(body_from, 1), len(lines) - 1):
        if _section_head(lines, kinds, i):
            kinds[i] = ("boilerplate", None)
            heads.append(i)
    if heads and _report_page(lines, reading, body_from, heads, url):
        reading.kinds.update((i, ("boilerplate", None)) for i in heads)


def _section_head(lines: list[_Line], kinds: dict[int, tuple[str, str | None]], i: int) -> bool:
    """The line at `i` has a report's section head's form and place (its heads above it
    already read as furniture)."""
    if kinds.get(i, ("body", None))[0] != "body":
        return False
    text = _HEADING_NUMBER.sub("", lines[i].text)
    # an overview's head naming its country first ("Lebanon: Israeli strikes reach a
    # post-ceasefire high", ACLED): the head is what follows the name
    named = _COUNTRY_HEAD.match(text)
    if named and not _speaker(named.group("name")):
        text = named.group("rest")
    most = COUNTRY_HEADING_MAX_WORDS if named else SENTENCE_HEADING_MAX_WORDS
    quoted = _QUOTED_HEAD.match(text)
    text = quoted.group("inner") if quoted else text
    if not (0 < _words(text) <= most and text[:1].isupper()
            and text[-1:].isalnum() and not any(c.isdigit() or c in ",:;|/–—" for c in text)
            # a head in capitals is the round-31 rule's (initials alone, "GPU", head a
            # story's own part and stay story: round 5)
            and not text.isupper()
            and text.lower() not in R.PLACES and not _signature(text)
            and not _DAY_HEAD.search(text)
            # a handle is a writer's ("Follow Ben Hale@benhale"), no head
            and "@" not in text
            # a line printed twice is a pull quote or a repeated story line; a report
            # prints each section head once
            and sum(line.text == lines[i].text for line in lines) == 1):
        return False
    before = kinds.get(i - 1, ("body", None))[0]
    after = kinds.get(i + 1, ("body", None))[0]
    finished = before == "body" and lines[i - 1].text[-1:] in ".!?\"”"
    # a news story's subhead in title case between its paragraphs ("What Happens Next",
    # "By the Numbers") stays with the story (review 1127e, 1127i); a report's title-case
    # head is numbered ("II. A War of Sieges") or follows the page's furniture
    if finished and _title_case(text) and not _HEADING_NUMBER.match(lines[i].text):
        return False
    # a timeline's entry under its time ("9:00 a.m." / "Police say the protest is
    # peaceful") is the entry's own line, no section head
    if _CLOCK_ALONE.match(lines[i - 1].text):
        return False
    return bool((finished or before in _HEADER_KINDS) and after == "body"
                and _is_prose(_LIST_MARK.sub("", lines[i + 1].text)))


# A report's section number in Roman numerals ("II. A War of Sieges"); a number in figures
# heads a listicle's item as well ("3. Workers rights strengthened") and a letter an
# interview's answer ("A. Not at all"), no evidence
_SECTION_NUMBER = re.compile(r"^[IVX]{1,4}\.\s+(?=[A-Z])")
COUNTRY_HEADS_MIN = 2  # an overview's heads naming a country each
# A report's kind named in its title or its furniture ("Flash Update No. 3", "OPERATIONAL
# UPDATE", "Disease Outbreak News", "Gaza Situation Report #96"), as body.py reads a
# situation report's highlights
_REPORT_KIND = re.compile(
    r"\b(?:flash update|situation report|sitrep|situation update|operational update"
    r"|humanitarian (?:update|snapshot|bulletin)|disease outbreak news)\b", re.IGNORECASE)
# A report's section names: what a report's method, setting or conclusions are ("Our
# methodology", "Background", "Operational Context", "Situation overview", "WHO risk
# assessment", "Principal Findings"); a news story's subheads say what happened
_REPORT_SECTION_WORD = re.compile(
    r"\b(?:background|context|methodology|overview|situation|findings|recommendations"
    r"|assessment|advice|conclusions?|introduction)\b", re.IGNORECASE)
REPORT_SECTION_MAX_WORDS = 6
# The United Nations system's and other intergovernmental bodies' addresses ("news.un.org",
# "who.int", "reliefweb.int"): their pages are reports and the UN's own news
_INTERGOVERNMENTAL_SUFFIXES = frozenset({"int"})
_UN_SYSTEM_DOMAINS = frozenset({
    "un.org", "unhcr.org", "unicef.org", "wfp.org", "unocha.org", "ohchr.org", "undp.org",
    "unfpa.org", "unesco.org", "unrwa.org", "fao.org", "ilo.org", "unep.org", "unwomen.org",
    "unaids.org", "unops.org", "unido.org", "ifad.org", "imf.org", "worldbank.org"})


def _report_page(lines: list[_Line], reading: _Reading, body_from: int, heads: list[int],
                 url: str | None) -> bool:
    """The page is a report's (a situation report, a monitor's overview, a research
    organisation's briefing, an intergovernmental body's page), not a news story's: a head
    numbered as a report's section, several heads naming a country each, a report's kind in
    its title or furniture (a PDF's running head, "OPERATIONAL UPDATE"), a head naming a
    report's section, or an intergovernmental body's address."""
    if any(_SECTION_NUMBER.match(lines[i].text) for i in heads):
        return True
    if sum(bool(_COUNTRY_HEAD.match(lines[i].text)) for i in heads) >= COUNTRY_HEADS_MIN:
        return True
    if _running_heads(lines, reading) or any(
            _REPORT_KIND.search(line.text) for i, line in enumerate(lines[:body_from])
            if reading.kinds.get(i, ("body", None))[0] != "body"):
        return True
    if any(_names_report_section(lines, reading, i)
           for i in range(max(body_from, 1), len(lines) - 1)):
        return True
    return _intergovernmental(url)


def _names_report_section(lines: list[_Line], reading: _Reading, i: int) -> bool:
    """A short line between the story's paragraphs names a report's section ("Our
    methodology"; "Background", which the body reader already took for a head)."""
    text = lines[i].text
    return (_words(text) <= REPORT_SECTION_MAX_WORDS and text[-1:].isalnum()
            and bool(_REPORT_SECTION_WORD.search(text))
            and all(reading.kinds.get(j, ("body", None))[0] == "body" for j in (i - 1, i + 1)))


def _intergovernmental(url: str | None) -> bool:
    from according.outlets import public_suffix, registered_domain

    return (public_suffix(url) in _INTERGOVERNMENTAL_SUFFIXES
            or registered_domain(url) in _UN_SYSTEM_DOMAINS)


_MINOR_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at",
                          "to", "for", "by", "from", "with", "as", "vs", "via", "into"})
_CLOCK_ALONE = re.compile(r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$",
                          re.IGNORECASE)


def _title_case(text: str) -> bool:
    """Every word of the head but the small ones opens with a capital, two words or more
    ("What Happens Next", "By the Numbers"); a sentence-case head ("Situation at a glance")
    is not."""
    words = text.split()
    return len(words) >= 2 and all(w[:1].isupper() or w.lower() in _MINOR_WORDS
                                   for w in words)


def _speaker(name: str) -> bool:
    """A name before a colon that is a speaker's ("Ann Roe:", "Mr Smith:", "Senator Warren:"),
    not a country's or region's."""
    first = name.split()[0]
    return (first in R.FIRST_NAMES or first.lower().rstrip(".") in R.SPEAKER_HONORIFICS
            or first.lower() in R.TITLE_WORDS)


def _signature(text: str) -> bool:
    """A name alone, as a writer signs: a first name the name lists know opening it (a head in
    title case, "Operational Context", has the same shape)."""
    return bool(R.SIGNATURE_NAME.match(text)) and text.split()[0] in R.FIRST_NAMES


RUNNING_HEAD_MIN_REPEATS = 2


def label_running_heads(lines: list[_Line], reading: _Reading) -> None:
    """A PDF's running head copied with its text: a line printed again on each page that holds
    the report's headline ("OPERATIONAL UPDATE > Chad: Sudan Refugee Emergency / 20 November
    2026" over each page of a UNHCR update). The headline line itself stays the headline."""
    reading.kinds.update((i, ("boilerplate", None)) for i in _running_heads(lines, reading))


def _running_heads(lines: list[_Line], reading: _Reading) -> list[int]:
    """The lines of a PDF's running heads: each holds the headline, printed again and
    again."""
    headline = reading.headline
    if not headline:
        return []
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text != headline and headline in line.text:
            seen.setdefault(line.text, []).append(i)
    return [i for at in seen.values() if len(at) >= RUNNING_HEAD_MIN_REPEATS for i in at]


# A picture's credit alone on a line, the taker after a slash ("© UNICEF/Jospin Benekire",
# "© WFP/Name"): UN News prints it over the caption.
_CREDIT_OVER_CAPTION = re.compile(
    r"^©\s*(?P<credit>[A-Z][\w.&-]*(?: [A-Z][\w.&-]*)?\s?/\s?"
    r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})$")
CAPTION_UNDER_CREDIT_MAX_WORDS = 40


def label_caption_under_credit(lines: list[_Line], reading: _Reading) -> None:
    """A caption printed under its picture's credit line in the header ("© UNICEF/Name" /
    "Families displaced by fighting arrive at a site …" / the day): one sentence, no speech,
    right under the credit and over a line that is no story (the stamp, a label). The header
    took it for the standfirst."""
    for i in range(len(lines) - 2):
        found = _CREDIT_OVER_CAPTION.match(lines[i].text)
        if not found or reading.kinds.get(i, ("body", None))[0] not in ("boilerplate", "credit"):
            continue
        text = lines[i + 1].text
        if (reading.kinds.get(i + 1, ("body", None))[0] in ("standfirst", "body")
                and _words(text) <= CAPTION_UNDER_CREDIT_MAX_WORDS and text[-1:] == "."
                and len(R.SENTENCE_END.findall(text)) <= 1 and not R.QUOTE_MARK.search(text)
                and reading.kinds.get(i + 2, ("body", None))[0] not in ("body", "standfirst")):
            reading.kinds[i] = ("caption", found.group("credit"))
            reading.kinds[i + 1] = ("caption", None)
            if reading.standfirst == text:
                reading.standfirst = None


def drop_menu_word_byline(lines: list[_Line], reading: _Reading) -> None:
    """A writer the header read from a line that the page also prints among its menu's or
    tags' furniture above it ("Humanitarian Aid" under UN News's stamp, the same words as its
    menu's item): a topic's label, no writer. A writer's name opening with a first name stays
    (the author's card at the page's foot repeats it)."""
    for i, (kind, _) in list(reading.kinds.items()):
        text = lines[i].text
        if (kind == "byline" and text in reading.byline and text.split()[0] not in R.FIRST_NAMES
                and any(lines[j].text == text and reading.kinds.get(j, ("body", None))[0]
                        == "boilerplate" for j in range(i))):
            reading.kinds[i] = ("boilerplate", None)
            reading.byline.remove(text)


_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)
# what may stand between a story's last paragraph and its stamp at the foot: a pointer to
# more reporting and its address
_BETWEEN_STORY_AND_FOOT_STAMP = frozenset({"boilerplate"})


def read_foot_stamp(lines: list[_Line], reading: _Reading, url: str | None) -> None:
    """A stamp with its clock printed under the story's last paragraph, the page dating the
    story nowhere else ("November 26, 2026 10:00AM EST" under a Human Rights Watch release or
    dispatch): the publication time, when the page's address names no other day. (A date
    line further down, under the page's tags and lists, dates another story.)"""
    from according.read.dates import address_day, published_local

    if reading.stamps:
        return
    last_body = max((i for i in range(len(lines))
                     if reading.kinds.get(i, ("body", None))[0] == "body"), default=None)
    if last_body is None:
        return
    for i in range(last_body + 1, len(lines)):
        kind = reading.kinds.get(i, ("body", None))[0]
        if kind == "date":
            text = lines[i].text
            local = published_local(text) if _CLOCK.search(text) else None
            day = address_day(url)
            if local is not None and (day is None or local.date() == day):
                reading.stamps.append(_Stamp(text, 1))
            return
        if kind not in _BETWEEN_STORY_AND_FOOT_STAMP:
            return


# Headings of a report's notes: the marked or numbered items under them are the notes.
_NOTES_HEADING = re.compile(r"^(?:foot|end ?)?notes\s*:?$|^references\s*:?$", re.IGNORECASE)
_NOTE_ITEM = re.compile(r"^(?:[-–•*]|\[?\d{1,3}[.)\]])\s+\S")


def label_note_lists(lines: list[_Line], reading: _Reading) -> None:
    """The items of a report's notes under their heading ("Footnotes" / "- Crisis Group
    interviews, residents of Timbuktu …, Bamako, September-October 2026."): sources of the
    text above, not its story; they run until a line that is no item."""
    for i, line in enumerate(lines):
        if not (_NOTES_HEADING.match(line.text) and i in reading.kinds):
            continue
        for j in range(i + 1, len(lines)):
            if not _NOTE_ITEM.match(lines[j].text):
                break
            if reading.kinds.get(j, ("body", None))[0] == "body":
                reading.kinds[j] = ("boilerplate", None)
