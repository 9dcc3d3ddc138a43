"""B-cubed and pairwise precision, recall and F1 of a clustering against gold labels."""

from __future__ import annotations

from collections import Counter
from typing import Hashable, Sequence


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def bcubed(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """B-cubed (Bagga & Baldwin 1998): per item, the share of its predicted cluster that is right, and so on."""
    n = len(gold)
    both = Counter(zip(pred, gold))
    size_p = Counter(pred)
    size_g = Counter(gold)
    p = sum(c * c / size_p[pp] for (pp, _), c in both.items()) / n
    r = sum(c * c / size_g[gg] for (_, gg), c in both.items()) / n
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def pairwise(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, float]:
    """Precision and recall over the pairs of items put together."""
    pairs = lambda counts: sum(c * (c - 1) // 2 for c in counts.values())  # noqa: E731
    tp = pairs(Counter(zip(pred, gold)))
    pp = pairs(Counter(pred))
    gp = pairs(Counter(gold))
    p = tp / pp if pp else 1.0
    r = tp / gp if gp else 1.0
    return {"precision": p, "recall": r, "f1": _f1(p, r)}


def score_clusters(pred: Sequence[Hashable], gold: Sequence[Hashable]) -> dict[str, object]:
    return {
        "items": len(gold),
        "clusters": len(set(pred)),
        "gold_clusters": len(set(gold)),
        "bcubed": bcubed(pred, gold),
        "pairwise": pairwise(pred, gold),
    }
