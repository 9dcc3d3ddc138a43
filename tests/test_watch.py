"""Articles arriving one batch at a time: `storyline add` places them, analyses only the stories they
change, keeps each alert once, prints the new ones and POSTs them to a webhook (a real HTTP server on
loopback)."""

from __future__ import annotations

import pytest

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from conftest import EXAMPLES

from storyline.store import Store
from storyline.watch import analysis_key


pytestmark = pytest.mark.slow  # real servers and processes: left out of the fast suite


class Hook(BaseHTTPRequestHandler):
    received: list[dict] = []
    status = 200

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers["Content-Length"]))
        Hook.received.append(json.loads(body))
        self.send_response(Hook.status)
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


def add(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyline", "add", *args], capture_output=True, text=True, timeout=600
    )


def test_add_keeps_alerts_once_and_posts_the_new_ones(tmp_path: Path) -> None:
    files = sorted(EXAMPLES.glob("*.txt"))
    db = tmp_path / "s.db"
    server = ThreadingHTTPServer(("127.0.0.1", 0), Hook)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/hook"
    try:
        # one article at a time, as they would arrive
        for i, f in enumerate(files):
            batch = tmp_path / f"batch{i}"
            batch.mkdir()
            (batch / f.name).write_text(f.read_text("utf-8"), "utf-8")
            r = add(str(batch), "--db", str(db), "--webhook", url)
            assert r.returncode == 0, r.stderr
        with Store(db) as store:
            kept = store.alerts()
            doc = None
            for row in store.stories():
                doc = store.cached_analysis(row.id, analysis_key(row.articles))
        posted = [a for body in Hook.received for a in body["alerts"]]
        assert sorted(a["key"] for a in posted) == sorted(a["key"] for a in kept)  # every new alert sent once
        assert len({a["key"] for a in kept}) == len(kept)
        # the alerts are the findings of the story as it stands: its rewrite and every altered quote
        story = doc["stories"][0]
        rewrites = {(r["article"], r["derived_from"]) for r in story["relations"] if r["kind"] == "rewrite"}
        assert rewrites and rewrites <= {(a["article"], a["detail"]["source"]) for a in kept if a["kind"] == "rewrite"}
        altered = {
            (i["article"], tuple(i["span"]))
            for s in story["statements"]
            for i in s["instances"]
            if i["status"] == "altered"
        }
        assert altered and altered <= {(a["article"], tuple(a["span"])) for a in kept if a["kind"] == "altered-quote"}
        outlets = {a["outlet"] for a in doc["articles"]}
        assert len([a for a in kept if a["kind"] == "new-outlet"]) == len(outlets) - 1
        # the same articles again: nothing new, nothing posted
        n = len(Hook.received)
        again = add(str(EXAMPLES), "--db", str(db), "--webhook", url)
        assert again.returncode == 0 and "0 new alerts" in again.stderr and len(Hook.received) == n
        # a webhook that fails is reported; the alerts stay in the store
        Hook.status = 500
        late = tmp_path / "late"
        late.mkdir()
        (late / "late.txt").write_text(files[0].read_text("utf-8").replace("\n\n", "\n\nA late line.\n\n", 1), "utf-8")
        r = add(str(late), "--db", str(db), "--outlet", "Late Edition", "--webhook", url)
        assert r.returncode == 0 and "not delivered" in r.stderr
        with Store(db) as store:
            assert any(a["outlet"] == "Late Edition" for a in store.alerts(since=max(a["seq"] for a in kept)))
        listed = subprocess.run([sys.executable, "-m", "storyline", "alerts", "--db", str(db), "-f", "json", "--kind", "new-outlet"],
                                capture_output=True, text=True)  # fmt: skip
        assert listed.returncode == 0 and {a["kind"] for a in json.loads(listed.stdout)} == {"new-outlet"}
    finally:
        server.shutdown()


