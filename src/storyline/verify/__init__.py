"""Verify: every quote and figure of a story checked across its independent sources.

Public surface: :func:`verify_story` (a story's statements and facts), :func:`independent_sources`,
:func:`group_statements`, :func:`extract_facts`, :func:`compare_facts`.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..model import Article
from ..reuse import Provenance
from .facts import compare_facts, extract_facts
from .statements import Statement, group_statements

__all__ = ["Statement", "compare_facts", "extract_facts", "group_statements", "independent_sources", "verify_story"]

WIRE_SHARE = 0.3  # verbatim text in common (outside quotes) that makes two articles one wire source


def independent_sources(article_ids: Sequence[str], provenance: Provenance | None) -> dict[str, int]:
    """Independence group of each article: copies and rewrites join their source, and so does wire copy.

    Quotes alone never join two articles: carrying the same quote is corroboration.
    """
    parent = {a: a for a in article_ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    if provenance is not None:
        for r in provenance.relations:
            other = r.derived_from or (r.evidence.get("with") if r.kind in ("duplicate", "rewrite") else None)
            if r.kind in ("duplicate", "rewrite") and other in parent:
                parent[find(r.article)] = find(other)
        for al in provenance.alignments:
            wire = [p for p in al.passages if p.kind != "reworded" and p.words_a >= 25]
            share = sum(p.words_a for p in wire) / max(1, min(al.words_a, al.words_b))
            if share >= WIRE_SHARE and al.a in parent and al.b in parent:
                parent[find(al.a)] = find(al.b)
    roots: dict[str, int] = {}
    return {a: roots.setdefault(find(a), len(roots)) for a in article_ids}


def verify_story(articles: Sequence[Article], quotes: Sequence[dict[str, Any]], provenance: Provenance | None) -> dict[str, Any]:
    """Statements (grouped quotes with their statuses) and the comparison of figures, as JSON."""
    sources = independent_sources([a.id for a in articles], provenance)
    derived = frozenset(r.article for r in (provenance.relations if provenance else []) if r.kind in ("duplicate", "rewrite") and r.derived_from)
    statements = group_statements(quotes, sources, derived)
    flagged = {"altered": 0, "misattributed": 1, "unique": 2}
    doc_statements = []
    for s in statements:
        doc_statements.append({
            "id": s.id, "speaker": s.speaker, "text": s.text, "sources": s.sources,
            "independent_sources": len({i.source for i in s.instances}),
            "instances": [i.to_json(quotes[i.index]["span"]) for i in s.instances],
        })  # fmt: skip
    doc_statements.sort(key=lambda d: (min((flagged.get(i["status"], 9) for i in d["instances"]), default=9), d["id"]))
    facts = compare_facts([(a.id, extract_facts(a)) for a in articles], sources)
    return {"statements": doc_statements, "facts": facts}
