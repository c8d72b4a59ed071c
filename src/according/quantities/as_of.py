"""The as-of time of each figure: the day (week, month) a figure is about.

`figures_as_of(doc, quantities, times, attributions, published)` returns the quantities
with `as_of` and `as_of_from` set (optional fields of the contract):

1. a time expression in the figure's own clause ("As of Sunday, 35,000 had died";
   "5 people died on Tuesday") -> that time, `as_of_from` "text";
   a subjectless "-ing" clause takes the time of the verb it hangs on ("Shells hit the
   market on Monday, killing 27 people": Monday's);
2. else the time its attribution's sentence gives for the attribution: a time expression
   in the clause of the cue ("On Tuesday, officials said 5 had died", "told reporters on
   Tuesday") -> that time, "text". A time in another clause of that sentence says when
   something else happened ("5 were killed when the quake struck on Monday") and does
   not count;
   A figure in a relative clause on a time ("since 2023, when 150 died") is about that
   time; an "as of" time anywhere in the figure's sentence ("with all sheets counted as
   of Wednesday he had 50.2%") is the moment its count stands at;
3. else the publication day (the article's own calendar day) -> "published";
4. with no publication time either, nothing (`as_of` stays None).

A time counts only when it modifies the clause's verb (through prepositions), not a noun
("killed in Monday's earthquake" tells when the quake was), when it resolved to a value
(a day, week, month, year or date-time: a date-time gives its day) and when it is a date,
not a duration or a set; times that bound a
span rather than name a moment ("since October", "until Friday", "between May and
June") do not count. A clause is the stretch of the parse governed by one verb: a token
belongs to the clause of its nearest ancestor verb that heads a clause.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING

from according.records import Attribution, Quantity, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# a time after one of these words bounds a span of time: it is not the figure's moment
SPAN_BOUNDS = frozenset({"since", "from", "until", "till", "til", "before", "after",
                         "between", "through", "throughout", "to", "over", "during"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj",
                         "parataxis", "csubj", "pcomp"})
NOT_A_MOMENT = frozenset({"duration", "set"})
AS_OF_GRANULARITIES = frozenset({"day", "week", "month", "year", "datetime"})
# a figure an earlier one is compared with: "27 have died, up from 18 yesterday", "compared
# with 12 last year"); a time right after it says when that earlier figure stood; a bare
# "from" is no comparison ("200 people from 3 villages on Monday")
COMPARED_OPENER = re.compile(
    r"\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|climbed|jumped|dropped|"
    r"increased|decreased|grew|grown)\s+from|compared\s+(?:with|to)|versus|vs\.?)\s+$",
    re.IGNORECASE)
# between the earlier figure and its time: a few words, no punctuation ("18 deaths on")
COMPARED_GAP = re.compile(r"^(?:\s+[^\s,;:.!?()]+){0,3}\s+$")


def figures_as_of(
    doc: Doc, quantities: Sequence[Quantity], times: Sequence[TimeExpression],
    attributions: Sequence[Attribution], published: datetime | None,
) -> tuple[Quantity, ...]:
    """The quantities with their as-of time and its origin (module doc)."""
    moments = [t for t in times if _is_moment(doc, t)]
    cue_of = {a.id: a.cue for a in attributions if a.cue is not None}
    day = published.date().isoformat() if published is not None else None
    out = []
    dated = [t for t in times if t.value is not None and t.granularity in AS_OF_GRANULARITIES]
    compared = _compared_times(doc.text, quantities, dated)
    moments = [t for t in moments if t not in compared.values()]
    dated = [t for t in dated if t not in compared.values()]
    for q in quantities:
        found = compared.get(q.span.start)
        if found is None:
            found = _in_clause(doc, q.span.start, q.span.end, moments)
        if found is None:
            found = _of_participle_head(doc, q.span.start, q.span.end, moments)
        if found is None:
            found = _time_of_relative(doc, q.span.start, q.span.end, dated)
        if found is None:
            found = _as_of_in_sentence(doc, q.span.start, q.span.end, moments)
        cue = cue_of.get(q.attribution) if q.attribution else None
        if found is None and cue is not None:
            found = _in_cue_sentence(doc, cue.start, cue.end, moments)
        if found is not None:
            out.append(replace(q, as_of=_as_of_value(found.value), as_of_from="text"))
        elif day is not None:
            out.append(replace(q, as_of=day, as_of_from="published"))
        else:
            out.append(q)
    return tuple(out)


def _compared_times(text: str, quantities: Sequence[Quantity],
                    dated: Sequence[TimeExpression]) -> dict[int, TimeExpression]:
    """Each figure an earlier one is compared with ("up from 18 yesterday"), by its start,
    with the time right after it: that time is the earlier figure's, never the main one's
    ("27 have died, up from 18 yesterday": the 27 is today's)."""
    found: dict[int, TimeExpression] = {}
    for q in quantities:
        before = text[max(0, q.span.start - 20):q.span.start]
        if not COMPARED_OPENER.search(before):
            continue
        after = [t for t in dated if q.span.end < t.span.start <= q.span.end + 40
                 and COMPARED_GAP.match(text[q.span.end:t.span.start])]
        if after:
            found[q.span.start] = min(after, key=lambda t: t.span.start)
    return found


def _as_of_value(value: str | None) -> str | None:
    if value and len(value) > 10 and value[4] == "-" and value[10] in "T ":
        return value[:10]  # a date-time: its day
    return value


def _is_moment(doc: Doc, t: TimeExpression) -> bool:
    if t.value is None or t.granularity not in AS_OF_GRANULARITIES:
        return False
    if getattr(t, "type", None) in NOT_A_MOMENT:
        return False
    before = doc.char_span(t.span.start, t.span.end, alignment_mode="expand")
    if before is None:
        return False
    first = before[0]
    prev = doc[first.i - 1] if first.i > 0 else None
    return prev is None or prev.lower_ not in SPAN_BOUNDS


def _tokens(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def clause_head(token: Token) -> Token:
    """The verb heading the clause that holds `token` (the sentence root at most)."""
    current = token
    for _ in range(len(token.doc)):  # a parse is a tree: at most this many steps up
        at_root = current.head.i == current.i  # spaCy makes a new Token on each access
        if at_root or (current.pos_ in ("VERB", "AUX") and current.dep_ in CLAUSE_DEPS):
            return current
        current = current.head
    return current


def _on_the_verb(token: Token, head: Token) -> bool:
    """Whether a time modifies its clause's verb ("died on Tuesday", "as of Sunday"), not a
    noun of the clause ("killed in Monday's earthquake": when the quake was)."""
    current = token
    for _ in range(40):
        if current.i == head.i:
            return True
        if current.i != token.i and current.pos_ in ("NOUN", "PROPN", "PRON"):
            return False
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _in_clause(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
               ) -> TimeExpression | None:
    root = _tokens(doc, start, end)
    if root is None:
        return None
    head = clause_head(root)
    sentence = root.sent
    near = []
    for t in moments:
        if not sentence.start_char <= t.span.start < sentence.end_char:
            continue
        troot = _tokens(doc, t.span.start, t.span.end)
        if troot is not None and clause_head(troot).i == head.i and _on_the_verb(troot, head):
            near.append((abs(t.span.start - start), t.span.start, t))
    return min(near, key=lambda x: x[:2])[2] if near else None


# a participle clause of these heads tells what its verb's event did ("slammed into the
# market on Monday, killing at least 27 people and wounding 40 others")
PARTICIPLE_DEPS = frozenset({"advcl", "conj"})


def _of_participle_head(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                        ) -> TimeExpression | None:
    """The time of the verb a subjectless "-ing" clause hangs on: "Shells hit the market on
    Monday morning, killing at least 27 people and wounding 40 others" - the 27 and the
    40 are Monday's (the clause is what the shelling did, when it did it)."""
    root = _tokens(doc, start, end)
    if root is None:
        return None
    head = clause_head(root)
    for _ in range(4):  # "killing ... and wounding ...": up a conj, then the advcl
        if head.tag_ != "VBG" or head.dep_ not in PARTICIPLE_DEPS or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in head.children):
            return None
        head = clause_head(head.head)
        for t in moments:
            troot = _tokens(doc, t.span.start, t.span.end)
            if troot is not None and root.sent.start_char <= t.span.start < \
                    root.sent.end_char and clause_head(troot).i == head.i and \
                    _on_the_verb(troot, head):
                return t
    return None


def _time_of_relative(doc: Doc, start: int, end: int, dated: Sequence[TimeExpression]
                      ) -> TimeExpression | None:
    """The time a relative clause hangs on: "the worst since 2023, when more than 150
    people died" is about 2023 (even a time after "since": the clause says what happened
    then), not the day the article was published or the cue's."""
    root = _tokens(doc, start, end)
    if root is None:
        return None
    head = clause_head(root)
    if head.dep_ != "relcl":
        return None
    for t in dated:
        if t.span.start <= head.head.idx < t.span.end:
            return t
    return None


def _as_of_in_sentence(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                       ) -> TimeExpression | None:
    """An "as of" time of the figure's sentence, in another clause: "with all tally sheets
    counted as of Wednesday he had 50.2%" (the count the figure comes from); "as of"
    says which moment a count stands at, wherever the parse hangs it."""
    root = _tokens(doc, start, end)
    if root is None:
        return None
    sentence = root.sent
    for t in moments:
        if sentence.start_char <= t.span.start < sentence.end_char and \
                doc.text[max(sentence.start_char, t.span.start - 6):t.span.start].lower() \
                .rstrip().endswith("as of"):
            return t
    return None


def _in_cue_sentence(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                     ) -> TimeExpression | None:
    """The time the attribution's cue clause gives ("said on Tuesday"); a time of another
    clause of that sentence tells when something else happened ("killed when the quake
    struck on Monday"), not when the figure was given."""
    return _in_clause(doc, start, end, moments)