class Newsroom(BaseHTTPRequestHandler):
    """Feeds on loopback: one that gains items between polls (ETag, Last-Modified, 304), one that fails,
    one that answers slowly, one robots.txt forbids."""

    items: list[tuple[str, str]] = []
    counts: dict[str, int] = {}

    def do_GET(self) -> None:  # noqa: N802
        import hashlib
        import time as t
        from html import escape

        key = self.path + (" 304" if self.path == "/feed.xml" and self.headers.get("If-None-Match") else "")
        if self.path == "/robots.txt":
            body, ctype = b"User-agent: *\nDisallow: /private/\n", "text/plain"
        elif self.path in ("/feed.xml", "/slow.xml", "/private/feed.xml"):
            if self.path == "/slow.xml":
                t.sleep(1.0)
            entries = "".join(f"<item><title>{escape(title)}</title><link>http://example.org/{i}</link>"
                              f"<description>{escape(escape(text))}</description></item>"
                              for i, (title, text) in enumerate(Newsroom.items if self.path == "/feed.xml" else Newsroom.items[:1]))  # fmt: skip
            body, ctype = (
                f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{entries}</channel></rss>'.encode(),
                "application/rss+xml",
            )
            etag = '"' + hashlib.sha1(body).hexdigest()[:12] + '"'
            if self.headers.get("If-None-Match") == etag:
                Newsroom.counts[self.path + " 304"] = Newsroom.counts.get(self.path + " 304", 0) + 1
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            key = self.path
        else:
            Newsroom.counts[self.path] = Newsroom.counts.get(self.path, 0) + 1
            self.send_error(500 if self.path == "/broken.xml" else 404)
            return
        Newsroom.counts[key] = Newsroom.counts.get(key, 0) + 1
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        if ctype != "text/plain":
            self.send_header("ETag", etag)
            self.send_header("Last-Modified", "Wed, 26 Feb 2025 10:00:00 GMT")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def _count(db: Path) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db, timeout=5) as con:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.Error:
        return 0


def test_watch_polls_politely_survives_a_restart_and_raises_alerts(tmp_path: Path) -> None:
    import signal
    import time

    files = sorted(EXAMPLES.glob("*.txt"))
    texts = [(f.read_text("utf-8").split("\n", 1)[0][:80], f.read_text("utf-8")) for f in files]
    Newsroom.items, Newsroom.counts = texts[:2], {}
    server = ThreadingHTTPServer(("127.0.0.1", 0), Newsroom)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    drop = tmp_path / "drop"
    drop.mkdir()
    listing = tmp_path / "sources.txt"
    listing.write_text(
        f"# the wire\n{base}/feed.xml\n{base}/broken.xml\n{base}/slow.xml\n{base}/private/feed.xml\n{drop}\nnot a source\n"
    )
    db = tmp_path / "s.db"
    cmd = [sys.executable, "-m", "storyline", "watch", str(listing), "--db", str(db), "--every", "1s", "--delay", "0"]
    try:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 180
        while _count(db) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        Newsroom.items = texts[:4]  # the feed gains two items; a file is dropped in the folder
        (drop / files[4].name).write_text(texts[4][1], "utf-8")
        while _count(db) < 5 and time.monotonic() < deadline:
            time.sleep(0.2)
        time.sleep(3)
        proc.send_signal(signal.SIGTERM)
        out, errs = proc.communicate(timeout=120)
        assert proc.returncode == 0 and "stopped" in errs, errs[-2000:]
        assert _count(db) == 5
        assert f"{listing}:7: not a URL, folder or file" in errs
        assert "broken.xml: HTTP 500" in errs and "failures in a row; next try in" in errs
        assert "private/feed.xml: not fetched: robots.txt" in errs and "/private/feed.xml" not in Newsroom.counts
        assert (
            Newsroom.counts["/feed.xml"] == 2 and Newsroom.counts.get("/feed.xml 304", 0) >= 1
        )  # each version fetched once
        rounds = Newsroom.counts["/feed.xml"] + Newsroom.counts["/feed.xml 304"]
        assert Newsroom.counts["/broken.xml"] < rounds  # backs off
        with Store(db) as store:
            kinds = {a["kind"] for a in store.alerts()}
            # one feed is one outlet: its items altering each other's quotes are flagged, the file dropped beside joins
            assert store.placed() == 5 and {"altered-quote", "new-outlet"} <= kinds
            assert store.watch_state(f"{base}/broken.xml")["failures"] >= 1
        # a restart goes on where it stopped: the unchanged feed costs a 304, nothing is stored twice
        before = dict(Newsroom.counts)
        again = subprocess.run(cmd + ["--once"], capture_output=True, text=True, timeout=300)
        assert again.returncode == 0, again.stderr
        assert (
            Newsroom.counts["/feed.xml"] == before["/feed.xml"]
            and Newsroom.counts["/feed.xml 304"] == before["/feed.xml 304"] + 1
        )
        assert _count(db) == 5
        # what was watched is searchable: the word in every report, and who said it
        found = subprocess.run([sys.executable, "-m", "storyline", "search", "backstop", "--db", str(db), "-f", "json"],
                               capture_output=True, text=True, timeout=300)  # fmt: skip
        assert found.returncode == 0, found.stderr
        hits = json.loads(found.stdout)
        assert len(hits["articles"]) == 5 and hits["quotes"] and all(q["speaker"] for q in hits["quotes"])
    finally:
        server.shutdown()
