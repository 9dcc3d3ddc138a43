"""The analysis as Markdown: for a wiki, a pull request, a newsletter draft."""

from __future__ import annotations

from typing import Any, Mapping

from ..stories.evidence import describe_evidence
from .labels import FLAGGED, sources_label


def _cell(value: object) -> str:
    """Table cell text: pipes and newlines would break the table; angle brackets would become HTML."""
    return (
        str("" if value is None else value)
        .replace("|", "\\|")
        .replace("\n", " ")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
    )


def render_markdown(result: Mapping[str, Any]) -> str:
    by_id = {a["id"]: a for a in result["articles"]}
    lines = ["# Storyline report", "", f"{len(result['articles'])} articles, {len(result['stories'])} stories.", ""]
    for story in result["stories"]:
        lines += [f"## {_cell(story['title'])}", ""]
        if story.get("evidence"):
            lines += [f"*Together because they share:* {_cell(describe_evidence(story['evidence']))}", ""]
        for item in (story.get("briefing") or {}).get("summary", []):
            lines.append(f"- {_cell(item['text'])} ({_cell(', '.join(by_id[o]['outlet'] for o in item['outlets']))})")
        lines += ["", "| outlet | date | title | words | provenance |", "|---|---|---|---|---|"]
        rel = {r["article"]: r for r in story.get("relations") or []}
        for aid in story["articles"]:
            a = by_id[aid]
            r = rel.get(aid)
            prov = (
                ""
                if r is None
                else (f"{r['kind']} of {by_id[r['derived_from']]['outlet']}" if r["derived_from"] else r["kind"])
            )
            lines.append(
                f"| {_cell(a['outlet'])}{' (file name)' if a.get('outlet_is_file_name') else ''} | {_cell((a['published'] or '')[:10])} | {_cell(a['title'] or '(untitled)')} | {a['words']} | {_cell(prov)} |"
            )
        people = {p["id"]: p["name"] for p in story.get("people") or []}
        quotes = story.get("quotes") or []
        flagged = [s for s in story.get("statements") or [] if any(i["status"] in FLAGGED for i in s["instances"])]
        confirmed = [s for s in story.get("statements") or [] if s["sources"] >= 2]
        for title, group in (
            ("Altered, misattributed or not in their source", flagged),
            ("Statements confirmed by two or more sources", confirmed),
        ):
            if not group:
                continue
            lines += ["", f"### {title}", ""]
            for s in group:
                lines.append(
                    f"- **{_cell(people.get(s['speaker'], 'unknown speaker'))}**: “{_cell(s['text'])}” ({sources_label(s)})"
                )
                for i in s["instances"]:
                    changes = "; ".join(
                        f"~~{_cell(d['original'])}~~ → {_cell(d['quoted'])}" if d["original"] and d["quoted"]
                        else (f"cut ~~{_cell(d['original'])}~~" if d["original"] else f"added *{_cell(d['quoted'])}*")
                        for d in i.get("diff", [])
                    )  # fmt: skip
                    lines.append(
                        f"  - {_cell(by_id[i['article']]['outlet'])}: {i['status']}{' — ' + changes if changes else ''}"
                        f" — “{_cell(quotes[i['quote']]['text'] if i['quote'] < len(quotes) else '')}”"
                        + (f" ({_cell(i['note'])})" if i.get("note") else "")
                    )
        facts = [f for f in story.get("facts") or [] if f["status"] != "single-source"]
        if facts:
            lines += ["", "### Figures", "", "| status | value | about | sources |", "|---|---|---|---|"]
            for f in facts:
                value = f["value"] + (f" (vs {', '.join(f['conflicts_with'])})" if f.get("conflicts_with") else "")
                lines.append(
                    f"| {f['status']} | {_cell(value)} | {_cell(', '.join(f['measure'][:8]))} | {f['sources']} |"
                )
        lines.append("")
    return "\n".join(lines)
