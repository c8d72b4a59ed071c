"""Figures read one by one, then read together: two bounds that make one range ("more than
10 and less than 40"), a conversion in brackets that shares its figure's hedge ("lower than
8.9 ksi (61.4 MPa)"), and a currency or percent shared back over "or" ("eight or nine
euros")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from according.quantities.lexicon import CURRENCY_CODES
from according.quantities.numbers import Number
from according.quantities.shapes import bounds

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

BOUND_JOINERS = (("and",), (",",), ("but",), (",", "and"), (",", "but"))
SHARED_UNITS = frozenset({*CURRENCY_CODES, "percent"})
# words that open a figure an earlier one is compared with: "27 have died, up from 18"
# (as_of.COMPARED_OPENER reads the same words in the text)
CHANGE_WORDS = ("up", "down", "rose", "risen", "rising", "fell", "fallen", "falling", "climbed",
                "jumped", "dropped", "increased", "decreased", "grew", "grown")
COMPARED_OPENERS = frozenset({*((w, "from") for w in CHANGE_WORDS), ("compared", "with"),
                              ("compared", "to"), ("versus",), ("vs",), ("vs.",)})


@dataclass(frozen=True)
class Figure:
    """One figure read from tokens [start, end), before it becomes a Quantity."""

    start: int
    end: int
    number: Number
    low: float | None
    high: float | None
    hedge: str | None
    counted: str | None
    noun: Token | None
    change_from: float | None = None  # a change's first end ("rose from 27 to 31": 27)


def _as_range(a: Figure, b: Figure) -> Figure | None:
    """ "at least 20 and at most 100": a lower and an upper bound, the lower below."""
    if a.low is not None and a.high is None and b.high is not None and b.low is None:
        lo, hi = a.low, b.high
    elif a.high is not None and a.low is None and b.low is not None and b.high is None:
        lo, hi = b.low, a.high
    else:
        return None
    if lo >= hi or (a.number.unit and b.number.unit and a.number.unit != b.number.unit):
        return None
    number = Number(a.number.start, b.number.end, (lo + hi) / 2,
                    unit=a.number.unit or b.number.unit, trim=b.number.trim)
    return Figure(a.start, b.end, number, lo, hi, None, b.counted or a.counted, b.noun or a.noun)


def join_figures(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """The figures, with bound pairs made ranges, bracketed conversions hedged like the
    figure they convert, and a unit written once shared over "or"."""
    out: list[Figure] = []
    figures = list(figures)
    i = 0
    while i < len(figures):
        a = figures[i]
        b = figures[i + 1] if i + 1 < len(figures) else None
        if b is not None and b.start - a.end <= 2:
            between = tuple(t.lower_ for t in doc[a.end : b.start])
            ranged = _as_range(a, b) if between in BOUND_JOINERS else None
            if ranged:
                out.append(ranged)
                i += 2
                continue
            if (between == ("(",) and doc[b.end : b.end + 1].text == ")" and a.hedge
                    and b.hedge is None and b.number.unit != a.number.unit):
                low, high = bounds(b.number, a.hedge)
                figures[i + 1] = replace(b, low=low, high=high, hedge=a.hedge)
            if between == ("or",) and a.number.unit is None and b.number.unit in SHARED_UNITS:
                a = replace(a, number=replace(a.number, unit=b.number.unit))
        out.append(a)
        i += 1
    return _compared_counts(doc, out)


def _compared_counts(doc: Doc, figures: list[Figure]) -> list[Figure]:
    """A bare figure an earlier one is compared with counts what the figure before it in
    its sentence counts: "27 people have died, up from 18 yesterday" - the 18 are people
    who had died (never "yesterday"s)."""
    out = list(figures)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if b.counted is not None or b.number.unit or a.counted is None:
            continue
        if doc[a.start].sent.start != doc[b.start].sent.start:
            continue
        words = tuple(t.lower_ for t in doc[max(0, b.start - 2):b.start])
        if words in COMPARED_OPENERS or words[-1:] in COMPARED_OPENERS:
            out[k] = replace(b, counted=a.counted, noun=a.noun)
    return out
