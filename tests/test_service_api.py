"""The REST API (FastAPI TestClient over httpx) against a ledger file made by `ingest`."""

from __future__ import annotations

import json
import re
import warnings

import pytest

from according.ledger import open_ledger
from according.records import text_id
from service_helpers import HOSTILE, service_ledger  # noqa: F401 (a fixture)

with warnings.catch_warnings():  # starlette's note about httpx2; httpx is the chosen client
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

from according.service import create_app  # noqa: E402
from according.service.models import Record as RecordModel  # noqa: E402

ID_RE = re.compile(r"^sha256:[0-9a-f]{64}$")


@pytest.fixture(scope="module")
def client(service_ledger):  # noqa: F811
    with TestClient(create_app(service_ledger)) as c:
        yield c


@pytest.fixture(scope="module")
def stored(service_ledger):  # noqa: F811
    with open_ledger(service_ledger, read_only=True) as ledger:
        ids = sorted(set(ledger.known_ids().values()))
        return {i: ledger.article(i) for i in ids}


def test_api_articles_lists_every_stored_article_newest_first(client, stored):
    page = client.get("/api/v1/articles").json()
    assert page["total"] == len(stored) == 6
    assert {a["id"] for a in page["items"]} == set(stored)
    days = [a["published"] for a in page["items"] if a["published"]]
    assert days == sorted(days, reverse=True)
    quake = [a for a in page["items"] if "Karsa" in (a["headline"] or "")]
    assert {a["outlet"] for a in quake} >= {"Reuters", "Al Jazeera", "The Guardian"}


@pytest.mark.parametrize(("params", "expected"), [
    ({"outlet": "Reuters"}, 1),
    ({"since": "2024-02-07", "until": "2024-02-08"}, 2),
    ({"q": "karsa"}, 4),
    ({"q": "no headline says this"}, 0),
])
def test_api_articles_filters(client, params, expected):
    page = client.get("/api/v1/articles", params=params).json()
    assert page["total"] == len(page["items"]) == expected


def test_api_articles_pages_are_capped_and_disjoint(client):
    first = client.get("/api/v1/articles", params={"limit": 4}).json()
    second = client.get("/api/v1/articles", params={"limit": 4, "offset": 4}).json()
    assert len(first["items"]) == 4 and len(second["items"]) == 2
    assert not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    # an offset past what the ledger's integers hold was a 500 (a trial of the web page)
    for bad in ({"limit": 201}, {"limit": 0}, {"offset": -1}, {"since": "yesterday"},
                {"offset": 99999999999999999999}, {"offset": 9223372036854775808}):
        answer = client.get("/api/v1/articles", params=bad)
        assert answer.status_code == 422
        detail = answer.json()["detail"]
        assert isinstance(detail, str) and "\n" not in detail and detail


def test_api_article_is_the_stored_record_unchanged(client, stored, service_ledger):  # noqa: F811
    for article_id, record in stored.items():
        answer = client.get(f"/api/v1/articles/{article_id}")
        assert answer.status_code == 200
        with open_ledger(service_ledger, read_only=True) as ledger:
            assert answer.text == ledger.article_json(article_id)
        data = answer.json()
        assert data == record.to_dict() and ID_RE.match(data["id"])
        model = RecordModel.model_validate(data)
        assert model.model_dump(by_alias=True, exclude_unset=True) == data
    full = next(iter(stored))
    prefix = full.removeprefix("sha256:")[:12]
    assert client.get(f"/api/v1/articles/{prefix}").json()["id"] == full


@pytest.mark.parametrize("bad", ["nope", "sha256:" + "0" * 64, "..%2F..%2Fetc%2Fpasswd", "%00"])
def test_api_unknown_article_is_404_json(client, bad):
    answer = client.get(f"/api/v1/articles/{bad}")
    assert answer.status_code == 404
    assert answer.headers["content-type"].startswith("application/json")
    detail = answer.json()["detail"]
    assert detail in ("Not Found", f"no article with id {bad!r}") or "no article" in detail
    assert "Traceback" not in answer.text and ".duckdb" not in detail


def test_api_unknown_page_is_an_html_404_without_traceback(client):
    answer = client.get("/articles/nope", headers={"accept": "text/html"})
    assert answer.status_code == 404 and "no article with id" in answer.text
    assert "Traceback" not in answer.text


