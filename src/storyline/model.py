"""The shared data model: an article's clean text and spans into it.

Every finding of every later stage (a quote, a reused passage, a figure) is a
:class:`Span` of an :class:`Article`'s ``text``.  The text is cleaned once, before
it is stored, and never changes afterwards, so a span stays valid for ever, the
way a spaCy ``Span`` points into its ``Doc``.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterator

_WORD_RE = re.compile(r"\w+(?:[’'\-]\w+)*")
_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` in an article's clean text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def __len__(self) -> int:
        return self.end - self.start

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Problem:
    """Input that could not be read; printed as ``file[:line]: reason``."""

    source: str
    reason: str
    line: int | None = None
    skipped: bool = True  # False for warnings: the input was still read

    def __str__(self) -> str:
        where = self.source if self.line is None else f"{self.source}:{self.line}"
        # a file name is hostile input too: newlines and escape codes are shown escaped, never obeyed
        where = "".join(c if c.isprintable() and not 0xD800 <= ord(c) <= 0xDFFF else repr(c)[1:-1] for c in where)
        return f"{where}: {self.reason}"


@dataclass(slots=True)
class RawArticle:
    """What a reader found, before cleaning: text plus whatever metadata came with it."""

    text: str
    source: str  # the file or URL it came from
    line: int | None = None  # line (or record number) inside the source, for messages
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: date | datetime | str | None = None
    language: str | None = None
    text_is_clean: bool = False  # already paragraph-split by an extractor (HTML, feeds)
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Article:
    """One published article: metadata, clean text and its paragraph and sentence spans."""

    id: str
    outlet: str
    title: str | None
    text: str
    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    url: str | None = None
    published: date | datetime | None = None
    language: str | None = None
    source: str | None = None
    meta: dict[str, Any] = field(default_factory=dict)

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def paragraph_texts(self) -> Iterator[str]:
        return (self.span_text(s) for s in self.paragraphs)

    def sentence_texts(self) -> Iterator[str]:
        return (self.span_text(s) for s in self.sentences)

    @property
    def words(self) -> int:
        return count_words(self.text)

    @property
    def display_title(self) -> str:
        """The title, or the start of the first sentence when the article has none."""
        if self.title:
            return self.title
        if self.sentences:
            first = self.span_text(self.sentences[0])
            return first if len(first) <= 90 else first[:87].rsplit(" ", 1)[0] + "…"
        return "(untitled)"

    def summary(self) -> dict[str, Any]:
        """The JSON shape of ``storyline analyze --format json``'s ``articles`` entries."""
        return {
            "id": self.id,
            "outlet": self.outlet,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "path": self.source,
            "language": self.language,
            "words": self.words,
            "paragraphs": len(self.paragraphs),
            "sentences": len(self.sentences),
            "outlet_is_file_name": self.outlet_is_file_name,
        }

    @property
    def outlet_is_file_name(self) -> bool:
        """The outlet is only the name of the file the text came from (no --outlet, sidecar or metadata)."""
        name = (self.source or "").replace("\\", "/").rsplit("/", 1)[-1]
        return bool(name) and self.outlet in (
            name,
            name.split(".")[0],
            name.rsplit(".", 1)[0],
            name.removesuffix(".gz").rsplit(".", 1)[0],
        )


def count_words(text: str) -> int:
    return len(_WORD_RE.findall(text))


def normalise_for_hash(text: str) -> str:
    """Case, width and whitespace folded: two copies that differ only there hash alike."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return _SPACE_RE.sub(" ", text).strip()


def article_id(outlet: str, text: str) -> str:
    """Stable id: the same outlet publishing the same text always gets the same id."""
    key = normalise_for_hash(outlet) + "\x1f" + normalise_for_hash(text)
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


# the kinds of alert (storyline.briefing.alerts), here so that the CLI can name them without loading the stages
ALERT_KINDS = (
    "altered-quote",
    "misattributed-quote",
    "quote-not-in-source",
    "copy",
    "rewrite",
    "conflicting-figure",
    "new-outlet",
)
