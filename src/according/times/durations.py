"""Readers of amounts of time: durations ("two decades" P20Y, "the past three years" P3Y,
"six-week" P6W, "half an hour" PT30M, "years" PXY), sets ("every evening", "weekly",
"each quarter", "Tuesday nights"), and times counted from another ("three years ago",
"two days later", "a year earlier")."""

from __future__ import annotations

import re
from datetime import date
from fractions import Fraction

from according.times.calendar import shift, unit_of, unit_value
from according.times.lexicon import (
    DURATION_UNITS,
    MONTH_ALT,
    MONTHS,
    NUMBER,
    NUMBER_WORDS,
    PARTS_OF_DAY,
    SEASON_ALT,
    SEASONS,
    SET_WORDS,
    UNIT_ALT,
    VAGUE_AMOUNTS,
    WEEKDAY_ALT,
    WEEKDAYS,
)
from according.times.timex import Context, Timex, dated, derived, unresolved

VAGUE_ALT = "|".join(sorted(VAGUE_AMOUNTS, key=len, reverse=True))
DIRECTION = (r"past|last|next|coming|previous|first|following|latest|final|ensuing|remaining"
             r"|preceding|initial|last|closing|opening|subsequent|prior|same|entire|whole|full"
             r"|additional|further|extra|other")
DURATION_RE = re.compile(
    rf"^(?:(?P<det>the|its|his|her|their|our|a|an)\s+)?(?:(?P<dir>{DIRECTION})\s+)?"
    rf"(?:(?P<amount>{NUMBER}|{VAGUE_ALT})(?:\s+or\s+(?:so|more|two|three))?[- ])?"
    r"(?:(?:more|additional|extra|full|whole|straight|consecutive|long|calendar|fiscal)[- ])*"
    rf"(?P<unit>{UNIT_ALT})"
    r"(?:\s+and\s+a\s+half)?"
    r"(?:[- ](?:long|old|period|term|stretch|span|run|ahead|or so|or more|running|in a row"
    r"|to come|before that))?$"
)
HALF_RE = re.compile(rf"^half\s+(?:a|an)\s+(?P<unit>{UNIT_ALT})$")
NUMERIC_RANGE_RE = re.compile(rf"^(?:the\s+)?(?:next|past|last)?\s*(?P<a>{NUMBER})\s+"
                              r"(?:to|-|–|or)\s+"
                              rf"(?P<b>{NUMBER})[- ](?P<unit>{UNIT_ALT})$")
SET_RE = re.compile(
    r"^(?:every|each|per|a|an)\s+(?P<other>other\s+)?(?:(?P<n>"
    rf"{NUMBER})\s+)?(?P<unit>{UNIT_ALT}|{WEEKDAY_ALT}|{MONTH_ALT}|{SEASON_ALT}"
    r"|morning|afternoon|evening|night|weekday|weeknight)$"
)
PLURAL_WEEKDAY_RE = re.compile(
    rf"^(?P<day>{WEEKDAY_ALT})s(?:\s+(?P<part>mornings|afternoons|evenings|nights))?$"
    rf"|^(?P<day2>{WEEKDAY_ALT})\s+(?P<part2>mornings|afternoons|evenings|nights)$"
)
TIMES_A_RE = re.compile(rf"^(?:once|twice|thrice|{NUMBER}\s+times)\s+(?:a|an|per|every|each)"
                        rf"\s+(?P<unit>{UNIT_ALT})$")
COMPOUND_RE = re.compile(rf"^(?P<a>(?:{NUMBER}|a|an)\s+(?:{UNIT_ALT}))\s+and\s+"
                         rf"(?P<b>{NUMBER}\s+(?:{UNIT_ALT}))$")
PERIOD_PARTS_RE = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?"
                             r"(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$")
TIMES_ADVERB_RE = re.compile(r"^(?:once|twice|thrice)-(?P<adverb>[a-z]+)$")
AGO_RE = re.compile(
    rf"^(?:(?P<amount>{NUMBER}|{VAGUE_ALT})[- ])?(?:more\s+)?(?P<unit>{UNIT_ALT})"
    r"(?:\s+or\s+(?P<or>so|two|more))?\s+"
    r"(?P<dir>ago|earlier|before|later|after|afterwards?|from now|hence|on|back|previously)$"
)
SMALLER = {"Y": ("M", 12), "Q": ("M", 3), "M": ("D", 30), "W": ("D", 7), "D": ("TH", 24),
           "TH": ("TM", 60), "TM": ("TS", 60)}
MULTIPLES = {"DE": ("Y", 10), "CE": ("Y", 100), "ML": ("Y", 1000), "WE": ("D", 2), "2W": ("W", 2)}
CALENDAR_UNIT = {"D": "day", "W": "week", "WE": "weekend", "M": "month", "Q": "quarter",
                 "Y": "year", "DE": "decade", "CE": "century", "2W": "week"}