def test_api_sources_merge_a_speaker_across_articles(client):
    page = client.get("/api/v1/sources", params={"q": "Varga", "limit": 200}).json()
    varga = next(s for s in page["items"] if s["name"] == "Lena Varga")
    assert varga["type"] == "person" and varga["n_articles"] >= 3
    detail = client.get(f"/api/v1/sources/{varga['key']}").json()
    assert len(detail["attributions"]) == varga["n_attributions"]
    assert {"Reuters", "The Guardian"} <= {a["outlet"] for a in detail["attributions"]}
    assert any("rubble" in a["text"] for a in detail["attributions"])
    assert client.get("/api/v1/sources/no-such-source").status_code == 404


def test_api_claims_flagged_are_single_sourced_or_anonymous(client):
    every = client.get("/api/v1/claims", params={"limit": 200}).json()
    flagged = client.get("/api/v1/claims", params={"flagged": True, "limit": 200}).json()
    # the filter gives exactly the claims flagged in the whole list (a nested "the Chronicle
    # reported that engineers … said" is one source relayed, merge rules 20, so every claim
    # of these six articles may be flagged)
    assert 0 < flagged["total"] <= every["total"]
    assert all(c["single_sourced"] or c["anonymous_only"] for c in flagged["items"])
    assert sorted(c["text"] for c in flagged["items"]) == sorted(
        c["text"] for c in every["items"] if c["single_sourced"] or c["anonymous_only"])
    rubble = [c for c in every["items"] if "voices under the rubble" in c["text"]]
    assert rubble and all(c["sources"] == ["Lena Varga"] and c["single_sourced"]
                          and not c["anonymous_only"] for c in rubble)
    toll = next(c for c in every["items"] if c["text"].startswith("Nearly 4,000 people"))
    assert toll["anonymous_only"] and toll["outlets"] == ["The Guardian"]


def test_api_figures_series_marks_the_disagreeing_death_tolls(client):
    things = client.get("/api/v1/counted").json()["items"]
    dead = next(t for t in things if "dead" in t["key"] and t["unit"] == "people")
    assert dead["n_figures"] >= 4 and dead["n_disagreements"] >= 1
    (series,) = client.get("/api/v1/figures", params={"key": dead["key"]}).json()["items"]
    values = {f["value"] for f in series["figures"]}
    assert {1200, 900, 3000, 4000} <= values
    clash = series["disagreements"][0]
    by_id = {(f["article_id"], f["quantity_id"]): f for f in series["figures"]}
    pair = {by_id[(clash[k]["article_id"], clash[k]["quantity_id"])]["value"]
            for k in ("first", "second")}
    assert pair == {900, 1200}


def test_api_search_finds_headlines_quotes_and_sources(client):
    found = client.get("/api/v1/search", params={"q": "voices under the rubble"}).json()
    assert any("voices under the rubble" in q["text"] for q in found["quotes"])
    assert client.get("/api/v1/search", params={"q": "Varga"}).json()["sources"]
    assert client.get("/api/v1/search", params={"q": "Karsa"}).json()["headlines"]
    assert client.get("/api/v1/search", params={"q": ""}).status_code == 422


def test_search_counts_stop_at_a_cap_and_say_more_than(client, monkeypatch):
    from according.ledger import views

    exact = client.get("/api/v1/search", params={"q": "Karsa"}).json()["counts"]
    n = exact["headlines"]["total"]
    assert n >= 2 and not exact["headlines"]["more"]
    monkeypatch.setattr(views, "SEARCH_COUNT_CAP", n - 1)
    # another spelling (search ignores case): the service keeps answers per question
    capped = client.get("/api/v1/search", params={"q": "KARSA"}).json()["counts"]
    assert capped["headlines"] == {"total": n - 1, "more": True}
    html = client.get("/search", params={"q": "kARSA"}).text
    assert f"more than {n - 1:,}" in html


def test_api_extract_returns_a_record_and_stores_nothing(client, demo_text, stored):
    answer = client.post("/api/v1/extract", json={"text": demo_text})
    assert answer.status_code == 200, answer.text
    record = answer.json()
    assert record["id"] == text_id(demo_text) and record["text"] == demo_text
    assert len(record["attributions"]) >= 10
    for a in record["attributions"]:
        for c in a["content"]:
            assert demo_text[c["start"]:c["end"]] == c["text"]
    RecordModel.model_validate(record)
    raw = client.post("/api/v1/extract", content=demo_text.encode(),
                      headers={"content-type": "text/plain; charset=utf-8"})
    assert raw.json()["id"] == record["id"]
    assert client.get("/api/v1/articles").json()["total"] == len(stored)


