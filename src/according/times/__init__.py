"""Time expressions in an article, resolved against its publication time.

`find_times(doc, published, regions)` returns frozen `TimeExpression` records.
Word lists live in `data/times_lexicon.json`.

Rules, so that every expression is read the same way:
- spans are the expression without a leading preposition: "Sunday" in "On Sunday",
  "12 May" in "on 12 May", "September 2023" in "in September 2023".
- the publication day is the calendar date of `published` in its own zone: pass an aware
  datetime in the article's local zone ("Tuesday 14 May 2024 00:30 BST" -> 14 May, though
  it is 13 May 23:30 UTC); a UTC datetime gives the UTC date.
- a weekday is the most recent one on or before the publication day, or the next one
  when its clause speaks of the future: a future or modal auxiliary on its verb ("will",
  "could", "may"), an expectation verb governing it ("expected to", "is set to", "due
  to"), an infinitive with no finite verb (headline "Fares to rise in March"), or, failing
  the clause, a future word in the sentence ("will", "next", "due", "forecast") or a
  modal in a sentence with no past-tense verb. A year-less date ("Oct. 7",
  "12 May", "in September") is the most recent one too, or the next one in a future
  sentence, or in a sentence with no past-tense verb the next one if within 90 days
  ("voters head to the polls on Nov. 8" in September). Both are `relative` (they need
  the publication date).
- "last May" is the latest May before the publication month ("last May" in May 2024 ->
  2023-05), "next May" the first after it; "the end/start of April" is April.
- "last/this/next week" -> ISO week ("2024-W19"); "last/this/next month" -> "2024-04";
  "earlier/later this year" -> "2024" (year granularity); "N units ago" -> that unit
  back ("seven months ago" -> "2023-10", month granularity).
- vague markers ("recently", "in recent days", "months ago") -> value None, reason
  "vague"; times told from another event ("that day", "two years later") -> reason
  "anaphoric"; durations ("for weeks", "10 years") -> value None, reason "duration";
  times of day without a date -> value None, reason "time of day".
- without a publication time relative expressions get value None, reason
  "no publication time"; absolute dates ("7 October 2023", "2014") still resolve.
- ages ("63-year-old"), adjectives ("30-second") and frequencies ("annually") are skipped,
  and so are numbers with no time word ("between 20 and 30"), "a good day" (an article,
  adjectives and a unit) and deictic words in names ("Radio 4's Today programme").
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from according.nlp import doc_text
from according.records import Region, Span, TimeExpression
from according.times.resolve import (
    AMOUNT_ADJECTIVES,
    DECADE_RE,
    DEICTIC_DAYS,
    EXPECTATION_VERBS,
    EXTRA_RE,
    FINITE_TAGS,
    FREQUENCY_WORDS,
    FUTURE_AUXILIARIES,
    FUTURE_MARKERS,
    LEADING_WORDS,
    MODAL_AUXILIARIES,
    MONTHS,
    NUMERIC_DATE_RE,
    PROGRAMME_NOUNS,
    SKIP_RE,
    SKIPPED_REGIONS,
    TIME_OF_DAY_RE,
    UNITS,
    VAGUE,
    WEEKDAYS,
    YEAR_RE,
    resolve_time,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["find_times", "resolve_time"]


def _keep(doc: Doc, full: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a candidate to the expression; None for ages, adjectives and frequencies."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)
    while tokens and (tokens[0].lower_ in LEADING_WORDS or tokens[0].lower_ == "the"
                      and len(tokens) > 1 and tokens[1].lower_ in MONTHS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct or tokens[-1].lower_ in ("'s", "’s")):
        tokens = tokens[:-1]
    if not tokens:
        return None
    text = full[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    low = text.lower()
    if SKIP_RE.search(low) or any(t.lower_ in FREQUENCY_WORDS for t in tokens):
        return None
    if DECADE_RE.match(low):
        return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if not any(YEAR_RE.match(t.text) or NUMERIC_DATE_RE.match(t.text)
               or t.lower_.rstrip(".") in MONTHS or t.lower_ in WEEKDAYS
               or t.lower_ in UNITS or t.lower_ in VAGUE or t.lower_ in DEICTIC_DAYS
               or t.lower_ in ("ago", "recent", "recently", "lately", "tonight")
               for t in tokens) and not TIME_OF_DAY_RE.search(low):
        return None  # "between 20 and 30": numbers with no time word
    if _is_no_time(doc, tokens):
        return None
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)


def _is_no_time(doc: Doc, tokens: list[Token]) -> bool:
    """ "a good day" (an article, adjectives, a unit), "a quarter of", or a deictic word in
    a name: "Radio 4's Today programme" (capitalised mid-sentence, after a possessive or
    before a noun naming a programme)."""
    first, last = tokens[0], tokens[-1]
    after = doc[last.i + 1].lower_ if last.i + 1 < len(doc) else ""
    if first.lower_ in ("a", "an") and last.lower_ in UNITS and (len(tokens) > 2 or after == "of") \
            and all(t.pos_ == "ADJ" and t.lower_ not in AMOUNT_ADJECTIVES for t in tokens[1:-1]):
        return True  # "a good day", "a quarter of staff"
    if len(tokens) != 1 or first.lower_ not in DEICTIC_DAYS or not first.text.istitle():
        return False
    if first.is_sent_start or first.i == 0:
        return False
    return after in PROGRAMME_NOUNS or doc[first.i - 1].lower_ in ("'s", "’s")


def _tense(sent: SpacySpan) -> str:
    if any(t.lower_ in FUTURE_MARKERS for t in sent):
        return "future"
    if any(t.tag_ in ("VBD", "VBN") for t in sent):
        return "past"
    modal = any(t.lower_ in MODAL_AUXILIARIES and t.tag_ == "MD" for t in sent)  # not "May"
    return "future" if modal else "present"


def _clause_tense(tok: Token) -> str | None:
    """The tense of the clause holding `tok`, read from its verb, or None when unclear."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes if c.tag_ in ("MD", "TO")}
    if words & FUTURE_AUXILIARIES:
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if verb.tag_ == "VB" and words & MODAL_AUXILIARIES:
        return "future"
    if verb.tag_ == "VB" and "to" in words:
        gov = verb.head
        gov_auxes = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
        if verb.dep_ in ("acl", "ROOT") and not any(t.tag_ in FINITE_TAGS for t in verb.sent):
            return "future"  # a headline's "Fares to rise in March": no finite verb
        if (verb.dep_ == "xcomp" and gov.lemma_.lower() in EXPECTATION_VERBS
                and gov.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in gov_auxes)):
            return "future"
    return None


def _sentence_tenses(doc: Doc) -> list[tuple[int, int, str]]:
    """Each sentence's character bounds and tense."""
    return [(s.start_char, s.end_char, _tense(s)) for s in doc.sents]


def _candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    for m in EXTRA_RE.finditer(text):
        if not any(a < m.end() and m.start() < b for a, b in spans):
            spans.append((m.start(), m.end()))
    return sorted(spans)


def find_times(
    doc: Doc, published: datetime | None, regions: Sequence[Region] = ()
) -> tuple[TimeExpression, ...]:
    """Every time expression in `doc`, in text order, resolved against `published` (aware;
    its own zone's calendar day is the publication day, see the module doc).

    Expressions inside byline, date, dateline, credit and boilerplate regions are skipped.
    """
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    full = doc_text(doc)
    sentences = _sentence_tenses(doc)
    out: list[TimeExpression] = []
    last_end = -1
    for start, end in _candidates(doc, full):
        if any(a <= start < b for a, b in skipped):
            continue
        kept = _keep(doc, full, start, end)
        if kept is None or kept[0] < last_end:
            continue
        start, end = kept
        prev = full[max(0, start - 4) : start].strip().lower()
        root = doc.char_span(start, end, alignment_mode="expand")
        tense = (_clause_tense(root.root) if root is not None else None) or next(
            (t for a, b, t in sentences if a <= start < b), "past"
        )
        value, gran, relative, reason = resolve_time(full[start:end], published, tense)
        if prev == "for" and value is None and reason in ("unresolved", "vague"):
            reason, relative = "duration", False
        span = Span.of(full, start, end)
        out.append(TimeExpression(span, value, gran, relative, reason))  # type: ignore[arg-type]
        last_end = end
    return tuple(out)
