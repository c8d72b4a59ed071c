"""What a poll's figures count: the party or candidate a share is for, and a margin of error.

"A poll by the Solvena Institute put the Civic Alliance at 34% and National Renewal at 29%":
each share counts the name it is for ("Civic Alliance", "National Renewal"), so that one
party's shares make a series across polls (the ledger keeps each pollster's apart). "with a
margin of error of 3 points" counts "margin of error", never a bare "points" (lexicon
`_doc_polls`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.quantities.lexicon import LEXICON

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from according.quantities.numbers import Number

POLL_WORDS = frozenset(LEXICON["poll_words"])
POLL_WORD_NOT_BEFORE = frozenset(LEXICON["poll_word_not_before"])
POLL_LINKS = frozenset(LEXICON["poll_links"])
POLL_LINK_MAX: int = LEXICON["poll_link_max"]
POLL_NAME_NOUNS = frozenset(LEXICON["poll_name_nouns"])
POLL_LEAD_VERBS = frozenset(LEXICON["poll_lead_verbs"])
MARGIN_BEFORE = re.compile(LEXICON["margin_of_error_before"], re.I)
MARGIN_AFTER = re.compile(LEXICON["margin_of_error_after"], re.I)
MARGIN_OF_ERROR = "margin of error"
MARGIN_CONTEXT = 60  # characters read on each side of a figure for its margin words
NAME_POS = frozenset({"PROPN"})


def margin_of_error(doc: Doc, n: Number) -> tuple[str, Token | None] | None:
    """("margin of error", the "points" after it or None) for a figure a poll's margin of
    error is ("a margin of error of plus or minus 2.5 points", "a 3-point margin of
    error"), else None."""
    text = doc.text
    start = doc[n.start].idx
    end = doc[n.end - 1].idx + len(doc[n.end - 1].text)
    if MARGIN_BEFORE.search(text[max(0, start - MARGIN_CONTEXT):start]) or \
            MARGIN_AFTER.match(text[end:end + MARGIN_CONTEXT]):
        after = doc[n.end] if n.end < len(doc) else None
        return MARGIN_OF_ERROR, after if after is not None and after.pos_ == "NOUN" else None
    return None


def poll_share(doc: Doc, n: Number) -> tuple[str, Token] | None:
    """(the name, its last token) of the party or candidate a percentage of a poll is the
    share of, or None: the figure's sentence must name a poll (lexicon poll_words)."""
    if n.unit != "percent" or n.start >= len(doc):
        return None
    sent = doc[n.start].sent
    if not any(t.lower_ in POLL_WORDS and not (
            t.i + 1 < len(doc) and doc[t.i + 1].lower_ in POLL_WORD_NOT_BEFORE) for t in sent):
        return None  # "a sample of 500 polling units" names an election's places, no poll
    # "Trump is leading Clinton 47.1 percent to 41.7 percent": the lead verb's subject and
    # object own the pair, not the name right before the first share
    return _lead_share(doc, n, sent) or _name_before(doc, n.start, sent)


def _name_before(doc: Doc, i: int, sent: Span) -> tuple[str, Token] | None:
    """The proper name before token `i`, across at most POLL_LINK_MAX link words ("at",
    "has", ",", a hedge); a name written as a pollster's ("a poll by X", "an X poll") or
    a number before the links ("34% to 29%") is none."""
    k, links = i - 1, 0
    while k >= sent.start and doc[k].lower_ in POLL_LINKS and links < POLL_LINK_MAX:
        k, links = k - 1, links + 1
    if k < sent.start:
        return None
    if doc[k].lower_ in POLL_NAME_NOUNS and k - 1 >= sent.start and \
            doc[k - 1].pos_ in NAME_POS:
        k -= 1  # "National Renewal party at 29%": the party's name
    return _name_ending_at(doc, k, sent)


def _name_ending_at(doc: Doc, k: int, sent: Span) -> tuple[str, Token] | None:
    """The run of proper-noun tokens of `sent` ending at token k, unless it names a
    pollster ("by the Solvena Institute", "the Solvena Institute poll")."""
    if doc[k].pos_ not in NAME_POS or doc[k].ent_type_ in ("DATE", "TIME", "GPE"):
        return None
    first = k
    while first - 1 >= sent.start and (
            (doc[first - 1].pos_ in NAME_POS and doc[first - 1].ent_type_ == doc[k].ent_type_)
            or _joining_hyphen(doc, first - 1, sent)):
        first -= 1  # "Chinwe Okafor-Bello": a hyphen inside a name joins its parts
    before = doc[first - 1].lower_ if first - 1 >= sent.start else ""
    before2 = doc[first - 2].lower_ if first - 2 >= sent.start else ""
    after = doc[k + 1].lower_ if k + 1 < sent.end else ""
    if before == "by" or (before == "the" and before2 == "by") or after in POLL_WORDS:
        return None
    return doc[first:k + 1].text, doc[k]


def _lead_share(doc: Doc, n: Number, sent: Span) -> tuple[str, Token] | None:
    """ "X leads Y by five points, 34 percent to 29 percent": the first share is the
    subject's of a lead verb (lexicon poll_lead_verbs), the second its object's."""
    after = doc[n.end].lower_ if n.end < sent.end else ""
    before = doc[n.start - 1].lower_ if n.start - 1 >= sent.start else ""
    if after == "to":
        roles = ("nsubj",)
    elif before == "to":
        roles = ("dobj",)
    else:
        return None
    for verb in sent:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in POLL_LEAD_VERBS:
            for child in verb.children:
                if child.dep_ in roles:
                    # "leading Clinton 47.1 percent": the parse's object is the share, the
                    # name hangs on it
                    child = next((c for c in child.lefts if c.dep_ in ("nmod", "compound")
                                  and c.pos_ in NAME_POS), child) \
                        if child.pos_ not in NAME_POS else child
                    end = child.i
                    if child.lower_ in POLL_NAME_NOUNS and end - 1 >= sent.start:
                        end -= 1
                    found = _name_ending_at(doc, end, sent)
                    if found is not None:
                        return found
    return None


def _joining_hyphen(doc: Doc, i: int, sent: Span) -> bool:
    """Whether token i is a hyphen written without spaces between two proper nouns."""
    return (doc[i].text in ("-", "\u2010", "\u2011") and i - 1 >= sent.start
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_
            and doc[i - 1].pos_ in NAME_POS)
