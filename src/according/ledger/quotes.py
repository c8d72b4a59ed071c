"""Clustering the same words repeated across articles: MinHash candidates, exact verification.

Texts are compared as sets of word 3-grams (lower case, punctuation and quote marks
ignored). MinHash LSH proposes candidate pairs; a pair joins when its Jaccard similarity
is at least `JACCARD` or one text's shingles are `CONTAINED` in the other's (a truncated
quote). Texts that give different numbers never join (the shorter text's numbers must all
be in the longer one). Texts too short for 3-grams join only when their words are identical.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

SHINGLE = 3
NUM_PERM = 64
LSH_THRESHOLD = 0.3
JACCARD = 0.6
CONTAINED = 0.8
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a text, lower-cased, with punctuation and quote marks dropped."""
    return tuple(w.replace("’", "'") for w in _WORDS.findall(text.lower()))


def shingles(text: str | tuple[str, ...], k: int = SHINGLE) -> frozenset[str]:
    """Word k-grams of a text (or of its quote_words); empty when it has fewer than k words."""
    words = quote_words(text) if isinstance(text, str) else text
    return frozenset(" ".join(words[i:i + k]) for i in range(len(words) - k + 1))


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def numbers(words: tuple[str, ...]) -> frozenset[str]:
    """The digit groups among a text's quote_words ("35,000" -> {"35", "000"})."""
    return frozenset(w for w in words if w.isdigit())


def same_words(a: frozenset[str], b: frozenset[str], numbers_a: frozenset[str] = frozenset(),
               numbers_b: frozenset[str] = frozenset()) -> bool:
    """Whether two shingle sets are the same quote (near-duplicate or truncation)."""
    if not a or not b:
        return False
    if not (numbers_a <= numbers_b or numbers_b <= numbers_a):
        return False
    inter = len(a & b)
    return inter / len(a | b) >= JACCARD or inter / min(len(a), len(b)) >= CONTAINED


def cluster_texts(texts: Sequence[str]) -> list[int]:
    """A cluster label per text (the index of its cluster's first text), by the module rule."""
    words = [quote_words(t) for t in texts]
    first_of: dict[tuple[str, ...], int] = {}
    for i, w in enumerate(words):  # identical wording: one cluster, hashed once
        first_of.setdefault(w, i)
    unique = list(first_of.values())
    labels = _cluster_unique([words[i] for i in unique])
    label_of = {words[i]: unique[labels[k]] for k, i in enumerate(unique)}
    return [label_of[w] for w in words]


def _cluster_unique(words: Sequence[tuple[str, ...]]) -> list[int]:
    from datasketch import MinHash, MinHashLSH

    parent = list(range(len(words)))
    sets = [shingles(w) for w in words]
    nums = [numbers(w) for w in words]
    long_ids = [i for i, s in enumerate(sets) if s]
    if long_ids:
        hashes = MinHash.bulk(
            [[s.encode("utf-8") for s in sets[i]] for i in long_ids], num_perm=NUM_PERM
        )
        lsh = MinHashLSH(threshold=LSH_THRESHOLD, num_perm=NUM_PERM)
        for i, mh in zip(long_ids, hashes, strict=True):
            for j in lsh.query(mh):
                if same_words(sets[i], sets[j], nums[i], nums[j]):
                    ri, rj = _find(parent, i), _find(parent, j)
                    parent[max(ri, rj)] = min(ri, rj)
            lsh.insert(i, mh)
    return [_find(parent, i) for i in range(len(words))]
