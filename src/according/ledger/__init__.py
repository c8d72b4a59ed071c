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
from according.ledger.figures import Disagreement, Figure, FigureSeries
from according.ledger.names import SourceCluster
from according.ledger.store import (
    DEFAULT_BATCH_SIZE,
    EXPORT_FORMATS,
    ErrorRow,
    Extractor,
    IngestProgress,
    IngestSummary,
    Store,
    ingest_inputs,
)
from according.ledger.views import Appearance, Claim, QuoteCluster
from according.records import Record

__all__ = [
    "Appearance", "Claim", "Disagreement", "ErrorRow", "EXPORT_FORMATS", "Figure",
    "FigureSeries", "IngestProgress", "IngestSummary", "Ledger", "QuoteCluster",
    "SourceCluster", "open_ledger",
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

    def sources(self) -> list[SourceCluster]:
        """Every source merged across articles, most cited first (rule: ledger/names.py)."""
        return views.sources(self.con)

    def quotes(self, by: str | None = None) -> list[QuoteCluster]:
        """Quotes clustered across articles with first appearance and repeats; `by` filters
        to quotes whose merged source has a name or surface form containing it."""
        return views.quotes(self.con, by)

    def figures(self, counted: str | None = None, place: str | None = None) -> list[FigureSeries]:
        """Series of the same counted thing over time, with same-day disagreements."""
        return views.figures(self.con, counted, place)

    def claims(self) -> list[Claim]:
        """Attributed contents across articles with source/outlet counts and flags."""
        return views.claims(self.con)


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
