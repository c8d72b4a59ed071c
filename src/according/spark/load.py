"""A Spark output directory into a ledger, without extracting again (pyarrow, no Spark).

`according ingest DIR --db ledger.duckdb` takes this path for a directory holding the
marker a Spark run writes (tables.MARKER). Records are read back from the `record` column
(`Record.from_dict`) in the order `extract` met them (run, then `seq`: each Parquet file is
sorted that way, and the files are merged) and stored with the ledger's own
`add_records`; a text the ledger already holds, and every other place a text was seen
(`appearances`), is stored as a sighting (ledger/sightings.py); failed inputs go to the
ledger's `errors`. So the ledger ends as a direct `ingest` of the same inputs leaves it.
"""

from __future__ import annotations

import heapq
import json
import time
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from according.records import Record
from according.spark.output import COMMITS
from according.spark.tables import ERRORS, MARKER

if TYPE_CHECKING:
    from according.ledger import IngestSummary, Ledger
    from according.ledger.sightings import Sighting

READ_BATCH = 64
LOOKUP_BATCH = 512  # records whose ids are looked up in the ledger at once


def is_spark_output(path: str | Path) -> bool:
    """Whether `path` is a directory a Spark run of this project wrote."""
    return Path(path).is_dir() and (Path(path) / MARKER).is_file()


def _table(directory: Path, table: str):  # noqa: ANN202 - a pyarrow Dataset, or None
    import pyarrow.dataset as ds

    folder = directory / table
    if not folder.is_dir():
        return None
    partitioning = None if table == ERRORS else "hive"
    return ds.dataset(str(folder), format="parquet", partitioning=partitioning)


def _fragment_rows(fragment, columns: list[str]) -> Iterator[tuple]:  # noqa: ANN001
    for batch in fragment.to_batches(columns=columns, batch_size=READ_BATCH):
        yield from zip(*(batch.column(c).to_pylist() for c in columns), strict=True)


def stored_records(directory: str | Path) -> Iterator[Record]:
    """The records of a Spark output in the order `extract` met them (run, then seq);
    memory holds one small batch per Parquet file."""
    dataset = _table(Path(directory), "articles")
    if dataset is None:
        return
    columns = ["run", "seq", "record"]
    streams = [_fragment_rows(f, columns) for f in dataset.get_fragments()]
    for _, _, text in heapq.merge(*streams, key=lambda row: (row[0], row[1])):
        yield Record.from_dict(json.loads(text))


def _iso(value: object) -> str | None:
    if isinstance(value, datetime):
        stamp = value if value.tzinfo else value.replace(tzinfo=UTC)
        return stamp.astimezone(UTC).isoformat()
    return value if isinstance(value, str) else None


def stored_sightings(directory: str | Path) -> list[Sighting]:
    """Every place a text of the output was seen (its `appearances` rows), in the order
    `extract` met them (run, then seq), so the first to know a missing date fills it."""
    from according.ledger.sightings import Sighting

    dataset = _table(Path(directory), "appearances")
    if dataset is None:
        return []
    columns = ["run", "seq", "article_id", "path", "url", "outlet", "published",
               "published_text"]
    rows = sorted((row for fragment in dataset.get_fragments()
                   for row in _fragment_rows(fragment, columns)),
                  key=lambda row: (row[0] or "", row[1] or 0))
    return [Sighting(aid, path, url, outlet, _iso(published), text)
            for _, _, aid, path, url, outlet, published, text in rows]


def stored_errors(directory: str | Path) -> list[tuple[str, str]]:
    """(input, reason) of every failed input of the output, by run then input."""
    dataset = _table(Path(directory), ERRORS)
    if dataset is None:
        return []
    rows = dataset.to_table(columns=["run", "input", "reason"]).to_pylist()
    rows.sort(key=lambda r: (r["run"] or "", r["input"] or ""))
    return [(r["input"], r["reason"]) for r in rows]


def _sighting_of(record: Record) -> Sighting:
    from according.ledger.sightings import Sighting

    meta = record.metadata
    return Sighting(record.id, record.input.path, record.input.url, meta.outlet,
                    meta.published, meta.published_text)


def _stored_lookup(ledger: Ledger) -> Callable[[list[str]], set[str]]:
    """Which of some text ids the ledger holds: one query per chunk where the ledger answers
    that (`stored_ids`), else one read of every stored key."""
    lookup = getattr(ledger, "stored_ids", None)
    if lookup is not None:
        return lambda ids: set(lookup(ids))
    known = ledger.known_keys()
    return known.intersection


def ingest_spark_output(
    ledger: Ledger, directory: str | Path,
    on_error: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """Store a Spark output's records, sightings and errors in `ledger`; records already
    there are skipped (and recorded as sightings). Returns what was done."""
    from according.ledger import IngestSummary

    if any((Path(directory) / COMMITS).glob("*.json")):
        raise ValueError(f"{directory} holds a Spark run's unfinished commit; run `according "
                         f"spark` on it again (it finishes the commit first), then ingest")
    started = time.perf_counter()
    errors = stored_errors(directory)
    for name, reason in errors:
        if on_error:
            on_error(name, reason)
    if errors:
        ledger.write_batch([], errors)
    is_stored = _stored_lookup(ledger)
    sightings: list[Sighting] = []

    def fresh(records: Iterable[Record]) -> Iterator[Record]:
        loaded: set[str] = set()  # ids of this output already handed to add_records
        records = iter(records)
        while chunk := list(islice(records, LOOKUP_BATCH)):
            stored = is_stored([r.id for r in chunk])
            for record in chunk:
                if record.id in stored or record.id in loaded:
                    sightings.append(_sighting_of(record))
                    continue
                loaded.add(record.id)
                yield record

    added = ledger.add_records(fresh(stored_records(directory)))
    ledger.write_sightings([*sightings, *stored_sightings(directory)])
    refresh = getattr(ledger, "refresh_views", None)  # a ledger that caches its views
    if refresh is not None:
        refresh()
    return IngestSummary(added, len(sightings), len(errors), time.perf_counter() - started,
                         tuple(errors))


def ingest_spark_outputs(
    ledger: Ledger, directories: Iterable[str | Path], before: IngestSummary,
    on_error: Callable[[str, str], None] | None = None,
) -> IngestSummary:
    """`before` (a summary of the rest of an ingest) with each Spark output ingested."""
    from according.ledger import IngestSummary

    total = before
    for directory in directories:
        part = ingest_spark_output(ledger, directory, on_error)
        total = IngestSummary(
            total.added + part.added, total.skipped + part.skipped, total.failed + part.failed,
            total.seconds + part.seconds, total.errors + part.errors,
        )
    return total
