"""Every reader on a real file of its format."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from conftest import PARAGRAPHS, article_html, write_warc
from storyline.ingest import FieldMap, ReadOptions, clean, read
from storyline.ingest.fetch import Fetcher
from storyline.model import Article, Problem


def articles(source, opts=None, fetcher=None) -> list[Article]:
    out = []
    for item in read(source, opts, fetcher):
        assert not isinstance(item, Problem) or not item.skipped, str(item)
        if isinstance(item, Problem):
            continue
        a = clean(item)
        assert isinstance(a, Article), str(a)
        out.append(a)
    return out


def test_plain_text_convention(corpus_dir: Path) -> None:
    [a] = articles(corpus_dir / "gazette.txt")
    assert a.title == "Harbour bridge to close"
    assert a.published == date(2024, 3, 5)
    assert a.outlet == "gazette"  # from the file name
    assert [a.span_text(p) for p in a.paragraphs] == PARAGRAPHS
    assert a.span_text(a.sentences[1]).startswith("“We cannot take risks")


def test_plain_text_outlet_from_sidecar_and_option(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text("Short headline here\n\nThe first paragraph of the story says something new today.\n", "utf-8")
    (tmp_path / "story.txt.json").write_text(
        json.dumps({"outlet": "Sidecar Times", "url": "https://s.example/1"}), "utf-8"
    )
    [a] = articles(f)
    assert (a.outlet, a.url, a.title) == ("Sidecar Times", "https://s.example/1", "Short headline here")
    [b] = articles(f, ReadOptions(outlet="Given Outlet"))
    assert b.outlet == "Given Outlet" and b.id != a.id  # the id covers the outlet


def test_plain_text_without_title_keeps_first_paragraph(tmp_path: Path) -> None:
    f = tmp_path / "x.txt"
    f.write_text("The council voted on Tuesday. It closed the bridge.\nEngineers had found cracks.\n", "utf-8")
    [a] = articles(f)
    assert a.title is None
    assert a.text.startswith("The council voted")
    assert len(a.paragraphs) == 2  # one paragraph per line when lines end like sentences


def test_html_extracts_main_text_and_metadata(corpus_dir: Path) -> None:
    [a] = articles(corpus_dir / "page.html")
    assert a.title == "Harbour bridge to close after cracks found"
    assert a.outlet == "The Harbour Gazette"
    assert a.url == "https://gazette.example/news/bridge"
    assert a.published == date(2024, 3, 5)
    assert "12,000 vehicles" in a.text
    assert "Most read" not in a.text and "All rights reserved" not in a.text and "Sport" not in a.text


def test_jsonl_default_fields_and_overrides(corpus_dir: Path, tmp_path: Path) -> None:
    a, b = articles(corpus_dir / "records.jsonl")
    assert (a.outlet, a.title, a.published, a.meta["id"]) == ("Coast Daily", "Bridge shut", date(2024, 3, 5), "r1")
    assert (b.outlet, b.title) == ("Quay News", "Ferry plan")
    f = tmp_path / "custom.jsonl"
    f.write_text(
        json.dumps({"story": "Custom field text about the harbour bridge closing.", "paper": "P"}) + "\n", "utf-8"
    )
    [c] = articles(f, ReadOptions(fields=FieldMap.with_overrides(text="story", outlet="paper")))
    assert c.outlet == "P" and c.text.startswith("Custom field")


def test_json_array_and_csv(corpus_dir: Path) -> None:
    [a] = articles(corpus_dir / "records.json")
    assert a.outlet == "Town Hall"
    [c] = articles(corpus_dir / "records.csv")
    assert c.title == "Bridge vote" and '"for safety"' in c.text and c.outlet == "Coast Daily"


def test_warc_plain_and_gzipped(corpus_dir: Path, tmp_path: Path) -> None:
    [a] = articles(corpus_dir / "crawl.warc.gz")
    assert a.url == "https://gazette.example/news/bridge" and "12,000 vehicles" in a.text
    plain = tmp_path / "c.warc"
    write_warc(
        plain,
        [
            ("https://x.example/1", article_html(url="https://x.example/1")),
            ("https://x.example/2", article_html(title="Second", url="https://x.example/2")),
        ],
    )
    assert [x.url for x in articles(plain)] == ["https://x.example/1", "https://x.example/2"]


def test_rss_prefers_full_content_and_atom(corpus_dir: Path) -> None:
    a, b = articles(corpus_dir / "feed.rss")
    assert a.outlet == "Harbour Gazette" and a.title == "Harbour bridge to close"
    assert "“We cannot take risks,”" in a.text and "Short summary only" not in a.text  # content:encoded wins
    assert len(a.paragraphs) == 2 and a.published.year == 2024
    assert b.text.startswith("A temporary ferry")  # no content: the summary's HTML as text
    [c] = articles(corpus_dir / "feed.atom")
    assert c.outlet == "Coast Daily" and c.url == "https://coast.example/bridge"


def test_url_fetched_over_loopback(http_server) -> None:
    http_server.routes["/story"] = (200, "text/html; charset=utf-8", article_html().encode())
    http_server.routes["/feed"] = (200, "application/rss+xml", __import__("conftest").RSS.encode())
    fetcher = Fetcher(delay=0)
    [a] = articles(http_server.base + "/story", fetcher=fetcher)
    assert "12,000 vehicles" in a.text and a.outlet == "The Harbour Gazette"
    assert len(articles(http_server.base + "/feed", fetcher=fetcher)) == 2
    assert all(agent.startswith("storyline/") for agent in http_server.agents)


def test_url_errors_are_problems(http_server) -> None:
    http_server.routes["/big"] = (200, "text/html", b"x" * 5000)
    fetcher = Fetcher(delay=0, max_bytes=1000)
    [p] = list(read(http_server.base + "/missing", fetcher=fetcher))
    assert isinstance(p, Problem) and "404" in p.reason and p.source.endswith("/missing")
    [p] = list(read(http_server.base + "/big", fetcher=fetcher))
    assert isinstance(p, Problem) and "too large" in p.reason


def test_a_server_trickling_bytes_is_stopped_by_the_deadline() -> None:
    import http.server
    import threading
    import time as _time

    from storyline.ingest import read

    class Trickle(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            try:
                for _ in range(100):
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    _time.sleep(0.2)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args: object) -> None:
            pass

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Trickle)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        t0 = _time.monotonic()
        [item] = list(
            read(f"http://127.0.0.1:{srv.server_port}/slow", fetcher=Fetcher(delay=0, timeout=5, deadline=1.5))
        )
        assert _time.monotonic() - t0 < 6
        assert "longer than 1.5 s" in str(item)
    finally:
        srv.shutdown()


def test_page_metadata_are_trafilaturas_for_every_field_kept() -> None:
    """The metadata read without trafilatura's costly extras (byline authors, categories, licence) equal its
    whole extraction's for every field an article keeps, on pages with and without meta tags, JSON-LD and
    a canonical link; the page's declared language is taken, and none is made up when it declares none."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    from storyline.ingest.readers import page_metadata

    ld = '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Ferry returns", "datePublished": "2024-06-01"}</script>'
    bare = "<html><body><h1>Ferry service returns to the island</h1><p>" + " ".join(PARAGRAPHS) + "</p></body></html>"
    pages = [
        article_html(),
        article_html(
            title="Council & port — a <deal>?", site="Quay News", url="https://quay.example/a", date="2023-11-30"
        ),
        article_html().replace("<head>", "<head>" + ld).replace('lang="en"', 'lang="en-GB"'),
        bare,
    ]
    for html in pages:
        tree = trafilatura.load_html(html)
        ours = page_metadata(tree, "https://fallback.example/x")
        theirs = extract_metadata(trafilatura.load_html(html), "https://fallback.example/x", extensive=False)
        for field in ("title", "sitename", "url", "hostname", "date", "description"):
            assert ours[field] == getattr(theirs, field), (field, html[:80])
    assert page_metadata(trafilatura.load_html(pages[2]))["language"] == "en"
    assert page_metadata(trafilatura.load_html(bare))["language"] is None
