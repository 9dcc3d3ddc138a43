"""The web app as a real server on loopback, clicked through in headless Chromium."""

from __future__ import annotations

import json
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from conftest import EXAMPLES
from test_render import CHROMIUM, HOSTILE, headless

pytest.importorskip("fastapi")


pytestmark = pytest.mark.slow  # real servers and processes: left out of the fast suite


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def server(tmp_path: Path):
    (tmp_path / "in").mkdir()
    for f in EXAMPLES.glob("*.txt"):
        (tmp_path / "in" / f.name).write_text(f.read_text("utf-8"), "utf-8")
    (tmp_path / "in" / "evil.txt").write_text(HOSTILE, "utf-8")
    db = tmp_path / "s.db"
    subprocess.run(
        [sys.executable, "-m", "storyline", "ingest", str(tmp_path / "in"), "--db", str(db)],
        check=True,
        capture_output=True,
    )
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(600):  # until it answers and every article is in a story
        try:
            st = json.loads(urllib.request.urlopen(base + "/api/status", timeout=1).read())
            if st["placed"] == st["articles"] > 0:
                break
        except (urllib.error.URLError, ConnectionError):
            pass
        time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8")


def test_pages_api_and_errors(server: str) -> None:
    status, body = get(server + "/api/stories")
    stories = json.loads(body)
    assert status == 200 and any(len(s["articles"]) == 5 for s in stories)
    big = next(s for s in stories if len(s["articles"]) == 5)
    status, page = get(f"{server}/stories/{big['id']}")
    assert status == 200 and "Provenance" in page and "Who said what" in page
    assert re.search(r"Why these 5 reports are one story.*Starmer", page, re.S)  # the evidence that joined them
    from storyline.quotes import RULES

    shown = set(
        re.findall(r"rule ([a-z-]+)(?=\)|, not named)", page)
    )  # each quote says which attribution rule found its speaker
    assert shown and shown <= {r.name for r in RULES}
    status, doc = get(f"{server}/api/stories/{big['id']}")
    assert status == 200 and {"relations", "statements", "people", "facts"} <= set(json.loads(doc))
    assert get(server + "/stories/no-such-story")[0] == 404
    assert get(server + "/articles/no-such-article")[0] == 404
    assert get(server + "/api/articles/nope")[0] == 404
    assert get(server + "/?q=" + "x" * 300)[0] == 422
    status, spec = get(server + "/openapi.json")
    assert status == 200 and "/api/stories/{story_id}" in json.loads(spec)["paths"]
    status, listing = get(server + "/?q=Starmer")
    assert status == 200 and big["title"] in listing
    evil = next(s for s in stories if "bridge" in s["title"].lower())
    status, page = get(f"{server}/stories/{evil['id']}")
    assert status == 200 and "<script" not in page.lower() and "&lt;b&gt;votes&lt;/b&gt;" in page
    status, page = get(f"{server}/articles/{evil['articles'][0]}")
    assert status == 200 and "<script" not in page.lower() and "&lt;script&gt;document.body" in page


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_click_through_story_article_comparison(server: str, tmp_path: Path) -> None:
    def dom(url: str) -> str:
        return headless("--dump-dom", url, tmp=tmp_path).stdout

    home = dom(server + "/")
    story_link = re.search(r'href="(/stories/[0-9a-f]+)">Starmer', home)
    assert story_link, home[:500]
    story = dom(server + story_link.group(1))
    article_link = re.search(r'href="(/articles/[0-9a-f]+)"', story)
    compare_link = re.search(r'href="(/compare/[0-9a-f]+/[0-9a-f]+)"', story)
    assert article_link and compare_link
    article = dom(server + article_link.group(1))
    assert "words" in article and "back to its story" in article
    compare = dom(server + compare_link.group(1))
    assert re.search(r'<mark class="(?:verbatim|edited|reworded)">', compare)
    for name, path in (
        ("story", story_link.group(1)),
        ("article", article_link.group(1)),
        ("compare", compare_link.group(1)),
    ):
        shot = tmp_path / f"{name}.png"
        headless(f"--screenshot={shot}", "--window-size=1100,1300", server + path, tmp=tmp_path)
        assert shot.exists() and shot.stat().st_size > 10_000
    assert not re.search(r"<body[^>]*data-pwned", dom(server + "/"))


def test_head_security_headers_and_host_check(server: str) -> None:
    import http.client

    host, port = server.removeprefix("http://").split(":")
    con = http.client.HTTPConnection(host, int(port), timeout=60)
    con.request("HEAD", "/")
    r = con.getresponse()
    assert r.status == 200 and r.read() == b""
    for name in ("X-Content-Type-Options", "X-Frame-Options", "Content-Security-Policy", "Referrer-Policy"):
        assert r.getheader(name), name
    # a page elsewhere that rebinds its own name to 127.0.0.1 sends its own Host: refused
    con.request("GET", "/api/stories", headers={"Host": "attacker.example"})
    r = con.getresponse()
    assert r.status == 400 and b"Host not allowed" in r.read()
    con.request("GET", "/api/stories", headers={"Host": f"localhost:{port}"})
    r = con.getresponse()
    assert r.status == 200 and r.read().startswith(b"[")


