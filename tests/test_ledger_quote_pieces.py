"""Issue 11, merge rules 16: a quote cut down to a piece of another joins its cluster. One
outlet quotes a surgeon's two clauses whole; another only the second clause; a third the
opening clause and the start of the second, joined by an ellipsis. The whole-quote LSH
(word 3-grams, 8 bands) proposed such pieces about 60% of the time; quote pieces are now
bucketed by their winnowed word 4-grams and joined by containment, in any ingest order,
in batches, after a rebuild and after an in-place migration of a rules-12 ledger. A short
common phrase ("we will see") and a sentence sharing one run of words stay apart."""

from __future__ import annotations

import itertools

import pytest

from according.ledger import merge, open_ledger, quotes, rebuild
from ledger_migrations import migrated_in_place
from ledger_records import article, full_signature
from test_ledger_names_unicode import _rows

WHOLE = ("We have opened two more field hospitals, but the wounded keep coming faster than "
         "we can treat them")
SECOND = "the wounded keep coming faster than we can treat them"
JOINED = "We have opened two more field hospitals … the wounded keep coming"
OTHER = "the wounded keep coming faster than anyone in the ministry had planned for"
SHORT = "we will see"
SURGEON = "Dr. Amal Haddad"


def _quoting(content: str, text: str, outlet: str, path: str, source: str = SURGEON):  # noqa: ANN202
    return article(text, outlet=outlet, published="2026-11-21T09:00:00+00:00", path=path,
                   entities=((source, "person", None),),
                   attributions=((source, "person", "E1", "said", content, "direct"),))


def _records() -> list:
    return [
        _quoting(WHOLE, f'{SURGEON}, who runs the trauma ward in Kessarin, said: "{WHOLE}." '
             "Fuel for the generators was expected to last until Friday.",
             "Lakeside Chronicle", "whole.txt"),
        _quoting(SECOND, f'Doctors were overwhelmed, and "{SECOND}," {SURGEON} said on '
             "Tuesday as ambulances queued outside the gates.", "Evening Dispatch",
             "second.txt"),
        _quoting(JOINED, f'"{JOINED}," {SURGEON} said, adding that blood supplies were '
             "running low across the province.", "Northern Ledger", "joined.txt"),
        _quoting(OTHER, f'Health Minister Omar Saleh said "{OTHER}," at a briefing in the '
             "capital.", "Capital Times", "other.txt", source="Omar Saleh"),
        _quoting(SHORT, f'Asked whether the hospital could stay open, {SURGEON} said "{SHORT}."',
             "Hill Courier", "short.txt"),
    ]


def _clusters(ledger) -> dict[str, int]:  # noqa: ANN001
    """quote content -> its cluster's number of members."""
    rows = ledger.con.execute("""
        SELECT a.content_text, count(*) OVER (PARTITION BY a.cluster)
        FROM attributions a WHERE a.quote""").fetchall()
    return dict(rows)


def test_quote_pieces_are_pieces_and_short_or_other_quotes_are_not():
    whole = quotes.quote_words(WHOLE)
    assert quotes.is_piece(quotes.quote_words(SECOND), whole)
    assert quotes.is_piece(quotes.quote_words(JOINED), whole)  # the ellipsis joins two runs
    assert not quotes.is_piece(quotes.quote_words(SHORT), whole)  # too short to join
    assert not quotes.is_piece(quotes.quote_words(OTHER), whole)  # one run, then others
    assert not quotes.is_piece(whole, quotes.quote_words(SECOND))  # the longer holds it
    # the piece and the whole share a piece key wherever the piece sits
    for piece in (SECOND, JOINED):
        assert set(quotes.piece_keys(quotes.quote_words(piece)).tolist()) & set(
            quotes.piece_keys(whole).tolist())


def test_ledger_quote_piece_joins_the_whole_quotes_cluster(tmp_path):
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records(_records())
        sizes = _clusters(ledger)
        assert sizes[WHOLE] == sizes[SECOND] == sizes[JOINED] == 3
        assert sizes[OTHER] == 1 and sizes[SHORT] == 1
        (cluster,) = [q for q in ledger.quotes(limit=50).items if q.n_repeats == 2]
        assert cluster.first.outlet == "Lakeside Chronicle"


@pytest.mark.parametrize("order", list(itertools.permutations(range(3)))[1:4])
def test_ledger_quote_pieces_in_any_order_and_batches_equal_one_clean_ingest(tmp_path, order):
    records = _records()
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = _clusters(ledger)
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        for i in order:  # the pieces before the whole, one article per batch
            ledger.add_records([records[i]])
        ledger.add_records(records[3:])
        assert _clusters(ledger) == expected
        parts = full_signature(ledger), _rows(ledger)
    rebuild.rebuild_file(tmp_path / "parts.duckdb")
    with open_ledger(tmp_path / "parts.duckdb") as ledger:
        assert (full_signature(ledger), _rows(ledger)) == parts


def test_ledger_migration_rules_15_joins_quote_pieces_in_place(tmp_path, monkeypatch):
    records = _records()
    with open_ledger(tmp_path / "clean.duckdb") as ledger:
        ledger.add_records(records)
        expected = full_signature(ledger), _rows(ledger)
    with monkeypatch.context() as patch:  # merge rules 15: whole quotes only
        patch.setattr(quotes, "piece_keys", lambda words: quotes.np.empty(0, "int64"))
        patch.setattr(merge, "same_quote", lambda a, b, *rest: quotes.same_words(*rest))
        with open_ledger(tmp_path / "old.duckdb") as ledger:
            ledger.add_records(records[:1])
            ledger.add_records(records[1:])
            assert _clusters(ledger)[JOINED] == 1
            rebuild.mark_merges_current(ledger.con, "merge-rules/15")
    assert migrated_in_place(tmp_path / "old.duckdb", monkeypatch) == expected
