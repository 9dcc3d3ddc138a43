"""Story clustering: articles about the same event, even when no sentence is shared.

How, and why:

1. **Features.**  Each article is a weighted bag of words: sublinear term
   frequency times an inverse document frequency taken from a fixed background
   word list (wordfreq), so weights do not move as the corpus grows and a new
   article is placed exactly as a batch run would place it.  Names (capitalised
   words inside sentences) and numbers weigh more, the title counts several
   times; only an article's heaviest terms are kept.
2. **Neighbours.**  Each article's ``k`` most similar articles (cosine, decayed by
   the days between them when both are dated) above a floor, found through the
   sparse term matrix: two articles are compared only when they share a heavy
   term, never all pairs.
3. **Stories.**  Two articles are alike when their neighbourhoods are alike
   (second-order similarity: cosine of their neighbour vectors), and stories are
   the clusters of average-linkage agglomeration on that similarity, cut at a
   threshold.  Average linkage does not chain unrelated stories through one
   ambiguous article, and shared neighbourhoods separate two similar events
   (two earthquakes, two boxing title fights) that single pairs confuse.

Online assignment (:meth:`StoryIndex.add`) updates the neighbour lists that new
articles change and re-clusters only the connected parts of the neighbour graph
they touch; every other part is unchanged, so the result equals a batch run
over the same articles.
"""

from __future__ import annotations

import heapq
import math
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, Mapping, Sequence

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from ..text import ENGLISH_STOP_WORDS, WORD, day_number, idf


_TOKEN = WORD
_STOP = frozenset(ENGLISH_STOP_WORDS) | {
    "said",
    "says",
    "told",
    "mr",
    "mrs",
    "ms",
    "just",
    "like",
    "new",
    "http",
    "https",
    "www",
    "com",
}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)[\"“‘'(`]*\s*$")


@dataclass(frozen=True)
class StoryConfig:
    """One fixed configuration, chosen on development data (see benchmarks/stories_eval.py)."""

    threshold: float = 0.25  # average second-order similarity at which two clusters merge
    neighbours: int = 8  # k of the neighbour lists
    # a neighbour must be at least this similar: articles on one topic but about different happenings
    # share topic words and famous names (cosine 0.14-0.24 on the development sets), those about one
    # happening also share its particulars (0.3-0.6)
    min_similarity: float = 0.25
    relative_floor: float = 0.4  # a neighbour counts only if at least this share of the article's best neighbour
    terms_per_article: int = 192  # heaviest terms kept per article: enough to hold an event's particulars
    title_weight: float = 3.0
    name_weight: float = 1.5
    number_weight: float = 1.5
    grace_days: float = 2.0  # dated articles this close are not told apart by time at all
    day_scale: float = 5.0  # past the grace, similarity halves for every this many days between two dated articles
    max_days: float = 9.0  # and is zero past this gap (a follow-up after more than a week is another story)


def scan_terms(
    text: str, title: str | None, cfg: StoryConfig, spell: bool = True
) -> tuple[dict[str, float], dict[str, float], dict[str, int]]:
    """Counts of an article's terms (the title counted ``title_weight`` times), the boost of each name
    and number, and (``spell``) how often each term was written each way (token as written -> count; see
    :func:`spellings`: to show a term the way the article does, for the few terms shown)."""
    counts: dict[str, float] = {}
    boost: dict[str, float] = {}
    written: dict[str, int] = {}  # each token as written: one count a token, grouped by term at the end
    stop = _STOP
    for part, mult in ((text, 1.0), (title or "", cfg.title_weight)):
        for m in _TOKEN.finditer(part):
            tok = m.group(0)
            low = tok.casefold().replace("’", "'")
            if low in stop or len(low) < 2:
                continue
            counts[low] = counts.get(low, 0) + mult
            if spell:
                written[tok] = written.get(tok, 0) + 1
            if tok.isdigit():
                boost[low] = cfg.number_weight
            elif (
                tok[0].isupper()
                and m.start() > 0
                and not _SENTENCE_START.search(part[max(0, m.start() - 6) : m.start()])
            ):
                boost[low] = cfg.name_weight
    return counts, boost, written


def spellings(written: Mapping[str, int], terms: Iterable[str] | None = None) -> dict[str, Counter[str]]:
    """Each term's spellings from :func:`scan_terms`' tokens as written (only of ``terms``, when given)."""
    wanted = None if terms is None else set(terms)
    spelled: dict[str, Counter[str]] = {}
    for tok, n in written.items():
        low = tok.casefold().replace("’", "'")
        if wanted is not None and low not in wanted:
            continue
        forms = spelled.get(low)
        if forms is None:
            forms = spelled[low] = Counter()
        forms[tok] += n
    return spelled


