"""The corpus run: every stage over a whole corpus, as steps that an executor spreads out.

A briefing needs one story in memory; a corpus of a million articles does not fit
the way ``storyline analyze`` works.  The same stages, cut where the data can be
cut (datatrove-style blocks; the executor underneath is swappable):

1. :func:`article_step` — per article, independent of every other: metadata,
   duplicate fingerprints (exact key, shingles, MinHash) and story terms;
2. duplicate groups — LSH band keys bring candidate pairs together, the exact
   Jaccard of their shingles decides, connected components make the groups;
3. stories — neighbour lists in blocks of publication time
   (:mod:`storyline.stories.neighbours`), kept links, connected components,
   average linkage per component;
4. :func:`story_step` — per story: provenance, quotes and speakers, statements.

:func:`run_local` runs them on this machine (a process pool, the corpus read
from the SQLite store slice by slice; what stages 2 and 3 need of every article —
its row, fingerprints and term vector — kept in files beside the output and read
back memory-mapped, so the coordinator's memory does not grow with the corpus);
:mod:`storyline.spark` runs the same functions on Apache Spark.  Both write the
tables of :data:`TABLES`, as JSON lines or Parquet, one directory per table.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
import os
import shutil
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import numpy as np
from scipy.sparse import csr_matrix

from .batching import die_with_parent
from .model import Article
from .pipeline import analyze_story
from .settings import Settings
from .spill import Growing
from .stories import (
    DedupConfig,
    Features,
    Fingerprints,
    NearDuplicateIndex,
    StoryConfig,
    feature_rows,
    fingerprint,
    grouped_stories,
    jaccard_figure,
    story_evidence,
    story_id,
)
from .text import day_number
from .store import Store

# every table the corpus run writes: columns and their types (Spark SQL names; Parquet schema from the same)
TABLES: dict[str, list[tuple[str, str]]] = {
    "articles": [("id", "string"), ("source_id", "string"), ("outlet", "string"), ("title", "string"), ("url", "string"),
                 ("published", "string"), ("words", "long"), ("story", "string"), ("duplicate_group", "string")],
    "stories": [("story", "string"), ("title", "string"), ("articles", "long"), ("outlets", "long"),
                ("first_published", "string"), ("last_published", "string"), ("evidence", "string")],
    "duplicates": [("a", "string"), ("b", "string"), ("jaccard", "double"), ("exact", "boolean")],
    "relations": [("story", "string"), ("article", "string"), ("kind", "string"), ("derived_from", "string"),
                  ("shared", "double"), ("direction", "string")],
    "quotes": [("story", "string"), ("article", "string"), ("start", "long"), ("end", "long"), ("text", "string"),
               ("kind", "string"), ("speaker", "string"), ("speaker_id", "string"), ("speaker_text", "string"),
               ("cue", "string"), ("rule", "string"), ("named", "boolean")],
    "statements": [("story", "string"), ("statement", "string"), ("speaker", "string"), ("text", "string"),
                   ("independent_sources", "long"), ("article", "string"), ("start", "long"), ("end", "long"),
                   ("status", "string"), ("confidence", "double"), ("diff", "string"), ("note", "string")],
}  # fmt: skip
STORY_TABLES = ("stories", "relations", "quotes", "statements")


# -- step 1: per article


@dataclass
class ArticleBatch:
    """What the corpus-wide stages need of a batch of articles (the texts stay behind)."""

    rows: list[dict[str, Any]]  # the articles table, without story and duplicate group yet
    days: list[float | None]
    fingerprints: Fingerprints
    terms: list[list[str]]
    weights: list[list[float]]


def article_row(a: Article) -> dict[str, Any]:
    source_id = a.meta.get("id")  # the input's own id for the article, to join the tables back to it
    return {"id": a.id, "source_id": None if source_id is None else str(source_id), "outlet": a.outlet, "title": a.title, "url": a.url,
            "published": a.published.isoformat() if a.published else None, "words": a.words}  # fmt: skip


def article_step(
    articles: Sequence[Article], dedup: DedupConfig | None = None, stories: StoryConfig | None = None
) -> ArticleBatch:
    """Everything computed from one article alone, for a batch of them."""
    feats = feature_rows([a.text for a in articles], [a.title for a in articles], stories)
    return ArticleBatch(
        rows=[article_row(a) for a in articles],
        days=[day_number(a.published) for a in articles],
        fingerprints=fingerprint([a.text for a in articles], dedup),
        terms=[t for t, _ in feats],
        weights=[w for _, w in feats],
    )


# -- step 4: per story


def story_order(a: Article) -> tuple:
    """Articles of a story in publication order (undated last), then by id."""
    return (a.published is None, str(a.published or ""), a.id)


def story_step(story: str, articles: Sequence[Article], quotes: Sequence[Sequence] | None = None,
               groups: Sequence[str | None] | None = None,
               settings: Settings | None = None) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    """The story's rows of the per-story tables.  ``articles`` in any order; ``quotes`` per article if known;
    ``groups``: each article's duplicate group (None when it has no copy), so that copies count once."""
    order = sorted(range(len(articles)), key=lambda i: story_order(articles[i]))
    arts = [articles[i] for i in order]
    evidence = None
    if len(arts) > 1:
        named = [groups[i] or articles[i].id for i in order] if groups else [a.id for a in arts]
        labels = {g: n for n, g in enumerate(dict.fromkeys(named))}
        ev = story_evidence([a.text for a in arts], [a.title for a in arts], [labels[g] for g in named])
        evidence = json.dumps(ev.to_json(), ensure_ascii=False, sort_keys=True)
    found = analyze_story(arts, [quotes[i] for i in order] if quotes is not None else None, False, settings)
    titled = [a for a in arts if a.title]
    dated = [a.published.isoformat() for a in arts if a.published]
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in STORY_TABLES}
    out["stories"].append({
        "story": story, "title": (titled[0] if titled else arts[0]).display_title, "articles": len(arts),
        "outlets": len({a.outlet for a in arts}), "first_published": min(dated) if dated else None,
        "last_published": max(dated) if dated else None, "evidence": evidence,
    })  # fmt: skip
    for r in found.provenance.relations if found.provenance else []:
        out["relations"].append({"story": story, "article": r.article, "kind": r.kind, "derived_from": r.derived_from,
                                 "shared": round(r.shared, 3), "direction": r.direction})  # fmt: skip
    names = {p.id: p.name for p in found.people}
    for q in found.quotes:
        out["quotes"].append({
            "story": story, "article": q.article, "start": q.span.start, "end": q.span.end, "text": q.text,
            "kind": q.kind, "speaker": names.get(q.speaker) if q.speaker else None, "speaker_id": q.speaker,
            "speaker_text": q.speaker_text, "cue": q.cue, "rule": q.rule, "named": q.named,
        })  # fmt: skip
    for s in found.verification.statements:
        for inst in s.instances:
            doc = inst.to_json()
            out["statements"].append({
                "story": story, "statement": s.id, "speaker": s.speaker, "text": s.text,
                "independent_sources": s.independent_sources, "article": inst.article,
                "start": doc["span"][0], "end": doc["span"][1], "status": inst.status,
                "confidence": doc["confidence"], "diff": json.dumps(inst.diff) if inst.diff else None,
                "note": inst.note,
            })  # fmt: skip
    return out


