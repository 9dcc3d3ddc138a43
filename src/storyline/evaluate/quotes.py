"""Quote extraction scores, with the protocol of ../shared/eval/README.md (GenderGapTracker's).

Predicted quotes are matched one-to-one to gold quotes, greedily, when the
overlap covers at least 80% of the gold quote; a speaker is right when the
predicted speaker mention overlaps the gold source span.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable


def _overlap(a0: int, a1: int, b0: int, b1: int) -> int:
    return max(0, min(a1, b1) - max(a0, b0))


def score_article(pred: list[dict], gold: list[dict]) -> Counter:
    c: Counter = Counter()
    c["pred"] += len(pred)
    c["gold"] += len(gold)
    c["gold_direct"] += sum(1 for g in gold if g["kind"] == "direct")
    candidates = []
    for gi, g in enumerate(gold):
        glen = max(1, g["end"] - g["start"])
        for pi, p in enumerate(pred):
            ov = _overlap(g["start"], g["end"], p["start"], p["end"])
            if ov / glen >= 0.8:
                candidates.append((ov / glen, -abs((p["end"] - p["start"]) - glen), gi, pi))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, _, gi, pi in sorted(candidates, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        g, p = gold[gi], pred[pi]
        direct = g["kind"] == "direct"
        c["matched"] += 1
        c["matched_direct"] += direct
        right = p.get("speaker_start") is not None and any(
            _overlap(s, e, p["speaker_start"], p["speaker_end"]) > 0 for s, e in g.get("source_spans") or []
        )
        c["speaker_right"] += right
        c["speaker_right_direct"] += right and direct
    c["pred_unmatched"] = c["pred"] - c["matched"]
    return c


def _prf(tp: float, pred: float, gold: float) -> dict[str, float]:
    p = tp / pred if pred else 0.0
    r = tp / gold if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def score(pairs: Iterable[tuple[list[dict], list[dict]]]) -> dict[str, Any]:
    """Totals over articles of (predicted quotes, gold quotes)."""
    c: Counter = Counter()
    articles = 0
    for pred, gold in pairs:
        c += score_article(pred, gold)
        articles += 1
    quote = _prf(c["matched"], c["pred"], c["gold"])
    # for direct quotes, precision counts the predictions matched to direct gold plus the unmatched ones
    # (an unmatched prediction cannot be told apart as direct or partial)
    direct_pred = c["matched_direct"] + c["pred_unmatched"]
    return {
        "articles": articles,
        "gold_quotes": c["gold"],
        "gold_direct": c["gold_direct"],
        "predicted": c["pred"],
        "quote": quote,
        "quote_direct": _prf(c["matched_direct"], direct_pred, c["gold_direct"]),
        "speaker_accuracy": c["speaker_right"] / c["matched"] if c["matched"] else 0.0,
        "speaker_accuracy_direct": c["speaker_right_direct"] / c["matched_direct"] if c["matched_direct"] else 0.0,
        "joint": _prf(c["speaker_right"], c["pred"], c["gold"]),
        "joint_direct": _prf(c["speaker_right_direct"], direct_pred, c["gold_direct"]),
    }
