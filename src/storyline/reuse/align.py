"""Aligning two articles: every reused passage, with character spans in both.

Two complementary passes:

1. **Anchors and local alignment** (as passim does for newspapers): word
   5-grams that occur in both texts are anchors; anchors close to each other on
   both sides chain into a passage, tolerating small edits between them.  This
   finds copied paragraphs and shared quotes even when a few words differ.
2. **Order-preserving sentence alignment**: a spun rewrite changes most words
   but keeps the original's sentence order, its rare words and its numbers.
   Sentences are compared by rare-word overlap, aligned monotonically (dynamic
   programming), and each aligned pair is judged by the paraphrase model
   (:mod:`storyline.reuse.paraphrase`).
"""

from __future__ import annotations

import math
from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from rapidfuzz.distance import Indel

from ..model import Article, Span
from .config import ReuseConfig
from ..text import WORD as _WORD, idf
from . import paraphrase


@dataclass(frozen=True, slots=True)
class Passage:
    """A stretch of article ``a`` reused in article ``b`` (spans in each article's clean text)."""

    a: Span
    b: Span
    kind: str  # "verbatim" | "edited" | "reworded"
    similarity: float  # word-level similarity of the two stretches, 0..1
    words_a: int
    words_b: int

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a.to_list(),
            "b": self.b.to_list(),
            "kind": self.kind,
            "similarity": round(self.similarity, 3),
        }


@dataclass
class Alignment:
    """What two articles share."""

    a: str  # article ids
    b: str
    passages: list[Passage] = field(default_factory=list)
    words_a: int = 0
    words_b: int = 0
    covered_a: float = 0.0  # share of a's words inside a shared passage (any kind)
    covered_b: float = 0.0
    verbatim_a: float = 0.0  # share of a's words inside verbatim or edited passages
    verbatim_b: float = 0.0
    identity_a: float = 0.0  # the same, each passage weighted by its word-level similarity: the share copied as is
    identity_b: float = 0.0
    sentences_a: float = 0.0  # share of a's sentences aligned, in order, to a sentence of b
    sentences_b: float = 0.0
    order_a: float = 0.0  # share of a's sentences whose closest sentence in b keeps a's order
    order_b: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "a": self.a,
            "b": self.b,
            "shared_a": round(self.covered_a, 3),
            "shared_b": round(self.covered_b, 3),
            "verbatim_a": round(self.verbatim_a, 3),
            "verbatim_b": round(self.verbatim_b, 3),
            "passages": [p.to_json() for p in self.passages],
        }


@dataclass
class Tokens:
    words: list[str]
    starts: np.ndarray
    ends: np.ndarray
    sentence_of: np.ndarray  # sentence number of each word
    ids: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # each word's number in ``vocab``
    vocab: dict[str, int] = field(default_factory=dict)  # shared by the articles of one story
    weights: list[dict[str, float]] | None = None  # per sentence, made once (see _weights)

    def ids_in(self, vocab: dict[str, int]) -> np.ndarray:
        """The word numbers in another vocabulary (tokens made apart, then aligned together)."""
        if vocab is self.vocab:
            return self.ids
        return np.fromiter((vocab.setdefault(w, len(vocab)) for w in self.words), np.int64, len(self.words))


def tokenize(article: Article, vocab: dict[str, int] | None = None) -> Tokens:
    """An article's words (lower case) with their character offsets and sentence numbers, once per article;
    ``vocab``: the word numbering shared with the articles it will be aligned with (a new one by default)."""
    text = article.text
    spans = [m.span() for m in _WORD.finditer(text)]
    lowered = text.lower() if len(text.lower()) == len(text) else None  # same offsets in almost every text
    if lowered is not None:
        words = [lowered[s:e].replace("’", "'") for s, e in spans]
    else:
        words = [text[s:e].casefold().replace("’", "'") for s, e in spans]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    starts_a = np.asarray(starts, dtype=np.int64)
    sent_starts = np.asarray([s.start for s in article.sentences] or [0], dtype=np.int64)
    sentence_of = np.searchsorted(sent_starts, starts_a, side="right") - 1
    vocab = {} if vocab is None else vocab
    ids = np.fromiter((vocab.setdefault(w, len(vocab)) for w in words), np.int64, len(words))
    return Tokens(words, starts_a, np.asarray(ends, dtype=np.int64), np.maximum(sentence_of, 0), ids, vocab)


