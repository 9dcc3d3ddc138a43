"""The analysis as one self-contained HTML file: no network, no script, every article word escaped.

Article text is hostile input.  Everything that comes from an article (text, titles, outlets, URLs,
quotes, names) goes through :func:`html.escape`; links are written only for http(s) URLs.  The page
carries no JavaScript at all, so nothing in it can run.
"""

from __future__ import annotations

import math
from html import escape
from typing import Any, Mapping

from ..model import Article
from .labels import FLAGGED, sources_label

CSS = """
body{font:15px/1.5 Georgia,serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222;background:#fdfdfb}
h1,h2,h3{font-family:Helvetica,Arial,sans-serif}h1{font-size:1.6em}h2{border-bottom:2px solid #333;margin-top:2em}
table{border-collapse:collapse;margin:.5em 0 1em;font-size:.92em}td,th{border:1px solid #ccc;padding:.25em .5em;vertical-align:top}
th{background:#eee;text-align:left}.muted{color:#777}.small{font-size:.85em}
.verbatim{background:#d8f0d8}.trimmed{background:#e3f3e3}.extended{background:#dde8f8}.unique{background:#fff2c2}
.altered{background:#f8c9c4}.misattributed{background:#f1a8e8}.not-in-source{background:#f8c9c4}.edited{background:#e6e6e6}.reworded{background:#d7e3fb}
.agreed{background:#d8f0d8}.conflict{background:#f8c9c4}.single-source{background:#fff2c2}
mark{padding:0 .05em}mark.changed,.changed{background:#f3a79f;text-decoration:underline}ins{background:#c6f0c6;text-decoration:none}del{background:#f5c2c2}
.side{display:grid;grid-template-columns:1fr 1fr;gap:1em}.side>div{white-space:pre-wrap;border:1px solid #ddd;padding:.5em;font-size:.9em}
details{margin:.5em 0}summary{cursor:pointer;font-weight:bold}.key span{padding:0 .4em;margin-right:.3em}
svg text{font:12px Helvetica,Arial,sans-serif}
"""


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _link(url: str | None, label: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(label)}</a>'
    return _e(label)


def render_html(result: Mapping[str, Any], articles: Mapping[str, Article]) -> str:
    """The whole report: one page, every story with its briefing, matrix, graph and side-by-side views."""
    by_id = {a["id"]: a for a in result["articles"]}
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">",
        f"<title>Storyline report: {len(result['stories'])} stories</title><style>{CSS}</style></head><body>",
        f'<h1>Storyline report</h1><p class="muted">{len(result["articles"])} articles, {len(result["stories"])} stories.</p>',
    ]
    for story in result["stories"]:
        parts.append(story_section(story, by_id, articles))
    parts.append("</body></html>")
    return "\n".join(parts)


FILE_NAME = (
    ' <span class="muted small" title="the outlet is only the name of the file the text came from">(file name)</span>'
)


def story_section(story: Mapping[str, Any], by_id: Mapping[str, Any], articles: Mapping[str, Article]) -> str:
    out = [f'<section id="story-{_e(story["id"])}"><h2>{_e(story["title"])}</h2>']
    out.append(_evidence(story))
    out.append(_briefing(story, by_id))
    rows = "".join(
        f"<tr><td>{_link(by_id[a]['url'], by_id[a]['outlet'])}{FILE_NAME if by_id[a].get('outlet_is_file_name') else ''}</td><td>{_e((by_id[a]['published'] or '—')[:10])}</td>"
        f"<td>{_e(by_id[a]['title'] or '(untitled)')}</td><td>{by_id[a]['words']}</td><td>{_e(_relation(story, a, by_id))}</td></tr>"
        for a in story["articles"]
    )
    out.append(
        f"<table><tr><th>outlet</th><th>date</th><th>title</th><th>words</th><th>provenance</th></tr>{rows}</table>"
    )
    if story.get("relations"):
        out.append("<h3>Provenance</h3>" + provenance_svg(story, by_id))
    if story.get("statements"):
        out.append(_matrix(story, by_id))
        out.append(_statements(story, by_id))
    if story.get("facts"):
        out.append(_facts(story, by_id))
    if story.get("alignments"):
        out.append("<h3>Side by side</h3>")
        for al in story["alignments"]:
            out.append(side_by_side(al, by_id, articles))
    out.append(_texts(story, by_id, articles))
    out.append("</section>")
    return "\n".join(out)


