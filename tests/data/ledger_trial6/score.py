"""Score a ledger of this folder's inputs against expected.json: trial 2's checks (one fact
per expected field) for articles, sources and claims, and this trial's own besides: the
two refused inputs and their reasons, a source's type, claims that must not exist or must
not be a given source's, a figure's counted thing and place, and disagreements whose
sources or day are not pinned (all in tests/data/ledger_trial_scoring.py).

    according ingest tests/data/ledger_trial6/[01]* --db /tmp/t6.duckdb
    python tests/data/ledger_trial6/score.py /tmp/t6.duckdb

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
score = scoring.scorer(EXPECTED, scoring.TRIAL6_CHECKS)  # score(db): right, total, misses

if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
