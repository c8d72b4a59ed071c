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
from according.attribution.parse_features import dep_path, relation, view_of
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
    frames = list(_frames(nlp, text))
    options = [cc._option_arrays(fr) for fr in frames]
    arrays = cc.statics_of(frames[0].v, frames[0].quoted).arrays
    starts = cc.start_scores(frames, arrays, start_model, [s for s, _ in options])
    ends = cc.end_scores(frames, arrays, end_model, [e for _, e in options])
    checked = 0
    for fr, (s, e), got_s, got_e in zip(frames, options, starts, ends, strict=True):
        assert got_s.tolist() == [start_model.partial(cc.start_dynamic(fr, x))
                                  for x in s.tolist()]
        assert got_e.tolist() == [end_model.partial(cc.end_dynamic(fr, x)) for x in e.tolist()]
        checked += len(s) + len(e)
    assert len(frames) > 10 and checked > 1000


@pytest.mark.parametrize("text", TEXTS)
def test_static_partials_equal_the_feature_lists_sums(nlp, text: str) -> None:
    doc = nlp(text)
    v = view_of(doc)
    quoted = [t.text in "“”" or 0 < i < 12 for i, t in enumerate(doc)]
    st = cc.statics_of(v, quoted)
    start_model, end_model = load_model("content_start"), load_model("content_end")
    assert st.partials("start", np.arange(v.n)).tolist() == [
        start_model.partial(cc.start_static(v, s, quoted)) for s in range(v.n)]
    assert st.partials("end", np.arange(1, v.n + 1)).tolist() == [
        end_model.partial(cc.end_static(v, e, quoted)) for e in range(1, v.n + 1)]


@pytest.mark.parametrize("numbered", [True, False])
def test_paths_are_spelled_as_dep_path(nlp, numbered: bool) -> None:
    doc = nlp(TEXTS[0])
    v = view_of(doc)
    pairs = np.array([(a, t) for a in range(v.n) for t in range(v.n)], dtype=np.intp)
    a = DocArrays(v)
    a._numbered = numbered  # False: as for a parser with more labels than a number holds
    paths, at = a.paths(pairs[:, 0], pairs[:, 1])
    assert [paths[k] for k in at.tolist()] == [dep_path(v, a, t) for a, t in pairs.tolist()]
    assert {"self", "far"} <= set(paths) and len(paths) > 20


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
    doc = nlp(TEXTS[1])
    v = view_of(doc)
    a = DocArrays(v)
    model = load_model("content_start")
    tokens = np.arange(v.n, dtype=np.intp)
    for anchor in range(v.n):
        want = [model.weights.get(f"trel={relation(v, t, anchor)}", 0.0) for t in range(v.n)]
        anchors = np.full(v.n, anchor, dtype=np.intp)
        assert a.relation_weights(model, "trel=", "", tokens, anchors).tolist() == want
