"""What the Spark tests share: skipping without Java, a local session, inputs written here
(a WARC.gz of the HTML pages under tests/data/spark, a JSON Lines file, a listing naming
both), `according spark views` run as a user runs it, reading an output directory's tables
back as rows, a view table beside a ledger's summary, and every view of a ledger."""

from __future__ import annotations

import dataclasses
import inspect
import io
import json
import os
import re
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data" / "spark"
PAGES = ("coastal-flood.html", "rail-strike.html", "hospital-beds.html", "cookie-wall.html")
COPIES = 3  # the JSON Lines file holds the lines of local-news.jsonl this many times


def java_runtime() -> str | None:
    """The java executable Spark would start, or None."""
    home = os.environ.get("JAVA_HOME")
    if home and (Path(home) / "bin" / "java").is_file():
        return str(Path(home) / "bin" / "java")
    return shutil.which("java")


def java_major(java: str) -> int | None:
    """The major version `java -version` reports (8 for "1.8.0_392", 17 for "17.0.15")."""
    try:
        shown = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', shown.stderr + shown.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major


def skip_without_spark() -> None:
    """Skip the calling test, saying what is missing, when pyspark or a Java runtime it can
    run on is absent (Spark 4 needs Java 17 or later)."""
    try:
        import pyspark
    except ImportError:
        pytest.skip("pyspark is not installed: pip install 'according[spark]'")
    java = java_runtime()
    if java is None:
        pytest.skip("no Java runtime for Spark (install default-jre-headless or set JAVA_HOME)")
    major = java_major(java)
    if major is None:
        pytest.skip(f"the Java runtime {java} does not run (`java -version` failed)")
    if int(pyspark.__version__.split(".")[0]) >= 4 and major < 17:
        pytest.skip(f"pyspark {pyspark.__version__} needs Java 17 or later; {java} is Java "
                    f"{major} (install default-jre-headless from Debian 12 or set JAVA_HOME)")


def write_warc(path: Path) -> Path:
    """A gzip WARC with one HTML response per page of tests/data/spark."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for name in PAGES:
            payload = (DATA / name).read_bytes()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                f"https://news.example/{name}", "response", payload=io.BytesIO(payload),
                http_headers=headers))
    return path


def write_jsonl(path: Path) -> Path:
    """local-news.jsonl repeated COPIES times; each copy after the first marks its texts
    so they are new articles, but keeps its bad and non-English lines."""
    lines = (DATA / "local-news.jsonl").read_text(encoding="utf-8").splitlines()
    with path.open("w", encoding="utf-8") as out:
        for copy in range(COPIES):
            for line in lines:
                try:
                    item = json.loads(line)
                except ValueError:
                    out.write(line + "\n")
                    continue
                if copy:
                    item["text"] += f"\n(Edition {copy + 1}.)\n"
                out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


def write_inputs(folder: Path) -> dict[str, Path]:
    """The test inputs in `folder`: a WARC.gz, a JSON Lines file, and a listing of both."""
    folder.mkdir(parents=True, exist_ok=True)
    warc = write_warc(folder / "pages.warc.gz")
    jsonl = write_jsonl(folder / "news.jsonl")
    listing = folder / "inputs.paths"
    listing.write_text(f"{warc}\n{jsonl}\n", encoding="utf-8")
    return {"warc": warc, "jsonl": jsonl, "listing": listing}


def table_rows(output: Path, table: str, drop: tuple[str, ...] = ("run",)) -> list[tuple]:
    """Every row of one output table (partition column included), sorted, without `drop`."""
    import pyarrow.dataset as ds

    folder = output / table
    if not folder.is_dir():
        return []
    partitioning = None if table == "errors" else "hive"
    rows = ds.dataset(str(folder), format="parquet", partitioning=partitioning).to_table()
    names = [n for n in rows.column_names if n not in drop]
    return sorted(tuple(json.dumps(r[n], default=str) for n in names)
                   for r in rows.to_pylist())


def _query_methods() -> dict[str, inspect.Signature]:
    """The ledger's queries: the public methods of `Ledger` that answer one of the result
    types of ledger/model.py (a Page of sources, one source, search results...), by name."""
    from according import ledger as ledger_package
    from according.ledger import model

    found = {}
    for name, method in inspect.getmembers(ledger_package.Ledger, inspect.isfunction):
        signature = inspect.signature(method)
        answer = str(signature.return_annotation).split("[")[0].strip("'\"")
        if not name.startswith("_") and isinstance(getattr(model, answer, None), type):
            found[name] = signature
    return found


def _plain(value: object, since: datetime) -> object:
    """A query's answer as plain values; a time stamped during this test run (an error's
    `time`, a row's ingest time) becomes "<this run>", as no two ingests share it."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name), since) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v, since) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v, since) for k, v in value.items()}
    if isinstance(value, str | datetime):
        try:
            stamp = value if isinstance(value, datetime) else datetime.fromisoformat(value)
        except ValueError:
            return value
        stamp = stamp if stamp.tzinfo else stamp.replace(tzinfo=UTC)
        return "<this run>" if stamp >= since else value
    return value


