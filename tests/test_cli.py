"""The commands a newcomer runs, as real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import EXAMPLES


def storyline(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True, text=True, cwd=cwd,
                          env={"COLUMNS": "80", "PATH": "/usr/bin:/bin", "HOME": str(cwd or Path.home())})


def test_analyze_examples_json_lists_five_articles() -> None:
    r = storyline("analyze", str(EXAMPLES), "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    arts = doc["articles"]
    assert len(arts) == 5 and len({a["id"] for a in arts}) == 5
    for a in arts:
        assert set(a) >= {"id", "outlet", "title", "published", "path", "words"}
        assert a["words"] > 400 and Path(a["path"]).name.startswith(a["outlet"])
    dated = [a for a in arts if a["published"]]
    assert len(dated) == 2 and all(a["published"] == "2025-02-27" for a in dated)
    assert sum(1 for a in arts if a["title"]) == 3
    assert isinstance(doc["stories"], list)


def test_analyze_text_output_fits_80_columns() -> None:
    r = storyline("analyze", str(EXAMPLES))
    assert r.returncode == 0, r.stderr
    assert max(len(line) for line in r.stdout.splitlines()) <= 80
    assert "000_8a95103bfc1c7829" in r.stdout and "5 articles" in r.stdout


def test_ingest_then_articles(tmp_path: Path, corpus_dir: Path) -> None:
    r = storyline("ingest", str(corpus_dir), "--db", "s.db", cwd=tmp_path)
    assert r.returncode == 0 and "9 stored" in r.stderr, r.stderr
    r = storyline("articles", "--db", "s.db", "--format", "json", cwd=tmp_path)
    rows = json.loads(r.stdout)
    assert len(rows) == 9 and {"Coast Daily", "Quay News", "The Harbour Gazette"} <= {x["outlet"] for x in rows}
    r = storyline("articles", "--db", "missing.db", cwd=tmp_path)
    assert r.returncode == 1 and "no such store" in r.stderr


def test_analyze_a_store_without_paths(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert storyline("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    r = storyline("analyze", "--db", str(db), "-f", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["articles"]) == len(list(EXAMPLES.glob("*.txt"))) and doc["stories"]
    assert storyline("analyze").returncode == 2
    missing = storyline("analyze", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and "no such store" in missing.stderr
