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
* Within one article, a source with no entity whose span writes a full name beside a
  description, or a description naming a role that exactly one named person of the
  article holds, is that person (`SourceMention.holder`, roles.py). A person source
  whose name is a description (`is_description`: "the national weather service", "The
  mayor of Brekka") is no first name and surname: it is kept per story as below
  ("described:national weather service @<article id>").
* Anonymous, unspecified and document sources are never merged across independent
  articles: each is kept per story (`occurrence_key`), so the copies of one story (a
  near-duplicate group, a wire story and its republications) name one occurrence of the
  description, counted once, while two independent articles' "a senior official" stay two.
* Hygiene: a pronoun or relative pronoun ("she", "they", "which", "who", "that") that the
  extractor linked to no entity is no source: it goes to one "unresolved pronoun" bucket;
  an attribution with no source span goes to one "no source" bucket. A source written as
  a clause ("A senior official ... who asked not to be named because ...") is named by its
  noun phrase ("A senior official"): `source_phrase` cuts at the first comma, dash,
  bracket, relative pronoun or subordinating word.

For the ledger the rule is split so that it can run one article at a time: `mention_facts`
gives each mention's key when it needs no other article (full names, organisations,
anonymous sources, the buckets), and otherwise the block it waits on: a surname
(`resolve_surnames`, evidence from every full-name person of that surname) or an acronym
(`acronym_key`, every organisation with those initials). Re-resolving a block whenever its
evidence changes gives the same keys as resolving the whole ledger at once, whatever
order articles arrive in.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from according.attribution.source_heads import ORG_HEADS
from according.ledger.bodies import body_key, generic_body
from according.ledger.model import NO_SOURCE, UNRESOLVED, SourceCluster
from according.outlets import OUTLETS, Outlet

PERSONISH = frozenset({"person"})
ORGISH = frozenset({"organization", "outlet", "group"})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*\.?")
# a word of a person's name after name_fold: letters and digits of any script, with the
# hyphens and apostrophes inside a name ("garcia-lopez", "o'brien", "n'diaye", "al-sisi")
_NAME_WORD = re.compile(r"[^\W_][\w'\-]*\.?")
# a word of an organisation's name after name_fold: _WORD with letters and digits of any
# script (no underscore, as _WORD has none: on ASCII the two find the same words)
_ORG_WORD = re.compile(r"[^\W_](?:[^\W_]|['’\-])*\.?")
# letters NFKD does not take apart, written as their base letters for a name key
_FOLD_LETTERS = str.maketrans({
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O",
    "ħ": "h", "Ħ": "H", "ı": "i", "ŧ": "t", "Ŧ": "T", "þ": "th", "Þ": "Th", "ß": "ss",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe",
    "’": "'", "‘": "'", "ʼ": "'", "ʻ": "'", "`": "'", "´": "'",
    "‐": "-", "‑": "-", "‒": "-"})
_POSSESSIVE = re.compile(r"['’]s?$")
_ACRONYM_SKIP = frozenset({"of", "the", "for", "and", "on", "in", "&"})
# pronoun and relative sources are resolved to an entity, but are no surface form of its name
PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "him", "her", "them",
                      "which", "who", "that", "this", "these", "those", "his", "their",
                      "whom", "whose", "its", "hers", "theirs", "one", "someone", "somebody",
                      "the latter", "the former", "himself", "herself", "themselves"})
NONE_KEY, UNRESOLVED_KEY = "none", "unresolved"
_CLAUSE_END = re.compile(
    r"\s*(?:[,;:(\[]|\s[-–—]\s|[–—])|\s+(?:who|whom|whose|which|that|because|after|before|when|"
    r"while|where|as|if|since|although|though|said|says|told|tells|speaking|according)\b",
    re.IGNORECASE)
MAX_NAME_WORDS = 8
DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our"})
# lower-case words inside a personal name ("Ludwig van Beethoven", "Abdel Fattah al-Sisi")
NAME_PARTICLES = frozenset({"de", "da", "di", "del", "della", "dos", "das", "do", "du", "van",
                        "von", "der", "den", "ter", "la", "le", "bin", "ibn", "al", "el",
                        "ben", "y", "e", "zu", "af", "av", "abu", "bint", "st", "dei",
                        "degli", "ul", "ur", "ud", "ad", "as", "ash", "an", "at"})
