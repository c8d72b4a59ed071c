"""Ledger scale: one-article ingest and every view's first page on 10k to 1M articles.

    .venv/bin/python bench/bench_ledger_scale.py --sizes 10000 100000 1000000

Templates are real records: PolNeAR train texts (../shared) extracted once by the real
pipeline (cached in --dir). Each size's ledger is built from them without running the
NLP again (bench/synthetic_ledger.py rewrites names, wording, outlets and dates, and
makes wire copies, so merging has real work): records -> rows (the ledger's own
rows_for) bulk-inserted, then every merge computed at once (merge.merge_all, as
`according rebuild` does), then the indexes.

A million articles made this way take some three hours of CPU here. The 1M ledger of the
README's table is made set-wise instead: bench/replicate_ledger.py copies the rows of the
100k ledger ten times inside DuckDB (new ids, paths, outlets; each copy's own MinHash salt
and quote texts; see it for what a copy keeps), then `--reuse` merges them as above.

Then, each in a fresh process (as a user's command would be):
1. one-article ingests: open the ledger, add one new extracted record (a template
   rewritten as an unseen article), its merges and summaries, commit, close (median and
   max of INGESTS runs) and what each adds to the write-ahead log (median), then the
   checkpoint that folds their log into the file (a writer checkpoints when it closes the
   file on a log of store.FOLD_LOG_AT bytes or more, so the log a command opens stays
   under that; a long-lived writer when the log reaches 8 MB); with --cycle N, ingests
   from an empty log until one checkpoints (at most N), whose mean is an ingest's cost
   with its checkpoints; with --held N, N
   one-article ingests through one open ledger (a long-lived writer: opened once, its
   indexes kept in memory); with --batch N, ingests of N articles in one transaction
   (as a folder's ingest writes a batch) and their peak memory; with --folder N, one
   `according ingest FOLDER` of N PolNeAR texts, extraction in the same process (its peak
   memory with the spaCy pipeline held beside DuckDB: what a user's ingest needs);
2. every view's first page, read-only: articles, sources, one source, its attributions,
   quotes, quotes by a name, claims, flagged claims, one cluster's appearances,
   figures, figures of one counted thing, one series, counted things, errors, search.
Each view reports wall and CPU seconds and the MB it read from the disk (`_read_mb`: what
it costs cold, whatever the page cache held). Peak memory is each process's max RSS.
Goals at 1M: ingest < 2 s, every page < 1 s, peak < 2 GB, cost per article flat (where
a batch's cost grows with the ledger, `bench/trace_ledger_writes.py LEDGER TEMPLATES SIZE
--events FILE` says which statements grow: run it on two sizes alternately). Ledger
files live under --dir and are deleted unless --keep. Timings depend on the machine and
its load; compare sizes within one run.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

BENCH = Path(__file__).resolve().parent
SHARED = BENCH.parents[1] / "shared"
POLNEAR_TRAIN = SHARED / "data" / "polnear" / "train"
CHUNK = 2000
INGESTS = 5  # one-article ingests timed (median and max reported)
BATCH_COMMANDS = 3  # batch ingests timed with --batch (median and max per article reported)


def cpu_seconds() -> float:
    """CPU time of this process, all threads (less sensitive than wall time to other jobs
    on a shared machine)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_mb() -> float:
    """Bytes this process had read from the disk (not from the page cache), in MB: what a
    view costs cold, whatever the cache held."""
    try:
        for line in Path("/proc/self/io").read_text().splitlines():
            if line.startswith("read_bytes:"):
                return int(line.split()[1]) / 2**20
    except OSError:
        pass
    return 0.0


def load_average() -> float:
    return round(os.getloadavg()[0], 1)


