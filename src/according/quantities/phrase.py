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
)
from according.quantities.numbers import (
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
    if low in CURRENCY_SYMBOLS:
        return CURRENCY_SYMBOLS[low], i + 1, 1.0
    if lower(doc, i + 1) == "$" and low in DOLLAR_PREFIXES and (
        tok.text.isupper() or not tok.whitespace_
    ):  # "HK $5", "US $473"; not "a $54 deal"
        return DOLLAR_PREFIXES[low], i + 2, 1.0
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isdigit():
        return None
    year_like = len(doc[i + 1].text) == 4 and doc[i + 1].text.isdigit()  # "Euro 2020"
    if tok.text in CURRENCY_CODES or (low in CURRENCY_NAMES and tok.is_alpha and not year_like):
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
        found = digit_number(doc, j, money=True) or _money_words(doc, j)
        if not found:
            return None
        if found.unit not in (None, code) and found.unit in CURRENCY_CODES:
            code = found.unit
        return with_unit(doc, replace(found, start=i, value=found.value * factor, unit=code))
    if doc[i].lower_ in ("minus", "negative"):
        found = core(doc, i + 1) if i + 1 < len(doc) else None
        if found is None or found.low is not None:
            return None
        return replace(found, start=i, value=-found.value)
    vague = (vague_number(doc, i) or fraction_number(doc, i) or temperature(doc, i)
             or fold_number(doc, i))
    if vague:
        return with_unit(doc, vague)
    found = digit_number(doc, i)
    if found is None:
        words = word_number(doc, i)
        found = Number(i, words[0], words[1]) if words else None
    if found is None:
        return None
    text = doc[i].text
    is_year = (
        found.end == i + 1 and text.isdigit() and len(text) == 4 and 1000 <= found.value <= 2100
    )
    one = found.end == i + 1 and doc[i].lower_ == "one"
    return with_unit(doc, replace(found, bare_word_one=one, is_year=is_year))


def _money_words(doc: Doc, j: int) -> Number | None:
    words = word_number(doc, j)
    return Number(j, words[0], words[1]) if words else None
