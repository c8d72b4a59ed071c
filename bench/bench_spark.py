"""Spark's overhead over the CLI on the same articles, and per-worker peak memory.

    .venv/bin/python bench/bench_spark.py [--articles 500] [--cores 2] [--repeat 1]

The articles are PolNeAR train texts (../shared/data/polnear/train), each made distinct
with a suffix line, written as one JSON Lines file with outlets and publication times over
a week (built here, never committed). In the same run, alternating when --repeat > 1:

1. `according extract FILE --workers N --format jsonl` (the reference), and
2. `according spark FILE --output DIR --master local[N]` (a fresh output each time),

each as its own process, timed from start to exit (so Spark's JVM start, planning, the
Parquet writes and its stop count against it; both load the pipeline once per worker).
Memory is sampled from /proc every 0.2 s over each run's process tree: the peak RSS of
the JVM (driver and executor in one in local mode) and of the biggest Python worker, and
the workers' own peaks as the run reports them (getrusage).

With --views, the cross-article views on the same records, same run: `according spark
views --input OUT --output ROWS --master local[N]` (every article's ledger rows, the
merges and the view tables as Spark jobs, spark/merges.py and summaries.py) against the
DuckDB reference, `according ingest OUT --db NEW.duckdb` (the same rows, merges and
summaries by the ledger on one machine, batch by batch) and `according rebuild` of that
ledger (every merge and summary at once); the report counts the rows of each view table
that differ from each ledger's summary table. --only-views skips the CLI extraction run.

The target: Spark's time at most 1.25x the CLI's. The report also gives CPU seconds of each
run's whole process tree (from /proc, as sampled) and articles per CPU-second: on a shared
machine that, not articles/s of wall time, is what one dedicated core gives, the figure the
README's CC-NEWS estimate starts from.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
POLNEAR_TRAIN = SHARED / "data" / "polnear" / "train"
OUTLETS = ("The Harbour Gazette", "Midland Post", "Valley Echo", "Northern Wire")
VENV_BIN = Path(sys.executable).parent
TICKS = os.sysconf("SC_CLK_TCK")


def write_jsonl(path: Path, count: int) -> int:
    """`count` articles as JSON Lines; returns the characters of text written."""
    sources = sorted(POLNEAR_TRAIN.glob("*.json"))
    if not sources:
        sys.exit(f"no PolNeAR texts under {POLNEAR_TRAIN}; the benchmark needs ../shared")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sources]
    chars = 0
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = texts[i % len(texts)] + f"\n\n(Benchmark copy {i}.)\n"
            chars += len(text)
            item = {"text": text, "outlet": OUTLETS[i % len(OUTLETS)],
                    "published": f"2024-05-{10 + i % 7:02d}T{i % 24:02d}:15:00Z",
                    "url": f"https://news.example/{i}"}
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    return chars


def _tree(root: int) -> list[int]:
    """The pids of `root` and all its descendants, read from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", encoding="utf-8") as fh:
                parent = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry))
    out, todo = [], [root]
    while todo:
        pid = todo.pop()
        out.append(pid)
        todo += children.get(pid, [])
    return out


def _sample(pid: int) -> tuple[int, str, float]:
    """(RSS bytes, "jvm" or "python", CPU seconds so far) of one process."""
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as fh:
            rss = next((int(line.split()[1]) * 1024 for line in fh if line.startswith("VmRSS")),
                       0)
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            cmd = fh.read().replace(b"\0", b" ").decode("utf-8", "replace")
        with open(f"/proc/{pid}/stat", encoding="utf-8") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICKS
    except (OSError, IndexError, ValueError):
        return 0, "", 0.0
    return rss, "jvm" if "java" in cmd.split(" ", 1)[0] else "python", cpu


