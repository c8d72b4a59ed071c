"""Time expressions as strings, resolved against a publication time (rules: see
according.times)."""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources

from according.nlp import FINITE_VERB_TAGS
from according.records import META_REGION_KINDS

_LEX = json.loads(
    resources.files("according").joinpath("data/times_lexicon.json").read_text("utf-8")
)
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
DEICTIC_DAYS: dict[str, int] = _LEX["deictic_days"]
VAGUE = frozenset(_LEX["vague"])
UNITS: dict[str, str] = _LEX["units"]
FREQUENCY_WORDS = frozenset(_LEX["frequency_words"])
FUTURE_MARKERS = frozenset(_LEX["future_markers"])
FUTURE_AUXILIARIES = frozenset(_LEX["future_auxiliaries"])
MODAL_AUXILIARIES = frozenset(_LEX["modal_auxiliaries"])
EXPECTATION_VERBS = frozenset(_LEX["expectation_verbs"])
PROGRAMME_NOUNS = frozenset(_LEX["programme_nouns"])
AMOUNT_ADJECTIVES = frozenset(_LEX["amount_adjectives"])  # "a few weeks" is a duration
MONTH_PERIOD_PREFIX_RE = re.compile("^" + _LEX["month_period_prefix"])
SKIPPED_REGIONS = META_REGION_KINDS
LEADING_WORDS = frozenset({"on", "in", "since", "by", "until", "from", "of", "at", "during"})
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th)?"
DAY_MONTH_RE = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:(?P<d1>\d{{1,2}}){ORD}\s+(?:of\s+)?)?"
    rf"(?P<month>{_MONTH_ALT})\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}}){ORD})?(?:,?\s+(?P<year>\d{{4}}))?$"
)
YEAR_RE = re.compile(r"^(?:the\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)$")
SEASON_RE = re.compile(
    r"^(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>\d{4})$"
)
DECADE_RE = re.compile(r"^(?:the\s+)?(?:early-|mid-|late-|early |mid |late )?\d{2,4}'?s$")
WEEKDAY_RE = re.compile(
    r"^(?:(?P<mod>last|next|this|this past|earlier|later|early|late)\s+)?"
    rf"(?P<day>{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$"
)
FINITE_TAGS = FINITE_VERB_TAGS
MONTH_MOD_RE = re.compile(
    rf"^(?P<mod>last|next|this|this past|this coming)\s+(?P<month>{_MONTH_ALT})$"
)
PERIOD_RE = re.compile(
    r"^(?P<mod>last|this|next|earlier this|later this|this past|the past|the last|"
    r"the next|the coming|just this)\s+(?P<unit>week|month|year|weekend)$"
)
AGO_RE = re.compile(
    r"^(?:(?:about|some|nearly|almost|roughly|around|just|more than|less than|over)\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago$"
)
DURATION_RE = re.compile(
    r"\b(?:\d+|several|a few|a couple of|couple|many|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|the past|the last|the next|nearly|almost|about|under|over)\b.*"
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$"
)
TIME_OF_DAY_RE = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|o['’]clock")
ANAPHORIC_RE = re.compile(
    r"^(?:that|the same|the next|the following|the previous|the prior|those|this)\s+"
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|days|weeks|months|years)$"
    r"|\b(?:later|earlier|before|after|afterwards?)$"
)
NUMERIC_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$")
SKIP_RE = re.compile(r"-year-old|years? old|-(?:second|minute|hour|day|week|month|year)\b")
# a month must be capitalised here: "12 may have been trapped" is no date
_MONTH_CAPS_ALT = "|".join(m[:1].upper() + m[1:] for m in sorted(MONTHS, key=len, reverse=True))
EXTRA_RE = re.compile(
    rf"\b(?:(?i:recently|lately|yesterday|today|tomorrow|tonight|"
    rf"(?:last|this|next)\s+(?:week|month|year)|(?:{'|'.join(WEEKDAYS)}))|"
    rf"(?:{_MONTH_CAPS_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_CAPS_ALT}))\b",
)

Resolved = tuple[str | None, str | None, bool, str | None]  # value, granularity, relative, reason


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period(day: date, unit: str, delta: int) -> tuple[str, str]:
    """The week, month or year `delta` units away from `day`, as (value, granularity)."""
    if unit == "week":
        return _iso_week(day + timedelta(weeks=delta)), "week"
    if unit == "month":
        y, m = _add_months(day.year, day.month, delta)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "day":
        return (day + timedelta(days=delta)).isoformat(), "day"
    return f"{day.year + delta:04d}", "year"


PRESENT_TENSE_AHEAD_DAYS = 90


def _yearless(day: date, month: int, dom: int | None, tense: str) -> Resolved:
    """The month (or day of month) before `day`, after it ("future"), or, in a present-tense
    sentence, the next one if within 90 days, else the one before."""
    cands: list[date] = []
    # four years either side, so that 29 February has a candidate on both sides
    for year in range(day.year - 4, day.year + 5):
        try:
            cands.append(date(year, month, dom or 1))
        except ValueError:
            continue
    if not cands:
        return None, None, True, "invalid date"
    this_month = day.replace(day=1)
    past = [c for c in cands if c <= (day if dom else this_month)]
    ahead = [c for c in cands if c >= (day if dom else this_month)]
    if tense == "future":
        cand = min(ahead)
    elif tense == "present":
        # news mostly looks back: a present-tense date goes ahead only when it is close
        soon = [c for c in ahead if (c - day).days <= PRESENT_TENSE_AHEAD_DAYS]
        cand = min(soon) if soon else max(past)
    else:
        cand = max(past)
    if dom is None:
        return f"{cand.year:04d}-{month:02d}", "month", True, None
    return cand.isoformat(), "day", True, None


