"""The ``storyline`` command: a thin shell over the pipeline's functions."""

from __future__ import annotations

import dataclasses
import json
import os
import re
import sys
import tempfile
from collections import Counter
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__
from .model import ALERT_KINDS
from .store import Store

if TYPE_CHECKING:  # ingest is imported by the commands that read files: the others start sooner
    from .ingest import FieldMap, IngestReport, ReadOptions

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Storyline: who reported what, who copied whom, who misquoted whom.",
    rich_markup_mode=None,
)
out = Console(highlight=False, soft_wrap=False)
err = Console(stderr=True, highlight=False, soft_wrap=True)  # messages are never wrapped: they get grepped


class Format(str, Enum):
    text = "text"
    json = "json"


class ReportFormat(str, Enum):
    text = "text"
    json = "json"
    markdown = "markdown"
    html = "html"


DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file (created if missing).")]
OutletOption = Annotated[
    Optional[str], typer.Option("--outlet", help="Outlet of every article read (overrides what the input says).")
]
ConfigOption = Annotated[
    Optional[Path],
    typer.Option("--config", help="Settings file (TOML, a table per stage; docs/settings.md)."),
]
WebhookOption = Annotated[
    Optional[str], typer.Option("--webhook", help='POST new alerts here as JSON ({"alerts": [...]}).')
]


def _field_options(
    text_field: Optional[str],
    title_field: Optional[str],
    date_field: Optional[str],
    url_field: Optional[str],
    outlet_field: Optional[str],
) -> FieldMap:
    from .ingest import FieldMap

    return FieldMap.with_overrides(
        text=text_field, title=title_field, published=date_field, url=url_field, outlet=outlet_field
    )


def _run_ingest(paths: list[str], store: Store, opts: ReadOptions | None = None, force: bool = False, workers: int = 1,
                file_seconds: float | None = None, outlet: str | None = None) -> IngestReport:  # fmt: skip
    from .ingest import ReadOptions, expand, ingest

    opts = opts or ReadOptions(outlet=outlet)
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

        report = ingest(files, store, opts, force=force, on_problem=on_problem, on_progress=on_progress, workers=workers,
                        file_seconds=file_seconds)  # fmt: skip
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
    workers: Annotated[int, typer.Option(help="Processes cleaning articles (0: one per core).")] = 1,
    file_seconds: Annotated[
        float,
        typer.Option(
            help="Time limit per file or URL, in seconds: past it, what was read is kept and the next run goes on from there (0: none)."
        ),
    ] = 3600,
    config: ConfigOption = None,
) -> None:
    """Read articles (text, HTML, JSONL/JSON/CSV, WARC, RSS/Atom, URLs) into a store."""
    _settings(config)  # no thresholds here: the file is checked, as every command checks it
    from .ingest import ReadOptions

    opts = ReadOptions(
        outlet=outlet, fields=_field_options(text_field, title_field, date_field, url_field, outlet_field)
    )
    with Store(db) as store:
        report = _run_ingest(paths, store, opts, force, workers or os.cpu_count() or 1, file_seconds or None)
    if report.read == 0 and not report.files_unchanged:
        if not report.problems:
            err.print(f"[red]no articles read: no files found in {escape(', '.join(paths))}[/]")
        raise typer.Exit(1)


def _settings(path: Path | None) -> Any:
    """The settings of ``--config`` (defaults without it); a file that cannot be used stops the command (exit 2)."""
    from .settings import Settings, SettingsError

    try:
        return Settings.load(path)
    except SettingsError as problem:
        err.print(f"[red]{escape(str(problem))}[/]")
        raise typer.Exit(2) from None


def _existing(db: Path) -> None:
    """Stop with a clear message when the store to read does not exist (opening it would create it)."""
    if not db.exists():
        err.print(f"[red]{escape(str(db))}: no such store[/]")
        raise typer.Exit(1)


