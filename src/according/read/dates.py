"""Publication stamps, as written or as ISO 8601, to UTC ISO 8601 ("…+00:00")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

from according.data import article_rules as R

_TIME_IN_STAMP = re.compile(r"\d{1,2}[:.]\d{2}|\d\s*[ap]\.?m\b|T\d{2}", re.IGNORECASE)


def published_utc(stamp: str) -> str | None:
    """A publication stamp ("Tuesday 14 May 2024 03:50 BST") as UTC ISO 8601, or None.

    A stamp without a zone is taken as UTC; a stamp without a time is midnight UTC.
    """
    stamp = R.DATE_PREFIX.sub("", stamp.strip()).strip()
    if not stamp:
        return None
    iso = _from_iso(stamp)
    if iso is not None:
        return iso
    offset = 0
    zone = R.TZ_SUFFIX.search(stamp)
    if zone and zone.group("tz") in R.TZ_OFFSETS:
        offset = R.TZ_OFFSETS[zone.group("tz")]
        stamp = stamp[: zone.start()].rstrip(" ,")
    import dateparser

    parsed = dateparser.parse(
        stamp, languages=["en"],
        settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
    )
    if parsed is None:
        return None
    if not _TIME_IN_STAMP.search(stamp):
        parsed, offset = parsed.replace(hour=0, minute=0, second=0, microsecond=0), 0
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone(timedelta(minutes=offset)))
    return parsed.astimezone(UTC).isoformat()


def _from_iso(stamp: str) -> str | None:
    if not re.match(r"^\d{4}-\d{2}-\d{2}", stamp):
        return None
    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC).isoformat()
