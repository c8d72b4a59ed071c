"""Nesting: which attribution each one is reported inside (`within`).

Nesting (`within`): B is within A when B's cue and source lie inside one content
span of A (the smallest such); else, when B's recipient is an outlet ("told the
Post") that is the source of another attribution A, the nearest such A before B,
else the nearest after; else, when B is a sourceless "reportedly" within 400
characters after an outlet's report A, A. A link that would make a cycle is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from according.records import Attribution

REPORTEDLY = re.compile(r"(?i)reportedly|(?:was|were|is|are) reported")
REPORT_REACH = 400  # characters from an outlet's report to a "reportedly" inside it


def nest_attributions(atts: list[Attribution]) -> tuple[Attribution, ...]:
    """The attributions with `within` set by the rules above; ids and order unchanged."""
    nest = _within(atts)
    return tuple(replace(a, within=w) if w else a for a, w in zip(atts, nest, strict=True))


def _within(atts: list[Attribution]) -> list[str | None]:
    """The `within` of each attribution (rules in the module doc), by index."""
    out: list[str | None] = [None] * len(atts)
    for b, att in enumerate(atts):
        host = _host_by_content(atts, b)
        if host is None:
            host = _host_by_recipient(atts, b) if att.recipient else _host_by_report(atts, b)
        if host is not None and not _reaches(out, atts, host, att.id):
            out[b] = atts[host].id
    return out


def _host_by_content(atts: list[Attribution], b: int) -> int | None:
    """The attribution with the smallest content span holding b's source and cue."""
    own = [s for s in (atts[b].source.span, atts[b].cue) if s is not None]
    best: tuple[int, int] | None = None
    for a, other in enumerate(atts):
        for c in other.content if a != b and own else ():
            if all(c.start <= s.start and s.end <= c.end for s in own):
                if best is None or c.end - c.start < best[0]:
                    best = (c.end - c.start, a)
    return best[1] if best else None


def _host_by_recipient(atts: list[Attribution], b: int) -> int | None:
    """"told the Post": the nearest report by that outlet, before b, else after it."""
    ent = atts[b].recipient.entity if atts[b].recipient else None
    reports = [a for a, o in enumerate(atts) if a != b and ent is not None
               and o.source.entity == ent and o.source.type == "outlet"]
    before = [a for a in reports if a < b]
    return before[-1] if before else (reports[0] if reports else None)


def _host_by_report(atts: list[Attribution], b: int) -> int | None:
    """A sourceless "reportedly" just after an outlet's report is part of that report."""
    att = atts[b]
    if att.source.type != "unspecified" or att.cue is None or b == 0 or \
            not REPORTEDLY.match(att.cue.text):
        return None
    prev = atts[b - 1]
    ends = [s.end for s in (prev.cue, *prev.content) if s is not None]
    near = bool(ends) and 0 <= att.cue.start - max(ends) <= REPORT_REACH
    return b - 1 if prev.source.type == "outlet" and near else None


def _reaches(out: list[str | None], atts: list[Attribution], start: int, target: str) -> bool:
    ids = {a.id: n for n, a in enumerate(atts)}
    seen, cur = set(), start
    while cur is not None and cur not in seen:
        if atts[cur].id == target:
            return True
        seen.add(cur)
        nxt = out[cur]
        cur = ids[nxt] if nxt is not None else None
    return False