@app.command("search")
def search_cmd(
    query: Annotated[
        str, typer.Argument(help="Words to find (all of them): in articles, quotes, and speakers' names.")
    ],
    db: DbOption = Path("storyline.db"),
    limit: Annotated[int, typer.Option(help="Hits of each kind.")] = 10,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """Search the store: articles, quotes (who said 'backstop'?) and people; each hit with the place of its words."""
    _settings(config)  # no thresholds here: the file is checked, as every command checks it
    _existing(db)
    from .store.search import MARK_END, MARK_START, search

    progress = Progress(SpinnerColumn(), TextColumn("[bold]indexing for search[/]"), BarColumn(), MofNCompleteColumn(),
                        console=err, transient=True)  # fmt: skip
    with progress, Store(db) as store:
        task = progress.add_task("", total=None)
        results = search(
            store, query, max(1, limit), progress=lambda done, last: progress.update(task, completed=done, total=last)
        )
    if format is Format.json:
        doc = results.to_json()
        out.print_json(data=doc) if sys.stdout.isatty() else print(json.dumps(doc, ensure_ascii=False))
        return

    def marked(text: str) -> str:
        clean = "".join(c if c.isprintable() or c in (MARK_START, MARK_END) else " " for c in text)
        return escape(clean).replace(MARK_START, "[bold yellow]").replace(MARK_END, "[/]")

    if not (results.articles or results.quotes or results.people):
        err.print(f"nothing found for {escape(query)!r}")
    for title, hits in (("Articles", results.articles), ("Quotes", results.quotes)):
        if hits:
            out.print(f"[bold]{title}[/]")
        for h in hits:
            who = f"{escape(h.speaker)}: " if h.speaker else ""
            out.print(f"  {who}{marked(h.text)}")
            out.print(
                f"    [dim]{escape(h.outlet)} · {escape(h.title)} · article {escape(h.article)} characters {h.start}-{h.end}[/]"
            )
    if results.people:
        out.print("[bold]People[/]")
        for p in results.people:
            out.print(f"  {escape(p.name)} [dim]({p.quotes} quotes in {p.stories} stories)[/]")
    if results.articles_not_analysed:
        err.print(f"[dim]{results.articles_not_analysed} articles are in no analysed story yet: their quotes are not "
                  "searched (storyline serve analyses every story)[/]")  # fmt: skip


@app.command("articles")
def articles_cmd(
    db: DbOption = Path("storyline.db"),
    outlet: Annotated[Optional[str], typer.Option(help="Only this outlet.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """List the articles a store holds."""
    _settings(config)  # no thresholds here: the file is checked, as every command checks it
    _existing(db)
    with Store(db) as store:
        rows = [a.summary() for a in store.articles(outlet=outlet)]
    if format is Format.json:
        out.print_json(data=rows) if sys.stdout.isatty() else print(json.dumps(rows, ensure_ascii=False))
        return
    from .render.terminal import articles_table

    out.print(articles_table(rows, f"{len(rows)} articles", show_ids=True))


@app.command("analyze")
def analyze_cmd(
    paths: Annotated[
        Optional[list[str]], typer.Argument(help="Files, folders or URLs (none: every article of the --db store).")
    ] = None,
    db: Annotated[
        Optional[Path],
        typer.Option(
            "--db", help="Store to ingest into (default: a temporary one), or to analyse when no paths are given."
        ),
    ] = None,
    outlet: OutletOption = None,
    format: Annotated[ReportFormat, typer.Option("--format", "-f")] = ReportFormat.text,
    output: Annotated[
        Optional[Path], typer.Option("--output", "-o", help="Write here instead of standard output.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """Ingest, then run every stage and print the result (text, JSON, Markdown, or a one-file HTML report);
    with --db and no paths, the articles the store holds."""
    from .pipeline import analyze_articles

    settings = _settings(config)
    if not paths and (db is None or not db.exists()):
        err.print("[red]give files, folders or URLs to analyse, or --db with an existing store[/]" if db is None
                  else f"[red]{escape(str(db))}: no such store[/]")  # fmt: skip
        raise typer.Exit(2 if db is None else 1)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(db or Path(tmp) / "analyze.db") as store:
            if paths:
                report = _run_ingest(paths, store, outlet=outlet)
                articles = list(store.articles(report.article_ids))
            else:
                articles = list(store.articles(outlet=outlet))
            if not articles:
                err.print("[red]no articles could be read[/]")
                raise typer.Exit(1)
            analysis = analyze_articles(articles, settings=settings)
            if db:
                from .stories.placement import forget_index

                store.save_stories(analysis.stories)
                if paths or outlet:  # stories of these articles alone: the next placing rebuilds the store's
                    forget_index(store)
        result = analysis.to_json()
    if format is not ReportFormat.text:
        if format is ReportFormat.json:
            text = json.dumps(result, ensure_ascii=False, indent=2)
        elif format is ReportFormat.markdown:
            from .render.markdown import render_markdown

            text = render_markdown(result)
        else:
            from .render.html import render_html

            text = render_html(result, {a.id: a for a in articles})
        if output:
            output.write_text(text + "\n", "utf-8")
            err.print(f"wrote {escape(str(output))}")
        else:
            print(text)
        return
    console = Console(file=open(output, "w", encoding="utf-8"), width=100) if output else out
    from .render.terminal import print_analysis

    print_analysis(result, console)


def _jsonl_articles(path: Path, need: tuple[str, ...] = ("id", "text")) -> Any:
    """Records of a JSONL file with the keys ``need`` (``text`` a string); bad lines reported on standard
    error and skipped."""
    from .jsonl import iter_jsonl
    from .model import Problem

    if not path.exists():
        err.print(f"[red]{escape(str(path))}: no such file[/]")
        raise typer.Exit(1)
    for item in iter_jsonl(path):
        if isinstance(item, Problem):
            err.print(f"[red]{escape(str(item))}[/]")
            continue
        line, record = item
        if (
            not isinstance(record, dict)
            or any(k not in record for k in need)
            or ("text" in need and not isinstance(record["text"], str))
        ):
            err.print(
                f"[red]{escape(str(path))}:{line}: needs keys {', '.join(need)}{' (text a string)' * ('text' in need)}[/]"
            )
            continue
        yield record


def _counting_progress(label: str) -> Progress:
    return Progress(SpinnerColumn(), TextColumn(f"[bold]{label}[/]"), TextColumn("{task.completed} articles"),
                    TimeElapsedColumn(), console=err, transient=True)  # fmt: skip


@app.command("dedup")
def dedup_cmd(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Articles, one JSON object a line with id and text.")],
    threshold: Annotated[
        Optional[float],
        typer.Option(help="Jaccard of word 5-gram sets at which two texts are copies (default: the settings', 0.5)."),
    ] = None,
    pairs: Annotated[Optional[Path], typer.Option(help="Also write the verified pairs here (JSONL).")] = None,
    config: ConfigOption = None,
) -> None:
    """Exact and near-duplicate groups: one line per article, {"id", "group"}, on standard output."""
    from .stories import NearDuplicateIndex

    dedup = _settings(config).dedup
    index = NearDuplicateIndex(dataclasses.replace(dedup, threshold=threshold) if threshold is not None else dedup)
    ids: list[Any] = []
    batch: list[str] = []
    with _counting_progress("fingerprint") as progress:
        task = progress.add_task("", total=None)
        for record in _jsonl_articles(jsonl):
            ids.append(record["id"])
            batch.append(record["text"])
            if len(batch) >= index.config.batch_size:
                index.add(batch)
                batch = []
                progress.update(task, completed=len(ids))
        index.add(batch)
        progress.update(task, completed=len(ids), description="verify")
        result = index.duplicates()
    for i, group in enumerate(result.groups.tolist()):
        sys.stdout.write(json.dumps({"id": ids[i], "group": ids[group]}, ensure_ascii=False) + "\n")
    if pairs:
        with open(pairs, "w", encoding="utf-8") as f:
            for p in result.pairs:
                f.write(json.dumps({"a": ids[p.a], "b": ids[p.b], "estimated_jaccard": round(p.estimated, 4),
                                    "jaccard": round(p.jaccard, 4), "exact": p.exact_copy}) + "\n")  # fmt: skip
    err.print(f"{len(ids)} articles, {len(result.members())} duplicate groups, {len(result.pairs)} verified pairs"
              f" of {result.candidates} candidates")  # fmt: skip


@app.command("cluster")
def cluster_cmd(
    jsonl: Annotated[Path, typer.Option("--jsonl", help="Articles: id, text, optional title, date, source.")],
    config: ConfigOption = None,
) -> None:
    """Stories: one line per article, {"id", "story"}, on standard output."""
    settings = _settings(config)

    records = list(_jsonl_articles(jsonl))
    keys = [str(r["id"]) for r in records]
    if _repeated_ids(jsonl, keys):
        raise typer.Exit(1)
    with _counting_progress("cluster") as progress:
        progress.add_task("", total=len(records), completed=len(records))
        names = _cluster_records(records, settings)
    from .stories import story_id

    for r, name in zip(records, names):
        sys.stdout.write(json.dumps({"id": r["id"], "story": story_id(name)}, ensure_ascii=False) + "\n")
    err.print(f"{len(records)} articles, {len(set(names))} stories")


def _repeated_ids(path: Path, keys: list[str], style: str = "red") -> bool:
    """Name the ids that occur more than once (an article must be told from another by its id)."""
    repeated = [(k, n) for k, n in Counter(keys).most_common() if n > 1]
    if repeated:
        shown = ", ".join(f"{k!r} ({n} times)" for k, n in repeated[:10])
        more = f" and {len(repeated) - 10} more" if len(repeated) > 10 else ""
        err.print(f"[{style}]{escape(str(path))}: ids are not unique: {escape(shown)}{more}[/]")
    return bool(repeated)


def _cluster_records(records: list[dict], settings: Any) -> list[str]:
    """Story names of JSONL records (keys id, text; title and date or published when present); copies are
    grouped first and join their original's story, as in every other command."""
    from .dates import parse_date
    from .stories import cluster_stories, find_duplicates

    texts = [r["text"] for r in records]
    groups = find_duplicates(texts, settings.dedup).groups.tolist()
    return cluster_stories(texts, [r.get("title") for r in records],
                           [parse_date(r.get("date") or r.get("published")) for r in records],
                           settings.stories, keys=[str(r["id"]) for r in records], groups=groups)  # fmt: skip


@app.command("add")
def add_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, folders or URLs with new articles.")],
    db: DbOption = Path("storyline.db"),
    outlet: OutletOption = None,
    analyse: Annotated[
        bool,
        typer.Option(
            help="Analyse the stories the new articles join or open, and print the new alerts (--no-analyse: place only)."
        ),
    ] = True,
    webhook: WebhookOption = None,
    config: ConfigOption = None,
) -> None:
    """Ingest new articles, put them into the store's stories (or open new ones), analyse the stories
    they change and print the new alerts (an altered or misattributed quote, a copy or rewrite of
    another outlet's article, a conflicting figure, a new outlet in a story)."""
    from .pipeline import update_stories
    from .watch import bring_up_to_date, post_alerts

    settings = _settings(config)
    with Store(db) as store:
        report = _run_ingest(paths, store, outlet=outlet)
        bars, tick = _stage_bars()
        with bars:
            bars.add_task(
                "placing the articles" + (" and analysing the stories they change" if analyse else ""), total=None
            )
            if analyse:  # only the stories the new articles join or open
                placed, analysed, alerts = bring_up_to_date(store, stories=[], settings=settings, progress=tick)
            else:
                placed, analysed, alerts = update_stories(store, settings, progress=tick), 0, []
        err.print(f"{placed} articles placed; the store holds {len(store.stories())} stories"
                  + (f"; {analysed} stories analysed, {len(alerts)} new alerts" if analyse else ""))  # fmt: skip
        _print_alerts(alerts)
        post_alerts(webhook, alerts, lambda line: err.print(f"[red]{escape(line)}[/]"))
    if report.read == 0 and report.problems:
        raise typer.Exit(1)


def _stage_bars() -> tuple[Progress, Callable[[str, int, int], None]]:
    """Progress bars on standard error, one per stage, and the ``tick(stage, done, total)`` that drives them."""
    bars = Progress(SpinnerColumn(), TextColumn("[bold]{task.description}[/]"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=err, transient=True)  # fmt: skip
    tasks: dict[str, Any] = {}

    def tick(stage: str, done: int, total: int) -> None:
        if stage not in tasks:
            tasks[stage] = bars.add_task(stage, total=total)
        bars.update(tasks[stage], completed=done, total=total)

    return bars, tick


def _print_alerts(alerts: list[dict]) -> None:
    """New alerts, one line each (the words escaped: article text is hostile input)."""
    for a in alerts:
        out.print(f"[bold]{escape(a['kind'])}[/] {escape(a['summary'])} [dim](article {escape(a['article'])})[/]")


def _seconds(text: str) -> float:
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", text)
    if not m:
        raise typer.BadParameter(f"{text!r}: a duration like 30s, 10m, 1h")
    return float(m.group(1)) * {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


@app.command("watch")
def watch_cmd(
    sources: Annotated[
        Path, typer.Argument(help="A file of sources, one a line: feed or page URLs, folders (a drop-box), files.")
    ],
    db: DbOption = Path("storyline.db"),
    every: Annotated[str, typer.Option(help="Time between two polls of every source: 30s, 10m, 1h.")] = "10m",
    once: Annotated[bool, typer.Option(help="Poll once and stop (for cron).")] = False,
    delay: Annotated[float, typer.Option(help="Seconds between two requests to the same host.")] = 1.0,
    webhook: WebhookOption = None,
    config: ConfigOption = None,
) -> None:
    """Follow the news: poll feeds and pages politely (conditional GET, a pause per host, back-off on errors,
    robots.txt), read new files dropped in folders, place new articles, analyse the stories they change and
    print the new alerts.  Ctrl-C or SIGTERM stops it; a restart goes on where it stopped."""
    from .watch import read_sources, watch

    settings = _settings(config)
    if not sources.is_file():
        err.print(f"[red]{escape(str(sources))}: no such file of sources[/]")
        raise typer.Exit(1)
    period = _seconds(every)
    listed, problems = read_sources(sources)
    for p in problems:
        err.print(f"[red]{escape(str(p))}[/]")
    if not listed:
        err.print(f"[red]{escape(str(sources))}: no sources to watch[/]")
        raise typer.Exit(1)
    err.print(
        f"watching {len(listed)} sources every {every} (Ctrl-C stops)"
        if not once
        else f"polling {len(listed)} sources once"
    )
    watch(db, listed, period, once=once, webhook=webhook, delay=delay, say=lambda line: err.print(escape(line)),
          show=_print_alerts, settings=settings)  # fmt: skip
    err.print("stopped")


@app.command("alerts")
def alerts_cmd(
    db: DbOption = Path("storyline.db"),
    since: Annotated[int, typer.Option(help="Only alerts after this number (each alert's seq).")] = 0,
    kind: Annotated[Optional[list[str]], typer.Option(help=f"Only these kinds ({', '.join(ALERT_KINDS)}).")] = None,
    limit: Annotated[int, typer.Option(help="At most this many, newest first.")] = 100,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """The alerts kept in a store, newest first (found by `add` and by `serve` as articles arrive)."""
    _settings(config)  # no thresholds here: the file is checked, as every command checks it
    _existing(db)
    with Store(db) as store:
        rows = store.alerts(since, limit, kind)
    if format is Format.json:
        print(json.dumps(rows, ensure_ascii=False))
        return
    for a in rows:
        out.print(f"[dim]{a['seq']} {escape(a['found_at'])}[/] [bold]{escape(a['kind'])}[/] {escape(a['summary'])}")
    if not rows:
        err.print("no alerts")


@app.command("quotes")
def quotes_cmd(
    jsonl: Annotated[
        Optional[Path], typer.Option("--jsonl", help="Articles, one JSON object a line with id and text.")
    ] = None,
    rules: Annotated[
        bool, typer.Option("--rules", help="List the attribution rules, in the order they are tried.")
    ] = False,
    workers: Annotated[
        int, typer.Option(help="Processes (1: this one; the output is the same in the same order).")
    ] = 1,
    config: ConfigOption = None,
) -> None:
    """Quotations and their speakers: one line per article, {"id", "quotes": [...]}, on standard output."""
    from .quotes import RULES

    settings = _settings(config)
    if rules:
        table = Table("rule", "what it reads", "speaker in the quote's sentence")
        for r in RULES:
            if r.name not in settings.quotes.rules_off:
                table.add_row(r.name, r.example, "yes" if r.same_sentence else "no")
        out.print(table)
        return
    if jsonl is None:
        err.print("[red]give --jsonl FILE (articles to read) or --rules[/]")
        raise typer.Exit(2)

    n = 0
    with _counting_progress("quotes") as progress:
        task = progress.add_task("", total=None)
        for lines in _quote_lines(_jsonl_articles(jsonl), workers, settings.quotes):
            sys.stdout.write(lines)
            n += lines.count("\n")
            progress.update(task, completed=n)
    err.print(f"{n} articles")


def _quotes_of(records: list[tuple[Any, str]], config: Any = None) -> str:
    """Output lines of a chunk of (id, text) records: a pure function, so a worker process can run it."""
    from .quotes import quotes_json

    return "".join(
        json.dumps({"id": i, "quotes": quotes_json(t, config)}, ensure_ascii=False) + "\n" for i, t in records
    )


def _quote_lines(records: Any, workers: int, config: Any = None, chunk: int = 50) -> Any:
    """Chunks of output lines, in input order; on ``workers`` forked processes (the quote rules already
    compiled in this one, so a worker starts at once) with at most two chunks a worker in flight."""
    from .batching import batched

    chunks = batched(((r["id"], r["text"]) for r in records), chunk)
    if workers <= 1:
        yield from (_quotes_of(part, config) for part in chunks)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from .batching import die_with_parent
    from .quotes.people import first_name_gender

    first_name_gender("anna")  # the first-name list read once, here, for every worker forked after
    with ProcessPoolExecutor(workers, mp_context=get_context("fork"), initializer=die_with_parent) as pool:
        pending: deque = deque()
        for part in chunks:
            pending.append(pool.submit(_quotes_of, part, config))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


eval_app = typer.Typer(help="Score Storyline against labelled data.", no_args_is_help=True, rich_markup_mode=None)
app.add_typer(eval_app, name="eval")


@eval_app.command("stories")
def eval_stories_cmd(
    file: Annotated[Path, typer.Argument(help="Labelled articles (JSONL with a `cluster` key).")],
    predictions: Annotated[
        Optional[Path], typer.Option(help="Output of `storyline cluster` to score; default: cluster FILE now.")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """B-cubed and pairwise precision / recall / F1 of story clustering against the `cluster` key."""
    from .evaluate.clustering import score_clusters

    settings = _settings(config)
    records = list(_jsonl_articles(file, ("id", "text", "cluster")))
    keys = [str(r["id"]) for r in records]
    if _repeated_ids(file, keys, "red" if predictions else "yellow") and predictions:
        raise typer.Exit(1)  # predictions are matched by id
    if predictions:
        pred_of = {str(r["id"]): r["story"] for r in _jsonl_articles(predictions, ("id", "story"))}
        missing = [k for k in keys if k not in pred_of]
        if missing:
            err.print(
                f"[red]{escape(str(predictions))}: no prediction for {len(missing)} articles (e.g. {escape(missing[0])})[/]"
            )
            raise typer.Exit(1)
        pred = [pred_of[k] for k in keys]
    else:  # scored by position: repeated ids do not matter here
        pred = _cluster_records([{**r, "id": f"{n:09d}"} for n, r in enumerate(records)], settings)
    score = score_clusters(pred, [r["cluster"] for r in records])
    if format is Format.json:
        print(json.dumps(score, indent=2))
        return
    out.print(f"{escape(file.name)}: {score['items']} articles, {score['clusters']} stories predicted, "
              f"{score['gold_clusters']} in the labels")  # fmt: skip
    out.print(_score_table([("B-cubed", score["bcubed"]), ("pairwise", score["pairwise"])]))


@eval_app.command("quotes")
def eval_quotes_cmd(
    file: Annotated[
        Path, typer.Argument(help="Labelled articles in the format of ../shared/eval/quotes (article, text, quotes).")
    ],
    predictions: Annotated[
        Optional[Path], typer.Option(help="Output of `storyline quotes` to score; default: extract now.")
    ] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """Quote precision/recall, speaker accuracy and joint scores (GenderGapTracker's protocol)."""
    from .evaluate.quotes import score
    from .quotes import quotes_json

    settings = _settings(config)
    gold = list(_jsonl_articles(file, ("text", "quotes")))
    if predictions:
        pred_of = {str(r["id"]): r.get("quotes") or [] for r in _jsonl_articles(predictions, ("id",))}
        preds = [pred_of.get(str(g.get("article", g.get("id"))), []) for g in gold]
    else:
        preds = [quotes_json(g["text"], settings.quotes) for g in gold]
    result = score(zip(preds, [g["quotes"] for g in gold]))
    if format is Format.json:
        print(json.dumps(result, indent=2))
        return
    out.print(f"{escape(file.name)}: {result['articles']} articles, {result['gold_quotes']} gold quotes "
              f"({result['gold_direct']} direct), {result['predicted']} predicted")  # fmt: skip
    out.print(_score_table([(name, result[key]) for name, key in (
        ("quotes", "quote"), ("direct quotes", "quote_direct"), ("joint (quote + speaker)", "joint"), ("joint, direct", "joint_direct"))]))  # fmt: skip
    out.print(
        f"speaker accuracy on matched quotes: {result['speaker_accuracy']:.3f} (direct {result['speaker_accuracy_direct']:.3f})"
    )


def _score_table(rows: list[tuple[str, dict[str, float]]]) -> Table:
    """Precision, recall and F1 of each named score, three decimals."""
    table = Table()
    for col in ("", "precision", "recall", "F1"):
        table.add_column(col, justify="right" if col else "left")
    for name, m in rows:
        table.add_row(name, f"{m['precision']:.3f}", f"{m['recall']:.3f}", f"{m['f1']:.3f}")
    return table


@app.command("compare")
def compare_cmd(
    first: Annotated[str, typer.Argument(help="An article: a file or URL, or an id (prefix) in --db.")],
    second: Annotated[str, typer.Argument(help="The other article.")],
    db: Annotated[Optional[Path], typer.Option("--db", help="Store holding the articles named by id.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.text,
    config: ConfigOption = None,
) -> None:
    """Two articles side by side, their shared passages marked and the changed words highlighted."""
    from .reuse import align
    from .render.terminal import print_comparison

    settings = _settings(config)
    with tempfile.TemporaryDirectory() as tmp:
        with Store(db if db else Path(tmp) / "compare.db") as store:
            a, b = (_one_article(x, store, db is not None) for x in (first, second))
    alignment = align(a, b, config=settings.reuse)
    if format is Format.json:
        print(json.dumps(alignment.to_json(), ensure_ascii=False, indent=2))
        return
    print_comparison(a, b, alignment, out)


def _one_article(name: str, store: Store, by_id: bool) -> Any:
    """An article by id (prefix) from the store, or read from a file or URL."""
    if by_id:
        rows = store.db.execute(
            "SELECT id FROM articles WHERE id LIKE ? LIMIT 2", (name.replace("%", "") + "%",)
        ).fetchall()
        if len(rows) == 1:
            return store.get(rows[0][0])
        if len(rows) > 1:
            err.print(f"[red]{escape(name)}: more than one article has this id prefix[/]")
            raise typer.Exit(1)
    from .ingest import ReadOptions, ingest

    report = ingest([name], store, ReadOptions())
    for p in report.problems:
        err.print(f"[red]{escape(str(p))}[/]")
    if not report.article_ids:
        err.print(f"[red]{escape(name)}: no article[/]")
        raise typer.Exit(1)
    return store.get(report.article_ids[0])


@app.command("serve")
def serve_cmd(
    db: DbOption = Path("storyline.db"),
    host: Annotated[str, typer.Option(help="Address to bind (loopback by default: the app is for you).")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    allow_host: Annotated[
        Optional[list[str]],
        typer.Option(help="Another name the app may be reached by (the Host header); loopback names always."),
    ] = None,
    keep_ready: Annotated[
        bool,
        typer.Option(
            help="Beside the server, place new articles and analyse every story ahead of the reader (--no-keep-ready: each story on its first view)."
        ),
    ] = True,
    webhook: WebhookOption = None,
    config: ConfigOption = None,
) -> None:
    """A local web app over a store: stories, articles, comparisons, people, and a JSON API."""
    try:
        import uvicorn

        from .web import create_app
    except ImportError:
        err.print("[red]the web app needs its extra: python -m pip install " + escape("'.[web]'") + "[/]")
        raise typer.Exit(1) from None
    settings = _settings(config)
    _existing(db)
    Store(db).close()  # a store of an older schema is brought up to date before the two processes open it
    from multiprocessing import get_context

    from .watch import keep_ready as keep
    from .web import LOOPBACK

    if keep_ready:  # new articles placed, stories analysed and rendered ahead of the reader, in a process of its own
        get_context("spawn").Process(
            target=keep,
            args=(str(db),),
            kwargs={"webhook": webhook, "settings": settings},
            daemon=True,
            name="storyline-keep",
        ).start()
    err.print(f"Storyline on http://{host}:{port}/")
    hosts = [*LOOPBACK, *(allow_host or []), *([host] if host not in ("0.0.0.0", "::") else [])]
    uvicorn.run(create_app(db, hosts, settings), host=host, port=port, log_level="warning")


class TableFormat(str, Enum):
    jsonl = "jsonl"
    parquet = "parquet"


def _print_run(report: Any, out_dir: Path) -> None:
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in report.seconds.items())
    err.print(
        f"{report.articles} articles, {report.stories} stories, {report.duplicate_groups} duplicate groups ({stages})"
    )
    table = Table("table", "rows", "path", box=None)
    for name, n in report.rows.items():
        table.add_row(name, str(n), escape(str(out_dir / name)))
    out.print(table)


@app.command("run")
def run_cmd(
    paths: Annotated[
        Optional[list[str]], typer.Argument(help="Files, folders or URLs to ingest first (optional).")
    ] = None,
    db: DbOption = Path("storyline.db"),
    out_dir: Annotated[Path, typer.Option("--out", "-o", help="Folder for the tables (one sub-folder each).")] = Path(
        "storyline-out"
    ),
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.jsonl,
    workers: Annotated[int, typer.Option(help="Processes (default: one per core).")] = 0,
    analysis: Annotated[
        bool,
        typer.Option(
            help="Analyse each story (relations, quotes, statements); --no-analysis: stories and duplicates only."
        ),
    ] = True,
    report_file: Annotated[
        Optional[Path], typer.Option("--report", help="Write the run's figures (seconds per stage, rows) here as JSON.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """The whole corpus on this machine: stories, duplicate groups, relations, quotes and statements as tables."""
    from .corpus import RunReport, run_local

    settings = _settings(config)
    with Store(db) as store:
        if paths:
            _run_ingest(paths, store, workers=workers or os.cpu_count() or 1)
        if len(store) == 0:
            err.print(f"[red]{escape(str(db))}: no articles (give files to ingest)[/]")
            raise typer.Exit(1)
    progress, tick = _stage_bars()

    def save(report: RunReport) -> None:  # after every stage: a long run's figures survive an interruption
        if report_file:
            report_file.write_text(json.dumps(dataclasses.asdict(report), indent=2))

    with progress:
        report = run_local(
            db,
            out_dir,
            format.value,
            workers or None,
            progress=tick,
            analysis=analysis,
            on_stage=save,
            settings=settings,
        )
    _print_run(report, out_dir)
    save(report)


@app.command("spark-run")
def spark_run_cmd(
    input: Annotated[
        str, typer.Argument(help="JSONL or Parquet articles: a path Spark can read (file, folder, hdfs://, s3a://).")
    ],
    out_dir: Annotated[
        str, typer.Option("--out", "-o", help="Folder for the tables (one sub-folder each).")
    ] = "storyline-out",
    format: Annotated[TableFormat, typer.Option("--format", "-f")] = TableFormat.parquet,
    master: Annotated[
        str, typer.Option(help="Spark master: local[N] (N cores of this machine), spark://HOST:PORT, yarn, ...")
    ] = "local[*]",
    partitions: Annotated[int, typer.Option(help="Shuffle partitions (default: Spark's).")] = 0,
    report_file: Annotated[
        Optional[Path], typer.Option("--report", help="Write the run's figures (seconds per stage, rows) here as JSON.")
    ] = None,
    config: ConfigOption = None,
) -> None:
    """The same corpus run on Apache Spark (needs the extra: pip install 'storyline[spark]' and Java 17+)."""
    try:
        from .spark import run_spark, session
    except ImportError:
        err.print(
            "[red]the Spark job needs its extra: python -m pip install "
            + escape("'storyline[spark]'")
            + " (and Java 17+)[/]"
        )
        raise typer.Exit(1) from None
    settings = _settings(config)
    spark = session(master, partitions or None)
    try:
        report = run_spark(spark, input, out_dir, format.value, settings)
    finally:
        spark.stop()
    _print_run(report, Path(out_dir))
    if report_file:
        report_file.write_text(json.dumps(dataclasses.asdict(report), indent=2))


@app.command("version")
def version_cmd() -> None:
    """Print the version."""
    print(__version__)
