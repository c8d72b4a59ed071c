"""The ledger tried a ninth time as an economics fact-checker would (stranger trial 9,
2026-11-28), on ten short inputs written for it (tests/data/ledger_trial9/, expected.json
written before the first ingest): a central bank's rate decision and the month's inflation
in the invented Calderra over a week -- the bank's press release and the statistics
office's release as plain text, a Reuters story (yearless dateline) and a business site's
verbatim HTML copy, a national paper's own story giving October's inflation wrongly
(7.1% against 6.8%), a broadcaster's HTML page, an RSS feed of three entries, a JSON Lines
file of a story and an opinion column, a PDF-looking binary and a consent-wall page. The
first run got 200 of 227 expected facts right (one expectation, a ticker's '0.4%', was
corrected after it: the body holds that text too); the misses are listed in the trial's
report (the paper's wrong 7.1% credited to "most analysts", "the central bank" merged into
Norda Bank, the release's 6.8% in a series of its own so the bank's figure never meets the
paper's, forecasts against decisions flagged as disagreements). This pins the floor, so a
fix raises it and nothing lowers it."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.ledger import open_ledger
from ledger_trials import assert_holds, ingested

FLOOR = 217  # of 227 expected facts (first run, 2026-11-28: 200; the scorer reading
#              every figure of a series, not its first 20: 201; releases' letterheads and
#              titles, a paper's name under the byline: 204; statistics offices and
#              central banks as bodies, expectations in a comparison no claim: 210;
#              forecasts never compared, restating words folded, earlier months: 217)


@pytest.fixture(scope="module")
def trial(tmp_path_factory):  # noqa: ANN201
    """The trial's inputs ingested once into a fresh ledger, through the real pipeline."""
    path, summary = ingested(tmp_path_factory, "ledger_trial9")
    assert (summary.added, summary.skipped, summary.failed) == (11, 0, 2)  # none lost silently
    return path


def test_ledger_trial9_refuses_the_binary_and_the_consent_wall(trial):
    with open_ledger(trial, read_only=True) as ledger:
        errors = {Path(e.input).name: e.reason for e in ledger.errors(limit=10)}
    assert errors == {"09_annual_report.pdf": "binary file",
                      "10_consent_wall.html":
                          "no article text (only headings, menus and links)"}


def test_ledger_trial9_holds_its_floor(trial):
    """The trial's expected facts (expected.json, scored by score.py) right at least FLOOR
    times; a miss list that grows means an answer got worse."""
    assert_holds("ledger_trial9", trial, FLOOR)
