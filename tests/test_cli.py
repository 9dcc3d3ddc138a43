"""The commands a newcomer runs: in this process (Typer's runner), and as a real process where the terminal matters."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, cli


def storyline(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "storyline", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env={"COLUMNS": "80", "PATH": "/usr/bin:/bin", "HOME": str(cwd or Path.home())},
    )


def test_analyze_examples_json_lists_five_articles() -> None:
    r = cli("analyze", str(EXAMPLES), "--format", "json")
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
    r = cli("ingest", str(corpus_dir), "--db", "s.db", cwd=tmp_path)
    assert r.returncode == 0 and "9 stored" in r.stderr, r.stderr
    r = cli("articles", "--db", "s.db", "--format", "json", cwd=tmp_path)
    rows = json.loads(r.stdout)
    assert len(rows) == 9 and {"Coast Daily", "Quay News", "The Harbour Gazette"} <= {x["outlet"] for x in rows}
    r = cli("articles", "--db", "missing.db", cwd=tmp_path)
    assert r.returncode == 1 and "no such store" in r.stderr


@pytest.mark.slow
def test_analyze_a_store_without_paths(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert cli("ingest", str(EXAMPLES), "--db", str(db)).returncode == 0
    r = cli("analyze", "--db", str(db), "-f", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert len(doc["articles"]) == len(list(EXAMPLES.glob("*.txt"))) and doc["stories"]
    assert cli("analyze").returncode == 2
    missing = cli("analyze", "--db", str(tmp_path / "none.db"))
    assert missing.returncode == 1 and "no such store" in missing.stderr


@pytest.mark.slow
def test_settings_file_changes_the_stories_and_is_kept_beside_the_tables(tmp_path: Path, corpus_file: Path) -> None:
    """--config: a threshold changed without editing code changes what every command finds; the run
    writes the settings it used beside its tables; a file that cannot be used names the file and the key."""
    records = []
    for line in corpus_file.read_text("utf-8").splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            continue  # the fixture's broken line
    records = [r for r in records if r.get("text")]
    articles = tmp_path / "articles.jsonl"
    articles.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    strict = tmp_path / "strict.toml"
    strict.write_text(
        "[stories]\nmin_similarity = 0.99  # only near copies are neighbours\n\n[dedup]\nthreshold = 0.9\n", "utf-8"
    )

    def stories(*extra: str) -> int:
        r = cli("cluster", "--jsonl", str(articles), *extra)
        assert r.returncode == 0, r.stderr
        return len({json.loads(line)["story"] for line in r.stdout.splitlines()})

    assert stories("--config", str(strict)) > stories() > 1
    db = tmp_path / "s.db"
    r = cli("run", str(articles), "--db", str(db), "--out", str(tmp_path / "out"), "--workers", "1", "--no-analysis",
                  "--config", str(strict))  # fmt: skip
    assert r.returncode == 0, r.stderr
    kept = json.loads((tmp_path / "out" / "settings.json").read_text("utf-8"))
    assert (
        kept["stories"]["min_similarity"] == 0.99
        and kept["dedup"]["threshold"] == 0.9
        and kept["stories"]["neighbours"] == 8
    )
    for text, says in (("[stories]\nmin_similarty = 0.3\n", "stories.min_similarty is no setting"),
                       ("[story]\nthreshold = 0.3\n", "[story] is no section"),
                       ("[stories]\nneighbours = 'eight'\n", "stories.neighbours must be int"),
                       ("[stories\n", "not TOML")):  # fmt: skip
        bad = tmp_path / "bad.toml"
        bad.write_text(text, "utf-8")
        r = cli("cluster", "--jsonl", str(articles), "--config", str(bad))
        assert r.returncode == 2 and str(bad) in r.stderr and says in r.stderr.replace("\n", ""), r.stderr


def test_every_setting_is_documented_with_its_default() -> None:
    """docs/settings.md has a row for every field of every stage's settings, with the default the code uses."""
    import dataclasses

    from storyline.settings import SECTIONS, Settings

    doc = (EXAMPLES.parent / "docs" / "settings.md").read_text("utf-8")
    defaults = Settings()
    for name in SECTIONS:
        part = doc.split(f"## `[{name}]`", 1)
        assert len(part) == 2, f"no section [{name}]"
        table = part[1].split("\n## ", 1)[0]
        for f in dataclasses.fields(defaults.section(name)):
            value = getattr(defaults.section(name), f.name)
            shown = "`[]`" if value == () else str(value)
            assert f"| `{f.name}` | {shown} |" in table, f"{name}.{f.name} = {value} not documented"


def test_quote_settings_switch_an_attribution_rule_off(tmp_path: Path) -> None:
    text = "“We will reopen the bridge before the summer season starts,” said Maria Okafor, the council leader."
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a", "text": text}) + "\n", "utf-8")

    def first_quote(*extra: str) -> dict:
        r = cli("quotes", "--jsonl", "in.jsonl", *extra, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        return json.loads(r.stdout)["quotes"][0]

    rule = first_quote()["rule"]
    assert first_quote()["speaker"] == "Maria Okafor"
    (tmp_path / "off.toml").write_text(f'[quotes]\nrules_off = ["{rule}"]\n', "utf-8")
    assert first_quote("--config", "off.toml")["rule"] != rule
    (tmp_path / "bad.toml").write_text('[quotes]\nrules_off = ["no-such-rule"]\n', "utf-8")
    r = cli("quotes", "--jsonl", "in.jsonl", "--config", "bad.toml", cwd=tmp_path)
    assert r.returncode == 2 and "no attribution rule named no-such-rule" in r.stderr.replace("\n", "")


@pytest.mark.slow
def test_settings_of_the_later_stages_reach_what_analyze_finds(tmp_path: Path) -> None:
    """[reuse] and [briefing] settings change the provenance and the briefing that `analyze` prints."""

    def story(*extra: str) -> dict:
        r = cli("analyze", str(EXAMPLES), "-f", "json", *extra, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        [found] = json.loads(r.stdout)["stories"]
        return found

    default = story()
    assert any(r["kind"] == "rewrite" for r in default["relations"]) and len(default["briefing"]["summary"]) > 2
    (tmp_path / "s.toml").write_text(
        "[reuse]\nrewrite_sentences = 1.01\nduplicate = 1.01\nheavy_private = 2.0\n\n[briefing]\nsentences = 2\n",
        "utf-8",
    )
    changed = story("--config", "s.toml")
    assert not any(r["kind"] in ("rewrite", "duplicate") for r in changed["relations"])
    assert len(changed["briefing"]["summary"]) == 2


def test_every_command_takes_the_settings_file_and_checks_it(tmp_path: Path, corpus_dir: Path) -> None:
    """The same --config can be passed to every command; a command without thresholds still refuses a bad file."""
    good, bad = tmp_path / "good.toml", tmp_path / "bad.toml"
    good.write_text("[verify]\nmin_shared = 5\n", "utf-8")
    bad.write_text("[verify]\nmin_shard = 5\n", "utf-8")
    assert cli("ingest", str(corpus_dir), "--db", "s.db", "--config", str(good), cwd=tmp_path).returncode == 0
    for command in (["articles"], ["alerts"], ["search", "bridge"]):
        assert cli(*command, "--db", "s.db", "--config", str(good), cwd=tmp_path).returncode == 0, command
        r = cli(*command, "--db", "s.db", "--config", str(bad), cwd=tmp_path)
        assert r.returncode == 2 and "verify.min_shard is no setting" in r.stderr.replace("\n", ""), command
