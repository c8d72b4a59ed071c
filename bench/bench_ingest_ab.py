"""One-article ingests before and after a change, alternating, on two copies of a ledger.

    .venv/bin/python bench/bench_ingest_ab.py BEFORE_SRC LEDGER_A LEDGER_B N \
        [--mode held|command] [--batch K] [--memory CAP] [--profile DIR] [--split] [--cold]

BEFORE_SRC is the `src` folder of the code to compare with (e.g. `git archive <commit> src |
tar -x -C /tmp/before`); this checkout's code ingests into LEDGER_B, that code into
LEDGER_A (two copies of one ledger: bench_ledger_scale.py --keep builds them). Each side
is one long-lived child process: `held` keeps the ledger open (a long-lived writer),
`command` opens and closes it for every article (a user's command). Ingest i goes to A
then B, ingest i+1 to B then A, so both sides share the machine's load; the same synthetic
article (bench/synthetic_ledger.py, seeds from --seed) goes to both. Reported per side:
wall and CPU seconds (mean, median, max), checkpoints, the write-ahead log's growth per
ingest, and the after/before ratios (the numbers to compare on a shared machine).
--batch K stores K articles per ingest (one add_records, as a folder's ingest writes a
batch); times are then per article. --memory sets $ACCORDING_DB_MEMORY for both sides.

--profile DIR writes each side's SQL statements with their summed time; --split also
commits after every statement that writes a stored table and notes the log bytes and the
commit time of each (what an ingest logs, statement by statement; it breaks the batch's
single transaction, so use it on throwaway copies only).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
TEMPLATES = Path("/tmp/according-ledger-scale/templates-200.jsonl")


def _written() -> int:
    """Bytes this process has written to storage so far (Linux /proc/self/io)."""
    try:
        with open("/proc/self/io", encoding="ascii") as io:
            return next(int(line.split()[1]) for line in io if line.startswith("write_bytes"))
    except OSError:
        return 0


def _evict(path: Path) -> None:
    """Drop the file's pages from the OS cache (posix_fadvise DONTNEED): its next reads
    come from the disk, as those of a ledger bigger than the memory do."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class _Timed:
    """A ledger connection that sums each statement's time (and with `split`, commits
    after each write to a stored table, noting the log bytes it added)."""

    def __init__(self, con, stats: dict, split: dict | None, log: Path) -> None:  # noqa: ANN001
        self._con, self._stats, self._split, self._log = con, stats, split, log
        self._in_transaction = False

    def _size(self) -> int:
        return self._log.stat().st_size if self._log.exists() else 0

    def execute(self, sql, *args):  # noqa: ANN001, ANN202
        key = re.sub(r"-?\d+(, ?-?\d+)+", "N,..", " ".join(str(sql).split()))[:110]
        words = str(sql).split()
        writes = len(words) > 2 and words[0] in ("UPDATE", "INSERT", "DELETE") and \
            not words[2].startswith("_")
        started, cpu, written = time.perf_counter(), time.process_time(), _written()
        if self._split is not None and writes and self._in_transaction:
            rows = self._con.execute(sql, *args).fetchall()
            before, committing = self._size(), time.perf_counter()
            self._con.commit()
            entry = self._split[key]
            entry[0] += 1
            entry[1] += time.perf_counter() - committing
            entry[2] += self._size() - before
            self._con.begin()
            result = _Rows(rows)
        else:
            result = self._con.execute(sql, *args)
            result = self if result is self._con else result
        entry = self._stats[key]
        entry[0] += 1
        entry[1] += time.perf_counter() - started
        entry[2] += time.process_time() - cpu
        entry[3] += _written() - written
        return result

    def begin(self) -> None:
        self._in_transaction = True
        self._con.begin()

    def commit(self) -> None:
        self._in_transaction = False
        started, cpu, written = time.perf_counter(), time.process_time(), _written()
        self._con.commit()
        entry = self._stats["COMMIT"]
        entry[0] += 1
        entry[1] += time.perf_counter() - started
        entry[2] += time.process_time() - cpu
        entry[3] += _written() - written

    def rollback(self) -> None:
        self._in_transaction = False
        self._con.rollback()

    def __getattr__(self, name: str):  # noqa: ANN204
        return getattr(self._con, name)