def _every_page(query, signature: inspect.Signature, **arguments: object) -> list:  # noqa: ANN001
    """All pages of a paged query (as many as `total` says), or the one answer."""
    from according.ledger import MAX_LIMIT, Page

    if "limit" not in signature.parameters:
        return [query(**arguments)]
    pages = [query(**arguments, limit=MAX_LIMIT)]
    if "offset" not in signature.parameters or not isinstance(pages[0], Page):
        return pages
    while pages[-1].total > sum(len(p) for p in pages) and len(pages[-1]):
        pages.append(query(**arguments, limit=MAX_LIMIT, offset=sum(len(p) for p in pages)))
    return pages


def ledger_views(db: Path, since: datetime, keys_per_query: int | None = None) -> dict[str, object]:
    """Every view of the ledger file `db`, whatever views the ledger defines: each query
    with no required argument, all its pages; then each query that needs arguments, asked
    for every value the first ones answered under its parameter's name (a source's `key`,
    a quote's `cluster`, a claim's `text`...; the first `keys_per_query` in sorted order
    when given). Plus the stored records, the places each text was seen and the errors."""
    from according.ledger import open_ledger

    queries = _query_methods()
    views: dict[str, object] = {}
    with open_ledger(db, read_only=True) as ledger:
        free = {n: s for n, s in queries.items()
                if all(p.default is not p.empty for n_, p in s.parameters.items()
                       if n_ != "self")}
        for name, signature in free.items():
            views[name] = _plain(_every_page(getattr(ledger, name), signature), since)
        values: dict[str, set] = {}

        def collect(value: object) -> None:
            if isinstance(value, dict):
                for key, item in value.items():
                    if isinstance(item, str | int) and not isinstance(item, bool):
                        values.setdefault(key, set()).add(item)
                    collect(item)
            elif isinstance(value, list):
                for item in value:
                    collect(item)

        collect(list(views.values()))
        for name, signature in queries.items():
            needed = [n for n, p in signature.parameters.items()
                      if n != "self" and p.default is p.empty]
            if name in free:
                continue
            if len(needed) != 1 or needed[0] not in values:
                raise AssertionError(f"ledger_views cannot ask Ledger.{name} for {needed}")
            asked = sorted(values[needed[0]], key=str)
            for value in asked[:keys_per_query] if keys_per_query else asked:
                try:
                    answer = _every_page(getattr(ledger, name), signature, **{needed[0]: value})
                except LookupError as err:  # a series key asked of `source`: both refuse
                    answer = [f"{type(err).__name__}: {err}"]
                views[f"{name}({value!r})"] = _plain(answer, since)
        con = ledger.con
        views["stored records"] = sorted(con.execute(
            "SELECT id, record_json FROM articles").fetchall())
        views["appearances"] = sorted(con.execute(
            "SELECT article_id, path, url, outlet, published FROM appearances").fetchall(),
            key=str)
    return views


def run_spark_views(output: Path, rows: Path, db: Path, master: str = "local[2]"
                    ) -> dict[str, object]:
    """`according spark views` on the Spark output `output` as a user runs it (rows and
    merges on Spark under `rows`, then the new ledger `db`); its --json summary."""
    done = subprocess.run(
        [sys.executable, "-m", "according.cli", "spark", "views", "--input", str(output),
         "--output", str(rows), "--db", str(db), "--master", master, "--json"],
        capture_output=True, text=True, timeout=900,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")})
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def view_table_and_summary(rows: Path, direct: Path, table: str
                           ) -> tuple[list[tuple], list[tuple]]:
    """(the rows of Spark's view table `table` under `rows`/views/, the same columns of the
    ledger `direct`'s summary table), each in key order (spark/summaries.py
    LEDGER_SUMMARIES names both)."""
    import duckdb

    from according.spark.summaries import LEDGER_SUMMARIES

    ledger_table, key, columns = LEDGER_SUMMARIES[table]
    files = sorted(str(p) for p in (rows / "views" / table).glob("*.parquet"))
    assert files
    con = duckdb.connect(str(direct), read_only=True)
    try:
        got = con.execute(f"SELECT {columns} FROM read_parquet(?) ORDER BY {key}",
                          [files]).fetchall()
        expected = con.execute(f"SELECT {columns} FROM {ledger_table} ORDER BY {key}"
                               ).fetchall()
    finally:
        con.close()
    return got, expected
