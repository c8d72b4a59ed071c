"""A Doc's parse as numpy arrays, and the weights of a feature family looked up for many
tokens at once, so that a ranker scores all the candidate boundaries of a cue with a few
array operations instead of a feature list per boundary.

A family is a feature spelled prefix + label + suffix ("tdep=" + dep + "|L"); its weights
over a Doc's labels (the dependency labels, `relation`'s answers) are read from the model
once per Doc. Summing the families' arrays one after another in the order the feature list
names them adds the same numbers in the same order as `LinearModel.partial` over each list
(a feature a boundary lacks adds 0.0, which changes no sum), so the scores are equal to the
last bit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from according.attribution.parse_features import BUCKETS, bucket

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
                         tokens: np.ndarray, anchor: int) -> np.ndarray:
        """The weight of prefix + relation(v, token, anchor) + suffix for each token
        (parse_features.relation: self, child:dep, head, sibling:dep, other; the first
        that holds)."""
        get = model.weights.get
        head = self.head
        heads = head[tokens]
        out = np.full(len(tokens), get(f"{prefix}other{suffix}", 0.0))
        # written from the last case to the first, so that the first that holds wins
        sibling = heads == head[anchor]
        if sibling.any():
            out[sibling] = self.dep_weights(model, f"{prefix}sibling:", suffix,
                                            tokens[sibling])
        out[tokens == head[anchor]] = get(f"{prefix}head{suffix}", 0.0)
        child = heads == anchor
        if child.any():
            out[child] = self.dep_weights(model, f"{prefix}child:", suffix, tokens[child])
        out[tokens == anchor] = get(f"{prefix}self{suffix}", 0.0)
        return out

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