def test_store_kept_ready_beside_the_server_while_another_command_adds(server: str, tmp_path: Path) -> None:
    """`serve` places, analyses and renders ahead of the reader; an `add` by another process while it
    serves finishes, and the server shows the new article in its story without a restart."""

    def status() -> dict:
        return json.loads(get(server + "/api/status")[1])

    def until(cond, seconds: float = 240) -> dict:  # noqa: ANN001
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            st = status()
            if cond(st):
                return st
            time.sleep(0.2)
        raise AssertionError(f"not reached: {status()}")

    st = until(lambda st: st["analysed"] == st["stories"])
    before = {a for s in json.loads(get(server + "/api/stories")[1]) for a in s["articles"]}
    people = get(server + "/people")[1]
    assert people.count("<li>") >= 3 and "still being analysed" not in people  # read from what is kept
    first = sorted(EXAMPLES.glob("*.txt"))[0].read_text("utf-8")
    late = tmp_path / "late" / "late.txt"
    late.parent.mkdir()
    late.write_text(first.replace("\n\n", "\n\nA line the late edition added about the visit.\n\n", 1), "utf-8")
    r = subprocess.run([sys.executable, "-m", "storyline", "add", str(late.parent), "--db", str(tmp_path / "s.db")],
                       capture_output=True, text=True, timeout=300)  # fmt: skip
    assert r.returncode == 0, r.stderr
    after = until(lambda x: x["articles"] == st["articles"] + 1 == x["placed"] and x["analysed"] == x["stories"])
    assert after["changed_at"] >= st["changed_at"]
    stories = json.loads(get(server + "/api/stories")[1])
    (new,) = {a for s in stories for a in s["articles"]} - before
    (home,) = [s for s in stories if new in s["articles"]]
    assert len(home["articles"]) >= 2  # a copy joins its original's story
    status_code, page = get(f"{server}/stories/{home['id']}")
    assert status_code == 200 and f"/articles/{new}" in page


def all_analysed(server: str, seconds: float = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        st = json.loads(get(server + "/api/status")[1])
        if st["analysed"] == st["stories"]:
            return
        time.sleep(0.2)
    raise AssertionError("the stories were not analysed in time")


def test_search_finds_articles_quotes_and_people_and_points_at_the_words(server: str, tmp_path: Path) -> None:
    all_analysed(server)  # the quotes of a story are searchable once it is analysed
    with sqlite3.connect(tmp_path / "s.db") as con:  # a quoted passage of some article, and its speaker's words
        text, start, end, speaker = con.execute(
            "SELECT text, start, stop, speaker FROM quotes_fts WHERE speaker != '' LIMIT 1"
        ).fetchone()
    query = " ".join(re.findall(r"\w{4,}", text)[:3])
    status, doc = get(server + "/api/search?q=" + urllib.parse.quote(query))
    found = json.loads(doc)
    assert status == 200 and found["quotes"] and found["articles"]
    hit = next(h for h in found["quotes"] if h["start"] == start)
    assert hit["speaker"] == speaker
    article = json.loads(get(f"{server}/api/articles/{hit['article']}")[1])
    assert article["text"][hit["start"] : hit["end"]].replace("\n", " ") == re.sub(
        r"[\x02\x03]", "", hit["text"]
    ).replace("\n", " ")
    for h in found["articles"]:  # each article hit points at one of the words asked for
        body = json.loads(get(f"{server}/api/articles/{h['article']}")[1])["text"]
        assert (
            body[h["start"] : h["end"]].casefold() in {w.casefold() for w in query.split()}
            or h["start"] == h["end"] == 0
        )
    people = json.loads(get(server + "/api/search?q=" + urllib.parse.quote(speaker.split()[-1]))[1])["people"]
    assert any(p["name"] == speaker and p["quotes"] >= 1 for p in people)
    # the page marks the words in place, and hostile queries are words, never syntax or markup
    status, page = get(f"{server}/articles/{hit['article']}?at={hit['start']}-{hit['end']}")
    assert status == 200 and '<mark id="at">' in page
    for q in ['"unbalanced', "NEAR(a b", "<script>alert(1)</script>", "*", ""]:
        status, page = get(server + "/search?q=" + urllib.parse.quote(q))
        assert status == 200 and "<script>alert" not in page
    assert get(f"{server}/articles/{hit['article']}?at=1-2-3")[0] == 422
    r = subprocess.run([sys.executable, "-m", "storyline", "search", query, "--db", str(tmp_path / "s.db"), "-f", "json"],
                       capture_output=True, text=True, timeout=120)  # fmt: skip
    assert r.returncode == 0 and json.loads(r.stdout)["quotes"] == found["quotes"][:10]


def test_alerts_page_feed_and_api_clicked_through(server: str, tmp_path: Path) -> None:
    import feedparser

    all_analysed(server)  # alerts are found as the stories are analysed beside the server
    alerts = json.loads(get(server + "/api/alerts")[1])
    assert {"altered-quote", "rewrite", "new-outlet"} <= {a["kind"] for a in alerts}
    assert [a["seq"] for a in alerts] == sorted((a["seq"] for a in alerts), reverse=True)
    assert json.loads(get(f"{server}/api/alerts?since={alerts[0]['seq']}")[1]) == []
    status, atom = get(server + "/alerts.atom")
    feed = feedparser.parse(atom)
    assert status == 200 and not feed.bozo and len(feed.entries) == min(100, len(alerts))
    assert {e.id for e in feed.entries} == {f"urn:storyline:alert:{a['key']}" for a in alerts[:100]}
    if CHROMIUM is None:
        pytest.skip("the page is clicked through in Debian's chromium (.ci/run installs it)")
    page = headless("--dump-dom", server + "/alerts?kind=altered-quote", tmp=tmp_path).stdout
    rows = re.findall(r"<tr><td[^>]*>[^<]*</td><td>([a-z-]+)</td>", page)
    assert rows and set(rows) == {"altered-quote"}
    link = re.search(r'href="(/articles/[0-9a-f]+\?at=\d+-\d+#at)"', page)
    assert link
    article = headless("--dump-dom", server + link.group(1).replace("&amp;", "&"), tmp=tmp_path).stdout
    assert '<mark id="at">' in article
    assert get(server + "/alerts?kind=<script>")[0] == 422
