"""The whole job on a set of articles: every stage that exists, as plain functions.

The CLI, the web app and the Spark job are thin shells over :func:`analyze_articles`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from .briefing import brief
from .model import Article
from .quotes import story_people
from .reuse import Provenance, provenance
from .stories import Story, build_stories, find_duplicates, find_stories
from .store import Store

if TYPE_CHECKING:
    from .settings import Settings
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


@dataclass
class StoryAnalysis:
    """Everything found inside one story: provenance, people and quotes, statements and facts."""

    provenance: Provenance | None
    people: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    verification: dict[str, Any]


def analyze_story(
    articles: Sequence[Article], quotes: Sequence[Sequence] | None = None, briefing: bool = True
) -> StoryAnalysis:
    """Run the per-story stages over one story's articles (in story order).

    ``quotes``: each article's extracted quotes when an executor found them earlier, per article.
    """
    prov = provenance(articles) if len(articles) > 1 else None
    people, instances = story_people(articles, quotes)
    checks = verify_story(articles, instances, prov)
    if briefing:
        derived = {
            r.article for r in (prov.relations if prov else []) if r.kind in ("duplicate", "rewrite") and r.derived_from
        }
        checks["briefing"] = brief(articles, checks["facts"], derived=derived)
    return StoryAnalysis(prov, people, instances, checks)


def analyze_articles(
    articles: Sequence[Article], stories: list[Story] | None = None, settings: "Settings | None" = None
) -> Analysis:
    """Run every stage over a corpus of articles (``stories``: their stories when already known, as in a store)."""
    if stories is None:
        stories = find_stories(articles, settings.stories, settings.dedup) if settings else find_stories(articles)
    by_id = {a.id: a for a in articles}
    result = Analysis(articles=articles, stories=stories)
    for s in stories:
        one = analyze_story([by_id[i] for i in s.articles])
        if one.provenance is not None:
            result.provenance[s.id] = one.provenance
        result.people[s.id] = (one.people, one.quotes)
        result.verification[s.id] = one.verification
    return result


def one_story(articles: Sequence[Article]) -> Story:
    """The articles as one story (a stored story), with its duplicate groups and evidence."""
    dups = find_duplicates(a.text for a in articles)
    return build_stories(articles, [min(a.id for a in articles)] * len(articles), dups)[0]


def update_stories(store: Store, settings: "Settings | None" = None, progress: Any = None) -> int:
    """Place the store's articles that have no story yet, and move the ones whose story they change.

    The stories are those of a batch run over every stored article (copies joined to their
    originals, the same result whatever the order of arrival); placing k new articles reads and
    writes about k articles' worth of the story index kept in the store
    (:func:`~storyline.stories.placement.place_articles`).  Returns the number of newly placed articles.
    """
    from .stories.placement import place_articles

    if settings is None:
        return place_articles(store, progress=progress).placed
    return place_articles(store, settings.stories, settings.dedup, progress=progress).placed
