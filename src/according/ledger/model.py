"""What the ledger's queries return: plain frozen dataclasses, and one page of a list.

Every list the ledger answers is a `Page`: at most `limit` items (capped at `MAX_LIMIT`)
starting at `offset`, with the `total` number of items the query matches. A page behaves
as the sequence of its items (`len`, indexing, iteration, `== [...]`).

Lists inside an item (a source's mentions, a quote's repeats, a claim's appearances, a
series' figures) are capped: at 20 on a list page, at `MEMBERS_SHOWN` for one item
(`Ledger.source`); the item's `n_…` fields give the full counts, and the
`source_attributions`/`cluster_appearances`/`series_figures` queries page through all.
This module imports nothing heavy, so the service and the Spark path can share it.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Generic, TypeVar, overload

T = TypeVar("T")

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
MEMBERS_SHOWN = 100  # cap on the lists inside one item (mentions, repeats, figures)
MEMBERS_IN_LIST = 20  # the same cap for each item of a list page
SEARCH_COUNT_CAP = 1000  # search counts its matches exactly up to this many ("more than")
NO_SOURCE = "(no source)"
UNRESOLVED = "(unresolved pronoun)"


def clamp_page(limit: int | None, offset: int | None) -> tuple[int, int]:
    """(limit, offset) within bounds: limit 1..MAX_LIMIT (default DEFAULT_LIMIT), offset >= 0."""
    limit = DEFAULT_LIMIT if limit is None else max(1, min(int(limit), MAX_LIMIT))
    return limit, max(0, int(offset or 0))


@dataclass(frozen=True)
class Page(Sequence[T], Generic[T]):
    """One page of a ledger list: its items, the total the query matches, where it starts.

    `capped`: the count stopped at a cap and more than `total` items match (search counts
    exactly up to SEARCH_COUNT_CAP, as search engines do; every other list is exact)."""

    items: tuple[T, ...]
    total: int
    limit: int = DEFAULT_LIMIT
    offset: int = 0
    capped: bool = False

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[T]: ...
    def __getitem__(self, index: int | slice) -> T | Sequence[T]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Page):
            return (self.items, self.total, self.limit, self.offset, self.capped) == (
                other.items, other.total, other.limit, other.offset, other.capped)
        if isinstance(other, list | tuple):
            return list(self.items) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    @property
    def has_more(self) -> bool:
        return self.capped or self.offset + len(self.items) < self.total

    @property
    def count_text(self) -> str:
        """The total as said to a reader: "1,234", or "more than 1,000" when capped."""
        return f"more than {self.total:,}" if self.capped else f"{self.total:,}"


@dataclass(frozen=True)
class ArticleSummary:
    """One stored article as listed: where and when it was published, and its near-duplicate
    group (`original` is the id of the group's first report; itself when it is original)."""

    id: str
    published: str | None
    outlet: str | None
    headline: str | None
    url: str | None
    seq: int = 0
    n_attributions: int = 0
    n_quantities: int = 0
    original: str | None = None
    outlets: tuple[str, ...] = ()  # every outlet the text was seen under
    wire: bool = False  # credited to, or published by, a wire service, or a copy of such a report


@dataclass(frozen=True)
class SourceCluster:
    """One merged source: its key, display name, type and every surface form seen.

    `mentions` lists (article_id, attribution_id) pairs, at most MEMBERS_SHOWN of them;
    `n_attributions`/`n_articles` count them all."""

    key: str
    name: str
    type: str
    surface_forms: tuple[str, ...]
    mentions: tuple[tuple[str, str], ...]  # (article_id, attribution_id)
    n_attributions: int = -1
    n_articles: int = -1
    outlets: tuple[str, ...] = ()
    named: bool = True  # False for anonymous, unspecified and unresolved buckets

    def __post_init__(self) -> None:
        if self.n_attributions < 0:
            object.__setattr__(self, "n_attributions", len(self.mentions))
        if self.n_articles < 0:
            object.__setattr__(self, "n_articles", len({a for a, _ in self.mentions}))

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(a for a, _ in self.mentions))


@dataclass(frozen=True)
class Appearance:
    """One attribution in one article: who said it, where and when."""

    article_id: str
    attribution_id: str
    kind: str
    text: str
    source: str
    source_key: str
    source_type: str
    outlet: str | None
    published: str | None
    seq: int
    headline: str | None = None
    original: str | None = None  # the first report of its article's near-duplicate group


@dataclass(frozen=True)
class QuoteCluster:
    """The same quote across articles: its first appearance and every later one
    (`repeats`, capped at MEMBERS_SHOWN; `n_appearances` counts them all, the first too).

    `n_reports` counts the independent reports quoting it (a wire story and every copy of
    it count once, as a claim's do), `n_articles` the articles; `n_repeats` the reports
    that repeated it after the first's (n_reports - 1)."""

    text: str
    first: Appearance
    repeats: tuple[Appearance, ...]
    n_repeats: int = -1
    cluster: int = 0
    n_reports: int = -1
    n_articles: int = -1
    n_appearances: int = -1

    def __post_init__(self) -> None:
        shown = (self.first, *self.repeats)
        if self.n_reports < 0:
            object.__setattr__(self, "n_reports", len({a.original or a.article_id
                                                      for a in shown}))
        if self.n_articles < 0:
            object.__setattr__(self, "n_articles", len({a.article_id for a in shown}))
        if self.n_appearances < 0:
            object.__setattr__(self, "n_appearances", len(shown))
        if self.n_repeats < 0:
            object.__setattr__(self, "n_repeats", self.n_reports - 1)


