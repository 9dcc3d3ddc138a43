"""Is sentence B the same statement as sentence A, reworded?  A small logistic model over overlap features.

The features are what survives a rewrite (rare words, names, numbers, word
order) and what does not (exact wording).  The coefficients were fitted on the
MSRP training split (``python benchmarks/paraphrase_eval.py --fit``); its
cross-validated accuracy is published in the README.
"""

from __future__ import annotations

import math
import re

import numpy as np
from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

from ..text import idf, words

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# Function words left out of content-word overlaps: the model below was fitted with this very list
# (changing it means fitting again); the stages that align sentences use it too.
FUNCTION_WORDS = frozenset(
    "a an the of to in on at for by with from and or but is are was were be been being has have had it its this that "
    "these those as he she they we i you his her their our will would could should may might said says".split()
)

FEATURES = ("jaccard", "weighted_cosine", "containment_min", "containment_max", "token_set", "ratio",
            "bigram_jaccard", "numbers", "length_ratio", "token_sort", "word_lcs", "unmatched_rare")  # fmt: skip

# Fitted on MSRP train (benchmarks/paraphrase_eval.py --fit); order as FEATURES, then the intercept.
COEF = np.array([3.7888, -1.5496, 2.3402, 0.7440, -0.3119, 3.6792, -3.2755, 0.5580, 2.5713, 2.9921, 0.0633, -1.4222])
INTERCEPT = -7.6229


def features(a: str, b: str, wa: list[str] | None = None, wb: list[str] | None = None) -> np.ndarray:
    """Overlap features of two sentences (``wa``/``wb``: their lower-cased words, if already known)."""
    wa = words(a) if wa is None else wa
    wb = words(b) if wb is None else wb
    sa, sb = set(wa), set(wb)
    inter = sa & sb
    union = sa | sb
    jac = len(inter) / len(union) if union else 0.0
    ca = {w for w in sa if w not in FUNCTION_WORDS}
    cb = {w for w in sb if w not in FUNCTION_WORDS}
    wi = {w: idf(w) for w in ca | cb}
    num = sum(wi[w] ** 2 for w in ca & cb)
    den = math.sqrt(sum(wi[w] ** 2 for w in ca) * sum(wi[w] ** 2 for w in cb)) or 1.0
    cont_a = len(ca & cb) / len(ca) if ca else 0.0
    cont_b = len(ca & cb) / len(cb) if cb else 0.0
    ba = set(zip(wa, wa[1:]))
    bb = set(zip(wb, wb[1:]))
    bj = len(ba & bb) / len(ba | bb) if ba | bb else 0.0
    na, nb = set(_NUMBER.findall(a)), set(_NUMBER.findall(b))
    numbers = 0.5 if not na and not nb else (1.0 if na == nb else len(na & nb) / len(na | nb))
    lr = min(len(wa), len(wb)) / max(len(wa), len(wb), 1)
    lcs = (len(wa) + len(wb) - Indel.distance(wa, wb)) / 2  # longest common word subsequence
    # rare words (names, specifics) on one side only: a different statement more often than a rewording
    unmatched = sum(1 for w in (ca ^ cb) if wi[w] >= 4.0)
    return np.array([
        jac, num / den, min(cont_a, cont_b), max(cont_a, cont_b), fuzz.token_set_ratio(a, b) / 100.0,
        fuzz.ratio(a, b) / 100.0, bj, numbers, lr, fuzz.token_sort_ratio(a, b) / 100.0,
        lcs / max(1, min(len(wa), len(wb))), unmatched / 10.0,
    ])  # fmt: skip


def probability(a: str, b: str, wa: list[str] | None = None, wb: list[str] | None = None) -> float:
    """Probability that ``b`` states what ``a`` states (a reworded copy), in [0, 1]."""
    z = float(features(a, b, wa, wb) @ COEF + INTERCEPT)
    return 1.0 / (1.0 + math.exp(-z))
