"""Exact and near-duplicate articles: groups of copies, each link with its evidence.

Exact copies are found by a hash of the normalised text (its case-folded word
sequence, so spacing and punctuation do not matter).  Near copies (a wire
story trimmed, re-headed, with a newsletter line added and a few words changed)
by MinHash signatures over word 5-gram shingles, LSH banding for candidates, and
the exact Jaccard of every candidate pair as the verdict.  Groups are connected
components of the verified pairs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Sequence

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from ..batching import batched
from ..spill import Growing
from .minhash import (
    MinHasher, ShingleBatch, band_keys, candidate_pairs, estimated_jaccard, jaccard, lsh_params, shingles_from_words,
    text_keys, word_hashes,
)  # fmt: skip


def jaccard_figure(value: float) -> float:
    """A Jaccard as every table writes it: rounded once, here, to 4 places by Python's correctly rounded
    ``round`` (NumPy's ``np.round`` scales first and rounds 151/160 up to 0.9438 where ``round`` gives
    0.9437: the local run and the Spark job then disagreed in the last digit)."""
    return round(float(value), 4)


@dataclass(frozen=True, slots=True)
class DuplicatePair:
    """Two documents (by position) found to be copies, with estimated and exact Jaccard."""

    a: int
    b: int
    estimated: float
    jaccard: float
    exact_copy: bool = False


@dataclass
class Duplicates:
    """The result: a group label per document (the position of the group's first member) and the pairs."""

    groups: np.ndarray
    pairs: list[DuplicatePair] = field(default_factory=list)
    candidates: int = 0

    def members(self) -> list[list[int]]:
        """Groups of two or more, each sorted, in order of their first member."""
        out: dict[int, list[int]] = {}
        for i, g in enumerate(self.groups.tolist()):
            out.setdefault(g, []).append(i)
        return [m for m in out.values() if len(m) > 1]


@dataclass
class DedupConfig:
    threshold: float = 0.5  # exact Jaccard of 5-gram shingle sets at or above which two texts are copies
    num_perm: int = 128
    shingle: int = 5
    seed: int = 1
    batch_size: int = 1000

    @property
    def bands_rows(self) -> tuple[int, int]:
        return lsh_params(self.threshold, self.num_perm)


class NearDuplicateIndex:
    """Fingerprints documents batch by batch (streamed), then finds their duplicate groups.

    Holds each document's shingle set (to verify candidates exactly) and band keys;
    texts are not kept.
    """

    def __init__(self, config: DedupConfig | None = None, folder: Path | None = None):
        """``folder``: keep the fingerprints in files there (read back memory-mapped), not in memory."""
        self.config = config or DedupConfig()
        self.hasher = MinHasher(self.config.num_perm, self.config.seed)
        self.bands, self.rows = self.config.bands_rows
        self._exact: dict[int, int] = {}  # exact-text hash -> first document with it
        self._exact_of: list[int] = []  # per document: its exact representative
        self._reps: list[int] = []  # documents that went through MinHash, in order
        # per representative: its shingle hashes (concatenated), how many, its signature and band keys
        self._hashes = Growing(np.uint32, folder=folder, name="shingles")
        self._lengths = Growing(np.int64, folder=None)
        self._sigs = Growing(np.uint64, self.config.num_perm, folder, "signatures")
        self._keys = Growing(np.uint64, self.bands, folder, "bands")
        self.n = 0

    def add(self, texts: Sequence[str]) -> None:
        """Fingerprint a batch of documents (positions continue from the previous batch)."""
        self.add_fingerprints(fingerprint(texts, self.config, self.hasher))

    def add_fingerprints(self, fp: "Fingerprints") -> None:
        """Add documents fingerprinted elsewhere (another process, another machine) with :func:`fingerprint`."""
        fresh: list[int] = []  # positions in this batch not seen before
        for pos, key in enumerate(fp.exact.tolist()):
            rep = self._exact.setdefault(key, self.n)
            self._exact_of.append(rep)
            if rep == self.n:
                fresh.append(pos)
                self._reps.append(self.n)
            self.n += 1
        if not fresh:
            return
        fp = fp.take(np.asarray(fresh, dtype=np.int64)) if len(fresh) < len(fp) else fp
        self._hashes.append(fp.shingles.hashes)
        self._lengths.append(np.diff(fp.shingles.offsets))
        self._sigs.append(fp.signatures)
        self._keys.append(band_keys(fp.signatures, self.bands, self.rows))

    def duplicates(self) -> Duplicates:
        """Verified pairs and connected-component groups over everything added so far."""
        n = self.n
        pairs: list[DuplicatePair] = []
        rows: list[int] = []
        cols: list[int] = []
        # exact copies
        for i, rep in enumerate(self._exact_of):
            if rep != i:
                pairs.append(DuplicatePair(rep, i, 1.0, 1.0, exact_copy=True))
                rows.append(rep)
                cols.append(i)
        n_cand = 0
        if len(self._keys):
            cand = candidate_pairs(np.asarray(self._keys.array()))
            n_cand = len(cand)
            sigs, hashes = self._sigs.array(), self._hashes.array()
            offsets = np.concatenate(([0], np.cumsum(self._lengths.array())))
            reps = np.asarray(self._reps)

            @lru_cache(maxsize=4096)  # bounded: a million articles' shingle sets would not fit
            def shingle_set(i: int) -> np.ndarray:
                return np.unique(hashes[offsets[i] : offsets[i + 1]])

            for i, j in cand.tolist():
                jac = jaccard(shingle_set(i), shingle_set(j))
                if jac >= self.config.threshold:
                    pa, pb = int(reps[i]), int(reps[j])
                    pairs.append(DuplicatePair(pa, pb, estimated_jaccard(sigs[i], sigs[j]), jac))
                    rows.append(pa)
                    cols.append(pb)
        if rows:
            graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
            _, labels = connected_components(graph, directed=False)
        else:
            labels = np.arange(n)
        # name each group by its first member
        first = np.full(labels.max() + 1 if n else 0, n, dtype=np.int64)
        np.minimum.at(first, labels, np.arange(n))
        return Duplicates(groups=first[labels], pairs=pairs, candidates=n_cand)


@dataclass
class Fingerprints:
    """What deduplication needs of a batch of documents, computed where the texts are."""

    exact: np.ndarray  # uint64 hash of the normalised word sequence, per document
    shingles: (
        ShingleBatch  # uint32 shingle hashes (32 bits tell a document's ~1,000 shingles apart, at half the memory)
    )
    signatures: np.ndarray  # (documents, num_perm) MinHash

    def __len__(self) -> int:
        return len(self.exact)

    def take(self, rows: np.ndarray) -> "Fingerprints":
        off = self.shingles.offsets
        lens = np.diff(off)[rows]
        parts = [self.shingles.hashes[off[i] : off[i + 1]] for i in rows.tolist()]
        hashes = np.concatenate(parts) if parts else self.shingles.hashes[:0]
        offsets = np.concatenate(([0], np.cumsum(lens))).astype(np.int64)
        return Fingerprints(self.exact[rows], ShingleBatch(hashes, offsets), self.signatures[rows])


def fingerprint(
    texts: Sequence[str], config: DedupConfig | None = None, hasher: MinHasher | None = None
) -> Fingerprints:
    """Exact-text key, shingles and MinHash signature of each text: a pure function of the batch."""
    cfg = config or DedupConfig()
    hasher = hasher or MinHasher(cfg.num_perm, cfg.seed)
    words, woff = word_hashes(texts)
    batch = shingles_from_words(words, woff, cfg.shingle)
    sig = hasher.signatures(batch)
    return Fingerprints(text_keys(words, woff), ShingleBatch(batch.hashes.astype(np.uint32), batch.offsets), sig)


def find_duplicates(
    texts: Iterable[str], config: DedupConfig | None = None, on_batch: Callable[[int], None] | None = None
) -> Duplicates:
    """Duplicate groups of a stream of texts, fingerprinted in batches."""
    index = NearDuplicateIndex(config)
    for batch in batched(texts, index.config.batch_size):
        index.add(batch)
        if on_batch:
            on_batch(index.n)
    return index.duplicates()
