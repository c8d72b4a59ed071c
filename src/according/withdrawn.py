"""Statements an article withdraws: what a correction says an earlier version got wrong.

`withdrawn_statements(text)` -> the (start, end) of each withdrawn statement, read from the
correction formulas outlets print above or below a story ("Correction: An earlier version
of this article, published on Tuesday, said 34 people had been killed in the attack.",
"This article was amended on 5 March. A previous version said the line would open in
2027."). The statement is the words after the verb up to the sentence's end. Nobody
claims it: it is the outlet's own mistake, so the attribution stage reports no source
saying it and the figures stage reports none of its numbers (stranger trial 3: "Correction"
became a person credited with a toll of 34 the story had withdrawn, listed in the ledger
as the day's figure). What the correction says instead ("The ministry's figure at the
time was 31") is not inside a withdrawn statement and is read as usual.
"""

from __future__ import annotations

import re

# "An earlier version of this article (, published on Tuesday,) said|stated|reported|gave
# …" or "This story previously stated …": the lead-in of a withdrawn statement; group
# "said" ends where the statement starts, group "own" is the story naming itself
_WITHDRAWN = re.compile(
    r"\b(?:(?:an?|the)\s+(?:earlier|previous|prior|original|older)\s+"
    r"(?:version|edition|headline|caption)(?P<own>\s+of\s+this\s+(?:article|story|report|"
    r"post|piece|page|headline|caption))?"
    r"(?:\s*,[^,.]{1,60},)?"
    r"|(?P<self>this\s+(?:article|story|report|post|piece)\s+(?:had\s+)?"
    r"(?:previously|originally|earlier)))\s+"
    r"(?P<said>(?:incorrectly\s+|wrongly\s+|mistakenly\s+|erroneously\s+)?"
    r"(?:said|stated|reported|gave|put|described|quoted|attributed|referred\s+to|"
    r"misstated|misreported|misquoted|misidentified)"
    r"(?:\s+that)?)\s+", re.I)
# a bare "An earlier version said" is a correction only where a correction is announced
# before it on its line ("Correction: An earlier version, published Monday, said …"); else
# it is a bill's or treaty's earlier version, whose words someone reports
_CORRECTION_BEFORE = re.compile(
    r"\b(?:correction|clarification|editor'?s\s+note|amended|corrected|updated)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=[\"”’)]?(?:\s|$))")


def withdrawn_statements(text: str) -> list[tuple[int, int]]:
    """(start, end) of every statement `text` withdraws, in text order."""
    found = []
    for m in _corrections(text):
        start = m.end()
        end = _SENTENCE_END.search(text, start)
        stop = end.start() if end is not None else len(text)
        newline = text.find("\n", start, stop)
        if newline != -1:
            stop = newline
        if stop > start:
            found.append((start, stop))
    return found


def withdrawn_lead_ins(text: str) -> list[tuple[int, int]]:
    """(start, end) of each withdrawal's lead-in ("An earlier version of this article
    said"): a cue there reports the outlet's mistake, not a source's claim."""
    return [(m.start(), m.end("said")) for m in _corrections(text)]


def _corrections(text: str) -> list[re.Match[str]]:
    """The lead-ins of `text` that withdraw: the story naming itself ("of this article",
    "This story previously said") or a bare version after a correction's announcement."""
    return [m for m in _WITHDRAWN.finditer(text)
            if m.group("own") or m.group("self") or _CORRECTION_BEFORE.search(
                text, text.rfind("\n", 0, m.start()) + 1, m.start())]
