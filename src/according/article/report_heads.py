"""Round 34: the heads of situation reports and monitors' pages (WHO's Disease Outbreak News,
a UNHCR operational update, a Crisis Group briefing, an ACLED overview) that the body reader
keeps as story lines. A heading says what follows; it reports nothing."""

from __future__ import annotations

import re

from according.article.lines import _is_prose, _Line, _Reading, _words
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


def label_sentence_headings(lines: list[_Line], reading: _Reading, body_from: int) -> None:
    """A report's section heading in sentence case between its paragraphs ("Situation at a
    glance", "WHO risk assessment", "Our methodology", "II. A War of Sieges", "‘Bodies
    everywhere’"): a line of a few words opening with a capital, with no stop, comma,
    digit or colon, after a finished paragraph (or right under the page's header) and over a
    story paragraph or a list. A place alone (a dateline "WASHINGTON") and a name alone (a
    writer's signature) are no heads."""
    for i in range(max(body_from, 1), len(lines) - 1):
        if reading.kinds.get(i, ("body", None))[0] != "body":
            continue
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
                and text.lower() not in R.PLACES and not _signature(text)):
            continue
        before = reading.kinds.get(i - 1, ("body", None))[0]
        after = reading.kinds.get(i + 1, ("body", None))[0]
        finished = before == "body" and lines[i - 1].text[-1:] in ".!?\"”"
        if ((finished or before in _HEADER_KINDS) and after == "body"
                and _is_prose(_LIST_MARK.sub("", lines[i + 1].text))):
            reading.kinds[i] = ("boilerplate", None)


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
    headline = reading.headline
    if not headline:
        return
    seen: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if line.text != headline and headline in line.text:
            seen.setdefault(line.text, []).append(i)
    for at in seen.values():
        if len(at) >= RUNNING_HEAD_MIN_REPEATS:
            reading.kinds.update((i, ("boilerplate", None)) for i in at)
