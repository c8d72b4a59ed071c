"""Time expressions against TimeML gold: TimeBank and AQUAINT (TempEval-3 training data).

    python bench/eval_times.py [--gold ../shared/data/timebank] [--records out.jsonl]
                               [--errors errors.txt] [--times-only] [--limit N]
    python bench/eval_times.py --open [round1|round2]    # the open set written here

Builds one JSON Lines article per gold document (`text`, `published` = its DCT, `url` =
"timeml:<id>"), extracts records the way `according extract` does, writes them (`--records`)
and scores them with ../shared/tools/score_times.py (strict and relaxed extent F1, value F1 =
value accuracy x relaxed F1, type accuracy, per gold type). A second table scores the same
records by the contract's optional TIMEX3 fields (`timex3`, `type`) instead of what the shared
scorer reads (`value`, and a type guessed from `reason`/`granularity`).

`--times-only` skips the attribution and figure stages (same parse, layout and `find_times`):
the times come out the same, several times faster, for working on the rules.
`--open` scores the open set instead: news documents written for this project (2023-2025
style) with TIMEX3 gold, in tests/data/times_open/<round>/ (built from its annotated source by
bench/build_times_open.py; conventions in its README). Round 1 was used to find and fix
classes of errors; round 2 was written afterwards and scored once, as the check that the
rules generalise.
Exits 0 with a message when ../shared is absent.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "data" / "timebank"
OPEN = Path(__file__).resolve().parents[1] / "tests" / "data" / "times_open"
SCORER = SHARED / "tools" / "score_times.py"
TYPES = ("DATE", "TIME", "DURATION", "SET")


def load_scorer(path: Path = SCORER) -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_times", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def jsonl_lines(gold: dict[str, dict]) -> list[bytes]:
    """One JSON Lines article per gold document, as a user would feed them to `extract`."""
    return [json.dumps({"text": doc["text"], "published": doc["dct"],
                        "url": f"timeml:{doc_id}"}).encode("utf-8")
            for doc_id, doc in gold.items()]


def extract_records(lines: list[bytes], times_only: bool) -> Iterator[dict]:
    """Records of the JSON Lines articles: the full pipeline, or parse + layout + times."""
    from according.read import InputError
    from according.read.jsonl import jsonl_articles

    articles = jsonl_articles(lines, "timebank.jsonl", max_bytes=5_000_000)
    if not times_only:
        from according.extract import extract_inputs

        for result in extract_inputs(articles):
            if isinstance(result, InputError):
                print(f"eval_times: {result}", file=sys.stderr)
                continue
            yield result.to_dict()
        return
    from according.extract import _prepare, _published_datetime
    from according.nlp import load_pipeline
    from according.records import Record
    from according.times import find_times

    nlp = load_pipeline()
    ok = [a for a in articles if not isinstance(a, InputError)]
    prepared = [_prepare(nlp, a) for a in ok]
    docs = nlp.pipe(d for d, _ in prepared)
    for article, (_, layout), doc in zip(ok, prepared, docs, strict=True):
        times = find_times(doc, _published_datetime(layout.metadata), layout.regions)
        yield Record(article.text, article.info, layout.metadata, tuple(layout.regions),
                     times=times).to_dict()


def contract_view(records: list[dict]) -> dict[str, list[dict]]:
    """Predictions read from the contract's TIMEX3 fields (`timex3`, `type`)."""
    pred: dict[str, list[dict]] = {}
    for r in records:
        doc_id = (r["input"].get("url") or "").removeprefix("timeml:")
        pred[doc_id] = [{"start": t["span"]["start"], "end": t["span"]["end"],
                         "text": t["span"]["text"], "value": t.get("timex3"),
                         "type": (t.get("type") or "").upper() or None,
                         "reason": t.get("reason")} for t in r.get("times", [])]
    return pred


