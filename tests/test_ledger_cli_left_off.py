"""Stranger trial 6: a fact-checker reading `claims` as JSON got 50 of 55 claims with
nothing in the output saying more existed. Every list command's stdout is one page (a
JSON array, its shape kept for consumers), and stderr says when rows were left off:
"rows 1-50 of 55; --offset 50 for more" -- `articles` too, which said it only in its
table's title -- and which items list only some of their members (a series shows 20 of
its figures, `figures --counted` printing nothing about the rest)."""

from __future__ import annotations

import json

import typer
from typer.testing import CliRunner

from according.cli.articles import register as register_articles
from according.cli.ledger import register
from according.ledger import open_ledger
from according.ledger.model import MEMBERS_IN_LIST
from ledger_records import article

app = typer.Typer()
register(app)
register_articles(app)
runner = CliRunner()


def _ledger(tmp_path, n: int) -> str:
    """A ledger of `n` one-sentence reports of one day's toll in one town, one per outlet."""
    records = [article(f"VARDO - {10 + i} people were killed in Vardo on Monday, the "
                       f"mayor said.", outlet=f"Paper {i}", path=f"paper{i}.txt",
                       published="2026-03-09T12:00:00+00:00",
                       quantities=((f"{10 + i} people", 10 + i, None, None, None,
                                    "people were killed", "people"),))
               for i in range(n)]
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(records)
    return str(path)


def test_ledger_cli_articles_json_says_rows_were_left_off(tmp_path):
    db = _ledger(tmp_path, 4)
    result = runner.invoke(app, ["articles", "--db", db, "-n", "3", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert len(json.loads(result.stdout)) == 3  # still an array of the page's rows
    assert "according: rows 1-3 of 4; --offset 3 for more" in result.stderr
    whole = runner.invoke(app, ["articles", "--db", db, "-f", "json"])
    assert "rows" not in whole.stderr


def test_ledger_cli_figures_says_a_series_lists_only_some_figures(tmp_path):
    n = MEMBERS_IN_LIST + 3
    db = _ledger(tmp_path, n)
    result = runner.invoke(app, ["figures", "--db", db, "--counted", "killed", "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.stdout.strip().splitlines()) == 1 + MEMBERS_IN_LIST
    assert f": {MEMBERS_IN_LIST} of {n})" in result.stderr
    assert "1 series list only some of their figures" in result.stderr
    (series,) = json.loads(runner.invoke(
        app, ["figures", "--db", db, "--counted", "killed", "-f", "json"]).stdout)
    assert (len(series["figures"]), series["n_figures"]) == (MEMBERS_IN_LIST, n)


def test_ledger_cli_table_title_says_which_rows_of_how_many(tmp_path):
    """A table of 2 of 6 disagreements was titled "disagreements (2)": the page's length,
    read as the list's. Its title says "(1-2 of 6)" now; a whole list keeps its count."""
    db = _ledger(tmp_path, 4)  # four tolls of one day: six pairs
    page = runner.invoke(app, ["disagreements", "--db", db, "-n", "2", "-f", "table"])
    assert page.exit_code == 0, page.output
    assert "disagreements (1-2 of 6)" in page.stdout
    rest = runner.invoke(app, ["disagreements", "--db", db, "--offset", "4", "-f", "table"])
    assert "disagreements (5-6 of 6)" in rest.stdout
    whole = runner.invoke(app, ["disagreements", "--db", db, "-f", "table"])
    assert "disagreements (6)" in whole.stdout
