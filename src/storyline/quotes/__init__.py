"""Quotes: direct and partial quotations with their speakers, and one canonical person per speaker.

Public surface: :func:`extract_quotes` (a text), :func:`resolve_speakers` (the texts of a story),
:func:`quotes_json` (the ``storyline quotes`` line format), :func:`story_people` (a story's
:class:`StoryPerson` list and :class:`QuoteInstance` list), :class:`QuotesConfig` (its settings).
"""

from ..patterns import save as _patterns_save
from .attribute import RULES, Quote, Rule, extract_quotes
from .config import QuotesConfig
from .people import PeopleIndex, Person, resolve_speakers
from .story import QuoteInstance, StoryPerson, quotes_json, story_people

_patterns_save()  # the long patterns' programs, kept for the next process (storyline/patterns.py)

__all__ = [
    "RULES",
    "PeopleIndex",
    "Person",
    "Quote",
    "QuoteInstance",
    "QuotesConfig",
    "Rule",
    "StoryPerson",
    "extract_quotes",
    "quotes_json",
    "resolve_speakers",
    "story_people",
]
