"""Series of the same counted thing across articles, and bounds that cannot both be true.

Normalisation (documented in the README): the words of `counted` are lower-cased, stop
words dropped, each word mapped through the synonym table in data/ledger_counted.json
("killed", "died", "deaths" -> dead), and the sorted set of words plus the unit is the
series key ("people have died" and "people killed" -> "dead people | people").

A figure's interval is its record's bounds (the extractor turns hedges into low/high:
"more than" a low bound it excludes, "nearly"/"up to" a high bound, "about"/"some"
+-10%), else the exact value. Two figures of one series disagree when they come from different
articles published on the same UTC day and their intervals do not overlap.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources

from according.ledger.model import Disagreement, Figure, FigureSeries

# a "more than" bound excludes its value ("more than 35,000" is not 35,000)
OPEN_LOW_HEDGES = frozenset({"more than"})
_WORD = re.compile(r"[a-z0-9%]+")


@lru_cache(maxsize=1)
def counted_rules() -> dict:
    text = resources.files("according.data").joinpath("ledger_counted.json").read_text("utf-8")
    rules = json.loads(text)
    rules["stopwords"] = frozenset(rules["stopwords"])
    return rules


def counted_words(counted: str | None) -> frozenset[str]:
    """The normalised words of what a figure counts (see module docstring)."""
    rules = counted_rules()
    synonyms = rules["synonyms"]
    out = set()
    for word in _WORD.findall((counted or "").lower()):
        if word in rules["stopwords"]:
            continue
        if word not in synonyms and word.endswith("s") and word[:-1] in synonyms:
            word = word[:-1]
        out.add(synonyms.get(word, word))
    return frozenset(out)


def counted_key(counted: str | None, unit: str | None) -> str:
    """The series key: sorted normalised counted words, then the unit."""
    unit_word = (unit or "").lower()
    return " ".join(sorted(counted_words(counted))) + " | " + unit_word


def matches_counted(query: str, figure: Figure) -> bool:
    """Whether every normalised word of `query` is in the figure's counted words or unit."""
    wanted = counted_words(query)
    have = counted_words(figure.counted) | counted_words(figure.unit)
    return bool(wanted) and wanted <= have


def interval(figure: Figure) -> tuple[float, float, bool, bool]:
    """(low, high, low_open, high_open) of the values a figure allows: the record's own
    bounds (the extractor turned hedges into them), the exact value when it has none."""
    if figure.low is None and figure.high is None:
        return figure.value, figure.value, False, False
    low = figure.low if figure.low is not None else -math.inf
    high = figure.high if figure.high is not None else math.inf
    return low, high, figure.hedge in OPEN_LOW_HEDGES, False


def contradicts(a: Figure, b: Figure) -> bool:
    """Whether the intervals of two figures cannot overlap."""
    alo, ahi, alo_open, ahi_open = interval(a)
    blo, bhi, blo_open, bhi_open = interval(b)
    if ahi < blo or bhi < alo:
        return True
    if ahi == blo and (ahi_open or blo_open):
        return True
    return bhi == alo and (bhi_open or alo_open)


def _describe(f: Figure) -> str:
    who = f" ({f.source})" if f.source else ""
    return f"{f.text!r}{who} on {f.day}"


def find_disagreements(figures: Sequence[Figure]) -> list[Disagreement]:
    """Same-day pairs from different articles whose bounds cannot both be true."""
    by_day: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        if f.day:
            by_day[f.day].append(f)
    found = []
    for day_figures in by_day.values():
        for i, a in enumerate(day_figures):
            for b in day_figures[i + 1:]:
                if a.article_id != b.article_id and contradicts(a, b):
                    found.append(Disagreement(a, b, f"{_describe(a)} vs {_describe(b)}"))
    return found


def build_series(figures: Iterable[Figure]) -> list[FigureSeries]:
    """Figures grouped by series key, each in time order, largest series first."""
    groups: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        groups[f.key].append(f)
    series = []
    for key, members in groups.items():
        # by publication time, undated last; the sort is stable, so ties keep ingest order
        members.sort(key=lambda f: (f.published is None, f.published or ""))
        series.append(FigureSeries(key, tuple(members), tuple(find_disagreements(members))))
    series.sort(key=lambda s: (-len(s.figures), s.key))
    return series
