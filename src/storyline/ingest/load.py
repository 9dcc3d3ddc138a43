"""Read sources into articles and store them: batches, a process pool for cleaning, a report of what was read."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections import Counter, deque
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..batching import batched, die_with_parent
from ..model import Article, Problem, RawArticle
from .clean import clean
from .fetch import Fetcher, read_url
from .readers import READERS, ReadOptions, sniff_format

if TYPE_CHECKING:
    from ..store import Store


_SIDECAR_SUFFIXES = (".txt.json", ".meta.json")


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def expand(paths: Iterable[str | Path]) -> Iterator[str | Path]:
    """Files under folders (sorted, hidden files and sidecars left out); URLs as they are."""
    for p in paths:
        if isinstance(p, str) and is_url(p):
            yield p
            continue
        path = Path(p)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                rel = child.relative_to(path).parts
                # anything but a folder is yielded: a pipe or a broken link is named by read(), not skipped unseen
                if not child.is_dir() and not any(part.startswith(".") for part in rel) and not _is_sidecar(child):
                    yield child
        else:
            yield path


def _is_sidecar(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(".meta.json"):
        return True
    return name.endswith(".json") and path.with_suffix("").suffix.lower() in {".txt", ".text", ".md"}


def read(
    source: str | Path, opts: ReadOptions | None = None, fetcher: Fetcher | None = None
) -> Iterator[RawArticle | Problem]:
    """Raw articles from one file or URL; unreadable input comes out as a :class:`Problem`."""
    opts = opts or ReadOptions()
    if isinstance(source, str) and is_url(source):
        yield from read_url(source, opts, fetcher)
        return
    path = Path(source)
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        yield Problem(str(path), "no such file")
        return
    except OSError as err:
        yield Problem(str(path), f"cannot read: {err.strerror or err}")
        return
    if not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):  # a FIFO or device would block or never end
        yield Problem(str(path), "not a regular file (a pipe, socket or device): not read")
        return
    try:
        yield from READERS[sniff_format(path)](path, opts)
    except PermissionError:
        yield Problem(str(path), "permission denied")
    except IsADirectoryError:
        yield Problem(str(path), "is a directory")
    except OSError as err:
        yield Problem(str(path), f"cannot read: {err.strerror or err}")
    except (
        ValueError,
        RecursionError,
        EOFError,
        UnicodeError,
        MemoryError,
    ) as err:  # a truncated .gz, a reader's limit
        yield Problem(str(path), f"cannot read further: {type(err).__name__}: {str(err)[:160]}")


@dataclass
class IngestReport:
    """What an ingest did: articles stored, already present, and input skipped with reasons."""

    stored: int = 0
    already: int = 0
    skipped: int = 0
    files_unchanged: int = 0
    problems: list[Problem] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # every article read this run, in order

    @property
    def read(self) -> int:
        return self.stored + self.already

    def reasons(self) -> Counter[str]:
        def short(p: Problem) -> str:
            return p.reason.split(":")[0].split(" (")[0]

        return Counter(short(p) for p in self.problems if p.skipped)


Progress = Callable[[str, int], None]  # (current source, articles so far)


def ingest(
    sources: Iterable[str | Path],
    store: Store,
    opts: ReadOptions | None = None,
    *,
    fetcher: Fetcher | None = None,
    batch_size: int = 256,
    batch_seconds: float = 2.0,
    force: bool = False,
    on_problem: Callable[[Problem], None] | None = None,
    on_progress: Progress | None = None,
    workers: int = 1,
    file_seconds: float | None = None,
) -> IngestReport:
    """Read, clean and store every article of ``sources``.

    Idempotent and resumable: articles are keyed by content, each batch is
    committed with the source's progress, and a source that was read to the end
    and has not changed since is not read again (``force`` reads it anyway).
    With ``workers`` > 1 cleaning runs in that many processes; reading and
    storing stay in order in this one, so resuming works the same.
    ``file_seconds`` bounds the time spent on one source: past it, what was
    read is stored, the source is left unfinished (the next run goes on from
    there) and a problem says so — one endless input cannot hold up the rest.
    """
    opts = opts or ReadOptions()
    report = IngestReport()
    fetcher = fetcher or Fetcher()
    pool = (
        ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=die_with_parent)
        if workers > 1
        else None
    )
    try:
        _ingest_sources(sources, store, opts, fetcher, pool, report, problem_cb=on_problem, progress_cb=on_progress,
                        batch_size=batch_size, batch_seconds=batch_seconds, force=force, file_seconds=file_seconds)  # fmt: skip
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    # an article read twice in one run is listed once
    report.article_ids = list(dict.fromkeys(report.article_ids))
    return report


def _ingest_sources(sources: Iterable[str | Path], store: Store, opts: ReadOptions, fetcher: Fetcher,
                    pool: ProcessPoolExecutor | None, report: IngestReport, problem_cb: Callable[[Problem], None] | None,
                    progress_cb: Progress | None, batch_size: int, batch_seconds: float, force: bool,
                    file_seconds: float | None = None) -> None:  # fmt: skip
    on_problem, on_progress = problem_cb, progress_cb

    def problem(p: Problem) -> None:
        report.problems.append(p)
        if p.skipped:
            report.skipped += 1
        if on_problem:
            on_problem(p)

    for source in expand(sources):
        key = str(source)
        if not is_url(key) and any(0xD800 <= ord(c) <= 0xDFFF for c in key):  # a file name that is not UTF-8
            key = os.fsencode(key).decode("utf-8", "backslashreplace")
        size = mtime = None
        if not is_url(key):
            try:
                st = os.stat(key)
                if stat.S_ISREG(st.st_mode):  # a pipe's size and time say nothing of what it holds
                    size, mtime = st.st_size, st.st_mtime_ns
            except OSError:
                pass
        state = store.source_state(key)
        unchanged = state is not None and size is not None and (state.size, state.mtime_ns) == (size, mtime)
        skip_until = 0
        if unchanged and not force:
            # what an earlier (complete or interrupted) run stored from this source belongs to this run's result
            report.article_ids.extend(store.ids_from(key))
            if state.complete:
                report.files_unchanged += 1
                continue
            skip_until = state.done_line
        store.start_source(key, size, mtime, keep_progress=unchanged and not force)
        read_opts = ReadOptions(outlet=opts.outlet, fields=opts.fields, skip_until=skip_until)

        batch: list[Article] = []
        last_line = skip_until
        started = file_started = time.monotonic()

        def flush() -> None:
            nonlocal batch, started
            if not batch and last_line == skip_until:
                return
            results = _store_batch(store, batch, problem, key, last_line)
            for article, new in results:
                report.article_ids.append(article.id)
                if new:
                    report.stored += 1
                else:
                    report.already += 1
            batch = []
            started = time.monotonic()

        fresh = (item for item in read(source, read_opts, fetcher)
                 if not (isinstance(item, RawArticle) and (item.line or 1) <= skip_until))  # fmt: skip
        cleaned_chunks = _cleaned(fresh, opts.outlet, pool, chunk_size=64)
        timed_out = False
        for chunk, cleaned_chunk in cleaned_chunks:
            for item, cleaned in zip(chunk, cleaned_chunk):
                if isinstance(cleaned, Problem):
                    problem(cleaned)
                else:
                    batch.append(cleaned)
                last_line = max(last_line, item.line if item.line is not None else 1)
            if len(batch) >= batch_size or time.monotonic() - started > batch_seconds:
                flush()
                if on_progress:
                    on_progress(key, report.read)
            if file_seconds is not None and time.monotonic() - file_started > file_seconds:
                timed_out = True
                break
        cleaned_chunks.close()  # closes the reader and its file
        flush()
        if timed_out:
            problem(Problem(key, f"stopped after {file_seconds:g} s, the time limit per file: what was read (to line "
                                 f"{last_line}) is stored, and the next run goes on from there"))  # fmt: skip
            continue
        store.finish_source(key)
        if on_progress:
            on_progress(key, report.read)


_STORE_ERRORS = (sqlite3.Error, ValueError, TypeError, OverflowError, UnicodeError)


def _store_batch(store: Store, batch: list[Article], problem: Callable[[Problem], None],
                 source: str | None = None, done_line: int | None = None) -> list[tuple[Article, bool]]:  # fmt: skip
    """Store a batch (with the source's progress); one article the store cannot hold must not cost
    the others of its batch: then they are stored one at a time, and it is named."""
    try:
        return list(zip(batch, store.add(batch, source, done_line)))
    except _STORE_ERRORS:
        results = []
        for article in batch:
            try:
                results.extend(zip([article], store.add([article])))
            except _STORE_ERRORS as err:
                line = article.meta.get("line") if isinstance(article.meta.get("line"), int) else None
                problem(
                    Problem(
                        article.source or source or "?",
                        f"cannot be stored: {type(err).__name__}: {str(err)[:160]}",
                        line,
                    )
                )
        if source is not None:
            store.add([], source, done_line)
        return results


def ingest_items(items: Iterable[RawArticle | Problem], store: Store, outlet: str | None = None,
                 on_problem: Callable[[Problem], None] | None = None, batch_size: int = 256) -> IngestReport:  # fmt: skip
    """Clean and store articles already read (a fetched feed's entries): each stored once, every
    problem reported, and an article the store refuses never costs the others of its batch."""
    report = IngestReport()

    def problem(p: Problem) -> None:
        report.problems.append(p)
        report.skipped += p.skipped
        if on_problem:
            on_problem(p)

    for chunk in batched(items, batch_size):
        batch = []
        for item in chunk:
            cleaned = item if isinstance(item, Problem) else clean(item, outlet)
            problem(cleaned) if isinstance(cleaned, Problem) else batch.append(cleaned)
        for article, new in _store_batch(store, batch, problem):
            report.article_ids.append(article.id)
            report.stored += new
            report.already += not new
    return report


def _clean_chunk(items: list[RawArticle | Problem], outlet: str | None) -> list[Article | Problem]:
    return [item if isinstance(item, Problem) else clean(item, outlet) for item in items]  # clean() never raises


def _cleaned(items: Iterator[RawArticle | Problem], outlet: str | None, pool: ProcessPoolExecutor | None,
             chunk_size: int) -> Iterator[tuple[list, list[Article | Problem]]]:  # fmt: skip
    """``(chunk, cleaned chunk)`` in input order; with a pool, a bounded number of chunks in flight."""
    chunks = batched(items, chunk_size)
    if pool is None:
        for chunk in chunks:
            yield chunk, _clean_chunk(chunk, outlet)
        return
    pending: deque = deque()
    limit = 4 * pool._max_workers  # memory stays bounded whatever the size of the input
    for chunk in chunks:
        pending.append((chunk, pool.submit(_clean_chunk, chunk, outlet)))
        if len(pending) >= limit:
            chunk0, fut = pending.popleft()
            yield chunk0, fut.result()
    while pending:
        chunk0, fut = pending.popleft()
        yield chunk0, fut.result()
