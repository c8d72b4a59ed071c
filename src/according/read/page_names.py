"""A page's headline and writers as its head markup states them, without the site's chrome.

A page's <title> (and often its og:title) carries the site's name after the headline
("Losing face: 6,000 surgical masks stolen | The Japan Times", "Peanut Butter Truffles -
Elavegan"), sometimes a writer too ("… | The Gateway Pundit | by Cristina Laila"). Its
author metas mix the writer with the publisher ("Condé Nast"), an address ("The Washington
Times https://www.washingtontimes.com"), a profile's slug ("sophie-foster", "aligharib") or a
citation's "Surname, Given" halves; the article's JSON-LD names its people as persons. Pure
functions of strings: html.py reads the page and calls them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Where a title joins its parts: " | ", " - ", " – ", " — ", " · ", " :: ", " » " (not ":",
# which headlines use themselves: "Tony Blair: Why there has to be compromise").
_TITLE_PARTS = re.compile(r"(\s+(?:[|–—·»]|-{1,2}|::)\s+)")
# A title's last part naming its writer: "by Cristina Laila" (a name of two to four words;
# "By the numbers" opens a headline).
_CAPITALISED_NAME = re.compile(r"^(?:by|written by)\s+(?:[A-Z][\w'’.-]*(?:\s|$)){2,4}$")
# Letters a site's name adds to its address's ("Stack Overflow Blog" on stackoverflow.blog)
_SITE_WORDS = frozenset({"blog", "online", "news", "daily", "uk", "us", "magazine", "mag",
                         "tv", "radio", "live", "digital", "media", "today", "weekly", "com"})
# A job title after a writer's name in one field ("Ann Roe, Political Editor")
_JOB_WORD = re.compile(r"\b(?:editor|correspondent|reporter|writer|staff|contributor"
                       r"|columnist|producer|journalist|chief|desk|bureau|analyst|intern)\b",
                       re.IGNORECASE)
_ADDRESS = re.compile(r"\bhttps?\b|\bwww\b|\.(?:com|org|net|co\.\w\w)\b", re.IGNORECASE)
_NOT_LETTER = re.compile(r"[\W_\d]+")


def squashed(name: str) -> str:
    """Letters only, lower case, no leading "the": "The Japan Times" and "japantimes" agree."""
    letters = _NOT_LETTER.sub(" ", name.casefold().replace("’s", "s").replace("'s", "s"))
    words = letters.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _names_site(part: str, sites: list[str]) -> bool:
    """A title's part is the site when its letters are a site name's (og:site_name, the
    outlet) or the address's own name ("Stack Overflow Blog" on stackoverflow.com, "Tone Deaf"
    on tonedeaf.thebrag.com): a name of a few words, never a sentence."""
    if len(part.split()) > 6:
        return False
    own = squashed(part)
    if len(own) < 3:
        return False
    for site in sites:
        other = squashed(site)
        if len(other) < 3:
            continue
        if own == other or (own.startswith(other) and len(other) >= 6
                            and own[len(other):] in _SITE_WORDS):
            return True
        # h7: a short site name and its newsroom's word, spaced ("CBC News" for og:site_name
        # "CBC"): the letters alone would join too much ("Cbcnews"), the words do not
        words = part.split()
        if len(words) == 2 and squashed(words[0]) == other and words[1].lower() in _SITE_WORDS:
            return True
    return False


def headline_without_site(title: str | None, sites: Iterable[str | None],
                          writers: Iterable[str] = ()) -> str | None:
    """`title` without the parts before or after the headline that name the site or say
    who wrote it; the title as it is when every part would go, or none names the site."""
    if not title:
        return title
    names = [s for s in sites if s and s.strip()]
    folded_writers = {squashed(w) for w in writers if w}
    pieces = _TITLE_PARTS.split(title.strip())
    parts, seps = pieces[0::2], pieces[1::2]

    def chrome(part: str, *, last: bool) -> bool:
        writer = last and (bool(_CAPITALISED_NAME.match(part)) or (
            bool(folded_writers) and squashed(part) in folded_writers))
        return _names_site(part, names) or writer

    first, last = 0, len(parts)
    while last - first > 1 and chrome(parts[last - 1], last=True):
        last -= 1
    while last - first > 1 and chrome(parts[first], last=False):
        first += 1
    if (first, last) == (0, len(parts)):
        return title
    kept = parts[first]
    for sep, part in zip(seps[first:last - 1], parts[first + 1:last], strict=True):
        kept += sep + part
    return kept.strip() or title


def page_byline(found: Iterable[str], people: Iterable[str],
                not_people: Iterable[str | None] = (), also: Iterable[str] = ()) -> tuple[str, ...]:
    """The writers of a page: the names its author metas gave (`found`), cleaned.

    Where the article's JSON-LD names its people (`people`), they are the writers, in the
    metas' order where a meta spells one of them, the rest after, then the other writers a
    meta field naming one of them names (`also`): a meta's other names are the publisher, a
    profile's slug or a citation's halves. A JSON-LD "person" that is an account's handle
    ("admin") or the site is none. Otherwise a name that is an address
    or a name of `not_people` (the site, its publisher) goes, and a name spelled twice
    ("Sophie Foster" and the slug "Sophie-Foster") is kept once, as first written."""
    found = [n.strip() for n in found if n and n.strip()]
    others = {squashed(n) for n in not_people if n}
    # a "person" that is a CMS account ("admin") or the site itself is no writer
    named = [one for p in people if p and p.strip() for one in each_person(p)]
    handles = {one.casefold() for one in named if one.islower() and " " not in one}
    people = _once([one for one in named if squashed(one) not in others
                    and one.casefold() not in handles and not _site_desk(one, others)])
    # the metas' spelling of a handle ("Admin") goes with it; a name spelled out ("Chuck
    # Ross" beside the JSON-LD's "chuck-ross") stays
    found = [n for n in found if n.casefold() not in handles]
    if people:
        by_key = {squashed(p): p for p in people}
        ordered = [by_key[squashed(n)] for n in found if squashed(n) in by_key]
        extra = [n for n in also if not _ADDRESS.search(n) and squashed(n) not in others
                 and len(n.split()) >= 2]
        return tuple(_once(ordered + people + extra))
    kept = [n for n in found if not _ADDRESS.search(n) and squashed(n) not in others]
    return tuple(_once(kept))


# h7: the words after the site's name that make a "person" its newsroom ("WIRED Staff", the
# JSON-LD author of a page whose byline and author meta name the writer)
_DESK_WORDS = frozenset({"staff", "editors", "desk", "team", "newsroom", "reporters"})


def _site_desk(name: str, sites: set[str]) -> bool:
    """The name is the site's own and a newsroom's word ("WIRED Staff" on WIRED)."""
    words = name.split()
    return (len(words) >= 2 and words[-1].casefold() in _DESK_WORDS
            and squashed(" ".join(words[:-1])) in sites)


_AND = re.compile(r"\s+(?:and|&)\s+|\s*;\s*")


def each_person(name: str) -> list[str]:
    """A person's field that names several ("Mamokete Modiba, Claire Benit-Gbaffou and
    Tanya Zack"), one by one: split at "and" first, then at commas where every piece is a
    name of two words or more; a citation's "Smith, John" is one name ("John Smith"), and a
    job title after a comma ("Ann Roe, Political Editor") is no name."""
    out: list[str] = []
    for chunk in (c.strip() for c in _AND.split(name.strip()) if c.strip()):
        pieces = [p.strip() for p in chunk.split(",") if p.strip()]
        people = [p for i, p in enumerate(pieces) if not _JOB_WORD.search(p)
                  and not (i and is_place_filed_from(p))] or pieces[:1]
        if _citation_name(people):
            out.append(f"{people[1]} {people[0]}")  # "Smith, John", "Smith, John A."
        elif len(people) > 1 and all(len(p.split()) >= 2 or _outlet(p) for p in people):
            out.extend(people)  # several names, or wires and outlets ("Reuters, AFP")
        else:
            out.append(", ".join(people))
    return out or [name.strip()]


_INITIAL = re.compile(r"^[A-Z]\.?$")


def is_place_filed_from(piece: str) -> bool:
    """The place a writer filed from after their comma ("Ann Roe, New Delhi"): a place the
    gazetteer of datelines knows, no second writer."""
    from according.data import article_rules as R

    return piece.lower().rstrip(".") in R.PLACES


def _outlet(name: str) -> bool:
    from according.outlets import outlet_named

    return outlet_named(name) is not None


def _citation_name(pieces: list[str]) -> bool:
    """A citation's "Surname, Given" ("Smith, John", "Smith, John A."): a one-word surname
    and a given name, perhaps with initials; not two outlets or wires ("Reuters, AFP")."""
    from according.outlets import outlet_named

    if len(pieces) != 2 or len(pieces[0].split()) != 1 or any(outlet_named(p) for p in pieces):
        return False
    given = pieces[1].split()
    return (pieces[0][:1].isupper() and given[0][:1].isupper() and len(given[0]) > 1
            and all(_INITIAL.match(w) for w in given[1:]))


def _once(names: list[str]) -> list[str]:
    """Each name once, by its letters, as first written, a spelling with capitals and
    spaces before a slug ("Sauli giliard" after "Sauli Giliard")."""
    best: dict[str, str] = {}
    order: list[str] = []
    for name in names:
        key = squashed(name)
        if not key:
            continue
        if key not in best:
            order.append(key)
            best[key] = name
        elif _better_spelled(name, best[key]):
            best[key] = name
    return [best[k] for k in order]


def _better_spelled(name: str, than: str) -> bool:
    def score(n: str) -> tuple[int, int]:
        words = n.split()
        return (sum(w[:1].isupper() for w in words), n.count(" "))

    return score(name) > score(than)


def address_names(address: str | None) -> list[str]:
    """The names an address gives its site: the registered domain's own part and each
    label of the host under it ("tonedeaf.thebrag.com" -> "thebrag", "tonedeaf")."""
    from urllib.parse import urlsplit

    from according.outlets import public_suffix, registered_domain

    domain, suffix = registered_domain(address), public_suffix(address)
    if not domain or not suffix:
        return []
    names = [domain[: -len(suffix) - 1]]
    try:
        host = urlsplit(address if "//" in (address or "") else f"//{address}").hostname or ""
    except ValueError:
        return names
    under = host.removesuffix(domain).rstrip(".")
    names += [label for label in under.split(".") if label and label != "www"]
    return names


def label_site_outlet(site: str | None, address: str | None) -> str | None:
    """The outlet the table knows at `address` when the page's site name is only its
    address's label (og:site_name "kansascity" on kansascity.com: McClatchy's pages), else
    None (round 27)."""
    from according.outlets import outlet_of_url

    if not site or " " in site or "." in site:
        return None
    if site.lower().replace("-", "") not in {n.replace("-", "") for n in address_names(address)}:
        return None
    known = outlet_of_url(address)
    return known.name if known else None
