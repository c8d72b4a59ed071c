"""Throughput of the `according` component next to a bare spaCy parse of the same texts,
and what each learned model of the attribution stage costs per article.

    .venv/bin/python bench/bench_attributions.py [GOLD_DIR] [--repeat N] [--limit N]

Reads the texts of a Citron/PolNeAR directory (default ../shared/data/polnear/dev), parses
them once with the pipeline minus `according` and once with it, in the same process, and
prints articles/s of each and their ratio (single process, batch size 16). Then runs the
component once more over the parsed Docs with each stage timed (CPU time of this process,
so other work on a shared machine counts less): the cue-head classifier, the cue extent,
source and content choices, and source resolution (entities and coreference).
"""

from __future__ import annotations

import argparse
import functools
import json
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

from according.nlp import new_pipeline

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def _rate(nlp, texts: list[str], disable: list[str]) -> float:  # noqa: ANN001
    start = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    return len(texts) / (time.perf_counter() - start)


def _timed(spent: dict[str, float], module: ModuleType, name: str, label: str) -> Callable:
    original = getattr(module, name)

    @functools.wraps(original)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        start = time.process_time()
        try:
            return original(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start

    setattr(module, name, wrapper)
    return original


def stage_costs(nlp, texts: list[str]) -> dict[str, float]:  # noqa: ANN001
    """CPU milliseconds per article of the parse and of each attribution stage."""
    import according.attribution.component as component
    import according.attribution.find as find
    import according.attribution.learned as learned

    spent: dict[str, float] = defaultdict(float)
    stages = [(find, "scored_heads", "cue heads (classifier, rule cascade features)"),
              (learned, "cue_bounds", "cue extent (cue_left, cue_right)"),
              (learned, "choose_source", "source (source)"),
              (learned, "choose_contents",
               "content (content_start, _end, _pair, _gap)"),
              (learned, "rule_guess", "rule cascade for each head"),
              (component, "resolve_sources", "source resolution (entities, coreference)"),
              (component, "find_attributions", "whole finder")]
    with nlp.select_pipes(disable=["according"]):
        start = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=16))
        spent["parse"] = time.process_time() - start
    originals = [(m, n, _timed(spent, m, n, label)) for m, n, label in stages]
    try:
        attribute = nlp.get_pipe("according")
        start = time.process_time()
        for doc in docs:
            attribute(doc)
        spent["attribution stage"] = time.process_time() - start
    finally:
        for module, name, original in originals:
            setattr(module, name, original)
    return {k: 1000 * v / len(texts) for k, v in spent.items()}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the texts (default 1)")
    ap.add_argument("--limit", type=int, default=None, help="only the first N texts")
    args = ap.parse_args()
    paths = sorted(args.gold_dir.glob("*.json"))[:args.limit]
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths] * args.repeat
    if not texts:
        raise SystemExit(f"no *.json texts in {args.gold_dir}")
    nlp = new_pipeline()
    nlp.add_pipe("according")
    _rate(nlp, texts[:4], [])  # warm-up: lazy imports, the entity lexicons, the models
    bare = _rate(nlp, texts, ["according"])
    full = _rate(nlp, texts, [])
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words / len(texts):.0f} words each on average")
    print(f"bare spaCy parse : {bare:6.2f} articles/s")
    print(f"with according   : {full:6.2f} articles/s")
    print(f"ratio            : {full / bare:6.2f} (according costs {100 * (bare / full - 1):.0f}% "
          "on top of the parse)")
    print("\nCPU ms per article (nested: the finder holds the stages above it):")
    for stage, ms in stage_costs(nlp, texts).items():
        print(f"  {stage:48s} {ms:7.1f}")


if __name__ == "__main__":
    main()