def _evidence(story: Mapping[str, Any]) -> str:
    """Why these articles are one story: the names and words most of them share."""
    ev = story.get("evidence")
    if not ev:
        return ""
    n = ev.get("reports") or 0
    items = "".join(
        f"<li><b>{label}</b>: " + ", ".join(f"{_e(t['term'])} <span class=\"muted\">({t['reports']}/{n})</span>" for t in ev[key]) + "</li>"
        for key, label in (("names", "names"), ("words", "words")) if ev.get(key)
    )  # fmt: skip
    preview = ", ".join(_e(t["term"]) for t in (ev.get("names") or ev.get("words") or [])[:5])
    return (f"<details class=\"small\"><summary>Why these {n} reports are one story: they share {preview} "
            f"and more (mean similarity {float(ev.get('similarity') or 0):.2f})</summary><ul>{items}</ul></details>")  # fmt: skip


def _briefing(story: Mapping[str, Any], by_id: Mapping[str, Any]) -> str:
    b = story.get("briefing") or {}
    parts = []
    if b.get("summary"):
        items = "".join(f"<li><a href=\"#{_anchor(x['article'], x['span'][0])}\">{_e(x['text'])}</a> "
                        f"<span class=\"small muted\">({_e(', '.join(by_id[o]['outlet'] for o in x['outlets']))})</span></li>"
                        for x in b["summary"])  # fmt: skip
        parts.append(f"<h3>In brief</h3><ul>{items}</ul>")
    if b.get("exclusive"):
        items = "".join(f"<li><b>{_e(by_id[x['article']]['outlet'])}</b>: <a href=\"#{_anchor(x['article'], x['span'][0])}\">{_e(x['text'])}</a></li>"
                        for x in b["exclusive"])  # fmt: skip
        parts.append(f'<h3>Only in one outlet</h3><ul class="small">{items}</ul>')
    if b.get("timeline"):
        items = "".join(f"<tr><td><a href=\"#{_anchor(x['article'], x['span'][0])}\">{_e(x['when'])}</a></td><td>{_e(x['sentence'])}</td></tr>"
                        for x in b["timeline"])  # fmt: skip
        parts.append(f'<h3>Timeline</h3><table class="small">{items}</table>')
    return "".join(parts)


def _anchor(article: str, start: int) -> str:
    return f"w-{article}-{start}"


def _texts(story: Mapping[str, Any], by_id: Mapping[str, Any], articles: Mapping[str, Article]) -> str:
    """Every article of the story, quotes marked by status, with anchors the briefing and statements link to."""
    status = {}
    for s in story.get("statements") or []:
        for i in s["instances"]:
            status[(i["article"], i["span"][0])] = i["status"]
    parts = ["<h3>The articles</h3>"]
    for aid in story["articles"]:
        a = articles.get(aid)
        if a is None:
            continue
        anchors = {s.start: _anchor(aid, s.start) for s in a.sentences}
        for f in story.get("facts") or []:
            for i in f["instances"]:
                if i["article"] == aid:
                    anchors[i["span"][0]] = _anchor(aid, i["span"][0])
        spans = []
        for q in story.get("quotes") or []:
            if q["article"] == aid:
                anchors[q["span"][0]] = _anchor(aid, q["span"][0])
                spans.append((q["span"][0], q["span"][1], status.get((aid, q["span"][0]), "unique")))
        parts.append(f'<details id="article-{_e(aid)}"><summary>{_e(by_id[aid]["outlet"])}: {_e(by_id[aid]["title"] or "(untitled)")}</summary>'
                     f'<div class="side"><div>{_marked(a.text, spans, anchors)}</div></div></details>')  # fmt: skip
    return "".join(parts)


def _relation(story: Mapping[str, Any], aid: str, by_id: Mapping[str, Any]) -> str:
    for r in story.get("relations") or []:
        if r["article"] == aid:
            if r["derived_from"]:
                return f"{r['kind']} of {by_id[r['derived_from']]['outlet']}"
            return r["kind"]
    return ""