@dataclass(frozen=True)
class Claim:
    """One attributed content and how many independent sources and reports stand behind it.

    `n_sources` counts distinct merged sources (each anonymous description once per
    article); `n_reports` counts distinct original reports (a wire story and every copy
    of it count once); `outlets` lists every outlet that carried it. Flags: single source,
    anonymous only (no named source), wire only (every report is wire copy)."""

    text: str
    appearances: tuple[Appearance, ...]
    sources: tuple[str, ...]
    outlets: tuple[str, ...]
    n_sources: int
    n_outlets: int
    single_sourced: bool
    anonymous_only: bool
    n_reports: int = -1
    wire_only: bool = False
    n_appearances: int = -1
    cluster: int = 0

    def __post_init__(self) -> None:
        if self.n_appearances < 0:
            object.__setattr__(self, "n_appearances", len(self.appearances))
        if self.n_reports < 0:
            object.__setattr__(self, "n_reports", len({a.original or a.article_id
                                                      for a in self.appearances}))


@dataclass(frozen=True)
class Figure:
    """One quantity in the ledger, with the day it is about, its article's outlet and who
    gave it. `day` is the as-of day: from a time expression of its clause or its
    attribution's sentence (`as_of_from` "text"), else the publication day ("published")."""

    article_id: str
    quantity_id: str
    text: str
    value: float
    low: float | None
    high: float | None
    hedge: str | None
    counted: str | None
    unit: str | None
    key: str
    day: str | None
    published: str | None  # publication time (UTC, ISO 8601)
    outlet: str | None
    source: str | None
    as_of: str | None = None  # the record's as_of (day, week, month) when it has one
    as_of_from: str | None = None  # "text" | "published" | None (no time known)
    place: str | None = None
    label: str | None = None  # the series' readable name


@dataclass(frozen=True)
class Disagreement:
    """One disagreement of a series (ledger/disagreements.py): two original reports (near-
    duplicate groups: a wire story and its copies are one) of one day and place whose
    figures cannot both hold, or two sources of one report (`within_article`). `first`
    and `second` are a figure of each side; each side's sources, outlets that carried it
    and articles are listed whole."""

    first: Figure
    second: Figure
    reason: str
    within_article: bool = False
    first_sources: tuple[str, ...] = ()
    second_sources: tuple[str, ...] = ()
    first_outlets: tuple[str, ...] = ()
    second_outlets: tuple[str, ...] = ()
    first_articles: tuple[str, ...] = ()
    second_articles: tuple[str, ...] = ()
    # each side's distinct values (as bounds: "140", "at least 37", "22000-28000"), each
    # with its own sources: a side may give several, and `first`/`second` are one pair of
    # them that clashes by itself (disagreements.headline_pair)
    first_values: tuple[SideValue, ...] = ()
    second_values: tuple[SideValue, ...] = ()


@dataclass(frozen=True)
class SideValue:
    """One value of a side of a disagreement, as bounds, and the sources that gave it."""

    value: str
    sources: tuple[str, ...] = ()


@dataclass(frozen=True)
class FigureSeries:
    """Figures of one counted thing in as-of order (capped at MEMBERS_SHOWN; `n_figures`
    counts them all), with the disagreements among them."""

    key: str
    figures: tuple[Figure, ...]
    disagreements: tuple[Disagreement, ...]
    label: str = ""
    n_figures: int = -1

    def __post_init__(self) -> None:
        if self.n_figures < 0:
            object.__setattr__(self, "n_figures", len(self.figures))
        if not self.label:
            object.__setattr__(self, "label", self.key)


@dataclass(frozen=True)
class CountedThing:
    """Something figures count ("people killed"), with how often it is reported."""

    key: str
    label: str
    unit: str | None
    n_figures: int
    n_articles: int
    n_disagreements: int = 0


@dataclass(frozen=True)
class ErrorRow:
    """One input that gave no record, and why."""

    input: str
    reason: str
    time: str


@dataclass(frozen=True)
class SearchResults:
    """What a search found among headlines, quotes and sources, one page of each; each
    page's total is exact up to SEARCH_COUNT_CAP, beyond it `capped` ("more than")."""

    query: str
    articles: Page[ArticleSummary] = field(default_factory=lambda: Page((), 0))
    quotes: Page[QuoteCluster] = field(default_factory=lambda: Page((), 0))
    sources: Page[SourceCluster] = field(default_factory=lambda: Page((), 0))
    # the quotes of the sources found (`quotes --by QUERY`): a quote is found by its own
    # words, a speaker's name seldom among them
    quotes_by: Page[QuoteCluster] = field(default_factory=lambda: Page((), 0))
