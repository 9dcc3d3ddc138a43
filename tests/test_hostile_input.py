"""Hostile input: any record a file can hold is stored or named (file:line: reason), never a crash,
and one bad record never costs the good ones beside it.  Real files, a real SQLite store."""

from __future__ import annotations

import csv
import gzip
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from storyline.ingest import ingest
from storyline.store import Store


def good(i: int) -> dict:
    return {"id": f"g{i}", "title": f"Council meeting {i}", "source": "Gazette",
            "text": f"The council met on Tuesday to discuss item {i}, the harbour bridge, and voted to close it for repairs."}  # fmt: skip


BAD = [
    {
        "text": "A lone surrogate \udc80 in the text of an otherwise fine article about the harbour bridge.",
        "title": "Bridge \udc80",
    },
    {
        "text": "An article whose date has an offset of a day that no clock has, about the ferry.",
        "published": "2024-01-01T00:00:00+24:00",
    },
    {
        "text": "An article with a number for a title and a list for an outlet, about the ferry service.",
        "title": 5,
        "source": [1, 2],
    },
    {"text": ["a", "list", "of", "words"]},
    {
        "text": "An article with an integer too large for the store in a field, about the harbour bridge.",
        "views": 10**40,
    },
    {"text": "An article about the harbour with an outlet given as an object in its source field.", "source": {"a": 1}},
]


def _store_rows(db: Path) -> tuple[int, str]:
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM articles").fetchone()[0], con.execute(
            "PRAGMA integrity_check"
        ).fetchone()[0]
    finally:
        con.close()


def test_bad_records_cost_nothing_and_a_rerun_duplicates_nothing(tmp_path: Path) -> None:
    f = tmp_path / "mixed.jsonl"
    lines = []
    for i, bad in enumerate(BAD):
        lines += [
            json.dumps(good(2 * i), ensure_ascii=True),
            json.dumps(bad, ensure_ascii=True),
            json.dumps(good(2 * i + 1)),
        ]
    lines.append("9" * 5000)  # an integer of 5,000 digits
    lines.append("[" * 10_000 + "]" * 10_000)  # nested beyond any parser's stack
    f.write_bytes(("\n".join(lines) + "\n").encode("utf-8") + b'{"text": "undecodable \xff\xfe bytes in a value"}\n')
    db = tmp_path / "s.db"
    for _ in range(2):  # a second run finds everything stored already
        with Store(db) as store:
            report = ingest([f], store, force=True)
        assert report.read >= 2 * len(BAD)
    n, ok = _store_rows(db)
    assert ok == "ok"
    ids = {json.loads(x)["id"] for x in lines if x.startswith('{"id"')}
    with Store(db) as store:
        stored_ids = [a.meta.get("id") for a in store.articles()]
    assert all(stored_ids.count(i) == 1 for i in ids)  # every good record, once
    assert n == len(stored_ids) <= len(ids) + len(BAD)  # and the bad ones at most once each (the repairable ones)
    bad_lines = {str(p).split(": ")[0] for p in report.problems if p.skipped}
    assert (
        f"{f}:{3 * len(BAD) + 1}" in bad_lines
        and f"{f}:{3 * len(BAD) + 2}" in bad_lines
        and f"{f}:{3 * len(BAD) + 3}" in bad_lines
    )


def test_csv_written_by_csv_writer_round_trips(tmp_path: Path) -> None:
    rows = [{"title": f"Quote {i}", "text": f'“We will rebuild, and we will do it fast,” the mayor said, adding: "every home, every road, by {2025 + i}."\n\nA second paragraph, with commas, {i}.',
             "source": "Gazette, Harbour edition", "date": f"2024-03-0{i + 1}"} for i in range(8)]  # fmt: skip
    f = tmp_path / "a.csv"
    with open(f, "w", newline="", encoding="utf-8") as out:
        w = csv.DictWriter(out, fieldnames=["title", "text", "source", "date"])
        w.writeheader()
        w.writerows(rows)
    with Store(tmp_path / "s.db") as store:
        report = ingest([f], store)
        stored = sorted(store.articles(), key=lambda a: a.title or "")
    assert report.stored == 8 and not report.problems
    assert [a.title for a in stored] == [r["title"] for r in rows]
    assert all(a.outlet == "Gazette, Harbour edition" and "every home, every road" in a.text for a in stored)


