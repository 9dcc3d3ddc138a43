"""Hostile input: files mixing good records with one bad one, each ingested by the real CLI.

    python benchmarks/hostile_bench.py [--rounds 3]

Counts, over every case: commands that crash (a Python traceback, or an exit status other than
0/1), good records lost (stored fewer than once) or duplicated (more than once, after a second
run), the slowest case, and the peak memory of the process (``/usr/bin/time``-free: ru_maxrss of
the children).  Every case is written fresh into a temporary folder; nothing is downloaded.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def good(i: int) -> dict:
    return {"id": f"g{i}", "title": f"Council meeting {i}", "source": "Gazette", "date": "2024-03-05",
            "text": f"The council met on Tuesday to discuss item {i}, the harbour bridge, and voted to close it. “It is not safe, and we will not wait,” the mayor said."}  # fmt: skip


BAD_VALUES = [
    ("lone surrogate", {"text": "x \udc80 y " * 5, "title": "\udc80"}),
    ("date offset +24h", {"published": "2024-01-01T00:00:00+24:00"}),
    ("date offset +99h", {"date": "Mon, 01 Jan 2024 00:00:00 +9900"}),
    ("number as title", {"title": 5}),
    ("list as text", {"text": ["a", "b"]}),
    ("object as outlet", {"source": {"a": 1}}),
    ("int too large", {"views": 10**40}),
    ("null text", {"text": None}),
    ("float nan date", {"date": float("nan")}),
]
RAW_LINES = [
    ("5,000-digit integer", "9" * 5000),
    ("10k nested arrays", "[" * 10_000 + "]" * 10_000),
    ("undecodable bytes", b'{"text": "bad \xff\xfe bytes"}'),
    ("truncated JSON", '{"text": "unterminated'),
]


def jsonl_case(folder: Path, name: str, bad_line: str | bytes, n: int) -> tuple[Path, set[str]]:
    lines = [json.dumps(good(i)).encode() for i in range(n)]
    at = n // 2
    lines.insert(at, bad_line if isinstance(bad_line, bytes) else bad_line.encode("utf-8", "surrogatepass"))
    f = folder / f"{name.replace(' ', '_')}.jsonl"
    f.write_bytes(b"\n".join(lines) + b"\n")
    return f, {f"g{i}" for i in range(n)}


def cases(folder: Path, n: int) -> list[tuple[str, list[Path], set[str]]]:
    out = []
    for name, fields in BAD_VALUES:
        record = dict(good(10_000), **fields)
        line = json.dumps(record, ensure_ascii=True, allow_nan=True)
        f, ids = jsonl_case(folder, name, line, n)
        out.append((f"jsonl: {name}", [f], ids))
    for name, line in RAW_LINES:
        f, ids = jsonl_case(folder, name, line, n)
        out.append((f"jsonl: {name}", [f], ids))
    # CSV as csv.writer writes it: quoted speech full of commas and quotes
    f = folder / "writer.csv"
    with open(f, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["id", "title", "text", "source", "date"])
        w.writeheader()
        w.writerows(good(i) for i in range(n))
    out.append(("csv: written by csv.writer", [f], {f"g{i}" for i in range(n)}))
    f = folder / "latin1.csv"
    body = io.StringIO()
    w = csv.DictWriter(body, fieldnames=["id", "title", "text", "source", "date"])
    w.writeheader()
    w.writerows(
        dict(good(i), text=good(i)["text"].replace("“", '"').replace("”", '"') + " Café déjà vu.") for i in range(n)
    )
    f.write_bytes(body.getvalue().encode("latin-1"))
    out.append(("csv: latin-1", [f], {f"g{i}" for i in range(n)}))
    # compressed and odd files beside good ones
    d = folder / "mixed"
    d.mkdir()
    for i in range(n):
        (d / f"g{i}.txt").write_text(good(i)["text"], "utf-8")
    (d / "bomb.txt.gz").write_bytes(gzip.compress(b"\n" * (80 * 1024 * 1024)))
    (d / "truncated.jsonl.gz").write_bytes(
        gzip.compress(b"\n".join(json.dumps(good(i + 5000)).encode() for i in range(50)))[:-30]
    )
    (d / "paper.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    (d / "deep.json").write_text("[" * 40_000 + "]" * 40_000)
    (d / "one_line.txt").write_text("word " * 2_000_000)
    (d / "x.txt\n\x1b[31mfake.txt: 0 stored").write_text("a crafted name " * 20)
    (d / "sidecar.txt").write_text(good(n + 1)["text"], "utf-8")
    (d / "sidecar.txt.json").write_text(json.dumps({"outlet": 5, "date": [1, 2]}))
    out.append(("folder: gzip bomb, truncated gz, pdf, deep JSON, 10 MB line, crafted name, bad sidecar", [d],
                {f"g{i}" for i in range(n)} | {f"g{n + 1}"}))  # fmt: skip
    piped = folder / "piped"
    piped.mkdir()
    for i in range(n):
        (piped / f"g{i}.txt").write_text(good(i)["text"], "utf-8")
    os.mkfifo(piped / "pipe.jsonl")  # nobody writes to it: a reader that opens it waits for ever
    out.append(
        ("a named pipe given beside a folder of good files", [piped / "pipe.jsonl", piped], {f"g{i}" for i in range(n)})
    )
    empty = folder / "empty"
    empty.mkdir()
    out.append(("empty folder", [empty], set()))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--records", type=int, default=40, help="good records per case")
    args = ap.parse_args()
    totals = {"cases": 0, "crashes": 0, "good": 0, "lost": 0, "duplicated": 0}
    slowest = (0.0, "")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, paths, want in cases(folder, args.records):
            db = folder / f"{abs(hash(name))}.db"
            t0 = time.monotonic()
            for _ in range(2):  # the second run must add nothing
                try:
                    r = subprocess.run([sys.executable, "-m", "storyline", "ingest", *map(str, paths), "--db", str(db), "--force"],
                                       capture_output=True, text=True, timeout=120)  # fmt: skip
                except subprocess.TimeoutExpired as err:  # counted as a crash: the command never ended
                    r = subprocess.CompletedProcess(err.cmd, -9, "", "timed out")
                crashed = "Traceback" in r.stderr or r.returncode not in (0, 1)
                totals["crashes"] += crashed
            dt = time.monotonic() - t0
            slowest = max(slowest, (dt, name))
            ids = []
            if db.exists():
                con = sqlite3.connect(db)
                for meta, text in con.execute("SELECT meta, text FROM articles"):
                    mid = json.loads(meta or "{}").get("id")
                    if mid is None:
                        mid = next((f"g{w.rstrip(',')}" for w in text.split()[7:9] if w.rstrip(",").isdigit()), None)
                    ids.append(mid)
                con.close()
            lost = sum(1 for i in want if ids.count(i) == 0)
            dup = sum(1 for i in want if ids.count(i) > 1)
            totals["cases"] += 1
            totals["good"] += len(want)
            totals["lost"] += lost
            totals["duplicated"] += dup
            flag = "CRASH " if crashed else ""
            print(
                f"{flag}{name}: {len(want) - lost}/{len(want)} good stored, {dup} duplicated, exit {r.returncode}, {dt:.1f} s"
            )
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"\n{totals['cases']} cases: {totals['crashes']} crashed runs, {totals['lost']} of {totals['good']} good records lost, "
          f"{totals['duplicated']} duplicated; slowest {slowest[0]:.1f} s ({slowest[1]}); peak memory of a run {peak:.0f} MB")  # fmt: skip


if __name__ == "__main__":
    main()
