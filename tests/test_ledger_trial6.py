"""The ledger tried a sixth time as a fact-checker would (stranger trial 6, 2026-11-27), on
ten short inputs written for it (tests/data/ledger_trial6/, expected.json written before
the first ingest): a disputed governorship election in Kabanu State, Nigeria -- a Reuters
story, a credited copy and an uncredited rewrite, a paper's own reporting, an OHCHR page,
a feed of two entries, a JSON Lines story, a live blog, an empty file and a French article.
The first run got 169 of 238 expected facts right (the misses are listed in the trial's
report: pronouns given to the wrong speaker, turnout figures never compared, the only
disagreement a false one). This pins the floor, so a fix raises it and nothing lowers it."""

from __future__ import annotations

from pathlib import Path

import pytest

from according.ledger import open_ledger
from ledger_trials import assert_holds, ingested

FLOOR = 211  # of 238 expected facts (first run: 169; bodies as the dead, no sample size: 174;
#   pronouns to the nearest named speaker, passive declarations the agent's: 185; an act
#   ("imposed a curfew") no claim, a relative clause no part of a source's name: 188;
#   turnout counted and dated by "the same day", votes set against votes, no place "kemi":
#   194; the electoral commission no longer read as the outlet "The Independent": 196;
#   the uncredited rewrite its wire story's report, the lead's day for the next
#   paragraph (2026-11-28, later): 210; words that restate a measure fold: 211)


@pytest.fixture(scope="module")
def trial(tmp_path_factory):  # noqa: ANN201
    """The trial's inputs ingested once into a fresh ledger, through the real pipeline."""
    path, summary = ingested(tmp_path_factory, "ledger_trial6")
    assert (summary.added, summary.skipped, summary.failed) == (9, 0, 2)
    return path


def test_ledger_trial6_refuses_the_empty_file_and_the_french_article(trial):
    with open_ledger(trial, read_only=True) as ledger:
        errors = {Path(e.input).name: e.reason for e in ledger.errors(limit=10)}
    assert errors == {"09_empty.txt": "empty",
                      "10_french_article.txt": "not English (looks like French)"}


def test_ledger_trial6_holds_its_floor(trial):
    """The trial's expected facts (expected.json, scored by score.py) right at least FLOOR
    times; a miss list that grows means an answer got worse."""
    assert_holds("ledger_trial6", trial, FLOOR)
