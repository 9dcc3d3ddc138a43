"""Duplicates and stories on small fixtures written for the tests."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from storyline.evaluate.clustering import bcubed, pairwise
from storyline.ingest.dates import parse_date
from storyline.stories import DedupConfig, StoryIndex, cluster_stories, find_duplicates
from storyline.stories.minhash import MinHasher, estimated_jaccard, jaccard, lsh_params, shingles, word_hashes

FIXTURES = Path(__file__).parent / "fixtures"
VOCAB = ("council minister police court hospital school river storm bridge harbour ferry budget vote report "
         "engineers cracks election party leader market prices energy workers strike union teachers doctors "
         "nurses patients families homes roads trains airport flights tourists farmers crops water plan").split()


def article(seed: int, paragraphs: int = 8, words: int = 60) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(rng.choice(VOCAB) for _ in range(words)).capitalize() + "." for _ in range(paragraphs)]


def events() -> list[dict]:
    return [json.loads(line) for line in (FIXTURES / "events.jsonl").read_text("utf-8").splitlines()]


def test_word_hashes_are_stable_and_fold_case_and_punctuation() -> None:
    w1, o1 = word_hashes(["The Council, said: “no”.", "the council said no"])
    assert list(o1) == [0, 4, 8]
    assert np.array_equal(w1[:4], w1[4:])
    w2, _ = word_hashes(["The Council, said: “no”."])
    assert np.array_equal(w1[:4], w2)  # no per-process salt
    assert len(set(word_hashes(["a b c d"])[0].tolist())) == 4


def test_minhash_estimates_jaccard() -> None:
    base = " ".join(article(1, 10))
    errors = []
    for keep in (0.3, 0.5, 0.7, 0.9):
        words = base.split()
        cut = " ".join(words[: int(len(words) * keep)])
        batch = shingles([base, cut])
        sig = MinHasher(256).signatures(batch)
        errors.append(abs(estimated_jaccard(sig[0], sig[1]) - jaccard(batch.set_of(0), batch.set_of(1))))
    assert max(errors) < 0.1


def test_lsh_parameters_follow_the_threshold() -> None:
    b_low, r_low = lsh_params(0.3, 128)
    b_high, r_high = lsh_params(0.9, 128)
    assert b_low * r_low <= 128 and b_high * r_high <= 128
    assert r_high > r_low  # a stricter threshold needs more rows per band


def test_edited_copy_is_a_duplicate_and_other_articles_are_not() -> None:
    original = article(7, paragraphs=10)
    copy = original[:7] + ["Sign up for our morning newsletter to get the news first."]
    rng = random.Random(3)
    text = "\n\n".join(copy).split(" ")
    for pos in rng.sample(range(len(text)), 6):
        text[pos] = "changed"
    texts = ["\n\n".join(original), " ".join(text)] + ["\n\n".join(article(100 + i)) for i in range(30)] + ["\n\n".join(original)]
    result = find_duplicates(texts, DedupConfig(threshold=0.5))
    assert result.members() == [[0, 1, 32]]
    assert result.groups[1] == 0 and result.groups[32] == 0 and result.groups[2] == 2
    near = [p for p in result.pairs if not p.exact_copy]
    assert len(near) == 1 and 0.5 <= near[0].jaccard < 1.0 and abs(near[0].estimated - near[0].jaccard) < 0.15
    assert any(p.exact_copy and (p.a, p.b) == (0, 32) for p in result.pairs)


def test_batches_do_not_change_duplicate_groups() -> None:
    original = "\n\n".join(article(9))
    texts = [original] + ["\n\n".join(article(200 + i)) for i in range(20)] + [original.replace("council", "councillors")]
    a = find_duplicates(texts, DedupConfig(batch_size=1000))
    b = find_duplicates(texts, DedupConfig(batch_size=4))
    assert np.array_equal(a.groups, b.groups) and a.groups[-1] == 0


def _cluster(rows: list[dict]) -> list[str]:
    return cluster_stories([r["text"] for r in rows], [r["title"] for r in rows], [parse_date(r["date"]) for r in rows],
                           keys=[r["id"] for r in rows])


def test_same_event_articles_form_one_story_and_events_stay_apart() -> None:
    rows = events()
    pred = _cluster(rows)
    gold = [r["cluster"] for r in rows]
    assert bcubed(pred, gold)["f1"] == 1.0, list(zip(gold, pred))


def test_a_similar_but_different_event_is_not_merged() -> None:
    rows = [r for r in events() if r["cluster"].startswith("bridge")]
    pred = _cluster(rows)
    by = {r["id"]: p for r, p in zip(rows, pred)}
    assert by["bridge-1"] == by["bridge-3"] and by["bridge2-1"] == by["bridge2-2"]
    assert by["bridge-1"] != by["bridge2-1"]


@pytest.mark.parametrize("split", [1, 4, 7])
def test_online_assignment_equals_batch(split: int) -> None:
    rows = events()
    batch = _cluster(rows)
    for order in (rows, rows[::-1]):
        index = StoryIndex()
        for part in (order[:split], order[split:]):
            index.add([r["id"] for r in part], [r["text"] for r in part], [r["title"] for r in part], [parse_date(r["date"]) for r in part])
        online = dict(zip(index.keys, index.story))
        assert [online[r["id"]] for r in rows] == batch


def test_scores() -> None:
    gold = ["a", "a", "b", "b"]
    assert bcubed(gold, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    lumped = bcubed(["x"] * 4, gold)
    assert lumped["recall"] == 1.0 and lumped["precision"] == 0.5
    assert pairwise(["x", "y", "z", "w"], gold)["recall"] == 0.0


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True, text=True, cwd=cwd)


def test_cli_dedup_cluster_eval(tmp_path: Path) -> None:
    rows = events()
    rows.append({**rows[0], "id": "bridge-1-copy", "text": rows[0]["text"] + "\n\nSign up for our newsletter."})
    f = tmp_path / "in.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\nnot json\n", "utf-8")
    r = run("dedup", "--jsonl", str(f), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    out = [json.loads(line) for line in r.stdout.splitlines()]
    assert len(out) == len(rows) and {"id", "group"} == set(out[0])
    group = {o["id"]: o["group"] for o in out}
    assert group["bridge-1-copy"] == "bridge-1" and group["bridge-2"] == "bridge-2"
    assert f"{f}:{len(rows) + 1}: invalid JSON" in r.stderr
    r = run("cluster", "--jsonl", str(f), cwd=tmp_path)
    stories = {json.loads(line)["id"]: json.loads(line)["story"] for line in r.stdout.splitlines()}
    assert stories["bridge-1-copy"] == stories["bridge-1"] != stories["storm-1"]
    (tmp_path / "pred.jsonl").write_text(r.stdout, "utf-8")
    r = run("eval", "stories", str(f), "--predictions", "pred.jsonl", "--format", "json", cwd=tmp_path)
    score = json.loads(r.stdout)
    assert score["bcubed"]["f1"] == 1.0 and score["clusters"] == 4


def test_cli_add_places_new_articles_like_a_batch_run(tmp_path: Path) -> None:
    rows = events()
    for part, name in ((rows[:5], "first"), (rows[5:], "second")):
        d = tmp_path / name
        d.mkdir()
        for r in part:
            (d / f"{r['id']}.txt").write_text(f" date {r['date']} {r['title']}\n\n{r['text']}\n", "utf-8")
    assert run("add", "first", "--db", "s.db", cwd=tmp_path).returncode == 0
    r = run("add", "second", "--db", "s.db", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    from storyline.store import Store

    with Store(tmp_path / "s.db") as store:
        online = store.story_of()
        arts = list(store.articles())
    batch = cluster_stories([a.text for a in arts], [a.title for a in arts], [a.published for a in arts], keys=[a.id for a in arts])
    by_outlet = {a.outlet: a.id for a in arts}
    groups_online = {frozenset(k for k, v in online.items() if v == s) for s in online.values()}
    groups_batch = {frozenset(a.id for a, s2 in zip(arts, batch) if s2 == s) for s in batch}
    assert groups_online == groups_batch
    assert online[by_outlet["bridge-1"]] == online[by_outlet["bridge-3"]] != online[by_outlet["storm-2"]]


def test_average_linkage_split_at_the_threshold_gives_the_same_stories() -> None:
    import numpy as np
    from scipy.sparse import random as sparse_random
    from scipy.sparse.csgraph import connected_components

    from storyline.stories.cluster import average_linkage, split_average_linkage

    rng = np.random.default_rng(3)
    for seed in range(5):
        m = sparse_random(300, 300, density=0.004, random_state=seed, data_rvs=lambda k: rng.uniform(0.0, 0.6, k)).tocsr()
        sim = (m + m.T).tocsr()
        strong = (sim >= 0.3).astype(np.int8)
        sizes = np.bincount(connected_components(strong, directed=False)[1])
        assert (sizes > 1).sum() > 1  # several parts to cluster apart, not one
        whole, split = average_linkage(sim, 0.3), split_average_linkage(sim, 0.3)
        assert split.tolist() == whole.tolist()
        assert 1 < len(set(whole.tolist())) < 300  # some merges, several stories
