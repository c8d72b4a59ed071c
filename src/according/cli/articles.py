"""`according articles`: the articles stored in a ledger (id, published, outlet, headline)."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

import typer

from according.cli.output import FormatOption, JsonOption, choose_format, emit, fail, say_more


def articles(
    db: Annotated[str, typer.Option("--db", envvar="ACCORDING_DB", help="The ledger file "
                                    "(DuckDB); it must exist (`ingest` makes it).")]
    = "ledger.duckdb",
    outlet: Annotated[str | None, typer.Option("--outlet", help="Only this outlet (exact "
                                               "name).")] = None,
    since: Annotated[datetime | None, typer.Option("--since", formats=["%Y-%m-%d"],
                     help="Published on or after this day (UTC), YYYY-MM-DD.")] = None,
    until: Annotated[datetime | None, typer.Option("--until", formats=["%Y-%m-%d"],
                     help="Published on or before this day (UTC), YYYY-MM-DD.")] = None,
    query: Annotated[str | None, typer.Option("--query", "-q", help="Only headlines "
                                              "containing this (whole words when short or "
                                              "an acronym: 'UN').")] = None,
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, help="At most this many "
                                       "rows.")] = 50,
    offset: Annotated[int, typer.Option("--offset", min=0, help="Skip this many rows "
                                        "first.")] = 0,
    fmt: FormatOption = None,
    as_json: JsonOption = False,
) -> None:
    """List the articles stored in the ledger, newest first: id, published, outlet,
    headline. `according show ID` prints one of them."""
    from according.ledger import LedgerError
    from according.service.reader import LedgerReader, LedgerUnavailable

    fmt = choose_format(fmt, as_json)
    try:
        reader = LedgerReader(db)
    except LedgerUnavailable as err:
        raise fail(str(err)) from err
    try:
        found = reader.articles(outlet=outlet, since=since and since.date().isoformat(),
                                until=until and until.date().isoformat(), query=query,
                                limit=limit, offset=offset)
    except LedgerError as err:  # a ledger of other rules, or a copy without its log
        raise fail(str(err)) from err
    finally:
        reader.close()
    rows = [{"id": a.id, "published": a.published, "outlet": a.outlet,
             "headline": a.headline} for a in found.items]
    if fmt == "table":
        rows = [{**r, "id": r["id"].removeprefix("sha256:")[:12]} for r in rows]
        shown = f"{found.offset + 1}-{found.offset + len(rows)} of " if rows else ""
        emit(rows, fmt, title=f"articles {shown}{found.total}", count=False)
    else:
        emit(rows, fmt, title="articles", columns=("id", "published", "outlet", "headline"))
    say_more(found.offset, len(rows), found.total)


def register(app: typer.Typer) -> None:
    """Add `articles` to `app`."""
    app.command()(articles)
