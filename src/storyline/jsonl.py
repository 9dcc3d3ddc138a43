"""JSON lines, streamed: each record parsed, or the problem with it named by file and line.

Shared by the readers of the ingest stage, the commands that take ``--jsonl`` and the Spark job (which
splits files by line), and light enough to import alone.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import IO, Iterator

from .model import Problem

MAX_RECORD = 64 * 1024 * 1024  # characters of one JSON line or CSV cell


def iter_lines(stream: IO[bytes], source: str) -> Iterator[tuple[int, str | Problem]]:
    for number, raw in enumerate(stream, 1):
        try:
            yield number, raw.decode("utf-8")
        except UnicodeDecodeError as err:
            yield number, Problem(source, f"not valid UTF-8 ({err.reason} at byte {err.start})", number)


def iter_jsonl(path: Path, skip_until: int = 0) -> Iterator[tuple[int, object] | Problem]:
    """``(line number, parsed value)`` for each non-blank line of a JSONL file (``.gz`` too), streamed."""
    source = str(path)
    with open_maybe_gzip(path) as stream:
        for number, line in iter_lines(stream, source):
            if number <= skip_until:
                continue
            if isinstance(line, Problem):
                yield line
                continue
            if not line.strip():
                continue
            parsed = parse_json_line(line, source, number)
            yield parsed if isinstance(parsed, Problem) else (number, parsed)


def parse_json_line(line: str, source: str, number: int) -> object | Problem:
    """One JSON line parsed, or the problem with it (file and line named)."""
    if len(line) > MAX_RECORD:
        return Problem(source, f"a record of {len(line):,} characters is too long (limit {MAX_RECORD:,})", number)
    try:
        return json.loads(line.rstrip("\r\n"))
    except json.JSONDecodeError as err:
        return Problem(source, f"invalid JSON: {err.msg} (column {err.colno})", number)
    except RecursionError:
        return Problem(source, "invalid JSON: nested too deeply", number)
    except ValueError as err:  # an integer of thousands of digits
        return Problem(source, f"invalid JSON: {str(err)[:120]}", number)


def open_maybe_gzip(path: Path) -> IO[bytes]:
    if path.suffix == ".gz":
        import gzip

        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")
