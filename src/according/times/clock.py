"""Readers of times of day and parts of days: "10:35 a.m.", "09:30 GMT Monday", "noon
Thursday", "Tuesday morning", "tonight", "last night", "the next morning" (TIMEX3 type TIME).

A time names its day when the expression does ("5 p.m. Nov. 9"); otherwise it is on the day
last mentioned, or else the publication day. The zone is read but not converted: TIMEX3
writes the time as the text gives it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from according.times.calendar import unit_of
from according.times.lexicon import DEICTIC_PARTS, PARTS_OF_DAY, WEEKDAY_ALT
from according.times.timex import Context, Timex, dated, unresolved

ZONES = (r"gmt|utc|bst|cet|cest|eet|eest|msk|ist|jst|aest|aedt|est|edt|cst|cdt|mst|mdt|pst|pdt"
         r"|et|pt|ct|mt|z|local time|local|(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?")
CLOCK_RE = re.compile(
    r"(?<![\d:])(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?(?::\d{2})?\s*(?P<ampm>am|pm)"
    rf"(?:\s*\(?(?P<zone1>{ZONES})\)?)?(?![a-z])"
    r"|(?<![\d:])(?P<h2>\d{1,2}):(?P<m2>\d{2})(?::\d{2})?(?!\d)"
    rf"(?:\s*(?P<ampm2>am|pm))?(?:\s*\(?(?P<zone2>{ZONES})\)?)?(?![a-z])"
    rf"|(?<!\d)(?P<hhmm>[0-2]\d[0-5]\d)\s*(?:hours?\s*|hrs\s*)?(?P<zone3>{ZONES})(?![a-z])"
    r"|(?<![\d:])(?P<h4>\d{1,2})\s*o'clock"
    r"|\b(?P<named>noon|midday|midnight)\b"
    r"|(?<![\d:])(?P<h5>\d{1,2})\s+in\s+the\s+(?P<part5>morning|afternoon|evening|night)"
)
PART_RE = re.compile(
    r"^(?:(?P<mod>early|late|mid-|mid(?=\s))\s*)?(?:(?P<before>.+?)\s+)?(?:in\s+the\s+)?"
    r"(?P<part>morning|afternoon|evening|night|mid-afternoon|overnight|daytime)"
    r"(?:\s+(?:of\s+)?(?P<after>.+))?$"
)
ANAPHORIC_DAYS = {"the next": 1, "the following": 1, "the same": 0, "that same": 0,
                  "the previous": -1, "the preceding": -1, "the prior": -1}
DEICTIC_WORDS = re.compile(r"^(?:this|that|the|last|tomorrow|yesterday|tonight)$")

Normaliser = Callable[[str, Context], Timex]


def read_clock(s: str, ctx: Context, normalise: Normaliser) -> Timex | None:
    """A time of day, with the day it names or the day it is on."""
    m = CLOCK_RE.search(s)
    if m is None:
        return None
    clock = _clock_value(m)
    if clock is None:
        return None
    rest = (s[: m.start()] + " " + s[m.end():]).strip()
    rest = re.sub(r"^(?:at|on|,)\s+|\s*(?:,|on|at)$", "", rest).strip(" ,")
    rest = re.sub(r"^(?:at|on|,)\s+", "", rest).strip(" ,")
    day, relative = _day_of(rest, ctx, normalise)
    if day is None:
        if rest and rest not in ("today", "tonight") and not _is_part(rest):
            return None  # "6 a.m. ten days": not a time this reader can place
        reason = "no publication time" if ctx.day is None else "time of day"
        return unresolved(reason, "time")
    return dated("time", f"{day}T{clock}", relative)


def _is_part(s: str) -> bool:
    return bool(re.fullmatch(r"(?:in the |this |that |the )?(?:morning|afternoon|evening|night)",
                             s))


def _clock_value(m: re.Match) -> str | None:
    if m["named"]:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[m["named"]]
    if m["hhmm"]:
        hour, minute = int(m["hhmm"][:2]), int(m["hhmm"][2:])
        ampm = None
    elif m["h5"]:
        hour, minute = int(m["h5"]), 0
        ampm = "am" if m["part5"] == "morning" else "pm"
        if m["part5"] == "night" and hour < 5:
            ampm = "am"
    else:
        hour = int(m["h"] or m["h2"] or m["h4"])
        minute = int(m["m"] or m["m2"] or 0)
        ampm = m["ampm"] or m["ampm2"]
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or minute > 59:
        return None
    return f"{hour:02d}:{minute:02d}"


def _day_of(rest: str, ctx: Context, normalise: Normaliser) -> tuple[str | None, bool]:
    """The day a time of day is on: the one the rest of the expression names, else the day
    last mentioned, else the publication day."""
    rest = re.sub(r"^(?:in the |this |the )?(?:morning|afternoon|evening|night)\b\s*", "", rest)
    if rest and rest not in ("today", "tonight"):
        found = normalise(rest, ctx)
        if found.value and unit_of(found.value) == "day":
            return found.value[:10], found.relative
        return None, True
    ref = ctx.local_reference or ctx.reference
    if not rest and ref and unit_of(ref) == "day":
        return ref[:10], True  # "on Monday ... at 10 p.m."
    if ctx.day is None:
        return None, True
    return ctx.day.isoformat(), True


def read_part_of_day(s: str, ctx: Context, normalise: Normaliser) -> Timex | None:
    """ "Tuesday morning" -> "2024-05-14TMO", "tonight", "last night", "that evening"."""
    if s in DEICTIC_PARTS:
        delta, code = DEICTIC_PARTS[s]
        if s == "overnight" and ctx.tense not in ("future", "present"):
            delta = -1  # "held overnight" in a morning's report: the night just gone
        if ctx.day is None:
            return unresolved("no publication time", "time")
        day = (ctx.day + timedelta(days=delta)).isoformat()
        return dated("time" if code else "date", f"{day}T{code}" if code else day)
    m = PART_RE.match(s)
    if m is None or CLOCK_RE.search(s):
        return None  # "4 in the morning", "10 p.m. Monday night": a time of day
    code = PARTS_OF_DAY.get(m["part"])
    if code is None or ":" in code:
        return None
    day_text = " ".join(x for x in (m["before"], m["after"]) if x).strip()
    mod = {"early": "START", "late": "END", "mid": "MID", "mid-": "MID"}.get(m["mod"] or "")
    if not day_text or DEICTIC_WORDS.match(day_text):
        if day_text in ("this",) and ctx.day is not None:
            return Timex("time", f"{ctx.day.isoformat()}T{code}", mod, True)
        if day_text in ("that", "the") and ctx.reference and unit_of(ctx.reference) == "day":
            return Timex("time", f"{ctx.reference[:10]}T{code}", mod, True)
        if day_text in ("that", "the"):
            return unresolved("anaphoric", "time")
        return None  # a bare "night": no time to read
    if day_text in ANAPHORIC_DAYS:  # "the next morning": the day last mentioned, moved
        if ctx.reference is None or unit_of(ctx.reference) != "day":
            return unresolved("anaphoric", "time")
        day = date.fromisoformat(ctx.reference[:10]) + timedelta(days=ANAPHORIC_DAYS[day_text])
        return Timex("time", f"{day.isoformat()}T{code}", mod, True)
    if not re.search(rf"\b(?:{WEEKDAY_ALT}|yesterday|today|tomorrow|\d)", day_text):
        return None
    found = normalise(day_text, ctx)
    if found.value is None or unit_of(found.value) != "day":
        return found if found.reason else None
    return Timex("time", f"{found.value[:10]}T{code}", mod, found.relative)
