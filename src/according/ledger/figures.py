"""Series of the same counted thing across articles, and bounds that cannot both be true.

Normalisation (documented in the README): the words of `counted` are lower-cased, stop
words dropped, each word mapped through the synonym table in data/ledger_counted.json
("killed", "died", "deaths" -> dead), and the sorted set of words plus the unit is the
series key ("people have died" and "people killed" -> "dead people | people"). A count of
people is read as one whatever its wording (`people_reading`): "18 deaths", "40
fatalities" and "a death toll of 18" are "dead people | people" too.

A series reads by its most common wording ("people have died"), not its key.

A figure's day is its as-of day: the record's `as_of` (a time expression of its clause or
of its attribution's sentence, quantities/as_of.py), else its article's publication day
(UTC); `as_of_from` says which. A week or month stays a week or month ("2024-W19"). A
previous value ("up from 27", the record's `previous`) with no day of its own has none.

A figure of a sentence naming a poll or survey is one pollster's measure: it is compared
only with figures of the same source (`measured_by_poll`: two polls' shares of one party
differ without disagreeing; one poll's share reported two ways still can).

A figure's place is the place named nearest to it in its own clause of its sentence or
in its source's (`figure_clause`: "the EU pledged 25 million euros, matching a US pledge" is
not placed in the United States; a dateline is not named by the sentence it leads, nor is a
place in an organisation's name: "Dorvania's Ministry of Health"): a stated place. Else
its article's dateline when the article names that place again or names none, else the
place its article names most (a dateline the text never names, over a story of another
place, is where the copy was filed; a bare dateline over a text naming no place gives
way to the article's country, when known: "SOLVENA, Nov 24 (Reuters) - Valdoria's
parliament …"; a donor's place, "The United States will provide …", is not counted): a
weak place; such a figure is compared where its
article states the place of figures of the same series and day, when they state one
(derive.settle_weak_places, still showing its place as found: a
charity's 210 missing in a sentence naming no place is compared with the ministry's 140
"in Orvane province" of the same article, not filed under the dateline's town). Figures
are compared only within one series, day and place (a figure with no place only with
others that have none), places by `place_key` (merge rules 5): "nampula, mozambique" and
"nampula province" are one. A figure
that does not say what it counts ("5 people", `counted` empty) or has no day is compared with
none: its series key is its unit alone, and two such figures may count different things.
Nor is a figure that is no amount of its series (`not_an_amount`): a rate ("42 valdors to
the dollar"), what is needed ("Parliament needs 77 votes"), what a change saves or cuts
("would save 18 billion valdors"), a margin ("passed by three votes", "a margin of error of
3 points"), or a count of its unit that says what it is of
only after it ("25 billion valdors of new bonds", counted "valdors"). A place is not a
person's surname its extractor typed a place ("Petrova" of "Ana Petrova"), nor where a
source's employer is ("an economist at Danube Capital in Vienna"), nor where a source
spoke or is ("said in a speech in Solvena", "a diplomat in Solvena"); a name the entity
tagger typed otherwise is a place where its record shows one (a dateline's part, a place
at another entity, "northern Lusavia").

A figure's interval is its record's bounds (the extractor turns hedges into low/high:
"more than" a low bound it excludes, "nearly"/"up to" a high bound, "about"/"some"
+-10%), else the exact value. Two figures of one series, day and place disagree when
their intervals do not overlap and they come from different articles, or from different
sources in one article ("within article").
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from according.ledger.model import Disagreement, Figure, FigureSeries

# a "more than" bound excludes its value ("more than 35,000" is not 35,000)
OPEN_LOW_HEDGES = frozenset({"more than"})
UNCOUNTED = "(what is counted not given)"
_WORD = re.compile(r"[a-z0-9%]+")


@lru_cache(maxsize=1)
def counted_rules() -> dict:
    text = resources.files("according.data").joinpath("ledger_counted.json").read_text("utf-8")
    rules = json.loads(text)
    rules["stopwords"] = frozenset(rules["stopwords"])
    rules["passive_auxiliaries"] = frozenset(rules.get("passive_auxiliaries", ()))
    return rules


def counted_words(counted: str | None) -> frozenset[str]:
    """The normalised words of what a figure counts (see module docstring); a word with a
    passive sense of its own ("had been lost") is mapped through `passive_synonyms`."""
    rules = counted_rules()
    synonyms = rules["synonyms"]
    passive = rules.get("passive_synonyms", {})
    out = set()
    before = ""
    for word in _WORD.findall((counted or "").lower()):
        word, before = (passive.get(word, word) if before in rules["passive_auxiliaries"]
                        else word), word
        if word in rules["stopwords"]:
            continue
        if word not in synonyms and word.endswith("s") and word[:-1] in synonyms:
            word = word[:-1]
        out.add(synonyms.get(word, word))
    return frozenset(_restated(_people_state(out, rules), rules))


def _restated(words: set[str], rules: dict) -> set[str]:
    """A figure's words less those that only restate a measure they hold ("annual consumer
    price inflation": inflation); data/ledger_counted.json `restating_words`."""
    for measure, restating in rules.get("restating_words", {}).items():
        if measure in words:
            words = words - (set(restating) - {measure})
    return words


