"""The web app over a store: stories, articles, people, search and alerts, read through the same functions as the CLI."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from functools import lru_cache, wraps
from html import escape
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence
from urllib.parse import quote_plus

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response

from ..briefing.alerts import KINDS
from ..render.html import side_by_side
from ..render.pages import page as _page
from ..store import Store, StoredStory
from ..store.search import MARK_END, MARK_START, search
from ..settings import Settings
from ..watch import analyse_story, analysis_key


LOOPBACK = ("127.0.0.1", "localhost", "::1", "[::1]")
HEADERS = [(b"x-content-type-options", b"nosniff"), (b"x-frame-options", b"DENY"), (b"referrer-policy", b"no-referrer")]
CSP = b"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"


class Guard:
    """ASGI middleware in front of the app: the Host header must name this machine (a page the user
    visits elsewhere cannot reach the API through DNS rebinding), HEAD is answered as GET without a
    body, and every response carries the security headers."""

    def __init__(self, app: Any, hosts: Sequence[str]):
        self.app, self.hosts = app, {h.lower() for h in hosts}

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        host = dict(scope.get("headers") or []).get(b"host", b"").decode("latin-1").lower()
        name = (
            host[: host.find("]") + 1] if host.startswith("[") else host.split(":")[0]
        )  # the port is no part of the name
        if name not in self.hosts:
            body = b"Host not allowed: start the app with --allow-host to serve it under another name"
            await send(
                {"type": "http.response.start", "status": 400, "headers": [(b"content-type", b"text/plain"), *HEADERS]}
            )
            await send({"type": "http.response.body", "body": body})
            return
        head = scope["method"] == "HEAD"
        if head:
            scope = {**scope, "method": "GET"}
        docs = scope["path"] in ("/docs", "/redoc", "/openapi.json") or scope["path"].startswith("/docs/")

        async def guarded(message: dict) -> None:
            if message["type"] == "http.response.start":
                extra = HEADERS + ([] if docs else [(b"content-security-policy", CSP)])
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            elif head and message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app(scope, receive, guarded)


def fresh_for(seconds: float) -> Callable[[Callable[[], Any]], Callable[[], Any]]:
    """Keep a function's value for ``seconds``, computed by one thread while the others wait for it."""

    def wrap(fn: Callable[[], Any]) -> Callable[[], Any]:
        lock, kept = threading.Lock(), [0.0, None]

        @wraps(fn)
        def cached() -> Any:
            if time.monotonic() - kept[0] < seconds:
                return kept[1]
            with lock:
                if time.monotonic() - kept[0] >= seconds:  # nobody refreshed it while this thread waited
                    kept[1] = fn()
                    kept[0] = time.monotonic()
                return kept[1]

        return cached

    return wrap