class _Rows:
    def __init__(self, rows: list) -> None:
        self.rows = rows

    def fetchall(self) -> list:
        return self.rows

    def fetchone(self) -> tuple | None:
        return self.rows[0] if self.rows else None


def child(ledger: Path, templates: Path, mode: str, profile: str | None, split: bool,
          no_checkpoint: bool, batch: int = 1, cold: bool = False) -> None:
    """One side: reads seeds on stdin, ingests the article of each, prints a JSON line."""
    sys.path.insert(0, str(BENCH))
    from according.ledger import open_ledger
    from according.ledger import store as store_module
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    log = Path(str(ledger) + ".wal")
    stats: dict = collections.defaultdict(lambda: [0, 0.0, 0.0, 0])
    splits: dict | None = collections.defaultdict(lambda: [0, 0.0, 0]) if split else None
    if split or no_checkpoint:  # each statement's log; or one checkpoint at the end
        store_module.CHECKPOINT_THRESHOLD = "64GB"
    if profile:
        connect = store_module.Store._connect
        store_module.Store._connect = lambda self: _Timed(connect(self), stats, splits, log)
    rewriter = Rewriter(load_templates(templates), outlet_pool())
    held = open_ledger(ledger) if mode == "held" else None
    print(json.dumps({"ready": True}), flush=True)
    for line in sys.stdin:
        if line.strip() == "checkpoint":  # the checkpoint of what the run logged, timed
            started, cpu = time.perf_counter(), _cpu()
            if held is not None:
                held.checkpoint()
            else:
                with open_ledger(ledger) as opened:
                    opened.checkpoint()
            print(json.dumps({"checkpoint": time.perf_counter() - started,
                              "checkpoint_cpu": _cpu() - cpu}), flush=True)
            continue
        seed = int(line)
        records = [rewriter.article(seed * batch + k) for k in range(batch)]
        before = log.stat().st_size if log.exists() else 0
        if cold:
            _evict(ledger)
        started, cpu = time.perf_counter(), _cpu()
        if held is not None:
            added = held.add_records(records, batch_size=batch)
        else:
            with open_ledger(ledger) as opened:
                added = opened.add_records(records, batch_size=batch)
        wall, cpu = (time.perf_counter() - started) / batch, (_cpu() - cpu) / batch
        after = log.stat().st_size if log.exists() else 0
        print(json.dumps({"wall": wall, "cpu": cpu, "added": added, "logged": after - before,
                          "checkpointed": after < before}), flush=True)
    if held is not None:
        held.close()
    if profile:
        with open(profile, "w", encoding="utf-8") as out:
            for key, (n, seconds, cpu, written) in sorted(stats.items(),
                                                          key=lambda kv: -kv[1][2]):
                out.write(f"{cpu:8.3f} cpu {seconds:8.3f} wall {n:5d} "
                          f"{written / 1e6:9.1f} MB  {key}\n")
            for key, (n, seconds, logged) in sorted((splits or {}).items(),
                                                    key=lambda kv: -kv[1][2]):
                out.write(f"split {seconds:8.3f} {n:5d} {logged / 1024:9.1f} KB  {key}\n")
    print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}),
          flush=True)


def _start(src: str, ledger: str, args: argparse.Namespace, side: str) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=src)
    if args.memory:
        env["ACCORDING_DB_MEMORY"] = args.memory
    command = [sys.executable, __file__, "--child", ledger, str(args.templates), args.mode,
               "--child-batch", str(args.batch)]
    if args.profile:
        Path(args.profile).mkdir(parents=True, exist_ok=True)
        command += ["--child-profile", str(Path(args.profile) / f"{side}.txt")]
    if args.split:
        command.append("--split")
    if args.checkpoint_at_end:
        command.append("--checkpoint-at-end")
    if args.cold:
        command.append("--cold")
    proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env=env)
    assert json.loads(proc.stdout.readline())["ready"]
    return proc


