"""The thresholds of the verify stage (``[verify]`` in a settings file; docs/settings.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class VerifyConfig:
    """When quotes are one statement, when articles are one source, when a copy's quote rewords its source.

    Defaults chosen on ``benchmarks/verify_bench.py``'s development set (figures in the README).
    """

    min_shared: int = 4  # words two quotes must share, in order, to be one statement
    min_contained: float = 0.6  # ... making up at least this share of the shorter one
    paraphrase: float = 0.5  # paraphrase probability at which two wordings report the same words (a lone quote
    #   rewording a statement of the same speaker; another outlet's sentence reporting a quote indirectly)
    reworded_from_source: float = 0.2  # ... when the quote is in a rewrite and the statement in the article it rewrites
    wire_share: float = 0.3  # verbatim text in common (outside quotes) that makes two articles one wire source
    from_source: float = 0.5  # share of a copy's quoted words its source has, in order, for the quote to reword it
    from_source_paraphrase: float = 0.35  # ... or the paraphrase probability of the source's words
