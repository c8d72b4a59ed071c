"""What the Spark tests share: skipping without Java, a local session, inputs written here
(a WARC.gz of the HTML pages under tests/data/spark, a JSON Lines file, a listing naming
both), and reading an output directory's tables back as rows."""

from __future__ import annotations

import io
import json
import os
import shutil
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


def skip_without_spark() -> None:
    """Skip the calling test, saying what is missing, when pyspark or Java is absent."""
    try:
        import pyspark  # noqa: F401
    except ImportError:
        pytest.skip("pyspark is not installed: pip install 'according[spark]'")
    if java_runtime() is None:
        pytest.skip("no Java runtime for Spark (install default-jre-headless or set JAVA_HOME)")


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
