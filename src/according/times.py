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

import json
import re
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from according.records import Region, Span, TimeExpression

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

_LEX = json.loads(
    resources.files("according").joinpath("data/times_lexicon.json").read_text("utf-8")
)
MONTHS: dict[str, int] = _LEX["months"]
WEEKDAYS: dict[str, int] = _LEX["weekdays"]
DEICTIC_DAYS: dict[str, int] = _LEX["deictic_days"]
VAGUE = frozenset(_LEX["vague"])
UNITS: dict[str, str] = _LEX["units"]
FREQUENCY_WORDS = frozenset(_LEX["frequency_words"])
FUTURE_MARKERS = frozenset(_LEX["future_markers"])
FUTURE_AUXILIARIES = frozenset(_LEX["future_auxiliaries"])
MODAL_AUXILIARIES = frozenset(_LEX["modal_auxiliaries"])
EXPECTATION_VERBS = frozenset(_LEX["expectation_verbs"])
PROGRAMME_NOUNS = frozenset(_LEX["programme_nouns"])
AMOUNT_ADJECTIVES = frozenset(_LEX["amount_adjectives"])  # "a few weeks" is a duration
MONTH_PERIOD_PREFIX_RE = re.compile("^" + _LEX["month_period_prefix"])
SKIPPED_REGIONS = frozenset({"byline", "date", "dateline", "boilerplate", "credit"})
LEADING_WORDS = frozenset({"on", "in", "since", "by", "until", "from", "of", "at", "during"})
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}

