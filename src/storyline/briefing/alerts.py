"""Alerts: the findings of a story a person must see as soon as they appear.

- ``altered-quote`` — an outlet quotes somebody with words other sources (or its own source) give
  differently; ``quote-not-in-source`` — a rewrite quotes words its source does not carry;
- ``misattributed-quote`` — an outlet gives a quote to another speaker than its sources do;
- ``copy`` / ``rewrite`` — an outlet republishes or rewrites another outlet's earlier article;
- ``conflicting-figure`` — outlets give different figures for the same measure;
- ``new-outlet`` — an outlet joins a story others already reported.

Each alert has a key made of what it is about (outlets, articles, words), never of the story's id
or the time it was found, so analysing a story again, or the same finding in a story that grew,
gives the same key and the alert is kept once.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Mapping

from ..model import ALERT_KINDS

__all__ = ["KINDS", "Alert", "alerts_of"]

KINDS = ALERT_KINDS


@dataclass
class Alert:
    kind: str
    key: str
    summary: str  # one line a person reads
    story: str
    article: str  # the article the alert is about
    outlet: str
    span: tuple[int, int] | None = None  # the words in that article, when the alert is about words
    detail: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _key(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:20]


def _short(text: str, n: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def alerts_of(story: Mapping[str, Any], articles: Mapping[str, Mapping[str, Any]]) -> list[Alert]:
    """Every alert a story's analysis (``Analysis.to_json()`` story) holds; ``articles`` are the
    analysis's article summaries by id (outlet, title, published)."""
    sid = story.get("id") or ""
    outlet = lambda a: (articles.get(a) or {}).get("outlet") or a  # noqa: E731
    names = {p["id"]: p["name"] for p in story.get("people") or []}
    found: list[Alert] = []
    for st in story.get("statements") or []:
        speaker = names.get(st.get("speaker"), "an unnamed speaker")
        for inst in st.get("instances") or []:
            status, art = inst.get("status"), inst["article"]
            span = tuple(inst["span"]) if inst.get("span") else None
            if status in ("altered", "not-in-source", "misattributed"):
                kind = {
                    "altered": "altered-quote",
                    "not-in-source": "quote-not-in-source",
                    "misattributed": "misattributed-quote",
                }[status]
                words = f"“{_short(st['text'])}”"
                summary = {
                    "altered-quote": f"{outlet(art)} quotes {speaker} with changed words: {words}",
                    "quote-not-in-source": f"{outlet(art)} quotes {speaker} with words its source does not carry: {words}",
                    "misattributed-quote": f"{outlet(art)} gives words of {speaker} to another speaker: {words}",
                }[kind]
                detail = {k: inst[k] for k in ("diff", "note", "source", "speaker") if inst.get(k) is not None}
                found.append(Alert(kind, _key(kind, art, inst.get("span"), st["text"]), summary, sid, art, outlet(art),
                                   span, {"statement": st["text"], **detail}))  # fmt: skip
    for rel in story.get("relations") or []:
        art, source = rel["article"], rel.get("derived_from")
        if rel["kind"] in ("duplicate", "rewrite") and source and outlet(art) != outlet(source):
            kind = "copy" if rel["kind"] == "duplicate" else "rewrite"
            verb = "republishes" if kind == "copy" else "rewrites"
            src = articles.get(source) or {}
            summary = (
                f"{outlet(art)} {verb} {outlet(source)}'s article “{_short(src.get('title') or '(untitled)', 70)}”"
            )
            found.append(Alert(kind, _key(kind, art, source), summary, sid, art, outlet(art), None,
                               {"source": source, "source_outlet": outlet(source), "direction": rel.get("direction")}))  # fmt: skip
    for fact in story.get("facts") or []:
        if fact.get("status") == "conflict":
            values = sorted({i["value"] for i in fact.get("instances") or []} | set(fact.get("conflicts_with") or []))
            first = (fact.get("instances") or [{}])[0]
            art = first.get("article", "")
            summary = f"outlets give different figures ({', '.join(values)}) for {' '.join((fact.get('measure') or [])[:5]) or 'one measure'}"
            found.append(Alert("conflicting-figure", _key("conflicting-figure", fact.get("kind"), *values), summary, sid, art,
                               outlet(art), tuple(first["span"]) if first.get("span") else None,
                               {"values": values, "instances": fact.get("instances")}))  # fmt: skip
    # an outlet that joins: every outlet but the first to report, by date (undated last), then order
    order = sorted(
        story.get("articles") or [],
        key=lambda a: ((articles.get(a) or {}).get("published") or "9999", story["articles"].index(a)),
    )
    seen: set[str] = set()
    for art in order:
        name = outlet(art)
        if seen and name not in seen:
            title = (articles.get(art) or {}).get("title") or "(untitled)"
            found.append(
                Alert(
                    "new-outlet",
                    _key("new-outlet", art),
                    f"{name} joins the story: “{_short(title, 70)}”",
                    sid,
                    art,
                    name,
                )
            )
        seen.add(name)
    return found