def timed_run(command: list[str]) -> dict:
    """Wall seconds of a command, its exit status, its stdout, peak RSS by kind of process,
    and CPU seconds of its whole process tree (as last sampled, so within 0.2 s each)."""
    peaks: dict[int, tuple[int, str]] = {}
    cpu: dict[int, float] = {}
    started = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    done = threading.Event()

    def sample() -> None:
        while not done.is_set():
            for pid in _tree(proc.pid):
                rss, kind, seconds = _sample(pid)
                cpu[pid] = max(cpu.get(pid, 0.0), seconds)
                if rss > peaks.get(pid, (0, ""))[0]:
                    peaks[pid] = (rss, kind)
            done.wait(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, _ = proc.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    jvm = [rss for pid, (rss, kind) in peaks.items() if kind == "jvm"]
    python = [rss for pid, (rss, kind) in peaks.items() if kind == "python" and pid != proc.pid]
    jvm_cpu = sum(c for pid, c in cpu.items() if peaks.get(pid, (0, ""))[1] == "jvm")
    return {"seconds": seconds, "status": proc.returncode, "stdout": stdout,
            "cpu_seconds": round(sum(cpu.values()), 1), "jvm_cpu_seconds": round(jvm_cpu, 1),
            "peak_jvm_mb": round(max(jvm, default=0) / 2**20),
            "peak_python_child_mb": round(max(python, default=0) / 2**20),
            "peak_main_mb": round(peaks.get(proc.pid, (0, ""))[0] / 2**20)}


def time_views(according: str, tmp: Path, output: Path, cores: int, driver_memory: str,
               before: dict) -> dict:
    """`according spark views` against `according ingest` of the same Spark output (module
    doc); runs accumulate in `before`."""
    import duckdb

    from according.spark.summaries import LEDGER_SUMMARIES

    rows, db = tmp / f"views-{output.name}", tmp / f"ingest-{output.name}.duckdb"
    spark = timed_run([according, "spark", "views", "--input", str(output), "--output",
                       str(rows), "--master", f"local[{cores}]", "--driver-memory",
                       driver_memory, "--json"])
    assert spark["status"] == 0, "according spark views failed"
    duck = timed_run([according, "ingest", str(output), "--db", str(db)])
    assert duck["status"] == 0, "according ingest failed"
    rebuilt = db.with_name(f"rebuilt-{db.name}")
    shutil.copy(db, rebuilt)
    if Path(f"{db}.wal").exists():
        shutil.copy(f"{db}.wal", f"{rebuilt}.wal")
    rebuild = timed_run([according, "rebuild", "--db", str(rebuilt)])
    assert rebuild["status"] == 0, "according rebuild failed"
    summary = json.loads(spark["stdout"].strip().splitlines()[-1])
    equal: dict[str, dict] = {}
    for name, ledger in (("ingest", db), ("rebuild", rebuilt)):
        con = duckdb.connect(str(ledger), read_only=True)
        for table, (ledger_table, key, columns) in LEDGER_SUMMARIES.items():
            files = sorted(str(p) for p in (rows / "views" / table).glob("*.parquet"))
            got = con.execute(f"SELECT {columns} FROM read_parquet(?) ORDER BY {key}",
                              [files]).fetchall()
            expected = con.execute(f"SELECT {columns} FROM {ledger_table} ORDER BY {key}"
                                   ).fetchall()
            differ = sum(a != b for a, b in zip(got, expected, strict=False))
            equal.setdefault(table, {})[name] = {
                "rows": [len(got), len(expected)], "rows_differing": differ}
        con.close()
    out = dict(before)
    for name, value in (
            ("views_spark_seconds", round(spark["seconds"], 1)),
            ("views_duckdb_ingest_seconds", round(duck["seconds"], 1)),
            ("views_duckdb_rebuild_seconds", round(rebuild["seconds"], 1)),
            ("views_spark_cpu_seconds", spark["cpu_seconds"]),
            ("views_duckdb_cpu_seconds", duck["cpu_seconds"]),
            ("views_spark_peak_jvm_mb", spark["peak_jvm_mb"]),
            ("views_spark_peak_python_mb", max(spark["peak_python_child_mb"],
                                               spark["peak_main_mb"])),
            ("views_duckdb_peak_mb", duck["peak_main_mb"])):
        out.setdefault(name, []).append(value)
    out["views_spark_ratio_to_duckdb"] = round(
        statistics.median(out["views_spark_seconds"])
        / statistics.median(out["views_duckdb_ingest_seconds"]), 2)
    out["views_spark_steps"] = {"rows_seconds": summary["seconds"],
                                "merges": summary["merges"], "view_rows": summary["views"],
                                "views_seconds": summary["views_seconds"]}
    out["views_spark_tables_against_ledger"] = equal
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--cores", type=int, default=2, help="--workers / local[N]")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each, alternating")
    parser.add_argument("--driver-memory", default="1g")
    parser.add_argument("--views", action="store_true",
                        help="also time the views: Spark against the DuckDB ledger")
    parser.add_argument("--only-views", action="store_true",
                        help="with --views: skip the CLI extraction run")
    args = parser.parse_args()
    according = str(VENV_BIN / "according")
    with tempfile.TemporaryDirectory(prefix="according-bench-spark-") as tmp:
        source = Path(tmp) / "articles.jsonl"
        chars = write_jsonl(source, args.articles)
        cli_runs, spark_runs = [], []
        views: dict = {}
        for n in range(args.repeat):
            if args.only_views:
                cli_runs.append(None)
            else:
                cli = timed_run([according, "extract", str(source), "--workers", str(args.cores),
                                 "--format", "jsonl", "--output",
                                 str(Path(tmp) / "out.jsonl")])
                assert cli["status"] == 0, "extract failed"
                cli_runs.append(cli)
            spark = timed_run([according, "spark", str(source), "--output",
                               str(Path(tmp) / f"spark-{n}"), "--master",
                               f"local[{args.cores}]", "--driver-memory", args.driver_memory,
                               "--json"])
            assert spark["status"] == 0, "according spark failed"
            spark["summary"] = json.loads(spark["stdout"].strip().splitlines()[-1])
            spark_runs.append(spark)
            if args.views:
                views = time_views(according, Path(tmp), Path(tmp) / f"spark-{n}", args.cores,
                                   args.driver_memory, views)
    if args.only_views:
        print(json.dumps({"articles": args.articles, "cores": args.cores,
                          "load_average_1min_at_end": round(os.getloadavg()[0], 2),
                          "spark_extract_seconds": [round(r["seconds"], 1)
                                                    for r in spark_runs], **views}, indent=2))
        return
    cli_s = statistics.median(r["seconds"] for r in cli_runs)
    spark_s = statistics.median(r["seconds"] for r in spark_runs)
    inside = statistics.median(r["summary"]["seconds"] for r in spark_runs)
    workers = [v for r in spark_runs for v in r["summary"]["worker_peak_rss"].values()]
    report = {
        "articles": args.articles,
        "mean_chars": round(chars / args.articles),
        "cores": args.cores,
        "load_average_1min_at_end": round(os.getloadavg()[0], 2),
        "cli_seconds": [round(r["seconds"], 1) for r in cli_runs],
        "spark_seconds": [round(r["seconds"], 1) for r in spark_runs],
        "spark_job_seconds_inside_session": [round(r["summary"]["seconds"], 1)
                                             for r in spark_runs],
        "spark_overhead_pct": round(100 * (spark_s / cli_s - 1), 1),
        "cli_cpu_seconds": [r["cpu_seconds"] for r in cli_runs],
        "spark_cpu_seconds": [r["cpu_seconds"] for r in spark_runs],
        "spark_jvm_cpu_seconds": [r["jvm_cpu_seconds"] for r in spark_runs],
        "spark_start_and_stop_seconds": round(spark_s - inside, 1),
        "cli_articles_per_s": round(args.articles / cli_s, 2),
        "spark_articles_per_s": round(args.articles / spark_s, 2),
        "spark_articles_per_s_per_core": round(args.articles / spark_s / args.cores, 2),
        "spark_job_articles_per_s_per_core": round(args.articles / inside / args.cores, 2),
        # what one core gives when it is the run's alone: articles per CPU-second of the
        # whole process tree (JVM and Python workers), immune to other load on the machine
        "spark_articles_per_cpu_second": round(
            args.articles / statistics.median(r["cpu_seconds"] for r in spark_runs), 2),
        "cli_articles_per_cpu_second": round(
            args.articles / statistics.median(r["cpu_seconds"] for r in cli_runs), 2),
        "peak_jvm_mb": max(r["peak_jvm_mb"] for r in spark_runs),
        "peak_python_worker_mb_sampled": max(r["peak_python_child_mb"] for r in spark_runs),
        "peak_python_worker_mb_reported": round(max(workers, default=0) / 2**20),
        "peak_spark_driver_python_mb": max(r["peak_main_mb"] for r in spark_runs),
        "peak_cli_worker_mb": max(r["peak_python_child_mb"] for r in cli_runs),
        "peak_cli_main_mb": max(r["peak_main_mb"] for r in cli_runs),
        **views,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