# -- tables on disk


class TableWriter:
    """Rows of :data:`TABLES` into ``out/<table>/part-00000.jsonl`` (or ``.parquet``), streamed.

    Parts are written under a temporary name and renamed, and ``_SUCCESS`` written beside them (as
    Spark's committer does), only when the run completes: a killed run leaves no table that
    :func:`read_table` would take for a finished one."""

    def __init__(self, out: str | Path, fmt: str = "jsonl", row_group: int = 20_000):
        if fmt not in ("jsonl", "parquet"):
            raise ValueError(f"unknown format {fmt!r}: jsonl or parquet")
        self.out, self.fmt, self.row_group = Path(out), fmt, row_group
        self._files: dict[str, Any] = {}
        self._buffers: dict[str, list[dict]] = {}
        self.counts: dict[str, int] = {t: 0 for t in TABLES}
        for table in TABLES:
            folder = self.out / table
            folder.mkdir(parents=True, exist_ok=True)
            for old in [*folder.glob("part-*"), *folder.glob(".part-*"), *folder.glob("_SUCCESS")]:
                old.unlink()
            if fmt == "jsonl":
                self._files[table] = open(folder / ".part-00000.jsonl.tmp", "w", encoding="utf-8")
            else:
                self._buffers[table] = []

    def write(self, table: str, rows: Iterable[dict[str, Any]]) -> None:
        cols = [c for c, _ in TABLES[table]]
        for row in rows:
            self.counts[table] += 1
            if self.fmt == "jsonl":
                self._files[table].write(json.dumps({c: row.get(c) for c in cols}, ensure_ascii=False) + "\n")
            else:
                self._buffers[table].append(row)
                if len(self._buffers[table]) >= self.row_group:
                    self._flush(table)

    def _flush(self, table: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self._buffers[table]
        schema = arrow_schema(table)
        batch = pa.Table.from_pylist([{c: r.get(c) for c in schema.names} for r in rows], schema=schema)
        if table not in self._files:
            self._files[table] = pq.ParquetWriter(self.out / table / ".part-00000.parquet.tmp", schema)
        self._files[table].write_table(batch)
        self._buffers[table] = []

    def close(self) -> None:
        for table in self._buffers:
            if self._buffers[table] or table not in self._files:
                self._flush(table)
        for f in self._files.values():
            f.close()
        for table in TABLES:  # complete: the parts take their names, then the mark of a finished table
            folder = self.out / table
            for tmp in folder.glob(".part-*.tmp"):
                os.replace(tmp, folder / tmp.name[1:-4])
            (folder / "_SUCCESS").touch()


def arrow_schema(table: str):
    import pyarrow as pa

    types = {"string": pa.string(), "long": pa.int64(), "double": pa.float64(), "boolean": pa.bool_()}
    return pa.schema([(c, types[t]) for c, t in TABLES[table]])


def read_table(out: str | Path, table: str) -> list[dict[str, Any]]:
    """A table written by either executor (JSON lines or Parquet part files), as rows."""
    folder = Path(out) / table
    if folder.is_dir() and not (folder / "_SUCCESS").exists():
        raise RuntimeError(f"{folder}: unfinished table (the run that wrote it did not complete): run it again")
    rows: list[dict[str, Any]] = []
    for part in sorted(folder.glob("part-*")):
        if part.suffix == ".parquet":
            import pyarrow.parquet as pq

            rows.extend(pq.read_table(part).to_pylist())
        elif part.name.endswith((".json", ".jsonl")):
            with open(part, encoding="utf-8") as f:
                rows.extend(json.loads(line) for line in f if line.strip())
    if not folder.is_dir():
        raise FileNotFoundError(f"{folder}: no such table (was the run finished?)")
    return rows


# -- the local executor


@dataclass
class RunReport:
    articles: int = 0
    stories: int = 0
    duplicate_groups: int = 0
    seconds: dict[str, float] = field(default_factory=dict)  # per stage
    rows: dict[str, int] = field(default_factory=dict)  # per table


Progress = Callable[[str, int, int], None]  # (stage, done, total)


def _slice_step(path: str, first: int, last: int, settings: Settings | None = None) -> ArticleBatch:
    settings = settings or Settings()
    with Store(path) as store:
        return article_step(list(store.articles_in(first, last)), settings.dedup, settings.stories)


def _stories_step(path: str, stories: list[tuple[str, list[str], list[str | None]]],
                  settings: Settings | None = None) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    out: dict[str, list[dict[str, Any]]] = {t: [] for t in STORY_TABLES}
    with Store(path) as store:
        for sid, ids, groups in stories:
            arts = list(store.articles(ids))
            group_of = dict(zip(ids, groups))
            for table, rows in story_step(sid, arts, groups=[group_of[a.id] for a in arts], settings=settings).items():
                out[table].extend(rows)
    return out


def _map(pool: ProcessPoolExecutor | None, fn: Callable, jobs: Sequence[tuple], ordered: bool = True,
         window: int = 8) -> Iterator[Any]:  # fmt: skip
    """``fn(*job)`` for every job, on the pool if there is one.  Unordered: as they finish, with at most
    ``window`` jobs submitted and not yet taken, so finished results never pile up in memory."""
    if pool is None:
        return (fn(*job) for job in jobs)
    if ordered:
        return pool.map(fn, *zip(*jobs)) if jobs else iter(())
    return _as_finished(pool, fn, jobs, window)


def _as_finished(pool: ProcessPoolExecutor, fn: Callable, jobs: Sequence[tuple], window: int) -> Iterator[Any]:
    from concurrent.futures import FIRST_COMPLETED, wait
    from itertools import islice

    waiting, pending = iter(jobs), set()
    while True:
        pending.update(pool.submit(fn, *job) for job in islice(waiting, window - len(pending)))
        if not pending:
            return
        done, pending = wait(pending, return_when=FIRST_COMPLETED)
        for f in done:
            yield f.result()


def run_local(store_path: str | Path, out: str | Path, fmt: str = "jsonl", workers: int | None = None,
              batch: int = 500, progress: Progress | None = None, analysis: bool = True,
              on_stage: Callable[[RunReport], None] | None = None, settings: Settings | None = None) -> RunReport:  # fmt: skip
    """Every stage over the store's articles, on this machine's cores; tables into ``out`` (and the
    settings used, ``settings.json``, beside them).

    ``analysis=False`` stops after stories and duplicate groups (the per-story tables stay empty).
    ``on_stage`` sees the report after each stage (a long run's figures survive an interruption).
    """
    path = str(store_path)
    settings = settings or Settings()
    workers = workers or os.cpu_count() or 1
    report = RunReport()
    tick = progress or (lambda stage, done, total: None)

    @contextmanager
    def stage(name: str) -> Iterator[None]:
        started = time.perf_counter()
        yield
        report.seconds[name] = time.perf_counter() - started
        if on_stage:
            on_stage(report)

    with Store(path) as store:
        slices = store.slices(batch)
        total = len(store)
    pool = (
        ProcessPoolExecutor(workers, mp_context=get_context("spawn"), initializer=die_with_parent)
        if workers > 1
        else None
    )
    Path(out).mkdir(parents=True, exist_ok=True)
    for stale in Path(out).glob(".work-*"):  # left by a run that was killed: its tables are rewritten too
        shutil.rmtree(stale, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix=".work-", dir=out))  # per-article state, beside the tables it makes
    try:
        with stage("articles"):  # 1. per article
            dedup, rows_file, feats = _article_stage(
                pool, path, slices, settings, lambda n: tick("articles", n, total), work
            )
        keys = feats.keys
        report.articles = len(keys)
        with stage("duplicates"):  # 2. duplicate groups
            dups = dedup.duplicates()
            group = _group_names(keys, dups.groups)
            report.duplicate_groups = int(sum(1 for m in dups.members()))
            del dedup  # fingerprints and shingles: the groups and pairs are all that is needed from here on
        tick("duplicates", 1, 1)
        with stage("stories"):  # 3. stories
            done = [0]

            def knn_tick(n: int) -> None:
                done[0] += n
                tick("neighbours", done[0], len(keys))

            names = grouped_stories(
                feats, dups.groups, settings.stories, progress=knn_tick, workers=workers, folder=work
            )
            del feats
        with stage("story analysis"):  # 4. per story, and the tables
            members: dict[str, list[str]] = {}
            for key in keys.tolist():
                members.setdefault(names[key], []).append(key)
            report.stories = len(members)
            writer = TableWriter(out, fmt)
            stories = sorted(members.items(), key=lambda kv: -len(kv[1])) if analysis else []
            jobs = _story_jobs(path, stories, group, batch, settings)
            placed = 0
            for part in _map(pool, _stories_step, jobs, ordered=False, window=2 * workers):
                for table, table_rows in part.items():
                    writer.write(table, table_rows)
                placed += sum(r["articles"] for r in part["stories"])
                tick("stories", placed, len(keys))
            writer.write("articles", (
                {**row, "story": story_id(names[row["id"]]), "duplicate_group": group.get(row["id"])}
                for row in _rows(rows_file)
            ))  # fmt: skip
            writer.write("duplicates", (
                {"a": min(keys[p.a], keys[p.b]), "b": max(keys[p.a], keys[p.b]), "jaccard": jaccard_figure(p.jaccard),
                 "exact": p.exact_copy} for p in dups.pairs
            ))  # fmt: skip
            writer.close()
            settings.save(Path(out) / "settings.json")
            report.rows = dict(writer.counts)
    finally:
        if pool is not None:
            pool.shutdown()
        shutil.rmtree(work, ignore_errors=True)
    return report


