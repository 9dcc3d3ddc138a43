"""The whole job on a set of articles: every stage that exists, as plain functions.

The CLI, the web app and the Spark job are thin shells over :func:`analyze_articles`.
"""

from __future__ import annotations

from typing import Any, Sequence

from .model import Article


def analyze_articles(articles: Sequence[Article]) -> dict[str, Any]:
    """The analysis of a corpus, as the JSON document ``storyline analyze --format json`` prints."""
    from .stories import find_stories

    stories = find_stories(articles)
    return {
        "articles": [a.summary() for a in articles],
        "stories": [s.to_json() for s in stories],
    }
