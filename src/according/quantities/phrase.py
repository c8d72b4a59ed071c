"""The number phrase at a token: a currency written before it, a sign word, the number,
and the unit after it."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    CURRENCY_CODES,
    CURRENCY_NAMES,
    CURRENCY_SYMBOLS,
    DOLLAR_PREFIXES,
    RANGE_TOKEN_RE,
    SCALES,
    SLASH_FRACTION_RE,
    WORD_SCALES,
)
from according.quantities.numbers import (
    FRACTION,
    Number,
    digit_number,
    fold_number,
    fraction_number,
    lower,
    temperature,
    vague_number,
    word_number,
)
from according.quantities.units import with_unit

if TYPE_CHECKING:
    from spacy.tokens import Doc


def _currency_before(doc: Doc, i: int) -> tuple[str, int, float] | None:
    """A currency written before a number: "$", "HK $", "C$", "USD 22.5", "dollar 22.5",
    "MAUD 60" (million AUD). Returns the ISO code, the number's token and a multiplier."""
    tok, low = doc[i], doc[i].lower_
    if lower(doc, i + 1) == "." and not tok.whitespace_ and low + "." in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[low + "."], i + 2, 1.0  # "Rs. 2,000" split as "Rs", "."
    if low in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[low], i + 1, 1.0
    if lower(doc, i + 1) == "$" and low in DOLLAR_PREFIXES and (
        tok.text.isupper() or not tok.whitespace_
    ):  # "HK $5", "US $473"; not "a $54 deal"
        return DOLLAR_PREFIXES[low], i + 2, 1.0
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isdigit():
        return None
    year_like = len(doc[i + 1].text) == 4 and doc[i + 1].text.isdigit()  # "Euro 2020"
    named = low in CURRENCY_NAMES and tok.is_alpha and tok.pos_ not in ("VERB", "AUX")  # "won 3"
    if tok.text in CURRENCY_CODES or (named and not year_like):
        return (tok.text if tok.text in CURRENCY_CODES else CURRENCY_NAMES[low]), i + 1, 1.0
    if len(tok.text) == 4 and tok.text[0] == "M" and tok.text[1:] in CURRENCY_CODES:
        return tok.text[1:], i + 1, 1e6
    return None


def core(doc: Doc, i: int) -> Number | None:
    """The number phrase starting at token i, with its currency or unit, or None."""
    currency = _currency_before(doc, i)
    if currency:
        code, j, factor = currency
        if j >= len(doc):
            return None
        found = (digit_number(doc, j, money=True) or token_range(doc, j, code)
                 or _money_words(doc, j))
        if not found:
            return None
        if found.unit not in (None, code) and found.unit in CURRENCY_CODES:
            code = found.unit
        return with_unit(doc, replace(found, start=i, value=found.value * factor, unit=code))
    if doc[i].lower_ in ("minus", "negative"):
        if _after_plus_or(doc, i):  # "plus or minus 2.5 points": a margin, read from its number
            return None
        found = core(doc, i + 1) if i + 1 < len(doc) else None
        if found is None or found.low is not None:
            return None
        return replace(found, start=i, value=-found.value)
    vague = (vague_number(doc, i) or fraction_number(doc, i) or temperature(doc, i)
             or fold_number(doc, i) or _slash_fraction(doc, i))
    if vague:
        return with_unit(doc, vague)
    found = digit_number(doc, i)
    if found is None:
        words = word_number(doc, i)
        found = Number(i, words[0], words[1], scale=WORD_SCALES.get(lower(doc, words[0] - 1),
                                                                     1.0)) if words else None
    if found is None:
        return None
    text = doc[i].text
    is_year = (
        found.end == i + 1 and text.isdigit() and len(text) == 4 and 1000 <= found.value <= 2100
    )
    one = found.end == i + 1 and doc[i].lower_ == "one"
    return with_unit(doc, replace(found, bare_word_one=one, is_year=is_year))


def _after_plus_or(doc: Doc, i: int) -> bool:
    """Token i ("minus") ends "plus or minus" or "plus/minus": a margin's two signs, not a
    negative number."""
    return (i >= 2 and doc[i - 1].lower_ in ("or", "/") and doc[i - 2].lower_ == "plus") or (
        i >= 1 and doc[i - 1].lower_ in ("plus/", "plus-or-"))


def _money_words(doc: Doc, j: int) -> Number | None:
    words = word_number(doc, j)
    return Number(j, words[0], words[1]) if words else None


def _scale_after(doc: Doc, i: int) -> tuple[float, int, int] | None:
    """A scale split off right after token i ("£300m-£400" + "m."): multiplier, end, trim."""
    if i + 1 >= len(doc) or doc[i].whitespace_:
        return None
    word = doc[i + 1].lower_
    dot = int(word.endswith(".") and len(word) > 1)
    word = word[: len(word) - dot]
    return (SCALES[word], i + 2, dot) if word in SCALES and len(word) <= 3 else None


def token_range(doc: Doc, i: int, currency: str | None = None) -> Number | None:
    """A range written as one token: "1,000-2,000", "3.5–4.0 TeV", "8-$12", "300m-£400m".
    A scale written on the second end only applies to both when that keeps the pair
    rising ("300-400m"); a falling pair ("51-49") is no range."""
    m = RANGE_TOKEN_RE.match(doc[i].text)
    if not m:
        return None
    scale_a, scale_b = (SCALES.get((m[k] or "").lower(), 0.0) if m[k] else 1.0
                        for k in ("sa", "sb"))
    if not scale_a or not scale_b:
        return None  # "5G-6G", "3rd-4th": letters that are no scale
    code = currency or (CURRENCY_SYMBOLS[m["cur"]] if m["cur"] else None)
    end, trim = i + 1, 0
    after = _scale_after(doc, i) if code and not m["sb"] else None
    if after:
        scale_b, end, trim = after
    a, b = (float(m[k].replace(",", "")) for k in ("a", "b"))
    if not m["sa"] and a < b:
        scale_a = scale_b
    low, high = a * scale_a, b * scale_b
    if high <= low:
        return None
    if code:
        return Number(i, end, (low + high) / 2, low, high, unit=code, trim=trim, scale=scale_b)
    whole = with_unit(doc, Number(i, end, (low + high) / 2))
    return replace(whole, low=low, high=high)


def _slash_fraction(doc: Doc, i: int) -> Number | None:
    """ "1/2 cup", "3/4 inch", "2/3 of the budget": a proper fraction in digits is a figure
    before a unit of measure or "of"; alone ("12/15", "7/10") it may be a date."""
    m = SLASH_FRACTION_RE.match(doc[i].text)
    if not m or not 0 < int(m["a"]) < int(m["b"]):
        return None
    part = int(m["a"]) / int(m["b"])
    if lower(doc, i + 1) == "of":
        return Number(i, i + 1, part, unit=FRACTION)
    n = with_unit(doc, Number(i, i + 1, part))
    return n if n.unit and n.unit not in CURRENCY_CODES else None
