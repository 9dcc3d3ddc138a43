"""Who derives from whom inside a story: duplicate, rewrite, shared source or independent.

Evidence per pair of articles (see :mod:`storyline.reuse.align`): verbatim
containment, sentences aligned in order, and *private shared words* — rare words
the two articles share with each other and with no other article of the story.
The last is the stemmatologist's shared-error argument: independent reports of
an event share the event's names; a rewrite also keeps its source's incidental
details, which nobody else has.

Direction, in order of strength: publication times when both are known; which
side is corroborated by the other articles of the story (a rewrite alters the
quotes that independent outlets carry verbatim); containment asymmetry (the
copy is the one contained in the other).  When none of them is clear, the
direction is reported as unknown rather than guessed.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from itertools import combinations
from typing import Any, Sequence

from ..model import Article
from ..text import day_number, idf
from .config import ReuseConfig
from .align import Alignment, align, tokenize
from .paraphrase import FUNCTION_WORDS


@dataclass
class Relation:
    """One article's place in its story's provenance."""

    article: str
    kind: str  # "duplicate" | "rewrite" | "shared-source" | "independent"
    derived_from: str | None = None
    shared: float = 0.0  # share of this article found in the related article(s)
    direction: str | None = None  # how the direction was decided, or "unknown"
    evidence: dict[str, Any] = field(default_factory=dict)  # the measures behind it (docs/json.md)
    related: str | None = None  # a duplicate's or rewrite's other version: its source, or (direction unknown) the other

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "derived_from": self.derived_from, "kind": self.kind,
                "shared": round(self.shared, 3), "direction": self.direction, "evidence": self.evidence}  # fmt: skip


@dataclass
class Provenance:
    relations: list[Relation]
    alignments: list[Alignment]

    def to_json(self) -> dict[str, Any]:
        return {
            "relations": [r.to_json() for r in self.relations],
            "alignments": [a.to_json() for a in self.alignments if a.passages],
        }


@dataclass
class _Pair:
    child: str
    parent: str | None  # None: related but the direction is unknown
    kind: str
    strength: float
    evidence: dict[str, Any]  # from the child's side; "with" is the other article
    direction: str

    @property
    def other(self) -> str:
        return self.evidence["with"]


def _evidence(
    al: Alignment, side: str, priv: dict[tuple[str, str], float], cont: dict[tuple[str, str], float]
) -> dict[str, Any]:
    """The measures of an alignment, seen from ``side`` (one of its two articles)."""
    mine = side == al.a
    other = al.b if mine else al.a
    pick = lambda x, y: x if mine else y  # noqa: E731
    return {
        "with": other,
        "shared": round(pick(al.covered_a, al.covered_b), 3),
        "passages": len(al.passages),
        "verbatim_words": int(round(pick(al.verbatim_a * al.words_a, al.verbatim_b * al.words_b))),
        "verbatim_share": round(pick(al.verbatim_a, al.verbatim_b), 3),
        "sentences_aligned": round(pick(al.sentences_a, al.sentences_b), 3),
        "order_kept": round(pick(al.order_a, al.order_b), 3),
        "private_words": round(priv.get((side, other), 0.0), 3),
        "rare_words_found": round(cont.get((side, other), 0.0), 3),
    }


def _when(a: Article) -> float | None:
    d = a.published
    return day_number(d) if isinstance(d, date | datetime) else None


def _support(article_id: str, alignments: dict[tuple[str, str], Alignment], exclude: str) -> float:
    """How much of an article other articles of the story carry verbatim (corroboration)."""
    total = 0.0
    for (x, y), al in alignments.items():
        if exclude in (x, y):
            continue
        if x == article_id:
            total += al.verbatim_a * al.words_a
        elif y == article_id:
            total += al.verbatim_b * al.words_b
    return total


def _direction(a: Article, b: Article, al: Alignment, alignments: dict[tuple[str, str], Alignment],
               containment_a: float, containment_b: float, shared_words: int) -> tuple[str | None, str | None, str]:  # fmt: skip
    """(child, parent, how) for a related pair a-b; (None, None, "unknown") when the evidence is weak."""
    ta, tb = _when(a), _when(b)
    if ta is not None and tb is not None and ta != tb:
        return (b.id, a.id, "published earlier") if ta < tb else (a.id, b.id, "published earlier")
    sa, sb = _support(a.id, alignments, b.id), _support(b.id, alignments, a.id)
    if max(sa, sb) >= shared_words and max(sa, sb) >= 2 * min(sa, sb) + shared_words:
        return (
            (b.id, a.id, "corroborated by other articles")
            if sa > sb
            else (a.id, b.id, "corroborated by other articles")
        )
    if abs(containment_a - containment_b) >= 0.1:
        return (
            (a.id, b.id, "contained in the other")
            if containment_a > containment_b
            else (b.id, a.id, "contained in the other")
        )
    return None, None, "unknown"


def provenance(articles: Sequence[Article], config: ReuseConfig | None = None) -> Provenance:
    """Relations of every article of one story to the others, with the aligned passages as evidence."""
    cfg = config or ReuseConfig()
    by_id = {a.id: a for a in articles}
    vocab: dict[str, int] = {}  # one word numbering for the story: n-grams compare as numbers
    tokens = {a.id: tokenize(a, vocab) for a in articles}  # once per article, not once per pair
    rare = {a.id: {w for w in tokens[a.id].words if w not in FUNCTION_WORDS and idf(w) >= cfg.rare} for a in articles}
    df = Counter(w for words in rare.values() for w in words)
    pairs = _candidate_pairs(articles, rare, cfg.max_partners)
    alignments = _aligned(pairs, tokens, cfg)

    def private(x: str, y: str) -> float:
        """Share (idf-weighted) of x's rare words that only x and y have, in a story of three or more."""
        if len(articles) < 3 or not rare[x]:
            return 0.0
        own = sum(idf(w) for w in rare[x])
        return sum(idf(w) for w in rare[x] & rare[y] if df[w] == 2) / own

    def contained(x: str, y: str) -> float:
        """Share (idf-weighted) of x's rare words that y has too: a rewrite adds few details of its own."""
        own = sum(idf(w) for w in rare[x]) or 1.0
        return sum(idf(w) for w in rare[x] & rare[y]) / own

    priv = {(x, y): private(x, y) for a, b in pairs for x, y in ((a.id, b.id), (b.id, a.id))}
    cont = {(x, y): contained(x, y) for a, b in pairs for x, y in ((a.id, b.id), (b.id, a.id))}
    best_other: dict[str, list[float]] = {}
    for (x, _), v in priv.items():
        best_other.setdefault(x, []).append(v)

    found: list[_Pair] = []
    for (ia, ib), al in alignments.items():
        a, b = by_id[ia], by_id[ib]
        kind = None
        if max(al.identity_a, al.identity_b) >= cfg.duplicate:
            kind, ca, cb = "duplicate", al.identity_a, al.identity_b
        elif max(al.sentences_a, al.sentences_b, al.verbatim_a, al.verbatim_b) >= cfg.rewrite_sentences:
            kind, ca, cb = "rewrite", max(al.sentences_a, al.verbatim_a), max(al.sentences_b, al.verbatim_b)
        elif _heavy_rewrite(ia, ib, al, priv, cont, best_other, cfg):
            kind, ca, cb = "rewrite", priv[(ia, ib)] + al.order_a, priv[(ib, ia)] + al.order_b
        if kind:
            child, parent, how = _direction(a, b, al, alignments, ca, cb, cfg.shared_words)
            child = child or (ia if ca >= cb else ib)  # direction unknown: listed under the more contained
            found.append(_Pair(child, parent, kind, max(ca, cb), _evidence(al, child, priv, cont), how))
        elif al.verbatim_a * al.words_a >= cfg.shared_words:
            found.extend(_Pair(c, None, "shared-source", 0.0, _evidence(al, c, priv, cont), "none") for c in (ia, ib))

    return Provenance(relations=_article_relations(articles, found), alignments=list(alignments.values()))


