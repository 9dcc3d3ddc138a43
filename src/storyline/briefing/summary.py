"""The briefing of a story: summary lines credited to the outlets that carry them, exclusives, timeline."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Collection, Sequence

from ..model import Article, Span
from ..stories import features
from ..text import WORD

if TYPE_CHECKING:
    from ..verify import FactComparison

_RARE = WORD


@dataclass(frozen=True)
class BriefingConfig:
    """How long the summary is and which dates are the story's events (``[briefing]``; docs/settings.md)."""

    sentences: int = 5  # summary sentences at most
    background_days: int = 90  # a date this far from the article's publication is background, not the news


@dataclass(frozen=True)
class SummaryLine:
    """A sentence of the summary, from one article, credited to every article that carries it (originals first)."""

    article: str
    span: Span
    text: str
    outlets: list[str]  # article ids

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "span": self.span.to_list(), "text": self.text, "outlets": self.outlets}


@dataclass(frozen=True)
class Exclusive:
    """A sentence only one article has: its rare words appear in no other article of the story."""

    article: str
    span: Span
    text: str
    new: list[str]  # the words no other article has

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "span": self.span.to_list(), "text": self.text, "new": self.new}


@dataclass(frozen=True)
class TimelineEntry:
    """A dated event of the story, where it is mentioned, and every article that mentions the date."""

    when: str  # ISO date or month
    article: str
    span: Span  # the date as written
    sentence: str
    outlets: list[str]  # article ids

    def to_json(self) -> dict[str, Any]:
        return {"when": self.when, "article": self.article, "span": self.span.to_list(), "sentence": self.sentence,
                "outlets": self.outlets}  # fmt: skip


@dataclass
class Briefing:
    """What a person reads first about a story: summary, exclusives, timeline; every item points at the words."""

    summary: list[SummaryLine] = field(default_factory=list)
    exclusive: list[Exclusive] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"summary": [x.to_json() for x in self.summary], "exclusive": [x.to_json() for x in self.exclusive],
                "timeline": [x.to_json() for x in self.timeline]}  # fmt: skip


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def brief(
    articles: Sequence[Article],
    facts: Sequence[FactComparison] = (),
    derived: Collection[str] = (),
    config: BriefingConfig | None = None,
) -> Briefing:
    """The briefing of one story's articles (``facts``: the story's compared figures, for the timeline;
    ``derived``: articles that copy or rewrite another, which are credited after the originals and
    report nothing exclusive)."""
    cfg = config or BriefingConfig()
    sentences = cfg.sentences
    items = []  # (article, span, text, vector)
    lead: set[tuple[str, int]] = set()
    for a in articles:
        for n, s in enumerate(a.sentences):
            text = a.span_text(s)
            words = text.split()
            if len(words) < 8 or not re.search(r"\.[”\"’)]*$", text) or text[:1] in '“"‘':
                continue  # questions, headlines and quotations are not a summary's sentences
            if sum(w[:1].islower() for w in words) < 0.4 * len(words):
                continue  # Title Case: a heading
            items.append((a, s, text, features(text)))
            if n < 3:
                lead.add((a.id, s.start))
    if not items:
        return Briefing()
    centroid: dict[str, float] = {}
    for _, _, _, v in items:
        for t, w in v.items():
            centroid[t] = centroid.get(t, 0.0) + w
    norm = math.sqrt(sum(w * w for w in centroid.values())) or 1.0
    centroid = {t: w / norm for t, w in centroid.items()}
    # news puts what matters first: the first sentences of each article weigh more
    relevance = [_cos(v, centroid) * (1.3 if (a.id, s.start) in lead else 1.0) for a, s, _, v in items]
    chosen: list[int] = []
    while len(chosen) < min(sentences, len(items)):
        best, best_score = -1, -1.0
        for i, (a, s, text, v) in enumerate(items):
            if i in chosen:
                continue
            redundancy = max((_cos(v, items[j][3]) for j in chosen), default=0.0)
            if redundancy >= 0.5:
                continue  # the same sentence, or a version of it, is already in: it is credited there
            score = 0.6 * relevance[i] - 0.4 * redundancy  # maximal marginal relevance
            if score > best_score:
                best, best_score = i, score
        if best < 0:
            break
        chosen.append(best)
    order = {a.id: n for n, a in enumerate(articles)}
    credit = lambda aid: (aid in derived, order[aid])  # noqa: E731 - originals first, then story order
    summary = []
    for i in chosen:
        a, s, text, v = items[i]
        close = [(b, t, sp, _cos(v, w)) for b, sp, t, w in items if _cos(v, w) >= 0.5]
        if a.id in derived:  # quote the original's version of the sentence, when an original has one
            orig = max((c for c in close if c[0].id not in derived), key=lambda c: c[3], default=None)
            if orig is not None:
                a, text, s = orig[0], orig[1], orig[2]
        carried = sorted({b.id for b, _, _, _ in close} | {a.id}, key=credit)
        summary.append(SummaryLine(a.id, s, text, carried))
    summary.sort(key=lambda x: (order[x.article], x.span.start))
    # what each outlet alone reports: sentences whose rare words appear in no other article
    vocab = {a.id: set(_RARE.findall(a.text.casefold())) for a in articles}
    exclusive = []
    for a in articles:
        if a.id in derived:
            continue  # what a rewrite alone says is its own invention or its source's, never an exclusive
        others = set().union(*(vocab[b.id] for b in articles if b.id != a.id)) if len(articles) > 1 else set()
        found = []
        for s in a.sentences:
            text = a.span_text(s)
            v = features(text)
            new = [t for t in v if t not in others and len(t) > 3]
            if len(new) >= 3 and len(text.split()) >= 8:
                found.append((len(new), s, text, new))
        for _, s, text, new in sorted(found, key=lambda x: -x[0])[:2]:
            exclusive.append(Exclusive(a.id, s, text, sorted(new)[:8]))
    timeline = []
    by_id = {a.id: a for a in articles}
    for f in facts:
        if f.kind in ("date", "month"):
            inst = f.instances[0]
            a = by_id.get(inst.article)
            if a is not None and _background(a, inst.span, f.value, cfg.background_days):
                continue
            sentence = next((s for s in a.sentences if s.start <= inst.span.start < s.end), None) if a else None
            timeline.append(TimelineEntry(f.value, inst.article, inst.span, a.span_text(sentence) if sentence else "",
                                          sorted({i.article for i in f.instances})))  # fmt: skip
    timeline.sort(key=lambda x: x.when)
    return Briefing(summary, exclusive, timeline)


_ATTRIBUTIVE = re.compile(r"(?:\bthe|[’']s)\s+$", re.IGNORECASE)


def _background(article: Article, span: Span, value: str, days: int) -> bool:
    """A past date mentioned in passing, not an event of the story: "the February 2022 invasion" (a date
    naming a thing), or a date months away from when the article was published."""
    text = article.text
    if _ATTRIBUTIVE.search(text, max(0, span.start - 8), span.start) and re.match(
        r"\s+[a-z]", text[span.end : span.end + 3]
    ):
        return True
    published = article.published
    if published is None:
        return False
    day = published.date() if isinstance(published, datetime) else published
    try:
        when = date.fromisoformat(value if len(value) == 10 else value + "-15")
    except ValueError:
        return False
    return abs((when - day).days) > days
