"""Error analysis of figures on the public figure cases: buckets by category and error kind.

Usage: .venv/bin/python bench/figure_errors.py [CASES.json] [--show N] [--bucket TEXT]
Runs `according.extract` on every case (as ../shared/tools/score_figures.py does, whose
matching it reuses) and counts, per category, gold figures that were missed, read with a
wrong value (an unmatched figure in the same case), a wrong bound or a wrong unit, spurious
figures (counted false by the scorer) and negatives with a figure. Prints the N first cases
of each bucket (or only of buckets whose name holds TEXT). Exits 0 when ../shared is absent.
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CASES = SHARED / "data" / "figures" / "dev.json"
SCORER = SHARED / "tools" / "score_figures.py"


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_figures", SCORER)
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def _gold(item: dict) -> str:
    if item["kind"] == "range":
        return f"[{item['low']:g}..{item['high']:g}] range {item.get('unit') or ''}"
    return f"{item['value']:g} {item['kind']} {item.get('unit') or ''}"


def _pred(p: dict) -> str:
    bounds = f"[{p.get('low')},{p.get('high')}]"
    return f"{p.get('text', '')!r}={p.get('value')} {bounds} {p.get('unit')}"


def buckets(scorer, cases: list[dict], predmap: dict) -> dict[str, list[str]]:
    """Bucket name ("missed/plain", "wrong bound/range", "negative/phone"...) -> lines."""
    out: dict[str, list[str]] = collections.defaultdict(list)
    for c in cases:
        preds = predmap.get(c["id"], [])
        results, false = scorer.score_case(c, preds)
        used = {id(r["pred"]) for r in results if r["pred"] is not None}
        unmatched = [p for p in preds if id(p) not in used]
        head = repr(c["text"][:140])
        if c["negative"]:
            if preds:
                out[f"negative/{c['negative_kind']}"].append(
                    f"{head} | got {'; '.join(map(_pred, preds))}")
            continue
        for r in results:
            it = r["item"]
            cat = it["category"]
            if not r["found"]:
                kind = "wrong value" if unmatched else "missed"
                got = "; ".join(map(_pred, unmatched)) or "nothing"
                out[f"{kind}/{cat}"].append(f"{head} -> {_gold(it)} | got {got}")
            elif r["bound"] is False:
                out[f"wrong bound/{cat}"].append(f"{head} -> {_gold(it)} | got {_pred(r['pred'])}")
            if r["unit"] is False:
                out[f"wrong unit/{cat}"].append(f"{head} -> {_gold(it)} | got {_pred(r['pred'])}")
        for p in false:
            out["spurious"].append(f"{head} | got {_pred(p)}")
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", default=str(CASES))
    parser.add_argument("--show", type=int, default=3, help="cases printed per bucket")
    parser.add_argument("--bucket", default="", help="only buckets whose name holds this")
    args = parser.parse_args()
    if not Path(args.cases).exists() or not SCORER.exists():
        print(f"skipped: {args.cases} or {SCORER} absent (the figure cases live in ../shared)")
        return 0
    import json

    scorer = load_scorer()
    cases = json.loads(Path(args.cases).read_text(encoding="utf-8"))["cases"]
    predmap, _seconds = scorer.predict_according(cases)
    found = buckets(scorer, cases, predmap)
    for name, lines in sorted(found.items(), key=lambda kv: -len(kv[1])):
        print(f"[{len(lines):3d}] {name}")
        if args.bucket in name:
            for line in lines[: args.show]:
                print("      " + line)
    metrics, _errors = scorer.score_all(cases, predmap)
    print(f"F1 {metrics['f1']:.1f} (P {metrics['precision']:.1f} R {metrics['recall']:.1f}); "
          f"unit {metrics['unit_acc']:.1f}; bound {metrics['bound_acc']:.1f}; "
          f"negatives {metrics['neg_fp_rate']:.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
