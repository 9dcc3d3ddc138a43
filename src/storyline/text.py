"""Words, stop words, background weights and day numbers: the text tools every stage shares.

One word pattern for all stages (a word may hold an apostrophe: "Ukraine's", "don't"), so that a
passage aligned in ``reuse``, a statement grouped in ``verify`` and a term weighed in ``stories`` are
cut the same way; weights from a fixed background word list (wordfreq), so that a word weighs the same
in every corpus and a new article is weighed as a batch run would weigh it.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

__all__ = ["ENGLISH_STOP_WORDS", "WORD", "day_number", "idf", "words"]

WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")


def words(text: str) -> list[str]:
    """The lower-cased words of a text, curly apostrophes made straight."""
    return WORD.findall(text.lower().replace("’", "'"))


def _english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words, read from its word-list module without importing scikit-learn:
    that import (scipy.stats and more) cost every command 2.6 s of start-up for one list of words."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("sklearn")  # finds the package without running it
    try:
        path = Path(spec.origin).parent / "feature_extraction" / "_stop_words.py"  # type: ignore[union-attr, arg-type]
        names: dict[str, Any] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), names)  # a frozenset literal, nothing else
        return frozenset(names["ENGLISH_STOP_WORDS"])
    except (AttributeError, TypeError, OSError, KeyError, SyntaxError):  # laid out otherwise: the plain import
        from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS as LIST

        return frozenset(LIST)


ENGLISH_STOP_WORDS = _english_stop_words()


@lru_cache(maxsize=500_000)
def idf(token: str) -> float:
    """Inverse document frequency from background word frequencies (rare words and names weigh most)."""
    from wordfreq import zipf_frequency

    z = zipf_frequency(token, "en")
    return max(0.5, 8.0 - z) if z > 0 else 8.0


def day_number(when: date | datetime | None) -> float | None:
    """Days since 1970-01-01 (UTC for a time with a zone), or None for an undated article."""
    if when is None:
        return None
    if isinstance(when, datetime):
        if when.tzinfo is not None:
            when = when.replace(tzinfo=None) - (when.utcoffset() or timedelta())
        return (when - datetime(1970, 1, 1)).total_seconds() / 86400.0
    return float((when - date(1970, 1, 1)).days)
