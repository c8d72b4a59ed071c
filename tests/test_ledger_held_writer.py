"""What a one-article ingest writes into a big ledger: a stored summary row it adds to is
deleted and inserted again, never set in place (an in-place update has the next checkpoint
write the set columns of every row group holding such a row again: at a million articles
seconds a batch), only the rows a new article adds to are written, and the tables and
pages stay exactly what a rebuild gives."""

from __future__ import annotations

from pathlib import Path

import duckdb

from according.ledger import open_ledger
from according.ledger import store as store_module
from according.records import Record
from ledger_records import article
from test_ledger_cluster_sums import snapshot

CLAIM = "the bridge will reopen to traffic before the end of the month"
ORGS = ("Harbour", "Valley", "Mountain", "River", "Forest", "Meadow", "Coastal", "Northern",
        "Southern", "Eastern", "Western", "Central", "Upland", "Lowland", "Island", "Prairie",
        "Canyon", "Glacier", "Desert", "Lakeside", "Hillside", "Bayside", "Seaside", "Parkland",
        "Woodland", "Moorland")


def _said(n: int, claim: str = CLAIM) -> Record:
    """Article n: the n-th council quotes `claim`, one day after article n-1."""
    org = f"{ORGS[n]} Council"
    text = f'The {org} said "{claim}" in a statement on Monday.'
    return article(text, outlet=f"Gazette {n}", published=f"2025-03-{n + 1:02d}T10:00:00+00:00",
                   path=f"said{n}.txt", entities=((org, "organization", None),),
                   attributions=((org, "organization", "E1", "said", claim, "direct"),))


def _rows(ledger) -> dict[tuple[int, int], tuple[int, int]]:  # noqa: ANN001
    """source_quotes: (source, cluster) -> (row id, quote count)."""
    return {(s, c): (r, n) for r, s, c, n in ledger.con.execute(
        "SELECT rowid, source_id, cluster, n_quotes FROM source_quotes").fetchall()}


def _pages(ledger) -> list:  # noqa: ANN001
    return [ledger.quotes(by="Council").items, ledger.quotes(by="Harbour").items,
            ledger.quotes().items, ledger.claims().items]


def test_ledger_quote_cluster_gaining_a_quote_writes_its_source_rows_again(tmp_path):
    records = [_said(n) for n in range(len(ORGS))]
    path = tmp_path / "grown.duckdb"
    kept_in_place = rewritten = 0
    with open_ledger(path) as ledger:
        for n, record in enumerate(records):
            before = _rows(ledger)
            assert ledger.add_records([record]) == 1
            after = _rows(ledger)
            assert len(after) == n + 1  # one row per source quoting the claim
            assert all(count == n + 1 for _, count in after.values())
            same = [pair for pair in before if after[pair][0] == before[pair][0]]
            if before and len(same) == len(before):
                kept_in_place += 1
            elif before:
                rewritten += 1
        # (schema 15) the rows keep no sample or text, a few numbers: every quote deletes
        # them and inserts them again (stats._grow_source_quotes), none is set in place
        assert rewritten == len(records) - 1 and kept_in_place == 0
        incremental, pages = snapshot(ledger), _pages(ledger)
        ledger.rebuild()
        assert snapshot(ledger) == incremental
        assert _pages(ledger) == pages


def test_ledger_quote_cluster_rows_kept_when_the_quote_text_grows(tmp_path):
    # a later, longer wording of the same quote becomes the cluster's text: the pages show
    # it from the cluster's row (schema 15), and the source rows, which keep no text, are
    # written again with their new numbers; the same as a rebuild
    longer = CLAIM + ", officials added"
    records = [_said(n) for n in range(len(ORGS) - 1)] + [_said(len(ORGS) - 1, longer)]
    path = tmp_path / "longer.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records(records[:-1])
        before = _rows(ledger)
        ledger.add_records(records[-1:])
        after = _rows(ledger)
        texts = {q.text for q in ledger.quotes(by="Council").items}
        incremental, pages = snapshot(ledger), _pages(ledger)
        ledger.rebuild()
        assert snapshot(ledger) == incremental
        assert _pages(ledger) == pages
    assert len(after) == len(before) + 1  # the longer wording joined the cluster
    assert texts == {longer}
    assert all(after[pair][1] == before[pair][1] + 1 for pair in before)


