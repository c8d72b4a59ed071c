"""A folder ingest commits at least every FLUSH_SECONDS of extraction, and after a slow
commit (on a big ledger each one opens the file and folds its log) only after
FLUSH_COST_FACTOR times that commit's duration, so storing stays a small share of the run;
every input is still stored once."""

from __future__ import annotations

import time
import types

from according.ledger import open_ledger
from according.ledger import store as store_module
from according.ledger.store import Store, flush_interval
from ledger_records import toy_extract

COMMIT_SECONDS = 10.0  # a commit into a big ledger, on the fake clock
ARTICLES = 40


def _fake_clock(monkeypatch):  # noqa: ANN001, ANN202
    """The store module's clock, moved on by hand (no test waits or times anything)."""
    clock = types.SimpleNamespace(now=0.0)
    monkeypatch.setattr(store_module, "time", types.SimpleNamespace(
        perf_counter=lambda: clock.now, monotonic=time.monotonic, sleep=time.sleep))
    return clock


def _ingest_one_second_each(tmp_path, monkeypatch, commit_seconds: float) -> list[int]:  # noqa: ANN001
    """Ingest ARTICLES stories, each taking a second to extract and each commit
    `commit_seconds`; the number of records of each commit."""
    clock = _fake_clock(monkeypatch)
    sizes: list[int] = []
    write_each = Store.write_each

    def timed_write(self, records, errors):  # noqa: ANN001, ANN202
        sizes.append(len(records))
        clock.now += commit_seconds
        return write_each(self, records, errors)

    def one_second_each(items, *, workers=1):  # noqa: ANN001, ANN202
        for result in toy_extract(items, workers=workers):
            clock.now += 1.0
            yield result

    monkeypatch.setattr(Store, "write_each", timed_write)
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"story-{i:02d}.txt").write_text(
            f"Bridge at mile {i} to reopen\n\nDana Moss said the bridge at mile {i} would "
            "reopen next week.\n", encoding="utf-8")
    with open_ledger(tmp_path / "ledger.duckdb") as ledger:
        summary = ledger.ingest([folder], extract=one_second_each, batch_size=32)
        assert (summary.added, summary.failed) == (ARTICLES, 0)
        assert ledger.count("articles") == ARTICLES
    return sizes


def test_ledger_ingest_commits_less_often_after_a_slow_commit(tmp_path, monkeypatch):
    sizes = _ingest_one_second_each(tmp_path, monkeypatch, COMMIT_SECONDS)
    # two seconds of extraction, then a 10 s commit: the next waits 4 x 10 s, cut to the
    # 30 s at most
    assert sizes == [2, 30, ARTICLES - 32]


def test_ledger_ingest_commits_every_few_seconds_while_commits_are_quick(tmp_path,
                                                                        monkeypatch):
    sizes = _ingest_one_second_each(tmp_path, monkeypatch, 0.25)
    assert sizes == [2] * (ARTICLES // 2)


def test_ledger_flush_interval_is_the_floor_or_a_multiple_of_the_commit():
    assert flush_interval(0.2) == store_module.FLUSH_SECONDS
    assert flush_interval(3.0) == 3.0 * store_module.FLUSH_COST_FACTOR
    assert flush_interval(120.0) == store_module.FLUSH_MAX_SECONDS  # (waited for a reader)
