"""Readers: one per input format, each a generator of :class:`RawArticle` or :class:`Problem`.

Every reader streams (a 5 GB JSONL or WARC is never loaded whole), reports bad
records as ``Problem`` with the file and line and carries on with the rest.
"""

from __future__ import annotations

import csv
import io
import json
import re
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..jsonl import MAX_RECORD, iter_jsonl
from ..jsonl import open_maybe_gzip as _open_maybe_gzip
from ..model import Problem, RawArticle

Item = RawArticle | Problem

_SIDECAR_KEYS = ("outlet", "source", "url", "title", "date", "published", "language")


@dataclass(slots=True)
class FieldMap:
    """Which record keys hold what; each entry lists candidates, first present wins."""

    text: tuple[str, ...] = ("text", "body", "content", "article", "maintext")
    title: tuple[str, ...] = ("title", "headline")
    published: tuple[str, ...] = ("date", "published", "date_publish", "published_at", "pubdate", "datetime")
    url: tuple[str, ...] = ("url", "link", "canonical_url")
    outlet: tuple[str, ...] = ("source", "outlet", "publisher", "site", "sitename", "source_domain", "domain")
    id: tuple[str, ...] = ("id", "doc_id", "article_id")
    language: tuple[str, ...] = ("language", "lang")

    @classmethod
    def with_overrides(cls, **overrides: str | None) -> "FieldMap":
        fm = cls()
        for key, value in overrides.items():
            if value:
                setattr(fm, key, (value,))
        return fm


@dataclass(slots=True)
class ReadOptions:
    outlet: str | None = None  # --outlet: overrides whatever the source says
    fields: FieldMap = field(default_factory=FieldMap)
    skip_until: int = 0  # resume: records at or before this line were stored already


# --------------------------------------------------------------------------- helpers


def decode(data: bytes, source: str) -> tuple[str | None, Problem | None]:
    """Text of a file's bytes; a warning when it was not UTF-8, a problem when it is not text."""
    if not data.strip():
        return None, Problem(source, "empty file")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, Problem(source, "binary file, not text")
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError as err:
        from charset_normalizer import from_bytes

        best = from_bytes(data[:1_000_000]).best()
        if best is None or best.encoding in {"utf_8", "utf_8_sig"}:
            line = data[: err.start].count(b"\n") + 1
            return None, Problem(source, f"not valid UTF-8 (byte {err.start}) and no other encoding fits", line)
        text = data.decode(best.encoding, errors="replace")
        return text, Problem(source, f"not UTF-8: decoded as {best.encoding}", skipped=False)


def _first(record: dict, keys: Iterable[str]) -> object | None:
    for key in keys:
        value = record.get(key)
        if value not in (None, ""):
            return value
    return None


def _sidecar(path: Path) -> dict:
    """Metadata a user put beside a text file: ``name.json`` or ``name.txt.json``."""
    for candidate in (path.with_name(path.name + ".json"), path.with_suffix(".meta.json")):
        if candidate.is_file():
            try:
                data = json.loads(candidate.read_text("utf-8"))
            except (OSError, ValueError):
                return {}
            return {k: data[k] for k in _SIDECAR_KEYS if k in data} if isinstance(data, dict) else {}
    return {}


def record_to_raw(record: dict, source: str, line: int, opts: ReadOptions) -> Item:
    """A JSON/CSV record mapped onto a raw article with the field map."""
    if not isinstance(record, dict):
        return Problem(source, f"expected an object, got {type(record).__name__}", line)
    fm = opts.fields
    text = _first(record, fm.text)
    if not isinstance(text, str) or not text.strip():
        return Problem(source, f"no text (looked for {', '.join(fm.text)})", line)
    rid = _first(record, fm.id)
    meta = {k: v for k, v in record.items() if k not in fm.text and isinstance(v, str | int | float | bool | None)}
    if rid is not None:
        meta["id"] = rid
    title = _first(record, fm.title)
    outlet = _first(record, fm.outlet)
    url = _first(record, fm.url)
    return RawArticle(
        text=text,
        source=source,
        line=line,
        title=str(title) if title is not None else None,
        outlet=opts.outlet or (str(outlet) if outlet is not None else None),
        url=str(url) if url is not None else None,
        published=_first(record, fm.published),  # type: ignore[arg-type]
        language=(str(_first(record, fm.language)) if _first(record, fm.language) else None),
        meta=meta,
    )