def _summary(results: list[dict], peak: float) -> dict:
    walls, cpus = [r["wall"] for r in results], [r["cpu"] for r in results]
    logged = [r["logged"] for r in results if not r["checkpointed"]]
    out = {"mean": statistics.mean(walls), "median": statistics.median(walls),
           "cpu_mean": statistics.mean(cpus), "cpu_median": statistics.median(cpus),
           "max": max(walls), "checkpoints": sum(r["checkpointed"] for r in results),
           "log_kb_median": statistics.median(logged) / 1024 if logged else 0,
           "log_kb_mean": statistics.mean(logged) / 1024 if logged else 0, "peak_mb": peak}
    return {k: round(v, 3) for k, v in out.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    if "--child" in sys.argv:
        parser.add_argument("--child", nargs=3)
        parser.add_argument("--child-profile")
        parser.add_argument("--split", action="store_true")
        parser.add_argument("--checkpoint-at-end", action="store_true")
        parser.add_argument("--child-batch", type=int, default=1)
        parser.add_argument("--cold", action="store_true")
        args = parser.parse_args()
        ledger, templates, mode = args.child
        child(Path(ledger), Path(templates), mode, args.child_profile, args.split,
              args.checkpoint_at_end, args.child_batch, args.cold)
        return
    parser.add_argument("before_src")
    parser.add_argument("ledger_a")
    parser.add_argument("ledger_b")
    parser.add_argument("n", type=int)
    parser.add_argument("--mode", choices=("held", "command"), default="held")
    parser.add_argument("--seed", type=int, default=7_000_001)
    parser.add_argument("--batch", type=int, default=1, metavar="K",
                        help="articles per ingest (one add_records); times per article")
    parser.add_argument("--memory", help="DuckDB's memory cap for both sides (e.g. 1GB)")
    parser.add_argument("--templates", type=Path, default=TEMPLATES)
    parser.add_argument("--profile", help="folder for each side's statement profile")
    parser.add_argument("--split", action="store_true",
                        help="commit after each write statement (throwaway copies only)")
    parser.add_argument("--checkpoint-at-end", action="store_true",
                        help="no checkpoint during the run; then each side's checkpoint of "
                        "all it logged, timed (alternating, as the ingests)")
    parser.add_argument("--cold", action="store_true",
                        help="drop each ledger file's pages from the OS cache before each "
                        "ingest (its reads come from the disk, as at 1M articles)")
    args = parser.parse_args()
    after_src = str(BENCH.parent / "src")
    procs = {"before": _start(args.before_src, args.ledger_a, args, "before"),
             "after": _start(after_src, args.ledger_b, args, "after")}
    results: dict[str, list[dict]] = {"before": [], "after": []}
    for i in range(args.n):
        for side in ("before", "after") if i % 2 == 0 else ("after", "before"):
            proc = procs[side]
            proc.stdin.write(f"{args.seed + i}\n")
            proc.stdin.flush()
            result = json.loads(proc.stdout.readline())
            assert result["added"] == args.batch, result
            results[side].append(result)
        print(i, {s: (round(r[-1]["wall"], 3), round(r[-1]["cpu"], 3),
                      r[-1]["logged"] // 1024, r[-1]["checkpointed"])
                  for s, r in results.items()}, file=sys.stderr, flush=True)
    checkpoints = {}
    if args.checkpoint_at_end:
        for side in ("before", "after"):
            procs[side].stdin.write("checkpoint\n")
            procs[side].stdin.flush()
            checkpoints[side] = json.loads(procs[side].stdout.readline())
    report = {}
    for side, proc in procs.items():
        proc.stdin.close()
        peak = json.loads(proc.stdout.read().strip().splitlines()[-1])["peak_mb"]
        proc.wait()
        report[side] = _summary(results[side], peak)
        report[side] |= {k: round(v, 3) for k, v in checkpoints.get(side, {}).items()}
    report["after_over_before"] = {
        k: round(report["after"][k] / report["before"][k], 3) if report["before"][k] else None
        for k in ("mean", "median", "cpu_mean", "cpu_median", "max", "log_kb_median",
                  "log_kb_mean", "checkpoint", "checkpoint_cpu") if k in report["before"]}
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()
