"""The ledger's commands (ingest, sources, quotes, claims, figures, disagreements, search, article,
errors, export, rebuild; `articles` is cli/articles.py): thin typer shells over `according.ledger`.
`register(app)` adds them to an app. A ledger that cannot be used (not a local file,
damaged, busy, full disk) is one line on stderr naming it and what to do, exit status 2."""

from __future__ import annotations

import json
import shlex
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from according.cli.output import (
    UNKNOWN_OUTLET,
    FormatOption,
    choose_format,
    emit,
    fail,
    say_more,
)

NewDbOption = Annotated[
    str,
    typer.Option("--db", envvar="ACCORDING_DB", help="The ledger file (DuckDB); made if absent."),
]
LimitOption = Annotated[
    int, typer.Option("--limit", "-n", min=1, help="Rows per page (at most 500).")
]
# each list's columns, as its rows' keys: the header of an empty page's CSV (emit)
SOURCE_COLUMNS = ("name", "type", "attributions", "articles", "surface_forms", "key")
QUOTE_COLUMNS = ("quote", "source", "first_outlet", "first_published", "reports", "articles",
                 "repeated_by")
COUNTED_COLUMNS = ("counted", "unit", "figures", "articles", "disagreements", "key")
FIGURE_COLUMNS = ("series", "day", "day_from", "figure", "value", "hedge", "place", "source",
                  "outlet", "disagrees")
DISAGREEMENT_COLUMNS = ("series", "day", "place", "first", "first_sources", "first_outlets",
                        "second", "second_sources", "second_outlets", "clash")
CLAIM_COLUMNS = ("claim", "sources", "n_sources", "n_reports", "n_outlets", "single_sourced",
                 "anonymous_only", "wire_only")
ERROR_COLUMNS = ("input", "reason", "time")
SEARCH_COLUMNS = ("kind", "text", "where", "id")
OffsetOption = Annotated[
    int, typer.Option("--offset", min=0, help="Skip this many rows (the next page).")
]
DbOption = Annotated[
    str,
    typer.Option("--db", envvar="ACCORDING_DB", help="The ledger file (DuckDB); it must exist "
                 "(`ingest` makes it)."),
]


@contextmanager
def _open(db: str, *, read_only: bool = False) -> Iterator[Any]:
    """The ledger at `db`, its errors turned into one line and exit status 2."""
    import duckdb

    from according.ledger import LedgerError, open_ledger
    from according.ledger.store import check_ledger_path, environment_wait

    try:
        check_ledger_path(db)
    except LedgerError as err:
        raise fail(str(err)) from err
    if read_only and not Path(db).is_file():
        what = "is not a file" if Path(db).exists() else "does not exist"
        raise fail(f"no ledger at {db}: the file {what}; make one with "
                   f"`according ingest --db {db} FILES`")
    try:
        ledger = open_ledger(db, read_only=read_only, wait=environment_wait())
    except LedgerError as err:
        raise fail(str(err)) from err
    try:
        yield ledger
    except LedgerError as err:
        raise fail(str(err)) from err
    except duckdb.Error as err:  # a query met a damaged block: say so, answer nothing
        from according.ledger.store import classify_error

        raise fail(str(classify_error(Path(db), err))) from err
    finally:
        ledger.close()


def _print_error(name: str, reason: str) -> None:
    typer.echo(f"according: {name}: {reason}", err=True)


def _progress_ingest(ledger: Any, paths: list[str], workers: int, show: bool) -> Any:
    if not show:
        return ledger.ingest(paths, workers=workers, on_error=_print_error)
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(
        SpinnerColumn(),
        TextColumn("{task.completed} articles"),
        TextColumn("{task.fields[rate]:.1f} articles/s"),
        TextColumn("{task.fields[added]} added, {task.fields[skipped]} skipped"),
        TextColumn("[red]{task.fields[failed]} errors"),
        TimeElapsedColumn(),
        console=Console(stderr=True),
    ) as progress:
        task = progress.add_task("ingest", total=None, rate=0.0, added=0, skipped=0, failed=0)

        def update(p: Any) -> None:
            progress.update(task, completed=p.done, rate=p.done / max(p.seconds, 1e-9),
                            added=p.added, skipped=p.skipped, failed=p.failed)

        def error(name: str, reason: str) -> None:  # above the bar, not through it
            progress.console.print(f"according: {name}: {reason}", markup=False,
                                   highlight=False)

        return ledger.ingest(paths, workers=workers, on_progress=update, on_error=error)


