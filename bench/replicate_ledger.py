"""A large synthetic ledger's rows made set-wise from a smaller one's, for the 1M step of
bench_ledger_scale.py.

    .venv/bin/python bench/replicate_ledger.py --base DIR/ledger-100000.duckdb --size 100000 \
        --copies 10 --out DIR/ledger-1000000.duckdb
    ACCORDING_DB_MEMORY=12GB .venv/bin/python bench/bench_ledger_scale.py --sizes 1000000 \
        --dir DIR --reuse --keep

(With DuckDB's default 2 GB cap of the ledger, the sources' summaries of a million articles
spill more than 15 GB of temporary files beside the ledger: give the merge more memory, or
the disk room. Measured here: copies 19 min, merges 43 min at 12 GB, 11 GB peak; the
ledger file is 15 GB.)

Making a million synthetic articles one by one (synthetic_ledger.Rewriter, then the
ledger's own rows_for) costs about 10 ms of CPU each here: some three hours on two shared
cores. This script copies the rows of the first `--size` articles of a ledger built that
way (`bench_ledger_scale.py --keep`) `--copies` times, inside DuckDB. Copy k (0 is the base
itself) gets:

* new article ids, input keys, paths (synthetic/<i>.txt numbered on from the base), and
  sequence numbers (+ k * size), so refs move with them (ref = seq << REF_BITS | index);
* a new outlet for each article, drawn by hash from the same pool the Rewriter uses, so
  outlet counts and wire-copy groups are spread as in the base;
* its own salt on the article's MinHash signature (every value passed through a hash
  keyed by k): articles of one copy stay near-duplicates exactly where the base's are (a
  wire story and its republication), but no article is a near-duplicate of another copy's;
* its own quote texts for merging: every word of an attribution's normalised words gets a
  suffix naming the copy, and its text key a hash keyed by k, so the texts and quote
  clusters of a copy are its own (as many as the base's, grouped as the base's) and the
  word index, which reads the shown text, finds k times the clusters for a word;
* the same shown text, names, figures and publication times as its base article. So at
  10 copies each person, figure series and day holds ten times the members it holds in the
  base (the Rewriter itself makes at most 400 people of each template person, all of whom
  already appear at 100k): source clusters and series grow with the ledger, which makes
  every query that reads their members heavier, not lighter.

The record JSON of a copy names its new id, path and outlet; its text is the base
article's, so the id is not the hash of the text (nothing in the views reads it back).
The merge tables are left empty: `bench_ledger_scale.py --reuse` computes every merge
from these rows, as `according rebuild` does.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent


def replicate(base: Path, size: int, copies: int, out: Path) -> None:
    import pyarrow as pa

    from according.ledger.derive import REF_BITS, outlet_key
    from according.ledger.rows import RECORD_TABLES

    sys.path.insert(0, str(BENCH))
    from bench_ledger_scale import connect_for_build
    from synthetic_ledger import outlet_pool

    con = connect_for_build(out, fresh=True)
    con.execute(f"ATTACH '{base}' AS b (READ_ONLY)")
    pool = outlet_pool()
    con.register("_pool", pa.table({"n": list(range(len(pool))), "outlet": pool,
                                    "outlet_key": [outlet_key(o) for o in pool]}))
    con.execute("CREATE TEMP TABLE pool AS SELECT * FROM _pool")
    con.unregister("_pool")
    con.execute("CREATE TEMP TABLE base_ids AS SELECT id, seq, path, outlet FROM b.articles "
                "WHERE seq <= ? AND path LIKE 'synthetic/%'", [size])
    found = con.execute("SELECT count(*) FROM base_ids").fetchall()[0][0]
    if found != size:
        sys.exit(f"{base}: {found} synthetic articles with seq <= {size}, not {size}")
    columns = {t: [r[0] for r in con.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_catalog = 'b' "
        "AND table_name = ? ORDER BY ordinal_position", [t]).fetchall()] for t in RECORD_TABLES}
    started = time.perf_counter()
    for k in range(copies):
        shift = k * size
        con.execute(f"""
            CREATE OR REPLACE TEMP TABLE idmap AS
            SELECT i.id AS old_id, i.path AS old_path, i.outlet AS old_outlet,
                   CASE WHEN {k} = 0 THEN i.id ELSE 'sha256:' || sha256(i.id || '#{k}') END
                       AS new_id,
                   'synthetic/' || lpad((i.seq - 1 + {shift})::VARCHAR, 8, '0') || '.txt'
                       AS new_path,
                   CASE WHEN {k} = 0 THEN i.outlet ELSE p.outlet END AS new_outlet,
                   CASE WHEN {k} = 0 THEN NULL ELSE p.outlet_key END AS new_outlet_key
            FROM base_ids i
            JOIN pool p ON p.n = hash(i.seq + {shift}, 'outlet') % {len(pool)}""")
        con.begin()
        for table in RECORD_TABLES:
            key = "id" if table == "articles" else "article_id"
            select = []
            for c in columns[table]:
                q = f'"{c}"'
                if c == key:
                    expr = "m.new_id"
                elif c == "input_key":
                    expr = "m.new_id"
                elif c in ("seq", "group_seq"):
                    expr = f"t.{q} + {shift}"
                elif c == "ref":
                    expr = f"t.ref + ({shift}::BIGINT << {REF_BITS})"
                elif c == "path" and table in ("articles", "appearances"):
                    expr = "m.new_path"
                elif c == "outlet" and table in ("articles", "appearances"):
                    expr = "m.new_outlet"
                elif c == "outlet_key" and table in ("articles", "appearances"):
                    expr = f"CASE WHEN {k} = 0 THEN t.outlet_key ELSE m.new_outlet_key END"
                elif c == "story_sig" and k:
                    expr = (f"list_transform(t.story_sig, lambda x: "
                            f"(hash(x, {k}) % 4294967296)::UINTEGER)")
                elif c == "words" and table == "attributions" and k:
                    expr = f"regexp_replace(t.words, '(\\pL+)', '\\1q{k}', 'g')"
                elif c == "text_key" and table == "attributions" and k:
                    expr = f"(hash(t.text_key, {k}) >> 1)::BIGINT"
                elif c == "record_json" and k:
                    expr = ("replace(replace(replace(t.record_json, m.old_id, m.new_id), "
                            "m.old_path, m.new_path), '\"outlet\":' || "
                            "to_json(m.old_outlet)::VARCHAR, '\"outlet\":' || "
                            "to_json(m.new_outlet)::VARCHAR)")
                else:
                    expr = f"t.{q}"
                select.append(expr)
            names = ", ".join(f'"{c}"' for c in columns[table])
            con.execute(f"INSERT INTO {table} ({names}) SELECT {', '.join(select)} "
                        f"FROM b.{table} t JOIN idmap m ON t.{key} = m.old_id")
        con.commit()
        print(f"  copy {k + 1} of {copies}: {time.perf_counter() - started:.0f} s",
              file=sys.stderr, flush=True)
    con.execute("DETACH b")
    con.execute("CHECKPOINT")
    n = con.execute("SELECT count(*), count(DISTINCT id), max(seq) FROM articles").fetchall()[0]
    con.close()
    if n != (size * copies, size * copies, size * copies):
        sys.exit(f"{out}: articles (count, distinct ids, max seq) = {n}")
    print(f"{out}: {n[0]} articles in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--base", type=Path, required=True)
    parser.add_argument("--size", type=int, required=True, help="base articles to copy")
    parser.add_argument("--copies", type=int, default=10)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    replicate(args.base, args.size, args.copies, args.out)


if __name__ == "__main__":
    main()
