"""Publication stamps, as written or as ISO 8601, to UTC ISO 8601 ("…+00:00") or to an
aware datetime in their own zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo

from according.data import article_rules as R

_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$")


def published_utc(stamp: str) -> str | None:
    """A publication stamp ("Tuesday 14 May 2024 03:50 BST", "Mon, 03 Feb 2025 16:30 +0300")
    as UTC ISO 8601, or None.

    A stamp without a zone is taken as UTC; a stamp without a time (only the day is known)
    is that day's midnight UTC ("…T00:00:00+00:00"). Numeric dates are read month first
    unless that cannot be ("14/03/2025").
    """
    local = published_local(stamp)
    try:
        return local.astimezone(UTC).isoformat() if local else None
    except OverflowError:  # year 1 or 9999 with an offset: past the calendar's ends
        return None


def published_local(stamp: str) -> datetime | None:
    """The stamp as an aware datetime in its own zone (its calendar day is the article's
    day: "Tuesday 14 May 2024 00:30 BST" is 14 May, though 13 May in UTC), or None."""
    stamp = R.DATE_PREFIX.sub("", stamp.strip()).strip()
    if not stamp:
        return None
    iso = _from_iso(stamp)
    if iso is not None:
        return iso
    zone, stamp = _zone(stamp)
    import dateparser

    parsed = dateparser.parse(
        stamp, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None
    if not R.TIME_IN_STAMP.search(stamp):
        return parsed.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=zone or UTC)


def is_instant(stamp: str) -> bool:
    """The stamp gives a time and a zone ("14.05 BST", "16:30 +0300", ISO with an offset)."""
    stamp = R.DATE_PREFIX.sub("", stamp.strip())
    if _ISO_INSTANT.match(stamp):
        return True
    return bool(R.TIME_IN_STAMP.search(stamp)) and _zone(stamp)[0] is not None


def _zone(stamp: str) -> tuple[tzinfo | None, str]:
    """The first zone the stamp names, wherever it sits, and the stamp without it."""
    for match in R.TZ_TOKEN.finditer(stamp):
        zone = _tzinfo(match)
        if zone is not None:
            rest = f"{stamp[: match.start()]} {stamp[match.end():]}"
            return zone, re.sub(r"\s+,", ",", " ".join(rest.split())).strip(" ,")
    return None, stamp


def _tzinfo(match: re.Match[str]) -> tzinfo | None:
    if match.group("tz"):
        name = match.group("tz")
        if name in R.TZ_OFFSETS:
            return timezone(timedelta(minutes=R.TZ_OFFSETS[name]))
        if name in R.TZ_REGIONS:
            from zoneinfo import ZoneInfo

            return ZoneInfo(R.TZ_REGIONS[name])
        return None
    sign, hours, minutes = (
        match.group("sign", "hh", "mm") if match.group("sign") else match.group("gsign", "gh", "gm")
    )
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if delta > timedelta(hours=14):
        return None
    return timezone(-delta if sign == "-" else delta)


def _from_iso(stamp: str) -> datetime | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", stamp):
        return None
    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
