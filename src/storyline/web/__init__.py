"""``storyline serve``: a local web app over a store — server-rendered pages and a JSON API.

A thin shell: every page is the pipeline's analysis of a story (cached) rendered with the same HTML
functions as the one-file report.  No JavaScript; article text escaped everywhere.
"""

from __future__ import annotations

from functools import lru_cache
from html import escape
from pathlib import Path
from typing import Any, Sequence

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse

from ..pipeline import analyze_articles, one_story
from ..render.html import CSS, _side_by_side, _story
from ..reuse import align
from ..store import Store


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'\">"
        f"<title>{escape(title)} · Storyline</title><style>{CSS}</style></head><body>"
        "<p class=\"small\"><a href=\"/\">Stories</a> · <a href=\"/people\">People</a> · <a href=\"/docs\">API</a></p>"
        f"{body}</body></html>"
    )


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
        name = host[: host.find("]") + 1] if host.startswith("[") else host.split(":")[0]  # the port is no part of the name
        if name not in self.hosts:
            body = b"Host not allowed: start the app with --allow-host to serve it under another name"
            await send({"type": "http.response.start", "status": 400, "headers": [(b"content-type", b"text/plain"), *HEADERS]})
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


@lru_cache(maxsize=1)
def _code_version() -> str:
    """The analysing code as it is on disk (its files' names, sizes and times): an edited checkout, not
    only a new release, makes the analyses kept in a store stale."""
    import hashlib

    from .. import __version__

    package = Path(__file__).resolve().parents[1]
    files = sorted((str(f.relative_to(package)), f.stat().st_size, f.stat().st_mtime_ns) for f in package.rglob("*.py"))
    return hashlib.sha1(repr((__version__, files)).encode()).hexdigest()


def analysis_key(article_ids: Sequence[str]) -> str:
    """What a story's analysis depends on: its articles and the code that analysed them."""
    import hashlib

    return hashlib.sha1(("\n".join(sorted(article_ids)) + "\n" + _code_version()).encode()).hexdigest()