def features_key(config: StoryConfig | None = None) -> str:
    """What an article's :func:`features` depend on besides the article: the settings, this file's code
    and the background word list.  Kept vectors made under another key are made again."""
    import hashlib
    from importlib.metadata import version
    from pathlib import Path

    from .. import text as shared

    code = Path(__file__).read_bytes() + Path(shared.__file__).read_bytes()
    return hashlib.sha1(repr((config or StoryConfig(), version("wordfreq"))).encode() + code).hexdigest()


def features(text: str, title: str | None = None, config: StoryConfig | None = None) -> dict[str, float]:
    """L2-normalised weights of an article's heaviest terms."""
    cfg = config or StoryConfig()
    counts, boost, _ = scan_terms(text, title, cfg, spell=False)
    return weigh(counts, boost, cfg)


def weigh(counts: Mapping[str, float], boost: dict[str, float], cfg: StoryConfig) -> dict[str, float]:
    """The term vector from :func:`scan_terms`' counts and boosts: sublinear tf x background idf x boost,
    the heaviest ``terms_per_article`` kept, L2-normalised."""
    vec = {t: (1.0 + math.log(c)) * idf(t) * boost.get(t, 1.0) for t, c in counts.items()}
    top = sorted(vec.items(), key=lambda kv: (-kv[1], kv[0]))[: cfg.terms_per_article]
    norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
    return {t: v / norm for t, v in top}


def decayed(s: np.ndarray, gap: np.ndarray, cfg: StoryConfig) -> np.ndarray:
    """Similarities ``s`` of pairs ``gap`` days apart (NaN: one of them undated, no decay).

    Follow-ups of one happening come over days, so time only starts to count past ``grace_days``;
    after that it halves the similarity every ``day_scale`` days, and nothing past ``max_days`` is
    linked.  Decay never raises a similarity (a pair under the floor stays under it).
    """
    dated = ~np.isnan(gap)
    g = np.where(dated, gap, 0.0)
    factor = np.where(g > cfg.max_days, 0.0, 0.5 ** (np.maximum(0.0, g - cfg.grace_days) / cfg.day_scale))
    return np.where(dated, s * factor, s)


def average_linkage(sim: csr_matrix, threshold: float) -> np.ndarray:
    """Average-linkage agglomerative clustering of a sparse similarity graph (missing = 0).

    Merges the pair of clusters with the highest mean pairwise similarity while
    that mean is at least ``threshold``.  Ties go to the lowest cluster numbers, so
    the result depends only on the graph.
    """
    n = sim.shape[0]
    sim = sim.tocoo()
    links: list[dict[int, float]] = [dict() for _ in range(n)]
    for i, j, v in zip(sim.row.tolist(), sim.col.tolist(), sim.data.tolist()):
        if i < j and v > 0:
            links[i][j] = links[i].get(j, 0.0) + v
            links[j][i] = links[j].get(i, 0.0) + v
    size = [1] * n
    alive = [True] * n
    parent = list(range(n))
    heap = [(-v, i, j) for i in range(n) for j, v in links[i].items() if i < j and v >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if not (alive[a] and alive[b]):
            continue
        current = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(current + neg) > 1e-12:  # stale entry: the pair's mean changed since it was pushed
            continue
        # merge b into a (a < b always)
        alive[b] = False
        parent[b] = a
        size[a] += size[b]
        del links[a][b]
        for c, v in links[b].items():
            if c == a:
                continue
            links[a][c] = links[a].get(c, 0.0) + v
            del links[c][b]
            links[c][a] = links[a][c]
        links[b] = {}
        for c, v in links[a].items():
            mean = v / (size[a] * size[c])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(a, c), max(a, c)))

    # resolve each node to its surviving root
    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    return np.array([root(i) for i in range(n)], dtype=np.int64)


