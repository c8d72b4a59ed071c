"""What a figure counts, as written, and the unit that follows from it."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    CHANGE_LEMMAS,
    DIGITS_RE,
    DURATION_UNITS,
    EVENT_PARTICIPLES,
    FINITE_TAGS,
    HEAD_NOUN_WINDOW,
    LEXICON,
    LIGHT_VERBS,
    PERSON_NOUNS,
    STATE_PHRASES,
    TIME_WORDS,
    TOTAL_NOUNS,
    VE_SINGULARS,
)
from according.quantities.numbers import MEASURE_UNITS, Number
from according.quantities.polls import margin_of_error, poll_share

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TOTAL_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})
TALLY_NOUNS = frozenset({"toll", "tally"})  # a bare "toll" says what it counts, "number" not

# the time units of an age: "year" of "two-year-old", "month" of "six-month-old"
AGE_UNITS = frozenset(DURATION_UNITS.values())


# a dash with space on either side separates ("SELVA, Dorvania - Unemployment stood at
# 7.2%": the dateline, then the story), a hyphen inside a word does not ("year-on-year")
DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _subtree_noun(noun: Token, after: int) -> str:
    """The noun with the compounds (recursively) written between `after` and it, from
    after the last separating punctuation between them (a spaced dash, a comma, a colon:
    a dateline is never part of what is counted)."""
    first, stack = noun.i, [noun]
    while stack:
        for child in stack.pop().lefts:
            if child.i >= after and child.dep_ == "compound":
                first = min(first, child.i)
                stack.append(child)
    doc = noun.doc
    for k in range(noun.i - 1, first - 1, -1):
        tok = doc[k]
        if tok.text in (",", ":", ";", "(", ")", "|", "\u2022") or (
                tok.text in DASHES and (tok.whitespace_ or (k > 0 and doc[k - 1].whitespace_))):
            first = k + 1
            break
    return doc[first : noun.i + 1].text


def counted(doc: Doc, n: Number) -> tuple[str | None, Token | None]:
    """What the number counts, as written, and the noun it rests on."""
    if n.unit in MEASURE_UNITS or is_age(doc, n):
        return None, None
    if (margin := margin_of_error(doc, n)) is not None:
        return margin
    if n.unit in SHARE_UNITS and (found := measured(doc, n)) is not None:
        return found
    if (share := poll_share(doc, n)) is not None:  # "put the Civic Alliance at 34%"
        return share
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
            and head.lower_ not in TIME_WORDS
            and not any(
                (t.is_punct and t.text not in "-–") or t.pos_ == "CCONJ" or t.tag_ in FINITE_TAGS
                for t in doc[n.end : head.i]
            )
        ):
            return _with_event(head, _subtree_noun(head, n.end)), head
    return _total(doc, n) or _subject_state(doc, n) or _leader_row(doc, n) or \
        _next_noun(doc, n)


# a key-figures table's row, its label joined to its number by dot leaders: "Suspected
# cholera cases ........ 298", "People displaced …… 42,000" (situation reports)
_LEADER_ROW = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]+)?([^\W\d_][^\n.…]{1,60}?)[ \t]*"
                         r"(?:\.[ \t]?){3,}[ \t]*$|(?:^|\n)[ \t]*(?:[-•*][ \t]+)?"
                         r"([^\W\d_][^\n.…]{1,60}?)[ \t]*…{2,}[ \t]*$")


def _leader_row(doc: Doc, n: Number) -> tuple[str, Token | None] | None:
    """The label of a key-figures row whose number `n` ends its line after dot leaders:
    what the row counts ("Suspected cholera cases ........ 298" counts suspected cholera
    cases); None for any other number, and for a share or measure."""
    if n.unit or not 0 <= n.start < n.end <= len(doc):
        return None
    start, end = doc[n.start].idx, doc[n.end - 1].idx + len(doc[n.end - 1].text)
    text = doc.text
    stop = text.find("\n", end)
    if text[end:stop if stop >= 0 else len(text)].strip():
        return None
    line = text.rfind("\n", 0, start) + 1
    m = _LEADER_ROW.search(text[line:start])
    if m is None:
        return None
    group = 1 if m.group(1) else 2
    last = line + m.end(group) - 1  # the label's last character: its noun ends there
    noun = next((t for t in doc[:n.start] if t.idx <= last < t.idx + len(t.text)), None)
    return m.group(group), noun


def _subject_state(doc: Doc, n: Number) -> tuple[str, Token] | None:
    """ "112 are missing", "40 were reported dead": a number that is itself a verb's subject
    counts the state of people the verb's complement names."""
    tok = doc[n.end - 1]
    verb = tok.head
    if n.unit or tok.dep_ not in ("nsubj", "nsubjpass") or verb.i < tok.i or \
            verb.pos_ not in ("VERB", "AUX"):
        return None
    state = _state_token(verb, tok.i)
    return (state.text, state) if state is not None else None