def _article_stage(pool: ProcessPoolExecutor | None, path: str, slices: Sequence[tuple[int, int]], settings: Settings,
                   tick: Callable[[int], None], folder: Path) -> tuple[NearDuplicateIndex, Path, Features]:  # fmt: skip
    """Every article's row (into ``folder/rows.jsonl``), fingerprints (into a duplicate index) and story terms
    (one sparse matrix): what is per article is kept in files in ``folder`` and read back memory-mapped, so
    the coordinator's memory does not grow with the corpus."""
    dedup = NearDuplicateIndex(settings.dedup, folder)
    keys: list[str] = []
    days: list[float | None] = []
    vocab: dict[str, int] = {}
    lengths: list[np.ndarray] = []
    cols = Growing(np.int32, folder=folder, name="story-terms")
    vals = Growing(np.float64, folder=folder, name="story-weights")
    rows_file = folder / "rows.jsonl"
    with open(rows_file, "w", encoding="utf-8") as out:
        for part in _map(pool, _slice_step, [(path, a, b, settings) for a, b in slices]):
            dedup.add_fingerprints(part.fingerprints)
            out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in part.rows)
            keys.extend(r["id"] for r in part.rows)
            days.extend(part.days)
            lengths.append(np.fromiter((len(t) for t in part.terms), dtype=np.int64, count=len(part.terms)))
            flat = [t for ts in part.terms for t in ts]
            cols.append(np.fromiter((vocab.setdefault(t, len(vocab)) for t in flat), dtype=np.int32, count=len(flat)))
            vals.append(np.fromiter((w for ws in part.weights for w in ws), dtype=np.float64, count=len(flat)))
            tick(len(keys))
    cols.close()
    vals.close()
    indptr = np.concatenate([[0], np.cumsum(np.concatenate(lengths))]) if lengths else np.zeros(1, dtype=np.int64)
    matrix = csr_matrix((vals.array(), cols.array(), indptr), shape=(len(keys), max(1, len(vocab))))
    day = np.array([np.nan if d is None else d for d in days], dtype=np.float64)
    return dedup, rows_file, Features(np.array(keys, dtype=object), day, matrix)


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as f:
        for line in f:
            yield json.loads(line)


def _story_jobs(path: str, stories: Sequence[tuple[str, list[str]]], group: dict[str, str], batch: int,
                settings: Settings) -> list[tuple]:  # fmt: skip
    """Stories cut into jobs of about ``batch`` articles (the largest stories first), for :func:`_stories_step`."""
    jobs, chunk, size = [], [], 0
    for name, ids in stories:
        chunk.append((story_id(name), ids, [group.get(i) for i in ids]))
        size += len(ids)
        if size >= batch:
            jobs.append((path, chunk, settings))
            chunk, size = [], 0
    if chunk:
        jobs.append((path, chunk, settings))
    return jobs


def _group_names(keys: np.ndarray, groups: np.ndarray) -> dict[str, str]:
    """Article id -> its duplicate group's name (the smallest id in the group), for articles in a group."""
    by_group: dict[int, list[str]] = {}
    for key, g in zip(keys.tolist(), groups.tolist()):
        by_group.setdefault(g, []).append(key)
    return {k: min(m) for m in by_group.values() if len(m) > 1 for k in m}
