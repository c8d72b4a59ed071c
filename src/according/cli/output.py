"""What the commands share for printing: one-line errors, and rows as a rich table, CSV or
JSON.

Article text is data, never markup: every string from a record reaches rich as a `Text`
(never parsed for `[bold]` or `[link=…]`), and tables are printed without highlighting.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from dataclasses import asdict, is_dataclass
from typing import Annotated, Any

import typer

FormatOption = Annotated[
    str | None,
    typer.Option("--format", "-f", help="table, json or csv; default table on a terminal, "
                 "else json."),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON (the default when output is not a "
                       "terminal).")
]
VIEW_FORMATS = ("table", "json", "csv")
UNKNOWN_OUTLET = "unknown outlet"
CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")  # OWASP CSV injection


def fail(message: str, status: int = 2) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise (a user error: status 2)."""
    typer.echo(f"according: {message}", err=True)
    return typer.Exit(status)


def choose_format(fmt: str | None, as_json: bool = False) -> str:
    """`fmt` checked; json when `as_json`; by default a table on a terminal, else json."""
    if as_json:
        if fmt not in (None, "json"):
            raise fail(f"--json and --format {fmt} ask for two formats; give one")
        return "json"
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


def _csv_cell(value: Any) -> str:
    """A CSV cell that a spreadsheet never runs as a formula: text starting with = + - @
    (or a tab or carriage return) gets a leading quote mark; numbers stay numbers."""
    text = _cell(value)
    if not isinstance(value, int | float) and text[:1] in CSV_FORMULA_STARTS:
        return "'" + text
    return text


def say_more(offset: int, shown: int, total: int) -> None:
    """Say on stderr when a page of `shown` rows from `offset` is not the whole list of
    `total`, and how to get the next one: "rows 1-50 of 55; --offset 50 for more". The
    JSON and CSV on stdout hold the page's rows only (a JSON array, its shape kept for
    consumers), so this line is where a script learns that rows were left off."""
    if offset or total > offset + shown:
        first = offset + 1 if shown else offset
        typer.echo(f"according: rows {first}-{offset + shown} of {total}"
                   + (f"; --offset {offset + shown} for more" if total > offset + shown
                      else ""), err=True)


def emit(rows: list[dict[str, Any]], fmt: str, *, title: str, full: Any = None,
         count: bool = True, columns: Sequence[str] = (), page: Any = None) -> None:
    """Print rows as a rich table (titled, with the row count when `count`), CSV, or JSON
    (`full` instead of rows when given). `columns` names the rows' keys for an empty
    page, so that its CSV still has its header line (it printed nothing at all, and a
    script reading the columns by name found none). A table of a `page` (with `offset`
    and `total`) that is not the whole list says which rows of how many it holds
    ("sources (1-50 of 1,234)"), not the page's length alone."""
    if fmt == "json":
        typer.echo(json.dumps(_plain(full) if full is not None else rows, ensure_ascii=False,
                              indent=2, default=str))
        return
    if fmt == "csv":
        writer = csv.writer(sys.stdout)
        header = list(rows[0]) if rows else list(columns)
        if header:
            writer.writerow(header)
        writer.writerows([_csv_cell(v) for v in row.values()] for row in rows)
        return
    from rich.table import Table
    from rich.text import Text

    heading = f"{title} ({_counted(len(rows), page)})" if count else title
    out = console()
    needs, wants = readable_widths(rows)
    room = out.width - TABLE_FRAME - COLUMN_FRAME * len(needs)
    if rows and sum(needs) > room:
        _print_stacked(rows, heading, out)
        return
    # at least as wide as its title, which rich would otherwise wrap to a narrow table's
    # width ("search: margin of error" over one empty column)
    table = Table(title=Text(heading), min_width=len(heading) + 4)
    widths = shared_widths(needs, wants, room) if rows else [None]
    for name, width in zip(rows[0] if rows else ["(none)"], widths, strict=True):
        # never narrower than readable: rich would squeeze a stamp to "2026-11-20T08:00:0"
        table.add_column(Text(name), overflow="fold", width=width)
    for row in rows:
        table.add_row(*(Text(_cell(v)) for v in row.values()))
    out.print(table)


# A table's column is readable when it is as wide as its name and its longest word, up to
# WORD_MAX characters, or its longest cell that is one token (a stamp, an id, a path), up to
# TOKEN_MAX (longer ones are folded whatever the width); or its widest cell when narrower.
WORD_MAX = 16
TOKEN_MAX = 25  # "2026-11-20T08:00:00+00:00"
# What each column of a rich table costs beside its text (a border and a space each side),
# and the table's last border.
COLUMN_FRAME = 3
TABLE_FRAME = 1


def readable_widths(rows: list[dict[str, Any]]) -> tuple[list[int], list[int]]:
    """The text width each column of `rows` needs to be read as a table, and the width of
    its widest cell (issue 9): a table wider than the terminal would squeeze its columns to
    a few letters ("infla/tion/(perc/ent)"), so its rows are printed stacked instead."""
    needs, wants = [], []
    for name in rows[0] if rows else ():
        cells = [_cell(row.get(name)) for row in rows]
        widest = max([len(name), *(len(c) for c in cells)])
        longest = len(name)
        for cell in cells:
            words = cell.split()
            cap = TOKEN_MAX if len(words) == 1 else WORD_MAX
            longest = max([longest, *(min(len(w), cap) for w in words)])
        needs.append(min(widest, longest))
        wants.append(widest)
    return needs, wants


def shared_widths(needs: list[int], wants: list[int], room: int) -> list[int]:
    """Each column's width: what it needs, and of the room left, a share in proportion to
    what its widest cell wants beyond that; never wider than that cell."""
    spare = room - sum(needs)
    short = [w - n for n, w in zip(needs, wants, strict=True)]
    if sum(short) <= spare:
        return list(wants)
    widths = [n + spare * s // sum(short) for n, s in zip(needs, short, strict=True)]
    left = room - sum(widths)
    for k in sorted(range(len(widths)), key=lambda k: widths[k] - wants[k]):
        if left <= 0:
            break
        if widths[k] < wants[k]:
            widths[k] += 1
            left -= 1
    return widths


def _print_stacked(rows: list[dict[str, Any]], heading: str, out: Any) -> None:
    """Rows too wide for the terminal as a table, one after another: each under a rule
    holding its number, a field a line ("series  inflation (percent)"), the value wrapped
    beside its name. The fields and their order are the table's (and the CSV's)."""
    from rich.rule import Rule
    from rich.table import Table
    from rich.text import Text

    out.print(Text(heading))
    names = list(rows[0])
    for k, row in enumerate(rows, 1):
        out.print(Rule(Text(str(k)), align="left"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True)
        grid.add_column(overflow="fold")
        for name in names:
            grid.add_row(Text(name), Text(_cell(row.get(name))))
        out.print(grid)


def _counted(shown: int, page: Any) -> str:
    """"55", or "1-50 of 55" for a page that is not the whole list."""
    if page is None or not (page.offset or page.total > page.offset + shown):
        return f"{shown:,}"
    if not shown:
        return f"none of {page.total:,} from row {page.offset + 1:,}"
    return f"{page.offset + 1:,}-{page.offset + shown:,} of {page.total:,}"


def console():  # noqa: ANN201 (rich is imported only when a table is printed)
    """A console for data: no markup, no emoji codes, no highlighting of numbers or URLs."""
    from rich.console import Console

    return Console(markup=False, emoji=False, highlight=False)
