"""Reports: Markdown and a one-file HTML report, with hostile article text, checked in a real browser."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Ran, cli, EXAMPLES

HOSTILE = (
    "Council <b>votes</b> to close the bridge\n\n"
    "The council voted on Tuesday to close the harbour bridge after engineers found cracks. "
    "<script>document.body.setAttribute('data-pwned','script')</script>\n\n"
    "“We will not risk lives <img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">,” "
    "said the council leader, Maria Okafor.\n\n"
    "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">Read more about the bridge closure here</a>\n"
)


def storyline(*args: str, cwd: Path) -> Ran:
    return cli(*args, cwd=cwd)


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    d.mkdir()
    (d / "evil.txt").write_text(HOSTILE, "utf-8")
    (d / "evil.txt.json").write_text('{"outlet": "Evil <i>Daily</i>", "url": "javascript:alert(1)"}', "utf-8")
    (d / "other.txt").write_text(HOSTILE.replace("Tuesday", "Monday").replace("Okafor", "Okafor-Smith"), "utf-8")
    return d


def test_html_report_escapes_article_text(tmp_path: Path, hostile_dir: Path) -> None:
    r = storyline("analyze", str(hostile_dir), "--format", "html", "-o", "report.html", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    html = (tmp_path / "report.html").read_text("utf-8")
    import lxml.html

    doc = lxml.html.fromstring(html)
    elements = list(doc.iter())
    assert not [e for e in elements if e.tag in ("script", "img", "iframe", "object", "embed")]
    assert not [(e.tag, a) for e in elements for a in e.attrib if a.lower().startswith("on")]  # no event handlers
    assert not [e.get("href") for e in elements if (e.get("href") or "").lower().startswith("javascript")]
    assert not [e for e in elements if (e.get("src") or "").startswith("http")]  # nothing fetched from the network
    assert "&lt;script&gt;" in html and "Evil &lt;i&gt;Daily&lt;/i&gt;" in html
    assert "<script>document.body" in doc.text_content()  # the hostile text is shown, as text


def test_report_links_back_to_the_words(tmp_path: Path) -> None:
    assert storyline("analyze", str(EXAMPLES), "--format", "html", "-o", "r.html", cwd=tmp_path).returncode == 0
    html = (tmp_path / "r.html").read_text("utf-8")
    links = set(re.findall(r'href="#([^"]+)"', html))
    ids = set(re.findall(r'id="([^"]+)"', html))
    assert len(links) > 20 and links <= ids  # summary, quotes, figures and exclusives all point at anchors in the texts
    assert re.search(r'<mark class="[^"]*\bchanged\b', html)  # changed words marked in the side-by-side views


def test_markdown_report(tmp_path: Path) -> None:
    r = storyline("analyze", str(EXAMPLES), "--format", "markdown", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("# Storyline report")
    assert "| outlet | date | title | words | provenance |" in r.stdout
    assert "rewrite of 000_8a95103bfc1c7829" in r.stdout
    assert re.search(r"Together because they share:\* names [^\n]*Starmer \(5/5\)", r.stdout)


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def headless(*args: str, tmp: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         f"--user-data-dir={tmp / 'profile'}", "--virtual-time-budget=3000", *args],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip


@pytest.mark.slow
@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (.ci/run installs it)")
def test_report_in_a_real_browser_runs_nothing(tmp_path: Path, hostile_dir: Path) -> None:
    assert (
        storyline("analyze", str(hostile_dir), "--format", "html", "-o", "hostile.html", cwd=tmp_path).returncode == 0
    )
    dom = headless("--dump-dom", (tmp_path / "hostile.html").as_uri(), tmp=tmp_path).stdout
    assert "<h1>Storyline report</h1>" in dom
    assert not re.search(r"<body[^>]*data-pwned", dom)
    # the example report renders, and a screenshot of it is taken
    assert storyline("analyze", str(EXAMPLES), "--format", "html", "-o", "example.html", cwd=tmp_path).returncode == 0
    shot = tmp_path / "example.png"
    headless(f"--screenshot={shot}", "--window-size=1200,1600", (tmp_path / "example.html").as_uri(), tmp=tmp_path)
    assert shot.exists() and shot.stat().st_size > 20_000


def test_an_outlet_that_is_only_a_file_name_is_said_to_be_one(tmp_path) -> None:
    import json as _json
    import subprocess

    (tmp_path / "in").mkdir()
    text = "The harbour bridge will close on Tuesday for repairs to its supports, the council said."
    (tmp_path / "in" / "a1.txt").write_text(text, "utf-8")
    (tmp_path / "in" / "b2.txt").write_text(text.replace("Tuesday", "Monday"), "utf-8")
    (tmp_path / "in" / "b2.txt.json").write_text(_json.dumps({"outlet": "Harbour Gazette"}), "utf-8")
    r = subprocess.run(
        [sys.executable, "-m", "storyline", "analyze", str(tmp_path / "in"), "--format", "json"],
        capture_output=True,
        text=True,
    )
    flags = {a["outlet"]: a["outlet_is_file_name"] for a in _json.loads(r.stdout)["articles"]}
    assert flags == {"a1": True, "Harbour Gazette": False}
