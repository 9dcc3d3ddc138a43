"""Keeping a store's findings current as articles arrive: the step under ``storyline serve`` (beside
the server) and ``storyline add``.

Articles without a story are placed; each story whose kept analysis is missing or stale (other
articles, other code: :func:`analysis_key`) is analysed again, its page rendered, its quotes indexed
for search, and its alerts (:mod:`storyline.briefing.alerts`) kept — an alert found before is kept
once.  New alerts can be sent to a webhook as JSON.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
import urllib.error
import urllib.request
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .store import Store, StoredStory

from .settings import Settings

__all__ = ["analysis_key", "analyse_story", "bring_up_to_date", "keep_ready", "post_alerts"]


@lru_cache(maxsize=1)
def _code_version() -> str:
    """The analysing code as it is on disk (its files' names, sizes and times): an edited checkout, not
    only a new release, makes the analyses kept in a store stale."""
    from . import __version__

    package = Path(__file__).resolve().parent
    files = sorted((str(f.relative_to(package)), f.stat().st_size, f.stat().st_mtime_ns) for f in package.rglob("*.py"))
    return hashlib.sha1(repr((__version__, files)).encode()).hexdigest()


_DEFAULT = Settings()


def analysis_key(article_ids: Sequence[str], settings: Settings | None = None) -> str:
    """What a story's analysis depends on: its articles, the settings and the code that analysed them."""
    made_with = (settings or _DEFAULT).fingerprint
    return hashlib.sha1(("\n".join(sorted(article_ids)) + "\n" + _code_version() + made_with).encode()).hexdigest()


def analyse_story(
    store: Store, row: StoredStory, settings: Settings | None = None
) -> tuple[dict[str, Any], str, list[dict]]:
    """A stored story as it is, analysed and rendered, kept in the store with its key, its quotes
    indexed; returns the analysis, the page and the alerts not seen before."""
    from .briefing.alerts import alerts_of
    from .pipeline import analyze_articles, one_story  # loaded when first needed: the server starts without it
    from .render.pages import people_of, story_page
    from .store.search import quote_rows

    articles = list(store.articles(row.articles))
    doc = analyze_articles(articles, [one_story(articles, settings)], settings).to_json()
    page = story_page(doc, row, {a.id: a for a in articles})
    story = {**doc["stories"][0], "id": row.id, "title": row.title}
    store.save_analysis(row.id, analysis_key(row.articles, settings), doc, page, people_of(story), quote_rows(story))
    new = store.add_alerts(alerts_of(story, {a["id"]: a for a in doc["articles"]}))
    return doc, page, new


def bring_up_to_date(store: Store, stories: Iterable[str] | None = None, report: Callable[[str], None] | None = None,
                     settings: "Settings | None" = None, progress: Callable[[str, int, int], None] | None = None,
                     ) -> tuple[int, int, list[dict]]:  # fmt: skip
    """Place the articles without a story, then analyse the stories whose kept analysis is stale (only
    ``stories``, when given, and those the placing changed), the largest first.  Returns
    (articles placed, stories analysed, new alerts).  One story that fails is reported and skipped."""
    from .stories.placement import place_articles

    say = report or (lambda line: None)
    t0 = time.monotonic()
    settings = settings or Settings()
    placing = place_articles(store, settings.stories, settings.dedup, progress=progress)
    placed = placing.placed
    if placed:
        say(f"{placed} articles placed in stories ({time.monotonic() - t0:.1f} s)")
    wanted = None if stories is None else set(stories)
    if wanted is not None:  # and the stories the placing changed
        wanted |= set(placing.stories)
    if wanted is not None and not wanted:
        return placed, 0, []
    t0, done, alerts = time.monotonic(), 0, []
    kept = store.page_keys()
    todo = [
        r
        for r in store.stories()
        if (wanted is None or r.id in wanted) and kept.get(r.id) != analysis_key(r.articles, settings)
    ]
    for n, row in enumerate(todo, 1):
        try:
            alerts += analyse_story(store, row, settings)[2]
            done += 1
        except Exception as err:  # noqa: BLE001 — one story must not stop the others
            say(f"story {row.id}: not analysed: {type(err).__name__}: {err}")
        if progress:
            progress("analysing the stories", n, len(todo))
    if done:
        say(f"{done} stories analysed ({time.monotonic() - t0:.1f} s), {len(alerts)} new alerts")
    return placed, done, alerts


def post_alerts(
    url: str | None, alerts: list[dict], say: Callable[[str], None] | None = None, timeout: float = 10.0
) -> str | None:
    """POST new alerts to a webhook (none when ``url`` is None) as one JSON document ``{"alerts": [...]}``;
    returns why it failed (also told to ``say``), or None.  The alerts stay in the store either way."""
    if not url or not alerts:
        return None
    body = json.dumps({"alerts": alerts}, ensure_ascii=False).encode("utf-8")
    req = urllib.request.Request(
        url, body, {"Content-Type": "application/json", "User-Agent": "storyline"}, method="POST"
    )
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            failed = None if 200 <= r.status < 300 else f"HTTP {r.status}"
    except (urllib.error.URLError, OSError, ValueError) as err:
        failed = f"{type(err).__name__}: {getattr(err, 'reason', err)}"
    if failed and say:
        say(f"webhook {url}: {len(alerts)} alerts not delivered: {failed}")
    return failed


def keep_ready(
    db: str, every: float = 5.0, once: bool = False, webhook: str | None = None, settings: "Settings | None" = None
) -> None:
    """Keep a store ready for the web app (run in a process of its own beside the server): bring it up
    to date, then look again every ``every`` seconds for articles another command stored meanwhile."""
    from .batching import die_with_parent

    def say(line: str) -> None:
        print(line, file=sys.stderr, flush=True)

    die_with_parent()
    seen: object = None
    while True:
        with Store(db) as store:
            changed = (store.changed_at(), len(store))
            if changed != seen:
                seen = changed
                post_alerts(webhook, bring_up_to_date(store, report=say, settings=settings)[2], say)
        if once:
            return
        time.sleep(every)


# -- watching sources: feeds and pages polled politely, folders read as a drop-box


def read_sources(path: Path) -> tuple[list[str], list[Any]]:
    """The sources listed in a file, one a line (feed or page URLs, folders, files; ``#`` comments);
    lines that are none of these come back as problems naming the line."""
    from .model import Problem

    sources, problems = [], []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith(("http://", "https://")) or Path(line).exists():
            sources.append(line)
        else:
            problems.append(Problem(str(path), f"not a URL, folder or file: {line[:80]!r}", n))
    return sources, problems


class Robots:
    """robots.txt of each host, read once per watch (RFC 9309: a 4xx allows everything; a server error
    or no answer allows nothing until it answers)."""

    def __init__(self, fetcher: Any):
        self.fetcher, self.rules = fetcher, {}

    def allowed(self, url: str) -> bool:
        from urllib.parse import urlparse
        from urllib.robotparser import RobotFileParser

        from .ingest.fetch import USER_AGENT

        parts = urlparse(url)
        host = f"{parts.scheme}://{parts.netloc}"
        if host not in self.rules:
            parser = RobotFileParser()
            try:
                got = self.fetcher.fetch(host + "/robots.txt")
                parser.parse(got.body.decode("utf-8", "replace").splitlines())
            except ValueError as err:
                if not str(err).startswith("HTTP 4"):
                    return False  # asked again next round
                parser.parse([])
            self.rules[host] = parser
        return self.rules[host].can_fetch(USER_AGENT, url)


def poll(store: Store, source: str, fetcher: Any, robots: Robots, every: float, say: Callable[[str], None]) -> int:
    """One poll of one source; returns the articles it stored.  A URL is fetched with the validators
    of its last answer (an unchanged feed costs a 304), after failures only when its back-off allows."""
    from .ingest import ingest, ingest_items
    from .ingest.fetch import read_body
    from .ingest.readers import ReadOptions

    if not source.startswith(("http://", "https://")):
        report = ingest([source], store, on_problem=lambda p: say(str(p)))
        return report.stored
    state = store.watch_state(source)
    if time.time() < state["next_try"]:
        return 0
    if not robots.allowed(source):
        say(f"{source}: not fetched: robots.txt does not allow it (or cannot be read yet)")
        store.save_watch_state(source, next_try=time.time() + every, last_status="robots")
        return 0
    try:
        got = fetcher.fetch(source, state["etag"], state["modified"])
    except ValueError as err:
        failures = state["failures"] + 1
        wait = min(every * 2 ** (failures - 1), 86_400.0)  # backs off: 1, 2, 4 ... polls, at most a day
        say(f"{source}: {err} ({failures} failures in a row; next try in {wait:.0f} s)")
        store.save_watch_state(source, failures=failures, next_try=time.time() + wait, last_status=str(err)[:200])
        return 0
    stored = 0
    if got.status != 304:
        report = ingest_items(
            read_body(source, got.body, got.content_type, got.url, ReadOptions()),
            store,
            on_problem=lambda p: say(str(p)),
        )
        stored = report.stored
    store.save_watch_state(
        source, etag=got.etag, modified=got.modified, failures=0, next_try=0.0, last_status=str(got.status)
    )
    return stored


def watch(db: str | Path, sources: list[str], every: float, once: bool = False, webhook: str | None = None,
          delay: float = 1.0, say: Callable[[str], None] | None = None, show: Callable[[list[dict]], None] | None = None,
          settings: "Settings | None" = None) -> None:  # fmt: skip
    """Poll ``sources`` every ``every`` seconds: store what is new, place it, analyse the stories it
    changes, report new alerts (and POST them to ``webhook``).  SIGTERM or Ctrl-C stops it between two
    steps; what it knows of each source is in the store, so a restart goes on where it stopped."""
    import signal

    from .ingest.fetch import Fetcher

    say = say or (lambda line: print(line, file=sys.stderr, flush=True))
    stop = {"now": False}

    def on_term(signum: int, frame: Any) -> None:
        stop["now"] = True

    previous = signal.signal(signal.SIGTERM, on_term)
    fetcher = Fetcher(delay=delay)
    robots = Robots(fetcher)
    try:
        with Store(db) as store:
            while not stop["now"]:
                started = time.monotonic()
                stored = 0
                for source in sources:
                    if stop["now"]:
                        break
                    stored += poll(store, source, fetcher, robots, every, say)
                if stored:
                    say(f"{stored} new articles")
                alerts = bring_up_to_date(store, stories=[], report=say, settings=settings)[
                    2
                ]  # also what a killed round left unplaced
                if show:
                    show(alerts)
                post_alerts(webhook, alerts, say)
                robots.rules.clear()  # read again next round
                if once:
                    break
                while not stop["now"] and time.monotonic() - started < every:
                    time.sleep(min(0.2, every))
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
