"""Time `according search` (the first page of headlines, quotes and sources containing a
text) on existing ledgers, each query in a fresh read-only process (cold caches: what a
user's one command costs), reporting wall and CPU seconds and the counts found.

    .venv/bin/python bench/bench_search.py LEDGER... [--query TEXT ...] [--repeat N]

CPU seconds beside wall seconds: on a shared machine wall time follows the load. To
compare two versions of the code, run this file under each (PYTHONPATH=<other>/src) in
one session.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

QUERIES = ("president", "engudas", "white house")


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def child(path: str, query: str) -> dict:
    from according.ledger import open_ledger

    with open_ledger(path, read_only=True) as ledger:
        t0, c0 = time.perf_counter(), cpu_seconds()
        found = ledger.search(query)
        wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    return {"wall": round(wall, 3), "cpu": round(cpu, 3),
            "counts": [(p.total, p.capped) for p in (found.articles, found.quotes,
                                                     found.sources)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledgers", nargs="*")
    parser.add_argument("--query", action="append")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", nargs=2)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(*args.child)))
        return
    for ledger in args.ledgers:
        for query in args.query or QUERIES:
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run([sys.executable, __file__, "--child", ledger, query],
                                     capture_output=True, text=True, check=True)
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            best = min(runs, key=lambda r: r["cpu"])
            print(f"{Path(ledger).name:28} {query!r:16} wall {best['wall']:6.3f} s  "
                  f"cpu {best['cpu']:6.3f} s  counts {best['counts']}", flush=True)


if __name__ == "__main__":
    main()