def _logged_per_append(path, column: str, appends: int) -> list[int]:  # noqa: ANN001
    """Bytes the write-ahead log grows by for each of `appends` one-transaction appends of
    ten rows to a table with `column`, from a checkpoint on."""
    con = duckdb.connect(str(path), config={"checkpoint_threshold": "1GB"})
    try:
        con.execute("PRAGMA disable_checkpoint_on_shutdown")
        con.execute(f"CREATE TABLE t (id BIGINT, v {column})")
        value = "[i, i + 1]" if column.endswith("[]") else "md5(i::VARCHAR)"
        con.execute(f"INSERT INTO t SELECT i, {value} FROM range(1000) r(i)")
        con.execute("CHECKPOINT")
        log = Path(str(path) + ".wal")
        grown = []
        for n in range(appends):
            before = log.stat().st_size if log.exists() else 0
            con.execute(f"INSERT INTO t SELECT i, {value} FROM range({n * 10}, {n * 10 + 10}) "
                        "r(i)")
            grown.append(log.stat().st_size - before)
        return grown
    finally:
        con.close()


def test_duckdb_logs_a_list_columns_appends_since_the_checkpoint_again(tmp_path):
    # DuckDB 2.0.1 writes, with each append to a table with a list column, the list entries
    # of every row appended since the last checkpoint: a long-lived writer's log grows by
    # more per ingest the longer since its checkpoint (a text column's does not). What an
    # ingest logs is therefore measured from a checkpoint; when this fails, a DuckDB
    # release logs only the new rows, and the checkpoint threshold (store.py) can be
    # weighed again
    lists = _logged_per_append(tmp_path / "lists.duckdb", "BIGINT[]", 30)
    texts = _logged_per_append(tmp_path / "texts.duckdb", "VARCHAR", 30)
    assert lists[-1] > 3 * lists[0]
    assert max(texts[1:]) == min(texts[1:])


class _CountedUpdates:
    """A ledger connection that notes how many rows each UPDATE or DELETE of `table` sets
    or deletes, as (verb, rows)."""

    def __init__(self, con, table: str, counts: list[tuple[str, int]]) -> None:  # noqa: ANN001
        self._con, self._table, self._counts = con, table, counts

    def execute(self, sql, *args):  # noqa: ANN001, ANN202
        verb = next((v for v in ("UPDATE", "DELETE FROM") if isinstance(sql, str)
                     and sql.startswith(f"{v} {self._table} ")), None)
        if verb:
            rows = self._con.execute(sql, *args).fetchall()
            self._counts.append((verb.split()[0], rows[0][0]))
            return _Fetched(rows)
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._con, name)


class _Fetched:
    def __init__(self, rows: list) -> None:
        self.rows = rows

    def fetchall(self) -> list:
        return self.rows


def _again() -> Record:
    """The first council quoting the claim again, in a later article of the same outlet
    (the claim's lists of sources and outlets and its samples stay the same)."""
    return article(_said(0).text + " It repeated the pledge.", outlet="Gazette 0",
                   published="2025-04-20T10:00:00+00:00", path="again.txt",
                   entities=((f"{ORGS[0]} Council", "organization", None),),
                   attributions=((f"{ORGS[0]} Council", "organization", "E1", "said", CLAIM,
                                  "direct"),))


def _writes_of_again(tmp_path, monkeypatch, table: str) -> list[tuple[str, int]]:  # noqa: ANN001
    """The UPDATEs and DELETEs of `table` (verb, rows) that adding _again() to a ledger of
    every council's quote makes; checks the ledger then equals its rebuild."""
    from according.ledger import store

    path = tmp_path / "again.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_said(n) for n in range(len(ORGS))])
    counts: list[tuple[str, int]] = []
    connect = store.Store._connect
    monkeypatch.setattr(store.Store, "_connect", lambda self: _CountedUpdates(
        connect(self), table, counts))
    with open_ledger(path) as ledger:
        assert ledger.add_records([_again()]) == 1
        incremental, pages = snapshot(ledger), _pages(ledger)
    monkeypatch.setattr(store.Store, "_connect", connect)
    with open_ledger(path) as ledger:
        ledger.rebuild()
        assert snapshot(ledger) == incremental
        assert _pages(ledger) == pages
    return counts


def test_ledger_sets_only_the_per_cluster_rows_a_new_article_adds_to(tmp_path, monkeypatch):
    # the first council quotes the claim again: of the cluster's per-source rows
    # (cluster_sources, one per council) only its own is summed up with the new mention,
    # deleted and inserted again (stats._add), not set in place; the others are left as
    # they are
    assert _writes_of_again(tmp_path, monkeypatch, "cluster_sources") == [("DELETE", 1)]


