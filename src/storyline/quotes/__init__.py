"""Quotes: direct and partial quotations with their speakers, and one canonical person per speaker.

Public surface: :func:`extract_quotes` (a text), :class:`Quote`, :func:`quotes_json` (the
``storyline quotes`` line format).
"""

from __future__ import annotations

from typing import Any

from .attribute import Quote, extract_quotes

__all__ = ["Quote", "extract_quotes", "quotes_json"]


def quotes_json(text: str, quotes: list[Quote] | None = None, names: dict[int, str] | None = None) -> list[dict[str, Any]]:
    """Quotes as ``storyline quotes`` prints them; ``names`` maps a mention's start to its resolved name."""
    quotes = extract_quotes(text) if quotes is None else quotes
    out = []
    for q in quotes:
        sp = q.speaker_span
        out.append({
            "start": q.span.start, "end": q.span.end, "text": text[q.span.start : q.span.end], "kind": q.kind,
            "speaker": (names or {}).get(sp.start, q.speaker_text) if sp else None,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None, "cue": q.cue,
        })  # fmt: skip
    return out
