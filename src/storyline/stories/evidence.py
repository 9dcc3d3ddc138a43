"""Why articles are one story: the names, figures and words they share.

A reader judges a grouping by what holds it together.  For each story this lists the names
(people, places, organisations) and the other words that most of its articles share among their
heaviest terms — the same terms the clustering compared — and how alike the articles are.  Copies
count once (with their original), so a wire story run ten times does not make its words look
shared by ten reports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Mapping, Sequence

from .cluster import StoryConfig, scan_terms, spellings, weigh


@dataclass(frozen=True)
class SharedTerm:
    """A term shared by several reports of a story: as written, how many reports hold it, and its kind."""

    term: str
    reports: int
    kind: str  # "name", "number" or "word"

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term, "reports": self.reports, "kind": self.kind}


@dataclass
class StoryEvidence:
    """What joined a story: shared names and words, and the mean similarity of its reports (0-1)."""

    reports: int  # articles, copies counted once
    names: list[SharedTerm] = field(default_factory=list)
    words: list[SharedTerm] = field(default_factory=list)
    similarity: float = 0.0

    def to_json(self) -> dict[str, Any]:
        return {"reports": self.reports, "names": [t.to_json() for t in self.names],
                "words": [t.to_json() for t in self.words], "similarity": round(self.similarity, 3)}  # fmt: skip

    def summary(self, limit: int = 6) -> str:
        return describe_evidence(self.to_json(), limit)


def describe_evidence(evidence: Mapping[str, Any], limit: int = 6) -> str:
    """One line for a reader, from the JSON form: ``names Starmer (5/5), Ukraine (4/5); words tariffs (3/5)``."""
    n = evidence.get("reports") or 0
    fmt = lambda ts: ", ".join(f"{t['term']} ({t['reports']}/{n})" for t in ts[:limit])  # noqa: E731
    parts = [
        f"{label} {fmt(evidence[key])}" for key, label in (("names", "names"), ("words", "words")) if evidence.get(key)
    ]
    parts.append(f"mean similarity {evidence.get('similarity', 0):.2f}")
    return "; ".join(parts)


def story_evidence(texts: Sequence[str], titles: Sequence[str | None], groups: Sequence[int] | None = None,
                   config: StoryConfig | None = None, limit: int = 10) -> StoryEvidence:  # fmt: skip
    """The evidence of one story's articles (``groups``: a duplicate-group label per article; copies count once)."""
    cfg = config or StoryConfig()
    groups = list(groups) if groups is not None else list(range(len(texts)))
    first: dict[int, int] = {}
    for pos, g in enumerate(groups):
        first.setdefault(g, pos)
    reports = sorted(first.values())
    held: dict[str, int] = {}
    weight: dict[str, float] = {}
    kind: dict[str, str] = {}
    vectors = []
    written = []
    for pos in reports:
        counts, boost, tokens = scan_terms(texts[pos], titles[pos], cfg)
        vec = weigh(counts, boost, cfg)  # the terms the clustering compared
        vectors.append(vec)
        written.append(tokens)
        for term, w in vec.items():
            held[term] = held.get(term, 0) + 1
            weight[term] = weight.get(term, 0.0) + w
            if term not in kind or boost.get(term):
                kind[term] = "number" if term.isdigit() else "name" if boost.get(term) else kind.get(term, "word")
    n = len(reports)
    ev = StoryEvidence(reports=n)
    if n < 2:
        return ev
    need = max(2, math.ceil(n / 2))  # held by at least half the reports
    shared = sorted((t for t, c in held.items() if c >= need), key=lambda t: (-held[t], -weight[t], t))
    # the spellings of the shared terms, in the reports that compared them (a term out of a report's heaviest
    # is not counted there)
    spelled: dict[str, dict[str, int]] = {}
    for vec, tokens in zip(vectors, written):
        for term, forms in spellings(tokens, (t for t in shared if t in vec)).items():
            for form, k in forms.items():
                spelled.setdefault(term, {})[form] = spelled.get(term, {}).get(form, 0) + k
    for t in shared:
        form = max(spelled[t].items(), key=lambda kv: (kv[1], kv[0]))[0] if t in spelled else t
        # a name when it was marked as one and is mostly written capitalised ("President Trump" once
        # does not make "president" a name)
        what = "word" if kind[t] == "name" and not form[:1].isupper() else kind[t]
        item = SharedTerm(form, held[t], what)
        target = ev.words if what == "word" else ev.names
        if len(target) < limit:
            target.append(item)
    # mean cosine over pairs of reports, from the sum of their unit vectors: |sum|^2 = n + 2 * sum of pairs
    total: dict[str, float] = {}
    for vec in vectors:
        for t, w in vec.items():
            total[t] = total.get(t, 0.0) + w
    squared = math.fsum(w * w for w in total.values())
    units = sum(1 for v in vectors if v)
    ev.similarity = max(0.0, (squared - units) / (n * (n - 1)))
    return ev
