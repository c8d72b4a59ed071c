"""Merge rules 23: a quote piece's bucket (quotes.piece_keys, odd keys) keeps and compares
its first merge.FIRST_IN_PIECE_BUCKET texts by ref, an LSH band's (even keys) its first
merge.FIRST_IN_BUCKET. A piece bucket that fills is a common run of words: here ten
ministers repeat the government's line word for word, each with words of their own, and a
later quote cut from the middle of the line and the start of the tenth minister's own
closing words shares with the tenth statement only the line's piece keys. It is compared
with the first eight statements, none of which holds it, and stays its own quote (under
rules 22, first 50, it joined the tenth). Ingests in any batch size, a rebuild and an
in-place migration from rules 22 agree."""

from __future__ import annotations

import pytest

from according.ledger import merge, open_ledger, quotes, rebuild
from ledger_migrations import migrated_in_place
from ledger_records import article, full_signature
from test_ledger_names_unicode import _rows

LINE = ("the people of this country will decide at the ballot box and not in the streets, and "
        "this government will respect whatever they choose when the time comes, as it always has "
        "in this country")
STATEMENTS = [
    ("We have spent three years building these roads and bridges across the north, and every "
     "one of them was finished on time and under budget", "who keeps the toll money"),
    ("Nobody in this chamber wants another winter of strikes, another winter of empty shelves "
     "and cold classrooms, another winter of promises", "whether the strikes were worth it"),
    ("The ministry has published every contract it signed since January, with the names of "
     "the firms and the sums they were paid", "what the contracts were worth"),
    ("Our farmers lost half their harvest to the floods in the spring, and the compensation "
     "they were promised has still not arrived", "how the farms are rebuilt"),
    ("The council cannot promise lower rents next year, because the money from the capital "
     "has been cut for the third time in a row", "what a fair rent looks like"),
    ("Teachers were told the new schools would open in March, then in June, and now the "
     "builders say it will be next autumn at the earliest", "when the schools finally open"),
    ("The fishing fleet has not been paid since the summer, and the harbour office tells the "
     "crews to wait for a decision from the capital", "who pays the fishing crews"),
    ("The hospitals will need more nurses than we can train in ten years, and the agencies "
     "are charging three times what a nurse is paid", "how many wards stay open"),
    ("Prices at the pump rose for the sixth week running, and the drivers who deliver food to "
     "the islands say they cannot keep going", "what fuel should cost"),
    ("We asked the courts to look at the tender again after two of the bidders withdrew on "
     "the same morning without giving a reason", "which company builds the bridge"),
]
WHOLES = [f"{opening}, but {LINE}, {closing}" for opening, closing in STATEMENTS]
# a piece of the tenth statement only: the middle of the line, then its own closing words
PIECE = "ballot box and not in the streets, and this government will respect … which company builds"
MINISTERS = ["Ana Lorenz", "Bela Kiss", "Carla Moreno", "Dario Fo", "Elin Berg", "Farid Haddad",
             "Greta Lind", "Hugo Brandt", "Ines Duarte", "Jonas Weber"]


def _record(n: int, content: str, minister: str):  # noqa: ANN202
    text = f'{minister}, a minister, told reporters: "{content}." The talks resume on Monday.'
    return article(text, outlet=f"Outlet {n}", published=f"2026-11-{10 + n:02d}T09:00:00+00:00",
                   path=f"minister{n}.txt", entities=((minister, "person", None),),
                   attributions=((minister, "person", "E1", "told", content, "direct"),))


RECORDS = [_record(n, whole, name) for n, (whole, name) in enumerate(zip(WHOLES, MINISTERS,
                                                                          strict=True))]
RECORDS.append(_record(10, PIECE, MINISTERS[-1]))


def _cluster_sizes(ledger) -> dict[str, int]:  # noqa: ANN001
    return dict(ledger.con.execute(
        "SELECT content_text, count(*) OVER (PARTITION BY cluster) FROM attributions "
        "WHERE quote").fetchall())


def _bucket_sizes(ledger) -> dict[int, int]:  # noqa: ANN001
    return dict(ledger.con.execute("SELECT bucket, count(*) FROM text_buckets GROUP BY 1"
                                   ).fetchall())


def _run_keys() -> set[int]:
    """The piece keys every statement shares: the line's."""
    keys = [set(quotes.piece_keys(quotes.quote_words(w)).tolist()) for w in WHOLES]
    return set.intersection(*keys)


def test_piece_and_band_keys_are_told_apart_by_the_key():
    words = quotes.quote_words(WHOLES[0])
    pieces = quotes.piece_keys(words).tolist()
    every = quotes.quote_buckets([words])[0].tolist()
    assert pieces and all(quotes.is_piece_bucket(k) for k in pieces)
    bands = [k for k in every if k not in set(pieces)]
    assert len(bands) == quotes.BANDS and not any(quotes.is_piece_bucket(k) for k in bands)
    # the piece shares with the tenth statement only the line's keys (no band)
    shared = set(quotes.quote_buckets([quotes.quote_words(PIECE)])[0].tolist()) & set(
        quotes.quote_buckets([quotes.quote_words(WHOLES[-1])])[0].tolist())
    assert shared and shared <= _run_keys()
    assert quotes.is_piece(quotes.quote_words(PIECE), quotes.quote_words(WHOLES[-1]))
    assert not any(quotes.is_piece(quotes.quote_words(PIECE), quotes.quote_words(w))
                   for w in WHOLES[:-1])


@pytest.mark.parametrize("batch", [1, 4, len(RECORDS)])
def test_ledger_piece_bucket_keeps_and_compares_its_first_eight(tmp_path, batch):
    path = tmp_path / "l.duckdb"
    with open_ledger(path) as ledger:
        for start in range(0, len(RECORDS), batch):  # in order: the refs are the same
            ledger.add_records(RECORDS[start:start + batch])
        sizes = _bucket_sizes(ledger)
        for key in _run_keys():
            assert sizes[key] == merge.FIRST_IN_PIECE_BUCKET == 8
        assert max(n for k, n in sizes.items() if quotes.is_piece_bucket(k)) == 8
        clusters = _cluster_sizes(ledger)
        assert clusters[PIECE] == 1 and clusters[WHOLES[-1]] == 1
        expected = full_signature(ledger), _rows(ledger)
    rebuild.rebuild_file(path)
    with open_ledger(path) as ledger:
        assert (full_signature(ledger), _rows(ledger)) == expected


def test_ledger_migration_rules_27_parts_a_join_beyond_the_first_eight(tmp_path, monkeypatch):
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(RECORDS)
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 27: a piece bucket kept its first 50
        patch.setattr(merge, "FIRST_IN_PIECE_BUCKET", 50)
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records(RECORDS[:6])
            ledger.add_records(RECORDS[6:])
            clusters = _cluster_sizes(ledger)
            assert clusters[PIECE] == clusters[WHOLES[-1]] == 2
            rebuild.mark_merges_current(ledger.con, "merge-rules/27")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected
