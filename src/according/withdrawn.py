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

`correction_notes(text)` -> the (start, end) of each correction note: a line labelled
"Correction:" or "Clarification:", or the rest of a line from the sentence a withdrawal
opens. The note is the outlet correcting its story, not anyone's report: no attribution is
read in it (stranger trial 7: "An earlier version of this story said the monitor had
verified the deaths of 14 children. It said 11." credited "11" to an unresolved "It"). Its
figures are still read, as the story's corrected report (README, round 29). A lead-in inside
a quotation is the speaker's words, not the outlet's correction.
"""

from __future__ import annotations

import re

from according.quotations import find_quotes

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
# a line labelled as a correction: "Correction:", "CORRECTION, March 21 –", "Clarification,
# 27 November:", "Corrections and clarifications:" (an update's label is not one: an update
# may carry news)
_NOTE_LABEL = re.compile(
    r"^[ \t]*(?:corrections?|clarifications?)\b[^:\n–—]{0,40}?(?::|[ \t][–—-])[ \t]", re.I | re.M)


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


def correction_notes(text: str) -> list[tuple[int, int]]:
    """(start, end) of every correction note in `text`, in text order: a labelled line whole,
    else its line from the start of the sentence holding a withdrawal's lead-in."""
    notes = [(m.start(), _line_end(text, m.start())) for m in _NOTE_LABEL.finditer(text)]
    for m in _corrections(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        ends = [e.end() for e in _SENTENCE_END.finditer(text, line_start, m.start())]
        start = ends[-1] if ends else line_start
        while start < m.start() and text[start].isspace():
            start += 1
        notes.append((start, _line_end(text, m.start())))
    return sorted(set(notes))


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def _corrections(text: str) -> list[re.Match[str]]:
    """The lead-ins of `text` that withdraw: the story naming itself ("of this article",
    "This story previously said") or a bare version after a correction's announcement; not
    one inside a quotation (a speaker's report's earlier version)."""
    quotes = find_quotes(text)
    return [m for m in _WITHDRAWN.finditer(text)
            if not any(a <= m.start() < b for a, b in quotes)
            and (m.group("own") or m.group("self") or _CORRECTION_BEFORE.search(
                text, text.rfind("\n", 0, m.start()) + 1, m.start()))]
