"""An ingest into a ledger a running `according serve` holds says so and what to do (stranger
trial h6: it waited, then said only "in use by another process"), naming the process."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from typer.testing import CliRunner

from according.cli import app
from according.ledger import LedgerError, open_ledger
from ledger_records import CNN, INDEPENDENT

runner = CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([INDEPENDENT, CNN])
    return path


def _holder(db: Path, *argv: str) -> subprocess.Popen[str]:
    """A process holding `db` read-only as serve does, with `argv` on its command line."""
    code = textwrap.dedent(f"""
        import time, duckdb
        con = duckdb.connect({str(db)!r}, read_only=True)
        print("holding", flush=True)
        time.sleep(60)
    """)
    holder = subprocess.Popen([sys.executable, "-c", code, *argv], stdout=subprocess.PIPE,
                              text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
    return holder


@pytest.mark.skipif(not Path("/proc/self/cmdline").exists(), reason="needs /proc")
def test_ledger_busy_with_serve_says_stop_serve(db: Path, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Council shuts pool\n\nThe council shut the pool on Monday, a spokesman "
                     "said.\n", encoding="utf-8")
    holder = _holder(db, "serve", "--db", str(db))
    try:
        monkeypatch.setenv("ACCORDING_DB_WAIT", "0.3")
        result = runner.invoke(app, ["ingest", str(story), "--db", str(db)])
        assert result.exit_code == 2
        line = result.stderr.strip()
        assert "`according serve`" in line and str(holder.pid) in line
        assert "stop serve" in line
    finally:
        holder.kill()
        holder.wait()


def test_ledger_busy_with_another_process_names_what_may_hold_it(db: Path) -> None:
    holder = _holder(db)
    try:
        with pytest.raises(LedgerError, match=r"in use by another process .*serve"):
            with open_ledger(db, wait=0.3):
                pass
    finally:
        holder.kill()
        holder.wait()


def test_ingest_summary_of_a_rerun_names_failures_and_no_rate(db: Path, tmp_path: Path) -> None:
    """A run that adds nothing prints no articles/s rate; its failures were named on stderr
    with their reason, and the summary says they are read again on each run."""
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF-1.4\x00\x01\x02\x03" * 200)
    result = runner.invoke(app, ["ingest", str(bad), "--db", str(db)])
    assert result.exit_code == 1
    assert f"according: {bad}: binary file" in result.stderr
    summary = result.stdout.strip().splitlines()[-1]
    assert summary.startswith("added 0, skipped 0, failed 1 (named above; read again")
    assert "articles/s" not in summary
