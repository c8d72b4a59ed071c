"""Publication stamps, as written or as ISO 8601, to UTC ISO 8601 ("…+00:00") or to an
aware datetime in their own zone.

A stamp out of range (a CMS's "0001-01-01" placeholder, a year 9999) reads as no stamp:
`published_utc` gives None and `stamp_out_of_range` says why, so a reader can warn and go on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from according.data import article_rules as R

_ISO_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}.*(?:Z|[+-]\d{2}:?\d{2})$")
_YEAR = re.compile(r"(?<!\d)(\d{4,})(?!\d)")
MAX_STAMP_CHARS = 200
# Country-code domains where numeric dates are written day first are all but these.
_MONTH_FIRST_SUFFIXES = frozenset({"us", "ph", "fm"})
_URL_DAY = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})[/-](?P<m>0?[1-9]|1[0-2]|[a-z]{3})[/-](?P<d>[0-3]?\d)(?!\d)",
    re.IGNORECASE)
_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_NUMERIC_DAY = re.compile(r"(?<!\d)(\d{1,2})[/.](\d{1,2})[/.]\d{4}(?!\d)")
_FRENCH_CLOCK = re.compile(r"(?<![\w.])([01]?\d|2[0-3])h([0-5]\d)(?!\w)")
_GENERIC_SUFFIX = re.compile(r"^[a-z]{3,}$")  # com, org, net, news: no country to go by
# A locale in an address's path ("msn.com/en-gb/news/…", "/en_AU/"): the edition's language.
_PATH_LOCALE = re.compile(r"/(en[-_][a-z]{2})(?=/|$)", re.IGNORECASE)


@dataclass(frozen=True)
class DateStyle:
    """How a page writes its dates: numeric dates day first ("04/02/2025" is 4 February),
    and the country (its domain's code) that settles an ambiguous zone ("IST")."""

    day_first: bool = False
    country: str | None = None
    home_zone: str | None = None  # a regional newsroom's own zone (R.DOMAIN_ZONES)


MONTH_FIRST = DateStyle()


def published_utc(stamp: str, *, style: DateStyle = MONTH_FIRST) -> str | None:
    """A publication stamp ("Tuesday 14 May 2024 03:50 BST", "Mon, 03 Feb 2025 16:30 +0300")
    as UTC ISO 8601 to the second, or None.

    A stamp without a zone is taken in the zone of the page's country when that country has
    one (`style.country`, R.COUNTRY_ZONES), else as UTC; a stamp without a time (only the
    day is known) is that day's midnight UTC ("…T00:00:00+00:00"). Numeric dates are read
    month first unless that cannot be ("14/03/2025"), or day first when the page's `style`
    says so.
    """
    local = published_local(stamp, style=style)
    try:
        return local.astimezone(UTC).replace(microsecond=0).isoformat() if local else None
    except OverflowError:  # year 1 or 9999 with an offset: past the calendar's ends
        return None


def published_local(stamp: str, *, style: DateStyle = MONTH_FIRST) -> datetime | None:
    """The stamp as an aware datetime in its own zone (its calendar day is the article's
    day: "Tuesday 14 May 2024 00:30 BST" is 14 May, though 13 May in UTC), or None. Never
    raises: a stamp out of range or unreadable is None."""
    try:
        local = _published_local(stamp, style)
    except (ValueError, OverflowError):
        return None
    if local is None or not R.MIN_YEAR <= local.year <= R.MAX_YEAR:
        return None
    try:
        local.astimezone(UTC)  # a year-1 stamp east of UTC cannot be moved to UTC
    except (ValueError, OverflowError):
        return None
    return local


def published_in_own_zone(stamp: str, utc: datetime,
                          *, style: DateStyle = MONTH_FIRST) -> datetime | None:
    """The publication time `utc` in the zone of the stamp the page showed for it: the
    stamp's own zone ("Nov. 8, 2023, 10:28 p.m. ET"), or, for a stamp without one whose
    clock is a whole or half number of hours from `utc`, at most 14 ("November 8, 2023 at
    5:49 p.m." for 01:49 UTC the next day), that offset. None when the stamp names another
    time, or only a day."""
    local = published_local(stamp, style=style)
    if local is None or not R.TIME_IN_STAMP.search(stamp):
        return None
    if local == utc:
        return local
    drift = (local.replace(tzinfo=None) - utc.astimezone(UTC).replace(tzinfo=None))
    seconds = drift.total_seconds()
    off = seconds % 1800
    if is_instant(stamp) or abs(seconds) > 14 * 3600 or min(off, 1800 - off) >= 60:
        return None
    return utc.astimezone(timezone(timedelta(seconds=1800 * round(seconds / 1800))))


def stamp_out_of_range(stamp: str) -> bool:
    """The stamp names a year no publication has ("0001-01-01T00:00:00", "9999-12-31")."""
    years = [int(y) for y in _YEAR.findall(stamp)]
    return bool(years) and not any(R.MIN_YEAR <= y <= R.MAX_YEAR for y in years)


def _published_local(stamp: str, style: DateStyle) -> datetime | None:
    if len(stamp) > MAX_STAMP_CHARS:
        return None  # no stamp is that long; dateparser would take seconds over it
    stamp = _without_tail(R.DATE_PREFIX.sub("", R.STAMP_LABEL.sub("", stamp.strip())))
    stamp = R.HHMM_ZONED.sub(r"\g<h>:\g<m> \g<zone>", stamp)  # "2010 GMT (0410 HKT)"
    stamp = _FRENCH_CLOCK.sub(r"\1:\2", stamp)  # "27.07.2023 at 15h21" (APA)
    if not stamp or stamp_out_of_range(stamp):
        return None
    iso = _from_iso(stamp, style)
    if iso is not None:
        return iso
    zone, stamp = _zone(stamp, style.country)
    import dateparser

    settings: dict[str, object] = {
        "REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False,
        # a publication stamp is absolute: "2 hours ago" is no publication time, and the
        # relative-time parser is most of dateparser's cost
        "PARSERS": ["timestamp", "custom-formats", "absolute-time"],
    }
    if style.day_first:
        settings["DATE_ORDER"] = "DMY"
    parsed = dateparser.parse(stamp, languages=["en"], settings=settings)  # type: ignore[arg-type]
    if parsed is None:
        return None
    if not R.TIME_IN_STAMP.search(stamp):
        return parsed.replace(hour=0, minute=0, second=0, microsecond=0, tzinfo=UTC)
    return parsed if parsed.tzinfo else parsed.replace(
        tzinfo=zone or home_zone(style) or UTC)


def home_zone(style: DateStyle) -> tzinfo | None:
    """The zone of the page's newsroom (R.DOMAIN_ZONES) or the one zone of its country
    (R.COUNTRY_ZONES), for a stamp that names none."""
    from zoneinfo import ZoneInfo

    name = style.home_zone or R.COUNTRY_ZONES.get(style.country or "")
    return ZoneInfo(name) if name else None


def stamp_as_written(line: str) -> str:
    """A stamp line as `published_text`: without a publication label ("Published On",
    "Posted:") or what follows the stamp ("| UPDATED: …", "3 min read"); an update's label
    stays, since it says what the time is ("Updated 9:05 AM EDT, July 1, 2025")."""
    line = _without_tail(R.STAMP_LABEL.sub("", line.strip()))
    return line if R.UPDATE_PREFIX.match(line) else R.DATE_PREFIX.sub("", line).strip()


def _without_tail(stamp: str) -> str:
    """The stamp without what follows it on its line ("| UPDATED: …", "3 min read"): only
    what comes after its first digit is cut, so a label ("Last modified on") stays whole.
    A JavaScript zone name goes first: its closing bracket is no stamp's tail; nor is one
    the stamp opened ("9:00AM (UTC)"), only the close of a bracketed line ("(Published …)")."""
    stamp = R.JS_ZONE_NAME.sub("", stamp)
    digit = next((i for i, ch in enumerate(stamp) if ch.isdigit()), len(stamp))
    tail = R.STAMP_TAIL.sub("", stamp[digit:])
    tail += ")" if tail.count("(") > tail.count(")") else ""
    stamp = (stamp[:digit] + tail).strip(" |,")
    return re.sub(r"(?<=\d)\.$", "", stamp)  # "Last updated on 20 Feb, 2020."


def is_instant(stamp: str) -> bool:
    """The stamp gives a time and a zone ("14.05 BST", "16:30 +0300", ISO with an offset)."""
    stamp = _without_tail(R.DATE_PREFIX.sub("", R.STAMP_LABEL.sub("", stamp.strip())))
    if _ISO_INSTANT.match(stamp):
        return True
    return bool(R.TIME_IN_STAMP.search(stamp)) and _zone(stamp)[0] is not None


def ambiguous_day(stamp: str) -> bool:
    """The stamp writes its day as numbers that read both ways ("02/11/2023": 2 November or
    February 11): alone, without the page's style, a reader cannot tell its day."""
    match = _NUMERIC_DAY.search(stamp)
    return bool(match) and match.group(1) != match.group(2) and all(
        1 <= int(part) <= 12 for part in match.group(1, 2))


def address_day(url: str | None) -> date | None:
    """The day a page's address names ("/2020/oct/02/", "/2023/11/08/", "-2024-05-14-"), or
    None."""
    match = _URL_DAY.search(url or "")
    if not match:
        return None
    year, month, day = match.group("y", "m", "d")
    number = int(month) if month.isdigit() else _MONTHS.get(month.lower()[:3])
    try:
        return date(int(year), number, int(day)) if number else None
    except ValueError:
        return None


def style_for_stamp(stamp: str, style: DateStyle, address: str | None) -> DateStyle:
    """The page's style, or the other order when the stamp's numeric day reads both ways and
    only the other reading is the day the page's address names ("02/10/2020" on
    ".../2020/oct/02/...")."""
    day = address_day(address) if ambiguous_day(stamp) else None
    if day is None:
        return style
    other = DateStyle(not style.day_first, style.country, style.home_zone)
    mine, theirs = published_local(stamp, style=style), published_local(stamp, style=other)
    if theirs and theirs.date() == day and not (mine and mine.date() == day):
        return other
    return style


def date_style(url: str | None = None, language: str | None = None) -> DateStyle:
    """How a page writes dates. Numeric dates are day first when its language says so
    ("en-GB", "en_ZA"), or the locale its address's path names ("/en-gb/"), or, without
    either, when its address is in a country that writes them so (".co.uk", ".ae"; not
    ".com" nor ".us"); its country is its domain's country code, or for a generic domain the
    country of the newsroom publishing there (R.DOMAIN_COUNTRIES: "tehrantimes.com")."""
    from urllib.parse import urlsplit

    from according.outlets import public_suffix, registered_domain

    if url and (not language or re.fullmatch(r"en", language.strip(), re.IGNORECASE)):
        locale = _PATH_LOCALE.search(urlsplit(url).path)
        language = locale[1] if locale else language
    suffix = public_suffix(url)
    last = suffix.rsplit(".", 1)[-1] if suffix else None
    country = last if last and not _GENERIC_SUFFIX.match(last) else None
    domain = registered_domain(url) or ""
    country = country or R.DOMAIN_COUNTRIES.get(domain)
    home = R.DOMAIN_ZONES.get(domain)
    if language and not re.fullmatch(r"en", language.strip(), re.IGNORECASE):
        # "en-GB", "en_ZA", "fr": the language says it; a bare "en" leaves it to the address
        return DateStyle(bool(R.DAY_FIRST_LOCALES.match(language.strip())), country, home)
    return DateStyle(country is not None and country not in _MONTH_FIRST_SUFFIXES, country, home)


def _zone(stamp: str, country: str | None = None) -> tuple[tzinfo | None, str]:
    """The first zone the stamp names, wherever it sits, and the stamp without it."""
    city = R.CITY_ZONE_TOKEN.search(stamp)
    if city:
        from zoneinfo import ZoneInfo

        rest = f"{stamp[: city.start()]} {stamp[city.end():]}"
        name = next(v for k, v in R.CITY_ZONES.items() if k.lower() == city["city"].lower())
        return ZoneInfo(name), re.sub(r"\s+,", ",", " ".join(rest.split())).strip(" ,")
    for match in R.TZ_TOKEN.finditer(stamp):
        zone = _tzinfo(match, country)
        if zone is not None:
            rest = f"{stamp[: match.start()]} {stamp[match.end():]}"
            return zone, re.sub(r"\s+,", ",", " ".join(rest.split())).strip(" ,")
    return None, stamp


def _tzinfo(match: re.Match[str], country: str | None = None) -> tzinfo | None:
    if match.group("tz"):
        name = match.group("tz")
        if name in R.TZ_OFFSETS:
            minutes = R.TZ_BY_COUNTRY.get(name, {}).get(country or "", R.TZ_OFFSETS[name])
            return timezone(timedelta(minutes=minutes))
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


def _from_iso(stamp: str, style: DateStyle = MONTH_FIRST) -> datetime | None:
    """An ISO 8601 stamp; one with a clock but no offset ("2026-11-27 15:02:10", KBS's
    "Write:" line) is in the page's home zone where that is known (round 35: Seoul's time on
    a .kr page), else UTC; a day alone is that day's midnight UTC."""
    if not re.match(r"^\d{4}-\d{2}-\d{2}", stamp):
        return None
    try:
        parsed = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    if parsed.tzinfo:
        return parsed
    timed = R.TIME_IN_STAMP.search(stamp)
    return parsed.replace(tzinfo=(home_zone(style) if timed else None) or UTC)
