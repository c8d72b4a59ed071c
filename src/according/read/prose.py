"""Whether a text is prose at all, or program code or markup saved as text.

A scrape that saved a page's script bundle instead of the page ("!function(){"use strict";
function render1(e,t){var r=props.cache(e);…", 1.6 MB on one line, stranger trial 7) passes
every other check of an article's text: it is UTF-8, has no control characters, and the
language model calls its identifiers English. Read as an article it gives sources "=" and
"r.length" and claims of code, and costs many seconds. Prose is mostly words: runs of
letters between spaces, with a little punctuation; code and markup are mostly symbols
glued to names. So a text is refused when, in a sample of it, the characters of code
(`{}[]();=<>&|\\$^~` and "*") are a large share of what is not white space AND few of its
space-separated tokens are words. Either alone is not enough: a table of results ("12 | 4 |
8") or an article quoting a line of code has symbols, a list of names has few words by
this measure, but none has both; numbers and lone marks count as neither.
"""

from __future__ import annotations

import re

SAMPLE_CHARS = 20000
# code's symbols: a share of the sample's non-space characters above this is code-like
# (news prose: under 1%; minified JavaScript or CSS: 15-30%)
CODE_SYMBOL_SHARE = 0.06
# a share of the sample's tokens that are words below this is not prose (news prose: 80-95%)
WORD_SHARE_BELOW = 0.5
_CODE_SYMBOLS = frozenset("{}[]();=<>&|\\$^~*")
# a word: letters (an apostrophe or hyphen inside), wrapped in at most the punctuation of
# prose: quotes and brackets before, stops, commas, quotes and brackets after
_NUMBER_OR_MARK = re.compile(r"[\d.,:;%/+#-]+|\W")
_WORD = re.compile(r"[\"'“‘(\[]*[^\W\d_]+(?:['’-][^\W\d_]+)*[.,;:!?\"'”’)\]]*")


def not_prose(text: str) -> str | None:
    """Why `text` is not prose (program code or markup), in a few words, or None when it is
    (or is too short to judge: a few tokens)."""
    sample = text[:SAMPLE_CHARS]
    # numbers and lone marks (a table's "12 | 4 | 8", a list's "-") are neither words nor
    # code: judged are the other tokens
    tokens = [t for t in sample.split() if not _NUMBER_OR_MARK.fullmatch(t)]
    solid = "".join(tokens)
    if len(tokens) < 5 and len(solid) < 200:  # a short line: nothing to judge by
        return None
    symbols = sum(ch in _CODE_SYMBOLS for ch in solid) / max(1, len(solid))
    words = sum(bool(_WORD.fullmatch(t)) for t in tokens) / max(1, len(tokens))
    if symbols > CODE_SYMBOL_SHARE and words < WORD_SHARE_BELOW:
        return (f"not prose: looks like program code or markup ({symbols:.0%} of its "
                f"characters are code symbols such as {{}}();=, {words:.0%} of its tokens "
                "are words)")
    return None