def peak_mb() -> float:
    """This process's peak resident memory (VmHWM: unlike ru_maxrss, not inherited from the
    parent that started it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def templates(folder: Path, count: int) -> Path:
    """Real records of `count` PolNeAR train texts, extracted once and cached."""
    cache = folder / f"templates-{count}.jsonl"
    if cache.exists():
        return cache
    sources = sorted(POLNEAR_TRAIN.glob("*.json"))[:count]
    if not sources:
        sys.exit(f"no PolNeAR texts under {POLNEAR_TRAIN}; the benchmark needs ../shared")
    from according.extract import extract_inputs
    from according.read import read_inputs

    texts = folder / "template-texts"
    texts.mkdir(parents=True, exist_ok=True)
    for p in sources:
        (texts / f"{p.stem}.txt").write_text(json.loads(p.read_text("utf-8"))["text"], "utf-8")
    started = time.perf_counter()
    with cache.open("w", encoding="utf-8") as fh:
        for r in extract_inputs(read_inputs([str(texts)])):
            if hasattr(r, "to_dict"):
                fh.write(json.dumps(r.to_dict(), ensure_ascii=False) + "\n")
    print(f"extracted {count} templates in {time.perf_counter() - started:.0f} s",
          file=sys.stderr)
    return cache


_REWRITER = None


def _chunk_rows(template_file: str, start: int, stop: int) -> dict:
    """Worker: the rows (as Arrow tables) of synthetic articles start..stop-1."""
    global _REWRITER
    import pyarrow as pa

    from according.ledger.rows import rows_for_numbered
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    if _REWRITER is None:
        _REWRITER = Rewriter(load_templates(Path(template_file)), outlet_pool())
    items = [(r, r.id, i + 1) for i in range(start, stop) for r in [_REWRITER.article(i)]]
    rows = rows_for_numbered(items)
    return {t: pa.table(cols) for t, cols in rows.columns.items() if cols}


def _worker_init(bench: str) -> None:
    sys.path.insert(0, bench)


def connect_for_build(path: Path, *, fresh: bool):  # noqa: ANN201 - a DuckDB connection
    """A connection to the ledger file being built at `path` (a new file when `fresh`),
    with the ledger's tables and DuckDB settings."""
    import duckdb

    from according.ledger.rows import SCHEMA_SQL
    from according.ledger.store import duckdb_config

    if fresh:
        for old in (path, Path(str(path) + ".wal")):
            old.unlink(missing_ok=True)
    con = duckdb.connect(str(path), config=duckdb_config())
    con.execute("SET TimeZone = 'UTC'")
    con.execute("SET enable_progress_bar = false")
    con.execute(SCHEMA_SQL)
    return con


def build(path: Path, template_file: Path, size: int, workers: int, *,
          rows_only: bool = False, reuse: bool = False) -> dict:
    """A ledger of `size` synthetic articles at `path` (module doc); returns timings.
    `rows_only` stops after loading the rows; `reuse` keeps rows already loaded there and
    computes the merges again."""
    con = connect_for_build(path, fresh=not reuse)
    load = _load_rows(con, template_file, size, workers) if not reuse else 0.0
    if rows_only:
        con.close()
        return {"articles": size, "load_seconds": round(load, 1)}
    from according.ledger.rows import ADDED_COLUMNS

    for table, columns in ADDED_COLUMNS.items():  # rows loaded by an earlier version
        for column in columns:
            con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column}")
    from according.ledger.rows import drop_indexes

    drop_indexes(con)  # made again after the merges
    con.execute("DELETE FROM ledger_meta")
    return _merge_and_count(con, path, size, load)


def _load_rows(con, template_file: Path, size: int, workers: int) -> float:  # noqa: ANN001
    """Bulk-insert the rows of `size` synthetic articles; returns the seconds taken."""
    from concurrent.futures import ProcessPoolExecutor

    started = time.perf_counter()
    chunks = [(start, min(size, start + CHUNK)) for start in range(0, size, CHUNK)]
    with ProcessPoolExecutor(workers, initializer=_worker_init, initargs=(str(BENCH),)) as pool:
        pending = []
        for start, stop in chunks:
            pending.append(pool.submit(_chunk_rows, str(template_file), start, stop))
            while len(pending) > 2 * workers or (pending and start == chunks[-1][0]):
                tables = pending.pop(0).result()
                con.begin()
                for table, data in tables.items():
                    _insert_arrow(con, table, data)
                con.commit()
                print(f"  rows to {stop} {time.perf_counter() - started:.0f} s",
                      file=sys.stderr, flush=True)
    con.execute("CHECKPOINT")
    return time.perf_counter() - started