_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
ORD = r"(?:st|nd|rd|th)?"
DAY_MONTH_RE = re.compile(
    rf"^(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?(?:(?P<d1>\d{{1,2}}){ORD}\s+(?:of\s+)?)?"
    rf"(?P<month>{_MONTH_ALT})\.?"
    rf"(?:\s+(?P<d2>\d{{1,2}}){ORD})?(?:,?\s+(?P<year>\d{{4}}))?$"
)
YEAR_RE = re.compile(r"^(?:the\s+year\s+)?(?P<year>1[5-9]\d\d|20\d\d)$")
SEASON_RE = re.compile(
    r"^(?:the\s+)?(?:spring|summer|fall|autumn|winter)\s+(?:of\s+)?(?P<year>\d{4})$"
)
DECADE_RE = re.compile(r"^(?:the\s+)?(?:early-|mid-|late-|early |mid |late )?\d{2,4}'?s$")
WEEKDAY_RE = re.compile(
    r"^(?:(?P<mod>last|next|this|this past|earlier|later|early|late)\s+)?"
    rf"(?P<day>{'|'.join(WEEKDAYS)})(?:\s+(?:morning|afternoon|evening|night))?$"
)
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
MONTH_MOD_RE = re.compile(
    rf"^(?P<mod>last|next|this|this past|this coming)\s+(?P<month>{_MONTH_ALT})$"
)
PERIOD_RE = re.compile(
    r"^(?P<mod>last|this|next|earlier this|later this|this past|the past|the last|"
    r"the next|the coming|just this)\s+(?P<unit>week|month|year|weekend)$"
)
AGO_RE = re.compile(
    r"^(?:(?:about|some|nearly|almost|roughly|around|just|more than|less than|over)\s+)?"
    r"(?P<n>\d+|[a-z]+)\s+(?P<unit>days?|weeks?|months?|years?|decades?)\s+ago$"
)
DURATION_RE = re.compile(
    r"\b(?:\d+|several|a few|a couple of|couple|many|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|the past|the last|the next|nearly|almost|about|under|over)\b.*"
    r"\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centur(?:y|ies))$"
)
TIME_OF_DAY_RE = re.compile(r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\d{1,2}:\d{2}|o['’]clock")
ANAPHORIC_RE = re.compile(
    r"^(?:that|the same|the next|the following|the previous|the prior|those|this)\s+"
    r"(?:day|night|morning|afternoon|evening|week|weekend|month|year|days|weeks|months|years)$"
    r"|\b(?:later|earlier|before|after|afterwards?)$"
)
NUMERIC_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$")
SKIP_RE = re.compile(r"-year-old|years? old|-(?:second|minute|hour|day|week|month|year)\b")
EXTRA_RE = re.compile(
    rf"\b(?:recently|lately|yesterday|today|tomorrow|tonight|"
    rf"(?:last|this|next)\s+(?:week|month|year)|(?:{'|'.join(WEEKDAYS)})|"
    rf"(?:{_MONTH_ALT})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTH_ALT}))\b",
    re.IGNORECASE,
)

Resolved = tuple[str | None, str | None, bool, str | None]  # value, granularity, relative, reason


def _iso_week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _period(day: date, unit: str, delta: int) -> tuple[str, str]:
    """The week, month or year `delta` units away from `day`, as (value, granularity)."""
    if unit == "week":
        return _iso_week(day + timedelta(weeks=delta)), "week"
    if unit == "month":
        y, m = _add_months(day.year, day.month, delta)
        return f"{y:04d}-{m:02d}", "month"
    if unit == "day":
        return (day + timedelta(days=delta)).isoformat(), "day"
    return f"{day.year + delta:04d}", "year"


PRESENT_TENSE_AHEAD_DAYS = 90


def _yearless(day: date, month: int, dom: int | None, tense: str) -> Resolved:
    """The month (or day of month) before `day`, after it ("future"), or, in a present-tense
    sentence, the next one if within 90 days, else the one before."""
    cands: list[date] = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            cands.append(date(year, month, dom or 1))
        except ValueError:
            continue
    if not cands:
        return None, None, True, "invalid date"
    this_month = day.replace(day=1)
    past = [c for c in cands if c <= (day if dom else this_month)]
    ahead = [c for c in cands if c >= (day if dom else this_month)]
    if tense == "future":
        cand = min(ahead)
    elif tense == "present":
        # news mostly looks back: a present-tense date goes ahead only when it is close
        soon = [c for c in ahead if (c - day).days <= PRESENT_TENSE_AHEAD_DAYS]
        cand = min(soon) if soon else max(past)
    else:
        cand = max(past)
    if dom is None:
        return f"{cand.year:04d}-{month:02d}", "month", True, None
    return cand.isoformat(), "day", True, None


def _absolute(s: str) -> Resolved | None:
    """Dates that need no publication time: "7 October 2023", "September 2023", "2014"."""
    m = YEAR_RE.match(s) or SEASON_RE.match(s)
    if m:
        return m["year"], "year", False, None
    m = DAY_MONTH_RE.match(s)
    if m and m["year"]:
        month, dom = MONTHS[m["month"]], m["d1"] or m["d2"]
        if dom is None:
            return f"{m['year']}-{month:02d}", "month", False, None
        try:
            return date(int(m["year"]), month, int(dom)).isoformat(), "day", False, None
        except ValueError:
            return None, None, False, "invalid date"
    if NUMERIC_DATE_RE.match(s):
        return _dateparser(s)
    return None


def _relative(s: str, day: date, tense: str) -> Resolved | None:
    """Expressions resolved against the publication day."""
    if s in DEICTIC_DAYS:
        return (day + timedelta(days=DEICTIC_DAYS[s])).isoformat(), "day", True, None
    m = WEEKDAY_RE.match(s)
    if m:
        mod, target = m["mod"], WEEKDAYS[m["day"]]
        if mod == "next" or (tense == "future" and mod not in ("last", "this past")):
            delta = (target - day.weekday()) % 7 or (7 if mod == "next" else 0)
        else:
            delta = -((day.weekday() - target) % 7)
            if mod == "last" and delta == 0:
                delta = -7
        return (day + timedelta(days=delta)).isoformat(), "day", True, None
    m = MONTH_MOD_RE.match(s)
    if m:  # "last May" in May is a year back; "next May" a year ahead
        month, mod = MONTHS[m["month"]], m["mod"]
        if mod in ("last", "this past"):
            year = day.year if month < day.month else day.year - 1
        elif mod == "this":
            year = day.year
        else:
            year = day.year if month > day.month else day.year + 1
        return f"{year:04d}-{month:02d}", "month", True, None
    m = PERIOD_RE.match(s)
    if m:
        mod, unit = m["mod"], m["unit"]
        if unit == "weekend":  # "this/next weekend" is the coming one, "last weekend" the past
            if mod in ("next", "the coming", "this"):
                sat = day + timedelta(days=(5 - day.weekday()) % 7)
            else:
                sat = day - timedelta(days=(day.weekday() - 5) % 7)
            return _iso_week(sat), "week", True, None
        delta = {"last": -1, "this past": -1, "the past": -1, "the last": -1,
                 "next": 1, "the next": 1, "the coming": 1}.get(mod, 0)
        value, gran = _period(day, unit, delta)
        return value, gran, True, None
    m = AGO_RE.match(s)
    if m:
        n = int(m["n"]) if m["n"].isdigit() else NUMBER_WORDS.get(m["n"])
        if n is None:
            return None, None, True, "vague"
        unit = m["unit"].rstrip("s")
        if unit == "decade":
            unit, n = "year", 10 * n
        value, gran = _period(day, unit, -n)
        return value, gran, True, None
    m = DAY_MONTH_RE.match(s)
    if m and not m["year"]:
        dom = m["d1"] or m["d2"]
        return _yearless(day, MONTHS[m["month"]], int(dom) if dom else None, tense)
    return None


@lru_cache(maxsize=1024)
def _dateparser(s: str) -> Resolved:
    """Numeric absolute dates ("2024-05-14", "5/14/2024") through dateparser, cached."""
    from dateparser.date import DateDataParser

    data = DateDataParser(languages=["en"]).get_date_data(s)
    if data.date_obj is None:
        return None, None, False, "unresolved"
    return data.date_obj.date().isoformat(), "day", False, None


def _normalise(s: str) -> str:
    s = s.lower().replace("’", "'").replace("\xa0", " ")
    s = re.sub(r"\s+", " ", s).strip(" .,;:")
    s = re.sub(r"'s$", "", s)
    s = re.sub(r"^(?:on|in|since|by|until|from|during|at) ", "", s)
    s = re.sub(r"^(?:early|mid|late)[- ](?=[a-z0-9])", "", s)
    s = MONTH_PERIOD_PREFIX_RE.sub("", s)
    return re.sub(r"\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.", r"\1", s)


def resolve_time(text: str, published: datetime | None, tense: str = "past") -> Resolved:
    """Resolve one time expression: (value, granularity, relative, reason).

    `tense` is the sentence's: "past" (default), "present" (no past-tense verb) or "future".
    """
    s = _normalise(text)
    absolute = _absolute(s)
    if absolute is not None:
        return absolute
    if s in VAGUE:
        return None, None, True, "vague"
    if DECADE_RE.match(s):
        return None, None, False, "decade"
    if TIME_OF_DAY_RE.search(s):
        return None, None, True, "time of day"
    if ANAPHORIC_RE.search(s) and not PERIOD_RE.match(s):
        return None, None, True, "anaphoric"
    if DURATION_RE.search(s) and not s.endswith("ago"):
        return None, None, False, "duration"
    if published is None:
        probe = _relative(s, date(2000, 1, 1), tense)
        if probe is not None:
            return None, None, True, "no publication time"
        return None, None, False, "unresolved"
    day = published.date()  # an aware stamp gives its own zone's date: 00:30 BST is that day
    found = _relative(s, day, tense)
    return found if found is not None else (None, None, False, "unresolved")


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
    """Every time expression in `doc`, in text order, resolved against `published` (UTC).

    Expressions inside byline, date, dateline, credit and boilerplate regions are skipped.
    """
    skipped = [(r.start, r.end) for r in regions if r.kind in SKIPPED_REGIONS]
    full = doc.text
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
