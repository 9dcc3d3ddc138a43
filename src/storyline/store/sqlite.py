"""The corpus store: articles, stories, analyses and alerts in one SQLite file, migrated in place."""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from ..model import Article, Span
from ..dates import parse_date

# Each entry moves the schema one version up; never edit one that has shipped.
MIGRATIONS: list[str] = [
    # 1: articles and input progress
    """
    CREATE TABLE articles (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        id         TEXT NOT NULL UNIQUE,
        outlet     TEXT NOT NULL,
        title      TEXT,
        url        TEXT,
        published  TEXT,
        language   TEXT,
        text       TEXT NOT NULL,
        paragraphs TEXT NOT NULL,
        sentences  TEXT NOT NULL,
        source     TEXT,
        meta       TEXT NOT NULL DEFAULT '{}',
        words      INTEGER NOT NULL,
        added_at   TEXT NOT NULL
    );
    CREATE INDEX articles_outlet ON articles(outlet);
    CREATE INDEX articles_published ON articles(published);
    CREATE TABLE sources (
        path      TEXT PRIMARY KEY,
        size      INTEGER,
        mtime_ns  INTEGER,
        done_line INTEGER NOT NULL DEFAULT 0,
        complete  INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL
    );
    """,
    # 2: stories (same event) and duplicate links
    """
    CREATE TABLE stories (
        id         TEXT PRIMARY KEY,
        title      TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE story_articles (
        article_id TEXT PRIMARY KEY REFERENCES articles(id),
        story_id   TEXT NOT NULL REFERENCES stories(id)
    );
    CREATE INDEX story_articles_story ON story_articles(story_id);
    CREATE TABLE duplicates (
        a         TEXT NOT NULL REFERENCES articles(id),
        b         TEXT NOT NULL REFERENCES articles(id),
        estimated REAL NOT NULL,
        jaccard   REAL NOT NULL,
        PRIMARY KEY (a, b)
    );
    """,
    # 3: a story's analysis, kept so that pages and the API do not recompute it per request
    """
    CREATE TABLE analyses (
        story_id   TEXT PRIMARY KEY,
        key        TEXT NOT NULL,
        doc        TEXT NOT NULL,
        created_at TEXT NOT NULL
    );
    """,
    # 4: beside the analysis, what the web app shows of it: its people and the story page (compressed);
    # a table of its own, small columns first, so that listing the people never reads a page or a doc
    """
    CREATE TABLE story_pages (
        story_id TEXT PRIMARY KEY,
        key      TEXT NOT NULL,
        people   TEXT NOT NULL,
        page     BLOB NOT NULL
    );
    """,
    # 5: full-text search: articles (indexed on demand, up to the newest stored: ingest does not pay for it)
    # and the quotes of analysed stories, with their speakers
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5(
        title, text, outlet, content='articles', content_rowid='seq', tokenize='unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE quotes_fts USING fts5(
        text, speaker, story_id UNINDEXED, article_id UNINDEXED, start UNINDEXED, stop UNINDEXED,
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TABLE search_state (
        name TEXT PRIMARY KEY,
        done INTEGER NOT NULL
    );
    """,
    # 6: alerts, each kept once (its key says what it is about), in the order they were found
    """
    CREATE TABLE alerts (
        seq        INTEGER PRIMARY KEY AUTOINCREMENT,
        key        TEXT NOT NULL UNIQUE,
        kind       TEXT NOT NULL,
        story_id   TEXT NOT NULL,
        article_id TEXT NOT NULL,
        outlet     TEXT NOT NULL,
        summary    TEXT NOT NULL,
        doc        TEXT NOT NULL,
        found_at   TEXT NOT NULL
    );
    """,
    # 7: what `storyline watch` knows of each source between polls (and across restarts)
    """
    CREATE TABLE watch_state (
        source      TEXT PRIMARY KEY,
        etag        TEXT,
        modified    TEXT,
        failures    INTEGER NOT NULL DEFAULT 0,
        next_try    REAL NOT NULL DEFAULT 0,
        last_status TEXT,
        polled_at   TEXT
    );
    """,
    # 8: each article's story term vector, kept so that placing new articles does not weigh every old one again
    """
    CREATE TABLE term_vectors (
        id     TEXT PRIMARY KEY,
        key    TEXT NOT NULL,
        vector TEXT NOT NULL
    );
    """,
    # 9: the story index (see store/story_index.py): placing k new articles reads and writes about k rows
    """
    CREATE TABLE story_index_key (key TEXT NOT NULL);
    CREATE TABLE story_index (
        id    TEXT PRIMARY KEY,
        seq   INTEGER NOT NULL,
        exact INTEGER NOT NULL,
        grp   TEXT NOT NULL,
        day   REAL
    );
    CREATE INDEX story_index_exact ON story_index(exact, seq);
    CREATE INDEX story_index_grp ON story_index(grp);
    CREATE TABLE story_bands (
        band INTEGER NOT NULL,
        seq  INTEGER NOT NULL,
        id   TEXT NOT NULL,
        PRIMARY KEY (band, seq)
    ) WITHOUT ROWID;
    CREATE TABLE story_vocab (
        term TEXT PRIMARY KEY,
        col  INTEGER NOT NULL UNIQUE
    );
    CREATE TABLE story_nodes (
        id   TEXT PRIMARY KEY,
        day  REAL,
        cols BLOB NOT NULL,
        vals BLOB NOT NULL
    );
    CREATE INDEX story_nodes_day ON story_nodes(day);
    CREATE TABLE story_links (
        a TEXT NOT NULL,
        b TEXT NOT NULL,
        s REAL NOT NULL,
        PRIMARY KEY (a, b)
    ) WITHOUT ROWID;
    CREATE INDEX story_links_b ON story_links(b);
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True, slots=True)
class SourceState:
    size: int | None
    mtime_ns: int | None
    done_line: int
    complete: bool


def _flat(spans: Iterable[Span]) -> str:
    return json.dumps([x for s in spans for x in (s.start, s.end)], separators=(",", ":"))


def _spans(flat: str) -> tuple[Span, ...]:
    xs = json.loads(flat)
    return tuple(Span(xs[i], xs[i + 1]) for i in range(0, len(xs), 2))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _statements(script: str) -> Iterator[str]:
    """The statements of an SQL script, one at a time (a trigger's body stays whole)."""
    buffer = ""
    for piece in script.split(";"):
        buffer += piece + ";"
        if sqlite3.complete_statement(buffer):
            if buffer.strip(" \n\t;"):
                yield buffer
            buffer = ""


@dataclass(frozen=True)
class StoredStory:
    """A story as the store keeps it: its id, its title and the ids of its articles."""

    id: str
    title: str
    articles: list[str]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "articles": self.articles}


