"""Check a story's quotes and figures across its independent sources: the code behind verify_story."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Sequence

from ..groups import Groups
from ..model import Article, Span
from ..quotes import QuoteInstance
from ..reuse import Provenance
from ..reuse.paraphrase import probability
from ..stories import features
from ..text import WORD
from .config import VerifyConfig
from .facts import FactComparison, compare_facts, extract_facts
from .statements import Place, Statement, group_statements, word_diff, words


@dataclass
class Verification:
    """A story's statements (each quote's status against the others) and its figures compared across sources."""

    statements: list[Statement]
    facts: list[FactComparison]

    def to_json(self) -> dict[str, Any]:
        return {"statements": [s.to_json() for s in self.statements], "facts": [f.to_json() for f in self.facts]}


def independent_sources(
    article_ids: Sequence[str], provenance: Provenance | None, config: VerifyConfig | None = None
) -> dict[str, int]:
    """Independence group of each article: copies and rewrites join their source, and so does wire copy.

    Quotes alone never join two articles: carrying the same quote is corroboration.
    """
    wire_share = (config or VerifyConfig()).wire_share
    groups: Groups[str] = Groups(article_ids)
    known = set(article_ids)
    if provenance is not None:
        for r in provenance.relations:
            other = r.derived_from or (r.related if r.kind in ("duplicate", "rewrite") else None)
            if r.kind in ("duplicate", "rewrite") and other in known:
                groups.union(r.article, other)
        for al in provenance.alignments:
            wire = [p for p in al.passages if p.kind != "reworded" and p.words_a >= 25]
            share = sum(p.words_a for p in wire) / max(1, min(al.words_a, al.words_b))
            if share >= wire_share and al.a in known and al.b in known:
                groups.union(al.a, al.b)
    roots: dict[str, int] = {}
    return {a: roots.setdefault(groups.find(a), len(roots)) for a in article_ids}


@lru_cache(maxsize=20_000)
def _features(text: str) -> dict[str, float]:
    """A sentence's weighted terms; copies repeat sentences word for word, so they are computed once."""
    return features(text)


@lru_cache(maxsize=20_000)
def _words_of(text: str) -> frozenset[str]:
    """Every word a sentence's terms can come from, spelled as :func:`features` spells its terms: a cheap
    superset, so that a sentence sharing too little with a quote is passed over without weighing its terms."""
    return frozenset(m.group(0).casefold().replace("’", "'") for m in WORD.finditer(text))


def _paraphrased_elsewhere(
    statements: list[Statement], quotes: Sequence[QuoteInstance], articles: Sequence[Article], cfg: VerifyConfig
) -> None:
    """Note the quotes that another outlet reported as indirect speech: the same statement in its own
    words, without quotation marks.  Either that outlet paraphrased, or this one put quotation marks
    around words nobody else quotes."""
    if not any(i.status in ("unique", "altered") for st in statements for i in st.instances):
        return  # nothing to look for: skip vectorising every sentence of the story
    quoted_spans: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        quoted_spans.setdefault(q.article, []).append((q.span.start - 1, q.span.end + 1))
    sentences = []  # sentences outside quotation marks
    for a in articles:
        for sent in a.sentences:
            text = a.span_text(sent)
            if len(text.split()) < 6 or any(s0 < sent.end and sent.start < s1 for s0, s1 in quoted_spans.get(a.id, [])):
                continue
            sentences.append((a.id, sent, text))
    vectors: dict[int, dict[str, float]] = {}  # a sentence's terms, weighed when first needed
    for st in statements:
        carriers = {i.article for i in st.instances}
        for inst in st.instances:
            if inst.status not in ("unique", "altered"):
                continue
            q = quotes[inst.index]
            if len(q.text.split()) < 6:
                continue
            qv = _features(q.text)
            found = []
            for n, (aid, sent, text) in enumerate(sentences):
                if aid in carriers:
                    continue
                # the cosine is at most the quote's weight on the words the sentence has (unit vectors)
                held = _words_of(text)
                if sum(w for t, w in qv.items() if t in held) < 0.3 - 1e-9:
                    continue
                v = vectors.get(n)
                if v is None:
                    v = vectors[n] = _features(text)
                if sum(w * v.get(t, 0.0) for t, w in qv.items()) < 0.3:
                    continue
                if probability(q.text, text) >= cfg.paraphrase:
                    found.append(Place(aid, sent))
            if found:
                inst.paraphrased_in = found[:3]
                inst.note = "reported without quotation marks (as a paraphrase) elsewhere"


def _window(sentence: list[str], quoted: list[str]) -> tuple[int, int, int]:
    """The stretch of a source sentence a quote was made from: (first word, end, words matched)."""
    import difflib

    blocks = [b for b in difflib.SequenceMatcher(a=sentence, b=quoted, autojunk=False).get_matching_blocks() if b.size]
    if not blocks:
        return 0, 0, 0
    return blocks[0].a, blocks[-1].a + blocks[-1].size, sum(b.size for b in blocks)