def _merge_and_count(con, path: Path, size: int, load: float) -> dict:  # noqa: ANN001
    from according.ledger import merge
    from according.ledger.rebuild import mark_merges_current
    from according.ledger.rows import SCHEMA_VERSION, create_indexes

    t0 = time.perf_counter()
    merge.merge_all(con, progress=lambda step: print(f"  merge: {step} "
                                                     f"{time.perf_counter() - t0:.0f} s",
                                                     file=sys.stderr))
    merge_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    create_indexes(con)
    con.execute("INSERT INTO ledger_meta VALUES ('schema', ?)", [SCHEMA_VERSION])
    mark_merges_current(con)  # with the data files' contents, as a rebuild keeps them, so a
    # snapshot migrates in place after a data file changes (rebuild.stored_rules)
    con.execute("CHECKPOINT")
    index_seconds = time.perf_counter() - t0
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchall()[0][0] for t in (
        "articles", "attributions", "quantities", "spans", "texts", "text_buckets",
        "cluster_stats", "source_stats", "series_stats")}
    counts["story_groups_shared"] = con.execute(
        "SELECT count(*) FROM (SELECT group_seq FROM articles GROUP BY 1 HAVING count(*) > 1)"
    ).fetchall()[0][0]
    # rows of quote piece buckets (odd keys, merge rules 23; the rest are LSH bands')
    counts["text_bucket_piece_rows"] = con.execute(
        "SELECT count(*) FROM text_buckets WHERE (bucket & 1) = 1").fetchall()[0][0]
    counts["quote_clusters_repeated"] = con.execute(
        "SELECT count(*) FROM cluster_stats WHERE n_quotes > 1").fetchall()[0][0]
    con.close()
    return {"articles": size, "load_seconds": round(load, 1),
            "merge_seconds": round(merge_seconds, 1), "index_seconds": round(index_seconds, 1),
            "ledger_mb": round(path.stat().st_size / 1e6, 1), "build_peak_rss_mb":
            round(peak_mb(), 1), **counts}


def _insert_arrow(con, table: str, data) -> None:  # noqa: ANN001
    con.register("_chunk", data)
    try:
        names = ", ".join(f'"{n}"' for n in data.column_names)
        select = ", ".join("TRY_CAST(published AS TIMESTAMPTZ)" if n == "published"
                           else f'"{n}"' for n in data.column_names)
        con.execute(f"INSERT INTO {table} ({names}) SELECT {select} FROM _chunk")
    finally:
        con.unregister("_chunk")


