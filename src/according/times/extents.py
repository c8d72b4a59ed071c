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
    AMOUNT_ADJECTIVES,
    DEICTIC_DAYS,
    DURATION_UNITS,
    FISCAL_NOUNS,
    FISCAL_WORDS,
    HOLIDAY_ALT,
    HOLIDAY_NAMES,
    MONTH_ALT,
    MONTH_VERB_NEXT,
    MONTHS,
    NUMBER,
    ORDINAL_ALT,
    PROGRAMME_NOUNS,
    SEASON_ALT,
    UNIT_ALT,
    UNITS,
    VAGUE,
    WEEKDAY_ALT,
    WEEKDAYS,
    alternation,
)

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
             rf"(?:\s*{_ZONE}\b)?(?:,?\s+(?:on\s+)?{_DAYISH})?)",
    "ref": r"(?i:\b(?:now|currently|presently|nowadays|these days|at present|"
           r"(?:the\s+)?(?:near|distant|foreseeable)\s+future|the\s+future|"
           r"the\s+(?:near|short|long|medium)\s+term|in\s+the\s+past|the\s+past|"
           r"soon|as\s+soon\s+as\s+possible|at\s+the\s+time|current)\b)",
    "recent_units": r"(?i:\b(?:(?:the\s+)?(?:more\s+|most\s+)?recent|(?:the\s+)?coming)\s+"
                    r"(?:days|weeks|months|years|decades|quarters)\b)",
    "set": rf"(?i:\b(?:daily|nightly|weekly|biweekly|fortnightly|monthly|quarterly|yearly|"
           rf"annually|hourly|(?:once|twice|{NUMBER}\s+times)\s+(?:a|an|per|every)\s+(?:{UNIT_ALT})|"
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
    r"(?i:\b(?:that|the\s+same|the\s+next|the\s+following|the\s+previous|the\s+prior|"
    r"the\s+preceding)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year|quarter)\b)")
EXTRA_PATTERNS["amount_unit"] = (
    rf"(?i:\b(?:{NUMBER}|several|a\s+few|a\s+couple\s+of|a|an)(?:\s+(?:more|additional|full|"
    rf"straight|consecutive))?\s+(?:{UNIT_ALT})\b)")
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


RANGE_RE = re.compile(r"^(?P<a>(?:1[5-9]|20)\d\d)\s?[-–/]\s?(?P<b>(?:1[5-9]|20)\d\d|\d\d)$")
YEAR_TOKEN_RE = re.compile(r"^(?:1[5-9]|20)\d\d$")
NUMERIC_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$|^\d{1,2}/\d{1,2}/\d{2,4}$")
SKIP_RE = re.compile(r"-year-old|years? old|-(?:month|week|day)-old")
TIME_WORD_RE = re.compile(
    rf"(?i)\b(?:{MONTH_ALT}|{WEEKDAY_ALT}|{SEASON_ALT}|{UNIT_ALT}|now|current(?:ly)?|recent(?:ly)?|"
    r"lately|past|future|today|tonight|yesterday|tomorrow|ago|noon|midnight|midday|overnight|"
    r"morning|afternoon|evening|daily|weekly|monthly|yearly|annually|hourly|quarterly|term|"
    rf"previously|formerly|soon|time|{alternation(DEICTIC_DAYS)}|{alternation(VAGUE)}|"
    r"nineteen|thousand|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties|"
    r"period|year-end|"
    rf"{HOLIDAY_ALT})\b"
    r"|\b(?:1[5-9]|20)\d\d\b|\d[:/]\d|\d0'?s\b|'\d0s|\b\d{1,2}\s*[ap]\.?m\b|\bq[1-4]\b|\b\d{4}\s*(?:gmt|utc|bst)"
)
NAME_LABELS = frozenset({"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "EVENT", "NORP",
                         "GPE", "LOC", "LAW"})
SET_ADVERBS = frozenset({"daily", "nightly", "weekly", "biweekly", "fortnightly", "monthly",
                         "quarterly", "yearly", "annual", "annually", "hourly"})
RATE_WORDS = frozenset({"%", "percent", "times", "twice", "once", "thrice", "cents", "dollars",
                        "for", "over", "after", "within", "about", "in", "than", "nearly",
                        "almost", "least", "took", "take", "takes", "lasted", "last", "spent",
                        "only", "just", "barely", "per", "around"})
AGE_DECADE_RE = re.compile(r"(?:mid-|early |late )?'?\d0'?s")
POSSESSIVES = frozenset({"his", "her", "their", "its", "my", "our", "your"})
PLURAL_UNIT_RE = re.compile(r"(?:the\s+)?(?:seconds|minutes|hours|days|weeks|months|years|"
                            r"decades|quarters|centuries)")
SPAN_WORDS = frozenset({"for", "over", "within", "after", "during", "lasting", "took", "take",
                        "takes", "spent", "spend", "in", "last", "lasted", "waited", "wait"})
RATE_NOUNS = frozenset({"volume", "volumes", "average", "rate", "rates", "turnover", "limit",
                        "limits", "dose", "doses", "allowance", "wage", "wages", "output",
                        "production", "sales", "newspaper", "paper", "dividend", "dividends"})
