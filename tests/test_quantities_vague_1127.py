"""Vague quantities (stranger trial 2): "hundreds", "thousands", "dozens", "scores of" are no
counts of 100, 1,000, 12 or 20; each is at least the least it means, hedged "at least"."""

from __future__ import annotations

import pytest

from according.quantities import find_quantities

FLOOD = ("Hundreds of people were evacuated from Drevny and thousands fled the valley, the "
         "governor said. Dozens were injured and scores of homes were flooded. Several "
         "thousand sheep drowned.")


@pytest.mark.parametrize(("span", "low"), [
    ("Hundreds", 200), ("thousands", 2000), ("Dozens", 24), ("scores", 40),
    ("Several thousand", 3000),
])
def test_quantities_vague_word_is_hedged_at_least_its_least(nlp, span, low):
    (q,) = [q for q in find_quantities(nlp(FLOOD)) if q.span.text == span]
    assert (q.value, q.low, q.high, q.hedge) == (low, low, None, "at least")


def test_quantities_vague_word_beside_a_count_keeps_the_count_exact(nlp):
    found = {q.span.text: q for q in find_quantities(nlp(
        "Hundreds of people were evacuated and 27 people have died."))}
    assert (found["27"].value, found["27"].hedge) == (27, None)
    assert found["Hundreds"].hedge == "at least"
