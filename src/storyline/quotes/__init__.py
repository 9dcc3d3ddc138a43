"""Quotes: direct and partial quotations with their speakers, and one canonical person per speaker.

Public surface: :func:`extract_quotes` (a text), :func:`resolve_speakers` (the texts of a story),
:func:`quotes_json` (the ``storyline quotes`` line format), :func:`story_people` (the
``people`` of a story in ``storyline analyze``).
"""

from __future__ import annotations

from typing import Any, Sequence

from ..model import Article
from .attribute import RULES, Quote, Rule, extract_quotes
from .people import PeopleIndex, Person, resolve_speakers

__all__ = [
    "RULES",
    "PeopleIndex",
    "Person",
    "Quote",
    "Rule",
    "extract_quotes",
    "quotes_json",
    "resolve_speakers",
    "story_people",
]


def quotes_json(text: str) -> list[dict[str, Any]]:
    """One text's quotes as ``storyline quotes`` prints them, speakers resolved within the text."""
    quotes = extract_quotes(text)
    _, [people] = resolve_speakers([text], [quotes])
    out = []
    for q, person in zip(quotes, people):
        sp = q.speaker_span
        out.append({
            "start": q.span.start, "end": q.span.end, "text": text[q.span.start : q.span.end], "kind": q.kind,
            "speaker": person.name if person else None, "speaker_text": q.speaker_text,
            "speaker_start": sp.start if sp else None, "speaker_end": sp.end if sp else None, "cue": q.cue,
            "rule": q.rule, "named": q.named,
        })  # fmt: skip
    return out


def story_people(
    articles: Sequence[Article], quotes: Sequence[Sequence[Quote]] | None = None
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The people of a story and every quote instance, speakers resolved across its articles.

    ``quotes``: each article's :func:`extract_quotes`, when a caller found them already (per article, in parallel).
    """
    quotes = [extract_quotes(a.text) for a in articles] if quotes is None else quotes
    index, resolved = resolve_speakers([a.text for a in articles], quotes)
    instances: list[dict[str, Any]] = []
    said: dict[str, list[int]] = {}
    for article, qs, people in zip(articles, quotes, resolved):
        for q, person in zip(qs, people):
            if person is not None:
                said.setdefault(person.id, []).append(len(instances))
            instances.append({
                "article": article.id, "span": q.span.to_list(), "text": article.span_text(q.span), "kind": q.kind,
                "speaker": person.id if person else None, "speaker_type": person.type if person else None,
                "speaker_mention": q.speaker_span.to_list() if q.speaker_span else None,
                "speaker_text": q.speaker_text, "cue": q.cue, "continued": q.continued, "rule": q.rule,
                "named": q.named,
            })  # fmt: skip
    people_json = []
    for person in index.people:
        if person.id in said:
            doc = person.to_json()
            doc["quotes"] = said[person.id]
            people_json.append(doc)
    people_json.sort(key=lambda p: -len(p["quotes"]))
    return people_json, instances
