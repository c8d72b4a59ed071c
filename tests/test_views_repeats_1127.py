"""A quote's repeats as independent reports, and short text filters as whole words (a
stranger's trial, 2026-11-27). The ledger: a Reuters story from flooded Kassel, a paper's
verbatim copy of it, an independent radio report quoting the mayor's same words, and a
paper giving them unquoted ("Mayor Jonas Brandt said the bridge will reopen …")."""

from __future__ import annotations

import csv
import io
import re

import pytest
from typer.testing import CliRunner

from according.cli import app
from according.ledger import open_ledger, views, words
from service_helpers import DATA, client_fixture, ledger_fixture

KASSEL = DATA / "kassel-bridge.jsonl"
BRIDGE = "The bridge will reopen before the winter"  # Reuters, its copy, Radio Nord
SHELTER = "Families here need dry shelter"  # Reuters and its copy only


kassel_ledger = ledger_fixture(KASSEL, name="kassel_ledger")
client = client_fixture("kassel_ledger")


def _quote(quotes, words: str):  # noqa: ANN001, ANN202
    return next(q for q in quotes if words in q.text)


# -- a quote's repeats --------------------------------------------------------------------------

def test_quotes_count_a_wire_story_and_its_copy_as_one_report(kassel_ledger):
    with open_ledger(kassel_ledger, read_only=True) as ledger:
        quotes = ledger.quotes()
        claims = ledger.claims()
    shelter = _quote(quotes, SHELTER)  # Reuters and the Courier's verbatim copy
    assert (shelter.n_reports, shelter.n_articles, shelter.n_appearances) == (1, 2, 2)
    assert shelter.n_repeats == 0  # the copy repeats no report: it is the same one
    bridge = _quote(quotes, BRIDGE)  # and Radio Nord's own report
    assert (bridge.n_reports, bridge.n_articles, bridge.n_appearances) == (2, 3, 3)
    assert bridge.n_repeats == 1
    # a claim counts its reports as the quote does (one wire story, one group) ...
    assert _quote(claims, SHELTER).n_reports == shelter.n_reports
    # ... and the unquoted words too (Nordic Daily), which are no appearance of the quote
    assert _quote(claims, BRIDGE).n_reports == 3


def test_quotes_search_counts_the_same_reports_as_the_list(kassel_ledger):
    with open_ledger(kassel_ledger, read_only=True) as ledger:
        found = ledger.search("reopen before the winter")
    (bridge,) = found.quotes
    assert (bridge.n_reports, bridge.n_articles, bridge.n_repeats) == (2, 3, 1)


def test_cli_quotes_lists_reports_and_articles_and_marks_copies(kassel_ledger):
    result = CliRunner().invoke(app, ["quotes", "--db", str(kassel_ledger), "--format", "csv"])
    assert result.exit_code == 0, result.output
    rows = {r["quote"]: r for r in csv.DictReader(io.StringIO(result.stdout))}
    shelter = next(r for q, r in rows.items() if SHELTER in q)
    assert (shelter["reports"], shelter["articles"]) == ("1", "2")
    assert shelter["repeated_by"] == "Kassel Courier (the UN refugee agency) copy"
    bridge = next(r for q, r in rows.items() if BRIDGE in q)
    assert (bridge["reports"], bridge["articles"]) == ("2", "3")
    assert "repeats" not in bridge


def test_api_quotes_count_reports_not_copies(client):
    listed = client.get("/api/v1/quotes").json()["items"]
    shelter, bridge = (next(q for q in listed if words in q["text"])
                       for words in (SHELTER, BRIDGE))
    assert (shelter["n_reports"], shelter["n_articles"], shelter["n_repeats"]) == (1, 2, 0)
    assert shelter["wire_only"] is True
    # the quote's own reports, not its claim's (which counts the unquoted words too)
    assert (bridge["n_reports"], bridge["n_articles"], bridge["n_repeats"]) == (2, 3, 1)
    assert bridge["n_appearances"] == 1 + len(bridge["repeats"]) == 3


def _item(page: str, words: str) -> str:
    items = page.split('<li class="claim">')[1:]
    return next(i for i in items if words in i)


def test_quotes_page_says_reports_and_articles(client):
    page = client.get("/quotes").text
    shelter = re.search(r'<p class="flags">(.*?)</p>', _item(page, SHELTER), re.S).group(1)
    assert "1 independent report, 2 articles" in shelter
    bridge = re.search(r'<p class="flags">(.*?)</p>', _item(page, BRIDGE), re.S).group(1)
    assert "2 independent reports, 3 articles" in bridge
    assert "repeated" not in _item(page, SHELTER)  # no "repeated 1 time" for a copy