def _aligned(
    pairs: Sequence[tuple[Article, Article]], tokens: dict, cfg: ReuseConfig
) -> dict[tuple[str, str], Alignment]:
    """Every pair aligned, once per pair of texts: word-for-word copies of one report (wire copies run by many
    outlets) make many pairs of the same two texts, whose alignment differs only in the articles' ids."""
    done: dict[tuple[str, str, tuple, tuple], Alignment] = {}
    out = {}
    for a, b in pairs:
        key = (a.text, b.text, tuple(a.sentences), tuple(b.sentences))
        if key not in done:
            done[key] = out[(a.id, b.id)] = align(a, b, tokens[a.id], tokens[b.id], cfg)
        else:
            out[(a.id, b.id)] = replace(done[key], a=a.id, b=b.id, passages=list(done[key].passages))
    return out


def _heavy_rewrite(ia: str, ib: str, al: Alignment, priv: dict, cont: dict, best_other: dict, cfg: ReuseConfig) -> bool:
    """A spun rewrite: most words changed (little verbatim), but the source's order, its details and
    details nobody else has are kept, and no other article of the story comes close."""
    for x, y, order, verbatim in ((ia, ib, al.order_a, al.verbatim_a), (ib, ia, al.order_b, al.verbatim_b)):
        p = priv.get((x, y), 0.0)
        others = sorted(best_other.get(x, []), reverse=True)
        runner_up = others[1] if len(others) > 1 else 0.0
        if (p >= cfg.heavy_private and order >= cfg.heavy_order and p >= cfg.dominance * runner_up
                and cont[(x, y)] >= cfg.heavy_contained and verbatim < cfg.heavy_verbatim):  # fmt: skip
            return True
    return False


