"""The disagreements list as a web page (/disagreements) and in the API
(/api/v1/disagreements), over a small ledger of two flood stories that each disagree
within (a ministry's 140 missing against a charity's 210 or 198), a third that agrees
with neither, and the headline figures of a pair of stories: two figures that clash by
themselves, never "140 vs 140" (a trial of the list read two reports that both say 140
as disagreeing about it)."""

from __future__ import annotations

import warnings

import pytest

from according.ledger import open_ledger
from ledger_records import article, placed_by_dateline

with warnings.catch_warnings():  # starlette's note about httpx2; httpx is the chosen client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from according.service import create_app  # noqa: E402

TUESDAY = "2026-11-24T16:00:00+00:00"
COURIER = ("BREKKA - The Interior Ministry said 140 people were missing in Brekka. "
           "CareBridge International said 210 people were missing in Brekka.")
HERALD = ("BREKKA - Interior Minister Halvard Roske said 140 people were missing in Brekka. "
          "CareBridge International said 198 people were missing in Brekka.")
GAZETTE = "BREKKA - Rescuers said 60 people were missing in Brekka on Tuesday."


def _story(text: str, outlet: str, path: str, said: list[tuple[str, str, str]]):  # noqa: ANN202
    """A Brekka story of Tuesday: (source, its type, its figure) in order."""
    entities = (("Brekka", "place", None),) + tuple(
        (who, kind, None) for who, kind, _ in said if kind != "anonymous")
    attributions = tuple(
        (who, kind, None, "said", f"{figure} people were missing in Brekka", "indirect")
        for who, kind, figure in said)
    quantities = tuple((figure, float(figure), None, None, None, "people were missing",
                        "people") for _, _, figure in said)
    record = article(text, published=TUESDAY, path=path, outlet=outlet, entities=entities,
                     attributions=attributions, quantities=quantities)
    return placed_by_dateline(record, "BREKKA", len("BREKKA - "), "2026-11-24")


def _records() -> list:
    return [
        _story(COURIER, "The Lusavia Courier", "courier.txt",
               [("The Interior Ministry", "organization", "140"),
                ("CareBridge International", "organization", "210")]),
        _story(HERALD, "Orvane Herald", "herald.txt",
               [("Interior Minister Halvard Roske", "person", "140"),
                ("CareBridge International", "organization", "198")]),
        _story(GAZETTE, "Brekka Gazette", "gazette.txt", [("Rescuers", "anonymous", "60")]),
    ]


@pytest.fixture(scope="module")
def ledger_file(tmp_path_factory):  # noqa: ANN001, ANN201
    path = tmp_path_factory.mktemp("disagreements") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(_records())
    return path


@pytest.fixture(scope="module")
def client(ledger_file):  # noqa: ANN001, ANN201
    with TestClient(create_app(ledger_file)) as c:
        yield c


def _pair(item: dict) -> tuple[float, float]:
    return item["first"]["value"], item["second"]["value"]


def test_ledger_headline_pair_clashes_by_itself(ledger_file):
    """The Courier and the Herald disagree as stories (each holds 140 and a charity's
    count); their headline figures are two that cannot both hold, not the 140 both say."""
    with open_ledger(ledger_file, read_only=True) as ledger:
        found = list(ledger.disagreements(limit=50))
    across = [d for d in found if not d.within_article]
    assert across and all(d.first.value != d.second.value for d in across)
    courier_herald = [d for d in across if {"The Lusavia Courier", "Orvane Herald"} == {
        *d.first_outlets, *d.second_outlets}]
    assert len(courier_herald) == 1
    (d,) = courier_herald
    # each side lists every value it gives, each with its own sources
    values = {v.value: v.sources for v in (*d.first_values, *d.second_values)}
    assert values["210"] == ("CareBridge International",)
    assert values["198"] == ("CareBridge International",)
    assert {d.first.text, d.second.text} in ({"140", "198"}, {"140", "210"}, {"210", "198"})


