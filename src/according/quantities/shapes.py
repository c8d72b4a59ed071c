"""The shape around a number: its hedge and bounds, a range, a ratio, or no figure at all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    APPROX_MARGIN,
    AVERAGE_NOUNS,
    CALENDAR_PERIODS,
    CHANGE_LEMMAS,
    CLOCK_PREPOSITIONS,
    CLOCK_WORDS,
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    DIGITS_RE,
    DURATION_UNITS,
    HEDGE_BOUNDS,
    HEDGE_CANONICAL,
    HEDGE_DEPS_OK,
    HEDGE_MAX_WORDS,
    HEDGE_POS_AMBIGUOUS,
    IDENTIFIER_WORDS,
    LEVEL_PREPOSITIONS,
    LEVEL_VERBS,
    MONTHS,
    NAME_ENTITY_TYPES,
    POST_HEDGES,
    PREPOSITION_GOVERNORS,
    RANGE_JOINERS,
    SELECTION_ADJECTIVES,
    SELECTION_DETERMINERS,
    SELECTION_MAX,
    STREET_WORDS,
    TIME_OF_DAY_WORDS,
    TIME_POINT_WORDS,
    TIME_UNITS,
    TOTAL_NOUNS,
    WEEKDAYS,
    WORD_JOINERS,
)
from according.quantities.numbers import Number, digit_number, lower, word_number
from according.quantities.phrase import core

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "NORP", "LOC"})
HEDGE_WORDS = frozenset(w for phrase in HEDGE_CANONICAL for w in phrase)
SECOND_PART_JOINERS = frozenset({"-", "–", "/"})
DURATIONS = frozenset({None, *DURATION_UNITS.values()})
DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that",
                         "these", "those", "in", "since", "by", "until", "from", "of"})
RATIO_MAX_DENOMINATOR = 1000  # "one in 1,000"; beyond that "6,000 in 2021" is no ratio


def _after_dateline_dash(doc: Doc, i: int) -> bool:
    """Whether token i opens the story after a dateline's spaced dash ("TARSO, Lusavia -
    Between 20 and 30 people"): its capital is a sentence's, not a name's."""
    return i >= 1 and doc[i - 1].text in ("-", "\u2013", "\u2014", "--") and \
        doc[i - 1].whitespace_ != "" and i >= 2 and doc[i - 2].whitespace_ != ""


def is_name(doc: Doc, n: Number) -> bool:
    """A number inside a name ("BBC Radio 4", "Apollo 11", "iPhone 14", "11 Pro Max"): it
    hangs on a proper noun before it, or names the singular proper noun after it."""
    first = doc[n.start]
    if first.i == 0:
        return False
    if first.is_alpha:  # "Uranium One", "World War Two": a capital mid-sentence after a name
        return (first.text.istitle() and not first.is_sent_start
                and doc[first.i - 1].text.istitle() and doc[first.i - 1].pos_ == "PROPN")
    if not first.text[:1].isdigit():  # names write digits: "Apollo 11"
        return False
    head = first.head
    if (n.unit is None and n.end == first.i + 1 and head.tag_ == "NNP" and len(head.text) > 1
            and n.end <= head.i <= n.end + 2 and head.ent_type_ not in PERSON_OR_PLACE
            and all(t.tag_ == "NNP" for t in doc[n.end : head.i + 1])):
        return True  # "11 Pro Max", "7 Series": a number before the proper noun it names
    prev = doc[first.i - 1]
    if (n.unit is None and n.end == first.i + 1 and "," not in first.text
            and not prev.is_sent_start and not _after_dateline_dash(doc, prev.i)
            and any(c.isupper() for c in prev.text)
            and prev.is_alpha | ("&" in prev.text)
            and prev.lower_ not in MONTHS and prev.lower_ not in WEEKDAYS
            and prev.lower_ not in CURRENCY_NAMES
            and prev.text not in CURRENCY_CODES and prev.lower_ not in CURRENCY_SYMBOLS
            and prev.lower_ not in HEDGE_WORDS):
        return True  # "iPhone 14", "S&P 500", "Stoxx 600", "Game 2", "Big 12"
    last_in_name = n.end >= len(doc) or doc[n.end].ent_iob_ != "I"  # names end with it
    if first.ent_iob_ == "I" and first.ent_type_ in NAME_ENTITY_TYPES and last_in_name \
            and doc[first.i - 1].text[:1].isupper() \
            and not _after_dateline_dash(doc, first.i - 1):
        return True
    head = first.head  # "Radio 4", but not "Trump 46 to 40 percent"
    return (head.i == first.i - 1 and head.pos_ == "PROPN" and head.text[:1].isupper()
            and head.ent_type_ not in PERSON_OR_PLACE
            and first.dep_ in ("nummod", "appos", "compound"))


