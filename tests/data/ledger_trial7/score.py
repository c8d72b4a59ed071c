"""Score a ledger of this folder's inputs against expected.json: trial 6's checks and this
trial's besides: how many articles were stored, each article's day, a refusal's reason
among several wordings, sources found by a word of their name (one body under several
descriptions), a figure's source by a word of its name, and figures that must not be read
at all (clock times, an update's number, a correction's retracted figure); all in
tests/data/ledger_trial_scoring.py.

    according ingest tests/data/ledger_trial7/[01]* --db /tmp/t7.duckdb
    python tests/data/ledger_trial7/score.py /tmp/t7.duckdb

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
score = scoring.scorer(EXPECTED, scoring.TRIAL7_CHECKS)  # score(db): right, total, misses

if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
