"""The ``storyline`` command: a thin shell over the pipeline's functions."""

from __future__ import annotations

import json
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .ingest import FieldMap, IngestReport, ReadOptions, expand, ingest
from .store import Store

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Storyline: who reported what, who copied whom, who misquoted whom.",
    rich_markup_mode=None,
)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False)


class Format(str, Enum):
    text = "text"
    json = "json"


DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file (created if missing).")]
OutletOption = Annotated[Optional[str], typer.Option("--outlet", help="Outlet of every article read (overrides what the input says).")]


def _field_options(
    text_field: Optional[str], title_field: Optional[str], date_field: Optional[str], url_field: Optional[str], outlet_field: Optional[str]
) -> FieldMap:
    return FieldMap.with_overrides(text=text_field, title=title_field, published=date_field, url=url_field, outlet=outlet_field)


def _run_ingest(paths: list[str], store: Store, opts: ReadOptions, force: bool = False) -> IngestReport:
    files = list(expand(paths))
    progress = Progress(
        SpinnerColumn(), TextColumn("[bold]ingest[/] {task.description}"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[articles]} articles"), TimeElapsedColumn(), console=err, transient=True,
    )  # fmt: skip
    with progress:
        task = progress.add_task("", total=len(files), articles=0)
        done: set[str] = set()

        def on_progress(source: str, articles: int) -> None:
            done.add(source)
            progress.update(task, completed=len(done), description=escape(Path(source).name[:40]), articles=articles)

        def on_problem(p: Any) -> None:
            style = "red" if p.skipped else "yellow"
            progress.console.print(f"[{style}]{escape(str(p))}[/]")

        report = ingest(files, store, opts, force=force, on_problem=on_problem, on_progress=on_progress)
    summary = f"{report.stored} stored, {report.already} already in the store, {report.skipped} skipped"
    if report.files_unchanged:
        summary += f", {report.files_unchanged} unchanged files not read again"
    reasons = report.reasons()
    if reasons:
        summary += " (" + ", ".join(f"{n} {escape(r)}" for r, n in reasons.most_common()) + ")"
    err.print(summary)
    return report


@app.command("ingest")
def ingest_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or URLs.")],
    db: DbOption = Path("storyline.db"),
    outlet: OutletOption = None,
    text_field: Annotated[Optional[str], typer.Option(help="Record key holding the article text.")] = None,
    title_field: Annotated[Optional[str], typer.Option(help="Record key holding the title.")] = None,
    date_field: Annotated[Optional[str], typer.Option(help="Record key holding the publication date.")] = None,
    url_field: Annotated[Optional[str], typer.Option(help="Record key holding the URL.")] = None,
    outlet_field: Annotated[Optional[str], typer.Option(help="Record key holding the outlet.")] = None,
    force: Annotated[bool, typer.Option(help="Read files again even if they were read to the end before.")] = False,
) -> None:
    """Read articles (text, HTML, JSONL/JSON/CSV, WARC, RSS/Atom, URLs) into a store."""
    opts = ReadOptions(outlet=outlet, fields=_field_options(text_field, title_field, date_field, url_field, outlet_field))
    with Store(db) as store:
        report = _run_ingest(paths, store, opts, force)
    if report.read == 0 and report.problems:
        raise typer.Exit(1)


@app.command("articles")
def articles_cmd(
    db: DbOption = Path("storyline.db"),
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
) -> None:
    """List the articles a store holds."""
    if not db.exists():
        err.print(f"[red]{escape(str(db))}: no such store[/]")
        raise typer.Exit(1)
    with Store(db) as store:
        rows = [a.summary() for a in store.articles(outlet=outlet)]
    if format is Format.json:
        out.print_json(data=rows) if sys.stdout.isatty() else print(json.dumps(rows, ensure_ascii=False))
        return
    out.print(_articles_table(rows))


def _articles_table(rows: list[dict[str, Any]]) -> Table:
    table = Table(title=f"{len(rows)} articles", title_justify="left", expand=False)
    table.add_column("id", style="dim", no_wrap=True)
    table.add_column("outlet", overflow="fold")
    table.add_column("date", no_wrap=True)
    table.add_column("title", overflow="fold")
    table.add_column("words", justify="right")
    for r in rows:
        table.add_row(
            r["id"][:8], escape(r["outlet"]), (r["published"] or "")[:10], escape(r["title"] or "(untitled)"), str(r["words"])
        )
    return table


@app.command("analyze")
def analyze_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or URLs.")],
    db: Annotated[Optional[Path], typer.Option("--db", help="Store to ingest into (default: a temporary one).")] = None,
    outlet: OutletOption = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")] = None,
) -> None:
    """Ingest, then run every stage and print the result."""
    from .pipeline import analyze_articles

    with tempfile.TemporaryDirectory() as tmp:
        with Store(db or Path(tmp) / "analyze.db") as store:
            report = _run_ingest(paths, store, ReadOptions(outlet=outlet))
            articles = list(store.articles(report.article_ids))
        if not articles:
            err.print("[red]no articles could be read[/]")
            raise typer.Exit(1)
        result = analyze_articles(articles)
    if format is Format.json:
        text = json.dumps(result, ensure_ascii=False, indent=2)
        if output:
            output.write_text(text + "\n", "utf-8")
        else:
            print(text)
        return
    console = Console(file=open(output, "w", encoding="utf-8"), width=100) if output else out
    from .render.terminal import print_analysis

    print_analysis(result, console)


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    print(__version__)


def main() -> None:  # pragma: no cover
    app()
