"""The ledger as the service reads it: the one module of service/ that calls
`according.ledger`, so a change in the ledger's Python API is a change here only.

It opens the file read-only and answers the API's questions as pages of the models in
models.py. The ledger's views today compute over the whole ledger on each call (seconds on
a big one), so each view is computed once per process and kept: a read-only DuckDB
connection holds the file's lock, so nothing can change it while the service runs.
Calls into the ledger are serialised (one DuckDB connection is not for concurrent use).
"""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any, TypeVar

from according.records import Record
from according.service import models

T = TypeVar("T")
MAX_LIMIT = 200  # the most rows one page may ask for
NAMED_TYPES = frozenset({"person", "organization", "outlet", "group", "document"})
SEARCH_LIMIT = 20  # rows of each kind the search answers with


class LedgerUnavailable(Exception):
    """The ledger file cannot be opened for reading; the message says why and what to do."""


def page(items: Sequence[T], limit: int, offset: int) -> models.Page[T]:
    """Rows offset..offset+limit of `items` (limit capped at MAX_LIMIT)."""
    limit = max(0, min(limit, MAX_LIMIT))
    offset = max(0, offset)
    return models.Page[Any](total=len(items), limit=limit, offset=offset,
                            items=list(items[offset:offset + limit]))


def _contains(needle: str | None, *hay: str | None) -> bool:
    if not needle:
        return True
    wanted = needle.casefold()
    return any(wanted in h.casefold() for h in hay if h)


def _appearance(a: Any) -> models.Appearance:
    return models.Appearance(**{k: v for k, v in asdict(a).items() if k != "seq"})


