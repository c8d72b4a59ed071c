"""Generic government bodies keyed by their country: pure functions over names.

"The health ministry", "the police" or "the army" name a body of whichever country the
story is about, so two stories' "health ministry" are one source only when they are
about one country (stranger trial 4: a story about another country's "the health
ministry" joined Dorvania's). A body name is generic when, without its owner, all its
words are portfolio and body words (GENERIC_WORDS) with a body word (HEAD_WORDS) among
them; its key is "<country> <body>", the body in one form ("Ministry of Health" and
"health ministry" are "health ministry"). The country is the one its name gives
("Dorvania's", "Ukrainian", "of Ukraine", "U.S."), else the story's (`story_country`:
the dateline's country, else the country the text names most), else none: the body is
then kept per story (names.occurrence_key), as an unnamed description is.

Countries are data/ledger_countries.json (babel's English names, a few renamed) and the
article's own places; a demonym is read as the country or place whose name it starts
like ("Mozambican" Mozambique, "Dorvanian" Dorvania) or through the table's irregular
ones ("Dutch"). Changing the table changes keys: a rules bump (ledger/rebuild.py).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

# words a body's name is made of ("Ministry of Foreign Affairs", "civil defence", "the
# national police"); a name with any other word ("Red Cross", "provincial health
# directorate", "Metropolitan Police") is a name of its own, keyed as written
HEAD_WORDS = frozenset({
    "ministry", "ministries", "police", "army", "military", "navy", "government",
    "department", "defence", "defense", "forces", "force", "authorities", "presidency",
    "cabinet", "coastguard", "guard", "gendarmerie", "authority", "office", "bureau",
    "bank"})
# body words that name no body alone ("the office said", "the bank said"): only with a
# portfolio word ("the statistics office", "the Foreign Office", "the central bank")
_NOT_ALONE = frozenset({"office", "bureau", "bank"})
PORTFOLIO_WORDS = frozenset({
    "health", "interior", "foreign", "affairs", "finance", "education", "justice",
    "agriculture", "energy", "environment", "transport", "information", "communications",
    "trade", "economy", "labour", "labor", "social", "welfare", "water", "public", "works",
    "home", "internal", "civil", "protection", "emergency", "emergencies", "situations",
    "disaster", "management", "national", "federal", "armed", "air", "fire", "coast",
    "border", "security", "interior's", "war", "defence", "defense", "state", "of", "and",
    "for", "the", "presidential", "immigration", "culture", "tourism", "industry",
    "statistics", "statistical", "census", "central"})
GENERIC_WORDS = HEAD_WORDS | PORTFOLIO_WORDS
# one form of portfolios written several ways; words a body's key leaves out
_SAME_PORTFOLIO = (("foreign affairs", "foreign"), ("internal affairs", "interior"),
                   ("home affairs", "interior"), ("defence", "defense"),
                   ("statistical", "statistics"))
# one body written several ways: a country's army, military and armed forces are one
# source (stranger trial 7: "the Kaldorian army" and "the Kaldorian Armed Forces" were two)
_SAME_BODY = {"armed forces": "army", "military": "army", "central government": "government"}
_LEFT_OUT = frozenset({"of", "and", "the", "for", "national", "federal"})
_POSSESSIVE_OWNER = re.compile(  # "Dorvania's", "the Varn region's"
    r"^(?:the\s+)?((?:[A-Z][\w.\-]*\s+){0,2}[A-Z][\w.\-]*"
    r"(?:\s+(?:region|province|state|district|governorate|territory|oblast|county|prefecture))?"
    r")['’]s?\s", re.UNICODE)
_WORD = re.compile(r"[^\W_][\w'’\-]*")
MIN_DEMONYM_PREFIX = 4
# how demonyms end ("Mozambican", "Chilean", "Chinese", "Israeli", "Swedish", "Argentine")
_DEMONYM_END = re.compile(r"(?:an|ese|i|ish|ic|ine|ene|ite)$")
# a demonym of a country named "…ia" ("Kaldorian", "Lusavian": Kaldoria's, Lusavia's), whose
# country is its form less the "n" though no table knows it
_OF_A_COUNTRY_IN_IA = re.compile(r"^[a-z]{3,}ian$")
_PLACE_NAME = re.compile(r"^[^\W\d_][^\W\d_'’. -]*(?:[ -][^\W\d_][^\W\d_'’.-]*)*$")


@lru_cache(maxsize=1)
def country_table() -> tuple[dict[str, str], dict[str, str]]:
    """(folded form -> folded canonical country, folded irregular demonym -> country)."""
    data = json.loads(resources.files("according.data").joinpath(
        "ledger_countries.json").read_text("utf-8"))
    forms = {fold(form): fold(name) for name, others in data["countries"].items()
             for form in (name, *others)}
    demonyms = {fold(d): fold(c) for d, c in data["demonyms"].items()}
    return forms, demonyms


def fold(text: str) -> str:
    """A place or country name as keys hold it ("U.S." -> "u s", "Côte d'Ivoire" ->
    "cote d'ivoire"), read as an organisation's name is (names.normalise_org)."""
    from according.ledger.names import normalise_org

    return normalise_org(text)


