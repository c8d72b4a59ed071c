"""`according show ID|FILE`: one article's text with its attributions highlighted, and a
table of them (JSON when piped or with --json; --format markdown for a document)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any

import typer

from according.cli.app import ModelOption
from according.cli.output import JsonOption, console, emit, fail
from according.records import Record

SHOW_FORMATS = ("table", "json", "csv", "markdown")
PREVIEW = 60  # characters of content in the table
# terminal styles, applied in this order so a source inside a content shows as a source
STYLES = (("furniture", "dim"), ("content", "cyan"), ("time", "underline blue"),
          ("figure", "bold underline red"), ("recipient", "underline magenta"),
          ("cue", "bold green"), ("source", "bold black on yellow"))
LEGEND = "source: black on yellow · cue: green · content: cyan · recipient: magenta · " \
         "figure: red underline · time: blue underline · furniture: dim"


def _records(target: str, db: str, model: str | None) -> Iterator[Record]:
    """The record(s) `target` names: a stored id, a record JSON file, or an article file."""
    path = Path(target)
    if path.is_file():
        stored = _record_file(path)
        if stored is not None:
            yield stored
            return
        yield from _extracted(path, model)
        return
    from according.cli.ledger import _open

    if not Path(db).is_file():
        raise fail(f"{target}: no such file, and no ledger at {db} to look the id up in")
    with _open(db, read_only=True) as ledger:
        try:
            yield ledger.article(target)
        except KeyError as err:
            raise fail(f"{err.args[0]}", status=1) from err


def _record_file(path: Path) -> Record | None:
    """The record in a file `according extract` wrote, or None when it holds something else."""
    try:
        with path.open(encoding="utf-8") as fh:
            if fh.read(1) != "{":
                return None
            data = json.loads("{" + fh.read())
        return Record.from_dict(data)
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None


def _extracted(path: Path, model: str | None) -> Iterator[Record]:
    from according.extract import extract_inputs
    from according.read import InputError, read_inputs

    failed = False
    for result in extract_inputs(read_inputs([str(path)]), model=model):
        if isinstance(result, InputError):
            typer.echo(str(result), err=True)
            failed = True
        else:
            yield result
    if failed:
        raise typer.Exit(1)


def attribution_rows(record: Record, *, full: bool) -> list[dict[str, Any]]:
    """One row per attribution: resolved source and its type, cue, content (its beginning
    unless `full`), recipient, the nesting chain and confidence."""
    from according.service.article_view import article_view

    rows = []
    for card, a in zip(article_view(record).cards, record.attributions, strict=True):
        content = " … ".join(c.text for c in a.content)
        if not full and len(content) > PREVIEW:
            content = content[:PREVIEW].rstrip() + "…"
        rows.append({
            "id": card.id, "kind": card.kind, "source": card.source,
            "source_type": card.source_type, "as_written": card.source_as_written,
            "cue": card.cue, "content": content, "recipient": card.recipient,
            "chain": " ← ".join(card.chain) if len(card.chain) > 1 else None,
            "confidence": card.confidence,
        })
    return rows


def highlighted_text(record: Record):  # noqa: ANN201 (a rich Text; rich loads lazily)
    """The record's text as a rich Text styled at the spans' offsets (never parsed as
    markup: the text is data)."""
    from rich.text import Text

    from according.service.article_view import TEXT_REGIONS

    spans: dict[str, list[tuple[int, int]]] = {role: [] for role, _ in STYLES}
    spans["furniture"] = [(r.start, r.end) for r in record.regions
                          if r.kind not in TEXT_REGIONS]
    for a in record.attributions:
        if a.source.span:
            spans["source"].append((a.source.span.start, a.source.span.end))
        if a.cue:
            spans["cue"].append((a.cue.start, a.cue.end))
        spans["content"] += [(c.start, c.end) for c in a.content]
        if a.recipient:
            spans["recipient"].append((a.recipient.span.start, a.recipient.span.end))
    spans["figure"] = [(q.span.start, q.span.end) for q in record.quantities]
    spans["time"] = [(t.span.start, t.span.end) for t in record.times]
    text = Text(record.text)
    for role, style in STYLES:
        for start, end in spans[role]:
            text.stylize(style, start, end)
    return text


def _markdown(rows: list[dict[str, Any]]) -> str:
    def cell(value: object) -> str:
        return str(value or "").replace("|", "\\|").replace("\n", " ")

    lines = ["| id | kind | source (type) | cue | content begins |", "|---|---|---|---|---|"]
    lines += [f"| {cell(r['id'])} | {cell(r['kind'])} | {cell(r['source'])} "
              f"({cell(r['source_type'])}) | {cell(r['cue'])} | {cell(r['content'])} |"
              for r in rows]
    return "\n".join(lines)


def show(
    target: Annotated[str, typer.Argument(help="A stored article's id (or a unique prefix of "
                                          "its hex digits), a record JSON file from "
                                          "`extract`, or an article file to extract.")],
    db: Annotated[str, typer.Option("--db", envvar="ACCORDING_DB", help="The ledger to look "
                                    "an id up in.")] = "ledger.duckdb",
    fmt: Annotated[str | None, typer.Option("--format", "-f", help="table (text and table, "
                   "the default on a terminal), json, csv or markdown.")] = None,
    as_json: JsonOption = False,
    model: ModelOption = None,
) -> None:
    """Print an article's text with its attributions highlighted, and a table of them.

    On a terminal: the text (sources, cues, contents, recipients, figures and times in
    their own styles; furniture dim) and a table. Piped or with --json: the table's rows
    as JSON, with whole contents."""
    if fmt is not None and fmt not in SHOW_FORMATS:
        raise fail(f"unknown --format {fmt!r}; choose one of {', '.join(SHOW_FORMATS)}")
    if as_json and fmt not in (None, "json"):
        raise fail(f"--json and --format {fmt} ask for two formats; give one")
    chosen = "json" if as_json else fmt or ("table" if sys.stdout.isatty() else "json")
    found = []
    for record in _records(target, db, model):
        rows = attribution_rows(record, full=chosen == "json")
        found.append({"id": record.id, "headline": record.metadata.headline,
                      "attributions": rows})
        if chosen == "table":
            _print_article(record, rows)
        elif chosen == "markdown":
            typer.echo(_markdown(rows))
        elif chosen == "csv":
            emit(rows, "csv", title="attributions")
    if chosen == "json":
        typer.echo(json.dumps(found[0] if len(found) == 1 else found, ensure_ascii=False,
                              indent=2))


def _print_article(record: Record, rows: list[dict[str, Any]]) -> None:
    from rich.rule import Rule
    from rich.text import Text

    out = console()
    md = record.metadata
    head = " · ".join(x for x in (md.outlet, md.published, record.id[:19] + "…") if x)
    out.print(Rule(Text(head)))
    out.print(highlighted_text(record))
    out.print(Text(LEGEND, style="dim"))
    columns = ("id", "kind", "source", "source_type", "cue", "content")
    emit([{k: r[k] for k in columns} for r in rows], "table", title="attributions")


def register(app: typer.Typer) -> None:
    """Add `show` to `app`."""
    app.command()(show)
