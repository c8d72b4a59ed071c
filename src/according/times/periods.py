"""Readers of periods of a year: seasons ("last winter", "the summer of 2010"), holidays
("Christmas", "Thanksgiving 2023"), quarters and halves ("the third quarter", "Q3 2024",
"the year-earlier quarter", "the first half of 1990"); each returns a Timex or None, as the
readers of times.dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from according.times.calendar import SEASON_START, coarsen, shift, unit_of, unit_value
from according.times.dates import pick, read_yearless, spelled_year
from according.times.lexicon import (
    HOLIDAY_ALT,
    HOLIDAYS_FIXED,
    HOLIDAYS_VARIABLE,
    MONTH_ALT,
    MONTHS,
    ORDINALS,
    SEASON_ALT,
    SEASONS,
)
from according.times.timex import Context, Timex, dated, derived, unresolved

SEASON_RE = re.compile(
    rf"^(?:(?P<mod>last|this|next|this past|this coming|coming|past|the|that|early|late)\s+)?"
    rf"(?P<season>{SEASON_ALT})(?:\s+(?:of\s+)?(?P<year>\d{{4}}|[a-z]+[- ][a-z-]+))?$"
)
HOLIDAY_RE = re.compile(
    rf"^(?:(?P<mod>last|this|next|this past|this coming|the)\s+)?(?P<name>{HOLIDAY_ALT})"
    r"(?:\s+(?:of\s+)?(?P<year>\d{4}))?$"
)
QUARTER_WORDS = r"first|second|third|fourth|1st|2nd|3rd|4th|final|last"
QUARTER_RE = re.compile(
    r"^(?:the\s+|its\s+|a\s+\w+\s+)?(?:(?P<owner>this|last|next|\d{4}) year's\s+|(?P<y1>\d{4})\s+)?"
    r"(?:(?P<rel>this|last|next|current|previous|past|prior|coming|latest|same|recent|"
    r"just-ended|just-completed|year-earlier|year-ago|comparable|corresponding|"
    r"comparable year-ago|comparable year-earlier|year-before|prior-year|fiscal)\s+)?"
    r"(?:(?:fiscal|financial|calendar)[- ])?"
    rf"(?:(?P<ord>{QUARTER_WORDS})[- ])?(?:(?:fiscal|financial)[- ])?"
    r"(?P<unit>quarter|half|period)"
    r"(?:\s+(?:of\s+)?(?:(?:fiscal|the fiscal year|fiscal year|the year)\s+)?"
    r"(?P<y2>\d{4}|this year|last year|next year|the year|the current year))?$"
    r"|^(?:the\s+)?(?P<qn>[1-4])q(?:\s*(?P<y3>\d{4}))?$"
    r"|^(?:the\s+)?q(?P<qn2>[1-4])(?:\s*(?P<y4>\d{4}))?$"
)
MONTH_QUARTER_RE = re.compile(
    rf"^(?:the\s+|its\s+)?(?:(?P<first>{MONTH_ALT})\s?[-/]\s?)?(?P<last>{MONTH_ALT})\s+"
    r"(?P<unit>quarter|period|half)(?:\s+(?:of\s+)?(?P<year>\d{4}))?$")
SPORTS_SEASON_RE = re.compile(r"^(?:this|last|next|the current|the previous|the new)\s+season$")
YEAR_PERIOD_RE = re.compile(
    r"^(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year|comparable|corresponding)"
    r"(?:\s+(?:period|quarter|year))?$|^(?:the\s+)?(?:corresponding|comparable|same)\s+"
    r"(?:period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year|of\s+last\s+year)$"
)

def read_season(s: str, ctx: Context) -> Timex | None:
    """ "the summer of 2010" -> "2010-SU"; "last winter", "this fall" against the
    publication day (a winter is the year of its December)."""
    m = SEASON_RE.match(s)
    if m is None:
        return None
    code = SEASONS[m["season"]]
    if m["year"]:
        year = int(m["year"]) if m["year"].isdigit() else spelled_year(m["year"])
        return dated("date", f"{year:04d}-{code}", relative=False) if year else None
    if ctx.day is None:
        return unresolved("no publication time")
    day, mod = ctx.day, m["mod"]
    starts = [date(y, SEASON_START[code], 1) for y in range(day.year - 2, day.year + 2)]
    ends = [date(s.year + (s.month + 3 > 12), (s.month + 2) % 12 + 1, 1) for s in starts]
    if mod in ("last", "this past", "past"):
        start = max(s for s, e in zip(starts, ends, strict=True) if e <= day)
    elif mod in ("next", "this coming", "coming"):
        start = min(s for s in starts if s > day)
    elif mod == "this":
        current = [s for s, e in zip(starts, ends, strict=True) if s <= day < e]
        start = current[0] if current else pick(starts, day, ctx.tense if ctx.tense != "past"
                                                else "present")
    elif mod == "that":
        ref = ctx.reference_in("year")
        if ref is None:
            return unresolved("anaphoric")
        return dated("date", f"{ref[:4]}-{code}")
    else:
        current = [s for s, e in zip(starts, ends, strict=True) if s <= day < e]
        start = current[0] if current and ctx.tense != "past" else pick(starts, day, ctx.tense)
    return dated("date", f"{start.year:04d}-{code}")


def read_holiday(s: str, ctx: Context) -> Timex | None:
    """Fixed and movable holidays: "Christmas", "Thanksgiving", "Easter 2024"."""
    m = HOLIDAY_RE.match(s)
    if m is None:
        return None
    name = m["name"]
    if m["year"]:
        return dated("date", holiday_date(name, int(m["year"])).isoformat(), relative=False)
    if ctx.day is None:
        return unresolved("no publication time")
    cands = [holiday_date(name, y) for y in range(ctx.day.year - 2, ctx.day.year + 3)]
    if m["mod"] in ("last", "this past"):
        found = max(c for c in cands if c < ctx.day)
    elif m["mod"] in ("next", "this coming"):
        found = min(c for c in cands if c > ctx.day)
    else:
        found = pick(cands, ctx.day, ctx.tense)
    return dated("date", found.isoformat())


def holiday_date(name: str, year: int) -> date:
    if name in HOLIDAYS_FIXED:
        month, dom = HOLIDAYS_FIXED[name].split("-")
        return date(year, int(month), int(dom))
    rule = HOLIDAYS_VARIABLE[name]
    if isinstance(rule, int):
        from dateutil.easter import easter

        return easter(year) + timedelta(days=rule)
    month, weekday, nth = rule
    first = date(year, month, 1)
    if nth > 0:
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def read_quarter(s: str, ctx: Context) -> Timex | None:
    """Quarters and halves: "the third quarter" (of this year, or the latest one that has
    begun), "third-quarter", "Q3 2024", "the quarter" (the one mentioned, or the last
    complete one), "the year-earlier quarter", "the first half of 1990"."""
    if SPORTS_SEASON_RE.match(s):
        return unresolved("season")  # "this season": a sports season, no TIMEX3 value
    m = MONTH_QUARTER_RE.match(s)
    if m:
        return _month_quarter(m, ctx)
    m = QUARTER_RE.match(s)
    if m is None:
        return _year_period(s, ctx)
    if m["qn"] or m["qn2"]:
        n, year_text = int(m["qn"] or m["qn2"]), m["y3"] or m["y4"]
        unit, rel, owner = "quarter", None, None
    else:
        unit, word = m["unit"], m["ord"]
        rel, owner, year_text = m["rel"], m["owner"], m["y1"] or m["y2"]
        if rel == "last" and word is None and (year_text or owner):
            rel, word = None, "last"  # "the last half of 1989"
        n = None if word is None else _ordinal(word, unit)
        if word == "last" and not (year_text or owner):
            n, rel = None, "last"  # "last quarter" is the quarter before this one
    if unit == "period" and n is None and rel not in (None, "latest", "same", "recent"):
        if rel not in ("year-earlier", "year-ago", "comparable", "corresponding",
                       "comparable year-ago", "comparable year-earlier", "year-before",
                       "prior-year"):
            return None
    if unit == "half" and n not in (None, 1, 2):
        return None
    if unit == "quarter" and n not in (None, 1, 2, 3, 4):
        return None
    code = "H" if unit == "half" else "Q"
    year = _owner_year(owner or year_text, ctx)
    if n is not None and rel and ("year" in rel or rel in ("comparable", "corresponding")):
        found = read_quarter(s.replace(rel, "this", 1), ctx)  # "the year-ago third quarter"
        return derived(shift(found.value, "year", -1)) if found and found.value else found
    if n is not None:
        if year is not None:
            return dated("date", f"{year:04d}-{code}{n}", relative=not (year_text or "").isdigit())
        if ctx.day is None:
            return unresolved("no publication time")
        # a reporting period: this year's, or last year's when this year's has not begun
        # and the clause looks back ("expects to report a third-quarter loss" in October)
        months = 3 if code == "Q" else 6
        year = ctx.day.year
        if ctx.tense != "future" and date(year, months * (n - 1) + 1, 1) > ctx.day:
            year -= 1
        return dated("date", f"{year:04d}-{code}{n}")
    # no ordinal: the quarter (or period) this text is about
    unit_name = "half" if code == "H" else "quarter"
    if rel in ("this", "current"):
        return _around(ctx, unit_name, 0)
    if rel in ("last", "previous", "past", "prior"):
        return _around(ctx, unit_name, -1)
    if rel in ("next", "coming"):
        return _around(ctx, unit_name, 1)
    base = ctx.reference_in(unit_name) if unit != "period" else ctx.reference_in("half")
    if base is not None and unit_of(base) in ("day", "week", "month"):
        base = None  # a day mentioned before is no quarter
    if ctx.period_end is not None:
        base = coarsen(ctx.period_end, unit_name)  # "the quarter ended Sept. 30"
    if base is None or (unit != "period" and not _is_unit(base, unit_name)):
        base = _around(ctx, unit_name, 0 if ctx.tense == "future" else -1).value
        if base is None:
            return unresolved("anaphoric")
    elif unit == "period" and not _is_unit(base, "quarter", "half", "month"):
        return unresolved("anaphoric")
    if rel and ("year" in rel or rel in ("comparable", "corresponding")):
        return derived(shift(base, "year", -1))
    if year is not None:
        return dated("date", f"{year:04d}{base[4:]}")
    return dated("date", base)


def _month_quarter(m: re.Match, ctx: Context) -> Timex | None:
    """ "the June quarter", "the January-March quarter" or "period": the quarter holding the
    (last) month named, in the year a bare month would be in ("June" -> the nearest June
    that way); "the January-June period": that half."""
    month = MONTHS[m["last"]]
    months = month - MONTHS[m["first"]] + 1 if m["first"] else 3
    if m["unit"] != "quarter" and (not m["first"] or months not in (3, 6)):
        return None
    code = f"Q{(month - 1) // 3 + 1}" if months == 3 else f"H{(month - 1) // 6 + 1}"
    if month % months:
        return None  # "the February-April period": no calendar quarter
    if m["year"]:
        return dated("date", f"{m['year']}-{code}", relative=False)
    if ctx.day is None:
        return unresolved("no publication time")
    found = read_yearless(m["last"], ctx)
    if found is None or found.value is None:
        return unresolved("unresolved")
    return dated("date", f"{found.value[:4]}-{code}")


def _ordinal(word: str, unit: str) -> int:
    if word in ("final", "last"):
        return 4 if unit == "quarter" else 2
    return int(word[0]) if word[0].isdigit() else ORDINALS[word]


def _year_period(s: str, ctx: Context) -> Timex | None:
    """ "the year-earlier period", "year-ago", "the corresponding period last year": the
    period just mentioned (a quarter, half or month), a year back; else last year."""
    if not YEAR_PERIOD_RE.match(s):
        return None
    base = ctx.compared or ctx.reference_in("half")
    if base is not None and _is_unit(base, "quarter", "half", "month"):
        return derived(shift(base, "year", -1))
    if ctx.day is None:
        return unresolved("no publication time")
    return dated("date", unit_value(ctx.day, "year", -1))  # "year-ago" with nothing before



def _is_unit(value: str, *units: str) -> bool:
    return unit_of(value) in units


def _owner_year(text: str | None, ctx: Context) -> int | None:
    if not text:
        return None
    if text.isdigit():
        return int(text)
    if ctx.day is None:
        return None
    if text in ("the year", "the current year"):  # the year being told of, else this one
        ref = ctx.reference_in("year")
        return int(ref[:4]) if ref else ctx.day.year
    return ctx.day.year + {"last year": -1, "this year": 0, "next year": 1, "last": -1,
                           "this": 0, "next": 1}[text]


def _around(ctx: Context, unit: str, delta: int) -> Timex:
    if ctx.day is None:
        return unresolved("no publication time")
    return dated("date", unit_value(ctx.day, unit, delta))
