"""Figures in an article: numbers, their hedges and bounds, what they count, who gives them.

`find_quantities(doc, attributions, regions)` reads a parsed Doc and returns frozen
`Quantity` records. The word lists live in `data/quantities_lexicon.json`, unit and
currency names (from pint and Babel, by `build_units`) in `data/quantities_units.json`;
`numbers` reads a number, `phrase` the currency before it, `units` the unit after it,
`shapes` what surrounds it, `figures` figures read together, `counted` what it counts,
`polls` what a poll's share is for.

Rules, so that every figure is read the same way:
- hedges are the contract's six, whatever was written (the written words stay in the
  span): over, upwards of, in excess of, tops, topped, exceeds, above -> "more than";
  no fewer/less than, as low as -> "at least"; almost, nears, close to, approaching,
  just under -> "nearly"; as many as, fewer/less than, under, below, no more than, at
  most -> "up to"; around, roughly, approximately, (an) estimated, circa -> "about";
  "some" stays; a hedge after the number wins ("500 or more" -> "at least"); a
  bracketed conversion shares its figure's hedge. "over"/"under"/"above"/"below"/
  "around" are hedges only when they bound the number, not when they govern a noun
  phrase ("protest over 20% rise").
- bounds: "more than"/"at least" 35,000 -> low 35000, high None; "nearly"/"up to"
  35,000 -> high 35000, low None; "some"/"about" 300,000 -> value -/+ 10%
  (`approximate_margin`); a bare number -> low == high == value.
- vague quantities ("hundreds of", "tens of thousands", "several thousand") are at least
  the least they mean (table `vague`'s low: hundreds -> value and low 200), hedge "at
  least", high None (a count, not the word's 100; "hundreds" is said of 1,200 too); the
  span is the vague word(s) without "of" ("scores").
  "a dozen" is exactly 12; "X more" is exact (it counts what is added).
- fractions: "half a million" -> 500000; a share ("a quarter of staff", "fell by a
  third", "two thirds", "five eighths", "3/4 of", a ratio "4 in 10") -> unit "fraction",
  value 0-1 of what is counted; "1/2 cup" is half a cup. "the second half of", "a third
  term", "by a third party" are no figures.
- ranges ("between 20 and 30", "20-30", "5-10W", "$10 to $15 billion", "$8-$12",
  "£300m-£400m", "3 through 9", "a 10- to 15-minute walk", "at least 20 and at most
  100") -> low/high the two ends, value the midpoint, hedge None; a scale written on the
  second end applies to the first when that keeps the range rising. "0.4% to
  13,176", "by $4bn to $19bn" are a change and a level; a falling hyphenated pair
  ("51-49", "2011-12") is a vote, score or season, and no figure. A rising change ("rose
  from 3,200 to 4,500": a change word of its clause before "from", shapes.is_change)
  keeps its ends in low/high but its value is the new end and `change_from` the first.
- units: currencies as ISO 4217 codes (symbols, codes and names from Babel: "HK$", "C$",
  "USD10m", "120 MEUR", "92 million yuan", "$US2.5bn", "Rs 350 crore"; a verb is no
  currency: "won 4 games"); "%"/"per cent" -> "percent"; units of measure
  by pint's name ("278kg" -> "kilogram", "sq m" -> "square meter"); durations and ages by
  their time unit ("14 days", "15-year-old", "Smith, 45," -> "year"); "34C" -> "celsius"; "magnitude
  6.1" -> "magnitude"; "100,000-strong crowd" -> "people". A lower-case "m" is metres
  before a singular noun or dimension word ("a 10m wall"), else million.
- counted: the head noun (with compounds between number and noun), plus the verb when
  that noun is the subject of a non-light verb ("people have died"), or plus a
  present-participle modifier and its adverb ("civilians sheltering there"). In a
  partitive ("100 of the 251 hostages") both numbers count the noun alone. A figure
  that is the object of a verb whose subject is a total counts the total: "death toll"
  in "the death toll has risen to 60", "people killed" in "the number of people killed
  has risen to 60"; so does one a total is brought to ("lowered the death toll to 29",
  "put the toll at 31") or was before ("raising its toll from 27"). A poll's percentage
  counts the party or candidate it is for ("put the Civic Alliance at 34%": polls.py), a
  margin of error "margin of error". Measures (celsius,
  magnitude) count nothing, nor does an age compound
  ("her two-year-old son": an age, not two sons). A "-ves" plural of a "-ve" noun keeps
  its "-ve" unit ("40 graves" -> "grave", where the lemmatizer says "graf").
- attribution: the attribution whose content span holds the figure (the smallest such);
  failing that, the nearest one whose cue is in the same sentence and whose content is
  not (the finder found no content there), e.g. "At least 12 died, the ministry said".
- not figures: dates ("12 May", "friday 23", "12 of Nov"), years and seasons, times of
  day ("meet at 6.", "3:30", "8.10 pm", "half past seven"; but "the toll stands at 14."
  is a level), points in time ("seven months ago"), calendar periods
  ("2 quarters"), ordinals, identifiers ("Article 5", "No. 47"), numbers in names ("BBC
  Radio 4", "iPhone 14"), house numbers ("10 Downing Street"), phone numbers, hyphenated
  modifiers that measure nothing ("two-way", "100-page"), a bare "one" (pronoun or
  determiner), and anything in byline, date, dateline, credit or boilerplate regions.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from according.nlp import doc_text
from according.quantities.counted import counted, unit
from according.quantities.figures import Figure, join_figures
from according.quantities.lexicon import (
    CURRENCY_CODES,
    DIGITS_RE,
    NOT_FIGURE_RES,
    NUMBER_WORDS,
    SKIPPED_REGIONS,
    START_WORDS,
)
from according.quantities.numbers import FRACTION, Number, clean, lower
from according.quantities.phrase import core, token_range
from according.quantities.shapes import (
    bounds,
    hedge,
    is_age_in_apposition,
    is_change,
    is_not_a_figure,
    post_hedge,
    range_end,
    ratio,
)
from according.records import Attribution, Quantity, Region, Span
from according.withdrawn import withdrawn_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["find_quantities"]

# only whitespace between two offsets; matched in place, not sliced (long articles)
_BLANK = re.compile(r"\s*")
HAS_DIGIT = re.compile(r"\d|[^\x00-\x7f]")  # a digit, or a character such as "½" or "€"
SUSPENDED_JOINERS = frozenset({"or", "and", "to", ","})
NO_FIGURE_CONTEXT = 30  # characters around a figure searched for a phone number or clock


def _range_at(doc: Doc, n: Number, hedged: bool) -> tuple[Figure | None, int] | None:
    """A range starting at `n` (or a score, which is no figure), and the token after it."""
    ranged = range_end(doc, n)
    if ranged is None:
        return None
    second, after, first_value = ranged
    if second is None:
        return None, after
    if (is_not_a_figure(doc, second, False, in_range=True)
            or is_not_a_figure(doc, n, hedged, in_range=True)):
        return None, second.end  # "7-10 May", "Sept. 20-24"
    change = is_change(doc, n, second)
    whole = Number(n.start, second.end,
                   second.value if change else (first_value + second.value) / 2,
                   unit=second.unit or n.unit, trim=second.trim)
    what, noun = counted(doc, Number(n.start, second.end, second.value, unit=whole.unit))
    return Figure(after, second.end, whole, first_value, second.value, None, what,
                  noun, first_value if change else None), second.end


def _suspended_at(doc: Doc, i: int) -> tuple[Figure, int] | None:
    """ "a 7- or 8-inch screen", "a 10- to 15-minute walk": a number whose hyphen is left
    hanging takes the unit written on the next one ("to" makes the pair a range). Without a
    unit there ("two- or three-bedroom") neither is a figure."""
    stem = doc[i].text[:-1]
    value = (float(stem.replace(",", "")) if DIGITS_RE.match(stem) and stem[:1].isdigit()
             else NUMBER_WORDS.get(stem.lower()))
    k = i + 1 + (lower(doc, i + 1) == ",")
    joiner = lower(doc, k)
    if value is None or joiner not in SUSPENDED_JOINERS or k + 1 >= len(doc):
        return None
    second = core(doc, k + 1)
    if second is None or second.unit is None or second.low is not None:
        return None
    what, noun = counted(doc, second)
    if joiner == "to" and value < second.value:
        whole = Number(i, second.end, (value + second.value) / 2, unit=second.unit,
                       trim=second.trim)
        return Figure(i, second.end, whole, value, second.value, None, what, noun), second.end
    first = Number(i, i + 1, value, unit=second.unit, trim=1)  # the hyphen is not the figure's
    return Figure(i, i + 1, first, value, value, None, what, noun), i + 1


def _read_at(doc: Doc, i: int) -> tuple[Figure | None, int]:
    """The figure starting at token i (or None) and the token to read next."""
    tok = doc[i]
    text = tok.text
    if text.endswith("-") and len(text) > 1:
        return _suspended_at(doc, i) or (None, i + 1)
    if tok.is_alpha:
        if not (tok.lower_ in START_WORDS or text in CURRENCY_CODES or text[1:] in CURRENCY_CODES
                or (len(text) == 1 and unicodedata.numeric(text, 0))):
            return None, i + 1
    elif not (HAS_DIGIT.search(text) or tok.lower_ in START_WORDS):
        return None, i + 1
    n = token_range(doc, i) or core(doc, i)
    if n is None:
        return None, i + 1
    hedged = hedge(doc, n)
    ratio_end = ratio(doc, n)
    ranged = _range_at(doc, n, hedged is not None)
    if ranged:
        return ranged
    if is_not_a_figure(doc, n, hedged is not None or ratio_end is not None):
        return None, n.end
    if is_age_in_apposition(doc, n):
        n = replace(n, unit="year")
    if ratio_end:
        end, denominator = ratio_end
        what, noun = counted(doc, Number(end - 1, end, denominator))
        n = Number(n.start, end, n.value / denominator, unit=FRACTION)
    else:
        what, noun = counted(doc, n)
    start, _written, canonical = hedged if hedged else (n.start, None, None)
    after = post_hedge(doc, n)
    if after:  # "about five hundred or more": the hedge after the number decides
        n, canonical = Number(n.start, after[0], n.value, n.low, n.high, n.unit), after[1]
    low_, high = bounds(n, canonical)
    return Figure(start, n.end, n, low_, high, canonical, what, noun), n.end


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
    by_participle = _participle_report_for(text, s_start, start, end, attributions)
    if by_participle is not None:
        return by_participle
    near = [  # an attribution whose content was found elsewhere in the sentence keeps it
        (abs(a.cue.start - start), a.id)
        for a in attributions
        if a.cue is not None and s_start <= a.cue.start < s_end
        and not any(s_start <= c.start < s_end for c in a.content)
    ]
    return min(near)[1] if near else None


def _participle_report_for(
    text: str, s_start: int, start: int, end: int, attributions: Sequence[Attribution],
) -> str | None:
    """The attribution of "SOURCE lowered the toll to 47 on Wednesday, saying …" for a figure
    of its main clause: the source that acts in the clause before ", saying"/", citing" is
    who gives that clause's figures (attribution h7, 2026-11-27; None when no such cue)."""
    for a in attributions:
        src = a.source.span
        if a.cue is None or src is None or not a.cue.text.endswith("ing"):
            continue
        if s_start <= src.start and src.end <= start and end <= a.cue.start and \
                text[max(0, a.cue.start - 3):a.cue.start].rstrip().endswith(",") and \
                not any(c.start < a.cue.start for c in a.content):
            return a.id
    return None