def _people_state(words: set[str], rules: dict) -> set[str]:
    """A figure's words with a lost home read as displacement ("forced from their homes":
    displaced) and the words that only say how a state of people is known dropped
    ("registered as missing": missing); data/ledger_counted.json `lost_homes`,
    `state_qualifiers`."""
    lost = rules.get("lost_homes")
    if lost and words & set(lost["homes"]) and words & set(lost["verbs"]):
        words = (words - set(lost["homes"]) - set(lost["verbs"])) | {lost["as"]}
    if words & set(rules.get("people_states", ())):
        words = words - set(rules.get("state_qualifiers", ()))
    return words


def people_named(text: str | None) -> frozenset[str]:
    """{"people"} when `text` names people ("people", "persons": `people_words` in
    data/ledger_counted.json), else nothing. Those words are stop words of what a figure
    counts ("about 400 people" alone does not say what it counts), but a unit of people and
    a `--counted people` query still name people."""
    rules = counted_rules()
    named = set(_WORD.findall((text or "").lower())) & set(rules.get("people_words", ()))
    return frozenset({rules["people_unit"]}) if named and rules.get("people_unit") else frozenset()


def unit_words(unit: str | None) -> frozenset[str]:
    """A unit's normalised words, a unit of people being the word people."""
    return counted_words(unit) | people_named(unit)


def query_words(query: str | None) -> frozenset[str]:
    """The words a `counted` filter asks for: its counted words, and people if it names
    them (a series of people holds the word through its key or unit)."""
    return counted_words(query) | people_named(query)


def counted_key(counted: str | None, unit: str | None) -> str:
    """The series key: sorted normalised counted words, then the unit, people read as
    people however the count is worded (`people_reading`)."""
    words, unit_word = people_reading(counted_words(counted), (unit or "").lower())
    return " ".join(sorted(words)) + " | " + unit_word


def people_reading(words: frozenset[str], unit: str) -> tuple[frozenset[str], str]:
    """(counted words, unit) of a figure that says what it counts, with a count of people
    read as one whatever its wording (data/ledger_counted.json `people_states`): a unit
    that is itself a state of people ("deaths", "fatalities", "wounded") is people in that
    state, a figure with no unit counting only such states ("death toll") counts people,
    and a count in people holds the word "people" ("23 killed" is "23 people killed").
    A figure that does not say what it counts is left as it is (`comparable`)."""
    rules = counted_rules()
    people = rules.get("people_unit")  # absent from tables before it (ledger_history)
    if not words or not people:
        return words, unit
    states = frozenset(rules.get("people_states", ()))
    unit_states = counted_words(unit)
    if unit_states and unit_states <= states:
        words, unit = words | unit_states, people
    elif not unit and words <= states:
        unit = people
    if unit == people:
        words = words | {people}
    return words, unit


def matches_counted(query: str, figure: Figure) -> bool:
    """Whether every normalised word of `query` is in the figure's counted words or unit."""
    wanted = query_words(query)
    have = (people_reading(counted_words(figure.counted), (figure.unit or "").lower())[0]
            | unit_words(figure.unit))
    return bool(wanted) and wanted <= have


Bounds = tuple[float, float, bool]  # (low, high, low excluded)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s|\n")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")


def bounds(value: float, low: float | None, high: float | None, hedge: str | None) -> Bounds:
    """(low, high, low_open) of the values a figure allows (see `interval`)."""
    if low is None and high is None:
        return value, value, False
    return (low if low is not None else -math.inf, high if high is not None else math.inf,
            hedge in OPEN_LOW_HEDGES)


def bounds_clash(a: Bounds, b: Bounds) -> bool:
    """Whether two figures' bounds cannot both hold."""
    alo, ahi, alo_open = a
    blo, bhi, blo_open = b
    if ahi < blo or bhi < alo:
        return True
    return (ahi == blo and blo_open) or (bhi == alo and alo_open)


def as_of_day(as_of: str | None, as_of_from: str | None, published: str | None,
              previous: bool = False) -> tuple[str | None, str | None]:
    """(day, as_of_from) of a figure: the record's as-of when it has one (a date-time
    counts as its date), else the publication day; (None, None) when neither is known, or
    for a previous value with no day of its own ("up from 27": it stood before the report,
    not on its publication day, so it is compared with none)."""
    if as_of:
        day = as_of[:10] if _ISO_DAY.match(as_of) else as_of
        return day, as_of_from or "text"
    if published and not previous:
        return published[:10], "published"
    return None, None


# a poll or survey named in a figure's sentence: its figures are that pollster's measure
# ... but an election's polling stations, units, booths, day or staff are no poll
_POLL = re.compile(
    r"\b(?:polls?(?!\s+(?:stations?|units?|booths?|workers?|officials?|closed|opened|"
    r"closing|opening)\b)|polling(?!\s+(?:stations?|units?|booths?|places?|centres?|"
    r"centers?|day|officials?|agents?|staff|clerks?|sites?|districts?)\b)|pollsters?|"
    r"surveys?|surveyed)\b", re.I)


def measured_by_poll(text: str, start: int, ends: Sequence[int] | None = None) -> bool:
    """Whether the sentence of the figure at `start` names a poll or survey ("a poll by the
    Solvena Institute put the Civic Alliance at 34%"): such a figure is one pollster's
    measure, compared only with the same source's (two polls' shares differ without
    disagreeing); `ends` are the text's sentence_ends, when known."""
    left, right = sentence_of(text, start, ends)
    return _POLL.search(text, left, right) is not None


def sentence_of(text: str, start: int, ends: Sequence[int] | None = None) -> tuple[int, int]:
    """[left, right) of the sentence holding offset `start`, by `sentence_ends`."""
    ends = sentence_ends(text) if ends is None else ends
    i = bisect_right(ends, start)
    return ends[i - 1] if i else 0, ends[i] if i < len(ends) else len(text)


def sentence_ends(text: str) -> list[int]:
    """Offsets where the text's sentences end (for `figure_place`)."""
    return [m.end() for m in _SENTENCE_END.finditer(text)]


def figure_place(text: str, start: int, places: Sequence[tuple[int, str]],
                 dateline: str | None, ends: Sequence[int] | None = None,
                 speaker_at: int | None = None) -> str | None:
    """The place of a figure at `start` (placed_figure's place); lower case."""
    return placed_figure(text, start, places, dateline, ends, speaker_at)[0]


def placed_figure(text: str, start: int, places: Sequence[tuple[int, str]],
                  dateline: str | None, ends: Sequence[int] | None = None,
                  speaker_at: int | None = None, end: int | None = None,
                  country: str | None = None) -> tuple[str | None, bool]:
    """(place, stated) of a figure at [start, end): the nearest place mention ((offset,
    name) pairs) of its own clause of its sentence, or of the clause of its source's cue at
    `speaker_at` (figure_clause: "the EU pledged 25 million euros, matching a US pledge" is
    not placed in the United States), stated; else the dateline where it is the scene
    (`filed_at_scene`), else the article's most named place: a weak place (`stated` False),
    compared where its article states one place for the same series and day
    (derive.settle_weak_places). A dateline of a city alone over a text that names no
    place gives way to the article's `country` (derive.story_places), when known: "SOLVENA,
    Nov 24 (Reuters) - Valdoria's parliament …" is filed from the capital about Valdoria
    (stranger trial 5: one debt ratio filed under "solvena" and "valdoria" was never
    compared). `ends` are the text's sentence_ends, when known."""
    left, right = sentence_of(text, start, ends)
    spans = [figure_clause(text, left, right, start, start if end is None else end)]
    if speaker_at is not None and left <= speaker_at < right:
        spans.append(figure_clause(text, left, right, speaker_at, speaker_at))
    near = [(abs(offset - start), name) for offset, name in places
            if any(a <= offset < b for a, b in spans)]
    if near:
        return min(near)[1].lower(), True
    if dateline and dateline.strip() and filed_at_scene(dateline, places):
        # "killed 12 people in the town": the clause points back at the dateline's place,
        # stated there, so it does not give way to a neighbouring place the article states
        here = any(_HERE.search(text, a, b) for a, b in spans)
        if not here and not places and country and "," not in dateline:
            return country, False
        return dateline.strip().lower(), here
    counts: dict[str, int] = defaultdict(int)
    for offset, name in sorted(places):  # in text order: a tie goes to the first named
        if not place_of_donor(text, offset, offset + len(name)):
            counts[name.lower()] += 1
    return (max(counts, key=counts.__getitem__), False) if counts else (None, False)


# a clause pointing back at the place the story is filed from: "in the town", "in this
# city", "across the village"; the dateline is then its stated place
_HERE = re.compile(r"\b(?:in|across|around|throughout)\s+(?:the|this)\s+"
                   r"(?:town|city|village|port\s+city|port\s+town)\b", re.I)


# where a sentence turns to another clause, about another party: "…, matching a US
# pledge", "…, and the United States announced $18 million", "… and $18 million from the
# United States", "; …", " — …" (not a relative clause, "Brekka, which lost 12 people",
# nor a colon, "Brekka: 12 dead", which are about the place before them)
_CLAUSE_BREAK = re.compile(
    r"\s*;\s+|\s+[—–-]\s+"
    r"|,\s+(?=(?:and|but|while|whereas|although|though|matching|compared|against|versus"
    r"|including|as\s+well\s+as|plus)\b)"
    r"|\s+(?=(?:and|but|while|whereas|plus)\s+(?:the|a|an|its|their|his|her|another"
    r"|[$€£¥]|\d|[A-Z]))")


# a phrase set off by a comma inside its sentence ("aid, including 25 million euros from
# the EU and $18 million from the United States, covered 35% of …"): each comma after it
# ends a piece of it, and the last hands back to the sentence (not before a relative
# clause about the place before it, "…, which …")
_ASIDE = re.compile(r",\s+(?:including|as\s+well\s+as|plus|matching|compared|against"
                    r"|versus|such\s+as)\b")
_ASIDE_COMMA = re.compile(r",\s+(?!(?:which|who|whose|where|when)\b)")


def _breaks(text: str, left: int, right: int) -> list[tuple[int, int]]:
    """[start, end) of each place the sentence [left, right) turns to another clause:
    _CLAUSE_BREAK, and the commas after an aside's opening (_ASIDE)."""
    out = [m.span() for m in _CLAUSE_BREAK.finditer(text, left, right)]
    aside = _ASIDE.search(text, left, right)
    if aside is not None:
        out += [m.span() for m in _ASIDE_COMMA.finditer(text, aside.end(), right)]
    return sorted(set(out))


def figure_clause(text: str, left: int, right: int, start: int, end: int) -> tuple[int, int]:
    """[a, b) of the clause of the sentence [left, right) that holds [start, end): the
    sentence cut where it turns to another clause (_breaks), never inside the figure
    ("between 20 and 30")."""
    a, b = left, right
    for m_start, m_end in _breaks(text, left, right):
        if start <= m_start < end:
            continue
        if m_end <= start:
            a = m_end
        elif m_start >= end:
            b = m_start
            break
    return a, b


def filed_at_scene(dateline: str, places: Sequence[tuple[int, str]]) -> bool:
    """Whether a dateline places an article's figures: when its text names no place, or
    names the dateline's place (or its country) too. A dateline its text never names
    again, where the text names other places, is where the copy was filed ("MAROSH —", the
    capital, over a story of shelling in Kessarin: stranger trial 3), and the place the
    text names most is the figures' place."""
    if not places:
        return True
    # any part of it: a text naming only the country of "KESSARIN, Dorvania" is there too
    keys = {place_key(part.strip()) for part in dateline.lower().split(",") if part.strip()}
    return any(place_key(name.lower()) in keys for _, name in places)


# a place that gives: "The United States will provide $18 million …", "pledges from Japan"
_DONOR_AFTER = re.compile(
    r"\s+(?:(?:will|would|has|have|had|is|was|also|already|then)\s+){0,2}(?:pledged?s?|pledging"
    r"|provided?s?|providing|gives?|gave|giving|donated?s?|donating|sends?|sent|sending"
    r"|offer(?:s|ed)?|promised?s?|contributed?s?|committed|commits|allocated?s?"
    r"|announced?s?)\b", re.I)
_DONOR_BEFORE = re.compile(
    r"\b(?:million|billion|aid|assistance|funds|funding|money|grants?|loans?|donations?"
    r"|pledges?)\s+from\s+(?:the\s+)?$", re.I)


