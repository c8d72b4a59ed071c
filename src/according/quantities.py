"""Figures in an article: numbers, their hedges and bounds, what they count, who gives them.

`find_quantities(doc, attributions, regions)` reads a parsed Doc and returns frozen
`Quantity` records. The word lists live in `data/quantities_lexicon.json`.

Rules, so that every figure is read the same way:
- bounds: "more than 35,000" -> low 35000, high None; "nearly 35,000" -> high 35000,
  low None; "some/about 300,000" -> low/high = value -/+ 10% (`approximate_margin`);
  a bare number -> low == high == value.
- vague quantities ("hundreds of", "tens of thousands") take bounds from the table
  `vague`; their value is the lower bound; the span is the vague word(s) without "of"
  ("scores"). "a dozen" is exactly 12.
- ratios ("4 in 10", "one out of five") become percentages: value 40, unit "percent".
- ranges ("between 20 and 30", "20-30", "20 to 30") -> low/high the two ends, value the
  midpoint, hedge None. "X percent to Y percent" is a comparison, not a range.
- money is in units: "$2.5bn" -> 2500000000, unit "USD"; percentages have unit "percent".
- counted: the head noun (with compounds between number and noun), plus the verb when
  that noun is the subject of a non-light verb ("people have died"), or plus a
  present-participle modifier and its adverb ("civilians sheltering there"). In a
  partitive ("100 of the 251 hostages") both numbers count the noun alone.
- attribution: the attribution whose content span holds the figure (the smallest such);
  failing that, the nearest one whose cue is in the same sentence and whose content is
  not (the finder found no content there), e.g. "At least 12 died, the ministry said".
- not figures: dates, years, times of day, durations and ages (a number counting a time
  unit), ordinals, identifiers ("Article 5"), phone numbers, hyphenated modifiers
  ("two-way", "100-page"), a bare "one" (pronoun or determiner), and anything in byline,
  date, dateline, credit or boilerplate regions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from typing import TYPE_CHECKING

from according.records import Attribution, Quantity, Region, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_LEX = json.loads(
    resources.files("according").joinpath("data/quantities_lexicon.json").read_text("utf-8")
)

HEDGE_BOUND: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): bound
    for bound, phrases in _LEX["hedges"].items()
    for phrase in phrases
}
HEDGE_MAX_WORDS = max(len(k) for k in HEDGE_BOUND)
APPROX_MARGIN: float = _LEX["approximate_margin"]
VAGUE: dict[tuple[str, ...], tuple[int, int]] = {
    tuple(k.split()): (lo, hi) for k, (lo, hi) in _LEX["vague"].items()
}
VAGUE_NEEDS_OF = frozenset(_LEX["vague_needs_of"])
NUMBER_WORDS: dict[str, int] = _LEX["number_words"]
SCALES: dict[str, int] = _LEX["scales"]
WORD_SCALES = {k: v for k, v in SCALES.items() if len(k) > 3}
CURRENCY_SYMBOLS: dict[str, str] = _LEX["currency_symbols"]
CURRENCY_WORDS: dict[str, str] = _LEX["currency_words"]
PERSON_NOUNS = frozenset(_LEX["person_nouns"])
TIME_UNITS = frozenset(_LEX["time_units"])
IDENTIFIER_WORDS = frozenset(_LEX["identifier_words"])
LIGHT_VERBS = frozenset(_LEX["light_verbs"])
HEAD_NOUN_WINDOW = 5  # most tokens between a number and its noun ("a dozen African-American men")
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
SKIPPED_REGIONS = frozenset({"byline", "date", "dateline", "boilerplate", "credit"})

MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. "
    "oct oct. nov nov. dec dec.".split()
)
DIGITS_RE = re.compile(
    r"^(?P<num>(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)(?P<scale>k|m|mn|mln|bn|b|tn|trn|"
    r"million|billion|trillion)?$",
    re.IGNORECASE,
)
START_WORDS = frozenset(
    {*CURRENCY_SYMBOLS, *NUMBER_WORDS, "a", "an", *(k[0] for k in VAGUE)}
)
PHONE_RE = re.compile(r"\(?\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\d{3}-\d{4}\b")
RANGE_JOINERS = frozenset({"-", "–", "—", "to"})
HEDGE_POS_AMBIGUOUS = frozenset({"over", "under", "above", "below", "around", "some"})
HEDGE_DEPS_OK = frozenset({"quantmod", "advmod", "amod", "nmod", "npadvmod", "det"})


@dataclass(frozen=True)
class _Number:
    """A number phrase found in the tokens [start, end)."""

    start: int
    end: int
    value: float
    low: float | None = None  # set for vague quantities
    high: float | None = None
    unit: str | None = None  # "USD", "percent"... when written with the number
    bare_word_one: bool = False
    is_year: bool = False


def _clean(x: float | None) -> int | float | None:
    """An int when the value is whole, else a float rounded to 6 places."""
    if x is None:
        return None
    r = round(x, 6)
    return int(r) if r == int(r) else r


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _word_number(doc: Doc, i: int) -> tuple[int, float] | None:
    """Number words from token i ("one million", "two hundred and fifty", "a dozen")."""
    j, total, current, seen = i, 0.0, 0.0, False
    if _lower(doc, i) in ("a", "an") and _lower(doc, i + 1) in WORD_SCALES:
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
        elif w in ("-", "and") and seen and _lower(doc, j + 1) in NUMBER_WORDS:
            j += 1
            continue
        else:
            break
        seen, j = True, j + 1
    return (j, total + current) if seen else None


def _digit_number(doc: Doc, i: int, money: bool = False) -> tuple[int, float] | None:
    """Digits from token i, with a scale suffix or word ("2.5bn", "1 million", "$5m").

    A one-letter suffix (k, m, b) counts only after a currency sign: "10m" may be metres,
    and such a number is no figure.
    """
    m = DIGITS_RE.match(doc[i].text)
    if not m:
        return None
    value, j = float(m["num"].replace(",", "")), i + 1
    scale, nxt = (m["scale"] or "").lower(), _lower(doc, j)
    if not scale and nxt in SCALES and (
        not doc[i].whitespace_ or nxt in WORD_SCALES or (money and len(nxt) > 1)
    ):
        scale, j = nxt, j + 1
    if not scale:
        return j, value
    if len(scale) == 1 and not money:
        return None
    return j, value * SCALES[scale]


def _vague_number(doc: Doc, i: int) -> _Number | None:
    """A vague quantity from token i ("hundreds of", "tens of thousands")."""
    for n in (3, 1):
        words = tuple(_lower(doc, k) for k in range(i, i + n))
        if words in VAGUE:
            if words[0] in VAGUE_NEEDS_OF and _lower(doc, i + n) != "of":
                return None
            if i > 0 and (doc[i - 1].like_num or _lower(doc, i - 1) in NUMBER_WORDS):
                return None
            lo, hi = VAGUE[words]
            return _Number(i, i + n, lo, lo, hi)
    return None


def _core(doc: Doc, i: int) -> _Number | None:
    """The number phrase starting at token i, with its currency or percent, or None."""
    currency = CURRENCY_SYMBOLS.get(doc[i].lower_)
    if currency:
        if i + 1 >= len(doc):
            return None
        found = _digit_number(doc, i + 1, money=True)
        if not found:
            return None
        return _with_unit(doc, _Number(i, found[0], found[1], unit=currency))
    vague = _vague_number(doc, i)
    if vague:
        return _with_unit(doc, vague)
    found = _digit_number(doc, i) or _word_number(doc, i)
    if not found:
        return None
    end, value = found
    text = doc[i].text
    is_year = (
        end == i + 1 and text.isdigit() and len(text) == 4 and 1000 <= value <= 2100
    )
    one = end == i + 1 and doc[i].lower_ == "one"
    return _with_unit(doc, _Number(i, end, value, bare_word_one=one, is_year=is_year))


def _with_unit(doc: Doc, n: _Number) -> _Number:
    """Extend a number over a following unit: "%", "per cent", "dollars", "of dollars"."""
    j = n.end
    w, w2 = _lower(doc, j), _lower(doc, j + 1)
    unit, end = None, j
    if n.unit:  # currency symbol already read
        return n
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
    if unit is None:
        return n
    return _Number(n.start, end, n.value, n.low, n.high, unit)


def _is_not_a_figure(doc: Doc, n: _Number, hedged: bool) -> bool:
    """Dates, years, times, durations, ages, identifiers, ordinals and pronoun "one"."""
    first = doc[n.start]
    if n.unit or n.low is not None:
        return False
    if n.bare_word_one and not hedged:
        return True
    if PHONE_RE.match(doc[first.i : first.i + 6].text) or re.match(r"0\d", first.text):
        return True
    if first.ent_type_ == "ORDINAL":
        return True
    prev, nxt = _lower(doc, n.start - 1), _lower(doc, n.end)
    if prev in MONTHS or nxt in MONTHS:
        return True
    if n.is_year and not hedged:
        return True
    if nxt == "-" and not doc[n.end - 1].whitespace_ and not doc[n.end].whitespace_:
        return True  # a compound modifier: "two-way race", "100-page report", "30-second spot"
    k = n.end + 1 if nxt in ("-", "–") else n.end
    if _lower(doc, k) in TIME_UNITS or (k < len(doc) and doc[k].lemma_.lower() in TIME_UNITS):
        return True
    before = doc[n.start - 1].text if n.start > 0 else ""
    if (before.istitle() or before.isupper()) and prev in IDENTIFIER_WORDS:
        return True
    if prev == "aged":
        return True
    if (  # "John Smith, 45, said": an age
        prev == "," and nxt == "," and n.start > 1 and doc[n.start - 2].pos_ == "PROPN"
    ):
        return True
    return False


def _hedge(doc: Doc, start: int) -> tuple[int, str, str] | None:
    """The hedge ending just before token `start`: (first token, words, bound kind)."""
    for n in range(HEDGE_MAX_WORDS, 0, -1):
        if start - n < 0:
            continue
        words = tuple(doc[k].lower_ for k in range(start - n, start))
        bound = HEDGE_BOUND.get(words)
        if bound is None:
            continue
        tok = doc[start - n]
        if n == 1 and words[0] in HEDGE_POS_AMBIGUOUS and tok.dep_ not in HEDGE_DEPS_OK:
            if not start <= tok.head.i < start + 4:
                continue
        return start - n, " ".join(words), bound
    return None


def _range_end(doc: Doc, n: _Number) -> tuple[_Number, int] | None:
    """The second end of a range after `n`, with the index where the range starts."""
    joiner = _lower(doc, n.end)
    between = _lower(doc, n.start - 1) == "between"
    if not (joiner in RANGE_JOINERS or (joiner == "and" and between)):
        return None
    if n.unit and joiner == "to":  # "46 percent to 41 percent" compares two figures
        return None
    if n.end + 1 >= len(doc):
        return None
    second = _core(doc, n.end + 1)
    if second is None or second.low is not None or second.is_year or second.bare_word_one:
        return None
    if second.value <= n.value:  # "34-27" is a score, "555-0134" a phone number
        return None
    return second, (n.start - 1 if between else n.start)


def _subtree_noun(noun: Token, after: int) -> str:
    """The noun with the compounds (recursively) written between the number and it."""
    first, stack = noun.i, [noun]
    while stack:
        for child in stack.pop().lefts:
            if child.i >= after and child.dep_ == "compound":
                first = min(first, child.i)
                stack.append(child)
    return noun.doc[first : noun.i + 1].text


def _counted(doc: Doc, n: _Number) -> tuple[str | None, Token | None]:
    """What the number counts, as written, and the noun it rests on."""
    tokens = range(n.start, n.end)
    for i in reversed(tokens):
        for child in doc[i].children:
            if child.dep_ == "prep" and child.lower_ == "of":
                noun = _partitive_noun(child)
                if noun is not None:
                    return _subtree_noun(noun, child.i + 1), noun
    for i in reversed(tokens):
        head = doc[i].head
        if (
            n.end <= head.i <= n.end + HEAD_NOUN_WINDOW
            and head.pos_ in ("NOUN", "PROPN")
            and head.lower_ not in TIME_UNITS
            and not any(
                (t.is_punct and t.text not in "-–") or t.pos_ == "CCONJ" or t.tag_ in FINITE_TAGS
                for t in doc[n.end : head.i]
            )
        ):
            return _with_event(head, _subtree_noun(head, n.end)), head
    return None, None


def _partitive_noun(of: Token) -> Token | None:
    for obj in of.children:
        if obj.dep_ == "pobj":
            if obj.pos_ in ("NOUN", "PROPN") and not DIGITS_RE.match(obj.text):
                return obj
            if obj.pos_ == "NUM" and obj.head.pos_ in ("NOUN", "PROPN") and obj.head.i > obj.i:
                return obj.head
    return None


def _with_event(noun: Token, text: str) -> str:
    verb = noun.head
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i > noun.i
        and verb.lemma_.lower() not in LIGHT_VERBS
    ):
        auxes = [c.text for c in verb.lefts if c.i > noun.i and c.dep_ in ("aux", "auxpass", "neg")]
        return " ".join([text, *auxes, verb.text])
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.i == noun.i + 1:
            end = child.i + 1
            while end < len(noun.doc) and noun.doc[end].head == child and noun.doc[end].dep_ in (
                "advmod", "prt",
            ):
                end += 1
            return text + " " + noun.doc[child.i : end].text
    return text


def _unit(n: _Number, noun: Token | None) -> str | None:
    if n.unit:
        return n.unit
    if noun is None:
        return None
    if noun.lower_ in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS:
        return "people"
    return noun.lemma_.lower()


def _attribution_for(
    sents: Sequence[tuple[int, int]], start: int, end: int, attributions: Sequence[Attribution]
) -> str | None:
    holding = [
        (c.end - c.start, a.id)
        for a in attributions
        for c in a.content
        if c.start <= start and end <= c.end
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


@dataclass(frozen=True)
class _Figure:
    """One figure read from tokens [start, end), before it becomes a Quantity."""

    start: int
    end: int
    number: _Number
    low: float | None
    high: float | None
    hedge: str | None
    counted: str | None
    noun: Token | None


def _ratio(doc: Doc, n: _Number) -> tuple[int, float] | None:
    """ "4 in 10", "one out of five": the end token and the denominator."""
    if n.unit or n.low is not None:
        return None
    j = n.end + 1 if _lower(doc, n.end) == "in" else (
        n.end + 2 if (_lower(doc, n.end), _lower(doc, n.end + 1)) == ("out", "of") else None
    )
    if j is None or j >= len(doc):
        return None
    found = _digit_number(doc, j) or _word_number(doc, j)
    if not found or not found[1]:
        return None
    return found


def _bounds(n: _Number, bound: str | None) -> tuple[float | None, float | None]:
    """Low and high of a number under a hedge of kind `bound` (None for no hedge)."""
    low, high = (n.low, n.high) if n.low is not None else (n.value, n.value)
    if bound == "low":
        return low, None
    if bound == "high":
        return (None, n.value) if n.low is None else (n.low, n.high)
    if bound == "approximate" and n.low is None:
        return n.value * (1 - APPROX_MARGIN), n.value * (1 + APPROX_MARGIN)
    return low, high


def _read_at(doc: Doc, i: int) -> tuple[_Figure | None, int]:
    """The figure starting at token i (or None) and the token to read next."""
    low = doc[i].lower_
    if not (low[:1].isdigit() or low in START_WORDS):
        return None, i + 1
    n = _core(doc, i)
    if n is None:
        return None, i + 1
    hedge = _hedge(doc, n.start)
    if _is_not_a_figure(doc, n, hedge is not None):
        return None, n.end
    ranged = _range_end(doc, n)
    if ranged:
        second, first_tok = ranged
        whole = _Number(n.start, second.end, (n.value + second.value) / 2,
                        unit=second.unit or n.unit)
        counted, noun = _counted(doc, _Number(n.start, second.end, second.value))
        return _Figure(first_tok, second.end, whole, n.value, second.value, None, counted,
                       noun), second.end
    ratio = _ratio(doc, n)
    if ratio:
        end, denominator = ratio
        counted, noun = _counted(doc, _Number(end - 1, end, denominator))
        n = _Number(n.start, end, n.value / denominator * 100, unit="percent")
    else:
        counted, noun = _counted(doc, n)
    start, words, bound = hedge if hedge else (n.start, None, None)
    low, high = _bounds(n, bound)
    return _Figure(start, n.end, n, low, high, words, counted, noun), n.end


def find_quantities(
    doc: Doc, attributions: Sequence[Attribution] = (), regions: Sequence[Region] = ()
) -> tuple[Quantity, ...]:
    """Every figure in `doc`, in text order, with bounds, hedge, counted, unit and attribution.

    Numbers inside byline, date, dateline, credit and boilerplate regions are skipped.
    """
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    sents = [(s.start_char, s.end_char) for s in doc.sents] if attributions else []
    text = doc.text
    out: list[Quantity] = []
    i = 0
    while i < len(doc):
        fig, i = _read_at(doc, i)
        if fig is None:
            continue
        last = doc[fig.end - 1]
        start, end = doc[fig.start].idx, last.idx + len(last.text)
        if any(a <= start < b for a, b in skipped):
            continue
        out.append(
            Quantity(
                id=f"Q{len(out) + 1}",
                span=Span.of(text, start, end),
                value=_clean(fig.number.value),  # type: ignore[arg-type]
                low=_clean(fig.low),
                high=_clean(fig.high),
                hedge=fig.hedge,
                counted=fig.counted,
                unit=_unit(fig.number, fig.noun),
                attribution=_attribution_for(sents, start, end, attributions),
            )
        )
    return tuple(out)