_MIX = np.uint64(0x9E3779B97F4A7C15)


def _anchors(a: np.ndarray, b: np.ndarray, n: int) -> list[tuple[int, int]]:
    """Positions (i, j) where the same n words start in both texts (word numbers of one vocabulary), in
    order; n-grams found more than three times in b are skipped (stock phrases, repeated lines)."""
    if n < 1 or len(a) < n or len(b) < n:
        return []
    from numpy.lib.stride_tricks import sliding_window_view

    wa, wb = sliding_window_view(a, n), sliding_window_view(b, n)
    rows = np.concatenate([wa, wb])
    key = np.zeros(len(rows), dtype=np.uint64)  # each n-gram as one number (wrapping arithmetic) ...
    for k in range(n):
        key = key * _MIX + rows[:, k].astype(np.uint64)
    _, first, gram = np.unique(key, return_index=True, return_inverse=True)
    gram = gram.reshape(-1)
    if not (rows == rows[first][gram]).all():  # ... checked: two n-grams sharing a number are told apart
        _, gram = np.unique(rows, axis=0, return_inverse=True)
        gram = gram.reshape(-1)
    ga, gb = gram[: len(wa)], gram[len(wa) :]
    count = np.bincount(gb, minlength=int(gram.max()) + 1)
    by_gram = np.argsort(gb, kind="stable")  # b's positions grouped by n-gram, in text order within one
    first = np.searchsorted(gb[by_gram], np.arange(len(count)))
    i = np.flatnonzero((count[ga] >= 1) & (count[ga] <= 3))
    hits = count[ga[i]]
    offset = np.arange(int(hits.sum())) - np.repeat(np.cumsum(hits) - hits, hits)
    j = by_gram[np.repeat(first[ga[i]], hits) + offset]
    return list(zip(np.repeat(i, hits).tolist(), j.tolist()))


def _chain(anchors: list[tuple[int, int]], n: int, gap: int) -> list[tuple[int, int, int, int]]:
    """Chains of anchors close on both sides: word ranges [i0, i1) x [j0, j1)."""
    chains: list[list[int]] = []  # [i0, j0, last_i, last_j]
    open_chains: list[list[int]] = []
    for i, j in sorted(anchors):
        best = None
        best_cost = None
        for c in open_chains:
            di, dj = i - c[2], j - c[3]
            if 0 < di <= gap + n and 0 < dj <= gap + n and abs(di - dj) <= gap:
                cost = abs(di - dj) + di
                if best_cost is None or cost < best_cost:
                    best, best_cost = c, cost
        if best is None:
            c = [i, j, i, j]
            chains.append(c)
            open_chains.append(c)
        else:
            best[2], best[3] = i, j
        open_chains = [c for c in open_chains if i - c[2] <= gap + n]
    return [(c[0], c[2] + n, c[1], c[3] + n) for c in chains]


def _extend(a: list[str], b: list[str], i: int, j: int, step: int) -> tuple[int, int]:
    """Grow a passage edge word by word through small edits (a word changed, added or dropped).

    ``(i, j)`` is the first position past the edge (step +1) or the last position before
    it (step -1); returns the new edge, which always ends on matching words.
    """
    best = (i, j)
    misses = 0
    while 0 <= i < len(a) and 0 <= j < len(b) and misses <= 2:
        if a[i] == b[j]:
            i, j = i + step, j + step
            best = (i, j)
            misses = 0
            continue
        ni, nj = i + step, j + step
        if 0 <= ni < len(a) and 0 <= nj < len(b) and a[ni] == b[nj]:  # one word changed
            i, j = ni, nj
        elif 0 <= ni < len(a) and a[ni] == b[j]:  # a word added on a's side
            i = ni
        elif 0 <= nj < len(b) and a[i] == b[nj]:  # a word added on b's side
            j = nj
        else:
            break
        misses += 1
    return best


