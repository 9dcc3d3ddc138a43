"""Bad input is reported as file[:line]: reason, skipped, and the rest is still read."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import cli, article_html, write_warc
from storyline.ingest import ingest
from storyline.store import Store


def run(paths, tmp_path: Path):
    with Store(tmp_path / "s.db") as store:
        report = ingest(paths, store)
        return report, len(store)


def test_broken_json_line_reported_with_line_and_rest_read(tmp_path: Path) -> None:
    f = tmp_path / "a.jsonl"
    good = lambda i: json.dumps({"text": f"Article number {i} says the council met today.", "source": "X"})  # noqa: E731
    f.write_text(
        "\n".join([good(1), '{"text": "unterminated', good(3), "[1, 2]", json.dumps({"title": "no text"}), good(6)])
        + "\n",
        "utf-8",
    )
    report, n = run([f], tmp_path)
    assert n == 3 and report.stored == 3
    where = sorted(str(p).split(": ")[0] for p in report.problems)
    assert where == [f"{f}:2", f"{f}:4", f"{f}:5"]
    assert any("invalid JSON" in p.reason for p in report.problems)


def test_binary_empty_missing_and_undecodable(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02PNG\x00" * 50)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "latin1.txt").write_bytes(
        "Le ministre a déclaré que la réforme était nécessaire pour l'économie française.".encode("cp1252")
    )
    (tmp_path / "good.txt").write_text("A good article about the harbour bridge closing on Tuesday.", "utf-8")
    report, n = run(
        [
            tmp_path / "bin.txt",
            tmp_path / "empty.txt",
            tmp_path / "latin1.txt",
            tmp_path / "nope.txt",
            tmp_path / "good.txt",
        ],
        tmp_path,
    )
    msgs = [str(p) for p in report.problems]
    assert any(m.startswith(f"{tmp_path / 'bin.txt'}: binary") for m in msgs)
    assert any(m.startswith(f"{tmp_path / 'empty.txt'}: empty") for m in msgs)
    assert any(m.startswith(f"{tmp_path / 'nope.txt'}: no such file") for m in msgs)
    # a wrongly encoded text is decoded with a warning, not lost
    assert any("latin1.txt: not UTF-8" in m for m in msgs)
    assert n == 2 and report.skipped == 3


def test_invalid_utf8_line_in_jsonl(tmp_path: Path) -> None:
    f = tmp_path / "enc.jsonl"
    f.write_bytes(
        b'{"text": "Fine article text about the bridge."}\n{"text": "bad \xff\xfe bytes here"}\n{"text": "Another fine article text today."}\n'
    )
    report, n = run([f], tmp_path)
    assert n == 2 and [str(p).split(": ")[0] for p in report.problems] == [f"{f}:2"]


def test_truncated_warc_keeps_records_before_the_cut(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(
        whole,
        [
            (
                f"https://x.example/{i}",
                article_html(
                    title=f"Story {i}",
                    url=f"https://x.example/{i}",
                    paragraphs=[f"Paragraph {i} of a story about the bridge, long enough to be an article body." * 3]
                    * 3,
                ),
            )
            for i in range(3)
        ],
        gz=True,
    )
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])
    report, n = run([cut], tmp_path)
    assert n == 2
    assert any("truncated or corrupt WARC" in p.reason for p in report.problems)


def test_html_without_article(tmp_path: Path) -> None:
    f = tmp_path / "nav.html"
    f.write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>", "utf-8")
    report, n = run([f], tmp_path)
    assert n == 0 and "no article text" in report.problems[0].reason


def test_malformed_csv_row(tmp_path: Path) -> None:
    f = tmp_path / "a.csv"
    f.write_text(
        "title,text\nOne,The first article text is here today.\nTwo,The second,has an extra cell\nThree,The third article text is here too.\n",
        "utf-8",
    )
    report, n = run([f], tmp_path)
    assert n == 2 and str(report.problems[0]).startswith(f"{f}:3: row has 3 cells")


def test_exit_status_nonzero_only_when_nothing_read(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "good.txt").write_text("A good article about the harbour bridge closing on Tuesday.", "utf-8")
    r = cli("ingest", "empty.txt", "good.txt", "--db", "s.db", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert "empty.txt: empty file" in r.stderr and "1 stored" in r.stderr and "1 skipped" in r.stderr
    r = cli("ingest", "empty.txt", "--db", "t.db", cwd=tmp_path)
    assert r.returncode == 1
