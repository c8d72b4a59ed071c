"""Clustering the same words repeated across articles: MinHash LSH candidates, exact
verification (pure functions; the ledger stores their keys, ledger/merge.py).

A content's words are lower-cased with punctuation and quote marks dropped; its `text_key`
is a stable hash of those words, so identical wording is one text. Texts are compared as
sets of word 3-grams: their MinHash signatures (`minhash.py`, NUM_PERM values) are cut
into BANDS bands of ROWS values, and two texts sharing a band bucket are candidates. A
candidate pair joins when its Jaccard similarity is at least `JACCARD` or one text's
shingles are `CONTAINED` in the other's (a truncated quote). Texts that give different
numbers never join (the shorter text's numbers must all be in the longer one). Texts too
short for 3-grams join only when their words are identical. A cluster is a connected
component of joined texts, so the clusters do not depend on the order texts arrive in.

In the ledger, quotes (direct and mixed attributions) join by LSH and verification; every
other content joins only a text with identical words (`text_key`; a reported clause's
opening "that" aside: `claim_words`), so a paraphrase stays its own claim but a wire
copy's sentence is the same claim.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from according.ledger.minhash import band_keys, hash64, is_empty, shingle_hashes, signatures

SHINGLE = 3
BANDS, ROWS = 8, 2
NUM_PERM = BANDS * ROWS
BAND_SALT = 3  # keeps quote buckets apart from other keys stored beside them
JACCARD = 0.6
CONTAINED = 0.8
_WORDS = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def quote_words(text: str) -> tuple[str, ...]:
    """The words of a text, lower-cased, with punctuation and quote marks dropped."""
    return tuple(_WORDS.findall(text.lower().replace("’", "'")))


def claim_words(text: str, *, quote: bool) -> tuple[str, ...]:
    """The words a content is compared by: quote_words, less the complementizer that opens
    a reported clause ("told the paper that the government would …" reports what "said the
    government would …" does); a quote keeps every word it was given."""
    words = quote_words(text)
    return words[1:] if not quote and words[:1] == ("that",) and len(words) > 1 else words


def shingles(text: str | tuple[str, ...], k: int = SHINGLE) -> frozenset[str]:
    """Word k-grams of a text (or of its quote_words); empty when it has fewer than k words."""
    words = quote_words(text) if isinstance(text, str) else text
    return frozenset(" ".join(words[i:i + k]) for i in range(len(words) - k + 1))


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


def text_key(words: tuple[str, ...]) -> int | None:
    """The stable key of a text's wording (None when it has no words)."""
    return hash64(" ".join(words)) if words else None


def quote_buckets(word_lists: Sequence[tuple[str, ...]]) -> list[np.ndarray]:
    """The LSH bucket keys (int64) of each text; none for texts shorter than a shingle."""
    sigs = signatures([shingle_hashes(w, SHINGLE) for w in word_lists], NUM_PERM)
    keys = band_keys(sigs, BANDS, ROWS, BAND_SALT)
    empty = is_empty(sigs)
    return [np.empty(0, dtype=np.int64) if empty[i] else keys[i] for i in range(len(keys))]


def cluster_texts(texts: Sequence[str]) -> list[int]:
    """A cluster label per text (the index of its cluster's first text), by the module rule."""
    words = [quote_words(t) for t in texts]
    first_of: dict[tuple[str, ...], int] = {}
    for i, w in enumerate(words):  # identical wording: one text, hashed once
        first_of.setdefault(w, i)
    unique = sorted(first_of.values())
    parent = {i: i for i in unique}
    buckets: dict[int, list[int]] = defaultdict(list)
    for i, keys in zip(unique, quote_buckets([words[i] for i in unique]), strict=True):
        for key in keys.tolist():
            buckets[key].append(i)
    sets = {i: shingles(words[i]) for i in unique}
    nums = {i: numbers(words[i]) for i in unique}
    for members in buckets.values():
        for n, i in enumerate(members):
            for j in members[:n]:
                ri, rj = _find(parent, i), _find(parent, j)
                if ri != rj and same_words(sets[i], sets[j], nums[i], nums[j]):
                    parent[max(ri, rj)] = min(ri, rj)
    return [_find(parent, first_of[w]) for w in words]


def _find(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
