"""Token ranges of a spaCy Doc turned into trimmed character Spans."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from according.entities.words import DATELINE_PLACES as _DATELINE_PLACES
from according.nlp import doc_text
from according.records import Span

EDGE_PUNCT = frozenset({",", ".", ";", ":", "—", "–", "-", "--", "(", ")"})
QUOTE_MARKS = frozenset({'"', "“", "”", "‘", "’", "''", "``"})
NARRATION_DEPS = ("advcl", "conj")


def char_span(text: str, start: int, end: int) -> Span | None:
    """Characters [start, end) with surrounding whitespace removed; None when nothing is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end) if end > start else None


def token_span(doc: Doc, i: int, j: int, *, keep_comma: bool = False) -> Span | None:
    """Tokens [i, j) as a Span, edge punctuation trimmed (a final comma kept if `keep_comma`)."""
    while i < j and (doc[i].text in EDGE_PUNCT or doc[i].is_space):
        i += 1
    while j > i and (doc[j - 1].is_space or (
        doc[j - 1].text in EDGE_PUNCT and not (keep_comma and doc[j - 1].text == ","))):
        j -= 1
    if j <= i:
        return None
    return char_span(doc_text(doc), doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text))


def subtree_span(tok: Token, *, keep_comma: bool = False, skip: Token | None = None) -> Span | None:
    """The token's subtree as a Span; `skip` cuts the subtree short where it would reach `skip`."""
    i, j = tok.left_edge.i, tok.right_edge.i + 1
    if skip is not None and i <= skip.i < j:
        if skip.i > tok.i:
            j = skip.left_edge.i
        else:
            i = skip.right_edge.i + 1
    return token_span(tok.doc, i, j, keep_comma=keep_comma)


# A live blog entry's clock stamp before its dash ("10:50 CET — ", "9.15am GMT - ",
# "14:05 – "): when the entry was posted, never who said anything in it
_CLOCK_STAMP = (r"(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)(?:\s*[ap]\.?m\.?)?"
                r"(?:\s+[A-Z]{2,5})?\s*[—–―-]+\s+")
# "RENO, Nev. (AP) — ", "PORT HALDEN, March 4 (Nordwire) - ", "DOHA: ", a clock stamp
DATELINE_CUT_RE = re.compile(
    r"^(?:.*(?:\((?:AP|Reuters|UPI|AFP)\)|[A-Z]{3,}[^a-z]*)\s*[—–―-]+\s+"
    r"|[A-Z]{3,}[^\n()]{0,40}\([A-Z][\w .&'-]{1,30}\)\s*[—–―-]+\s+"
    r"|[A-Z]{3,}(?:[ -][A-Z]{2,})*:\s+|" + _DATELINE_PLACES + "|" + _CLOCK_STAMP + ")")


DATELINE_MAX_CHARS = 60  # "PORT HALDEN, Norland, March 4 (Nordwire) — " and no longer


def dateline_end(text: str, pos: int) -> int | None:
    """Where a dateline or clock stamp opening the line of `pos` ends ("OSTBY, Norland (AP)
    — ", "10:50 CET — "), when it ends after `pos`' line start; None when none opens it."""
    line = text.rfind("\n", 0, pos) + 1
    while line < pos and text[line].isspace():
        line += 1
    m = DATELINE_CUT_RE.match(text[line:line + DATELINE_MAX_CHARS])
    return line + m.end() if m is not None else None


def source_span(tok: Token, verb: Token | None = None) -> Span | None:
    """A source noun phrase as PolNeAR marks it: before the verb the whole subtree, closing
    comma of an appositive kept; after the verb without it. A dateline glued on by the
    parser ("RENO, Nev. (AP) — ") is cut, and so is a quotation mark the parser hung on the
    noun phrase (said Jane Doe, the director, “that …”): a source never ends with one."""
    doc = tok.doc
    i, j = tok.left_edge.i, tok.right_edge.i + 1
    while j > i + 1 and (doc[j - 1].text in QUOTE_MARKS or doc[j - 1].is_space or (
            doc[j - 1].text in EDGE_PUNCT and doc[j - 2].text in QUOTE_MARKS)):
        j -= 1
    if verb is not None and tok.i > verb.i:
        span = token_span(doc, i, j)
    else:
        span = token_span(doc, i, j, keep_comma=True)
        if span is not None and span.text.endswith(",") and "," not in span.text[:-1]:
            span = Span.of(doc_text(doc), span.start, span.end - 1)
    return None if span is None else without_dateline(doc_text(doc), span)


def without_dateline(text: str, span: Span) -> Span:
    """The span with a leading dateline ("RENO, Nev. (AP) — ") cut off."""
    m = DATELINE_CUT_RE.match(span.text)
    if m and m.end() < len(span.text):
        return Span.of(text, span.start + m.end(), span.end)
    return span


def without_narration(content: Token, i: int, j: int,
                      quotes: tuple[tuple[int, int], ...]) -> int:
    """End a content that opens with a quotation at its closing mark when all that follows
    is adverbial clauses of the content's own ("“…” as teams worked through the night")."""
    doc = content.doc
    starts = {doc[i].idx, doc[i - 1].idx if i > 0 else -1}
    close = next((e for s, e in quotes if s in starts), None)
    if close is None:
        return j
    k = next((t.i for t in doc[i:j] if t.idx >= close), j)
    tail = {t.i for c in content.rights if c.dep_ in NARRATION_DEPS and c.left_edge.i >= k
            for t in c.subtree}
    if k < j and all(t.i in tail or t.is_punct for t in doc[k:j]):
        return k
    return j
