"""Score a ledger of this folder's articles against expected.json: one fact per expected
field (an article's original, wire flag and outlet; a source's rows, counts and forms; a
claim's sources, counts and flags; a figure's presence, day, origin and source; a
disagreement's presence, within-article flag, sources and day; each absence of one).
Names are compared as a reader would: case and a leading "the" aside. The checks live in
tests/data/ledger_trial_scoring.py, shared by every trial.

    according ingest tests/data/ledger_trial2/stories.jsonl tests/data/ledger_trial2/*.txt \\
        tests/data/ledger_trial2/*.html --db /tmp/t.duckdb
    python tests/data/ledger_trial2/score.py /tmp/t.duckdb
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
import ledger_trial_scoring as scoring  # noqa: E402  (the data folders are not a package)

EXPECTED = scoring.load(HERE)
score = scoring.scorer(EXPECTED, scoring.FIELD_CHECKS)  # score(db): right, total, misses

if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
