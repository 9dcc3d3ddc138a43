"""Ingest: read articles from files, folders and URLs, clean them once, store them.

Public surface:

- :func:`read` — raw articles (or problems) from paths and URLs, reader chosen by file type;
- :func:`clean` — a raw article into a clean, segmented :class:`~storyline.model.Article`;
- :func:`ingest` — both, into a :class:`~storyline.store.Store`, resumable and idempotent;
- :func:`parse_json_line` / :func:`record_to_raw` — one JSONL record, for executors that split files by line.
"""

from .clean import clean
from .load import expand, ingest, ingest_items, IngestReport, read
from ..jsonl import parse_json_line
from .readers import FieldMap, ReadOptions, record_to_raw

__all__ = [
    "FieldMap",
    "IngestReport",
    "ReadOptions",
    "clean",
    "expand",
    "ingest",
    "ingest_items",
    "parse_json_line",
    "read",
    "record_to_raw",
]
