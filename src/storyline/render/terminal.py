"""The analysis on a terminal, with rich: readable at 80 columns."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.table import Table


def articles_table(rows: list[dict[str, Any]], title: str | None = None, dup_of: dict[str, int] | None = None) -> Table:
    table = Table(title=title, title_justify="left", expand=False)
    table.add_column("outlet", overflow="fold", max_width=22)
    table.add_column("date", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("words", justify="right")
    for r in rows:
        mark = f" [yellow](copy group {dup_of[r['id']]})[/]" if dup_of and r["id"] in dup_of else ""
        title_text = escape(r["title"]) if r["title"] else "[dim](untitled)[/]"
        table.add_row(escape(r["outlet"]), (r["published"] or "—")[:10], title_text + mark, str(r["words"]))
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
        console.print(articles_table(rows, dup_of=dup_of))
        n_dup = len(story.get("duplicates") or [])
        console.print("No duplicates among them." if not n_dup else f"[yellow]{n_dup} group(s) of copies[/]")
    rest = [s for s in stories if s not in shown]
    if rest:
        console.print(f"\n[dim]{len(rest)} single-article stories not shown[/]")
