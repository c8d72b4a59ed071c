"""Who a description source is, within its own article: pure Record -> names, for the
source mentions the ledger keys (derive.source_mentions).

A stranger's trial found one mayor counted as three sources ("Brekka's mayor, Ilse
Varga,", "Mayor Ilse Varga", "The mayor of Brekka, Ilse Varga," keyed "brekka varga") and
OCHA's spokesperson as two ("OCHA spokesperson Mireille Dantan", "A spokesperson for OCHA,
Mireille Dantan," typed anonymous), so single-source claims looked corroborated.

* A source span with no entity that writes a person's full name beside a description
  ("The mayor of Brekka, Ilse Varga,", "Interior Minister Halvard Roske") is that person
  (`named_in_span`); a span the attribution typed anonymous or unspecified only where the
  article names that person elsewhere too.
* A description naming a role ("the mayor", "The mayor of Brekka", "a spokesperson for
  OCHA", "the interior minister") is the one person the same article names in that role
  ("Brekka's mayor, Ilse Varga", "Mayor Ilse Varga", "Ilse Varga, the mayor of Brekka",
  "OCHA spokesperson Mireille Dantan"): the role word right before the name (a comma
  between at most) or after "<name>, the/<Owner>'s ...". The description's words must
  fit that person's: its ranks ("deputy", "former", "prime") are theirs and theirs are
  its, its other modifiers ("interior") are among their words, and the owner it names
  ("of Brekka", "for OCHA") is among them unless the article gives them none ("Mayor Ilse
  Varga"); generic owners ("the town's", "the agency's") are no evidence either way. Two
  such people, or none, and the description stays as it was (kept per story). A bare
  indefinite description ("a minister", "a spokesperson") is one of many and never joins.
  Nothing here reaches across articles: the joined mention is keyed by the person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from according.ledger import names
from according.ledger.bodies import opening_place
from according.ledger.names import (
    NAME_PARTICLES,
    is_description,
    name_fold,
    name_rules,
    source_phrase,
    split_person,
)
from according.records import Record

# role words -> the role they name (a spokesman and a spokesperson hold one role)
ROLE_NOUNS = {
    "mayor": "mayor", "governor": "governor", "minister": "minister",
    "president": "president", "premier": "premier", "chancellor": "chancellor",
    "senator": "senator", "spokesperson": "spokesperson", "spokesman": "spokesperson",
    "spokeswoman": "spokesperson", "secretary": "secretary", "ambassador": "ambassador",
    "envoy": "envoy", "director": "director", "chief": "chief", "commander": "commander",
    "judge": "judge", "prosecutor": "prosecutor", "sheriff": "sheriff",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair", "chair": "chair",
    "ceo": "ceo", "commissioner": "commissioner", "coordinator": "coordinator",
    "administrator": "administrator", "superintendent": "superintendent",
    "coach": "coach", "captain": "captain", "speaker": "speaker", "head": "head",
}
# words that make another role of the same noun: the deputy mayor is not the mayor
RANKS = frozenset({"deputy", "vice", "former", "acting", "assistant", "interim", "ex",
                   "associate", "co", "under", "lieutenant", "prime", "junior", "outgoing",
                   "incoming", "late"})
# owners that say nothing about which one ("the town's mayor", "the agency's spokesperson")
GENERIC = frozenset({
    "town", "city", "village", "country", "province", "region", "district", "county",
    "nation", "municipality", "capital", "company", "organisation", "organization",
    "agency", "ministry", "government", "charity", "group", "party", "office",
    "department", "local", "regional", "national", "provincial", "municipal", "state",
    "federal", "senior", "top", "new", "its", "his", "her", "their", "our", "the",
})
# a role a bare title gives as an office of state ("President Teodor Balan", "Mayor Ilse
# Varga"), which a company's, a charity's or a party's holder of that word is not
STATE_ROLES = frozenset({"president", "premier", "chancellor", "minister", "governor",
                         "senator", "mayor", "ambassador", "envoy", "speaker"})
BODY_OWNERS = frozenset({"company", "organisation", "organization", "charity", "group",
                         "party", "firm", "club", "bank", "union", "university", "school",
                         "hospital", "team", "board", "carmaker", "insurer", "airline",
                         "federation", "association", "foundation"})
DETERMINERS = names.DETERMINERS | {"one"}
# the source types a description may be typed as (organisations are keyed by name)
DESCRIBED_TYPES = frozenset({"person", "anonymous", "unspecified"})
INDEFINITE = frozenset({"a", "an", "one"})
_GLUE = frozenset({"of", "for", "at", "in", "with", "from", "on"})
# words that end an appositive's description: "X, who met the mayor" is no mayor
_CLAUSE = frozenset({"who", "which", "that", "whom", "whose", "said", "says", "told", "and",
                     "or", "but", "to", "by", "than", "as", "when", "while", "after",
                     "before", "with"})
_TOKEN = re.compile(r"[^\W_][\w'’.\-]*")
_ROLE = re.compile(r"\b(" + "|".join(sorted(ROLE_NOUNS, key=len, reverse=True)) + r")\b",
                   re.IGNORECASE)
_BEFORE_NAME = re.compile(r"[ \t]*,?[ \t]*")  # "Mayor Ilse Varga", "Brekka's mayor, Ilse"
_APPOSITION = re.compile(r"[ \t]*,[ \t]+((?:[^\W_][\w'’.\-]*[ \t]+){0,4})$")
_OWNER_AFTER = re.compile(
    r"[ \t]+(?:of|for|at)[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’.\-]*[ \t]*){1,4})")
_PARTS = re.compile(r",|;|\s[-–—]\s|[()\[\]]")
MAX_NAME_WORDS = 5


def word_key(word: str) -> str:
    """A word as roles compare it: folded, lower case, no possessive, no periods."""
    low = name_fold(word).lower().replace("’", "'")
    low = re.sub(r"'s?$", "", low)
    return low.replace(".", "")


def is_possessive(word: str) -> bool:
    return bool(re.search(r"['’]s?$", word)) and len(word) > 2


@dataclass(frozen=True)
class Role:
    """A role as a description or an appositive writes it."""

    noun: str  # ROLE_NOUNS' value
    words: frozenset[str]  # its other words (word_key), owners included
    owners: frozenset[str] = frozenset()  # the words naming whose role it is
    indefinite: bool = False


def description_role(phrase: str) -> Role | None:
    """The role a description names ("The mayor of Brekka" -> mayor, owners {brekka});
    None where it names none or is plural ("officials")."""
    tokens = _TOKEN.findall(phrase)
    stop = next((i for i, t in enumerate(tokens) if t.lower() in _GLUE), len(tokens))
    heads = [i for i in range(stop) if tokens[i].lower() in ROLE_NOUNS]
    if not heads:
        return None
    head = heads[-1]
    pre, post = tokens[:head], tokens[head + 1:]
    indefinite = bool(pre) and pre[0].lower() in INDEFINITE
    if pre and pre[0].lower() in DETERMINERS:
        pre = pre[1:]
    owners = {word_key(t) for t in pre if is_possessive(t)}
    words = {word_key(t) for t in pre}
    if post and post[0].lower() in _GLUE:
        after = {word_key(t) for t in post[1:] if t.lower() not in _GLUE | DETERMINERS}
        owners |= after
        words |= after
    elif post:  # "the mayor Ilse Varga" is a name, not a description (named_in_span)
        return None
    return Role(ROLE_NOUNS[tokens[head].lower()], frozenset(words - {""}),
                frozenset(owners - {""}), indefinite)


def fits(role: Role, held: Role) -> bool:
    """Whether a description's `role` can be the role a named person `held` (module doc)."""
    if role.noun != held.noun:
        return False
    if (role.words & RANKS) != (held.words & RANKS):
        return False
    modifiers = role.words - role.owners - GENERIC - RANKS
    if not modifiers <= held.words:
        return False
    owners = role.owners - GENERIC
    if role.owners & BODY_OWNERS and role.noun in STATE_ROLES and not (
            held.owners - GENERIC):
        return False  # "the company's president" is not "President Teodor Balan"
    return owners <= held.words or not (held.words - GENERIC - RANKS)