class Store:
    """A corpus of articles in one SQLite file."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        # a writer waits for another's write lock up to ten minutes (a first placing of a large store holds
        # it for minutes); readers never wait (WAL)
        self.db = sqlite3.connect(self.path, timeout=600, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        if self.path != ":memory:":
            self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        self.migrate()

    # -- schema
    @property
    def version(self) -> int:
        return self.db.execute("PRAGMA user_version").fetchone()[0]

    def migrate(self) -> None:
        """Bring the schema up to date.  The write lock is taken before the version is read, so two
        processes opening a new store at once do not both create it; each step and its version
        number move together in one transaction.  A store already up to date is opened without the
        lock (versions only grow), so readers never wait for a writer here."""
        if self.version == SCHEMA_VERSION:
            return
        while True:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                current = self.version
                if current > SCHEMA_VERSION:
                    raise RuntimeError(
                        f"{self.path}: schema version {current} is newer than this storyline ({SCHEMA_VERSION})"
                    )
                if current < SCHEMA_VERSION:
                    for statement in _statements(MIGRATIONS[current]):
                        self.db.execute(statement)
                    self.db.execute(f"PRAGMA user_version={current + 1}")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            self.db.execute("COMMIT")
            if current >= SCHEMA_VERSION:
                return

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (the write lock taken at once); inside another, part of it."""
        if self.db.in_transaction:
            yield self.db
            return
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles
    def add(self, articles: Iterable[Article], source: str | None = None, done_line: int | None = None) -> list[bool]:
        """Store articles in one transaction; ``True`` for each one that was new.

        When ``source`` and ``done_line`` are given, the source's progress is
        recorded in the same transaction, so a crash never separates the two.
        """
        added = []
        now = _now()
        with self.transaction() as db:
            for a in articles:
                cur = db.execute(
                    "INSERT OR IGNORE INTO articles (id, outlet, title, url, published, language, text, paragraphs,"
                    " sentences, source, meta, words, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        a.id, a.outlet, a.title, a.url, a.published.isoformat() if a.published else None,
                        a.language, a.text, _flat(a.paragraphs), _flat(a.sentences), a.source,
                        json.dumps(a.meta, default=str, ensure_ascii=False), a.words, now,
                    ),
                )  # fmt: skip
                added.append(cur.rowcount == 1)
            if source is not None and done_line is not None:
                db.execute(
                    "UPDATE sources SET done_line = MAX(done_line, ?), updated_at = ? WHERE path = ?",
                    (done_line, now, source),
                )
        return added

    def __len__(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def __contains__(self, article_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def get(self, article_id: str) -> Article | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(row) if row else None

    def articles(self, ids: Iterable[str] | None = None, outlet: str | None = None) -> Iterator[Article]:
        """Articles in the order they were stored (or in the order of ``ids``)."""
        if ids is not None:
            for article_id in ids:
                article = self.get(article_id)
                if article is not None:
                    yield article
            return
        sql, args = "SELECT * FROM articles", ()
        if outlet:
            sql, args = sql + " WHERE outlet = ?", (outlet,)
        for row in self.db.execute(sql + " ORDER BY seq", args):
            yield _article(row)

    def slices(self, size: int) -> list[tuple[int, int]]:
        """The store cut into runs of about ``size`` articles, as ``(first seq, last seq)``: work units."""
        seqs = [r[0] for r in self.db.execute("SELECT seq FROM articles ORDER BY seq")]
        return [(seqs[i], seqs[min(i + size, len(seqs)) - 1]) for i in range(0, len(seqs), size)]

    def articles_in(self, first: int, last: int) -> Iterator[Article]:
        """The articles of one slice (see :meth:`slices`), in the order stored."""
        for row in self.db.execute("SELECT * FROM articles WHERE seq BETWEEN ? AND ? ORDER BY seq", (first, last)):
            yield _article(row)

    # -- stories
    def save_stories(self, stories: Iterable["Story"]) -> None:  # noqa: F821
        """Replace the stories of the articles they hold (other articles' stories stay)."""
        now = _now()
        with self.transaction() as db:
            for story in stories:
                db.execute(
                    "INSERT INTO stories (id, title, updated_at) VALUES (?,?,?)"
                    " ON CONFLICT(id) DO UPDATE SET title = excluded.title, updated_at = excluded.updated_at",
                    (story.id, story.title, now),
                )
                db.executemany(
                    "INSERT INTO story_articles (article_id, story_id) VALUES (?,?)"
                    " ON CONFLICT(article_id) DO UPDATE SET story_id = excluded.story_id",
                    [(a, story.id) for a in story.articles],
                )
                db.executemany(
                    "INSERT OR REPLACE INTO duplicates (a, b, estimated, jaccard) VALUES (?,?,?,?)",
                    [(p["a"], p["b"], p["estimated_jaccard"], p["jaccard"]) for p in story.duplicate_pairs],
                )
            db.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")

    def story_of(self) -> dict[str, str]:
        """Article id -> story id, for every article that has a story."""
        return dict(self.db.execute("SELECT article_id, story_id FROM story_articles").fetchall())

    def stories(self) -> list[StoredStory]:
        """Every stored story, the largest first."""
        rows = self.db.execute(
            "SELECT s.id, s.title, GROUP_CONCAT(sa.article_id) AS articles FROM stories s"
            " JOIN story_articles sa ON sa.story_id = s.id GROUP BY s.id ORDER BY COUNT(*) DESC, s.title"
        ).fetchall()
        return [StoredStory(r["id"], r["title"], r["articles"].split(",")) for r in rows]

    def story(self, story_id: str) -> StoredStory | None:
        """One story, by its id."""
        row = self.db.execute(
            "SELECT s.id, s.title, GROUP_CONCAT(sa.article_id) AS articles FROM stories s"
            " JOIN story_articles sa ON sa.story_id = s.id WHERE s.id = ? GROUP BY s.id",
            (story_id,),
        ).fetchone()
        return StoredStory(row["id"], row["title"], row["articles"].split(",")) if row else None

    def cached_analysis(self, story_id: str, key: str) -> dict | None:
        """A story's stored analysis, if it was made from the same articles by the same code (``key``)."""
        row = self.db.execute("SELECT doc FROM analyses WHERE story_id = ? AND key = ?", (story_id, key)).fetchone()
        return json.loads(row[0]) if row else None

    def save_analysis(self, story_id: str, key: str, doc: dict, page: str | None = None, people: list | None = None,
                      quotes: list[tuple[str, int, int, str, str]] | None = None) -> None:  # fmt: skip
        """Keep a story's analysis, and optionally its rendered page and people (what a web page shows
        of it), so that no request has to analyse or render it again, and its quotes (article id, start,
        end, speaker, text) for search."""
        import zlib

        with self.transaction() as db:
            if quotes is not None:
                db.execute("DELETE FROM quotes_fts WHERE story_id = ?", (story_id,))
                db.executemany("INSERT INTO quotes_fts (text, speaker, story_id, article_id, start, stop) VALUES (?,?,?,?,?,?)",
                               [(text, speaker, story_id, article, start, end) for article, start, end, speaker, text in quotes])  # fmt: skip
            db.execute("INSERT OR REPLACE INTO analyses (story_id, key, doc, created_at) VALUES (?,?,?,?)",
                       (story_id, key, json.dumps(doc, ensure_ascii=False), _now()))  # fmt: skip
            if page is not None:
                db.execute("INSERT OR REPLACE INTO story_pages (story_id, key, people, page) VALUES (?,?,?,?)",
                           (story_id, key, json.dumps(people or [], ensure_ascii=False), zlib.compress(page.encode("utf-8"), 6)))  # fmt: skip

    def cached_page(self, story_id: str, key: str) -> str | None:
        """A story's rendered page, if kept for the same articles and code (``key``)."""
        import zlib

        row = self.db.execute("SELECT page FROM story_pages WHERE story_id = ? AND key = ?", (story_id, key)).fetchone()
        return zlib.decompress(row[0]).decode("utf-8") if row else None

    def cached_people(self) -> dict[str, tuple[str, list]]:
        """story id -> (key, people) for every story whose page is kept."""
        return {
            r[0]: (r[1], json.loads(r[2])) for r in self.db.execute("SELECT story_id, key, people FROM story_pages")
        }

    def page_keys(self) -> dict[str, str]:
        """story id -> key of its kept page."""
        return dict(self.db.execute("SELECT story_id, key FROM story_pages").fetchall())

    def index_for_search(self, batch: int = 5000, progress: Callable[[int, int], None] | None = None) -> int:
        """Add the articles stored since the last search to the full-text index; returns how many.
        Each batch and the mark of how far the index goes move together, read and written under the
        write lock: two searches at once never index an article twice."""
        last = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM articles").fetchone()[0]
        row = self.db.execute("SELECT done FROM search_state WHERE name = 'articles'").fetchone()
        if (row[0] if row else 0) >= last:
            return 0  # up to date: no write lock taken (a search beside a writer never waits for it)
        added = 0
        while True:
            with self.transaction() as db:
                row = db.execute("SELECT done FROM search_state WHERE name = 'articles'").fetchone()
                done = row[0] if row else 0
                if done >= last:
                    return added
                upto = min(last, done + batch)
                n = db.execute("INSERT INTO articles_fts (rowid, title, text, outlet) SELECT seq, title, text, outlet"
                               " FROM articles WHERE seq > ? AND seq <= ?", (done, upto)).rowcount  # fmt: skip
                db.execute("INSERT OR REPLACE INTO search_state (name, done) VALUES ('articles', ?)", (upto,))
            added += max(0, n)
            if progress:
                progress(upto, last)

    def add_alerts(self, alerts: Iterable[Any]) -> list[dict]:
        """Keep alerts (:class:`~storyline.briefing.alerts.Alert`) not kept before; returns the new ones
        as stored (with ``seq`` and ``found_at``)."""
        now, new = _now(), []
        with self.transaction() as db:
            for a in alerts:
                doc = a.to_json()
                cur = db.execute("INSERT OR IGNORE INTO alerts (key, kind, story_id, article_id, outlet, summary, doc, found_at)"
                                 " VALUES (?,?,?,?,?,?,?,?)", (a.key, a.kind, a.story, a.article, a.outlet, a.summary,
                                                               json.dumps(doc, ensure_ascii=False), now))  # fmt: skip
                if cur.rowcount:
                    new.append({**doc, "seq": cur.lastrowid, "found_at": now})
        return new

    def alerts(self, since: int = 0, limit: int = 1000, kinds: Iterable[str] | None = None) -> list[dict]:
        """Alerts found after ``since`` (a ``seq``), newest first."""
        sql, args = "SELECT seq, doc, found_at FROM alerts WHERE seq > ?", [since]
        if kinds:
            ks = list(kinds)
            sql += f" AND kind IN ({','.join('?' * len(ks))})"
            args += ks
        rows = self.db.execute(sql + " ORDER BY seq DESC LIMIT ?", (*args, limit))
        return [{**json.loads(doc), "seq": seq, "found_at": found} for seq, doc, found in rows]

    def watch_state(self, source: str) -> dict[str, Any]:
        """What the last polls of a watched source left: validators, failures in a row, when to try next."""
        row = self.db.execute("SELECT * FROM watch_state WHERE source = ?", (source,)).fetchone()
        return dict(row) if row else {"source": source, "etag": None, "modified": None, "failures": 0, "next_try": 0.0}

    def save_watch_state(self, source: str, **values: Any) -> None:
        state = {**self.watch_state(source), **values, "polled_at": _now()}
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO watch_state (source, etag, modified, failures, next_try, last_status, polled_at)"
                       " VALUES (?,?,?,?,?,?,?)", (source, state["etag"], state["modified"], state["failures"], state["next_try"],
                                                  state.get("last_status"), state["polled_at"]))  # fmt: skip

    def term_vectors(self, key: str) -> dict[str, dict[str, float]]:
        """Kept story term vectors (made by the code and settings ``key`` names), by article id."""
        rows = self.db.execute("SELECT id, vector FROM term_vectors WHERE key = ?", (key,))
        return {i: json.loads(v) for i, v in rows}

    def term_vectors_of(self, key: str, ids: Iterable[str]) -> dict[str, dict[str, float]]:
        """:meth:`term_vectors` of some articles only."""
        out: dict[str, dict[str, float]] = {}
        ids = list(ids)
        for lo in range(0, len(ids), 500):
            part = ids[lo : lo + 500]
            rows = self.db.execute(
                f"SELECT id, vector FROM term_vectors WHERE key = ? AND id IN ({','.join('?' * len(part))})",
                (key, *part),
            )
            out.update((i, json.loads(v)) for i, v in rows)
        return out

    def save_term_vectors(self, key: str, vectors: dict[str, dict[str, float]]) -> None:
        with self.transaction() as db:  # JSON keeps the terms' order and each float exactly
            db.executemany("INSERT OR REPLACE INTO term_vectors (id, key, vector) VALUES (?,?,?)",
                           [(i, key, json.dumps(v, ensure_ascii=False)) for i, v in vectors.items()])  # fmt: skip

    def story_of_article(self, article_id: str) -> str | None:
        row = self.db.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def placed(self) -> int:
        """How many articles are in a story."""
        return self.db.execute("SELECT COUNT(*) FROM story_articles").fetchone()[0]

    def changed_at(self) -> str | None:
        """When an article was last added (UTC, ISO 8601)."""
        row = self.db.execute("SELECT added_at FROM articles ORDER BY seq DESC LIMIT 1").fetchone()  # the newest row
        return row[0] if row else None

    def ids_from(self, source: str) -> list[str]:
        """Ids of the articles stored from one input file or URL, in the order stored."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles WHERE source = ? ORDER BY seq", (source,))]

    # -- input progress
    def source_state(self, path: str) -> SourceState | None:
        row = self.db.execute("SELECT * FROM sources WHERE path = ?", (path,)).fetchone()
        if row is None:
            return None
        return SourceState(row["size"], row["mtime_ns"], row["done_line"], bool(row["complete"]))

    def start_source(self, path: str, size: int | None, mtime_ns: int | None, keep_progress: bool) -> None:
        with self.transaction() as db:
            if keep_progress:
                db.execute(
                    "INSERT INTO sources (path, size, mtime_ns, updated_at) VALUES (?,?,?,?)"
                    " ON CONFLICT(path) DO UPDATE SET updated_at = excluded.updated_at",
                    (path, size, mtime_ns, _now()),
                )
            else:
                db.execute(
                    "INSERT OR REPLACE INTO sources (path, size, mtime_ns, done_line, complete, updated_at)"
                    " VALUES (?,?,?,0,0,?)",
                    (path, size, mtime_ns, _now()),
                )

    def finish_source(self, path: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE sources SET complete = 1, updated_at = ? WHERE path = ?", (_now(), path))


def _article(row: sqlite3.Row) -> Article:
    published: date | datetime | None = parse_date(row["published"]) if row["published"] else None
    return Article(
        id=row["id"],
        outlet=row["outlet"],
        title=row["title"],
        text=row["text"],
        paragraphs=_spans(row["paragraphs"]),
        sentences=_spans(row["sentences"]),
        url=row["url"],
        published=published,
        language=row["language"],
        source=row["source"],
        meta=json.loads(row["meta"]),
    )
