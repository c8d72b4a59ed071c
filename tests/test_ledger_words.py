"""The word index behind text filters (ledger/words.py): search, `sources --query`,
`quotes --by` and `articles --query` give exactly the answers of a scan of every row,
after ingests in small batches and after a rebuild, while reading only candidate rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from according.ledger import open_ledger, views, words
from ledger_records import CNN, INDEPENDENT, WAPO_LATER, article

PEOPLE = ("Alice Moreno", "Tom O'Brien", "Priya Shah", "José Núñez", "Amir Haddad")
PLACES = ("the river valley", "Lyon", "Rafah", "the old harbour", "Zürich")


def _story(i: int):
    name, place = PEOPLE[i % len(PEOPLE)], PLACES[(i * 2) % len(PLACES)]
    said = f"water levels near {place} would crest on day {i % 4}"
    text = f'{name} said {said}. "We are ready for {place}," {name.split()[-1]} told reporters.'
    quote = f"We are ready for {place},"
    record = article(
        text, path=f"story-{i}.txt", outlet=("Reuters", "Lyon Gazette", None)[i % 3],
        published=f"2025-04-{1 + i % 20:02d}T08:00:00+00:00",
        entities=((name, "person", "Mayor" if i % 2 else None),),
        attributions=((name, "person", "E1", "said", said, "indirect"),
                      (name.split()[-1], "person", "E1", "told", quote, "direct")))
    headline = f"{place.title()} braces for floods, mayor {name.split()[-1]} says (story {i})"
    return replace(record, metadata=replace(record.metadata, headline=headline))


RECORDS = [INDEPENDENT, CNN, WAPO_LATER, *(_story(i) for i in range(24))]
QUERIES = ("moreno", "MORENO", "o'brien", "brien", "oren", "ready for", "eady fo", "núñez",
           "NÚÑEZ", "zürich", "Rafah", "said", "mayor haddad", "floods, mayor", "story 1",
           "2", "--", "no source", "zzz", "harbour,", "weapons")


def _answers(ledger) -> list:  # noqa: ANN001
    out = []
    for q in QUERIES:
        found = ledger.search(q)
        out.append((q, found.articles.total, [a.id for a in found.articles],
                    found.quotes.total, [c.cluster for c in found.quotes],
                    found.sources.total, [s.key for s in found.sources]))
        quotes = ledger.quotes(by=q)
        out.append((q, quotes.total, [c.cluster for c in quotes]))
        articles = ledger.articles(query=q, limit=5, offset=2)
        out.append((q, articles.total, [a.id for a in articles]))
    return out


def _scanned(ledger, monkeypatch) -> list:  # noqa: ANN001
    with monkeypatch.context() as m:
        m.setattr(words, "candidates", lambda con, kind, text, whole=False, spellings=(): None)
        m.setattr(words, "candidate_table", lambda *args, **kwargs: None)
        return _answers(ledger)


@pytest.fixture(scope="module")
def one_at_a_time(tmp_path_factory):
    path = tmp_path_factory.mktemp("words") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(RECORDS), 3):  # batches joining what is stored
            ledger.add_records(RECORDS[start:start + 3])
    return path


def test_ledger_word_index_gives_the_answers_of_a_scan(one_at_a_time, monkeypatch):
    with open_ledger(one_at_a_time, read_only=True) as ledger:
        indexed = _answers(ledger)
        assert indexed == _scanned(ledger, monkeypatch)
    found = {q: total for q, total, *_ in indexed[::3]}
    assert found["moreno"] > 0 and found["núñez"] > 0 and found["zzz"] == 0


def test_ledger_word_index_reads_only_rows_holding_the_words(one_at_a_time):
    with open_ledger(one_at_a_time, read_only=True) as ledger:
        con = ledger.con
        n_articles = ledger.count("articles")
        heads = words.candidates(con, words.HEADLINE, "Zürich")
        assert heads is not None and 0 < len(heads) < n_articles
        assert words.candidates(con, words.HEADLINE, "zzz") == []
        assert words.candidates(con, words.HEADLINE, "--") is None  # no word: a scan
        sources = words.candidates(con, words.SOURCE, "brien")
        assert sources and len(sources) < ledger.count("source_stats")


def test_ledger_word_index_after_a_rebuild_answers_the_same(one_at_a_time, tmp_path,
                                                            monkeypatch):
    with open_ledger(one_at_a_time, read_only=True) as ledger:
        before = _answers(ledger)
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(one_at_a_time.read_bytes())
    wal = one_at_a_time.with_name(one_at_a_time.name + ".wal")
    if wal.exists():
        copy.with_name(copy.name + ".wal").write_bytes(wal.read_bytes())
    with open_ledger(copy) as ledger:
        ledger.rebuild()
        assert _answers(ledger) == before == _scanned(ledger, monkeypatch)


def test_ledger_word_index_added_to_a_schema_5_ledger_in_place(tmp_path, monkeypatch):
    path = tmp_path / "old.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(RECORDS[:8])
        con = ledger.con
        for table in words.TABLES:
            con.execute(f"DROP TABLE {table}")
        con.execute("UPDATE ledger_meta SET value = '5' WHERE key = 'schema'")
    with open_ledger(path) as ledger:
        assert ledger.count("word_index") > 0
        assert _answers(ledger) == _scanned(ledger, monkeypatch)


def test_ledger_search_counts_exactly_up_to_a_cap_then_says_more_than(one_at_a_time,
                                                                      monkeypatch):
    queries = ("mayor", "ready for", "moreno", "braces", "story 1", "said", "zzz", "--")
    with open_ledger(one_at_a_time, read_only=True) as ledger:
        exact = {q: ledger.search(q, limit=2) for q in queries}
        monkeypatch.setattr(views, "SEARCH_COUNT_CAP", 3)
        capped_any = exact_any = False
        for q, found in exact.items():
            capped = ledger.search(q, limit=2)
            for kind in ("articles", "quotes", "sources"):
                full, cut = getattr(found, kind), getattr(capped, kind)
                assert not full.capped
                assert list(cut) == list(full), (q, kind)  # the same rows, in the same order
                if cut.capped:
                    assert full.total > 3 and cut.total == 3 and cut.has_more
                    assert cut.count_text == "more than 3"
                    capped_any = True
                else:  # a text no word narrows ("--") is scanned and counted exactly
                    assert cut.total == full.total and (full.total <= 3 or q == "--")
                    exact_any = exact_any or 0 < full.total <= 3
    assert capped_any and exact_any
