"""Live-blog headings and entry stamps: the day (and time) the entries under them are about.

`entry_headings(text, regions, published)` returns a live blog's headings in text order,
each with its line's span, the day or date-time it gives and the end of the entries it
heads (the next heading, else the text's end):

- a heading is a short line of the story (a body line, or a stamp line the layout marks
  "date" among the story's lines) that is a time and little else: a day ("Tuesday 14 May",
  "Wednesday", "Wednesday's developments", "Key events: Wednesday", "Yesterday"), an entry
  stamp ("Updated 09:12 BST Thursday", "14:05 BST", "Posted at 10:32", "10:32 , Josh
  Salisbury"), a timeline entry opening with its time ("14:05 BST – Ministry says 19
  dead") or a numbered day ("Day 3 of the floods");
- a weekday with no date is the latest such day on or before the publication day: a live
  blog tells of days gone, never of a coming one (`heading_line` says so to the times
  stage too); a date is read as the times stage reads it, pointing back;
- a time with no day takes the day of the heading above it, else the publication day; a
  timeline entry's day is read from its stamp alone ("09:15 CET - … up from 18,000
  yesterday" is Tuesday's under "Tuesday 24 November", not Monday's);
- "Day 3 of …" counts back from the highest day number, taken as the publication day's
  (a rolling live blog numbers its days up to the day it was last updated), unless a
  heading gives a day number its date ("Day 3: Thursday 16 May");
- the line right over the story's first line counts too, whatever the layout read it
  as (a kicker, "Day 3 of the strike"), unless it is a stamp (the page's own time);
- only a text with at least two headings is a live blog: a lone date line in a story
  heads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from according.data.article_rules import LIVE_POST_STAMP, TIMELINE_ENTRY
from according.records import AsOfHeading, Region, Span
from according.times.lexicon import MONTH_ALT, WEEKDAYS, alternation

HEADING_MAX_WORDS = 10
MIN_HEADINGS = 2  # a live blog has entries; one date line in a story heads nothing
HEADING_REGIONS = frozenset({"body", "date"})
_CLOCK = r"(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?)"
CLOCK = re.compile(rf"\b{_CLOCK}", re.IGNORECASE)
# weekdays as headings write them, in full or cut short ("Tue 14 May")
WEEKDAY_NAMES = {**WEEKDAYS, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
                 "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
_WEEKDAY_ALT = alternation(WEEKDAY_NAMES)
WEEKDAY = re.compile(rf"\b({_WEEKDAY_ALT})\b\.?", re.IGNORECASE)
DATE_IN_LINE = re.compile(
    rf"\b(?:(?:{_WEEKDAY_ALT})\.?,?\s+)?(?P<date>(?:\d{{1,2}}(?:st|nd|rd|th)?\s+"
    rf"(?:{MONTH_ALT})\.?|(?:{MONTH_ALT})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)(?:,?\s+\d{{4}})?)\b",
    re.IGNORECASE)
DEICTIC = re.compile(r"\b(today|yesterday)\b", re.IGNORECASE)
DAY_NUMBER = re.compile(r"^day\s+(\d{1,3})\b(?:\s+of\b.{0,60})?", re.IGNORECASE)
# what a heading may hold beside its time: stamp words, labels, zones, separators
FILLER = re.compile(
    r"\b(?:updated?|posted|published|added|last|at|on|key|events?|developments?|latest|"
    r"highlights?|summary|recap|what|happened|as|it|live|so|far|the|news|updates|morning|"
    r"afternoon|evening|night|local|time)\b|['’]s\b|[\s:|•·,–—()-]+", re.IGNORECASE)
ZONE = re.compile(r"\b[A-Z]{2,5}\b")
SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")


@dataclass(frozen=True)
class Heading:
    """A live blog's heading: its line, the day or date-time it gives, where its entries end."""

    span: Span
    value: str
    end: int

    @property
    def day(self) -> str:
        return self.value[:10]

    def as_of_heading(self) -> AsOfHeading:
        return AsOfHeading(self.span, self.value)


def heading_line(line: str) -> bool:
    """Whether a line is a time and little else ("Tuesday", "Key events: Wednesday",
    "Updated 09:12 BST Thursday"): a heading of entries, which tells of a day gone."""
    text = line.strip()
    if not text or len(text.split()) > HEADING_MAX_WORDS or SENTENCE_END.search(text):
        return False
    if DAY_NUMBER.match(text):
        return True
    timed = [DATE_IN_LINE, WEEKDAY, CLOCK, DEICTIC]
    if not any(p.search(text) for p in timed):
        return False
    rest = text
    for p in timed:
        rest = p.sub(" ", rest)
    rest = ZONE.sub(" ", re.sub(r"\b\d{4}\b", " ", rest))
    return not FILLER.sub("", rest) or bool(LIVE_POST_STAMP.match(text))