def split_average_linkage(sim: csr_matrix, threshold: float) -> np.ndarray:
    """:func:`average_linkage`, one part at a time: a mean at or above the threshold needs a member pair
    at or above it, so clusters never merge across the components of the graph of such pairs.  A
    weakly chained neighbour graph of half a million articles becomes many small problems; the
    result is the same (labels are roots in the whole numbering)."""
    n = sim.shape[0]
    strong = sim.copy()
    strong.data = (strong.data >= threshold).astype(np.int8)
    strong.eliminate_zeros()
    parts, part = connected_components(strong, directed=False)
    if parts == 1:
        return average_linkage(sim, threshold)
    labels = np.arange(n, dtype=np.int64)
    order = np.argsort(part, kind="stable")  # members of a part in increasing position: ties break as before
    bounds = np.flatnonzero(np.r_[True, part[order][1:] != part[order][:-1], True])
    for a, b in zip(bounds[:-1].tolist(), bounds[1:].tolist()):
        if b - a > 1:
            idx = order[a:b]
            labels[idx] = idx[average_linkage(sim[idx][:, idx], threshold)]
    return labels


def ranked_neighbours(X: csr_matrix, XT: Any, rows: np.ndarray, days: np.ndarray, key_rank: np.ndarray, cfg: StoryConfig,
                      ref: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """The candidate neighbours of ``rows`` of the term matrix ``X`` (``XT`` the transpose of its rows
    ``ref``, or of all): pairs ``(i, j, similarity)`` decayed by time, above the floor, ordered by row,
    then best first (ties by key rank, a choice independent of arrival order), and where each row's run
    starts and ends.  Only pairs sharing a term are ever touched."""
    S = (X[rows] @ XT).tocoo()
    i, j = rows[S.row], (S.col if ref is None else ref[S.col])
    s = np.round(S.data, 9)  # as in neighbours.nearest: summation order cannot flip a tie
    keep = i != j
    i, j, s = i[keep], j[keep], s[keep]
    s = decayed(s, np.abs(days[i] - days[j]), cfg)
    ok = s >= cfg.min_similarity
    i, j, s = i[ok], j[ok], s[ok]
    order = np.lexsort((key_rank[j], -s, i))
    i, j, s = i[order], j[order], s[order]
    starts = np.flatnonzero(np.r_[True, i[1:] != i[:-1]]) if len(i) else np.zeros(0, dtype=np.int64)
    ends = np.r_[starts[1:], len(i)] if len(i) else starts
    return i, j, s, starts, ends


class StoryIndex:
    """Articles, their neighbour lists and their stories; grows one batch at a time.

    ``add`` with all articles at once is the batch run; adding them in several
    calls gives the same stories.  A story is named by the smallest article key
    in it, so names are also independent of the order of arrival.
    """

    def __init__(self, config: StoryConfig | None = None):
        self.config = config or StoryConfig()
        self.keys: list[str] = []
        self.days: list[float | None] = []
        self.vocab: dict[str, int] = {}
        self._indptr: list[int] = [0]
        self._cols: list[int] = []
        self._vals: list[float] = []
        self.neighbours: list[dict[int, float]] = []
        self.story: list[str] = []  # story name per article

    def __len__(self) -> int:
        return len(self.keys)

    def _matrix(self) -> csr_matrix:
        return csr_matrix(
            (
                np.asarray(self._vals, dtype=np.float64),
                np.asarray(self._cols, dtype=np.int64),
                np.asarray(self._indptr),
            ),
            shape=(len(self.keys), max(1, len(self.vocab))),
        )

    def add(
        self,
        keys: Sequence[str],
        texts: Sequence[str],
        titles: Sequence[str | None] | None = None,
        dates: Sequence[date | datetime | None] | None = None,
        block: int = 2048,
    ) -> None:
        """Place new articles (keys must be new and unique) and update the stories they touch."""
        titles = titles if titles is not None else [None] * len(keys)
        self.add_vectors(keys, [features(t, h, self.config) for t, h in zip(texts, titles)], dates, block)

    def add_vectors(
        self,
        keys: Sequence[str],
        vectors: Sequence[dict[str, float]],
        dates: Sequence[date | datetime | None] | None = None,
        block: int = 2048,
    ) -> None:
        """:meth:`add` for articles whose weighted terms are known (a duplicate group's shared terms)."""
        cfg = self.config
        n_old = len(self.keys)
        dates = dates if dates is not None else [None] * len(keys)
        for key, vec, when in zip(keys, vectors, dates):
            for term, weight in sorted(vec.items()):
                self._cols.append(self.vocab.setdefault(term, len(self.vocab)))
                self._vals.append(weight)
            self._indptr.append(len(self._cols))
            self.keys.append(key)
            self.days.append(day_number(when))
            self.neighbours.append({})
            self.story.append(key)
        n = len(self.keys)
        if n == n_old:
            return
        X = self._matrix()
        days = np.array([np.nan if d is None else d for d in self.days])
        key_rank = np.empty(n, dtype=np.int64)
        key_rank[np.argsort(np.array(self.keys, dtype=object), kind="stable")] = np.arange(n)
        changed: set[int] = set(range(n_old, n))
        k = cfg.neighbours
        for lo in range(n_old, n, block):
            i, j, s, starts, ends = ranked_neighbours(X, X.T, np.arange(lo, min(n, lo + block)), days, key_rank, cfg)
            for a, b in zip(starts.tolist(), ends.tolist()):
                node = int(i[a])
                self.neighbours[node] = {int(x): float(y) for x, y in zip(j[a : min(b, a + k)], s[a : min(b, a + k)])}
                # the new article may now be among an older article's k nearest
                for other, sim in zip(j[a:b].tolist(), s[a:b].tolist()):
                    if other < n_old and self._offer(other, node, sim, key_rank):
                        changed.add(other)
        self._recluster(changed)

    def _offer(self, node: int, candidate: int, sim: float, key_rank: np.ndarray) -> bool:
        """Put ``candidate`` in ``node``'s neighbour list if it ranks among the best k; True if it did."""
        current = self.neighbours[node]
        k = self.config.neighbours
        if candidate in current:
            return False
        if len(current) < k:
            current[candidate] = sim
            return True
        worst = min(current, key=lambda c: (current[c], -key_rank[c]))
        if (sim, -key_rank[candidate]) > (current[worst], -key_rank[worst]):
            del current[worst]
            current[candidate] = sim
            return True
        return False

    def kept(self, node: int) -> dict[int, float]:
        """The neighbours that count: above the floor and not far below the article's best match.

        In a small corpus every article is every other's neighbour; the relative floor keeps
        a weak link (two stories that share a town's name) from making neighbourhoods alike.
        """
        nb = self.neighbours[node]
        if not nb:
            return nb
        floor = self.config.relative_floor * max(nb.values())
        return {o: s for o, s in nb.items() if s >= floor}

    def _recluster(self, changed: set[int]) -> None:
        n = len(self.keys)
        rows, cols = [], []
        for a in range(n):
            for b in self.kept(a):
                rows.append(a)
                cols.append(b)
        graph = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
        _, comp = connected_components(graph, directed=False)
        touched = {int(comp[c]) for c in changed}
        members: dict[int, list[int]] = {}
        for node in range(n):
            if int(comp[node]) in touched:
                members.setdefault(int(comp[node]), []).append(node)
        for nodes in members.values():
            nodes.sort(key=lambda x: self.keys[x])
            for node, name in zip(nodes, self._cluster_component(nodes)):
                self.story[node] = name

    def _cluster_component(self, nodes: list[int]) -> list[str]:
        links = [(self.keys[node], self.keys[o], v) for node in nodes for o, v in self.kept(node).items()]
        names = dict(zip(sorted(self.keys[x] for x in nodes), cluster_component(
            [self.keys[x] for x in nodes], [a for a, _, _ in links], [b for _, b, _ in links], [v for _, _, v in links],
            self.config)))  # fmt: skip
        return [names[self.keys[x]] for x in nodes]


DENSE_COMPONENT = 200  # components up to this many articles are clustered with dense matrices


def cluster_component(keys: Sequence[str], q: Iterable[str], r: Iterable[str], s: Iterable[float],
                      config: StoryConfig | None = None) -> list[str]:  # fmt: skip
    """Story names (smallest member id) for the articles of one component, from their kept links."""
    cfg = config or StoryConfig()
    keys = sorted(keys)
    if len(keys) == 1:
        return [keys[0]]
    local = {k: pos for pos, k in enumerate(keys)}
    n = len(keys)
    if n <= DENSE_COMPONENT:  # most components are small: dense arithmetic, no sparse-matrix overhead
        K = np.eye(n)
        for a, b, v in zip(q, r, s):
            K[local[a], local[b]] = float(v)
        K /= np.sqrt((K * K).sum(axis=1))[:, None]
        labels = average_linkage(csr_matrix(np.round(K @ K.T, 12)), cfg.threshold).tolist()
    else:
        rows: dict[int, dict[int, float]] = {pos: {pos: 1.0} for pos in range(n)}
        for a, b, v in zip(q, r, s):
            rows[local[a]][local[b]] = float(v)
        rr, cc, vv = [], [], []
        for pos, row in rows.items():
            # in column order and summed exactly: the same bits whatever order the links came in (a placing
            # reads them from the store in another order than the batch run makes them)
            norm = math.sqrt(math.fsum(x * x for x in row.values()))
            for other, v in sorted(row.items()):
                rr.append(pos)
                cc.append(other)
                vv.append(v / norm)
        K = csr_matrix((vv, (rr, cc)), shape=(n, n))
        K.sort_indices()
        S = (K @ K.T).tocsr()
        S.data = np.round(S.data, 12)
        labels = split_average_linkage(S, cfg.threshold).tolist()
    name: dict[int, str] = {}
    for pos, label in enumerate(labels):
        if label not in name:  # keys are sorted: the first member is the smallest id
            name[label] = keys[pos]
    by_key = dict(zip(keys, (name[label] for label in labels)))
    return [by_key[k] for k in keys]


def representatives(
    keys: Sequence[str], days: Sequence[float | None] | np.ndarray, groups: Sequence[int] | np.ndarray
) -> np.ndarray:
    """Position of each article's duplicate-group representative: the earliest dated member (the
    original, as far as dates tell), then the smallest id — a choice that depends only on the group,
    never on the order of arrival."""
    n = len(keys)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    day = np.array([np.nan if d is None else float(d) for d in days], dtype=np.float64)
    undated = np.isnan(day)
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(np.asarray(list(keys), dtype=object), kind="stable")] = np.arange(n)
    g = np.asarray(groups, dtype=np.int64)
    order = np.lexsort((rank, np.where(undated, 0.0, day), undated, g))
    first = np.r_[True, g[order][1:] != g[order][:-1]]
    rep = np.empty(n, dtype=np.int64)
    rep[order] = order[first][np.cumsum(first) - 1]
    return rep