@dataclass(frozen=True)
class NameAt:
    """A person's full name written at [start, end) of the text."""

    start: int
    end: int
    key: str  # "first surname"
    name: str


def person_key(name: str) -> str | None:
    """"first surname" of a full personal name, None for a name of one word or a
    description."""
    if not looks_like_name(name):
        return None
    first, surname, _ = split_person(name)
    return f"{first} {surname}" if first else None


def looks_like_name(text: str) -> bool:
    """Whether `text` is written as a personal name: 2-5 words, each capitalised (or a
    name particle, "van", "al-"), no possessive, no title word."""
    words = text.split()
    if not 2 <= len(words) <= MAX_NAME_WORDS:
        return False
    titles = name_rules()["title_set"] | name_rules()["drop_set"]
    for w in words:
        low = w.lower().rstrip(".")
        if low in titles or low in ROLE_NOUNS or is_possessive(w):
            return False
        if w[0].islower() and low.split("-")[0] not in NAME_PARTICLES:
            return False
        if not w[0].isalpha():
            return False
    return True


def named_in_span(span: str) -> str | None:
    """The personal name a source span writes beside a description: a comma-separated part
    that is a full name ("The mayor of Brekka, Ilse Varga," -> Ilse Varga), or the words
    after a part's last title ("Interior Minister Halvard Roske" -> Halvard Roske); None
    where there is none, or more than one."""
    found = []
    for part in _PARTS.split(span):
        words = part.split()
        if not words:
            continue
        titled = [i for i, w in enumerate(words) if _is_title(w)]
        rest = words[titled[-1] + 1:] if titled else words
        while rest and rest[0].lower() in DETERMINERS:
            rest = rest[1:]
        candidate = " ".join(rest).strip(" .\"'“”‘’")
        if candidate and person_key(candidate):
            found.append(candidate)
    return found[0] if len(set(found)) == 1 else None


