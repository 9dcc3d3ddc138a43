"""Story clustering: articles about the same event, even when no sentence is shared.

Each article becomes a weighted bag of words: term frequency (sublinear) times
an inverse document frequency taken from a fixed background word list
(wordfreq), so that weights do not move as the corpus grows and a new article
can be placed exactly as a batch run would place it.  Names (capitalised words
inside sentences) and numbers weigh more, the title counts several times.

Articles are taken in publication order and each joins the story whose centroid
it is most similar to, if that similarity clears a threshold, or opens a new
story.  Comparing with centroids rather than with single members keeps unrelated
stories from chaining through one ambiguous article; candidates come from an
inverted index of the stories' heaviest terms, never from all pairs.  When both
sides have dates, similarity decays with the days between them.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache
from typing import Iterable, Sequence

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

_TOKEN = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_STOP = frozenset(ENGLISH_STOP_WORDS) | {"said", "says", "told", "mr", "mrs", "ms", "s", "t", "just", "like", "year", "new", "time", "people"}
_SENTENCE_START = re.compile(r"(?:^|[.!?]\s+|\n)[\"“‘'(]*$")


@lru_cache(maxsize=500_000)
def idf(token: str) -> float:
    """Inverse document frequency from background word frequencies (rare words and names weigh most)."""
    from wordfreq import zipf_frequency

    z = zipf_frequency(token, "en")
    return max(0.5, 8.0 - z) if z > 0 else 8.0


@dataclass
class StoryConfig:
    threshold: float = 0.30  # cosine to a story's centroid needed to join it
    title_weight: float = 3.0
    name_weight: float = 2.0
    number_weight: float = 1.5
    day_scale: float = 3.0  # similarity halves when dates are this many days apart ...
    max_days: float = 14.0  # ... and is zero past this gap
    index_terms: int = 25  # terms per article used to find candidate stories


def features(text: str, title: str | None = None, config: StoryConfig | None = None) -> dict[str, float]:
    """L2-normalised term weights of an article."""
    cfg = config or StoryConfig()
    counts: Counter[str] = Counter()
    boost: dict[str, float] = {}
    for part, mult in ((text, 1.0), (title or "", cfg.title_weight)):
        for m in _TOKEN.finditer(part):
            tok = m.group(0)
            low = tok.casefold().replace("’", "'")
            if low in _STOP or len(low) < 2:
                continue
            counts[low] += mult
            if tok.isdigit():
                if len(tok) >= 2:
                    boost[low] = max(boost.get(low, 1.0), cfg.number_weight)
            elif tok[0].isupper() and not _SENTENCE_START.search(part[max(0, m.start() - 4) : m.start()]) and m.start() > 0:
                boost[low] = max(boost.get(low, 1.0), cfg.name_weight)
    vec = {t: (1.0 + math.log(c)) * idf(t) * boost.get(t, 1.0) for t, c in counts.items() if not t.isdigit() or len(t) >= 2}
    norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
    return {t: v / norm for t, v in vec.items()}


def _day(when: date | datetime | None) -> float | None:
    if when is None:
        return None
    if isinstance(when, datetime):
        return when.timestamp() / 86400.0
    return datetime(when.year, when.month, when.day).timestamp() / 86400.0


@dataclass
class _Story:
    members: list[int] = field(default_factory=list)
    total: dict[str, float] = field(default_factory=dict)  # sum of member vectors
    first_day: float | None = None
    last_day: float | None = None

    def add(self, index: int, vec: dict[str, float], day: float | None) -> None:
        self.members.append(index)
        for t, w in vec.items():
            self.total[t] = self.total.get(t, 0.0) + w
        if day is not None:
            self.first_day = day if self.first_day is None else min(self.first_day, day)
            self.last_day = day if self.last_day is None else max(self.last_day, day)

    def similarity(self, vec: dict[str, float]) -> float:
        norm = math.sqrt(sum(v * v for v in self.total.values())) or 1.0
        total = self.total
        return sum(w * total.get(t, 0.0) for t, w in vec.items()) / norm

    def gap(self, day: float | None) -> float | None:
        if day is None or self.first_day is None or self.last_day is None:
            return None
        if day < self.first_day:
            return self.first_day - day
        return max(0.0, day - self.last_day)


class StoryClusterer:
    """Online story assignment; a batch run is the same assignment over articles in date order."""

    def __init__(self, config: StoryConfig | None = None):
        self.config = config or StoryConfig()
        self.stories: list[_Story] = []
        self.assignment: list[int] = []  # story number of each article, by position added
        self._index: dict[str, set[int]] = defaultdict(set)

    def add(self, text: str, title: str | None = None, published: date | datetime | None = None) -> int:
        """Place one article; returns its story number."""
        cfg = self.config
        vec = features(text, title, cfg)
        day = _day(published)
        top = sorted(vec, key=vec.__getitem__, reverse=True)[: cfg.index_terms]
        candidates: set[int] = set()
        for t in top:
            candidates |= self._index.get(t, set())
        best, best_sim = -1, 0.0
        for s in sorted(candidates):
            story = self.stories[s]
            sim = story.similarity(vec)
            gap = story.gap(day)
            if gap is not None:
                sim = 0.0 if gap > cfg.max_days else sim * 0.5 ** (gap / cfg.day_scale)
            if sim > best_sim:
                best, best_sim = s, sim
        if best < 0 or best_sim < cfg.threshold:
            best = len(self.stories)
            self.stories.append(_Story())
        self.stories[best].add(len(self.assignment), vec, day)
        for t in top:
            self._index[t].add(best)
        self.assignment.append(best)
        return best


def publication_order(dates: Sequence[date | datetime | None]) -> list[int]:
    """Positions sorted by date (undated articles keep their place at the end, in input order)."""
    return sorted(range(len(dates)), key=lambda i: (_day(dates[i]) is None, _day(dates[i]) or 0.0, i))


def cluster_stories(
    texts: Sequence[str],
    titles: Sequence[str | None] | None = None,
    dates: Sequence[date | datetime | None] | None = None,
    config: StoryConfig | None = None,
) -> list[int]:
    """A story number per article (numbered in order of first appearance in the input)."""
    n = len(texts)
    titles = titles or [None] * n
    dates = dates or [None] * n
    clusterer = StoryClusterer(config)
    order = publication_order(dates)
    raw = [0] * n
    for i in order:
        raw[i] = clusterer.add(texts[i], titles[i], dates[i])
    renumber: dict[int, int] = {}
    return [renumber.setdefault(s, len(renumber)) for s in raw]


def label_pairs(labels: Iterable[object]) -> dict[object, list[int]]:
    groups: dict[object, list[int]] = defaultdict(list)
    for i, label in enumerate(labels):
        groups[label].append(i)
    return groups
