"""The quotes of a story: speakers resolved across its articles, one person per speaker."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from ..model import Article, Span
from .attribute import Quote, extract_quotes
from .config import QuotesConfig
from .people import Person, resolve_speakers


@dataclass(frozen=True)
class QuoteInstance:
    """One quotation in one article of a story, with the person it is attributed to (resolved across the story).

    The verify stage groups instances into statements; ``to_json`` is the ``quotes`` list of a story in
    ``storyline analyze --format json`` (docs/json.md).
    """

    article: str
    span: Span  # the quoted words, offsets into the article's clean text
    text: str
    kind: str = "direct"  # "direct" | "partial"
    speaker: str | None = None  # the person's id in the story (``StoryPerson.person.id``)
    speaker_type: str | None = None  # "person" | "organisation" | "unnamed"
    speaker_mention: Span | None = None  # the words naming the speaker, as written
    speaker_text: str | None = None
    cue: str | None = None  # the speech verb ("said", "told")
    continued: bool = False  # attributed as the continuation of the quote before it
    rule: str | None = None  # the attribution rule that found the speaker
    named: bool = True  # the speaker is named (not a pronoun) in the quote's own sentence

    def to_json(self) -> dict[str, Any]:
        return {
            "article": self.article, "span": self.span.to_list(), "text": self.text, "kind": self.kind,
            "speaker": self.speaker, "speaker_type": self.speaker_type,
            "speaker_mention": self.speaker_mention.to_list() if self.speaker_mention else None,
            "speaker_text": self.speaker_text, "cue": self.cue, "continued": self.continued, "rule": self.rule,
            "named": self.named,
        }  # fmt: skip


@dataclass
class StoryPerson:
    """A person (or organisation, or unnamed source) quoted in a story, with the story's quotes given to them."""

    person: Person
    quotes: list[int] = field(default_factory=list)  # positions in the story's list of quote instances

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def name(self) -> str:
        return self.person.name

    def to_json(self) -> dict[str, Any]:
        return {**self.person.to_json(), "quotes": list(self.quotes)}


def quotes_json(text: str, config: QuotesConfig | None = None) -> list[dict[str, Any]]:
    """One text's quotes as ``storyline quotes`` prints them, speakers resolved within the text."""
    quotes = extract_quotes(text, config)
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
    articles: Sequence[Article], quotes: Sequence[Sequence[Quote]] | None = None, config: QuotesConfig | None = None
) -> tuple[list[StoryPerson], list[QuoteInstance]]:
    """The people of a story (most quoted first) and every quote instance, speakers resolved across its articles.

    ``quotes``: each article's :func:`extract_quotes`, when a caller found them already (per article, in parallel).
    """
    quotes = [extract_quotes(a.text, config) for a in articles] if quotes is None else quotes
    index, resolved = resolve_speakers([a.text for a in articles], quotes)
    instances: list[QuoteInstance] = []
    said: dict[str, list[int]] = {}
    for article, qs, people in zip(articles, quotes, resolved):
        for q, person in zip(qs, people):
            if person is not None:
                said.setdefault(person.id, []).append(len(instances))
            instances.append(QuoteInstance(
                article.id, q.span, article.span_text(q.span), q.kind, person.id if person else None,
                person.type if person else None, q.speaker_span, q.speaker_text, q.cue, q.continued, q.rule, q.named,
            ))  # fmt: skip
    people = [StoryPerson(person, said[person.id]) for person in index.people if person.id in said]
    people.sort(key=lambda p: -len(p.quotes))
    return people, instances
