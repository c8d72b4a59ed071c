"""The ledger itself: a DuckDB file with its rows, merges and paged queries.

`according.ledger` re-exports `Ledger`, `open_ledger` and the rest; see its docstring.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from pathlib import Path

import duckdb

from according.ledger import views
from according.ledger.model import (
    DEFAULT_LIMIT,
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
    DEFAULT_WAIT,
    Extractor,
    IngestProgress,
    IngestSummary,
    LedgerError,
    Store,
    _has_table,
    ingest_inputs,
)
from according.records import Record


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
        """Read, extract and store every article under `paths` not already stored; a
        folder of ledger tables (articles.parquet, as exported or written by a Spark job)
        is loaded from its records without extracting again (ledger/tables.py), and so is
        a directory `according spark` wrote (spark/load.py, imported only here).

        Stored articles are skipped by text id before extraction (a copy met at a new path
        or URL is recorded in `appearances` and fills the stored copy's missing url, outlet
        and date); unreadable inputs and failed extractions go to `errors()`, the summary
        and `on_error(input, reason)`, and never stop the run.
        `extract` replaces `according.extract.extract_inputs` (same signature).
        """
        from according.ledger.tables import is_table_folder, load_tables
        from according.read import read_inputs
        from according.spark.load import ingest_spark_outputs, is_spark_output

        paths = [str(p) for p in paths]
        folders = [p for p in paths if is_table_folder(p)]
        spark_runs = [p for p in paths if is_spark_output(p)]  # `according spark` outputs
        paths = [p for p in paths if p not in folders and p not in spark_runs]
        loaded = [load_tables(self, folder, on_error) for folder in folders]
        if not paths:
            summary = ingest_spark_outputs(self, spark_runs, IngestSummary(
                sum(a for a, _ in loaded), sum(s for _, s in loaded), 0, 0.0), on_error)
            self.release()
            return summary
        if extract is None:
            from according.extract import extract_inputs

            def extract(items, *, workers=1):  # noqa: ANN001, ANN202
                return extract_inputs(items, workers=workers, model=model)

        options = {"max_bytes": max_bytes} if max_bytes is not None else {}
        inputs = read_inputs(paths, **options)
        summary = ingest_inputs(
            self, inputs, extract=extract, workers=workers, batch_size=batch_size,
            on_progress=on_progress, on_error=on_error,
        )
        if loaded:
            summary = replace(summary, added=summary.added + sum(a for a, _ in loaded),
                              skipped=summary.skipped + sum(s for _, s in loaded))
        if spark_runs:
            summary = ingest_spark_outputs(self, spark_runs, summary, on_error)
            self.release()
        return summary

    def add_records(
        self, records: Iterable[Record], *, batch_size: int = DEFAULT_BATCH_SIZE
    ) -> int:
        """Store already-extracted records, skipping ids already present; returns how many.
        A batch too big for DuckDB's memory cap is stored in parts (Store.write_in_parts): if
        a later part fails, the parts before it stay stored, and a rerun skips them."""
        added = 0
        batch: list[tuple[Record, str]] = []
        seen: set[str] = set()

        def flush() -> int:
            stored = self.stored_ids(r.id for r, _ in batch)
            fresh = [(r, k) for r, k in batch if r.id not in stored]
            if fresh:
                self.write_in_parts(fresh, [])
            return len(fresh)

        for record in records:
            if record.id in seen:
                continue
            seen.add(record.id)
            batch.append((record, record.id))
            if len(batch) >= batch_size:
                added += flush()
                batch = []
        if batch:
            added += flush()
        return added

    def rebuild(self, *, progress: Callable[[str], None] | None = None) -> None:
        """Bring the merges up to this version's rules from the stored records (after the
        merging rules changed: in place where its steps allow, else recomputed whole); the
        result is the clusters one clean ingest of the same articles gives."""
        super().rebuild(progress=progress)

    @property
    def query_con(self) -> duckdb.DuckDBPyConnection:
        """The connection queries read; merges from older rules are rebuilt first (or, on
        a read-only ledger, refused with what to do)."""
        if not self.merges_current():
            if self.read_only and not _has_table(self.con, "articles"):
                raise LedgerError(f"ledger {self.path} holds no ledger tables: it was not "
                                  "made by `according ingest`, or it was copied without "
                                  f"its write-ahead log {self.path}.wal (copy both)")
            if self.read_only:
                raise LedgerError(f"ledger {self.path} was merged by other rules than this "
                                  f"version's: run `according rebuild --db {self.path}`")
            self.rebuild()
        return self.con

    # -- queries: every list is one Page (model.py); limit is capped at MAX_LIMIT ----------

    def articles(
        self, outlet: str | None = None, since: str | None = None, until: str | None = None,
        query: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0,
    ) -> Page[ArticleSummary]:
        """Stored articles, newest first: `outlet` (any outlet it was seen under, exact or
        canonical name), published in [`since`, `until`] (ISO dates or times, UTC), `query`
        a case-insensitive piece of the headline (its whole words when it is short or an
        acronym, as every text filter: views.text_filter)."""
        return views.articles(self.query_con, outlet, since, until, query,
                              *clamp_page(limit, offset))

    def articles_by_id(self, ids: Sequence[str]) -> dict[str, ArticleSummary]:
        """id -> summary of these stored articles (outlets, wire, their group's original);
        an unknown id is left out."""
        return views.summaries_by_id(self.query_con, ids)

    def sources(
        self, query: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[SourceCluster]:
        """Sources merged across articles, most cited first (rule: ledger/names.py);
        `query` keeps those with a name or surface form containing it (views.text_filter)."""
        return views.sources(self.query_con, query, *clamp_page(limit, offset))

    def source(self, key: str) -> SourceCluster:
        """One merged source by its key; KeyError if none."""
        return views.source(self.query_con, key)

    def source_attributions(
        self, key: str, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Appearance]:
        """Everything one merged source is credited with, across articles, oldest first."""
        return views.source_attributions(self.query_con, key, *clamp_page(limit, offset))

    def quotes(
        self, by: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[QuoteCluster]:
        """Quotes clustered across articles with first appearance and repeats, the
        independent reports and articles quoting each, most quoted first; `by` keeps quotes
        whose source has a name or surface form containing it (views.text_filter)."""
        return views.quotes(self.query_con, by, *clamp_page(limit, offset))

    def claims(
        self, flagged: bool = False, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Claim]:
        """Attributed contents across articles with independent source/report counts and
        flags; `flagged` keeps single-sourced, anonymous-only or wire-only claims."""
        return views.claims(self.query_con, flagged, *clamp_page(limit, offset))

    def claims_of(self, clusters: Sequence[int]) -> dict[int, Claim]:
        """The claims of these quote or claim clusters (their `cluster` ids) by cluster:
        sources, outlets, counts and flags, without members."""
        return views.claims_of(self.query_con, clusters)

    def cluster_appearances(
        self, cluster: int, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Appearance]:
        """Every appearance of one quote or claim cluster (its `cluster` id), first first."""
        return views.cluster_appearances(self.query_con, cluster, *clamp_page(limit, offset))

    def figures(
        self, counted: str | None = None, place: str | None = None,
        limit: int = DEFAULT_LIMIT, offset: int = 0,
    ) -> Page[FigureSeries]:
        """Series of the same counted thing over as-of days, with their disagreements;
        `counted` keeps series whose counted words include its words ("killed" finds
        "people killed"), `place` figures placed there (or in articles naming it)."""
        return views.figures(self.query_con, counted, place, *clamp_page(limit, offset))

    def series_figures(
        self, key: str, place: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0
    ) -> Page[Figure]:
        """The figures of one series (its `key`), in as-of order."""
        return views.series_figures(self.query_con, key, place, *clamp_page(limit, offset))

    def disagreements(
        self, counted: str | None = None, limit: int = DEFAULT_LIMIT, offset: int = 0,
        within: bool | None = None,
    ) -> Page[Disagreement]:
        """Every disagreement (two original reports, or two sources of one, whose figures of
        one series, day and place cannot both hold), latest day first, both sides named;
        `counted` as in `figures`; `within` True keeps two sources of one report, False two
        reports."""
        return views.disagreements_list(self.query_con, counted, *clamp_page(limit, offset),
                                        within=within)

    def falling_tolls(self, counted: str | None = None, limit: int = DEFAULT_LIMIT,
                      offset: int = 0) -> Page[Disagreement]:
        """Disagreements across days: two reports' running totals of the dead of one series
        and place where the later day's toll is below what the earlier day had counted
        (a toll never falls); `first` is the earlier day's figure. Day-bound counts ("3
        died on Wednesday") are not tolls and are left out (disagreements.running_total)."""
        return views.falling_tolls_list(self.query_con, counted, *clamp_page(limit, offset))

    def counted_things(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[CountedThing]:
        """What figures count, most reported first, with readable names."""
        return views.counted_things(self.query_con, *clamp_page(limit, offset))

    def errors(self, limit: int = DEFAULT_LIMIT, offset: int = 0) -> Page[ErrorRow]:
        """Inputs that gave no record, and why, oldest first."""
        return views.errors(self.query_con, *clamp_page(limit, offset))

    def search(self, text: str, limit: int = 20) -> SearchResults:
        """Headlines, quotes and sources containing `text` (case-insensitive), a page each."""
        return views.search(self.query_con, text, clamp_page(limit, 0)[0])


def open_ledger(path: str | Path = "ledger.duckdb", *, read_only: bool = False,
                wait: float = DEFAULT_WAIT) -> Ledger:
    """Open (creating if needed, unless `read_only`) the ledger file at `path`, waiting up to
    `wait` seconds while another process holds it. LedgerError (one line naming the file
    and what to do) for a path that is not a local file, a damaged file, or a busy one."""
    return Ledger(path, read_only=read_only, wait=wait)


def summary_dict(summary: IngestSummary) -> dict[str, object]:
    """The summary as plain JSON-ready values, with each failed input and its reason."""
    return {
        "added": summary.added, "skipped": summary.skipped, "failed": summary.failed,
        "seconds": round(summary.seconds, 3),
        "errors": [{"input": name, "reason": reason} for name, reason in summary.errors],
    }
