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
INPUTS = sorted(HERE.glob("[01]*"))  # the ten inputs, not expected.json nor this file


def ingest(db: Path):  # noqa: ANN201
    """The trial's inputs ingested into the ledger at `db`; the ingest summary."""
    return scoring.ingest(db, INPUTS)


def score(db: str) -> scoring.Score:
    """The Score of the ledger at `db` (right, total, misses)."""
    return scoring.run(db, [(part, EXPECTED) for part in (
        scoring.score_errors, scoring.score_stored_and_days, scoring.score_articles,
        scoring.score_sources, scoring.score_types, scoring.score_sources_like,
        scoring.score_claims, scoring.score_claim_absences, scoring.score_figure_facts,
        scoring.score_labels, scoring.score_counted_and_places, scoring.score_clashes,
        scoring.score_figure_sources, scoring.score_figures_never)])


if __name__ == "__main__":
    scoring.report(score(sys.argv[1]))
