"""Stories: which articles report the same event, and which are copies of each other.

Public surface:

- :func:`find_duplicates` / :class:`NearDuplicateIndex` — exact and near-duplicate groups (MinHash LSH);
- :func:`cluster_stories` / :class:`StoryIndex` — same-event stories, batch or online;
- :func:`find_stories` — both, over :class:`~storyline.model.Article` objects, each story with the
  :class:`StoryEvidence` that joined it (:func:`story_evidence`).

Steps for executors that spread the work over processes or machines (``storyline run``, ``spark-run``),
each a pure function over arrays, so both executors compute the same numbers:
:func:`fingerprint`, :func:`band_keys`, :func:`jaccard`, :func:`jaccard_figure` (duplicates);
:func:`feature_rows`, :func:`nearest`, :func:`reach`, :func:`group_vector`, :func:`representatives`,
:func:`cluster_component`, :func:`grouped_stories` (stories).
"""

from .cluster import StoryConfig, StoryIndex, cluster_stories, features, features_key, group_vector, representatives
from .dedup import (
    DedupConfig,
    DuplicatePair,
    Duplicates,
    Fingerprints,
    NearDuplicateIndex,
    find_duplicates,
    fingerprint,
    jaccard_figure,
)
from .evidence import SharedTerm, StoryEvidence, describe_evidence, story_evidence
from .minhash import band_keys, jaccard
from .neighbours import Features, cluster_component, feature_rows, grouped_stories, nearest, reach
from .story import Story, build_stories, find_stories, story_id

__all__ = [
    "DedupConfig",
    "DuplicatePair",
    "Duplicates",
    "Features",
    "Fingerprints",
    "NearDuplicateIndex",
    "SharedTerm",
    "Story",
    "StoryConfig",
    "StoryEvidence",
    "StoryIndex",
    "band_keys",
    "build_stories",
    "cluster_component",
    "cluster_stories",
    "describe_evidence",
    "feature_rows",
    "features",
    "features_key",
    "find_duplicates",
    "find_stories",
    "fingerprint",
    "group_vector",
    "grouped_stories",
    "jaccard",
    "jaccard_figure",
    "nearest",
    "reach",
    "representatives",
    "story_evidence",
    "story_id",
]
