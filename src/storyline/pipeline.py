"""The whole job on a set of articles: every stage that exists, as plain functions.

The CLI, the web app and the Spark job are thin shells over :func:`analyze_articles`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .briefing import brief
from .model import Article
from .quotes import story_people
from .reuse import Provenance, provenance
from .stories import Story, StoryIndex, build_stories, find_duplicates, find_stories
from .store import Store
from .verify import verify_story


@dataclass
class Analysis:
    articles: Sequence[Article]
    stories: list[Story]
    provenance: dict[str, Provenance] = field(default_factory=dict)  # by story id
    people: dict[str, tuple[list, list]] = field(default_factory=dict)  # by story id: (people, quote instances)
    verification: dict[str, dict] = field(default_factory=dict)  # by story id: statements and facts

    def to_json(self) -> dict[str, Any]:
        """The document ``storyline analyze --format json`` prints (docs/json.md)."""
        stories = []
        for story in self.stories:
            doc = story.to_json()
            prov = self.provenance.get(story.id)
            if prov is not None:
                doc.update(prov.to_json())
            if story.id in self.people:
                doc["people"], doc["quotes"] = self.people[story.id]
            if story.id in self.verification:
                doc.update(self.verification[story.id])
            stories.append(doc)
        return {"articles": [a.summary() for a in self.articles], "stories": stories}


def analyze_articles(articles: Sequence[Article]) -> Analysis:
    """Run every stage over a corpus of articles."""
    stories = find_stories(articles)
    by_id = {a.id: a for a in articles}
    prov = {s.id: provenance([by_id[i] for i in s.articles]) for s in stories if len(s.articles) > 1}
    people = {s.id: story_people([by_id[i] for i in s.articles]) for s in stories}
    checks = {s.id: verify_story([by_id[i] for i in s.articles], people[s.id][1], prov.get(s.id)) for s in stories}
    for s in stories:
        checks[s.id]["briefing"] = brief([by_id[i] for i in s.articles], checks[s.id]["facts"])
    return Analysis(articles=articles, stories=stories, provenance=prov, people=people, verification=checks)


def update_stories(store: Store) -> int:
    """Place the store's articles that have no story yet; re-cluster only what they touch."""
    articles = list(store.articles())
    placed = store.story_of()
    old = [a for a in articles if a.id in placed]
    new = [a for a in articles if a.id not in placed]
    if not new:
        return 0
    index = StoryIndex()
    index.add([a.id for a in old], [a.text for a in old], [a.title for a in old], [a.published for a in old])
    before = list(index.story)
    index.add([a.id for a in new], [a.text for a in new], [a.title for a in new], [a.published for a in new])
    ordered = old + new
    moved = {index.story[i] for i in range(len(ordered)) if i >= len(old) or index.story[i] != before[i]}
    touched = [i for i in range(len(ordered)) if index.story[i] in moved]
    subset = [ordered[i] for i in touched]
    dups = find_duplicates(a.text for a in subset)
    store.save_stories(build_stories(subset, [index.story[i] for i in touched], dups))
    return len(new)
