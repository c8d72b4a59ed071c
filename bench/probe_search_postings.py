"""Probe of the planned flat search (not used by the ledger yet): word postings that carry
each row's list-order key, stored in (kind, word_id, key) order, so that a search's first
page is the top postings of its words in key order and its capped count is read from the
postings alone, without the rows' text.

    .venv/bin/python bench/probe_search_postings.py COPY_OF_LEDGER [--word president] [--cold]

It WRITES a table `probe_postings` into the ledger (once; a copy, never a shared ledger):
the word index joined to each kind's order key (headlines: published, seq; quote clusters:
n_quotes; sources: floor(log2 n_attributions)). Then, per kind, it times the page (top 20
ids in key order among the postings of the vocabulary words holding --word) and the count
(distinct ids, capped at 1001) in a fresh read-only connection (--cold: the file's pages
evicted first). Not exact as it stands: stale postings (texts and keys that changed since
they were posted) would need a table of stale rows, and a page's rows still need their
text checked for a query of several words.
"""

from __future__ import annotations

import argparse
import os
import resource
import time

import duckdb

BUILD = """
CREATE TABLE probe_postings AS
SELECT w.kind, w.word_id, w.id, epoch(a.published) AS k1, a.seq AS k2
FROM word_index w JOIN articles a ON w.kind = 0 AND a.seq = w.id
UNION ALL
SELECT w.kind, w.word_id, w.id, c.n_quotes, NULL
FROM word_index w JOIN cluster_stats c ON w.kind = 1 AND c.cluster = w.id
UNION ALL
SELECT w.kind, w.word_id, w.id, floor(log2(greatest(s.n_attributions, 1))), NULL
FROM word_index w JOIN source_stats s ON w.kind = 2 AND s.source_id = w.id
ORDER BY 1, 2, 4 DESC NULLS LAST, 5 DESC
"""
PAGE = """
SELECT id, max(k1) AS k1, max(k2) AS k2 FROM (
    SELECT id, k1, k2 FROM probe_postings WHERE kind = $k AND word_id = ANY($ids::UBIGINT[])
    ORDER BY k1 DESC NULLS LAST, k2 DESC LIMIT 60)
GROUP BY id ORDER BY k1 DESC NULLS LAST, k2 DESC LIMIT 20
"""
COUNT = """
SELECT count(*) FROM (SELECT DISTINCT id FROM probe_postings
                      WHERE kind = $k AND word_id = ANY($ids::UBIGINT[]) LIMIT 1001)
"""


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledger")
    parser.add_argument("--word", default="president")
    parser.add_argument("--cold", action="store_true")
    args = parser.parse_args()
    con = duckdb.connect(args.ledger)
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = "
                       "'probe_postings'").fetchall()[0][0]:
        started = time.perf_counter()
        con.execute(BUILD)
        con.execute("CHECKPOINT")
        print(f"built in {time.perf_counter() - started:.2f} s")
    con.close()
    if args.cold:
        fd = os.open(args.ledger, os.O_RDONLY)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        os.close(fd)
    con = duckdb.connect(args.ledger, read_only=True)
    ids = [r[0] for r in con.execute("SELECT word_id FROM words WHERE contains(word, ?)",
                                     [args.word]).fetchall()]
    total_wall = total_cpu = 0.0
    for kind, name in enumerate(("headlines", "quotes", "sources")):
        started, cpu = time.perf_counter(), cpu_seconds()
        page = con.execute(PAGE, {"k": kind, "ids": ids}).fetchall()
        count = con.execute(COUNT, {"k": kind, "ids": ids}).fetchall()[0][0]
        wall, spent = time.perf_counter() - started, cpu_seconds() - cpu
        total_wall, total_cpu = total_wall + wall, total_cpu + spent
        print(f"{name}: page {len(page)}, count {count}: {wall:.3f} s ({spent:.3f} s CPU)")
    print(f"all three: {total_wall:.3f} s ({total_cpu:.3f} s CPU)")


if __name__ == "__main__":
    main()
