"""The corpus run (storyline run): its steps equal the in-memory pipeline, its tables hold every finding."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storyline.corpus import TABLES, read_table, run_local
from storyline.ingest import ingest
from storyline.stories import cluster_stories
from storyline.text import day_number
from storyline.stories.neighbours import reach
from storyline.stories import StoryConfig
from storyline.store import Store

from conftest import ROOT, corpus_records


def partition(rows: list[dict], key: str) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for r in rows:
        if r[key] is not None:
            groups.setdefault(r[key], []).append(r["id"])
    return sorted(sorted(g) for g in groups.values())


@pytest.mark.parametrize("block,workers", [(1, 1), (3, 2), (64, 1)])
def test_time_blocked_neighbours_equal_the_index(block: int, workers: int) -> None:
    from datetime import date

    records = corpus_records(ROOT / "tests" / "fixtures" / "events.jsonl")
    dates = [date.fromisoformat(r["date"]) if "date" in r else None for r in records]
    keys = [r["id"] for r in records]
    expected = cluster_stories([r["text"] for r in records], [r.get("title") for r in records], dates, keys=keys)
    from storyline.stories import neighbours

    got = neighbours.corpus_stories(keys, [r["text"] for r in records], [r.get("title") for r in records],
                                    [day_number(d) for d in dates], block=block, workers=workers)  # fmt: skip
    assert [got[k] for k in keys] == expected
    # the corpus spans several blocks of time, and some stories hold undated articles: both paths are exercised
    days = [day_number(d) for d in dates if d]
    assert (max(days) - min(days)) > 3 * reach(StoryConfig())
    by_story: dict[str, list[int]] = {}
    for i, name in enumerate(expected):
        by_story.setdefault(name, []).append(i)
    assert any(len(m) > 1 and any(dates[i] is None for i in m) for m in by_story.values())


def test_neighbour_lists_merge_to_the_list_of_the_union() -> None:
    from storyline.stories.neighbours import Features, nearest, top_neighbours

    rng = np.random.default_rng(0)
    vocab = [f"t{i}" for i in range(30)]
    terms = [sorted(rng.choice(vocab, 6, replace=False).tolist()) for _ in range(60)]
    weights = [(np.ones(6) / np.sqrt(6)).tolist() for _ in range(60)]  # many equal similarities: ties decide
    feats = Features.build([f"a{i:02d}" for i in range(60)], [None] * 60, terms, weights)
    cfg = StoryConfig(neighbours=3, min_similarity=0.1)
    whole = nearest(feats, feats, cfg)
    halves = [nearest(feats, feats.take(np.arange(lo, lo + 20)), cfg) for lo in (40, 0, 20)]
    merged = top_neighbours(*(np.concatenate(x) for x in zip(*halves)), k=3)
    as_set = lambda t: sorted(zip(t[0].tolist(), t[1].tolist(), t[2].tolist()))  # noqa: E731
    assert as_set(merged) == as_set(whole)
    assert len(whole[0]) == 3 * 60
    # the reference cut into pieces (memory bounded by the piece, not the corpus) finds the same lists
    assert as_set(nearest(feats, feats, cfg, block=7, ref_block=9)) == as_set(whole)


def test_corpus_run_tables(corpus_file: Path, tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        report = ingest([corpus_file], store)
        articles = list(store.articles())
    assert len(report.problems) == 2
    (tmp_path / "out" / ".work-killed").mkdir(parents=True)  # what a killed run leaves
    (tmp_path / "out" / ".work-killed" / "story-terms.bin").write_bytes(b"\0" * 64)
    run = run_local(db, tmp_path / "out", "jsonl", workers=2, batch=7)
    # the per-article state was kept in files beside the tables while the run needed it, and is gone
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted([*TABLES, "settings.json"])
    rows = read_table(tmp_path / "out", "articles")
    assert len(rows) == len(articles) == run.articles
    # the same stories and duplicate groups as the in-memory pipeline
    from storyline.stories import find_stories

    stories = find_stories(articles)
    assert partition(rows, "story") == sorted(sorted(s.articles) for s in stories)
    dup_groups = sorted(sorted(g) for s in stories for g in s.duplicates)
    assert partition(rows, "duplicate_group") == dup_groups and dup_groups
    # every table is written, with its columns, and per-story tables agree with the in-memory analysis
    for table, cols in TABLES.items():
        got = read_table(tmp_path / "out", table)
        assert got, table
        assert all(list(r) == [c for c, _ in cols] for r in got)
    from storyline.pipeline import analyze_articles

    analysis = analyze_articles(articles)
    quotes = sorted((q.article, q.span.start, q.span.end) for found in analysis.found.values() for q in found.quotes)
    assert sorted((q["article"], q["start"], q["end"]) for q in read_table(tmp_path / "out", "quotes")) == quotes
    from storyline.quotes import RULES

    rules = {q["rule"] for q in read_table(tmp_path / "out", "quotes")}
    assert rules - {None} and rules - {None} <= {r.name for r in RULES}  # the rule that attributed each quote
    assert any(r["kind"] == "duplicate" for r in read_table(tmp_path / "out", "relations"))


@pytest.mark.slow
def test_corpus_run_parquet_and_cli(corpus_file: Path, tmp_path: Path) -> None:
    pytest.importorskip("pyarrow")
    r = subprocess.run([sys.executable, "-m", "storyline", "run", str(corpus_file), "--db", str(tmp_path / "s.db"),
                        "--out", str(tmp_path / "out"), "--format", "parquet", "--workers", "1"],
                       capture_output=True, text=True)  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert f"{corpus_file}:8: invalid JSON" in r.stderr
    assert (tmp_path / "out" / "quotes" / "part-00000.parquet").exists()
    assert len(read_table(tmp_path / "out", "articles")) == len(
        corpus_records(ROOT / "tests" / "fixtures" / "events.jsonl")
    )
    assert "statements" in r.stdout


def test_ingest_on_several_cores_stores_what_one_core_stores(corpus_file: Path, tmp_path: Path) -> None:
    stored = []
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            report = ingest([corpus_file], store, workers=workers)
            stored.append(([a.id for a in store.articles()], [str(p) for p in report.problems]))
    assert stored[0] == stored[1]
    assert len(stored[0][0]) > 30 and len(stored[0][1]) == 2


def test_growing_arrays_in_memory_and_on_disk_are_the_same(tmp_path: Path) -> None:
    from storyline.spill import Growing

    rng = np.random.default_rng(3)
    chunks = [rng.integers(0, 2**40, size=(n, 4)).astype(np.uint64) for n in (3, 0, 5, 1)]
    held, kept = Growing(np.uint64, 4), Growing(np.uint64, 4, tmp_path, "keys")
    for c in chunks:
        held.append(c)
        kept.append(c)
    assert isinstance(kept.array(), np.memmap) and not kept.array().flags.writeable
    assert np.array_equal(held.array(), np.concatenate(chunks)) and np.array_equal(kept.array(), held.array())
    kept.append(chunks[0])  # appending after reading: the next read sees it
    assert len(kept) == len(kept.array()) == 12 and np.array_equal(kept.array()[-3:], chunks[0])
    assert Growing(np.float64, folder=tmp_path, name="empty").array().shape == (0,)


def test_unordered_map_gives_every_result_once_through_a_small_window() -> None:
    import operator
    from concurrent.futures import ProcessPoolExecutor

    from storyline.corpus import _map

    with ProcessPoolExecutor(2) as pool:
        found = list(_map(pool, operator.mul, [(i, 3) for i in range(40)], ordered=False, window=3))
    assert sorted(found) == [3 * i for i in range(40)]


def test_an_unfinished_table_is_never_read_as_a_finished_one(tmp_path: Path) -> None:
    from storyline.corpus import TableWriter

    writer = TableWriter(tmp_path / "out")
    writer.write("articles", [{"id": "a1"}])  # a run killed here: no close()
    with pytest.raises(RuntimeError, match="unfinished"):
        read_table(tmp_path / "out", "articles")
    writer.close()
    assert [r["id"] for r in read_table(tmp_path / "out", "articles")] == ["a1"]
    assert not list((tmp_path / "out" / "articles").glob(".part-*"))
