"""Figures in an article: numbers, their hedges and bounds, what they count, who gives them.

`find_quantities(doc, attributions, regions)` reads a parsed Doc and returns frozen
`Quantity` records. The word lists live in `data/quantities_lexicon.json`; `numbers`
reads a number phrase, `shapes` what surrounds it, `counted` what it counts.

Rules, so that every figure is read the same way:
- hedges are the contract's six, whatever was written (the written words stay in the
  span): over, upwards of, in excess of, tops, topped, exceeds, above -> "more than";
  no fewer/less than, as low as -> "at least"; almost, nears, close to, approaching,
  just under -> "nearly"; as many as, fewer/less than, under, below, no more than, at
  most -> "up to"; around, roughly, approximately, (an) estimated, circa -> "about";
  "some" stays. "over"/"under"/"above"/"below"/"around" are hedges only when they bound
  the number, not when they govern a noun phrase ("protest over 20% rise").
- bounds: "more than"/"at least" 35,000 -> low 35000, high None; "nearly"/"up to"
  35,000 -> high 35000, low None; "some"/"about" 300,000 -> value -/+ 10%
  (`approximate_margin`); a bare number -> low == high == value.
- vague quantities ("hundreds of", "tens of thousands") take bounds from the table
  `vague`; their value is the lower bound; the span is the vague word(s) without "of"
  ("scores"). "a dozen" is exactly 12.
- fractions: "half a million" -> 500000; a share ("a quarter of staff", "fell by a
  third") -> percent (25, 33.3). "the second half of", "a third term" are no figures.
- ratios ("4 in 10", "one out of five") become percentages: value 40, unit "percent",
  counting the noun after them; the denominator is at most 1,000, above the numerator
  and not a year ("6,000 in 2021" is no ratio).
- ranges ("between 20 and 30", "20-30", "1,000-2,000", "20 to 30") -> low/high the two
  ends, value the midpoint, hedge None. "X percent to Y percent" is a comparison, not a
  range; a falling hyphenated pair ("51-49") is a vote or score, and no figure.
- money is in units: "$2.5bn" -> 2500000000, unit "USD"; "2.5m people" -> 2500000 (a
  one-letter scale only before a count noun or after a currency sign); percentages have
  unit "percent"; "34C" -> unit "celsius"; "magnitude 6.1" -> unit "magnitude";
  "100,000-strong crowd" -> unit "people", counting "crowd".
- counted: the head noun (with compounds between number and noun), plus the verb when
  that noun is the subject of a non-light verb ("people have died"), or plus a
  present-participle modifier and its adverb ("civilians sheltering there"). In a
  partitive ("100 of the 251 hostages") both numbers count the noun alone. A figure
  that is the object of a verb whose subject is a total counts the total: "death toll"
  in "the death toll has risen to 60", "people killed" in "the number of people killed
  has risen to 60". Measures (celsius, magnitude) count nothing.
- attribution: the attribution whose content span holds the figure (the smallest such);
  failing that, the nearest one whose cue is in the same sentence and whose content is
  not (the finder found no content there), e.g. "At least 12 died, the ministry said".
- not figures: dates, years, times of day, durations and ages (a number counting a time
  unit), ordinals, identifiers ("Article 5"), numbers in names ("BBC Radio 4"), phone
  numbers, hyphenated modifiers ("two-way", "100-page"), a bare "one" (pronoun or
  determiner), and anything in byline, date, dateline, credit or boilerplate regions.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from according.nlp import doc_text
from according.quantities.counted import counted, unit
from according.quantities.lexicon import SKIPPED_REGIONS, START_WORDS
from according.quantities.numbers import Number, clean, core
from according.quantities.shapes import (
    bounds,
    hedge,
    is_not_a_figure,
    range_end,
    ratio,
)
from according.records import Attribution, Quantity, Region, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["find_quantities"]

# only whitespace between two offsets; matched in place, not sliced (long articles)
_BLANK = re.compile(r"\s*")


@dataclass(frozen=True)
class _Figure:
    """One figure read from tokens [start, end), before it becomes a Quantity."""

    start: int
    end: int
    number: Number
    low: float | None
    high: float | None
    hedge: str | None
    counted: str | None
    noun: Token | None


def _range_at(doc: Doc, n: Number) -> tuple[_Figure | None, int] | None:
    """A range starting at `n` (or a score, which is no figure), and the token after it."""
    ranged = range_end(doc, n)
    if ranged is None:
        return None
    second, after = ranged
    if second is None:
        return None, after
    if is_not_a_figure(doc, second, False):  # "7-10 days", "10-12 May"
        return None, second.end
    first_tok = after
    whole = Number(n.start, second.end, (n.value + second.value) / 2,
                   unit=second.unit or n.unit, trim=second.trim)
    what, noun = counted(doc, Number(n.start, second.end, second.value, unit=whole.unit))
    return _Figure(first_tok, second.end, whole, n.value, second.value, None, what,
                   noun), second.end


def _read_at(doc: Doc, i: int) -> tuple[_Figure | None, int]:
    """The figure starting at token i (or None) and the token to read next."""
    low = doc[i].lower_
    if not (low[:1].isdigit() or low in START_WORDS):
        return None, i + 1
    n = core(doc, i)
    if n is None:
        return None, i + 1
    hedged = hedge(doc, n)
    ratio_end = ratio(doc, n)
    if is_not_a_figure(doc, n, hedged is not None or ratio_end is not None):
        return None, n.end
    ranged = _range_at(doc, n)
    if ranged:
        return ranged
    if ratio_end:
        end, denominator = ratio_end
        what, noun = counted(doc, Number(end - 1, end, denominator))
        n = Number(n.start, end, n.value / denominator * 100, unit="percent")
    else:
        what, noun = counted(doc, n)
    start, _written, canonical = hedged if hedged else (n.start, None, None)
    low_, high = bounds(n, canonical)
    return _Figure(start, n.end, n, low_, high, canonical, what, noun), n.end


def _attribution_for(
    text: str, sents: Sequence[tuple[int, int]], start: int, end: int,
    attributions: Sequence[Attribution],
) -> str | None:
    """The attribution whose content holds [start, end), or whose content starts right
    after it (the parse left "Thirty" out of "Thirty people were killed"); failing that,
    the nearest cue in the same sentence whose content lies elsewhere."""
    holding = [
        (c.end - c.start, a.id)
        for a in attributions
        for c in a.content
        if (c.start <= start and end <= c.end)
        or (end <= c.start and _BLANK.fullmatch(text, end, c.start) is not None)
    ]
    if holding:
        return min(holding)[1]
    s_start, s_end = next(((a, b) for a, b in sents if a <= start < b), (start, end))
    near = [  # an attribution whose content was found elsewhere in the sentence keeps it
        (abs(a.cue.start - start), a.id)
        for a in attributions
        if a.cue is not None and s_start <= a.cue.start < s_end
        and not any(s_start <= c.start < s_end for c in a.content)
    ]
    return min(near)[1] if near else None


def find_quantities(
    doc: Doc, attributions: Sequence[Attribution] = (), regions: Sequence[Region] = ()
) -> tuple[Quantity, ...]:
    """Every figure in `doc`, in text order, with bounds, hedge, counted, unit and attribution.

    Numbers inside byline, date, dateline, credit and boilerplate regions are skipped.
    """
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    sents = [(s.start_char, s.end_char) for s in doc.sents] if attributions else []
    text = doc_text(doc)
    out: list[Quantity] = []
    i = 0
    while i < len(doc):
        fig, i = _read_at(doc, i)
        if fig is None:
            continue
        last = doc[fig.end - 1]
        start, end = doc[fig.start].idx, last.idx + len(last.text) - fig.number.trim
        if any(a <= start < b for a, b in skipped):
            continue
        out.append(
            Quantity(
                id=f"Q{len(out) + 1}",
                span=Span.of(text, start, end),
                value=clean(fig.number.value),  # type: ignore[arg-type]
                low=clean(fig.low),
                high=clean(fig.high),
                hedge=fig.hedge,
                counted=fig.counted,
                unit=unit(fig.number, fig.noun),
                attribution=_attribution_for(text, sents, start, end, attributions),
            )
        )
    return tuple(out)
