"""The shape around a number: its hedge and bounds, a range, a ratio, or no figure at all."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    APPROX_MARGIN,
    DIGITS_RE,
    HEDGE_BOUNDS,
    HEDGE_CANONICAL,
    HEDGE_DEPS_OK,
    HEDGE_MAX_WORDS,
    HEDGE_POS_AMBIGUOUS,
    IDENTIFIER_WORDS,
    MONTHS,
    NAME_ENTITY_TYPES,
    PHONE_RE,
    PREPOSITION_GOVERNORS,
    RANGE_JOINERS,
    TIME_UNITS,
)
from according.quantities.numbers import Number, core, digit_number, lower, word_number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON_OR_PLACE = frozenset({"PERSON", "GPE", "NORP", "LOC"})
RATIO_MAX_DENOMINATOR = 1000  # "one in 1,000"; beyond that "6,000 in 2021" is no ratio


def is_name(doc: Doc, n: Number) -> bool:
    """A number inside a name ("BBC Radio 4", "Apollo 11"): it hangs on a proper noun before it."""
    first = doc[n.start]
    if first.i == 0:
        return False
    if first.is_alpha:  # "Uranium One", "World War Two": a capital mid-sentence after a name
        return (first.text.istitle() and not first.is_sent_start
                and doc[first.i - 1].text.istitle() and doc[first.i - 1].pos_ == "PROPN")
    if not first.text[:1].isdigit():  # names write digits: "Apollo 11"
        return False
    last_in_name = n.end >= len(doc) or doc[n.end].ent_iob_ != "I"  # names end with it
    if first.ent_iob_ == "I" and first.ent_type_ in NAME_ENTITY_TYPES and last_in_name \
            and doc[first.i - 1].text[:1].isupper():
        return True
    head = first.head  # "Radio 4", but not "Trump 46 to 40 percent"
    return (head.i == first.i - 1 and head.pos_ == "PROPN" and head.text[:1].isupper()
            and head.ent_type_ not in PERSON_OR_PLACE
            and first.dep_ in ("nummod", "appos", "compound"))


def is_not_a_figure(doc: Doc, n: Number, hedged: bool) -> bool:
    """Dates, years, times, durations, ages, identifiers, names, ordinals and pronoun "one"."""
    first = doc[n.start]
    if n.unit or n.low is not None:
        return False
    if n.bare_word_one and not hedged:
        return True
    if PHONE_RE.match(doc[first.i : first.i + 6].text) or re.match(r"0\d", first.text):
        return True
    if first.ent_type_ == "ORDINAL":
        return True
    prev, nxt = lower(doc, n.start - 1), lower(doc, n.end)
    if _is_month(doc, n.start - 1) or _is_month(doc, n.end):
        return True
    if n.is_year and not hedged:
        return True
    if (nxt == "-" and not doc[n.end - 1].whitespace_ and not doc[n.end].whitespace_
            and not (n.end + 1 < len(doc) and DIGITS_RE.match(doc[n.end + 1].text))):
        return True  # a compound modifier: "two-way race", "100-page report", "30-second spot"
    k = n.end + 1 if nxt in ("-", "–") else n.end
    if lower(doc, k) in TIME_UNITS or (k < len(doc) and doc[k].lemma_.lower() in TIME_UNITS):
        return True
    before = doc[n.start - 1].text if n.start > 0 else ""
    if (before.istitle() or before.isupper()) and prev in IDENTIFIER_WORDS:
        return True
    if prev == "aged" or is_name(doc, n):
        return True
    return (  # "John Smith, 45, said": an age
        prev == "," and nxt == "," and n.start > 1 and doc[n.start - 2].pos_ == "PROPN"
    )


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
    for size in range(HEDGE_MAX_WORDS, 0, -1):
        if start - size < 0:
            continue
        words = tuple(doc[k].lower_ for k in range(start - size, start))
        canonical = HEDGE_CANONICAL.get(words)
        if canonical is None:
            continue
        tok = doc[start - size]
        if size == 1 and words[0] in HEDGE_POS_AMBIGUOUS:
            if tok.dep_ not in HEDGE_DEPS_OK and not start <= tok.head.i < start + 4:
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


def range_end(doc: Doc, n: Number) -> tuple[Number | None, int] | None:
    """The second end of a range after `n`, with the index where the range starts.

    A falling pair written with a hyphen ("51-49", "34-27") is a vote or a score: the
    second end is None and neither number is a figure.
    """
    joiner = lower(doc, n.end)
    between = lower(doc, n.start - 1) == "between"
    if not (joiner in RANGE_JOINERS or (joiner == "and" and between)):
        return None
    if n.unit and joiner == "to":  # "46 percent to 41 percent" compares two figures
        return None
    if n.end + 1 >= len(doc) or n.low is not None:
        return None
    second = core(doc, n.end + 1)
    if second is None or second.low is not None or second.is_year or second.bare_word_one:
        return None
    if second.value <= n.value:
        tight = joiner != "to" and not doc[n.end - 1].whitespace_ and not doc[n.end].whitespace_
        return (None, second.end) if tight and not n.unit else None
    return second, (n.start - 1 if between else n.start)


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
    found = digit_number(doc, j) or word_number(doc, j)
    if not found or not n.value < found[1] <= RATIO_MAX_DENOMINATOR:
        return None
    text = doc[j].text
    if text.isdigit() and len(text) == 4:
        return None
    return found


def _is_month(doc: Doc, i: int) -> bool:
    """A month name beside a number makes a date: capitalised ("12 May"), so that "12 may
    have been trapped" stays a figure."""
    return 0 <= i < len(doc) and doc[i].lower_ in MONTHS and doc[i].text[:1].isupper()
