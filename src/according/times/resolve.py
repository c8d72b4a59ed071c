"""Time expressions as strings, resolved against a publication time (rules: see
according.times); what other stages import from the times stage."""

from __future__ import annotations

from datetime import datetime

from according.records import META_REGION_KINDS
from according.times.lexicon import MONTHS, WEEKDAYS
from according.times.timex import contract_value

__all__ = ["MONTHS", "SKIPPED_REGIONS", "WEEKDAYS", "resolve_time"]

SKIPPED_REGIONS = META_REGION_KINDS

Resolved = tuple[str | None, str | None, bool, str | None]  # value, granularity, relative, reason


def resolve_time(text: str, published: datetime | None, tense: str = "past") -> Resolved:
    """Resolve one time expression: (value, granularity, relative, reason), as a record's
    time has them.

    `tense` is the clause's: "past" (default), "present" (no past-tense verb) or "future".
    """
    from according.times.normalise import resolve_text

    timex = resolve_text(text, published.date() if published is not None else None, tense)
    value, granularity = contract_value(timex)
    return value, granularity, timex.relative, timex.reason if value is None else None
