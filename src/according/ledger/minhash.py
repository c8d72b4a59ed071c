"""Stable hashes, MinHash signatures and LSH band keys, many texts at a time (pure, numpy).

The signatures are datasketch's `MinHash(num_perm, seed=SEED, hashfunc=shingle_hash32)`
hash values (its default "affine32" scheme), computed for a whole batch of texts in one
numpy pass instead of one Python object per text; `tests/test_ledger_keys.py` checks that
they equal datasketch's. Hashes are stable across processes and machines (blake2b, never
Python's salted `hash`), so a Spark job, a rebuild and an ingest give the same keys.

Shingle hashing: each word is hashed once (blake2b, 32 bits) and a k-gram's hash mixes
its words' hashes (`shingle_hash32`), so a text is hashed word by word, not shingle by
shingle.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np

SEED = 1
_MASK64 = (1 << 64) - 1
_MASK32 = (1 << 32) - 1
_FNV = 0x100000001B3
_MIX = np.uint64(29)
# MurmurHash3's 32-bit finalizer, as datasketch applies it before its affine permutations
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35),
         np.uint32(16))
_CHUNK = 1 << 22  # shingle x permutation cells per numpy pass (~16 MB of uint32)


def hash64(text: str) -> int:
    """A stable signed 64-bit hash of a string (a DuckDB BIGINT)."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little", signed=True)


@lru_cache(maxsize=1 << 18)
def word_hash32(word: str) -> int:
    """A stable 32-bit hash of one word."""
    digest = hashlib.blake2b(word.encode("utf-8", "surrogatepass"), digest_size=4).digest()
    return int.from_bytes(digest, "little")


_WORD_HASHES: dict[str, int] = {}


def _remember(word: str) -> int:
    if len(_WORD_HASHES) > 1 << 20:
        _WORD_HASHES.clear()
    _WORD_HASHES[word] = value = word_hash32(word)
    return value


def _mix_words(hashes: Sequence[int]) -> int:
    x = 0
    for h in hashes:
        x = ((x * _FNV) + h) & _MASK64
    return (x ^ (x >> 29)) & _MASK32


def shingle_hash32(shingle: bytes | str) -> int:
    """The 32-bit hash of one k-gram given as its words joined by single spaces; the
    `hashfunc` that makes datasketch's MinHash equal `signatures`."""
    text = shingle.decode("utf-8") if isinstance(shingle, bytes) else shingle
    return _mix_words([word_hash32(w) for w in text.split(" ")])


def shingle_hashes(words: Sequence[str], k: int) -> np.ndarray:
    """The hashes of a text's word k-grams (uint32; empty when it has fewer than k words)."""
    n = len(words) - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint32)
    cache = _WORD_HASHES
    h = np.fromiter((cache[w] if w in cache else _remember(w) for w in words), dtype=np.uint64,
                    count=len(words))
    x = np.zeros(n, dtype=np.uint64)
    fnv = np.uint64(_FNV)
    with np.errstate(over="ignore"):
        for j in range(k):
            x = x * fnv + h[j:j + n]
    return ((x ^ (x >> _MIX)) & np.uint64(_MASK32)).astype(np.uint32)


@lru_cache(maxsize=8)
def permutations(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """datasketch's affine32 permutation parameters (a odd, b) for `num_perm` and `seed`."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2, s3 = _FMIX
    with np.errstate(over="ignore"):
        hv = hv ^ (hv >> s1)
        hv = hv * m1
        hv = hv ^ (hv >> s2)
        hv = hv * m2
    return hv ^ (hv >> s3)


def signatures(hash_sets: Sequence[np.ndarray], num_perm: int) -> np.ndarray:
    """MinHash signatures (n x num_perm, uint32) of n sets of 32-bit hashes; an empty set's
    row is all 2**32-1 (datasketch's empty MinHash)."""
    a, b = permutations(num_perm)
    out = np.full((len(hash_sets), num_perm), _MASK32, dtype=np.uint32)
    sizes = np.fromiter((len(s) for s in hash_sets), dtype=np.int64, count=len(hash_sets))
    rows = np.flatnonzero(sizes)
    start = 0
    while start < len(rows):
        stop, cells = start, 0
        while stop < len(rows) and (stop == start or cells + sizes[rows[stop]] * num_perm
                                    <= _CHUNK):
            cells += sizes[rows[stop]] * num_perm
            stop += 1
        chunk = rows[start:stop]
        hv = _fmix32(np.concatenate([hash_sets[i] for i in chunk]).astype(np.uint32))
        with np.errstate(over="ignore"):
            phv = hv[:, None] * a[None, :] + b[None, :]
        offsets = np.concatenate(([0], np.cumsum(sizes[chunk])[:-1]))
        out[chunk] = np.minimum.reduceat(phv, offsets, axis=0)
        start = stop
    return out


def band_keys(sigs: np.ndarray, bands: int, rows: int, salt: int) -> np.ndarray:
    """LSH bucket keys (n x bands, int64): band j of a signature hashed with `salt` and j,
    so two texts share a bucket exactly when `rows` consecutive hash values agree."""
    n = sigs.shape[0]
    keys = np.empty((n, bands), dtype=np.uint64)
    fnv = np.uint64(_FNV)
    with np.errstate(over="ignore"):
        for j in range(bands):
            x = np.full(n, (salt * 1_000_003 + j) & _MASK64, dtype=np.uint64)
            for r in range(rows):
                x = x * fnv + sigs[:, j * rows + r].astype(np.uint64)
            keys[:, j] = x ^ (x >> _MIX)
    return keys.view(np.int64)


def salted_keys(values: np.ndarray, salt: int) -> np.ndarray:
    """Bucket keys (int64) of 32-bit hash values, salted apart from other keys stored
    beside them."""
    with np.errstate(over="ignore"):
        x = (values.astype(np.uint64) + np.uint64((salt * 1_000_003) << 32)) * np.uint64(_FNV)
        x ^= x >> _MIX
    return x.view(np.int64)


def is_empty(sigs: np.ndarray) -> np.ndarray:
    """Which signature rows are those of an empty set (no bands to store)."""
    return np.all(sigs == np.uint32(_MASK32), axis=1)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """The share of equal hash values of two signatures (datasketch's `jaccard`)."""
    return float(np.count_nonzero(a == b)) / len(a)