def _outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    m = re.match(r"https?://(?:www\.)?([^/:]+)", url)
    return m.group(1) if m else None


# --------------------------------------------------------------------------- readers


def read_text(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """A plain-text article; the outlet from ``--outlet``, a sidecar, or the file name."""
    source = str(path)
    with _open_maybe_gzip(path) as stream:
        data = stream.read(MAX_RECORD + 1)  # decompressed: a gzip bomb stops here
    if len(data) > MAX_RECORD:
        yield Problem(source, f"a text of more than {MAX_RECORD:,} bytes is too large for one article")
        return
    text, problem = decode(data, source)
    if problem:
        yield problem
    if text is None:
        return
    side = _sidecar(path)
    yield RawArticle(
        text=text,
        source=source,
        title=side.get("title"),
        outlet=opts.outlet
        or side.get("outlet")
        or side.get("source")
        or (Path(path.stem).stem if path.suffix == ".gz" else path.stem),
        url=side.get("url"),
        published=side.get("published") or side.get("date"),
        language=side.get("language"),
    )


def html_to_raw(html: bytes | str, source: str, url: str | None, opts: ReadOptions, line: int | None = None) -> Item:
    """Main text and metadata of an HTML page, by trafilatura (dates by htmldate inside it).

    The page is parsed once; its metadata come from :func:`page_metadata` and its text from
    ``trafilatura.bare_extraction`` on the same tree (with its fallback extractors: they rescue odd pages).
    """
    import trafilatura

    try:
        tree = trafilatura.load_html(html)
        if tree is None:
            return Problem(source, "HTML page has no article text", line)
        meta = page_metadata(tree, url)
        doc = trafilatura.bare_extraction(
            tree, url=meta.get("url") or url, with_metadata=False, include_comments=False, include_tables=False
        )
        doc = doc.as_dict() if doc is not None and not isinstance(doc, dict) else doc
    except Exception as err:  # trafilatura raises a variety of parser errors on broken markup
        return Problem(source, f"HTML could not be parsed: {err}", line)
    if not doc or not (doc.get("text") or "").strip():
        return Problem(source, "HTML page has no article text", line)
    page_url = meta.get("url") or url
    return RawArticle(
        text=doc["text"],
        source=source,
        line=line,
        title=meta.get("title"),
        outlet=opts.outlet or meta.get("sitename") or _outlet_from_url(page_url),
        url=page_url,
        published=meta.get("date"),
        language=meta.get("language"),
        text_is_clean=True,
        meta={k: meta[k] for k in ("author", "description", "hostname") if meta.get(k)},
    )


_LANG = re.compile(r"([a-z]{2,3})(?:[-_][A-Za-z0-9]+)*")


def page_metadata(tree: object, url: str | None = None) -> dict[str, str | None]:
    """Title, site name, canonical URL, hostname, publication date, author and description of a parsed page,
    and the language it declares (``<html lang>``).

    trafilatura's own steps (``trafilatura.metadata``: meta tags, JSON-LD, title, URL, site name; the date by
    htmldate, as ``bare_extraction(with_metadata=True)`` runs them) without the three that read the whole page
    again for what Storyline does not use — categories, tags, licence — or guess an author from bylines
    (the author of the meta tags and JSON-LD is kept): metadata then cost a tenth of the page, not as much as
    its text.  If trafilatura's module changes shape, its whole metadata extraction is used instead.
    """
    from trafilatura import metadata as tm

    try:
        md = tm.examine_meta(tree)
        if md.author and " " not in md.author:
            md.author = None
        try:
            md = tm.extract_meta_json(tree, md)
        except Exception:  # noqa: BLE001 — broken JSON-LD: the meta tags stand
            pass
        if not md.title:
            md.title = tm.extract_title(tree)
        if not md.url:
            md.url = tm.extract_url(tree, url)
        if md.url:
            md.hostname = tm.extract_domain(md.url, fast=True)
        dates = tm.set_date_params(False)  # as bare_extraction asks htmldate (extensive search off)
        dates["url"] = md.url
        md.date = tm.find_date(tree, **dates)
        if not md.sitename:
            md.sitename = tm.extract_sitename(tree)
        if md.sitename:
            md.sitename = md.sitename.lstrip("@")
            if md.sitename and "." not in md.sitename and not md.sitename[0].isupper():
                md.sitename = md.sitename.title()
        elif md.url:
            found = tm.META_URL.match(md.url)
            if found:
                md.sitename = found[1]
        md.clean_and_trim()
    except AttributeError:  # another trafilatura: its own metadata extraction, whole
        md = tm.extract_metadata(tree, url)
    out = {k: getattr(md, k, None) for k in ("title", "sitename", "url", "hostname", "date", "author", "description")}
    declared = _LANG.fullmatch((getattr(tree, "get", lambda _: None)("lang") or "").strip().lower())
    out["language"] = declared.group(1) if declared else None
    return out


def read_pdf(path: Path, opts: ReadOptions) -> Iterator[Item]:
    yield Problem(str(path), "PDF is not supported: extract its text first (for example with pdftotext)")


def read_html(path: Path, opts: ReadOptions) -> Iterator[Item]:
    with _open_maybe_gzip(path) as stream:
        data = stream.read(MAX_RECORD + 1)
    if len(data) > MAX_RECORD:
        yield Problem(str(path), f"a page of more than {MAX_RECORD:,} bytes is too large")
        return
    if not data.strip():
        yield Problem(str(path), "empty file")
        return
    yield html_to_raw(data, str(path), None, opts)


def read_jsonl(path: Path, opts: ReadOptions) -> Iterator[Item]:
    for item in iter_jsonl(path, opts.skip_until):
        yield item if isinstance(item, Problem) else record_to_raw(item[1], str(path), item[0], opts)  # type: ignore[arg-type]


def read_json(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """A JSON file holding one article object or an array of them, streamed with ijson."""
    import ijson

    source = str(path)
    with _open_maybe_gzip(path) as stream:
        head = stream.read(64).lstrip()
        stream.seek(0)
        if not head:
            yield Problem(source, "empty file")
            return
        prefix = "item" if head.startswith(b"[") else ""
        n = 0
        try:
            for _ in _shallow(("", e, v) for e, v in ijson.basic_parse(stream)):
                pass  # a first pass, without the prefixes whose length grows with depth, checks the nesting
            stream.seek(0)
            for n, record in enumerate(ijson.items(stream, prefix, use_float=True), 1):
                if n <= opts.skip_until:
                    continue
                yield record_to_raw(record, source, n, opts)
        except (ijson.JSONError, ijson.IncompleteJSONError, UnicodeDecodeError, ValueError) as err:
            yield Problem(source, f"invalid JSON after record {n}: {str(err)[:160]}", n + 1)


MAX_DEPTH = 64  # nesting a news record never needs; 40,000 levels would cost gigabytes


def _shallow(events: Iterator[tuple[str, str, object]]) -> Iterator[tuple[str, str, object]]:
    """JSON parse events, stopped with a ``ValueError`` once nesting passes :data:`MAX_DEPTH`."""
    depth = 0
    for prefix, event, value in events:
        if event in ("start_map", "start_array"):
            depth += 1
            if depth > MAX_DEPTH:
                raise ValueError(f"nested deeper than {MAX_DEPTH} levels")
        elif event in ("end_map", "end_array"):
            depth -= 1
        yield prefix, event, value


def _delimiter(header: str) -> str:
    """The delimiter of a CSV file, from its header line: the candidate found most often outside quotes."""
    outside = re.sub(r'"[^"]*"', "", header)
    counts = {d: outside.count(d) for d in ",;\t|"}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """CSV (RFC 4180: fields in double quotes, a quote inside doubled), any of four delimiters; only the
    delimiter is guessed, from the header, so quoted speech full of commas is never taken apart."""
    source = str(path)
    csv.field_size_limit(MAX_RECORD)
    with _open_maybe_gzip(path) as raw:
        head = raw.read(65536)
        raw.seek(0)
        encoding = "utf-8-sig"
        try:
            head.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            if err.start < len(head) - 4:  # not a character cut at the sample's end
                from charset_normalizer import from_bytes

                best = from_bytes(head).best()
                encoding = best.encoding if best is not None else "latin-1"
                yield Problem(source, f"not UTF-8: decoded as {encoding}", skipped=False)
        stream = io.TextIOWrapper(
            raw, encoding=encoding, newline="", errors="replace" if encoding != "utf-8-sig" else "strict"
        )
        first = head.split(b"\n", 1)[0].decode(encoding, errors="replace")
        reader = csv.DictReader(stream, dialect=csv.excel, delimiter=_delimiter(first))
        while True:
            try:
                record = next(reader)
            except StopIteration:
                break
            except (csv.Error, UnicodeDecodeError) as err:
                yield Problem(source, f"malformed CSV: {err}", reader.line_num)
                if isinstance(err, UnicodeDecodeError):
                    return  # the decoder cannot resynchronise inside a text stream
                continue
            line = reader.line_num
            if line <= opts.skip_until:
                continue
            if None in record:  # more cells than header names
                yield Problem(
                    source,
                    f"row has {len(record) - 1 + len(record[None])} cells, header has {len(reader.fieldnames or [])}",
                    line,
                )
                continue
            yield record_to_raw(record, source, line, opts)


def read_warc(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """HTML responses of a WARC / WARC.gz archive, each extracted like an HTML file."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    source = str(path)
    n = 0
    with open(path, "rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                if record.rec_type not in ("response", "resource"):
                    continue
                n += 1
                if n <= opts.skip_until:
                    continue
                url = record.rec_headers.get_header("WARC-Target-URI")
                ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else None) or (
                    record.rec_headers.get_header("Content-Type") or ""
                )
                if "html" not in ctype.lower():
                    continue
                body = record.content_stream().read()
                if getattr(record.raw_stream, "limit", 0) > 0:  # fewer bytes than the record declared
                    raise EOFError(f"record {n} ({url}) is cut short")
                item = html_to_raw(body, source, url, opts, line=n)
                if isinstance(item, RawArticle) and not item.published:
                    item.published = record.rec_headers.get_header("WARC-Date")
                if isinstance(item, Problem):
                    item = Problem(source, f"record {n} ({url}): {item.reason}", n)
                yield item
        except (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError) as err:
            yield Problem(source, f"truncated or corrupt WARC after {n} records: {err}", n + 1)


def fragment_to_text(html: str) -> str:
    """Text of an HTML fragment (a feed entry), one paragraph per block element."""
    import lxml.html

    if "<" not in html:
        return html
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:
        return re.sub(r"<[^>]+>", " ", html)
    for bad in root.xpath("//script|//style|//noscript|//iframe|//figure|//figcaption"):
        bad.drop_tree()
    for br in root.iter("br"):
        br.tail = "\n" + (br.tail or "")
    for block in root.xpath("//p|//div|//h1|//h2|//h3|//h4|//li|//blockquote"):
        block.tail = "\n\n" + (block.tail or "")
    text = root.text_content()
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def read_feed(path: Path, opts: ReadOptions) -> Iterator[Item]:
    """Entries of an RSS or Atom feed, the full content when the feed carries it."""
    import feedparser

    source = str(path)
    feed = feedparser.parse(path.read_bytes())
    if feed.bozo and not feed.entries:
        yield Problem(source, f"not a readable feed: {feed.get('bozo_exception')}")
        return
    site = feed.feed.get("title")
    for n, entry in enumerate(feed.entries, 1):
        if n <= opts.skip_until:
            continue
        html = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        text = fragment_to_text(html or "")
        if not text.strip():
            yield Problem(source, f"entry {n} ({entry.get('link')}) has no text", n)
            continue
        yield RawArticle(
            text=text,
            source=source,
            line=n,
            title=entry.get("title"),
            outlet=opts.outlet or site or _outlet_from_url(entry.get("link")),
            url=entry.get("link"),
            published=entry.get("published_parsed") or entry.get("updated_parsed") or entry.get("published"),
            text_is_clean=True,
            meta={k: entry[k] for k in ("author", "id") if entry.get(k)},
        )


READERS = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "warc": read_warc,
    "feed": read_feed,
    "pdf": read_pdf,
}


def sniff_format(path: Path) -> str:
    """The reader for a file: by its name, or by its first bytes when the name says nothing."""
    name = path.name.lower()
    for suffix, kind in (
        (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"),
        (".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".ndjson.gz", "jsonl"), (".ndjson", "jsonl"),
        (".json.gz", "json"), (".json", "json"), (".csv.gz", "csv"), (".csv", "csv"), (".tsv.gz", "csv"), (".tsv", "csv"),
        (".html.gz", "html"), (".htm.gz", "html"), (".html", "html"), (".htm", "html"), (".xhtml", "html"),
        (".txt.gz", "text"), (".pdf", "pdf"),
        (".rss", "feed"), (".atom", "feed"),
    ):  # fmt: skip
        if name.endswith(suffix):
            return kind
    try:
        with open(path, "rb") as f:
            head = f.read(2048).lstrip().lower()
    except OSError:
        return "text"
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith(b"warc/"):
        return "warc"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    if name.endswith(".xml"):
        return "feed"
    return "text"
