"""The store: schema versions, idempotent ingest, and resuming after a killed process."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.ingest import ingest
from storyline.store import SCHEMA_VERSION, Store

WORDS = "council bridge harbour engineers cracks vote minister ferry report budget police court school hospital river storm".split()


def corpus(path: Path, n: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            text = " ".join(rng.choice(WORDS) for _ in range(120)) + "."
            f.write(
                json.dumps(
                    {"id": i, "title": f"Story {i}", "text": f"Article {i}. {text}", "source": f"Outlet {i % 7}"}
                )
                + "\n"
            )
    return path


def test_schema_is_versioned(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as s:
        assert s.version == SCHEMA_VERSION
        assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(tmp_path / "s.db") as s:  # opening again migrates nothing
        assert s.version == SCHEMA_VERSION
    db = sqlite3.connect(tmp_path / "s.db")
    db.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    db.close()
    with pytest.raises(RuntimeError, match="newer"):
        Store(tmp_path / "s.db")


def test_ingest_twice_stores_once(tmp_path: Path, corpus_dir: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        first = ingest([corpus_dir], store)
        n = len(store)
        assert first.stored == n >= 9 and not [p for p in first.problems if p.skipped]
        again = ingest([corpus_dir], store)
        assert again.stored == 0 and again.files_unchanged == 8 and len(store) == n
        forced = ingest([corpus_dir], store, force=True)
        assert forced.stored == 0 and forced.already == first.read and len(store) == n
        assert first.already == 1  # the WARC holds the same page as page.html
        assert sorted(forced.article_ids) == sorted(first.article_ids)


def test_changed_file_is_read_again(tmp_path: Path) -> None:
    f = corpus(tmp_path / "a.jsonl", 5)
    with Store(tmp_path / "s.db") as store:
        assert ingest([f], store).stored == 5
        with open(f, "a", encoding="utf-8") as out:
            out.write(json.dumps({"text": "A new article was appended to the file later on.", "source": "New"}) + "\n")
        report = ingest([f], store)
        assert (report.stored, report.already, len(store)) == (1, 5, 6)


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(db, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT])
def test_killed_ingest_resumes_without_loss_or_duplicates(tmp_path: Path, sig: int) -> None:
    total = 4000
    f = corpus(tmp_path / "big.jsonl", total)
    db = tmp_path / "s.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "storyline", "ingest", str(f), "--db", str(db)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, "COLUMNS": "100"},
    )
    deadline = time.monotonic() + 120
    while _count(db) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    proc.send_signal(sig)
    proc.wait(timeout=60)
    before = _count(db)
    assert 0 < before < total, f"the kill should land part-way ({before} of {total})"
    with Store(db) as store:
        kept = {a.id for a in store.articles()}
    r = subprocess.run(
        [sys.executable, "-m", "storyline", "ingest", str(f), "--db", str(db)], capture_output=True, text=True
    )
    assert r.returncode == 0, r.stderr
    with Store(db) as store:
        ids = [a.id for a in store.articles()]
        assert len(ids) == len(set(ids)) == total
        assert kept <= set(ids)
        state = store.source_state(str(f))
        assert state is not None and state.complete
    # the resumed run did not re-read what was already stored
    assert f"{total - before} stored" in r.stderr or f"{total - before} stored" in r.stderr.replace("\n", " ")


@pytest.mark.slow
def test_processes_opening_a_new_store_at_once_all_finish_and_lose_nothing(tmp_path) -> None:
    """Schema creation takes the write lock before it reads the version: no "table already exists"."""
    import sqlite3
    import subprocess
    import sys

    src = tmp_path / "in"
    src.mkdir()
    for i in range(12):
        (src / f"a{i}.txt").write_text(
            f"The council met on Tuesday to discuss item {i} of the harbour bridge repairs and voted.", "utf-8"
        )
    db = tmp_path / "race.db"
    procs = [subprocess.Popen([sys.executable, "-m", "storyline", "ingest", str(src), "--db", str(db)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]  # fmt: skip
    results = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [r[1][-300:] for r in results]
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 12
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.slow
def test_no_worker_outlives_a_killed_ingest(tmp_path: Path) -> None:
    total = 4000
    f = corpus(tmp_path / "big.jsonl", total)
    db = tmp_path / "s.db"
    proc = subprocess.Popen([sys.executable, "-m", "storyline", "ingest", str(f), "--db", str(db), "--workers", "2"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    deadline = time.monotonic() + 120
    while _count(db) == 0 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.05)
    children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=60)
    assert children, "the ingest should have started its workers"
    for _ in range(100):
        alive = [c for c in children if _running(c)]
        if not alive:
            break
        time.sleep(0.1)
    assert not alive, f"workers still running after their parent was killed: {alive}"
    r = subprocess.run(
        [sys.executable, "-m", "storyline", "ingest", str(f), "--db", str(db)], capture_output=True, text=True
    )
    assert r.returncode == 0 and _count(db) == total


def _running(pid: str) -> bool:
    try:
        return "State:\tZ" not in Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False


def _tables(out: Path) -> dict[str, list[str]]:
    from storyline.corpus import TABLES, read_table

    return {t: sorted(json.dumps(r, sort_keys=True) for r in read_table(out, t)) for t in TABLES}


def _store_state(db: Path) -> tuple[list[str], list[list[str]]]:
    with Store(db) as store:
        return sorted(a.id for a in store.articles()), sorted(sorted(s.articles) for s in store.stories())


@pytest.mark.slow
@pytest.mark.parametrize("command", ["run", "add"])
def test_killed_at_random_moments_then_rerun_equals_an_uninterrupted_run(
    tmp_path: Path, corpus_file: Path, command: str
) -> None:
    """kill -9 of `run` or `add` anywhere (ingest, story placement, analysis, table writing), then the same
    command again: the store and the tables are those of a run nobody interrupted."""

    def cmd(db: Path, out: Path) -> list[str]:
        extra = ["--out", str(out), "--workers", "2"] if command == "run" else []
        return [sys.executable, "-m", "storyline", command, str(corpus_file), "--db", str(db), *extra]

    t0 = time.monotonic()
    whole = subprocess.run(cmd(tmp_path / "a.db", tmp_path / "outa"), capture_output=True, text=True)
    took = time.monotonic() - t0
    assert whole.returncode == 0, whole.stderr
    rng = random.Random(7)
    db, out = tmp_path / "b.db", tmp_path / "outb"
    # each kill waits for a moment of the run (started; articles stored; tables begun), then a random while more
    ready = {"started": lambda: True, "stored": lambda: _count(db) > 0, "tables": lambda: (out / "articles").exists()}
    moments = [
        ("started", took),
        ("stored", took / 3),
        ("tables" if command == "run" else "stored", 0.3),
        ("started", took),
    ]
    landed = []
    for moment, within in moments:  # each kill on what the last one left
        proc = subprocess.Popen(cmd(db, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 120
        while not ready[moment]() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, within))
        children = subprocess.run(["pgrep", "-P", str(proc.pid)], capture_output=True, text=True).stdout.split()
        landed.append(proc.poll() is None)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        for _ in range(100):  # its workers die with it
            if not [c for c in children if _running(c)]:
                break
            time.sleep(0.1)
        if command == "run" and (out / "articles").exists():
            from storyline.corpus import read_table

            try:
                read_table(out, "articles")  # a table is either whole or refused as unfinished
            except RuntimeError as err:
                assert "unfinished" in str(err)
    assert sum(landed) >= 2, "most kills should land while the command runs"
    again = subprocess.run(cmd(db, out), capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert _store_state(db) == _store_state(tmp_path / "a.db")
    if command == "run":
        assert _tables(out) == _tables(tmp_path / "outa")


@pytest.mark.slow
def test_run_ingest_and_add_side_by_side_on_one_store(tmp_path: Path, corpus_file: Path) -> None:
    """Three writers at once on a new store: all finish, nothing lost or stored twice, the run's tables whole."""
    from storyline.corpus import read_table

    b, c = corpus(tmp_path / "b.jsonl", 300, seed=2), corpus(tmp_path / "c.jsonl", 200, seed=3)
    db = tmp_path / "s.db"
    m = [sys.executable, "-m", "storyline"]
    procs = [subprocess.Popen(m + ["run", str(corpus_file), "--db", str(db), "--out", str(tmp_path / "out"), "--workers", "2"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
             subprocess.Popen(m + ["ingest", str(b), "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True),
             subprocess.Popen(m + ["add", str(c), "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)]  # fmt: skip
    results = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], [r[1][-400:] for r in results]
    with Store(tmp_path / "alone.db") as alone:
        expected = len(ingest([corpus_file], alone).article_ids) + 500
    assert _count(db) == expected
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    rows = read_table(tmp_path / "out", "articles")  # whole, whatever the others stored meanwhile
    assert len(rows) == len({r["id"] for r in rows}) >= expected - 500
    assert subprocess.run(m + ["add", str(c), "--db", str(db)], capture_output=True).returncode == 0
    with Store(db) as store:
        assert store.placed() == len(store) == expected  # every article in one story, once