def place_of_donor(text: str, start: int, end: int) -> bool:
    """Whether the place mention at [start, end) names a donor ("The United States will
    provide $18 million in humanitarian assistance to Lusavia", "$18 million from the
    United States"): it places its own clause's figure, but is not where its article's
    other figures are (stranger trial 4: Lusavia's own relief fund, in a sentence naming
    no place, was placed in "united states", the place its article named most)."""
    return _DONOR_AFTER.match(text, end) is not None or \
        _DONOR_BEFORE.search(text[max(0, start - 40):start]) is not None


# a compass word before a name says the name is a place ("northern Lusavia"), whatever
# type the entity tagger gave it (stranger trial 4: "Lusavia" typed an organisation)
_COMPASS_BEFORE = re.compile(
    r"\b(?:northern|southern|eastern|western|central|north-?eastern|north-?western"
    r"|south-?eastern|south-?western|rural|across|throughout)\s+$", re.I)


def named_as_place(text: str, start: int) -> bool:
    """Whether the mention starting at `start` follows a compass word ("northern
    Lusavia", "across Orvane"): a place, whatever its entity type."""
    return _COMPASS_BEFORE.search(text[max(0, start - 20):start]) is not None


# a people's or country's adjective ("Kaldorian", "Lusavian", "Sudanese", "Danish") right
# before a lower-case word: "the Kaldorian army", "Kaldorian officials" say whose, not where
_DEMONYM = re.compile(r"[A-Z][\w'’-]*(?:ian|ean|ese|ish)$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")


def named_as_demonym(text: str, start: int, end: int) -> bool:
    """Whether the place mention at [start, end) is a demonym used as an adjective ("The
    Kaldorian army maintained …", "Kaldorian officials said"): whose army or officials,
    not a place (stranger trial 7: "Kaldorian", typed a place, was the place every figure
    of a feed's story was filed under, apart from every other report's Drevna)."""
    return _DEMONYM.fullmatch(text, start, end) is not None and \
        _LOWER_WORD_AFTER.match(text, end) is not None


# an organisation's word after a possessive place ("Dorvania's Ministry of Health",
# "Gaza's health ministry"): the place owns the body, it is not where a figure happened
OWNER_WORDS = frozenset({
    "ministry", "ministries", "government", "army", "military", "police", "agency",
    "office", "department", "authority", "authorities", "council", "commission",
    "committee", "service", "services", "officials", "president", "prime", "forces",
    "embassy", "cabinet", "parliament", "administration", "navy", "coastguard",
    "lawmakers", "legislators", "legislature", "mps", "senate", "congress", "bank"})
# a country's bodies, owned without a possessive ("the U.S. embassy", "the Lusavia
# government"); not local ones ("Brekka police said 12 died" may be Brekka's dead)
NATIONAL_BODY_WORDS = frozenset({
    "ministry", "government", "army", "military", "embassy", "cabinet", "parliament",
    "administration", "navy", "legislature", "congress", "senate", "lawmakers"})
_POSSESSIVE_WORDS = re.compile(r"['’]s\s+((?:[\w.-]+\s+){0,2}[\w.-]+)")
_OWNER_AFTER = re.compile(r"\s+(?:(?:health|interior|foreign|finance|defen[cs]e|central|national"
                          r"|state|federal)\s+)?([A-Za-z]+)\b", re.I)


