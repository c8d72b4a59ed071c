"""One-article ingests with and without the writer's checkpoint at its close, in blocks.

    .venv/bin/python bench/bench_fold_ab.py LEDGER ROUNDS BLOCK SEED [--batch K]

Each ingest is a command's work (open, add one unseen synthetic article, commit, close) in
this process; `store.FOLD_ON_RELEASE` is set per block of BLOCK ingests, the two settings
alternating (ROUNDS of each). The log is shared state, so the settings cannot alternate
per ingest: a block without the fold starts from the empty log the other left, so its log
stays small (its steady state, up to 8 MB of log, costs more). Reported per side: wall
and CPU seconds (mean, median, max) and the peak RSS of each ingest (VmHWM, reset before
each). It writes into LEDGER: give it a copy, or a ledger you may write. --batch K adds K
articles per ingest; FOLD_AFTER_BASE=1 checkpoints (untimed) after each block without the
fold, so every block starts from an empty log.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TEMPLATES = Path("/tmp/according-ledger-scale/templates-200.jsonl")


def _peak_mb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("ledger", type=Path)
    parser.add_argument("rounds", type=int)
    parser.add_argument("block", type=int)
    parser.add_argument("seed", type=int, help="first synthetic article (unseen ones)")
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--templates", type=Path, default=TEMPLATES)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    from according.ledger import open_ledger, store
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    rewriter = Rewriter(load_templates(args.templates), outlet_pool())
    log = Path(str(args.ledger) + ".wal")
    results: dict[str, list[tuple]] = {"base": [], "fold": []}
    n = 0
    for r in range(args.rounds):
        for side in ("base", "fold") if r % 2 == 0 else ("fold", "base"):
            store.FOLD_ON_RELEASE = side == "fold"
            for _ in range(args.block):
                records = [rewriter.article(args.seed + n * args.batch + k)
                           for k in range(args.batch)]
                n += 1
                Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM
                logged = log.stat().st_size // 1024 if log.exists() else 0
                started, cpu = time.perf_counter(), _cpu()
                with open_ledger(args.ledger) as ledger:
                    assert ledger.add_records(records, batch_size=args.batch) == args.batch
                row = (time.perf_counter() - started, _cpu() - cpu, _peak_mb(), logged)
                results[side].append(row)
                print(side, r, [round(x, 2) for x in row], "(wall, cpu, peak MB, log KB "
                      "at open)", flush=True)
            if side == "base" and os.environ.get("FOLD_AFTER_BASE"):
                with open_ledger(args.ledger) as ledger:
                    ledger.checkpoint()
    for side, rows in results.items():
        wall, cpu, peak, _ = zip(*rows, strict=True)
        print(f"{side}: n {len(rows)} wall mean {statistics.mean(wall):.2f} median "
              f"{statistics.median(wall):.2f} max {max(wall):.2f} | cpu mean "
              f"{statistics.mean(cpu):.2f} median {statistics.median(cpu):.2f} max "
              f"{max(cpu):.2f} | peak MB median {statistics.median(peak)} max {max(peak)}")


if __name__ == "__main__":
    main()