def is_age(doc: Doc, n: Number) -> bool:
    """Is the figure an age compound ("two-year-old son", "a 15 years old girl")? It gives
    the age of what follows and counts nothing: "two-year-old son" is not two sons."""
    if n.unit not in AGE_UNITS or not 0 < n.end <= len(doc):
        return False
    after = [t.lower_ for t in doc[n.end:n.end + 2]]
    # (review 1127j) a plural age noun: "two 15-year-olds" ("15-year", "-", "olds")
    return doc[n.end - 1].lower_ == "old" or after[:1] == ["olds"] or after == ["-", "olds"]


def noun_lemma(noun: Token) -> str:
    """The noun's lemma, with a "-ve" singular the lemmatizer read as "-f" put back
    ("graves" -> "grave", not "graf")."""
    lemma = noun.lemma_.lower()
    word = noun.lower_
    if word.endswith("ves") and lemma.endswith(("f", "fe")) and word[:-1] in VE_SINGULARS:
        return word[:-1]
    return lemma


def _next_noun(doc: Doc, n: Number) -> tuple[str | None, Token | None]:
    """A plural noun right after a number the parse did not attach it to ("Thirty" split off
    as a sentence of its own before "people were killed", "1.2m" read as two tokens)."""
    if n.end >= len(doc):
        return None, None
    noun = doc[n.end]
    if noun.tag_ in ("NNS", "NNPS") and noun.lower_ not in TIME_WORDS:
        return _with_event(noun, noun.text), noun
    if noun.lower_ in STATE_WORDS and noun.tag_ in ("VBN", "JJ", "VBG"):
        # "31 people were confirmed dead and 74 wounded": a state of people read as a verb
        # or adjective is what the number counts ("74 wounded" is 74 wounded people;
        # "left 112 missing")
        return noun.text, noun
    return None, None


def _total(doc: Doc, n: Number) -> tuple[str, Token | None] | None:
    """ "The death toll has risen to 60", "toll nears 35,000": the figure is the object of
    a verb whose subject is a total; it counts the total ("death toll"), or what a
    "number of" counts ("people killed")."""
    if n.unit:  # "that number has dropped to 35 percent" is a share, not a count
        return None
    tok = doc[n.end - 1]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if verb.lower_ == "from" and verb.dep_ == "prep" and tok.head.lower_ == "to":
        verb = verb.head  # "raised the toll from 27 to 31": "to 31" hangs on "from"
    if tok.dep_ not in TOTAL_OBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    # a dateline parsed as a second subject ("TARSK - The death toll … stood at three":
    # TARSK and toll both nsubj) is not the total: a total among the subjects first
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = next((c for c in subjects if c.lemma_.lower() in TOTAL_NOUNS),
                   subjects[0] if subjects else None)
    if subject is not None and _counted_subject_changed(subject, verb, tok):
        # "Suspected cholera cases … rose from 120 to 214": what rose is what is counted
        return _state_before(subject, _subtree_noun(subject, subject.left_edge.i)), subject
    if subject is None or subject.lemma_.lower() not in TOTAL_NOUNS:
        # "the ministry lowered the death toll … to 29", "put the toll at 31": the total is
        # the verb's object and the figure what it was brought to (stranger trial 3), or
        # what it was before ("raised its toll from 27": a previous value, as_of.py)
        subject = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if subject is None or subject.lemma_.lower() not in TOTAL_NOUNS or not (
                tok.dep_ == "pobj" and tok.head.lower_ in ("to", "at", "from")):
            return None
    for of in subject.rights:
        if of.dep_ == "prep" and of.lower_ == "of":
            noun = next((c for c in of.children if c.dep_ == "pobj"), None)
            if noun is not None:  # "number of people killed", "number of suspected cases"
                return _with_participle(
                    noun, _state_before(noun, _subtree_noun(noun, of.i + 1))), noun
    total = _subtree_noun(subject, subject.left_edge.i)
    return (total, None) if total != subject.text or subject.lemma_ in TALLY_NOUNS else None


