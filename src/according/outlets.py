"""News outlets: one table (data/outlets.json) of names, forms, short forms and domains.

The article stage names an article's outlet from its URL, the entity stage finds
outlets in the text, and the ledger merges them across articles; all three read
this table, so an outlet added here is known everywhere.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

_NOT_WORD = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Outlet:
    name: str                  # "The Washington Post"
    forms: tuple[str, ...]     # names that mean it anywhere: "Washington Post", "WaPo"
    short: tuple[str, ...]     # valid only once a full form is in the article: "Post"
    domains: tuple[str, ...]   # "washingtonpost.com"


def outlet_key(name: str) -> str:
    """A name folded for lookup: lower case, punctuation gone, no leading "the" (nor a
    doubled one, "the The Hill", as scraped text has)."""
    words = _NOT_WORD.sub(" ", name.lower().replace("’s", "").replace("'s", "")).split()
    while words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _load() -> tuple[Outlet, ...]:
    raw = json.loads((files("according") / "data" / "outlets.json").read_text("utf-8"))
    return tuple(
        Outlet(o["name"], tuple(o["forms"]), tuple(o["short"]), tuple(o.get("domains", ())))
        for o in raw["outlets"]
    )


OUTLETS: tuple[Outlet, ...] = _load()


@lru_cache(maxsize=1)
def _by_key() -> dict[str, Outlet]:
    table: dict[str, Outlet] = {}
    for outlet in OUTLETS:
        for form in (outlet.name, *outlet.forms):
            table.setdefault(outlet_key(form), outlet)
    return table


@lru_cache(maxsize=1)
def _by_domain() -> dict[str, Outlet]:
    return {d: o for o in OUTLETS for d in o.domains}


def outlet_named(name: str) -> Outlet | None:
    """The outlet a full name or form denotes ("the Washington Post", "WaPo"), else None."""
    return _by_key().get(outlet_key(name))


def outlet_of_host(host: str) -> Outlet | None:
    """The outlet publishing at a host ("www.independent.co.uk"), trying parent domains."""
    host = host.lower().removeprefix("www.")
    while host:
        if host in _by_domain():
            return _by_domain()[host]
        host = host.partition(".")[2]
    return None
