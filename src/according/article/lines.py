"""Lines of an article, what the readers have found in them so far, and the small tests
every reader shares (is this line furniture, a caption, a stamp, prose …)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from according.data import article_rules as R
from according.data.article_pubtime import READ_DATE_LINE

HEADLINE_MAX_WORDS = 40
HEADER_SCAN = 12  # lines after the last header line searched for byline, dateline and date
META_MAX_WORDS = 12
CAPTION_MAX_WORDS = 70
CREDIT_MAX_WORDS = 40
LEDE_MIN_WORDS = 15
HINT_SEARCH_LINES = 20  # lines searched for the headline a page or feed gave
FURNITURE_GUARD_WORDS = 3  # a furniture phrase this short may open a story sentence
DOUBLED_STAMP_MAX_WORDS = 20  # two stamps on one line are no longer than this


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the first non-blank character
    end: int  # offset after the last non-blank character (before the newline)
    text: str
    block: int  # index of the blank-line separated block it sits in


@dataclass
class _Stamp:
    """A publication stamp line: its text as printed, and how much it counts."""

    text: str
    rank: int  # 0 first publication, 1 plain, 2 reposted, 3 updated


@dataclass
class _Reading:
    """What the readers have found so far (mutable while reading, frozen into a Layout)."""

    kinds: dict[int, tuple[str, str | None]] = field(default_factory=dict)
    headline: str | None = None
    standfirst: str | None = None
    byline: list[str] = field(default_factory=list)
    dateline: str | None = None
    stamps: list[_Stamp] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    wire: str | None = None  # the wire a dateline "(AP)" or a closing "(NAN)" names
    byline_outlet: str | None = None  # the outlet a byline names ("Jane Doe, CNN")
    outlet_lines: list[str] = field(default_factory=list)  # "Source: Al Jazeera", "© 2025 NPR"
    masthead: str | None = None  # the paper's name printed over the page ("Indian Ocean Post")
    dateline_cut: tuple[int, int] | None = None  # (line index, offset where body resumes)
    # round 29: where a republished story first ran ("This article first appeared on KFF
    # Health News …"): credited unless it is the page's own outlet
    republished_from: list[str] = field(default_factory=list)
    # 2026-11-27: a dateline's month and day without a year ("VELMORA, Nov 22 (Reuters) -"),
    # as written, for a story nothing else dates (article/pubtime.py)
    dateline_day: str | None = None
    # the stamp's clock is UTC though it names no zone (Factiva's time line under the day)
    stamp_clock_utc: bool = False


def _lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    block, pos = 0, 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        stripped = content.strip()
        if not stripped:
            block += 1 if out and out[-1].block == block else 0
        else:
            lead = len(content) - len(content.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped, block))
        pos += len(raw)
    return out


def _words(text: str) -> int:
    return len(R.WORD.findall(text))


def _is_speech(text: str) -> bool:
    return bool(R.QUOTE_MARK.search(text) and R.SPEECH_VERB.search(text))


def _is_prose(text: str) -> bool:
    """A body-like line: a finished sentence of some length, or reported speech."""
    return _is_speech(text) or (bool(R.SENTENCE_END.search(text)) and _words(text) >= 8)


LIST_BUTTON_MAX_WORDS = 3  # "- Share", "- Order Reprints": a button, not a story's list item


def _is_furniture(text: str) -> bool:
    """Page furniture: the whole line, not the opening words of a sentence that goes on
    ("Sign up to the scheme was voluntary."); a longer furniture phrase ("By submitting your
    information …") says enough on its own."""
    # "- Share", "• Comments": a button row printed as a list; a longer marked item is a
    # story's list ("- Sign up for a Hulu ad-free account for $11.99 a month")
    unmarked = R.LIST_MARKER.sub("", text)
    text = unmarked if _words(unmarked) <= LIST_BUTTON_MAX_WORDS else text
    match = R.FURNITURE.match(text) or R.SECTION_MARKER.match(text)
    if not match:
        return False
    short = _words(match.group()) <= FURNITURE_GUARD_WORDS and not R.ALWAYS_FURNITURE.match(text)
    return not (short and R.SENTENCE_END.search(text) and R.FINITE_VERB.search(text, match.end())
                and _words(text) > 6)


def _is_stamp(text: str) -> bool:
    """A line that is a date or time stamp ("Tue 4 Mar 2025 06.00 GMT", "3 hours ago")."""
    return bool(R.DATE_LINE.match(text) or R.TIME_ONLY_LINE.match(text))


def _byline_around_stamp(text: str) -> tuple[str, str] | None:
    """(byline, stamp) of a meta line printing a byline around its stamp ("By Ann Roe on
    March 5, 2024", "Posted on March 5, 2024 by Ann Roe"), else None."""
    if before := R.STAMP_BYLINE_BEFORE.match(text):
        by, stamp = before.group(), text[before.end():]
    elif after := R.STAMP_BYLINE_AFTER.search(text):
        by, stamp = after.group(), text[:after.start()]
    elif glued := R.NAME_GLUED_STAMP.match(text):
        by, stamp = glued.group("name"), text[glued.end("name"):]  # "Jen MillsPublished …"
    else:
        return None
    return (R.STAMP_BYLINE_JOINT.sub("", by), stamp) if R.DATE_LINE.match(stamp) else None


def _stamp_rank(text: str) -> int:
    if R.FIRST_PREFIX.match(text):
        return 0
    if R.UPDATE_PREFIX.match(text):
        return 3
    return 2 if R.REPOST_PREFIX.match(text) else 1


def _stamp_parts(text: str) -> list[str]:
    """The labelled stamps of a line printing two or more ("Last Updated: March 6, 2025 1:15
    AM | First Published: March 5, 2025"), each a stamp line of its own; else nothing."""
    parts = R.STAMP_SPLIT.split(text)
    return parts if len(parts) > 1 and all(R.DATE_LINE.match(p) for p in parts) else []


def _read_stamp(text: str, reading: _Reading) -> None:
    """Keep a dated stamp line ("Published On 4 Feb 2025") for the publication time, each
    stamp of a line printing several by its own label. A line dating the copy's reading
    ("Retrieved 24 November 2026", "Accessed: …") is never one (article/pubtime.py)."""
    if READ_DATE_LINE.match(text.strip()):
        return
    for part in _stamp_parts(text) or [text]:
        if not R.DATE_LINE.match(part):
            continue
        reading.stamps.append(_Stamp(part, _stamp_rank(part)))
        first = R.FIRST_PUBLISHED_TAIL.search(part)
        day = first and (first.group("date") or R.STAMP_DAY.search(part))
        if first and day:  # "Updated March 15 2023 - 4:30pm, first published 1:00pm"
            when = day if isinstance(day, str) else day.group()
            reading.stamps.append(_Stamp(f"First published {when} {first.group('time')}", 0))
        place = R.STAMP_PLACE.search(part)  # "Updated - March 12, 2025 08:12 pm IST - CHENNAI"
        if place and not R.TZ_TOKEN.fullmatch(place.group("place")):
            reading.dateline = reading.dateline or place.group("place").strip()
        bar = R.STAMP_BAR_PLACE.search(part)  # "… 03:51 PM. | Mumbai"
        if bar and bar.group("place").lower() in R.PLACES:
            reading.dateline = reading.dateline or bar.group("place")


def _doubled_stamp(text: str) -> str | None:
    """The first of two stamps printed on one line, a short and a long form of the same time
    ("Updated Tue 20 May 2025 at 6:01am Tuesday 20 May 2025 at 6:01am"), else None."""
    words = text.split()
    if len(words) > DOUBLED_STAMP_MAX_WORDS:
        return None
    for cut in range(len(words) - 1, 1, -1):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        if R.DATE_LINE.match(head) and R.DATE_LINE.match(tail):
            return head
    return None


def _without_role(text: str) -> tuple[str, str]:
    """ "Jane Doe Housing correspondent" -> ("Jane Doe", "Housing correspondent"), the longest
    title (up to three words) leaving two names."""
    words = text.split()
    if len(words) < 3 or words[-1].lower() not in R.ROLE_NOUNS:
        return text, ""
    for title_words in (3, 2, 1):
        names = words[: len(words) - title_words]
        if len(names) >= 2 and names[0].lower() != "by" or len(names) >= 3:
            return " ".join(names).rstrip(","), " ".join(words[len(names):])
    return text, ""


def _norm(text: str) -> str:
    return " ".join(R.WORD.findall(text.lower()))


def _clean_name(text: str) -> str:
    name = re.sub(r"\s+", " ", text).strip(" ,;:.|-–—")
    # the stop of a closing suffix or initial is part of the name ("Villamor Visaya Jr.")
    kept = _NAME_STOP_END.search(re.sub(r"\s+", " ", text).strip(" ,;:|-–—"))
    return name + "." if kept and name.endswith(kept.group("word")) else name


_NAME_STOP_END = re.compile(r"(?<=[\s.])(?P<word>Jr|Sr|Jnr|Snr|[A-Z])\.$")  # "Jr.", "N.C."
