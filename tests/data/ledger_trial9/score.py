"""Score a ledger of this folder's inputs against expected.json: trial 8's checks (all in
tests/data/ledger_trial_scoring.py), on an economics story -- a central bank's rate
decision and the month's inflation in the invented Calderra (stranger trial 9).

    according ingest tests/data/ledger_trial9/[01]* --db /tmp/t9.duckdb --quiet
    python tests/data/ledger_trial9/score.py /tmp/t9.duckdb

(the ten inputs are the files whose names begin with a digit).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
import ledger_trial_scoring as scoring  # noqa: E402  (the data folders are not a package)

EXPECTED = scoring.load(HERE)
ingest = scoring.ingester(HERE)  # ingest(db): the ten inputs into the ledger at `db`
score = scoring.scorer(EXPECTED, scoring.TRIAL8_CHECKS)  # score(db): right, total, misses

if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
