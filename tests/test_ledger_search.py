"""`search` answers as plain SQL over every row does (each kind's matches in its list's
order, counted up to a cap), whichever way it reads: through the word index
(views._search_kind: the candidates by a key list or a join, a page's rows by row id or,
when many tie on the order's first column, by a scan), or by a scan from the list's top
(views._search_scan: a text the index cannot narrow, or candidates too many to be worth
it); at any page size and count cap, whatever stale entries the index holds (a
cluster's old quote text, a source's old name), and for random queries cut from the
ledger's own texts on ledgers ingested a few articles at a time."""

from __future__ import annotations

import random
import re

import pytest

from according.ledger import open_ledger, views, words
from test_ledger_words import RECORDS

QUERIES = ("moreno", "MORENO", "o'brien", "brien", "oren", "ready for", "eady fo", "we are",
           "núñez", "zürich", "Rafah", "said", "mayor haddad", "floods, mayor", "(story 1",
           "story 1)", "2", "e", "lyon", "reuters", "harbour,", "no source", "zzz", "--", "ore",
           "we", "MOR")


@pytest.fixture(scope="module")
def ledger_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("search") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(RECORDS), 4):
            ledger.add_records(RECORDS[start:start + 4])
    return path


KEYS = {"articles": "id", "quotes": "cluster", "sources": "key"}


def _keys(page, kind: str) -> list:  # noqa: ANN001
    return [getattr(item, KEYS[kind]) for item in page]


def _found(ledger, limit: int, queries: tuple = QUERIES) -> dict:  # noqa: ANN001
    out = {}
    for q in queries:
        found = ledger.search(q, limit=limit)
        out[q] = {kind: (_keys(getattr(found, kind), kind), getattr(found, kind).total,
                         getattr(found, kind).capped) for kind in KEYS}
    return out


def _scanned(ledger, limit: int, queries: tuple = QUERIES) -> dict:  # noqa: ANN001
    """What a search should answer, by plain SQL over every row: each kind's matches in
    its list's order, all counted."""
    con, out = ledger.con, {}
    for q in queries:
        out[q] = {}
        # a short text or an acronym as whole words (views.whole_word_query), else a piece
        whole = views.whole_word_query(q)
        lists = {"articles": ("id", "articles", views._text_match("headline", whole),
                              "published DESC NULLS LAST, seq DESC"),
                 "quotes": ("cluster", "cluster_stats", "n_quotes > 0 AND "
                            + views._text_match("quote_text", whole), views._QUOTE_ORDER),
                 "sources": ("key", "source_stats", views._source_match(whole),
                             "n_attributions DESC, name, key")}
        for kind, (key, table, match, order) in lists.items():
            keys = [r[0] for r in con.execute(f"SELECT {key} FROM {table} WHERE {match} "
                                              f"ORDER BY {order}",
                                              {"q": views._whole_word_pattern(q) if whole
                                               else views._like(q)}).fetchall()]
            out[q][kind] = (keys[:limit], len(keys), False)
    return out


def _capped(scanned: dict, cap: int) -> dict:
    """A scan's exact answers as a search capped at `cap` gives them."""
    return {q: {kind: (keys, min(total, cap), total > cap)
                for kind, (keys, total, _) in kinds.items()}
            for q, kinds in scanned.items()}


@pytest.mark.parametrize(("by_list", "limit", "dense"),
                         [(0, 2, 0), (1, 1, 0), (3, 7, 0), (2048, 2, 8), (2048, 3, 10 ** 9)])
def test_ledger_search_answers_as_a_scan_whichever_way_it_reads(ledger_path, monkeypatch,
                                                                 by_list, limit, dense):
    with open_ledger(ledger_path, read_only=True) as ledger:
        scanned = _scanned(ledger, limit)
        assert any(total > 7 for kinds in scanned.values() for _, total, _ in kinds.values())
        monkeypatch.setattr(views, "_SEARCH_BY_LIST", by_list)
        monkeypatch.setattr(views, "_SEARCH_DENSE", dense)
        for cap in (1, 3, 1000):
            monkeypatch.setattr(views, "SEARCH_COUNT_CAP", cap)
            assert _found(ledger, limit) == _capped(scanned, cap), (by_list, limit, cap)


@pytest.mark.parametrize("limit", [1, 4])
def test_ledger_search_without_the_index_stops_at_the_cap_and_the_page(ledger_path,
                                                                      monkeypatch, limit):
    """A text the index cannot narrow (one whose words are in too many words of the
    vocabulary, "e" in a big ledger, or has none, "--") is scanned: the same answers."""
    with open_ledger(ledger_path, read_only=True) as ledger:
        scanned = _scanned(ledger, limit)
        monkeypatch.setattr(words, "candidate_table", lambda *args, **kwargs: None)
        for cap in (1, 2, 5, 1000):
            monkeypatch.setattr(views, "SEARCH_COUNT_CAP", cap)
            assert _found(ledger, limit) == _capped(scanned, cap), (limit, cap)


