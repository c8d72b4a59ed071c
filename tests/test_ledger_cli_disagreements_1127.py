"""Stranger trial of 2026-11-27: `figures` listed series names ("people (what is counted
not given)", and keys such as "| people") that gave `[]` when passed back to `--counted`,
and the disagreements the web page lists had no command. Every name `figures` lists finds
its series, and `according disagreements` lists each disagreement with both sides."""

from __future__ import annotations

import csv
import io
import json

import pytest
import typer
from typer.testing import CliRunner

from according.cli.ledger import register
from according.ledger import open_ledger
from ledger_records import article
from test_ledger_places_weak_1127 import _gazette

app = typer.Typer()
register(app)
runner = CliRunner()
THURSDAY = "2026-03-12T09:00:00+00:00"


def _bulletin():  # noqa: ANN202
    """Another report of Wednesday: the agency's own count, and a bare count of people."""
    text = ("The Civil Defence Agency said on Thursday that 70 people had been missing in Varn "
            "district on Wednesday. About 400 people gathered at the town hall.")
    return article(
        text, published=THURSDAY, path="bulletin.txt", outlet="Varn Bulletin",
        entities=(("Varn district", "place", None),),
        attributions=(("The Civil Defence Agency", "organization", None, "said",
                       "70 people had been missing in Varn district", "indirect"),),
        quantities=(("70", 70, None, None, None, "people had been missing", "people"),
                    ("About 400", 400, 360, 440, "about", None, "people")))


@pytest.fixture
def db(tmp_path):  # noqa: ANN001, ANN201
    from dataclasses import replace

    bulletin = _bulletin()
    bulletin = replace(bulletin, quantities=(
        replace(bulletin.quantities[0], attribution="A1", as_of="2026-03-11",
                as_of_from="text"), bulletin.quantities[1]))
    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_gazette(), bulletin])
    return str(path)


def run(*args: str):  # noqa: ANN201
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_ledger_cli_every_listed_series_name_finds_its_series(db):  # noqa: ANN001
    listed = json.loads(run("figures", "--db", db, "-f", "json").stdout)
    assert any("(what is counted not given)" in t["label"] for t in listed)
    for thing in listed:
        for name in (thing["label"], thing["key"]):
            found = json.loads(run("figures", "--db", db, "--counted", name, "-f", "json").stdout)
            assert thing["key"] in [s["key"] for s in found], name


def test_ledger_cli_disagreements_lists_both_sides(db):  # noqa: ANN001
    rows = list(csv.DictReader(io.StringIO(
        run("disagreements", "--db", db, "-f", "csv").output)))
    # the Gazette's two sources (64 vs 95), and the Bulletin's 70 against each of them
    # as one pair of stories
    assert len(rows) == 2
    within = next(r for r in rows if r["clash"] == "within one report")
    assert {within["first"], within["second"]} == {"64", "95"}
    assert {within["first_sources"], within["second_sources"]} == {
        "The Civil Defence Agency", "Harbour Aid"}
    across = next(r for r in rows if r["clash"] == "two reports")
    assert "70" in (across["first"], across["second"])
    assert "Varn Bulletin" in (across["first_outlets"], across["second_outlets"])
    assert all(r["day"] == "2026-03-11" and r["place"] == "varn district" for r in rows)


def test_ledger_cli_disagreements_pages_and_filters(db):  # noqa: ANN001
    every = json.loads(run("disagreements", "--db", db, "-f", "json").stdout)
    first = run("disagreements", "--db", db, "--limit", "1", "-f", "json")
    second = run("disagreements", "--db", db, "--limit", "1", "--offset", "1", "-f", "json")
    assert [json.loads(first.stdout)[0]["reason"], json.loads(second.stdout)[0]["reason"]] \
        == [d["reason"] for d in every]
    assert "--offset 1 for more" in first.stderr
    assert json.loads(run("disagreements", "--db", db, "--counted", "missing", "-f",
                          "json").output) == every
    assert json.loads(run("disagreements", "--db", db, "--counted", "killed", "-f",
                          "json").output) == []