def measure_ingest(path: Path, template_file: Path, size: int) -> dict:
    """Child process: add one unseen article to the ledger, timed from open to close."""
    from according.ledger import open_ledger
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    rewriter = Rewriter(load_templates(template_file), outlet_pool())
    with open_ledger(path, read_only=True) as ledger:  # earlier runs' ingests (--measure-only)
        earlier = ledger.count("articles") - size
    times, cpus, logged = [], [], []
    log = Path(str(path) + ".wal")
    for n in range(INGESTS):  # unseen articles, one command each (the first opens cold)
        record = rewriter.article(size + 1 + 3 * n + 16 * earlier)
        before = log.stat().st_size if log.exists() else 0
        started, cpu = time.perf_counter(), cpu_seconds()
        with open_ledger(path) as ledger:
            added = ledger.add_records([record])
        times.append(time.perf_counter() - started)
        cpus.append(cpu_seconds() - cpu)
        after = log.stat().st_size if log.exists() else 0
        if after >= before:  # (a checkpoint empties the log)
            logged.append(after - before)
        assert added == 1
    started = time.perf_counter()
    with open_ledger(path) as ledger:
        ledger.checkpoint()
    checkpoint = time.perf_counter() - started
    return {"ingest_one_seconds": round(sorted(times)[len(times) // 2], 3),
            "ingest_one_cpu_seconds": round(sorted(cpus)[len(cpus) // 2], 3),
            "ingest_one_max_seconds": round(max(times), 3),
            "checkpoint_seconds": round(checkpoint, 3),
            # what one ingest adds to the write-ahead log: a checkpoint comes every
            # CHECKPOINT_THRESHOLD / this many ingests
            "log_kb_per_ingest": round(sorted(logged)[len(logged) // 2] / 1024, 1)
            if logged else None,
            "ingest_peak_rss_mb": round(peak_mb(), 1)}


def measure_cycle(path: Path, template_file: Path, size: int, most: int) -> dict:
    """Child process: one-article ingests, each its own open and close as a user's command,
    from an empty write-ahead log until one of them brings on the checkpoint (the log
    passes CHECKPOINT_THRESHOLD and empties), at most `most`: the mean of the cycle is
    what an ingest costs with its share of the checkpoints."""
    from according.ledger import open_ledger
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    rewriter = Rewriter(load_templates(template_file), outlet_pool())
    log = Path(str(path) + ".wal")
    with open_ledger(path) as ledger:  # an empty log to start from (not timed)
        ledger.checkpoint()
        earlier = ledger.count("articles") - size
    times: list[float] = []
    cpu = cpu_seconds()
    checkpointed = False
    for n in range(most):
        # seeds apart from measure_ingest's (size + 1 + 3n + 16 * earlier) and other cycles'
        record = rewriter.article(5_000_003 + 7 * size + n + 1000 * earlier)
        started = time.perf_counter()
        with open_ledger(path) as ledger:
            added = ledger.add_records([record])
        times.append(time.perf_counter() - started)
        assert added == 1
        if not log.exists() or log.stat().st_size == 0:
            checkpointed = True
            break
    slowest = max(times)
    return {"cycle_ingests": len(times), "cycle_checkpointed": checkpointed,
            "cycle_mean_seconds": round(sum(times) / len(times), 3),
            "cycle_mean_cpu_seconds": round((cpu_seconds() - cpu) / len(times), 3),
            "cycle_median_seconds": round(sorted(times)[len(times) // 2], 3),
            "cycle_slowest_seconds": round(slowest, 3)}


def measure_held(path: Path, template_file: Path, size: int, count: int) -> dict:
    """Child process: `count` one-article ingests through one open ledger (a long-lived
    writer, as a service or a watched folder would be: the file is opened once and its
    indexes stay in memory), each its own transaction, checkpoints included."""
    from according.ledger import open_ledger
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    rewriter = Rewriter(load_templates(template_file), outlet_pool())
    times, cpus = [], []
    with open_ledger(path) as ledger:
        earlier = ledger.count("articles") - size
        for n in range(count):  # seeds apart from the other children's
            record = rewriter.article(9_000_011 + 7 * size + n + 1000 * earlier)
            started, cpu = time.perf_counter(), cpu_seconds()
            assert ledger.add_records([record]) == 1
            times.append(time.perf_counter() - started)
            cpus.append(cpu_seconds() - cpu)
    return {"held_ingests": count,
            "held_mean_seconds": round(sum(times) / count, 3),
            "held_mean_cpu_seconds": round(sum(cpus) / count, 3),
            "held_median_seconds": round(sorted(times)[count // 2], 3),
            "held_slowest_seconds": round(max(times), 3)}


def measure_batch(path: Path, template_file: Path, size: int, count: int) -> dict:
    """Child process: BATCH_COMMANDS ingests of `count` unseen articles each, every one a
    user's command (open, one transaction, close) as a folder's ingest writes a batch: the
    cost per article once the per-command costs (open, close, commit) are shared."""
    from according.ledger import open_ledger
    from synthetic_ledger import Rewriter, load_templates, outlet_pool

    rewriter = Rewriter(load_templates(template_file), outlet_pool())
    with open_ledger(path, read_only=True) as ledger:
        earlier = ledger.count("articles") - size
    times, cpus = [], []
    for b in range(BATCH_COMMANDS):  # seeds apart from the other children's
        records = [rewriter.article(13_000_019 + 7 * size + b * count + n + 1000 * earlier)
                   for n in range(count)]
        started, cpu = time.perf_counter(), cpu_seconds()
        with open_ledger(path) as ledger:
            assert ledger.add_records(records) == count
        times.append((time.perf_counter() - started) / count)
        cpus.append((cpu_seconds() - cpu) / count)
    return {"batch_articles": count,
            "batch_per_article_seconds": round(sorted(times)[len(times) // 2], 4),
            "batch_per_article_cpu_seconds": round(sorted(cpus)[len(cpus) // 2], 4),
            "batch_per_article_max_seconds": round(max(times), 4),
            "batch_peak_rss_mb": round(peak_mb(), 1)}


def measure_folder(path: Path, count: int) -> dict:
    """Child process: a user's `according ingest FOLDER --db LEDGER` of `count` PolNeAR
    train texts (each made unseen by a closing line naming this run), extraction and all in
    this process (the spaCy pipeline held beside DuckDB, as the command holds it): the cost
    per article, the part of it outside extraction, and the process's peak memory."""
    import tempfile

    from according.ledger import open_ledger
    from bench_ingest import timed_ingest, write_articles

    with open_ledger(path, read_only=True) as ledger:
        run = ledger.count("articles")
    with tempfile.TemporaryDirectory() as folder:
        files = write_articles(Path(folder), count)
        for file in files:  # unseen by earlier runs on this ledger
            file.write_text(file.read_text(encoding="utf-8") + f"(Run {run}.)\n",
                            encoding="utf-8")
        cpu = cpu_seconds()
        seconds, extracting, summary = timed_ingest(files, path, 1)
        cpu = cpu_seconds() - cpu
    assert summary.added == count, summary
    with open_ledger(path, read_only=True) as ledger:
        limit = ledger.con.execute("SELECT value FROM ledger_meta WHERE key = 'batch_limit'"
                                   ).fetchall()
    return {"folder_articles": count,
            "folder_per_article_seconds": round(seconds / count, 4),
            "folder_per_article_cpu_seconds": round(cpu / count, 4),
            "folder_store_per_article_seconds": round((seconds - extracting) / count, 4),
            "folder_batch_limit": limit[0][0] if limit else "",
            "folder_peak_rss_mb": round(peak_mb(), 1)}


def measure_views(path: Path) -> dict:
    """Child process: the first page of every view, read-only."""
    from according.ledger import open_ledger

    out: dict[str, float] = {}
    started = time.perf_counter()
    with open_ledger(path, read_only=True) as ledger:
        out["open_seconds"] = round(time.perf_counter() - started, 3)

        def timed(name: str, call):  # noqa: ANN001, ANN202
            t0, c0, r0 = time.perf_counter(), cpu_seconds(), read_mb()
            result = call()
            out[name] = round(time.perf_counter() - t0, 3)
            out[name + "_cpu"] = round(cpu_seconds() - c0, 3)
            out[name + "_read_mb"] = round(read_mb() - r0, 1)
            return result

        timed("articles_page", ledger.articles)
        sources = timed("sources", ledger.sources)
        top = sources[0]
        timed("source", lambda: ledger.source(top.key))
        timed("source_attributions", lambda: ledger.source_attributions(top.key))
        quotes = timed("quotes", ledger.quotes)
        # a named person's surname, and the biggest bucket ("(unresolved pronoun)")
        person = next((s.name for s in sources if s.type == "person" and s.named), top.name)
        timed("quotes_by", lambda: ledger.quotes(by=person.split()[-1]))
        bucket = next((s.name for s in sources if not s.named and s.name.startswith("(")
                       and s.type == "person"), None)
        if bucket:
            timed("quotes_by_bucket", lambda: ledger.quotes(by=bucket.split()[-1]))
        claims = timed("claims", ledger.claims)
        timed("claims_flagged", lambda: ledger.claims(flagged=True))
        if quotes:
            timed("cluster_appearances", lambda: ledger.cluster_appearances(quotes[0].cluster))
        series = timed("figures", ledger.figures)
        timed("figures_counted", lambda: ledger.figures(counted="killed"))
        if series:
            timed("series_figures", lambda: ledger.series_figures(series[0].key))
        timed("counted_things", ledger.counted_things)
        timed("errors", ledger.errors)
        timed("search", lambda: ledger.search("president"))
        out["claims_total"] = claims.total
    out["views_peak_rss_mb"] = round(peak_mb(), 1)
    return out


def child(kind: str, *args: str) -> dict:
    result = subprocess.run([sys.executable, __file__, "--child", kind, *args],
                            capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{kind} failed:\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000, 1000000])
    parser.add_argument("--templates", type=int, default=200, help="real records to vary")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/according-ledger-scale"))
    parser.add_argument("--keep", action="store_true", help="keep the ledger files")
    parser.add_argument("--workers", type=int, default=2, help="processes making rows")
    parser.add_argument("--rows-only", action="store_true",
                        help="only load the rows (a long build, to merge later with --reuse)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the rows already loaded in --dir; merge and measure again")
    parser.add_argument("--measure-only", action="store_true",
                        help="measure the ledgers already in --dir (built with --keep)")
    parser.add_argument("--ingest-only", action="store_true",
                        help="time only the one-article ingests (not the views)")
    parser.add_argument("--cycle", type=int, default=0, metavar="N",
                        help="also run one-article ingests from an empty log until one "
                        "checkpoints (at most N): their mean includes the checkpoint's share")
    parser.add_argument("--held", type=int, default=0, metavar="N",
                        help="also time N one-article ingests through one open ledger "
                        "(a long-lived writer: opened once, indexes kept in memory)")
    parser.add_argument("--batch", type=int, default=0, metavar="N",
                        help=f"also time {BATCH_COMMANDS} ingests of N articles each, one "
                        "command and one transaction each (as a folder's ingest writes a "
                        "batch): the cost per article")
    parser.add_argument("--folder", type=int, default=0, metavar="N",
                        help="also time one folder ingest of N PolNeAR texts, extraction "
                        "in the same process (as `according ingest FOLDER` runs): cost per "
                        "article and peak memory with the spaCy pipeline held")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sys.path.insert(0, str(BENCH))
    if args.child:
        kind, *rest = args.child
        if kind == "ingest":
            print(json.dumps(measure_ingest(Path(rest[0]), Path(rest[1]), int(rest[2]))))
        elif kind == "held":
            print(json.dumps(measure_held(Path(rest[0]), Path(rest[1]), int(rest[2]),
                                          int(rest[3]))))
        elif kind == "batch":
            print(json.dumps(measure_batch(Path(rest[0]), Path(rest[1]), int(rest[2]),
                                           int(rest[3]))))
        elif kind == "folder":
            print(json.dumps(measure_folder(Path(rest[0]), int(rest[1]))))
        elif kind == "cycle":
            print(json.dumps(measure_cycle(Path(rest[0]), Path(rest[1]), int(rest[2]),
                                           int(rest[3]))))
        else:
            print(json.dumps(measure_views(Path(rest[0]))))
        return
    args.dir.mkdir(parents=True, exist_ok=True)
    template_file = templates(args.dir, args.templates)
    report = []
    for size in args.sizes:
        path = args.dir / f"ledger-{size}.duckdb"
        if args.measure_only:
            row = {"articles": size, "ledger_mb": round(path.stat().st_size / 1e6, 1)}
        else:
            print(f"building {size} articles", file=sys.stderr)
            row = build(path, template_file, size, args.workers, rows_only=args.rows_only,
                        reuse=args.reuse)
        if args.rows_only:
            print(json.dumps(row), flush=True)
            continue
        if not args.ingest_only:
            row |= child("views", str(path))
        row |= child("ingest", str(path), str(template_file), str(size))
        if args.cycle:
            row |= child("cycle", str(path), str(template_file), str(size), str(args.cycle))
        if args.batch:
            row |= child("batch", str(path), str(template_file), str(size), str(args.batch))
        if args.folder:
            row |= child("folder", str(path), str(args.folder))
        if args.held:
            row |= child("held", str(path), str(template_file), str(size), str(args.held))
        if not args.ingest_only:
            row["view_max_seconds"] = max(v for k, v in row.items() if k in VIEW_NAMES)
            row["view_max_cpu_seconds"] = max(v for k, v in row.items()
                                              if k.removesuffix("_cpu") in VIEW_NAMES
                                              and k.endswith("_cpu"))
        row["load_average"] = load_average()
        report.append(row)
        print(json.dumps(row), flush=True)
        if not (args.keep or args.measure_only):
            for leftover in (path, Path(str(path) + ".wal")):
                leftover.unlink(missing_ok=True)
    print(json.dumps(report, indent=1))


VIEW_NAMES = ("articles_page", "sources", "source", "source_attributions", "quotes", "quotes_by",
              "quotes_by_bucket", "claims", "claims_flagged", "cluster_appearances", "figures",
              "figures_counted", "series_figures", "counted_things", "errors", "search")

if __name__ == "__main__":
    main()