def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories or globs of articles.")],
    db: NewDbOption = "ledger.duckdb",
    workers: Annotated[int, typer.Option("--workers", "-w", min=1,
                                         help="Worker processes for parsing.")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar; print the "
                                        "summary as one JSON line.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Extract every article in PATHS into the ledger, skipping ones already stored.

    Each input that fails gives one line on stderr naming it and the reason (`errors`).
    A folder holding articles.parquet (an export), or a directory an `according spark` run
    wrote, is loaded from its records without extracting again.

    Safe to interrupt: rerunning the same command finishes the rest. Other processes can
    read the ledger while it runs: it holds the file only while it commits a batch.

    Exit status 1 if any input failed, 2 if the run could not start or stopped."""
    from according.ledger import LedgerError, summary_dict
    from according.spark.load import ingest_spark_outputs, is_spark_output

    spark_outputs = [p for p in paths if is_spark_output(p)]  # `according spark` runs
    paths = [p for p in paths if p not in spark_outputs]
    with _open(db) as ledger:
        show = not (quiet or as_json) and sys.stderr.isatty()
        try:
            summary = _progress_ingest(ledger, paths, workers, show)
            summary = ingest_spark_outputs(ledger, spark_outputs, summary, _print_error)
        except LedgerError:
            raise  # one line from _open: disk full, damaged or busy ledger
        except Exception as err:  # e.g. the pipeline cannot load: not one article's fault
            typer.echo(f"according: ingest stopped: {err}. Articles already committed are "
                       f"kept in {db}; fix the cause and rerun to add the rest.", err=True)
            raise typer.Exit(2) from err
    data = summary_dict(summary)
    if quiet or as_json:
        typer.echo(json.dumps(data))
    else:
        typer.echo(_summary_line(summary, db))
    if summary.failed:
        raise typer.Exit(1)


def _summary_line(summary: Any, db: str) -> str:
    """An ingest's one-line summary: what was added, skipped and failed (each failure was
    named on stderr with its reason, and is read again on a rerun, since it may have been
    fixed), with a rate only when articles were added (stranger trial h6: a rerun that
    skipped everything printed 0.2 articles/s)."""
    failed = f", failed {summary.failed}" + (" (named above; read again on each run)"
                                              if summary.failed else "")
    rate = (f" ({summary.added / max(summary.seconds, 1e-9):.1f} articles/s)"
            if summary.added else "")
    return (f"added {summary.added}, skipped {summary.skipped}{failed} in "
            f"{summary.seconds:.1f} s{rate} -> {db}")


def _more(page: Any) -> None:
    """Say on stderr when a page is not the whole list, and how to get the next one."""
    say_more(page.offset, len(page), page.total)


def _members_left_off(items: Any, kind: str, noun: str, name: Any, shown: Any,
                      total: Any) -> None:
    """Say on stderr which items of a page list only some of their members (a series
    shows MEMBERS_IN_LIST of its figures, a quote that many of its repeats), each as
    "name: shown of total" (five named, then a count): the rows and the CSV hold only
    those shown, and JSON each item's count beside them (`n_figures`, `n_repeats`)."""
    left = [(name(i), len(shown(i)), total(i)) for i in items if total(i) > len(shown(i))]
    if not left:
        return
    named = "; ".join(f"{n}: {k} of {t}" for n, k, t in left[:5])
    more = f"; and {len(left) - 5} more" if len(left) > 5 else ""
    typer.echo(f"according: {len(left)} {kind} list only some of their {noun} "
               f"({named}{more})", err=True)


