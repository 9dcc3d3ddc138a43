"""The analysis on a terminal, with rich: readable at 80 columns."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text
from rich.tree import Tree

from ..stories.evidence import describe_evidence
from .labels import FLAGGED, sources_label


def articles_table(
    rows: list[dict[str, Any]], title: str | None = None, dup_of: dict[str, int] | None = None, show_ids: bool = False
) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    if show_ids:
        table.add_column("id", style="dim", no_wrap=True)
    table.add_column("outlet", overflow="fold", max_width=22)
    table.add_column("date", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("words", justify="right")
    if any(r.get("outlet_is_file_name") for r in rows):
        table.caption = "(file name): the outlet is only the file's name; give --outlet or a sidecar NAME.txt.json"
    for r in rows:
        mark = f" [yellow](copy group {dup_of[r['id']]})[/]" if dup_of and r["id"] in dup_of else ""
        title_text = escape(r["title"]) if r["title"] else "[dim](untitled)[/]"
        outlet = escape(r["outlet"]) + (" [dim](file name)[/]" if r.get("outlet_is_file_name") else "")
        cells = [outlet, (r["published"] or "—")[:10], title_text + mark, str(r["words"])]
        table.add_row(*([r["id"][:8]] if show_ids else []), *cells)
    return table


def print_analysis(result: dict[str, Any], console: Console) -> None:
    by_id = {a["id"]: a for a in result["articles"]}
    stories = result.get("stories") or []
    multi = [s for s in stories if len(s["articles"]) > 1]
    console.print(
        f"[bold]{len(result['articles'])} articles[/], [bold]{len(stories)} stories[/]"
        f" ({len(multi)} told by more than one article)"
    )
    shown = multi or stories
    for story in shown:
        dup_of = {aid: n for n, group in enumerate(story.get("duplicates") or [], 1) for aid in group}
        rows = [by_id[a] for a in story["articles"]]
        console.print()
        console.print(f"[bold]Story:[/] {escape(story['title'])} [dim]({story['id']})[/]")
        if story.get("evidence"):
            console.print(f"[dim]Together because they share:[/] {escape(describe_evidence(story['evidence']))}")
        briefing = story.get("briefing") or {}
        for item in briefing.get("summary", []):
            outlets = ", ".join(escape(by_id[o]["outlet"]) for o in item["outlets"])
            console.print(f"• {escape(item['text'])} [dim]({outlets})[/]")
        console.print(articles_table(rows, dup_of=dup_of))
        exclusive = briefing.get("exclusive") or []
        if exclusive:
            console.print("[bold]Only in one outlet[/]")
            for item in exclusive:
                console.print(f"  {escape(by_id[item['article']]['outlet'])}: {escape(_clip(item['text'], 160))}")
        n_dup = len(story.get("duplicates") or [])
        console.print("No duplicates among them." if not n_dup else f"[yellow]{n_dup} group(s) of copies[/]")
        tree = provenance_tree(story, by_id)
        if tree is not None:
            console.print(tree)
        for section in (people_section(story, by_id), statements_section(story, by_id), facts_section(story)):
            if section is not None:
                console.print(section)
    rest = [s for s in stories if s not in shown]
    if rest:
        console.print(f"\n[dim]{len(rest)} single-article stories not shown[/]")


KIND_STYLE = {"duplicate": "bold red", "rewrite": "bold magenta", "shared-source": "cyan", "independent": "green"}


def provenance_tree(story: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> Tree | None:
    """The story's articles as a tree: each derived article under the one it derives from."""
    relations = {r["article"]: r for r in story.get("relations") or []}
    if not relations:
        return None
    tree = Tree("[bold]Provenance[/]")

    def label(aid: str) -> str:
        a, r = by_id[aid], relations[aid]
        kind = r["kind"]
        text = f"{escape(a['outlet'])} [dim]{(a['published'] or '')[:10]}[/] [{KIND_STYLE[kind]}]{kind}[/]"
        if kind in ("duplicate", "rewrite"):
            text += f" ({r['shared']:.0%} shared"
            text += (
                f"; {escape(r['direction'])})"
                if r["direction"] and r["direction"] != "unknown"
                else "; direction unknown)"
            )
            if not r["derived_from"] and r["evidence"].get("with") in by_id:
                text += f" with {escape(by_id[r['evidence']['with']]['outlet'])}"
        elif kind == "shared-source":
            names = ", ".join(escape(by_id[x]["outlet"]) for x in r["evidence"].get("shares_with", []) if x in by_id)
            text += f" [dim]with {names}[/]" if names else ""
        return text

    children: dict[str | None, list[str]] = {}
    for aid in story["articles"]:
        parent = relations[aid]["derived_from"]
        children.setdefault(parent if parent in relations else None, []).append(aid)

    def add(node: Tree, aid: str, seen: set[str]) -> None:
        branch = node.add(label(aid))
        for child in children.get(aid, []):
            if child not in seen:
                seen.add(child)
                add(branch, child, seen)

    seen: set[str] = set(children.get(None, []))
    for aid in children.get(None, []):
        add(tree, aid, seen)
    return tree


