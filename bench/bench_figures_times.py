"""Added cost of find_quantities + find_times beside the spaCy parse, over PolNeAR dev.

Usage: .venv/bin/python bench/bench_figures_times.py [--limit N]
Prints per-article milliseconds for the parse and for the two finders, and their ratio.
Exits 0 with a message when ../shared (PolNeAR) is absent.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear" / "dev"
DATE_IN_NAME = re.compile(r"_(\d{4})-(\d{2})-(\d{2})_")


def published_from_name(name: str) -> datetime | None:
    """PolNeAR file names carry the publication day ("breitbart_2015-11-11_..."); noon UTC."""
    m = DATE_IN_NAME.search(name)
    return datetime(int(m[1]), int(m[2]), int(m[3]), 12, tzinfo=UTC) if m else None


def main(limit: int | None) -> int:
    if not DEV.is_dir():
        print(f"skipped: {DEV} absent (PolNeAR dev texts live in ../shared)")
        return 0
    from according.nlp import load_pipeline
    from according.quantities import find_quantities
    from according.times import find_times

    nlp = load_pipeline()
    files = sorted(DEV.glob("*.json"))[:limit]
    texts = [json.loads(f.read_text(encoding="utf-8"))["text"] for f in files]
    published = [published_from_name(f.name) for f in files]
    nlp("warm up the pipeline")
    parse = quantities = times = 0.0
    n_q = n_t = n_resolved = 0
    for text, pub in zip(texts, published, strict=True):
        t0 = time.perf_counter()
        doc = nlp(text)
        t1 = time.perf_counter()
        qs = find_quantities(doc)
        t2 = time.perf_counter()
        ts = find_times(doc, pub)
        t3 = time.perf_counter()
        parse, quantities, times = parse + t1 - t0, quantities + t2 - t1, times + t3 - t2
        n_q, n_t = n_q + len(qs), n_t + len(ts)
        n_resolved += sum(t.value is not None for t in ts)
        for span in [q.span for q in qs] + [t.span for t in ts]:
            assert text[span.start : span.end] == span.text
    n = len(texts)
    print(f"articles: {n}  chars: {sum(map(len, texts))}")
    print(f"parse:           {1000 * parse / n:8.2f} ms/article")
    print(f"find_quantities: {1000 * quantities / n:8.2f} ms/article  ({n_q} figures)")
    print(f"find_times:      {1000 * times / n:8.2f} ms/article  ({n_t} times, "
          f"{n_resolved} resolved)")
    print(f"added cost / parse: {(quantities + times) / parse:.3f}")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    sys.exit(main(parser.parse_args().limit))
