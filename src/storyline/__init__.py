"""Storyline: read every version of a news story and show who reported, copied and misquoted what.

The pipeline, one package per stage::

    ingest -> store -> stories -> reuse -> quotes -> verify -> briefing -> render
"""

__version__ = "0.1.0"

from .model import Article, Problem, RawArticle, Span  # noqa: E402

__all__ = ["Article", "Problem", "RawArticle", "Span", "__version__"]