def _counted_subject_changed(subject: Token, verb: Token, tok: Token) -> bool:
    """Whether the figure at `tok` is where a plural count noun's number went or came from
    ("cases rose from 120 to 214", "arrests climbed to 46"): the subject is what is
    counted, as "the number of cases rose" counts cases."""
    return subject.tag_ in ("NNS", "NNPS") and subject.lemma_.lower() not in TOTAL_NOUNS \
        and subject.lower_ not in TIME_WORDS and verb.lemma_.lower() in CHANGE_LEMMAS \
        and tok.dep_ == "pobj" and tok.head.lower_ in ("to", "from") \
        and not any(c.dep_ == "dobj" for c in verb.children)


def _partitive_noun(of: Token) -> Token | None:
    for obj in of.children:
        if obj.dep_ == "pobj":
            if obj.pos_ in ("NOUN", "PROPN") and not DIGITS_RE.match(obj.text):
                return obj
            if obj.pos_ == "NUM" and obj.head.pos_ in ("NOUN", "PROPN") and obj.head.i > obj.i:
                return obj.head
    return None


def _with_participle(noun: Token, text: str) -> str:
    """The noun plus a participle right after it and that participle's adverb/particle."""
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and _right_after(noun, child):
            end = child.i + 1
            while end < len(noun.doc) and noun.doc[end].head == child and noun.doc[end].dep_ in (
                "advmod", "prt",
            ):
                end += 1
            return text + " " + noun.doc[child.i : end].text + _state_complement(child, end - 1)
    return text


def _right_after(noun: Token, child: Token) -> bool:
    """Whether `child` follows `noun` with nothing but its own adverbs between ("people
    still listed as missing")."""
    between = noun.doc[noun.i + 1:child.i]
    return child.i > noun.i and all(t.dep_ == "advmod" and t.head == child for t in between)


def _state_of(verb: Token) -> str | None:
    """The state a verb phrase puts its subject in (lexicon state_phrases): "joined the
    strike", "stopped work", "walked out", "were on strike" -> "on strike"."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in ("dobj", "prt"):
            found = STATE_PHRASES.get(f"{lemma} {child.lemma_.lower()}")
        elif child.dep_ == "prep":
            objs = [g for g in child.children if g.dep_ == "pobj"]
            found = STATE_PHRASES.get(f"{lemma} {child.lower_} {objs[0].lemma_.lower()}") \
                if objs else None
        else:
            found = None
        if found:
            return found
    return None


def _event_verb(noun: Token) -> Token:
    """The verb a counted noun is the object of: its head, or the verb over a "between"
    that holds it ("wounding between 40 and 60 others")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "between" and head.head.pos_ == "VERB":
        return head.head
    return head


def _state_before(noun: Token, text: str) -> str:
    """The noun with a state of people written before it ("112 wounded people": wounded
    people, as "people wounded" are), a participle or adjective that is itself a person
    noun (lexicon person_nouns: "wounded", "injured", "dead", "displaced")."""
    states = [c for c in noun.lefts if c.dep_ == "amod" and c.lower_ in PEOPLE_STATES
              and c.i == noun.i - 1]
    text = f"{states[0].text} {text}" if states and not text.startswith(states[0].text) \
        else text
    # "290 suspected cases", "298 suspected cholera cases": how sure a case count is says
    # what it counts (suspected cases are not the 38 confirmed ones: stranger trial 8)
    status = [c for c in noun.lefts if c.dep_ == "amod" and c.lower_ in CASE_STATUSES]
    if status and status[0].lower_ not in text.lower().split():
        text = f"{status[0].text} {text}"
    return text


