"""The corpus ledger: articles' records in one DuckDB file, and views across articles.

    from according.ledger import open_ledger
    with open_ledger("ledger.duckdb") as ledger:
        summary = ledger.ingest(["articles/"], workers=2)
        for cluster in ledger.quotes(by="Biden"):
            print(cluster.first.outlet, cluster.text)

This package is the only place that imports duckdb; `import according.ledger` loads it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from according.ledger import views
from according.ledger.model import (
    DEFAULT_LIMIT,
    MAX_LIMIT,
    Appearance,
    ArticleSummary,
    Claim,
    CountedThing,
    Disagreement,
    ErrorRow,
    Figure,
    FigureSeries,
    Page,
    QuoteCluster,
    SearchResults,
    SourceCluster,
    clamp_page,
)
from according.ledger.store import (
    DEFAULT_BATCH_SIZE,
    EXPORT_FORMATS,
    Extractor,
    IngestProgress,
    IngestSummary,
    Store,
    ingest_inputs,
)
from according.records import Record

__all__ = [
    "MAX_LIMIT", "Appearance", "ArticleSummary", "Claim", "CountedThing", "Disagreement",
    "ErrorRow", "EXPORT_FORMATS", "Figure", "FigureSeries", "IngestProgress", "IngestSummary",
    "Ledger", "Page", "QuoteCluster", "SearchResults", "SourceCluster", "open_ledger",
]


class Ledger(Store):
    """A ledger file: ingest articles, add records, and ask across articles."""

    def ingest(
        self,
        paths: Iterable[str | Path],
        *,
        workers: int = 1,
        on_progress: Callable[[IngestProgress], None] | None = None,
        on_error: Callable[[str, str], None] | None = None,
        batch_size: int = DEFAULT_BATCH_SIZE,
        max_bytes: int | None = None,
        model: str | None = None,
        extract: Extractor | None = None,
    ) -> IngestSummary:
        """Read, extract and store every article under `paths` not already stored.

        Stored articles are skipped by text id before extraction (a copy met at a new path
        or URL is recorded in `appearances` and fills the stored copy's missing url, outlet
        and date); unreadable inputs and failed extractions go to `errors()`, the summary
        and `on_error(input, reason)`, and never stop the run.
        `extract` replaces `according.extract.extract_inputs` (same signature).
        """
        from according.read import read_inputs

        if extract is None:
            from according.extract import extract_inputs

            def extract(items, *, workers=1):  # noqa: ANN001, ANN202
                return extract_inputs(items, workers=workers, model=model)

        options = {"max_bytes": max_bytes} if max_bytes is not None else {}
        inputs = read_inputs([str(p) for p in paths], **options)
        summary = ingest_inputs(
            self, inputs, extract=extract, workers=workers, batch_size=batch_size,
            on_progress=on_progress, on_error=on_error,
        )
        self.refresh_views()
        return summary

    def add_records(
        self, records: Iterable[Record], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> int:
        """Store already-extracted records, skipping ids already present; returns how many."""
        known = self.known_keys()
        added = 0
        batch: list[tuple[Record, str]] = []
        for record in records:
            if record.id in known:
                continue
            known.add(record.id)
            batch.append((record, record.id))
            if len(batch) >= batch_size:
                self.write_batch(batch, [])
                added += len(batch)
                batch = []
        if batch:
            self.write_batch(batch, [])
            added += len(batch)
        self.refresh_views()
        return added

    def refresh_views(self) -> None:
        """Recompute the views' cache (merged sources, content clusters) if it is stale, so
        later queries read it instead of recomputing (ledger/cache.py)."""
        views.refresh_views(self.con)

    # -- queries: every list is one Page (model.py); limit is capped at MAX_LIMIT ----------

    def articles(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None,
        query: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0,
    ) -> Page[ArticleSummary]:
        """Stored articles, newest first: `outlet` (any outlet it was seen under, exact or
        canonical name), published in [`since`, `until`] (ISO dates or times, UTC), `query`
        a case-insensitive piece of the headline."""
        return views.articles(self.con, outlet, since, until, query, *clamp_page(limit, offset))

    def sources(
        self, query: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[SourceCluster]:
        """Sources merged across articles, most cited first (rule: ledger/names.py);
        `query` keeps those with a name or surface form containing it."""
        return views.sources(self.con, query, *clamp_page(limit, offset))

    def source(self, key: str) -> SourceCluster:
        """One merged source by its key; KeyError if none."""
        return views.source(self.con, key)

    def source_attributions(
        self, key: str, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Appearance]:
        """Everything one merged source is credited with, across articles, oldest first."""
        return views.source_attributions(self.con, key, *clamp_page(limit, offset))

    def quotes(
        self, by: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[QuoteCluster]:
        """Quotes clustered across articles with first appearance and repeats, most repeated
        first; `by` keeps quotes whose source has a name or surface form containing it."""
        return views.quotes(self.con, by, *clamp_page(limit, offset))

    def claims(
        self, flagged: bool = False, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Claim]:
        """Attributed contents across articles with independent source/report counts and
        flags; `flagged` keeps single-sourced, anonymous-only or wire-only claims."""
        return views.claims(self.con, flagged, *clamp_page(limit, offset))

    def cluster_appearances(
        self, cluster: int, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Appearance]:
        """Every appearance of one quote or claim cluster (its `cluster` id), first first."""
        return views.cluster_appearances(self.con, cluster, *clamp_page(limit, offset))

    def figures(
        self, counted: str | None = None, place: str | None = None,
        limit: int = DEFAULT_LIMIT, offset: int = 0,
    ) -> Page[FigureSeries]:
        """Series of the same counted thing over as-of days, with their disagreements;
        `counted` keeps series whose counted words include its words ("killed" finds
        "people killed"), `place` figures placed there (or in articles naming it)."""
        return views.figures(self.con, counted, place, *clamp_page(limit, offset))

    def series_figures(
        self, key: str, place: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Figure]:
        """The figures of one series (its `key`), in as-of order."""
        return views.series_figures(self.con, key, place, *clamp_page(limit, offset))

    def counted_things(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[CountedThing]:
        """What figures count, most reported first, with readable names."""
        return views.counted_things(self.con, *clamp_page(limit, offset))

    def errors(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[ErrorRow]:
        """Inputs that gave no record, and why, oldest first."""
        return views.errors(self.con, *clamp_page(limit, offset))

    def search(self, text: str, limit: int = 20) -> SearchResults:
        """Headlines, quotes and sources containing `text` (case-insensitive), a page each."""
        return views.search(self.con, text, clamp_page(limit, 0)[0])


def open_ledger(path: str | Path = "ledger.duckdb", *, read_only: bool = False) -> Ledger:
    """Open (creating if needed) the ledger file at `path`."""
    return Ledger(path, read_only=read_only)


def summary_dict(summary: IngestSummary) -> dict[str, object]:
    """The summary as plain JSON-ready values, with each failed input and its reason."""
    return {
        "added": summary.added, "skipped": summary.skipped, "failed": summary.failed,
        "seconds": round(summary.seconds, 3),
        "errors": [{"input": name, "reason": reason} for name, reason in summary.errors],
    }
