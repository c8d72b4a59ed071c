"""Not-times: words and phrases that look like time expressions but are names, verbs,
fractions, ordinals, rates or evaluations ("Sunday Alamba", "the March on Washington", "a
good day", "less than a quarter of", "a second term", "the summer Games", "5 percent
annually", "the current account"); `is_not_time` says so for a trimmed candidate
(times.extents)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.times.lexicon import (
    AMOUNT_ADJECTIVES,
    DEICTIC_DAYS,
    DURATION_UNITS,
    HOLIDAY_NAMES,
    MONTH_VERB_NEXT,
    MONTHS,
    PROGRAMME_NOUNS,
    SEASONS,
    UNITS,
    WEEKDAYS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "NORP",
                         "GPE", "LOC", "LAW"})
SET_ADVERBS = frozenset({"daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly",
                         "quarterly", "yearly", "annual", "annually", "hourly"})
FRACTION_IS_TIME = frozenset({"the", "this", "its", "first", "second", "third", "fourth", "final",
                              "last", "next", "1st", "2nd", "3rd", "4th", "fiscal"})
BARE_HALF_RE = re.compile(r"(?:the\s+)?(?:first|second)\s+half")
YEARISH_RE = re.compile(r"(?i)\b(?:year|fiscal|quarter|(?:1[5-9]|20)\d\d)")
AGE_DECADE_RE = re.compile(r"(?:mid-|early |late )?'?\d0'?s")
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
PLURAL_UNIT_RE = re.compile(r"(?:the\s+)?(?:seconds|minutes|hours|days|weeks|months|years|"
                            r"decades|quarters|centuries)")
SPAN_WORDS = frozenset({"for", "over", "within", "after", "during", "lasting", "took", "take",
                        "takes", "spent", "spend", "in", "last", "lasted", "waited", "wait"})
RATE_NOUNS = frozenset({"volume", "volumes", "average", "rate", "rates", "turnover", "limit",
                        "limits", "dose", "doses", "allowance", "wage", "wages", "output",
                        "production", "sales", "newspaper", "paper", "dividend", "dividends"})
NOT_TIME_AFTER_CURRENT = frozenset({"account", "accounts", "affairs", "events", "flow",
                                    "flows", "liabilities", "assets"})


def is_not_time(doc: Doc, tokens: list[Token], low: str) -> bool:
    """Names, verbs and evaluations that look like times: "Sunday Alamba", "the March on
    Washington", "a good day", "Radio 4's Today programme", "the current account"."""
    first, last = tokens[0], tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    before = doc[first.i - 1] if first.i > 0 else None
    if len(tokens) == 1 and first.ent_type_ in NAME_LABELS and low not in HOLIDAY_NAMES:
        return True
    if len(tokens) == 2 and first.lower_ in ("a", "an") and last.lower_ in DURATION_UNITS:
        # "$5 a month", "for a week", "a week of mourning"; not "a quarter of the vote"
        return after is not None and after.lower_ == "of" and last.lower_ == "quarter" or \
            before is not None and (
            before.pos_ in ("ADJ", "DET") or before.lower_ in ("is", "was", "be", "what"))
    if first.lower_ in ("a", "an") and last.lower_ in UNITS and (
            len(tokens) > 2 or (after is not None and after.lower_ == "of")) and all(
            t.pos_ == "ADJ" and t.lower_ not in AMOUNT_ADJECTIVES and not t.like_num
            and not re.match(r"\d+(?:st|nd|rd|th)$", t.lower_) for t in tokens[1:-1]):
        return True  # "a good day", "a quarter of staff"
    if len(tokens) == 1 and _is_name_word(first, before, after):
        return True
    if low == "current" and (after is None or after.lower_ in NOT_TIME_AFTER_CURRENT
                             or after.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True
    if low in SET_ADVERBS and after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") \
            and first.pos_ == "ADJ" and (low in ("quarterly", "annual", "annually") or (
                before is not None and before.lower_ in ("average", "avg", "per")
                or after.lower_ in RATE_NOUNS)):
        return True  # "a quarterly dividend", "average daily volume": a rate, no time
    if low in SET_ADVERBS and before is not None and (
            before.like_num or before.lower_ in ("%", "percent", "per", "cent")):
        return True  # "grew 5 percent annually": a rate of growth, no recurring time
    if PLURAL_UNIT_RE.fullmatch(low) and (before is None or before.lower_ not in SPAN_WORDS) \
            and not (low == first.lower_ and after is not None
                     and after.lower_ in ("after", "before")):
        return True  # "the weeks before the shooting", "months of talks": no amount of time
    if low == "quarterly" and first.pos_ != "ADV":
        return True
    if low in ("soon", "now") and after is not None and after.lower_ in ("after", "as", "before"):
        return True
    if low == "the past" and after is not None and after.lower_ in ("decade", "year"):
        return False
    if low in ("the future", "the past") and after is not None and after.lower_ == "of":
        return True
    if low == "the time" and (before is None or before.lower_ != "at" or after is not None
                              and after.lower_ in ("of", "when", "that", "being", "it")):
        return True  # "at the time" looks back; "by the time", "the time of": no time
    if before is not None and before.lower_ in POSSESSIVES and AGE_DECADE_RE.fullmatch(low):
        return True  # "in their 30s": an age
    if re.search(r"\b(?:\w+-quarters|three quarters|two thirds)\b", low):
        return True  # "three-quarters of the vote": a fraction
    if low in ("half", "quarter", "the quarter", "period") and after is not None \
            and after.lower_ == "of":
        return True
    if last.lower_ in ("half", "quarter") and after is not None and after.lower_ == "of" and \
            not any(t.lower_ in FRACTION_IS_TIME for t in tokens):
        return True  # "less than a quarter of what it asked for": a fraction
    if low in ("a second", "the second", "second") and after is not None and after.pos_ in (
            "NOUN", "PROPN", "ADJ"):
        return True  # "a second term": an ordinal
    if last.text[:1].isupper() and last.lower_ not in SEASONS and any(
            t.lower_ in SEASONS for t in tokens[:-1]) and not last.like_num:
        return True  # "the next summer Games", "the Winter Olympics": a name
    if BARE_HALF_RE.fullmatch(low) and not YEARISH_RE.search(first.sent.text):
        return True  # "the second half against Arsenal": a match's half, not a year's
    return len(tokens) == 1 and first.lower_ in DURATION_UNITS and first.tag_ in ("NN",) \
        and (before is None or before.lower_ not in ("the", "this", "that", "each", "every", "a",
                                                     "an", "per", "one"))


