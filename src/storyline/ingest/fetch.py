"""Fetching articles named by URL, politely: a user agent, a timeout, a size limit and a pause per host."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from typing import Iterator
from urllib.parse import urlparse

from .. import __version__
from ..model import Problem, RawArticle
from .readers import ReadOptions, decode, fragment_to_text, html_to_raw

USER_AGENT = f"storyline/{__version__} (news provenance research; +https://github.com/storyline-news/storyline)"


@dataclass
class Fetched:
    status: int  # 200, or 304 when the resource has not changed
    body: bytes
    content_type: str
    url: str  # after redirects
    etag: str | None = None
    modified: str | None = None  # Last-Modified, as the server wrote it


@dataclass
class Fetcher:
    timeout: float = 20.0
    max_bytes: int = 10 * 1024 * 1024
    delay: float = 1.0  # seconds between two requests to the same host
    deadline: float = 60.0  # seconds for a whole response, however slowly it comes
    _last: dict[str, float] = field(default_factory=dict)

    def _wait(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last[host] = time.monotonic()

    def get(self, url: str) -> tuple[bytes, str, str]:
        """Body, content type and final URL; raises ``ValueError`` with a reason a person can read."""
        got = self.fetch(url)
        return got.body, got.content_type, got.url

    def fetch(self, url: str, etag: str | None = None, modified: str | None = None) -> "Fetched":
        """A conditional GET: with the validators of the last response (``etag``, ``modified``), an
        unchanged resource comes back as ``status`` 304 and no body.  Raises ``ValueError`` with a
        reason a person can read."""
        self._wait(urlparse(url).netloc)
        headers = {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5",
        }
        if etag:
            headers["If-None-Match"] = etag
        if modified:
            headers["If-Modified-Since"] = modified
        req = urllib.request.Request(url, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                length = resp.headers.get("Content-Length")
                if length and length.isdigit() and int(length) > self.max_bytes:
                    raise ValueError(f"too large ({int(length)} bytes > {self.max_bytes})")
                # the timeout is per read: a server trickling a byte at a time is stopped by a deadline
                deadline = time.monotonic() + self.deadline
                chunks, size = [], 0
                while size <= self.max_bytes:
                    if time.monotonic() > deadline:
                        raise ValueError(f"took longer than {self.deadline:g} s")
                    chunk = resp.read1(65536) if hasattr(resp, "read1") else resp.read(65536)
                    if not chunk:
                        break
                    chunks.append(chunk)
                    size += len(chunk)
                body = b"".join(chunks)
                if len(body) > self.max_bytes:
                    raise ValueError(f"too large (over {self.max_bytes} bytes)")
                return Fetched(resp.status, body, resp.headers.get("Content-Type", ""), resp.geturl(),
                               resp.headers.get("ETag"), resp.headers.get("Last-Modified"))  # fmt: skip
        except urllib.error.HTTPError as err:
            if err.code == 304:
                return Fetched(
                    304, b"", "", url, err.headers.get("ETag") or etag, err.headers.get("Last-Modified") or modified
                )
            raise ValueError(f"HTTP {err.code} {err.reason}") from None
        except urllib.error.URLError as err:
            raise ValueError(f"could not fetch: {err.reason}") from None
        except TimeoutError:
            raise ValueError(f"timed out after {self.timeout:g} s") from None


def read_url(url: str, opts: ReadOptions, fetcher: Fetcher | None = None) -> Iterator[RawArticle | Problem]:
    """One article from a web page, or every entry of a feed, at ``url``."""
    fetcher = fetcher or Fetcher()
    try:
        body, ctype, final = fetcher.get(url)
    except ValueError as err:
        yield Problem(url, str(err))
        return
    yield from read_body(url, body, ctype, final, opts)


def read_body(url: str, body: bytes, ctype: str, final: str, opts: ReadOptions) -> Iterator[RawArticle | Problem]:
    """What a fetched response holds: every entry of a feed, or one article from a page or a text."""
    ctype = ctype.lower()
    head = body[:2048].lstrip().lower()
    if "rss" in ctype or "atom" in ctype or b"<rss" in head or b"<feed" in head:
        import feedparser

        feed = feedparser.parse(body)
        for n, entry in enumerate(feed.entries, 1):
            html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
            text = fragment_to_text(html or "")
            if text.strip():
                yield RawArticle(
                    text=text,
                    source=url,
                    line=n,
                    title=entry.get("title"),
                    url=entry.get("link"),
                    outlet=opts.outlet or feed.feed.get("title"),
                    published=entry.get("published_parsed"),
                    text_is_clean=True,
                )
        return
    if "html" in ctype or head.startswith((b"<!doctype", b"<html")):
        yield html_to_raw(body, url, final, opts)
        return
    text, problem = decode(body, url)
    if problem:
        yield problem
    if text is not None:
        yield RawArticle(text=text, source=url, url=final, outlet=opts.outlet or urlparse(final).netloc)
