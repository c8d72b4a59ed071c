"""What a batch reads of the stored ledger grows with the batch, not with the ledger (issue
11: cost per article flat from 10k to 1M articles). Each test pins one read that used to
scale with the ledger (a wide column of every candidate, a join to a whole table) to the
rows that can decide, and that the merges stay what one batch of everything gives."""

from __future__ import annotations

from pathlib import Path

from according.extract import extract_text
from according.ledger import merge, open_ledger, stats
from test_ledger_relayed_sources import RELAYED

REVIEW = Path(__file__).parent / "data" / "rules_review"


def _groups(ledger) -> set[frozenset[str]]:  # noqa: ANN001
    return {frozenset(Path(p).stem for p in paths) for (paths,) in ledger.con.execute(
        "SELECT list(path) FROM articles GROUP BY group_seq").fetchall()}


def test_stored_story_day_is_read_only_for_an_article_of_the_same_words(tmp_path, monkeypatch):
    """A student march story (dated Nov 26) shares one story bucket with Reuters' Nov 25
    budget follow-up but not its words; the Nov 24 budget story shares its background
    paragraphs. Only the budget story's day can decide (two days are two stories), so only
    its record is read: the march story's JSON, a wide column, is not (at 100k articles a
    batch of 32 had some 300 such candidates, none of them its story)."""
    read: list[set[int]] = []
    original = merge.stored_story_days
    monkeypatch.setattr(merge, "stored_story_days",
                        lambda con, seqs: read.append(set(seqs)) or original(con, seqs))
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.ingest([REVIEW / "r22_local_undated.txt", REVIEW / "r22_portal_day1.txt"])
        read.clear()
        ledger.ingest([REVIEW / "r22_reuters_day2_undated.txt"])
        seq_of = {Path(p).stem: s for p, s in ledger.con.execute(
            "SELECT path, seq FROM articles").fetchall()}
        candidates = {seq for (seq,) in ledger.con.execute(
            "SELECT DISTINCT seq FROM story_buckets WHERE bucket IN (SELECT bucket FROM "
            "story_buckets WHERE seq = ?)", [seq_of["r22_reuters_day2_undated"]]).fetchall()}
        assert {seq_of["r22_local_undated"], seq_of["r22_portal_day1"]} < candidates
        assert read == [{seq_of["r22_portal_day1"]}]
        expected = {frozenset({"r22_local_undated"}), frozenset({"r22_portal_day1"}),
                    frozenset({"r22_reuters_day2_undated"})}
        assert _groups(ledger) == expected
    with open_ledger(tmp_path / "one.duckdb") as ledger:  # one batch, each day read
        ledger.ingest([REVIEW / f"{n}.txt" for n in ("r22_reuters_day2_undated",
                                                    "r22_local_undated", "r22_portal_day1")])
        assert _groups(ledger) == expected


# another paper's story a week later, restating the claim with its relayed source
RESTATED = """Dorvania opens first high-speed rail line

By Petra Lind

OSTRAVEN, March 19 - Dorvania opened its first high-speed rail line on Thursday, cutting \
the journey between the capital and Ostraven to 90 minutes.

Unemployment stood at 7.2% in February, according to labour ministry figures, and the \
government expects the rate to fall to 6.5% by the end of the year.

Transport Minister Rok Halen said the line had cost 2.1 billion euros. "The trains will \
run every half hour from May, and we are not done yet," Halen said.
"""


def test_grown_claim_reads_its_relaying_attribution_among_the_new_rows(tmp_path, monkeypatch):
    """A claim cluster that gains a member from a new article is summed up from the new
    rows: the attribution relaying a member (stats.RELAYED_IN_CLUSTER) is in the member's
    article, so it is read among them, not joined to every stored attribution (100k
    articles: 5 ms an article of a batch, 0.16 s of a one-article ingest). The relayed
    source is still no second source, and the sums are what a recomputation gives."""
    sqls: list[str] = []
    original = stats._add
    monkeypatch.setattr(stats, "_add", lambda con, table, keys, sql, *a, **k: (
        sqls.append(sql), original(con, table, keys, sql, *a, **k))[1])
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([extract_text(RELAYED)])
        sqls.clear()
        ledger.add_records([extract_text(RESTATED)])
        relaying = [s for s in sqls if "outer_att" in s]
        assert relaying, "the claim's cluster was not summed up from its new member"
        assert not [s for s in relaying if "FROM attributions outer_att" in s]
        claim = "SELECT sources, n_sources, n_members FROM cluster_stats " \
            "WHERE starts_with(text, 'Unemployment stood at 7.2%')"
        ((names, _, members),) = ledger.con.execute(claim).fetchall()
        assert set(names) == {"labour ministry figures"}  # the government it relays: none
        assert members == 4  # each article's outer and nested attribution
        parts = {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                 for t in ("cluster_stats", "cluster_sources")}
    with open_ledger(tmp_path / "one.duckdb") as ledger:  # both at once: recomputed
        ledger.add_records([extract_text(RELAYED), extract_text(RESTATED)])
        assert {t: ledger.con.execute(f"SELECT * FROM {t} ORDER BY ALL").fetchall()
                for t in parts} == parts


class _Recording:
    """A ledger connection that keeps the text of every statement it runs."""

    def __init__(self, con: object, sqls: list[str]) -> None:
        self._con, self._sqls = con, sqls

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)

    def execute(self, sql: str, *args: object) -> object:
        self._sqls.append(sql)
        return self._con.execute(sql, *args)


def test_text_buckets_of_a_batch_are_read_in_one_pass(tmp_path, monkeypatch):
    """A batch's text bucket keys (some 2,300 for 32 articles) are looked up in one
    statement: in chunks of literal keys each chunk matched more rows than DuckDB's index
    scan takes, so each was a scan of the whole table (100k articles: 0.19 s a batch)."""
    from according.ledger import store

    sqls: list[str] = []
    connect = store.Store._connect
    monkeypatch.setattr(store.Store, "_connect", lambda self: _Recording(connect(self), sqls))
    monkeypatch.setattr(merge, "LOOKUP_CHUNK", 1)  # a chunked lookup: a statement a key
    with open_ledger(tmp_path / "l.duckdb") as ledger:
        ledger.add_records([extract_text(RELAYED)])
        sqls.clear()
        ledger.add_records([extract_text(RESTATED)])
        reads = [s for s in sqls if s.startswith("SELECT") and "FROM text_buckets" in s]
        assert len(reads) == 1
        (buckets,) = ledger.con.execute("SELECT count(DISTINCT bucket) FROM text_buckets "
                                        "WHERE ref IN (SELECT ref FROM texts WHERE quote)"
                                        ).fetchone()
        assert buckets > 1  # (the quote texts fell in buckets to look up)
