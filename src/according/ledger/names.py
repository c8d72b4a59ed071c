"""Merging the same speaker or outlet across articles: pure functions over source mentions.

The rule (documented in the README):

* People are keyed by (first name, surname) after titles, honorifics, suffixes and middle
  initials are stripped and the first name is mapped through a nickname table
  ("Joe"/"Joseph R. Biden Jr." -> joseph biden). Different first names never merge
  ("Joe Biden" and "Hunter Biden" stay apart).
* A source linked to an entity is keyed by the entity's name, not the span ("Yerlikaya"
  linked to "Ali Yerlikaya" is Ali Yerlikaya).
* A surname-only mention ("President Biden", "Mr. Biden", "Yerlikaya") joins a full-name
  person only on evidence that points at exactly one full-name person of that surname:
  (1) it is linked to no entity and its own article names exactly one such person (a
      mention the extractor linked to a surname-only entity was judged someone else);
  (2) a real title (not Mr./Mrs./Dr.) it shares with exactly one such person in the ledger;
  (3) its words are the same quote or claim (one quote cluster, quotes.py) as words
  attributed to exactly one such person elsewhere (the same story, repeated).
  Evidence for one mention holds for the other surname-only mentions of that surname in
  the same article. Otherwise it stays its own source, per article, because two articles'
  "Mr. Smith" may be different people; a surname alone, or a shared outlet, is no evidence.
* Organisations and outlets are keyed by their normalised name (lower case, no leading
  "the", no punctuation) mapped through the outlet alias table (WaPo -> The Washington
  Post); a one-word short form ("the Post") takes the one longer name in the same article
  ending in that word; an all-capitals acronym takes the one organisation whose initials
  it spells.
* Anonymous, unspecified and document sources are never merged across articles.
"""

from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from according.ledger.model import NO_SOURCE, SourceCluster
from according.outlets import OUTLETS

PERSONISH = frozenset({"person"})
ORGISH = frozenset({"organization", "outlet", "group"})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*\.?")
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "&"})
# pronoun and relative sources are resolved to an entity, but are no surface form of its name
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
                      "which", "who", "that", "this", "these", "those", "his", "their"})


@dataclass(frozen=True)
class SourceMention:
    """One attribution's source as the ledger sees it, with the article context merging needs."""

    article_id: str
    attribution_id: str
    surface: str  # the source span as written, or the entity name when the span is absent
    name: str  # the entity's name when linked, else the surface
    type: str  # the attribution source type (person, organization, anonymous, ...)
    title: str | None = None
    article_names: tuple[str, ...] = ()  # names of outlets/organisations in the same article
    # person entity names in the same article, given when the mention links to no entity
    article_people: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def name_rules() -> dict:
    """The packaged name tables (titles, honorifics, suffixes, nicknames) and outlet forms."""
    text = resources.files("according.data").joinpath("ledger_names.json").read_text("utf-8")
    rules = json.loads(text)
    rules["outlet_of"] = {
        normalise_org(form): outlet.name
        for outlet in OUTLETS
        for form in (outlet.name, *outlet.forms)
    }
    rules["title_set"] = frozenset(rules["titles"])
    rules["drop_set"] = frozenset(rules["honorifics"]) | frozenset(rules["suffixes"])
    return rules


@lru_cache(maxsize=65536)
def normalise_org(name: str) -> str:
    """Lower case, possessive, punctuation and a leading "the" removed."""
    words = [_POSSESSIVE.sub("", w.rstrip(".")) for w in _WORD.findall(name.lower())]
    words = [w.replace("’", "'") for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=65536)
def split_person(name: str) -> tuple[str | None, str, frozenset[str]]:
    """(canonical first name or None, surname, evidential titles) of a person's name."""
    rules = name_rules()
    titles_known = rules["title_set"]
    drop = rules["drop_set"]
    words = [_POSSESSIVE.sub("", w) for w in _WORD.findall(name)]
    titles: set[str] = set()
    kept: list[str] = []
    for word in words:
        low = word.lower().rstrip(".")
        if low in titles_known and not kept:
            titles.add(low)
        elif low in drop or not low or (low in {"of", "the"} and not kept):
            continue
        elif len(low) == 1 and kept:
            continue  # a middle initial
        else:
            kept.append(low)
    if not kept:
        return None, normalise_org(name), frozenset(titles)
    surname = kept[-1]
    if len(kept) == 1:
        return None, surname, frozenset(titles)
    first = rules["nicknames"].get(kept[0], kept[0])
    return first, surname, frozenset(titles)


