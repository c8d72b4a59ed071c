"""One record as what its page shows: blocks of text in runs of the same marks, and a card
per attribution. Pure functions of a Record; the templates only print what this returns.

A run ("piece") is a stretch of text covered by the same marks: the roles it plays
(source, cue, content, recipient of some attribution; a figure; a time) and which
attributions it belongs to, innermost first. Blocks follow the record's regions, so
furniture (captions, related links, boilerplate) can be greyed; text outside every region
becomes a block of its own when it is more than whitespace.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from according.records import Attribution, Quantity, Record

ROLES = ("source", "cue", "content", "recipient", "figure", "time")
# region kinds that are the article's reporting or its heading, not page furniture
TEXT_REGIONS = frozenset({"headline", "standfirst", "body"})
UNLABELLED = "unlabelled"
CONTENT_PREVIEW = 280  # characters of a content shown on a card before it is cut


@dataclass(frozen=True)
class Piece:
    """Characters [start, end) of the text with the marks they carry."""

    start: int
    end: int
    text: str
    roles: tuple[str, ...]  # in ROLES order
    attributions: tuple[int, ...]  # card numbers (1-based index of the attribution), innermost
    figure: str | None  # a short description of the figure here, for its tooltip
    time: str | None  # the resolved value of the time expression here


@dataclass(frozen=True)
class Block:
    """One region of the text (or an unlabelled stretch) as pieces."""

    kind: str
    furniture: bool
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class Card:
    """What the page says about one attribution."""

    number: int
    id: str
    kind: str
    source: str  # resolved: the entity's name, else the source as written
    source_as_written: str | None  # when it differs from `source`
    source_type: str
    title: str | None
    cue: str | None
    recipient: str | None
    content: str
    chain: tuple[str, ...]  # resolved sources from the outermost report to this one
    within: str | None
    confidence: float
    figures: tuple[str, ...]


@dataclass(frozen=True)
class ArticleView:
    blocks: tuple[Block, ...]
    cards: tuple[Card, ...]


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    role: str
    card: int = 0  # attribution card number for attribution roles
    label: str | None = None  # figure or time description


def _marks(record: Record) -> list[_Mark]:
    out: list[_Mark] = []
    for n, a in enumerate(record.attributions, 1):
        if a.source.span:
            out.append(_Mark(a.source.span.start, a.source.span.end, "source", n))
        if a.cue:
            out.append(_Mark(a.cue.start, a.cue.end, "cue", n))
        out += [_Mark(c.start, c.end, "content", n) for c in a.content]
        if a.recipient:
            out.append(_Mark(a.recipient.span.start, a.recipient.span.end, "recipient", n))
    for q in record.quantities:
        out.append(_Mark(q.span.start, q.span.end, "figure", label=_figure_label(q)))
    for t in record.times:
        out.append(_Mark(t.span.start, t.span.end, "time", label=t.value or t.reason or "?"))
    size = len(record.text)
    return [m for m in out if 0 <= m.start < m.end <= size]


def number(value: float | int | None) -> str:
    """1234567.0 -> '1,234,567'; 0.25 -> '0.25'; None -> '?'."""
    if value is None:
        return "?"
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return f"{value:,}" if isinstance(value, int) else f"{value:,.6g}"


def bounds_text(low: float | int | None, high: float | int | None,
                hedge: str | None = None) -> str:
    """A figure's bounds in words: "540 to 660", "at most 12,000,000", "more than 35,000"."""
    if low is None and high is None:
        return ""
    if low is None:
        return f"at most {number(high)}"
    if high is None:
        return f"{'more than' if hedge == 'more than' else 'at least'} {number(low)}"
    return "" if low == high else f"{number(low)} to {number(high)}"


def value_text(value: float | int, low: float | int | None, high: float | int | None,
               hedge: str | None = None, change_from: float | int | None = None) -> str:
    """A figure's value as its text states it: a range's two ends ("8,000,000 to
    20,000,000"), never the midpoint the record keeps as its value; a change's new value
    and where it started ("20,000,000 (from 8,000,000)"); else the value."""
    if change_from is not None:
        return f"{number(value)} (from {number(change_from)})"
    if hedge is None and low is not None and high is not None and low != high:
        return f"{number(low)} to {number(high)}"
    return number(value)


def figure_value(f: object) -> str:
    """`value_text` of a ledger figure or a record's quantity (a template filter)."""
    return value_text(f.value, f.low, f.high, f.hedge,  # type: ignore[attr-defined]
                      getattr(f, "change_from", None))


def _figure_label(q: Quantity) -> str:
    if q.change_from is not None:
        return figure_value(q) + (f" {q.counted}" if q.counted else "")
    bounds = bounds_text(q.low, q.high, q.hedge)
    shown = figure_value(q)
    bounds = "" if bounds == shown else bounds
    return f"{shown}{f' ({bounds})' if bounds else ''}" + (
        f" {q.counted}" if q.counted else "")


def _extent(a: Attribution) -> int:
    spans = [s for s in (a.source.span, a.cue, *a.content) if s is not None]
    return max(s.end for s in spans) - min(s.start for s in spans) if spans else 0