def _complement(verb: Token) -> str:
    """An adjective completing a passive verb ("were confirmed dead", "were found dead"):
    what the subject's count is (dead people), not "confirmed"; or a state of people
    (_state_complement: "were reported missing", "are registered as missing", "had been
    forced from their homes")."""
    found = [c for c in verb.rights if c.dep_ in ("oprd", "acomp") and c.pos_ == "ADJ"]
    return f" {found[0].text}" if found else _state_complement(verb, verb.i)


# what befell people, said after a verb ("listed as missing", "remain unaccounted for",
# "made homeless"): the person nouns of PEOPLE_STATES and these
STATE_WORDS_EXTRA = frozenset({"missing", "unaccounted", "homeless", "dead"})
HOME_WORDS = frozenset({"home", "homes", "house", "houses"})


def _state_token(verb: Token, after: int) -> Token | None:
    """The state of people a verb's complement after `after` names ("reported missing",
    "registered as missing"), or None."""
    for c in verb.rights:
        if c.i <= after:
            continue
        if c.dep_ in ("oprd", "acomp", "xcomp") and c.lower_ in STATE_WORDS:
            return c
        if c.dep_ == "prep" and c.lower_ == "as":
            found = next((g for g in c.children if g.lower_ in STATE_WORDS), None)
            if found is not None:
                return found
    return None


def _state_complement(verb: Token, after: int) -> str:
    """The words after `after` that say what befell the people a verb is about: a state
    ("reported missing", "registered as missing", "remain unaccounted") or losing their
    homes ("forced from their homes"); "" when there are none."""
    state = _state_token(verb, after)
    if state is not None:
        return " " + verb.doc[state.head.i if state.head != verb else state.i:state.i + 1].text
    for c in verb.rights:
        if c.i > after and c.dep_ == "prep" and c.lower_ in ("from", "out"):
            home = next((g for g in c.subtree if g.dep_ == "pobj" and g.lower_ in HOME_WORDS),
                        None)
            if home is not None:
                return " " + verb.doc[c.i:home.i + 1].text
    return ""


# verbs of giving something to people: what they were given says who they are ("had
# given first aid to 85 people": 85 people given first aid, not 85 bare people)
GIVING_LEMMAS = frozenset(LEXICON["giving_verbs"])