def country_of(text: str, places: Iterable[str] = (), *, demonym: bool = True) -> str | None:
    """The country (or the article's place, `places` folded) that `text` names or (with
    `demonym`) whose demonym it is; None when it names none."""
    word = fold(text)
    if not word:
        return None
    forms, demonyms = country_table()
    places = set(places)
    if word in forms:
        return forms[word]
    if word in places:
        return word
    if word in demonyms:
        return demonyms[word]
    if not demonym or len(word) < MIN_DEMONYM_PREFIX or word in GENERIC_WORDS \
            or not _DEMONYM_END.search(word):  # "Malibu" is no demonym of Mali
        return None
    best, length = None, 0
    words = word.count(" ")
    for name, country in [*forms.items(), *((p, p) for p in places)]:
        if name.count(" ") != words:  # "Ukrainian interior" is no demonym of Ukraine
            continue
        shared = _shared_prefix(word, name)
        if shared >= MIN_DEMONYM_PREFIX and shared >= 0.6 * len(name) and shared > length \
                and len(word) > shared:
            best, length = country, shared
    return best


def _shared_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=65536)
def generic_body(name: str, places: tuple[str, ...] = ()) -> tuple[str, str | None] | None:
    """(the body in one form, the country its name gives or None) when `name` is a
    generic government body's ("Dorvania's Ministry of Health" -> ("health ministry",
    "dorvania"); "the police" -> ("police", None)); None for any other name."""
    owner = None
    possessive = _POSSESSIVE_OWNER.match(name.strip())
    rest = name.strip()
    if possessive:
        owner = owner_form(fold(possessive.group(1)))
        rest = rest[possessive.end():]
    raw = [w.rstrip("'’") for w in _WORD.findall(rest)]
    words = [w.lower() for w in raw]
    if not HEAD_WORDS.intersection(words):  # most names: no body word at all
        return None
    if words and words[0] == "the":
        raw, words = raw[1:], words[1:]
    if owner is None:
        for n in (3, 2, 1):  # "South Korean military", "U.S. army", "Ukrainian police"
            if len(words) > n and not GENERIC_WORDS.issuperset(words[:n]):
                found = _owner_of(raw[:n], places)
                if found:
                    owner, raw, words = found, raw[n:], words[n:]
                    break
    if owner is None:
        for n in (4, 3, 2, 1):  # "Ministry of Health of Ukraine", "... in the Varn region"
            if len(words) > n + 1 and words[-n - 1] in ("of", "in") \
                    and not GENERIC_WORDS.issuperset(words[-n:]):
                found = _owner_of(raw[-n:], places)
                if found:
                    owner, raw, words = found, raw[:-n - 1], words[:-n - 1]
                    break
    if not words or not GENERIC_WORDS.issuperset(words) or not HEAD_WORDS & set(words) \
            or body_form(words) in _NOT_ALONE:
        return None
    return body_form(words), owner


# words that say an owner is a region of a country ("the Varn region", "Borno State"): an
# owner's key leaves them out, so "the health ministry of the Varn region" and "the Varn
# health ministry" are one body; the place they name is an owner even when the NER missed it
_REGION_WORDS = frozenset({"region", "province", "state", "district", "governorate",
                           "territory", "oblast", "county", "prefecture"})


def owner_form(owner: str) -> str:
    """A body's owner as its key holds it, folded: without a leading "the" and the words
    that say it is a region ("the varn region" -> "varn", "borno state" -> "borno"); an
    owner that is only such words is kept as it is."""
    words = owner.split()
    if words and words[0] == "the":
        words = words[1:]
    kept = [w for w in words if w not in _REGION_WORDS]
    return " ".join(kept or words)


def _owner_of(raw: Sequence[str], places: Iterable[str]) -> str | None:
    """The owner (a country or a place, folded and in owner_form) that the words `raw` (as
    written) name or whose demonym they are; else a proper name of its own, all its words
    capitalised but a region word ("the Varn region", "Varn": the NER may miss a place),
    its last not read as a demonym of none ("Metropolitan", "Dorvanian": an adjective, so
    "Metropolitan Police" is a name of its own); None when they name none."""
    form = owner_form(fold(" ".join(raw)))
    if not form:
        return None
    found = country_of(form, places)
    if found:
        return found
    if len(raw) == 1 and raw[0][:1].isupper() and _OF_A_COUNTRY_IN_IA.search(form):
        return form[:-1]  # "Kaldorian army": Kaldoria's, a country no table knows
    named = [w for w in raw if w.lower() not in _REGION_WORDS and w.lower() != "the"]
    if named and all(w[:1].isupper() and w.lower() not in GENERIC_WORDS for w in named) \
            and not _DEMONYM_END.search(named[-1].lower()):  # "Metropolitan Police": a name
        return form
    return None