def provenance_svg(story: Mapping[str, Any], by_id: Mapping[str, Any]) -> str:
    """Articles on a circle; arrows from a copy or rewrite to its source, dashed lines for shared sources."""
    ids = story["articles"]
    n = len(ids)
    w, h, r = 640, 120 + 40 * n, 40 + 20 * n
    cx, cy = w / 2, h / 2
    pos = {
        a: (cx + r * math.cos(2 * math.pi * i / n - math.pi / 2), cy + r * math.sin(2 * math.pi * i / n - math.pi / 2))
        for i, a in enumerate(ids)
    }
    lines = []
    drawn = set()
    for rel in story.get("relations") or []:
        a = rel["article"]
        if rel["derived_from"] in pos:
            (x1, y1), (x2, y2) = pos[a], pos[rel["derived_from"]]
            color = "#c0392b" if rel["kind"] == "rewrite" else "#8e44ad"
            lines.append(f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="{color}" stroke-width="3" marker-end="url(#arrow)"/>'
                         f'<text x="{(x1 + x2) / 2:.0f}" y="{(y1 + y2) / 2 - 4:.0f}" fill="{color}">{_e(rel["kind"])}</text>')  # fmt: skip
        for other in rel["evidence"].get("shares_with", []) if rel["kind"] == "shared-source" else []:
            key = tuple(sorted((a, other)))
            if other in pos and key not in drawn:
                drawn.add(key)
                (x1, y1), (x2, y2) = pos[a], pos[other]
                lines.append(
                    f'<line x1="{x1:.0f}" y1="{y1:.0f}" x2="{x2:.0f}" y2="{y2:.0f}" stroke="#999" stroke-dasharray="4 4"/>'
                )
    nodes = []
    for a, (x, y) in pos.items():
        label = by_id[a]["outlet"]
        label = label if len(label) <= 24 else label[:23] + "…"
        nodes.append(f'<circle cx="{x:.0f}" cy="{y:.0f}" r="9" fill="#2c3e50"/>'
                     f'<text x="{x + 12:.0f}" y="{y + 4:.0f}">{_e(label)}</text>')  # fmt: skip
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" role="img" aria-label="provenance graph">'
            '<defs><marker id="arrow" viewBox="0 0 10 10" refX="18" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse">'
            '<path d="M 0 0 L 10 5 L 0 10 z" fill="#555"/></marker></defs>'
            + "".join(lines) + "".join(nodes) + "</svg>"
            '<p class="small muted">Arrows: a copy (duplicate) or rewrite points at its source. Dashed: shared passages (pool quotes, wire copy).</p>')  # fmt: skip


def _people(story: Mapping[str, Any]) -> dict[str, str]:
    return {p["id"]: p["name"] for p in story.get("people") or []}


def _matrix(story: Mapping[str, Any], by_id: Mapping[str, Any], limit: int = 40) -> str:
    """Outlets x statements, each cell coloured by the status of that outlet's quote."""
    people = _people(story)
    statements = [s for s in story["statements"] if len({i["article"] for i in s["instances"]}) > 1] or story[
        "statements"
    ]
    statements = statements[:limit]
    head = "".join(f'<th title="{_e(s["text"])}">{_e(s["id"])}</th>' for s in statements)
    rows = []
    for aid in story["articles"]:
        cells = []
        for s in statements:
            st = next((i["status"] for i in s["instances"] if i["article"] == aid), None)
            cells.append(f'<td class="{_e(st or "")}">{_e(st or "")}</td>')
        rows.append(f"<tr><th>{_e(by_id[aid]['outlet'])}</th>{''.join(cells)}</tr>")
    legend = "".join(
        f"<tr><td>{_e(s['id'])}</td><td>{_e(people.get(s['speaker'], '?'))}</td><td>“{_e(s['text'])}”</td></tr>"
        for s in statements
    )
    return (f"<h3>Coverage: who carries which statement</h3><table class=\"small\"><tr><th></th>{head}</tr>{''.join(rows)}</table>"
            f"<details><summary>The statements in this matrix</summary><table class=\"small\">{legend}</table></details>")  # fmt: skip


