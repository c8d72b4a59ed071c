"""The web pages as a stranger's trial read them (2026-11-27): errors as pages, the reports
behind a claim or quote (a wire story, its original and its copies), days without a clock,
and short searches matching whole words. The ledger: an AP story about a relief fund, two
papers' copies of it (one dated by its day alone) and an independent report."""

from __future__ import annotations

import re

import pytest

from according.ledger import open_ledger
from according.service.rendering import when
from service_helpers import DATA, client_fixture, ledger_fixture

RIVERA = DATA / "rivera-wire.jsonl"


rivera_ledger = ledger_fixture(RIVERA, name="rivera_ledger")
client = client_fixture("rivera_ledger")


def _ids(client) -> dict[str, str]:
    """Outlet -> short article id."""
    items = client.get("/api/v1/articles").json()["items"]
    return {a["outlet"]: a["id"].removeprefix("sha256:")[:12] for a in items}


# -- errors -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("path", "status", "said", "back"), [
    ("/articles/0123abcd", 404, "no article with id", "/"),
    ("/sources/person:no%20such%20person", 404, "no source with key", "/sources"),
    ("/?since=last-tuesday", 422, "since:", "/"),
    ("/claims?limit=many", 422, "limit:", "/claims"),
    ("/quotes?offset=-3", 422, "offset:", "/quotes"),
])
def test_pages_errors_are_html_pages_whatever_the_client_accepts(client, path, status, said,
                                                                   back):
    for accept in ("*/*", "text/html,application/xhtml+xml", None):
        answer = client.get(path, headers={"accept": accept} if accept else {})
        assert answer.status_code == status
        assert answer.headers["content-type"].startswith("text/html"), (path, accept)
        detail = re.search(r'<p class="detail">(.*?)</p>', answer.text)
        assert detail and said in detail.group(1)
        assert f'<a href="{back}" class="back">' in answer.text
        assert "Traceback" not in answer.text


@pytest.mark.parametrize(("path", "status"), [
    ("/api/v1/articles/0123abcd", 404), ("/api/v1/claims?limit=many", 422),
])
def test_api_errors_stay_json_even_for_a_browser(client, path, status):
    answer = client.get(path, headers={"accept": "text/html"})
    assert answer.status_code == status
    assert answer.headers["content-type"].startswith("application/json")
    assert answer.json()["detail"]


def test_pages_error_is_json_for_a_client_asking_json_only(client):
    answer = client.get("/articles/0123abcd", headers={"accept": "application/json"})
    assert answer.status_code == 404 and "no article" in answer.json()["detail"]


# -- wire copies ------------------------------------------------------------------------------

def _item(page: str, words: str) -> str:
    """The list item of a claims or quotes page holding `words`."""
    items = page.split('<li class="claim">')[1:]
    return next(i for i in items if words in i)


def test_claims_page_names_the_original_report_and_its_republished_copies(client):
    ids = _ids(client)
    claim = _item(client.get("/claims").text, "run out within two weeks")
    original = re.search(r'<a href="/articles/(\w+)#[^"]*">([^<]*)</a> '
                         r'<span class="flag flag-original">original</span>', claim)
    assert original and original.group(1) == ids["The Associated Press"]
    copies = re.findall(r'<span class="copy" title="republished from The Associated Press">'
                        r'<a href="/articles/(\w+)#', claim)
    assert sorted(copies) == sorted([ids["The Denver Post"], ids["The Seattle Times"]])
    assert "flag-wire" in claim and "wire only" in claim and "single source" in claim
    independent = _item(client.get("/claims").text, "close to running out")
    assert "flag-original" not in independent and 'class="copy"' not in independent


def test_quotes_page_shows_a_wire_quote_as_one_report_with_its_copies(client):
    ids = _ids(client)
    quote = _item(client.get("/quotes").text, "running out of tents")
    assert re.search(rf'/articles/{ids["The Associated Press"]}#[^"]*">The Associated Press, '
                     r'[^<]*</a> <span class="flag flag-original">original', quote)
    assert len(re.findall(r'<span class="copy"', quote)) == 2
    repeats = client.get("/api/v1/quotes").json()["items"]
    wire = next(q for q in repeats if "running out of tents" in q["text"])
    members = [wire["first"], *wire["repeats"]]
    ap = next(m["article_id"] for m in members if m["outlet"] == "The Associated Press")
    assert [m["original"] for m in members] == [ap, ap, ap]


def test_quotes_page_shows_the_flags_of_its_claim(client):
    quotes = client.get("/quotes").text
    wire = _item(quotes, "running out of tents")
    flags = re.search(r'<p class="flags">(.*?)</p>', wire, re.S).group(1)
    assert "wire only" in flags and "single source" in flags
    assert "1 independent report" in flags and "3 outlets" in flags
    own = re.search(r'<p class="flags">(.*?)</p>', _item(quotes, "so little to give"),
                    re.S).group(1)
    assert "wire only" not in own and "1 outlet: The Guardian" in own
    listed = client.get("/api/v1/quotes").json()["items"]
    wire, own = (next(q for q in listed if words in q["text"])
                 for words in ("running out of tents", "so little to give"))
    assert wire["wire_only"] is True and wire["n_reports"] == 1
    assert own["wire_only"] is False and own["outlets"] == ["The Guardian"]