class LedgerReader:
    """A read-only ledger and the views the service shows."""

    def __init__(self, path: str | Path) -> None:
        from according.ledger import open_ledger

        self.path = Path(path)
        if not self.path.is_file():
            what = "is not a file" if self.path.exists() else "does not exist"
            raise LedgerUnavailable(f"no ledger at {self.path}: the file {what}; make one "
                                    f"with `according ingest --db {self.path} FILES`")
        try:
            self._ledger = open_ledger(self.path, read_only=True)
        except Exception as err:  # duckdb names the process holding the lock; pass it on
            raise LedgerUnavailable(f"cannot open ledger {self.path}: {err}") from err
        self._lock = threading.RLock()
        self._cache: dict[str, Any] = {}
        self._cache_locks: dict[str, threading.Lock] = defaultdict(threading.Lock)

    def close(self) -> None:
        with self._lock:
            self._ledger.close()

    def _call(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self._lock:
            return getattr(self._ledger, method)(*args, **kwargs)

    def _once(self, name: str, compute: Callable[[], T]) -> T:
        """`compute()` the first time `name` is asked for, the kept result after."""
        if name in self._cache:
            return self._cache[name]
        with self._cache_locks[name]:
            if name not in self._cache:
                self._cache[name] = compute()
        return self._cache[name]

    # -- articles ---------------------------------------------------------------------------

    def count(self) -> int:
        return self._call("count", "articles")

    def _summaries(self) -> list[models.ArticleSummary]:
        def compute() -> list[models.ArticleSummary]:
            ids = sorted(set(self._call("known_ids").values()))
            out = [_summary(self.article(i)) for i in ids]
            out.sort(key=lambda s: s.published or "", reverse=True)  # undated last
            return out

        return self._once("articles", compute)

    def articles(self, *, outlet: str | None = None, since: str | None = None,
                 until: str | None = None, query: str | None = None, limit: int = 50,
                 offset: int = 0) -> models.Page[models.ArticleSummary]:
        """Stored articles, newest first; `outlet` exact, `since`/`until` ISO days
        (inclusive), `query` a piece of the headline."""
        rows = [
            s for s in self._summaries()
            if (outlet is None or s.outlet == outlet)
            and (since is None or (s.published or "")[:10] >= since)
            and (until is None or (s.published and s.published[:10] <= until))
            and _contains(query, s.headline)
        ]
        return page(rows, limit, offset)

    def outlets(self) -> list[str]:
        """Every outlet named by a stored article, sorted."""
        return sorted({s.outlet for s in self._summaries() if s.outlet})

    def article(self, article_id: str) -> Record:
        """The stored record with this id or unique hex prefix; KeyError if none."""
        return self._keyed("article", article_id)

    def article_json(self, article_id: str) -> str:
        """The stored JSON text of one record, exactly as written; KeyError if none."""
        return self._keyed("article_json", article_id)

    def _keyed(self, method: str, article_id: str) -> Any:
        try:
            return self._call(method, article_id)
        except KeyError as err:  # say what is missing, not where the server keeps its file
            why = str(err.args[0] if err.args else err).replace(f" in {self.path}", "")
            raise KeyError(why) from None

    # -- sources, quotes, claims ------------------------------------------------------------

    def _claims(self) -> list[Any]:
        return self._once("claims", lambda: self._call("claims"))

    def _appearances(self) -> dict[tuple[str, str], Any]:
        """Every attribution with words, by (article id, attribution id)."""
        return self._once("appearances", lambda: {
            (a.article_id, a.attribution_id): a for c in self._claims() for a in c.appearances
        })

    def _sources(self) -> list[models.SourceDetail]:
        def compute() -> list[models.SourceDetail]:
            seen = self._appearances()
            out = []
            for c in self._call("sources"):
                found = [seen[m] for m in c.mentions if m in seen]
                outlets = sorted({a.outlet for a in found if a.outlet})
                out.append(models.SourceDetail(
                    key=c.key, name=c.name, type=c.type, surface_forms=list(c.surface_forms),
                    n_attributions=len(c.mentions),
                    n_articles=len({article for article, _ in c.mentions}), outlets=outlets,
                    named=c.type in NAMED_TYPES, attributions=[_appearance(a) for a in found],
                ))
            return out

        return self._once("sources", compute)

    def sources(self, *, query: str | None = None, limit: int = 50,
                offset: int = 0) -> models.Page[models.SourceSummary]:
        """Sources merged across articles, most cited first; `query` a piece of a name."""
        rows = [models.SourceSummary(**s.model_dump(exclude={"attributions"}))
                for s in self._sources() if _contains(query, s.name, *s.surface_forms)]
        return page(rows, limit, offset)

    def source(self, key: str) -> models.SourceDetail:
        """One merged source with its attributions across articles; KeyError if none."""
        for s in self._sources():
            if s.key == key:
                return s
        raise KeyError(f"no source with key {key!r}")

    def quotes(self, *, by: str | None = None, query: str | None = None, limit: int = 50,
               offset: int = 0) -> models.Page[models.QuoteCluster]:
        """Quotes clustered across articles, most repeated first; `by` a piece of the
        source's name, `query` a piece of the quote."""
        clusters = self._once(f"quotes:{by or ''}", lambda: [
            models.QuoteCluster(text=q.text, first=_appearance(q.first),
                                repeats=[_appearance(r) for r in q.repeats],
                                n_repeats=len(q.repeats))
            for q in self._call("quotes", by=by)
        ])
        return page([q for q in clusters if _contains(query, q.text)], limit, offset)

    def claims(self, *, flagged: bool = False, query: str | None = None, limit: int = 50,
               offset: int = 0) -> models.Page[models.Claim]:
        """Claims with their independent sources and outlets; `flagged` keeps single-sourced
        and anonymous-only ones."""
        def convert() -> list[models.Claim]:
            return [models.Claim(
                text=c.text, sources=list(c.sources), outlets=list(c.outlets),
                n_sources=c.n_sources, n_outlets=c.n_outlets, single_sourced=c.single_sourced,
                anonymous_only=c.anonymous_only,
                n_reports=len({a.article_id for a in c.appearances}),
                appearances=[_appearance(a) for a in c.appearances],
                n_appearances=len(c.appearances),
            ) for c in self._claims()]

        rows = [c for c in self._once("claim-models", convert)
                if (not flagged or c.single_sourced or c.anonymous_only)
                and _contains(query, c.text)]
        return page(rows, limit, offset)

    # -- figures and errors -----------------------------------------------------------------

    def _series(self) -> list[models.FigureSeries]:
        return self._once("figures", lambda: [_series(s) for s in self._call("figures")])

    def counted_things(self) -> list[models.CountedThing]:
        """Every series key with its number of figures and disagreements, largest first."""
        return [models.CountedThing(
            key=s.key, label=s.label, unit=s.key.rpartition(" | ")[2] or None,
            n_figures=len(s.figures), n_articles=len({f.article_id for f in s.figures}),
            n_disagreements=len(s.disagreements)) for s in self._series()]

    def figures(self, *, counted: str | None = None, key: str | None = None,
                place: str | None = None) -> list[models.FigureSeries]:
        """Figure series: the one with series `key`, or those whose counted words include
        `counted`'s, in articles naming `place`."""
        if place is None and counted is None:
            found = self._series()
        else:
            found = self._once(f"figures:{counted or ''}:{place or ''}", lambda: [
                _series(s) for s in self._call("figures", counted=counted, place=place)])
        return [s for s in found if key is None or s.key == key]

    def errors(self, *, limit: int = 50, offset: int = 0) -> models.Page[models.ErrorRow]:
        rows = [models.ErrorRow(**asdict(e)) for e in self._call("errors")]
        return page(rows, limit, offset)

    def search(self, query: str, *, limit: int = SEARCH_LIMIT) -> models.SearchResults:
        """Headlines, quotes and sources containing `query` (case-insensitive)."""
        return models.SearchResults(
            query=query,
            headlines=self.articles(query=query, limit=limit).items,
            quotes=self.quotes(query=query, limit=limit).items,
            sources=self.sources(query=query, limit=limit).items,
        )


def _summary(record: Record) -> models.ArticleSummary:
    return models.ArticleSummary(
        id=record.id, headline=record.metadata.headline, outlet=record.metadata.outlet,
        published=record.metadata.published, url=record.input.url,
        n_attributions=len(record.attributions), n_quantities=len(record.quantities),
    )


def _series(s: Any) -> models.FigureSeries:
    return models.FigureSeries(
        key=s.key, label=series_label(s.key), n_figures=len(s.figures),
        figures=[models.Figure(**asdict(f)) for f in s.figures],
        disagreements=[models.Disagreement(
            first=models.FigureRef(article_id=d.first.article_id,
                                   quantity_id=d.first.quantity_id),
            second=models.FigureRef(article_id=d.second.article_id,
                                    quantity_id=d.second.quantity_id),
            reason=d.reason) for d in s.disagreements],
    )



def series_label(key: str) -> str:
    """A series key ("dead people | people") as a name to show ("dead people (people)")."""
    words, _, unit = key.partition(" | ")
    if words and unit and unit not in words.split():
        return f"{words} ({unit})"
    return words or (f"amounts in {unit}" if unit else "(nothing named)")
