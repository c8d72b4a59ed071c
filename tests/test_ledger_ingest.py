"""Ingest into a real ledger file: idempotence, the errors table, kill -9 and resume.

These pin the store's guarantees, so most use `toy_extract` (tests/ledger_records.py), a
model-free stand-in with the shape of `extract_inputs`; the last test uses the real
pipeline.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from according.ledger import open_ledger
from according.records import Record, iter_spans
from ledger_records import kill_during, toy_extract

STORY = (
    "Rescue teams worked through the night in the flooded valley on Tuesday. "
    "Mayor {name} said {n} families had been moved to the school gym. "
    "Roads into the town stayed closed and the river was still rising at dawn, "
    "while volunteers filled sandbags outside the church. Story {i}.\n"
)
NAMES = ("Alice Moreno", "Tom Okafor", "Priya Shah", "Lena Vogel")


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"story-{i:03d}.txt"
        path.write_text(STORY.format(name=NAMES[i % 4], n=100 + i, i=i), encoding="utf-8")
        paths.append(path)
    return paths


def assert_articles_whole(db: Path) -> int:
    """Every stored article has exactly the child rows its record JSON implies."""
    with open_ledger(db, read_only=True) as ledger:
        rows = ledger.con.execute("SELECT id, record_json FROM articles").fetchall()
        counts = {
            table: dict(ledger.con.execute(
                f"SELECT article_id, count(*) FROM {table} GROUP BY article_id").fetchall())
            for table in ("attributions", "entities", "quantities", "spans", "regions")
        }
    for article_id, doc in rows:
        record = Record.from_dict(json.loads(doc))
        assert record.id == article_id
        assert json.loads(doc) == record.to_dict()
        assert counts["attributions"].get(article_id, 0) == len(record.attributions)
        assert counts["entities"].get(article_id, 0) == len(record.entities)
        assert counts["quantities"].get(article_id, 0) == len(record.quantities)
        assert counts["spans"].get(article_id, 0) == len(iter_spans(record))
        assert counts["regions"].get(article_id, 0) == len(record.regions)
    return len(rows)


def committed_articles(db: Path) -> int:
    """Articles a reader sees now; 0 while the writer holds the file."""
    from according.ledger import LedgerError

    try:
        with open_ledger(db, read_only=True, wait=0) as ledger:
            return ledger.count("articles")
    except LedgerError:
        return 0


def test_ledger_ingest_twice_adds_nothing(tmp_path):
    write_articles(tmp_path / "in", 6)
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        first = ledger.ingest([tmp_path / "in"], extract=toy_extract)
        second = ledger.ingest([tmp_path / "in"], extract=toy_extract)
        assert ledger.count("articles") == 6
        assert ledger.count("attributions") == 6
    assert (first.added, first.skipped, first.failed) == (6, 0, 0)
    assert (second.added, second.skipped, second.failed) == (0, 6, 0)


def test_ledger_ingest_rerun_skips_before_extracting(tmp_path):
    write_articles(tmp_path / "in", 4)
    seen = []

    def counting_extract(items, *, workers=1):  # noqa: ANN001, ANN202
        for item in toy_extract(items):
            seen.append(item)
            yield item

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([tmp_path / "in"], extract=counting_extract)
        assert len(seen) == 4
        ledger.ingest([tmp_path / "in"], extract=counting_extract)
    assert len(seen) == 4  # nothing reached the extractor the second time


def test_ledger_ingest_records_errors_and_goes_on(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "blank.txt").write_text("", encoding="utf-8")
    (folder / "broken.txt").write_text(
        STORY.format(name="Sam Reed", n=7, i=99) + "FAIL-EXTRACTION\n", encoding="utf-8")
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        summary = ledger.ingest([folder], extract=toy_extract)
        again = ledger.ingest([folder], extract=toy_extract)
        errors = {Path(e.input).name: e.reason for e in ledger.errors()}
        assert ledger.count("articles") == 3
        assert ledger.count("errors") == 3  # a rerun replaces, never duplicates
    assert (summary.added, summary.failed) == (3, 3)
    assert (again.added, again.skipped, again.failed) == (0, 3, 3)
    assert errors["photo.txt"] == "binary file"
    assert errors["blank.txt"] == "empty"
    assert "toy failure" in errors["broken.txt"]


def test_ledger_ingest_survives_kill_and_resumes(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "l.duckdb"
    write_articles(folder, 40)
    assert kill_during(db, folder, 17, batch=3, delay=0.03) == -signal.SIGKILL
    stored = assert_articles_whole(db)
    assert 0 < stored < 40, f"the kill should land mid-run, {stored} articles were stored"
    with open_ledger(db) as ledger:
        summary = ledger.ingest([folder], extract=toy_extract)
    assert (summary.added, summary.skipped) == (40 - stored, stored)
    assert assert_articles_whole(db) == 40


@pytest.mark.slow
def test_ledger_ingest_with_real_pipeline(tmp_path):
    folder = tmp_path / "in"
    write_articles(folder, 3)
    (folder / "blank.txt").write_text("", encoding="utf-8")
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        summary = ledger.ingest([folder])
        assert (summary.added, summary.failed) == (3, 1)
        assert ledger.ingest([folder]).skipped == 3
    assert assert_articles_whole(db) == 3
    with open_ledger(db, read_only=True) as ledger:
        assert ledger.count("attributions") >= 3  # "Mayor X said ..." in every story


@pytest.mark.slow
def test_ledger_ingest_cli_killed_with_real_pipeline_resumes(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "l.duckdb"
    write_articles(folder, 40)
    open_ledger(db).close()  # schema in place, so the WAL only grows when a batch commits
    command = [sys.executable, "-m", "according.cli", "ingest", str(folder), "--db", str(db),
               "--quiet"]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while proc.poll() is None and time.monotonic() < deadline:
        if committed_articles(db):  # a batch has been committed (the ingest lets us read)
            break
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    stored = assert_articles_whole(db)
    assert 0 < stored < 40, f"the kill should land mid-run, {stored} articles were stored"
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(rerun.stdout)
    assert (summary["added"], summary["skipped"]) == (40 - stored, stored)
    assert assert_articles_whole(db) == 40


def test_ledger_ingest_keeps_extracted_articles_when_extraction_breaks(tmp_path):
    write_articles(tmp_path / "in", 5)

    def breaking_extract(items, *, workers=1):  # noqa: ANN001, ANN202
        for n, result in enumerate(toy_extract(items), 1):
            yield result
            if n == 3:
                raise RuntimeError("model crashed")

    with open_ledger(tmp_path / "l.duckdb") as ledger:
        with pytest.raises(RuntimeError, match="model crashed"):
            ledger.ingest([tmp_path / "in"], extract=breaking_extract, batch_size=100)
        assert ledger.count("articles") == 3
        assert ledger.ingest([tmp_path / "in"], extract=toy_extract).added == 2
