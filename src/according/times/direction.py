"""Which way a date without a year points: the tense of its clause, read from the verb it
hangs on, and the words right before it ("as early as Friday", "until at least Monday").

- a future or modal auxiliary on the clause's verb ("will", "could"), an expectation verb
  governing it ("expected to", "is set to", "due to"), or an infinitive with no finite verb
  in the sentence (headline "Fares to rise in March") -> "future";
- a past progressive of an arrangement verb reported by a reporting verb ("said it was
  sending a team on Tuesday") -> "future";
- a past-tense verb, or a reporting verb in the present ("officials say Tuesday") -> "past";
- a participle with no auxiliary of its own ("starting with $30 billion on Tuesday") -> the
  tense of the verb it hangs on ("would impose");
- failing the clause, the sentence: a future word ("will", "next", "due") -> "future", a
  past-tense verb -> "past", a modal -> "future", else "present";
- "as of" before the expression in a clause not in the future ("the toll stood at 31 as
  of Tuesday", "puts the toll at 31 as of Tuesday") -> "past": a count reached by then;
- a forward cue before the expression ("by", "until", "from", "as early as", "starting")
  turns a present clause forward; in a past clause a deadline ("by", "until", "through")
  is "past deadline": a date without a year within a month ahead is that one ("INS decided
  the boy should go home by Jan. 14"), else the one before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from according.nlp import FINITE_VERB_TAGS
from according.times.lexicon import (
    ARRANGEMENT_VERBS,
    EXPECTATION_VERBS,
    FORWARD_CUES,
    FORWARD_HEADS,
    FUTURE_AUXILIARIES,
    FUTURE_MARKERS,
    MODAL_AUXILIARIES,
    POSTPONE_VERBS,
    REPORTING_VERBS,
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


def clause_tense(tok: Token, depth: int = 0) -> str | None:
    """The tense of the clause holding `tok`, read from its verb, or None when unclear."""
    if tok.dep_ in ("compound", "nmod", "amod", "poss") and tok.head.pos_ == "NOUN" and not any(
            c.lower_ in FORWARD_HEADS for c in tok.head.children):
        # "a June agreement", "the Oct. 7 attack": an event told of, unless its clause is
        # in the future tense ("voters will choose in Sunday's election"); "the Jan. 14
        # deadline": a date just ahead is that one
        if _will_clause(tok.head):
            return "future"
        return "past deadline" if tok.head.lower_ in FORWARD_HEADS else "past"
    verb = tok
    for _ in range(6):
        if (verb.lower_ in FORWARD_HEADS or verb.lemma_.lower() in FORWARD_HEADS) and not (
                verb.i + 1 < len(verb.doc) and verb.nbor(1).lower_ == "to"):
            return "future"  # "payable Dec. 7", "due on Friday" (not "due to": because of)
        if verb.i == tok.head.i and verb.dep_ == "prep" and (
                verb.head.lemma_.lower() in POSTPONE_VERBS) and (
                verb.lower_ in ("to", "until", "till", "through")
                or verb.lower_ == "for" and verb.head.lemma_.lower() in SCHEDULE_VERBS):
            return "future"  # "extended to Nov. 20", "gave him until May", "set for April"
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in auxes if c.tag_ in ("MD", "TO")}
    perfect = any(c.lemma_ == "have" for c in auxes)
    if words & FUTURE_AUXILIARIES:
        return "future"
    if _reported_arrangement(verb, auxes) and not _before_subject(tok, verb):
        return "future"
    if verb.tag_ == "VBD" or any(c.tag_ == "VBD" for c in auxes):
        return "past"
    if words & MODAL_AUXILIARIES and not perfect:
        return "future"  # "could fall by Saturday", "must be returned by Jan. 14"
    if verb.tag_ == "VBG" and not auxes and depth < 2 and verb.head.i != verb.i and \
            verb.dep_ in ("advcl", "xcomp", "conj", "pcomp") and verb.head.pos_ in ("VERB", "AUX"):
        return clause_tense(verb.head, depth + 1)  # "would impose ..., starting on Tuesday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_.lower() in REPORTING_VERBS and any(
            c.dep_ in ("ccomp", "parataxis") for c in verb.children):
        return "past"  # "officials say Tuesday's attack killed five": a day told of
    if "to" in words and not perfect:
        return _infinitive_tense(verb)
    if verb.tag_ in ("VBN", "VBG") and any(c.tag_ in ("VBZ", "VBP") for c in auxes):
        return "past" if perfect else "present"  # "has closed"; "is closed until Monday"
    if verb.tag_ in ("VBZ", "VBP") or verb.tag_ == "VB" and not auxes and any(
            c.dep_ == "nsubj" for c in verb.children):
        return "present"  # "City play Liverpool on Saturday": a base form with a subject
    if verb.tag_ == "VBN" and not auxes:
        return "past"  # "shares bought from Sept. 14", "the accord signed on Feb. 23"
    return None


def _reported_arrangement(verb: Token, auxes: list[Token]) -> bool:
    """ "The U.N. said it was sending a team to Kessarin on Tuesday" (published on a
    Monday): a past progressive of an arrangement verb reported by a reporting verb is
    "is sending" told in the past, a plan to come; "he said he was driving home on
    Tuesday" tells what was happening (no arrangement verb)."""
    return (verb.tag_ == "VBG" and verb.lemma_.lower() in ARRANGEMENT_VERBS
            and any(c.lemma_ == "be" and c.tag_ == "VBD" for c in auxes)
            and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in REPORTING_VERBS)