def _is_title(word: str) -> bool:
    low = word.lower().strip(".,\"'“”‘’")
    rules = name_rules()
    return low in ROLE_NOUNS or low in rules["title_set"] or low in rules["drop_set"] or (
        is_possessive(word))


def source_holders(record: Record, linked_people: Iterable[str]) -> dict[str, str | None]:
    """attribution id -> the full name of the person its source is (module doc), or None
    where its span is a role that two people of the article hold and the attribution linked
    it to one of them ("the mayor" after two mayors: kept per story, not given to the
    nearer); a role linked to a person the article gives another role ("the interior
    minister" to the prime minister) goes to its one holder. `linked_people`: the ids of
    the entities the record's person sources link to. Others are left out."""
    text = record.text
    people = {k for e in record.entities if e.type == "person" and (k := person_key(e.name))}
    person_entities = {e.id for e in record.entities if e.type == "person"} | set(
        linked_people)
    entity_names = {e.id: e.name for e in record.entities}
    names = names_written(record, linked_people)
    spanned = [a for a in record.attributions if a.source.span is not None]
    out: dict[str, str | None] = {}
    for a in spanned:
        span = a.source.span
        named = named_in_span(span.text)
        if a.source.entity is not None or a.source.type not in DESCRIBED_TYPES or named is None \
                or (a.source.type != "person" and person_key(named) not in people):
            continue
        out[a.id] = named
        at = text.find(named, span.start, span.end)
        if at >= 0:
            names.append(NameAt(at, at + len(named), person_key(named) or "", named))
    held = None
    for a in spanned:
        phrase = source_phrase(a.source.span.text)
        if a.id in out or a.source.type == "outlet" or named_in_span(a.source.span.text) \
                or description_role(phrase) is None or not is_description(phrase):
            continue
        if held is None:
            held = roles_held(text, names)
        place = opening_place(text, a.source.span.start)
        found = role_holders(phrase, held, place)
        if a.source.entity in person_entities:
            linked = person_key(entity_names.get(a.source.entity, ""))
            if len(found) > 1:
                out[a.id] = None
            elif found and linked in held and person_key(found[0]) != linked:
                out[a.id] = found[0]  # "the interior minister" linked to the prime minister
            elif not found and linked in held and _holds_noun(held[linked][1], phrase):
                # "In nearby Tolna, the mayor" linked to Brekka's mayor, "the company's
                # president" to the country's: a role its linked person holds otherwise,
                # and no one named holds as written, is kept per story
                out[a.id] = None
        elif len(found) == 1:
            out[a.id] = found[0]
    return out


def _holds_noun(roles: Iterable[Role], phrase: str) -> bool:
    """Whether one of `roles` is of the role noun the description `phrase` names."""
    role = description_role(phrase)
    return role is not None and any(r.noun == role.noun for r in roles)