def entry_headings(text: str, regions: Sequence[Region], published: datetime | None
                   ) -> tuple[Heading, ...]:
    """The headings of a live blog's entries (module doc); () for a text with fewer than
    two, or with no publication time to count days from."""
    if published is None:
        return ()
    kinds = [(r.start, r.end, r.kind) for r in regions]
    body = [r.start for r in regions if r.kind == "body"]
    if not body:
        return ()
    found: list[tuple[Span, str | None, str | None, int | None]] = []
    for m in re.finditer(r"[^\n]+", text):
        start = m.start() + len(m.group()) - len(m.group().lstrip())
        line = m.group().strip()
        kind = _kind_at(kinds, start)
        # the first entry's heading right over the story's first line may be read as a
        # kicker ("Day 3 of the strike" under the stamp); a stamp there is the page's
        first = kind not in (None, "date") and text[m.end():body[0]].strip() == ""
        if not line or not (first or start >= body[0] and kind in HEADING_REGIONS):
            continue
        entry = TIMELINE_ENTRY.match(line) and not heading_line(line)
        if not (heading_line(line) or entry):
            continue
        clock = CLOCK.search(line)
        if entry and (clock is None or clock.start() > 0):
            continue
        number = DAY_NUMBER.match(line)
        # a timeline entry's day is its stamp's, not a day its news names ("09:15 CET - …
        # up from 18,000 yesterday" is no entry of yesterday)
        stamp = line[:TIMELINE_ENTRY.match(line).end() - 1] if entry else line
        found.append((Span.of(text, start, start + len(line)), _day_of(stamp, published),
                      _clock_of(clock.group()) if clock else None,
                      int(number.group(1)) if number else None))
    if len(found) < MIN_HEADINGS:
        return ()
    numbered = _numbered_days(found, published.date())
    out: list[Heading] = []
    above: str | None = None
    for i, (span, day, clock, number) in enumerate(found):
        day = day or (numbered.get(number) if number is not None else None)
        if day is not None:
            above = day
        on = day or above or published.date().isoformat()
        end = found[i + 1][0].start if i + 1 < len(found) else len(text)
        out.append(Heading(span, f"{on}T{clock}" if clock else on, end))
    return tuple(out)


def heading_at(headings: Sequence[Heading], offset: int) -> Heading | None:
    """The heading whose entries hold `offset` (its own line included), or None."""
    for h in headings:
        if h.span.start <= offset < h.end:
            return h
    return None


def _kind_at(kinds: Sequence[tuple[int, int, str]], offset: int) -> str | None:
    return next((k for a, b, k in kinds if a <= offset < b), None)


def _day_of(line: str, published: datetime) -> str | None:
    """The day a heading's line names, counted back from the publication day."""
    from according.times.resolve import resolve_time

    pub = published.date()
    dated = DATE_IN_LINE.search(line)
    if dated is not None:
        value, _, _, _ = resolve_time(dated.group("date"), published, "past")
        if value:
            return value[:10]
    weekday = WEEKDAY.search(line)
    if weekday is not None:
        wanted = WEEKDAY_NAMES[weekday.group(1).lower()]
        return (pub - timedelta(days=(pub.weekday() - wanted) % 7)).isoformat()
    deictic = DEICTIC.search(line)
    if deictic is not None:
        return (pub - timedelta(days=deictic.group(1).lower() == "yesterday")).isoformat()
    return None


def _clock_of(text: str) -> str | None:
    """ "09:12" -> "09:12", "2.15pm" -> "14:15", "9am" -> "09:00"; None past 23:59."""
    m = re.match(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?", text.lower())
    if m is None:
        return None
    hour, minute = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and hour < 12:
        hour += 12
    elif m.group(3) == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _numbered_days(found: Sequence[tuple[Span, str | None, str | None, int | None]],
                   pub: date) -> dict[int, str]:
    """The day of each "Day N" heading: from a heading giving a day number its date, else
    counted back from the highest number, the publication day's."""
    numbers = [n for _, _, _, n in found if n is not None]
    if not numbers:
        return {}
    anchor = next(((n, date.fromisoformat(d)) for _, d, _, n in found
                   if n is not None and d is not None), (max(numbers), pub))
    return {n: (anchor[1] + timedelta(days=n - anchor[0])).isoformat() for n in numbers}
