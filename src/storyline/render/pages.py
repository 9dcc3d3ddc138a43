"""The pages of the local web app that are kept in the store beside a story's analysis: the page
shell (navigation, search box, Content-Security-Policy) and a story's page, rendered with the same
functions as the one-file report.  Article text is escaped everywhere."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, Any

from .html import CSS, story_section

if TYPE_CHECKING:
    from ..store import StoredStory

__all__ = ["page", "people_of", "story_page"]


def page(title: str, body: str) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; form-action 'self'\">"
        f"<title>{escape(title)} · Storyline</title><style>{CSS}</style></head><body>"
        '<p class="small"><a href="/">Stories</a> · <a href="/people">People</a> · <a href="/alerts">Alerts</a> · <a href="/docs">API</a> · '
        '<form action="/search" method="get" style="display:inline"><input name="q" placeholder="search articles, quotes, people" '
        'aria-label="search"> <button>Search</button></form></p>'
        f"{body}</body></html>"
    )


def people_of(story: dict[str, Any]) -> list[list[Any]]:
    """What the people page shows of a story: each person's name, type and number of quotes."""
    return [[p["name"], p["type"], len(p["quotes"])] for p in story.get("people") or []]


def story_page(doc: dict[str, Any], row: StoredStory, articles: dict[str, Any]) -> str:
    """A story's page: its articles, the pairs to compare, and the briefing as in the one-file report."""
    story = {**doc["stories"][0], "id": row.id, "title": row.title}
    by_id = {a["id"]: a for a in doc["articles"]}
    links = "".join(f'<li><a href="/articles/{escape(a)}">{escape(by_id[a]["outlet"])}: {escape(by_id[a]["title"] or "(untitled)")}</a></li>'
                    for a in story["articles"])  # fmt: skip
    pairs = "".join(f'<li><a href="/compare/{escape(al["a"])}/{escape(al["b"])}">{escape(by_id[al["a"]]["outlet"])} and '
                    f'{escape(by_id[al["b"]]["outlet"])}</a></li>' for al in story.get("alignments") or [])  # fmt: skip
    body = story_section(story, by_id, articles)
    return page(story["title"], f"<p>Articles:</p><ul>{links}</ul><p>Compare:</p><ul>{pairs}</ul>{body}")
