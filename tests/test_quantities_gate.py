"""Quality floors for figures, scored by the shared scorer (../shared/tools/score_figures.py):
the public dev cases (../shared/data/figures/dev.json, issue 15's targets) and our own open
cases (tests/data/figures_open.json, written here in the styles of the same four suites).

Raising a floor is a commit of its own; a drop below one fails here.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from tests.conftest import SHARED, needs_shared

SCORER = SHARED / "tools" / "score_figures.py"
DEV = SHARED / "data" / "figures" / "dev.json"
OPEN = Path(__file__).resolve().parent / "data" / "figures_open.json"

# (value F1, unit accuracy, bound accuracy) at least; negative false-positive rate at most
DEV_FLOORS = (92.0, 95.0, 85.0, 3.0)  # issue 15's "done when"
OPEN_FLOORS = (97.0, 97.0, 95.0, 3.0)


def _scored(cases_path: Path) -> dict:
    needs_shared(SCORER)
    spec = importlib.util.spec_from_file_location("score_figures", SCORER)
    scorer = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(scorer)  # type: ignore[union-attr]
    cases = json.loads(cases_path.read_text(encoding="utf-8"))["cases"]
    predictions, _seconds = scorer.predict_according(cases)
    metrics, _errors = scorer.score_all(cases, predictions)
    return metrics


def _assert_floors(metrics: dict, floors: tuple[float, float, float, float]) -> None:
    f1, unit, bound, negative = floors
    got = (metrics["f1"], metrics["unit_acc"], metrics["bound_acc"], metrics["neg_fp_rate"])
    assert got[0] >= f1 and got[1] >= unit and got[2] >= bound and got[3] <= negative, (
        f"value F1 {got[0]:.1f} (>= {f1}), unit {got[1]:.1f} (>= {unit}), "
        f"bound {got[2]:.1f} (>= {bound}), negatives FP {got[3]:.1f}% (<= {negative})"
    )


@pytest.mark.shared
def test_figures_dev_cases_meet_issue_targets():
    needs_shared(DEV)
    _assert_floors(_scored(DEV), DEV_FLOORS)


@pytest.mark.shared
def test_figures_open_cases_hold_their_floors():
    _assert_floors(_scored(OPEN), OPEN_FLOORS)