def test_api_extract_reads_html(client):
    page = ("<html><head><title>Dam fails</title></head><body><article><h1>Dam fails</h1>"
            "<p>The dam failed on Monday after days of rain, the regional water authority "
            "said in a statement.</p><p>“We had no warning at all,” said Petra Novak, who "
            "lives below the dam.</p></article></body></html>")
    answer = client.post("/api/v1/extract", json={"html": page, "url": "https://example.org/a"})
    assert answer.status_code == 200, answer.text
    assert answer.json()["input"]["format"] == "html"
    assert "<p>" not in answer.json()["text"]


@pytest.mark.parametrize(("body", "status", "reason"), [
    ({"text": ""}, 422, "empty"),
    ({"text": "Die Regierung hat am Montag erklärt, dass die Brücke gesperrt bleibt, weil "
              "die Ingenieure weitere Schäden gefunden haben. " * 4}, 422, "not English"),
    ({"text": "a", "html": "<p>a</p>"}, 422, "one of"),
    ({"words": "x"}, 422, "words"),
    ({}, 422, "one of"),
])
def test_api_extract_refuses_what_is_not_an_article(client, body, status, reason):
    answer = client.post("/api/v1/extract", json=body)
    assert answer.status_code == status
    detail = answer.json()["detail"]
    assert reason in detail and "\n" not in detail


def test_api_extract_refuses_binary_and_other_media(client):
    binary = client.post("/api/v1/extract", content=b"\x00\x01\x02" * 100,
                         headers={"content-type": "text/plain"})
    assert binary.status_code == 422 and "binary" in binary.json()["detail"]
    form = client.post("/api/v1/extract", data={"text": "x"})
    assert form.status_code == 415


def test_api_extract_size_limit_is_413(service_ledger):  # noqa: F811
    with TestClient(create_app(service_ledger, max_bytes=1000)) as small:
        over = small.post("/api/v1/extract", json={"text": "word " * 300})
        assert over.status_code == 413
        assert over.json()["detail"] == ("request body: over the size limit of 1,000 bytes "
                                         "(1,500)")
        huge = small.post("/api/v1/extract", content=b"x" * 200_000,
                          headers={"content-type": "text/plain"})
        assert huge.status_code == 413 and "limit" in huge.json()["detail"]


def test_service_sends_a_strict_content_security_policy(client, stored):
    article_id = next(iter(stored))
    for path in ("/", f"/articles/{article_id}", "/api/v1/articles", "/static/style.css",
                 "/docs", "/figures", "/nope"):
        headers = client.get(path, headers={"accept": "text/html"}).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"


def test_service_pages_escape_stored_text(client, stored):
    hostile = next(r for r in stored.values() if r.input.path == str(HOSTILE))
    pages = [f"/articles/{hostile.id}", "/", "/sources?limit=200", "/claims?limit=200",
             "/quotes?limit=200", "/search?q=script", "/search?q=javascript"]
    for path in pages:
        html = client.get(path).text
        assert "<script>window" not in html and "<img src=x" not in html, path
        assert 'href="javascript' not in html.lower(), path
        for script in re.findall(r"<script\b[^>]*>(.*?)</script>", html, flags=re.S):
            assert not script.strip(), f"inline script on {path}"
        assert not re.search(r"<[^>]+\son\w+\s*=", html), f"event handler attribute on {path}"
    page = client.get(f"/articles/{hostile.id}").text
    assert "&lt;script&gt;window.__xss" in page and "&#34;&gt;&lt;img src=x" in page


def test_service_holds_the_ledger_read_only(client):
    reader = client.app.state.reader
    for ledger in (reader._records, reader._views):
        with pytest.raises(Exception, match="(?i)read.only"):
            ledger.con.execute("CREATE TABLE intruder (i INTEGER)")


def test_openapi_describes_the_api_and_docs_are_served_locally(client):
    spec = client.get("/openapi.json").json()
    for path in ("/api/v1/articles", "/api/v1/articles/{article_id}", "/api/v1/sources",
                 "/api/v1/claims", "/api/v1/quotes", "/api/v1/figures", "/api/v1/counted",
                 "/api/v1/errors", "/api/v1/search", "/api/v1/extract"):
        assert path in spec["paths"], path
    record = spec["components"]["schemas"]["Record"]
    assert {"schema", "id", "text", "attributions", "quantities"} <= set(record["properties"])
    docs = client.get("/docs").text
    assert not re.search(r"(src|href)=\"https?://", docs)
    for asset in re.findall(r"(?:src|href)=\"(/[^\"]+)\"", docs):
        assert client.get(asset).status_code == 200, asset


def test_api_errors_lists_failed_inputs(client):
    page = client.get("/api/v1/errors").json()
    assert page["total"] == len(page["items"]) and json.dumps(page)
