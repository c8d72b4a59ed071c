"""Score a ledger of this folder's articles against expected.json, with trial 2's checks
(one fact per expected field, tests/data/ledger_trial_scoring.py) read against this
folder's expectations.

    according ingest tests/data/ledger_trial3/stories.jsonl tests/data/ledger_trial3/*.txt \\
        tests/data/ledger_trial3/*.html --db /tmp/t3.duckdb
    python tests/data/ledger_trial3/score.py /tmp/t3.duckdb
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
