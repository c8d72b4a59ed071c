"""Quoted passages of a text, found at character level.

`find_quotes(text)` returns the (start, end) offsets of every quotation, marks included
(PolNeAR's content spans include them, and the trailing comma inside them). It pairs curly
double quotes, straight double quotes and the doubled apostrophes some archives use (''),
per paragraph; a quote opened and not closed by the paragraph's end runs to that end (a
quote over several paragraphs then continues in the next). Curly single quotes count only
when they open at a word start and close before a non-letter (headline style).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from according.nlp import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc

OPEN_CLOSE = {"“": "”", "‘": "’"}
# one mark per match: curly doubles, doubled apostrophes, straight doubles, curly singles
MARK_RE = re.compile(r"“|”|''|\"|(?<![\w’'])‘|’(?![\w])")
PARAGRAPH_RE = re.compile(r"[^\n]+")
MIN_QUOTE_CHARS = 3


def _paragraph_quotes(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    open_at: int | None = None
    open_mark = ""
    for m in MARK_RE.finditer(text, start, end):
        mark = m.group()
        if open_at is None:
            if mark in ("”", "’"):
                continue  # a stray closer (or an apostrophe) with nothing open
            open_at, open_mark = m.start(), mark
            continue
        closes = (
            (open_mark == "“" and mark == "”")
            or (open_mark == "‘" and mark == "’")
            or (open_mark == mark and mark in ('"', "''"))
        )
        if closes:
            out.append((open_at, m.end()))
            open_at = None
        elif mark == "“" and open_mark == "“":
            # a new opening before a close: the first ran on unclosed; restart here
            out.append((open_at, m.start()))
            open_at = m.start()
    if open_at is not None and open_mark != "‘":
        stop = end
        while stop > open_at and text[stop - 1].isspace():
            stop -= 1
        out.append((open_at, stop))
    return [(s, e) for s, e in out
            if e - s >= MIN_QUOTE_CHARS and any(c.isalnum() for c in text[s:e])]


def find_quotes(text: str) -> tuple[tuple[int, int], ...]:
    """Every quotation's (start, end) in `text`, marks included, in text order."""
    quotes: list[tuple[int, int]] = []
    for para in PARAGRAPH_RE.finditer(text):
        quotes += _paragraph_quotes(text, para.start(), para.end())
    return tuple(quotes)


_QUOTES_KEY = "according.quotes"


def quotes_of(doc: Doc) -> tuple[tuple[int, int], ...]:
    """`find_quotes` of the Doc's text, found once per Doc (the finder, the source resolver
    and the coreference all need them)."""
    quotes = doc.user_data.get(_QUOTES_KEY)
    if quotes is None:
        quotes = doc.user_data[_QUOTES_KEY] = find_quotes(doc_text(doc))
    return quotes
