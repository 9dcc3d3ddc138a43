"""A story: its articles, its duplicate groups and the evidence that joined them."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Collection, Sequence

from ..model import Article
from .cluster import StoryConfig, cluster_stories
from .dedup import DedupConfig, Duplicates, find_duplicates, jaccard_figure
from .evidence import StoryEvidence, story_evidence


def story_id(name: str) -> str:
    """A story's id, from the smallest id among its articles (stable whatever the order of arrival)."""
    return hashlib.sha256(f"story\x1f{name}".encode()).hexdigest()[:16]


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]
    duplicates: list[list[str]] = field(default_factory=list)
    duplicate_pairs: list[dict[str, Any]] = field(default_factory=list)
    evidence: StoryEvidence | None = None  # why its articles are together (stories of two or more)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "articles": self.articles,
            "duplicates": self.duplicates,
            "duplicate_pairs": self.duplicate_pairs,
            "evidence": self.evidence.to_json() if self.evidence else None,
        }


def _sort_key(a: Article) -> tuple:
    return (a.published is None, str(a.published or ""), a.id)


def build_stories(articles: Sequence[Article], names: Sequence[str], dups: Duplicates | None = None,
                  known: Collection[frozenset[str]] = ()) -> list[Story]:  # fmt: skip
    """Stories from a story name per article, with the duplicate groups found inside each (and the
    evidence that joined them, except for stories ``known`` already: the same sets of article ids)."""
    by_name: dict[str, list[int]] = {}
    for pos, name in enumerate(names):
        by_name.setdefault(name, []).append(pos)
    group_of = dups.groups.tolist() if dups is not None else list(range(len(articles)))
    pairs_by_story: dict[str, list[dict[str, Any]]] = {}
    for p in dups.pairs if dups is not None else []:
        if names[p.a] == names[p.b]:
            pairs_by_story.setdefault(names[p.a], []).append(
                {"a": articles[p.a].id, "b": articles[p.b].id, "estimated_jaccard": jaccard_figure(p.estimated),
                 "jaccard": jaccard_figure(p.jaccard), "exact": p.exact_copy}
            )  # fmt: skip
    stories = []
    for name, members in by_name.items():
        ordered = sorted(members, key=lambda i: _sort_key(articles[i]))
        titled = [articles[i] for i in ordered if articles[i].title]
        title = (titled[0] if titled else articles[ordered[0]]).display_title
        groups: dict[int, list[str]] = {}
        for i in ordered:
            groups.setdefault(group_of[i], []).append(articles[i].id)
        evidence = None
        if len(ordered) > 1 and frozenset(articles[i].id for i in ordered) not in known:
            evidence = story_evidence([articles[i].text for i in ordered], [articles[i].title for i in ordered],
                                      [group_of[i] for i in ordered])  # fmt: skip
        stories.append(
            Story(
                id=story_id(name),
                title=title,
                articles=[articles[i].id for i in ordered],
                duplicates=[g for g in groups.values() if len(g) > 1],
                duplicate_pairs=pairs_by_story.get(name, []),
                evidence=evidence,
            )
        )
    stories.sort(key=lambda s: (-len(s.articles), s.title))
    return stories


def find_stories(
    articles: Sequence[Article], config: StoryConfig | None = None, dedup: DedupConfig | None = None
) -> list[Story]:
    """Group articles into stories, and copies inside each story into duplicate groups."""
    if not articles:
        return []
    dups = find_duplicates((a.text for a in articles), dedup)
    names = cluster_stories(
        [a.text for a in articles], [a.title for a in articles], [a.published for a in articles], config,
        keys=[a.id for a in articles], groups=dups.groups.tolist(),
    )  # fmt: skip
    return build_stories(articles, names, dups)
