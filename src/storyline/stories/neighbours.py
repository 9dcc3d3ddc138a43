"""Story clustering in steps an executor can spread out: features, neighbour lists, stories.

:class:`~storyline.stories.cluster.StoryIndex` grows one batch at a time and
holds everything in memory.  The same result for a whole corpus, in pieces that
work on part of it at a time (so a process pool or Spark can run them):

1. :func:`feature_rows` — each article's weighted terms (a pure function of the article);
2. :func:`nearest` — each query article's ``k`` best neighbours among a set of
   reference articles.  Lists found against different reference sets merge with
   :func:`top_neighbours` into exactly the list found against their union,
   because the order (similarity, then article id) is total;
3. :func:`time_blocks` — which reference articles a block of queries needs:
   similarity decays with the days between two articles and is cut below
   ``min_similarity``, so an article only needs the articles published within
   :func:`reach` days of it (plus the undated ones);
4. :func:`kept_links` and :func:`stories_from_links` — the neighbour graph's
   connected components, clustered one by one with average linkage.

Cosines are rounded to 1e-9 so that a different order of summation (another
vocabulary order on another machine) cannot flip a tie or a threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from sparse_dot_topn import sp_matmul_topn

from ..batching import die_with_parent
from ..spill import Growing
from .cluster import StoryConfig, cluster_component, decayed, features, join_copies, representatives

DECIMALS = 9


@dataclass
class Features:
    """Weighted terms of a set of articles as a sparse matrix (rows L2-normalised)."""

    keys: np.ndarray  # article ids (object array of str)
    days: np.ndarray  # float day numbers, NaN when undated
    matrix: csr_matrix

    def __len__(self) -> int:
        return len(self.keys)

    @classmethod
    def build(cls, keys: Sequence[str], days: Sequence[float | None], terms: Sequence[Sequence[str]],
              weights: Sequence[Sequence[float]], vocab: dict[str, int] | None = None) -> "Features":  # fmt: skip
        vocab = {} if vocab is None else vocab
        indptr = np.zeros(len(keys) + 1, dtype=np.int64)
        cols: list[int] = []
        vals: list[float] = []
        for pos, (ts, ws) in enumerate(zip(terms, weights)):
            cols.extend(vocab.setdefault(t, len(vocab)) for t in ts)
            vals.extend(ws)
            indptr[pos + 1] = len(cols)
        matrix = csr_matrix(
            (np.asarray(vals, dtype=np.float64), np.asarray(cols, dtype=np.int64), indptr),
            shape=(len(keys), max(1, len(vocab))),
        )
        day = np.array([np.nan if d is None else float(d) for d in days], dtype=np.float64)
        return cls(np.asarray(list(keys), dtype=object), day, matrix)

    def take(self, rows: np.ndarray) -> "Features":
        return Features(self.keys[rows], self.days[rows], self.matrix[rows])

    def grouped(self, rep: np.ndarray, folder: Path | None = None, chunk: int = 8192) -> "Features":
        """One row per duplicate group, keyed by its representative (``rep``: each row's representative
        row): the representative's id and date, the group's mean terms — the arithmetic of
        :func:`group_vector` (members summed in article-id order, the norm exact), vectorised.
        Made ``chunk`` groups at a time; with ``folder``, the rows are kept in files there."""
        sel = np.unique(rep)
        count = np.bincount(rep, minlength=len(self))
        by_rep = np.argsort(rep, kind="stable")
        rep_sorted = rep[by_rep]
        weights = Growing(np.float64, folder=folder, name="group-weights")
        terms = Growing(self.matrix.indices.dtype, folder=folder, name="group-terms")
        lengths = []
        for lo in range(0, len(sel), chunk):
            part = sel[lo : lo + chunk]
            a = np.searchsorted(rep_sorted, part[0], side="left")
            b = np.searchsorted(rep_sorted, part[-1], side="right")
            rows = self._group_rows(rep, part, count[part] > 1, by_rep[a:b])
            weights.append(rows.data)
            terms.append(rows.indices)
            lengths.append(np.diff(rows.indptr))
        weights.close()
        terms.close()
        indptr = np.concatenate([[0], np.cumsum(np.concatenate(lengths))]) if lengths else np.zeros(1, np.int64)
        matrix = csr_matrix((weights.array(), terms.array(), indptr), shape=(len(sel), self.matrix.shape[1]))
        return Features(self.keys[sel], self.days[sel], matrix)

    def _group_rows(self, rep: np.ndarray, sel: np.ndarray, multi: np.ndarray, candidates: np.ndarray) -> csr_matrix:
        """The rows of the groups ``sel`` (``multi``: which have copies; ``candidates``: every row whose
        representative is in ``sel``)."""
        out = self.matrix[sel]
        if not multi.any():  # each row as it is, its terms in column order (as the rows summed below)
            out.sort_indices()
            return out
        members = candidates[multi[np.searchsorted(sel, rep[candidates])]]
        members = members[np.argsort(self.keys[members].astype(str), kind="stable")]
        slot = np.searchsorted(sel, rep[members])  # each member's group among ``sel`` (sorted)
        G = csr_matrix((np.ones(len(members)), (slot, np.arange(len(members)))), shape=(len(sel), len(members)))
        summed = (G @ self.matrix[members]).tocsr()
        summed.sort_indices()
        ptr = summed.indptr
        norm = np.ones(len(sel))
        for row in np.flatnonzero(multi).tolist():
            norm[row] = math.sqrt(math.fsum((summed.data[ptr[row] : ptr[row + 1]] ** 2).tolist())) or 1.0
        summed.data = summed.data / np.repeat(norm, np.diff(ptr))
        singles = csr_matrix(
            (np.where(multi, 0.0, 1.0), (np.arange(len(sel)), np.arange(len(sel)))), shape=(len(sel), len(sel))
        )
        matrix = (singles @ out + summed).tocsr()
        matrix.eliminate_zeros()
        matrix.sort_indices()
        return matrix


def feature_rows(
    texts: Sequence[str], titles: Sequence[str | None], config: StoryConfig | None = None
) -> list[tuple[list[str], list[float]]]:
    """Terms and weights per article, terms in alphabetical order."""
    out = []
    for text, title in zip(texts, titles):
        vec = features(text, title, config)
        terms = sorted(vec)
        out.append((terms, [vec[t] for t in terms]))
    return out


def reach(config: StoryConfig) -> float:
    """Days beyond which two articles can never be neighbours (decay takes any cosine under the floor)."""
    decay = (
        config.grace_days + config.day_scale * math.log2(1.0 / config.min_similarity)
        if config.min_similarity > 0
        else math.inf
    )
    return min(config.max_days, decay) + 1e-6


def _pairs(Q: csr_matrix, RT: Any, qkeys: np.ndarray, qdays: np.ndarray, ref: Features, lo: int,
           cfg: StoryConfig) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """(query rows, ref rows, similarity) of one product block: every pair at or above the floor after decay."""
    # decay never raises a similarity: what is under the floor now stays under it (nearly every pair: with
    # 192 terms almost every two articles share a word), so the product keeps only what reaches the floor
    # (sparse_dot_topn: no dense-sized intermediate result, unlike scipy's product)
    S = sp_matmul_topn(Q, RT, top_n=RT.shape[1], threshold=cfg.min_similarity - 1e-9, n_threads=1).tocoo()
    i, j = S.row.astype(np.int64) + lo, S.col.astype(np.int64)
    s = np.round(S.data, DECIMALS)
    keep = qkeys[i] != ref.keys[j]
    i, j, s = i[keep], j[keep], s[keep]
    s = decayed(s, np.abs(qdays[i] - ref.days[j]), cfg)
    ok = s >= cfg.min_similarity
    return i[ok], j[ok], s[ok]


def similar_pairs(query: Features, ref: Features, config: StoryConfig | None = None, block: int = 1024,
                  ref_block: int = 32768) -> Iterator[tuple[np.ndarray, np.ndarray, np.ndarray]]:  # fmt: skip
    """Every (query row, ref row, similarity) at or above the floor, in pieces: a product block is at most
    ``block`` x ``ref_block``, so memory does not grow with the corpus.  Only pairs sharing a term are touched."""
    cfg = config or StoryConfig()
    if len(query) == 0 or len(ref) == 0:
        return
    width = max(query.matrix.shape[1], ref.matrix.shape[1])
    Q = _widen(query.matrix, width)
    for rlo in range(0, len(ref), ref_block):
        part = ref if len(ref) <= ref_block else ref.take(np.arange(rlo, min(rlo + ref_block, len(ref))))
        RT = _widen(part.matrix, width).T.tocsr()
        for lo in range(0, len(query), block):
            i, j, s = _pairs(Q[lo : lo + block], RT, query.keys, query.days, part, lo, cfg)
            yield i, j + rlo, s


def nearest(query: Features, ref: Features, config: StoryConfig | None = None, block: int = 1024,
            ref_block: int = 32768) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Each query article's best ``k`` neighbours in ``ref``: ``(query ids, neighbour ids, similarities)``.

    Both must share one vocabulary (column numbering).  An article is never its
    own neighbour.  Only pairs that share a term are ever touched.
    """
    cfg = config or StoryConfig()
    i, j, s = _joined(similar_pairs(query, ref, cfg, block, ref_block))
    i, j, s = _top_rows(i, j, s, _key_rank(ref.keys), cfg.neighbours)
    return query.keys[i], ref.keys[j], s