def _given_to(noun: Token) -> str | None:
    """What people after "to" were given ("gave first aid to 85 people", "provided
    shelter to 400 families", "have administered vaccines to 12,000 children"): the
    giving verb's object, as written; None for any other noun."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in GIVING_LEMMAS or verb.i > noun.i:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i
                and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None or obj.lower_ in ("it", "them"):
        return None
    return noun.doc[obj.left_edge.i:obj.i + 1].text if obj.left_edge.dep_ != "det" \
        else noun.doc[obj.left_edge.i + 1:obj.i + 1].text


def _with_event(noun: Token, text: str) -> str:
    text = _state_before(noun, text)
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i and \
            (state := _state_of(verb)) is not None:
        return f"{text} {state}"  # "4,200 workers had joined the strike": workers on strike
    if noun.dep_ in ("nsubj", "nsubjpass") and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i:
        if verb.lemma_.lower() not in LIGHT_VERBS:
            auxes = [c.text for c in verb.lefts
                     if c.i > noun.i and c.dep_ in ("aux", "auxpass", "neg")]
            return " ".join([text, *auxes, verb.text]) + _complement(verb)
        if state := _state_complement(verb, verb.i):  # "12 people remain unaccounted for"
            return text + state
    if noun.dep_ == "nsubj" and verb.pos_ == "ADJ" and verb.i > noun.i and \
            verb.lower_ in STATE_WORDS:  # "made 400 people homeless"
        return f"{text} {verb.text}"
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.i < noun.i and \
            (state := _state_complement(verb, noun.i)):  # "registered 77 people as missing"
        return f"{text} {verb.text}{state}"
    if (given := _given_to(noun)) is not None:  # "gave first aid to 85 people"
        return f"{text} given {given}"
    verb = _event_verb(noun)
    if noun.dep_ in ("dobj", "pobj") and verb.i < noun.i and \
            verb.lemma_.lower() in EVENT_PARTICIPLES:
        # "killing at least 23 people": what "23 people were killed" counts
        return f"{text} {EVENT_PARTICIPLES[verb.lemma_.lower()]}"
    for child in noun.rights:
        if child.dep_ == "acl" and _right_after(noun, child) and (
                child.tag_ == "VBG" or EVENT_PARTICIPLE_WORDS & {child.lower_}
                or _state_complement(child, child.i)):
            # "the 31 people killed when shells struck": people killed
            return _with_participle(noun, text)
    return text


EVENT_PARTICIPLE_WORDS = frozenset(EVENT_PARTICIPLES.values())
# what befell people, written as a person noun ("74 wounded", "112 wounded people", "12
# dead"): a person noun (lexicon) that is an event's participle, or dead or missing
# what a count of cases says of how sure it is ("suspected cholera cases"); "confirmed" is
# not one: the ledger reads "confirmed cases" as the cases (ledger_counted.json)
CASE_STATUSES = frozenset({"suspected", "probable", "presumed", "presumptive",
                           "unconfirmed"})
PEOPLE_STATES = frozenset(w for w in PERSON_NOUNS
                          if w in EVENT_PARTICIPLE_WORDS or w in ("dead", "missing"))
STATE_WORDS = PEOPLE_STATES | STATE_WORDS_EXTRA


def unit(n: Number, noun: Token | None, doc: Doc | None = None) -> str | None:
    """The written unit, else "people" for a person noun (lexicon and WordNet), a plural
    nationality ("Gazans") or a figure followed by "who" ("95,800 who have been
    unemployed"), else the counted noun's lemma."""
    if n.unit:
        return n.unit
    if noun is None:
        return "people" if doc is not None and doc[n.end:n.end + 1].text.lower() == "who" \
            else None
    if noun.lower_ in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS or \
            noun.lower_ in STATE_WORDS:  # "left 112 missing"
        return "people"
    if noun.lower_ == "others" and (earlier := _counted_before(noun)) is not None:
        return unit(n, earlier)  # "killing 27 people and wounding 40 others": people
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):  # "3.5 million Syrians"
        return "people"
    return noun_lemma(noun)


def _counted_before(noun: Token) -> Token | None:
    """The nearest noun before `noun` in its sentence that a number counts ("27 people"
    of "killing 27 people and wounding 40 others"): what "others" are more of."""
    for t in reversed(noun.doc[noun.sent.start:noun.i]):
        if t.pos_ in ("NOUN", "PROPN") and t.lower_ != "others" and any(
                c.dep_ == "nummod" for c in t.children):
            return t
    return None


# What a percentage measures in economic reports (lexicon measured_nouns, growth_verbs,
# growth_subjects, gdp_bases)
SHARE_UNITS = frozenset({"percent", "percentage points"})
MEASURED_NOUNS = frozenset(LEXICON["measured_nouns"])
GROWTH_VERBS: dict[str, str] = LEXICON["growth_verbs"]
GROWTH_SUBJECTS = frozenset(LEXICON["growth_subjects"])
GDP_BASES: dict[str, str] = LEXICON["gdp_bases"]
LEVEL_OBJECT_DEPS = frozenset({"attr", "dobj", "npadvmod", "oprd"})
RELATIVE_PRONOUNS = frozenset({"which", "that", "who"})
PERCENT_SIGNS = frozenset({"%", "percent", "per", "cent", "points"})


