"""A ledger that cannot be used says so in one line naming the file and what to do: not a
local file, damaged or truncated, busy, or the disk full; spreadsheet formulas never get
through a CSV; readers get in while an ingest runs; a Parquet export loads back."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import textwrap
import time
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from according.cli import app
from according.ledger import LedgerError, open_ledger
from ledger_records import CNN, INDEPENDENT, WAPO_LATER, article, merge_signature, toy_extract
from test_ledger_ingest import write_articles

TESTS = Path(__file__).parent
SRC = TESTS.parent / "src"
runner = CliRunner()


def run(*args: str):  # noqa: ANN201
    return runner.invoke(app, list(args))


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([INDEPENDENT, CNN, WAPO_LATER])
    return path


def one_line(result) -> str:  # noqa: ANN001
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


@pytest.mark.parametrize("target", ["md:my_db", "motherduck:ledger", ":memory:",
                                    "s3://bucket/ledger.duckdb", "https://example.org/l.db"])
def test_ledger_refuses_what_is_not_a_local_file(target, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LedgerError, match="not a ledger file"):
        open_ledger(target)
    for command in (("sources",), ("ingest", str(tmp_path))):
        result = run(*command, "--db", target)
        assert result.exit_code == 2
        assert "not a ledger file" in one_line(result)
    assert list(tmp_path.iterdir()) == []  # nothing made, nothing fetched


@pytest.mark.parametrize("damage", ["truncated", "junk", "halved"])
def test_ledger_damaged_file_is_one_line_and_no_partial_answer(db, damage):
    size = db.stat().st_size
    if damage == "junk":
        db.write_bytes(b"not a database " * 100)
    else:
        with db.open("r+b") as fh:
            fh.truncate(size - 4096 if damage == "truncated" else size // 2)
    for command in (("sources",), ("quotes",), ("claims",), ("errors",), ("articles",),
                    ("export", str(db.parent / "out"), "-f", "csv")):
        result = run(*command, "--db", str(db))
        assert result.exit_code == 2, (command, result.output)
        line = one_line(result)
        assert str(db) in line and ("damaged" in line or "not a valid" in line), line
        assert result.stdout == ""
    assert not (db.parent / "out").exists() or not any((db.parent / "out").iterdir())


def test_ledger_busy_file_is_one_line_naming_the_holder(db, monkeypatch):
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(SRC)!r})
        import duckdb
        con = duckdb.connect({str(db)!r})
        print("holding", flush=True)
        time.sleep(60)
    """)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "holding"
        monkeypatch.setenv("ACCORDING_DB_WAIT", "0.3")
        started = time.monotonic()
        result = run("sources", "--db", str(db))
        assert result.exit_code == 2
        line = one_line(result)
        assert "in use by another process" in line and str(holder.pid) in line
        assert time.monotonic() - started < 20
    finally:
        holder.kill()
        holder.wait()


def test_ledger_csv_never_carries_a_formula(tmp_path):
    text = '=HYPERLINK("http://x.example","click") said the man. +1 more said @once.'
    record = article(text, path="=cmd|' /C calc'!A0.txt",
                     attributions=(("the man", "person", None, "said",
                                    '=HYPERLINK("http://x.example","click")', "indirect"),))
    record = replace(record, metadata=replace(record.metadata, headline="=1+2 headline",
                                              outlet="@outlet"))
    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.add_records([record])
        ledger.write_batch([], [("-2+3.txt", "@SUM(A1:A2)")])
    assert run("export", str(tmp_path / "out"), "-f", "csv", "--db", str(db)).exit_code == 0
    cells = [cell for f in (tmp_path / "out").glob("*.csv")
             for row in csv.reader(io.StringIO(f.read_text())) for cell in row]
    assert any("HYPERLINK" in c for c in cells) and any("SUM" in c for c in cells)
    assert not [c for c in cells if c[:1] in ("=", "+", "@") or
                (c[:1] == "-" and not c[1:].replace(".", "").isdigit())]
    for command in (("claims",), ("errors",), ("articles",), ("search", "headline")):
        result = run(*command, "-f", "csv", "--db", str(db))
        cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
        assert result.exit_code == 0 and len(cells) > 4, (command, result.output)
        assert not [c for c in cells if c[:1] in ("=", "+", "@", "-")], cells


