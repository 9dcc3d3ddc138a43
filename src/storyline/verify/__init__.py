"""Verify: every quote and figure of a story checked across its independent sources.

Public surface: :func:`verify_story` (a story's :class:`Verification`: its :class:`Statement` list and
:class:`FactComparison` list), :func:`independent_sources`, :func:`group_statements`, :func:`extract_facts`,
:func:`compare_facts`, :class:`VerifyConfig` (its thresholds).
"""

from .check import Verification, independent_sources, verify_story
from .config import VerifyConfig
from .facts import FactComparison, FactInstance, compare_facts, extract_facts
from .statements import Instance, Place, Statement, group_statements

__all__ = [
    "FactComparison",
    "FactInstance",
    "Instance",
    "Place",
    "Statement",
    "Verification",
    "VerifyConfig",
    "compare_facts",
    "extract_facts",
    "group_statements",
    "independent_sources",
    "verify_story",
]
