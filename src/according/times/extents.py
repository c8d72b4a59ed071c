"""Where the time expressions are: spaCy's DATE and TIME entities and the forms it misses
(patterns below), merged, trimmed to TimeML's extent, ranges split in two, and not-times
dropped (a person named Sunday, "March" the verb, "May" the modal, ages, "a good day").

Extent rules: no leading preposition ("Sunday" in "on Sunday"); a range is two expressions
("2015" and "2016" in "2015-2016", "1998" and "99" in "1998-99"), but a season or fiscal year
written the same way ("the 2022-23 season", "fiscal 2023-24") is one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.times.lexicon import (
    DEICTIC_DAYS,
    DURATION_UNITS,
    FISCAL_NOUNS,
    FISCAL_WORDS,
    HOLIDAY_ALT,
    HOLIDAY_NAMES,
    MONTH_ALT,
    MONTHS,
    NUMBER,
    ORDINAL_ALT,
    SEASON_ALT,
    UNIT_ALT,
    VAGUE,
    WEEKDAY_ALT,
    WEEKDAYS,
    alternation,
)
from according.times.not_times import is_not_time

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEADING_WORDS = frozenset({"on", "in", "since", "by", "until", "from", "of", "at", "during",
                           "till", "before", "after", "through", "throughout", "into", "for",
                           "as", "over", "between", "to", "and", "or", "than", "around", "its",
                           "his", "her", "their", "our", "my", "your"})
_CAPS_MONTH = "|".join(m[:1].upper() + m[1:] for m in sorted(MONTHS, key=len, reverse=True))
_CAPS_WEEKDAY = "|".join(d.title() for d in WEEKDAYS)
_CAPS_HOLIDAY = "|".join(re.escape(h.title().replace("'S", "'s"))
                         for h in sorted(HOLIDAY_NAMES, key=len, reverse=True))
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT)"
_AMOUNT = rf"(?:{NUMBER}|several|a few|a couple of|few|many)"
_DAYISH = (rf"(?:{_CAPS_WEEKDAY}|yesterday|today|tomorrow|tonight|"
           rf"(?:{_CAPS_MONTH})\.?\s+\d{{1,2}}\b|\d{{1,2}}\s+(?:{_CAPS_MONTH}))")
# forms spaCy's entities miss, each a family of TimeML's expressions
EXTRA_PATTERNS = {
    "deictic": r"(?i:\b(?:recently|lately|yesterday|today|tomorrow|tonight|overnight|"
               r"(?:last|this|next)\s+(?:week|month|year|weekend|quarter|decade|century)))\b",
    "weekday": rf"\b(?:{_CAPS_WEEKDAY})s?(?:\s+(?i:morning|afternoon|evening|night)s?)?\b",
    "month_day": rf"\b(?:(?:{_CAPS_MONTH})\.?\s+\d{{1,2}}(?:\s*(?:and|to|through|-|–)\s*\d{{1,2}}\b"
                 rf"(?!,?\s*\d{{4}}|\s*(?:{_CAPS_MONTH})))?|\d{{1,2}}\s+(?:{_CAPS_MONTH}))\b",
    "month_year": rf"\b(?:{_CAPS_MONTH})\.?\s+(?:(?i:last|this|next)\s+year|\d{{4}})\b",
    "clock": rf"(?i:\b(?:\d{{1,2}}(?:[:.]\d{{2}})?\s*[ap]\.?\s?m\b\.?|\d{{1,2}}:\d{{2}}\b|"
             rf"[0-2]\d[0-5]\d\s*{_ZONE}|noon|midnight|midday|\d{{1,2}}\s+o'clock)"
             rf"(?:\s*{_ZONE}\b)?(?:,?\s+{_DAYISH})?)",
    "ref": r"(?i:\b(?:now|currently|presently|nowadays|these days|at present|"
           r"(?:the\s+)?(?:near|distant|foreseeable)\s+future|the\s+future|"
           r"the\s+(?:near|short|long|medium)\s+term|in\s+the\s+past|the\s+past|"
           r"soon|as\s+soon\s+as\s+possible|at\s+the\s+time|current)\b)",
    "recent_units": r"(?i:\b(?:(?:the\s+)?(?:more\s+|most\s+)?recent|(?:the\s+)?coming)\s+"
                    r"(?:days|weeks|months|years|decades|quarters)\b)",
    "set": rf"(?i:\b(?:(?:once|twice|thrice)-)?(?:daily|nightly|weekly|biweekly|fortnightly|"
           rf"monthly|quarterly|yearly|annually|hourly)\b|\b(?:(?:once|twice|{NUMBER}\s+times)\s+(?:a|an|per|every)\s+(?:{UNIT_ALT})|"
           rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUMBER}\s+)?(?:{UNIT_ALT}|{WEEKDAY_ALT}|"
           rf"{MONTH_ALT}|{SEASON_ALT}|morning|afternoon|evening|night|weekday|weeknight))\b)",
    "adjective_duration": rf"(?i:\b{_AMOUNT}[- ]and[- ]a[- ]half[- ](?:{UNIT_ALT})\b|"
                          rf"\b(?:{NUMBER}|several|multi)-(?:{UNIT_ALT})(?:-long)?\b(?!-old)|"
                          rf"\b(?:{UNIT_ALT})-long\b|\bhalf\s+(?:a|an)\s+(?:{UNIT_ALT})\b)",
    "span": rf"(?i:\b(?:the\s+)?(?:past|last|next|coming|previous|first|final|remaining)\s+"
            rf"(?:{_AMOUNT}\s+)?(?:{UNIT_ALT})\b)",
    "ago": rf"(?i:\b(?:{_AMOUNT}\s+)?(?:{UNIT_ALT})(?:\s+or\s+(?:so|two|more))?\s+"
           r"(?:ago|earlier|later|from\s+now)\b)",
    "season": r"(?i:\b(?:(?:last|this|next|early|late|the)\s+)?(?:spring|summer|autumn|winter"
              r"|(?<=last |this |next )fall|(?<=the )fall|(?<=in )fall)(?:\s+(?:of\s+)?\d{4})?\b)",
    "quarter": rf"(?i:\b(?:(?:the|its|this|last|next)\s+)?(?:(?:current|latest|previous|"
               rf"year-earlier|year-ago|fiscal)\s+)?(?:(?:{ORDINAL_ALT}|1st|2nd|3rd|4th)[- ]"
               rf"(?:fiscal[- ])?)?(?:quarter|half)(?:\s+of\s+\d{{4}})?\b|"
               r"\bQ[1-4](?:\s+\d{4})?\b|"
               r"\b(?:the|its)\s+(?:latest|same|comparable|corresponding|year-earlier|year-ago)"
               r"(?:\s+year-(?:earlier|ago))?\s+period\b|"
               rf"\byear-(?:earlier|ago)\b)",
    "decade": rf"(?i:\b(?:the\s+)?(?:(?:early|mid|late)[- ]?)?(?:\d{{3}}0'?s|'\d0s)|\bthe\s+"
              r"(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b|"
              rf"\b(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_ALT})[- ]century\b)",
    "holiday": rf"\b(?:{_CAPS_HOLIDAY})\b",
    "spelled_year": r"(?i:\b(?:the\s+year\s+)?(?:nineteen[- ](?:hundred|(?:twenty|thirty|forty|"
                    r"fifty|sixty|seventy|eighty|ninety)(?:[- ][a-z]+)?|ten|eleven|twelve|"
                    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two[- ]"
                    r"thousand(?:[- ](?:and[- ])?(?:one|two|three|four|five|six|seven|eight|nine|"
                    r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|"
                    r"nineteen|twenty(?:[- ][a-z]+)?))?)\b)",
    "fiscal": r"(?i:\b(?:fiscal|FY)\s?(?:year\s+)?\d{4}(?:[-/]\d{2,4})?\b|\byear[- ]end\b|"
              r"\byear's\s+end\b)",
    "range": r"\b(?:1[5-9]|20)\d\d\s?[-–/]\s?(?:(?:1[5-9]|20)\d\d|\d\d)\b",
}
EXTRA_PATTERNS["anaphoric"] = (
    r"(?i:\b(?:that(?:\s+same)?|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+prior|"
    r"the\s+preceding)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|quarter)\b)")
EXTRA_PATTERNS["amount_unit"] = (
    rf"(?i:\b(?:{NUMBER}|several|a\s+few|a\s+couple\s+of|a|an)(?:\s+(?:more|additional|full|"
    rf"straight|consecutive))?\s+(?:{UNIT_ALT})\b)")
EXTRA_PATTERNS["compound_duration"] = (
    rf"(?i:\b(?:{NUMBER}|a|an)\s+(?:{UNIT_ALT})\s+and\s+{NUMBER}\s+(?:{UNIT_ALT})\b)")
EXTRA_PATTERNS["bare_units"] = (r"(?i:\b(?<!the )(?:minutes|hours|days|weeks|months|years)\b"
                                r"(?=\s+(?:after|before)\b))")
EXTRA_PATTERNS["month_range_period"] = (
    rf"(?:\b(?i:the|its)\s+)?\b(?:{_CAPS_MONTH})\s?[-–/]\s?(?:{_CAPS_MONTH})\s+(?i:quarter|period)\b")
EXTRA_PATTERNS["sports_season"] = r"(?i:\b(?:this|last|next)\s+season\b)"
EXTRA_PATTERNS["rate"] = rf"(?i:\b(?:a|an|per)\s+(?:{UNIT_ALT})\b)"
# one line at a time: a time never runs on past a line break
FAMILIES = {k: re.compile(v.replace(r"\s", r"[^\S\n]")) for k, v in EXTRA_PATTERNS.items()}


def _triggers() -> dict[str, tuple[str, ...]]:
    """Which families to try around a word: every family has words it cannot do without."""
    words: dict[str, set[str]] = {
        "deictic": {"recently", "lately", "yesterday", "today", "tomorrow", "tonight",
                    "overnight", "week", "month", "year", "weekend", "quarter", "decade",
                    "century"},
        "weekday": set(WEEKDAYS) | {d + "s" for d in WEEKDAYS},
        "month_day": set(MONTHS), "month_year": set(MONTHS),
        "clock": {"am", "pm", "m", "noon", "midnight", "midday", "clock", "gmt", "utc", "bst",
                  "cet", "cest", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt"},
        "ref": {"now", "currently", "presently", "nowadays", "these", "present", "future",
                "term", "past", "soon", "time", "current"},
        "recent_units": {"recent", "coming"},
        "set": {"daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly",
                "quarterly", "yearly", "annually", "hourly", "every", "each", "per", "once",
                "twice", "times"},
        "adjective_duration": {w for u in DURATION_UNITS for w in u.split()} | {"half"},
        "span": {"past", "last", "next", "coming", "previous", "first", "final", "remaining"},
        "ago": {"ago", "earlier", "later", "now"},
        "season": {"spring", "summer", "autumn", "winter", "fall"},
        "quarter": {"quarter", "half", "q1", "q2", "q3", "q4", "earlier", "ago", "period"},
        "decade": {"century", "twenties", "thirties", "forties", "fifties", "sixties",
                   "seventies", "eighties", "nineties"},
        "holiday": {w for h in HOLIDAY_NAMES for w in re.findall(r"\w+", h)[:1]},
        "spelled_year": {"nineteen", "thousand"},
        "fiscal": {"fiscal", "fy", "end"},
        "anaphoric": {"day", "night", "morning", "afternoon", "evening", "week", "weekend",
                      "month", "year", "quarter"},
        "rate": {"day", "week", "month", "year", "hour", "quarter", "night", "minute"},
        "amount_unit": {w for u in DURATION_UNITS for w in u.split()} - {"trading", "business"},
        "compound_duration": {"and"},
        "bare_units": {"minutes", "hours", "days", "weeks", "months", "years"},
        "sports_season": {"season"},
        "month_range_period": set(MONTHS),
    }
    out: dict[str, set[str]] = {}
    for family, ws in words.items():
        for w in ws:
            out.setdefault(w, set()).add(family)
    return {w: tuple(sorted(f)) for w, f in out.items()}


TRIGGERS = _triggers()
WORD_RE = re.compile(r"\w+")
YEAR_WORD_RE = re.compile(r"(?:1[5-9]|20)\d\d$")
WINDOW = 60  # characters either side of a trigger word that its family's match may reach


def _families_of(word: str, text: str, end: int) -> tuple[str, ...]:
    low = word.lower()
    found = TRIGGERS.get(low)
    if found is not None:
        if "holiday" in found and not word[0].isupper():
            found = tuple(f for f in found if f != "holiday")
        if "adjective_duration" in found and low != "half" and "-" not in (
                text[end - len(word) - 1 : end - len(word)], text[end : end + 1]):
            found = tuple(f for f in found if f != "adjective_duration")  # "two-year" only
        return found
    if not low[0].isdigit():
        return ()
    if low.endswith("s") and low[:-1].isdigit():
        return ("decade",)
    if YEAR_WORD_RE.match(low):
        return ("fiscal", "range")
    return ("clock",) if text[end : end + 1] == ":" else ()


def extra_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the forms spaCy misses, each family's pattern tried only around a word it
    cannot do without (a regex over the whole text would cost more than the parse)."""
    spans: set[tuple[int, int]] = set()
    for w in WORD_RE.finditer(text):
        for family in _families_of(w.group(), text, w.end()):
            for m in FAMILIES[family].finditer(text, max(0, w.start() - WINDOW),
                                               w.end() + WINDOW):
                if m.start() <= w.start() and m.end() >= w.end():
                    spans.add((m.start(), m.end()))
    return sorted(spans)