def sources(
    db: DbOption = "ledger.duckdb",
    query: Annotated[str | None, typer.Option("--query", "-q", help="Only sources with a "
                                              "name or surface form containing this (whole "
                                              "words when short or an acronym: 'UN').")] = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    fmt: FormatOption = None,
) -> None:
    """List sources merged across articles, most cited first, with the surface forms seen."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        clusters = ledger.sources(query, limit=limit, offset=offset)
    rows = [{"name": c.name, "type": c.type, "attributions": c.n_attributions,
             "articles": c.n_articles, "surface_forms": c.surface_forms, "key": c.key}
            for c in clusters]
    emit(rows, fmt, title="sources", full=rows, columns=SOURCE_COLUMNS, page=clusters)
    _more(clusters)


def quotes(
    db: DbOption = "ledger.duckdb",
    by: Annotated[str | None, typer.Option("--by", help="Only quotes by a source whose name "
                                           "or surface form contains NAME (whole words "
                                           "when short or an acronym: 'AP').")] = None,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    fmt: FormatOption = None,
) -> None:
    """List quotes clustered across articles: first appearance, the independent reports
    and articles quoting it (a wire story and its copies are one report), who repeated it."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        clusters = ledger.quotes(by=by, limit=limit, offset=offset)
    rows = [{"quote": q.text, "source": q.first.source,
             "first_outlet": q.first.outlet or UNKNOWN_OUTLET,
             "first_published": q.first.published, "reports": q.n_reports,
             "articles": q.n_articles,
             "repeated_by": [f"{r.outlet or UNKNOWN_OUTLET} ({r.source})"
                             + (" copy" if r.original not in (None, r.article_id) else "")
                             for r in q.repeats]}
            for q in clusters]
    emit(rows, fmt, title="quotes", full=list(clusters), columns=QUOTE_COLUMNS, page=clusters)
    _more(clusters)
    _members_left_off(clusters, "quotes", "repeats", lambda q: q.text[:40],
                      lambda q: q.repeats, lambda q: q.n_repeats)


def figures(
    counted: Annotated[str | None, typer.Option("--counted", help="What is counted, e.g. "
                                                "'killed' or 'people displaced', or a series "
                                                "name or key as listed; without it, list "
                                                "what figures count.")] = None,
    place: Annotated[str | None, typer.Option("--place", help="Only figures placed there "
                                              "(the place their sentence names).")] = None,
    db: DbOption = "ledger.duckdb",
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    fmt: FormatOption = None,
) -> None:
    """Show figures by the day they are about, flagging disagreements.

    With no --counted, list what figures count and how often each is reported."""
    fmt = choose_format(fmt)
    if counted is None and place is None:
        with _open(db, read_only=True) as ledger:
            things = ledger.counted_things(limit=limit, offset=offset)
        rows = [{"counted": t.label, "unit": t.unit, "figures": t.n_figures,
                 "articles": t.n_articles, "disagreements": t.n_disagreements, "key": t.key}
                for t in things]
        emit(rows, fmt, title="counted things", full=list(things), columns=COUNTED_COLUMNS,
             page=things)
        _more(things)
        return
    with _open(db, read_only=True) as ledger:
        series = ledger.figures(counted=counted, place=place, limit=limit, offset=offset)
    rows = []
    for s in series:
        clash = {(d.first.article_id, d.first.quantity_id) for d in s.disagreements}
        clash |= {(d.second.article_id, d.second.quantity_id) for d in s.disagreements}
        rows += [{"series": s.label, "day": f.day, "day_from": f.as_of_from, "figure": f.text,
                  "value": f.value, "hedge": f.hedge, "place": f.place, "source": f.source,
                  "outlet": f.outlet, "disagrees": (f.article_id, f.quantity_id) in clash}
                 for f in s.figures]
    emit(rows, fmt, title=f"figures: {counted or place}", full=list(series),
         columns=FIGURE_COLUMNS)
    if not series.total:  # a word no series holds printed an empty table and nothing more
        asked = " and ".join(f"{name} {value!r}" for name, value
                             in (("--counted", counted), ("--place", place)) if value)
        typer.echo(f"according: no figures match {asked}; `according figures` lists what "
                   "figures count", err=True)
    _more(series)
    _members_left_off(series, "series", "figures", lambda s: s.label, lambda s: s.figures,
                      lambda s: s.n_figures)