def names_written(record: Record, people: Iterable[str]) -> list[NameAt]:
    """Every place the text writes a mention of a person with a full name: the mentions of
    person entities and of the entities `people` (ids a person source links to)."""
    wanted = set(people)
    out = []
    for e in record.entities:
        if e.type != "person" and e.id not in wanted:
            continue
        key = person_key(e.name)
        if key is None:
            continue
        out.extend(NameAt(m.start, m.end, key, e.name) for m in e.mentions)
    return out


def roles_held(text: str, names: Iterable[NameAt]) -> dict[str, tuple[str, list[Role]]]:
    """person key -> (a name, the roles the text gives them beside a mention of theirs:
    "<role> <Name>", "<role>, <Name>", "<Name>, the/<Owner>'s ... <role> (of X)")."""
    names = sorted(names, key=lambda n: n.start)
    out: dict[str, tuple[str, list[Role]]] = {}
    starts = {n.start: n for n in names}
    ends = {n.end: n for n in names}
    for m in _ROLE.finditer(text):
        role = _before_name(text, m, starts) or _after_name(text, m, ends)
        if role is not None:
            who, held = role
            out.setdefault(who.key, (who.name, []))[1].append(held)
    return out


def _before_name(text: str, m: re.Match, starts: dict[int, NameAt]
                 ) -> tuple[NameAt, Role] | None:
    gap = _BEFORE_NAME.match(text, m.end())
    who = starts.get(gap.end()) if gap else None
    if who is None:
        return None
    line_start = max(text.rfind("\n", 0, m.start()), 0)
    before = re.split(r"[.;:!?\"“”()—–]", text[line_start:m.start()])[-1]
    tokens = _TOKEN.findall(before)[-3:]
    for i in range(len(tokens) - 1, -1, -1):  # back to a determiner or a clause word
        if tokens[i].lower() in DETERMINERS | _CLAUSE:
            tokens = tokens[i + 1:]
            break
    owners = {word_key(t) for t in tokens if is_possessive(t)}
    return who, Role(ROLE_NOUNS[m.group(1).lower()], frozenset({word_key(t) for t in tokens}),
                     frozenset(owners))


def _after_name(text: str, m: re.Match, ends: dict[int, NameAt]) -> tuple[NameAt, Role] | None:
    for end in sorted((e for e in ends if m.start() - 80 <= e < m.start()), reverse=True):
        who = ends[end]
        gap = _APPOSITION.match(text[end:m.start()])
        if gap is None:
            continue
        tokens = _TOKEN.findall(gap.group(1))
        if tokens and not (tokens[0].lower() in DETERMINERS or is_possessive(tokens[0])
                           or tokens[0][0].isupper()):
            continue
        if any(t.lower() in _CLAUSE for t in tokens):
            continue
        if tokens and tokens[0].lower() in DETERMINERS:
            tokens = tokens[1:]
        words = {word_key(t) for t in tokens}
        owners = {word_key(t) for t in tokens if is_possessive(t)}
        after = _OWNER_AFTER.match(text, m.end())
        if after:
            more = {word_key(t) for t in _TOKEN.findall(after.group(1))}
            words |= more
            owners |= more
        return who, Role(ROLE_NOUNS[m.group(1).lower()], frozenset(words - {""}),
                         frozenset(owners - {""}))
    return None


def role_holders(phrase: str, held: dict[str, tuple[str, list[Role]]],
                 place: str | None = None) -> list[str]:
    """The names of the people of `held` (roles_held) who may hold the role the
    description `phrase` names, by the module's rule (a bare indefinite one: none). A
    description that names no owner takes the `place` its sentence opens with as one ("In
    nearby Tolna, the mayor said": Tolna's mayor, not Brekka's)."""
    role = description_role(phrase)
    if role is None or (role.indefinite and not (role.words - GENERIC)):
        return []
    if place and not (role.owners - GENERIC):
        owners = {word_key(t) for t in _TOKEN.findall(place)} - {""}
        role = Role(role.noun, role.words | owners, role.owners | owners, role.indefinite)
    found = []
    for name, roles in held.values():
        mine = [r for r in roles if r.noun == role.noun]
        if mine and fits(role, Role(role.noun, frozenset().union(*(r.words for r in mine)),
                                    frozenset().union(*(r.owners for r in mine)))):
            found.append(name)
    return found
