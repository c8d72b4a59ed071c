"""A README walk (2026-11-28): a list command whose page is empty printed nothing at all as
CSV (`disagreements --across -f csv` over a ledger with only disagreements within one
report), so a script reading the columns by name found no header. An empty page's CSV is
its header line, the same one a page with rows has; and `figures --counted WORD` that no
series holds says so on stderr (it printed an empty table and nothing more)."""

from __future__ import annotations

import csv
import io

import pytest
import typer
from typer.testing import CliRunner

from according.cli.articles import register as register_articles
from according.cli.ledger import register
from according.ledger import open_ledger
from ledger_records import article

app = typer.Typer()
register(app)
register_articles(app)
runner = CliRunner()

# (the command with rows, the same command with a filter nothing matches)
LISTS = [
    (["sources"], ["sources", "-q", "Zzyzx"]),
    (["quotes"], ["quotes", "--by", "Zzyzx"]),
    (["claims"], ["claims", "--flagged", "--offset", "400"]),
    (["figures"], ["figures", "--offset", "400"]),
    (["figures", "--counted", "killed"], ["figures", "--counted", "zzyzx"]),
    (["disagreements"], ["disagreements", "--counted", "zzyzx"]),
    (["articles"], ["articles", "-q", "Zzyzx"]),
    (["search", "neighbours"], ["search", "Zzyzx"]),
    (["errors"], ["errors", "--offset", "400"]),
]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    """Two papers' tolls of one day in one town, each with the mayor's quote, and one
    input that failed."""
    folder = tmp_path_factory.mktemp("ledger")
    records = []
    for i, toll in enumerate((12, 19)):
        text = (f"VARDO - {toll} people were killed in Vardo on Monday, the mayor said. "
                f"\"We are burying our neighbours,\" said Mayor Ilse Varga.")
        records.append(article(
            text, outlet=f"Paper {i}", path=f"paper{i}.txt",
            published="2026-03-09T12:00:00+00:00",
            entities=(("Ilse Varga", "PERSON", "Mayor"),),
            attributions=(("the mayor", "person", "E1", "said",
                           f"{toll} people were killed in Vardo on Monday", "indirect"),
                          ("Ilse Varga", "person", "E1", "said",
                           "\"We are burying our neighbours,\"", "direct")),
            quantities=((f"{toll} people", toll, None, None, None, "people were killed",
                         "people"),)))
    (folder / "empty.txt").write_text("")
    path = folder / "l.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(records)
        ledger.ingest([str(folder / "empty.txt")])
    return str(path)


def _csv(args: list[str], db: str) -> tuple[list[str] | None, int]:
    result = runner.invoke(app, [*args, "--db", db, "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.reader(io.StringIO(result.stdout)))
    return (rows[0] if rows else None), len(rows) - 1


@pytest.mark.parametrize(("full", "empty"), LISTS, ids=[" ".join(f) for f, _ in LISTS])
def test_ledger_cli_empty_page_csv_has_the_header_of_a_full_one(db, full, empty):
    header, n = _csv(full, db)
    assert n > 0, f"{full} should list rows here"
    empty_header, n_empty = _csv(empty, db)
    assert n_empty == 0
    assert empty_header == header


def test_ledger_cli_figures_says_when_nothing_matches_what_was_asked(db):
    result = runner.invoke(app, ["figures", "--counted", "zzyzx", "--db", db, "-f", "json"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "[]"
    assert ("according: no figures match --counted 'zzyzx'; `according figures` lists what "
            "figures count") in result.stderr
    found = runner.invoke(app, ["figures", "--counted", "killed", "--db", db, "-f", "json"])
    assert "no figures match" not in found.stderr
