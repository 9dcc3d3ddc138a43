"""The corpus store: one SQLite file (WAL mode), versioned schema, idempotent writes.

An article is stored once, by its id (a hash of outlet and normalised text), so
ingesting the same input twice, or again after a crash, stores nothing twice.
Each input file's progress is recorded in the same transaction as its articles,
so an interrupted ingest resumes where it stopped.
"""

from .sqlite import SCHEMA_VERSION, SourceState, Store, StoredStory

__all__ = ["SCHEMA_VERSION", "SourceState", "Store", "StoredStory"]
