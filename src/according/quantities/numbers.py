"""Reading one number phrase at a token: digits, number words, fractions, money, units."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    COUNT_NOUNS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    DOLLAR_PREFIXES,
    FRACTION_BLOCKERS,
    FRACTIONS,
    MEASURE_NAMES,
    MEASURE_SYMBOLS,
    MEASURE_SYMBOLS_ANY_CASE,
    NUMBER_TOKEN_RE,
    NUMBER_WORDS,
    PERCENT_WORDS,
    SCALES,
    TEMPERATURE_RE,
    TEMPERATURE_UNITS,
    TIME_UNITS,
    VAGUE,
    VAGUE_HEDGE,
    VAGUE_MAX_WORDS,
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
METRE_WORDS = frozenset({"high", "tall", "long", "wide", "deep", "away", "thick", "above",
                         "below", "under", "underground", "from"})  # "10m high": metres
FRACTION = "fraction"  # the unit of a share: "a third of those screened" -> 0.333…


@dataclass(frozen=True)
class Number:
    """A number phrase found in the tokens [start, end)."""

    start: int
    end: int
    value: float
    low: float | None = None  # set for vague quantities and one-token ranges
    high: float | None = None
    unit: str | None = None  # "USD", "percent", "kilometer"... when written with the number
    bare_word_one: bool = False
    is_year: bool = False
    trim: int = 0  # characters of the last token that are not the figure ("34C." -> ".")
    scale: float = 1.0  # the multiplier written with it ("15 billion" -> 1e9)
    hedge: str | None = None  # a hedge written onto the number ("sub-7" -> "up to")


def clean(x: float | None) -> int | float | None:
    """An int when the value is whole, else a float rounded to 6 places."""
    if x is None:
        return None
    r = round(x, 6 if abs(x) >= 1e-3 else 12)
    return int(r) if r == int(r) else r


def lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _kind(value: int) -> str:
    return "unit" if value < 10 else "teen" if value < 20 else "ten"


_FOLLOWS = {None: {"unit", "teen", "ten"}, "scale": {"unit", "teen", "ten"}, "ten": {"unit"}}


def word_number(doc: Doc, i: int) -> tuple[int, float] | None:
    """Number words from token i ("one million", "two hundred and fifty", "a dozen",
    "thirty three", "two and a half"); a sequence that no one writes ("one two") stops."""
    j, total, current, last = i, 0.0, 0.0, None
    if lower(doc, i) in ("a", "an") and lower(doc, i + 1) in WORD_SCALES:
        current, j, last = 1.0, i + 1, "unit"
    while j < len(doc):
        w = doc[j].lower_
        if w in NUMBER_WORDS and _kind(NUMBER_WORDS[w]) in _FOLLOWS.get(last, ()):
            current, last = current + NUMBER_WORDS[w], _kind(NUMBER_WORDS[w])
        elif w in WORD_SCALES and last is not None and (last != "scale" or WORD_SCALES[w] > 100):
            if WORD_SCALES[w] <= 100:
                current *= WORD_SCALES[w]
            else:
                total, current = total + current * WORD_SCALES[w], 0.0
            last = "scale"
        elif w == "and" and last is not None and (lower(doc, j + 1), lower(doc, j + 2)) == (
            "a", "half",
        ):
            return j + 3, total + current + 0.5
        elif w == "point" and last is not None and last != "scale" and _digit_word(doc, j + 1):
            return _decimals(doc, j + 1, total + current)
        elif ((w == "and" and last == "scale") or (w == "-" and last == "ten")) and lower(
            doc, j + 1
        ) in NUMBER_WORDS:
            j += 1
            continue
        else:
            break
        j += 1
    return (j, total + current) if last is not None else None


def _digit_word(doc: Doc, j: int) -> bool:
    return NUMBER_WORDS.get(lower(doc, j), 10) < 10


def _decimals(doc: Doc, j: int, whole: float) -> tuple[int, float]:
    """ "three point five", "one point two five million": the digits after "point", one
    word each, and a scale after them. Returns the end token and the value."""
    digits = ""
    while _digit_word(doc, j):
        digits, j = digits + str(NUMBER_WORDS[lower(doc, j)]), j + 1
    value = whole + float("0." + digits)
    if lower(doc, j) in WORD_SCALES and WORD_SCALES[lower(doc, j)] > 100:
        return j + 1, value * WORD_SCALES[lower(doc, j)]
    return j, value


def _currency_prefix(pre: str) -> str | None:
    """The currency of a prefix written onto a number: "USD10", "Aud$15", "Y=28,030"."""
    if pre.lower() in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[pre.lower()]
    if pre.endswith("$"):
        stem = pre[:-1]
        return stem.upper() if stem.upper() in CURRENCY_CODES else DOLLAR_PREFIXES.get(stem.lower())
    return pre if pre in CURRENCY_CODES else None


def _is_metre(doc: Doc, j: int) -> bool:
    """ "10m wall", "a 10m-high fence": a lower-case m before a singular noun or a
    dimension word is metres; before a plural, "of", a verb or the end it is million."""
    if j >= len(doc):
        return False
    nxt = doc[j]
    return nxt.lower_ in METRE_WORDS or nxt.text == "-" or (nxt.tag_ == "NN" and nxt.lower_
                                                              not in COUNT_NOUNS)


def _token_number(doc: Doc, i: int, money: bool) -> Number | None:
    """The number written in token i with what is written onto it (sign, scale, unit)."""
    tok = doc[i]
    m = NUMBER_TOKEN_RE.match(tok.text)
    if not m:
        return None
    value = float(m["num"].replace(",", ""))
    if m["exp"]:
        value *= 10 ** int(m["exp"].replace("−", "-"))
    unit, hedge, scale, j = None, None, 1.0, i + 1
    pre, rest = m["pre"] or "", m["rest"] or ""
    if pre == "sub-":
        hedge = "up to"
    elif pre == "minus-":
        value = -value
    elif pre:
        unit = _currency_prefix(pre)
        if unit is None and i > 0 and doc[i - 1].text == "$" and not doc[i - 1].whitespace_:
            unit = DOLLAR_PREFIXES.get(pre.lower())  # "$US2.5 billion", "$A300m"
        if unit is None:
            return None
        money = True
    if m["sign"] in ("-", "−"):
        value = -value
    if rest:
        if rest.lower() in PERCENT_WORDS:
            unit = "percent"
        elif rest == "m" and not money and _is_metre(doc, j):
            unit = "meter"
        elif rest.lower() in SCALES and len(rest) <= 3:
            if rest.lower() == "k" and not money and j < len(doc) and doc[j].tag_ == "NN":
                return None  # "a 5k race"
            scale = SCALES[rest.lower()]
        elif rest in MEASURE_SYMBOLS:
            unit = MEASURE_SYMBOLS[rest]
        elif rest.lower() == "sq" and j < len(doc) and f"sq {doc[j].lower_}" in MEASURE_NAMES:
            unit, j = MEASURE_NAMES[f"sq {doc[j].lower_}"], j + 1
        elif rest.lower() in MEASURE_NAMES:
            unit = MEASURE_NAMES[rest.lower()]
        elif rest.isupper() and rest.lower() in MEASURE_SYMBOLS_ANY_CASE:
            unit = MEASURE_SYMBOLS_ANY_CASE[rest.lower()]
        elif rest in CURRENCY_SYMBOLS:
            unit = CURRENCY_SYMBOLS[rest]
        elif rest == "p":
            unit = "penny"
        elif rest == "″":
            unit = "inch"
        else:
            return None  # "1990s", "2nd", "5G": no figure
    return Number(i, j, value * scale, unit=unit, trim=len(m["dot"] or ""), scale=scale,
                  hedge=hedge)


def digit_number(doc: Doc, i: int, money: bool = False) -> Number | None:
    """Digits from token i, with a scale written onto them or after them ("2.5bn",
    "1 million", "$5m", "10 bln", "8 B people").

    A one-letter scale after a space counts in capitals before a count noun or the end
    ("8 B people", "100 K"); "10 m" is metres (the unit is read later).
    """
    n = _token_number(doc, i, money)
    if n is None:
        return None
    if n.scale != 1.0 or (n.unit and n.unit not in CURRENCY_CODES):
        return n
    j, nxt = n.end, lower(doc, n.end)
    dot = int(nxt.endswith(".") and nxt[:-1] in SCALES)  # "€450m." at a sentence end
    nxt = nxt[:-1] if dot else nxt
    if nxt not in SCALES or n.trim:
        return n
    tight = not doc[j - 1].whitespace_
    after = lower(doc, j + 1)
    if nxt in WORD_SCALES or len(nxt) > 1:
        pass
    elif tight and (money or doc[j].text.isupper() or not _is_metre(doc, j + 1)):
        pass
    elif doc[j].text.isupper() and (after in COUNT_NOUNS or j + 1 >= len(doc)
                                    or doc[j + 1].is_punct):
        pass
    else:
        return n
    scale = SCALES[nxt]
    return replace(n, end=j + 1, value=n.value * scale, scale=scale, trim=dot)


def fold_number(doc: Doc, i: int) -> Number | None:
    """ "sixfold", "10-fold": a multiple, unit "times"."""
    w = lower(doc, i)
    if w.endswith("fold") and w[:-4].rstrip("-") in NUMBER_WORDS:
        return Number(i, i + 1, NUMBER_WORDS[w[:-4].rstrip("-")], unit="times")
    if w.isdigit() and (lower(doc, i + 1), lower(doc, i + 2)) == ("-", "fold"):
        return Number(i, i + 3, float(w), unit="times")
    return None


def vague_number(doc: Doc, i: int) -> Number | None:
    """A vague quantity from token i ("hundreds of", "tens of thousands", "several
    thousand"): at least the least it can mean (hundreds: at least 200, the value too), with
    the hedge "at least" and no high bound. Not "100": a fact-checker would read that as a
    count; nor a high of 999: "hundreds" is said loosely of 1,200, and the ledger would flag
    it a clash."""
    for n in range(VAGUE_MAX_WORDS, 0, -1):
        words = tuple(lower(doc, k) for k in range(i, i + n))
        if words in VAGUE:
            if words[0] in VAGUE_NEEDS_OF and lower(doc, i + n) != "of":
                return None
            if i > 0 and (doc[i - 1].like_num or lower(doc, i - 1) in NUMBER_WORDS):
                return None
            _, lo, _ = VAGUE[words]
            return Number(i, i + n, lo, lo, None, hedge=VAGUE_HEDGE)
    return None


def _fraction_words(doc: Doc, i: int) -> tuple[int, float, bool] | None:
    """ "half", "a quarter", "one third", "two-thirds", "½": the end token, the fraction and
    whether a count was written ("two thirds")."""
    w = lower(doc, i)
    if w == "half":
        return i + 1, 0.5, False
    if len(w) == 1 and unicodedata.numeric(w, 0) and not w.isdigit():
        return i + 1, unicodedata.numeric(w), True  # "½", "⅓"
    count = 1.0 if w in ("a", "an") else NUMBER_WORDS.get(w)
    if not count:
        return None
    j = i + 2 if lower(doc, i + 1) == "-" else i + 1
    part = FRACTIONS.get(lower(doc, j))
    if part is None or (count > 1) != lower(doc, j).endswith("s") and lower(doc, j) != "half":
        return None
    return j + 1, count * part, w not in ("a", "an")


def fraction_number(doc: Doc, i: int) -> Number | None:
    """A fraction that is a figure: "half a million" (a multiplier); a share, unit
    "fraction": "a quarter of staff", "fell by a third", "two thirds"; a fraction of a unit:
    "one-half miles", "⅓ cup". "the first half of", "a third term" are not figures."""
    found = _fraction_words(doc, i)
    if found is None or lower(doc, i - 1) in FRACTION_BLOCKERS or (
        i > 0 and doc[i - 1].ent_type_ == "ORDINAL"
    ):
        return None
    end, part, counted = found
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
        return Number(i, end, part, unit=FRACTION)
    if lower(doc, i - 1) == "by" and not _names_a_noun(doc, end):
        return Number(i, end, part, unit=FRACTION)  # "fell by a third (last year)"
    if counted and (end >= len(doc) or doc[end].is_punct or nxt in MEASURE_NAMES
                    or doc[end].pos_ == "NOUN"):
        return Number(i, end, part, unit=None if doc[end:end + 1].text.isalpha() else FRACTION)
    return None


def _names_a_noun(doc: Doc, j: int) -> bool:
    """Whether token j starts a noun phrase other than a time ("a third party", not "a third
    last year"): the fraction word is then an ordinal."""
    if j >= len(doc):
        return False
    tok = doc[j]
    noun = tok if tok.pos_ in ("NOUN", "PROPN", "NUM") else (
        tok.head if tok.pos_ == "ADJ" and tok.head.i > j else None
    )
    return noun is not None and noun.lower_ not in TIME_UNITS


def temperature(doc: Doc, i: int) -> Number | None:
    """ "34C", "8°C." written as one token."""
    m = TEMPERATURE_RE.match(doc[i].text)
    if not m:
        return None
    unit = TEMPERATURE_UNITS[m["unit"].lower()]
    return Number(i, i + 1, float(m["num"].replace(",", "")), unit=unit, trim=len(m["dot"]))
