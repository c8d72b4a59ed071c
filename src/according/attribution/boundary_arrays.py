"""A Doc's parse as numpy arrays, and the weights of a feature family looked up for many
tokens at once, so that a ranker scores all the candidate boundaries of a cue with a few
array operations instead of a feature list per boundary.

A family is a feature spelled prefix + label + suffix ("tdep=" + dep + "|L"); its weights
over a Doc's labels (the dependency labels, `relation`'s answers) are read from the model
once per Doc. Summing the families' arrays one after another in the order the feature list
names them adds the same numbers in the same order as `LinearModel.partial` over each list
(a feature a boundary lacks adds 0.0, which changes no sum), so the scores are equal to the
last bit: CPython 3.11's `sum` adds floats left to right, as these arrays do (from 3.12 `sum`
compensates its rounding, and the two could then differ in the last bit; the tests in
tests/test_boundary_arrays.py compare them exactly).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from according.attribution.parse_features import BUCKETS, MAX_HOPS, bucket, dep_path

if TYPE_CHECKING:
    from according.attribution.linear import LinearModel
    from according.attribution.parse_features import ParseView

_TOP_BUCKET = BUCKETS[-1]
_TW = "|tw="
_LEMMA_INDEX: dict[int, tuple[LinearModel, dict[str, dict[str, float]]]] = {}


def _lemma_index(model: LinearModel) -> dict[str, dict[str, float]]:
    """The model's "l=LEMMA|tw=WORD" weights as {lemma: {word: weight}} (split at the first
    "|tw="), once per model."""
    found = _LEMMA_INDEX.get(id(model))
    if found is None or found[0] is not model:
        index: dict[str, dict[str, float]] = {}
        for feature, w in model.weights.items():
            if feature.startswith("l=") and _TW in feature:
                lemma, word = feature[2:].split(_TW, 1)
                index.setdefault(lemma, {})[word] = w
        found = _LEMMA_INDEX[id(model)] = (model, index)
    return found[1]


class DocArrays:
    """One Doc's heads, subtree edges, sentence starts and dependency labels as arrays,
    with the weight tables read from the models so far."""

    def __init__(self, v: ParseView) -> None:
        self.v = v
        self.head = np.array(v.head, dtype=np.intp)
        self.left = np.array(v.left, dtype=np.intp)
        self.right = np.array(v.right, dtype=np.intp)
        self.sent_start = np.array(v.sent_start, dtype=np.intp)
        labels: dict[str, int] = {}
        self.dep_id = np.array([labels.setdefault(d, len(labels)) for d in v.dep],
                               dtype=np.intp)
        self.deps = list(labels)
        # each token's chain (itself and at most MAX_HOPS heads, -1 after the root), as
        # ParseView.chain; a run of steps is spelled as digits of dep_id + 1 in base _base
        n = v.n
        chain = np.full((n, MAX_HOPS + 1), -1, dtype=np.intp)
        chain[:, 0] = np.arange(n)
        for m in range(1, MAX_HOPS + 1):
            below = chain[:, m - 1]
            up = self.head[np.maximum(below, 0)]
            chain[:, m] = np.where((below >= 0) & (up != below), up, -1)
        self.chain = chain
        self._base = len(self.deps) + 1
        # a path's number (below) stays under 3 * base ** (2 * MAX_HOPS) in int64
        self._numbered = 3 * self._base ** (2 * MAX_HOPS) < 2 ** 62
        self._powers = self._base ** np.arange(MAX_HOPS + 1, dtype=np.int64)
        # a chain's step digits (dep_id + 1; 0 past the root; the last row is position -1)
        self._digits = np.append(self.dep_id + 1, 0)[np.where(chain >= 0, chain, n)]
        self._spelled: dict[int, str] = {}
        words: dict[str, int] = {}
        self.word_id = np.array([words.setdefault(w, len(words)) for w in v.word],
                                dtype=np.intp)
        self.words = words
        self._tables: dict[tuple[int, str, str], np.ndarray] = {}

    def dep_weights(self, model: LinearModel, prefix: str, suffix: str,
                    tokens: np.ndarray) -> np.ndarray:
        """The weight of prefix + dep + suffix for each token."""
        key = (id(model), prefix, suffix)
        table = self._tables.get(key)
        if table is None:
            get = model.weights.get
            table = self._tables[key] = np.array(
                [get(f"{prefix}{d}{suffix}", 0.0) for d in self.deps], dtype=np.float64)
        return table[self.dep_id[tokens]]

    def lemma_word_weights(self, model: LinearModel, lemma: str,
                           tokens: np.ndarray) -> np.ndarray:
        """The weight of "l=" + lemma + "|tw=" + word for each token's word."""
        key = (id(model), lemma, "#lemma|tw")
        table = self._tables.get(key)
        if table is None:
            table = self._tables[key] = np.zeros(len(self.words), dtype=np.float64)
            if _TW in lemma:  # the index splits at the first "|tw=": look each word up
                get = model.weights.get
                for word, k in self.words.items():
                    table[k] = get(f"l={lemma}{_TW}{word}", 0.0)
            else:
                for word, w in _lemma_index(model).get(lemma, {}).items():
                    k = self.words.get(word)
                    if k is not None:
                        table[k] = w
        return table[self.word_id[tokens]]

    def relation_weights(self, model: LinearModel, prefix: str, suffix: str,
                         tokens: np.ndarray, anchors: np.ndarray) -> np.ndarray:
        """The weight of prefix + relation(v, token, anchor) + suffix for each token and its
        anchor (parse_features.relation: self, child:dep, head, sibling:dep, other; the
        first that holds)."""
        get = model.weights.get
        head = self.head
        heads, anchor_heads = head[tokens], head[anchors]
        out = np.full(len(tokens), get(f"{prefix}other{suffix}", 0.0))
        # written from the last case to the first, so that the first that holds wins
        sibling = heads == anchor_heads
        if sibling.any():
            out[sibling] = self.dep_weights(model, f"{prefix}sibling:", suffix,
                                            tokens[sibling])
        out[tokens == anchor_heads] = get(f"{prefix}head{suffix}", 0.0)
        child = heads == anchors
        if child.any():
            out[child] = self.dep_weights(model, f"{prefix}child:", suffix, tokens[child])
        out[tokens == anchors] = get(f"{prefix}self{suffix}", 0.0)
        return out

    def paths(self, anchors: np.ndarray, tokens: np.ndarray) -> tuple[list[str], np.ndarray]:
        """`dep_path(v, anchor, token)` for each pair: (the distinct paths, each pair's index
        among them). The meeting point is the first of the anchor's chain (itself and at most
        MAX_HOPS heads) that the token's chain holds; each path is spelled once per Doc."""
        pairs, pair_at = np.unique(anchors * len(self.head) + tokens, return_inverse=True)
        anchors, tokens = np.divmod(pairs, len(self.head))
        if not self._numbered:  # more labels than a number holds: walk each pair
            found: dict[str, int] = {}
            at = [found.setdefault(dep_path(self.v, a, t), len(found))
                  for a, t in zip(anchors.tolist(), tokens.tolist(), strict=True)]
            return list(found), np.array(at, dtype=np.intp)[pair_at.reshape(-1)]
        ca, ct = self.chain[anchors], self.chain[tokens]
        meet = (ca[:, :, None] == ct[:, None, :]) & (ca[:, :, None] >= 0)
        met = meet.any(axis=2)
        k = met.argmax(axis=1)  # steps up from the anchor
        j = meet[np.arange(len(pairs)), k].argmax(axis=1)  # steps up from the token
        special = np.where(anchors == tokens, 1, np.where(
            ~met.any(axis=1) | (k + j > MAX_HOPS), 2, 0))
        steps = np.arange(MAX_HOPS + 1)
        up = ((self._digits[anchors] * self._powers) * (steps < k[:, None])).sum(axis=1)
        down = ((self._digits[tokens] * self._powers) * (steps < j[:, None])).sum(axis=1)
        # one number per path: its up-steps, its down-steps and whether it is "self"/"far"
        code = np.where(special == 0, up * self._powers[MAX_HOPS] + down, 0) * 3 + special
        codes, code_at = np.unique(code, return_inverse=True)
        spelled = self._spelled
        for c in codes.tolist():
            if c not in spelled:
                rest, special_ = divmod(c, 3)
                spelled[c] = self._spell(special_, *divmod(rest, int(self._powers[MAX_HOPS])))
        return [spelled[c] for c in codes.tolist()], code_at.reshape(-1)[pair_at.reshape(-1)]

    def _spell(self, special: int, up: int, down: int) -> str:
        if special:
            return "self" if special == 1 else "far"
        base, deps = self._base, self.deps
        ups, downs = [], []
        while up:
            up, d = divmod(up, base)
            ups.append("^" + deps[d - 1])
        while down:
            down, d = divmod(down, base)
            downs.append("v" + deps[d - 1])
        return "".join(ups) + "".join(reversed(downs))

    def bucket_weights(self, model: LinearModel, prefix: str,
                       counts: np.ndarray) -> np.ndarray:
        """The weight of prefix + bucket(count) for each count (counts are never negative)."""
        key = (id(model), prefix, "#bucket")
        table = self._tables.get(key)
        if table is None:
            get = model.weights.get
            table = self._tables[key] = np.array(
                [get(f"{prefix}{bucket(n)}", 0.0) for n in range(_TOP_BUCKET + 1)],
                dtype=np.float64)
        return table[np.minimum(counts, _TOP_BUCKET)]


def top_phrases(a: DocArrays, tokens: np.ndarray, bound: int, first: bool) -> np.ndarray:
    """For each token, the largest phrase it begins (`first`) or ends, within the window
    bound: climbs to the head while the head's subtree starts (ends) with the token and the
    head lies at or after `bound` (`first`) or before it (as content_choice._top_starting
    and _top_ending do one token at a time)."""
    head = a.head
    edge = a.left if first else a.right
    top = tokens.copy()
    while True:
        up = head[top]
        climb = (up != top) & (edge[up] == top) & ((up >= bound) if first else (up < bound))
        if not climb.any():
            return top
        top = np.where(climb, up, top)