# the `clash` column of `disagreements`: whose figures clash (JSON: within_article), as the
# web page's /disagreements labels it
WITHIN_LABEL, ACROSS_LABEL = "within one report", "two reports"
FELL_LABEL = "toll fell"


def disagreements(
    counted: Annotated[str | None, typer.Option("--counted", help="Only the disagreements "
                                                "of what this counts, as in `figures`.")]
    = None,
    within: Annotated[bool | None, typer.Option(
        "--within/--across", help="Only two sources of one report (--within: clash "
        "\"within one report\") or only two reports (--across: \"two reports\").")] = None,
    across_days: Annotated[bool, typer.Option(
        "--across-days", help="Instead: tolls of the dead that fall from one day to a "
        "later one between two reports (\"toll fell\"), both days named.")] = False,
    db: DbOption = "ledger.duckdb",
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    fmt: FormatOption = None,
) -> None:
    """List disagreements, latest day first: figures of one series, day and place that
    cannot both hold.

    Each is two original reports (a wire story and its copies count once) or two sources
    of one report, with both sides' values, sources and outlets. The `clash` column says
    which: "within one report" (two sources of one report disagree; in JSON,
    within_article true) or "two reports" (two independent reports disagree).
    --across-days lists instead two reports' tolls of the dead, one day's and a later
    day's lower one ("toll fell"; day "earlier -> later"): a toll never falls."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        found = ledger.falling_tolls(counted=counted, limit=limit, offset=offset) \
            if across_days else ledger.disagreements(counted=counted, limit=limit,
                                                     offset=offset, within=within)
    rows = [{"series": d.first.label,
             "day": f"{d.first.day} -> {d.second.day}" if across_days else d.first.day,
             "place": d.first.place,
             "first": d.first.text, "first_sources": d.first_sources,
             "first_outlets": d.first_outlets, "second": d.second.text,
             "second_sources": d.second_sources, "second_outlets": d.second_outlets,
             "clash": FELL_LABEL if across_days else WITHIN_LABEL if d.within_article
             else ACROSS_LABEL} for d in found]
    emit(rows, fmt, title="disagreements", full=list(found), columns=DISAGREEMENT_COLUMNS,
         page=found)
    _more(found)


def claims(
    db: DbOption = "ledger.duckdb",
    flagged: Annotated[bool, typer.Option("--flagged", help="Only single-sourced, "
                                          "anonymous-only or wire-only claims.")] = False,
    limit: LimitOption = 50,
    offset: OffsetOption = 0,
    fmt: FormatOption = None,
) -> None:
    """List claims with the independent sources and original reports behind each.

    A wire story and its copies count once, with every outlet that carried it."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        found = ledger.claims(flagged=flagged, limit=limit, offset=offset)
    rows = [{"claim": c.text, "sources": c.sources, "n_sources": c.n_sources,
             "n_reports": c.n_reports, "n_outlets": c.n_outlets,
             "single_sourced": c.single_sourced, "anonymous_only": c.anonymous_only,
             "wire_only": c.wire_only} for c in found]
    emit(rows, fmt, title="claims", full=list(found), columns=CLAIM_COLUMNS, page=found)
    _more(found)


def article(
    article_id: Annotated[str, typer.Argument(help="Article id (sha256:…) or a unique prefix "
                                              "of its hex digits.")],
    db: DbOption = "ledger.duckdb",
) -> None:
    """Print one stored article's record, exactly as extracted, as JSON."""
    with _open(db, read_only=True) as ledger:
        try:
            record = ledger.article(article_id)
        except KeyError as err:
            typer.echo(f"according: {err.args[0]}", err=True)
            raise typer.Exit(1) from err
    typer.echo(json.dumps(record.to_dict(), ensure_ascii=False, indent=2))


