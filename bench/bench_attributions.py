"""Throughput of the `according` component next to a bare spaCy parse of the same texts.

    .venv/bin/python bench/bench_attributions.py [GOLD_DIR] [--repeat N]

Reads the texts of a Citron/PolNeAR directory (default ../shared/data/polnear/dev), parses
them once with the pipeline minus `according` and once with it, in the same process, and
prints articles/s of each and their ratio (single process, batch size 16).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from according.nlp import new_pipeline

DEFAULT_DIR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"


def _rate(nlp, texts: list[str], disable: list[str]) -> float:  # noqa: ANN001
    start = time.perf_counter()
    with nlp.select_pipes(disable=disable):
        for _ in nlp.pipe(texts, batch_size=16):
            pass
    return len(texts) / (time.perf_counter() - start)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold_dir", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--repeat", type=int, default=1, help="passes over the texts (default 1)")
    args = ap.parse_args()
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"]
             for p in sorted(args.gold_dir.glob("*.json"))] * args.repeat
    if not texts:
        raise SystemExit(f"no *.json texts in {args.gold_dir}")
    nlp = new_pipeline()
    nlp.add_pipe("according")
    _rate(nlp, texts[:4], [])  # warm-up: lazy imports, the entity lexicons
    bare = _rate(nlp, texts, ["according"])
    full = _rate(nlp, texts, [])
    words = sum(len(t.split()) for t in texts)
    print(f"{len(texts)} articles, {words / len(texts):.0f} words each on average")
    print(f"bare spaCy parse : {bare:6.2f} articles/s")
    print(f"with according   : {full:6.2f} articles/s")
    print(f"ratio            : {full / bare:6.2f} (according costs {100 * (bare / full - 1):.0f}% "
          "on top of the parse)")


if __name__ == "__main__":
    main()
