"""The word lists of `data/quantities_lexicon.json` and the unit and currency names of
`data/quantities_units.json` (built from pint and Babel by `build_units`), read once."""

from __future__ import annotations

import json
import re
from importlib import resources

from according.nlp import FINITE_VERB_TAGS
from according.records import META_REGION_KINDS
from according.times.resolve import MONTHS as TIME_MONTHS

_DATA = resources.files("according").joinpath("data")
_LEX = json.loads(_DATA.joinpath("quantities_lexicon.json").read_text("utf-8"))
_UNITS = json.loads(_DATA.joinpath("quantities_units.json").read_text("utf-8"))

# written hedge (as words) -> the contract's hedge; the contract's hedge -> its bound kind
HEDGE_CANONICAL: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): canonical
    for canonical, phrases in _LEX["hedges"].items()
    for phrase in phrases
}
POST_HEDGES: dict[tuple[str, ...], str] = {
    tuple(k.split()): v for k, v in _LEX["post_hedges"].items()
}
HEDGE_BOUNDS: dict[str, str] = _LEX["hedge_bounds"]
HEDGE_MAX_WORDS = max(len(k) for k in HEDGE_CANONICAL)
PREPOSITION_GOVERNORS = frozenset(_LEX["preposition_governors"])
APPROX_MARGIN: float = _LEX["approximate_margin"]
# vague word(s) -> (value, as the word says; low; high, from its meaning); a figure takes
# the low alone, hedged VAGUE_HEDGE (numbers.vague_number)
VAGUE: dict[tuple[str, ...], tuple[int, int, int]] = {
    tuple(k.split()): (v, lo, hi) for k, (v, lo, hi) in _LEX["vague"].items()
}
VAGUE_NEEDS_OF = frozenset(_LEX["vague_needs_of"])
# the hedge of every vague quantity: "hundreds" is at least 200 (numbers.vague_number)
VAGUE_HEDGE: str = _LEX["vague_hedge"]
NUMBER_WORDS: dict[str, int] = _LEX["number_words"]
FRACTIONS: dict[str, float] = _LEX["fractions"]
SCALES: dict[str, int] = _LEX["scales"]
WORD_SCALES = {k: v for k, v in SCALES.items() if len(k) > 3}
# "several thousand", "a few hundred": the value is the scale the words name, the bounds
# the multiplier's meaning (several: 3 to 9 of them); "several dozen" too (at least 36)
VAGUE.update({
    (*mult.split(), scale): (value, lo * value, (hi + 1) * value - 1)
    for mult, (lo, hi) in _LEX["vague_multipliers"].items()
    for scale, value in WORD_SCALES.items()
    if (value >= 100 or scale == "dozen") and not scale.endswith("s")
})
VAGUE_MAX_WORDS = max(len(k) for k in VAGUE)
PERCENT_WORDS = frozenset(w for w in _LEX["percent_words"] if " " not in w)

# currencies: ISO 4217 codes, symbols and English names from Babel, plus the written forms
# news uses that CLDR does not list ("C$", "Y=", "sterling")
CURRENCY_CODES = frozenset(_UNITS["currency_codes"])
CURRENCY_SYMBOLS: dict[str, str] = {**_UNITS["currency_symbols"], **_LEX["currency_symbols"]}
CURRENCY_NAMES: dict[str, str] = {**_UNITS["currency_names"], **_LEX["currency_words"]}
CURRENCY_NAME_MAX_WORDS = max(len(k.split()) for k in CURRENCY_NAMES)
CURRENCY_SUBUNITS: dict[str, str] = _LEX["currency_subunits"]
DOLLAR_PREFIXES: dict[str, str] = _LEX["dollar_prefixes"]
# measures from pint: symbols are case-sensitive ("MW" is not "mW"), names are not
MEASURE_SYMBOLS: dict[str, str] = _UNITS["measure_symbols"]
_BY_LOWER: dict[str, set[str]] = {}
for _sym, _unit in MEASURE_SYMBOLS.items():
    _BY_LOWER.setdefault(_sym.lower(), set()).add(_unit)
