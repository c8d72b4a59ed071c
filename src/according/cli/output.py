"""What the commands share for printing: one-line errors, and rows as a rich table, CSV or
JSON."""

from __future__ import annotations

import csv
import json
import sys
from dataclasses import asdict, is_dataclass
from typing import Annotated, Any

import typer

FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json or csv; default table on a terminal, "
                 "else json."),
]
VIEW_FORMATS = ("table", "json", "csv")
UNKNOWN_OUTLET = "unknown outlet"


def fail(message: str, status: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise (a user error: status 2)."""
    typer.echo(f"according: {message}", err=True)
    return typer.Exit(status)


def choose_format(fmt: str | None) -> str:
    if fmt is None:
        return "table" if sys.stdout.isatty() else "json"
    if fmt not in VIEW_FORMATS:
        raise fail(f"unknown --format {fmt!r}; choose one of {', '.join(VIEW_FORMATS)}")
    return fmt


def _plain(value: Any) -> Any:
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def emit(rows: list[dict[str, Any]], fmt: str, *, title: str, full: Any = None) -> None:
    """Print rows as a rich table, CSV, or JSON (`full` instead of rows when given)."""
    if fmt == "json":
        typer.echo(json.dumps(_plain(full) if full is not None else rows, ensure_ascii=False,
                              indent=2, default=str))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        if rows:
            writer.writerow(list(rows[0]))
        writer.writerows([_cell(v) for v in row.values()] for row in rows)
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title} ({len(rows)})")
    for name in rows[0] if rows else ["(none)"]:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(v) for v in row.values()))
    Console().print(table)
