"""The whole job on a set of articles: every stage that exists, as plain functions.

The CLI, the web app and the Spark job are thin shells over :func:`analyze_articles` (a corpus) and
:func:`analyze_story` (one story); every finding stays a typed object until :meth:`Analysis.to_json`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from .briefing import Briefing, brief
from .model import Article
from .quotes import QuoteInstance, StoryPerson, story_people
from .reuse import Provenance, provenance
from .settings import Settings
from .stories import Story, build_stories, find_duplicates, find_stories
from .store import Store
from .verify import Verification, verify_story


@dataclass
class StoryAnalysis:
    """Everything found inside one story: provenance, people and quotes, statements and facts, the briefing."""

    provenance: Provenance | None
    people: list[StoryPerson]
    quotes: list[QuoteInstance]
    verification: Verification
    briefing: Briefing | None = None

    def to_json(self) -> dict[str, Any]:
        """The story's findings as ``storyline analyze --format json`` prints them, beside the story (docs/json.md)."""
        doc: dict[str, Any] = self.provenance.to_json() if self.provenance is not None else {}
        doc["people"] = [p.to_json() for p in self.people]
        doc["quotes"] = [q.to_json() for q in self.quotes]
        doc.update(self.verification.to_json())
        if self.briefing is not None:
            doc["briefing"] = self.briefing.to_json()
        return doc


@dataclass
class Analysis:
    """A corpus analysed: its articles, their stories, and what was found inside each story."""

    articles: Sequence[Article]
    stories: list[Story]
    found: dict[str, StoryAnalysis] = field(default_factory=dict)  # by story id

    def to_json(self) -> dict[str, Any]:
        """The document ``storyline analyze --format json`` prints (docs/json.md)."""
        stories = []
        for story in self.stories:
            doc = story.to_json()
            if story.id in self.found:
                doc.update(self.found[story.id].to_json())
            stories.append(doc)
        return {"articles": [a.summary() for a in self.articles], "stories": stories}


def analyze_story(
    articles: Sequence[Article],
    quotes: Sequence[Sequence] | None = None,
    briefing: bool = True,
    settings: Settings | None = None,
) -> StoryAnalysis:
    """Run the per-story stages over one story's articles (in story order).

    ``quotes``: each article's extracted quotes when an executor found them earlier, per article.
    """
    cfg = settings or Settings()
    prov = provenance(articles, cfg.reuse) if len(articles) > 1 else None
    people, instances = story_people(articles, quotes, cfg.quotes)
    checks = verify_story(articles, instances, prov, cfg.verify)
    summary = None
    if briefing:
        derived = {
            r.article for r in (prov.relations if prov else []) if r.kind in ("duplicate", "rewrite") and r.derived_from
        }
        summary = brief(articles, checks.facts, derived, cfg.briefing)
    return StoryAnalysis(prov, people, instances, checks, summary)


def analyze_articles(
    articles: Sequence[Article], stories: list[Story] | None = None, settings: Settings | None = None
) -> Analysis:
    """Run every stage over a corpus of articles (``stories``: their stories when already known, as in a store)."""
    cfg = settings or Settings()
    if stories is None:
        stories = find_stories(articles, cfg.stories, cfg.dedup)
    by_id = {a.id: a for a in articles}
    result = Analysis(articles=articles, stories=stories)
    for s in stories:
        result.found[s.id] = analyze_story([by_id[i] for i in s.articles], settings=cfg)
    return result


def one_story(articles: Sequence[Article], settings: Settings | None = None) -> Story:
    """The articles as one story (a stored story), with its duplicate groups and evidence."""
    dups = find_duplicates((a.text for a in articles), (settings or Settings()).dedup)
    return build_stories(articles, [min(a.id for a in articles)] * len(articles), dups)[0]


def update_stories(store: Store, settings: Settings | None = None, progress: Any = None) -> int:
    """Place the store's articles that have no story yet, and move the ones whose story they change.

    The stories are those of a batch run over every stored article (copies joined to their
    originals, the same result whatever the order of arrival); placing k new articles reads and
    writes about k articles' worth of the story index kept in the store
    (:func:`~storyline.stories.placement.place_articles`).  Returns the number of newly placed articles.
    """
    from .stories.placement import place_articles

    cfg = settings or Settings()
    return place_articles(store, cfg.stories, cfg.dedup, progress=progress).placed
