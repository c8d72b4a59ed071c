"""Score a ledger of this folder's inputs against expected.json: trial 2's scorer
(tests/data/ledger_trial2/score.py: one fact per expected field) for articles, sources and
claims, and this trial's own checks besides: the two refused inputs and their reasons, a
source's type, claims that must not exist or must not be a given source's, a figure's
counted thing and place, and disagreements whose sources or day are not pinned.

    according ingest tests/data/ledger_trial6/[01]* --db /tmp/t6.duckdb
    python tests/data/ledger_trial6/score.py /tmp/t6.duckdb

(the ten inputs are the files whose names begin with a digit).
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

from according.ledger import open_ledger

HERE = Path(__file__).parent
INPUTS = sorted(HERE.glob("[01]*"))  # the ten inputs, not expected.json nor this file


def _trial3():  # noqa: ANN202
    spec = importlib.util.spec_from_file_location("ledger_trial3_score",
                                                  HERE.parent / "ledger_trial3" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _trial3().trial2_scorer()  # trial 2's scorer, a fresh module, with this trial's
scorer.EXPECTED = EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))
norm = scorer.norm


def ingest(db: Path):  # noqa: ANN201
    """The trial's inputs ingested into the ledger at `db`; the ingest summary."""
    with open_ledger(db) as ledger:
        return ledger.ingest(INPUTS)


def score_errors(s, ledger) -> None:  # noqa: ANN001
    errors = list(ledger.errors(limit=500))
    for x in EXPECTED["errors"]:
        found = [e for e in errors if e.input.endswith(x["input_endswith"])]
        s.check(f"error {x['input_endswith']}", [x["reason_contains"] in e.reason for e in found],
                [True])


def score_types(s, v) -> None:  # noqa: ANN001
    for x in EXPECTED["sources"]:
        rows = [c for c in v.sources if norm(c.name) == norm(x["name"])]
        if "type" in x:
            s.check(f"source {x['name']} type", [c.type for c in rows][:1], [x["type"]])
        if "type_not" in x:
            s.check(f"source {x['name']} not {x['type_not']}",
                    any(c.type == x["type_not"] for c in rows), False)


def score_claim_absences(s, v) -> None:  # noqa: ANN001
    for x in EXPECTED["no_claims"]:
        s.check(f"no claim {x['contains']}", [c.text for c in v.claims if x["contains"] in c.text],
                [])
    for x in EXPECTED["not_by"]:
        s.check(f"no claim {x['contains']} by {x['source_contains']}",
                [c.text for c in v.claims if x["contains"] in c.text
                 and any(x["source_contains"] in n.lower() for n in c.sources)], [])


def score_figures(s, v) -> None:  # noqa: ANN001
    """Trial 2's figure checks on this trial's figures, then this trial's own."""
    scorer.EXPECTED = {**EXPECTED, "disagreements": [], "no_disagreement": [],
                       "counted_things": {"include": []}}
    try:
        scorer.score_figures(s, v)
    finally:
        scorer.EXPECTED = EXPECTED
    for x in EXPECTED["counted"]:
        found = v.figures_of(x["file"], x["text_contains"])
        s.check(f"figure {x['file']} {x['text_contains']} counts {x['counted_contains']}",
                bool(found) and x["counted_contains"] in (found[0].counted or ""), True)
    s.check("places never", [f.place for f in v.figures if f.place and any(
        p in f.place for p in EXPECTED["places_never"])], [])
    for x in EXPECTED["disagreements"]:
        label = f"clash {x['figures'][0][1]}/{x['figures'][1][1]}"
        d = v.clash(*x["figures"])
        s.check(f"{label} found", d is not None, True)
        if "within_article" in x:
            s.check(f"{label} within", None if d is None else d.within_article,
                    x["within_article"])
        if "day" in x:
            s.check(f"{label} day", None if d is None else {d.first.day, d.second.day},
                    {x["day"]})
    for x in EXPECTED["no_disagreement"]:
        s.check(f"no clash {x['figures'][0][1]}/{x['figures'][1][1]}",
                v.clash(*x["figures"]) is None, True)


def score(db: str):  # noqa: ANN201
    """The Score of the ledger at `db` (right, total, misses)."""
    s = scorer.Score()
    with open_ledger(db, read_only=True) as ledger:
        v = scorer.Views(ledger)
        score_errors(s, ledger)
    scorer.score_articles(s, v)
    scorer.score_sources(s, v)
    score_types(s, v)
    scorer.score_claims(s, v)
    score_claim_absences(s, v)
    score_figures(s, v)
    return s


if __name__ == "__main__":
    result = score(sys.argv[1])
    print(f"{result.right} of {result.total} right")
    for miss in result.misses:
        print(" -", miss)
