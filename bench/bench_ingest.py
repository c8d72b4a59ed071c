"""Ingest throughput: how much the ledger adds to extraction, and peak memory.

    .venv/bin/python bench/bench_ingest.py --articles 5000 [--workers 1]

Articles are PolNeAR train texts (../shared/data/polnear/train), cycled with a
suffix line so every copy has its own id. The same run measures:

1. bare extraction: `extract_inputs(read_inputs(files))`, records discarded;
2. ingest: `Ledger.ingest(files)` into a fresh ledger file, timing the time spent
   inside the extractor separately, so store time = ingest time - extraction time.

With --store-only, no model runs: records are built from PolNeAR's gold attributions
and stored with `Ledger.add_records`, timing the store alone (rows and merges, which
each batch keeps up to date: ledger/merge.py) and then each view's first page.

The target is a store overhead (store time / extraction time within the ingest run)
of at most 10%. Peak memory is the process's max RSS (resource.getrusage).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
POLNEAR_TRAIN = SHARED / "data" / "polnear" / "train"


def write_articles(folder: Path, count: int) -> list[Path]:
    """`count` article files from PolNeAR train texts, each copy made distinct."""
    sources = sorted(POLNEAR_TRAIN.glob("*.json"))
    if not sources:
        sys.exit(f"no PolNeAR texts under {POLNEAR_TRAIN}; the benchmark needs ../shared")
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sources]
    paths = []
    for i in range(count):
        path = folder / f"article-{i:05d}.txt"
        path.write_text(texts[i % len(texts)] + f"\n\n(Benchmark copy {i}.)\n", encoding="utf-8")
        paths.append(path)
    return paths


def gold_records(count: int) -> list:
    """Records from PolNeAR gold attributions (no model), one per article copy."""
    from according.records import Attribution, InputInfo, Record, Source, Span

    sources = sorted(POLNEAR_TRAIN.glob("*.json"))
    docs = [json.loads(p.read_text(encoding="utf-8")) for p in sources]
    records = []
    for i in range(count):
        doc = docs[i % len(docs)]
        attrs = []
        for n, q in enumerate(doc["quotes"], 1):
            src = q["sources"][0] if q["sources"] else None
            attrs.append(Attribution(
                f"A{n}", "indirect",
                Source(Span.from_dict(src) if src else None, "person" if src else "unspecified"),
                Span.from_dict(q["cue"]) if q.get("cue") else None,
                tuple(Span.from_dict(c) for c in q["contents"]),
            ))
        text = doc["text"] + f"\n\n(Benchmark copy {i}.)\n"
        records.append(Record(text, InputInfo(f"gold-{i}.txt"), attributions=tuple(attrs)))
    return records


def store_only(count: int, db: Path) -> dict:
    from according.ledger import open_ledger

    records = gold_records(count)
    started = time.perf_counter()
    with open_ledger(db) as ledger:
        added = ledger.add_records(records)
    seconds = time.perf_counter() - started
    views = view_seconds(db)
    return {"articles": count, "added": added, "store_seconds": round(seconds, 3), **views,
            "store_ms_per_article": round(1000 * seconds / count, 3),
            "ledger_mb": round(db.stat().st_size / 1e6, 2), "peak_rss_mb": round(peak_mb(), 1)}


def view_seconds(db: Path) -> dict[str, float]:
    """Seconds for the first page of each view (read from the merge tables)."""
    from according.ledger import open_ledger

    out = {}
    with open_ledger(db, read_only=True) as ledger:
        for view in ("sources", "quotes", "claims", "figures"):
            started = time.perf_counter()
            getattr(ledger, view)()
            out[f"{view}_seconds"] = round(time.perf_counter() - started, 3)
    return out


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def bare_extract(paths: list[Path], workers: int) -> float:
    from according.extract import extract_inputs
    from according.read import read_inputs

    started = time.perf_counter()
    n = sum(1 for _ in extract_inputs(read_inputs([str(p) for p in paths]), workers=workers))
    assert n == len(paths)
    return time.perf_counter() - started


def timed_ingest(paths: list[Path], db: Path, workers: int) -> tuple[float, float, object]:
    """(total seconds, seconds inside the extractor, summary) of one ingest run."""
    from according.extract import extract_inputs
    from according.ledger import open_ledger

    inside = 0.0

    def timed_extract(items, *, workers: int = 1) -> Iterator:  # noqa: ANN001
        nonlocal inside
        results = extract_inputs(items, workers=workers)
        while True:
            t0 = time.perf_counter()
            try:
                result = next(results)
            except StopIteration:
                inside += time.perf_counter() - t0
                return
            inside += time.perf_counter() - t0
            yield result

    started = time.perf_counter()
    with open_ledger(db) as ledger:
        summary = ledger.ingest(paths, workers=workers, extract=timed_extract)
    return time.perf_counter() - started, inside, summary


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="articles to ingest")
    parser.add_argument("--workers", type=int, default=1, help="extraction processes")
    parser.add_argument("--skip-bare", action="store_true", help="skip the bare-extract run")
    parser.add_argument("--store-only", action="store_true",
                        help="no model: store records built from PolNeAR gold attributions")
    args = parser.parse_args()
    if args.store_only:
        with tempfile.TemporaryDirectory(prefix="according-bench-") as tmp:
            print(json.dumps(store_only(args.articles, Path(tmp) / "bench.duckdb"), indent=2))
        return
    with tempfile.TemporaryDirectory(prefix="according-bench-") as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        paths = write_articles(folder, args.articles)
        from according.extract import article_pipeline

        article_pipeline(None)  # load the model before any clock starts
        bare = None if args.skip_bare else bare_extract(paths, args.workers)
        peak_after_bare = peak_mb()
        total, inside, summary = timed_ingest(paths, Path(tmp) / "bench.duckdb", args.workers)
        db_mb = (Path(tmp) / "bench.duckdb").stat().st_size / 1e6
    store = total - inside
    report = {
        "articles": args.articles,
        "workers": args.workers,
        "added": summary.added,
        "failed": summary.failed,
        "bare_extract_articles_per_s": round(args.articles / bare, 2) if bare else None,
        "ingest_articles_per_s": round(args.articles / total, 2),
        "ingest_seconds": round(total, 2),
        "extract_seconds_inside_ingest": round(inside, 2),
        "store_seconds": round(store, 2),
        "store_overhead_pct": round(100 * store / inside, 2),
        "ingest_vs_bare_pct": round(100 * (total / bare - 1), 2) if bare else None,
        "ledger_mb": round(db_mb, 2),
        "peak_rss_mb_after_bare_extract": round(peak_after_bare, 1),
        "peak_rss_mb": round(peak_mb(), 1),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