def test_ledger_grown_claim_row_is_written_again_not_set_in_place(tmp_path, monkeypatch):
    # the claim gaining a member: its cluster_stats row is deleted and inserted with its
    # new counts (stats._store_grown), never updated in place
    assert _writes_of_again(tmp_path, monkeypatch, "cluster_stats") == [("DELETE", 1)]


class _RefusingCheckpoint:
    """A ledger connection whose CHECKPOINT fails (as on a full disk)."""

    def __init__(self, con) -> None:  # noqa: ANN001
        self._con = con

    def execute(self, sql, *args):  # noqa: ANN001, ANN202
        if str(sql).strip().upper() == "CHECKPOINT":
            raise duckdb.IOException("IO Error: no space left on device")
        return self._con.execute(sql, *args)

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._con, name)


def test_ledger_writer_folds_its_log_into_the_file_when_it_closes(tmp_path, monkeypatch):
    """A writer's close checkpoints a log of FOLD_LOG_AT bytes or more (the next open
    replays no log into the indexes) and leaves a smaller one; a long-lived writer logs
    until then; a reader's close writes nothing."""
    monkeypatch.setattr(store_module, "FOLD_LOG_AT", 1 << 30)
    monkeypatch.setattr(store_module, "FOLD_FILE_UNDER", 0)  # as a big ledger's file
    small = tmp_path / "small.duckdb"
    with open_ledger(small) as ledger:
        ledger.add_records([_said(9)])
    assert Path(str(small) + ".wal").stat().st_size > 0  # under the size: left for later
    monkeypatch.setattr(store_module, "FOLD_LOG_AT", 1)
    records = [_said(n) for n in range(6)]
    path = tmp_path / "folded.duckdb"
    log = Path(str(path) + ".wal")
    with open_ledger(path) as ledger:
        ledger.add_records(records[:3])
        ledger.checkpoint()
        ledger.add_records(records[3:5])
        assert log.exists() and log.stat().st_size > 0  # held open: logged, not folded
        pages = _pages(ledger)
    assert not log.exists() or log.stat().st_size == 0
    with open_ledger(path, read_only=True) as ledger:
        assert _pages(ledger) == pages
        assert ledger.count("articles") == 5
    stamp = path.stat().st_mtime_ns
    with open_ledger(path, read_only=True) as ledger:
        ledger.count("articles")
    assert path.stat().st_mtime_ns == stamp


def test_ledger_small_file_alone_holds_every_article_after_a_writer_closes(tmp_path):
    """Under FOLD_FILE_UNDER a writer's close folds even a small log, so a copy of the
    .duckdb without its .wal (what a newcomer copies) holds every article; a copy made
    before the fold was empty."""
    import shutil

    path = tmp_path / "ledger.duckdb"
    with open_ledger(path) as ledger:
        ledger.add_records([_said(n) for n in range(3)])
    log = Path(str(path) + ".wal")
    assert not log.exists() or log.stat().st_size == 0
    copy = tmp_path / "copy" / "ledger.duckdb"
    copy.parent.mkdir()
    shutil.copyfile(path, copy)
    with open_ledger(copy, read_only=True) as ledger:
        assert ledger.count("articles") == 3
        assert [c.text for c in ledger.claims().items] == \
            [c.text for c in open_ledger(path, read_only=True).claims().items]


def test_ledger_writer_whose_checkpoint_fails_keeps_its_log(tmp_path, monkeypatch):
    """A checkpoint failing at the close (a full disk) loses nothing: the log stays and the
    next open replays it."""
    monkeypatch.setattr(store_module, "FOLD_LOG_AT", 1)
    records = [_said(n) for n in range(4)]
    path = tmp_path / "kept.duckdb"
    log = Path(str(path) + ".wal")
    with open_ledger(path) as ledger:
        ledger.add_records(records[:2])
    with open_ledger(path) as ledger:
        ledger.add_records(records[2:])
        pages = _pages(ledger)
        ledger._con = _RefusingCheckpoint(ledger.con)
    assert log.exists() and log.stat().st_size > 0
    with open_ledger(path, read_only=True) as ledger:
        assert ledger.count("articles") == 4
        assert _pages(ledger) == pages