def _absolute(s: str) -> Resolved | None:
    """Dates that need no publication time: "7 October 2023", "September 2023", "2014"."""
    m = YEAR_RE.match(s) or SEASON_RE.match(s)
    if m:
        return m["year"], "year", False, None
    m = DAY_MONTH_RE.match(s)
    if m and m["year"]:
        month, dom = MONTHS[m["month"]], m["d1"] or m["d2"]
        if dom is None:
            return f"{m['year']}-{month:02d}", "month", False, None
        try:
            return date(int(m["year"]), month, int(dom)).isoformat(), "day", False, None
        except ValueError:
            return None, None, False, "invalid date"
    if NUMERIC_DATE_RE.match(s):
        return _dateparser(s)
    return None


def _relative(s: str, day: date, tense: str) -> Resolved | None:
    """Expressions resolved against the publication day."""
    if s in DEICTIC_DAYS:
        return (day + timedelta(days=DEICTIC_DAYS[s])).isoformat(), "day", True, None
    m = WEEKDAY_RE.match(s)
    if m:
        mod, target = m["mod"], WEEKDAYS[m["day"]]
        if mod == "next" or (tense == "future" and mod not in ("last", "this past")):
            delta = (target - day.weekday()) % 7 or (7 if mod == "next" else 0)
        else:
            delta = -((day.weekday() - target) % 7)
            if mod == "last" and delta == 0:
                delta = -7
        return (day + timedelta(days=delta)).isoformat(), "day", True, None
    m = MONTH_MOD_RE.match(s)
    if m:  # "last May" in May is a year back; "next May" a year ahead
        month, mod = MONTHS[m["month"]], m["mod"]
        if mod in ("last", "this past"):
            year = day.year if month < day.month else day.year - 1
        elif mod == "this":
            year = day.year
        else:
            year = day.year if month > day.month else day.year + 1
        return f"{year:04d}-{month:02d}", "month", True, None
    m = PERIOD_RE.match(s)
    if m:
        mod, unit = m["mod"], m["unit"]
        if unit == "weekend":  # "this/next weekend" is the coming one, "last weekend" the past
            if mod in ("next", "the coming", "this"):
                sat = day + timedelta(days=(5 - day.weekday()) % 7)
            else:
                sat = day - timedelta(days=(day.weekday() - 5) % 7)
            return _iso_week(sat), "week", True, None
        delta = {"last": -1, "this past": -1, "the past": -1, "the last": -1,
                 "next": 1, "the next": 1, "the coming": 1}.get(mod, 0)
        value, gran = _period(day, unit, delta)
        return value, gran, True, None
    m = AGO_RE.match(s)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS.get(m["n"])
        if n is None:
            return None, None, True, "vague"
        unit = m["unit"].rstrip("s")
        if unit == "decade":
            unit, n = "year", 10 * n
        value, gran = _period(day, unit, -n)
        return value, gran, True, None
    m = DAY_MONTH_RE.match(s)
    if m and not m["year"]:
        dom = m["d1"] or m["d2"]
        return _yearless(day, MONTHS[m["month"]], int(dom) if dom else None, tense)
    return None


@lru_cache(maxsize=1024)
def _dateparser(s: str) -> Resolved:
    """Numeric absolute dates ("2024-05-14", "5/14/2024") through dateparser, cached."""
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"]).get_date_data(s)
    if data.date_obj is None:
        return None, None, False, "unresolved"
    return data.date_obj.date().isoformat(), "day", False, None


def _normalise(s: str) -> str:
    s = s.lower().replace("’", "'").replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(?:on|in|since|by|until|from|during|at) ", "", s)
    s = re.sub(r"^(?:early|mid|late)[- ](?=[a-z0-9])", "", s)
    s = MONTH_PERIOD_PREFIX_RE.sub("", s)
    return re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.", r"\1", s)


def resolve_time(text: str, published: datetime | None, tense: str = "past") -> Resolved:
    """Resolve one time expression: (value, granularity, relative, reason).

    `tense` is the sentence's: "past" (default), "present" (no past-tense verb) or "future".
    """
    s = _normalise(text)
    absolute = _absolute(s)
    if absolute is not None:
        return absolute
    if s in VAGUE:
        return None, None, True, "vague"
    if DECADE_RE.match(s):
        return None, None, False, "decade"
    if TIME_OF_DAY_RE.search(s):
        return None, None, True, "time of day"
    if ANAPHORIC_RE.search(s) and not PERIOD_RE.match(s):
        return None, None, True, "anaphoric"
    if DURATION_RE.search(s) and not s.endswith("ago"):
        return None, None, False, "duration"
    if published is None:
        probe = _relative(s, date(2000, 1, 1), tense)
        if probe is not None:
            return None, None, True, "no publication time"
        return None, None, False, "unresolved"
    day = published.date()  # an aware stamp gives its own zone's date: 00:30 BST is that day
    found = _relative(s, day, tense)
    return found if found is not None else (None, None, False, "unresolved")


