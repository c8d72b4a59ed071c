"""The ledger's Python query API: every list is a Page, capped, with its total."""

from __future__ import annotations

import pytest

from according.ledger import MAX_LIMIT, Page, open_ledger
from ledger_records import CNN, INDEPENDENT, WAPO_LATER


@pytest.fixture
def ledger(tmp_path):
    with open_ledger(tmp_path / "ledger.duckdb") as opened:
        opened.add_records([INDEPENDENT, CNN, WAPO_LATER])
        yield opened


def test_ledger_api_articles_newest_first_with_filters(ledger):
    page = ledger.articles()
    assert isinstance(page, Page) and page.total == 3
    # one name per outlet in every view: the outlet table's ("WaPo" as written)
    assert [a.outlet for a in page] == ["The Washington Post", "CNN", "The Independent"]
    assert [a.id for a in ledger.articles(outlet="CNN")] == [CNN.id]
    assert ledger.articles(since="2024-05-15").total == 1
    assert ledger.articles(until="2024-05-14T12:00:00Z").total == 1
    second = ledger.articles(limit=1, offset=1)
    assert (len(second), second.total, second.has_more) == (1, 3, True)
    assert second[0].id == CNN.id


def test_ledger_api_limit_is_capped(ledger):
    assert ledger.sources(limit=10**6).limit == MAX_LIMIT
    assert ledger.sources(limit=0).limit == 1


def test_ledger_api_sources_query_and_one_source(ledger):
    page = ledger.sources(query="post")
    assert [c.name for c in page] == ["The Washington Post"]
    post = ledger.source(page[0].key)
    assert post.n_articles == 2
    said = ledger.source_attributions(post.key)
    assert {a.article_id for a in said} == {CNN.id, WAPO_LATER.id}
    with pytest.raises(KeyError):
        ledger.source("person:nobody")


def test_ledger_api_cluster_appearances_page_through_a_quote(ledger):
    top = ledger.quotes()[0]
    members = ledger.cluster_appearances(top.cluster)
    assert members.total == top.n_appearances == 2
    assert [a.outlet for a in members] == ["The Independent", "CNN"]


def test_ledger_api_counted_things_and_search(ledger):
    things = ledger.counted_things()
    assert things.total == 1 and things[0].n_figures == 3
    found = ledger.search("rafah")
    assert found.quotes.total == 1 and found.articles.total == 0
    assert [c.name for c in ledger.search("hunter").sources] == ["Hunter Biden"]


def test_ledger_api_errors_is_a_page(ledger):
    ledger.write_batch([], [("bad.txt", "binary file")])
    page = ledger.errors()
    assert page.total == 1 and page[0].reason == "binary file"


def test_ledger_api_series_figures_pages_through_one_series(ledger):
    (series,) = ledger.figures(counted="died")
    first = ledger.series_figures(series.key, limit=2)
    rest = ledger.series_figures(series.key, limit=2, offset=2)
    assert (first.total, len(first), len(rest)) == (3, 2, 1)
    assert [f.text for f in (*first, *rest)] == [f.text for f in series.figures]
    assert ledger.series_figures(series.key, place="Gaza").total == 3
