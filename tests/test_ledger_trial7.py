"""The ledger tried a seventh time as a fact-checker would (stranger trial 7, 2026-11-28), on
ten short inputs written for it (tests/data/ledger_trial7/, expected.json written before
the first ingest): an air strike on a market town in an invented conflict, with competing
casualty claims -- an AFP story (updated), a credited copy and a trimmed copy, MSF's press
release, an OCHA flash update as HTML, a scraped live blog, an Atom feed entry, a JSON Lines
story with a correction line, a .warc.gz that is a gzipped HTML page and a 1.6 MB single
line of minified JavaScript. The first run got 166 of 202 expected facts right (the misses
are listed in the trial's report: the JavaScript stored as an article, the health ministry
and the army split into several sources, no disagreement between the ministry's 41 dead
and the army's 'no more than eight civilians'). This pins the floor, so a fix raises it and
nothing lowers it."""

from __future__ import annotations

import pytest

from ledger_trials import assert_holds, ingested

FLOOR = 190  # of 202 expected facts (first run, 2026-11-28: 166; code refused, the .warc.gz
#              refused, the sides' tolls meeting, no morgue count against the toll, a
#              town the text calls one a place: 180; silences and acts no claims, the
#              monitor an organisation, "it said" linked to its description: 183;
#              the health ministry one source whatever its wording: 185; the feed's
#              43 dated by its day, the army one source, no demonym a place: 190)


@pytest.fixture(scope="module")
def trial(tmp_path_factory):  # noqa: ANN201
    """The trial's inputs ingested once into a fresh ledger, through the real pipeline."""
    path, summary = ingested(tmp_path_factory, "ledger_trial7")
    assert summary.added + summary.skipped + summary.failed == 10  # none lost silently
    return path


def test_ledger_trial7_holds_its_floor(trial):
    """The trial's expected facts (expected.json, scored by score.py) right at least FLOOR
    times; a miss list that grows means an answer got worse."""
    assert_holds("ledger_trial7", trial, FLOOR)