_EDGE = " .,;:\"'“”‘’«»()[]—–-"  # quote marks and punctuation around a source span
# a name ending in an abbreviation written with periods ("the U.N.", "the U.S.")
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")


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
    # the story's country (bodies.story_country) and its places, folded: a generic
    # government body ("the health ministry") is keyed by its country (bodies.py)
    country: str | None = None
    places: tuple[str, ...] = ()
    # initials the article writes in brackets after the organisation's name ("... (OCHA)")
    alias: str | None = None
    # the full name of the one person of its article a source with no entity is: the name
    # its span writes beside a description, or the holder of the role it names (roles.py)
    holder: str | None = None


@lru_cache(maxsize=1)
def name_rules() -> dict:
    """The packaged name tables (titles, honorifics, suffixes, nicknames) and outlet forms."""
    text = resources.files("according.data").joinpath("ledger_names.json").read_text("utf-8")
    rules = json.loads(text)
    rules["outlet_of"] = outlet_names(OUTLETS)
    rules["title_set"] = frozenset(rules["titles"])
    rules["drop_set"] = frozenset(rules["honorifics"]) | frozenset(rules["suffixes"])
    return rules


def outlet_names(outlets: Iterable[Outlet]) -> dict[str, str]:
    """normalise_org of each outlet name and form -> its outlet's name (a later outlet
    listing the same form wins)."""
    return {normalise_org(form): outlet.name for outlet in outlets
            for form in (outlet.name, *outlet.forms)}


@lru_cache(maxsize=65536)
def normalise_org(name: str) -> str:
    """Lower case, accents folded (name_fold: "Médecins Sans Frontières" is "medecins sans
    frontieres", "RÚV" is "ruv"), letters of any script kept, possessive, punctuation and
    a leading "the" removed. On ASCII without a backtick it is normalise_org_before_9."""
    return _org_words(_ORG_WORD.findall(name_fold(name.lower()).lower()))


def normalise_org_before_9(name: str) -> str:
    """normalise_org as merge rules 8 and earlier read a name: ASCII letters only, no
    folding ("RÚV" -> "r v"), to tell which stored keys merge rules 9 moves (migrate.py)."""
    return _org_words(_WORD.findall(name.lower()))


