"""Which way a date without a year points: the tense of its clause, read from the verb it
hangs on, and the words right before it ("as early as Friday", "until at least Monday").

- a future or modal auxiliary on the clause's verb ("will", "could"), an expectation verb
  governing it ("expected to", "is set to", "due to"), or an infinitive with no finite verb
  in the sentence (headline "Fares to rise in March") -> "future";
- a past-tense verb -> "past";
- failing the clause, the sentence: a future word ("will", "next", "due") -> "future", a
  past-tense verb -> "past", a modal -> "future", else "present";
- a forward cue before the expression ("by", "until", "from", "as early as", "starting")
  turns a present clause forward; a past clause stays past.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from according.nlp import FINITE_VERB_TAGS
from according.times.lexicon import (
    EXPECTATION_VERBS,
    FORWARD_CUES,
    FORWARD_HEADS,
    FUTURE_AUXILIARIES,
    FUTURE_MARKERS,
    MODAL_AUXILIARIES,
    POSTPONE_VERBS,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan


SCHEDULE_VERBS = frozenset({"set", "schedule", "slate", "plan", "book", "fix"})


def sentence_tense(sent: SpacySpan) -> str:
    if any(t.lower_ in FUTURE_MARKERS and not (t.lower_ == "next" and t.i + 1 < len(t.doc)
                                               and t.nbor(1).lower_ == "to") for t in sent):
        return "future"
    if any(t.tag_ in ("VBD", "VBN") for t in sent):
        return "past"
    modal = any(t.lower_ in MODAL_AUXILIARIES and t.tag_ == "MD" for t in sent)  # not "May"
    return "future" if modal else "present"


def clause_tense(tok: Token) -> str | None:
    """The tense of the clause holding `tok`, read from its verb, or None when unclear."""
    if tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.pos_ == "NOUN" and not any(
            c.lower_ in FORWARD_HEADS for c in tok.head.children):
        return "past"  # "a June agreement", "the Oct. 7 attack": an event told of
    verb = tok
    for _ in range(6):
        if (verb.lower_ in FORWARD_HEADS or verb.lemma_.lower() in FORWARD_HEADS) and not (
                verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "to"):
            return "future"  # "payable Dec. 7", "due on Friday" (not "due to": because of)
        if verb.dep_ == "prep" and verb.head.lemma_.lower() in POSTPONE_VERBS and (
                verb.lower_ in ("to", "until", "till", "through")
                or verb.lower_ == "for" and verb.head.lemma_.lower() in SCHEDULE_VERBS):
            return "future"  # "extended to Nov. 20", "gave him until May", "set for April"
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes if c.tag_ in ("MD", "TO")}
    perfect = any(c.lemma_ == "have" for c in auxes)
    if words & FUTURE_AUXILIARIES:
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if words & MODAL_AUXILIARIES and not perfect:
        return "future"  # "could fall by Saturday", "must be returned by Jan. 14"
    if "to" in words and not perfect:
        return _infinitive_tense(verb)
    if verb.tag_ in ("VBN", "VBG") and any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "past" if perfect else "present"  # "has closed"; "is closed until Monday"
    if verb.tag_ in ("VBZ", "VBP"):
        return "present"
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # "shares bought from Sept. 14", "the accord signed on Feb. 23"
    return None


def _infinitive_tense(verb: Token) -> str | None:
    gov = verb.head
    gov_auxes = [c for c in gov.children if c.dep_ in ("aux", "auxpass")]
    if verb.dep_ in ("acl", "ROOT") and not any(t.tag_ in FINITE_VERB_TAGS for t in verb.sent):
        return "future"  # a headline's "Fares to rise in March": no finite verb
    if (verb.dep_ == "xcomp" and gov.lemma_.lower() in EXPECTATION_VERBS
            and gov.tag_ != "VBD" and not any(c.tag_ == "VBD" for c in gov_auxes)):
        return "future"
    if verb.dep_ in ("xcomp", "advcl", "acl", "ccomp", "relcl"):
        return "future"  # "subpoenaed him to testify on Feb. 10": what is to come
    return None


def tense_at(doc: Doc, start: int, end: int, cache: dict[int, str]) -> str:
    """The tense that decides which way the expression at [start, end) points; `cache`
    keeps each sentence's tense (by its first token) for the next expression."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "past"
    if span.start > 0 and doc[span.start - 1].lower_ == "since":
        return "past"
    tense = clause_tense(span.root)
    if tense in (None, "present") and _forward_cue(doc, span.start):
        return "future"
    if tense is None:
        sent = span.sent
        tense = cache.get(sent.start)
        if tense is None:
            tense = cache[sent.start] = sentence_tense(sent)
    return tense


FILLERS = frozenset({"at", "least", "the", "late", "early", "mid", "most", "latest"})


def _forward_cue(doc: Doc, i: int) -> bool:
    """ "until at least Monday", "as early as Friday", "from Tuesday": a cue in the words
    before (fillers such as "at least", "late" passed over)."""
    words = [t.lower_ for t in doc[max(0, i - 5) : i]]
    while words and words[-1] in FILLERS:
        words.pop()
    return any(" ".join(words[-n:]) in FORWARD_CUES for n in (3, 2, 1) if len(words) >= n)