def _is_clock(doc: Doc, n: Number) -> bool:
    """ "at 6.", "around 7 tonight", "circa 5 in the morning": a small whole number after
    at/around/circa with nothing counted after it is a time of day; but not a level: "the
    toll stands at 14.", "the number was put at 9.", "inflation fell to around 4."."""
    prev = lower(doc, n.start - 1)
    if prev not in CLOCK_PREPOSITIONS or n.end - n.start != 1:
        return False
    if not (n.value.is_integer() and 0 <= n.value <= 24):
        return False
    after = [lower(doc, k) for k in range(n.end, n.end + 3)]
    if any(w in TIME_OF_DAY_WORDS or w in WEEKDAYS for w in after):
        return True
    if not (n.end >= len(doc) or doc[n.end].is_punct):
        return False
    if lower(doc, n.start - 2) in LEVEL_PREPOSITIONS:
        return False
    verb = doc[n.start - 1].head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return verb.lemma_.lower() not in LEVEL_VERBS and not (
        subject is not None and subject.lemma_.lower() in TOTAL_NOUNS
    )


def is_age_in_apposition(doc: Doc, n: Number) -> bool:
    """ "Maddon, 66, has used…": a bare whole number between commas after a name is an age."""
    return (n.unit is None and n.end - n.start == 1 and lower(doc, n.start - 1) == ","
            and lower(doc, n.end) == "," and n.start > 1 and doc[n.start - 2].pos_ == "PROPN"
            and float(n.value).is_integer() and 0 < n.value < 120)


def _is_address(doc: Doc, n: Number) -> bool:
    """ "10 Downing Street", "1600 Pennsylvania Avenue": a house number before a street."""
    if n.unit or n.end - n.start != 1 or not doc[n.start].text.isdigit():
        return False
    for k in range(n.end, min(n.end + 3, len(doc))):
        if not doc[k].text[:1].isupper():
            return False
        if doc[k].lower_ in STREET_WORDS:
            return k > n.end
    return False


def _is_year(doc: Doc, n: Number) -> bool:
    """A four-digit year ("in 2014", "the 1988 film"), but not a count written like one:
    "an average of 1500", "2000 hires"."""
    if not n.is_year:
        return False
    if lower(doc, n.start - 1) == "of" and lower(doc, n.start - 2) in AVERAGE_NOUNS:
        return False
    nxt = doc[n.end] if n.end < len(doc) else None
    return not (nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in TIME_UNITS
                and lower(doc, n.start - 1) not in DETERMINERS)


def _is_date(doc: Doc, n: Number) -> bool:
    """A day or year beside a month or weekday: "12 May", "Oct. 7", "friday 23",
    "12 of Nov", "15 April of 87". Days and years are whole numbers without a unit."""
    s, e = n.start, n.end
    if n.unit not in DURATIONS or not float(n.value).is_integer() or n.value < 0:
        return False  # "$37,305.97 february expenses" is money; "february twenty second" a day
    if _is_month(doc, s - 1) or _is_month(doc, e) or lower(doc, s - 1) in WEEKDAYS:
        return True
    if lower(doc, e) == "of" and _is_month(doc, e + 1):
        return True
    if n.value <= 31 and doc[s].text.isdigit() and e == s + 1 and (
            # "on 17 and 18 November", "November 17 and 18": a day beside another day
            (lower(doc, e) in DAY_JOINERS and e + 2 < len(doc) and doc[e + 1].text.isdigit()
             and _is_month(doc, e + 2))
            or (lower(doc, s - 1) in DAY_JOINERS and s >= 3 and doc[s - 2].text.isdigit()
                and _is_month(doc, s - 3)
                and not (e < len(doc) and doc[e].pos_ in ("NOUN", "PROPN")))):
        return True
    return lower(doc, s - 1) in ("of", ",") and _is_month(doc, s - 2)


DAY_JOINERS = frozenset({"and", "or", "&", "to", "through", "-", "\u2013"})


def _is_second_part(doc: Doc, n: Number) -> bool:
    """The number after "2011-", "20-", "7/": the second half of a season, date or score."""
    s = n.start
    return (s >= 2 and lower(doc, s - 1) in SECOND_PART_JOINERS
            and not doc[s - 2].whitespace_ and not doc[s - 1].whitespace_
            and doc[s - 2].text[-1:].isdigit())