def test_api_disagreements_lists_both_sides(client):
    page = client.get("/api/v1/disagreements").json()
    # within: each of the two stories' ministry against its charity; across: Courier vs
    # Herald, and the Gazette's 60 against each of them
    assert page["total"] == len(page["items"]) == 5
    within = [d for d in page["items"] if d["within_article"]]
    assert len(within) == 2
    for d in page["items"]:
        assert d["day"] == "2026-11-24" and d["place"] == "brekka"
        assert d["label"] and d["key"]
        assert d["first"]["value"] != d["second"]["value"]
        assert d["first_articles"] and d["second_articles"]
        assert d["first_values"] and d["second_values"]
    courier = next(d for d in within if "The Lusavia Courier" in d["first_outlets"])
    assert sorted(_pair(courier)) == [140, 210]
    assert set(courier["first_sources"] + courier["second_sources"]) == {
        "The Interior Ministry", "CareBridge International"}
    assert courier["first_articles"] == courier["second_articles"]


@pytest.mark.parametrize(("params", "total"), [
    ({"within": "true"}, 2), ({"within": "false"}, 3), ({"counted": "missing"}, 5),
    ({"counted": "wounded"}, 0), ({"counted": "missing", "within": "false"}, 3),
])
def test_api_disagreements_filters(client, params, total):
    page = client.get("/api/v1/disagreements", params=params).json()
    assert page["total"] == len(page["items"]) == total
    if "within" in params:
        assert {d["within_article"] for d in page["items"]} <= {params["within"] == "true"}


def test_api_disagreements_pages_are_disjoint_and_whole(client):
    every = client.get("/api/v1/disagreements").json()["items"]
    pages = [client.get("/api/v1/disagreements", params={"limit": 2, "offset": o}).json()
             for o in (0, 2, 4)]
    assert [p["total"] for p in pages] == [5, 5, 5]
    assert [d for p in pages for d in p["items"]] == every
    across = [client.get("/api/v1/disagreements",
                         params={"within": "false", "limit": 1, "offset": o}).json()
              for o in range(3)]
    assert [p["items"][0] for p in across] == [d for d in every if not d["within_article"]]


def test_api_disagreements_bad_parameters_are_json(client):
    answer = client.get("/api/v1/disagreements", params={"within": "maybe"})
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("application/json")
    assert "within" in answer.json()["detail"]


def test_page_disagreements_lists_sides_and_filters(client):
    answer = client.get("/disagreements")
    assert answer.status_code == 200
    html = answer.text
    assert html.count('<tr class="disagreement">') == 5
    assert "CareBridge International" in html and "The Lusavia Courier" in html
    assert "“140” vs “140”" not in html
    within = client.get("/disagreements", params={"kind": "within"}).text
    assert within.count('<tr class="disagreement">') == 2
    assert within.count("within one report") == 2
    paged = client.get("/disagreements", params={"limit": 2, "offset": 2}).text
    assert paged.count('<tr class="disagreement">') == 2 and 'rel="prev"' in paged
    none = client.get("/disagreements", params={"counted": "wounded"}).text
    assert '<tr class="disagreement">' not in none and "No disagreement matches" in none


def test_page_disagreements_bad_kind_is_an_html_error_page(client):
    answer = client.get("/disagreements", params={"kind": "sideways"})
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    assert 'href="/disagreements"' in answer.text


def test_figures_and_home_link_the_disagreements(client):
    assert 'href="/disagreements"' in client.get("/").text
    figures = client.get("/figures").text
    assert 'href="/disagreements"' in figures
    assert "/disagreements?counted=" in figures


@pytest.mark.parametrize(("flag", "within"), [("--within", [True, True]),
                                              ("--across", [False, False, False])])
def test_cli_disagreements_within_or_across(ledger_file, flag, within):  # noqa: ANN001
    import json

    import typer
    from typer.testing import CliRunner

    from according.cli.ledger import register

    app = typer.Typer()
    register(app)
    result = CliRunner().invoke(app, ["disagreements", "--db", str(ledger_file), flag,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert [r["within_article"] for r in rows] == within
    assert all(r["first"]["value"] != r["second"]["value"] for r in rows)