def amount_of(text: str | None) -> Fraction | None:
    """A number as written: "two" 2, "twenty-four" 24, "2 1/2" 5/2, "a couple of" 2,
    "one and a half" 3/2; None for vague amounts ("several") and for no amount."""
    if text is None:
        return None
    text = text.strip()
    half = Fraction(1, 2) if text.endswith(" and a half") else Fraction(0)
    text = text.removesuffix(" and a half")
    m = re.fullmatch(r"(\d+(?:\.\d+)?)(?:\s+(\d)/(\d))?", text)
    if m:
        n = Fraction(m[1])
        return n + (Fraction(int(m[2]), int(m[3])) if m[2] else 0) + half
    if text in ("a couple of", "a couple", "couple", "couple of"):
        return Fraction(2)
    total = Fraction(0)
    for part in re.split(r"[- ]+", text):
        if part in ("and",):
            continue
        n = NUMBER_WORDS.get(part)
        if n is None:
            return None
        if n in (100, 1000) and total:
            total *= int(n)
        else:
            total += Fraction(n).limit_denominator()
    return total + half if total else None


def period(amount: Fraction | None, code: str) -> str:
    """A TIMEX3 duration: (3, "Y") "P3Y", (None, "W") "PXW", (1/2, "TH") "PT30M",
    (5/2, "Y") "P2Y6M", (2, "DE") "P20Y" (time units are coded "TH", "TM", "TS")."""
    if amount is None:
        code = {"2W": "W", "DE": "Y", "CE": "C", "ML": "Y", "WE": "D"}.get(code, code)
        return f"PTX{code[1:]}" if code.startswith("T") else f"PX{code}"
    if code in MULTIPLES:
        code, factor = MULTIPLES[code]
        amount *= factor
    parts: list[tuple[str, Fraction]] = []
    whole = Fraction(int(amount))
    if whole:
        parts.append((code, whole))
    if amount - whole:
        smaller, factor = SMALLER.get(code, (code, 1))
        parts.append((smaller, (amount - whole) * factor))
    def number(n: Fraction) -> str:
        return str(int(n)) if n == int(n) else str(float(n))
    dates = "".join(f"{number(n)}{c}" for c, n in parts if not c.startswith("T"))
    times = "".join(f"{number(n)}{c[1:]}" for c, n in parts if c.startswith("T"))
    return "P" + dates + ("T" + times if times else "")


def read_duration(s: str, ctx: Context) -> Timex | None:
    m = COMPOUND_RE.match(s)
    if m:  # "an hour and 45 minutes", "two years and three months"
        parts = [read_duration(m[k], ctx) for k in ("a", "b")]
        total = _sum_periods([p.value for p in parts if p is not None and p.value])
        if len(parts) == 2 and total:
            return Timex("duration", total)
    m = HALF_RE.match(s)
    if m:
        return Timex("duration", period(Fraction(1, 2), _code(m["unit"])))
    m = NUMERIC_RANGE_RE.match(s)
    if m:
        return Timex("duration", period(None, _code(m["unit"])))
    m = DURATION_RE.match(s)
    if m is None:
        return None
    unit, amount_text = m["unit"], m["amount"]
    code = _code(unit)
    if amount_text is None and m["det"] in ("a", "an"):
        amount_text = m["det"]  # "a decade", "an hour"
    amount = amount_of(amount_text)
    plural = unit.endswith("s") or unit in ("centuries", "millennia")
    if amount_text is None:
        if not plural and s.endswith("-long"):
            amount = Fraction(1)  # "a week-long truce"
        elif not plural and not ctx.period_end and (not ctx.duration_cue
                                                    or s.startswith("the ")):
            return None  # "the week", "last year", "for the year": dates (times.dates)
        elif not plural:
            amount = Fraction(1)
    if " and a half" in s and amount is not None and "and a half" not in (amount_text or ""):
        amount += Fraction(1, 2)  # "an hour and a half"
    mod = "APPROX" if amount_text in ("a couple of", "couple") or s.endswith("or so") else None
    if s.endswith("or more"):
        mod = "EQUAL_OR_MORE"
    return Timex("duration", period(amount, code), mod)


def _sum_periods(values: list[str]) -> str | None:
    """ "PT1H" + "PT45M" -> "PT1H45M"; None unless every value is a whole-number duration."""
    totals = [0] * 7
    for value in values:
        m = PERIOD_PARTS_RE.match(value)
        if m is None or value in ("P", "PT"):
            return None
        totals = [t + int(g or 0) for t, g in zip(totals, m.groups(), strict=True)]
    if not values:
        return None
    dates = "".join(f"{n}{c}" for n, c in zip(totals[:4], "YMWD", strict=True) if n)
    times = "".join(f"{n}{c}" for n, c in zip(totals[4:], "HMS", strict=True) if n)
    return "P" + dates + ("T" + times if times else "")


def _code(unit: str) -> str:
    code = DURATION_UNITS[unit]
    return code