def _joined(pieces: Iterable[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    found = list(pieces)
    if not found:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    return tuple(np.concatenate(x) for x in zip(*found))  # type: ignore[return-value]


def top_neighbours(q: np.ndarray, r: np.ndarray, s: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Merge neighbour lists: each query's ``k`` best by (similarity, then neighbour id); repeats dropped."""
    if len(q) == 0:
        return q, r, s
    qnames, qcode = np.unique(q.astype(str), return_inverse=True)
    rnames, rcode = np.unique(r.astype(str), return_inverse=True)  # sorted names: a code is its rank
    qc, rc, s = _top_rows(qcode, rcode, s, np.arange(len(rnames)), k)
    return qnames[qc], rnames[rc], s


def _group_rank(sorted_groups: np.ndarray) -> np.ndarray:
    """Position of each element inside its run of equal values (input sorted by group)."""
    if len(sorted_groups) == 0:
        return np.zeros(0, dtype=np.int64)
    starts = np.r_[True, sorted_groups[1:] != sorted_groups[:-1]]
    start_pos = np.maximum.accumulate(np.where(starts, np.arange(len(sorted_groups)), 0))
    return np.arange(len(sorted_groups)) - start_pos


def _widen(m: csr_matrix, width: int) -> csr_matrix:
    if m.shape[1] == width:
        return m
    return csr_matrix((m.data, m.indices, m.indptr), shape=(m.shape[0], width))


def _empty() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    return np.zeros(0, dtype=object), np.zeros(0, dtype=object), np.zeros(0, dtype=np.float64)


def time_blocks(
    days: np.ndarray, config: StoryConfig | None = None, block: int = 2048
) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:
    """``(query rows, reference rows)`` covering every article: dated articles in date order, by block,
    against the dated articles from the block's start to the reach of its last date; then undated
    articles against everything (``None``).  Each pair is scored once and read both ways (see
    :func:`_block_neighbours`): an article's neighbours published before its block come from the
    earlier blocks, and a dated article's undated neighbours from the undated blocks."""
    cfg = config or StoryConfig()
    w = reach(cfg)
    dated = np.flatnonzero(~np.isnan(days))
    undated = np.flatnonzero(np.isnan(days))
    by_day = dated[np.argsort(days[dated], kind="stable")]
    sorted_days = days[by_day]
    for lo in range(0, len(by_day), block):
        rows = by_day[lo : lo + block]
        b = np.searchsorted(sorted_days, sorted_days[min(lo + block, len(by_day)) - 1] + w, side="right")
        yield rows, by_day[lo:b]
    for lo in range(0, len(undated), block):
        yield undated[lo : lo + block], None


_SHARED: tuple["Features", StoryConfig, np.ndarray] | None = None  # what forked workers inherit


def _key_rank(keys: np.ndarray) -> np.ndarray:
    """Each row's place in article-id order: the tie-break of equal similarities, as an integer."""
    rank = np.empty(len(keys), dtype=np.int64)
    rank[np.argsort(keys.astype(str), kind="stable")] = np.arange(len(keys))
    return rank


def _top_rows(
    q: np.ndarray, r: np.ndarray, s: np.ndarray, rank: np.ndarray, k: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each query row's ``k`` best (row, similarity) pairs by (similarity, then neighbour id); repeats dropped."""
    order = np.lexsort((rank[r], -s, q))
    q, r, s = q[order], r[order], s[order]
    fresh = np.r_[True, (q[1:] != q[:-1]) | (r[1:] != r[:-1])] if len(q) else np.zeros(0, dtype=bool)
    q, r, s = q[fresh], r[fresh], s[fresh]
    first = _group_rank(q) < k
    return q[first], r[first], s[first]


def _block_neighbours(task: tuple[np.ndarray, np.ndarray | None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """One time block's candidate lists, as corpus row numbers: its articles' ``k`` best neighbours among
    its references and, read the other way round, each reference's ``k`` best among the block's
    articles (a later dated article, or a dated article of an undated block: pairs no other block scores)."""
    assert _SHARED is not None
    feats, cfg, rank = _SHARED
    rows, ref = task
    k = cfg.neighbours
    if ref is not None:
        i, j, s = _joined(similar_pairs(feats.take(rows), feats.take(ref), cfg))
        i, j = rows[i], ref[j]
        back = np.ones(len(j), dtype=bool)
    else:
        i, j, s = _joined(similar_pairs(feats.take(rows), feats, cfg))
        i = rows[i]
        back = ~np.isnan(feats.days[j])
    own = _top_rows(i, j, s, rank, k)
    other = _top_rows(j[back], i[back], s[back], rank, k)
    return tuple(np.concatenate(x) for x in zip(own, other))  # type: ignore[return-value]


class _Lists:
    """Every article's ``k`` best neighbours so far (row numbers), merged block by block: memory
    stays at ``k`` per article however many candidates the blocks send."""

    def __init__(self, n: int, k: int, rank: np.ndarray):
        self.k, self.rank = k, rank
        self.r = np.full((n, k), -1, dtype=np.int64)
        self.s = np.zeros((n, k))

    def merge(self, q: np.ndarray, r: np.ndarray, s: np.ndarray) -> None:
        if len(q) == 0:
            return
        rows = np.unique(q)
        old_r, old_s = self.r[rows].ravel(), self.s[rows].ravel()
        old_q = np.repeat(rows, self.k)
        had = old_r >= 0
        q, r, s = _top_rows(np.concatenate([old_q[had], q]), np.concatenate([old_r[had], r]),
                            np.concatenate([old_s[had], s]), self.rank, self.k)  # fmt: skip
        self.r[rows] = -1
        slot = _group_rank(q)
        self.r[q, slot] = r
        self.s[q, slot] = s

    def lists(self, keys: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """``(article, neighbour, similarity)``: ids from ``keys``, or row numbers without them."""
        q = np.repeat(np.arange(len(self.r)), self.k)
        r, s = self.r.ravel(), self.s.ravel()
        ok = r >= 0
        if keys is None:
            return q[ok], r[ok], s[ok]
        return keys[q[ok]], keys[r[ok]], s[ok]


def neighbour_lists(feats: Features, config: StoryConfig | None = None, block: int = 2048, progress=None,
                    workers: int = 1, rows: bool = False) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Every article's ``k`` best neighbours in one corpus, comparing only articles within reach in time:
    ``(article ids, neighbour ids, similarities)``, or row numbers of ``feats`` with ``rows``.

    ``workers`` > 1 spreads the time blocks over forked processes, which share the features
    (copy-on-write) instead of receiving them."""
    global _SHARED
    cfg = config or StoryConfig()
    if len(feats) == 0:
        return _empty()
    tasks = list(time_blocks(feats.days, cfg, block))
    rank = _key_rank(feats.keys)
    found = _Lists(len(feats), cfg.neighbours, rank)
    _SHARED = (feats, cfg, rank)
    try:
        if workers > 1 and len(tasks) > 1:
            import gc
            import multiprocessing

            gc.freeze()  # the collector would otherwise touch, and so copy, every object the workers inherit
            try:
                with multiprocessing.get_context("fork").Pool(workers, initializer=die_with_parent) as pool:
                    _collect(pool.imap(_block_neighbours, tasks), tasks, found, progress)
            finally:
                gc.unfreeze()
        else:
            _collect(map(_block_neighbours, tasks), tasks, found, progress)
    finally:
        _SHARED = None
    return found.lists(None if rows else feats.keys)


def _collect(results: Iterator, tasks: list, found: _Lists, progress) -> None:
    for (rows, _), (q, r, s) in zip(tasks, results):
        found.merge(q, r, s)
        if progress:
            progress(len(rows))


def kept_links(q: np.ndarray, r: np.ndarray, s: np.ndarray, config: StoryConfig | None = None) -> np.ndarray:
    """Which neighbour links count: at least ``relative_floor`` of the article's best (see StoryIndex.kept).
    ``q`` article ids, or row numbers."""
    cfg = config or StoryConfig()
    if len(q) == 0:
        return np.zeros(0, dtype=bool)
    codes = q if q.dtype.kind in "iu" else np.unique(q.astype(str), return_inverse=True)[1]
    best = np.zeros(codes.max() + 1)
    np.maximum.at(best, codes, s)
    return s >= cfg.relative_floor * best[codes]


def stories_from_links(keys: np.ndarray, q: np.ndarray, r: np.ndarray, s: np.ndarray,
                       config: StoryConfig | None = None) -> dict[str, str]:  # fmt: skip
    """Story name per article id from the kept neighbour links of a whole corpus (``q``, ``r``: article
    ids, or row numbers of ``keys``)."""
    keys = np.asarray(keys, dtype=object)
    n = len(keys)
    if len(q) == 0:  # no links: every article is its own story
        return dict(zip(keys.tolist(), keys.tolist()))
    if q.dtype.kind in "iu":
        qi, ri = q.astype(np.int64), r.astype(np.int64)
    else:
        pos = {k: i for i, k in enumerate(keys.tolist())}
        qi = np.fromiter((pos[x] for x in q.tolist()), dtype=np.int64, count=len(q))
        ri = np.fromiter((pos[x] for x in r.tolist()), dtype=np.int64, count=len(r))
    graph = csr_matrix((np.ones(len(qi)), (qi, ri)), shape=(n, n))
    _, comp = connected_components(graph, directed=False)
    names = dict(zip(keys.tolist(), keys.tolist()))
    order = np.argsort(comp[qi], kind="stable")
    link_comp = comp[qi][order]
    bounds = np.flatnonzero(np.r_[True, link_comp[1:] != link_comp[:-1], True])
    members_order = np.argsort(comp, kind="stable")
    member_comp = comp[members_order]
    mbounds = np.flatnonzero(np.r_[True, member_comp[1:] != member_comp[:-1], True])
    member_slices = {int(member_comp[a]): (a, b) for a, b in zip(mbounds[:-1], mbounds[1:])}
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        c = int(link_comp[a])
        ma, mb = member_slices[c]
        members = keys[members_order[ma:mb]].tolist()
        sel = order[a:b]
        for key, name in zip(sorted(members), cluster_component(
            members, keys[qi[sel]].tolist(), keys[ri[sel]].tolist(), s[sel].tolist(), config)
        ):  # fmt: skip
            names[key] = name
    return names


def grouped_stories(feats: Features, groups: np.ndarray, config: StoryConfig | None = None, block: int = 2048,
                    workers: int = 1, progress: Callable[[int], None] | None = None,
                    folder: Path | None = None) -> dict[str, str]:  # fmt: skip
    """Story name per article id from all articles' features and their duplicate groups: each group
    clustered as one member, every copy in its representative's story (as :func:`cluster_stories`).
    ``folder``: keep the groups' term vectors in files there, not in memory."""
    cfg = config or StoryConfig()
    rep = representatives(feats.keys, feats.days, groups)
    reps = feats.grouped(rep, folder)
    q, r, s = neighbour_lists(reps, cfg, block, progress=progress, workers=workers, rows=True)
    keep = kept_links(q, r, s, cfg)
    names = stories_from_links(reps.keys, q[keep], r[keep], s[keep], cfg)
    keys = feats.keys.tolist()
    return dict(zip(keys, join_copies(keys, rep, names)))


def corpus_stories(keys: Sequence[str], texts: Sequence[str], titles: Sequence[str | None],
                   days: Sequence[float | None], config: StoryConfig | None = None, block: int = 2048,
                   workers: int = 1, groups: Sequence[int] | None = None) -> dict[str, str]:  # fmt: skip
    """Story name per article id: the batch run in steps (equals :func:`cluster_stories` on the same articles)."""
    cfg = config or StoryConfig()
    if groups is None:
        from .dedup import find_duplicates

        groups = find_duplicates(texts).groups
    rows = feature_rows(texts, titles, cfg)
    feats = Features.build(keys, days, [t for t, _ in rows], [w for _, w in rows])
    return grouped_stories(feats, np.asarray(groups), cfg, block, workers)
