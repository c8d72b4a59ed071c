"""One time expression's TIMEX3 reading: the text is cleaned, its mod ("about", "early",
"the end of") taken off, and a cascade of small readers tried in turn; the first that reads
it wins (see times.dates, times.clock, times.durations).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from according.times import dates, periods
from according.times.clock import read_clock, read_part_of_day
from according.times.durations import period, read_counted, read_duration, read_set
from according.times.lexicon import (
    DURATION_UNITS,
    MOD_ALT,
    MODS,
    MONTH_ALT,
    ORDINAL_ALT,
    ORDINALS,
    REFS,
)
from according.times.timex import Context, Timex, unresolved

PROBE_DAY = date(2000, 1, 1)
DATE_READERS = (
    dates.read_absolute, dates.read_decade, periods.read_holiday, periods.read_season,
    periods.read_quarter, dates.read_period, dates.read_weekend, dates.read_the_unit,
    dates.read_month_relative, dates.read_deictic, dates.read_weekday, dates.read_week_of,
    dates.read_yearless,
    dates.read_anaphoric_unit,
)  # stands in for a missing publication day, to tell what needs one

LEADING_PREPOSITIONS = re.compile(
    r"^(?:on|in|since|by|until|till|from|during|at(?!\s+(?:least|most|the))|of|for|throughout|"
    r"through|into|as of|only|just|barely|merely|fully|another|long as|as long as|both|either|"
    r"an?(?=\s+(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|"
    r"march|april|june|july|august|september|october|november|december|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday)\b))|"
    r"as early as|as late as|no later than|starting|beginning|effective|circa|before|after)\s+"
)
MOD_RE = re.compile(rf"^(?P<mod>{MOD_ALT}|the\s+(?:early|mid|late))(?:\s+|-)(?=\S)")
TRAILING_MODS = {"or so": "APPROX", "or more": "EQUAL_OR_MORE", "or less": "EQUAL_OR_LESS",
                 "at the latest": "ON_OR_BEFORE", "at the earliest": "ON_OR_AFTER",
                 "or earlier": "ON_OR_BEFORE", "or later": "ON_OR_AFTER", "and beyond":
                 "ON_OR_AFTER", "or longer": "EQUAL_OR_MORE", "and counting": "EQUAL_OR_MORE"}
TRAILING_RE = re.compile(rf"\s+(?P<mod>{'|'.join(TRAILING_MODS)})$")
REF_UNIT_RE = re.compile(
    r"^(?:the\s+)?(?:(?P<which>more recent|most recent|recent|coming|future|upcoming)\s+)"
    r"(?P<unit>days|weeks|months|years|decades|quarters)$|^(?:the\s+)?(?P<unit2>days|weeks|months|years)"
    r"\s+(?P<which2>ahead|to come)$"
)
DAY_WORD_AFTER_MONTH = re.compile(rf"\b({MONTH_ALT})\s+(?:the\s+)?({ORDINAL_ALT})\b")
DAY_WORD_BEFORE_MONTH = re.compile(rf"\b(?:the\s+)?({ORDINAL_ALT})\s+of\s+({MONTH_ALT})\b")
MONTH_ABBREVIATION = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.")


def clean(text: str) -> str:
    """Lower case, straight quotes, single spaces, "a.m." -> "am", no leading preposition."""
    s = text.lower().replace("’", "'").replace("‘", "'").replace("\xa0", " ")
    s = s.replace("–", "-").replace("—", "-")
    s = re.sub(r"\b([ap])\.\s?m\.?", r"\1m", s)
    s = re.sub(r"\s+", " ", s).strip(" ,;:")
    s = MONTH_ABBREVIATION.sub(r"\1", s)
    s = s.rstrip(".")
    s = DAY_WORD_AFTER_MONTH.sub(lambda m: f"{m[1]} {ORDINALS[m[2]]}", s)  # "march eighth"
    s = DAY_WORD_BEFORE_MONTH.sub(lambda m: f"{ORDINALS[m[1]]} of {m[2]}", s)
    s = re.sub(r"'s$", "", s)
    while True:
        stripped = LEADING_PREPOSITIONS.sub("", s)
        if stripped == s:
            return s
        s = stripped


def split_mod(s: str) -> tuple[str | None, str]:
    """ "about two weeks" -> ("APPROX", "two weeks"); "the end of April" -> ("END",
    "april"); "mid-1996" -> ("MID", "1996")."""
    mod = None
    m = TRAILING_RE.search(s)
    if m:
        mod, s = TRAILING_MODS[m["mod"]], s[: m.start()]
    m = MOD_RE.match(s)
    if m and not re.match(r"^(?:some|over|under|within)\s+(?:of\s+)?(?:the\s+)?"
                          r"(?:past|last|next|coming)\b", s):
        mod = MODS.get(m["mod"]) or MODS[m["mod"].removeprefix("the ")]
        s = LEADING_PREPOSITIONS.sub("", s[m.end():])
        s = re.sub(r"^(?:the month of|the year|of)\s+", "", s)
    return mod, s


def read_ref(s: str, ctx: Context) -> Timex | None:
    """ "now" PRESENT_REF, "recently" PAST_REF, "the future" FUTURE_REF; "recent weeks" and
    "the coming months" are durations of no known length (PXW, PXM)."""
    if s in REFS:
        return Timex("date", REFS[s])
    m = REF_UNIT_RE.match(s)
    if m:
        unit = m["unit"] or m["unit2"]
        return Timex("duration", period(None, DURATION_UNITS[unit]))
    return None


def normalise(text: str, ctx: Context) -> Timex:
    """The TIMEX3 reading of `text` in its context; value None (with a reason) when it is a
    time expression this cannot place."""
    mod, s = split_mod(clean(text))
    run = ctx if ctx.day is not None else replace(ctx, day=PROBE_DAY)
    found = _cascade(s, run)
    if found is None and mod in ("START", "END", "MID"):
        found = _cascade(re.sub(r"^(?:the|this)\s+(?=week|month|year)", "this ", s), run)
    if found is None:
        return unresolved("unresolved", relative=False)
    if ctx.day is None and found.relative:
        return replace(found, value=None, reason=found.reason or "no publication time")
    return found.with_mod(mod)


def _cascade(s: str, ctx: Context) -> Timex | None:
    found = read_ref(s, ctx) or read_set(s, ctx) or read_part_of_day(s, ctx, normalise) \
        or read_clock(s, ctx, normalise)
    if found is not None:
        return found
    for reader in (*DATE_READERS, read_counted, read_duration):
        found = reader(s, ctx)
        if found is not None:
            return found
    return None


def resolve_text(text: str, day: date | None, tense: str = "past") -> Timex:
    """`normalise` with nothing known but the publication day and the tense."""
    return normalise(text, Context(day=day, tense=tense))