def _before_subject(tok: Token, verb: Token) -> bool:
    """Does the time `tok` come before its verb's subject ("said on Tuesday they were
    holding 40 people")? Then it tells when the reporting verb spoke, whatever the parser
    hangs it on: the reported clause starts at its subject."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and tok.i < subjects[0].left_edge.i and \
        verb.head.i < tok.i and verb.dep_ == "ccomp"


def _will_clause(tok: Token) -> bool:
    """Whether the verb `tok` hangs on has "will" or "shall" ("would", "could" and
    infinitives hang on events told of as often as on ones to come)."""
    verb = tok
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUXILIARIES
               for c in verb.children)


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
    if _as_of_before(doc, span.start) and not _will_clause(span.root):
        # "puts the toll at 31 as of Tuesday" (in a Wednesday live blog): a count reached
        # by that day, never one to come (a weekday in a present clause reads as a schedule),
        # unless its clause has "will" ("as of Monday, schools will reopen")
        return "past"
    if tense in (None, "present") and _forward_cue(doc, span.start):
        return "future"
    if tense == "past" and _forward_cue(doc, span.start, DEADLINE_CUES):
        return "past deadline"  # "decided he should go home by Jan. 14": a date just ahead
    if tense is None:
        sent = span.sent
        tense = cache.get(sent.start)
        if tense is None:
            tense = cache[sent.start] = sentence_tense(sent)
    return tense


FILLERS = frozenset({"at", "least", "the", "late", "early", "mid", "most", "latest"})


def _as_of_before(doc: Doc, i: int) -> bool:
    """Do the words before token `i` read "as of" ("31 dead as of Tuesday")?"""
    return i >= 2 and doc[i - 2].lower_ == "as" and doc[i - 1].lower_ == "of"


def _forward_cue(doc: Doc, i: int, cues: frozenset[str] = FORWARD_CUES) -> bool:
    """ "until at least Monday", "as early as Friday", "from Tuesday": a cue in the words
    before (fillers such as "at least", "late" passed over)."""
    words = [t.lower_ for t in doc[max(0, i - 5) : i]]
    while words and words[-1] in FILLERS:
        words.pop()
    return any(" ".join(words[-n:]) in cues for n in (3, 2, 1) if len(words) >= n)


DEADLINE_CUES = frozenset({"by", "until", "till", "through", "no later than"})