SKIP_RE = re.compile(r"-year-old|years? old|-(?:month|week|day)-old")
TIME_WORD_RE = re.compile(
    rf"(?i)\b(?:{MONTH_ALT}|{WEEKDAY_ALT}|{SEASON_ALT}|{UNIT_ALT}|now|current(?:ly)?|recent(?:ly)?|"
    r"lately|past|future|today|tonight|yesterday|tomorrow|ago|noon|midnight|midday|overnight|"
    r"morning|afternoon|evening|daily|weekly|monthly|yearly|annually|hourly|quarterly|term|"
    rf"previously|formerly|soon|time|{alternation(DEICTIC_DAYS)}|{alternation(VAGUE)}|"
    r"nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"period|year-end|season|"
    rf"{HOLIDAY_ALT})\b"
    r"|\b(?:1[5-9]|20)\d\d\b|\d[:/]\d|\d0'?s\b|'\d0s|\b\d{1,2}\s*[ap]\.?m\b|\bq[1-4]\b|\b\d{4}\s*(?:gmt|utc|bst)"
)


def candidates(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Character spans of time expressions in `doc`, merged where they overlap, in order."""
    spans = [(e.start_char, e.end_char) for e in doc.ents if e.label_ in ("DATE", "TIME")]
    spans += extra_spans(text)
    spans.sort()
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out: list[tuple[int, int]] = []
    for start, end in merged:
        out.extend(split_range(text, start, end))
    return out


def split_range(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """ "2015-2016" -> two years, "Monday and Tuesday" -> two days; a season or fiscal year
    ("the 2022-23 season", "fiscal 2023-24") stays one."""
    piece = text[start:end]
    m = re.search(r"(?<!\S)((?:1[5-9]|20)\d\d)\s?[-–/]\s?((?:1[5-9]|20)\d\d|\d\d)(?!\S)", piece)
    if m and not is_season_range(text, start + m.start(), start + m.end()):
        a = (start, start + m.end(1))
        b = (start + m.start(2), end)
        return [a, b]
    m = PAIR_RE.search(piece)
    if m:
        a, b = next((f"a{k}", f"b{k}") for k in ("", "2", "3") if m[f"a{k}"])
        return [(start + m.start(a), start + m.end(a)), (start + m.start(b), end)]
    m = MONTH_PAIR_RE.match(piece)
    if m:  # "January-March": two months
        return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), end)]
    m = AMOUNT_THEN_DEICTIC_RE.search(piece)
    if m:  # "two days earlier this month": a duration, then a date
        return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), end)]
    m = PERIOD_ENDED_RE.search(piece)
    if m:
        return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), end)]
    m = PERIOD_OF_RE.search(piece)
    if m:
        return [(start + m.start("a"), start + m.end("a"))] + (
            [(start + m.start("b"), end)] if m["b"][0].isdigit() else [])
    return [(start, end)]


MONTH_PAIR_RE = re.compile(rf"^(?P<a>(?:{_CAPS_MONTH})\.?)\s?[-–]\s?(?P<b>(?:{_CAPS_MONTH})\.?)$")
AMOUNT_THEN_DEICTIC_RE = re.compile(
    rf"(?i)^(?P<a>.*\b(?:{UNIT_ALT}))\s+(?P<b>(?:earlier|later)\s+(?:this|that|last|next)\s+"
    r"(?:week|month|year|quarter|season)|(?:earlier|later)\s+(?:today|yesterday))$")
PERIOD_ENDED_RE = re.compile(
    r"(?i)(?P<a>\b(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?(?:year|quarter|period|months|half|weeks)"
    r")\s+(?:that\s+)?(?:ended|ending|ends|through)\s+(?P<b>\S.*)$")
PERIOD_OF_RE = re.compile(
    r"(?i)(?P<a>\b(?:the|its)\s+(?:[\w-]+\s+){0,2}?(?:months|weeks))\s+of\s+"
    r"(?P<b>(?:1[5-9]|20)\d\d|the\s+year|this\s+year|last\s+year)$")
_POINT = (rf"(?:(?:{WEEKDAY_ALT})|today|tomorrow|yesterday|now|"
          rf"(?:{MONTH_ALT})\.?(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{MONTH_ALT})|(?:1[5-9]|20)\d\d)")
PAIR_RE = re.compile(rf"(?i)(?P<a>\b(?:(?:{MONTH_ALT})\.?\s+)?{_POINT}(?:,?\s+(?:1[5-9]|20)\d\d)?)"
                     rf"\s+(?:and|or|to|through|until|till)\s+(?P<b>{_POINT}\b)"
                     r"|(?P<a2>\b(?:1[5-9]|20)\d\d),\s+(?P<b2>(?:1[5-9]|20)\d\d)\b"
                     rf"|(?P<a3>\b(?:{MONTH_ALT})\.?\s+\d{{1,2}})\s*(?:and|to|through|-|–)\s*"
                     r"(?P<b3>\d{1,2})\b(?!,?\s*\d{4})")


def is_season_range(text: str, start: int, end: int) -> bool:
    """A two-year span written as one ("2022-23"): a season, a fiscal or school year."""
    before = text[max(0, start - 20) : start].lower().split()
    after = text[end : end + 30].lower().split()
    if before and before[-1].strip("(") in FISCAL_WORDS:
        return True
    nxt = " ".join(after[:2]).strip(".,;:)")
    return bool(after) and (after[0].strip(".,;:)") in FISCAL_NOUNS or nxt in FISCAL_NOUNS)


def trim(doc: Doc, text: str, start: int, end: int) -> tuple[int, int] | None:
    """The expression within a candidate, to TimeML's extent: no leading preposition, cue
    ("as early as", "at least") or possessive ending, a mod before an amount kept ("about
    two weeks"), a trailing mod taken in ("Wednesday at the latest"); None for ages, bare
    numbers and not-times."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tokens = list(span)
    while tokens and (tokens[0].lower_ in LEADING_WORDS or tokens[0].is_punct
                      or tokens[0].lower_ in LEADING_ADVERBS and len(tokens) > 1
                      and tokens[1].lower_ not in ("a", "an", "the") and not tokens[1].like_num
                      or tokens[0].lower_ in LEADING_FILLERS and len(tokens) > 1
                      and (tokens[1].lower_ == "as" or tokens[0].lower_ in ("least", "most"))
                      or tokens[0].lower_ in ("a", "an") and (_hyphen_amount(tokens[1:])
                                                              or _modifies_noun(tokens))
                      or tokens[0].lower_ == "last" and tokens[0].pos_ in ("VERB", "AUX")
                      and len(tokens) > 1
                      or tokens[0].lower_ == "the" and len(tokens) > 1
                      and tokens[1].lower_.rstrip(".") in MONTHS
                      and tokens[-1].lower_ not in ("quarter", "period")):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in (".",) or
                      tokens[-1].lower_ in ("'s", "’s", "and", "or", "to", "the") or
                      tokens[-1].lower_ in ("later", "earlier") and len(tokens) > 1
                      and tokens[-1].i + 1 < len(doc) and doc[tokens[-1].i + 1].lower_ == "than"):
        tokens = tokens[:-1]  # "a few days later than usual": a duration
    if tokens and tokens[-1].text == "." and len(tokens) > 1 and not re.search(
            r"(?i)(?:[ap]\.m|\b[a-z]{3,4})$", tokens[-2].text):
        tokens = tokens[:-1]
    if not tokens:
        return None
    s, e = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
    if text[s:e].endswith(".") and not re.search(r"(?i)(?:\b[ap]\.m\.|\b(?:jan|feb|mar|apr|jun|"
                                                   r"jul|aug|sept?|oct|nov|dec)\.)$", text[s:e]):
        e -= 1
    low = text[s:e].lower()
    if SKIP_RE.search(low) or not (TIME_WORD_RE.search(low) or _range_end(text, s, e)):
        return None  # ages; numbers with no time word ("between 20 and 30")
    if is_not_time(doc, tokens, low):
        return None
    m = MOD_BEFORE_RE.search(text, max(0, s - 16), s)
    if m and AMOUNT_START_RE.match(low):
        s = m.start()  # "about two weeks", "within 18 months"
    m = LATER_BEFORE_RE.search(text, max(0, s - 9), s)
    if m and DEICTIC_START_RE.match(low):
        s = m.start()  # "later yesterday", "earlier that day"
    m = MOD_AFTER_RE.match(text, e)
    if m:
        e = m.end()  # "Wednesday at the latest", "the next two years or so"
    return s, e


LEADING_FILLERS = frozenset({"early", "late", "soon", "least", "most", "later", "earlier"})
LEADING_ADVERBS = frozenset({"only", "just", "barely", "merely", "nearly", "almost"})
MOD_BEFORE_RE = re.compile(r"(?i)\b(?:about|around|approximately|roughly|nearly|almost|"
                           r"(?:no\s+)?(?:more|less|fewer|longer)\s+than|at\s+least|up\s+to|"
                           r"within|just\s+(?:over|under))\s+$")
AMOUNT_START_RE = re.compile(rf"^(?:{NUMBER}|a|an|half|several|a few)\b")
LATER_BEFORE_RE = re.compile(r"(?i)\b(?:later|earlier)\s+$")
DEICTIC_START_RE = re.compile(r"(?:today|yesterday|tomorrow|tonight|this|that|the same)\b")
MOD_AFTER_RE = re.compile(r"(?i)\s+(?:at\s+the\s+(?:latest|earliest)|or\s+so|or\s+(?:later|"
                          r"earlier))\b")


def _modifies_noun(tokens: list[Token]) -> bool:
    """ "a five year low", "a week-long truce", "a 20th century record": the expression
    modifies the noun after it, and the article belongs to that noun."""
    last = tokens[-1]
    head = last.head
    return len(tokens) > 1 and head.i == last.i + 1 and head.pos_ in ("NOUN", "PROPN", "ADJ") and \
        last.dep_ in ("compound", "amod", "nmod", "npadvmod", "nummod")


def _hyphen_amount(tokens: list[Token]) -> bool:
    """ "six-week", "two-month": an amount joined to a unit, as an adjective."""
    return len(tokens) >= 3 and tokens[1].text == "-" and tokens[2].lower_ in DURATION_UNITS


def _range_end(text: str, s: int, e: int) -> bool:
    """ "99" in "1998-99", "25" in "April 24 and 25": the end of a range of years or days."""
    return e - s <= 2 and text[s:e].isdigit() and bool(
        re.search(r"(?:1[5-9]|20)\d\d\s?[-–/]\s?$", text[max(0, s - 7) : s])
        or DAY_RANGE_START_RE.search(text[max(0, s - 24) : s]))


DAY_RANGE_START_RE = re.compile(rf"(?i)\b(?:{MONTH_ALT})\.?\s+\d{{1,2}}\s*"
                                r"(?:and|to|through|-|–)\s*$")
