"""A figure series as a timeline drawn on the server: where each figure's point and interval
go in an SVG, the axes' ticks, the colour of each outlet (or source), and the lines between
figures that disagree. Pure: a FigureSeries in, numbers and labels out; the template draws.

Figures of one day with the same value, bounds and group are one point with a count.
x is the day the figure is about (its `as_of` when the ledger has one, else its article's
publication day); y is the value, with the record's bounds as a vertical interval (an
open end drawn as an arrow to the plot's edge). A series whose values span more than
LOG_RATIO is drawn on a log scale.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from datetime import date, timedelta

from according.service.article_view import bounds_text, figure_value
from according.service.models import Figure, FigureSeries

WIDTH, HEIGHT = 1100, 360
MAX_X_TICKS = 10
LEFT, RIGHT, TOP, BOTTOM = 76, 24, 20, 44
PALETTE_SIZE = 10  # colours c0..c9 in style.css; groups past that share c9 ("other")
LOG_RATIO = 50
MAX_POINTS = 500  # points one chart draws (the latest days); the API has every figure
SAME_DAY_STEP = 7  # pixels between figures of one day, so none hides another
OPEN_END = 30  # pixels an open bound's arrow reaches past the value
GROUPINGS = ("outlet", "source")
NO_OUTLET, NO_SOURCE = "unknown outlet", "no named source"


@dataclass(frozen=True)
class Point:
    """One dot: the figures of one day with the same value, bounds and group (outlets often
    repeat one figure on one day: one dot for them, with their count)."""

    index: int  # the point's row in the series table
    x: float
    y: float
    y_low: float  # top of the interval line is y_high (smaller y is higher on screen)
    y_high: float
    open_low: bool
    open_high: bool
    group: int  # colour class and legend entry
    disagrees: bool
    figure: Figure  # the first of them
    count: int

    @property
    def bounds(self) -> str:
        f = self.figure
        return bounds_text(f.low, f.high, f.hedge) or "exact"

    @property
    def lines(self) -> tuple[str, ...]:
        """What its card says, line by line."""
        f = self.figure
        bounds = bounds_text(f.low, f.high, f.hedge)
        return tuple(line for line in (
            f"“{f.text}” = {figure_value(f)}"
            + (f" ({bounds})" if bounds and bounds != figure_value(f) else ""),
            f.counted or "",
            f"source: {f.source or NO_SOURCE}",
            f"outlet: {f.outlet or NO_OUTLET}",
            f"day: {f.as_of or f.day}",
            f"in {self.count} articles" if self.count > 1 else "",
            "disagrees with a figure of the same day" if self.disagrees else "",
        ) if line)


@dataclass(frozen=True)
class Tick:
    at: float
    label: str


@dataclass(frozen=True)
class Group:
    index: int
    name: str
    count: int


@dataclass(frozen=True)
class Link:
    x1: float
    y1: float
    x2: float
    y2: float


@dataclass(frozen=True)
class Timeline:
    key: str
    label: str
    width: int
    height: int
    plot: tuple[float, float, float, float]  # left, top, right, bottom
    points: tuple[Point, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    groups: tuple[Group, ...]
    links: tuple[Link, ...]
    undated: tuple[Figure, ...]  # no day: about a month or a year (period_of), or undated
    left_out: int  # figures of earlier days not drawn (past MAX_POINTS)
    log_scale: bool
    grouping: str
    # each disagreement of the series as the ledger words it, both sides named (a pair of
    # reports counts once, however many of its figures the chart rings)
    disagreements: tuple[str, ...] = ()

    @property
    def figure_count(self) -> int:
        return sum(p.count for p in self.points) + len(self.undated) + self.left_out


def period_of(f: Figure) -> str:
    """The month or year a figure without a day is about ("2026-09", "2027"), as the command
    line shows it, or "undated" for a figure with no date at all."""
    return getattr(f, "as_of", None) or f.day or "undated"


def figure_day(f: Figure) -> date | None:
    stamp = getattr(f, "as_of", None) or f.day
    try:
        return date.fromisoformat(stamp[:10]) if stamp else None
    except ValueError:
        return None


def _bounds(f: Figure) -> tuple[float | None, float | None]:
    """(low, high) of the values the figure allows; None for an open end."""
    if f.low is None and f.high is None:
        return f.value, f.value
    return f.low, f.high


def _y_scale(figures: list[Figure]) -> tuple[float, float, bool]:
    values = [v for f in figures for v in (f.value, *_bounds(f)) if v is not None]
    lo, hi = min(values), max(values)
    use_log = lo > 0 and hi / lo > LOG_RATIO
    if use_log:
        return math.log10(lo) - 0.1, math.log10(hi) + 0.1, True
    if hi == lo:
        pad = abs(hi) * 0.1 or 1.0
        return lo - pad, hi + pad, False
    pad = (hi - lo) * 0.08
    return max(0.0, lo - pad) if lo >= 0 else lo - pad, hi + pad, False


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / count
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def _y_ticks(lo: float, hi: float, log: bool) -> list[tuple[float, float]]:
    """(position in scale units, value) pairs."""
    if log:
        return [(e, 10.0 ** e) for e in range(math.ceil(lo), math.floor(hi) + 1)]
    step = _nice_step(hi - lo)
    first = math.ceil(lo / step) * step
    count = int((hi - first) / step + 1e-9) + 1
    return [(first + i * step, first + i * step) for i in range(count)]


def _x_ticks(first: date, last: date) -> list[tuple[date, str]]:
    """Days to mark on the x axis, each with its label: days, Mondays or months, at most
    MAX_X_TICKS of them."""
    days = (last - first).days
    if days <= 120:
        step = 1 if days <= MAX_X_TICKS else 7 * max(1, math.ceil(days / 7 / MAX_X_TICKS))
        start = first if step == 1 else first + timedelta((7 - first.weekday()) % 7)
        marks = [start + timedelta(k) for k in range(0, (last - start).days + 1, step)]
        return [(d, f"{d.day} {d:%b}") for d in marks]
    months = []
    at = date(first.year, first.month, 1)
    while at <= last:
        if at >= first:
            months.append(at)
        at = date(at.year + at.month // 12, at.month % 12 + 1, 1)
    months = months[::max(1, math.ceil(len(months) / MAX_X_TICKS))]
    return [(d, f"{d:%b %Y}") for d in months]


def _tick_label(value: float) -> str:
    if value >= 1_000_000:
        return f"{value / 1_000_000:g}M"
    if value >= 10_000:
        return f"{value / 1_000:g}k"
    return f"{value:,.6g}"


def _group_names(figures: list[Figure], grouping: str) -> list[str]:
    if grouping == "source":
        return [f.source or NO_SOURCE for f in figures]
    return [f.outlet or NO_OUTLET for f in figures]


def _groups(names: list[str]) -> tuple[dict[str, int], tuple[Group, ...]]:
    """Each group name's colour (largest group first), and the legend; past PALETTE_SIZE
    groups the rest share the last colour as "others"."""
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    order = sorted(counts, key=lambda n: (-counts[n], n))
    named, rest = (order, []) if len(order) <= PALETTE_SIZE else (
        order[:PALETTE_SIZE - 1], order[PALETTE_SIZE - 1:])
    colour = {n: k for k, n in enumerate(named)} | {n: PALETTE_SIZE - 1 for n in rest}
    groups = tuple(Group(k, n, counts[n]) for k, n in enumerate(named))
    if rest:
        groups += (Group(PALETTE_SIZE - 1, f"{len(rest)} others",
                         sum(counts[n] for n in rest)),)
    return colour, groups


def _merged(dated: list[tuple[Figure, date, str]]) -> tuple[list[tuple[tuple, list[Figure]]],
                                                               int]:
    """Figures of one day with the same value, bounds and group together, in day order;
    the latest MAX_POINTS of them, and how many figures were left out."""
    merged: dict[tuple, list[Figure]] = {}
    for f, d, name in sorted(dated, key=lambda item: item[1]):
        merged.setdefault((d, f.value, f.low, f.high, name), []).append(f)
    items = list(merged.items())
    left_out = sum(len(same) for _, same in items[:-MAX_POINTS])
    return items[-MAX_POINTS:], left_out


def build_timeline(series: FigureSeries, grouping: str = "outlet") -> Timeline:
    """Where each dated figure of `series` goes; `grouping` colours by outlet or source."""
    grouping = grouping if grouping in GROUPINGS else "outlet"
    days = [(f, figure_day(f)) for f in series.figures]
    undated = tuple(f for f, d in days if d is None)
    kept = [(f, d) for f, d in days if d is not None]
    names = _group_names([f for f, _ in kept], grouping)
    colour, groups = _groups(names)
    merged, left_out = _merged([(f, d, n) for (f, d), n in zip(kept, names, strict=True)])
    plot = left, top, right, bottom = LEFT, TOP, WIDTH - RIGHT, HEIGHT - BOTTOM
    if not merged:
        return Timeline(series.key, series.label, WIDTH, HEIGHT, plot, (), (), (), (), (),
                        undated, 0, False, grouping)
    first, last = merged[0][0][0], merged[-1][0][0]
    first, last = (first - timedelta(1), last + timedelta(1)) if first == last else (first, last)
    lo, hi, log = _y_scale([same[0] for _, same in merged])

    def x_of(d: date) -> float:
        return left + 12 + (right - left - 24) * (d - first).days / (last - first).days

    def y_of(v: float | None, open_end: float) -> float:
        if v is None or (log and v <= 0):
            return open_end
        u = math.log10(v) if log else v
        return bottom - (bottom - top) * (u - lo) / (hi - lo)

    per_day: dict[date, int] = {}
    points, where = [], {}
    for index, ((d, _, _, _, name), same) in enumerate(merged):
        f = same[0]
        k = per_day[d] = per_day.get(d, -1) + 1
        shift = SAME_DAY_STEP * ((k + 1) // 2) * (1 if k % 2 else -1)
        low, high = _bounds(f)
        y = y_of(f.value, bottom)
        point = Point(index, round(x_of(d) + shift, 1), round(y, 1),
                      round(min(bottom, y + OPEN_END) if low is None else y_of(low, bottom), 1),
                      round(max(top, y - OPEN_END) if high is None else y_of(high, top), 1),
                      low is None, high is None, colour[name], False, f, len(same))
        points.append(point)
        where.update({(g.article_id, g.quantity_id): point for g in same})
    points, links = _disagreements(series, points, where)
    x_ticks = tuple(Tick(round(x_of(t), 1), label) for t, label in _x_ticks(first, last))
    y_ticks = tuple(Tick(round(y_of(10 ** u if log else u, bottom), 1), _tick_label(v))
                    for u, v in _y_ticks(lo, hi, log))
    return Timeline(series.key, series.label, WIDTH, HEIGHT, plot, tuple(points), x_ticks,
                    y_ticks, groups, links, undated, left_out, log, grouping,
                    tuple(d.reason for d in series.disagreements))


def _disagreements(series: FigureSeries, points: list[Point], where: dict[tuple, Point]
                   ) -> tuple[list[Point], tuple[Link, ...]]:
    """The points marked where a disagreement involves them, and a line per pair."""
    clashing: set[int] = set()
    links: dict[tuple[int, int], Link] = {}
    for d in series.disagreements:
        a = where.get((d.first.article_id, d.first.quantity_id))
        b = where.get((d.second.article_id, d.second.quantity_id))
        if a and b:
            clashing |= {a.index, b.index}
            links[min(a.index, b.index), max(a.index, b.index)] = Link(a.x, a.y, b.x, b.y)
    marked = [replace(p, disagrees=True) if p.index in clashing else p for p in points]
    return marked, tuple(links.values())