def _inside_no_figure(text: str, start: int, end: int) -> bool:
    """Whether [start, end) overlaps a phone number or clock time written around it."""
    lo = max(0, start - NO_FIGURE_CONTEXT)
    window = text[lo : end + NO_FIGURE_CONTEXT]
    return any(
        m.start() + lo < end and start < m.end() + lo
        for pattern in NOT_FIGURE_RES
        for m in pattern.finditer(window)
    )


def find_quantities(
    doc: Doc, attributions: Sequence[Attribution] = (), regions: Sequence[Region] = ()
) -> tuple[Quantity, ...]:
    """Every figure in `doc`, in text order, with bounds, hedge, counted, unit and attribution.

    Numbers inside byline, date, dateline, credit and boilerplate regions are skipped, and
    so are those of a statement a correction withdraws (according.withdrawn).
    """
    text = doc_text(doc)
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    # what a correction says an earlier version got wrong is no figure the story gives
    skipped += withdrawn_statements(text)
    sents = [(s.start_char, s.end_char) for s in doc.sents] if attributions else []
    figures: list[Figure] = []
    i = 0
    while i < len(doc):
        fig, i = _read_at(doc, i)
        if fig is not None:
            figures.append(fig)
    out: list[Quantity] = []
    for fig in join_figures(doc, figures):
        last = doc[fig.end - 1]
        start, end = doc[fig.start].idx, last.idx + len(last.text) - fig.number.trim
        if any(a < end and start < b for a, b in skipped) or _inside_no_figure(text, start, end):
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
                unit=unit(fig.number, fig.noun, doc),
                attribution=_attribution_for(text, sents, start, end, attributions),
                change_from=clean(fig.change_from),  # type: ignore[arg-type]
            )
        )
    return tuple(out)