def test_search_page_says_a_quote_s_reports(client):
    page = client.get("/search", params={"q": "dry shelter"}).text
    quotes = page.split('id="result-quotes"')[1].split("</section>")[0]
    assert "1 independent report, 2 articles" in quotes and "repeated" not in quotes


# -- short text filters as whole words ----------------------------------------------------------

def _whole_or_piece(query: str, text: str) -> bool:
    """The rule, written apart from the code: a query of up to 3 characters or an acronym
    matches whole words, any other a piece of the text; case is ignored."""
    q = query.strip()
    if len(q) <= 3 or re.fullmatch(r"(?:[A-Z]\.?){2,}", q):
        return re.search(rf"(?<![^\W_]){re.escape(q)}(?![^\W_])", text, re.I) is not None
    return q.casefold() in text.casefold()


QUERIES = ["UN", "un", "run", "bran", "BRAND", "the UN"]  # BRAND: an acronym, no "Brandt"


@pytest.mark.parametrize("query", QUERIES)
def test_text_filters_follow_the_search_rule(kassel_ledger, query):
    with open_ledger(kassel_ledger, read_only=True) as ledger:
        every = ledger.articles(limit=500)
        sources = ledger.sources(limit=500)
        headlines = [a.headline for a in ledger.articles(query=query, limit=500)]
        names = [s.name for s in ledger.sources(query=query, limit=500)]
        by = {q.cluster for q in ledger.quotes(by=query, limit=500)}
        quoted = {s.key: {q.cluster for q in ledger.quotes(limit=500)
                          if s.key in {a.source_key for a in (q.first, *q.repeats)}}
                  for s in sources}
    assert headlines == [a.headline for a in every if _whole_or_piece(query, a.headline)]
    matching = [s for s in sources
                if any(_whole_or_piece(query, t) for t in (s.name, *s.surface_forms))]
    assert names == [s.name for s in matching]
    assert by == set().union(*(quoted[s.key] for s in matching))


def test_text_filters_short_query_is_no_piece_of_a_word(kassel_ledger):
    with open_ledger(kassel_ledger, read_only=True) as ledger:
        headlines = [a.headline for a in ledger.articles(query="UN")]
        names = [s.name for s in ledger.sources(query="UN")]
        by = [q.first.source for q in ledger.quotes(by="UN")]
        longer = [s.name for s in ledger.sources(query="bran")]
    assert sorted(headlines) == ["Flooded Kassel bridge stays shut as UN envoy visits",
                                 "UN envoy tours flooded Kassel as bridge stays shut"]
    assert names == ["the UN refugee agency"]  # not Runa Holt, Unicef, City councillors
    assert by == ["the UN refugee agency"]  # not Runa Holt's quote
    assert longer == ["Jonas Brandt"]  # a longer query is still a piece of a word


def test_text_filters_short_query_reads_the_word_index(kassel_ledger, monkeypatch):
    asked = []
    real = words.candidates

    def spy(con, kind, text, whole=False, spellings=()):  # noqa: ANN001, ANN202
        found = real(con, kind, text, whole, spellings)
        asked.append((kind, whole, found is not None))
        return found

    monkeypatch.setattr(words, "candidates", spy)
    with open_ledger(kassel_ledger, read_only=True) as ledger:
        ledger.articles(query="UN")
        ledger.sources(query="un")
        ledger.quotes(by="U.N.")
    # each narrowed to the rows holding the words themselves: no scan of every row
    assert asked == [(words.HEADLINE, True, True), (words.SOURCE, True, True),
                     (words.SOURCE, True, True)]
    assert views.text_filter("bran") == (views._like("bran"), False)


@pytest.mark.parametrize(("path", "present", "absent"), [
    ("/api/v1/articles?q=UN", "UN envoy tours", "Funding row"),
    ("/api/v1/sources?q=UN", "the UN refugee agency", "Runa Holt"),
    ("/api/v1/quotes?by=UN", SHELTER, "Nobody crosses"),
    ("/?q=UN", "UN envoy tours", "Funding row"),
    ("/sources?q=UN", "the UN refugee agency", "Runa Holt"),
    ("/quotes?by=UN", SHELTER, "Nobody crosses"),
])
def test_api_and_pages_filter_short_queries_by_whole_words(client, path, present, absent):
    answer = client.get(path)
    assert answer.status_code == 200
    assert present in answer.text and absent not in answer.text
