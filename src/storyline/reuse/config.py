"""The thresholds of the reuse stage (``[reuse]`` in a settings file; docs/settings.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReuseConfig:
    """How passages are aligned between two articles and what makes one derive from another.

    Defaults chosen on ``benchmarks/provenance_bench.py``'s development set (figures in the README).
    """

    anchor: int = 5  # words per anchor n-gram: a passage starts where this many words are the same in both
    gap: int = 12  # words allowed between two anchors of one passage, on either side
    min_words: int = 7  # a shared passage is at least this long (shorter matches are stock phrases)
    sentence_candidate: float = 0.25  # rare-word cosine for two sentences to be worth judging as a paraphrase
    paraphrase: float = 0.5  # paraphrase probability at which an aligned sentence pair is a reworded passage
    duplicate: float = 0.9  # share of the copy's words copied as they are (passages weighted by word similarity)
    rewrite_sentences: float = 0.6  # share of the copy's sentences (or words) aligned in order, reworded
    heavy_private: float = 0.1  # a spun rewrite keeps at least this share of its rare words private with its source,
    heavy_order: float = 0.25  # ... walks through its source in order for at least this share of its sentences,
    dominance: float = 2.0  # ... its source stands out this many times over any other article of the story,
    heavy_contained: float = 0.4  # ... holds this share of its rare words,
    heavy_verbatim: float = 0.3  # ... and less than this share of it is copied word for word (else: shared wire copy)
    shared_words: int = 8  # verbatim words in common that make a shared source (a pool quote, wire copy)
    rare: float = 3.5  # idf at or above which a word counts as rare
    max_partners: int = 12  # articles each article is aligned with, the most similar first (never all pairs)
