"""What a figure counts, as written, and the unit that follows from it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from according.quantities.lexicon import (
    DIGITS_RE,
    DURATION_UNITS,
    EVENT_PARTICIPLES,
    FINITE_TAGS,
    HEAD_NOUN_WINDOW,
    LIGHT_VERBS,
    PERSON_NOUNS,
    STATE_PHRASES,
    TIME_WORDS,
    TOTAL_NOUNS,
    VE_SINGULARS,
)
from according.quantities.numbers import MEASURE_UNITS, Number

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

TOTAL_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr", "oprd"})
TALLY_NOUNS = frozenset({"toll", "tally"})  # a bare "toll" says what it counts, "number" not

# the time units of an age: "year" of "two-year-old", "month" of "six-month-old"
AGE_UNITS = frozenset(DURATION_UNITS.values())


def _subtree_noun(noun: Token, after: int) -> str:
    """The noun with the compounds (recursively) written between `after` and it."""
    first, stack = noun.i, [noun]
    while stack:
        for child in stack.pop().lefts:
            if child.i >= after and child.dep_ == "compound":
                first = min(first, child.i)
                stack.append(child)
    return noun.doc[first : noun.i + 1].text


def counted(doc: Doc, n: Number) -> tuple[str | None, Token | None]:
    """What the number counts, as written, and the noun it rests on."""
    if n.unit in MEASURE_UNITS or is_age(doc, n):
        return None, None
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
    return _total(doc, n) or _next_noun(doc, n)


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
    return None, None


def _total(doc: Doc, n: Number) -> tuple[str, Token | None] | None:
    """ "The death toll has risen to 60", "toll nears 35,000": the figure is the object of
    a verb whose subject is a total; it counts the total ("death toll"), or what a
    "number of" counts ("people killed")."""
    if n.unit:  # "that number has dropped to 35 percent" is a share, not a count
        return None
    tok = doc[n.end - 1]
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.dep_ == "prep" else tok.head
    if tok.dep_ not in TOTAL_OBJECT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lemma_.lower() not in TOTAL_NOUNS:
        return None
    for of in subject.rights:
        if of.dep_ == "prep" and of.lower_ == "of":
            noun = next((c for c in of.children if c.dep_ == "pobj"), None)
            if noun is not None:  # "number of people killed", "number of injured"
                return _with_participle(noun, _subtree_noun(noun, of.i + 1)), noun
    total = _subtree_noun(subject, subject.left_edge.i)
    return (total, None) if total != subject.text or subject.lemma_ in TALLY_NOUNS else None


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
        if child.dep_ == "acl" and child.tag_ in ("VBG", "VBN") and child.i == noun.i + 1:
            end = child.i + 1
            while end < len(noun.doc) and noun.doc[end].head == child and noun.doc[end].dep_ in (
                "advmod", "prt",
            ):
                end += 1
            return text + " " + noun.doc[child.i : end].text
    return text


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


def _with_event(noun: Token, text: str) -> str:
    verb = noun.head
    if noun.dep_ == "nsubj" and verb.pos_ in ("VERB", "AUX") and verb.i > noun.i and \
            (state := _state_of(verb)) is not None:
        return f"{text} {state}"  # "4,200 workers had joined the strike": workers on strike
    if (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ in ("VERB", "AUX")
        and verb.i > noun.i
        and verb.lemma_.lower() not in LIGHT_VERBS
    ):
        auxes = [c.text for c in verb.lefts if c.i > noun.i and c.dep_ in ("aux", "auxpass", "neg")]
        return " ".join([text, *auxes, verb.text])
    if noun.dep_ == "dobj" and verb.i < noun.i and verb.lemma_.lower() in EVENT_PARTICIPLES:
        # "killing at least 23 people": what "23 people were killed" counts
        return f"{text} {EVENT_PARTICIPLES[verb.lemma_.lower()]}"
    for child in noun.rights:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.i == noun.i + 1:
            return _with_participle(noun, text)
    return text


def unit(n: Number, noun: Token | None, doc: Doc | None = None) -> str | None:
    """The written unit, else "people" for a person noun (lexicon and WordNet), a plural
    nationality ("Gazans") or a figure followed by "who" ("95,800 who have been
    unemployed"), else the counted noun's lemma."""
    if n.unit:
        return n.unit
    if noun is None:
        return "people" if doc is not None and doc[n.end:n.end + 1].text.lower() == "who" \
            else None
    if noun.lower_ in PERSON_NOUNS or noun.lemma_.lower() in PERSON_NOUNS:
        return "people"
    if noun.ent_type_ == "NORP" and noun.tag_ in ("NNS", "NNPS"):  # "3.5 million Syrians"
        return "people"
    return noun_lemma(noun)