def _candidate_pairs(
    articles: Sequence[Article], rare: dict[str, set[str]], max_partners: int
) -> list[tuple[Article, Article]]:
    """All pairs of a small story; in a large one, each article with its closest partners by rare words."""
    if len(articles) <= max_partners + 1:
        return list(combinations(articles, 2))
    chosen: set[tuple[int, int]] = set()
    for i, a in enumerate(articles):
        scores = []
        for j, b in enumerate(articles):
            if i != j:
                inter = len(rare[a.id] & rare[b.id])
                scores.append((inter / (len(rare[a.id] | rare[b.id]) or 1), j))
        for _, j in sorted(scores, reverse=True)[:max_partners]:
            chosen.add((min(i, j), max(i, j)))
    return [(articles[i], articles[j]) for i, j in sorted(chosen)]


_RANK = {"duplicate": 3, "rewrite": 2, "shared-source": 1}


def _article_relations(articles: Sequence[Article], found: list[_Pair]) -> list[Relation]:
    """Each article's strongest relation: derived (duplicate, rewrite) over shared source over independent."""
    out = []
    derivations = [p for p in found if p.kind != "shared-source"]
    for a in articles:
        derived = [p for p in derivations if p.child == a.id and p.parent is not None]
        undirected = [p for p in derivations if p.parent is None and a.id in (p.child, p.other)]
        if derived or undirected:
            best = max(derived or undirected, key=lambda p: (_RANK[p.kind], p.strength))
            ev = best.evidence if best.child == a.id else {**best.evidence, "with": best.child}
            out.append(
                Relation(
                    a.id, best.kind, best.parent, ev["shared"], best.direction if derived else "unknown", ev, ev["with"]
                )  # fmt: skip
            )
            continue
        sources = [p for p in found if p.kind == "shared-source" and p.child == a.id]
        copies = sorted(p.child for p in derivations if p.parent == a.id)
        evidence: dict[str, Any] = {"copied_by": copies} if copies else {}
        if sources:
            evidence.update(shares_with=sorted(p.other for p in sources),
                            verbatim_words=sum(p.evidence["verbatim_words"] for p in sources))  # fmt: skip
            out.append(
                Relation(a.id, "shared-source", None, max(p.evidence["shared"] for p in sources), None, evidence)
            )
        else:
            out.append(Relation(a.id, "independent", None, 0.0, None, evidence))
    return out