def body_form(words: Sequence[str]) -> str:
    """One form of a body's words: "ministry of health" and "health ministry" are
    "health ministry", "ministry of foreign affairs" is "foreign ministry"."""
    words = list(words)
    at = next((i for i in range(len(words) - 2)
               if words[i] in HEAD_WORDS and words[i + 1] in ("of", "for")), None)
    if at is not None:  # "ministry of health", "national bureau of statistics"
        words = [*words[at + 2:], *words[:at + 1]]
    text = " ".join(w for w in words if w not in _LEFT_OUT) or " ".join(words)
    for written, form in _SAME_PORTFOLIO:
        text = re.sub(rf"\b{written}\b", form, text)
    return text


def body_key(form: str) -> str:
    """The form a body is keyed by (`body_form`'s, with one body written several ways as
    one: a country's "military" and "armed forces" are its "army", _SAME_BODY)."""
    return _SAME_BODY.get(form, form)


# country names that are as often a person's or a US state's, never read from running text
_NOT_FROM_TEXT = frozenset({"Chad", "Jordan", "Georgia", "Jersey", "Guernsey", "Sark",
                            "America", "Niue", "Dominica"})


@lru_cache(maxsize=1)
def _country_names() -> re.Pattern[str]:
    """The country table's names as written, longest first, for reading a story's text."""
    data = json.loads(resources.files("according.data").joinpath(
        "ledger_countries.json").read_text("utf-8"))
    forms = {form for name, others in data["countries"].items() for form in (name, *others)
             if form not in _NOT_FROM_TEXT and len(form) > 1}
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w.-])(?:{alternation})(?![\w-])")


def story_country(dateline: str | None, texts: Sequence[str],
                  owners: Sequence[str] = (), places: Iterable[str] = ()) -> str | None:
    """The country a story is about, folded: its dateline's country ("KESSARIN, Dorvania",
    its last part a country or one of the story's `places`, or a dateline that is a
    country), else the country its `texts` (headline, body) name most, counting the
    places the text names as a body's owner ("Dorvania's Ministry of Health": `owners`,
    one per mention) as countries; ties go to the first named; None when none."""
    parts = [p.strip() for p in (dateline or "").split(",") if p.strip()]
    if parts:  # "KESSARIN, Dorvania": its last part is where the place is, by house style
        found = country_of(parts[-1], places if len(parts) > 1 else (), demonym=False) or (
            fold(parts[-1]) if len(parts) > 1 and _PLACE_NAME.match(parts[-1]) else None)
        if found:
            return found
    forms, _ = country_table()
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    named = [m.group() for text in texts for m in _country_names().finditer(text)]
    for i, name in enumerate([*named, *owners]):
        country = forms.get(fold(name)) or fold(name)
        counts[country] += 1
        first.setdefault(country, i)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


# a sentence that opens by saying where it is, right before the source it names: "In
# neighbouring Uganda, the health ministry said", "In nearby Tolna, the mayor said"
_OPENING_PLACE = re.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[.!?][\"”’]))\s*(?:Meanwhile,?\s+|Elsewhere,?\s+)?"
    r"(?:In|Across|Over\s+the\s+border\s+in)\s+(?:the\s+)?"
    r"(?:(?:neighbouring|neighboring|nearby|northern|southern|eastern|western|central)\s+)?"
    r"([A-Z][\w'’.-]*(?:\s+(?:(?:of|and)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,4})\s*,\s*$")
MAX_OPENING = 80  # characters from a sentence's start to its source


def opening_place(text: str, start: int) -> str | None:
    """The place a sentence opens with when all that stands before the source at `start`
    is that opening ("In neighbouring Uganda, the health ministry said" -> "Uganda"): the
    source is that place's; None otherwise."""
    # searched in place, so "^" is the text's start and a sentence's start is seen before
    # the window: a window opening inside a longer sentence finds nothing
    m = _OPENING_PLACE.search(text, max(0, start - MAX_OPENING), start)
    return m.group(1) if m else None


def opening_country(text: str, start: int) -> str | None:
    """The country (folded, by the country table) a sentence opens with before the source
    at `start` (opening_place), else None: a generic body there is that country's."""
    place = opening_place(text, start)
    return country_of(place, demonym=False) if place else None

