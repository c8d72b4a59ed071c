"""The word lists of `data/quantities_lexicon.json`, read and compiled once."""

from __future__ import annotations

import json
import re
from importlib import resources

from according.nlp import FINITE_VERB_TAGS
from according.records import META_REGION_KINDS
from according.times.resolve import MONTHS as TIME_MONTHS

_LEX = json.loads(
    resources.files("according").joinpath("data/quantities_lexicon.json").read_text("utf-8")
)

# written hedge (as words) -> the contract's hedge; the contract's hedge -> its bound kind
HEDGE_CANONICAL: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): canonical
    for canonical, phrases in _LEX["hedges"].items()
    for phrase in phrases
}
HEDGE_BOUNDS: dict[str, str] = _LEX["hedge_bounds"]
HEDGE_MAX_WORDS = max(len(k) for k in HEDGE_CANONICAL)
PREPOSITION_GOVERNORS = frozenset(_LEX["preposition_governors"])
APPROX_MARGIN: float = _LEX["approximate_margin"]
VAGUE: dict[tuple[str, ...], tuple[int, int]] = {
    tuple(k.split()): (lo, hi) for k, (lo, hi) in _LEX["vague"].items()
}
VAGUE_NEEDS_OF = frozenset(_LEX["vague_needs_of"])
NUMBER_WORDS: dict[str, int] = _LEX["number_words"]
FRACTIONS: dict[str, float] = _LEX["fractions"]
SCALES: dict[str, int] = _LEX["scales"]
WORD_SCALES = {k: v for k, v in SCALES.items() if len(k) > 3}
CURRENCY_SYMBOLS: dict[str, str] = _LEX["currency_symbols"]
CURRENCY_WORDS: dict[str, str] = _LEX["currency_words"]
PERSON_NOUNS = frozenset(_LEX["person_nouns"])
COUNT_NOUNS = frozenset(_LEX["count_nouns"]) | PERSON_NOUNS
COUNT_SUFFIX_WORDS = frozenset(_LEX["count_suffix_words"])
UNIT_WORDS: dict[str, str] = _LEX["unit_words"]
TEMPERATURE_UNITS: dict[str, str] = _LEX["temperature_units"]
TOTAL_NOUNS = frozenset(_LEX["total_nouns"])
NAME_ENTITY_TYPES = frozenset(_LEX["name_entity_types"])
TIME_UNITS = frozenset(_LEX["time_units"])
IDENTIFIER_WORDS = frozenset(_LEX["identifier_words"])
LIGHT_VERBS = frozenset(_LEX["light_verbs"])

HEAD_NOUN_WINDOW = 5  # most tokens between a number and its noun ("a dozen African-American men")
FINITE_TAGS = FINITE_VERB_TAGS
SKIPPED_REGIONS = META_REGION_KINDS
# the times lexicon's month names, each also with a full stop ("Sept.")
MONTHS = frozenset(m for name in TIME_MONTHS for m in (name, name + "."))
NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
DIGITS_RE = re.compile(
    rf"^(?P<num>{NUM})(?P<scale>k|m|mn|mln|bn|b|tn|trn|million|billion|trillion)?$",
    re.IGNORECASE,
)
RANGE_TOKEN_RE = re.compile(rf"^(?P<a>{NUM})[-–](?P<b>{NUM})$")  # "1,000-2,000" in one token
TEMPERATURE_RE = re.compile(rf"^(?P<num>-?{NUM})(?P<unit>°?[CF])(?P<dot>\.?)$")  # "34C", "8°C."
START_WORDS = frozenset(
    {*CURRENCY_SYMBOLS, *NUMBER_WORDS, *FRACTIONS, "a", "an", *(k[0] for k in VAGUE)}
)
PHONE_RE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\d{3}-\d{4}\b")
RANGE_JOINERS = frozenset({"-", "–", "—", "to"})
HEDGE_POS_AMBIGUOUS = frozenset({"over", "under", "above", "below", "around", "some"})
HEDGE_DEPS_OK = frozenset({"quantmod", "advmod", "amod", "nmod", "npadvmod", "det"})
FRACTION_BLOCKERS = frozenset({"the", "first", "second", "final", "last", "latter", "former",
                               "other", "this", "that", "middle", "top", "bottom"})
