"""The address an HTML page saved to a file gives itself (stranger trial 5).

A page read from a file has no address of its own, but its head usually names one: its
`<link rel="canonical">`, its og:url, or its JSON-LD article's `mainEntityOfPage` (a string
or an object's "@id") or `url`. That address is the article's when it is one: a canonical
that points at the site's home page or a bare section ("/", "/world") names no article,
and one on another site's host than the page's other addresses, or than the outlet the page
names, is the original's page (a syndicated copy's canonical) or a template's slip, not
this page's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

_OWN_LINKS = ("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content",
              "//meta[@name='og:url']/@content")
# The last piece of a path that names a page: words joined by hyphens or underscores, a
# number, a file ("valdoria-budget-passes", "12345", "story.html").
_PAGE_PIECE = re.compile(r"[-_]|\d|\.\w{2,5}$")
_HOME_PIECES = frozenset({"index.html", "index.htm", "index.php", "home", "default.aspx"})
_JSON_LD_ARTICLE = re.compile(r"article|posting|report", re.IGNORECASE)


def own_page_address(root: Any, outlet: str | None) -> str | None:
    """The article's address as the page states it (module doc), else None."""
    if root is None:
        return None
    stated = [a for a in _stated_addresses(root) if a.startswith(("http://", "https://"))]
    if not stated:
        return None
    from according.read.captures import is_archive_address

    address = stated[0]
    if is_archive_address(address) or not _names_a_page(address):
        return None
    site = _site(address)
    if any(_site(other) != site for other in stated[1:] if _names_a_page(other)):
        return None  # the page's addresses name two sites
    if outlet and _another_outlets(address, outlet):
        return None
    return address


def _stated_addresses(root: Any) -> Iterator[str]:
    from according.read.html import _json_ld_objects

    for path in _OWN_LINKS:
        for value in root.xpath(path):
            yield str(value).strip()
    for obj, listed in _json_ld_objects(root):
        kind = obj.get("@type")
        kinds = " ".join(kind) if isinstance(kind, list) else str(kind or "")
        if listed or not _JSON_LD_ARTICLE.search(kinds):
            continue
        main = obj.get("mainEntityOfPage")
        if isinstance(main, dict):
            main = main.get("@id") or main.get("url")
        for value in (main, obj.get("url")):
            if isinstance(value, str) and value.strip():
                yield value.strip()


def _names_a_page(address: str) -> bool:
    """An address with a path naming a page: not the home page ("https://site.example/",
    "/index.html") nor a bare section ("/world")."""
    try:
        path = urlsplit(address).path
    except ValueError:
        return False
    pieces = [p for p in path.split("/") if p]
    if not pieces or (len(pieces) == 1 and pieces[0].lower() in _HOME_PIECES):
        return False
    return len(pieces) >= 2 or bool(_PAGE_PIECE.search(pieces[0]))


def _site(address: str) -> str:
    from according.outlets import registered_domain

    try:
        host = (urlsplit(address).hostname or "").removeprefix("www.")
    except ValueError:
        host = ""
    return registered_domain(address) or host


def _another_outlets(address: str, outlet: str) -> bool:
    """Whether the outlet table knows the address's host as another outlet's than the one
    the page names (a portal's page whose canonical is the wire's)."""
    from according.outlets import outlet_named, outlet_of_url

    at = outlet_of_url(address)
    if at is None:
        return False
    named = outlet_named(outlet)
    return named is None or named.name != at.name
