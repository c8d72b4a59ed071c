"""The ledger as the service reads it: the one module of service/ that calls
`according.ledger`, so a change in the ledger's Python API is a change here only.

It opens the file read-only and answers the API's questions as the pages of models.py,
converted from the ledger's Pages of dataclasses (ledger/model.py). Two connections: one
for articles and records (quick lookups), one for the cross-article views, which the
ledger computes from the whole ledger on a call (seconds on a big one), so a slow view
never holds up an article page. View answers are kept per question until the ledger's
article or error count changes (a later ingest), so asking twice costs one computation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

from according.records import Record
from according.service import models

T = TypeVar("T")
MAX_LIMIT = 200  # the most rows one page may ask for
SEARCH_LIMIT = 20  # rows of each kind the search answers with
KEPT_ANSWERS = 256  # view answers kept in memory
SERIES_FIGURES = 1000  # the latest figures of one series answered (n_figures counts all)
MEMBERS_LISTED = 10  # repeats of a quote, appearances of a claim in a list (n_… counts all)


class LedgerUnavailable(Exception):
    """The ledger file cannot be opened for reading; the message says why and what to do."""


def _open(path: Path) -> Any:
    from according.ledger import open_ledger

    try:
        return open_ledger(path, read_only=True)
    except Exception as err:  # duckdb names the process holding the lock; pass it on
        raise LedgerUnavailable(f"cannot open ledger {path}: {err}") from err


def _page(page: Any, convert: Callable[[Any], T]) -> models.Page[T]:
    return models.Page[Any](total=page.total, limit=page.limit, offset=page.offset,
                            items=[convert(item) for item in page])


class LedgerReader:
    """A read-only ledger and the views the service shows."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            what = "is not a file" if self.path.exists() else "does not exist"
            raise LedgerUnavailable(f"no ledger at {self.path}: the file {what}; make one "
                                    f"with `according ingest --db {self.path} FILES`")
        self._records = _open(self.path)
        self._views = _open(self.path)
        self._records_lock = threading.Lock()
        self._views_lock = threading.Lock()
        self._kept: dict[tuple, Any] = {}
        self._stamp: tuple[int, int] | None = None

    def close(self) -> None:
        with self._records_lock, self._views_lock:
            self._records.close()
            self._views.close()

    def _lookup(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self._records_lock:
            return getattr(self._records, method)(*args, **kwargs)

    def _view(self, method: str, *args: Any, convert: Callable[[Any], Any] | None = None,
              **kwargs: Any) -> Any:
        """The ledger's answer to a view question (converted by `convert`), kept while the
        ledger is unchanged."""
        def ask() -> Any:
            answer = getattr(self._views, method)(*args, **kwargs)
            return convert(answer) if convert else answer

        return self._remember((method, args, tuple(sorted(kwargs.items())), convert), ask)

    def _remember(self, key: tuple, compute: Callable[[], T]) -> T:
        """`compute()`'s answer, kept under `key` until the ledger's counts change."""
        stamp = (self._lookup("count", "articles"), self._lookup("count", "errors"))
        with self._views_lock:
            if stamp != self._stamp:
                self._kept.clear()
                self._stamp = stamp
            if key not in self._kept:
                if len(self._kept) >= KEPT_ANSWERS:
                    self._kept.pop(next(iter(self._kept)))
                self._kept[key] = compute()
            return self._kept[key]

    def warm(self) -> None:
        """Ask the views' first pages once (as the pages and the API ask them), so the first
        person to open them does not wait; any failure is left for that request to meet."""
        try:
            things = self.counted_things()
            for ask in (self.sources, self.claims, self.quotes, self.outlets):
                ask()
            if things.items:
                self.figures(key=self.default_series(things.items))
        except Exception:  # noqa: BLE001 (the request that needs it will say why)
            return

    # -- articles ---------------------------------------------------------------------------

    def count(self) -> int:
        return self._lookup("count", "articles")

    def articles(self, *, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, query: str | None = None, limit: int = 50,
                 offset: int = 0) -> models.Page[models.ArticleSummary]:
        """Stored articles, newest first; `outlet` any outlet it was seen under, `since` and
        `until` ISO days (inclusive, UTC), `query` a piece of the headline."""
        until_end = f"{until}T23:59:59.999999+00:00" if until and len(until) == 10 else until
        found = self._lookup("articles", outlet=outlet, since=since, until=until_end,
                             query=query, limit=_cap(limit), offset=offset)
        return _page(found, _summary)

    def summaries(self, ids: Iterable[str]) -> dict[str, models.ArticleSummary]:
        """id -> summary (outlets, wire, its group's original) of these stored articles and
        of the originals they are copies of; an unknown id is left out."""
        wanted = tuple(sorted(set(ids)))

        def with_originals() -> dict[str, models.ArticleSummary]:
            found = self._views.articles_by_id(wanted)
            originals = {a.original for a in found.values()} - found.keys() - {None}
            found |= self._views.articles_by_id(sorted(originals))
            return {i: _summary(a) for i, a in found.items()}

        return self._remember(("summaries", wanted), with_originals)

    def outlets(self) -> list[str]:
        """Every outlet a stored article was seen under."""
        def every_outlet() -> list[str]:
            seen: set[str] = set()
            offset, total = 0, 1
            while offset < total:
                found = self._lookup("articles", limit=MAX_LIMIT, offset=offset)
                seen |= {o for a in found for o in (a.outlet, *a.outlets) if o}
                offset, total = offset + MAX_LIMIT, found.total
            return sorted(seen)

        return self._remember(("outlets",), every_outlet)

    def article(self, article_id: str) -> Record:
        """The stored record with this id or unique hex prefix; KeyError if none."""
        return self._keyed("article", article_id)

    def article_json(self, article_id: str) -> str:
        """The stored JSON text of one record, exactly as written; KeyError if none."""
        return self._keyed("article_json", article_id)

    def _keyed(self, method: str, article_id: str) -> Any:
        try:
            return self._lookup(method, article_id)
        except KeyError as err:  # say what is missing, not where the server keeps its file
            why = str(err.args[0] if err.args else err).replace(f" in {self.path}", "")
            raise KeyError(why) from None

    # -- sources, quotes, claims ------------------------------------------------------------

    def sources(self, *, query: str | None = None, limit: int = 50,
                offset: int = 0) -> models.Page[models.SourceSummary]:
        """Sources merged across articles, most cited first; `query` a piece of a name."""
        return self._view("sources", query=query, limit=_cap(limit), offset=offset,
                          convert=_sources_page)

    def source(self, key: str, *, limit: int = MAX_LIMIT,
               offset: int = 0) -> models.SourceDetail:
        """One merged source with a page of its attributions across articles; KeyError if
        none."""
        cluster = self._view("source", key, convert=_source)
        said = self._view("source_attributions", key, limit=_cap(limit), offset=offset,
                          convert=_appearances)
        return models.SourceDetail(**cluster.model_dump(), attributions=said)

    def quotes(self, *, by: str | None = None, limit: int = 50,
               offset: int = 0) -> models.Page[models.QuoteCluster]:
        """Quotes clustered across articles, most repeated first; `by` a piece of the
        source's name."""
        return self._view("quotes", by=by, limit=_cap(limit), offset=offset,
                          convert=self._quotes_with_claims)

    def _quotes_with_claims(self, page: Any) -> models.Page[models.QuoteCluster]:
        """A page of quote clusters with their claims' outlets, counts and flags (one read
        of the page's clusters; called by _view, under its lock)."""
        claims = self._views.claims_of([q.cluster for q in page])
        return _page(page, lambda q: _quote(q, claims.get(q.cluster)))

    def claims(self, *, flagged: bool = False, limit: int = 50,
               offset: int = 0) -> models.Page[models.Claim]:
        """Claims with their independent sources and outlets; `flagged` keeps
        single-sourced, anonymous-only and wire-only ones."""
        return self._view("claims", flagged=flagged, limit=_cap(limit), offset=offset,
                          convert=_claims_page)

    # -- figures and errors -----------------------------------------------------------------

    def counted_things(self, *, limit: int = MAX_LIMIT,
                       offset: int = 0) -> models.Page[models.CountedThing]:
        """What figures count, most reported first."""
        return self._view("counted_things", limit=_cap(limit), offset=offset,
                          convert=_counted_page)

    def figures(self, *, counted: str | None = None, key: str | None = None,
                place: str | None = None, limit: int = 50,
                offset: int = 0) -> models.Page[models.FigureSeries]:
        """Figure series: the one with series `key` (its latest SERIES_FIGURES figures), or
        those whose counted words include `counted`'s; in articles naming `place`."""
        if key is None:
            return self._view("figures", counted=counted, place=place, limit=_cap(limit),
                              offset=offset, convert=_series_page)
        def whole_series() -> models.Page[models.FigureSeries]:
            for series in self._views.figures(counted=counted, place=place, limit=MAX_LIMIT):
                if series.key == key:
                    every = self._latest_figures(key, place, series.n_figures)
                    return models.Page[Any](total=1, limit=1, offset=0,
                                            items=[_series(series, every)])
            return models.Page[Any](total=0, limit=1, offset=0, items=[])

        return self._remember(("series", key, counted, place), whole_series)

    def _latest_figures(self, key: str, place: str | None, count: int) -> list[Any]:
        """The latest SERIES_FIGURES figures of a series, in as-of order."""
        out: list[Any] = []
        offset = max(0, count - SERIES_FIGURES)
        while offset < count:
            got = self._views.series_figures(key, place=place, limit=MAX_LIMIT * 2,
                                             offset=offset)
            if not len(got):
                break
            out += list(got)
            offset += len(got)
        return out

    def disagreements(self, *, counted: str | None = None, within: bool | None = None,
                      limit: int = 50, offset: int = 0
                      ) -> models.Page[models.DisagreementItem]:
        """Every disagreement, latest day first: of the series whose counted words include
        `counted`'s; `within` True two sources of one report, False two reports."""
        return self._view("disagreements", counted=counted, within=within, limit=_cap(limit),
                          offset=offset, convert=_disagreements_page)

    @staticmethod
    def default_series(things: list[models.CountedThing]) -> str:
        """The series a figures page opens on: the largest of something named."""
        return min(things, key=lambda t: (t.key.startswith(" |"), -t.n_figures)).key

    def errors(self, *, limit: int = 50, offset: int = 0) -> models.Page[models.ErrorRow]:
        return _page(self._lookup("errors", limit=_cap(limit), offset=offset),
                     lambda e: models.ErrorRow(**asdict(e)))

    def search(self, query: str, *, limit: int = SEARCH_LIMIT) -> models.SearchResults:
        """Headlines, quotes and sources containing `query` (case-insensitive)."""
        return self._view("search", query, limit=limit, convert=_search_results)


def _cap(limit: int) -> int:
    return max(1, min(limit, MAX_LIMIT))


def _fields(item: Any, model: type[models.BaseModel]) -> dict[str, Any]:
    """The dataclass's fields that the model has (no deep copy: nested ones are converted
    by the caller)."""
    return {name: getattr(item, name) for name in model.model_fields if hasattr(item, name)}


def _summary(a: Any) -> models.ArticleSummary:
    return models.ArticleSummary(**_fields(a, models.ArticleSummary))


def _appearance(a: Any) -> models.Appearance:
    return models.Appearance(**_fields(a, models.Appearance))


def _source(c: Any) -> models.SourceSummary:
    return models.SourceSummary(**_fields(c, models.SourceSummary))


def _appearances(items: Any) -> list[models.Appearance]:
    return [_appearance(a) for a in items]


def _quote(q: Any, claim: Any = None) -> models.QuoteCluster:
    """A quote cluster, with its claim's outlets, counts and flags when given."""
    told = {} if claim is None else {
        "outlets": list(claim.outlets), "single_sourced": claim.single_sourced,
        "anonymous_only": claim.anonymous_only, "wire_only": claim.wire_only}
    return models.QuoteCluster(text=q.text, first=_appearance(q.first),
                               repeats=_appearances(q.repeats[:MEMBERS_LISTED]),
                               n_repeats=q.n_repeats, n_reports=q.n_reports,
                               n_articles=q.n_articles, n_appearances=q.n_appearances,
                               **told)


def _claim(c: Any) -> models.Claim:
    fields = _fields(c, models.Claim)
    fields["appearances"] = _appearances(c.appearances[:MEMBERS_LISTED])
    return models.Claim(**fields)


def _sources_page(page: Any) -> models.Page[models.SourceSummary]:
    return _page(page, _source)


def _claims_page(page: Any) -> models.Page[models.Claim]:
    return _page(page, _claim)


def _counted_page(page: Any) -> models.Page[models.CountedThing]:
    return _page(page, lambda t: models.CountedThing(**_fields(t, models.CountedThing)))


def _series_page(page: Any) -> models.Page[models.FigureSeries]:
    return _page(page, _series)


def _search_results(found: Any) -> models.SearchResults:
    return models.SearchResults(
        query=found.query, headlines=[_summary(a) for a in found.articles],
        quotes=[_quote(q) for q in found.quotes], sources=[_source(c) for c in found.sources],
        quotes_by=[_quote(q) for q in found.quotes_by],
        counts={kind: models.SearchCount(total=page.total, more=page.capped) for kind, page
                in (("headlines", found.articles), ("quotes", found.quotes),
                    ("sources", found.sources), ("quotes_by", found.quotes_by))})


def _series(s: Any, figures: list[Any] | None = None) -> models.FigureSeries:
    every = s.figures if figures is None else figures
    return models.FigureSeries(
        key=s.key, label=s.label, n_figures=s.n_figures,
        figures=[models.Figure(**_fields(f, models.Figure)) for f in every],
        disagreements=[models.Disagreement(
            first=models.FigureRef(article_id=d.first.article_id,
                                   quantity_id=d.first.quantity_id),
            second=models.FigureRef(article_id=d.second.article_id,
                                    quantity_id=d.second.quantity_id),
            reason=d.reason, within_article=d.within_article,
            first_sources=list(d.first_sources), second_sources=list(d.second_sources),
            first_outlets=list(d.first_outlets), second_outlets=list(d.second_outlets))
            for d in s.disagreements],
    )


def _disagreement_item(d: Any) -> models.DisagreementItem:
    def figure(f: Any) -> models.Figure:
        return models.Figure(**_fields(f, models.Figure))

    def values(side: Any) -> list[models.SideValue]:
        return [models.SideValue(value=v.value, sources=list(v.sources)) for v in side]

    return models.DisagreementItem(
        key=d.first.key, label=d.first.label or d.first.key, day=d.first.day,
        place=d.first.place, within_article=d.within_article, reason=d.reason,
        first=figure(d.first), second=figure(d.second), first_values=values(d.first_values),
        second_values=values(d.second_values), first_sources=list(d.first_sources),
        second_sources=list(d.second_sources), first_outlets=list(d.first_outlets),
        second_outlets=list(d.second_outlets), first_articles=list(d.first_articles),
        second_articles=list(d.second_articles))


def _disagreements_page(page: Any) -> models.Page[models.DisagreementItem]:
    return _page(page, _disagreement_item)
