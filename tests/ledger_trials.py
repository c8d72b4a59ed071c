"""The stranger trials' score modules (tests/data/ledger_trialN/score.py) as the floor
tests use them: loaded by path (the data folders are not a package), the trial's inputs
ingested once into a fresh ledger, and its score against a floor."""

from __future__ import annotations

import importlib.util
from pathlib import Path

DATA = Path(__file__).parent / "data"


def score_module(trial: str):  # noqa: ANN201
    """The score module of tests/data/<trial>/ ("ledger_trial8"), a fresh one."""
    spec = importlib.util.spec_from_file_location(f"{trial}_score", DATA / trial / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ingested(tmp_path_factory, trial: str):  # noqa: ANN001, ANN201
    """A fresh ledger of the trial's inputs: its path and the ingest summary."""
    path = tmp_path_factory.mktemp(trial) / f"{trial}.duckdb"
    return path, score_module(trial).ingest(path)


def assert_holds(trial: str, path: Path, floor: int) -> None:
    """The trial's expected facts right at least `floor` times; a miss list that grows
    means an answer got worse."""
    score = score_module(trial).score(str(path))
    assert score.right >= floor, score.misses
