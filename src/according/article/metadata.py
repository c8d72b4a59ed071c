"""Metadata: what the layout shows, else what the container knew."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from according.article.lines import _Reading
from according.data import article_rules as R
from according.outlets import outlet_named, outlet_of_host
from according.read.dates import published_utc
from according.records import Metadata


def _metadata(text: str, reading: _Reading, hints: Metadata | None, url: str | None) -> Metadata:
    hints = hints or Metadata()
    published_text = reading.published_text or hints.published_text
    published = published_utc(published_text) if published_text else None
    if published is None and hints.published:
        # The container's date; its text is what the page showed, never a made-up ISO string.
        published, published_text = published_utc(hints.published), hints.published_text
    credits = list(dict.fromkeys([*reading.credits, *hints.credits]))
    return Metadata(
        headline=reading.headline or hints.headline,
        standfirst=reading.standfirst or hints.standfirst,
        byline=tuple(reading.byline) or hints.byline,
        dateline=reading.dateline or hints.dateline,
        published=published,
        published_text=published_text,
        outlet=_outlet(text, reading, hints, url),
        credits=tuple(credits),
        language=hints.language,
    )


def _outlet(text: str, reading: _Reading, hints: Metadata, url: str | None) -> str | None:
    """The page's site name, else the URL's site, else a wire dateline, else the text's
    own words; a site name that is only a host name ("example.com") comes after the URL."""
    known = outlet_named(hints.outlet) if hints.outlet else None
    named = known.name if known else hints.outlet  # "AP", "the Guardian" -> the table's name
    if named and "." in named and " " not in named:
        return _outlet_of_url(url) or _outlet_of_url(f"https://{named}") or named
    return named or _outlet_of_url(url) or reading.wire or _outlet_in_text(text)


def _outlet_of_url(url: str | None) -> str | None:
    if not url:
        return None
    outlet = outlet_of_host(urlsplit(url).hostname or "")
    return outlet.name if outlet else None


def _outlet_in_text(text: str) -> str | None:
    """The outlet speaking of itself: "Independent readers", "told The Independent"."""
    for pattern in R.OUTLET_SELF:
        for match in pattern.finditer(text):
            said = match.group("outlet")
            known = outlet_named(said)
            name = known.name if known else (said if said.startswith("The ") else None)
            if name is None:
                continue
            third = R.OUTLET_THIRD_PARTY.format(o=re.escape(said))
            if not re.search(third, text, re.IGNORECASE):
                return name
    return None
