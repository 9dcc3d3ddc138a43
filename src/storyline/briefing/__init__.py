"""The briefing: what a person reads first about a story.

- a summary of a few sentences chosen from the articles (extractive: the sentences closest to what
  the whole story is about, each new one unlike those already chosen), each credited to every
  outlet that carries the same sentence or a close version of it;
- what each outlet alone reports: its sentences whose rare words no other article has;
- a timeline of the dated events the articles mention.

Every item points back at the words (article id and span).  Public surface: :func:`brief` (a story's
:class:`Briefing`), :class:`BriefingConfig`; alerts over analysed stories in :mod:`.alerts`.
"""

from .summary import Briefing, BriefingConfig, Exclusive, SummaryLine, TimelineEntry, brief

__all__ = ["Briefing", "BriefingConfig", "Exclusive", "SummaryLine", "TimelineEntry", "brief"]
