"""Passive cues the parse missed: the one declared, named or told is not the speaker.

"Adebayo Olatunji was on Monday declared winner … by the electoral commission": the
parser may make "was" the root and "declared" an active conjunct whose subject is
Olatunji; read by its words, the cue is passive and its speaker is the agent after "by"
(none without one). A headline or key-events line drops the auxiliary ("Olatunji declared
winner", "Mayor named chairman", "Singer declared dead"): a participle followed by a bare
complement (a noun for a person with no determiner, or an adjective) and nothing after it
is passive too, with no speaker in the sentence. `passive_source` says which.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from according.attribution.source_heads import is_person_noun

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# between a passive "was" and its participle: adverbs and short time phrases ("was on
# Monday declared", "was later named"), never a verb, a subject or punctuation
BETWEEN_POS = frozenset({"ADV", "ADP", "DET", "NUM", "PROPN", "NOUN", "PART"})
MAX_BETWEEN = 4
# how a bare complement hangs on a participle ("declared winner", "declared dead")
COMPLEMENT_DEPS = frozenset({"dobj", "oprd", "acomp", "attr", "xcomp", "npadvmod"})
# the right dependents that end the agent's phrase ("the commission, which turned down …")
AGENT_CUT_DEPS = frozenset({"relcl", "acl", "appos", "punct", "advcl", "cc", "conj"})


def _participle(tok: Token) -> bool:
    return tok.tag_ == "VBN" or tok.tag_ == "VBD" and tok.lower_.endswith("ed")


def _after_be(tok: Token, after: int) -> bool:
    """Is `tok` a participle after a form of "be" (at token `after` or later, past the
    source: not "Officials who were there reported") with at most a few adverbial words
    between ("was on Monday declared", "were later told")?"""
    doc = tok.doc
    for k in range(tok.i - 1, max(after, tok.sent.start, tok.i - MAX_BETWEEN - 1) - 1, -1):
        t = doc[k]
        if t.lemma_ == "be" and t.pos_ in ("AUX", "VERB"):
            return True
        if t.pos_ not in BETWEEN_POS or t.dep_ in ("nsubj", "nsubjpass") or \
                t.lower_ in ("that", "who", "which"):
            return False
    return False


def _headline_passive(tok: Token) -> bool:
    """"Olatunji declared winner": a participle with no auxiliary, then one bare complement
    (a noun for a person with no determiner, or an adjective) ending its clause."""
    doc = tok.doc
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children) or tok.i + 1 >= len(doc):
        return False
    comp = doc[tok.i + 1]
    if comp.head.i != tok.i or comp.dep_ not in COMPLEMENT_DEPS or any(
            c.dep_ in ("dobj", "iobj", "ccomp", "dative") and c.i != comp.i
            for c in tok.children):
        return False
    if comp.pos_ == "NOUN":
        bare = is_person_noun(comp) and comp.tag_ == "NN" and not any(
            c.dep_ in ("det", "poss", "nummod", "amod", "compound") for c in comp.children)
    else:
        bare = comp.pos_ == "ADJ"
    if not bare:
        return False
    for t in doc[comp.right_edge.i + 1:tok.sent.end]:
        if t.is_space and "\n" in t.text:
            return True  # the line ends: a headline or a list item
        if not t.is_space:
            return t.pos_ not in ("NOUN", "PROPN", "PRON", "DET", "NUM", "ADJ") and \
                not t.is_quote
    return True


def _agent(doc: Doc, tok: Token) -> tuple[int, int] | None:
    """The noun phrase after the first "by" following the cue in its sentence, without
    its relative clause or apposition, as tokens [i, j)."""
    for k in range(tok.i + 1, tok.sent.end):
        by = doc[k]
        if by.lower_ != "by" or by.pos_ != "ADP":
            continue
        head = next((c for c in by.children if c.dep_ == "pobj" and
                     c.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        end = head.right_edge.i + 1
        for c in head.rights:
            if c.dep_ in AGENT_CUT_DEPS:
                end = min(end, c.left_edge.i)
        while end > head.i + 1 and doc[end - 1].is_punct:
            end -= 1
        return head.left_edge.i, end
    return None


def passive_source(doc: Doc, head: int, source: tuple[int, int] | None
                   ) -> tuple[bool, tuple[int, int] | None]:
    """(is the cue at token `head` a passive the parse missed, with `source` before it the
    one it is about; the agent's tokens [i, j), None when no "by" names one)."""
    tok = doc[head]
    if source is None or source[1] > head or not _participle(tok):
        return False, None
    if not (_after_be(tok, source[1]) or _headline_passive(tok)):
        return False, None
    return True, _agent(doc, tok)


def passive_pieces(doc: Doc, cue_end: int, subject: tuple[int, int],
                   agent: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The content of a passive declaration as token ranges: the one it is about and the
    complement after the cue up to the agent's "by" or the clause's end ("Adebayo
    Olatunji" + "winner of the Kabanu governorship election")."""
    end = agent[0] - 1 if agent is not None else doc[subject[0]].sent.end
    k = cue_end
    while k < end and not (doc[k].is_punct and doc[k].text in ",;.:—–") and \
            not (doc[k].is_space and "\n" in doc[k].text):
        k += 1
    while k > cue_end and (doc[k - 1].is_space or doc[k - 1].is_punct):
        k -= 1
    return [subject] + ([(cue_end, k)] if k > cue_end else [])