def test_ledger_search_ignores_stale_entries_of_the_word_index(ledger_path, tmp_path,
                                                               monkeypatch):
    copy = tmp_path / "stale.duckdb"
    copy.write_bytes(ledger_path.read_bytes())
    wal = ledger_path.with_name(ledger_path.name + ".wal")
    if wal.exists():
        copy.with_name(copy.name + ".wal").write_bytes(wal.read_bytes())
    with open_ledger(copy) as ledger:
        before = _scanned(ledger, 3)
        con = ledger.con
        # every headline, cluster and source indexed under words most of them lack, as an
        # index is after a text changed (a cluster's quote text, a source's name)
        stale = ("moreno", "ready", "brien", "zürich", "floods", "story", "reuters")
        con.execute("INSERT INTO words SELECT md5_number_lower(w), w FROM unnest($w) t(w) "
                    "WHERE md5_number_lower(w) NOT IN (SELECT word_id FROM words)",
                    {"w": list(stale)})
        for kind, sql in ((words.HEADLINE, "SELECT seq FROM articles"),
                          (words.QUOTE, "SELECT cluster FROM cluster_stats"),
                          (words.SOURCE, "SELECT source_id FROM source_stats")):
            con.execute(f"INSERT INTO word_index SELECT {kind}, md5_number_lower(w), i.id "
                        f"FROM unnest($w) t(w), ({sql}) i(id)", {"w": list(stale)})
        assert _scanned(ledger, 3) == before
        for by_list in (0, 2048):
            monkeypatch.setattr(views, "_SEARCH_BY_LIST", by_list)
            monkeypatch.setattr(views, "_SEARCH_DENSE", 0)  # the index, however many
            for cap in (*range(1, 9), 1000):
                monkeypatch.setattr(views, "SEARCH_COUNT_CAP", cap)
                assert _found(ledger, 3) == _capped(before, cap), (by_list, cap)
    found = {q: kinds["quotes"][1] for q, kinds in before.items()}
    assert found["moreno"] == 0 < found["ready for"]  # stale words: a name in no quote


@pytest.fixture(scope="module")
def batches_of_three(tmp_path_factory):
    """The same articles ingested three at a time (other clusters grow, other sources
    gain forms and names, other stale entries stay in the index)."""
    path = tmp_path_factory.mktemp("search-threes") / "ledger.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(RECORDS), 3):
            ledger.add_records(RECORDS[start:start + 3])
    return path


def _random_queries(ledger, n: int, seed: int) -> tuple:  # noqa: ANN001
    """Queries cut from the ledger's own texts (a word, part of one, two or three words
    with what lies between, in any case) and some no text holds."""
    rng = random.Random(seed)
    texts = [r[0] for r in ledger.con.execute(
        "SELECT t FROM (SELECT headline AS t FROM articles UNION ALL SELECT quote_text "
        "FROM cluster_stats UNION ALL SELECT name FROM source_stats UNION ALL SELECT form "
        "FROM source_forms) WHERE t IS NOT NULL ORDER BY t").fetchall()]
    out = []
    for _ in range(n):
        text = rng.choice(texts)
        if rng.random() < 0.1:
            out.append(rng.choice(("qzxv", "zebra crossing", "Moreno qzxv", "ready qzxv")))
            continue
        spans = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)] or [(0, len(text))]
        first = rng.randrange(len(spans))
        last = min(len(spans) - 1, first + rng.choice((0, 0, 0, 1, 2)))
        start, end = spans[first][0], spans[last][1]
        if rng.random() < 0.3 and end - start > 3:  # part of a word
            start += rng.randrange(2)
            end -= rng.randrange(2)
        query = text[start:end]
        out.append(query.upper() if rng.random() < 0.2 else query)
    return tuple(dict.fromkeys(q for q in out if q.strip()))


@pytest.mark.parametrize("which", ["batches_of_four", "batches_of_three"])
def test_ledger_search_answers_random_queries_as_a_scan(ledger_path, batches_of_three,
                                                        monkeypatch, which):
    """Each way search reads (few candidates by key, many joined, a dense text or one the
    index cannot narrow scanned), counting up to a cap or past it, gives a plain scan's
    answers to random queries."""
    path = ledger_path if which == "batches_of_four" else batches_of_three
    with open_ledger(path, read_only=True) as ledger:
        queries = _random_queries(ledger, 60, seed=13 if which == "batches_of_four" else 31)
        assert len(queries) > 30
        scanned = _scanned(ledger, 2, queries)
        assert sum(any(total > 3 for _, total, _ in kinds.values())  # capped at 3
                   for kinds in scanned.values()) > 5
        assert any(kinds["articles"][1] == 0 for kinds in scanned.values())
        for by_list, dense, index, caps in ((0, 0, True, (1, 1000)), (2048, 8, True, (3,)),
                                            (2048, 8, False, (2,))):
            with monkeypatch.context() as m:
                m.setattr(views, "_SEARCH_BY_LIST", by_list)
                m.setattr(views, "_SEARCH_DENSE", dense)
                if not index:  # every text scanned
                    m.setattr(words, "candidate_table", lambda *args, **kwargs: None)
                for cap in caps:
                    m.setattr(views, "SEARCH_COUNT_CAP", cap)
                    assert _found(ledger, 2, queries) == _capped(scanned, cap), \
                        (which, by_list, dense, index, cap)


def test_cli_search_quote_id_opens_with_show(ledger_path):
    """A quote found by `according search` carries the id of the article it first appeared
    in, which `according show` opens (its cluster's number opened nothing)."""
    import json

    from typer.testing import CliRunner

    from according.cli import app

    with open_ledger(ledger_path, read_only=True) as ledger:
        quote = next(iter(ledger.quotes(limit=1)))
    word = max(re.findall(r"[A-Za-z]{5,}", quote.text), key=len)
    runner = CliRunner()
    found = runner.invoke(app, ["search", word, "--db", str(ledger_path), "-f", "json"])
    assert found.exit_code == 0, found.output
    quotes = [row for row in json.loads(found.stdout) if row["kind"] == "quote"]
    assert quotes and all(row["id"].startswith("sha256:") for row in quotes)
    shown = runner.invoke(app, ["show", quotes[0]["id"], "--db", str(ledger_path), "--json"])
    assert shown.exit_code == 0, shown.output