def _statements(story: Mapping[str, Any], by_id: Mapping[str, Any]) -> str:
    people = _people(story)
    quotes = story.get("quotes") or []

    def rank(s: Mapping[str, Any]) -> tuple:
        flagged = any(i["status"] in FLAGGED for i in s["instances"])
        return (not flagged, -s["sources"], -len(s["instances"]))

    rows = []
    for s in sorted(story["statements"], key=rank):
        inst = []
        for i in s["instances"]:
            q = quotes[i["quote"]] if i["quote"] < len(quotes) else {"text": ""}
            diff = "".join(f" <del>{_e(d['original'])}</del>" * bool(d["original"]) + f" <ins>{_e(d['quoted'])}</ins>" * bool(d["quoted"])
                           for d in i.get("diff", []))  # fmt: skip
            how = (
                (
                    f' <span class="muted" title="the attribution rule that found the speaker">(said by “{_e(q.get("speaker_text") or "")}”, '
                    f"rule {_e(q['rule'])}{'' if q.get('named') else ', not named in its sentence'})</span>"
                )
                if q.get("rule")
                else ""
            )
            note = f' <span class="muted">{_e(i["note"])}</span>' if i.get("note") else ""
            inst.append(f'<li><span class="{_e(i["status"])}">{_e(i["status"])}</span> <a href="#{_anchor(i["article"], i["span"][0])}">{_e(by_id[i["article"]]["outlet"])}</a>: '
                        f'“{_e(q["text"])}”{(" — changes:" + diff) if diff else ""}{how}{note}</li>')  # fmt: skip
        rows.append(f"<tr><td><b>{_e(people.get(s['speaker'], 'unknown speaker'))}</b><br><span class=\"small muted\">{_e(sources_label(s))}</span></td>"
                    f"<td>“{_e(s['text'])}”<ul class=\"small\">{''.join(inst)}</ul></td></tr>")  # fmt: skip
    return f"<h3>Who said what</h3><table><tr><th>speaker</th><th>statement and its quotes</th></tr>{''.join(rows)}</table>"


def _facts(story: Mapping[str, Any], by_id: Mapping[str, Any]) -> str:
    rows = []
    for f in story["facts"]:
        if f["status"] == "single-source" and f["kind"] not in ("percent", "money"):
            continue
        outlets = ", ".join(sorted({by_id[i["article"]]["outlet"] for i in f["instances"]}))
        value = f["value"] + (f" (vs {', '.join(f['conflicts_with'])})" if f.get("conflicts_with") else "")
        first = f["instances"][0]
        rows.append(f'<tr><td class="{_e(f["status"])}">{_e(f["status"])}</td><td><a href="#{_anchor(first["article"], first["span"][0])}">{_e(value)}</a></td>'
                    f'<td>{_e(", ".join(f["measure"][:8]))}</td><td>{_e(outlets)}</td></tr>')  # fmt: skip
    if not rows:
        return ""
    return f"<h3>Figures</h3><table><tr><th>status</th><th>value</th><th>about</th><th>outlets</th></tr>{''.join(rows)}</table>"


def _marked(text: str, spans: list[tuple[int, int, str]], anchors: Mapping[int, str] | None = None) -> str:
    """The text with styled stretches (which may nest or overlap) as <mark class="...">, everything escaped.

    ``anchors``: offsets that get an ``id`` so that other parts of the report can link to the words.
    """
    anchors = anchors or {}
    cuts = sorted({0, len(text), *(x for s, e, _ in spans for x in (s, e)), *anchors})
    out = []
    for lo, hi in zip(cuts, cuts[1:]):
        if lo in anchors:
            out.append(f'<a id="{_e(anchors[lo])}"></a>')
        classes = sorted({c for s, e, c in spans if s <= lo and hi <= e})
        chunk = _e(text[lo:hi])
        out.append(f'<mark class="{_e(" ".join(classes))}">{chunk}</mark>' if classes else chunk)
    return "".join(out)


def side_by_side(al: Mapping[str, Any], by_id: Mapping[str, Any], articles: Mapping[str, Article]) -> str:
    from .terminal import word_changes

    a, b = articles.get(al["a"]), articles.get(al["b"])
    if a is None or b is None:
        return ""
    left_spans = [(p["a"][0], p["a"][1], p["kind"]) for p in al["passages"]]
    right_spans = [(p["b"][0], p["b"][1], p["kind"]) for p in al["passages"]]
    for p in al["passages"]:
        if p["kind"] != "verbatim":  # the words that differ inside an edited or reworded passage
            ca, cb = word_changes(a.text[p["a"][0] : p["a"][1]], b.text[p["b"][0] : p["b"][1]], p["a"][0], p["b"][0])
            left_spans += [(s0, s1, "changed") for s0, s1 in ca]
            right_spans += [(s0, s1, "changed") for s0, s1 in cb]
    left = _marked(a.text, left_spans)
    right = _marked(b.text, right_spans)
    return (f'<details id="cmp-{_e(a.id)}-{_e(b.id)}"><summary>{_e(a.outlet)} and {_e(b.outlet)}: {len(al["passages"])} shared passages '
            f'({al["shared_a"]:.0%} / {al["shared_b"]:.0%})</summary>'
            '<p class="key small"><span class="verbatim">verbatim</span><span class="edited">edited</span><span class="reworded">reworded</span><span class="changed">changed words</span></p>'
            f'<div class="side"><div>{left}</div><div>{right}</div></div></details>')  # fmt: skip