def _against_source(
    statements: list[Statement],
    quotes: Sequence[QuoteInstance],
    articles: Sequence[Article],
    derived: dict[str, str],
    cfg: VerifyConfig,
) -> None:
    """A copy's or rewrite's quote that no quote of its source matched is held against the source's text:
    ``altered`` (with the diff) when it rewords a sentence there, quotation marks moved or not, and
    ``not-in-source`` when the source has nothing like it.  Either way it is no exclusive of the copy."""
    by_id = {a.id: a for a in articles}
    quoted_spans: dict[str, list[tuple[int, int]]] = {}
    for q in quotes:
        quoted_spans.setdefault(q.article, []).append((q.span.start, q.span.end))
    sentences: dict[str, list[tuple[list[str], list[tuple[int, int]], str]]] = {}
    for st in statements:
        articles_in = {i.article for i in st.instances}
        for inst in st.instances:
            source = derived.get(inst.article)
            if (
                source is None
                or source not in by_id
                or source in articles_in
                or inst.status not in ("unique", "extended", "verbatim")
            ):
                continue
            q = quotes[inst.index]
            qw = words(q.text)
            if source not in sentences:
                a = by_id[source]
                rows = []
                for sent in a.sentences:
                    toks = [
                        (m.group(0).casefold().replace("’", "'"), (sent.start + m.start(), sent.start + m.end()))
                        for m in WORD.finditer(a.span_text(sent))
                    ]
                    rows.append(([t for t, _ in toks], [o for _, o in toks], a.span_text(sent)))
                sentences[source] = rows
            src = by_id[source]
            if len(qw) < 4:  # a word or two in quotation marks: the source has them, or it does not
                found = any(sw[k : k + len(qw)] == qw for sw, _, _ in sentences[source] for k in range(len(sw)))
                inst.status = "verbatim" if found else "not-in-source"
                inst.note = f"{'as in' if found else 'not in'} its source, {src.outlet}"
                continue
            best = None
            for sw, offsets, text in sentences[source]:
                lo, hi, matched = _window(sw, qw)
                if matched == 0:
                    continue
                cover = matched / len(qw)
                p = probability(" ".join(sw[lo:hi]), q.text, sw[lo:hi], qw) if cover < cfg.from_source else 1.0
                key = (cover >= cfg.from_source or p >= cfg.from_source_paraphrase, cover, p)
                if best is None or key > best[0]:
                    best = (key, sw[lo:hi], offsets[lo:hi])
            if best is None or not best[0][0]:
                inst.status, inst.confidence = "not-in-source", 0.8
                inst.diff = []
                inst.note = f"its source, {src.outlet}, has nothing like it"
                continue
            _, window, offsets = best
            span = [offsets[0][0], offsets[-1][1]]
            outside = [
                w
                for w, (o0, o1) in zip(window, offsets)
                if w in qw and not any(s0 <= o0 and o1 <= s1 for s0, s1 in quoted_spans.get(source, []))
            ]
            inst.in_source = Place(source, Span(*span))
            diff = word_diff(window, qw)
            if not diff and not outside:  # its source quotes these very words (a statement split another way)
                around = [s1 - s0 for s0, s1 in quoted_spans.get(source, []) if s0 <= span[0] and span[1] <= s1]
                inst.status = "trimmed" if around and min(around) > span[1] - span[0] + 2 else "verbatim"
                inst.note = f"as quoted in its source, {src.outlet}"
                continue
            inst.status, inst.confidence = "altered", 0.9
            inst.diff = diff
            inst.note = f"rewords its source, {src.outlet}" + (
                f"; words its source has outside quotation marks: {' '.join(outside)}" if outside else ""
            )
    for st in statements:
        # a copy is never a source: what only copies carry has no original behind it
        if all(i.article in derived for i in st.instances):
            st.copies_only = True


def verify_story(
    articles: Sequence[Article],
    quotes: Sequence[QuoteInstance],
    provenance: Provenance | None,
    config: VerifyConfig | None = None,
) -> Verification:
    """A story's statements (grouped quotes with their statuses, flagged ones first) and its compared figures."""
    cfg = config or VerifyConfig()
    sources = independent_sources([a.id for a in articles], provenance, cfg)
    derived = {r.article: r.derived_from for r in (provenance.relations if provenance else [])
               if r.kind in ("duplicate", "rewrite") and r.derived_from}  # fmt: skip
    statements = group_statements(quotes, sources, derived, cfg)
    _against_source(statements, quotes, articles, derived, cfg)
    _paraphrased_elsewhere(statements, quotes, articles, cfg)
    flagged = {"altered": 0, "misattributed": 1, "not-in-source": 1, "unique": 2}
    statements.sort(key=lambda d: (min((flagged.get(i.status, 9) for i in d.instances), default=9), d.id))
    facts = compare_facts([(a.id, extract_facts(a)) for a in articles], sources)
    return Verification(statements, facts)