def figure_root(doc: Doc, start: int, end: int) -> Token:
    """The token of a figure's tokens [start, end) whose head lies outside them."""
    for i in range(start, end):
        if not start <= doc[i].head.i < end or doc[i].head.i == i:
            return doc[i]
    return doc[end - 1]


def _base(of: Token) -> tuple[str, Token] | None:
    """The GDP-like base an "of" names ("of GDP", "of gross domestic product", "of
    economic output"): its normalised name (lexicon gdp_bases) and its noun."""
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None:
        return None
    words = [t.lower_ for t in obj.doc[obj.left_edge.i:obj.i + 1]]
    for k in range(len(words)):
        if (name := GDP_BASES.get(" ".join(words[k:]))) is not None:
            return name, obj
    return None


def _measure_ok(token: Token, any_noun: bool) -> bool:
    return token.pos_ in ("NOUN", "PROPN") and (
        any_noun or token.lower_ in MEASURED_NOUNS or token.lemma_.lower() in MEASURED_NOUNS)


def measured_noun(root: Token, any_noun: bool = False) -> Token | None:
    """The noun a percentage is a level of, as its clause says: "growth of 1.9%" (the
    noun "of" hangs on), "inflation stood at 6.8%", "growth in 2025 was 2.1%" (the subject
    of its verb), "puts growth at 2.1%", "raises VAT to 23 percent" (the object of a verb
    that sets it "at"/"to" the figure); a noun of lexicon measured_nouns unless `any_noun`
    (a share of GDP is a level of whatever its clause names)."""
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "of":
        return head.head if _measure_ok(head.head, any_noun) else None
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("at", "to", "from"):
        verb = head.head.head if head.head.is_punct else head.head  # the parse's "inflation ,"
        if head.lower_ == "to" and verb.lower_ in PERCENT_SIGNS and verb.dep_ == "pobj" \
                and verb.head.lower_ == "from":
            verb = verb.head.head  # "lower the rate from 9.50 percent to 9.00 percent"
        if _measure_ok(verb, False):
            return verb  # "inflation, at 6.5 percent in November, remained high"
        if verb.dep_ in ("prt", "advmod") and verb.head.pos_ in ("VERB", "AUX"):
            verb = verb.head  # "brought public debt down to 65%"
        roles: tuple[str, ...] = ("dobj", "nsubj", "nsubjpass")
    elif root.dep_ in LEVEL_OBJECT_DEPS:
        verb, roles = head, ("nsubj", "nsubjpass")
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    found = []
    for role in roles:
        for child in sorted((c for c in verb.children if c.dep_ == role),
                            key=lambda c: abs(c.i - verb.i)):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                child = verb.head  # "inflation, which stood at 6.8% in October"
            elif child.lower_ == "it":  # "INEC put turnout at 41.2%, while Yiaga put it at"
                child = _antecedent(child) or child
            elif not _measure_ok(child, False) and (of := _measure_of(child)) is not None:
                child = of  # "the group's estimate of turnout was 38.9%"
            if _measure_ok(child, any_noun):
                found.append(child)
    # a measure the lexicon names before any other noun ("Our ruling: Public debt is 71%")
    return next((c for c in found if _measure_ok(c, False)), found[0] if found else None)


# nouns that give a measure another noun names after "of": "the estimate of turnout"
MEASURE_OF_NOUNS = frozenset({"estimate", "figure", "level", "measure", "reading",
                              "projection", "forecast", "count", "tally"})


def _measure_of(noun: Token) -> Token | None:
    """The measured noun (lexicon measured_nouns) after "of" on an estimate-like noun: "the
    estimate of turnout" measures turnout."""
    if noun.lemma_.lower() not in MEASURE_OF_NOUNS:
        return None
    for of in noun.rights:
        if of.dep_ == "prep" and of.lower_ == "of":
            obj = next((c for c in of.children if c.dep_ == "pobj"), None)
            if obj is not None and _measure_ok(obj, False):
                return obj
    return None


