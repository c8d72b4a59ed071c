"""A text LSH bucket keeps only its first texts (merge.FIRST_IN_BUCKET, by ref): the only
ones a later text is compared with. After ingests in any batch size, text_buckets and the
quote clusters are what a rebuild stores; a bucket of an older ledger that kept every text
is cut down to its first ones when a new text falls in it."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.ledger import merge, open_ledger
from according.ledger.quotes import quote_buckets, quote_words
from ledger_records import add_in_batches, article

CAP = 3
BASE = "the river will crest at the old stone bridge by friday night and the town must be ready"
WORDS = ("tonight", "tomorrow", "soon", "today", "again", "anyway", "early", "late", "twice")


def _variant(n: int) -> str:
    words = BASE.split()
    words.insert(4 + n % 5, WORDS[n % len(WORDS)])
    return " ".join(words)


def _quote(n: int) -> object:
    quote = _variant(n)
    return article(f'The mayor said "{quote}" on Monday.', outlet=f"Outlet {n}",
                   published=f"2025-04-0{1 + n % 9}T10:00:00+00:00", path=f"river{n}.txt",
                   entities=(("The mayor", "person", None),),
                   attributions=(("The mayor", "person", "E1", "said", quote, "direct"),))


RECORDS = [_quote(n) for n in range(9)]


def _buckets(ledger) -> list:  # noqa: ANN001
    return ledger.con.execute("SELECT bucket, ref FROM text_buckets ORDER BY ALL").fetchall()


def _clusters(ledger) -> set:  # noqa: ANN001
    rows = ledger.con.execute("SELECT list(article_id ORDER BY article_id) FROM attributions "
                              "WHERE cluster IS NOT NULL GROUP BY cluster").fetchall()
    return {tuple(r[0]) for r in rows}


def _most_in_a_bucket(rows: list) -> int:
    counts: dict[int, int] = {}
    for bucket, _ in rows:
        counts[bucket] = counts.get(bucket, 0) + 1
    return max(counts.values())


def test_ledger_buckets_keep_their_first_texts_as_a_rebuild(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(merge, "FIRST_IN_BUCKET", CAP)
    for batch in (1, 4):
        path = tmp_path / f"b{batch}.duckdb"
        with open_ledger(path) as ledger:
            add_in_batches(ledger, RECORDS, batch)
            kept, clusters = _buckets(ledger), _clusters(ledger)
            ledger.rebuild()
            assert _buckets(ledger) == kept, batch
            assert _clusters(ledger) == clusters, batch
        assert _most_in_a_bucket(kept) == CAP  # the variants share buckets beyond the cap


def test_ledger_bucket_of_an_older_ledger_is_cut_to_its_first_texts(tmp_path: Path,
                                                                     monkeypatch):
    path = tmp_path / "older.duckdb"
    monkeypatch.setattr(merge, "FIRST_IN_BUCKET", 100)  # an older ledger kept every text
    with open_ledger(path) as ledger:
        ledger.add_records(RECORDS[:-1])
        assert _most_in_a_bucket(_buckets(ledger)) > CAP
    monkeypatch.setattr(merge, "FIRST_IN_BUCKET", CAP)
    with open_ledger(path) as ledger:
        ledger.add_records(RECORDS[-1:])
        rows = _buckets(ledger)
        new = set(quote_buckets([quote_words(_variant(len(RECORDS) - 1))])[0].tolist())
        for bucket in new:
            refs = sorted(ref for b, ref in rows if b == bucket)
            assert len(refs) <= CAP, bucket
        clusters = _clusters(ledger)
        ledger.rebuild()
        rebuilt = _buckets(ledger)
        # the buckets the new text fell in are what a rebuild stores
        assert [r for r in rows if r[0] in new] == [r for r in rebuilt if r[0] in new]
        assert _clusters(ledger) == clusters


@pytest.mark.parametrize("block", [merge.FIRST_TEXTS_BLOCK, 7])
def test_ledger_cut_buckets_hold_what_a_rebuild_stores(tmp_path: Path, monkeypatch, block):
    """Also when the buckets are ranked a range of bucket hashes at a time (`block` rows:
    as a big ledger is, within its memory cap): each bucket keeps its first CAP refs."""
    path = tmp_path / "cut.duckdb"
    monkeypatch.setattr(merge, "FIRST_IN_BUCKET", 100)  # an older ledger kept every text
    with open_ledger(path) as ledger:
        ledger.add_records(RECORDS)
        every = _buckets(ledger)
    monkeypatch.setattr(merge, "FIRST_IN_BUCKET", CAP)
    monkeypatch.setattr(merge, "FIRST_TEXTS_BLOCK", block)
    firsts: dict[int, list[int]] = {}
    for bucket, ref in every:  # sorted by bucket, then ref
        firsts.setdefault(bucket, [])
        if len(firsts[bucket]) < CAP:
            firsts[bucket].append(ref)
    with open_ledger(path) as ledger:
        merge.cut_text_buckets(ledger.con)
        cut = _buckets(ledger)
        assert cut == [(b, r) for b, refs in sorted(firsts.items()) for r in refs]
        ledger.rebuild()
        assert _buckets(ledger) == cut
    assert _most_in_a_bucket(cut) == CAP
