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
   else a "the same day" of another clause of its sentence ("X put it at 41.2%, while Y
   put it at 38.9% on the same day": both figures are of that day) -> that day, "text";
   else, where the figure's sentence goes on with the report of the sentence before it (in
   the next sentence, with no time of its own, and said by that report's source again:
   "He said", "It added", the same entity or words, also in a new paragraph; or, in the
   same paragraph, by no one: "INEC said on Tuesday that ... . Olatunji polled 49.1%") ->
   the time of that sentence's cue clause, "text";
3. else, in a live blog, the day of the entry heading or stamp it sits under ("Wednesday
   15 May", "Updated 09:12 BST Thursday", "Wednesday's developments": times.headings) ->
   that day, "text", with the heading's line and its day or date-time in `as_of_heading`;
   in a text that is no live blog, the day of a data-day line above it ("As of 25 November
   2026" under a situation report's title, "KEY FIGURES (as of 25 November 2026)":
   times.data_days) -> that day, "text", the line in `as_of_heading`;
4. else the publication day (the article's own calendar day) -> "published";
5. with no publication time either, nothing (`as_of` stays None).

A figure a later one replaced ("31, up from 27", "raised its toll to 31, from 27 on
Monday", "revised the count from 40 to 22", "raising its toll from 27") is a previous
value (`previous`): it takes only the time right after it ("from 27 on Monday": Monday),
else no day at all (it stood before the report, not on its publication day), and that
time is never the new value's. A change read as one figure ("raised the toll from 27 to 31
on Thursday": value 31, `change_from` 27) is the new value's, dated as any other figure.

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
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from according.quantities.counted import SHARE_UNITS, measured_noun
from according.records import Attribution, Quantity, Region, TimeExpression
from according.times.data_days import data_day_headings
from according.times.headings import entry_headings, heading_at

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# a time after one of these words bounds a span of time: it is not the figure's moment
SPAN_BOUNDS = frozenset({"since", "from", "until", "till", "til", "before", "after",
                         "between", "through", "throughout", "to", "over", "during"})
# a time after one of these is what a figure is compared with, not its moment ("food prices
# were 8.2% higher than a year earlier": the figure is of now, not of a year ago)
COMPARISON_BASES = frozenset({"than"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "advcl", "relcl", "acl", "xcomp", "conj",
                         "parataxis", "csubj", "pcomp"})
NOT_A_MOMENT = frozenset({"duration", "set"})
AS_OF_GRANULARITIES = frozenset({"day", "week", "month", "year", "datetime"})
# a figure an earlier one is compared with: "27 have died, up from 18 yesterday", "compared
# with 12 last year"); a time right after it says when that earlier figure stood; a bare
# "from" is no comparison ("200 people from 3 villages on Monday")
COMPARED_OPENER = re.compile(
    r"(?:\b(?:(?:up|down|rose|risen|rising|fell|fallen|falling|climbed|jumped|dropped|"
    r"increased|decreased|grew|grown)\s+from|compared\s+(?:with|to)|versus|vs\.?)"
    r"|,\s+(?:after|following)(?:\s+(?:a|an)\s+(?:revised\s+)?)?)\s+$",
    re.IGNORECASE)
# ... and, after a comma, "after"/"following" ("was 5.9% in October, after 6.1% in
# September": the 6.1 is September's, not October's; stranger trial 9)
# between the earlier figure and its time: a few words, no punctuation, no other figure
# ("18 deaths on"; not "from 27 to 31 on Thursday": Thursday is the 31's)
COMPARED_GAP = re.compile(r"^(?:\s+[^\s,;:.!?()\d]+){0,3}\s+$")
# A figure a later one replaced (a previous value): "from" right before it, with the words
# that give the earlier figure a name ("from a previous figure of 27", "from an earlier 40")
PREVIOUS_FROM = re.compile(
    r"\bfrom\s+(?:(?:a|an|the|its|their|his|her)\s+)?"
    r"(?:(?:previous|previously|earlier|initial|original|prior|last|reported)\s+)?"
    r"(?:(?:figure|estimate|toll|count|total|tally|number|reading|level)\s+of\s+)?$",
    re.IGNORECASE)
# "up from 27", "down from 40", "revised down from 40": the words themselves say it
PREVIOUS_UP_DOWN = re.compile(r"\b(?:up|down)\s+$", re.IGNORECASE)
# words of a changing figure, before "from": "rose to 31 from 27", "revised the count
# from 40 to 22", "raising its toll from 27"
CHANGE_WORDS = re.compile(
    r"\b(?:rais\w*|rose|risen|rises?|rising|revis\w*|lower\w*|increas\w*|decreas\w*|"
    r"reduc\w*|climb\w*|jump\w*|fell|fall(?:s|en|ing)?|dropp?\w*|grew|grow\w*|swell\w*|"
    r"swollen|soar\w*|surg\w*|dipp?\w*|slid\w*|slipp?\w*|edg\w*|tick\w*|adjust\w*|"
    r"correct\w*|upgrad\w*|downgrad\w*|updat\w*|doubl\w*|tripl\w*|halv\w*|went|gone|"
    r"going|cut|cuts|cutting|bump\w*|up|down)\b", re.IGNORECASE)
# a total named after a change verb with no figure of its own: "raising its toll from 27"
# (not "raised $5 million from 300 donors": what was raised is no total)
CHANGED_TOTAL = re.compile(
    r"\b(?:rais|revis|lower|increas|decreas|reduc|adjust|correct|upgrad|downgrad|updat|"
    r"bump)\w*(?:\s+(?:down|up)(?:ward)?)?(?:\s+(?:(?:a|an|the|its|their|his|her|this|that)"
    r"\s+)?(?:[\w-]+\s+){0,3}?(?:toll|tolls|figure|figures|count|estimate|estimates|tally|"
    r"total|number)(?:\s+of(?:\s+[\w-]+){1,3})?|\s+it)?(?:\s+(?:down|up)(?:ward)?)?\s+$",
    re.IGNORECASE)
# "from 40 to 22", "from 27 to about 31", "from 2,000 in 2024 to 5,000": the figure it
# became (a time of the earlier figure between)
TO_GAP = re.compile(r"^\s+(?:(?:in|by|on|at|during)\s+(?:[A-Za-z]+\s+){0,3}?(?:\d{4}\s+)?)?"
                    r"to\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# "to 31, from 27": the new figure, then the earlier one
TO_BEFORE = re.compile(r"\bto\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
# a change to come: the "from" figure is the value now ("will rise to 45.4 sen per
# kilowatt-hour, from 39.95 sen"), read as any other figure
FUTURE_HEAD = re.compile(
    r"\b(?:will|shall|set\s+to|expected\s+to|due\s+to|plans?\s+to|planned\s+to|"
    r"going\s+to|is\s+to|are\s+to|would)\b|['’]ll\b", re.IGNORECASE)
NEW_THEN_OLD_GAP = re.compile(r"^[^.;:!?()\d]{0,40}?,?\s*$")
# A figure given before the report, in words saying so, with no "from": "The ministry had
# earlier put the toll at 12", "had previously reported 210 cases", "initially said 40
# people had died", "an earlier toll of 12", "a previously reported 210", "the initial
# estimate of 40". The verb group: an adverb of an earlier time on a verb of giving a
# figure, then words with no sentence stop, comma or figure up to the figure.
_GIVING = (r"(?:put|puts|given|gave|give|reported|report|said|say|estimated|estimate|"
           r"announced|stated|placed|counted|recorded|confirmed|cited|released|quoted|"
           r"published|registered|listed|told|declared|calculated|projected|forecast|"
           r"forecasted)")
EARLIER_GIVEN = re.compile(
    r"(?P<aux>\b(?:had|has|have)\s+(?:been\s+)?)?(?P<det>\b(?:a|an|the|its|their|his|her|"
    r"this|that|these|those)\s+)?\b(?:earlier|previously|initially|originally|first|"
    r"at\s+first)\s+(?:been\s+)?" + _GIVING + r"\b(?P<gap>[^.;:!?\d,]*)$", re.IGNORECASE)
# "had put the toll at 12 earlier", "had said earlier that 12 ...": the adverb after the verb
EARLIER_GIVEN_AFTER = re.compile(
    r"(?P<aux>\b(?:had|has|have)\s+)" + _GIVING + r"\s+(?:[^.;:!?\d,]*?\s)?(?:earlier|"
    r"previously|initially|originally)\b(?P<gap>[^.;:!?\d,]*)$", re.IGNORECASE)
# words in the gap that make the figure a new one: "had earlier said the toll would rise,
# but now 15", "the number previously reported now stands at 15"
EARLIER_GAP_BREAK = re.compile(r"\b(?:but|now|while|whereas|since|currently|today|latest|"
                               r"new|revised|updated)\b", re.IGNORECASE)
# without "had": a verb of its own in the gap says the adverb was on a participle
# ("previously reported cases rose to 400", "first reported in Wuhan has infected 80,000")
OWN_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|stands?|stood|reached|"
                      r"totals?|totalled|totaled|hit)\b", re.IGNORECASE)
# the noun form: "an earlier toll of 12", "a previously reported 210", "the initial 40"
EARLIER_NOUN = re.compile(
    r"\b(?:a|an|the|its|their|his|her)\s+(?:earlier|previous|previously\s+(?:reported|"
    r"announced|given|stated|published|released)|earlier\s+(?:reported|announced|given)|"
    r"initial|original|prior|initially\s+(?:reported|announced))\s+"
    r"(?:(?:official\s+|death\s+|casualty\s+)?(?:figure|estimate|toll|count|total|tally|"
    r"number|reading|level|report|forecast|projection)s?\s+(?:of|at|was|stood\s+at)\s+"
    r"(?:about\s+|around\s+|some\s+|at\s+least\s+|nearly\s+|more\s+than\s+)?)?$",
    re.IGNORECASE)
# "the previous 12 months", "the first 100 days": a stretch of time, not an earlier value
TIME_AFTER = re.compile(r"^\s*(?:[\w-]+\s+)?(?:seconds?|minutes?|hours?|days?|nights?|"
                        r"weeks?|weekends?|months?|quarters?|years?|decades?|centur(?:y|ies)|"
                        r"seasons?|sessions?|rounds?|games?|matches|terms?)\b", re.IGNORECASE)
SENTENCE_STOP = re.compile(r"[.;!?]\s")
# A figure a correction in the sentence takes back (retracted): "11 schools were destroyed,
# not 14 as first reported", "the toll is 11, not 14", "not 14 but 11", "rather than the 14
# first reported". "not" right before it, after a comma, dash, "and" or "but" (another
# figure of its sentence before it) or with "but" and another figure after it; "rather
# than"/"instead of" only with words saying it was reported before.
RETRACTED_NOT = re.compile(r"(?:[,;(]|\s[—–-]|\band|\bbut)\s*not\s+(?:the\s+)?$",
                           re.IGNORECASE)
RETRACTED_NOT_BUT = re.compile(r"\bnot\s+(?:the\s+)?$", re.IGNORECASE)
NOT_BUT_GAP = re.compile(r"^[^.;!?\d]{0,40}?,?\s+but\s+(?:rather\s+|only\s+|just\s+)?"
                         r"(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
RETRACTED_INSTEAD = re.compile(r"\b(?:rather\s+than|instead\s+of)\s+(?:the\s+|a\s+)?$",
                               re.IGNORECASE)
# "... as first reported", "that was reported earlier", "given initially": words after a
# retracted figure saying it was an earlier report
REPORTED_BEFORE_AFTER = re.compile(
    r"^(?:\s+[a-z-]+){0,3}?\s+(?:(?:as|that\s+(?:was|were|had\s+been)|which\s+"
    r"(?:was|were|had\s+been))\s+)?(?:first|initially|originally|previously|earlier|"
    r"wrongly|mistakenly|erroneously|incorrectly)\s+" + _GIVING + r"\b"
    r"|^(?:\s+[a-z-]+){0,3}?\s+(?:as|that\s+(?:was|were))\s+" + _GIVING
    + r"\s+(?:earlier|initially|previously|before|at\s+first)\b", re.IGNORECASE)


def figures_as_of(
    doc: Doc, quantities: Sequence[Quantity], times: Sequence[TimeExpression],
    attributions: Sequence[Attribution], published: datetime | None,
    regions: Sequence[Region] = (),
) -> tuple[Quantity, ...]:
    """The quantities with their as-of time and its origin (module doc); `regions` (the
    layout's) tell a live blog's entry headings from its story lines."""
    # issue 9: else a report's data-day line ("As of 25 November 2026") dates what is under it
    headings = entry_headings(doc.text, regions, published) or data_day_headings(
        doc.text, published)
    moments = [t for t in times if _is_moment(doc, t)]
    cue_of = {a.id: a.cue for a in attributions if a.cue is not None}
    by_id = {a.id: a for a in attributions}
    day = published.date().isoformat() if published is not None else None
    out = []
    dated = [t for t in times if t.value is not None and t.granularity in AS_OF_GRANULARITIES]
    retracted = retracted_values(doc.text, quantities)
    previous = previous_values(doc.text, quantities) | retracted
    compared = _compared_times(doc.text, quantities, dated,
                               previous - _joined_previous(doc.text, quantities, previous))
    moments = [t for t in moments if t not in compared.values()]
    dated = [t for t in dated if t not in compared.values()]
    joined = _joined_previous(doc.text, quantities, previous)
    for q in quantities:
        found = compared.get(q.span.start)
        if q.span.start in joined:
            # "lowered its rate to 9.00% from 9.50% on Thursday": the time is the change's
            out.append(replace(q, as_of=None, as_of_from=None, previous=True))
            continue
        if q.span.start in retracted:
            # taken back by the sentence's correction: it never stood, so it has no day
            out.append(replace(q, as_of=None, as_of_from=None, previous=True))
            continue
        if q.span.start in previous:
            # a value a later one replaced stood before the report: the day named for it,
            # else none known (never the publication day, nor the new value's time)
            found = found or _after_in_clause(doc, q, moments, quantities)
            out.append(replace(q, as_of=_as_of_value(found.value) if found else None,
                               as_of_from="text" if found else None, previous=True))
            continue
        if found is None:
            found = _in_clause(doc, q.span.start, q.span.end, moments)
        if found is None and q.unit in SHARE_UNITS:
            found = _of_measured(doc, q.span.start, q.span.end, moments)
        if found is None:
            found = _of_participle_head(doc, q.span.start, q.span.end, moments)
        if found is None:
            found = _time_of_relative(doc, q.span.start, q.span.end, dated)
        if found is None:
            found = _as_of_in_sentence(doc, q.span.start, q.span.end, moments)
        cue = cue_of.get(q.attribution) if q.attribution else None
        if found is None and cue is not None:
            found = _in_cue_sentence(doc, cue.start, cue.end, moments)
        if found is None:
            found = _same_day_in_sentence(doc, q.span.start, q.span.end, moments)
        if found is None:
            found = _of_report_before(doc, q, by_id.get(q.attribution or ""), attributions,
                                      moments, times)
        if found is None and not headings:
            found = _of_lead(doc, q, regions, times, moments)
        heading = heading_at(headings, q.span.start) if found is None else None
        if found is not None:
            out.append(replace(q, as_of=_earlier_than_named(doc.text, found, dated)
                               or _as_of_time(found, day), as_of_from="text"))
        elif heading is not None:
            out.append(replace(q, as_of=heading.day, as_of_from="text",
                               as_of_heading=heading.as_of_heading()))
        elif day is not None:
            out.append(replace(q, as_of=day, as_of_from="published"))
        else:
            out.append(q)
    return tuple(out)


# the new value right before a previous one, with no comma between: "to 9.00% from "
_TO_FIGURE_FROM = re.compile(r"^\s+from\s+$", re.IGNORECASE)


def _joined_previous(text: str, quantities: Sequence[Quantity], previous: frozenset[int]
                     ) -> frozenset[int]:
    """The starts of the previous values written right after the value they became, with
    no comma ("lowered its policy rate to 9.00% from 9.50% on Thursday"): a time after
    them is the change's, so they take none (stranger trial 9; "raised its toll to 31,
    from 27 on Monday", with its comma, keeps Monday for the 27)."""
    return frozenset(
        q.span.start for q in quantities if q.span.start in previous and any(
            o.span.end < q.span.start and TO_BEFORE.search(text[max(0, o.span.start - 12):
                                                                o.span.start])
            and _TO_FIGURE_FROM.match(text[o.span.end:q.span.start]) for o in quantities))


def previous_values(text: str, quantities: Sequence[Quantity]) -> frozenset[int]:
    """The starts of the figures a later one replaced: "up from 27", "down from 40",
    "raised its toll to 31, from 27", "revised the count from 40 to 22", "raising its
    toll from 27". A bare "from" is no earlier value ("200 people from 3 villages")."""
    starts = sorted(q.span.start for q in quantities)
    ends = {q.span.start: q.span.end for q in quantities}
    found = set()
    for q in quantities:
        if q.change_from is not None:  # "raised the toll from 27 to 31": 31, the new value
            continue
        before = text[max(0, q.span.start - 120):q.span.start]
        stops = list(SENTENCE_STOP.finditer(before))
        before = before[stops[-1].end():] if stops else before
        if _given_earlier(before, text[q.span.end:q.span.end + 30]):
            found.add(q.span.start)
            continue
        opener = PREVIOUS_FROM.search(before)
        if opener is None:
            continue
        head = before[:opener.start()]
        from_at = q.span.start - len(before) + opener.start()
        # "from 40 to 22": the figure it became follows; "to 31, from 27": it came first
        to_next = any(TO_GAP.match(text[q.span.end:s]) for s in starts
                      if q.span.end <= s <= q.span.end + 40)
        new_before = any(TO_BEFORE.search(text[max(0, s - 12):s])
                         and NEW_THEN_OLD_GAP.match(text[ends[s]:from_at])
                         for s in starts if from_at - 60 < ends[s] <= from_at)
        changes = list(CHANGE_WORDS.finditer(head))
        # a future word of the change's own verb group, not of an earlier clause ("will see
        # their payments fall from next month after the bank lowered its rate to 9.00% from
        # 9.50%": the 9.50 is the rate before the cut)
        if FUTURE_HEAD.search(head[max(0, changes[-1].start() - 25):] if changes else head):
            continue
        if (PREVIOUS_UP_DOWN.search(head) or CHANGED_TOTAL.search(head)
                or (CHANGE_WORDS.search(head) and (to_next or new_before))):
            found.add(q.span.start)
    return frozenset(found)


def retracted_values(text: str, quantities: Sequence[Quantity]) -> frozenset[int]:
    """The starts of the figures a correction in their own sentence takes back: "11
    schools were destroyed, not 14 as first reported", "the toll is 11, not 14", "the
    toll was not 14 but 11", "11 died, rather than the 14 first reported" (RETRACTED_*).
    Such a figure is marked `previous` with no day: never the source's figure now, and
    compared with none (the ledger compares a previous value with no day with none)."""
    found = set()
    spans = sorted((q.span.start, q.span.end) for q in quantities)
    for q in quantities:
        line = text[max(0, q.span.start - 80):q.span.start]
        stops = list(SENTENCE_STOP.finditer(line))
        sentence_at = q.span.start - len(line) + (stops[-1].end() if stops else 0)
        before = text[sentence_at:q.span.start]
        earlier = any(sentence_at <= s and e <= q.span.start for s, e in spans)
        later = any(NOT_BUT_GAP.match(text[q.span.end:s]) for s, _ in spans
                    if q.span.end < s <= q.span.end + 60)
        after = text[q.span.end:q.span.end + 60]
        if (RETRACTED_NOT.search(before) and (earlier or later)) or (
                RETRACTED_NOT_BUT.search(before) and later) or (
                RETRACTED_INSTEAD.search(before)
                and (earlier or REPORTED_BEFORE_AFTER.match(after))):
            found.add(q.span.start)
    return frozenset(found)


def _given_earlier(before: str, after: str) -> bool:
    """Whether the words before a figure (its sentence up to it) say it was given before
    the report: "had earlier put the toll at", "had previously reported", "an earlier toll
    of", "a previously reported" (EARLIER_GIVEN, EARLIER_NOUN); not "the previous 12
    months" (a stretch of time) nor a figure after "but now" ("had earlier said it would
    rise, but now 15 ...")."""
    if TIME_AFTER.match(after):
        return False
    if EARLIER_NOUN.search(before):
        return True
    given = EARLIER_GIVEN.search(before) or EARLIER_GIVEN_AFTER.search(before)
    if given is None or given.groupdict().get("det") or \
            EARLIER_GAP_BREAK.search(given.group("gap")):
        return False
    return bool(given.group("aux")) or not (OWN_VERB.search(given.group("gap"))
                                            or CHANGE_WORDS.search(given.group("gap")))


def _compared_times(text: str, quantities: Sequence[Quantity],
                    dated: Sequence[TimeExpression], previous: frozenset[int] = frozenset()
                    ) -> dict[int, TimeExpression]:
    """Each figure an earlier one is compared with ("up from 18 yesterday"), or that a
    later one replaced (`previous`), by its start, with the time right after it: that time
    is the earlier figure's, never the main one's ("27 have died, up from 18 yesterday":
    the 27 is today's)."""
    found: dict[int, TimeExpression] = {}
    for q in quantities:
        before = text[max(0, q.span.start - 20):q.span.start]
        if q.change_from is not None or (
                q.span.start not in previous and not COMPARED_OPENER.search(before)):
            continue
        after = [t for t in dated if q.span.end < t.span.start <= q.span.end + 40
                 and COMPARED_GAP.match(text[q.span.end:t.span.start])]
        if after:
            found[q.span.start] = min(after, key=lambda t: t.span.start)
    return found


def _after_in_clause(doc: Doc, q: Quantity, moments: Sequence[TimeExpression],
                     quantities: Sequence[Quantity]) -> TimeExpression | None:
    """The first time of a previous value's own clause after it, with no other figure
    between: "down from 7.42 million treatments and 6.25 million patients at the end of
    March" (not "from 27 to 31 on Thursday": Thursday is the 31's)."""
    later = [t for t in moments if t.span.start >= q.span.end and not any(
        q.span.end <= o.span.start < t.span.start and o.span.start != q.span.start
        and not _joined(doc.text[q.span.end:o.span.start]) for o in quantities)]
    return _in_clause(doc, q.span.start, q.span.end, later)


def _joined(gap: str) -> bool:
    """Whether a figure after a previous value is given with it ("7.42 million treatments
    and 6.25 million patients"), not the value it became ("from 27 to 31")."""
    return bool(re.fullmatch(r"[^\d]*\b(?:and|or)\s+", gap)) and " to " not in gap


# a night that runs into the next day: a figure it dates stands at the night's end
THROUGH_THE_NIGHT = re.compile(r"\b(?:overnight|through\s+the\s+night|during\s+the\s+night)$",
                               re.IGNORECASE)


def _as_of_time(t: TimeExpression, published_day: str | None) -> str | None:
    """The as-of of a figure a time dates: its day (`_as_of_value`), but the morning after
    for a night gone by that runs into the next day ("the toll had risen to 43 overnight"
    in a Thursday report: the night to Thursday, which the time reads as Wednesday's, so
    the toll stood at 43 on Thursday; stranger trial 7 dated it a day early)."""
    value = _as_of_value(t.value)
    if value and THROUGH_THE_NIGHT.search(t.span.text) and published_day and \
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) and value < published_day:
        return (date.fromisoformat(value) + timedelta(days=1)).isoformat()
    return value


# "a month earlier", "only a year before", "two months earlier": a time counted back from
# the time the text named last, not from the publication day
EARLIER_THAN_NAMED = re.compile(
    r"^(?:only\s+|just\s+)?(?P<n>a|an|one|two|three|\d+)\s+(?P<unit>month|year|day)s?\s+"
    r"(?:earlier|before)$", re.IGNORECASE)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3}
EARLIER_REACH = 300


def _earlier_than_named(text: str, t: TimeExpression, dated: Sequence[TimeExpression]
                        ) -> str | None:
    """The as-of of a time counted back from the one named before it ("inflation fell to
    6.8% in October. But it was 7.4% only a month earlier": September, not the month
    before publication): the last time of that granularity in the EARLIER_REACH characters
    before it, less the count. None when the time is no such phrase or names no anchor."""
    m = EARLIER_THAN_NAMED.match(t.span.text.strip())
    if m is None:
        return None
    unit = m.group("unit").lower()
    n = _COUNT_WORDS.get(m.group("n").lower()) or int(m.group("n"))
    anchors = [a for a in dated if t.span.start - EARLIER_REACH <= a.span.end <= t.span.start
               and a.granularity == unit and a.value and a is not t]
    if not anchors:
        return None
    value = max(anchors, key=lambda a: a.span.start).value or ""
    if unit == "year" and re.fullmatch(r"\d{4}", value):
        return str(int(value) - n)
    if unit == "month" and re.fullmatch(r"\d{4}-\d{2}", value):
        months = int(value[:4]) * 12 + int(value[5:]) - 1 - n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    if unit == "day" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return (date.fromisoformat(value) - timedelta(days=n)).isoformat()
    return None


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
    return prev is None or (prev.lower_ not in SPAN_BOUNDS and prev.lower_ not in COMPARISON_BASES)


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


# the year or month a percentage's measured noun is about ("growth of 1.9% in 2027")
PERIOD_GRANULARITIES = frozenset({"month", "year"})
PERIOD_PREPOSITIONS = frozenset({"in", "for", "during"})


def _of_measured(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                 ) -> TimeExpression | None:
    """A year or month that hangs on a percentage or on the noun it is a level of
    (counted.measured_noun): "growth of 1.9% in 2027", "growth in 2025 was 2.1%",
    "inflation for October was 6.8%" are about 2027, 2025, October, though the time
    modifies a noun, not the verb."""
    root = _tokens(doc, start, end)
    if root is None:
        return None
    noun = measured_noun(root, any_noun=True)
    owners = {root.i} | ({noun.i} if noun is not None else set())
    for t in moments:
        troot = _tokens(doc, t.span.start, t.span.end)
        if troot is None or t.granularity not in PERIOD_GRANULARITIES:
            continue
        if (troot.dep_ == "pobj" and troot.head.lower_ in PERIOD_PREPOSITIONS
                and troot.head.head.i in owners) or (
                troot.dep_ in ("npadvmod", "nmod") and troot.head.i in owners):
            return t
    return None


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


# a time saying two things of a sentence were on one day ("INEC put turnout at 41.2%,
# while Yiaga Africa put it at 38.9% on the same day")
SAME_DAY = re.compile(r"^(?:on\s+)?(?:the|that)\s+(?:very\s+)?same\s+(?:day|date|morning|"
                      r"afternoon|evening|night)$", re.IGNORECASE)


def _same_day_in_sentence(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                          ) -> TimeExpression | None:
    """A "the same day" of another clause of the figure's sentence: it says the sentence's
    figures were given on one day, so one with no time of its own takes it ("INEC put
    turnout at 41.2%, ..., while Yiaga Africa put it at 38.9% on the same day": both are
    of the day "the same day" resolves to)."""
    root = _tokens(doc, start, end)
    if root is None:
        return None
    sentence = root.sent
    return next((t for t in moments if sentence.start_char <= t.span.start < sentence.end_char
                 and SAME_DAY.match(t.span.text)), None)


def _in_cue_sentence(doc: Doc, start: int, end: int, moments: Sequence[TimeExpression]
                     ) -> TimeExpression | None:
    """The time the attribution's cue clause gives ("said on Tuesday"); a time of another
    clause of that sentence tells when something else happened ("killed when the quake
    struck on Monday"), not when the figure was given."""
    return _in_clause(doc, start, end, moments)


# a source that is the one before it again ("He said", "It added", "They added")
CONTINUING_SOURCES = frozenset({"he", "she", "it", "they", "we"})


def _of_report_before(doc: Doc, q: Quantity, attribution: Attribution | None,
                      attributions: Sequence[Attribution], moments: Sequence[TimeExpression],
                      times: Sequence[TimeExpression]) -> TimeExpression | None:
    """The day the sentence before gives its report ("INEC said on Tuesday that ...",
    "on Monday declared X the winner") for a figure whose sentence goes on with that
    report and has no time of its own: the same source says it ("He said", "It added", the
    same entity, also in the next paragraph: one sentence a paragraph is the wire's style)
    or, in the same paragraph, no one does ("Olatunji polled 49.1%" after "INEC said on
    Tuesday ..."). Never for a sentence another source speaks, nor for a new paragraph of
    no source."""
    root = _tokens(doc, q.span.start, q.span.end)
    if root is None:
        return None
    sentence = root.sent
    if sentence.start == 0:
        return None
    before = doc[sentence.start - 1].sent
    if "\n" in doc.text[before.start_char:sentence.start_char] and attribution is None:
        return None  # a new paragraph starts a new report, unless its source goes on
    if any(sentence.start_char <= t.span.start < sentence.end_char for t in times):
        return None  # a time of its own sentence, even one that did not count, is its own
    if attribution is not None and not (
            attribution.cue is not None
            and sentence.start_char <= attribution.cue.start < sentence.end_char):
        return None  # its report is told elsewhere (its cue's time was already looked at)
    for a in reversed(attributions):
        if a.cue is None or not before.start_char <= a.cue.start < before.end_char:
            continue
        if attribution is not None and not _same_source(a, attribution):
            continue
        found = _in_clause(doc, a.cue.start, a.cue.end, moments)
        if found is not None:
            return found
    return None


LEAD_GRANULARITIES = frozenset({"day", "datetime"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# a description that stands for someone unnamed: "An independent observer group", "A senior
# official", "Two aid agencies"
INDEFINITE_OPENERS = frozenset({"a", "an", "one", "two", "three", "several", "some"})


def _of_lead(doc: Doc, q: Quantity, regions: Sequence[Region],
             times: Sequence[TimeExpression], moments: Sequence[TimeExpression]
             ) -> TimeExpression | None:
    """The day of a story's lead for a figure of the paragraph right after it that goes on
    with the lead's subject (`_continues_lead`) and whose sentence names no time: the lead
    says when its news happened ("Adebayo Olatunji was on Monday declared winner …", "An
    independent observer group said on Tuesday that …") and the next paragraph gives that
    news's figures ("The governor … polled 412,308 votes"; "Yiaga Africa, which deployed
    …, estimated that Olatunji received 49.1%"), whoever it quotes: stranger trial 6 dated
    both by the next day's paper. The time is the one on the verb heading the lead's first
    sentence (a day, not a month or year); never past the second paragraph, nor in a live
    blog (its entries have headings of their own)."""
    body = sorted((r.start, r.end) for r in regions if r.kind == "body")
    if len(body) < 2 or not body[1][0] <= q.span.start < body[1][1]:
        return None
    root = _tokens(doc, q.span.start, q.span.end)
    if root is None or root.sent.start_char > body[1][0] + 1 or any(
            root.sent.start_char <= t.span.start < root.sent.end_char for t in times):
        return None
    lead = doc.char_span(body[0][0], body[0][1], alignment_mode="expand")
    if lead is None or not len(lead) or not _continues_lead(lead[0].sent, root.sent):
        return None
    head = lead[0].sent.root
    return _in_clause(doc, head.idx, head.idx + len(head.text),
                      [t for t in moments if t.granularity in LEAD_GRANULARITIES])


def _continues_lead(lead: Span, sentence: Span) -> bool:
    """Whether `sentence`, opening the paragraph after the lead, goes on with the lead's
    subject: it opens with a pronoun ("It said …"), with a description naming no one ("The
    governor, of the PPA, polled …": a second reference to the lead's "Adebayo Olatunji"),
    with the lead subject's own name, or with a name right after a lead whose subject is
    an indefinite description ("An independent observer group said …" then "Yiaga
    Africa, which deployed …": the group named in the second paragraph). Not a sentence
    opening with another name ("The Red Cross said …", "Olatunji polled …" after "INEC
    said …"), nor one opening with a place or a time ("In nearby Westbury, the mayor …")."""
    subject = next((t for t in lead.root.children if t.dep_ in SUBJECT_DEPS), None)
    first = sentence[0]
    if subject is None or first.is_punct:
        return False
    if first.lower_ in CONTINUING_SOURCES and first.dep_ in SUBJECT_DEPS:
        return True
    opening = sentence.doc[first.i:next((t.i for t in sentence if t.is_punct or t.pos_
                                          in ("VERB", "AUX")), sentence.end)]
    words = [t for t in opening if t.is_alpha]
    if not words:
        return False
    named = [t for t in words if t.pos_ == "PROPN"]
    lead_words = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN"}
    if first.lower_ == "the" and len(words) > 1 and not named:
        return True  # "The governor", "The group", "The ministry"
    if named and {t.lower_ for t in named} <= lead_words:
        return True  # the lead's subject named again
    indefinite = next(iter(subject.subtree)).lower_ in INDEFINITE_OPENERS and \
        not any(t.pos_ == "PROPN" for t in subject.subtree)
    return indefinite and bool(named) and named[0].i == first.i and opening.end < len(
        sentence.doc) and sentence.doc[opening.end].text == ","


def _same_source(before: Attribution, after: Attribution) -> bool:
    """Whether `after`'s source is `before`'s again: a pronoun, the same entity by a name
    (a description's link, "the mayor" after "Brekka Mayor Ilse Varga", may be another
    town's mayor), the same words, or a source that refers back to it."""
    source, earlier = after.source, before.source
    if source.span is None:
        return False
    words = source.span.text.lower()
    if words in CONTINUING_SOURCES:
        return True
    if source.entity is not None and source.entity == earlier.entity and \
            _named(source.span.text):
        return True
    if source.refers_to is not None and source.refers_to in (before.id, earlier.entity):
        return True
    return earlier.span is not None and words == earlier.span.text.lower()


def _named(text: str) -> bool:
    """Whether a source names someone ("INEC", "Bulambo", "The Independent National
    Electoral Commission"), not only describes them ("the mayor", "the official")."""
    words = text.split()
    if words[:1] and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    return any(w[:1].isupper() for w in words)