def create_app(db: str | Path, allowed_hosts: Sequence[str] = LOOPBACK, settings: Settings | None = None) -> Any:
    """The app for one store file (a connection per server thread: SQLite in WAL mode reads concurrently),
    behind :class:`Guard` (``allowed_hosts``: the names the Host header may give); stories are analysed
    with ``settings`` (those of the process that keeps the store ready)."""
    settings = settings or Settings()
    app = FastAPI(
        title="Storyline", description="Stories, provenance, quotes and their verification, over a corpus store."
    )
    db = str(db)

    local = threading.local()

    @contextmanager
    def store() -> Iterator[Store]:
        """This thread's connection to the store, opened once (SQLite in WAL mode: readers never block)."""
        if getattr(local, "store", None) is None:
            local.store = Store(db)
        yield local.store

    def story_row(story_id: str) -> StoredStory:
        with store() as s:
            row = s.story(story_id)
        if row is None:
            raise HTTPException(404, f"no story {story_id}")
        return row

    @lru_cache(maxsize=64)
    def analysis_of(story_id: str, key: str) -> dict[str, Any]:
        """A story's analysis: from memory, else as kept in the store, else made now (and kept)."""
        row = story_row(story_id)
        with store() as s:
            doc = s.cached_analysis(story_id, key)
            if doc is None:
                doc = analyse_story(s, row, settings)[0]
        return {**doc["stories"][0], "id": story_id, "title": row.title}

    @fresh_for(1.0)
    def listing() -> tuple[dict[str, Any], list[StoredStory]]:
        """The store's state and its stories, read at most once a second whoever asks (the list of a
        large store costs tens of milliseconds: under load, every request recomputing it starves the rest)."""
        with store() as s:
            rows, articles, placed, changed = s.stories(), len(s), s.placed(), s.changed_at()
            kept = s.page_keys()
        current = sum(1 for r in rows if kept.get(r.id) == analysis_key(r.articles, settings))
        return {
            "articles": articles,
            "placed": placed,
            "stories": len(rows),
            "analysed": current,
            "changed_at": changed,
        }, rows

    def status() -> dict[str, Any]:
        return listing()[0]

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return HTMLResponse(
            _page("Not found", f"<h1>{exc.status_code}</h1><p>{escape(str(exc.detail))}</p>"),
            status_code=exc.status_code,
        )

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return HTMLResponse(_page("Bad request", "<h1>422</h1><p>The request is not valid.</p>"), status_code=422)

    # -- pages
    @fresh_for(1.0)
    def home_page() -> str:
        return stories_html("")

    @app.get("/", response_class=HTMLResponse)
    def stories_page(q: str = Query("", max_length=200)) -> str:
        return stories_html(q) if q else home_page()

    def stories_html(q: str) -> str:
        st, rows = listing()
        if q:
            rows = [r for r in rows if q.casefold() in r.title.casefold()]
        items = "".join(
            f'<tr><td><a href="/stories/{escape(r.id)}">{escape(r.title)}</a></td><td>{len(r.articles)}</td></tr>'
            for r in rows
        )
        form = f'<form action="/" method="get"><input name="q" value="{escape(q)}" placeholder="search titles"> <button>Search</button></form>'
        note = (
            f'<p class="muted small">{st["articles"]} articles, last added {escape(str(st["changed_at"] or "never"))}'
        )
        if st["placed"] < st["articles"]:
            note += f"; {st['articles'] - st['placed']} not yet in a story: they are being placed (reload to see them)"
        elif st["analysed"] < st["stories"]:
            note += f"; {st['stories'] - st['analysed']} stories still being analysed (their first view takes longer)"
        return _page(
            "Stories",
            f"<h1>Stories</h1>{note}.</p>{form}<table><tr><th>story</th><th>articles</th></tr>{items}</table>",
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page_view(story_id: str) -> str:
        row = story_row(story_id)
        with store() as s:
            page = s.cached_page(
                story_id, analysis_key(row.articles, settings)
            )  # rendered once per version of the story
            if page is None:
                page = analyse_story(s, row, settings)[1]
        return page

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str, at: str = Query("", max_length=40, pattern=r"^(\d{1,9}-\d{1,9})?$")) -> str:
        with store() as s:
            a = s.get(article_id)
            story_id = s.story_of_article(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id}")
        back = f'<p><a href="/stories/{escape(story_id)}">back to its story</a></p>' if story_id else ""
        lo, hi = (int(x) for x in at.split("-")) if at else (0, 0)

        def para(p: Any) -> str:  # the words ``at`` points to (character offsets of a search hit) marked in place
            a0, a1 = max(p.start, lo), min(p.end, hi)
            if a0 >= a1:
                return f"<p>{escape(a.text[p.start : p.end])}</p>"
            anchor = ' id="at"' if lo >= p.start else ""  # the paragraph where the words begin
            mark = f"<mark{anchor}>{escape(a.text[a0:a1])}</mark>"
            return f"<p>{escape(a.text[p.start : a0])}{mark}{escape(a.text[a1 : p.end])}</p>"

        paras = "".join(para(p) for p in a.paragraphs)
        meta = f'<p class="muted">{escape(a.outlet)} · {escape(str(a.published or "undated"))} · {a.words} words</p>'
        return _page(a.display_title, f"<h1>{escape(a.display_title)}</h1>{meta}{back}{paras}")

    @app.get("/compare/{a_id}/{b_id}", response_class=HTMLResponse)
    def compare_page(a_id: str, b_id: str) -> str:
        with store() as s:
            a, b = s.get(a_id), s.get(b_id)
        if a is None or b is None:
            raise HTTPException(404, "no such article")
        from ..reuse import align

        al = align(a, b, config=settings.reuse).to_json()
        by_id = {x.id: x.summary() for x in (a, b)}
        body = side_by_side(al, by_id, {a.id: a, b.id: b}).replace("<details ", "<details open ")
        return _page(f"{a.outlet} and {b.outlet}", f"<h1>{escape(a.outlet)} and {escape(b.outlet)}</h1>{body}")

    @app.get("/people", response_class=HTMLResponse)
    @fresh_for(1.0)
    def people_page() -> str:
        rows = listing()[1]
        with store() as s:
            kept = s.cached_people()
        sections, pending = [], 0
        for r in rows:
            if len(r.articles) < 2:
                continue
            key, people = kept.get(r.id, ("", []))
            if key != analysis_key(r.articles, settings):
                pending += 1  # read from what is kept, never analysed in the request
                continue
            items = "".join(
                f'<li>{escape(name)} <span class="muted small">({escape(kind)}, {n} quotes)</span></li>'
                for name, kind, n in people
            )
            sections.append(f'<h2><a href="/stories/{escape(r.id)}">{escape(r.title)}</a></h2><ul>{items}</ul>')
        note = (
            f'<p class="muted small">{pending} stories are still being analysed: reload to see their people.</p>'
            if pending
            else ""
        )
        return _page("People", "<h1>People</h1>" + note + "".join(sections))

    def marked(text: str) -> str:
        return escape(text).replace(MARK_START, "<mark>").replace(MARK_END, "</mark>")

    @app.get("/search", response_class=HTMLResponse)
    def search_page(q: str = Query("", max_length=200)) -> str:
        with store() as s:
            found = search(s, q)
        parts = [f"<h1>Search: {escape(q)}</h1>"]
        if found.people:
            items = "".join(f'<li><a href="/search?q={quote_plus(p.name)}">{escape(p.name)}</a> <span class="muted small">({p.quotes} quotes in {p.stories} stories)</span></li>'
                            for p in found.people)  # fmt: skip
            parts.append(f"<h2>People</h2><ul>{items}</ul>")
        for title, hits in (("Quotes", found.quotes), ("Articles", found.articles)):
            if hits:
                items = "".join(f'<li>{escape(h.speaker) + ": " if h.speaker else ""}{marked(h.text)}<br><span class="muted small">'
                                f'<a href="/articles/{escape(h.article)}?at={h.start}-{h.end}#at">{escape(h.outlet)}: {escape(h.title or "(untitled)")}</a></span></li>'
                                for h in hits)  # fmt: skip
                parts.append(f"<h2>{title}</h2><ul>{items}</ul>")
        if q and not (found.people or found.quotes or found.articles):
            parts.append("<p>Nothing found.</p>")
        if found.articles_not_analysed:
            parts.append(
                f'<p class="muted small">{found.articles_not_analysed} articles are in no analysed story yet: their quotes are not searched.</p>'
            )
        return _page(f"Search: {q}", "".join(parts))

    @app.get("/alerts", response_class=HTMLResponse)
    def alerts_page(kind: str = Query("", max_length=40, pattern=r"^[a-z-]*$")) -> str:
        with store() as s:
            rows = s.alerts(limit=500, kinds=[kind] if kind else None)
        filters = " · ".join(f'<a href="/alerts?kind={k}">{k}</a>' for k in KINDS)
        items = "".join(f'<tr><td class="small muted">{escape(a["found_at"])}</td><td>{escape(a["kind"])}</td>'
                        f'<td>{escape(a["summary"])}<br><span class="small"><a href="/stories/{escape(a["story"])}">story</a> · '
                        f'<a href="/articles/{escape(a["article"])}{"?at=%d-%d#at" % tuple(a["span"]) if a.get("span") else ""}">article</a></span></td></tr>'
                        for a in rows)  # fmt: skip
        return _page("Alerts", f'<h1>Alerts</h1><p class="small">{filters} · <a href="/alerts.atom">Atom feed</a> · '
                               f'<a href="/api/alerts">JSON</a></p><table><tr><th>found</th><th>kind</th><th>what</th></tr>{items}</table>'
                               + ("" if rows else "<p>No alerts yet.</p>"))  # fmt: skip

    @app.get("/alerts.atom")
    def alerts_feed(request: Request) -> Response:
        """The alerts as an Atom feed, for any feed reader."""
        with store() as s:
            rows = s.alerts(limit=100)
        base = str(request.base_url).rstrip("/")
        updated = rows[0]["found_at"] if rows else "1970-01-01T00:00:00+00:00"
        entries = "".join(f"<entry><id>urn:storyline:alert:{escape(a['key'])}</id><title>{escape(a['kind'])}: {escape(a['summary'])}</title>"
                          f"<updated>{escape(a['found_at'])}</updated><link href=\"{escape(base)}/stories/{escape(a['story'])}\"/>"
                          f"<category term=\"{escape(a['kind'])}\"/><summary>{escape(a['summary'])}</summary></entry>" for a in rows)  # fmt: skip
        xml = (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Storyline alerts</title>'
               f'<id>urn:storyline:alerts</id><updated>{escape(updated)}</updated><link rel="self" href="{escape(base)}/alerts.atom"/>{entries}</feed>')  # fmt: skip
        return Response(xml, media_type="application/atom+xml")

    @app.get("/api/alerts")
    def api_alerts(since: int = Query(0, ge=0), limit: int = Query(100, ge=1, le=1000)) -> list[dict[str, Any]]:
        """Alerts found after ``since`` (an alert's ``seq``), newest first."""
        with store() as s:
            return s.alerts(since, limit)

    @app.get("/api/search")
    def api_search(q: str = Query(..., max_length=200), limit: int = Query(20, ge=1, le=200)) -> dict[str, Any]:
        """Articles, quotes and people matching every word of ``q``, with character offsets of each hit."""
        with store() as s:
            return search(s, q, limit).to_json()

    # -- JSON API (documented at /docs and /openapi.json)
    @app.get("/api/stories")
    def api_stories() -> list[dict[str, Any]]:
        return [r.to_json() for r in listing()[1]]

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict[str, Any]:
        return analysis_of(story_id, analysis_key(story_row(story_id).articles, settings))

    @app.get("/api/status")
    def api_status() -> dict[str, Any]:
        """Articles stored and placed in stories, stories analysed, and when the store last changed."""
        return status()

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        with store() as s:
            a = s.get(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id}")
        return {**a.summary(), "text": a.text, "paragraphs": [p.to_list() for p in a.paragraphs]}

    return Guard(app, allowed_hosts)
