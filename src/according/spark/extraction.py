"""One partition of work units -> the ledger's table rows of every article in it.

The extraction is `according.extract.extract_inputs` itself, in the task's Python worker:
the pipeline is loaded once per worker process (and kept while Spark reuses the worker,
its default), articles are parsed in `nlp.pipe` batches, and each record is the record
`according extract` makes. Each item becomes tagged rows `(table, article_id, seq, row)`
(tables.py): a record gives a row in every table it has rows for; a text already in the
output, or met earlier in the partition, is not extracted again and gives only an
`appearances` row (a sighting, as `ingest` records one); an input that gives no record gives
an `errors` row, never a failed task. `seq` orders items as `extract` meets them. A task
writes its rows to Parquet itself (output.py). Nothing here imports pyspark.
"""

from __future__ import annotations

import os
import resource
from collections import deque
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass

from according.read import DEFAULT_MAX_BYTES, ArticleInput, InputError
from according.records import Record, text_id
from according.spark.inputs import WorkUnit, read_unit
from according.spark.output import StagedFile, TaskFiles, id_key
from according.spark.tables import ERRORS, error_row, record_rows, sighting_row

POSITION_BITS = 32
ERROR_SAMPLE = 20  # failed inputs a task names to the driver; all are in its errors file
TaggedRow = tuple[str, str | None, int, tuple]  # (table, article id, seq, row)


@dataclass(frozen=True)
class ExtractOptions:
    """What `according extract` would be told: size limit, pipeline, batch size."""

    max_bytes: int = DEFAULT_MAX_BYTES
    model: str | None = None
    batch_size: int = 16


def order_key(unit: int, position: int) -> int:
    """One integer that sorts items as `extract` would emit them."""
    return (unit << POSITION_BITS) | position


def result_rows(result: Record | InputError, seq: int, run: str) -> Iterator[TaggedRow]:
    """The tagged rows of one extraction result."""
    if isinstance(result, InputError):
        yield ERRORS, None, seq, error_row(result.name, result.reason, run)
        return
    for table, row in record_rows(result, seq, run):
        yield table, result.id, seq, row


def sighting_rows(item: ArticleInput, key: str, seq: int, run: str) -> TaggedRow:
    """The `appearances` row of a text not extracted again: where it was seen and what its
    input says (read as the ledger reads a sighting, without the model)."""
    from according.ledger.sightings import sighting_of

    seen = sighting_of(item, key)
    fields = {"path": item.info.path or "<input>", "url": seen.url, "outlet": seen.outlet,
              "published": seen.published, "published_text": seen.published_text,
              "run": run, "seq": seq}
    return "appearances", key, seq, sighting_row(key, fields)


def peak_rss_bytes() -> int:
    """This process's peak resident memory so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def extract_partition(
    units: Iterable[WorkUnit],
    options: ExtractOptions,
    run: str,
    known: Collection[str] = frozenset(),
) -> Iterator[TaggedRow]:
    """Tagged rows for every item of `units`: texts whose id is in `known` (already in the
    output) or met earlier in the partition are sightings, the rest are extracted in
    `nlp.pipe` batches."""
    from according.extract import extract_inputs

    seqs: deque[int] = deque()  # seq of each input in flight
    sightings: list[TaggedRow] = []
    seen: set[str] = set()

    def inputs() -> Iterator[ArticleInput | InputError]:
        for unit in units:
            for position, item in enumerate(read_unit(unit, options.max_bytes)):
                seq = order_key(unit.index, position)
                if isinstance(item, ArticleInput):
                    key = text_id(item.text)
                    if key in known or key in seen:
                        sightings.append(sighting_rows(item, key, seq, run))
                        continue
                    seen.add(key)
                seqs.append(seq)
                yield item

    results = extract_inputs(inputs(), batch_size=options.batch_size, model=options.model)
    for result in results:
        yield from sightings
        sightings.clear()
        yield from result_rows(result, seqs.popleft(), run)
    yield from sightings


@dataclass(frozen=True)
class TaskResult:
    """What one task hands the driver: its staged files, (id_key, seq) of every article it
    extracted, its row counts by table, its first few failed inputs (input, reason), and
    its Python worker's pid and peak memory."""

    task: int
    files: tuple[StagedFile, ...]
    articles: tuple[tuple[int, int], ...]
    counts: dict[str, int]
    errors: tuple[tuple[str, str], ...]
    pid: int
    peak_rss: int


def run_task(task: int, attempt: int, units: Iterable[WorkUnit], options: ExtractOptions,
             run: str, output: str, known: Collection[str] = frozenset()) -> TaskResult:
    """Extract one partition and stage its Parquet files (output.py)."""
    files = TaskFiles(output, run, task, attempt)
    articles: list[tuple[int, int]] = []
    counts: dict[str, int] = {}
    errors: list[tuple[str, str]] = []
    try:
        for table, article_id, seq, row in extract_partition(units, options, run, known):
            files.add(table, row)
            counts[table] = counts.get(table, 0) + 1
            if table == "articles" and article_id is not None:
                articles.append((id_key(article_id), seq))
            elif table == ERRORS and len(errors) < ERROR_SAMPLE:
                errors.append((row[0], row[1]))
    except BaseException:  # the task fails (Spark retries it): leave no local files behind
        files.discard()
        raise
    staged = files.close()
    return TaskResult(task, tuple(staged), tuple(articles), counts, tuple(errors),
                      os.getpid(), peak_rss_bytes())
