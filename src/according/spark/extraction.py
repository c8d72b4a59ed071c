"""One partition of work units -> one *occurrence* row per article or failed input.

The extraction is `according.extract.extract_inputs` itself, in the task's Python worker:
the pipeline is loaded once per worker process (and kept while Spark reuses the worker,
its default), articles are parsed in `nlp.pipe` batches, and each record is the record
`according extract` makes. An input that gives no record is a row with its reason, never
a failed task. Nothing here imports pyspark.
"""

from __future__ import annotations

import os
import resource
from collections import deque
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass

from according.read import DEFAULT_MAX_BYTES, ArticleInput, InputError
from according.records import Record, text_id
from according.spark.inputs import WorkUnit, read_unit

# One row per input item, in the order `extract` meets them (`seq`). `record` is the
# record's JSON as the ledger stores it; `reason` is set instead for an input that gave no
# record; a text already stored (or met earlier in the partition) is not extracted again:
# its row has neither, only where it was seen (a sighting, as `ingest` records one).
OCCURRENCE_COLUMNS = ("unit", "position", "seq", "input", "id", "url", "outlet", "published",
                      "published_text", "record", "reason")
POSITION_BITS = 32


@dataclass(frozen=True)
class ExtractOptions:
    """What `according extract` would be told: size limit, pipeline, batch size."""

    max_bytes: int = DEFAULT_MAX_BYTES
    model: str | None = None
    batch_size: int = 16


def order_key(unit: int, position: int) -> int:
    """One integer that sorts occurrences as `extract` would emit them."""
    return (unit << POSITION_BITS) | position


def occurrence_row(result: object, unit: int, position: int) -> tuple:
    """The occurrence row of one extraction result (a Record or an InputError)."""
    from according.ledger.rows import record_json

    seq = order_key(unit, position)
    if isinstance(result, InputError):
        return (unit, position, seq, result.name, None, None, None, None, None, None,
                result.reason)
    record: Record = result  # type: ignore[assignment]
    meta = record.metadata
    return (unit, position, seq, record.input.path or "<input>", record.id, record.input.url,
            meta.outlet, meta.published, meta.published_text, record_json(record), None)


def sighting_occurrence(item: ArticleInput, key: str, unit: int, position: int) -> tuple:
    """The occurrence row of a text not extracted again: where it was seen and what its
    input says (read as the ledger reads a sighting, without the model)."""
    from according.ledger.sightings import sighting_of

    seen = sighting_of(item, key)
    return (unit, position, order_key(unit, position), item.info.path or "<input>", key,
            seen.url, seen.outlet, seen.published, seen.published_text, None, None)


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def extract_partition(
    units: Iterable[WorkUnit],
    options: ExtractOptions,
    known: Collection[str] = frozenset(),
    on_done: Callable[[int, int], None] | None = None,
) -> Iterator[tuple]:
    """Occurrence rows for every item of `units`: texts whose id is in `known` (already in
    the output) or met earlier in the partition are sightings, the rest are extracted in
    `nlp.pipe` batches. `on_done(pid, peak_rss_bytes)` is called at the end."""
    from according.extract import extract_inputs

    tags: deque[tuple[int, int]] = deque()  # (unit, position) of each input in flight
    sightings: list[tuple] = []
    seen: set[str] = set()

    def inputs() -> Iterator[ArticleInput | InputError]:
        for unit in units:
            for position, item in enumerate(read_unit(unit, options.max_bytes)):
                if isinstance(item, ArticleInput):
                    key = text_id(item.text)
                    if key in known or key in seen:
                        sightings.append(sighting_occurrence(item, key, unit.index, position))
                        continue
                    seen.add(key)
                tags.append((unit.index, position))
                yield item

    results = extract_inputs(inputs(), batch_size=options.batch_size, model=options.model)
    for result in results:
        yield from sightings
        sightings.clear()
        unit, position = tags.popleft()
        yield occurrence_row(result, unit, position)
    yield from sightings
    if on_done is not None:
        on_done(os.getpid(), peak_rss_bytes())