def errors(db: DbOption = "ledger.duckdb", limit: LimitOption = 50, offset: OffsetOption = 0,
           fmt: FormatOption = None) -> None:
    """List the inputs that gave no record, and why."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        page = ledger.errors(limit=limit, offset=offset)
    emit([asdict(e) for e in page], fmt, title="errors", columns=ERROR_COLUMNS, page=page)
    _more(page)


def export(
    out: Annotated[str, typer.Argument(help="Directory (parquet, csv) or file (jsonl).")],
    export_format: Annotated[str, typer.Option("--format", "-f", help="parquet or csv: one "
                                               "file per table; jsonl: one record per "
                                               "line.")] = "parquet",
    db: DbOption = "ledger.duckdb",
) -> None:
    """Export the ledger's tables (parquet, csv) or its records (jsonl)."""
    from according.ledger import EXPORT_FORMATS

    if export_format not in EXPORT_FORMATS:
        raise fail(f"unknown --format {export_format!r}; choose one of "
                   f"{', '.join(EXPORT_FORMATS)}")
    with _open(db, read_only=True) as ledger:
        try:
            written = ledger.export(out, format=export_format)
        except Exception as err:  # a file where a directory goes, no permission, disk full
            errno = getattr(err, "errno", None)
            why = f"{err.strerror}: {err.filename}" if errno else str(err)
            raise fail(f"cannot export to {out}: {why}") from err
    for path in written:
        typer.echo(str(path))


def search(
    text: Annotated[str, typer.Argument(help="Words to look for (case-insensitive).")],
    db: DbOption = "ledger.duckdb",
    limit: LimitOption = 20,
    fmt: FormatOption = None,
) -> None:
    """Find TEXT in headlines, quotes and source names, and list the found sources' quotes.

    "quote" rows hold TEXT in the quote's own words; "quote by" rows are the quotes of the
    sources found (as `quotes --by TEXT` lists them). A headline's and a quote's id (for a
    quote, the article it first appeared in) opens with `according show ID`; a source's id
    is its key, as `according sources` lists it."""
    fmt = choose_format(fmt)
    with _open(db, read_only=True) as ledger:
        found = ledger.search(text, limit=limit)
    rows = ([{"kind": "article", "text": a.headline, "where": a.outlet, "id": a.id}
             for a in found.articles]
            # a quote's id is the article it first appeared in, so that `according show ID`
            # opens it (its cluster's number opened nothing: stranger trial 3)
            + [{"kind": "quote", "text": q.text, "where": q.first.source,
                "id": q.first.article_id} for q in found.quotes]
            + [{"kind": "source", "text": s.name, "where": s.type, "id": s.key}
               for s in found.sources]
            # what the sources found said: a quote's own words seldom hold its speaker's name
            + [{"kind": "quote by", "text": q.text, "where": q.first.source,
                "id": q.first.article_id} for q in found.quotes_by])
    emit(rows, fmt, title=f"search: {text}", full=rows, columns=SEARCH_COLUMNS)
    # each kind's count is exact up to a cap, then "more than" (README: ledger at scale)
    typer.echo(f"according: {found.articles.count_text} headlines, {found.quotes.count_text} "
               f"quotes (by their words), {found.sources.count_text} sources match; "
               f"{found.quotes_by.count_text} quotes by those sources"
               + (f" (all: according quotes --by {shlex.quote(text)})"
                  if found.quotes_by.total > len(found.quotes_by) else ""), err=True)


def rebuild(db: DbOption = "ledger.duckdb") -> None:
    """Bring the ledger's merges up to this version's rules from its stored records.

    For after an upgrade changed the merging rules: in place where the steps from the
    ledger's rules allow, else every merge recomputed; either way it gives the clusters one
    clean ingest of the same articles gives. A ledger already current is left as it is."""
    with _open(db) as ledger:
        ledger.rebuild(progress=lambda step: typer.echo(f"according: rebuild: {step}",
                                                        err=True))
    typer.echo(f"rebuilt {db}")


COMMANDS = (ingest, sources, quotes, claims, figures, disagreements, search, article, errors,
            export, rebuild)


def register(app: typer.Typer) -> None:
    """Add the ledger commands to `app`."""
    for command in COMMANDS:
        app.command()(command)
