"""How the ledger groups rewrites of wire stories: per labelled pair of
tests/data/rewrites/pairs.json (and three held-out pairs of stranger trial 6), the story
signature's Jaccard and containment (duplicates.same_story's estimates), the prose-only
measures (the content words of the body outside quotation marks, duplicates.prose_and_quoted:
exact sets, and the prose signature's estimate of their Jaccard), the quoted
signature's estimate of the containment of their quoted words' 3-grams, whether
same_story holds and whether the ledger put the two in one group; then pairs found (same,
grouped) and false joins (independent, grouped).

    PYTHONPATH=src python bench/eval_rewrites.py [--db /tmp/rewrites.duckdb]

The folder's articles (and the three trial files) are ingested into a fresh ledger at
--db unless it already holds them.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from according.ledger import duplicates, open_ledger
from according.ledger.duplicates import (
    NUM_PERM,
    PROSE_PERM,
    QUOTED_PERM,
    STORY_KEY_COLUMNS,
    body_words,
    prose_and_quoted,
    record_story_day,
    stored_key,
)

HERE = Path(__file__).resolve().parent.parent / "tests" / "data"
DEV = HERE / "rewrites"
TRIAL6 = HERE / "ledger_trial6"
HELD_OUT = [  # stranger trial 6: the Reuters story, its copy, its rewrite, an own report
    {"a": "01_reuters_wire.txt", "b": "03_idoro_star_rewrite.txt", "label": "same",
     "kind": "trial 6: uncredited rewrite"},
    {"a": "01_reuters_wire.txt", "b": "02_westafrican_ledger_copy.txt", "label": "same",
     "kind": "trial 6: copy"},
    {"a": "01_reuters_wire.txt", "b": "04_sahel_standard_independent.txt",
     "label": "independent", "kind": "trial 6: own report"},
]
def shingle_set(words: tuple[str, ...], k: int = 5) -> set[tuple[str, ...]]:
    return {words[i:i + k] for i in range(len(words) - k + 1)}


def overlap(a: set, b: set) -> tuple[float, float]:
    """(Jaccard, containment of the smaller) of two sets; zeros when either is empty."""
    if not a or not b:
        return 0.0, 0.0
    inter = len(a & b)
    return inter / len(a | b), inter / min(len(a), len(b))


def stored(db: Path) -> dict[str, dict]:
    """file name -> the stored article's story key, group and prose words."""
    paths = sorted(DEV.glob("[0-9]*.txt")) + [TRIAL6 / n for n in sorted(
        {p["a"] for p in HELD_OUT} | {p["b"] for p in HELD_OUT})]
    with open_ledger(db) as ledger:
        ledger.ingest(paths)
        rows = ledger.con.execute(
            f"SELECT path, group_seq, record_json, {STORY_KEY_COLUMNS} FROM articles"
        ).fetchall()
    out = {}
    for path, group, doc, *key in rows:
        record = json.loads(doc)
        regions = [(r["start"], r["end"], r["kind"]) for r in record.get("regions") or ()]
        out[Path(path).name] = {
            "key": stored_key(*key, day=record_story_day(record)),
            "group": group,
            "words": body_words(record["text"], regions),
            "prose": prose_and_quoted(record["text"], regions)[0],
        }
    return out


def measure(pair: dict, arts: dict[str, dict]) -> dict:
    a, b = arts[pair["a"]], arts[pair["b"]]
    ka, kb = a["key"], b["key"]
    jaccard = float(np.count_nonzero(ka.signature == kb.signature)) / NUM_PERM
    inter = jaccard * (ka.n_shingles + kb.n_shingles) / (1 + jaccard)
    contained = inter / max(1, min(ka.n_shingles, kb.n_shingles))
    prose_j, prose_c = overlap(shingle_set(a["prose"], 1), shingle_set(b["prose"], 1))
    estimate = (float(np.count_nonzero(ka.prose == kb.prose)) / PROSE_PERM
                if ka.prose is not None and kb.prose is not None else 0.0)
    quoted = 0.0
    if ka.quoted is not None and kb.quoted is not None and min(ka.quoted_n, kb.quoted_n):
        q = float(np.count_nonzero(ka.quoted == kb.quoted)) / QUOTED_PERM
        quoted = q * (ka.quoted_n + kb.quoted_n) / (1 + q) / min(ka.quoted_n, kb.quoted_n)
    return {**pair, "story_j": jaccard, "story_c": contained, "quoted_c": quoted,
            "prose_j": prose_j, "prose_c": prose_c, "prose_est": estimate,
            "same_story": duplicates.same_story(ka, kb), "grouped": a["group"] == b["group"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/eval_rewrites.duckdb"))
    args = parser.parse_args()
    arts = stored(args.db)
    pairs = json.loads((DEV / "pairs.json").read_text("utf-8"))["pairs"]
    print(f"{'pair':<58} {'label':<11} story J/C  prose J/C est  quoted  same grouped")
    for name, rows in (("dev", pairs), ("held out", HELD_OUT)):
        results = [measure(p, arts) for p in rows]
        for r in results:
            print(f"{r['a'][:27] + ' ' + r['b'][:30]:<58} {r['label']:<11} "
                  f"{r['story_j']:.2f}/{r['story_c']:.2f}  {r['prose_j']:.2f}/{r['prose_c']:.2f}"
                  f" {r['prose_est']:.2f}  {r['quoted_c']:.2f}  "
                  f"{'yes' if r['same_story'] else 'no ':<4} {'yes' if r['grouped'] else 'no'}")
        same = [r for r in results if r["label"] == "same"]
        other = [r for r in results if r["label"] != "same"]
        print(f"{name}: pairs found {sum(r['grouped'] for r in same)} of {len(same)}, "
              f"false joins {sum(r['grouped'] for r in other)} of {len(other)}\n")


if __name__ == "__main__":
    main()
