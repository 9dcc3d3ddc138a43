"""Reuse: aligned passages between articles, and who derives from whom.

Public surface: :func:`align` (two articles), :func:`provenance` (a story), :class:`ReuseConfig` (its thresholds),
:func:`paraphrase.probability` (two sentences).
"""

from .align import Alignment, Passage, align
from .config import ReuseConfig
from .provenance import Provenance, Relation, provenance

__all__ = ["Alignment", "Passage", "Provenance", "Relation", "ReuseConfig", "align", "provenance"]
