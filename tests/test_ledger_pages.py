"""Every ledger list, read a page at a time, gives the rows of the whole list in the same
order: the pages are found in steps (views.py: a count threshold before sorting, the
series' last day, row ids), and ties at a page's edge (equal counts, equal days) must
fall on the same side as in one sort."""

from __future__ import annotations

import pytest

from according.ledger import open_ledger
from ledger_records import article

NAMES = ("Ana Ruiz", "Ben Okafor", "Chen Wei", "Dana Levi", "Eli Moss")
OUTLETS = ("Reuters", "Lyon Gazette", "The Harbour Times")


def _story(i: int):
    name = NAMES[i % len(NAMES)]
    quote = f"the bridge will reopen in week {i % 4}"
    killed, hurt = i % 6 + 1, i % 3 + 7
    text = (f'{name} said the river rose overnight. "{quote}," {name.split()[-1]} told '
            f"reporters. {killed} people were killed and {hurt} were injured. He added the "
            f"dam at site {i % 9} held.")
    return article(
        text, path=f"story-{i}.txt", outlet=OUTLETS[i % len(OUTLETS)],
        published=f"2025-03-{1 + i % 5:02d}T{i % 10:02d}:00:00+00:00",
        entities=((name, "person", None),),
        attributions=((name, "person", "E1", "said", "the river rose overnight", "indirect"),
                      (name.split()[-1], "person", "E1", "told", quote, "direct"),
                      ("He", "person", "E1", "added", f"dam at site {i % 9} held", "indirect")),
        quantities=((f"{killed} people", killed, None, None, None, "people killed", "people"),
                    (f"{hurt} were injured", hurt, None, None, None, "people injured",
                     "people")))


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("pages") / "ledger.duckdb"
    records = [_story(i) for i in range(40)]
    with open_ledger(path) as ledger:
        for start in range(0, len(records), 7):  # batches joining what is stored
            ledger.add_records(records[start:start + 7])
    return path


def _pages(call, step: int) -> tuple[list, set]:  # noqa: ANN001
    whole = call(limit=500)
    rows, totals = [], set()
    for offset in range(0, whole.total + step, step):
        page = call(limit=step, offset=offset)
        rows += list(page)
        totals.add(page.total)
    assert totals == {whole.total}
    return rows, whole


@pytest.mark.parametrize("step", [1, 3, 7])
def test_ledger_lists_read_a_page_at_a_time_equal_the_whole_list(ledger_path, step):
    with open_ledger(ledger_path, read_only=True) as ledger:
        top_quote = ledger.quotes()[0]
        series = ledger.figures()
        assert len(series) >= 2 and top_quote.n_appearances >= 6  # ties to cut through
        lists = {
            "articles": ledger.articles,
            "sources": ledger.sources,
            "quotes": ledger.quotes,
            "quotes by": lambda **p: ledger.quotes(by="ruiz", **p),
            "claims": ledger.claims,
            "flagged claims": lambda **p: ledger.claims(flagged=True, **p),
            "figures": ledger.figures,
            "counted things": ledger.counted_things,
            "cluster appearances": lambda **p: ledger.cluster_appearances(top_quote.cluster,
                                                                          **p),
            "source attributions": lambda **p: ledger.source_attributions(
                ledger.sources()[0].key, **p),
            **{f"series {s.key}": (lambda key: lambda **p: ledger.series_figures(key, **p))(
                s.key) for s in series},
        }
        for name, call in lists.items():
            rows, whole = _pages(call, step)
            assert whole.total > 1, name
            assert rows == list(whole), name
