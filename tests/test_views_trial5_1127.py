"""What a stranger's fifth trial (2026-11-27) found in the views: the figures page called a
figure about a month or a year "undated"; a search for a speaker's name listed none of her
quotes; a long search title wrapped in a narrow table; one agency under two names ("AFP"
in articles and quotes, "Agence France-Presse" in sources); `sources -q UN` missed "U.N.";
and the disagreements' within column said True or False. The ledger: an AFP story of a
budget vote in Valdoria, and a paper's report quoting the U.N. refugee agency."""

from __future__ import annotations

import csv
import io
import json
import warnings
from dataclasses import replace

import pytest
from typer.testing import CliRunner

from according.cli import app
from according.ledger import open_ledger
from ledger_records import article

runner = CliRunner()
CREDIBILITY = "This budget is the price of credibility"
CAMPS = "The camps are full and winter is coming"


def _afp():  # noqa: ANN202
    text = (f'Finance Minister Ana Petrova said "{CREDIBILITY}." Public debt stood at 71% '
            "of GDP in September, the ministry said. The deficit is to fall to 3.1% of GDP "
            "in 2027, Petrova said.")
    record = article(
        text, outlet="AFP", published="2026-11-24T22:10:00+00:00", path="afp.txt",
        entities=(("Ana Petrova", "person", "Finance Minister"),),
        attributions=(("Finance Minister Ana Petrova", "person", "E1", "said",
                       f'"{CREDIBILITY}."', "direct"),
                      ("the ministry", "organization", None, "said",
                       "Public debt stood at 71% of GDP in September", "indirect"),
                      ("Petrova", "person", "E1", "said",
                       "The deficit is to fall to 3.1% of GDP in 2027", "indirect")),
        quantities=(("71%", 71, None, None, None, "GDP", "percent"),
                    ("3.1%", 3.1, None, None, None, "GDP", "percent")))
    debt, deficit = record.quantities
    return replace(record, quantities=(
        replace(debt, attribution="A2", as_of="2026-09", as_of_from="text"),
        replace(deficit, attribution="A3", as_of="2027", as_of_from="text")))


def _herald():  # noqa: ANN202
    text = (f'"{CAMPS}," the U.N. refugee agency said in a statement on Monday. US officials '
            "said aid would follow, and the Russian embassy said it had sent tents.")
    return article(
        text, outlet="Solvena Herald", published="2026-11-25T08:00:00+00:00",
        path="herald.txt",
        attributions=(("the U.N. refugee agency", "organization", None, "said",
                       f'"{CAMPS},"', "direct"),
                      ("US officials", "group", None, "said", "aid would follow", "indirect"),
                      ("the Russian embassy", "organization", None, "said",
                       "it had sent tents", "indirect")))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("trial5") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_afp(), _herald()])
    return str(path)


@pytest.fixture(scope="module")
def client(db: str):  # noqa: ANN201
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient
    from according.service import create_app

    with TestClient(create_app(db)) as made:
        yield made


def run(*args: str):  # noqa: ANN201
    result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.output
    return result


def test_figures_page_shows_a_month_or_a_year_not_undated(client):  # noqa: ANN001
    page = client.get("/figures", params={"key": "gdp | percent"}).text
    rows = {cells[2]: cells[0] for cells in _table_rows(page)}
    assert rows["“71%”"] == "2026-09"
    assert rows["“3.1%”"] == "2027"
    assert ">undated<" not in page


def _table_rows(page: str) -> list[list[str]]:
    import re

    body = page.split('class="rows figures-table"', 1)[1].split("</table>", 1)[0]
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", r)]
            for r in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S) if "<td" in r]


def test_search_for_a_name_lists_that_source_s_quotes(db, client):  # noqa: ANN001
    with open_ledger(db, read_only=True) as ledger:
        found = ledger.search("Petrova")
    assert len(found.quotes) == 0  # her name is not in her words ...
    assert [q.text for q in found.quotes_by] == [f'"{CREDIBILITY}."']  # ... but she said them
    assert found.quotes_by.total == 1
    rows = list(csv.DictReader(io.StringIO(run("search", "Petrova", "--db", db,
                                               "-f", "csv").stdout)))
    by = [r for r in rows if r["kind"] == "quote by"]
    assert [r["where"] for r in by] == ["Ana Petrova"] and CREDIBILITY in by[0]["text"]
    api = client.get("/api/v1/search", params={"q": "Petrova"}).json()
    assert api["counts"]["quotes_by"]["total"] == 1
    page = client.get("/search", params={"q": "Petrova"}).text
    assert "Quotes whose own words hold" in page and "Quotes by these sources" in page
    assert CREDIBILITY in page.split('id="result-quotes-by"', 1)[1]
    assert "/quotes?by=Petrova" in page


def test_disagreements_help_explains_the_clash_column():
    out = " ".join(run("disagreements", "--help").stdout.split())
    assert '"within one report"' in out and '"two reports"' in out


def test_search_table_title_stays_on_one_line(db):  # noqa: ANN001
    out = run("search", "margin of error", "--db", db, "-f", "table").stdout
    assert "search: margin of error (0)" in out


def test_an_outlet_has_one_name_in_every_view(db, client):  # noqa: ANN001
    with open_ledger(db, read_only=True) as ledger:
        articles = ledger.articles()
        quotes = ledger.quotes()
        sources = ledger.sources()
        figures = ledger.figures(counted="gdp")
    afp = "Agence France-Presse"
    assert afp in {a.outlet for a in articles}
    assert "AFP" not in {a.outlet for a in articles}
    assert _credibility(quotes).first.outlet == afp
    assert afp in next(s for s in sources if s.name == "Ana Petrova").outlets
    assert {f.outlet for s in figures for f in s.figures} == {afp}
    rows = json.loads(run("articles", "--db", db, "-f", "json").stdout)
    assert afp in {r["outlet"] for r in rows}
    assert "AFP" not in client.get("/articles").text.replace("AFP)", "")


def _credibility(quotes):  # noqa: ANN001, ANN202
    return next(q for q in quotes if CREDIBILITY in q.text)


@pytest.mark.parametrize("query", ["UN", "U.N."])
def test_an_acronym_query_finds_its_dotted_form(db, client, query):  # noqa: ANN001
    rows = json.loads(run("sources", "-q", query, "--db", db, "-f", "json").stdout)
    assert [r["name"] for r in rows] == ["the U.N. refugee agency"]
    quoted = json.loads(run("quotes", "--by", query, "--db", db, "-f", "json").stdout)
    assert [q["text"] for q in quoted] == [f'"{CAMPS},"']
    with open_ledger(db, read_only=True) as ledger:
        assert [s.name for s in ledger.search(query).sources] == ["the U.N. refugee agency"]
    api = client.get("/api/v1/sources", params={"q": query}).json()
    assert [s["name"] for s in api["items"]] == ["the U.N. refugee agency"]


@pytest.mark.parametrize("query", ["US", "U.S.", "U.S"])
def test_an_acronym_query_finds_its_plain_form_as_a_whole_word(db, query):  # noqa: ANN001
    rows = json.loads(run("sources", "-q", query, "--db", db, "-f", "json").stdout)
    assert [r["name"] for r in rows] == ["US officials"]  # not the "Russian" embassy
