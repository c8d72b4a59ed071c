"""Reading one number phrase at a token: digits, number words, fractions, money, units."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    COUNT_NOUNS,
    COUNT_SUFFIX_WORDS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DIGITS_RE,
    FRACTION_BLOCKERS,
    FRACTIONS,
    NUMBER_WORDS,
    SCALES,
    TEMPERATURE_RE,
    TEMPERATURE_UNITS,
    TIME_UNITS,
    UNIT_WORDS,
    VAGUE,
    VAGUE_NEEDS_OF,
    WORD_SCALES,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc

MEASURE_UNITS = frozenset({"celsius", "fahrenheit", "degrees", "magnitude"})
HALF_DETERMINERS = frozenset({"the", "this", "that", "its", "their", "his", "her", "our",
                              "all", "these", "those"})  # "half the voters"
MEASURE_NOUNS = frozenset({"size", "length", "height", "width", "weight", "distance", "speed",
                           "age", "area"})  # "half the size of Rhode Island" compares


@dataclass(frozen=True)
class Number:
    """A number phrase found in the tokens [start, end)."""

    start: int
    end: int
    value: float
    low: float | None = None  # set for vague quantities
    high: float | None = None
    unit: str | None = None  # "USD", "percent"... when written with the number
    bare_word_one: bool = False
    is_year: bool = False
    trim: int = 0  # characters of the last token that are not the figure ("34C." -> ".")


def clean(x: float | None) -> int | float | None:
    """An int when the value is whole, else a float rounded to 6 places."""
    if x is None:
        return None
    r = round(x, 6)
    return int(r) if r == int(r) else r


def lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def word_number(doc: Doc, i: int) -> tuple[int, float] | None:
    """Number words from token i ("one million", "two hundred and fifty", "a dozen")."""
    j, total, current, seen = i, 0.0, 0.0, False
    if lower(doc, i) in ("a", "an") and lower(doc, i + 1) in WORD_SCALES:
        current, j, seen = 1.0, i + 1, True
    while j < len(doc):
        w = doc[j].lower_
        if w in NUMBER_WORDS:
            current += NUMBER_WORDS[w]
        elif w in WORD_SCALES and (seen or current):
            if WORD_SCALES[w] == 100:
                current *= 100
            else:
                total += current * WORD_SCALES[w]
                current = 0.0
        elif w in ("-", "and") and seen and lower(doc, j + 1) in NUMBER_WORDS:
            j += 1
            continue
        else:
            break
        seen, j = True, j + 1
    return (j, total + current) if seen else None


def digit_number(doc: Doc, i: int, money: bool = False) -> tuple[int, float] | None:
    """Digits from token i, with a scale suffix or word ("2.5bn", "1 million", "$5m").

    A one-letter suffix (k, m, b) counts after a currency sign or before a count noun
    ("2.5m people"): "10m" alone may be metres, and such a number is no figure.
    """
    m = DIGITS_RE.match(doc[i].text)
    if not m:
        return None
    value, j = float(m["num"].replace(",", "")), i + 1
    scale, nxt = (m["scale"] or "").lower(), lower(doc, j)
    if not scale and nxt in SCALES and (
        not doc[i].whitespace_ or nxt in WORD_SCALES or (money and len(nxt) > 1)
    ):
        scale, j = nxt, j + 1
    if not scale:
        return j, value
    if len(scale) == 1 and not money and lower(doc, j) not in COUNT_NOUNS:
        return None
    return j, value * SCALES[scale]


def vague_number(doc: Doc, i: int) -> Number | None:
    """A vague quantity from token i ("hundreds of", "tens of thousands")."""
    for n in (3, 1):
        words = tuple(lower(doc, k) for k in range(i, i + n))
        if words in VAGUE:
            if words[0] in VAGUE_NEEDS_OF and lower(doc, i + n) != "of":
                return None
            if i > 0 and (doc[i - 1].like_num or lower(doc, i - 1) in NUMBER_WORDS):
                return None
            lo, hi = VAGUE[words]
            return Number(i, i + n, lo, lo, hi)
    return None


def _fraction_words(doc: Doc, i: int) -> tuple[int, float] | None:
    """ "half", "a quarter", "one third", "two-thirds": the end token and the fraction."""
    w = lower(doc, i)
    if w == "half":
        return i + 1, 0.5
    count = 1.0 if w in ("a", "an") else NUMBER_WORDS.get(w)
    if not count:
        return None
    j = i + 2 if lower(doc, i + 1) == "-" else i + 1
    part = FRACTIONS.get(lower(doc, j))
    if part is None or (count > 1) != lower(doc, j).endswith("s") and lower(doc, j) != "half":
        return None
    return j + 1, count * part


def fraction_number(doc: Doc, i: int) -> Number | None:
    """A fraction that is a figure: "half a million" (a multiplier), "a quarter of staff"
    and "fell by a third" (a share, in percent). "the first half of", "a third term" are not.
    """
    found = _fraction_words(doc, i)
    if found is None or lower(doc, i - 1) in FRACTION_BLOCKERS or (
        i > 0 and doc[i - 1].ent_type_ == "ORDINAL"
    ):
        return None
    end, part = found
    nxt = lower(doc, end)
    if nxt in ("a", "an") and lower(doc, end + 1) in WORD_SCALES:
        return Number(i, end + 2, part * WORD_SCALES[lower(doc, end + 1)])
    if nxt in WORD_SCALES:
        return Number(i, end + 1, part * WORD_SCALES[nxt])
    if nxt == "of" and lower(doc, end + 1) in ("a", "an") and lower(doc, end + 2) in WORD_SCALES:
        return Number(i, end + 3, part * WORD_SCALES[lower(doc, end + 2)])  # "… of a million"
    if nxt == "of" or (doc[i].lower_ == "half" and nxt in HALF_DETERMINERS):
        k = end + (nxt == "of") + (lower(doc, end + (nxt == "of")) in HALF_DETERMINERS)
        direct = doc[min(end + 1, len(doc) - 1)]
        if (lower(doc, k) in TIME_UNITS or lower(doc, k) in MEASURE_NOUNS or direct.like_num
                or direct.lower_ in CURRENCY_SYMBOLS):
            return None  # "half of the year" is a time, "half of 1 percent" a multiplier
        return Number(i, end, part * 100, unit="percent")
    if lower(doc, i - 1) == "by" and (end >= len(doc) or doc[end].is_punct or nxt in (
        "in", "since", "from", "to", "and", "over", "last", "this",
    )):
        return Number(i, end, part * 100, unit="percent")
    return None


def _temperature(doc: Doc, i: int) -> Number | None:
    """ "34C", "8°C." written as one token."""
    m = TEMPERATURE_RE.match(doc[i].text)
    if not m:
        return None
    unit = TEMPERATURE_UNITS[m["unit"].lower()]
    return Number(i, i + 1, float(m["num"].replace(",", "")), unit=unit, trim=len(m["dot"]))


def core(doc: Doc, i: int) -> Number | None:
    """The number phrase starting at token i, with its currency or unit, or None."""
    currency = CURRENCY_SYMBOLS.get(doc[i].lower_)
    if currency:
        if i + 1 >= len(doc):
            return None
        found = digit_number(doc, i + 1, money=True)
        if not found:
            return None
        return with_unit(doc, Number(i, found[0], found[1], unit=currency))
    vague = vague_number(doc, i) or fraction_number(doc, i) or _temperature(doc, i)
    if vague:
        return with_unit(doc, vague)
    found = digit_number(doc, i) or word_number(doc, i)
    if not found:
        return None
    end, value = found
    text = doc[i].text
    is_year = (
        end == i + 1 and text.isdigit() and len(text) == 4 and 1000 <= value <= 2100
    )
    one = end == i + 1 and doc[i].lower_ == "one"
    return with_unit(doc, Number(i, end, value, bare_word_one=one, is_year=is_year))


def _measure(doc: Doc, n: Number) -> tuple[str, int] | None:
    """A unit of measure around the number: "magnitude 6.1", "6.1-magnitude", "34 °C",
    "30 degrees Celsius", "100,000-strong" (people). Returns the unit and the new end."""
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
    if w in ("degrees", "degree"):
        if w2 in TEMPERATURE_UNITS:
            return TEMPERATURE_UNITS[w2], j + 2
        return "degrees", j + 1
    return None


def with_unit(doc: Doc, n: Number) -> Number:
    """Extend a number over a following unit: "%", "per cent", "dollars", "of dollars", "°C"."""
    if n.unit:  # currency symbol, share or temperature already read
        return n
    j = n.end
    w, w2 = lower(doc, j), lower(doc, j + 1)
    unit, end = None, j
    if w in ("%", "percent", "pc"):
        unit, end = "percent", j + 1
    elif (w, w2) == ("per", "cent"):
        unit, end = "percent", j + 2
    elif (w, w2) == ("percentage", "points"):
        unit, end = "percentage points", j + 2
    elif w in CURRENCY_WORDS:
        unit, end = CURRENCY_WORDS[w], j + 1
    elif n.low is not None and w == "of" and w2 in CURRENCY_WORDS:
        unit, end = CURRENCY_WORDS[w2], j + 2
    elif n.low is None:
        unit, end = _measure(doc, n) or (None, j)
    if unit is None:
        return n
    return Number(n.start, end, n.value, n.low, n.high, unit)
