"""TIMEX3 calendar values: the unit a value names, the value of a unit around a day, shifts.

A calendar value is one of "2024-05-14" (day), "2024-W20" (week), "2024-W20-WE" (weekend),
"2024-05" (month), "2024-Q2" (quarter), "2024-H1" (half), "2024-SU" (season), "2024"
(year), "202" (decade), "20" (century), optionally with a time ("2024-05-14T15:00") or a
part of the day ("2024-05-14TNI").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from according.records import Granularity

UNIT_RE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?:T(?P<time>[\d:]+|[A-Z]{2}))?)?"
    r"|W(?P<week>\d{2})(?P<we>-WE)?|Q(?P<quarter>[1-4])|H(?P<half>[12])"
    r"|(?P<season>SP|SU|FA|WI)))?$"
)
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def granularity_of(value: str | None) -> Granularity | None:
    """The contract's granularity of a calendar value; None for anything else."""
    m = UNIT_RE.match(value or "")
    if m is None:
        return None
    if m["time"]:
        return "datetime" if m["time"][0].isdigit() else "day"
    if m["day"]:
        return "day"
    if m["week"]:
        return "week"
    if m["month"]:
        return "month"
    if m["quarter"] or m["half"] or m["season"]:
        return None
    return "year"


def unit_of(value: str) -> str | None:
    """The unit a calendar value names: day, week, weekend, month, quarter, half, season,
    year, decade or century; None for anything else."""
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    if re.fullmatch(r"\d{2}", value):
        return "century"
    m = UNIT_RE.match(value)
    if m is None:
        return None
    for unit in ("day", "we", "week", "month", "quarter", "half", "season"):
        if m[unit]:
            return {"we": "weekend"}.get(unit, unit)
    return "year"


def start_of(value: str) -> date | None:
    """The first day of a calendar value ("1989-Q3" -> 1989-07-01); None if it has none."""
    m = UNIT_RE.match(value)
    if m is None:
        if re.fullmatch(r"\d{3}", value):
            return date(int(value) * 10, 1, 1)
        return None
    year = int(m["year"])
    try:
        if m["week"]:
            return date.fromisocalendar(year, int(m["week"]), 1)
        if m["quarter"]:
            return date(year, 3 * int(m["quarter"]) - 2, 1)
        if m["half"]:
            return date(year, 6 * int(m["half"]) - 5, 1)
        if m["season"]:
            return date(year, SEASON_START[m["season"]], 1)
        return date(year, int(m["month"] or 1), int(m["day"] or 1))
    except ValueError:
        return None


def iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def unit_value(day: date, unit: str, delta: int = 0) -> str | None:
    """The value of the `unit` holding `day`, `delta` units away: ("2024-05-14", "quarter",
    -1) -> "2024-Q1"."""
    if unit == "day":
        return (day + timedelta(days=delta)).isoformat()
    if unit in ("week", "weekend"):
        week = iso_week(day + timedelta(weeks=delta))
        return week + "-WE" if unit == "weekend" else week
    if unit == "month":
        y, m = add_months(day.year, day.month, delta)
        return f"{y:04d}-{m:02d}"
    if unit == "quarter":
        y, m = add_months(day.year, day.month, 3 * delta)
        return f"{y:04d}-Q{(m - 1) // 3 + 1}"
    if unit == "half":
        y, m = add_months(day.year, day.month, 6 * delta)
        return f"{y:04d}-H{(m - 1) // 6 + 1}"
    if unit == "year":
        return f"{day.year + delta:04d}"
    if unit == "decade":
        return f"{day.year // 10 + delta:03d}"
    if unit == "century":
        return f"{day.year // 100 + delta:02d}"
    return None


UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120, "century": 1200}


def shift(value: str, unit: str, n: int) -> str | None:
    """`value` moved by `n` units, keeping its own granularity: ("1989-Q3", "year", -1) ->
    "1988-Q3", ("1998-02-13", "week", 1) -> "1998-02-20"; None when it cannot be."""
    own = unit_of(value)
    start = start_of(value)
    if own is None or start is None:
        return None
    if unit in ("day", "week"):
        moved = start + timedelta(days=n * (7 if unit == "week" else 1))
    elif unit in UNIT_MONTHS:
        y, m = add_months(start.year, start.month, n * UNIT_MONTHS[unit])
        try:
            moved = start.replace(year=y, month=m)
        except ValueError:  # 29 February a year on
            moved = start.replace(year=y, month=m, day=28)
    else:
        return None
    if own == "season":
        return f"{moved.year:04d}{value[4:]}"
    out = unit_value(moved, own)
    if out is not None and "T" in value and own == "day":
        out += value[value.index("T"):]
    return out


def coarsen(value: str, unit: str) -> str | None:
    """The `unit` holding a calendar value: ("1998-02-13", "year") -> "1998"."""
    start = start_of(value)
    return unit_value(start, unit) if start is not None else None
