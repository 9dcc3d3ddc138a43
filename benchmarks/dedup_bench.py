"""Near-duplicate detection: throughput, memory and pair recall/precision, against datasketch and rensa.

    python benchmarks/dedup_bench.py --docs 100000

Builds a corpus of article-length documents from real news paragraphs with edited
copies (benchmarks/corpus.py), then on the same corpus, in the same run:

- Storyline: shingles + MinHash signatures + LSH band keys + candidate pairs
  (documents/second on one core, peak traced memory), then exact-Jaccard
  verification and connected components;
- datasketch: the same word 5-gram shingles, ``MinHash.update_batch`` and
  ``MinHashLSH`` insert + query, with the same number of permutations and the
  same threshold;
- rensa (if installed): ``RMinHash`` and ``RMinHashLSH`` the same way.

Recall and precision are measured against brute force: for a sample of
documents, the exact Jaccard of their shingle sets with every document of the
corpus (a sparse matrix product over exact shingle ids), pairs with Jaccard at or
above the threshold being the truth.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import numpy as np  # noqa: E402
from scipy.sparse import csr_matrix  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import generate  # noqa: E402

from storyline.stories.dedup import DedupConfig, NearDuplicateIndex  # noqa: E402
from storyline.stories.minhash import word_hashes  # noqa: E402


def python_shingles(text: str, k: int = 5) -> list[bytes]:
    """What a datasketch user writes: lower-cased words, joined k at a time."""
    import re

    words = re.findall(r"\w+", text.lower())
    if len(words) < k:
        return [" ".join(words).encode()]
    return [" ".join(words[i : i + k]).encode() for i in range(len(words) - k + 1)]


def run_storyline(texts: list[str], cfg: DedupConfig) -> dict:
    gc.collect()
    tracemalloc.start()
    t0 = time.perf_counter()
    index = NearDuplicateIndex(cfg)
    for lo in range(0, len(texts), cfg.batch_size):
        index.add(texts[lo : lo + cfg.batch_size])
    from storyline.stories.minhash import candidate_pairs

    keys = np.concatenate(index._keys)
    cand = candidate_pairs(keys)
    t1 = time.perf_counter()
    _, peak_fp = tracemalloc.get_traced_memory()
    result = index.duplicates()
    t2 = time.perf_counter()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "seconds_fingerprint_lsh": t1 - t0,
        "docs_per_second": len(texts) / (t1 - t0),
        "seconds_verify_and_group": t2 - t1,
        "peak_traced_mb_fingerprint_lsh": peak_fp / 2**20,
        "peak_traced_mb_total": peak / 2**20,
        "candidates": int(len(cand)),
        "verified_pairs": len(result.pairs),
        "groups": len(result.members()),
        "bands_rows": list(index.config.bands_rows),
        "result": result,
    }


def run_datasketch(texts: list[str], cfg: DedupConfig) -> dict:
    from datasketch import MinHash, MinHashLSH

    bands, rows = cfg.bands_rows
    t0 = time.perf_counter()
    lsh = MinHashLSH(num_perm=cfg.num_perm, params=(bands, rows))
    pairs = set()
    for i, text in enumerate(texts):
        m = MinHash(num_perm=cfg.num_perm, seed=cfg.seed)
        m.update_batch(python_shingles(text, cfg.shingle))
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    dt = time.perf_counter() - t0
    return {"seconds_fingerprint_lsh": dt, "docs_per_second": len(texts) / dt, "candidates": len(pairs)}


def run_rensa(texts: list[str], cfg: DedupConfig) -> dict | None:
    try:
        from rensa import RMinHash, RMinHashLSH
    except ImportError:
        return None
    bands, _ = cfg.bands_rows
    while cfg.num_perm % bands:  # rensa needs bands that divide num_perm: the nearest such
        bands += 1
    t0 = time.perf_counter()
    lsh = RMinHashLSH(threshold=cfg.threshold, num_perm=cfg.num_perm, num_bands=bands)
    pairs = set()
    for i, text in enumerate(texts):
        m = RMinHash(num_perm=cfg.num_perm, seed=cfg.seed)
        m.update([s.decode() for s in python_shingles(text, cfg.shingle)])
        for j in lsh.query(m):
            pairs.add((j, i))
        lsh.insert(i, m)
    dt = time.perf_counter() - t0
    return {"seconds_fingerprint_lsh": dt, "docs_per_second": len(texts) / dt, "candidates": len(pairs)}


def exact_truth(texts: list[str], sample: list[int], k: int, threshold: float) -> dict[int, dict[int, float]]:
    """Brute force: exact Jaccard of each sampled document with every document (sparse product of shingle sets)."""
    from storyline.stories.minhash import shingles

    rows, cols = [], []
    all_hashes = []
    for lo in range(0, len(texts), 2000):
        b = shingles(texts[lo : lo + 2000], k)
        for i in range(len(b.offsets) - 1):
            s = np.unique(b.of(i))
            all_hashes.append(s)
    vocab, inverse = np.unique(np.concatenate(all_hashes), return_inverse=True)
    pos = 0
    for d, s in enumerate(all_hashes):
        rows.append(np.full(len(s), d))
        cols.append(inverse[pos : pos + len(s)])
        pos += len(s)
    A = csr_matrix(
        (np.ones(pos, dtype=np.float32), (np.concatenate(rows), np.concatenate(cols))), shape=(len(texts), len(vocab))
    )
    sizes = np.asarray(A.sum(axis=1)).ravel()
    inter = (A[sample] @ A.T).tocoo()
    truth: dict[int, dict[int, float]] = {q: {} for q in sample}
    qs = np.asarray(sample)[inter.row]
    jac = inter.data / (sizes[qs] + sizes[inter.col] - inter.data)
    for q, d, j in zip(qs.tolist(), inter.col.tolist(), jac.tolist()):
        if q != d:
            truth[q][d] = j
    return truth


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--threshold", type=float, default=0.5)
    ap.add_argument("--sample", type=int, default=1000, help="documents checked against brute force")
    ap.add_argument("--baseline-docs", type=int, default=None, help="run baselines on the first N documents only")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    args = ap.parse_args()

    t0 = time.perf_counter()
    texts, parents = [], []
    for doc in generate(args.docs):
        texts.append(doc.text)
        parents.append(doc.parent)
    words = len(word_hashes(texts[:2000])[0]) / min(2000, len(texts))
    print(
        f"corpus: {len(texts)} documents, {words:.0f} words each on average, "
        f"{sum(p is not None for p in parents)} edited copies; built in {time.perf_counter() - t0:.1f} s",
        flush=True,
    )

    cfg = DedupConfig(threshold=args.threshold)
    ours = run_storyline(texts, cfg)
    print(
        f"storyline: {ours['docs_per_second']:.0f} docs/s fingerprint+LSH ({ours['seconds_fingerprint_lsh']:.1f} s), "
        f"verify+group {ours['seconds_verify_and_group']:.1f} s, peak traced memory {ours['peak_traced_mb_total']:.0f} MB, "
        f"bands x rows {ours['bands_rows']}, {ours['candidates']} candidates, {ours['verified_pairs']} verified pairs, "
        f"{ours['groups']} groups",
        flush=True,
    )

    base_texts = texts[: args.baseline_docs] if args.baseline_docs else texts
    ds = run_datasketch(base_texts, cfg)
    print(
        f"datasketch: {ds['docs_per_second']:.0f} docs/s ({ds['seconds_fingerprint_lsh']:.1f} s on {len(base_texts)} docs)",
        flush=True,
    )
    rn = run_rensa(base_texts, cfg)
    if rn:
        print(f"rensa: {rn['docs_per_second']:.0f} docs/s ({rn['seconds_fingerprint_lsh']:.1f} s)", flush=True)

    # recall / precision against brute force on a sample: half edited copies or their parents, half at random
    rng = random.Random(11)
    copies = [i for i, p in enumerate(parents) if p is not None]
    sample = sorted(
        set(rng.sample(copies, min(len(copies), args.sample // 2)) + rng.sample(range(len(texts)), args.sample // 2))
    )
    truth = exact_truth(texts, sample, cfg.shingle, args.threshold)
    found: dict[int, set[int]] = {q: set() for q in sample}
    sample_set = set(sample)
    est_err = []
    for p in ours["result"].pairs:
        for q, d in ((p.a, p.b), (p.b, p.a)):
            if q in sample_set:
                found[q].add(d)
                if not p.exact_copy:
                    est_err.append(abs(p.estimated - truth[q].get(d, 0.0)))
    true_pairs = {(q, d) for q in sample for d, j in truth[q].items() if j >= args.threshold}
    found_pairs = {(q, d) for q in sample for d in found[q]}
    recall = len(true_pairs & found_pairs) / max(1, len(true_pairs))
    precision = sum(1 for q, d in found_pairs if truth[q].get(d, 0.0) >= args.threshold) / max(1, len(found_pairs))
    groups = ours["result"].groups
    same_group = {(q, d) for q in sample for d in np.flatnonzero(groups == groups[q]).tolist() if d != q}
    group_precision = sum(1 for q, d in same_group if truth[q].get(d, 0.0) >= args.threshold) / max(1, len(same_group))
    print(
        f"against brute force on {len(sample)} documents: {len(true_pairs)} pairs with Jaccard >= {args.threshold}; "
        f"pair recall {recall:.4f}, pair precision {precision:.4f}, same-group precision {group_precision:.4f}, "
        f"mean |estimated - exact| {np.mean(est_err) if est_err else 0:.4f}"
    )
    ratio_ds = ours["docs_per_second"] / ds["docs_per_second"]
    line = f"throughput ratio: {ratio_ds:.1f}x datasketch"
    if rn:
        line += f", {ours['docs_per_second'] / rn['docs_per_second']:.2f}x rensa"
    print(line)
    if args.json:
        figures = {k: v for k, v in ours.items() if k != "result"}
        args.json.write_text(
            json.dumps(
                {
                    "docs": len(texts),
                    "storyline": figures,
                    "datasketch": ds,
                    "rensa": rn,
                    "recall": recall,
                    "precision": precision,
                    "group_precision": group_precision,
                    "true_pairs": len(true_pairs),
                    "sample": len(sample),
                },
                indent=2,
            )
        )


if __name__ == "__main__":
    main()
