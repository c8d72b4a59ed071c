"""Throughput of `extract` on PolNeAR dev texts beside a bare spaCy parse of the same texts.

    python bench/bench_extract.py [--limit N] [--workers N] [--shared ../shared]

Prints articles/s for both and their ratio (extract time / parse time), measured in
the same process on the same machine, so the ratio is what to compare across runs; with one
worker also the ratio of CPU times, which a busy shared machine disturbs much less. With
one worker the two take turns batch by batch (a parse of a batch, then its extraction), so
a neighbour's load that comes and goes falls on both alike.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

from according.extract import article_pipeline, extract_inputs
from according.nlp import load_pipeline
from according.read import ArticleInput
from according.records import InputInfo

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"


def load_texts(shared: Path, limit: int | None) -> list[tuple[str, str]]:
    dev = shared / "data" / "polnear" / "dev"
    if not dev.is_dir():
        sys.exit(f"bench_extract: {dev} is absent; put the shared data beside the checkout")
    files = sorted(dev.glob("*.json"))[:limit]
    return [(p.name, json.loads(p.read_text(encoding="utf-8"))["text"]) for p in files]


def time_bare_parse(texts: list[str], batch_size: int) -> tuple[float, float]:
    """(wall, CPU) seconds of a bare parse of `texts`."""
    nlp = load_pipeline()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in nlp.pipe(texts, batch_size=batch_size):
        pass
    return time.perf_counter() - start, time.process_time() - cpu


def time_extract(named: list[tuple[str, str]], workers: int,
                 batch_size: int) -> tuple[float, float]:
    """(wall, CPU of this process) seconds of extracting the articles."""
    inputs = [ArticleInput(text, InputInfo(name)) for name, text in named]
    start, cpu = time.perf_counter(), time.process_time()
    n = sum(1 for _ in extract_inputs(inputs, workers=workers, batch_size=batch_size))
    assert n == len(inputs)
    return time.perf_counter() - start, time.process_time() - cpu


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N dev articles")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args()
    named = load_texts(args.shared, args.limit)
    texts = [t for _, t in named]
    article_pipeline()  # load both pipelines before timing
    time_bare_parse(texts[:4], args.batch_size)  # warm up
    if args.workers == 1:
        parse_s = parse_cpu = extract_s = extract_cpu = 0.0
        for at in range(0, len(named), args.batch_size):
            batch = named[at:at + args.batch_size]
            wall, cpu = time_bare_parse([t for _, t in batch], args.batch_size)
            parse_s, parse_cpu = parse_s + wall, parse_cpu + cpu
            wall, cpu = time_extract(batch, 1, args.batch_size)
            extract_s, extract_cpu = extract_s + wall, extract_cpu + cpu
    else:
        parse_s, parse_cpu = time_bare_parse(texts, args.batch_size)
        extract_s, extract_cpu = time_extract(named, args.workers, args.batch_size)
    n = len(texts)
    words = sum(len(t.split()) for t in texts)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {n} ({words / n:.0f} words each on average)")
    print(f"bare spaCy parse (1 process): {n / parse_s:6.2f} articles/s")
    print(f"according extract ({args.workers} worker(s)): {n / extract_s:6.2f} articles/s")
    print(f"ratio extract/parse time: {extract_s / parse_s:.2f}x")
    if args.workers == 1:
        print(f"ratio extract/parse CPU time: {extract_cpu / parse_cpu:.2f}x")
    print(f"peak memory (this process): {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
