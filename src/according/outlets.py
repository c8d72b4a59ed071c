"""News outlets: one table (data/outlets.json) of names, forms, labels, short forms and domains.

The article stage names an article's outlet from its URL, its page's site name and its own
lines; the entity stage finds outlets in the text; the ledger merges them across articles.
All read this table, so an outlet added here is known everywhere. Forms are looked for in
running text; labels ("WHO", "UNICEF", "dpa") only where a page, feed, byline or dateline
names its publisher, since the same words are often a source rather than the publisher.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files
from typing import Any
from urllib.parse import urlsplit

_NOT_WORD = re.compile(r"[^\w]+")
# Where a site name joins the outlet to a section or a slogan: "Gulf News: Latest UAE news",
# "The Conversation – Articles (UK)", "UNICEF - Press releases", "Energy | Reuters".
_SITE_NAME_PARTS = re.compile(r"\s+[|–—-]\s+|:\s+|\s+\(|\)")


@dataclass(frozen=True)
class Outlet:
    name: str                  # "The Washington Post"
    forms: tuple[str, ...]     # names that mean it anywhere: "Washington Post", "WaPo"
    short: tuple[str, ...]     # valid only once a full form is in the article: "Post"
    domains: tuple[str, ...]   # "washingtonpost.com"
    labels: tuple[str, ...] = ()  # names that mean it only as a page's publisher: "WHO"
    plain_word: bool = False   # its name is also a plain word ("Dawn", "Science", "The Sun")


def outlet_key(name: str) -> str:
    """A name folded for lookup: lower case, punctuation gone, no leading "the" (nor a
    doubled one, "the The Hill", as scraped text has)."""
    words = _NOT_WORD.sub(" ", name.lower().replace("’s", "").replace("'s", "")).split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _outlet(raw: dict[str, Any]) -> Outlet:
    return Outlet(raw["name"], tuple(raw["forms"]), tuple(raw["short"]),
                  tuple(raw.get("domains", ())), tuple(raw.get("labels", ())),
                  bool(raw.get("plain_word")))


def outlets_of(text: str) -> tuple[Outlet, ...]:
    """The outlets of an outlet table's JSON text (data/outlets.json's format)."""
    return tuple(_outlet(o) for o in json.loads(text)["outlets"])


OUTLETS: tuple[Outlet, ...] = outlets_of(
    (files("according") / "data" / "outlets.json").read_text("utf-8"))


def outlets_by_key(outlets: tuple[Outlet, ...]) -> dict[str, Outlet]:
    """outlet_key of each name, form and label -> the first outlet that has it; and each
    written_key (WRITTEN + the form with its hyphens) -> its outlet, which outlet_named
    tries first: two outlets whose names differ only by a hyphen ("Herald Sun" of
    Melbourne, "The Herald-Sun" of Durham) share an outlet_key, never a written one."""
    table: dict[str, Outlet] = {}
    for outlet in outlets:
        for form in (outlet.name, *outlet.forms, *outlet.labels):
            table.setdefault(outlet_key(form), outlet)
    for outlet in outlets:
        for form in (outlet.name, *outlet.forms, *outlet.labels):
            table.setdefault(written_key(form), outlet)
    return table


WRITTEN = "="  # no outlet_key starts with it: outlet_key keeps letters, digits and spaces
_NOT_WRITTEN_WORD = re.compile(r"[^\w-]+")


def written_key(name: str) -> str:
    """outlet_key with the hyphens inside a name kept ("the Herald-Sun" -> "=herald-sun",
    "Herald Sun" -> "=herald sun"), marked apart from outlet_key's keys."""
    words = _NOT_WRITTEN_WORD.sub(" ", name.lower().replace("’s", "").replace("'s", "")).split()
    while words and words[0] == "the":
        words = words[1:]
    return WRITTEN + " ".join(w.strip("-") for w in words if w.strip("-"))


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Outlet]:
    return outlets_by_key(OUTLETS)


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, Outlet]:
    return {d: o for o in OUTLETS for d in o.domains}


def outlet_named(name: str) -> Outlet | None:
    """The outlet a full name, form or label denotes ("the Washington Post", "WaPo"), else None."""
    table = _by_key()
    return table.get(written_key(name)) or table.get(outlet_key(name))


def outlet_in_site_name(site_name: str) -> Outlet | None:
    """The outlet a page's or feed's site name denotes, whole or by one of its parts
    ("Gulf News: Latest UAE news, Dubai news", "The Conversation – Articles (UK)")."""
    known = outlet_named(site_name)
    if known:
        return known
    parts = [p for p in _SITE_NAME_PARTS.split(site_name) if p.strip()]
    return next((o for p in parts if (o := outlet_named(p))), None)


def is_titled_site_name(site_name: str) -> bool:
    """A site name with a tagline or section after its name ("Gulf News: Latest UAE news",
    "UNICEF - Press releases"): not a name to keep as it is written."""
    return len([p for p in _SITE_NAME_PARTS.split(site_name) if p.strip()]) > 1


def spelled_alike(name: str, outlet: Outlet) -> bool:
    """The name is the outlet's name or one of its forms spaced otherwise ("Wales Online" for
    "WalesOnline"); one the table lists as it is written ("Yonhap News Agency") is not."""
    names = (outlet.name, *outlet.forms)
    if outlet_key(name) in {outlet_key(n) for n in names}:
        return False
    return outlet_key(name).replace(" ", "") in {outlet_key(n).replace(" ", "") for n in names}


def outlet_of_host(host: str) -> Outlet | None:
    """The outlet publishing at a host ("www.independent.co.uk"), trying parent domains."""
    host = host.lower().strip(".").removeprefix("www.")
    while host:
        if host in _by_domain():
            return _by_domain()[host]
        host = host.partition(".")[2]
    return None


def outlet_of_url(url: str | None) -> Outlet | None:
    """The outlet publishing at a URL's host or its registered domain, else None."""
    if not url:
        return None
    host = _host(url)
    return outlet_of_host(host) if host else None


def registered_domain(url: str | None) -> str | None:
    """The domain a URL's owner registered ("edition.cnn.com" -> "cnn.com", "news.bbc.co.uk"
    -> "bbc.co.uk"), by the public suffix list bundled with tldextract; None for an address
    without one (an IP, "localhost", a bad URL)."""
    host = _host(url) if url else None
    if not host:
        return None
    return _tld_extract()(host).top_domain_under_public_suffix or None


def public_suffix(url: str | None) -> str | None:
    """The public suffix a URL's host ends in ("co.uk", "com", "ae"), else None."""
    host = _host(url) if url else None
    return (_tld_extract()(host).suffix or None) if host else None


def _host(url: str) -> str | None:
    try:
        return urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:  # a malformed address (bad port, brackets) has no host
        return None


@lru_cache(maxsize=1)
def _tld_extract() -> Any:
    import tldextract

    # no suffix-list URLs and no cache: the snapshot in the wheel, never the network
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
