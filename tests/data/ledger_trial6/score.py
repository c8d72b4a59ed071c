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
INPUTS = sorted(HERE.glob("[01]*"))  # the ten inputs, not expected.json nor this file


def ingest(db: Path):  # noqa: ANN201
    """The trial's inputs ingested into the ledger at `db`; the ingest summary."""
    return scoring.ingest(db, INPUTS)


def score(db: str) -> scoring.Score:
    """The Score of the ledger at `db` (right, total, misses)."""
    return scoring.run(db, [(part, EXPECTED) for part in (
        scoring.score_errors, scoring.score_articles, scoring.score_sources,
        scoring.score_types, scoring.score_claims, scoring.score_claim_absences,
        scoring.score_figure_facts, scoring.score_labels, scoring.score_counted_and_places,
        scoring.score_clashes)])


if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
