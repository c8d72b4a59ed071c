"""Readers of calendar dates: each takes the cleaned expression and its Context and returns a
Timex, or None when the expression is not of its kind (a cascade: see times.normalise).

Which way a date without a year points ("Oct. 7", "Thursday", "in September"): the most
recent one on or before the publication day, the next one in a future clause, and in a
present-tense clause the next one when it is within 90 days (`pick`; seasons and holidays in
times.periods point the same way).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from according.times.calendar import coarsen, iso_week, shift, unit_of, unit_value
from according.times.lexicon import (
    DECADE_WORDS,
    DEICTIC_DAYS,
    MONTH_ALT,
    MONTHS,
    NUMBER_WORDS,
    ORDINAL_ALT,
    ORDINALS,
    WEEKDAY_ALT,
    WEEKDAYS,
)
from according.times.timex import Context, Timex, dated, unresolved

ORD = r"(?:st|nd|rd|th)?"
DAY_MONTH_RE = re.compile(
    rf"^(?:(?:this\s+coming|this|next|last|coming)\s+(?=(?:{WEEKDAY_ALT})\b))?"
    rf"(?:(?P<wd>{WEEKDAY_ALT}),?\s+)?(?:(?:the\s+)?(?P<d1>\d{{1,2}}){ORD}\s+(?:of\s+)?)?"
    rf"(?P<month>{MONTH_ALT})\.?"
    rf"(?:\s+(?:the\s+)?(?P<d2>\d{{1,2}}){ORD})?(?:,?\s+(?:of\s+)?(?P<year>\d{{4}}))?"
    rf"(?:,?\s+(?P<wd2>{WEEKDAY_ALT}))?$"
)
MONTH_SPELLED_YEAR_RE = re.compile(rf"^(?P<month>{MONTH_ALT})\s+(?:of\s+)?(?P<year>"
                                   r"(?:nineteen|two thousand)[- a-z]*)$")
YEAR_RE = re.compile(
    r"^(?:the\s+)?(?:(?:calendar|fiscal|financial|tax|model)\s+)?(?:year\s+)?(?:fy\s?)?"
    r"(?P<year>1[0-9]\d\d|20\d\d)$"
)
NUMERIC_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$")
WEEKDAY_RE = re.compile(
    r"^(?:(?P<mod>last|next|this|this past|this coming|coming|past|earlier|later|early|late)\s+)?"
    rf"(?P<day>{WEEKDAY_ALT})$"
)
ANAPHORIC_WEEKDAY_RE = re.compile(
    rf"^(?:the|that)\s+(?P<which>previous|preceding|prior|following|next)\s+(?P<day>{WEEKDAY_ALT})$"
)
WEEK_OF_RE = re.compile(r"^(?:the\s+)?week\s+(?:of|beginning|starting)\s+(?P<day>.+)$"
                        r"|^(?P<day2>.+?)\s+week$")
WEEKDAY_OF_WEEK_RE = re.compile(
    rf"^(?P<day>{WEEKDAY_ALT})\s+(?:of\s+)?(?P<mod>last|this|next)\s+week$"
)
MONTH_MOD_RE = re.compile(
    rf"^(?P<mod>last|next|this|this past|this coming|coming|past)\s+(?P<month>{MONTH_ALT})"
    r"(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?$"
)
MONTH_OF_YEAR_RE = re.compile(
    rf"^(?P<month>{MONTH_ALT})\.?(?:\s+(?P<day>\d{{1,2}}){ORD})?,?\s+(?:of\s+)?"
    r"(?P<rel>last|this|next|the previous|the following|the same|that)\s+year$"
    rf"|^(?P<rel2>last|this|next)\s+year's\s+(?P<month2>{MONTH_ALT})$"
)
PERIOD_RE = re.compile(
    r"^(?P<mod>last|this|next|earlier this|later this|this past|this coming|the past|the last|"
    r"the next|the coming|just this|the previous|the current|past|previous|coming|current|"
    r"the latest|latest|the present|so far this|thus far this)\s+"
    r"(?P<fiscal>(?:fiscal|financial|calendar|tax)\s+)?(?P<unit>week|weekend|month|year|decade|century)$"
)
SPELLED_YEAR_RE = re.compile(
    r"^(?:the\s+year\s+)?(?P<hi>nineteen|eighteen|seventeen|twenty)[- ]"
    r"(?P<lo>[a-z]+(?:[- ][a-z]+)?)$"
    r"|^(?:the\s+year\s+)?two[- ]thousand(?:[- ](?:and[- ])?(?P<lo2>[a-z]+(?:[- ][a-z]+)?))?$"
)
DECADE_RE = re.compile(r"^(?:the\s+)?(?P<digits>\d{3})0'?s$|^(?:the\s+)?'(?P<two>\d)0'?s$"
                       r"|^(?:the\s+)?(?P<short>[2-9])0s$")
DECADE_WORD_RE = re.compile(rf"^(?:the\s+)?(?P<word>{'|'.join(DECADE_WORDS)})$")
CENTURY_RE = re.compile(
    rf"^(?:the\s+|a\s+)?(?:(?P<num>\d{{1,2}})(?:st|nd|rd|th)|(?P<word>{ORDINAL_ALT}))[- ]century$"
)
PRESENT_TENSE_AHEAD_DAYS = 90
DEADLINE_AHEAD_DAYS = 31  # "decided he must leave by Jan. 14" (in a Jan. 5 article)



def pick(cands: list[date], day: date, tense: str, container_start: date | None = None) -> date:
    """The candidate before `day` (past), after it (future), or in a present-tense clause the
    next one if within 90 days (a deadline in a past clause: within 31 days), else the one
    before. `container_start`: a candidate
    starting there (this month, this quarter) counts as both before and after."""
    pivot = container_start or day
    past = [c for c in cands if c <= pivot]
    ahead = [c for c in cands if c >= pivot]
    if tense == "future" and ahead:
        return min(ahead)
    if tense in ("present", "past deadline"):
        window = PRESENT_TENSE_AHEAD_DAYS if tense == "present" else DEADLINE_AHEAD_DAYS
        soon = [c for c in ahead if (c - day).days <= window]
        if soon:
            return min(soon)
    return max(past) if past else min(ahead)


def _month_day(month: int, dom: int | None, day: date, tense: str) -> Timex:
    cands = []
    for year in range(day.year - 4, day.year + 5):  # so 29 February has one on both sides
        try:
            cands.append(date(year, month, dom or 1))
        except ValueError:
            continue
    if not cands:
        return unresolved("invalid date")
    cand = pick(cands, day, tense, None if dom else day.replace(day=1))
    if dom is None:
        return dated("date", f"{cand.year:04d}-{month:02d}")
    return dated("date", cand.isoformat())


def read_absolute(s: str, ctx: Context) -> Timex | None:
    """Dates that need no publication time: "7 October 2023", "September 2023", "2014"."""
    m = YEAR_RE.match(s)
    if m:
        return dated("date", m["year"], relative=False)
    year = spelled_year(s)
    if year is not None:
        return dated("date", f"{year:04d}", relative=False)
    m = MONTH_SPELLED_YEAR_RE.match(s)
    if m and spelled_year(m["year"]):
        return dated("date", f"{spelled_year(m['year']):04d}-{MONTHS[m['month']]:02d}", False)
    m = DAY_MONTH_RE.match(s)
    if m and m["year"]:
        month, dom = MONTHS[m["month"]], m["d1"] or m["d2"]
        if dom is None:
            return dated("date", f"{m['year']}-{month:02d}", relative=False)
        try:
            return dated("date", date(int(m["year"]), month, int(dom)).isoformat(), False)
        except ValueError:
            return unresolved("invalid date", relative=False)
    if NUMERIC_DATE_RE.match(s):
        return _dateparser(s)
    return None


@lru_cache(maxsize=1024)
def _dateparser(s: str) -> Timex:
    """Numeric absolute dates ("2024-05-14", "5/14/2024") through dateparser, cached."""
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"]).get_date_data(s)
    if data.date_obj is None:
        return unresolved("unresolved", relative=False)
    return dated("date", data.date_obj.date().isoformat(), relative=False)


def number_word(s: str) -> int | None:
    """ "ninety-six" -> 96, "seven" -> 7; None when it is not a number in words."""
    total = 0
    for part in re.split(r"[- ]", s):
        n = NUMBER_WORDS.get(part)
        if n is None or n >= 100 or n != int(n):
            return None
        total += int(n)
    return total


def spelled_year(s: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000."""
    m = SPELLED_YEAR_RE.match(s)
    if m is None:
        return None
    if m["hi"]:
        hi = {"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20}[m["hi"]]
        lo = 0 if m["lo"] == "hundred" else number_word(m["lo"])
        return hi * 100 + lo if lo is not None and lo < 100 else None
    lo = number_word(m["lo2"]) if m["lo2"] else 0
    return 2000 + lo if lo is not None else None


def read_decade(s: str, ctx: Context) -> Timex | None:
    """ "the 1990s" -> "199", "the '80s" -> "198", "the nineties" -> "199", "the 20th
    century" -> "19"."""
    m = DECADE_RE.match(s)
    if m:
        if m["digits"]:
            return dated("date", m["digits"], relative=False)
        digit = m["two"] or m["short"]
        return dated("date", f"19{digit}", relative=False)
    m = DECADE_WORD_RE.match(s)
    if m:
        return dated("date", f"19{DECADE_WORDS[m['word']]}", relative=False)
    m = CENTURY_RE.match(s)
    if m:
        n = int(m["num"]) if m["num"] else ORDINALS[m["word"]]
        return dated("date", f"{n - 1:02d}", relative=False)
    return None


def read_deictic(s: str, ctx: Context) -> Timex | None:
    if s in DEICTIC_DAYS and ctx.day is not None:
        return dated("date", (ctx.day + timedelta(days=DEICTIC_DAYS[s])).isoformat())
    return None


def read_weekday(s: str, ctx: Context) -> Timex | None:
    m = WEEKDAY_OF_WEEK_RE.match(s)
    if m and ctx.day is not None:  # "Monday of next week"
        delta = {"last": -1, "this": 0, "next": 1}[m["mod"]]
        monday = ctx.day - timedelta(days=ctx.day.weekday()) + timedelta(weeks=delta)
        return dated("date", (monday + timedelta(days=WEEKDAYS[m["day"]])).isoformat())
    m = ANAPHORIC_WEEKDAY_RE.match(s)
    if m:  # "the previous Friday": the Friday before the day last mentioned
        ref = ctx.reference if ctx.reference and unit_of(ctx.reference) == "day" else None
        if ref is None:
            return unresolved("anaphoric")
        back = m["which"] in ("previous", "preceding", "prior")
        return dated("date", weekday_date(date.fromisoformat(ref[:10]), WEEKDAYS[m["day"]],
                                          "last" if back else "next", ctx.tense))
    m = WEEKDAY_RE.match(s)
    if m is None or ctx.day is None:
        return None
    return dated("date", weekday_date(ctx.day, WEEKDAYS[m["day"]], m["mod"], ctx.tense))


def read_week_of(s: str, ctx: Context) -> Timex | None:
    """ "the week of March 6", "Easter week": the ISO week holding that day."""
    m = WEEK_OF_RE.match(s)
    if m is None:
        return None
    from according.times.normalise import normalise

    found = normalise(m["day"] or m["day2"], ctx)
    if found.value is None or unit_of(found.value) != "day":
        return None
    return Timex("date", iso_week(date.fromisoformat(found.value[:10])), relative=found.relative)


def weekday_date(day: date, target: int, mod: str | None, tense: str) -> str:
    """The weekday `target` around `day`: back, or ahead for "next" and in future and
    present-tense clauses ("Parliament returns on Tuesday", "the vote is on Friday")."""
    forward = mod in ("next", "this coming", "coming") or (
        tense in ("future", "present") and mod not in ("last", "this past", "past"))
    if forward:
        delta = (target - day.weekday()) % 7 or (7 if mod == "next" else 0)
    else:
        delta = -((day.weekday() - target) % 7)
        if mod in ("last", "past") and delta == 0:
            delta = -7
    return (day + timedelta(days=delta)).isoformat()


def read_month_relative(s: str, ctx: Context) -> Timex | None:
    """ "last May" (the latest May before this month), "next May", "June last year"."""
    if ctx.day is None:
        return None
    day = ctx.day
    m = MONTH_MOD_RE.match(s)
    if m:
        month, mod = MONTHS[m["month"]], m["mod"]
        if mod in ("last", "this past", "past"):
            year = day.year if month < day.month else day.year - 1
        elif mod == "this":
            year = day.year
        else:
            year = day.year if month > day.month else day.year + 1
        return _month_value(year, month, m["day"])
    m = MONTH_OF_YEAR_RE.match(s)
    if m:
        rel = m["rel"] or m["rel2"]
        month = MONTHS[m["month"] or m["month2"]]
        base: int | None = day.year
        if rel in ("the previous", "the following", "the same", "that"):
            ref = ctx.reference_in("year")
            base = int(ref[:4]) if ref else None
            if base is None:
                return unresolved("anaphoric")
        delta = {"last": -1, "the previous": -1, "next": 1, "the following": 1}.get(rel, 0)
        return _month_value(base + delta, month, m["day"])
    return None


def _month_value(year: int, month: int, dom: str | None) -> Timex:
    if dom is None:
        return dated("date", f"{year:04d}-{month:02d}")
    try:
        return dated("date", date(year, month, int(dom)).isoformat())
    except ValueError:
        return unresolved("invalid date")


def read_period(s: str, ctx: Context) -> Timex | None:
    """ "last week" -> "2024-W19", "this month", "next year", "this financial year", "this
    weekend" (the coming one; "last weekend" the one before)."""
    m = PERIOD_RE.match(s)
    if m is None or ctx.day is None:
        return None
    mod, unit, day = m["mod"], m["unit"], ctx.day
    if unit == "weekend":
        ahead = mod in ("next", "the coming", "this", "this coming", "coming") or (
            mod not in ("last", "this past", "the past", "past") and ctx.tense == "future")
        sat = (day + timedelta(days=(5 - day.weekday()) % 7) if ahead
               else day - timedelta(days=(day.weekday() - 5) % 7))
        if mod == "next":
            sat += timedelta(weeks=1 if sat - day < timedelta(days=2) else 0)
        return dated("date", iso_week(sat) + "-WE")
    delta = {"last": -1, "this past": -1, "the past": -1, "the last": -1, "the previous": -1,
             "past": -1, "previous": -1, "next": 1, "the next": 1, "the coming": 1,
             "coming": 1}.get(mod, 0)
    return dated("date", unit_value(day, unit, delta))


THE_UNIT_RE = re.compile(r"^the\s+(?:(?:full|whole|entire|fiscal|financial|calendar|current)\s+)?"
                         r"(?P<unit>year|month|week)$|^(?P<end>year[- ]end|year's end)$")


def read_the_unit(s: str, ctx: Context) -> Timex | None:
    """ "for the year", "the full year", "the fiscal year": the publication's year (month,
    week)."""
    m = THE_UNIT_RE.match(s)
    if m is None or ctx.day is None or ctx.period_end:
        return None
    if m["end"]:  # "year-end": the end of the publication year
        return Timex("date", unit_value(ctx.day, "year"), "END", relative=True)
    return dated("date", unit_value(ctx.day, m["unit"]))


def read_weekend(s: str, ctx: Context) -> Timex | None:
    """ "the weekend": the one just gone, or the coming one in a future clause."""
    if s not in ("the weekend", "weekend") or ctx.day is None:
        return None
    return read_period("this weekend" if ctx.tense == "future" else "last weekend", ctx)


def read_yearless(s: str, ctx: Context) -> Timex | None:
    """ "Oct. 7", "12 May", "in September": the nearest one in the clause's direction;
    "Saturday, April 25": the year whose April 25 is a Saturday, nearest first."""
    m = DAY_MONTH_RE.match(s)
    if m is None or m["year"] or ctx.day is None:
        return None
    dom = m["d1"] or m["d2"]
    weekday = m["wd"] or m["wd2"]
    if weekday and dom:
        for delta in (0, 1, -1, 2, -2):
            try:
                d = date(ctx.day.year + delta, MONTHS[m["month"]], int(dom))
            except ValueError:
                continue
            if d.weekday() == WEEKDAYS[weekday]:
                return dated("date", d.isoformat())
    return _month_day(MONTHS[m["month"]], int(dom) if dom else None, ctx.day, ctx.tense)


def read_anaphoric_unit(s: str, ctx: Context) -> Timex | None:
    """ "that day", "the same year", "the following week", "the day before": the time last
    mentioned, moved; without one, no value (reason "anaphoric")."""
    m = ANAPHORIC_UNIT_RE.match(s)
    if m is None:
        return None
    unit = m["unit"] or m["unit2"]
    which = m["which"] or m["which2"]
    if unit in ("night", "morning", "afternoon", "evening"):
        return None  # parts of day: times.clock
    delta = {"following": 1, "next": 1, "after": 1, "previous": -1, "prior": -1,
             "preceding": -1, "before": -1}.get(which, 0)
    ref = ctx.reference_in(unit)
    if ref is None:
        return unresolved("anaphoric")
    base = coarsen(ref, unit) if unit != "day" or len(ref) >= 10 else None
    if base is None:
        return unresolved("anaphoric")
    return dated("date", shift(base, unit, delta) if delta else base)


ANAPHORIC_UNIT_RE = re.compile(
    r"^(?:(?:the|that)\s+)?(?P<which>same|following|next|previous|prior|preceding|that)\s+"
    r"(?P<unit>day|week|month|quarter|year|night|morning|afternoon|evening)$"
    r"|^the\s+(?P<unit2>day|week|month|year)\s+(?P<which2>before|after)$"
)
