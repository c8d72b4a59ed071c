"""`according extract` and `according eval`: reading articles into records, scoring them."""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, TextIO, TypeVar

import typer

from according.cli.app import ModelOption, WorkersOption
from according.cli.output import fail

if TYPE_CHECKING:
    from rich.console import Console

    from according.records import Record

T = TypeVar("T")

class OutputFormat(StrEnum):
    json = "json"
    jsonl = "jsonl"
    timeml = "timeml"


def extract(
    paths: Annotated[
        list[str],
        typer.Argument(help="Files, directories or globs of articles (text, HTML, WARC, "
                       "RSS/Atom, JSON Lines); '-' reads standard input."),
    ],
    output_format: Annotated[
        OutputFormat,
        typer.Option("--format", "-f", help="json: the record of a single article, else a "
                     "JSON array of records; jsonl: one record per line, as each is done; "
                     "timeml: each article as a TimeML document (TIMEX3 tags, DCT = publication "
                     "time); with --output DIR (not ending .tml or .xml) one DIR/<doc id>.tml "
                     "per article."),
    ] = OutputFormat.json,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    workers: WorkersOption = 1,
    model: ModelOption = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this many "
                     "bytes: per file, but per record for WARC and per line for JSON Lines."),
    ] = 5_000_000,
) -> None:
    """Extract the record of every article in PATHS (see CONTRACT.md for its fields).

    A bad input gives one line on standard error and no record; the others still run.
    Exit status: 0 if every input gave a record, 1 if any failed, 2 for a usage error.
    """
    from according.extract import extract_inputs
    from according.nlp import ModelNotFound
    from according.read import InputError, read_inputs

    tml_dir = output if output_format is OutputFormat.timeml and output and (
        output.suffix.lower() not in (".tml", ".xml")) else None
    try:
        if tml_dir is not None:
            tml_dir.mkdir(parents=True, exist_ok=True)
        stream = (open(output, "w", encoding="utf-8") if output and tml_dir is None  # noqa: SIM115
                  else sys.stdout)
    except OSError as err:
        raise fail(f"cannot write {output}: {err.strerror}") from err
    # one path naming one file prints its record; anything more prints an array. A path
    # that names nothing, and is no glob, is one file that failed: its error line alone
    # (it printed "[]" and a summary of one failure, where an unreadable file prints neither)
    one_file = len(paths) == 1 and (paths[0] == "-" or Path(paths[0]).is_file() or (
        not Path(paths[0]).exists() and not any(c in paths[0] for c in "*?[")))
    failed = done = 0
    records: list[dict] = []
    try:
        results = extract_inputs(read_inputs(paths, max_bytes=max_bytes), workers=workers,
                                 model=model)
        for result in _with_progress(results):
            if isinstance(result, InputError):
                failed += 1
                typer.echo(str(result), err=True)
                continue
            done += 1
            if output_format is OutputFormat.timeml:
                _write_timeml(result, stream, tml_dir)
            elif output_format is OutputFormat.jsonl:
                stream.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
                stream.flush()
            else:
                records.append(result.to_dict())
    except ModelNotFound as err:
        raise fail(str(err)) from err
    finally:
        if output_format is OutputFormat.json and (records or not one_file):
            payload = records[0] if one_file and len(records) == 1 else records
            stream.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")
        if output and tml_dir is None:
            stream.close()
    if failed and not one_file:
        # stranger trial 5: a run over a folder says how many inputs failed, as ingest's does
        typer.echo(f"according: extracted {done}, failed {failed} (each named above)", err=True)
    raise typer.Exit(1 if failed else 0)


def _write_timeml(record: Record, stream: TextIO, directory: Path | None) -> None:
    """One TimeML document: to `stream`, or to "<doc id>.tml" in `directory`."""
    from according.times.timeml import document_id, to_timeml

    text = to_timeml(record)
    if directory is None:
        stream.write(text)
        stream.flush()
        return
    name = re.sub(r"[^\w.-]+", "_", document_id(record)) + ".tml"
    (directory / name).write_text(text, encoding="utf-8")


def _with_progress(results: Iterable[T]) -> Iterator[T]:
    """Show articles done, errors and articles/s on standard error when it is a terminal."""
    from according.read import InputError

    if not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    columns = (SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn())
    with Progress(*columns, transient=True, console=_stderr_console()) as progress:
        task = progress.add_task("extracting", total=None)
        done = errors = 0
        start = time.perf_counter()
        for result in results:
            done += 1
            errors += isinstance(result, InputError)
            rate = done / max(time.perf_counter() - start, 1e-9)
            progress.update(task, description=f"{done} article(s), {errors} error(s), "
                            f"{rate:.1f}/s")
            yield result


def _stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def evaluate(
    gold: Annotated[Path, typer.Argument(help="Directory of gold JSON files (PolNeAR format).",
                                         exists=True, file_okay=False)],
    write_predictions: Annotated[
        Path | None,
        typer.Option("--write-predictions", help="Also keep the predictions in this directory."),
    ] = None,
    predictions: Annotated[
        Path | None,
        typer.Option("--predictions", help="Score these existing predictions instead of "
                     "running the pipeline.", exists=True, file_okay=False),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
) -> None:
    """Score attributions against gold: P/R/F1 by exact match and token overlap, by kind."""
    import tempfile

    from according.evaluate import format_table, score
    from according.evaluate import write_predictions as predict

    if not any(gold.glob("*.json")):
        raise fail(f"{gold}: no gold files (*.json) to score against")
    if predictions is None:
        with tempfile.TemporaryDirectory() as tmp:
            pred_dir = write_predictions or Path(tmp)
            pred_dir.mkdir(parents=True, exist_ok=True)
            predict(gold, pred_dir)
            result = score(gold, pred_dir)
    else:
        result = score(gold, predictions)
    typer.echo(json.dumps(result, indent=1, sort_keys=True) if as_json else format_table(result))


def register(app: typer.Typer) -> None:
    """Add `extract` and `eval` to `app`."""
    app.command()(extract)
    app.command("eval")(evaluate)
