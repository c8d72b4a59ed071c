"""Content boundaries scored as arrays: the same scores, bit for bit, as each boundary's
feature list summed by the model."""

from __future__ import annotations

import numpy as np
import pytest

from according.attribution import content_choice as cc
from according.attribution.boundary_arrays import DocArrays, top_phrases
from according.attribution.cue_heads import group
from according.attribution.learned import rule_guess
from according.attribution.lexicon import load_lexicon
from according.attribution.linear import load_model
from according.attribution.parse_features import view_of
from according.quotations import quotes_of

TEXTS = [
    "“We will not back down,” said Rep. Gwen Moore (D-Wis.), who called the plan cruel. "
    "She said it was “surprised” by the verdict, and would appeal within 28 days.\n"
    "With most ballots counted, the incumbent led by 12 points, the election board said.\n"
    "The ministry has pledged $2m for schools, a finance ministry spokeswoman said, adding "
    "that UNICEF believes between 30 and 40 per cent of schools are damaged.",
    "Aides said the anti-Trump ads would run in Ohio until the pre-election freeze, "
    "according to two officials who asked not to be named. Critics, however, argued "
    "that the ads, which cost $4 million, were misleading; the campaign denied it.",
]


def _frames(nlp, text: str):  # noqa: ANN001, ANN202
    """A frame for every verb of the text: with and without its rule's source and content."""
    doc = nlp(text)
    v = view_of(doc)
    lex = load_lexicon()
    quotes = quotes_of(doc)
    quoted = [any(a <= t.idx < b for a, b in quotes) for t in doc]
    for head in range(len(doc)):
        if group(v, head) != "verb":
            continue
        rule = rule_guess(v, head, lex, quotes)
        cue = rule.cue or (head, head + 1)
        cue = (min(cue[0], head), max(cue[1], head + 1))
        for source, content in ((rule.source, rule.content), (None, None)):
            if source is not None and source[0] < cue[1] and cue[0] < source[1]:
                continue
            yield cc._Frame(v, head, cue, source, cc.content_window(v, head), content, quoted)


@pytest.mark.parametrize("text", TEXTS)
def test_array_scores_equal_the_feature_lists_sums(nlp, text: str) -> None:
    start_model, end_model = load_model("content_start"), load_model("content_end")
    checked = 0
    for fr in _frames(nlp, text):
        starts, ends = cc._options(fr)
        arrays = cc.statics_of(fr.v, fr.quoted).arrays
        got = cc.start_scores(fr, arrays, start_model, np.array(starts, dtype=np.intp))
        assert got.tolist() == [start_model.partial(cc.start_dynamic(fr, s)) for s in starts]
        got = cc.end_scores(fr, arrays, end_model, np.array(ends, dtype=np.intp))
        assert got.tolist() == [end_model.partial(cc.end_dynamic(fr, e)) for e in ends]
        checked += len(starts) + len(ends)
    assert checked > 200


def test_top_phrases_climb_as_the_token_walks_do(nlp) -> None:
    doc = nlp(TEXTS[0])
    v = view_of(doc)
    a = DocArrays(v)
    tokens = np.arange(v.n, dtype=np.intp)
    for bound in (0, 7, 20):
        assert top_phrases(a, tokens, bound, True).tolist() == [
            cc._top_starting(v, t, bound) for t in range(v.n)]
        assert top_phrases(a, tokens, v.n - bound, False).tolist() == [
            cc._top_ending(v, t, v.n - bound) for t in range(v.n)]


def test_relation_weights_follow_relation(nlp) -> None:
    from according.attribution.parse_features import relation

    doc = nlp(TEXTS[1])
    v = view_of(doc)
    a = DocArrays(v)
    model = load_model("content_start")
    tokens = np.arange(v.n, dtype=np.intp)
    for anchor in range(v.n):
        want = [model.weights.get(f"trel={relation(v, t, anchor)}", 0.0) for t in range(v.n)]
        assert a.relation_weights(model, "trel=", "", tokens, anchor).tolist() == want
