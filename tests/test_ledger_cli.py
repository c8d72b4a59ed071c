"""The ledger commands through typer's CliRunner, against a real ledger file."""

from __future__ import annotations

import csv
import importlib
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from according.cli.ledger import COMMANDS, register
from according.ledger import open_ledger
from according.records import Record
from ledger_records import CNN, INDEPENDENT, WAPO_LATER, toy_extract
from test_ledger_ingest import STORY

app = typer.Typer()
register(app)
runner = CliRunner()


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([INDEPENDENT, CNN, WAPO_LATER])
    return str(path)


def run(*args: str) -> object:
    return runner.invoke(app, list(args))


def test_ledger_cli_every_command_has_help():
    for command in COMMANDS:
        name = command.__name__
        result = run(name, "--help")
        assert result.exit_code == 0, result.output
        assert (command.__doc__ or "").split("\n")[0][:30] in " ".join(result.output.split())


def test_ledger_cli_sources_json(db):
    result = run("sources", "--db", db, "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    post = next(r for r in rows if r["name"] == "The Washington Post")
    assert post["articles"] == 2 and "WaPo" in post["surface_forms"]


def test_ledger_cli_quotes_by_name_csv(db):
    result = run("quotes", "--db", db, "--by", "Joe Biden", "--format", "csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 1
    assert rows[0]["first_outlet"] == "The Independent"
    assert (rows[0]["reports"], rows[0]["articles"]) == ("2", "2")  # two papers' own reports


def test_ledger_cli_figures_flags_disagreement(db):
    result = run("figures", "--db", db, "--counted", "killed", "--place", "Gaza", "-f", "json")
    assert result.exit_code == 0, result.output
    (series,) = json.loads(result.stdout)
    assert len(series["figures"]) == 3 and len(series["disagreements"]) == 1


def test_ledger_cli_table_output_names_rows(db, monkeypatch):
    monkeypatch.setenv("COLUMNS", "400")
    with open_ledger(db, read_only=True) as ledger:
        flagged = [c for c in ledger.claims() if c.single_sourced or c.anonymous_only]
    result = run("claims", "--db", db, "--flagged", "--format", "table")
    assert result.exit_code == 0, result.output
    assert f"claims ({len(flagged)})" in result.output
    assert 0 < len(flagged) <= len(ledger_claims(db))
    assert "he had not spoken to his father" in result.output


def ledger_claims(db: str) -> list:
    with open_ledger(db, read_only=True) as ledger:
        return ledger.claims()


def test_ledger_cli_article_prints_the_record(db):
    result = run("article", INDEPENDENT.id[7:19], "--db", db)
    assert result.exit_code == 0, result.output
    assert Record.from_dict(json.loads(result.stdout)) == INDEPENDENT
    missing = run("article", "ffffffffff", "--db", db)
    assert missing.exit_code == 1 and "no article" in missing.output


def test_ledger_cli_ingest_summary_errors_and_export(tmp_path, monkeypatch):
    # the command is a shell over Ledger.ingest; a model-free extractor keeps this fast
    monkeypatch.setattr(importlib.import_module("according.extract"), "extract_inputs",
                        toy_extract)
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "story.txt").write_text(STORY.format(name="Ann Lee", n=12, i=1), encoding="utf-8")
    db = str(tmp_path / "l.duckdb")
    result = run("ingest", str(folder), "--db", db, "--json")
    assert result.exit_code == 1  # an input failed
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert (summary["added"], summary["failed"]) == (1, 1)
    rerun = run("ingest", str(folder), "--db", db, "--quiet")
    assert json.loads(rerun.output.strip().splitlines()[-1])["skipped"] == 1
    listed = json.loads(run("errors", "--db", db, "-f", "json").stdout)
    assert [e["reason"] for e in listed] == ["empty"]
    out = tmp_path / "export"
    exported = run("export", str(out), "--format", "csv", "--db", db)
    assert exported.exit_code == 0, exported.output
    exported_errors = list(csv.DictReader(io.StringIO((out / "errors.csv").read_text())))
    assert [e["reason"] for e in exported_errors] == ["empty"]
    bad = run("export", str(out), "--format", "xml", "--db", db)
    assert bad.exit_code != 0


def test_ledger_cli_db_from_environment(db, monkeypatch):
    monkeypatch.setenv("ACCORDING_DB", db)
    rows = json.loads(run("sources", "-f", "json").stdout)
    assert any(r["name"] == "Hunter Biden" for r in rows)


@pytest.mark.parametrize(("target", "fmt", "why"), [
    ("file", "csv", "is a file"),
    ("file", "parquet", "is a file"),
    ("folder", "jsonl", "is a directory"),
])
def test_ledger_cli_export_to_wrong_kind_of_path_is_one_line(db, tmp_path, target, fmt, why):
    (tmp_path / "file").write_text("", encoding="utf-8")
    (tmp_path / "folder").mkdir()
    result = run("export", str(tmp_path / target), "-f", fmt, "--db", db)
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit)
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("according: cannot export to") and why in line


@pytest.mark.parametrize("flags", [(), ("--quiet",), ("--json",)])
def test_ledger_cli_ingest_names_each_failed_input_on_stderr(tmp_path, monkeypatch, flags):
    monkeypatch.setattr(importlib.import_module("according.extract"), "extract_inputs",
                        toy_extract)
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "ok.txt").write_text(STORY.format(name="Ann Lee", n=3, i=2), encoding="utf-8")
    result = run("ingest", str(tmp_path / "empty.txt"), str(tmp_path / "ok.txt"),
                 "--db", str(tmp_path / "l.duckdb"), *flags)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"according: {tmp_path / 'empty.txt'}: empty"]
    if flags:
        summary = json.loads(result.stdout.strip().splitlines()[-1])
        assert summary["errors"] == [{"input": str(tmp_path / "empty.txt"), "reason": "empty"}]


@pytest.mark.parametrize("command", ["sources", "quotes", "claims", "errors"])
def test_ledger_cli_queries_refuse_a_missing_ledger(tmp_path, command):
    missing = tmp_path / "none.duckdb"
    result = run(command, "--db", str(missing))
    assert result.exit_code == 2
    assert result.stderr.strip() == (f"according: no ledger at {missing}: the file does not "
                                     f"exist; make one with `according ingest --db {missing} "
                                     "FILES`")
    assert not missing.exists()
    assert "made if absent" not in " ".join(run(command, "--help").output.split())


def test_ledger_cli_ingest_help_keeps_sentences_whole(monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    lines = [" ".join(line.strip(" │").split()) for line in run("ingest", "--help").output
             .splitlines()]
    assert "Exit status 1 if any input failed, 2 if the run could not start or stopped." in lines
    assert any("made if absent" in line for line in lines)


def test_ledger_cli_quotes_say_unknown_outlet(tmp_path):
    from dataclasses import replace

    db = tmp_path / "l.duckdb"
    with open_ledger(db) as ledger:
        ledger.add_records([INDEPENDENT, replace(CNN, metadata=replace(CNN.metadata,
                                                                       outlet=None))])
    rows = list(csv.DictReader(io.StringIO(run("quotes", "--db", str(db), "-f", "csv").output)))
    assert rows[0]["repeated_by"] == "unknown outlet (Joe Biden)"


@pytest.mark.parametrize("args", [("claims", "-f", "xml"), ("export", "out", "-f", "xml")])
def test_ledger_cli_unknown_format_is_one_line(db, args):
    result = run(*args, "--db", db)
    assert result.exit_code == 2
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("according: unknown --format 'xml'; choose one of")
