"""HTML pages/s of `according extract` beside `trafilatura.extract` alone, same pages, same run,
and where the rest of the time goes.

    python bench/bench_html.py [PAGES_DIR ...] [--repeat N]

PAGES_DIR defaults to the HTML pages of tests/data/styles*/ (pages written in the house styles
of many outlets, with their chrome). Each stage is timed over every page, `--repeat` times, in
one process after loading the models once: the ratios are what to compare across runs.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIRS = sorted((REPO / "tests" / "data").glob("styles*"))


def timed(fn: Callable[[], object], repeat: int) -> float:
    """Seconds per pass over the pages, after one untimed pass (lazy imports, caches)."""
    fn()
    start = time.perf_counter()
    for _ in range(repeat):
        fn()
    return (time.perf_counter() - start) / repeat


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    paths = sorted(p for d in args.dirs for p in d.glob("*.html"))
    pages = [p.read_text(encoding="utf-8") for p in paths]
    if not pages:
        raise SystemExit("bench_html: no .html pages found")

    import trafilatura

    from according.article import read_layout
    from according.extract import ATTRIBUTION_COMPONENT, article_pipeline, extract_inputs
    from according.quantities import find_quantities
    from according.read import ArticleInput, read_inputs
    from according.read.html import html_article
    from according.read.language import foreign_language
    from according.times import find_times

    loads = time.perf_counter()
    nlp = article_pipeline()
    foreign_language("Warm the language model up with a sentence.")
    loads = time.perf_counter() - loads
    read = [html_article(html, name=str(p)) for p, html in zip(paths, pages, strict=True)]
    articles = [a for a in read if isinstance(a, ArticleInput)]
    texts = [a.text for a in articles]
    layouts = [read_layout(a.text, hints=a.hints) for a in articles]
    docs = list(nlp.pipe(texts, disable=[ATTRIBUTION_COMPONENT]))
    attribute = nlp.get_pipe(ATTRIBUTION_COMPONENT)
    n = len(pages)

    stages = {
        "trafilatura.extract alone": lambda: [trafilatura.extract(h) for h in pages],
        "extract, end to end": lambda: list(extract_inputs(read_inputs([str(p) for p in paths]))),
        "  read: trafilatura with metadata": lambda: [
            trafilatura.bare_extraction(h, with_metadata=True) for h in pages],
        "  read: whole HTML reader": lambda: [
            html_article(h, name="p") for h in pages],
        "  read: language check": lambda: [foreign_language(t) for t in texts],
        "  layout": lambda: [read_layout(a.text, hints=a.hints) for a in articles],
        "  spaCy parse": lambda: list(nlp.pipe(texts, disable=[ATTRIBUTION_COMPONENT])),
        "  attributions": lambda: [attribute(d) for d in docs],
        "  figures": lambda: [find_quantities(d, (), lay.regions)
                              for d, lay in zip(docs, layouts, strict=True)],
        "  times": lambda: [find_times(d, None, lay.regions)
                            for d, lay in zip(docs, layouts, strict=True)],
    }
    seconds = {name: timed(fn, args.repeat) for name, fn in stages.items()}
    base = seconds["trafilatura.extract alone"]
    whole = seconds["extract, end to end"]
    print(f"pages: {n} from {', '.join(str(d.relative_to(REPO)) for d in args.dirs)}; "
          f"repeat {args.repeat}; models loaded once before timing ({loads:.1f} s)")
    print(f"{'stage':36} {'pages/s':>9} {'ms/page':>9} {'share of extract':>17}")
    for name, s in seconds.items():
        share = "" if name == "trafilatura.extract alone" else f"{s / whole:16.0%}"
        print(f"{name:36} {n / s:9.1f} {1000 * s / n:9.1f} {share:>17}")
    print(f"extract / trafilatura.extract alone: {base / whole:.2f}x the pages/s "
          f"({whole / base:.1f}x the time)")


if __name__ == "__main__":
    main()
