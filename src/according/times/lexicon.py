"""Word lists of time expressions (data/times_lexicon.json) and the patterns built from them,
compiled once."""

from __future__ import annotations

import json
import re
from importlib import resources

_LEX = json.loads(
    resources.files("according").joinpath("data/times_lexicon.json").read_text("utf-8")
)
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
DEICTIC_DAYS: dict[str, int] = _LEX["deictic_days"]
DEICTIC_PARTS: dict[str, list] = _LEX["deictic_parts"]  # "last night": [-1, "NI"]
PARTS_OF_DAY: dict[str, str] = _LEX["parts_of_day"]  # "night": "NI", "noon": "12:00"
VAGUE = frozenset(_LEX["vague"])
UNITS: dict[str, str] = _LEX["units"]
DURATION_UNITS: dict[str, str] = _LEX["duration_units"]  # "years": "Y", "hours": "H"
SET_WORDS: dict[str, str] = _LEX["set_words"]  # "daily": "P1D"
REFS: dict[str, str] = _LEX["refs"]  # "now": "PRESENT_REF"
SEASONS: dict[str, str] = _LEX["seasons"]  # "summer": "SU"
NUMBER_WORDS: dict[str, float] = _LEX["number_words"]
VAGUE_AMOUNTS = frozenset(_LEX["vague_amounts"])
ORDINALS: dict[str, int] = _LEX["ordinals"]
DECADE_WORDS: dict[str, int] = _LEX["decade_words"]
MODS: dict[str, str] = _LEX["mods"]  # "about": "APPROX", "the end of": "END"
HOLIDAYS_FIXED: dict[str, str] = _LEX["holidays_fixed"]  # "christmas": "12-25"
# "thanksgiving": [month, weekday, nth] (nth -1: the last), or days from Easter Sunday
HOLIDAYS_VARIABLE: dict[str, list[int] | int] = _LEX["holidays_variable"]
FUTURE_MARKERS = frozenset(_LEX["future_markers"])
FUTURE_AUXILIARIES = frozenset(_LEX["future_auxiliaries"])
MODAL_AUXILIARIES = frozenset(_LEX["modal_auxiliaries"])
EXPECTATION_VERBS = frozenset(_LEX["expectation_verbs"])
FORWARD_CUES = frozenset(_LEX["forward_cues"])
REPORTING_VERBS = frozenset(_LEX["reporting_verbs"])  # "officials say Tuesday": told of
POSTPONE_VERBS = frozenset(_LEX["postpone_verbs"])  # "extended to Nov. 20" looks ahead
# a progressive of these reported in the past is an arrangement to come ("said it was
# sending a team on Tuesday"), as "is sending" is
ARRANGEMENT_VERBS = frozenset(_LEX["arrangement_verbs"])
FORWARD_HEADS = frozenset(_LEX["forward_heads"])  # "payable Dec. 7": words that look ahead
PROGRAMME_NOUNS = frozenset(_LEX["programme_nouns"])
AMOUNT_ADJECTIVES = frozenset(_LEX["amount_adjectives"])  # "a few weeks" is a duration
FISCAL_NOUNS = frozenset(_LEX["fiscal_nouns"])
FISCAL_WORDS = frozenset(_LEX["fiscal_words"])
MONTH_VERB_NEXT = frozenset(_LEX["month_verb_next"])  # "March on Washington": a verb or a name


def alternation(words: object) -> str:
    """A regex alternation of words (longest first, so "christmas eve" beats "christmas")."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


MONTH_ALT = alternation(MONTHS)
WEEKDAY_ALT = alternation(WEEKDAYS)
SEASON_ALT = alternation(SEASONS)
NUMBER_ALT = alternation(NUMBER_WORDS)
ORDINAL_ALT = alternation(ORDINALS)
UNIT_ALT = alternation(DURATION_UNITS)
MOD_ALT = alternation(MODS)
HOLIDAY_NAMES = (*HOLIDAYS_FIXED, *HOLIDAYS_VARIABLE)
HOLIDAY_ALT = alternation(HOLIDAY_NAMES)
PART_ALT = alternation(PARTS_OF_DAY)
# a number as digits, words ("twenty-four", "two and a half") or a fraction ("2 1/2")
_NUMBER_TAIL = "one|two|three|four|five|six|seven|eight|nine|hundred|thousand"
NUMBER = (rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|(?:{NUMBER_ALT})(?:[- ](?:{_NUMBER_TAIL}))*"
          rf"(?:\s+and\s+a\s+half)?)")