def is_not_a_figure(doc: Doc, n: Number, hedged: bool, in_range: bool = False) -> bool:
    """Dates, years, times of day, points in time ("seven months ago"), identifiers, names,
    ordinals, pronoun "one" and compound modifiers that measure nothing ("two-way")."""
    first = doc[n.start]
    prev, nxt = lower(doc, n.start - 1), lower(doc, n.end)
    if nxt in TIME_POINT_WORDS or _is_date(doc, n):
        return True
    if nxt in CLOCK_WORDS and float(n.value).is_integer() and n.value <= 24 and not n.unit:
        return True
    if not in_range and _is_second_part(doc, n):
        return True
    if n.unit or n.low is not None or n.hedge:
        return False
    if n.bare_word_one and not hedged and not in_range:  # "one of", but "from one to two"
        return True
    if (not hedged and n.value <= SELECTION_MAX and nxt in SELECTION_ADJECTIVES
            and (prev in SELECTION_DETERMINERS or prev in ("'s", "\u2019s"))):
        return True  # "the two leading candidates": picked from a known set, not counted
    if first.ent_type_ == "ORDINAL" or re.match(r"0\d", first.text):
        return True
    if (re.fullmatch(r"\d\d", first.text) and n.start > 0 and doc[n.start - 1].text in "'’"
            and not doc[n.start - 1].whitespace_
            and not (n.end < len(doc) and doc[n.end].pos_ in ("NOUN", "PROPN"))):
        return True  # "in '87": a year; not "'87 people died,' she said"
    if not in_range and _is_year(doc, n) and not hedged:
        return True
    if (not in_range and nxt == "-" and not doc[n.end - 1].whitespace_
            and not doc[n.end].whitespace_
            and not (n.end + 1 < len(doc) and DIGITS_RE.match(doc[n.end + 1].text))):
        return True  # a compound modifier: "two-way race", "100-page report"
    if nxt in CALENDAR_PERIODS or _is_clock(doc, n):
        return True
    if prev == "." and n.start > 1 and not doc[n.start - 2].whitespace_:
        prev = lower(doc, n.start - 2) + "."  # "No. 47" split as "No", "."
    if prev in IDENTIFIER_WORDS and not hedged:
        return True
    return prev == "aged" or is_name(doc, n) or _is_address(doc, n)


def _is_preposition(doc: Doc, tok: Token, n: Number) -> bool:
    """ "protest over 20% council tax rise": the word governs a noun phrase, not the number.

    It does when the word before it is a noun or verb that takes it ("row over", "protest
    over"), or when the figure only modifies the noun that follows ("20% rise").
    """
    if tok.i > 0 and doc[tok.i - 1].lemma_.lower() in PREPOSITION_GOVERNORS:
        return True
    last = doc[n.end - 1]
    return last.dep_ in ("compound", "amod") and last.head.i >= n.end and n.unit is not None


def hedge(doc: Doc, n: Number) -> tuple[int, str, str] | None:
    """The hedge ending just before the number: (first token, words as written, hedge).

    The hedge is the contract's word for the written one (lexicon `hedges`).
    """
    start = n.start
    if n.hedge:  # "sub-7": the hedge is written onto the number
        return start, doc[start].text, n.hedge
    for size in range(HEDGE_MAX_WORDS, 0, -1):
        if start - size < 0:
            continue
        words = tuple(doc[k].lower_ for k in range(start - size, start))
        canonical = HEDGE_CANONICAL.get(words)
        if canonical is None:
            continue
        tok = doc[start - size]
        if size == 1 and words[0] in HEDGE_POS_AMBIGUOUS:
            governs = tok.dep_ in ("prep", "ROOT") and any(  # "investments over 35 GWh"
                c.dep_ == "pobj" and start <= c.i < n.end + 3 for c in tok.children
            )
            if (tok.dep_ not in HEDGE_DEPS_OK and not start <= tok.head.i < start + 4
                    and not governs):
                continue
            if _is_preposition(doc, tok, n):
                continue
        return start - size, " ".join(words), canonical
    return None


def bounds(n: Number, canonical: str | None) -> tuple[float | None, float | None]:
    """Low and high of a number under a hedge (None for no hedge)."""
    low, high = (n.low, n.high) if n.low is not None else (n.value, n.value)
    kind = HEDGE_BOUNDS.get(canonical or "")
    if kind == "low":
        return low, None
    if kind == "high":
        return (None, n.value) if n.low is None else (n.low, n.high)
    if kind == "approximate" and n.low is None:
        return n.value * (1 - APPROX_MARGIN), n.value * (1 + APPROX_MARGIN)
    return low, high


def post_hedge(doc: Doc, n: Number) -> tuple[int, str] | None:
    """A hedge written after the number ("500 or more", "18 and over"): its end, the hedge."""
    words = (lower(doc, n.end), lower(doc, n.end + 1))
    return (n.end + 2, POST_HEDGES[words]) if words in POST_HEDGES else None

