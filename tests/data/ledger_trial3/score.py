"""Score a ledger of this folder's articles against expected.json, with trial 2's scorer
(tests/data/ledger_trial2/score.py: one fact per expected field), read against this
folder's expectations.

    according ingest tests/data/ledger_trial3/stories.jsonl tests/data/ledger_trial3/*.txt \\
        tests/data/ledger_trial3/*.html --db /tmp/t3.duckdb
    python tests/data/ledger_trial3/score.py /tmp/t3.duckdb
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).parent


def trial2_scorer():  # noqa: ANN201
    """Trial 2's score module, loaded by path (the data folders are not a package)."""
    spec = importlib.util.spec_from_file_location(
        "ledger_trial2_score", HERE.parent / "ledger_trial2" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = trial2_scorer()
scorer.EXPECTED = json.loads((HERE / "expected.json").read_text("utf-8"))

if __name__ == "__main__":
    scorer.main(sys.argv[1])