def test_figures_page_marks_each_row_a_wire_report_or_a_copy_of_one(client):
    rows = re.findall(r'<tr id="fig-.*?</tr>', client.get("/figures").text, re.S)
    families = {re.search(r"<td>((?:The )?[A-Z][\w ]+?)(?: <span|</td>)", r.split(
        "the UN refugee agency</td>")[1]).group(1): r for r in rows if "About 40,000" in r}
    assert set(families) == {"The Associated Press", "The Denver Post", "The Seattle Times"}
    assert '<span class="flag flag-wire">wire</span>' in families["The Associated Press"]
    for copy in ("The Denver Post", "The Seattle Times"):
        assert "copy of The Associated Press" in families[copy]


def test_ledger_articles_by_id_gives_each_its_original(rivera_ledger):
    with open_ledger(rivera_ledger, read_only=True) as ledger:
        ids = {a.outlet: a.id for a in ledger.articles()}
        found = ledger.articles_by_id([*ids.values(), "sha256:" + "0" * 64])
    assert set(found) == set(ids.values())
    ap = ids["The Associated Press"]
    assert found[ids["The Seattle Times"]].original == ap and found[ap].original == ap
    assert found[ids["The Guardian"]].original == ids["The Guardian"]
    assert found[ap].wire and not found[ids["The Guardian"]].wire


# -- days without a clock ---------------------------------------------------------------------

@pytest.mark.parametrize(("stamp", "written", "timex3", "shown"), [
    ("2025-05-14T00:00:00+00:00", "2025-05-14", None, "14 May 2025"),
    ("2025-05-14T00:00:00+00:00", None, None, "14 May 2025"),
    ("2025-05-14T00:00:00+00:00", "May 14, 2025", None, "14 May 2025"),
    ("2025-05-14T00:00:00+00:00", "May 14, 2025 12:00 a.m. GMT", None,
     "2025-05-14 00:00 UTC"),
    ("2025-05-14T08:30:00+00:00", "2025-05-14T08:30:00Z", None, "2025-05-14 08:30 UTC"),
    ("2026-11-22T00:00:00+00:00", "Nov 22, 2026 9:15 p.m.", "2026-11-22T21:15",
     "22 November 2026, 21:15 (time zone not given)"),
    ("2026-11-22T00:00:00+00:00", "Nov 22, 2026", "2026-11-22T21:15",
     "22 November 2026, 21:15 (time zone not given)"),
    # stranger trial h6: the clock stored as written (read as UTC) is still no UTC time
    ("2026-11-22T21:15:00+00:00", "Nov 22, 2026 9:15 p.m.", "2026-11-22T21:15",
     "22 November 2026, 21:15 (time zone not given)"),
    ("2026-11-22T21:15:00+00:00", "Nov 22, 2026 9:15 p.m. GMT", None, "2026-11-22 21:15 UTC"),
    (None, None, None, "undated"),
])
def test_when_shows_a_bare_day_as_the_day_and_keeps_clocks(stamp, written, timex3, shown):
    assert when(stamp, written, timex3) == shown


def test_pages_show_an_article_dated_by_its_day_alone_without_midnight(client):
    ids = _ids(client)
    listed = client.get("/").text.split("<tbody>")[1]
    row = next(r for r in listed.split("<tr>") if "The Seattle Times" in r)
    assert "14 May 2025" in row and "00:00" not in row
    assert "2025-05-14 08:30" in next(r for r in listed.split("<tr>")
                                      if "The Associated Press" in r)
    page = client.get(f"/articles/{ids['The Seattle Times']}").text
    assert re.search(r"<time[^>]*>14 May 2025</time>", page) and "00:00 UTC" not in page
    timed = client.get(f"/articles/{ids['The Denver Post']}").text
    assert re.search(r"<time[^>]*>2025-05-14 11:05 UTC</time>", timed)


# -- short searches -----------------------------------------------------------------------------

def test_search_short_query_matches_whole_words_only(rivera_ledger):
    with open_ledger(rivera_ledger, read_only=True) as ledger:
        un = ledger.search("UN")
        run = ledger.search("run")
        who, river_caps = ledger.search("WHO"), ledger.search("RIVER")
        long, rivera_caps = ledger.search("river"), ledger.search("RIVERA")
    headlines = [a.headline for a in un.articles]
    assert len(headlines) == 3 and all(h.startswith("UN") for h in headlines)  # not "runs"
    assert not un.quotes  # "We are running out", "close to running out": not UN
    assert {"United Nations", "the UN refugee agency"} <= {s.name for s in un.sources}
    assert [a.headline for a in run.articles] == [
        "Rivera floods: aid runs short, say workers who run the camps"]
    assert [a.headline for a in who.articles] == [a.headline for a in run.articles]
    assert len(long.articles) == 4  # a longer query is still a piece of a word: "Rivera"
    assert not river_caps.articles  # written as an acronym: a whole word, not in "Rivera"
    assert len(rivera_caps.articles) == 4  # case is ignored, as in every search


def test_search_page_short_query_lists_no_word_that_only_contains_it(client):
    page = client.get("/search", params={"q": "UN"}).text
    headlines = page.split('id="result-headlines"')[1].split("</section>")[0]
    assert "UN says flood relief fund" in headlines and "aid runs short" not in headlines
    found = client.get("/api/v1/search", params={"q": "fund"}).json()
    assert {a["outlet"] for a in found["headlines"]} == {
        "The Associated Press", "The Denver Post", "The Seattle Times"}
