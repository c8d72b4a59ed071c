"""The time the ledger orders reports by (issue 11): a report whose publication stamp gives
only a day ("2025-03-04": a date-only meta, an address's day, a wire dateline's day) is
stored as that day's midnight UTC, but nothing shows it ran first that day. It sorts after
every timed report of its day: at the day's last microsecond (23:59:59.999999 UTC), which
no stamp has (stamps are kept to the second), so the order columns the ledger stores
(cluster_stats' first times, source_quotes, series_order, fronts, the summaries' member
samples) keep one timestamp and a page shows such a time as its day alone ("2025-03-04").

`articles.published_day_only` says which stamps give a day only (`published_day_only`).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from according.data.article_rules import TIME_IN_STAMP

# a day-only stamp's place in its day: after every timed stamp of it
DAY_ONLY_OFFSET_US = 24 * 3600 * 1_000_000 - 1
DAY_ONLY_CLOCK = time(23, 59, 59, 999_999)


def published_day_only(published: str | datetime | None, published_text: str | None) -> bool:
    """Whether a stored publication time gives its day only: the stamp it was read from
    shows no clock ("2025-03-04", "Nov 22"), or, with no stamp kept (an address's day, a
    dateline day its story group dated), it is a midnight UTC. False without a time."""
    if published is None:
        return False
    if published_text:
        return not TIME_IN_STAMP.search(published_text)
    moment = datetime.fromisoformat(published) if isinstance(published, str) else published
    return moment.astimezone(UTC).time() == time(0)


def sort_moment(published: str | datetime | None, day_only: bool | None
                ) -> str | datetime | None:
    """An article's sort time in Python (`sort_sql`): `published`, a day-only stamp's at
    its day's last microsecond; None when undated."""
    if published is None or not day_only:
        return published
    moment = datetime.fromisoformat(published) if isinstance(published, str) else published
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC) + timedelta(microseconds=DAY_ONLY_OFFSET_US)


def sort_sql(alias: str = "") -> str:
    """SQL of an articles row's sort time (`alias`: the row's table alias, or none):
    `published`, a day-only stamp's at its day's last microsecond; NULL when undated."""
    a = f"{alias}." if alias else ""
    return (f"CASE WHEN {a}published_day_only THEN {a}published + "
            f"INTERVAL {DAY_ONLY_OFFSET_US} MICROSECOND ELSE {a}published END")


def shown_sql(value: str) -> str:
    """SQL of a stored sort time `value` as the pages show it: UTC ISO 8601 to the second,
    a day-only stamp's as its day alone."""
    utc = f"timezone('UTC', {value})"
    return (f"CASE WHEN strftime({utc}, '%H:%M:%S.%f') = '23:59:59.999999' "
            f"THEN strftime({utc}, '%Y-%m-%d') "
            f"ELSE strftime({utc}, '%Y-%m-%dT%H:%M:%S+00:00') END")


def shown_time(value: datetime | None) -> str | None:
    """A stored sort time as the pages show it (`shown_sql`), or None."""
    if value is None:
        return None
    utc = value.astimezone(UTC)
    if utc.time() == DAY_ONLY_CLOCK:
        return utc.date().isoformat()
    return utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")
