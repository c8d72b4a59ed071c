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

A quote cut down to a piece of another ("the wounded keep coming faster than we can treat
them" of a two-clause statement, or "We have opened two more field hospitals … the
wounded keep coming") shares too few 3-grams with the whole for the LSH above to propose
it reliably. So each quote text of at least MIN_PIECE words is also bucketed by its piece
fingerprints (`piece_keys`): the hashes of its word PIECE_WORDS-grams winnowed over windows
of PIECE_WINDOW (the smallest of each window), so two texts sharing any run of
PIECE_WORDS + PIECE_WINDOW - 1 words share a key, wherever the run sits in each. A pair
proposed by any bucket also joins when the shorter text, of MIN_PIECE words or more, is a
piece of the longer (`is_piece`): its words are, in order, at most MAX_RUNS runs of the
longer's words of at least MIN_RUN words each (an ellipsis joins the runs; quote_words
drops it). "we will see" is no piece: too short to join anything by containment.

A bucket keeps only its first texts by ref, the only ones a later text is compared with
(merge.FIRST_IN_BUCKET for an LSH band; merge.FIRST_IN_PIECE_BUCKET, fewer, for a piece
fingerprint: a piece bucket that fills is a common run of words, "at the end of the day",
whose first texts are as good as any). The two kinds are told apart by the key itself: a
piece key is odd, a band key even (`is_piece_bucket`).

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

from according.ledger.minhash import (
    band_keys,
    hash64,
    is_empty,
    salted_keys,
    shingle_hashes,
    signatures,
)

SHINGLE = 3
BANDS, ROWS = 8, 2
NUM_PERM = BANDS * ROWS
BAND_SALT = 3  # keeps quote buckets apart from other keys stored beside them
JACCARD = 0.6
CONTAINED = 0.8
PIECE_WORDS, PIECE_WINDOW = 4, 6  # a shared run of 9 words always gives a shared key
PIECE_SALT = 7
MIN_PIECE = 8  # words a quote needs to join a longer one it is a piece of
MIN_RUN, MAX_RUNS = 2, 3
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


def is_piece(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether words `short` (MIN_PIECE or more, fewer than `long`'s) are a piece of words
    `long`: in order, at most MAX_RUNS runs of `long` of MIN_RUN words or more each, each
    run the longest that goes on from where the last ended (pure, deterministic)."""
    if len(short) < MIN_PIECE or len(short) >= len(long) or not set(short) <= set(long):
        return False
    at, pos, runs = 0, 0, 0
    while at < len(short):
        run, start = _longest_run(short, at, long, pos)
        runs += 1
        if run < MIN_RUN or runs > MAX_RUNS:
            return False
        at, pos = at + run, start + run
    return True


def _longest_run(short: tuple[str, ...], at: int, long: tuple[str, ...], pos: int
                 ) -> tuple[int, int]:
    """(length, start in `long`) of the longest run of short[at:] found in long[pos:],
    the earliest such start."""
    best, best_start = 0, pos
    for start in range(pos, len(long)):
        n = 0
        while at + n < len(short) and start + n < len(long) and short[at + n] == long[start + n]:
            n += 1
        if n > best:
            best, best_start = n, start
    return best, best_start


def same_quote(a: tuple[str, ...], b: tuple[str, ...], sets_a: frozenset[str],
               sets_b: frozenset[str], numbers_a: frozenset[str], numbers_b: frozenset[str]
               ) -> bool:
    """Whether two quote texts (words, shingles, numbers) join: same_words, or the shorter
    is a piece of the longer (is_piece); symmetric."""
    if same_words(sets_a, sets_b, numbers_a, numbers_b):
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return is_piece(short, long)


def piece_keys(words: tuple[str, ...]) -> np.ndarray:
    """The piece fingerprints of a text's words as bucket keys (int64, odd: module doc);
    none under MIN_PIECE words."""
    if len(words) < MIN_PIECE:
        return np.empty(0, dtype=np.int64)
    grams = shingle_hashes(words, PIECE_WORDS)
    window = min(PIECE_WINDOW, len(grams))
    chosen = np.unique(np.lib.stride_tricks.sliding_window_view(grams, window).min(axis=1))
    return salted_keys(chosen, PIECE_SALT) | np.int64(1)


def is_piece_bucket(key: int) -> bool:
    """Whether a text bucket key is a piece fingerprint's (odd), not an LSH band's (even)."""
    return key & 1 == 1


def quote_buckets(word_lists: Sequence[tuple[str, ...]]) -> list[np.ndarray]:
    """The bucket keys (int64) of each text: its LSH bands (even; none for texts shorter
    than a shingle), then its piece fingerprints (piece_keys, odd)."""
    sigs = signatures([shingle_hashes(w, SHINGLE) for w in word_lists], NUM_PERM)
    keys = band_keys(sigs, BANDS, ROWS, BAND_SALT) & np.int64(-2)
    empty = is_empty(sigs)
    return [np.concatenate((np.empty(0, dtype=np.int64) if empty[i] else keys[i],
                            piece_keys(word_lists[i]))) for i in range(len(keys))]


def cluster_texts(texts: Sequence[str]) -> list[int]:
    """A cluster label per text (the index of its cluster's first text), by the module rule:
    each text compared with the first texts of its buckets (merge.first_in_bucket), as the
    ledger compares them."""
    from according.ledger.merge import first_in_bucket

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
    for key, members in buckets.items():
        first = first_in_bucket(key)
        for n, i in enumerate(members):
            for j in members[:min(n, first)]:
                ri, rj = _find(parent, i), _find(parent, j)
                if ri != rj and same_quote(words[i], words[j], sets[i], sets[j], nums[i],
                                           nums[j]):
                    parent[max(ri, rj)] = min(ri, rj)
    return [_find(parent, first_of[w]) for w in words]


def _find(parent: dict[int, int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
