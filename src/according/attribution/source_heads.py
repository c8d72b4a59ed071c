"""Reading a source span for attribution/sources.py: its head word, the parse facts
about it (coordinated, collective, a spokesperson's title), and the word lists that type
it (data/sources_patterns.json)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING

from according.records import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_P = json.loads((files("according") / "data" / "sources_patterns.json").read_text("utf-8"))
STRONG_ANON = tuple(re.compile(p, re.I) for p in _P["anonymous_strong"])
WEAK_ANON = tuple(re.compile(p, re.I) for p in _P["anonymous_weak"])
ANON_AFTER = tuple(re.compile(p, re.I) for p in _P["anonymous_after"])
OWN_STAFF = tuple(re.compile(p, re.I) for p in _P["own_staff"])
GROUP_RE = tuple(re.compile(p, re.I) for p in _P["group_patterns"])
GROUP_HEADS = frozenset(_P["group_heads"])
DOCUMENT_HEADS = frozenset(_P["document_heads"])
SPOKES_HEADS = frozenset(_P["spokes_heads"])
PLACE_HEADS = frozenset(_P["place_heads"])
ANON_HEADS = frozenset(_P["anon_heads"])
ORG_HEADS: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in _P["org_heads"].items()}
OUTLET_HEADS = frozenset(_P["outlet_heads"])
LOOSE_HEADS = frozenset(_P["loose_heads"])
# "central bank": the patterns an antecedent's name must match (sources_patterns.json)
QUALIFIED_HEADS: dict[str, tuple[re.Pattern[str], ...]] = {
    k: tuple(re.compile(p) for p in v) for k, v in _P["qualified_heads"].items()}
LOOSE_CHARS: int = _P["loose_chars"]
BARE_DEPS = frozenset({"det", "amod", "poss", "case", "punct"})
PERSON_PRONOUNS = frozenset(_P["person_pronouns"])
COLLECTIVE_HEADS = frozenset(_P["collective_heads"])
ORG_PARTS = frozenset(_P["org_parts"])
ROLE_HEADS = frozenset(_P["role_heads"])
RELATIVE_PRONOUNS = frozenset({"who", "which", "that"})
THING_PRONOUNS = frozenset(_P["thing_pronouns"])
PLURAL_PRONOUNS = frozenset(_P["plural_pronouns"])
OWNER_PREPS = frozenset(_P["owner_preps"])
PLATFORMS = frozenset(_P["platforms"])
LOCATIVE_PREPS = frozenset(_P["locative_preps"])
POSTING_PREPS = frozenset(_P["posting_preps"])


def is_coordinated(doc: Doc, span: Span, head: Token) -> bool:
    """Several sources joined by "and"/"or" ("The White House, State Department, and a
    number of Democrats"), the parser attaching them as conj or appos."""
    if any(c.dep_ == "conj" for c in head.children):
        return True
    return any(t.dep_ == "cc" and t.head.pos_ in ("NOUN", "PROPN") and
               span.start <= t.head.idx < span.end and not _inside_name(t, head)
               for t in doc.char_span(span.start, span.end, alignment_mode="expand") or ())


def _inside_name(cc: Token, head: Token) -> bool:
    """"and" inside one institution's name ("The Food and Drug Administration", "the
    Maritime and Coastguard Agency"): the words it joins modify a proper-noun head."""
    joined = cc.head
    return head.pos_ == "PROPN" and joined.i < head.i and joined.head.i == head.i and \
        joined.dep_ in ("compound", "nmod") and joined.pos_ == "PROPN" and \
        all(t.pos_ == "PROPN" or t.i == cc.i for t in head.doc[joined.i:head.i])


def name_with_and_start(doc: Doc, span: Span, head: Token) -> int | None:
    """The first word of a proper name with "and" inside it ("the Health and Safety
    Executive": "Health"), ending at `head`; None if the span holds none."""
    return next((t.head.i for t in doc.char_span(span.start, span.end, alignment_mode="expand")
                 or () if t.dep_ == "cc" and _inside_name(t, head)), None)


def is_collective(head: Token) -> bool:
    """"A chorus of prominent Republicans", "dozens of residents": a group."""
    return head.lemma_.lower() in COLLECTIVE_HEADS and any(
        c.dep_ == "prep" and c.lower_ == "of" and
        any(g.dep_ == "pobj" and g.tag_ in ("NNS", "NNPS") for g in c.children)
        for c in head.children)


def is_spokesperson(head: Token) -> bool:
    """A spokesperson's head word, alone or with its compounds ("press officer")."""
    words = [c.lower_ for c in head.lefts if c.dep_ == "compound"] + [head.lower_]
    return any(w in SPOKES_HEADS for w in (head.lower_, head.lemma_.lower(), " ".join(words),
                                           " ".join(words[-2:])))


# how a place or thing hangs under the person a "who" is about ("an official in Tarvik, a
# hamlet near Ostby, who …"): a preposition's object, an apposition, a modifier
_UP_TO_THE_PERSON = frozenset({"pobj", "prep", "appos", "compound", "npadvmod", "advmod",
                               "amod", "acl"})


def relative_antecedent(tok: Token) -> Token:
    """The noun a relative pronoun stands for; the pronoun itself when none is found. A
    "who" the parser hung on a place or a thing ("A local official in Tarvik, a hamlet near
    Ostby, who asked not to be named") stands for the person the phrase is about."""
    if tok.head.dep_ == "relcl":
        ant = tok.head.head
    else:
        i = tok.i - 1
        while i >= 0 and tok.doc[i].is_punct:
            i -= 1
        prev = tok.doc[i] if i >= 0 else tok
        ant = prev if prev.pos_ in ("NOUN", "PROPN") else tok
    if tok.lower_ == "who" and ant is not tok and ant.ent_type_ != "PERSON" and \
            not is_person_noun(ant):
        up = ant
        while up.dep_ in _UP_TO_THE_PERSON and up.head.i != up.i:
            up = up.head
            if up.ent_type_ == "PERSON" or (up.pos_ == "NOUN" and is_person_noun(up)):
                return up
    return ant


def subjects_before(pron: Token, quotes: tuple[tuple[int, int], ...],
                     sentences: int = 3) -> list[Token]:
    """Noun subjects before `pron` in its sentence and the `sentences` before: sentence by
    sentence, latest first, main-clause subjects first; none quoted (when `pron` is not)."""
    doc = pron.doc
    out: list[Token] = []
    end, sent = pron.i, pron.sent
    outside = not any(a <= pron.idx < b for a, b in quotes)
    for _ in range(sentences + 1):
        found = [t for t in reversed(doc[sent.start:end]) if t.dep_ in ("nsubj", "nsubjpass")
                 and t.pos_ in ("NOUN", "PROPN")
                 and not (outside and any(a <= t.idx < b for a, b in quotes))]
        out += sorted(found, key=lambda t: t.head.dep_ != "ROOT")  # stable: latest first
        if sent.start == 0:
            break
        end, sent = sent.start, doc[sent.start - 1].sent
    return out


def nonrestrictive_clause(tok: Token) -> bool:
    """Is `tok` a relative clause set off by a comma, dash or bracket ("the ministry, which
    is run by the Front's civilian administration,")? It says more of a noun the reader
    already knows; it does not pick the noun out, so the noun without it names the source."""
    first = tok.left_edge.i
    return tok.dep_ == "relcl" and first > 0 and tok.doc[first - 1].text in CLAUSE_OPENERS


CLAUSE_OPENERS = frozenset({",", "—", "–", "(", "--"})


def noun_phrase_end(head: Token) -> int:
    """The token index where the source noun phrase of `head` ends: before the comma of the
    first non-restrictive relative clause after it (on it or on a noun of its complement:
    "The health ministry in Varn, which …"), else after its subtree."""
    cut = [t.left_edge.i - 1 for t in head.subtree if t.i > head.i and nonrestrictive_clause(t)]
    return min(cut) if cut else head.right_edge.i + 1


def source_head(doc: Doc, span: Span) -> Token | None:
    """The head word of a source span; its subject when the parser made a participle the
    root ("Engineers inspecting the barrier", parsed as a clause)."""
    sp = doc.char_span(span.start, span.end, alignment_mode="expand")
    if sp is None or not len(sp):
        return None
    root = sp.root
    if root.pos_ in ("VERB", "AUX"):
        subj = next((t for t in root.lefts if t.dep_ in ("nsubj", "nsubjpass")
                     and t.pos_ in ("NOUN", "PROPN") and t.i >= sp.start), None)
        return subj or root
    rest = sp[root.i - sp.start + 1:]
    if root.pos_ == "NOUN" and len(rest) and all(t.pos_ == "PROPN" for t in rest):
        # "the charity CareBridge International": a descriptor before a name, which the
        # parser may make two subjects; the name is who speaks
        return next((t for t in rest if not rest.start <= t.head.i < rest.end), rest[-1])
    return root


_SPEAKER_ENTS = frozenset({"PERSON", "ORG", "NORP", "GPE"})


@lru_cache(maxsize=1)
def _person_nouns() -> frozenset[str]:
    """Nouns whose first sense is a person (WordNet noun.person, data/quantities_people.json)."""
    data = json.loads((files("according") / "data" / "quantities_people.json").read_text("utf-8"))
    return frozenset(data["person_nouns"])


def is_person_noun(tok: Token) -> bool:
    """Is the noun one for a person ("doctor", "woman", "aide", "source"), not for an
    institution or a thing ("hospital", "report")?"""
    lemma = tok.lemma_.lower()
    return lemma in _person_nouns() or tok.lower_ in _person_nouns() or lemma in ANON_HEADS \
        or lemma in ROLE_HEADS or lemma in SPOKES_HEADS


def may_speak(tok: Token) -> bool:
    """Can this noun be a speaker other than the one who reports it: a name, a noun for a
    person, an organization or a group ("the man", "the company", "officials"), not a thing
    ("the plan", "the road"); not a pronoun ("X said he …" is mostly X again)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in _SPEAKER_ENTS or noun_may_speak(tok)


def noun_may_speak(tok: Token) -> bool:
    """may_speak by the word alone, whatever its tag: a noun for a person, an organization
    or a group."""
    lemma = tok.lemma_.lower()
    return lemma in _person_nouns() or \
        tok.lower_ in _person_nouns() or lemma in ORG_HEADS or lemma in ANON_HEADS or \
        lemma in ROLE_HEADS or lemma in GROUP_HEADS or lemma in SPOKES_HEADS or \
        lemma in COLLECTIVE_HEADS or tok.lower_ in GROUP_HEADS