# the words before a place that say where a speaker spoke, not where a figure's deaths
# were: "told reporters in Geneva", "a news conference in Nairobi", "speaking in London"
_SPEAKER_AT = re.compile(
    r"(?:\b(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:[\w.-]+\s+){0,2}?"
    r"(?:reporters|journalists|press|media|correspondents|diplomats|delegates|lawmakers)"
    r"|\b(?:speaking|spoke|news\s+conference|press\s+conference|press\s+briefing|"
    r"briefing)"
    # "said in a speech in Solvena", "Speaking at a conference in Solvena"
    r"|\b(?:said|says|speaking|spoke|told\s+(?:[\w.-]+\s+){1,2}?)\s*(?:at|in|during|to)\s+"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:speech|conference|forum|summit|address|lecture"
    r"|meeting|rally|event|session)"
    # where a source is: "A diplomat in Solvena, speaking on condition of anonymity"
    r"|\b(?:an?|one|two|three|several|some)\s+(?:[\w-]+\s+)?(?:diplomats?|officials?"
    r"|analysts?|economists?|sources?|observers?|correspondents?|residents?))"
    r"\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)


def place_of_speaker(text: str, start: int) -> bool:
    """Whether the place mention starting at `start` says where a source spoke ("OCHA told
    reporters in Geneva that 26 deaths were verified"): not where its figure happened (a
    live blog's Wednesday figures were placed in "geneva", apart from the same day's in
    the town)."""
    return _SPEAKER_AT.search(text[max(0, start - 60):start]) is not None


# words giving a person's name before it: "who gave only her first name, Kemi", "identified
# only as Ayo", "known only by his nickname Baba", "asked to be identified by her surname"
_PERSON_NAMED = re.compile(
    r"(?:\b(?:first|given|last|full|middle|family|real|christian|maiden)\s+name"
    r"|\b(?:sur|nick|pen|code)\s*name|\bidentified\s+(?:only\s+)?(?:as|by)"
    r"|\bknown\s+(?:only\s+)?(?:as|by)|\bgave\s+(?:only\s+)?(?:her|his|their)\s+name"
    r"(?:\s+as)?|\bwhose\s+name\s+(?:is|was))\s*(?:(?:as|only)\s+)?[,:]?\s*$", re.I)


def named_as_person(text: str, start: int) -> bool:
    """Whether the place mention starting at `start` is a person's name, as the words
    before it say ("A trader at the Oja market, who gave only her first name, Kemi, said
    she had seen five bodies": "Kemi", typed a place by the extractor, placed every figure
    of its story; stranger trial 6). A person's name is never a place."""
    return _PERSON_NAMED.search(text[max(0, start - 60):start]) is not None


# a source's employer before a place: "an economist at Danube Capital in Vienna", "an
# analyst with Capital Economics in London" (the organisation's mention, then " in ")
_EMPLOYER_BEFORE = re.compile(r"\b(?:at|with|for)\s+(?:the\s+)?$", re.I)
_EMPLOYER_IN = re.compile(r",?\s+(?:based\s+)?in\s+(?:the\s+)?$", re.I)


def place_of_employer(text: str, start: int, orgs: Sequence[tuple[int, int]]) -> bool:
    """Whether the place mention starting at `start` says where a source's employer is
    (an organisation's mention ((start, end) pairs) after "at", "with" or "for", then "in"
    and the place: "said Anton Weiss, chief economist at Danube Capital in Vienna"): not
    where its article's figures are (stranger trial 5: a debt ratio placed in "vienna")."""
    for a, b in orgs:
        if b <= start and start - b <= 14 and _EMPLOYER_IN.fullmatch(text, b, start) \
                and _EMPLOYER_BEFORE.search(text[max(0, a - 12):a]):
            return True
    return False


def place_names_owner(text: str, start: int, end: int,
                      orgs: Sequence[tuple[int, int]]) -> bool:
    """Whether the place mention at [start, end) is part of an organisation's name: inside
    an organisation's mention ((start, end) pairs: "Kessarin General Hospital"), or a
    possessive owning one ("Dorvania's Ministry of Health", "Dorvania's health ministry").
    Such a place says whose body speaks, not where a figure's deaths were (stranger trial
    3: the ministry's 31 was placed in "dorvania", apart from 24 and 38 in the town)."""
    if any(a <= start and end <= b and (a, b) != (start, end) for a, b in orgs):
        return True
    m = _POSSESSIVE_WORDS.match(text, end)
    if m is None:  # "the U.S. embassy", "the Gaza health ministry": a body's owner too
        m = _OWNER_AFTER.match(text, end)
        return m is not None and m.group(1).lower() in NATIONAL_BODY_WORDS
    words = m.group(1).lower().split()
    return any(w in OWNER_WORDS for w in words) or any(
        end < a <= m.end(1) for a, _ in orgs)


# words after a place's name that say what kind of place it is, not which
PLACE_KIND_WORDS = ("province", "region", "district", "state", "county", "department",
                    "governorate", "prefecture", "municipality", "oblast", "territory")
_PLACE_KIND = re.compile(r"\s+(?:" + "|".join(PLACE_KIND_WORDS) + r")$")


def place_key(place: str | None) -> str | None:
    """The place figures are compared by: the name before a dateline's country ("nampula,
    mozambique" -> "nampula") and without a kind word after it ("nampula province" ->
    "nampula"), so a sentence's "Nampula province" and the dateline "NAMPULA, Mozambique"
    of one article are one place; the figure still shows the place as found."""
    if not place:
        return place
    name = place.split(",")[0].strip().removeprefix("the ")
    return _PLACE_KIND.sub("", name) or name


# what a figure is when it is no amount of its series (not_an_amount): a rate after it
# ("42 valdors to the dollar", "1.9 euros per litre"), what is needed before or after it
# ("needs 77 votes", "77 votes needed"), what a change saves or cuts (_CHANGE_BEFORE), a
# margin before it ("passed by three votes", not a
# tally "by 78 votes to 75"; "a margin of error of plus or minus 2.5 points")
_RATE_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+){0,2}?(?:per\s+(?!cent\b)[a-z]+"
    r"|(?:to|against|for)\s+(?:the|one|a|an|each)\s+(?:us\s+|u\.s\.\s+)?"
    r"(?:dollars?|euros?|pounds?|yen|yuan|francs?|roubles?|rubles?|rupees?|greenback"
    r"|[A-Z]{3})\b)", re.I)