def read_set(s: str, ctx: Context) -> Timex | None:
    """ "daily" P1D, "every evening" XXXX-XX-XXTEV, "each Thursday" XXXX-WXX-4, "each July"
    XXXX-07, "twice a week" P1W, "Tuesday nights" XXXX-WXX-2TNI, "$5 a year" P1Y."""
    if s in SET_WORDS:
        return Timex("set", SET_WORDS[s])
    m = TIMES_ADVERB_RE.match(s)
    if m and m["adverb"] in SET_WORDS:  # "twice-yearly": a yearly set, twice in each
        return Timex("set", SET_WORDS[m["adverb"]])
    m = TIMES_A_RE.match(s)
    if m:
        return Timex("set", period(Fraction(1), _code(m["unit"])))
    m = PLURAL_WEEKDAY_RE.match(s)
    if m and (m["part"] or m["part2"] or ctx.frequency_cue or m["day"]):
        day = WEEKDAYS[m["day"] or m["day2"]] + 1
        part = (m["part"] or m["part2"] or "")[:-1]
        return Timex("set", f"XXXX-WXX-{day}" + (f"T{PARTS_OF_DAY[part]}" if part else ""))
    m = SET_RE.match(s)
    if m is None:
        return None
    if s.split()[0] in ("a", "an") and not ctx.frequency_cue:
        return None  # "a year" is a duration unless a rate comes before it
    unit = m["unit"]
    if unit in WEEKDAYS:
        return Timex("set", f"XXXX-WXX-{WEEKDAYS[unit] + 1}")
    if unit in MONTHS:
        return Timex("set", f"XXXX-{MONTHS[unit]:02d}")
    if unit in SEASONS:
        return Timex("set", f"XXXX-{SEASONS[unit]}")
    if unit in ("morning", "afternoon", "evening", "night"):
        return Timex("set", f"XXXX-XX-XXT{PARTS_OF_DAY[unit]}")
    if unit in ("weekday", "weeknight"):
        return Timex("set", "XXXX-WXX-WD")
    n = amount_of(m["n"]) or Fraction(1)
    if m["other"]:
        n *= 2
    code = _code(unit)
    if code == "WE":
        return Timex("set", "XXXX-WXX-WE")
    return Timex("set", period(n, code))


def read_counted(s: str, ctx: Context) -> Timex | None:
    """ "three years ago" (from the publication day), "two days later" (from the time last
    mentioned), "a year ago" beside a quarter ("1989-Q3" -> "1988-Q3")."""
    m = AGO_RE.match(s)
    if m is None:
        return None
    amount = amount_of(m["amount"]) if m["amount"] else None
    if m["or"] == "so" and amount is not None:
        return _counted(m, amount, ctx).with_mod("APPROX")  # "a week or so ago"
    return _counted(m, amount, ctx)


def _counted(m: re.Match, amount: Fraction | None, ctx: Context) -> Timex:
    code = _code(m["unit"])
    unit = CALENDAR_UNIT.get(code)
    direction = m["dir"]
    forward = direction in ("later", "after", "afterward", "afterwards", "from now", "hence", "on")
    from_now = direction in ("ago", "from now", "hence", "back")
    if not forward and not from_now and ctx.local_reference is None and ctx.compared is None:
        from_now = True  # "a year earlier" with nothing before it in the sentence: from now
    if amount is None or amount != int(amount):
        if m["amount"] in ("a few", "few", "several", "many", "some", None) or amount is not None:
            if from_now:
                return Timex("date", "FUTURE_REF" if forward else "PAST_REF")
            return unresolved("anaphoric")
        return unresolved("vague")
    n = int(amount) * (1 if forward else -1)
    if code == "2W":
        n *= 2
    if unit is None:  # hours, minutes: the day they fall on
        unit, n = "day", 0 if abs(n) < 24 else n // 24
    if unit == "weekend":
        unit = "week"
    compared = ctx.compared or ctx.reference_in("half")
    if unit == "year" and compared is not None and unit_of(compared) in ("quarter", "half"):
        return derived(shift(compared, "year", n))  # "profit rose from a year ago"
    if from_now:
        if ctx.day is None:
            return unresolved("no publication time")
        if unit == "decade":
            unit, n = "year", 10 * n
        if unit == "century":
            unit, n = "year", 100 * n
        return dated("date", unit_value(ctx.day, unit, n))
    ref = ctx.local_reference or ctx.reference
    if ref is None or unit_of(ref) is None:
        return unresolved("anaphoric")
    if unit == "year" and unit_of(ref) in ("quarter", "half", "month"):
        return derived(shift(ref, "year", n))
    start = _start(ref)
    if start is None:
        return unresolved("anaphoric")
    if unit in ("decade", "century"):
        unit, n = "year", n * (10 if unit == "decade" else 100)
    if unit == "day" and unit_of(ref) != "day":
        return unresolved("anaphoric")
    moved = shift(unit_value(start, unit) or "", unit, n)
    return dated("date", moved) if moved else unresolved("anaphoric")



def _start(value: str) -> date | None:
    from according.times.calendar import start_of

    return start_of(value)
