"""Stories: which articles report the same event, and which are copies of each other."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..model import Article


@dataclass
class Story:
    id: str
    title: str
    articles: list[str]
    duplicates: list[list[str]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles": self.articles, "duplicates": self.duplicates}


def find_stories(articles: Sequence[Article]) -> list[Story]:
    return [Story(id=a.id, title=a.display_title, articles=[a.id]) for a in articles]