_NEEDED_BEFORE = re.compile(
    r"\b(?:needs?|needed|needing|requires?|required|requiring)\s+"
    r"(?:at\s+least\s+|only\s+|just\s+)?$", re.I)
# ... but not where "needed" is the verb of the figure's own clause with an object after
# it ("12 people needed hospital treatment", "30 required surgery": a count of people)
_NEEDED_AFTER = re.compile(
    r"\s+(?:[A-Za-z-]+\s+)?(?:needed|required)\b(?!\s+(?!(?:to|for|by|in|at|under)\b)"
    r"[A-Za-z])", re.I)
_MARGIN_BEFORE = re.compile(
    r"(?:\bby\s+(?:just\s+|only\s+|a\s+(?:narrow\s+)?margin\s+of\s+)?"
    r"|\bmargins?\s+of\s+error\s+(?:of\s+|was\s+|is\s+)?(?:plus\s+or\s+minus\s+|±\s*"
    r"|\+/-\s*)?)$", re.I)
# what a change saves or cuts ("would save 18 billion valdors", "savings of $2 million",
# "cut 500 jobs"): a difference, not a level of its series
_CHANGE_BEFORE = re.compile(
    r"\b(?:save[sd]?|saving|savings\s+of|cuts?\s+of|cutting|trim(?:s|med)?|trimming)\s+"
    r"(?:(?:about|some|around|nearly|almost|roughly|over|just)\s+|more\s+than\s+)?$", re.I)
MARGIN_WORDS = frozenset({"margin", "error"})
# a figure a word of expectation governs, before it in its sentence: "analysts expect the
# bank to lower its rate to 9.25%", "had forecast a cut, to 9.25%", "growth is projected
# at 2.4 percent", "its budget assumed inflation of 5.5%", "its earlier forecast of 5.6%",
# "expectations of 9.25%": what someone expects, not what was (or is) so. Not "than
# (analysts had) expected" (a comparison of what happened), nor one a clause of its own
# follows ("a bigger cut than expected, after inflation fell to 6.8%")
_EXPECTATION = re.compile(
    r"\b(?:expect(?:s|ed|ing|ations?)?|forecast(?:s|ed|ing|ers?)?|projected|projecting"
    r"|projections?|predict(?:s|ed|ing|ions?)?|assum(?:e|es|ed|ing|ptions?)"
    r"|anticipat(?:e|es|ed|ing|ions?))\b", re.I)
_THAN_BEFORE = re.compile(r"\bthan\s+(?:[\w'’-]+\s+){0,3}$", re.I)
_EXPECTATION_BREAK = re.compile(
    r"[.;:!?](?:\s|$)|\n|\b(?:after|as|because|when|while|since|but|though|although"
    r"|whereas|than|said|says)\b", re.I)
EXPECTATION_REACH = 90


def expected_figure(text: str, start: int) -> bool:
    """Whether the figure at `start` is what someone expects, forecasts, projects, predicts
    or assumes (`_EXPECTATION` before it, within EXPECTATION_REACH characters of its
    sentence and with no clause break between): compared with none, since a forecast and
    the outcome (or two forecasts) can both hold. It keeps its series and day."""
    left = max(0, start - EXPECTATION_REACH)
    for m in _EXPECTATION.finditer(text, left, start):
        if _THAN_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        if _EXPECTATION_BREAK.search(text, m.end(), start) is None:
            return True
    return False
_TALLY_AFTER = re.compile(r"\s+(?:[A-Za-z-]+\s+)?(?:to|-|–)\s*\d", re.I)
# "25 billion valdors of new bonds": what the figure counts comes after its unit
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:new\s+)?[a-z]", re.I)


