"""The source of "CONTENT, SOURCE (ASIDE), APPOSITIVE, said." where the parse lost it.

A short bracket ("(OCHA)", "(pictured)", "(NRC)") or an appositive between a sentence-final
source and its cue makes the parser hang the source on the content's clause (an
`npadvmod` of "killed"), so the learned ranker (source_choice.py) finds no subject of the
cue and offers no source. Read at token level instead: left of the cue, over at most one
bracket and one appositive set off by commas, a noun phrase that a comma opens after a
clause with a verb is the source.
"""

from __future__ import annotations

from according.attribution.parse_features import ParseView

ASIDE_MAX_TOKENS = 8  # "(OCHA)", "(pictured)", "(D-Wis.)"; not a bracketed clause
APPOSITIVE_MAX_TOKENS = 14  # ", head of the Norwegian Refugee Council,"
NOUN_PHRASE_MAX_TOKENS = 12  # "the U.N. Office for the Coordination of Humanitarian Affairs"
PHRASE_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "NUM", "PART", "ADP", "CCONJ", "PRON"})
PHRASE_HEAD_POS = frozenset({"PROPN", "NOUN", "PRON"})
CLAUSE_POS = frozenset({"VERB", "AUX"})
Range = tuple[int, int]


def _skip_aside(v: ParseView, k: int, lo: int) -> int:
    """The token before a short bracket that ends at `k` ("(OCHA)"), else `k`."""
    if v.text[k] != ")":
        return k
    for j in range(k - 1, max(lo, k - ASIDE_MAX_TOKENS - 1) - 1, -1):
        if v.text[j] == "(":
            return j - 1
        if v.text[j] in (")", ",", ";") or v.pos[j] in CLAUSE_POS and v.tag[j] != "VBN":
            return k  # a clause in brackets, not an aside ("(pictured)" is a VBN)
    return k


def _skip_appositive(v: ParseView, k: int, lo: int) -> int:
    """The token before ", APPOSITIVE," ending at `k` (the closing comma), else `k`."""
    if v.text[k] != ",":
        return k
    for j in range(k - 1, max(lo, k - APPOSITIVE_MAX_TOKENS - 1) - 1, -1):
        if v.text[j] == ",":
            return j - 1 if j < k - 1 else k
        if v.pos[j] in CLAUSE_POS or v.text[j] in (";", ":", '"', "“", "”"):
            return k
    return k


def trailing_source(v: ParseView, head: int, cue: Range) -> Range | None:
    """Tokens [i, j) of the source before the cue head `head` in "CONTENT, SOURCE said"
    (with its bracket and appositive, as PolNeAR marks "Rep. Gwen Moore (D-Wis.)"); None
    when the words before the cue are no such noun phrase after a clause."""
    start = v.sent_start[head]
    end = cue[0] - 1
    if end <= start or v.tag[head] not in ("VBD", "VBZ", "VBP"):
        return None
    k = _skip_aside(v, end, start)
    k = _skip_appositive(v, k, start)
    k = _skip_aside(v, k, start)  # "Jan Egeland (pictured), head of …,"
    first = k + 1
    while first > start and k - first < NOUN_PHRASE_MAX_TOKENS and (
            v.pos[first - 1] in PHRASE_POS or v.text[first - 1] in (".", "'s", "’s")):
        first -= 1
    comma = first - 1
    if comma <= start or v.text[comma] != "," or first > k or not any(
            v.pos[t] in PHRASE_HEAD_POS for t in range(first, k + 1)) or \
            v.pos[first] in ("ADP", "CCONJ", "PART"):
        return None
    if not any(v.pos[t] in CLAUSE_POS for t in range(start, comma)):
        return None  # no clause before the comma: "In Kessarin, officials (…) said"
    keep_comma = any(v.text[t] == "," for t in range(first, end))  # ", head of …," closes
    return first, end + (1 if keep_comma or v.text[end] != "," else 0)