# "HZ", "KM": a symbol of two or more letters in other capitals, where that is unambiguous
MEASURE_SYMBOLS_ANY_CASE = {
    low: next(iter(units)) for low, units in _BY_LOWER.items() if len(units) == 1 and len(low) > 1
}
MEASURE_NAMES: dict[str, str] = _UNITS["measure_names"]
MEASURE_NAME_MAX_WORDS = max(len(k.split()) for k in MEASURE_NAMES)
DURATION_UNITS: dict[str, str] = _LEX["duration_units"]
CLOCK_WORDS = frozenset(_LEX["clock_words"])
TIME_POINT_WORDS = frozenset(_LEX["time_point_words"])
CALENDAR_PERIODS = frozenset(_LEX["calendar_periods"])
TIME_OF_DAY_WORDS = frozenset(_LEX["time_of_day_words"])
CLOCK_PREPOSITIONS = frozenset(_LEX["clock_prepositions"])
WEEKDAYS = frozenset(_LEX["weekdays"])
AVERAGE_NOUNS = frozenset(_LEX["average_nouns"])
# every word that names a time unit, for "half of the year" and nouns that are no count
TIME_UNITS = frozenset(DURATION_UNITS) | CLOCK_WORDS | TIME_POINT_WORDS | CALENDAR_PERIODS

# person nouns: the lexicon's (plurals, groups: "staff", "police", "dead") and WordNet's
# nouns whose first sense is a kind of person (`build_people`: "firefighter", "syrian")
_PEOPLE = json.loads(_DATA.joinpath("quantities_people.json").read_text("utf-8"))
PERSON_NOUNS = frozenset(_LEX["person_nouns"]) | frozenset(_PEOPLE["person_nouns"])
COUNT_NOUNS = frozenset(_LEX["count_nouns"]) | PERSON_NOUNS
COUNT_SUFFIX_WORDS = frozenset(_LEX["count_suffix_words"])
# nouns whose plural ends in "-ves" from a "-ve" singular: the lemmatizer's "-ves" -> "-f"
# rule reads "graves" as "graf" and "motives" as "motif" (wolves, leaves and calves it reads right)
VE_SINGULARS = frozenset(_LEX["ve_singulars"])
UNIT_WORDS: dict[str, str] = _LEX["unit_words"]
TEMPERATURE_UNITS: dict[str, str] = _LEX["temperature_units"]
TOTAL_NOUNS = frozenset(_LEX["total_nouns"])
NAME_ENTITY_TYPES = frozenset(_LEX["name_entity_types"])
IDENTIFIER_WORDS = frozenset(_LEX["identifier_words"])
# "the two leading candidates": a selection from a known set, no figure (lexicon _doc_selection)
SELECTION_ADJECTIVES = frozenset(_LEX["selection_adjectives"])
SELECTION_DETERMINERS = frozenset(_LEX["selection_determiners"])
SELECTION_MAX: int = _LEX["selection_max"]
LIGHT_VERBS = frozenset(_LEX["light_verbs"])
# "killing at least 23 people" counts "people killed": verb lemma -> its participle
EVENT_PARTICIPLES: dict[str, str] = {
    k: v for k, v in _LEX["event_verb_participles"].items() if not k.startswith("_")}
# "workers had joined the strike" / "had stopped work" / "were on strike": one state
STATE_PHRASES: dict[str, str] = {
    k: v for k, v in _LEX["state_phrases"].items() if not k.startswith("_")}
# verbs that state a level ("the toll stands at 14."), so "at 14." is no time of day
LEVEL_VERBS = frozenset(_LEX["level_verbs"])
# verbs and nouns of a figure that rises or changes: "rose from 3,200 to 4,500" is a change,
# not a range (shapes.is_change); not "go" ("tickets go from $10 to $15" is a range of
# prices). A falling pair is never a range (shapes.range_end: "fell from 40 to 22" is two
# figures), and a falling word over a rising pair ("reduced from 44 mg to 50 mg") says
# nothing of which end is new: it stays a range, as written.
CHANGE_LEMMAS = frozenset(_LEX["change_lemmas"])
LEVEL_PREPOSITIONS = frozenset(_LEX["level_prepositions"])  # "fell to around 4." is a level
STREET_WORDS = frozenset(_LEX["street_words"])  # "10 Downing Street" is an address
LEXICON = _LEX

