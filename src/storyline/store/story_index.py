"""The story index kept in the store: what placing new articles needs to know of the old ones.

Placing ``k`` new articles (:func:`storyline.stories.placement.place_articles`) reads and writes
rows of these tables for the articles, duplicate groups and neighbours it touches, never every
stored article:

- ``story_index`` — each placed article: its order in the store, exact-text hash, duplicate group
  (named by the group's representative, its original) and day;
- ``story_bands`` — the LSH band keys of each article that went through MinHash (not exact copies);
- ``story_nodes`` — one per duplicate group: the representative's day and the group's term vector
  (columns of ``story_vocab``, float64 weights);
- ``story_links`` — each node's ``k`` nearest nodes with their similarity (the neighbour lists);
- ``story_index_key`` — the settings and code the index was made with; another key empties it.

All reads and writes happen inside the caller's transaction.
"""

from __future__ import annotations

import sqlite3
from typing import Iterable, Sequence

import numpy as np

_CHUNK = 900  # parameters per IN (...) query


def _chunks(items: Sequence, size: int = _CHUNK) -> Iterable[Sequence]:
    for lo in range(0, len(items), size):
        yield items[lo : lo + size]


def _marks(n: int) -> str:
    return ",".join("?" * n)


class StoryIndexTables:
    """Reads and writes of the story index, over one connection (inside a transaction)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    # -- the whole index
    def key(self) -> str | None:
        row = self.db.execute("SELECT key FROM story_index_key").fetchone()
        return row[0] if row else None

    def reset(self, key: str | None) -> None:
        """Empty the index (every article is placed again next time), made with ``key`` from now on."""
        for table in ("story_index_key", "story_index", "story_bands", "story_vocab", "story_nodes", "story_links"):
            self.db.execute(f"DELETE FROM {table}")
        if key is not None:
            self.db.execute("INSERT INTO story_index_key (key) VALUES (?)", (key,))

    def empty(self) -> bool:
        return self.db.execute("SELECT 1 FROM story_index LIMIT 1").fetchone() is None

    def unindexed(self) -> list[str]:
        """Ids of the stored articles the index does not hold yet, in the order stored."""
        rows = self.db.execute("SELECT a.id FROM articles a LEFT JOIN story_index i ON i.id = a.id"
                               " WHERE i.id IS NULL ORDER BY a.seq")  # fmt: skip
        return [r[0] for r in rows]

    def all_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY seq")]

    def has_unindexed(self) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM articles a LEFT JOIN story_index i ON i.id = a.id WHERE i.id IS NULL LIMIT 1"
            ).fetchone()
            is not None
        )

    def seqs(self, ids: Sequence[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for part in _chunks(ids):
            out.update(
                self.db.execute(f"SELECT id, seq FROM articles WHERE id IN ({_marks(len(part))})", part).fetchall()
            )
        return out

    # -- articles and duplicate groups
    def first_with_exact(self, keys: Sequence[int]) -> dict[int, str]:
        """For each exact-text hash the index holds, its first article (in store order)."""
        out: dict[int, str] = {}
        for part in _chunks(sorted(set(keys))):
            rows = self.db.execute(
                f"SELECT exact, id FROM story_index WHERE exact IN ({_marks(len(part))}) ORDER BY seq DESC", part
            )
            out.update(rows.fetchall())  # the last written wins: the smallest seq
        return out

    def band_members(self, bands: Sequence[int]) -> dict[int, list[tuple[int, str]]]:
        """The articles of each band key, as (seq, id) in store order."""
        out: dict[int, list[tuple[int, str]]] = {}
        for part in _chunks(sorted(set(bands))):
            for band, seq, article in self.db.execute(
                f"SELECT band, seq, id FROM story_bands WHERE band IN ({_marks(len(part))}) ORDER BY band, seq", part
            ):
                out.setdefault(band, []).append((seq, article))
        return out

    def groups_of(self, ids: Sequence[str]) -> dict[str, str]:
        out: dict[str, str] = {}
        for part in _chunks(list(ids)):
            out.update(
                self.db.execute(f"SELECT id, grp FROM story_index WHERE id IN ({_marks(len(part))})", part).fetchall()
            )
        return out

    def members(self, groups: Iterable[str]) -> list[tuple[str, int, str, float | None]]:
        """(id, seq, group, day) of every article of the groups."""
        out: list[tuple[str, int, str, float | None]] = []
        for part in _chunks(sorted(set(groups))):
            out += self.db.execute(
                f"SELECT id, seq, grp, day FROM story_index WHERE grp IN ({_marks(len(part))})", part
            ).fetchall()
        return out

    def put_articles(self, rows: Iterable[tuple[str, int, int, str, float | None]]) -> None:
        """(id, seq, exact, group, day) rows, new or with a new group."""
        self.db.executemany("INSERT OR REPLACE INTO story_index (id, seq, exact, grp, day) VALUES (?,?,?,?,?)", rows)

    def regroup(self, rows: Iterable[tuple[str, str]]) -> None:
        """(group, id): articles whose duplicate group has a new representative."""
        self.db.executemany("UPDATE story_index SET grp = ? WHERE id = ?", rows)

    def put_bands(self, rows: Iterable[tuple[int, int, str]]) -> None:
        self.db.executemany("INSERT OR REPLACE INTO story_bands (band, seq, id) VALUES (?,?,?)", rows)

    # -- term columns
    def columns(self, terms: Iterable[str]) -> dict[str, int]:
        """The column of each term, new terms given the next free ones."""
        terms = sorted(set(terms))
        out: dict[str, int] = {}
        for part in _chunks(terms):
            out.update(
                self.db.execute(
                    f"SELECT term, col FROM story_vocab WHERE term IN ({_marks(len(part))})", part
                ).fetchall()
            )
        fresh = [t for t in terms if t not in out]
        if fresh:
            start = self.db.execute("SELECT COALESCE(MAX(col) + 1, 0) FROM story_vocab").fetchone()[0]
            new = {t: start + i for i, t in enumerate(fresh)}
            self.db.executemany("INSERT INTO story_vocab (term, col) VALUES (?,?)", new.items())
            out.update(new)
        return out

    # -- nodes (one per duplicate group) and their neighbour lists
    def nodes(self, ids: Sequence[str] | None = None, days: tuple[float, float] | None = None
              ) -> list[tuple[str, float | None, np.ndarray, np.ndarray]]:  # fmt: skip
        """(id, day, columns, weights) of the given nodes, or of every node dated within ``days`` or undated,
        or of all."""

        def rows(cur: Iterable) -> list[tuple[str, float | None, np.ndarray, np.ndarray]]:
            return [(i, d, np.frombuffer(c, dtype=np.int32), np.frombuffer(v, dtype=np.float64)) for i, d, c, v in cur]

        if ids is not None:
            out = []
            for part in _chunks(list(ids)):
                out += rows(
                    self.db.execute(
                        f"SELECT id, day, cols, vals FROM story_nodes WHERE id IN ({_marks(len(part))})", part
                    )
                )
            return out
        if days is not None:
            return rows(
                self.db.execute(
                    "SELECT id, day, cols, vals FROM story_nodes WHERE day IS NULL OR day BETWEEN ? AND ?", days
                )
            )
        return rows(self.db.execute("SELECT id, day, cols, vals FROM story_nodes"))

    def put_nodes(self, rows: Iterable[tuple[str, float | None, np.ndarray, np.ndarray]]) -> None:
        self.db.executemany(
            "INSERT OR REPLACE INTO story_nodes (id, day, cols, vals) VALUES (?,?,?,?)",
            ((i, d, np.ascontiguousarray(c, dtype=np.int32).tobytes(), np.ascontiguousarray(v, dtype=np.float64).tobytes())
             for i, d, c, v in rows),
        )  # fmt: skip

    def drop_nodes(self, ids: Sequence[str]) -> None:
        for part in _chunks(list(ids)):
            self.db.execute(f"DELETE FROM story_nodes WHERE id IN ({_marks(len(part))})", part)
            self.db.execute(f"DELETE FROM story_links WHERE a IN ({_marks(len(part))})", part)

    def lists(self, ids: Iterable[str]) -> dict[str, dict[str, float]]:
        """Each node's neighbour list (nodes without neighbours are left out)."""
        out: dict[str, dict[str, float]] = {}
        for part in _chunks(sorted(set(ids))):
            for a, b, s in self.db.execute(f"SELECT a, b, s FROM story_links WHERE a IN ({_marks(len(part))})", part):
                out.setdefault(a, {})[b] = s
        return out

    def holders(self, ids: Iterable[str]) -> set[str]:
        """The nodes whose neighbour lists hold any of ``ids``."""
        out: set[str] = set()
        for part in _chunks(sorted(set(ids))):
            out.update(
                r[0] for r in self.db.execute(f"SELECT a FROM story_links WHERE b IN ({_marks(len(part))})", part)
            )
        return out

    def put_lists(self, lists: dict[str, dict[str, float]]) -> None:
        """Replace the neighbour lists of these nodes."""
        for part in _chunks(list(lists)):
            self.db.execute(f"DELETE FROM story_links WHERE a IN ({_marks(len(part))})", part)
        self.db.executemany("INSERT INTO story_links (a, b, s) VALUES (?,?,?)",
                            ((a, b, s) for a, nb in lists.items() for b, s in nb.items()))  # fmt: skip

    # -- what the stories table holds now
    def story_sets(self, ids: Iterable[str]) -> dict[str, str]:
        """Article id -> story id for these articles (those in a story)."""
        out: dict[str, str] = {}
        for part in _chunks(sorted(set(ids))):
            out.update(self.db.execute(f"SELECT article_id, story_id FROM story_articles WHERE article_id IN ({_marks(len(part))})",
                                       part).fetchall())  # fmt: skip
        return out

    def story_members(self, story_ids: Iterable[str]) -> dict[str, set[str]]:
        out: dict[str, set[str]] = {}
        for part in _chunks(sorted(set(story_ids))):
            for a, s in self.db.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE story_id IN ({_marks(len(part))})", part
            ):
                out.setdefault(s, set()).add(a)
        return out

    def replace_duplicates(self, rows: Iterable[tuple[str, str, float, float]]) -> None:
        """The store's duplicate links, all of them: (a, b, estimated, jaccard)."""
        self.db.execute("DELETE FROM duplicates")
        self.db.executemany("INSERT OR REPLACE INTO duplicates (a, b, estimated, jaccard) VALUES (?,?,?,?)", rows)

    def duplicate_pairs(self, ids: Iterable[str]) -> list[tuple[str, str, float, float]]:
        """Kept duplicate links (a, b, estimated, jaccard) with ``a`` among ``ids``."""
        out: list[tuple[str, str, float, float]] = []
        for part in _chunks(sorted(set(ids))):
            out += self.db.execute(
                f"SELECT a, b, estimated, jaccard FROM duplicates WHERE a IN ({_marks(len(part))})", part
            ).fetchall()
        return out
