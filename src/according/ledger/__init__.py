"""The corpus ledger: articles' records in one DuckDB file, and views across articles.

    from according.ledger import open_ledger
    with open_ledger("ledger.duckdb") as ledger:
        summary = ledger.ingest(["articles/"], workers=2)
        for cluster in ledger.quotes(by="Biden"):
            print(cluster.first.outlet, cluster.text)

Every query answers one `Page` (ledger/model.py) from the merge tables an ingest keeps
current (ledger/merge.py), never by recomputing a merge. Open a ledger read-only per
request while an ingest may be running: the ingest holds the file only while it commits
a batch (ledger/store.py).

This package is the only place that imports duckdb, and only when a ledger is used: the
result types (model.py) and the merge rules (rows, derive, names, quotes, duplicates,
figures, minhash) import without it, for a Spark job to reuse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    SideValue,
    SourceCluster,
)

if TYPE_CHECKING:
    from according.ledger.api import Ledger, open_ledger, summary_dict
    from according.ledger.store import (
        EXPORT_FORMATS,
        IngestProgress,
        IngestSummary,
        LedgerError,
    )

__all__ = [
    "DEFAULT_LIMIT", "MAX_LIMIT", "Appearance", "ArticleSummary", "Claim", "CountedThing",
    "Disagreement", "ErrorRow", "EXPORT_FORMATS", "Figure", "FigureSeries", "IngestProgress",
    "IngestSummary", "Ledger", "LedgerError", "Page", "QuoteCluster", "SearchResults",
    "SideValue", "SourceCluster", "open_ledger", "summary_dict",
]
_LAZY = {
    "Ledger": "according.ledger.api", "open_ledger": "according.ledger.api",
    "summary_dict": "according.ledger.api", "EXPORT_FORMATS": "according.ledger.store",
    "IngestProgress": "according.ledger.store", "IngestSummary": "according.ledger.store",
    "LedgerError": "according.ledger.store",
}


def __getattr__(name: str) -> Any:
    """The DuckDB-backed names, imported on first use."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'according.ledger' has no attribute {name!r}")
