"""Issue 9 (stranger trial 9): on an 80-column terminal `according disagreements` squeezed
its ten columns to about five letters each ("infla/tion/(perc/ent)"). Every list command's
table stays readable at COLUMNS=80: a table whose columns cannot each be as wide as their
name and their longest word is printed stacked, a field a line; CSV and JSON are the same at
any width."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from according.cli import app
from according.ledger import open_ledger
from ledger_records import CNN, INDEPENDENT, WAPO_LATER
from test_ledger_cli_disagreements_1127 import _bulletin, _gazette

runner = CliRunner()
LISTS = (["sources"], ["quotes"], ["claims"], ["disagreements"], ["errors"], ["articles"],
         ["figures"], ["search", "Gaza"])


@pytest.fixture
def db(tmp_path):  # noqa: ANN001, ANN201
    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([INDEPENDENT, CNN, WAPO_LATER, _gazette(), _bulletin()])
    return str(path)


def _run(db: str, *args: str) -> str:
    result = runner.invoke(app, [*args, "--db", db])
    assert result.exit_code == 0, (args, result.output)
    return result.stdout


def _words_whole(out: str, text: str) -> bool:
    """Every word of `text` printed whole somewhere in `out` (not folded across lines)."""
    printed = set(out.replace("│", " ").replace("┃", " ").split())
    return all(word in printed for word in text.split())


@pytest.mark.parametrize("command", LISTS, ids=lambda c: c[0])
def test_list_tables_readable_at_80_columns(db, monkeypatch, command):  # noqa: ANN001
    """No line past the terminal's edge; every column's name and each short value (a
    stamp, a count, a name) printed whole, as the CSV holds them."""
    monkeypatch.setenv("COLUMNS", "80")
    out = _run(db, *command, "--format", "table")
    assert max(len(line) for line in out.splitlines()) <= 80, out
    rows = list(csv.DictReader(io.StringIO(_run(db, *command, "--format", "csv"))))
    for name in rows[0] if rows else ():
        assert _words_whole(out, name), (command, name, out)
    for row in rows[:5]:
        for name, text in row.items():
            if len(text) <= 25 and not text.startswith("sha256:"):
                assert _words_whole(out, text), (command, name, text, out)


def test_disagreements_at_80_columns_print_each_field_whole(db, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "80")
    out = _run(db, "disagreements", "--format", "table")
    rows = list(csv.DictReader(io.StringIO(_run(db, "disagreements", "--format", "csv"))))
    assert rows
    for name in rows[0]:
        assert _words_whole(out, name), name  # "first_sources", not "first/_sour/ces"
    for row in rows:
        assert _words_whole(out, row["series"]) and _words_whole(out, row["clash"])
        assert _words_whole(out, row["first_sources"]), row


def test_csv_and_json_do_not_depend_on_the_width(db, monkeypatch):  # noqa: ANN001
    for command in LISTS:
        outputs = []
        for width in ("80", "400"):
            monkeypatch.setenv("COLUMNS", width)
            outputs.append((_run(db, *command, "--format", "csv"),
                            _run(db, *command, "--format", "json")))
        assert outputs[0] == outputs[1], command


def test_wide_terminal_keeps_the_table(db, monkeypatch):  # noqa: ANN001
    monkeypatch.setenv("COLUMNS", "400")
    out = _run(db, "disagreements", "--format", "table")
    assert "┃ series" in out


def test_shared_widths_fill_the_room_never_past_the_widest_cell():
    from according.cli.output import shared_widths

    assert shared_widths([5, 10], [5, 40], 30) == [5, 25]
    assert shared_widths([5, 10], [8, 12], 100) == [8, 12]
    widths = shared_widths([4, 6, 8], [40, 20, 9], 30)
    assert sum(widths) == 30 and all(w >= n for w, n in zip(widths, [4, 6, 8], strict=True))