HEAD_NOUN_WINDOW = 5  # most tokens between a number and its noun ("a dozen African-American men")
FINITE_TAGS = FINITE_VERB_TAGS
SKIPPED_REGIONS = META_REGION_KINDS
# the times lexicon's month names, each also with a full stop ("Sept.")
MONTHS = frozenset(m for name in TIME_MONTHS for m in (name, name + "."))
# words that name a time, never what a figure counts: "up from 18 yesterday" counts no
# yesterdays (the time tells when the 18 stood)
TIME_WORDS = TIME_UNITS | TIME_OF_DAY_WORDS | WEEKDAYS | MONTHS
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
DIGITS_RE = re.compile(
    rf"^(?P<num>{NUM})(?P<scale>k|m|mn|mln|bn|b|tn|trn|million|billion|trillion)?$",
    re.IGNORECASE,
)
# one token holding a number and what is written onto it: "-504", "minus-130", "sub-7",
# "USD10", "Aud$15", "Y=28,030", "US2.5" after "$", "278kg", "15kHz", "5pc", "164p", "10M.",
# "2.48×10−5"
NUMBER_TOKEN_RE = re.compile(
    rf"^(?P<pre>[A-Za-z]{{1,3}}\$|[A-Z]{{1,3}}|Y=|sub-|minus-)?(?P<sign>[-+−])?(?P<num>{NUM})"
    r"(?:[×x]10\^?(?P<exp>[-−]?\d+))?(?P<rest>[^\W\d_]+|%|″|€|£)?(?P<dot>\.)?$"
)
# a range written as one token: "1,000-2,000", "8-$12", "300m-£400" (the scale may follow)
RANGE_TOKEN_RE = re.compile(
    rf"^(?P<a>{NUM})(?P<sa>[A-Za-z]{{1,3}})?[-–~](?P<cur>[$£€¥₹])?(?P<b>{NUM})(?P<sb>[A-Za-z]{{1,3}})?$"
)
SLASH_FRACTION_RE = re.compile(r"^(?P<a>\d{1,2})/(?P<b>\d{1,2})$")  # "1/2 cup", "3/4 of"
TEMPERATURE_RE = re.compile(rf"^(?P<num>-?{NUM})(?P<unit>°?[CF])(?P<dot>\.?)$")  # "34C", "8°C."
START_WORDS = frozenset(
    {*CURRENCY_SYMBOLS, *NUMBER_WORDS, *FRACTIONS, "a", "an", "minus", "negative",
     *(w + "fold" for w in NUMBER_WORDS),
     *(k[0] for k in VAGUE), *DOLLAR_PREFIXES, *(k for k in CURRENCY_NAMES if " " not in k)}
)
# character patterns of things that are no figure, found once per text: phone numbers
# (international, trunk-prefixed, grouped), clock times and times of day in a range
NOT_FIGURE_RES = [
    re.compile(p, re.IGNORECASE)
    for p in (
        r"(?:\(?\+|\b00)\d[\d ()/.\-]{6,}\d",  # +49 176/ 12345678, 0049…, (+31) (12)-3456789
        r"\(\d{2,4}\)\s?\d{3}[\-. ]?\d{4}\b",  # (123)456-7890
        # a national number: trunk 0 (or an area code in brackets) and groups of digits:
        # (020) 7946 0018, 02 9374 4000, 07700 900123, 01 42 68 53 00
        r"(?<![\d,.])(?:\(0\d{1,4}\)|\b0\d{1,4})"
        r"(?:(?:[ \-]\d{3,4}){2}|[ \-]\d{6,8}|(?:[ \-]\d{2}){4})\b",
        r"\b1-\d{3}-\d{3}-\d{4}\b",  # 1-800-555-0199
        r"\b\d{3}[\-. ]\d{3,4}[\-. ]\d{4}\b|\b\d{3}-\d{4}\b",  # 189-1111-1111, 555-0134
        r"\b\d{3}(?: \d{2}){3}\b",  # 622 15 31 23
        r"\b\d{5,}-\d{4}\b|\b\d{9,}\b",  # 16992089-4635, 31612234567
        # a clock time: "8.10 pm", "8:45a."; not a price "$84.20 a barrel"
        r"(?<![\d$£€¥₹.,])\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s?[ap]\.?m\b\.?",
        r"\b\d{1,2}:\d{2}\s?[ap]\b\.?",
        r"\b\d{1,2}:\d{2}\b",  # 10:30
        r"\b\d{1,2}\s?(?:-|–|to|and)\s?\d{1,2}\s?[ap]\.?m\b",  # 3 and 8am, 10 to 12pm
        r"(?<![\d.])\b\d{1,2}\s?[ap]\.?m\.?(?!\w)",  # 5am, 3 p.m.; not "2.1 pm"
        r"\b\d{1,2} past (?:\d{1,2}|[a-z]+)\b",  # 10 past 9, 15 past seven
        r"\b(?:(?:half|quarter|five|ten|twenty|twenty-five) past|quarter to) "  # half past seven
        r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    )
]
RANGE_JOINERS = frozenset({"-", "–", "—", "~", "to", "through", "thru"})
WORD_JOINERS = frozenset({"to", "through", "thru"})
HEDGE_POS_AMBIGUOUS = frozenset({"over", "under", "above", "below", "around", "some"})
HEDGE_DEPS_OK = frozenset({"quantmod", "advmod", "amod", "nmod", "npadvmod", "det"})
FRACTION_BLOCKERS = frozenset({"the", "first", "second", "final", "last", "latter", "former",
                               "other", "this", "that", "middle", "top", "bottom"})
