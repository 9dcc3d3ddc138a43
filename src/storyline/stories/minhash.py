"""MinHash signatures and LSH banding, vectorised over whole batches of documents.

Why our own and not datasketch: datasketch hashes every shingle with SHA-1 in a
Python loop and works one document at a time.  Here a batch of documents is
turned into word hashes, shingle hashes and signatures with a handful of NumPy
operations over the whole batch: no Python loop per shingle, per permutation or
(apart from gathering the text) per document.  Hashes are stable across runs and
machines (no salted ``hash``): a polynomial rolling hash over the UTF-8 bytes,
mixed with the splitmix64 finaliser.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

_M = np.uint64
_P = _M(0x100000001B3)  # odd: invertible modulo 2**64
_P_INV = _M(pow(0x100000001B3, -1, 2**64))
_MAX_BYTES = 1 << 22  # powers table grows to the largest batch seen
_pow_cache: dict[str, np.ndarray] = {}


def _powers(n: int) -> tuple[np.ndarray, np.ndarray]:
    cached = _pow_cache.get("p")
    if cached is None or len(cached) < n:
        size = max(n, _MAX_BYTES if cached is None else 2 * len(cached))
        with np.errstate(over="ignore"):
            p = np.full(size, _P, dtype=np.uint64)
            p[0] = 1
            _pow_cache["p"] = np.cumprod(p, dtype=np.uint64)
            q = np.full(size, _P_INV, dtype=np.uint64)
            q[0] = 1
            _pow_cache["q"] = np.cumprod(q, dtype=np.uint64)
    return _pow_cache["p"], _pow_cache["q"]


def mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: spreads the bits of a weak hash over all 64."""
    with np.errstate(over="ignore"):
        x = x ^ (x >> _M(30))
        x = x * _M(0xBF58476D1CE4E5B9)
        x = x ^ (x >> _M(27))
        x = x * _M(0x94D049BB133111EB)
        return x ^ (x >> _M(31))


@dataclass(frozen=True, slots=True)
class ShingleBatch:
    """Shingle hashes of a batch of documents, concatenated in text order (repeats kept).

    Document ``i`` owns ``hashes[offsets[i]:offsets[i + 1]]``; :meth:`set_of` is its set.
    """

    hashes: np.ndarray  # uint64
    offsets: np.ndarray  # int64, len = documents + 1

    def of(self, i: int) -> np.ndarray:
        return self.hashes[self.offsets[i] : self.offsets[i + 1]]

    def set_of(self, i: int) -> np.ndarray:
        return np.unique(self.of(i))


def _word_bytes(data: np.ndarray) -> np.ndarray:
    """Which bytes of UTF-8 text belong to words: ASCII letters and digits, and non-ASCII
    characters except the common punctuation and spaces (U+2000-U+206F, NBSP, guillemets)."""
    lower = data | 0x20  # ASCII letters folded to lower case; other bytes tested on their own
    word = ((lower >= 0x61) & (lower <= 0x7A)) | ((data >= 0x30) & (data <= 0x39)) | (data == 0x5F) | (data >= 0x80)
    # U+2000..U+206F is E2 80 xx / E2 81 xx; U+00A0, U+00AB, U+00BB are C2 A0 / C2 AB / C2 BB
    lead = np.flatnonzero(((data[:-2] == 0xE2) & ((data[1:-1] == 0x80) | (data[1:-1] == 0x81))))
    for off in range(3):
        word[lead + off] = False
    lead2 = np.flatnonzero((data[:-1] == 0xC2) & ((data[1:] == 0xA0) | (data[1:] == 0xAB) | (data[1:] == 0xBB)))
    word[lead2] = False
    word[lead2 + 1] = False
    return word


