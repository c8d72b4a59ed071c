"""Time expressions in an article, read as TimeML's TIMEX3 and resolved against the
publication time.

`find_times(doc, published, regions)` returns frozen `TimeExpression` records, each with the
contract's `value`/`granularity` and TimeML's `type` ("date", "time", "duration", "set"),
`timex3` value and `mod`. Word lists live in `data/times_lexicon.json`; where the
expressions are is times.extents (and what only looks like one, times.not_times), how each
is read times.normalise (dates, periods, clock, durations), which way it points
times.direction.

Rules, so that every expression is read the same way:
- spans are the expression without a leading preposition: "Sunday" in "On Sunday"; a range
  is two expressions ("2015" and "2016" in "2015-2016"), a season or fiscal year written
  as one ("the 2022-23 season") is one expression, with no value (reason "season").
- the publication day is the calendar date of `published` in its own zone: pass an aware
  datetime in the article's local zone ("Tuesday 14 May 2024 00:30 BST" -> 14 May).
  In a live blog the day of an entry's heading or stamp (times.headings) stands in for it
  below that heading: "yesterday", "this morning" and "on Tuesday" in Wednesday's entry
  count from that Wednesday.
- `value` is the TIMEX3 value, except that a part of a day or a weekend keeps its day or
  week ("Monday night" -> "2024-05-13", timex3 "2024-05-13TNI"); `granularity` is "day",
  "week", "month", "year" or "datetime" for calendar values and None for the rest
  (durations "P3Y", sets "P1W", "PRESENT_REF", quarters "2024-Q1", seasons "2024-SU",
  decades "199", centuries "19").
- a weekday or a date without a year ("Oct. 7", "Thursday", "the third quarter") is the
  latest one on or before the publication day, or the next one when its clause looks
  ahead (times.direction); in a present-tense clause the next one if within 90 days; on
  a line of its own with little else, a live blog's heading ("Tuesday", "Key events:
  Wednesday", times.headings), always the latest one on or before.
- "last May" is the latest May before the publication month, "next May" the first after;
  "June last year" is June of the year before; "last/this/next week" an ISO week,
  "this financial year" the publication year; "N units ago" that unit back ("seven
  months ago" -> "2023-10"); "a year ago" beside a quarter is that quarter a year back.
- times told from another ("two days later", "that night", "the year-earlier quarter",
  "the following week") count from the time last mentioned; with none, value None and
  reason "anaphoric".
- "now", "currently", "current" -> PRESENT_REF; "recently", "the past", "at the time",
  "recent weeks", "months ago" -> PAST_REF; "soon", "the future", "the coming weeks" ->
  FUTURE_REF; "today" is the publication day.
- durations: "two decades" P20Y, "the past three years" P3Y, "six-week" P6W, "half an
  hour" PT30M, "for weeks" PXW; "the year ended March 31" P1Y, but "for the year" is the
  publication year. Sets: "daily" P1D, "every evening" XXXX-XX-XXTEV, "each Thursday"
  XXXX-WXX-4, "$5 a year" P1Y; a rate is no set ("grew 5 percent annually").
- times of day take the day they name ("09:30 GMT Monday", "4 a.m. on Wednesday": there
  two expressions, the time on that day), else the day last mentioned, else the publication
  day: "11 PM" -> "2024-05-14T23:00"; parts of day "Tuesday morning"
  -> "2024-05-14TMO".
- without a publication time, relative expressions get value None, reason "no
  publication time"; absolute dates, durations and sets still resolve.
- an expression none of the readers can place is narrowed to the time inside it ("Friday"
  in "the day Friday", "1990" in "the first two quarters of 1990"), or else dropped.
- ages ("63-year-old"), numbers with no time word ("between 20 and 30"), "a good day",
  deictic words in names ("Radio 4's Today programme"), weekdays in names ("Sunday
  Alamba"), "March" the verb and "May" the modal are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from according.nlp import doc_text
from according.records import Region, Span, TimeExpression
from according.times.calendar import unit_of
from according.times.direction import tense_at
from according.times.extents import candidates, extra_spans, is_season_range, trim
from according.times.headings import Heading, entry_headings, heading_at, heading_line
from according.times.normalise import normalise
from according.times.resolve import SKIPPED_REGIONS, resolve_time
from according.times.timex import Context, Timex, contract_value

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_times", "resolve_time"]

DURATION_CUES = frozenset({"for", "over", "during", "throughout", "lasting", "spanning",
                           "within", "last", "took", "takes", "spent", "spend", "whole"})
FREQUENCY_CUES = frozenset({"times", "twice", "once", "thrice", "percent", "%", "cents"})
BARE_DATE_RE = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|(?:1[5-9]|20)\d\d)\b")
DAY_RANGE_RE = re.compile(r"(?P<first>\b[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*(?:and|to|through|-|–)\s*$")
TWO_YEARS_RE = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d\s?[-–/]\s?(?:(?:1[5-9]|20)\d\d|\d\d)(?!\d)")
STRONG_RE = re.compile(
    r"(?i)\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun)"
    r"|spring|summer|autumn|winter|christmas|easter|thanksgiving")


def find_times(
    doc: Doc, published: datetime | None, regions: Sequence[Region] = ()
) -> tuple[TimeExpression, ...]:
    """Every time expression in `doc`, in text order, resolved against `published` (aware;
    its own zone's calendar day is the publication day, see the module doc).

    Expressions inside byline, date, dateline, credit and boilerplate regions are skipped.
    """
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    full = doc_text(doc)
    skipped += _caption_credit_spans(full, regions)
    tenses: dict[int, str] = {}
    published_day = published.date() if published is not None else None
    headings = entry_headings(full, regions, published)
    out: list[TimeExpression] = []
    anchors: list[tuple[int, str]] = []  # (start, value) of the dates later ones count from
    last_end = -1
    spans = candidates(doc, full)
    for i, (start, end) in enumerate(spans):
        if any(a <= start < b for a, b in skipped):
            continue
        kept = trim(doc, full, start, end)
        if kept is None or kept[0] < last_end:
            continue
        start, end = kept
        entry = _entry_of(headings, start)
        day = entry[0] if entry else published_day
        # a time told from another counts from one of its own entry, not an older one's
        seen = [a for a in anchors if a[0] >= entry[1]] if entry else anchors
        tense = "past" if _on_heading_line(full, start) else tense_at(doc, start, end, tenses)
        sentence_start = _sentence_start(doc, start)
        ended = _period_end(full, end, spans[i + 1] if i + 1 < len(spans) else None, day, tense)
        ctx = Context(day=day, tense=tense, period_end=ended,
                      reference=seen[-1][1] if seen else None,
                      compared=_compared(seen, sentence_start),
                      local_reference=next((v for a, v in reversed(seen)
                                            if a >= sentence_start), None),
                      duration_cue=ended is not None or _cue(doc, start, DURATION_CUES),
                      frequency_cue=_frequency_cue(doc, start))
        timex = _read(full, start, end, ctx)
        day_named = _day_after(full, end, spans[i + 1 : i + 3])
        if timex is not None and timex.type == "time" and day_named:
            joined = normalise(f"{full[start:end]} {day_named}", ctx)
            timex = joined if joined.value else timex  # "4 a.m. on Wednesday": that day
        if timex is not None and timex.reason == "unresolved":
            rescued = _rescue(full, start, end, ctx)
            if rescued is not None and rescued[:2] != (start, end):
                # the part read is dated by its own words' tense, not the whole span's
                # ("Tuesday" of "31 as of Tuesday": a day reached, not a schedule)
                own = tense_at(doc, rescued[0], rescued[1], {})
                if own != ctx.tense:
                    rescued = _rescue(full, start, end, replace(ctx, tense=own)) or rescued
            start, end, timex = rescued or (start, end, None)
        if timex is None:
            continue  # not a time after all, or none this can read
        if timex.anchor and timex.value and timex.type in ("date", "time") and unit_of(timex.value):
            anchors.append((start, timex.value))
        out.append(_expression(full, start, end, timex))
        last_end = end
    return tuple(out)


def _entry_of(headings: Sequence[Heading], start: int) -> tuple[date, int] | None:
    """The day of the live-blog entry holding `start` and where the entry starts: "yesterday"
    in Wednesday's entry is Tuesday, whatever day the page was published (times.headings).
    None outside a live blog's entries and for a heading line's own words ("Yesterday",
    "Key events: Wednesday" count from the publication day); a timeline entry's line is
    its stamp and its news ("21:15 CET - Roske tells …": both the entry's)."""
    heading = heading_at(headings, start)
    if heading is None or (start < heading.span.end and heading_line(heading.span.text)):
        return None
    try:
        return date.fromisoformat(heading.day), heading.span.start
    except ValueError:
        return None


def _on_heading_line(full: str, start: int) -> bool:
    """Whether the expression at `start` is a line of its own with little else, a heading
    of a live blog's entries ("Tuesday", "Key events: Wednesday"): a day gone, not one to
    come (times.headings)."""
    line_start = full.rfind("\n", 0, start) + 1
    line_end = full.find("\n", start)
    return heading_line(full[line_start:line_end if line_end >= 0 else len(full)])


def _caption_credit_spans(full: str, regions: Sequence[Region]) -> list[tuple[int, int]]:
    """Where each caption's credit sits in its caption: a photographer and an agency's name
    name no time, whatever words they share with one ("Name/USA TODAY NETWORK")."""
    spans = []
    for r in regions:
        at = full.rfind(r.credit, r.start, r.end) if r.kind == "caption" and r.credit else -1
        if at >= 0:
            spans.append((at, at + len(r.credit or "")))
    return spans


def _read(full: str, start: int, end: int, ctx: Context) -> Timex | None:
    """The reading of full[start:end]; None for what is not a time after all."""
    text = full[start:end]
    m = TWO_YEARS_RE.search(text)
    if m and is_season_range(full, start + m.start(), start + m.end()):
        return Timex("date", None, reason="season")
    if len(text) <= 2 and text.isdigit():
        return _range_end(full, start, text, ctx)
    timex = normalise(text, ctx)
    if timex.value is None and timex.reason == "unresolved" and not STRONG_RE.search(text):
        return None  # spaCy's "the night of", "a period": nothing to read
    return timex


def _rescue(full: str, start: int, end: int, ctx: Context) -> tuple[int, int, Timex] | None:
    """The longest readable time inside an expression that cannot be read whole: "Friday" in
    "the day Friday", "1990" in "the first two quarters of 1990"."""
    best: tuple[int, int, Timex] | None = None
    piece = full[start:end]
    spans = extra_spans(piece) + [m.span() for m in BARE_DATE_RE.finditer(piece)]
    for a, b in spans:
        if best is not None and b - a <= best[1] - best[0]:
            continue
        found = normalise(full[start + a : start + b], ctx)
        if found.value is not None:
            best = (start + a, start + b, found)
    return best


def _range_end(full: str, start: int, text: str, ctx: Context) -> Timex | None:
    """ "99" in "1998-99" (the century of the year before), "25" in "April 24 and 25" (the
    month and year of the day before)."""
    m = DAY_RANGE_RE.search(full[max(0, start - 24) : start])
    if m:
        first = normalise(m["first"], ctx)
        if first.value and unit_of(first.value) == "day":
            try:
                value = date.fromisoformat(first.value[:10]).replace(day=int(text))
            except ValueError:
                return None
            return Timex("date", value.isoformat(), relative=first.relative)
    century = full[max(0, start - 7) : start].strip(" -–/")[-4:-2]
    year = int(century + text) if century.isdigit() and len(text) == 2 else None
    return Timex("date", f"{year}", relative=False) if year else None


def _expression(full: str, start: int, end: int, timex: Timex) -> TimeExpression:
    value, granularity = contract_value(timex)
    return TimeExpression(Span.of(full, start, end), value, granularity,  # type: ignore[arg-type]
                          timex.relative, timex.reason if value is None else None,
                          timex.type, timex.value, timex.mod)  # type: ignore[arg-type]


def _compared(anchors: list[tuple[int, str]], sentence_start: int) -> str | None:
    """The first quarter, half or month named in the sentence so far: "a year ago" is
    compared with it ("third-quarter profit rose from a year ago")."""
    for start, value in anchors:
        if start >= sentence_start and unit_of(value) in ("quarter", "half", "month"):
            return value
    return None


ENDED_RE = re.compile(r"\s+(?:that\s+)?(?:ended|ending|ends|through)\s+$")


def _period_end(full: str, end: int, following: tuple[int, int] | None, day: date | None,
                tense: str) -> str | None:
    """The date a period runs to, when one follows it: "the quarter ended Sept. 30"."""
    if following is None or following[0] - end > 12 or not ENDED_RE.match(
            full[end : following[0]]):
        return None
    found = normalise(full[following[0] : following[1]], Context(day=day, tense="past"))
    return found.value if found.value and unit_of(found.value) else None


def _day_after(full: str, end: int, following: Sequence[tuple[int, int]]) -> str | None:
    """The day a time of day is on when the text names it after "on": "Wednesday" in "at 4
    a.m. on Wednesday", "at 4:10 p.m. (0710 GMT) on Monday" (two or three expressions in
    TimeML, each time on that day)."""
    for start, stop in following:
        if ON_RE.fullmatch(full[end:start]):
            return full[start:stop]
    return None


ON_RE = re.compile(r"\)?\s*(?:local\s+time|\([^()\n]{1,24}\))?,?\s+on\s+")


def _sentence_start(doc: Doc, start: int) -> int:
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span.sent.start_char if span is not None else 0


def _cue(doc: Doc, start: int, words: frozenset[str]) -> bool:
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return False
    return doc[tok.start - 1].lower_ in words


def _frequency_cue(doc: Doc, start: int) -> bool:
    """A rate before the expression: "$5 a year", "40 hours a week", "twice a month"."""
    tok = doc.char_span(start, start + 1, alignment_mode="expand")
    if tok is None or tok.start == 0:
        return False
    prev = doc[tok.start - 1]
    return prev.like_num or prev.lower_ in FREQUENCY_CUES or prev.pos_ == "NOUN" and any(
        t.like_num or t.is_currency for t in doc[max(0, tok.start - 4) : tok.start])
