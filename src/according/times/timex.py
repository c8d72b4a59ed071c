"""The TIMEX3 reading of one time expression, and what a reader knows about its context.

`Timex` is what every reader returns: TimeML's type, TIMEX3 value and mod, whether the value
needed the publication time, and, when there is no value, why. `Context` carries the
publication day, the tense of the clause, and the times mentioned before (for "a year
earlier", "the quarter", "that night").
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from according.times.calendar import granularity_of, unit_of


@dataclass(frozen=True)
class Timex:
    type: str  # "date" | "time" | "duration" | "set"
    value: str | None  # the TIMEX3 value
    mod: str | None = None
    relative: bool = False  # the value needed the publication day
    reason: str | None = None  # why `value` is None
    anchor: bool = True  # later "that day", "a year earlier" may count from it

    def with_mod(self, mod: str | None) -> Timex:
        return self if mod is None or self.mod is not None else replace(self, mod=mod)


@dataclass(frozen=True)
class Context:
    day: date | None = None  # the publication day, in the article's zone
    tense: str = "past"  # "past", "present", "future" or "past deadline" (times.direction)
    reference: str | None = None  # the last calendar value mentioned before ("1989-Q3")
    compared: str | None = None  # a quarter, half or month named earlier in the sentence
    duration_cue: bool = False  # "for", "over", "during" before it: "for the year" is P1Y
    frequency_cue: bool = False  # a rate before it: "$5 a year", "twice a week"
    period_end: str | None = None  # the date a period runs to: "the quarter ended Sept. 30"
    local_reference: str | None = None  # the last calendar value earlier in the sentence

    def reference_in(self, unit: str) -> str | None:
        """The reference when it names a `unit` ("quarter") or finer, else None."""
        if self.reference is None:
            return None
        own = unit_of(self.reference)
        order = ("day", "weekend", "week", "month", "quarter", "half", "season", "year")
        if own in order and unit in order and order.index(own) <= order.index(unit):
            return self.reference
        return None


def dated(type_: str, value: str | None, relative: bool = True) -> Timex:
    return Timex(type_, value, relative=relative)


def derived(value: str | None) -> Timex:
    """A value counted from another ("the year-earlier quarter", "a year ago" beside a
    quarter): later expressions do not count from it."""
    return Timex("date", value, relative=True, anchor=False) if value else unresolved("anaphoric")


def unresolved(reason: str, type_: str = "date", relative: bool = True) -> Timex:
    return Timex(type_, None, relative=relative, reason=reason)


def contract_value(timex: Timex) -> tuple[str | None, str | None]:
    """The record's `value` and `granularity` for a TIMEX3 reading: the TIMEX3 value, but a
    part of a day or a weekend keeps its day or week ("2024-05-13TNI" -> "2024-05-13")."""
    value = timex.value
    if value is None:
        return None, None
    if timex.type in ("duration", "set"):
        return value, None
    if value.endswith("-WE"):
        return value[:-3], "week"
    if len(value) > 11 and value[10] == "T" and value[11:].isalpha():
        return value[:10], "day"
    return value, granularity_of(value)
