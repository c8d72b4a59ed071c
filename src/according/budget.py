"""The per-article budget: how much of one article's text is analysed.

An HTML page of more than MAX_HTML_ELEMENTS elements is refused before it is parsed.

Every stage after reading costs time in proportion to the tokens it reads, and a few
(names, sources, figures, times) compare items with each other, so one article is analysed
up to MAX_ANALYSED_TOKENS tokens (words and punctuation marks: about 150,000 characters of
English prose, twice the longest news features) and MAX_ANALYSED_CHARS characters, whichever
comes first. A longer text keeps its whole `text` in the record; the analysis stops at a
paragraph break (else a space) before the limit, and the record's warning says at which
character, so nothing after it is silently missing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MAX_ANALYSED_TOKENS = 30_000
MAX_ANALYSED_CHARS = 200_000
# trafilatura's time grows with a page's elements (600,000 "<p>a</p>" took a minute of CPU);
# a large news page has a few thousand, a long live blog some tens of thousands
MAX_HTML_ELEMENTS = 50_000
_OPENING_TAG = re.compile(rb"<[A-Za-z]")
# a cut this far back from the limit, or nearer, is preferred at a paragraph or line break
_BREAK_REACH = 0.2


def analysed_doc(nlp: Language, text: str) -> Doc:
    """The unparsed Doc of the part of `text` within the budget: all of it for any normal
    article, else a prefix ending at a line break or space. `doc.text` is always a prefix
    of `text`, so every offset into it is an offset into `text`."""
    head = text if len(text) <= MAX_ANALYSED_CHARS else text[: _cut(text, MAX_ANALYSED_CHARS)]
    doc = nlp.make_doc(head)
    if len(doc) <= MAX_ANALYSED_TOKENS:
        return doc
    return nlp.make_doc(head[: _cut(head, doc[MAX_ANALYSED_TOKENS].idx)])


def html_over_budget(html: str | bytes) -> str | None:
    """Why an HTML page is refused before it is parsed (more than MAX_HTML_ELEMENTS
    elements), or None."""
    data = html.encode("utf-8", "replace") if isinstance(html, str) else html
    elements = sum(1 for _ in _OPENING_TAG.finditer(data))
    if elements <= MAX_HTML_ELEMENTS:
        return None
    return (f"an HTML page of {elements:,} elements, over the per-article budget of "
            f"{MAX_HTML_ELEMENTS:,}")


def over_budget_warning(analysed: int, total: int) -> str:
    """The record's warning for a text analysed only up to character `analysed`."""
    return (
        f"text over the per-article budget ({MAX_ANALYSED_TOKENS:,} tokens or "
        f"{MAX_ANALYSED_CHARS:,} characters): only characters 0-{analysed:,} of {total:,} "
        f"were analysed; the rest has no regions, attributions, figures or times"
    )


def _cut(text: str, limit: int) -> int:
    """Where to stop reading `text` at or before `limit`: after the last line break in the
    last fifth before it, else after the last space, else at `limit` itself (a text with
    no space at all)."""
    floor = int(limit * (1 - _BREAK_REACH))
    for sep in ("\n\n", "\n", " "):
        at = text.rfind(sep, floor, limit)
        if at >= 0:
            return at + len(sep)
    return limit
