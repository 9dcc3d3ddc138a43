"""Where the story stage's time goes between dated and undated articles, and what an index of heavy terms
would leave as candidates for the undated ones (issue 20, item 2).

    python benchmarks/undated_bench.py --articles 100000
    python benchmarks/undated_bench.py --articles 1000000 --no-index   # about 25 minutes here

The stream is ``benchmarks/corpus.py``'s (1,000 articles a day, copies, rewrites, 3% undated).  Term
vectors are made in ``--workers`` processes, duplicate groups once; then every neighbour block of the
story step runs in this process, timed apart: dated blocks (articles within reach in time) and undated
blocks (every undated group against every group).  ``--index`` (default) then counts, for the undated
groups, the pairs an index of each group's T heaviest terms (ties kept) would propose when a pair must
share at least m of them, and which share of the exact neighbour lists' entries those pairs keep.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import sys
import time
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix
from sparse_dot_topn import sp_matmul_topn

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news  # noqa: E402

from storyline.dates import parse_date  # noqa: E402
from storyline.stories import StoryConfig, find_duplicates  # noqa: E402
from storyline.stories import neighbours as nb  # noqa: E402
from storyline.stories.cluster import representatives  # noqa: E402
from storyline.text import day_number  # noqa: E402


def _vectors(chunk: list[tuple[str, str | None]]) -> list[tuple[list[str], list[float]]]:
    return nb.feature_rows([t for t, _ in chunk], [h for _, h in chunk])


def grouped_features(n: int, workers: int) -> nb.Features:
    """The stream's first ``n`` articles as one row per duplicate group (as the corpus run clusters them)."""
    keys, days, cols, vals = [], [], [], []
    vocab: dict[str, int] = {}
    t0 = time.perf_counter()
    stream = news(n)
    chunks = iter(lambda: list(itertools.islice(stream, 2000)), [])
    texts: list[str] = []

    def feed():
        for chunk in chunks:
            keys.extend(r["id"] for r in chunk)
            days.extend(day_number(parse_date(r.get("date"))) for r in chunk)
            texts.extend(r["text"] for r in chunk)
            yield [(r["text"], r.get("title")) for r in chunk]

    with multiprocessing.get_context("fork").Pool(workers) as pool:
        for rows in pool.imap(_vectors, feed()):  # terms numbered as they come: 1M articles' strings would not fit
            cols.extend(np.fromiter((vocab.setdefault(t, len(vocab)) for t in ts), np.int64, len(ts)) for ts, _ in rows)
            vals.extend(np.asarray(ws, dtype=np.float64) for _, ws in rows)
    print(f"{n} articles: term vectors {time.perf_counter() - t0:.1f} s", flush=True)
    t0 = time.perf_counter()
    groups = np.asarray(find_duplicates(texts).groups)
    texts.clear()
    print(f"duplicate groups {time.perf_counter() - t0:.1f} s", flush=True)
    indptr = np.concatenate([[0], np.cumsum([len(c) for c in cols])])
    matrix = csr_matrix((np.concatenate(vals), np.concatenate(cols), indptr), shape=(len(keys), max(1, len(vocab))))
    day = np.array([np.nan if d is None else d for d in days])
    feats = nb.Features(np.asarray(keys, dtype=object), day, matrix)
    return feats.grouped(representatives(feats.keys, feats.days, groups))


def heaviest(m: csr_matrix, t: int) -> csr_matrix:
    """Each row's terms weighing at least its t-th heaviest (ties kept), as ones."""
    m = m.tocsr()
    lens = np.diff(m.indptr)
    row = np.repeat(np.arange(m.shape[0]), lens)
    order = np.lexsort((-m.data, row))
    rank = np.empty(len(order), np.int64)
    rank[order] = np.arange(len(order)) - np.repeat(m.indptr[:-1], lens)
    kth = np.full(m.shape[0], -np.inf)
    at = rank == np.minimum(t, lens[row]) - 1
    kth[row[at]] = m.data[at]
    keep = m.data >= kth[row]
    indptr = np.concatenate([[0], np.cumsum(np.bincount(row[keep], minlength=m.shape[0]))])
    return csr_matrix((np.ones(int(keep.sum())), m.indices[keep], indptr), shape=m.shape)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--no-index", dest="index", action="store_false", help="only time the blocks")
    args = ap.parse_args()
    cfg = StoryConfig()
    reps = grouped_features(args.articles, args.workers)
    undated = np.flatnonzero(np.isnan(reps.days))
    print(f"{len(reps)} duplicate groups, {len(undated)} undated", flush=True)
    nb._SHARED = (reps, cfg, nb._key_rank(reps.keys))
    spent = {"dated": 0.0, "undated": 0.0}
    for rows, ref in nb.time_blocks(reps.days, cfg, 2048):
        t0 = time.perf_counter()
        nb._block_neighbours((rows, ref))
        spent["undated" if ref is None else "dated"] += time.perf_counter() - t0
    print(f"dated blocks {spent['dated']:.1f} s, undated blocks {spent['undated']:.1f} s (one process)", flush=True)
    if not args.index:
        return
    i, j, s = nb._joined(nb.similar_pairs(reps.take(undated), reps, cfg))
    i = undated[i]
    ti, tj, _ = nb._top_rows(i, j, s, nb._key_rank(reps.keys), cfg.neighbours)
    entries = set(zip(ti.tolist(), tj.tolist()))
    print(f"undated x all: {len(i)} pairs at the floor, {len(entries)} neighbour-list entries")
    for t in (8, 16, 24, 32):
        a = heaviest(reps.matrix, t)
        t0 = time.perf_counter()
        shared = sp_matmul_topn(a[undated], a.T.tocsr(), top_n=a.shape[0], threshold=0.5, n_threads=1).tocoo()
        spent_t = time.perf_counter() - t0
        for m in (1, 2):
            ok = shared.data >= m - 0.1
            cand = set(zip(undated[shared.row[ok]].tolist(), shared.col[ok].tolist()))
            kept = sum(e in cand for e in entries) / max(1, len(entries))
            print(f"T={t:2d} m={m}: candidates {ok.sum() / max(1, len(undated)) / len(reps):7.2%} of the pairs, "
                  f"neighbour entries kept {kept:.4f} (index product {spent_t:.1f} s)")  # fmt: skip


if __name__ == "__main__":
    main()
