"""Score a ledger of this folder's inputs against expected.json: trial 7's checks and
this trial's besides (all in tests/data/ledger_trial_scoring.py): each article's sources
(the names it must credit and those, bylines and furniture, it must not), the sides of a
disagreement by a word of their sources' names, and a figure's source by any of several
words (a body written out or by its initials).

    according ingest tests/data/ledger_trial8/[01]* --db /tmp/t8.duckdb --quiet
    python tests/data/ledger_trial8/score.py /tmp/t8.duckdb

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