def _org_words(found: list[str]) -> str:
    words = [_POSSESSIVE.sub("", w.rstrip(".")) for w in found]
    words = [w.replace("’", "'") for w in words if w]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def name_fold(name: str) -> str:
    """A name with its accents and marks folded away for keying ("García-López" ->
    "Garcia-Lopez", "Đoković" -> "Dokovic", "Nguyễn" -> "Nguyen", "O’Brien" -> "O'Brien"):
    one person written with and without accents is one key; letters of other scripts
    stay as they are. Only keys are folded: the shown name keeps its accents."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_FOLD_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=65536)
def split_person(name: str) -> tuple[str | None, str, frozenset[str]]:
    """(canonical first name or None, surname, evidential titles) of a person's name,
    read from its accent-folded words (name_fold)."""
    return _split_person(name, unicode=True)


def split_person_before_8(name: str) -> tuple[str | None, str, frozenset[str]]:
    """split_person as merge rules 7 read a name: ASCII letters only, no folding ("Ana
    García-López" -> ana, pez), to tell which stored keys merge rules 8 moves
    (ledger/migrate.py)."""
    return _split_person(name, unicode=False)


def _split_person(name: str, *, unicode: bool) -> tuple[str | None, str, frozenset[str]]:
    rules = name_rules()
    titles_known = rules["title_set"]
    drop = rules["drop_set"]
    found = _NAME_WORD.findall(name_fold(name)) if unicode else _WORD.findall(name)
    words = [_POSSESSIVE.sub("", w) for w in found]
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
        elif unicode:
            # "Đ" is written "Dj" in Serbian and Croatian names and "D" in Vietnamese ones:
            # a key reads "dj" as "d" so that "Đoković", "Djokovic" and "Dokovic" are one
            kept.append(low.replace("dj", "d"))
        else:
            kept.append(low)
    if not kept:
        return None, (normalise_org if unicode else normalise_org_before_9)(name), frozenset(
            titles)
    surname = kept[-1]
    if len(kept) == 1:
        return None, surname, frozenset(titles)
    # a hyphenated given name is its first part, as a spaced one is ("Jean-Jacques" and
    # "Jean Jacques" alike give jean: the middle names are dropped either way)
    given = kept[0].split("-", 1)[0] or kept[0]
    first = rules["nicknames"].get(given, given)
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


def _org_key(mention: SourceMention, outlet_of: dict[str, str] | None = None
             ) -> tuple[str, str | None]:
    """(key, initials): the key from the outlet table (`outlet_of`: outlet_names of
    another table than today's) or the article's own longer name; an all-capitals one-word
    name with neither waits on the ledger's organisations."""
    outlet_of = name_rules()["outlet_of"] if outlet_of is None else outlet_of
    norm = normalise_org(mention.name)
    if norm in outlet_of:
        return "org:" + normalise_org(outlet_of[norm]), None
    if " " not in norm:
        longer = {  # "Board": "Monetary Policy Board of the Bank of Calderra" too
            normalise_org(n) for n in mention.article_names
            if normalise_org(n).endswith(" " + norm)
            or normalise_org(n).split(" of ")[0].endswith(" " + norm)
        }
        if len(longer) == 1:
            full = longer.pop()
            return "org:" + normalise_org(outlet_of.get(full, full)), None
        if mention.name.strip().isupper() and norm:
            return "org:" + norm, norm
    return "org:" + norm, None


def org_key_of_norm(norm: str) -> str:
    """The source key of an organisation whose normalised name is `norm` (as _org_key
    keys a name of more than one word: through the outlet table)."""
    return "org:" + normalise_org(name_rules()["outlet_of"].get(norm, norm))


def is_acronym(text: str) -> bool:
    """Whether `text` is written as an acronym: one all-capitals word ("MSF", "WHO"), which
    the ledger reads as the organisation whose initials it spells (acronym_key)."""
    word = text.strip()
    return len(word) > 1 and word.isupper() and not any(c.isspace() for c in word)


def org_key_under(mention: SourceMention, outlet_of: dict[str, str]) -> tuple[str, str | None]:
    """An organisation mention's (key, initials) under outlet table `outlet_of`
    (outlet_names of it), for comparing two tables (ledger/migrate.py)."""
    return _org_key(mention, outlet_of)


def _full_of(surname: str, names: Iterable[str]) -> set[tuple[str, str]]:
    """The (first, surname) pairs of the full names among `names` with this surname."""
    found = {split_person(n)[:2] for n in names}
    return {fs for fs in found if fs[0] and fs[1] == surname}  # type: ignore[misc]


def whole_surname(part: str, names: Iterable[str]) -> str:
    """The hyphenated surname of the one full name among `names` (its article's people)
    that `part` is a part of ("Lopez" or "Garcia" after "Ana García-López", "Sisi" after
    "Abdel Fattah al-Sisi"), else `part` itself: a surname-only mention is read as that
    person's, where its article names no one with the part alone as surname."""
    wholes = {fs[1] for n in names if (fs := split_person(n))[0] and "-" in fs[1]
              and part in fs[1].split("-")}
    return wholes.pop() if len(wholes) == 1 else part


def source_phrase(surface: str) -> str:
    """The noun phrase naming a source: the span cut before its first clause boundary
    (comma, dash, bracket, relative pronoun, subordinating word), at most MAX_NAME_WORDS;
    an abbreviation ending it keeps its period ("the U.N." is "U.N.", not "U.N")."""
    text = _edge_stripped(" ".join(surface.split()))
    match = next((m for m in _CLAUSE_END.finditer(text, 1) if not _initials(m.group())), None)
    if match and match.start() > 0:
        text = text[:match.start()]
    words = _edge_stripped(text).split()
    return " ".join(words[:MAX_NAME_WORDS])


def _edge_stripped(text: str) -> str:
    stripped = text.strip(_EDGE)
    if stripped and _ABBREVIATION_END.search(text[:len(text.rstrip(_EDGE)) + 1]):
        return stripped + "."
    return stripped


def is_pronoun(surface: str) -> bool:
    """Whether a source span is only a pronoun or relative pronoun; initials written like
    one ("WHO", "the WHO") are an organization's name, never a pronoun."""
    words = surface.split()
    if any(_initials(w) for w in words):
        return False
    return " ".join(surface.lower().split()) in PRONOUNS


def _initials(word: str) -> bool:
    """A word written in capitals, two letters or more ("WHO", "IT"): initials, not one of
    the small words a source phrase is cut at or a pronoun is."""
    letters = word.strip(_EDGE)
    return len(letters) > 1 and letters.isalpha() and letters.isupper()


def is_description(name: str) -> bool:
    """Whether a person source's name is a description, not a personal name: nothing but
    titles ("the mayor"), a title of somewhere or something ("The mayor of Brekka",
    "spokesperson for OCHA": the word after "of"/"for" no title, as "Secretary of State"'s
    is), a possessive ("Brekka's mayor") or, after the titles, a lower-case word that is
    no name particle ("the national weather service", "relatives", "14 helicopters")."""
    rules = name_rules()
    words = [w for w in (w.strip(_EDGE) for w in name_fold(name).split()) if w]
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    if not words:
        return False
    if any(_POSSESSIVE.search(w) and len(w) > 2 for w in words):
        return True
    titles = rules["title_set"] | rules["drop_set"]
    at = 0
    while at < len(words):
        low = words[at].lower().rstrip(".")
        if low in titles:
            at += 1
        elif low in ("of", "for", "the") and at > 0:
            following = words[at + 1].lower().rstrip(".") if at + 1 < len(words) else ""
            if following not in titles | {"the"}:
                return True
            at += 1
        else:
            break
    rest = words[at:]
    if not rest:
        return True
    return any(w[0].islower() and w.lower().split("-", 1)[0] not in NAME_PARTICLES
               for w in rest)


@dataclass(frozen=True)
class MentionFacts:
    """What one mention contributes to merging, from its own article alone.

    `key` is final unless `surname` (a surname-only person: resolve_surnames) or
    `initials` (an all-capitals acronym: acronym_key) says it waits on other articles."""

    key: str
    name: str  # display name: the linked entity's name, or the source's noun phrase
    surface: str  # the source's noun phrase as written
    named: bool  # a named source (not anonymous, unspecified, unresolved or none)
    surname: str | None = None  # surname-only persons: the block they wait on
    first: str | None = None  # full-name persons
    titles: frozenset[str] = frozenset()  # persons: evidential titles
    article_firsts: frozenset[str] = frozenset()  # full-name first names of this surname
    initials: str | None = None  # all-capitals acronyms waiting on the ledger's organisations
    # organisations: the acronym that stands for them (the bracketed one their article
    # writes after the name, else the initials the name spells) and the name it stands
    # for (the key's, so that the acronym takes the key)
    org_initials: str | None = None
    org_norm: str | None = None


def mention_facts(m: SourceMention) -> MentionFacts:
    """The merge facts of one mention (module rule), needing nothing outside its article."""
    surface = source_phrase(m.surface) if m.surface.strip() else ""
    name = source_phrase(m.name) if m.name.strip() else surface
    if not m.surface.strip() and not m.name.strip():
        return MentionFacts(NONE_KEY, NO_SOURCE, "", False)
    if is_pronoun(m.name or m.surface):
        return MentionFacts(UNRESOLVED_KEY, UNRESOLVED, surface, False)
    if m.holder:
        first, surname, titles = split_person(m.holder)
        return MentionFacts(f"person:{first} {surname}", m.holder, surface, True, first=first,
                            titles=titles | _titles(m.surface) | _titles(m.title))
    if m.type in PERSONISH and is_description(m.name):
        # "the national weather service", "The mayor of Brekka": no first name and surname
        # ("national service" was one key for two services), kept per story as an
        # anonymous description is (is_occurrence_key)
        return MentionFacts(f"described:{normalise_org(name)} @{m.article_id}", name, surface,
                            True)
    if m.type in PERSONISH:
        first, surname, titles = split_person(m.name)
        titles = titles | _titles(m.title)
        if first:
            return MentionFacts(f"person:{first} {surname}", name, surface, True, first=first,
                                titles=titles)
        firsts = frozenset(f for f, _ in _full_of(surname, m.article_people))
        if not firsts:
            surname = whole_surname(surname, m.article_people)
            firsts = frozenset(f for f, _ in _full_of(surname, m.article_people))
        return MentionFacts(f"person:? {surname} @{m.article_id}", name, surface, True,
                            surname=surname, titles=titles, article_firsts=firsts)
    if m.type in ORGISH:
        return _org_facts(m, name, surface)
    # anonymous, unspecified, document: never merged across articles (the story's copies
    # share the original's occurrence at merge time: occurrence_key)
    return MentionFacts(f"{m.type}:{normalise_org(m.surface or m.name)} @{m.article_id}",
                        name, surface, m.type == "document")


# body words that name no one body of a country without a portfolio or an owner: a bare
# "ministry" (a live blog's entry heading) is kept per story, never the country's
_NO_PORTFOLIO = frozenset({"ministry", "ministries", "department", "departments",
                           "authority"})


def _org_facts(m: SourceMention, name: str, surface: str) -> MentionFacts:
    """An organisation's facts: a generic government body keyed by its country, or kept
    per story without one (bodies.py); any other by its name (_org_key)."""
    body = generic_body(m.name, m.places)
    if body is not None:
        form, country = body
        if country is None and surface:  # "Dorvania's Ministry of Health" -> its entity's name
            country = (generic_body(surface, m.places) or (form, None))[1]
        if country is None and form in _NO_PORTFOLIO:  # "ministry": which one is unsaid
            return MentionFacts(f"{m.type}:{form} @{m.article_id}", name, surface, True)
        country = country or m.country
        if country is None:
            return MentionFacts(f"{m.type}:{form} @{m.article_id}", name, surface, True)
        key = "org:" + normalise_org(f"{country} {body_key(form)}")
    else:
        key, initials = _org_key(m)
        if key == "org:" + normalise_org(m.name) and _bare_description(m.name):
            # "The bank", "the company" that no organisation of its article's name ends in
            return MentionFacts(f"{m.type}:{key[4:]} @{m.article_id}", name, surface, True)
        if initials:
            return MentionFacts(key, name, surface, True, initials=initials)
        known = name_rules()["outlet_of"].get(normalise_org(m.alias)) if m.alias else None
        if known:  # "... Humanitarian Affairs (OCHA)": the table's OCHA, as a bare "OCHA" is
            key = "org:" + normalise_org(known)
    spelt = normalise_org(m.alias) if m.alias else acronym(m.name)
    return MentionFacts(key, name, surface, True, org_initials=spelt or None,
                        org_norm=key[4:] if spelt else None)


def _bare_description(name: str) -> bool:
    """Whether an organisation's source is only a description of one ("The bank", "the
    company itself", a release's "the Bank") that names none: the extractor linked it to
    no entity, so it is kept per story as a bare "ministry" is; keyed by its words, every
    story's "the bank" was one source (stranger trial 9: a central bank's and the copies'
    "The bank" with a savings bank's)."""
    words = name.split()
    if words and words[0].lower() in ("the", "this", "that"):
        words = words[1:]
    if words and words[-1].lower() in ("itself", "themselves"):
        words = words[:-1]
    return len(words) == 1 and words[0].lower() in ORG_HEADS  # "the Bank": a release's term


def is_occurrence_key(key: str) -> bool:
    """Whether a source key is kept per story: an anonymous, unspecified or document
    source's ("anonymous:a senior official @<article id>"), not a person's or an
    organisation's (a waiting surname is kept per article until evidence resolves it)."""
    return " @" in key and not key.startswith(("person:", "org:"))


def occurrence_key(key: str, original: str) -> str:
    """The key an occurrence-kept source (is_occurrence_key) of an article takes in its
    story: its description at the story's original, the first article of its near-
    duplicate group (article id `original`), so that a wire story and its copies count one
    anonymous source once. An article that is its own original keeps its key."""
    return key[:key.rindex(" @")] + " @" + original


def mention_facts_waiting(article_id: str, surname: str, titles: Iterable[str],
                          article_firsts: Iterable[str]) -> MentionFacts:
    """The facts of a stored surname-only mention, as resolve_surnames reads them."""
    return MentionFacts(f"person:? {surname} @{article_id}", "", "", True, surname=surname,
                        titles=frozenset(titles or ()),
                        article_firsts=frozenset(article_firsts or ()))


def resolve_surnames(
    block: dict[str, frozenset[str]], mentions: Sequence[tuple[str, str, MentionFacts,
                                                               frozenset[str]]]
) -> list[str]:
    """Keys of surname-only mentions of one surname, by the module's evidence rules.

    `block` maps each full-name first name of that surname anywhere in the ledger to its
    titles; `mentions` are (article_id, ref, facts, quoted) where `quoted` holds the first
    names of full-name people of that surname credited with the same words (one content
    cluster). A mention's own evidence first; with none, its article's other mentions'."""
    own: list[frozenset[str]] = []
    by_article: dict[str, set[str]] = defaultdict(set)
    for article_id, _, facts, quoted in mentions:
        found = _surname_evidence(block, facts, quoted)
        own.append(found)
        by_article[article_id] |= found
    keys = []
    for (article_id, _, facts, _), found in zip(mentions, own, strict=True):
        found = found or frozenset(by_article[article_id])
        if len(found) == 1:
            keys.append(f"person:{next(iter(found))} {facts.surname}")
        else:
            keys.append(facts.key)
    return keys


def _surname_evidence(block: dict[str, frozenset[str]], facts: MentionFacts,
                      quoted: frozenset[str]) -> frozenset[str]:
    if len(facts.article_firsts) == 1:
        return facts.article_firsts
    titled = frozenset(f for f, ts in block.items() if facts.titles & ts)
    if len(titled) == 1:
        return titled
    return quoted or titled or facts.article_firsts


def acronym_key(initials: str, names: Iterable[str]) -> str:
    """The key of an all-capitals acronym given the normalised names of every organisation
    in the ledger whose initials it spells: that organisation when there is exactly one."""
    found = set(names)
    return "org:" + (next(iter(found)) if len(found) == 1 else initials)


def display_name(key: str, names: Counter[str]) -> str:
    """A cluster's display name from its members' names (with counts)."""
    if key == NONE_KEY:
        return NO_SOURCE
    if key == UNRESOLVED_KEY:
        return UNRESOLVED
    counts = Counter({n: c for n, c in names.items() if n.strip()})
    if not counts:
        return NO_SOURCE
    if key.startswith("org:"):
        canonical = name_rules()["outlet_of"].get(key[4:])
        if canonical:
            return canonical
    if key.startswith("person:") and not key.startswith("person:?"):
        full = [n for n in counts if split_person(n)[0]]
        if full:
            return max(full, key=lambda n: (counts[n], len(n), n))
    return max(counts, key=lambda n: (counts[n], len(n), n))


def merge_sources(
    mentions: Iterable[SourceMention], quote_of: dict[tuple[str, str], int] | None = None
) -> list[SourceCluster]:
    """Cluster source mentions across articles by the module's rule; biggest clusters first.

    `quote_of` maps (article_id, attribution_id) to the quote cluster of its words."""
    mentions = list(mentions)
    quote_of = quote_of or {}
    facts = [mention_facts(m) for m in mentions]
    keys = [f.key for f in facts]
    block: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    quoted: dict[tuple[int, str], set[str]] = defaultdict(set)
    org_names: dict[str, set[str]] = defaultdict(set)
    for m, f in zip(mentions, facts, strict=True):
        if f.first:
            surname = f.key.rsplit(" ", 1)[1]
            block[surname][f.first] |= f.titles
            label = quote_of.get((m.article_id, m.attribution_id))
            if label is not None:
                quoted[(label, surname)].add(f.first)
        if f.org_initials:
            org_names[f.org_initials].add(f.org_norm or normalise_org(m.name))
    waiting: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(facts):
        if f.surname:
            waiting[f.surname].append(i)
        elif f.initials:
            keys[i] = acronym_key(f.initials, org_names.get(f.initials, ()))
    for surname, idx in waiting.items():
        evidence = {first: frozenset(ts) for first, ts in block.get(surname, {}).items()}
        rows = []
        for i in idx:
            label = quote_of.get((mentions[i].article_id, mentions[i].attribution_id))
            heard = frozenset(quoted.get((label, surname), ())) if label is not None else \
                frozenset()
            rows.append((mentions[i].article_id, str(i), facts[i], heard))
        for i, key in zip(idx, resolve_surnames(evidence, rows), strict=True):
            keys[i] = key
    groups: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        groups[key].append(i)
    clusters = []
    for key, members in groups.items():
        forms = tuple(dict.fromkeys(
            form for i in members for form in (facts[i].surface, facts[i].name)
            if form.strip() and not is_pronoun(form) and form not in (NO_SOURCE, UNRESOLVED)))
        clusters.append(SourceCluster(
            key=key,
            name=display_name(key, Counter(facts[i].name for i in members)),
            type=Counter(mentions[i].type for i in members).most_common(1)[0][0],
            surface_forms=forms,
            mentions=tuple((mentions[i].article_id, mentions[i].attribution_id)
                           for i in members),
            named=all(facts[i].named for i in members),
        ))
    clusters.sort(key=lambda c: (-len(c.mentions), c.name))
    return clusters
