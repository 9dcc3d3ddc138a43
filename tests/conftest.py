"""Fixtures: small real files of every input format, written by the tests themselves."""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


@dataclass
class Ran:
    """What a command did: its exit code and its two output streams (as ``subprocess.CompletedProcess``)."""

    returncode: int
    stdout: str
    stderr: str


def cli(*args: str, cwd: Path | None = None) -> Ran:
    """A ``storyline`` command run in this process (Typer's runner), from ``cwd``: the same code path as
    the console script, without a Python start-up per call.  Tests of processes themselves (signals,
    concurrent writers, terminal width, the web server) start real ones."""
    from typer.testing import CliRunner

    from storyline.cli import app

    before = os.getcwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        result = CliRunner().invoke(app, [str(a) for a in args], catch_exceptions=False)
    finally:
        os.chdir(before)
    return Ran(result.exit_code, result.stdout, result.stderr)


PARAGRAPHS = [
    "The city council voted on Tuesday to close the old harbour bridge after engineers found cracks in two of its supports.",
    "“We cannot take risks with people’s lives,” said the council leader, Maria Okafor, after the vote.",
    "The bridge carries about 12,000 vehicles a day and a replacement is not expected before 2028.",
    "Local businesses said the closure would cost them customers, and asked for a ferry service in the meantime.",
]


def article_html(
    title: str = "Harbour bridge to close after cracks found",
    paragraphs: list[str] = PARAGRAPHS,
    site: str = "The Harbour Gazette",
    url: str = "https://gazette.example/news/bridge",
    date: str = "2024-03-05",
) -> str:
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{title}">
<link rel="canonical" href="{url}"><meta property="article:published_time" content="{date}T09:30:00Z">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<article><h1>{title}</h1><time datetime="{date}">{date}</time>
{body}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>© 2024 The Harbour Gazette. All rights reserved.</footer>
</body></html>"""


def write_warc(path: Path, pages: list[tuple[str, str]], gz: bool = False) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gz)
        for url, html in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(html.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Harbour Gazette</title><link>https://gazette.example/</link>
<item><title>Harbour bridge to close</title><link>https://gazette.example/news/bridge</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><description>Short summary only.</description>
<content:encoded><![CDATA[<p>The city council voted on Tuesday to close the old harbour bridge.</p><p>“We cannot take risks,” said the council leader.</p>]]></content:encoded></item>
<item><title>Ferry service planned</title><link>https://gazette.example/news/ferry</link>
<pubDate>Wed, 06 Mar 2024 10:00:00 GMT</pubDate><description>&lt;p&gt;A temporary ferry will run between the two quays from April, the council said.&lt;/p&gt;</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Coast Daily</title><id>urn:coast</id><updated>2024-03-05T12:00:00Z</updated>
<entry><title>Bridge closes after cracks</title><link href="https://coast.example/bridge"/><id>urn:coast:1</id>
<updated>2024-03-05T12:00:00Z</updated>
<content type="html">&lt;p&gt;Engineers found cracks in two supports of the harbour bridge, which will close.&lt;/p&gt;</content></entry>
</feed>"""


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """A folder with one file of every supported format."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "gazette.txt").write_text(
        " date 2024-03-05 Harbour bridge to close\n\n" + "\n\n".join(PARAGRAPHS) + "\n", "utf-8"
    )
    (d / "page.html").write_text(article_html(), "utf-8")
    records = [
        {
            "id": "r1",
            "title": "Bridge shut",
            "text": "Engineers found cracks in the harbour bridge on Monday night.",
            "source": "Coast Daily",
            "date": "2024-03-05",
        },
        {
            "id": "r2",
            "headline": "Ferry plan",
            "body": "A ferry will run between the quays from April, the council said.",
            "outlet": "Quay News",
        },
    ]
    (d / "records.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n", "utf-8")
    (d / "records.json").write_text(
        json.dumps(
            [
                {
                    "text": "The council will publish the engineers' report next week, officials said.",
                    "source": "Town Hall",
                }
            ]
        ),
        "utf-8",
    )
    (d / "records.csv").write_text(
        'title,text,source,date\n"Bridge vote","Councillors voted 9 to 2 to close the harbour bridge, ""for safety"".",Coast Daily,2024-03-05\n',
        "utf-8",
    )
    write_warc(d / "crawl.warc.gz", [("https://gazette.example/news/bridge", article_html())], gz=True)
    (d / "feed.rss").write_text(RSS, "utf-8")
    (d / "feed.atom").write_text(ATOM, "utf-8")
    return d


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {}
    seen_agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802
        self.seen_agents.append(self.headers.get("User-Agent", ""))
        status, ctype, body = self.routes.get(self.path, (404, "text/plain", b"not found"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server():
    """A real HTTP server on loopback; set ``server.routes[path] = (status, type, body)``."""
    _Handler.routes = {}
    _Handler.seen_agents = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.routes = _Handler.routes  # type: ignore[attr-defined]
    server.agents = _Handler.seen_agents  # type: ignore[attr-defined]
    server.base = f"http://127.0.0.1:{server.server_address[1]}"  # type: ignore[attr-defined]
    yield server
    server.shutdown()


def gzip_bytes(data: bytes) -> bytes:
    return gzip.compress(data)


def corpus_records(events: Path) -> list[dict]:
    """A small corpus with every case the corpus run handles: stories, exact and near copies, rewrites
    weeks apart (several blocks of publication time), undated articles, quotes."""
    import random
    from datetime import date, timedelta

    rng = random.Random(5)
    base = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines() if line.strip()]
    out: list[dict] = []
    for n, r in enumerate(base):
        first = r["text"].split(". ")[0].rstrip(".")
        r["text"] += f"\n\n“{first},” said a spokesperson for {r['source']}. “We will say more tomorrow.”"
        paras = r["text"].split("\n\n")
        day = date.fromisoformat(r["date"]) + timedelta(days=17 * (n % 4))
        out.append(
            {"id": r["id"], "source": r["source"], "title": r["title"], "date": day.isoformat(), "text": r["text"]}
        )
        # wire copy in another outlet, a day later
        out.append({"id": r["id"] + "-wire", "source": "Wire Reprints", "title": r["title"],
                    "date": (day + timedelta(days=1)).isoformat(), "text": r["text"]})  # fmt: skip
        # trimmed copy with a newsletter line and a changed word
        near = (
            paras[:-1] + ["Sign up for our newsletter to get the day's top stories."]
            if len(paras) > 2
            else paras + ["Sign up."]
        )
        words = "\n\n".join(near).split(" ")
        words[rng.randrange(len(words))] = "reportedly"
        out.append({"id": r["id"] + "-near", "source": "Daily Digest", "date": (day + timedelta(days=2)).isoformat(),
                    "text": " ".join(words)})  # fmt: skip
        # undated rewrite: paragraphs in another order
        shuffled = paras[:]
        rng.shuffle(shuffled)
        out.append({"id": r["id"] + "-undated", "source": "Aggregator", "text": "\n\n".join(shuffled)})
    rng.shuffle(out)
    return out


@pytest.fixture
def corpus_file(tmp_path: Path) -> Path:
    """The corpus as JSON lines, plus one broken line and one record without text."""
    path = tmp_path / "corpus.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in corpus_records(ROOT / "tests" / "fixtures" / "events.jsonl")]
    lines.insert(7, '{"id": "broken", "text": "no closing quote}')
    lines.insert(12, '{"id": "empty", "title": "Only a title"}')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
