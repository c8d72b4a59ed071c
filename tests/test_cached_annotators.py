"""The cached attribute ruler and lemmatizer annotate exactly as spaCy's own do."""

from __future__ import annotations

import json

import pytest

from according.cached_annotators import (
    CachedAttributeRuler,
    CachedLemmatizer,
    annotations,
    speed_up_annotators,
)
from according.nlp import new_pipeline
from tests.conftest import POLNEAR, needs_shared

# Written to reach the ruler's multi-token patterns ("gon na", "there is", "let 's"),
# whitespace tokens (which it retags), and words seen twice (the caches' second answers).
TEXTS = [
    "There is no plan, the minister said on Tuesday. \"We're gonna fix it,\" she added.\n\n"
    "Let's be clear: the ministers got the figures, and there were 12 of them.",
    "Officials ain't sure.  Y'all know that, said Gov. Dana Ruiz (D-Ore.), who gets "
    "criticised; the councils' budgets were cut by 3.5%.\n\"Cuts,\" he said, \"hurt.\"",
    "The election board said the incumbent led by 12 points. There are doubts.",
]


@pytest.fixture(scope="module")
def pipelines():  # noqa: ANN201
    return new_pipeline(), speed_up_annotators(new_pipeline())


def test_speed_up_annotators_swaps_in_the_cached_components(pipelines) -> None:
    _, fast = pipelines
    assert isinstance(fast.get_pipe("attribute_ruler"), CachedAttributeRuler)
    assert isinstance(fast.get_pipe("lemmatizer"), CachedLemmatizer)


@pytest.mark.parametrize("text", TEXTS)
def test_cached_annotators_match_spacy_token_for_token(pipelines, text: str) -> None:
    stock, fast = pipelines
    for _ in range(2):  # the second pass reads every answer from the caches
        assert annotations(fast(text)) == annotations(stock(text))


def test_cached_annotators_match_spacy_on_polnear_dev(pipelines) -> None:
    needs_shared(POLNEAR / "dev")
    stock, fast = pipelines
    paths = sorted((POLNEAR / "dev").glob("*.json"))[:12]
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in paths]
    for a, b in zip(stock.pipe(texts), fast.pipe(texts), strict=True):
        assert annotations(b) == annotations(a)
        assert [x.lemma_ for x in b] == [x.lemma_ for x in a]


def test_multi_token_matches_looked_for_from_possible_starts_only(pipelines) -> None:
    stock, fast = pipelines
    ruler = fast.get_pipe("attribute_ruler")
    for text in TEXTS:
        fast(text)  # prepares the ruler and caches every token state of the text
        doc = stock.make_doc(text)
        for name, proc in stock.pipeline:
            if name == "attribute_ruler":
                break
            doc = proc(doc)
        keys = [tuple(row) for row in doc.to_array(
            ["ORTH", "TAG", "DEP", "POS", "MORPH", "LEMMA"]).tolist()]
        assert ruler._window == 2
        windowed = sorted(ruler._multi_matches(doc, keys))
        assert windowed == sorted(ruler._multi(doc, allow_missing=True))
        assert windowed  # the texts reach the multi-token patterns
