"""Figures read one by one, then read together: two bounds that make one range ("more than
10 and less than 40"), a conversion in brackets that shares its figure's hedge ("lower than
8.9 ksi (61.4 MPa)"), and a currency or percent shared back over "or" ("eight or nine
euros")."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from according.quantities.lexicon import CHANGE_LEMMAS, CURRENCY_CODES
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
        if b.counted is not None or a.counted is None:
            continue
        if doc[a.start].sent.start != doc[b.start].sent.start:
            continue
        words = tuple(t.lower_ for t in doc[max(0, b.start - 2):b.start])
        if (not b.number.unit and (words in COMPARED_OPENERS or words[-1:] in COMPARED_OPENERS)
                ) or _elliptic(doc, a, b):
            out[k] = replace(b, counted=a.counted, noun=a.noun)
    return out


# "won 412,308 votes against 398,771", "412,308 votes to Okafor-Bello's 398,771": a figure
# set against the one before it
SET_AGAINST = frozenset({"against", "to", "versus", "vs", "vs."})
# "polled 412,308 votes, while Okafor-Bello got 398,771": the same getting, another holder
GETTING_VERBS = frozenset({"get", "win", "poll", "receive", "take", "secure", "garner",
                           "score", "obtain", "have", "gain", "collect", "earn"})
CONTRAST_JOINERS = frozenset({"while", "whereas", "and", "but", ",", "with"})
ELLIPSIS_SCALE = 20  # the two figures of one comparison are of one order ("412,308 ... 398,771")


def _elliptic(doc: Doc, a: Figure, b: Figure) -> bool:
    """Whether bare `b` leaves out what `a`, the figure before it, counts, set against it:
    "won 412,308 votes against 398,771 for Okafor-Bello", "polled 412,308 votes to
    Okafor-Bello's 398,771", "polled 412,308 votes, while Okafor-Bello got 398,771",
    "received 49.1% of the vote and Okafor-Bello 47.8%". The two are of one order of size
    and `b` ends its phrase (no noun after it)."""
    if (b.number.unit and b.number.unit != a.number.unit) or (
            a.noun is not None and a.noun.pos_ == "PROPN"):
        return False  # a poll share's name is its own figure's ("Clinton 47.1 percent")
    if not (a.number.value > 0 and b.number.value > 0
            and 1 / ELLIPSIS_SCALE <= a.number.value / b.number.value <= ELLIPSIS_SCALE):
        return False
    if b.end < len(doc) and doc[b.end].pos_ in ("NOUN", "PROPN", "NUM"):
        return False
    j = b.start
    if j - 1 > a.end and doc[j - 1].lower_ in ("'s", "\u2019s"):  # "to Okafor-Bello's"
        j = _name_start(doc, j - 1, a.end)
    if j - 1 >= a.end and doc[j - 1].lower_ in SET_AGAINST:
        # not "rose 5 points to 45": a change's "to" gives the level it reached
        return doc[j - 1].lower_ != "to" or not any(
            t.lemma_.lower() in CHANGE_LEMMAS or t.lower_ in CHANGE_LEMMAS
            for t in doc[max(doc[a.start].sent.start, a.start - 6):a.start])
    last = doc[b.end - 1]
    verb = last.head
    if last.dep_ == "dobj" and verb.lemma_.lower() in GETTING_VERBS and verb.i < b.start:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subject is not None and subject.i > a.end and any(
            t.lower_ in CONTRAST_JOINERS for t in doc[a.end:subject.left_edge.i])
    # "49.1% of the vote and Chinwe Okafor-Bello 47.8%": a name, then its figure
    name = _name_start(doc, b.start, a.end)
    return name < b.start and doc[name - 1].lower_ in CONTRAST_JOINERS


def _name_start(doc: Doc, end: int, floor: int) -> int:
    """The first token of the proper name ending right before `end` (`end` if none)."""
    j = end
    while j - 1 > floor and (doc[j - 1].pos_ == "PROPN" or (
            doc[j - 1].text == "-" and not doc[j - 1].whitespace_
            and doc[j - 2].pos_ == "PROPN")):
        j -= 1
    return j
