"""The analysis on a terminal, with rich: readable at 80 columns."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def articles_table(rows: list[dict[str, Any]], title: str | None = None) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("outlet", overflow="fold", max_width=24)
    table.add_column("date", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("words", justify="right")
    for r in rows:
        table.add_row(escape(r["outlet"]), (r["published"] or "—")[:10], escape(r["title"] or "(untitled)"), str(r["words"]))
    return table


def print_analysis(result: dict[str, Any], console: Console) -> None:
    by_id = {a["id"]: a for a in result["articles"]}
    console.print(articles_table(result["articles"], f"{len(result['articles'])} articles"))
    stories = result.get("stories") or []
    multi = [s for s in stories if len(s["articles"]) > 1]
    console.print(f"\n[bold]{len(stories)} stories[/] ({len(multi)} told by more than one article)")
    for story in sorted(stories, key=lambda s: -len(s["articles"])):
        if len(story["articles"]) < 2 and multi:
            continue
        console.print(f"\n[bold]Story[/] {escape(story['title'])}  [dim]{story['id']}[/]")
        for aid in story["articles"]:
            a = by_id[aid]
            console.print(f"  • {escape(a['outlet'])}  [dim]{(a['published'] or '')[:10]}[/]  {escape(a['title'] or '')}")
        for group in story.get("duplicates") or []:
            names = ", ".join(escape(by_id[i]["outlet"]) for i in group)
            console.print(f"  [yellow]duplicates:[/] {names}")
