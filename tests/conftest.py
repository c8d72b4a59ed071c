"""Shared fixtures: where ../shared is, and the real pipeline loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests judge what comes out, never how long it took: a shared or busy machine
# (CI has 2 cores) must not fail an example for running past hypothesis's 200 ms deadline.
settings.register_profile("according", deadline=None)
settings.load_profile("according")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = SHARED / "examples" / "independent-2024-05-14-rafah.txt"
POLNEAR = SHARED / "data" / "polnear"
DEMO = REPO / "examples" / "demo-article.txt"


def needs_shared(path: Path) -> None:
    """Skip the calling test, saying what is missing, when ../shared is not beside the repo."""
    if not path.exists():
        pytest.skip(f"{path} is absent: put the shared data beside the checkout as ../shared")


@pytest.fixture(scope="session")
def example_text() -> str:
    needs_shared(EXAMPLE)
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def demo_text() -> str:
    return DEMO.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():  # noqa: ANN201
    """The configured spaCy pipeline (parser, NER, line-break sentences), loaded once."""
    from according.nlp import load_pipeline

    return load_pipeline()