# a year after these is a time, never a range's first end ("from 2,000 in 2024 to 5,000")
YEAR_PREPOSITIONS = frozenset({"in", "by", "during", "since", "until", "till", "before",
                               "after", "of", "for"})
# how far before "from" a change word may stand ("revised its three-year network growth
# forecast from 5 to 7 per cent"): tokens, within one clause (no punctuation between)
CHANGE_REACH = 9
CLAUSE_STOPS = frozenset({",", ";", ":", ".", "!", "?", "(", ")", "\u2014", "\u2013", "-"})


def is_change(doc: Doc, n: Number, second: Number) -> bool:
    """Whether "from X to Y" (`n` X, `second` Y) is a change, not a range: a change word of
    its clause before "from" ("rose from 3,200 to 4,500", "an increase of the fund from 8
    million euros to 20 million euros"); "from 5 to 7 per cent to 3 to 5 per cent" is a
    range changed into another, and "prices from $10 to $15" a range."""
    if lower(doc, n.start - 1) != "from":
        return False
    if lower(doc, second.end) == "to" and core(doc, second.end + 1) is not None:
        return False
    sentence_start = doc[n.start].sent.start if doc.has_annotation("SENT_START") else 0
    for k in range(n.start - 2, max(sentence_start, n.start - 2 - CHANGE_REACH) - 1, -1):
        if doc[k].text in CLAUSE_STOPS:
            return False
        if doc[k].lemma_.lower() in CHANGE_LEMMAS or doc[k].lower_ in CHANGE_LEMMAS:
            return True
    return False


def range_end(doc: Doc, n: Number) -> tuple[Number | None, int, float] | None:
    """The second end of a range after `n`, the index where the range starts and the first
    end's value ("$10 to $15 billion": the first end takes the second's scale when that
    keeps the range rising).

    A falling pair written with a hyphen ("51-49", "2011-12") is a vote, score or season:
    the second end is None and neither number is a figure.
    """
    joiner = lower(doc, n.end)
    between = lower(doc, n.start - 1) == "between"
    if not (joiner in RANGE_JOINERS or (joiner == "and" and between)):
        return None
    if n.end + 1 >= len(doc) or n.low is not None:
        return None
    second = core(doc, n.end + 1)
    if second is None or second.low is not None or second.bare_word_one:
        return None
    money_pair = (n.unit in CURRENCY_CODES and second.unit is None
                  and joiner not in WORD_JOINERS)
    if n.unit and second.unit != n.unit and not money_pair:
        return None  # "0.4 per cent to 13176", "5% to $10"; but "$10-15", "£300-400m"
    if lower(doc, n.start - 1) == "by" or (
        lower(doc, n.start - 1) in CURRENCY_SYMBOLS and lower(doc, n.start - 2) == "by"
    ):  # "increased by $43.6 billion to $419.2 billion": a change, then a level
        return None
    if n.is_year and _is_year(doc, second):  # "between 2003 and 2012"
        return None
    if n.is_year and not second.is_year and lower(doc, n.start - 1) in YEAR_PREPOSITIONS:
        return None  # "rose from 2,000 in 2024 to 5,000 in 2025": a year, then the new value
    first = n.value
    if n.scale == 1.0 and second.scale > 1.0 and n.value * second.scale < second.value:
        first = n.value * second.scale
    if second.value <= first:
        tight = (joiner not in WORD_JOINERS and not doc[n.end - 1].whitespace_
                 and not doc[n.end].whitespace_)
        return (None, second.end, first) if tight and not n.unit else None
    return second, (n.start - 1 if between else n.start), first


def ratio(doc: Doc, n: Number) -> tuple[int, float] | None:
    """ "4 in 10", "one out of five": the end token and the denominator.

    The denominator is small and larger than the numerator, and not a year.
    """
    if n.unit or n.low is not None:
        return None
    j = n.end + 1 if lower(doc, n.end) == "in" else (
        n.end + 2 if (lower(doc, n.end), lower(doc, n.end + 1)) == ("out", "of") else None
    )
    if j is None or j >= len(doc):
        return None
    digits = digit_number(doc, j)
    found = (digits.end, digits.value) if digits and not digits.unit else word_number(doc, j)
    if not found or not n.value < found[1] <= RATIO_MAX_DENOMINATOR:
        return None
    text = doc[j].text
    if text.isdigit() and len(text) == 4:
        return None
    return found


def _is_month(doc: Doc, i: int) -> bool:
    """A month name beside a number makes a date: "12 May", "february 12"; "may" and
    "march" only capitalised, so that "12 may have been trapped" stays a figure."""
    return 0 <= i < len(doc) and doc[i].lower_ in MONTHS and (
        doc[i].text[:1].isupper() or doc[i].lower_ not in ("may", "march", "mar")
    )
