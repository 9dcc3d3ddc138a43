"""The briefing: what a person reads first about a story.

- a summary of a few sentences chosen from the articles (extractive: the sentences closest to what
  the whole story is about, each new one unlike those already chosen), each credited to every
  outlet that carries the same sentence or a close version of it;
- what each outlet alone reports: its sentences whose rare words no other article has;
- a timeline of the dated events the articles mention.

Every item points back at the words (article id and span).
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from typing import Any, Collection, Sequence

from ..model import Article
from ..stories.cluster import features
from ..text import WORD

_RARE = WORD


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(w * b.get(t, 0.0) for t, w in a.items())


def brief(
    articles: Sequence[Article], facts: Sequence[dict[str, Any]] = (), sentences: int = 5, derived: Collection[str] = ()
) -> dict[str, Any]:
    """The briefing of one story's articles (``facts``: the story's compared figures, for the timeline;
    ``derived``: articles that copy or rewrite another, which are credited after the originals and
    report nothing exclusive)."""
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
        return {"summary": [], "exclusive": [], "timeline": []}
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
        summary.append({"article": a.id, "span": s.to_list(), "text": text, "outlets": carried})
    summary.sort(key=lambda x: (order[x["article"]], x["span"][0]))
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
            exclusive.append({"article": a.id, "span": s.to_list(), "text": text, "new": sorted(new)[:8]})
    timeline = []
    by_id = {a.id: a for a in articles}
    for f in facts:
        if f["kind"] in ("date", "month"):
            inst = f["instances"][0]
            a = by_id.get(inst["article"])
            if a is not None and _background(a, inst["span"], f["value"]):
                continue
            sentence = next((s for s in a.sentences if s.start <= inst["span"][0] < s.end), None) if a else None
            timeline.append({"when": f["value"], "article": inst["article"], "span": inst["span"],
                             "sentence": a.span_text(sentence) if sentence else "", "outlets": sorted({i["article"] for i in f["instances"]})})  # fmt: skip
    timeline.sort(key=lambda x: x["when"])
    return {"summary": summary, "exclusive": exclusive, "timeline": timeline}


_ATTRIBUTIVE = re.compile(r"(?:\bthe|[’']s)\s+$", re.IGNORECASE)
BACKGROUND_DAYS = 90  # a date this far from the article's publication is background, not the news


def _background(article: Article, span: Sequence[int], value: str) -> bool:
    """A past date mentioned in passing, not an event of the story: "the February 2022 invasion" (a date
    naming a thing), or a date months away from when the article was published."""
    text = article.text
    if _ATTRIBUTIVE.search(text, max(0, span[0] - 8), span[0]) and re.match(r"\s+[a-z]", text[span[1] : span[1] + 3]):
        return True
    published = article.published
    if published is None:
        return False
    day = published.date() if isinstance(published, datetime) else published
    try:
        when = date.fromisoformat(value if len(value) == 10 else value + "-15")
    except ValueError:
        return False
    return abs((when - day).days) > BACKGROUND_DAYS
