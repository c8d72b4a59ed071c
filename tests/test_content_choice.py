"""Content boundaries: where a content may start and end."""

from __future__ import annotations

import pytest

from according.attribution.content_choice import content_options
from according.attribution.parse_features import view_of


@pytest.mark.parametrize("text, word", [
    ("The governor, who relishes counter-punching at his opponents, said he would run.",
     "counter-punching"),
    ("Aides said the anti-Trump ads would run in Ohio until the pre-election freeze.",
     "anti-Trump"),
])
def test_content_edges_never_split_a_written_word(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    v = view_of(doc)
    head = next(t.i for t in doc if t.lemma_ == "say")
    starts, _, ends, _ = content_options(v, head, (head, head + 1), None, None,
                                         [False] * len(doc))
    at = text.index(word)
    inside = range(at + 1, at + len(word))  # character offsets strictly inside the word
    assert starts and ends
    assert not [s for s in starts if doc[s].idx in inside]
    assert not [e for e in ends if doc[e - 1].idx + len(doc[e - 1].text) in inside]
