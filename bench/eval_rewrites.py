"""How the ledger groups rewrites of wire stories: per labelled pair of
tests/data/rewrites/pairs.json (and three held-out pairs of stranger trial 6), the story
signature's Jaccard and containment (duplicates.same_story's estimates), the prose-only
measures (word 5-grams of the body outside quotation marks, exact sets), whether
same_story holds and whether the ledger put the two in one group; then pairs found (same,
grouped) and false joins (independent, grouped).

    PYTHONPATH=src python bench/eval_rewrites.py [--db /tmp/rewrites.duckdb]

The folder's articles (and the three trial files) are ingested into a fresh ledger at
--db unless it already holds them.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import numpy as np

from according.ledger import duplicates, open_ledger
from according.ledger.duplicates import NUM_PERM, StoryKey, body_words, record_story_day
from according.ledger.quotes import quote_words

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
_QUOTED = re.compile(r"[\"“”«»]")


def prose_words(text: str, regions: list[tuple[int, int, str]]) -> tuple[str, ...]:
    """The body's words outside quotation marks (duplicates.prose_words where the ledger
    has it; a quotation left open at a paragraph's end closes there)."""
    ledger_rule = getattr(duplicates, "prose_words", None)
    if ledger_rule is not None:
        return ledger_rule(text, regions)
    parts = [text[s:e] for s, e, kind in regions if kind == "body"] or [text]
    kept = []
    for para in "\n".join(parts).split("\n"):
        kept += [piece for n, piece in enumerate(_QUOTED.split(para)) if n % 2 == 0]
    return quote_words(" ".join(kept))


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
            "SELECT path, story_sig, story_n, wire, byline_names, group_seq, record_json "
            "FROM articles").fetchall()
    out = {}
    for path, sig, size, wire, names, group, doc in rows:
        record = json.loads(doc)
        regions = [(r["start"], r["end"], r["kind"]) for r in record.get("regions") or ()]
        out[Path(path).name] = {
            "key": StoryKey(np.asarray(sig, dtype=np.uint32), size or 0,
                            frozenset(wire or ()), frozenset(names or ()),
                            record_story_day(record)),
            "group": group,
            "words": body_words(record["text"], regions),
            "prose": prose_words(record["text"], regions),
        }
    return out


def measure(pair: dict, arts: dict[str, dict]) -> dict:
    a, b = arts[pair["a"]], arts[pair["b"]]
    ka, kb = a["key"], b["key"]
    jaccard = float(np.count_nonzero(ka.signature == kb.signature)) / NUM_PERM
    inter = jaccard * (ka.n_shingles + kb.n_shingles) / (1 + jaccard)
    contained = inter / max(1, min(ka.n_shingles, kb.n_shingles))
    prose_j, prose_c = overlap(shingle_set(a["prose"]), shingle_set(b["prose"]))
    return {**pair, "story_j": jaccard, "story_c": contained,
            "prose_j": prose_j, "prose_c": prose_c,
            "same_story": duplicates.same_story(ka, kb), "grouped": a["group"] == b["group"]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/eval_rewrites.duckdb"))
    args = parser.parse_args()
    arts = stored(args.db)
    pairs = json.loads((DEV / "pairs.json").read_text("utf-8"))["pairs"]
    print(f"{'pair':<58} {'label':<11} story J/C  prose J/C  same grouped")
    for name, rows in (("dev", pairs), ("held out", HELD_OUT)):
        results = [measure(p, arts) for p in rows]
        for r in results:
            print(f"{r['a'][:27] + ' ' + r['b'][:30]:<58} {r['label']:<11} "
                  f"{r['story_j']:.2f}/{r['story_c']:.2f}  {r['prose_j']:.2f}/{r['prose_c']:.2f}"
                  f"  {'yes' if r['same_story'] else 'no ':<4} {'yes' if r['grouped'] else 'no'}")
        same = [r for r in results if r["label"] == "same"]
        other = [r for r in results if r["label"] != "same"]
        print(f"{name}: pairs found {sum(r['grouped'] for r in same)} of {len(same)}, "
              f"false joins {sum(r['grouped'] for r in other)} of {len(other)}\n")


if __name__ == "__main__":
    main()