def word_hashes(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    """A stable 64-bit hash of every word of every text, and each text's word offsets.

    Words are runs of letters and digits (ASCII case-folded); the whole batch is one
    byte array, so hashing costs a few vector operations however many words there are.
    """
    joined = "\x00".join(texts).encode("utf-8", errors="replace")
    data = np.frombuffer(joined, dtype=np.uint8)
    n = len(data)
    if n == 0:
        return np.zeros(0, np.uint64), np.zeros(len(texts) + 1, np.int64)
    is_word = _word_bytes(data)
    edges = np.diff(np.concatenate(([False], is_word, [False])).astype(np.int8))
    starts = np.flatnonzero(edges == 1)
    ends = np.flatnonzero(edges == -1)
    p, q = _powers(n + 1)
    folded = np.where((data >= 0x41) & (data <= 0x5A), data | 0x20, data).astype(np.uint64)
    with np.errstate(over="ignore"):
        c = np.zeros(n + 1, dtype=np.uint64)
        np.cumsum(folded * p[:n], out=c[1:])
        words = mix64((c[ends] - c[starts]) * q[starts] + (ends - starts).astype(np.uint64))
    # which document each word belongs to: count separators (NUL) before its start
    sep = np.flatnonzero(data == 0x00)
    doc_of_word = np.searchsorted(sep, starts)
    offsets = np.zeros(len(texts) + 1, dtype=np.int64)
    np.add.at(offsets, doc_of_word + 1, 1)
    return words, np.cumsum(offsets)


def shingles(texts: Sequence[str], k: int = 5) -> ShingleBatch:
    """Hashes of the word ``k``-grams of each text (a text shorter than ``k`` words: one shingle of all)."""
    words, woff = word_hashes(texts)
    return shingles_from_words(words, woff, k)


def text_keys(words: np.ndarray, woff: np.ndarray) -> np.ndarray:
    """One 64-bit key per text from its word sequence: equal for texts that differ only in case,
    spacing and punctuation (the exact-duplicate test), computed for the whole batch at once."""
    n_docs = len(woff) - 1
    lens = np.diff(woff)
    out = np.zeros(n_docs, dtype=np.uint64)
    if len(words) == 0:
        return out
    doc_of = np.repeat(np.arange(n_docs), lens)
    pos = (np.arange(len(words)) - woff[doc_of]).astype(np.uint64)
    with np.errstate(over="ignore"):
        terms = mix64(words + pos * _M(0x9E3779B97F4A7C15))
        nonempty = lens > 0
        out[nonempty] = np.add.reduceat(terms, woff[:-1][nonempty])
        return mix64(out + lens.astype(np.uint64))


def shingles_from_words(words: np.ndarray, woff: np.ndarray, k: int = 5) -> ShingleBatch:
    """Shingles from :func:`word_hashes` output."""
    n_docs = len(woff) - 1
    lens = np.diff(woff)
    if len(words) == 0:
        return ShingleBatch(np.zeros(0, np.uint64), np.zeros(n_docs + 1, np.int64))
    # Combine k consecutive word hashes: h = mix(sum_j w[i+j] * C_j), computed for every position.
    m = len(words)
    acc = np.zeros(m, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(min(k, m)):  # k is a small constant (the shingle width), not a per-shingle loop
            coef = _M((0x9E3779B97F4A7C15 * (2 * j + 1)) & 0xFFFFFFFFFFFFFFFF)
            acc[: m - j] += words[j:] * coef
        acc = mix64(acc)
    # Valid shingle starts: positions i with i + k <= end of its document.
    doc_of = np.repeat(np.arange(n_docs), lens)
    pos = np.arange(m) - woff[doc_of]
    n_sh = np.maximum(lens - k + 1, np.minimum(lens, 1))  # a short text still has one shingle
    valid = pos < n_sh[doc_of]
    sdocs = np.flatnonzero((lens < k) & (lens > 0))
    if len(sdocs):
        for d in sdocs:  # rare: only documents shorter than k words
            s, e = woff[d], woff[d + 1]
            acc[s] = mix64(np.array([np.bitwise_xor.reduce(words[s:e])], dtype=np.uint64))[0]
    sh = acc[valid]
    offsets = np.concatenate(([0], np.cumsum(n_sh))).astype(np.int64)
    return ShingleBatch(sh, offsets)


class MinHasher:
    """MinHash signatures of ``num_perm`` values per document, by one-permutation hashing.

    Each shingle hash is re-hashed once; its top bits choose one of ``num_perm``
    bins and the rest is its value; a document's signature is the minimum value
    per bin (Li, Owen & Zhang 2012), empty bins filled from the next non-empty bin
    to the right with an offset per step (densification, Shrivastava & Li 2014).
    Two signatures agree in a bin with probability equal to the Jaccard of the two
    sets, as with ``num_perm`` independent permutations, for one hash per shingle
    instead of ``num_perm``.
    """

    def __init__(self, num_perm: int = 128, seed: int = 1):
        self.num_perm = num_perm
        self.seed = _M((0x9E3779B97F4A7C15 * (2 * seed + 1)) & 0xFFFFFFFFFFFFFFFF)

    def signatures(self, batch: ShingleBatch) -> np.ndarray:
        """``(documents, num_perm)`` uint32 signatures; an empty document gets all 0xFFFFFFFF."""
        k = self.num_perm
        n_docs = len(batch.offsets) - 1
        empty_value = np.iinfo(np.uint32).max
        sig = np.full(n_docs * k, empty_value, dtype=np.uint32)
        if len(batch.hashes):
            with np.errstate(over="ignore"):
                hh = mix64(batch.hashes ^ self.seed)
                bins = (((hh >> _M(32)) * _M(k)) >> _M(32)).astype(np.int64)  # top bits -> [0, k)
            values = (hh & _M(0xFFFFFFFE)).astype(np.uint32)  # never the empty marker
            doc = np.repeat(np.arange(n_docs, dtype=np.int64), np.diff(batch.offsets))
            np.minimum.at(sig, doc * k + bins, values)
        sig = sig.reshape(n_docs, k)
        return _densify(sig, empty_value)


def _densify(sig: np.ndarray, empty_value: int) -> np.ndarray:
    """Fill each empty bin from the nearest non-empty bin to its right (circularly), plus an offset per step."""
    empty = sig == empty_value
    if not empty.any():
        return sig
    n, k = sig.shape
    idx = np.arange(2 * k)
    pos = np.where(np.concatenate([~empty, ~empty], axis=1), idx[None, :], 4 * k)
    nxt = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, ::-1][:, :k]  # next non-empty index, circular
    has_any = nxt[:, 0] < 4 * k
    rows = np.flatnonzero(has_any)
    nxt = nxt[rows]
    distance = (nxt - np.arange(k)[None, :]).astype(np.uint32)
    src = sig[rows[:, None], nxt % k]
    with np.errstate(over="ignore"):
        filled = np.where(empty[rows], src + distance * np.uint32(0x9E3779B1), sig[rows])
    filled = np.where(filled == empty_value, empty_value - 1, filled).astype(np.uint32)
    out = sig.copy()
    out[rows] = filled
    return out


def lsh_params(threshold: float, num_perm: int, fn_weight: float = 0.95) -> tuple[int, int]:
    """Bands and rows per band that minimise weighted false positive and negative mass around ``threshold``.

    The same criterion as datasketch's ``MinHashLSH``; recall is weighted higher by default because
    every candidate pair is verified with its exact Jaccard afterwards, so a false positive costs
    only time.
    """
    xs = np.linspace(0.0, 1.0, 1001)
    best, best_err = (1, num_perm), float("inf")
    for b in range(1, num_perm + 1):
        r = num_perm // b
        if r == 0:
            break
        p = 1.0 - (1.0 - xs**r) ** b
        fp = np.trapezoid(np.where(xs < threshold, p, 0.0), xs)
        fn = np.trapezoid(np.where(xs >= threshold, 1.0 - p, 0.0), xs)
        err = (1 - fn_weight) * fp + fn_weight * fn
        if err < best_err:
            best, best_err = (b, r), err
    return best


def band_keys(signatures: np.ndarray, bands: int, rows: int) -> np.ndarray:
    """``(documents, bands)`` uint64 keys; two documents collide in a band when its rows agree."""
    n = signatures.shape[0]
    s = signatures[:, : bands * rows].astype(np.uint64).reshape(n, bands, rows)
    with np.errstate(over="ignore"):
        acc = np.zeros((n, bands), dtype=np.uint64)
        for j in range(rows):
            acc = mix64(acc ^ (s[:, :, j] + _M(j + 1) * _M(0x9E3779B97F4A7C15)))
        # the band number is part of the key: equal rows in different bands do not collide
        return mix64(acc + np.arange(bands, dtype=np.uint64)[None, :] * _M(0xD6E8FEB86659FD93))


def candidate_pairs(keys: np.ndarray, max_bucket: int = 64) -> np.ndarray:
    """Pairs ``(i, j)``, ``i < j``, of documents sharing a band key, deduplicated, as an ``(n, 2)`` array.

    Found by sorting the keys, never by comparing documents pairwise, one band at a time (a band's
    number is part of its keys, so buckets never span two bands; memory stays at one band's keys and
    the pairs found).  A bucket larger than ``max_bucket`` (boilerplate shared by thousands of pages)
    is linked as a chain plus a star on its first member, which keeps its connected component without
    a quadratic number of pairs.
    """
    n, bands = keys.shape
    found = np.zeros(0, dtype=np.int64)  # pairs as i * n + j, sorted and unique
    for band in range(bands):
        column = np.ascontiguousarray(keys[:, band])
        doc = np.argsort(column, kind="stable")
        flat = column[doc]
        boundaries = np.flatnonzero(np.diff(flat) != 0) + 1
        starts = np.concatenate(([0], boundaries))
        ends = np.concatenate((boundaries, [len(flat)]))
        sizes = ends - starts
        pairs = []
        small = np.flatnonzero((sizes >= 2) & (sizes <= max_bucket))
        if len(small):
            # all pairs within small buckets, vectorised by bucket size
            for size in np.unique(sizes[small]):
                sel = starts[small[sizes[small] == size]]
                iu, ju = np.triu_indices(int(size), k=1)
                pairs.append(
                    np.stack([doc[sel[:, None] + iu[None, :]].ravel(), doc[sel[:, None] + ju[None, :]].ravel()], axis=1)
                )
        for s, e in zip(starts[sizes > max_bucket], ends[sizes > max_bucket]):
            members = doc[s:e]
            pairs.append(np.stack([members[:-1], members[1:]], axis=1))
            pairs.append(np.stack([np.full(len(members) - 1, members[0]), members[1:]], axis=1))
        if pairs:
            allp = np.sort(np.concatenate(pairs).astype(np.int64), axis=1)
            allp = allp[allp[:, 0] != allp[:, 1]]
            found = np.union1d(found, allp[:, 0] * n + allp[:, 1])
    return np.stack([found // n, found % n], axis=1) if len(found) else np.zeros((0, 2), dtype=np.int64)


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Exact Jaccard of two sets given as unique hash arrays."""
    if len(a) == 0 and len(b) == 0:
        return 1.0
    inter = len(np.intersect1d(a, b, assume_unique=True))
    return inter / (len(a) + len(b) - inter)


def estimated_jaccard(s1: np.ndarray, s2: np.ndarray) -> float:
    return float(np.mean(s1 == s2))