def _runs(marks: list[_Mark], cuts: set[int]) -> list[tuple[int, int, tuple[_Mark, ...]]]:
    """The text between consecutive cuts (every mark boundary and `cuts`) with the marks
    covering it: one sweep over the sorted boundaries, so long texts stay linear."""
    bounds = sorted(cuts | {m.start for m in marks} | {m.end for m in marks})
    starts = sorted(range(len(marks)), key=lambda i: marks[i].start)
    ends = sorted(range(len(marks)), key=lambda i: marks[i].end)
    active: dict[int, _Mark] = {}
    si = ei = 0
    runs = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        while ei < len(ends) and marks[ends[ei]].end <= lo:
            active.pop(ends[ei], None)
            ei += 1
        while si < len(starts) and marks[starts[si]].start <= lo:
            if marks[starts[si]].end > lo:
                active[starts[si]] = marks[starts[si]]
            si += 1
        runs.append((lo, hi, tuple(active.values())))
    return runs


def _piece(text: str, lo: int, hi: int, here: tuple[_Mark, ...],
           extents: dict[int, int]) -> Piece:
    roles = tuple(r for r in ROLES if any(m.role == r for m in here))
    cards = tuple(sorted({m.card for m in here if m.card}, key=lambda n: (extents[n], n)))
    figure = next((m.label for m in here if m.role == "figure"), None)
    time = next((m.label for m in here if m.role == "time"), None)
    return Piece(lo, hi, text[lo:hi], roles, cards, figure, time)


def _merged(text: str, pieces: list[Piece]) -> tuple[Piece, ...]:
    """Adjacent pieces with the same marks as one."""
    out: list[Piece] = []
    for p in pieces:
        prev = out[-1] if out else None
        if prev and (prev.roles, prev.attributions, prev.figure, prev.time) == (
                p.roles, p.attributions, p.figure, p.time):
            out[-1] = Piece(prev.start, p.end, text[prev.start:p.end], p.roles,
                            p.attributions, p.figure, p.time)
        else:
            out.append(p)
    return tuple(out)


def _stretches(record: Record) -> list[tuple[int, int, str]]:
    """(start, end, kind) covering the text: the regions in order, and the gaps between them
    that hold more than whitespace."""
    text, size = record.text, len(record.text)
    regions = sorted((r for r in record.regions if 0 <= r.start < r.end <= size),
                     key=lambda r: (r.start, r.end))
    out: list[tuple[int, int, str]] = []
    at = 0
    for r in regions:
        start = max(r.start, at)
        if start >= r.end:
            continue  # overlaps the region before it: those characters are shown already
        if text[at:start].strip():
            out.append((at, start, UNLABELLED))
        out.append((start, r.end, r.kind))
        at = r.end
    if text[at:].strip():
        out.append((at, size, UNLABELLED))
    return out


def _resolved_source(a: Attribution, entity_names: dict[str, str]) -> str:
    if a.source.entity and a.source.entity in entity_names:
        return entity_names[a.source.entity]
    return a.source.span.text if a.source.span else "(no source in the text)"


def _cards(record: Record) -> tuple[Card, ...]:
    names = {e.id: e.name for e in record.entities}
    titles = {e.id: e.title for e in record.entities}
    by_id = {a.id: a for a in record.attributions}
    figures: dict[str, list[str]] = defaultdict(list)
    for q in record.quantities:
        if q.attribution:
            figures[q.attribution].append(f"{q.span.text} ({_figure_label(q)})")
    cards = []
    for n, a in enumerate(record.attributions, 1):
        chain, seen, at = [], set(), a
        while at is not None and at.id not in seen:  # a cycle in stored data stops here
            seen.add(at.id)
            chain.append(_resolved_source(at, names))
            at = by_id.get(at.within) if at.within else None
        source = _resolved_source(a, names)
        written = a.source.span.text if a.source.span else None
        content = " … ".join(c.text for c in a.content)
        if len(content) > CONTENT_PREVIEW:
            content = content[:CONTENT_PREVIEW].rstrip() + "…"
        recipient = None
        if a.recipient:
            recipient = names.get(a.recipient.entity or "", a.recipient.span.text)
        cards.append(Card(
            number=n, id=a.id, kind=a.kind, source=source,
            source_as_written=written if written and written != source else None,
            source_type=a.source.type, title=titles.get(a.source.entity or ""),
            cue=a.cue.text if a.cue else None, recipient=recipient, content=content,
            chain=tuple(reversed(chain)), within=a.within, confidence=a.confidence,
            figures=tuple(figures.get(a.id, ())),
        ))
    return tuple(cards)


def article_view(record: Record) -> ArticleView:
    """The record's text as blocks of marked pieces, and one card per attribution."""
    text = record.text
    extents = {n: _extent(a) for n, a in enumerate(record.attributions, 1)}
    stretches = _stretches(record)
    cuts = {x for start, end, _ in stretches for x in (start, end)}
    runs = _runs(_marks(record), cuts)
    blocks, at = [], 0
    for start, end, kind in stretches:
        while at < len(runs) and runs[at][0] < start:
            at += 1
        pieces = []
        while at < len(runs) and runs[at][1] <= end:
            lo, hi, here = runs[at]
            pieces.append(_piece(text, lo, hi, here, extents))
            at += 1
        blocks.append(Block(kind, kind not in TEXT_REGIONS, _merged(text, pieces)))
    return ArticleView(tuple(blocks), _cards(record))