NOT_TIME_AFTER_CURRENT = frozenset({"account", "accounts", "affairs", "events", "flow",
                                    "flows", "liabilities", "assets"})


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
    m = PERIOD_ENDED_RE.search(piece)
    if m:
        return [(start + m.start("a"), start + m.end("a")), (start + m.start("b"), end)]
    m = PERIOD_OF_RE.search(piece)
    if m:
        return [(start + m.start("a"), start + m.end("a"))] + (
            [(start + m.start("b"), end)] if m["b"][0].isdigit() else [])
    return [(start, end)]


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
                      or tokens[0].lower_ in ("a", "an") and _hyphen_amount(tokens[1:])
                      or tokens[0].lower_ == "the" and len(tokens) > 1
                      and tokens[1].lower_.rstrip(".") in MONTHS):
        tokens = tokens[1:]
    while tokens and (tokens[-1].is_punct and tokens[-1].text not in (".",) or
                      tokens[-1].lower_ in ("'s", "’s", "and", "or", "to", "the")):
        tokens = tokens[:-1]
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


def is_not_time(doc: Doc, tokens: list[Token], low: str) -> bool:
    """Names, verbs and evaluations that look like times: "Sunday Alamba", "the March on
    Washington", "a good day", "Radio 4's Today programme", "the current account"."""
    first, last = tokens[0], tokens[-1]
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    before = doc[first.i - 1] if first.i > 0 else None
    if len(tokens) == 1 and first.ent_type_ in NAME_LABELS and low not in HOLIDAY_NAMES:
        return True
    if len(tokens) == 2 and first.lower_ in ("a", "an") and last.lower_ in DURATION_UNITS:
        # "$5 a month", "for a week", "gave him a week"; not "a day of mourning"
        return after is not None and after.lower_ == "of" or before is not None and (
            before.pos_ in ("ADJ", "DET") or before.lower_ in ("is", "was", "be", "what"))
    if first.lower_ in ("a", "an") and last.lower_ in UNITS and (
            len(tokens) > 2 or (after is not None and after.lower_ == "of")) and all(
            t.pos_ == "ADJ" and t.lower_ not in AMOUNT_ADJECTIVES and not t.like_num
            and not re.match(r"\d+(?:st|nd|rd|th)$", t.lower_) for t in tokens[1:-1]):
        return True  # "a good day", "a quarter of staff"
    if len(tokens) == 1 and _is_name_word(first, before, after):
        return True
    if low == "current" and (after is None or after.lower_ in NOT_TIME_AFTER_CURRENT
                             or after.pos_ not in ("NOUN", "PROPN", "ADJ")):
        return True
    if low in SET_ADVERBS and after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") \
            and first.pos_ == "ADJ" and (low in ("quarterly", "annual", "annually") or (
                before is not None and before.lower_ in ("average", "avg", "per")
                or after.lower_ in RATE_NOUNS)):
        return True  # "a quarterly dividend", "average daily volume": a rate, no time
    if low in SET_ADVERBS and before is not None and (
            before.like_num or before.lower_ in ("%", "percent", "per", "cent")):
        return True  # "grew 5 percent annually": a rate of growth, no recurring time
    if PLURAL_UNIT_RE.fullmatch(low) and (before is None or before.lower_ not in SPAN_WORDS):
        return True  # "the weeks before the shooting", "months of talks": no amount of time
    if low == "quarterly" and first.pos_ != "ADV":
        return True
    if low in ("soon", "now") and after is not None and after.lower_ in ("after", "as", "before"):
        return True
    if low == "the past" and after is not None and after.lower_ in ("decade", "year"):
        return False
    if low in ("the future", "the past") and after is not None and after.lower_ == "of":
        return True
    if low == "the time" and (before is None or before.lower_ != "at" or after is not None
                              and after.lower_ in ("of", "when", "that", "being", "it")):
        return True  # "at the time" looks back; "by the time", "the time of": no time
    if before is not None and before.lower_ in POSSESSIVES and AGE_DECADE_RE.fullmatch(low):
        return True  # "in their 30s": an age
    if re.search(r"\b(?:\w+-quarters|three quarters|two thirds)\b", low):
        return True  # "three-quarters of the vote": a fraction
    if low in ("half", "quarter", "the quarter", "period") and after is not None \
            and after.lower_ == "of":
        return True
    return len(tokens) == 1 and first.lower_ in DURATION_UNITS and first.tag_ in ("NN",) \
        and (before is None or before.lower_ not in ("the", "this", "that", "each", "every", "a",
                                                     "an", "per", "one"))


def _is_name_word(tok: Token, before: Token | None, after: Token | None) -> bool:
    """A weekday or month that is a name or a verb: "Sunday Alamba", "Monday Okpebholo",
    "the March on Washington", "they March to"; a deictic word in a programme's name."""
    low = tok.lower_.rstrip(".")
    if low in HOLIDAY_NAMES and after is not None and after.text[:1].isupper() \
            and after.pos_ == "PROPN":
        return True  # "Easter Island", "Christmas Carol"
    if low in WEEKDAYS or low in MONTHS:
        if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper() and (
                after.lower_.rstrip(".") not in MONTHS and after.lower_ not in WEEKDAYS
                and not after.like_num and after.ent_type_ not in ("DATE", "TIME")):
            return True  # "Sunday Alamba"
        if low in MONTHS and (tok.pos_ == "VERB" or after is not None
                              and after.lower_ in MONTH_VERB_NEXT and (
                                  before is None or before.lower_ in ("the", "a", "to", "will",
                                                                      "they", "we"))):
            return True  # "the March on Washington"
    if low in DEICTIC_DAYS and tok.text.istitle() and not tok.is_sent_start and tok.i > 0:
        return (after is not None and after.lower_ in PROGRAMME_NOUNS) or (
            before is not None and before.lower_ in ("'s", "’s"))
    return False


def in_year_number(text: str, start: int, end: int) -> bool:
    """A year-like number that is a figure: "1998 people", "$2015"."""
    before = text[max(0, start - 1) : start]
    return before in ("$", "£", "€", "#")
