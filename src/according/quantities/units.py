"""The unit written after a number: percent, a currency, a unit of measure or a duration."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    COUNT_SUFFIX_WORDS,
    CURRENCY_CODES,
    CURRENCY_NAME_MAX_WORDS,
    CURRENCY_NAMES,
    CURRENCY_SUBUNITS,
    CURRENCY_SYMBOLS,
    DURATION_UNITS,
    MEASURE_NAME_MAX_WORDS,
    MEASURE_NAMES,
    MEASURE_SYMBOLS,
    MEASURE_SYMBOLS_ANY_CASE,
    NUMBER_WORDS,
    PERCENT_WORDS,
    SCALES,
    TEMPERATURE_UNITS,
    UNIT_WORDS,
    WORD_SCALES,
)
from according.quantities.numbers import Number, lower

if TYPE_CHECKING:
    from spacy.tokens import Doc

# unit symbols too common as words to stand apart from their number ("5 in 10")
SEPARATE_SYMBOLS_NOT_TAKEN = frozenset({"in", "ha", "ct", "cal", "deg", "t", "g", "l", "V", "J",
                                        "W", "bar", "kn"})
SEPARATE_ONE_LETTER_TAKEN = frozenset({"m", "L"})
CENT_WORDS = frozenset({"cent", "cents", "pence", "p"})


def _longest(doc: Doc, j: int, table: dict[str, str], most: int) -> tuple[str, int] | None:
    """The longest run of words from token j that `table` names (lower case)."""
    for size in range(min(most, len(doc) - j), 0, -1):
        words = " ".join(doc[k].lower_ for k in range(j, j + size))
        if words in table:
            return table[words], j + size
    return None


def _is_tight_hyphen(doc: Doc, j: int) -> bool:
    return (lower(doc, j) == "-" and j + 1 < len(doc) and not doc[j - 1].whitespace_
            and not doc[j].whitespace_)


def _percent(doc: Doc, j: int) -> tuple[str, int] | None:
    w, w2 = lower(doc, j), lower(doc, j + 1)
    if (w, w2) == ("per", "cent"):
        return "percent", j + 2
    if w == "percentage" and w2 in ("points", "point"):
        return "percentage points", j + 2
    if w in PERCENT_WORDS and w != "percentage":
        return "percent", j + 1
    return None


def _currency(doc: Doc, n: Number, j: int) -> tuple[str, int, float] | None:
    """A currency after the number: "500 USD", "75 USD million", "120 MEUR", "92 million
    yuan", "10.5 million Australian dollars", "1,200€", "hundreds of thousands of dollars".
    Returns the code (or a subunit: "cent"), the end and a multiplier."""
    text = doc[j].text if j < len(doc) else ""
    if text in CURRENCY_CODES:
        nxt = lower(doc, j + 1)
        if nxt in WORD_SCALES or nxt in ("bn", "mn", "mln", "bln"):
            return text, j + 2, SCALES[nxt]
        return text, j + 1, 1.0
    if len(text) == 4 and text[0] == "M" and text[1:] in CURRENCY_CODES:
        return text[1:], j + 1, 1e6
    if text in CURRENCY_SYMBOLS and not text.isalpha():
        return CURRENCY_SYMBOLS[text], j + 1, 1.0
    named = _longest(doc, j, CURRENCY_NAMES, CURRENCY_NAME_MAX_WORDS)
    if named and doc[j].pos_ not in ("VERB", "AUX"):  # "52 won": a verb is no currency
        return named[0], named[1], 1.0
    if n.low is not None and lower(doc, j) == "of":
        named = _longest(doc, j + 1, CURRENCY_NAMES, CURRENCY_NAME_MAX_WORDS)
        if named:
            return named[0], named[1], 1.0
    if lower(doc, j) in CURRENCY_SUBUNITS and lower(doc, j) != "p":
        return CURRENCY_SUBUNITS[lower(doc, j)], j + 1, 1.0
    return None


def _cents(doc: Doc, j: int) -> tuple[float, int] | None:
    """ "3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars and 50.":
    the cents after a currency name and the end; a number followed by a noun is no cents."""
    from according.quantities.numbers import word_number

    k = j + 1 if lower(doc, j) == "and" else j
    if k >= len(doc):
        return None
    tok = doc[k]
    found = (k + 1, float(tok.text)) if tok.text.isdigit() else (
        word_number(doc, k) if tok.lower_ in NUMBER_WORDS else None
    )
    if found is None or not 0 < found[1] < 100:
        return None
    end = found[0]
    if lower(doc, end) in CENT_WORDS:
        return found[1] / 100, end + 1
    if end >= len(doc) or doc[end].is_punct:
        return found[1] / 100, end
    return None


def _measure_word(doc: Doc, j: int) -> tuple[str, int] | None:
    """A unit of measure (pint's names and symbols) or a duration from token j, and the end
    token (negative when the last token carries a full stop that is not the unit's)."""
    named = _longest(doc, j, MEASURE_NAMES, MEASURE_NAME_MAX_WORDS)
    if named and not (doc[j].tag_ in ("NNP", "NNPS") and not doc[j].is_sent_start
                      and doc[j].text[:1].isupper()):
        return named  # not a name: "during 2016 Stone spoke"
    if j < len(doc):
        text = doc[j].text
        if text.endswith(".") and text[:-1] in MEASURE_SYMBOLS and len(text) > 2:
            return MEASURE_SYMBOLS[text[:-1]], -(j + 1)  # "4.0 TeV." ends a sentence
        if text in MEASURE_SYMBOLS and text not in SEPARATE_SYMBOLS_NOT_TAKEN and (
            len(text) > 1 or text in SEPARATE_ONE_LETTER_TAKEN
        ):
            return MEASURE_SYMBOLS[text], j + 1
        if text.isupper() and text.lower() in MEASURE_SYMBOLS_ANY_CASE:  # "49.5 HZ"
            return MEASURE_SYMBOLS_ANY_CASE[text.lower()], j + 1
        if doc[j].lower_ in DURATION_UNITS:
            end = j + 1
            if lower(doc, end) == "old":  # "15 years old"
                end += 1
            elif lower(doc, end) == "-" and lower(doc, end + 1) == "old":  # "15 year-old"
                end += 2
            return DURATION_UNITS[doc[j].lower_], end
    return None


def _temperature_or_magnitude(doc: Doc, n: Number) -> tuple[str, int] | None:
    """ "magnitude 6.1", "6.1-magnitude", "34 °C", "30 degrees Celsius", "100,000-strong"
    (people). Returns the unit and the new end."""
    j = n.end
    w, w2 = lower(doc, j), lower(doc, j + 1)
    if lower(doc, n.start - 1) in UNIT_WORDS:
        return UNIT_WORDS[lower(doc, n.start - 1)], j
    if w in UNIT_WORDS:
        return UNIT_WORDS[w], j
    if w == "-" and w2 in UNIT_WORDS:
        return UNIT_WORDS[w2], j
    if w == "-" and w2 in COUNT_SUFFIX_WORDS and not doc[j].whitespace_:
        return "people", j + 2
    if w == "°" and w2 in TEMPERATURE_UNITS:
        return TEMPERATURE_UNITS[w2], j + 2
    if w in ("°c", "°f"):
        return TEMPERATURE_UNITS[w], j + 1
    if w in ("degrees", "degree") and w2 in TEMPERATURE_UNITS:
        return TEMPERATURE_UNITS[w2], j + 2
    if w in ("fahrenheit", "celsius", "centigrade"):
        return TEMPERATURE_UNITS[w], j + 1
    return None


def _per(doc: Doc, n: Number) -> Number:
    """ "$350 per kg", "63 cents per share": the rate's "per" phrase joins the span (the
    unit stays the money's), so that "$350 per kg to $680 per kg" reads as one range."""
    j = n.end
    if lower(doc, j) == "per" and j + 1 < len(doc) and doc[j + 1].pos_ in ("NOUN", "PROPN"):
        end = j + 2
        if f"{lower(doc, j + 1)} {lower(doc, j + 2)}" in MEASURE_NAMES:  # "per sq m"
            end += 1
        return replace(n, end=end)
    return n


def with_unit(doc: Doc, n: Number) -> Number:
    """Extend a number over the unit after it: "%", "per cent", "USD", "yuan", "of dollars",
    "km", "sq m", "-inch", "years", "year-old", "°C"; "dollars 50 cents" adds the cents."""
    if n.unit:  # a currency, percent, share, measure or temperature already written on it
        return _per(doc, n) if n.unit in CURRENCY_CODES else n
    j = n.end
    percent = _percent(doc, j)
    if percent:
        return replace(n, end=percent[1], unit=percent[0])
    currency = _currency(doc, n, j)
    if currency is None and _is_tight_hyphen(doc, j):  # "one-yen bid"
        currency = _currency(doc, n, j + 1)
    if currency:
        code, end, factor = currency
        value = n.value * factor
        cents = _cents(doc, end) if code in CURRENCY_CODES and factor == 1.0 else None
        if cents and doc[end - 1].lower_ in CURRENCY_NAMES:
            value, end = value + cents[0], cents[1]
        return _per(doc, replace(n, end=end, unit=code, value=value, scale=n.scale * factor))
    measured = _temperature_or_magnitude(doc, n) or _measure_word(doc, j)
    if measured is None and _is_tight_hyphen(doc, j):  # "6.1-inch", "five-year", "27-kilometer"
        measured = _measure_word(doc, j + 1)
    if measured is None:
        return n
    unit, end = measured
    return replace(n, end=abs(end), unit=unit, trim=1 if end < 0 else 0)