def test_ledger_full_disk_stops_with_one_line_and_keeps_what_was_committed(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "l.duckdb"
    write_articles(folder, 30)
    with open_ledger(db) as ledger:  # the empty ledger's tables in the file, not its log
        ledger.checkpoint()
    # room in the log for a few batches: a checkpoint a writer makes when it releases the
    # file writes past the limit and fails, leaving the log (nothing committed is lost),
    # which then fills
    limit = 200_000
    assert db.stat().st_size > limit
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path[:0] = [{str(TESTS)!r}, {str(SRC)!r}]
        from according.read.language import language_probabilities
        language_probabilities("warm")  # py3langid unpacks its model to a temporary file
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # writes past the limit fail (EFBIG)
        resource.setrlimit(resource.RLIMIT_FSIZE, ({limit}, {limit}))
        import importlib
        from ledger_records import toy_extract
        importlib.import_module("according.extract").extract_inputs = toy_extract
        from according.cli import app
        app(["ingest", {str(folder)!r}, "--db", {str(db)!r}, "--quiet"])
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=300)
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()
    assert "no space left" in line and str(db) in line
    with open_ledger(db) as ledger:  # what was committed is whole, and a rerun finishes
        stored = ledger.count("articles")
        assert stored < 30
        summary = ledger.ingest([folder], extract=toy_extract)
        assert (summary.added, summary.skipped) == (30 - stored, stored)


READER = textwrap.dedent("""
    import sys, time
    sys.path[:0] = [{tests!r}, {src!r}]
    from according.ledger import LedgerError, open_ledger
    seen, deadline = [], time.monotonic() + 120
    while time.monotonic() < deadline:
        try:
            with open_ledger({db!r}, read_only=True, wait=30) as ledger:
                seen.append(ledger.count("articles"))
                ledger.sources(); ledger.claims()
        except LedgerError as err:
            print("error", err, flush=True)
        if seen and seen[-1] >= 24:
            break
        time.sleep(0.05)
    print(" ".join(map(str, seen)), flush=True)
""")


def test_ledger_readers_query_while_an_ingest_runs(tmp_path):
    folder, db = tmp_path / "in", tmp_path / "l.duckdb"
    write_articles(folder, 24)
    open_ledger(db).close()
    reader = subprocess.Popen([sys.executable, "-c", READER.format(
        tests=str(TESTS), src=str(SRC), db=str(db))], stdout=subprocess.PIPE, text=True)
    time.sleep(0.5)
    from functools import partial

    with open_ledger(db) as ledger:
        # each batch's extraction leaves the file free for 0.8 s (the writer holds it a
        # checkpoint longer than before it folded its log at each release)
        ledger.ingest([folder], batch_size=4, extract=partial(toy_extract, delay=0.2))
    out, _ = reader.communicate(timeout=180)
    assert "error" not in out, out
    counts = [int(n) for n in out.split()]
    assert any(0 < n < 24 for n in counts), counts  # it read between batches
    assert counts == sorted(counts)


def test_ledger_parquet_export_loads_back_with_the_same_merges(db, tmp_path):
    with open_ledger(db) as ledger:
        ledger.export(tmp_path / "tables", format="parquet")
        before = merge_signature(ledger)
    copy = tmp_path / "copy.duckdb"
    result = run("ingest", str(tmp_path / "tables"), "--db", str(copy), "--json")
    assert result.exit_code == 0, result.output
    with open_ledger(copy) as ledger:
        assert ledger.count("articles") == 3
        assert merge_signature(ledger) == before
        assert ledger.article(CNN.id) == CNN
    again = run("ingest", str(tmp_path / "tables"), "--db", str(copy), "--json")
    assert '"skipped": 3' in again.stdout


def test_ledger_cli_figures_without_counted_lists_counted_things(db):
    result = run("figures", "--db", str(db), "-f", "csv")
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert row["counted"] == "people have died" and row["figures"] == "3"
    assert row["disagreements"] != "0"


def test_ledger_cli_rebuild_keeps_the_merges(db):
    with open_ledger(db) as ledger:
        before = merge_signature(ledger)
    result = run("rebuild", "--db", str(db))
    assert result.exit_code == 0, result.output
    with open_ledger(db) as ledger:
        assert merge_signature(ledger) == before


def test_ledger_old_ledger_without_merges_is_rebuilt_on_open(db, tmp_path):
    import duckdb

    con = duckdb.connect(str(db))
    con.execute("UPDATE ledger_meta SET value = 'old-rules' WHERE key = 'merges'")
    con.close()
    with pytest.raises(LedgerError, match="according rebuild"):
        with open_ledger(db, read_only=True) as ledger:
            ledger.sources()
    with open_ledger(db) as ledger:  # a writer rebuilds first
        assert any(c.name == "Joe Biden" for c in ledger.sources())