PASSAGE_STYLE = {"verbatim": "on dark_green", "edited": "on grey23", "reworded": "on dark_blue"}


def _marked(text: str, spans: list[tuple[int, int, str]], changed: list[tuple[int, int]]) -> Text:
    out = Text(text)
    for start, end, kind in spans:
        out.stylize(PASSAGE_STYLE[kind], start, end)
    for start, end in changed:
        out.stylize("bold red underline", start, end)
    return out


def word_changes(a: str, b: str, offset_a: int, offset_b: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Character ranges of the words that differ between two aligned stretches, in each."""
    import difflib
    import re

    wa = [(m.start() + offset_a, m.end() + offset_a, m.group(0).lower()) for m in re.finditer(r"\S+", a)]
    wb = [(m.start() + offset_b, m.end() + offset_b, m.group(0).lower()) for m in re.finditer(r"\S+", b)]
    sm = difflib.SequenceMatcher(a=[w[2] for w in wa], b=[w[2] for w in wb], autojunk=False)
    ca: list[tuple[int, int]] = []
    cb: list[tuple[int, int]] = []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op != "equal":
            ca.extend((wa[i][0], wa[i][1]) for i in range(i1, i2))
            cb.extend((wb[j][0], wb[j][1]) for j in range(j1, j2))
    return ca, cb


def print_comparison(a: Any, b: Any, alignment: Any, console: Console) -> None:
    """Two articles side by side, shared passages shaded by kind, changed words in red."""
    spans_a, spans_b, ch_a, ch_b = [], [], [], []
    for p in alignment.passages:
        spans_a.append((p.a.start, p.a.end, p.kind))
        spans_b.append((p.b.start, p.b.end, p.kind))
        if p.kind != "verbatim":
            x, y = word_changes(a.span_text(p.a), b.span_text(p.b), p.a.start, p.b.start)
            ch_a += x
            ch_b += y
    console.print(
        f"[bold]{escape(a.outlet)}[/] vs [bold]{escape(b.outlet)}[/]: {len(alignment.passages)} shared passages; "
        f"{alignment.covered_a:.0%} of the first and {alignment.covered_b:.0%} of the second are shared "
        f"({alignment.verbatim_a:.0%} / {alignment.verbatim_b:.0%} word for word)"
    )
    console.print(Text.assemble("key: ", ("verbatim", PASSAGE_STYLE["verbatim"]), " ", ("edited", PASSAGE_STYLE["edited"]),
                                " ", ("reworded", PASSAGE_STYLE["reworded"]), " ", ("changed words", "bold red underline")))  # fmt: skip
    table = Table(show_lines=True, expand=True)
    table.add_column(escape(f"{a.outlet} — {a.display_title}"), ratio=1, overflow="fold")
    table.add_column(escape(f"{b.outlet} — {b.display_title}"), ratio=1, overflow="fold")
    table.add_row(_marked(a.text, spans_a, ch_a), _marked(b.text, spans_b, ch_b))
    console.print(table)
    if alignment.passages:
        rows = Table(title="Shared passages", title_justify="left")
        for col in ("#", "kind", "sim.", escape(a.outlet), escape(b.outlet)):
            rows.add_column(col, overflow="fold")
        for n, p in enumerate(alignment.passages, 1):
            rows.add_row(
                str(n), p.kind, f"{p.similarity:.2f}", Text(_clip(a.span_text(p.a))), Text(_clip(b.span_text(p.b)))
            )
        console.print(rows)


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def people_section(story: dict[str, Any], by_id: dict[str, dict[str, Any]], per_person: int = 4) -> Table | None:
    """Who is quoted in the story, and what they said (the first few quotes of each)."""
    people = story.get("people") or []
    if not people:
        return None
    quotes = story.get("quotes") or []
    table = Table(title="Who said what", title_justify="left", show_lines=True)
    table.add_column("speaker", overflow="fold", max_width=20)
    table.add_column("quotes (outlet)", overflow="fold")
    for person in people:
        lines = []
        for n in person["quotes"][:per_person]:
            q = quotes[n]
            lines.append(f"“{escape(_clip(q['text'], 110))}” [dim]({escape(by_id[q['article']]['outlet'])})[/]")
        more = len(person["quotes"]) - per_person
        if more > 0:
            lines.append(f"[dim]… and {more} more[/]")
        kind = "" if person["type"] == "person" else f" [dim]({person['type']})[/]"
        table.add_row(f"{escape(person['name'])}{kind}\n[dim]{len(person['quotes'])} quotes[/]", "\n".join(lines))
    return table


STATUS_STYLE = {"altered": "bold red", "misattributed": "bold red", "not-in-source": "bold red", "unique": "yellow", "verbatim": "green",
                "trimmed": "green", "extended": "cyan"}  # fmt: skip


def statements_section(story: dict[str, Any], by_id: dict[str, dict[str, Any]], limit: int = 12) -> Table | None:
    """Statements checked across outlets, flagged ones first, with the word-level changes."""
    statements = story.get("statements") or []
    if not statements:
        return None
    people = {p["id"]: p["name"] for p in story.get("people") or []}

    def rank(s: dict[str, Any]) -> tuple:
        statuses = {i["status"] for i in s["instances"]}
        return (not statuses & set(FLAGGED), -s["sources"], s["id"])

    statements = sorted(statements, key=rank)
    table = Table(title=f"Statements ({len(statements)}): altered or misattributed first, then the best corroborated",
                  title_justify="left", show_lines=True)  # fmt: skip
    table.add_column("who / what", overflow="fold", ratio=2)
    table.add_column("outlets", overflow="fold", ratio=3)
    for s in statements[:limit]:
        lines = []
        for i in s["instances"]:
            st = i["status"]
            line = f"{escape(by_id[i['article']]['outlet'])}: [{STATUS_STYLE.get(st, 'white')}]{st}[/]"
            for d in i.get("diff", []):  # every change, whole: the column wraps, it never cuts
                line += (
                    f"\n  [red]-{escape(d['original'])}[/] [green]+{escape(d['quoted'])}[/]"
                    if d["original"] and d["quoted"]
                    else (
                        f"\n  [red]-{escape(d['original'])}[/]"
                        if d["original"]
                        else f"\n  [green]+{escape(d['quoted'])}[/]"
                    )
                )
            if i.get("note"):
                line += f"\n  [dim]{escape(i['note'])}[/]"
            lines.append(line)
        who = escape(people.get(s["speaker"], "unknown speaker"))
        table.add_row(
            f"[bold]{who}[/]: “{escape(_clip(s['text'], 120))}”\n[dim]{sources_label(s)}[/]", "\n".join(lines)
        )
    if len(statements) > limit:
        table.caption = f"… and {len(statements) - limit} more statements (--format json lists all)"
    return table


def facts_section(story: dict[str, Any], limit: int = 10) -> Table | None:
    facts = [f for f in story.get("facts") or [] if f["status"] != "single-source" or f["kind"] in ("percent", "money")]
    if not facts:
        return None
    table = Table(title="Figures", title_justify="left")
    table.add_column("status")
    table.add_column("value")
    table.add_column("about", overflow="fold")
    table.add_column("sources", justify="right")
    for f in facts[:limit]:
        style = {"conflict": "bold red", "agreed": "green"}.get(f["status"], "yellow")
        value = f["value"] + (f" vs {', '.join(f['conflicts_with'])}" if f.get("conflicts_with") else "")
        table.add_row(
            f"[{style}]{f['status']}[/]", escape(value), escape(", ".join(f["measure"][:6])), str(f["sources"])
        )
    return table