def test_every_gzip_format_is_read_and_pdf_is_named(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Bridge</title></head><body><article><p>"
        + "The harbour bridge will close on Tuesday for repairs to its supports. " * 8
        + "</p></article></body></html>"
    )
    (tmp_path / "p.html.gz").write_bytes(gzip.compress(page.encode()))
    (tmp_path / "a.json.gz").write_bytes(gzip.compress(json.dumps([good(1)]).encode()))
    (tmp_path / "b.ndjson.gz").write_bytes(gzip.compress((json.dumps(good(2)) + "\n").encode()))
    (tmp_path / "c.txt.gz").write_bytes(gzip.compress(good(3)["text"].encode()))
    (tmp_path / "d.pdf").write_bytes(b"%PDF-1.4 1 0 obj << >> endobj")
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress((json.dumps(good(4)) + "\n").encode() * 50)[:-20])  # truncated
    with Store(tmp_path / "s.db") as store:
        report = ingest([tmp_path], store)
    assert report.stored >= 5
    msgs = [str(p) for p in report.problems]
    assert any(m.startswith(f"{tmp_path / 'd.pdf'}: PDF is not supported") for m in msgs)
    assert any(m.startswith(str(tmp_path / "e.jsonl.gz")) for m in msgs)


def test_empty_folder_and_crafted_file_names(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    run = subprocess.run(
        [sys.executable, "-m", "storyline", "ingest", str(empty), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 1 and "no articles read" in run.stderr
    crafted = tmp_path / "names"
    crafted.mkdir()
    (crafted / "x.txt\n\x1b[31mfake.txt: 0 stored").write_bytes(b"\x00\x01 binary")
    (crafted / "ok.txt").write_text(good(1)["text"], "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "storyline", "ingest", str(crafted), "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0 and "\x1b[31m" not in run.stderr and "\\x1b" in run.stderr
    assert not any(line.startswith("fake.txt") for line in run.stderr.splitlines())


def test_pipes_are_named_not_read_and_a_slow_file_is_cut_and_resumed(tmp_path: Path) -> None:
    import os

    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "feed.jsonl")  # nobody writes to it: reading it would block for ever
    (folder / "ok.txt").write_text(good(1)["text"], "utf-8")
    run = subprocess.run([sys.executable, "-m", "storyline", "ingest", str(folder), str(folder / "feed.jsonl"), "--db", str(tmp_path / "p.db")],
                         capture_output=True, text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stderr.count("feed.jsonl: not a regular file") == 2 and "1 stored" in run.stderr

    big = tmp_path / "big.jsonl"
    big.write_text("".join(json.dumps(good(i)) + "\n" for i in range(1000)), "utf-8")
    db = tmp_path / "s.db"
    with Store(db) as store:
        cut = ingest([big], store, file_seconds=1e-6)  # past the limit after the first chunk
    assert 0 < cut.stored < 1000
    assert any("time limit per file" in str(p) and str(p).startswith(str(big)) for p in cut.problems)
    with Store(db) as store:
        rest = ingest([big], store)  # the next run goes on from where the first stopped
        ids = [a.meta.get("id") for a in store.articles()]
    assert cut.stored + rest.stored == 1000 and sorted(ids) == sorted(f"g{i}" for i in range(1000))
    assert not rest.problems


_json = st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
                     lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(["text", "title", "source", "published", "url", "id", "language"]), value=_json)
def test_any_json_value_in_any_field_never_costs_the_record_beside_it(
    tmp_path: Path, field: str, value: object
) -> None:
    f = tmp_path / "fuzz.jsonl"
    record = dict(good(0), **{field: value})
    f.write_text(json.dumps(good(1)) + "\n" + json.dumps(record) + "\n" + json.dumps(good(2)) + "\n", "utf-8")
    db = tmp_path / "fuzz.db"
    db.unlink(missing_ok=True)
    with Store(db) as store:
        report = ingest([f], store, force=True)
        ids = [a.meta.get("id") for a in store.articles()]
    assert ids.count("g1") == 1 and ids.count("g2") == 1
    assert _store_rows(db)[1] == "ok"
    assert report.stored + report.skipped >= 3 - 1  # the fuzzed one is stored or named (it may equal a good one)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=400))
def test_any_bytes_in_a_line_never_cost_the_lines_around_it(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "bytes.jsonl"
    f.write_bytes(
        json.dumps(good(1)).encode() + b"\n" + data.replace(b"\n", b" ") + b"\n" + json.dumps(good(2)).encode() + b"\n"
    )
    db = tmp_path / "bytes.db"
    db.unlink(missing_ok=True)
    with Store(db) as store:
        ingest([f], store, force=True)
        ids = [a.meta.get("id") for a in store.articles()]
    assert ids.count("g1") == 1 and ids.count("g2") == 1