def _is_name_word(tok: Token, before: Token | None, after: Token | None) -> bool:
    """A weekday or month that is a name or a verb: "Sunday Alamba", "Monday Okpebholo",
    "the March on Washington", "they March to"; a deictic word in a programme's name."""
    low = tok.lower_.rstrip(".")
    if low in HOLIDAY_NAMES and after is not None and after.text[:1].isupper() \
            and after.pos_ == "PROPN":
        return True  # "Easter Island", "Christmas Carol"
    if low in WEEKDAYS or low in MONTHS:
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and (
                after.lower_.rstrip(".") not in MONTHS and after.lower_ not in WEEKDAYS
                and not after.like_num and after.ent_type_ not in ("DATE", "TIME")):
            return True  # "Sunday Alamba"
        if low in MONTHS and (tok.pos_ == "VERB" or after is not None
                              and after.lower_ in MONTH_VERB_NEXT and (
                                  before is None or before.lower_ in ("the", "a", "to", "will",
                                                                      "they", "we"))):
            return True  # "the March on Washington"
    if low in DEICTIC_DAYS and tok.text.istitle() and not tok.is_sent_start and tok.i > 0:
        return (after is not None and after.lower_ in PROGRAMME_NOUNS) or (
            before is not None and before.lower_ in ("'s", "’s"))
    return False