def table(title: str, result: dict) -> str:
    rows = [title, f"{'view':10} {'gold':>5} {'sys':>5} {'strictF1':>9} {'relaxP':>7} "
                   f"{'relaxR':>7} {'relaxF1':>8} {'valAcc':>7} {'valF1':>6} {'typeAcc':>7}"]
    for name, s in result.items():
        rows.append(f"{name:10} {s['gold']:5} {s['system']:5} {s['strict']['f1']:9.1f} "
                    f"{s['relaxed']['p']:7.1f} {s['relaxed']['r']:7.1f} "
                    f"{s['relaxed']['f1']:8.1f} {s['value_accuracy']:7.1f} "
                    f"{s['value_f1']:6.1f} {s['type_accuracy']:7.1f}")
    rows.append("per gold type (all): gold relaxedR strictR valueR")
    for t, v in result["all"]["per_gold_type"].items():
        rows.append(f"  {t:9} {v['gold']:4} {v['relaxed_recall']:6.1f} "
                    f"{v['strict_recall']:6.1f} {v['value_recall']:6.1f}")
    return "\n".join(rows)


def error_lines(errors: list) -> list[str]:
    out = []
    for kind, doc, g, s in sorted(errors, key=lambda e: (e[0], e[1])):
        gs = f"{g['text']!r} {g['type']} {g['value']} {g.get('mod') or ''}" if g else "-"
        ss = (f"{s.get('text', '')!r} {s.get('type')} {s.get('value')} {s.get('reason') or ''}"
              if s else "-")
        out.append(f"{kind:12} {doc:28} gold {gs:50} | sys {ss}")
    counts = Counter(e[0] for e in errors)
    return [f"# {k}: {n}" for k, n in counts.most_common()] + out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD, help="TimeML gold folder (JSON)")
    ap.add_argument("--scorer", type=Path, default=SCORER)
    ap.add_argument("--records", type=Path, help="also write the records here (JSON Lines)")
    ap.add_argument("--errors", type=Path, help="write every error (contract view) here")
    ap.add_argument("--json", type=Path, help="write both score tables here as JSON")
    ap.add_argument("--times-only", action="store_true",
                    help="parse, layout and times only (same times, faster)")
    ap.add_argument("--limit", type=int, help="only the first N documents")
    ap.add_argument("--open", nargs="?", const="round1", metavar="ROUND",
                    help="score the open set's ROUND (round1, round2, all) instead of --gold")
    args = ap.parse_args()
    if args.open:
        args.gold = OPEN if args.open == "all" else OPEN / args.open
    if not args.gold.is_dir() or not args.scorer.is_file():
        print(f"skipped: {args.gold} or {args.scorer} is absent (they live in ../shared)")
        return 0
    scorer = load_scorer(args.scorer)
    gold = scorer.load_gold(str(args.gold))
    if args.limit:
        gold = dict(list(gold.items())[: args.limit])
    start = time.perf_counter()
    records = list(extract_records(jsonl_lines(gold), args.times_only))
    seconds = time.perf_counter() - start
    if args.records:
        with args.records.open("w", encoding="utf-8") as out:
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    shared_pred = {}
    for r in records:  # what score_times.py --records reads, without a file round trip
        doc_id = (r["input"].get("url") or "").removeprefix("timeml:")
        shared_pred[doc_id] = [{"start": t["span"]["start"], "end": t["span"]["end"],
                                "text": t["span"]["text"], "value": scorer.tool_value(t),
                                "type": scorer.tool_type(t), "reason": t.get("reason")}
                               for t in r["times"]]
    results = {}
    for name, pred in (("score_times.py (value)", shared_pred),
                       ("contract TIMEX3 fields (timex3, type)", contract_view(records))):
        results[name] = {view: scorer.score(gold, pred, types)[0]
                         for view, types in scorer.VIEWS.items()}
        print(table(name, results[name]), end="\n\n")
    print(f"{len(records)} documents, {sum(len(r['times']) for r in records)} times, "
          f"extracted in {seconds:.1f} s")
    if args.errors:
        _, errors = scorer.score(gold, contract_view(records))
        args.errors.write_text("\n".join(error_lines(errors)) + "\n", encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