def _titles(title: str | None) -> frozenset[str]:
    """Evidential title words of an entity title ("Secretary of State" -> secretary, state)."""
    if not title:
        return frozenset()
    known = name_rules()["title_set"]
    return frozenset(w.lower().rstrip(".") for w in _WORD.findall(title)) & known


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping small words ("World Health Organization" -> who)."""
    words = [w for w in normalise_org(name).split() if w not in _ACRONYM_SKIP]
    return "".join(w[0] for w in words) if len(words) > 1 else ""


def _org_key(mention: SourceMention, acronyms: dict[str, set[str]]) -> str:
    rules = name_rules()
    norm = normalise_org(mention.name)
    if norm in rules["outlet_of"]:
        return "org:" + normalise_org(rules["outlet_of"][norm])
    if " " not in norm:
        longer = {
            normalise_org(n) for n in mention.article_names
            if normalise_org(n).endswith(" " + norm)
        }
        if len(longer) == 1:
            full = longer.pop()
            return "org:" + normalise_org(rules["outlet_of"].get(full, full))
        if mention.name.strip().isupper() and len(acronyms.get(norm, ())) == 1:
            return "org:" + next(iter(acronyms[norm]))
    return "org:" + norm


def _full_of(surname: str, names: Iterable[str]) -> set[tuple[str, str]]:
    """The (first, surname) pairs of the full names among `names` with this surname."""
    found = {split_person(n)[:2] for n in names}
    return {fs for fs in found if fs[0] and fs[1] == surname}  # type: ignore[misc]


def _person_keys(
    people: Sequence[SourceMention], quote_of: dict[tuple[str, str], int]
) -> dict[int, str]:
    """Keys for person mentions, by index; surname-only ones join a full name only on evidence."""
    parsed = [split_person(m.name) for m in people]
    titles_of: dict[str, dict[tuple[str, str], set[str]]] = defaultdict(lambda: defaultdict(set))
    quoted_by: dict[tuple[int, str], set[tuple[str, str]]] = defaultdict(set)
    for m, (first, surname, titles) in zip(people, parsed, strict=True):
        if first:
            titles_of[surname][(first, surname)] |= titles | _titles(m.title)
            label = quote_of.get((m.article_id, m.attribution_id))
            if label is not None:
                quoted_by[(label, surname)].add((first, surname))
    own: dict[int, set[tuple[str, str]]] = {}
    by_article: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for i, (m, (first, surname, titles)) in enumerate(zip(people, parsed, strict=True)):
        if first:
            continue
        own[i] = _evidence(m, surname, titles, titles_of, quoted_by, quote_of)
        by_article[(m.article_id, surname)] |= own[i]
    keys: dict[int, str] = {}
    for i, (m, (first, surname, _)) in enumerate(zip(people, parsed, strict=True)):
        if first:
            keys[i] = f"person:{first} {surname}"
            continue
        # its own evidence first; with none, what its article's other mentions show
        found = own[i] or by_article[(m.article_id, surname)]
        if len(found) == 1:
            keys[i] = f"person:{next(iter(found))[0]} {surname}"
        else:
            keys[i] = f"person:? {surname} @{m.article_id}"
    return keys


def _evidence(
    m: SourceMention, surname: str, titles: frozenset[str],
    titles_of: dict[str, dict[tuple[str, str], set[str]]],
    quoted_by: dict[tuple[int, str], set[tuple[str, str]]],
    quote_of: dict[tuple[str, str], int],
) -> set[tuple[str, str]]:
    """The full-name people a surname-only mention may be, by the module's three rules."""
    in_article = _full_of(surname, m.article_people)
    if len(in_article) == 1:
        return in_article
    evidence = set(titles) | _titles(m.title)
    titled = {fs for fs, ts in titles_of.get(surname, {}).items() if evidence & ts}
    if len(titled) == 1:
        return titled
    label = quote_of.get((m.article_id, m.attribution_id))
    quoted = quoted_by.get((label, surname), set()) if label is not None else set()
    return quoted or titled or in_article


def source_key(mention: SourceMention, acronyms: dict[str, set[str]]) -> str | None:
    """The merge key of a non-person mention; None for person mentions (see merge_sources)."""
    if mention.type in PERSONISH:
        return None
    if mention.type in ORGISH:
        return _org_key(mention, acronyms)
    # anonymous, unspecified, document: never merged across articles
    return f"{mention.type}:{normalise_org(mention.surface)} @{mention.article_id}"


def _display_name(key: str, members: Sequence[SourceMention]) -> str:
    rules = name_rules()
    counts = Counter(m.name for m in members if m.name.strip())
    if not counts:
        return NO_SOURCE
    if key.startswith("org:"):
        canonical = rules["outlet_of"].get(key[4:])
        if canonical:
            return canonical
    if key.startswith("person:") and not key.startswith("person:?"):
        full = [n for n in counts if split_person(n)[0]]
        if full:
            return max(full, key=lambda n: (counts[n], len(n)))
    return max(counts, key=lambda n: (counts[n], len(n)))


def merge_sources(
    mentions: Iterable[SourceMention], quote_of: dict[tuple[str, str], int] | None = None
) -> list[SourceCluster]:
    """Cluster source mentions across articles by the module's rule; biggest clusters first.

    `quote_of` maps (article_id, attribution_id) to the quote cluster of its words."""
    mentions = list(mentions)
    acronyms: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.type in ORGISH and (initials := acronym(m.name)):
            acronyms[initials].add(normalise_org(m.name))
    keys: dict[int, str] = {}
    people_idx = [i for i, m in enumerate(mentions) if m.type in PERSONISH]
    for local, key in _person_keys([mentions[i] for i in people_idx], quote_of or {}).items():
        keys[people_idx[local]] = key
    for i, m in enumerate(mentions):
        if i not in keys:
            keys[i] = source_key(m, acronyms) or f"?:{i}"
    groups: dict[str, list[SourceMention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[keys[i]].append(m)
    clusters = []
    for key, members in groups.items():
        forms = tuple(dict.fromkeys(
            f for f in [*(m.surface for m in members), *(m.name for m in members)]
            if f.strip() and f.strip().lower() not in PRONOUNS
        ))
        clusters.append(SourceCluster(
            key=key,
            name=_display_name(key, members),
            type=Counter(m.type for m in members).most_common(1)[0][0],
            surface_forms=forms,
            mentions=tuple((m.article_id, m.attribution_id) for m in members),
        ))
    clusters.sort(key=lambda c: (-len(c.mentions), c.name))
    return clusters