def group_vector(vectors: Sequence[Mapping[Any, float]]) -> dict[Any, float]:
    """A duplicate group's terms: the mean of its members' vectors, normalised.

    What the copies share (the original's words) keeps its weight; a newsletter line one copy
    added, or a paragraph another dropped, counts for its share of the group only.  Members come in
    article-id order and each term is summed in that order, the norm exactly (``fsum``), so every
    executor gets the same bits (:meth:`~storyline.stories.neighbours.Features.grouped` does the same).
    """
    if len(vectors) == 1:
        return dict(vectors[0])
    total: dict[Any, float] = {}
    for v in vectors:
        for t, w in v.items():
            total[t] = total.get(t, 0.0) + w
    norm = math.sqrt(math.fsum(w * w for w in total.values())) or 1.0
    return {t: w / norm for t, w in total.items()}


def join_copies(keys: Sequence[str], rep: np.ndarray, rep_story: Mapping[str, str]) -> list[str]:
    """Every article in its representative's story, stories named by their smallest member id."""
    story = [rep_story[keys[r]] for r in rep.tolist()]
    smallest: dict[str, str] = {}
    for k, s in zip(keys, story):
        if s not in smallest or k < smallest[s]:
            smallest[s] = k
    return [smallest[s] for s in story]


def cluster_stories(
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
    dates: Sequence[date | datetime | None] | None = None,
    config: StoryConfig | None = None,
    keys: Sequence[str] | None = None,
    groups: Sequence[int] | None = None,
    vectors: Sequence[Mapping[str, float]] | None = None,
) -> list[str]:
    """A story name per article: the batch run (``vectors``: each article's :func:`features`, when kept).

    Copies are clustered as one member: near-duplicate groups (``groups``, one label per article; found
    here when not given) are represented by their original, and every copy joins its original's
    story.  Otherwise a wire story and its copies fill each other's neighbour lists and split off
    together from the rest of their story.
    """
    keys = list(keys or [f"{i:09d}" for i in range(len(texts))])
    titles = titles if titles is not None else [None] * len(texts)
    dates = dates if dates is not None else [None] * len(texts)
    if groups is None:
        from .dedup import find_duplicates

        groups = find_duplicates(texts).groups.tolist()
    cfg = config or StoryConfig()
    rep = representatives(keys, [day_number(d) for d in dates], groups)
    members: dict[int, list[int]] = {}
    for pos, r in enumerate(rep.tolist()):
        members.setdefault(r, []).append(pos)
    sel = sorted(members)
    vec = (lambda i: vectors[i]) if vectors is not None else (lambda i: features(texts[i], titles[i], cfg))  # noqa: E731
    vecs = [group_vector([vec(i) for i in sorted(members[r], key=lambda i: keys[i])]) for r in sel]
    index = StoryIndex(cfg)
    index.add_vectors([keys[i] for i in sel], vecs, [dates[i] for i in sel])
    return join_copies(keys, rep, dict(zip(index.keys, index.story)))