def create_app(db: str | Path, allowed_hosts: Sequence[str] = LOOPBACK) -> Any:
    """The app for one store file (opened per request: SQLite in WAL mode reads concurrently),
    behind :class:`Guard` (``allowed_hosts``: the names the Host header may give)."""
    app = FastAPI(title="Storyline", description="Stories, provenance, quotes and their verification, over a corpus store.")
    db = str(db)

    def store() -> Store:
        return Store(db)

    @lru_cache(maxsize=256)
    def analysis_of(story_id: str, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
        """A story's analysis: from memory, else from the store's cache, else computed once and kept there."""
        with store() as s:
            row = s.story(story_id)
            if row is None:
                raise HTTPException(404, f"no story {story_id}")
            articles = list(s.articles(row["articles"]))
            doc = s.cached_analysis(story_id, key)
            if doc is None:
                doc = analyze_articles(articles, [one_story(articles)]).to_json()  # the stored story as it is
                s.save_analysis(story_id, key, doc)
        story = {**doc["stories"][0], "id": story_id, "title": row["title"]}
        return doc, {"story": story, "articles": {a.id: a for a in articles}}

    def analysis(story_id: str) -> tuple[dict[str, Any], dict[str, Any]]:
        with store() as s:
            row = s.story(story_id)
        if row is None:
            raise HTTPException(404, f"no story {story_id}")
        return analysis_of(story_id, analysis_key(row["articles"]))

    @lru_cache(maxsize=256)
    def story_html(story_id: str, key: str) -> str:
        doc, extra = analysis_of(story_id, key)
        by_id = {a["id"]: a for a in doc["articles"]}
        links = "".join(f'<li><a href="/articles/{escape(a)}">{escape(by_id[a]["outlet"])}: {escape(by_id[a]["title"] or "(untitled)")}</a></li>'
                        for a in extra["story"]["articles"])  # fmt: skip
        pairs = "".join(f'<li><a href="/compare/{escape(al["a"])}/{escape(al["b"])}">{escape(by_id[al["a"]]["outlet"])} and '
                        f'{escape(by_id[al["b"]]["outlet"])}</a></li>' for al in extra["story"].get("alignments") or [])  # fmt: skip
        body = _story(extra["story"], by_id, extra["articles"])
        return _page(extra["story"]["title"], f"<p>Articles:</p><ul>{links}</ul><p>Compare:</p><ul>{pairs}</ul>{body}")

    @app.exception_handler(HTTPException)
    async def not_found(request: Request, exc: HTTPException) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return HTMLResponse(_page("Not found", f"<h1>{exc.status_code}</h1><p>{escape(str(exc.detail))}</p>"), status_code=exc.status_code)

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> HTMLResponse | JSONResponse:
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return HTMLResponse(_page("Bad request", "<h1>422</h1><p>The request is not valid.</p>"), status_code=422)

    # -- pages
    @app.get("/", response_class=HTMLResponse)
    def stories_page(q: str = Query("", max_length=200)) -> str:
        with store() as s:
            rows = s.stories()
        if q:
            rows = [r for r in rows if q.casefold() in r["title"].casefold()]
        items = "".join(f'<tr><td><a href="/stories/{escape(r["id"])}">{escape(r["title"])}</a></td><td>{len(r["articles"])}</td></tr>' for r in rows)
        form = f'<form action="/" method="get"><input name="q" value="{escape(q)}" placeholder="search titles"> <button>Search</button></form>'
        return _page("Stories", f"<h1>Stories</h1>{form}<table><tr><th>story</th><th>articles</th></tr>{items}</table>")

    @app.get("/stories/{story_id}", response_class=HTMLResponse)
    def story_page(story_id: str) -> str:
        with store() as s:
            row = s.story(story_id)
        if row is None:
            raise HTTPException(404, f"no story {story_id}")
        return story_html(story_id, analysis_key(row["articles"]))  # rendered once per version of the story

    @app.get("/articles/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> str:
        with store() as s:
            a = s.get(article_id)
            story_id = s.story_of().get(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id}")
        back = f'<p><a href="/stories/{escape(story_id)}">back to its story</a></p>' if story_id else ""
        paras = "".join(f"<p>{escape(p)}</p>" for p in a.paragraph_texts())
        meta = f'<p class="muted">{escape(a.outlet)} · {escape(str(a.published or "undated"))} · {a.words} words</p>'
        return _page(a.display_title, f"<h1>{escape(a.display_title)}</h1>{meta}{back}{paras}")

    @app.get("/compare/{a_id}/{b_id}", response_class=HTMLResponse)
    def compare_page(a_id: str, b_id: str) -> str:
        with store() as s:
            a, b = s.get(a_id), s.get(b_id)
        if a is None or b is None:
            raise HTTPException(404, "no such article")
        al = align(a, b).to_json()
        by_id = {x.id: x.summary() for x in (a, b)}
        body = _side_by_side(al, by_id, {a.id: a, b.id: b}).replace("<details ", "<details open ")
        return _page(f"{a.outlet} and {b.outlet}", f"<h1>{escape(a.outlet)} and {escape(b.outlet)}</h1>{body}")

    @app.get("/people", response_class=HTMLResponse)
    def people_page() -> str:
        with store() as s:
            rows = s.stories()
        sections = []
        for r in rows:
            if len(r["articles"]) < 2:
                continue
            _, extra = analysis_of(r["id"], analysis_key(r["articles"]))  # one listing of the stories, not one per story
            story = extra["story"]
            items = "".join(f'<li>{escape(p["name"])} <span class="muted small">({escape(p["type"])}, {len(p["quotes"])} quotes)</span></li>'
                            for p in story.get("people") or [])  # fmt: skip
            sections.append(f'<h2><a href="/stories/{escape(r["id"])}">{escape(r["title"])}</a></h2><ul>{items}</ul>')
        return _page("People", "<h1>People</h1>" + "".join(sections))

    # -- JSON API (documented at /docs and /openapi.json)
    @app.get("/api/stories")
    def api_stories() -> list[dict[str, Any]]:
        with store() as s:
            return s.stories()

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict[str, Any]:
        return analysis(story_id)[1]["story"]

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        with store() as s:
            a = s.get(article_id)
        if a is None:
            raise HTTPException(404, f"no article {article_id}")
        return {**a.summary(), "text": a.text, "paragraphs": [p.to_list() for p in a.paragraphs]}

    return Guard(app, allowed_hosts)