def not_an_amount(text: str, start: int, end: int, counted: str | None = None,
                  unit: str | None = None) -> bool:
    """Whether the figure at [start, end) of `text` is no amount of its series, so compared
    with none (module doc): a rate, what is needed, a saving or cut, a margin, or a count
    whose counted words only repeat its unit with what it is of after it. Its span may
    end at the number ("42" of "42 valdors to the dollar") or take the unit in."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 60]
    words = counted_words(counted)
    repeats_unit = bool(words) and bool(unit) and all(
        w.rstrip("s") == unit.lower().rstrip("s") for w in words)
    if repeats_unit:  # the unit word after a bare number ("42" + " valdors …")
        m = re.match(r"\s+(?:[a-z]+\s+)?" + re.escape(unit.lower().rstrip("s")) + r"\w*",
                     after, re.I)
        rest = after[m.end():] if m else after
    else:
        rest = after
    if _RATE_AFTER.match(rest) or _NEEDED_BEFORE.search(before) or _NEEDED_AFTER.match(rest) \
            or _CHANGE_BEFORE.search(before) or expected_figure(text, start):
        return True
    if (_MARGIN_BEFORE.search(before) and not _TALLY_AFTER.match(rest)) or \
            MARGIN_WORDS <= words:  # a poll's "margin of error", wherever it is written
        return True
    return repeats_unit and _OF_AFTER.match(rest) is not None


def comparable(counted: str | None, day: str | None) -> bool:
    """Whether a figure can disagree with another at all: it must say what it counts (two
    bare "5 people" of one day may count the dead and the rescued) and have a day."""
    return bool(counted_words(counted)) and day is not None


def series_label(counted: str | None, unit: str | None) -> str:
    """How one figure names what it counts, for a series' readable name; a figure that does
    not say what it counts is named so ("people (what is counted not given)")."""
    if not counted_words(counted):
        return f"{unit or 'figures'} {UNCOUNTED}"
    words = " ".join((counted or "").split()).lower()
    if unit and unit.lower() not in words and unit.lower() not in ("people",):
        return f"{words} ({unit})" if words else unit
    return words or (unit or "")


def within_article_clashes(
    figures: Sequence[tuple[int, str, str | None, Bounds]]
) -> list[tuple[int, int]]:
    """Pairs (ref, ref) of one article's figures, given as (ref, group, source key, bounds),
    of one group whose bounds clash and whose sources differ (no source is the article's
    own voice, a source of its own)."""
    by_group: dict[str, list[tuple[int, str | None, Bounds]]] = defaultdict(list)
    for ref, group, source, b in figures:
        by_group[group].append((ref, source, b))
    pairs = []
    for members in by_group.values():
        for i, (ra, sa, ba) in enumerate(members):
            for rb, sb, bb in members[i + 1:]:
                if sa != sb and bounds_clash(ba, bb):
                    pairs.append((ra, rb))
    return pairs


def interval(figure: Figure) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) of the values a figure allows: the record's own
    bounds (the extractor turned hedges into them), the exact value when it has none."""
    low, high, low_open = bounds(figure.value, figure.low, figure.high, figure.hedge)
    return low, high, low_open, False


def contradicts(a: Figure, b: Figure) -> bool:
    """Whether the intervals of two figures cannot overlap."""
    return bounds_clash(bounds(a.value, a.low, a.high, a.hedge),
                        bounds(b.value, b.low, b.high, b.hedge))


def _describe(f: Figure) -> str:
    who = f" ({f.source})" if f.source else ""
    return f"{f.text!r}{who} on {f.day}"


def find_disagreements(figures: Sequence[Figure]) -> list[Disagreement]:
    """Same-day pairs from different articles whose bounds cannot both be true."""
    by_day: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.day and comparable(f.counted, f.day):
            by_day[f.day].append(f)
    found = []
    for day_figures in by_day.values():
        for i, a in enumerate(day_figures):
            for b in day_figures[i + 1:]:
                if a.article_id != b.article_id and contradicts(a, b):
                    found.append(Disagreement(a, b, f"{_describe(a)} vs {_describe(b)}"))
    return found


def build_series(figures: Iterable[Figure]) -> list[FigureSeries]:
    """Figures grouped by series key, each in time order, largest series first."""
    groups: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        groups[f.key].append(f)
    series = []
    for key, members in groups.items():
        # by publication time, undated last; the sort is stable, so ties keep ingest order
        members.sort(key=lambda f: (f.published is None, f.published or ""))
        series.append(FigureSeries(key, tuple(members), tuple(find_disagreements(members))))
    series.sort(key=lambda s: (-len(s.figures), s.key))
    return series
