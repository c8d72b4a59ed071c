"""Nesting: which attribution each one is reported inside (`within`).

Nesting (`within`): B is within A when B's cue and source lie inside one content
span of A (the smallest such); else, when B's recipient is an outlet ("told the
Post") that is the source of another attribution A, the nearest such A before B,
else the nearest after; else, when B is a sourceless "reportedly" within 400
characters after an outlet's report A, A. A link that would make a cycle is dropped.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import accumulate

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
    contents = _ContentIndex(atts)
    reports = _outlet_reports(atts)
    ids = {a.id: n for n, a in enumerate(atts)}
    for b, att in enumerate(atts):
        host = contents.host(b)
        if host is None:
            host = (_host_by_recipient(reports, atts, b) if att.recipient
                    else _host_by_report(atts, b))
        if host is not None and not _reaches(out, ids, host, att.id, atts):
            out[b] = atts[host].id
    return out


class _ContentIndex:
    """Every content span sorted by start, with the furthest end so far, so the spans that
    may hold a given one are found without looking at them all (an article with thousands
    of attributions stays linear-ish)."""

    def __init__(self, atts: list[Attribution]) -> None:
        self.atts = atts
        spans = sorted((c.start, c.end, a, i) for a, o in enumerate(atts)
                       for i, c in enumerate(o.content))
        self.starts = [s[0] for s in spans]
        self.spans = spans
        self.reach = list(accumulate((s[1] for s in spans), max))

    def host(self, b: int) -> int | None:
        """The attribution with the smallest content span holding b's source and cue (the
        first in attribution order among equals)."""
        own = [s for s in (self.atts[b].source.span, self.atts[b].cue) if s is not None]
        if not own:
            return None
        lo, hi = min(s.start for s in own), max(s.end for s in own)
        best: tuple[int, int, int] | None = None
        i = bisect_right(self.starts, lo) - 1
        while i >= 0 and self.reach[i] >= hi:
            start, end, a, n = self.spans[i]
            if a != b and end >= hi and (best is None or (end - start, a, n) < best):
                best = (end - start, a, n)
            i -= 1
        return best[1] if best else None


def _outlet_reports(atts: list[Attribution]) -> dict[str, list[int]]:
    """The indexes of each outlet entity's own reports, in order."""
    reports: dict[str, list[int]] = {}
    for a, o in enumerate(atts):
        if o.source.entity is not None and o.source.type == "outlet":
            reports.setdefault(o.source.entity, []).append(a)
    return reports


def _host_by_recipient(reports: dict[str, list[int]], atts: list[Attribution],
                       b: int) -> int | None:
    """"told the Post": the nearest report by that outlet, before b, else after it."""
    ent = atts[b].recipient.entity if atts[b].recipient else None
    found = [a for a in reports.get(ent, ()) if a != b] if ent is not None else []
    k = bisect_left(found, b)
    return found[k - 1] if k else (found[0] if found else None)


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


def _reaches(out: list[str | None], ids: dict[str, int], start: int, target: str,
             atts: list[Attribution]) -> bool:
    seen, cur = set(), start
    while cur is not None and cur not in seen:
        if atts[cur].id == target:
            return True
        seen.add(cur)
        nxt = out[cur]
        cur = ids[nxt] if nxt is not None else None
    return False
