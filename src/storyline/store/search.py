"""Full-text search over a store (SQLite FTS5): articles, the quotes of analysed stories, and the
people who said them.  "Who said 'backstop'?" is a quote search; every hit carries the character
offsets of its words in the article's clean text, so a reader can be shown them in place.

Articles are indexed on demand, when a search is made, up to the newest stored (ingest does not pay
for an index nobody may use); quotes are indexed when a story's analysis is kept
(:meth:`~storyline.store.Store.save_analysis`), with the canonical name of their speaker.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any, Callable

from . import Store

__all__ = ["Hit", "Person", "SearchResults", "quote_rows", "search", "MARK_START", "MARK_END"]

MARK_START, MARK_END = "\x02", "\x03"  # around the matched words in a hit's text; each renderer styles them
_WORD = re.compile(r"[^\W_]+")


@dataclass
class Hit:
    """One place a query was found: an article (its best passage) or a quote."""

    kind: str  # "article" or "quote"
    article: str
    outlet: str
    title: str
    start: int  # character offsets of the words found (or the quote) in the article's clean text
    end: int
    text: str  # the passage, the matched words between MARK_START and MARK_END
    speaker: str | None = None
    story: str | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Person:
    """A speaker whose name matches the query, with how much of the store quotes them."""

    name: str
    quotes: int
    stories: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class SearchResults:
    query: str
    articles: list[Hit] = field(default_factory=list)
    quotes: list[Hit] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    articles_not_analysed: int = 0  # articles in no analysed story yet: their quotes are not searchable

    def to_json(self) -> dict[str, Any]:
        return {"query": self.query, "articles": [h.to_json() for h in self.articles], "quotes": [h.to_json() for h in self.quotes],
                "people": [p.to_json() for p in self.people], "articles_not_analysed": self.articles_not_analysed}  # fmt: skip


def words(query: str) -> list[str]:
    """The query's words: everything else (FTS5 operators, quotes, brackets) is dropped, so that no
    query can be a syntax error or reach further than plain words."""
    return _WORD.findall(query)[:32]


def _match(ws: list[str], column: str | None = None) -> str:
    quoted = [f'"{w}"' for w in ws]  # each word a phrase of one: nothing in it is an operator
    return " AND ".join(f"{column} : {q}" for q in quoted) if column else " ".join(quoted)


def quote_rows(story: dict[str, Any]) -> list[tuple[str, int, int, str, str]]:
    """A story's quotes as the search index keeps them: article, start, end, speaker's name, text."""
    names = {p["id"]: p["name"] for p in story.get("people") or []}
    return [(q["article"], q["span"][0], q["span"][1], names.get(q.get("speaker")) or q.get("speaker_text") or "", q["text"])
            for q in story.get("quotes") or []]  # fmt: skip


def _first(text: str, ws: list[str]) -> tuple[int, int]:
    """Where the first of the query's words is in an article (0, 0 when only its title matched)."""
    for w in ws:
        m = re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return 0, 0


def search(
    store: Store, query: str, limit: int = 20, progress: Callable[[int, int], None] | None = None
) -> SearchResults:
    """Articles, quotes and people matching every word of ``query``, best first (BM25)."""
    ws = words(query)
    results = SearchResults(query)
    if not ws:
        return results
    store.index_for_search(progress=progress)
    db = store.db
    rows = db.execute(
        "SELECT a.id, a.outlet, a.title, a.text, snippet(articles_fts, 1, ?, ?, '…', 16) FROM articles_fts"
        " JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?"
        " ORDER BY bm25(articles_fts, 4.0, 1.0, 2.0), a.seq LIMIT ?",
        (MARK_START, MARK_END, _match(ws), limit),
    ).fetchall()
    for article_id, outlet, title, text, snippet in rows:
        start, end = _first(text, ws)
        results.articles.append(Hit("article", article_id, outlet, title or "", start, end, snippet))
    rows = db.execute(
        "SELECT q.article_id, q.start, q.stop, q.speaker, highlight(quotes_fts, 0, ?, ?), q.story_id, a.outlet, a.title"
        " FROM quotes_fts q JOIN articles a ON a.id = q.article_id WHERE quotes_fts MATCH ?"
        " ORDER BY bm25(quotes_fts, 1.0, 2.0), q.article_id, q.start LIMIT ?",
        (MARK_START, MARK_END, _match(ws), limit),
    ).fetchall()
    for article_id, start, end, speaker, text, story_id, outlet, title in rows:
        results.quotes.append(
            Hit("quote", article_id, outlet, title or "", int(start), int(end), text, speaker or None, story_id)
        )
    rows = db.execute(
        "SELECT speaker, COUNT(*), COUNT(DISTINCT story_id) FROM quotes_fts WHERE quotes_fts MATCH ?"
        " GROUP BY speaker ORDER BY COUNT(*) DESC, speaker LIMIT ?",
        (_match(ws, "speaker"), limit),
    ).fetchall()
    results.people = [Person(name, n, stories) for name, n, stories in rows if name]
    results.articles_not_analysed = db.execute(
        "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT sa.article_id FROM story_articles sa"
        " JOIN story_pages p ON p.story_id = sa.story_id)"
    ).fetchone()[0]
    return results
