"""`according show`, `according articles` and `according serve` through typer's CliRunner
and a real process; stored text never read as rich markup."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from typer.testing import CliRunner

from according.cli import app
from service_helpers import HOSTILE, service_ledger  # noqa: F401 (a fixture)

runner = CliRunner()


def run(*args: str) -> object:
    return runner.invoke(app, list(args))


@pytest.mark.parametrize("command", ["show", "articles", "serve"])
def test_cli_service_commands_have_help(command):
    result = run(command, "--help")
    assert result.exit_code == 0 and "--db" in result.output


def test_cli_show_record_file_as_json_and_markdown(tmp_path, demo_text):
    from according import extract

    record = extract(demo_text)
    path = tmp_path / "demo.json"
    path.write_text(json.dumps(record.to_dict()), encoding="utf-8")
    shown = json.loads(run("show", str(path), "--json").stdout)
    assert shown["id"] == record.id
    rows = shown["attributions"]
    assert [r["id"] for r in rows] == [a.id for a in record.attributions]
    okafor = next(r for r in rows if r["as_written"] == "Council leader David Okafor")
    assert okafor["source"] == "David Okafor" and okafor["cue"] == "told"
    table = run("show", str(path), "--format", "markdown").output.splitlines()
    assert table[0] == "| id | kind | source (type) | cue | content begins |"
    assert len(table) == 2 + len(rows) and "| David Okafor (person) | told |" in "\n".join(table)


def test_cli_show_a_stored_id_and_refuses_an_unknown_one(service_ledger):  # noqa: F811
    listed = json.loads(run("articles", "--db", str(service_ledger), "--json").stdout)
    hostile = next(a for a in listed if a["headline"] and "Mayor" in a["headline"])
    prefix = hostile["id"].removeprefix("sha256:")[:10]
    shown = json.loads(run("show", prefix, "--db", str(service_ledger)).stdout)
    assert shown["id"] == hostile["id"]
    missing = run("show", "deadbeef00", "--db", str(service_ledger))
    assert missing.exit_code == 1 and "no article" in missing.output


def test_cli_articles_filters_and_pages(service_ledger):  # noqa: F811
    db = str(service_ledger)
    every = json.loads(run("articles", "--db", db, "-f", "json").stdout)
    assert len(every) == 6 and set(every[0]) == {"id", "published", "outlet", "headline"}
    assert len(json.loads(run("articles", "--db", db, "--json", "-q", "karsa").stdout)) == 4
    page = json.loads(run("articles", "--db", db, "--json", "-n", "2", "--offset", "4").stdout)
    assert [a["id"] for a in page] == [a["id"] for a in every[4:6]]
    since = json.loads(run("articles", "--db", db, "--json", "--since", "2024-02-07").stdout)
    assert all(a["published"] >= "2024-02-07" for a in since) and len(since) == 4
    missing = run("articles", "--db", str(service_ledger.parent / "none.duckdb"))
    assert missing.exit_code == 2 and "no ledger at" in missing.output


@pytest.mark.parametrize("command", ["articles", "sources", "claims"])
def test_cli_ledger_copied_without_its_log_says_so_in_one_line(tmp_path, command):
    """A stranger's copy of a .duckdb whose rows were still in its .wal: `articles` printed a
    traceback saying the ledger was merged by other rules; every view now says in one line
    that the file holds no ledger tables and to copy its write-ahead log too."""
    import duckdb

    empty = tmp_path / "copy.duckdb"
    duckdb.connect(str(empty)).close()
    result = run(command, "--db", str(empty))
    lines = result.output.strip().splitlines()
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert len(lines) == 1 and str(empty) in lines[0] and ".wal" in lines[0]


def test_cli_tables_print_stored_text_as_written(service_ledger, monkeypatch):  # noqa: F811
    """Issue 8 item 6: `[/bold]` in a quote crashed the tables; `[link=…]` was rendered."""
    monkeypatch.setenv("COLUMNS", "400")
    db = str(service_ledger)
    for command in (["quotes"], ["claims"], ["articles"], ["sources"]):
        result = run(*command, "--db", db, "--format", "table")
        assert result.exit_code == 0, (command, result.output)
    quotes = run("quotes", "--db", db, "--format", "table").output
    assert "[/bold] [link=file:///etc/passwd]here[/link]" in quotes
    shown = run("show", str(HOSTILE), "--format", "table").output
    assert "[/bold] [link=file:///etc/passwd]here[/link]" in shown
    assert 'Mayor <script>window.__xss = "headline"</script>' in shown


def test_cli_serve_refuses_a_missing_ledger(tmp_path):
    result = run("serve", "--db", str(tmp_path / "absent.duckdb"))
    assert result.exit_code == 2
    assert "no ledger at" in result.output and "according ingest" in result.output


def test_cli_serve_says_where_it_listens_and_answers(service_ledger):  # noqa: F811
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "according.cli", "serve", "--db", str(service_ledger),
         "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        line = process.stdout.readline()
        assert f"at http://127.0.0.1:{port}/" in line and "6 articles" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/articles") as r:
                    assert json.load(r)["total"] == 6
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=30)