def align(
    a: Article, b: Article, ta: Tokens | None = None, tb: Tokens | None = None, config: ReuseConfig | None = None
) -> Alignment:
    """Every passage of ``a`` reused in ``b``, verbatim, edited or reworded (``ta``/``tb``: their tokens, if known)."""
    cfg = config or ReuseConfig()
    ta = ta or tokenize(a, tb.vocab if tb else None)
    tb = tb or tokenize(b, ta.vocab)
    result = Alignment(a=a.id, b=b.id, words_a=len(ta.words), words_b=len(tb.words))
    if not ta.words or not tb.words:
        return result
    in_a = np.zeros(len(ta.words), dtype=bool)
    in_b = np.zeros(len(tb.words), dtype=bool)
    verb_a = np.zeros(len(ta.words), dtype=bool)
    verb_b = np.zeros(len(tb.words), dtype=bool)
    ident_a = np.zeros(len(ta.words))  # per word: similarity of the copied passage it is in
    ident_b = np.zeros(len(tb.words))
    passages: list[Passage] = []

    # 1. anchors chained into passages
    for i0, i1, j0, j1 in _chain(_anchors(ta.ids, tb.ids_in(ta.vocab), cfg.anchor), cfg.anchor, cfg.gap):
        i1, j1 = _extend(ta.words, tb.words, i1, j1, +1)
        s0, t0 = _extend(ta.words, tb.words, i0 - 1, j0 - 1, -1)
        i0, j0 = s0 + 1, t0 + 1
        if i1 - i0 < cfg.min_words and j1 - j0 < cfg.min_words:
            continue
        if verb_a[i0:i1].mean() > 0.5 and verb_b[j0:j1].mean() > 0.5:
            continue  # another chain grew over the same stretch
        sim = Indel.normalized_similarity(ta.words[i0:i1], tb.words[j0:j1])
        kind = "verbatim" if ta.words[i0:i1] == tb.words[j0:j1] else "edited"
        passages.append(Passage(Span(int(ta.starts[i0]), int(ta.ends[i1 - 1])), Span(int(tb.starts[j0]), int(tb.ends[j1 - 1])),
                                kind, sim, i1 - i0, j1 - j0))  # fmt: skip
        in_a[i0:i1] = verb_a[i0:i1] = True
        in_b[j0:j1] = verb_b[j0:j1] = True
        ident_a[i0:i1] = np.maximum(ident_a[i0:i1], sim)
        ident_b[j0:j1] = np.maximum(ident_b[j0:j1], sim)

    # 2. sentences aligned in order; reworded pairs not already covered become passages
    na = len(a.sentences)
    words = np.bincount(ta.sentence_of, minlength=na)[:na]
    copied = np.bincount(ta.sentence_of, weights=verb_a, minlength=na)[:na]
    covered = (words > 0) & (copied / np.maximum(words, 1) > 0.5)  # mostly inside a verbatim or edited passage
    pairs, M = align_sentences(a, b, ta, tb, cfg, skip=covered)
    result.order_a, result.order_b = order_kept(M), order_kept(M.T)
    for si, sj, prob in pairs:
        if covered[si] or prob < cfg.paraphrase:
            continue  # already a verbatim passage, or not a paraphrase
        wa = ta.sentence_of == si
        wb = tb.sentence_of == sj
        passages.append(Passage(a.sentences[si], b.sentences[sj], "reworded", prob, int(wa.sum()), int(wb.sum())))
        in_a |= wa
        in_b |= wb
    good = [(si, sj) for si, sj, p in pairs if covered[si] or p >= cfg.paraphrase]
    passages.sort(key=lambda p: (p.a.start, p.b.start))
    result.passages = passages
    result.covered_a = float(in_a.mean())
    result.covered_b = float(in_b.mean())
    result.verbatim_a = float(verb_a.mean())
    result.verbatim_b = float(verb_b.mean())
    result.identity_a = float(ident_a.mean())
    result.identity_b = float(ident_b.mean())
    result.sentences_a = len({si for si, _ in good}) / max(1, len(a.sentences))
    result.sentences_b = len({sj for _, sj in good}) / max(1, len(b.sentences))
    return result