def _antecedent(pronoun: Token) -> Token | None:
    """The measured noun (lexicon measured_nouns) an "it" stands for: the last one written
    before it in its sentence or the sentence before ("INEC put turnout at 41.2%, while
    Yiaga Africa put it at 38.9%")."""
    sent = pronoun.sent
    start = pronoun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for t in reversed(pronoun.doc[start:pronoun.i]):
        if _measure_ok(t, False):
            return t
    return None


def _growth(root: Token) -> tuple[str, Token] | None:
    """ "The economy grew 3.5%", "expects the economy to grow 2.4%": growth (lexicon
    growth_verbs, of a subject of growth_subjects)."""
    verb = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
    what = GROWTH_VERBS.get(verb.lemma_.lower())
    if what is None or root.dep_ not in ("npadvmod", "dobj", "pobj"):
        return None
    if any(c.dep_ == "nsubj" and c.lemma_.lower() in GROWTH_SUBJECTS for c in verb.children):
        return what, verb
    return None


MEASURE_QUALIFIERS = frozenset(LEXICON["measure_qualifiers"])


def _qualified(noun: Token, text: str) -> str:
    """`text` (a measured noun with its compounds) with the qualifiers right before it that
    name which measure it is (lexicon measure_qualifiers), when the parse made them
    modifiers: "Core inflation, which excludes food …, slowed to 5.9 percent": "Core
    inflation"."""
    doc = noun.doc
    begin = noun.idx + len(noun.text) - len(text)  # where the written words start
    qualifiers = {c.i for c in noun.lefts if c.dep_ == "amod" and c.lower_ in MEASURE_QUALIFIERS}
    k = next((t.i for t in doc[max(0, noun.i - 8):noun.i + 1] if t.idx == begin), noun.i)
    while k - 1 in qualifiers:
        k -= 1
    return doc[k:noun.i + 1].text if doc[k].idx < begin else text


def _sentence_case(doc: Doc, text: str, noun: Token) -> str:
    """`text` with the capital a sentence's first word takes lowered, when that word is a
    common word ("Growth is expected at 1.9%", "Core inflation … slowed to 5.9 percent":
    "growth", "core inflation"), so one measure reads one way wherever it stands."""
    begin = noun.idx + len(noun.text) - len(text)
    first = next((t for t in doc[max(0, noun.i - 8):noun.i + 1] if t.idx == begin), None)
    common = first is not None and (first.pos_ != "PROPN" or first.lower_ in MEASURED_NOUNS
                                    or first.lower_ in MEASURE_QUALIFIERS)
    if first is None or not first.is_sent_start or not common or \
            not first.text[:1].isupper() or first.text.isupper():
        return text
    return text[:1].lower() + text[1:]


def measured(doc: Doc, n: Number) -> tuple[str, Token] | None:
    """What a percentage of an economic report counts (see `measured_noun`, `_growth`): the
    noun it is a level of; for a share of GDP ("debt stands at 71% of GDP", "a deficit of
    3.1% of gross domestic product") that noun with the base's one name ("debt of GDP"),
    else the base alone ("GDP"). None when the clause says neither, or when the figure is
    a share of something else ("34% of voters": `counted` reads it)."""
    root = figure_root(doc, n.start, n.end)
    if root.dep_ == "conj" and root.head.lower_ in PERCENT_SIGNS and root.head.i < n.start:
        # "debt is 71% of GDP by one count and 74% by another": the 74% is what the 71% is
        first = root.head
        return measured(doc, Number(first.left_edge.i, first.i + 1, 0.0, unit=n.unit))
    base = None
    for i in range(n.start, n.end):
        for child in doc[i].children:
            if child.dep_ == "prep" and child.lower_ == "of":
                base = _base(child)
                if base is None and _partitive_noun(child) is not None:
                    return None
    noun = measured_noun(root, any_noun=base is not None)
    if noun is not None:
        text = _sentence_case(doc, _qualified(noun, _subtree_noun(noun, noun.left_edge.i)),
                              noun)
        return (f"{text} of {base[0]}" if base else text), noun
    if base is None:
        return _growth(root)
    return base
