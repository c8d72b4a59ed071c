"""What each stage of `extract` costs per article, in CPU ms, beside a bare spaCy parse.

    .venv/bin/python bench/bench_extract_stages.py [--limit N] [--repeat N] [--shared ../shared]

Runs extract's own steps over PolNeAR dev texts in batches of 16 (layout, each component
of extract's parse over the batch, then per article the attribution component with its
learned choices timed inside it, figures, times, figure days) and a bare parse of the same texts
(`load_pipeline()`, batches of 16), all in one process, CPU time of this process (a busy
shared machine disturbs it less than wall time). Each pass runs the bare parse first, then
the stages (the garbage collector paused over a pass and run once after it, as extract
does for each batch); the numbers are means over passes.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import json
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

from according.nlp import load_pipeline
from according.read import ArticleInput
from according.records import InputInfo
from bench_attributions import _timed  # stage timers: the same wrapper (bench/ on the path)

DEFAULT_SHARED = Path(__file__).resolve().parents[2] / "shared"
BATCH = 16  # articles between two collections, as extract's default batch

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=40, help="the first N dev articles (40)")
    ap.add_argument("--repeat", type=int, default=2, help="passes over them (2)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args()
    dev = args.shared / "data" / "polnear" / "dev"
    if not dev.is_dir():
        sys.exit(f"bench_extract_stages: {dev} is absent; put the shared data beside the checkout")
    ex = importlib.import_module("according.extract")
    import according.attribution.component as component
    import according.attribution.find as find
    import according.attribution.learned as learned
    from according.quantities import find_quantities
    from according.quantities.as_of import figures_as_of

    paths = sorted(dev.glob("*.json"))[:args.limit]
    articles = [ArticleInput(json.loads(p.read_text(encoding="utf-8"))["text"],
                             InputInfo(p.name)) for p in paths]
    texts = [a.text for a in articles]
    nlp, bare = ex.article_pipeline(), load_pipeline()
    list(ex.extract_inputs(articles[:3]))  # warm-up: lazy imports, lexicons, models
    list(bare.pipe(texts[:3]))
    attribute = nlp.get_pipe(ex.ATTRIBUTION_COMPONENT)
    spent: dict[str, float] = defaultdict(float)
    inner = [(find, "scored_heads", "  cue heads (classifier, rule features)"),
             (learned, "rule_guess", "  rule cascade for each head"),
             (learned, "cue_bounds", "  cue extent (cue_left, cue_right)"),
             (learned, "choose_source", "  source (source)"),
             (learned, "choose_contents", "  content (content_start, _end, _pair, _gap)"),
             (component, "resolve_sources", "  source resolution (entities, coreference)")]

    def timed(label: str, f: Callable, *a: object) -> object:
        start = time.process_time()
        out = f(*a)
        spent[label] += time.process_time() - start
        return out

    def one_batch(batch: list[ArticleInput]) -> None:
        prepared = [timed("tokens and layout", ex._prepare, nlp, a) for a in batch]
        docs = [doc for doc, _ in prepared]
        for name, pipe in nlp.pipeline:  # each component over the batch, as nlp.pipe runs it
            if name != ex.ATTRIBUTION_COMPONENT:
                run = getattr(pipe, "pipe", None)
                docs = timed(f"parse: {name}", lambda d, p=pipe, r=run: list(
                    r(d, batch_size=BATCH) if r else map(p, d)), docs)
        for doc, (_, layout) in zip(docs, prepared, strict=True):
            timed("attributions (all)", attribute, doc)
            found = tuple(doc._.attributions)
            published = ex._published_datetime(layout.metadata)
            figures = timed("figures", find_quantities, doc, found, layout.regions)
            times = timed("times", ex._times_near_calendar_ends, doc, published,
                          layout.regions, [])
            timed("figure days", figures_as_of, doc, figures, times, found, published)

    for _ in range(args.repeat):
        start = time.process_time()
        for _ in bare.pipe(texts, batch_size=16):
            pass
        spent["bare parse (load_pipeline, batches of 16)"] += time.process_time() - start
        originals = [(m, n, _timed(spent, m, n, label)) for m, n, label in inner]
        try:
            for at in range(0, len(articles), BATCH):
                gc.disable()  # as extract does for each batch: one collection when it is done
                try:
                    one_batch(articles[at:at + BATCH])
                finally:
                    gc.enable()
                    timed("garbage collection (once per batch)", gc.collect)
        finally:
            for module, name, original in originals:
                setattr(module, name, original)
    per = 1000 / (len(articles) * args.repeat)
    parse = sum(v for k, v in spent.items() if k.startswith("parse: "))
    extract = parse + sum(spent[k] for k in ("tokens and layout", "attributions (all)",
                                             "figures", "times", "figure days",
                                             "garbage collection (once per batch)"))
    print(f"{len(articles)} PolNeAR dev articles x {args.repeat}; CPU ms per article")
    for label, seconds in spent.items():
        print(f"  {label:50s} {seconds * per:7.1f}")
    print(f"  {'extract parse (the components above)':50s} {parse * per:7.1f}")
    print(f"  {'extract (all stages)':50s} {extract * per:7.1f}")
    bare_ms = spent["bare parse (load_pipeline, batches of 16)"] * per
    print(f"extract / bare parse CPU: {extract * per / bare_ms:.2f}x")


if __name__ == "__main__":
    main()