def _weights(tokens: Tokens, n_sent: int) -> list[dict[str, float]]:
    """Per sentence, its content words weighted by rarity (rare words and numbers survive rewrites); made once
    per article, however many articles it is aligned with."""
    if tokens.weights is not None and len(tokens.weights) == n_sent:
        return tokens.weights
    vecs: list[dict[str, float]] = [dict() for _ in range(n_sent)]
    for w, s in zip(tokens.words, tokens.sentence_of.tolist()):
        if w in paraphrase.FUNCTION_WORDS or s >= n_sent:
            continue
        vecs[s][w] = idf(w)
    tokens.weights = vecs
    return vecs


def order_kept(M: np.ndarray, floor: float = 0.3) -> float:
    """Share of the rows whose best match (if at least ``floor``) lies on one increasing sequence.

    A rewrite walks through its source in order, so the closest source sentence of
    each of its sentences keeps moving forward; two independent reports of one
    event touch the same facts in their own orders.
    """
    if M.size == 0:
        return 0.0
    best = M.argmax(axis=1)
    matched = best[M.max(axis=1) >= floor].tolist()
    tails: list[int] = []  # longest increasing subsequence, patience sorting
    for x in matched:
        k = bisect_left(tails, x)
        if k == len(tails):
            tails.append(x)
        else:
            tails[k] = x
    return len(tails) / M.shape[0]


def align_sentences(a: Article, b: Article, ta: Tokens | None = None, tb: Tokens | None = None,
                    config: ReuseConfig | None = None, skip: np.ndarray | None = None,
                    ) -> tuple[list[tuple[int, int, float]], np.ndarray]:  # fmt: skip
    """Monotone alignment of a's sentences to b's: (sentence of a, sentence of b, paraphrase probability),
    and the rare-word cosine matrix of all sentence pairs.  ``skip``: a's sentences whose probability
    is not wanted (copied word for word already: the paraphrase model is the costly part); theirs is NaN."""
    candidate = (config or ReuseConfig()).sentence_candidate
    ta = ta or tokenize(a, tb.vocab if tb else None)
    tb = tb or tokenize(b, ta.vocab)
    na, nb = len(a.sentences), len(b.sentences)
    if not na or not nb:
        return [], np.zeros((na, nb))
    va = _weights(ta, na)
    vb = _weights(tb, nb)
    vocab: dict[str, int] = {}
    for v in va + vb:
        for w in v:
            vocab.setdefault(w, len(vocab))
    A = np.zeros((na, max(1, len(vocab))))
    B = np.zeros((nb, max(1, len(vocab))))
    for r, v in enumerate(va):
        for w, x in v.items():
            A[r, vocab[w]] = x
    for r, v in enumerate(vb):
        for w, x in v.items():
            B[r, vocab[w]] = x
    A /= np.maximum(np.linalg.norm(A, axis=1, keepdims=True), 1e-9)
    B /= np.maximum(np.linalg.norm(B, axis=1, keepdims=True), 1e-9)
    M = A @ B.T
    score = np.where(M >= candidate, M, 0.0)
    # longest-path DP over the monotone grid: best total similarity with strictly increasing i and j
    D = np.zeros((na + 1, nb + 1))
    for i in range(1, na + 1):
        # D[i, j] = max(D[i-1, j], D[i, j-1], D[i-1, j-1] + score) is a running maximum along the row
        take = np.where(score[i - 1] > 0, D[i - 1, :-1] + score[i - 1], 0.0)
        D[i, 1:] = np.maximum.accumulate(np.maximum(D[i - 1, 1:], take))
    pairs = []
    i, j = na, nb
    while i > 0 and j > 0:
        if score[i - 1, j - 1] > 0 and math.isclose(D[i, j], D[i - 1, j - 1] + score[i - 1, j - 1]):
            pairs.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif D[i - 1, j] >= D[i, j - 1]:
            i -= 1
        else:
            j -= 1
    pairs.reverse()
    out = []
    for si, sj in pairs:
        if skip is not None and skip[si]:
            out.append((si, sj, math.nan))
            continue
        wa = _sentence_words(ta, si)
        wb = _sentence_words(tb, sj)
        prob = paraphrase.probability(a.span_text(a.sentences[si]), b.span_text(b.sentences[sj]), wa, wb)
        out.append((si, sj, prob))
    return out, M


def _sentence_words(tokens: Tokens, sentence: int) -> list[str]:
    lo, hi = np.searchsorted(tokens.sentence_of, [sentence, sentence + 1])
    return tokens.words[lo:hi]
