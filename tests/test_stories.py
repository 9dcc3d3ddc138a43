"""Duplicates and stories on small fixtures written for the tests."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

import numpy as np
import pytest

from conftest import Ran, cli
from storyline.evaluate.clustering import bcubed, pairwise
from storyline.dates import parse_date
from storyline.stories import DedupConfig, StoryIndex, cluster_stories, find_duplicates
from storyline.stories.minhash import MinHasher, estimated_jaccard, jaccard, lsh_params, shingles, word_hashes

FIXTURES = Path(__file__).parent / "fixtures"
VOCAB = (
    "council minister police court hospital school river storm bridge harbour ferry budget vote report "
    "engineers cracks election party leader market prices energy workers strike union teachers doctors "
    "nurses patients families homes roads trains airport flights tourists farmers crops water plan"
).split()


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


def test_candidate_pairs_are_the_pairs_of_each_band_bucket() -> None:
    """Every pair sharing a key in a small bucket; a large bucket as a chain plus a star on its first member."""
    from itertools import combinations

    from storyline.stories.minhash import candidate_pairs

    rng = np.random.default_rng(2)
    n, bands = 400, 6
    keys = rng.integers(0, 60, size=(n, bands)).astype(np.uint64)
    keys[:90, 2] = 7  # one bucket over the limit
    keys += (np.arange(bands, dtype=np.uint64) * np.uint64(1000))[None, :]  # a band's number is in its keys
    expected: set[tuple[int, int]] = set()
    for band in range(bands):
        buckets: dict[int, list[int]] = {}
        for doc in range(n):
            buckets.setdefault(int(keys[doc, band]), []).append(doc)
        for members in buckets.values():
            if len(members) > 16:
                expected |= {tuple(sorted(p)) for p in zip(members, members[1:])}
                expected |= {(members[0], m) for m in members[1:]}
            else:
                expected |= set(combinations(members, 2))
    got = candidate_pairs(keys, max_bucket=16)
    assert [tuple(p) for p in got.tolist()] == sorted(expected)


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
    texts = (
        ["\n\n".join(original), " ".join(text)]
        + ["\n\n".join(article(100 + i)) for i in range(30)]
        + ["\n\n".join(original)]
    )
    result = find_duplicates(texts, DedupConfig(threshold=0.5))
    assert result.members() == [[0, 1, 32]]
    assert result.groups[1] == 0 and result.groups[32] == 0 and result.groups[2] == 2
    near = [p for p in result.pairs if not p.exact_copy]
    assert len(near) == 1 and 0.5 <= near[0].jaccard < 1.0 and abs(near[0].estimated - near[0].jaccard) < 0.15
    assert any(p.exact_copy and (p.a, p.b) == (0, 32) for p in result.pairs)


def test_batches_do_not_change_duplicate_groups() -> None:
    original = "\n\n".join(article(9))
    texts = (
        [original] + ["\n\n".join(article(200 + i)) for i in range(20)] + [original.replace("council", "councillors")]
    )
    a = find_duplicates(texts, DedupConfig(batch_size=1000))
    b = find_duplicates(texts, DedupConfig(batch_size=4))
    assert np.array_equal(a.groups, b.groups) and a.groups[-1] == 0


def _cluster(rows: list[dict]) -> list[str]:
    return cluster_stories(
        [r["text"] for r in rows],
        [r["title"] for r in rows],
        [parse_date(r["date"]) for r in rows],
        keys=[r["id"] for r in rows],
    )


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
            index.add(
                [r["id"] for r in part],
                [r["text"] for r in part],
                [r["title"] for r in part],
                [parse_date(r["date"]) for r in part],
            )
        online = dict(zip(index.keys, index.story))
        assert [online[r["id"]] for r in rows] == batch


def test_scores() -> None:
    gold = ["a", "a", "b", "b"]
    assert bcubed(gold, gold) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    lumped = bcubed(["x"] * 4, gold)
    assert lumped["recall"] == 1.0 and lumped["precision"] == 0.5
    assert pairwise(["x", "y", "z", "w"], gold)["recall"] == 0.0


def run(*args: str, cwd: Path) -> Ran:
    return cli(*args, cwd=cwd)


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


@pytest.mark.slow
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
    batch = cluster_stories(
        [a.text for a in arts], [a.title for a in arts], [a.published for a in arts], keys=[a.id for a in arts]
    )
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
        m = sparse_random(
            300, 300, density=0.004, random_state=seed, data_rvs=lambda k: rng.uniform(0.0, 0.6, k)
        ).tocsr()
        sim = (m + m.T).tocsr()
        strong = (sim >= 0.3).astype(np.int8)
        sizes = np.bincount(connected_components(strong, directed=False)[1])
        assert (sizes > 1).sum() > 1  # several parts to cluster apart, not one
        whole, split = average_linkage(sim, 0.3), split_average_linkage(sim, 0.3)
        assert split.tolist() == whole.tolist()
        assert 1 < len(set(whole.tolist())) < 300  # some merges, several stories


BOILER = [
    "Sign up for our newsletter.",
    "Follow us for the latest updates.",
    "Read more on our website.",
    "Have a story tip? Email the newsroom.",
    "Related: more coverage of the harbour.",
    "Share this article.",
    "This story first appeared elsewhere and is republished with permission.",
    "Comments are closed.",
]


def _stories_of(rows: list[dict]) -> dict[str, str]:
    names = cluster_stories([r["text"] for r in rows], [r["title"] for r in rows], [parse_date(r["date"]) for r in rows],
                            keys=[r["id"] for r in rows])  # fmt: skip
    return {r["id"]: n for r, n in zip(rows, names)}


def _report(seed: int, own_words: int = 20) -> str:
    """One outlet's report of one happening: the facts every report gives, then words of its own."""
    rng = random.Random(seed)
    core = ("Engineers closed the Quillfield viaduct on Tuesday after Mayor Ingrid Castellanos said inspectors "
            "found corrosion in its 1962 steel girders.")  # fmt: skip
    own = " ".join(
        "".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(4)) for _ in range(own_words)
    )
    return core + "\n\n" + own.capitalize() + "."


def test_copies_never_split_a_story() -> None:
    """Three reports of one happening, each republished twice: each report's copies fill the top of its
    neighbour list and, as separate members, would split off with it.  Clustered as one member
    (the group's words), the copies join their original's story, and the story holds together."""
    rows = [{"id": f"r{i}", "text": _report(i), "title": None, "date": "2024-03-05"} for i in range(3)]
    copies = [
        {**rows[i], "id": f"r{i}-copy{n}", "text": rows[i]["text"] + "\n\n" + BOILER[n]}
        for i in range(3)
        for n in range(2)
    ]
    everything = rows + copies
    story = _stories_of(everything)
    assert len(set(story.values())) == 1, story
    # the same articles as separate members (no duplicate groups) fall apart: the test can tell
    apart = cluster_stories([r["text"] for r in everything], None, [parse_date(r["date"]) for r in everything],
                            keys=[r["id"] for r in everything], groups=list(range(len(everything))))  # fmt: skip
    assert len(set(apart)) > 1
    # and a story of the fixtures with eight copies of one report keeps them all
    fixtures = events()
    original = next(r for r in fixtures if r["id"] == "bridge-1")
    more = [
        {**original, "id": f"bridge-1-copy{n}", "text": original["text"] + "\n\n" + line}
        for n, line in enumerate(BOILER)
    ]
    story = _stories_of(fixtures + more)
    assert {story[c["id"]] for c in more} == {story["bridge-1"]} == {story["bridge-2"]}


def test_events_of_one_topic_in_one_week_stay_apart() -> None:
    """Two bridge closures in different towns, re-dated into the same week: topic words are not enough."""
    rows = [{**r, "date": "2024-03-07"} if r["cluster"] == "bridge-eastwick" else r for r in events()]
    story = _stories_of(rows)
    assert story["bridge-1"] == story["bridge-3"] and story["bridge2-1"] == story["bridge2-2"]
    assert story["bridge-1"] != story["bridge2-1"]


def test_representatives_and_group_terms_do_not_depend_on_order(tmp_path: Path) -> None:
    from storyline.stories.cluster import group_vector, representatives

    keys, days, groups = ["c", "a", "b", "d"], [3.0, None, 3.0, 1.0], [0, 0, 0, 1]
    rep = representatives(keys, days, groups)
    assert rep.tolist() == [2, 2, 2, 3]  # earliest dated, then smallest id; an undated member never leads
    perm = [3, 1, 0, 2]
    rep2 = representatives([keys[i] for i in perm], [days[i] for i in perm], [groups[i] for i in perm])
    assert [perm[i] for i in rep2.tolist()] == [3, 2, 2, 2]
    # a group's terms are the same bits whether summed one article at a time or as a sparse product
    from storyline.stories.neighbours import Features

    rng = random.Random(4)
    ids = [f"a{i:02d}" for i in range(9)]
    terms = [sorted({f"t{rng.randrange(40)}" for _ in range(20)}) for _ in ids]
    weights = [[rng.random() for _ in ts] for ts in terms]
    weights = [[w / np.linalg.norm(ws) for w in ws] for ws in weights]
    feats = Features.build(ids, [None] * 9, terms, weights)
    vocab = {t: n for n, t in enumerate(dict.fromkeys(t for ts in terms for t in ts))}
    rep = np.array([0, 0, 0, 3, 4, 4, 6, 6, 6])
    rows = feats.grouped(rep).matrix
    for row, r in enumerate(np.unique(rep).tolist()):
        vec = group_vector([dict(zip(terms[i], weights[i])) for i in np.flatnonzero(rep == r).tolist()])
        got = dict(
            zip(
                rows.indices[rows.indptr[row] : rows.indptr[row + 1]].tolist(),
                rows.data[rows.indptr[row] : rows.indptr[row + 1]].tolist(),
            )
        )
        assert got == {vocab[t]: w for t, w in vec.items()}
        assert abs(sum(w * w for w in vec.values()) - 1.0) < 1e-12
    # made a few groups at a time and kept in files (as the corpus run does): the same rows, the same bits
    for chunk in (1, 2, 3):
        small = feats.grouped(rep, tmp_path, chunk=chunk)
        # the weights are the file's pages, read-only, not a copy in memory
        assert (tmp_path / "group-weights.bin").stat().st_size == small.matrix.data.nbytes
        assert not small.matrix.data.flags.writeable and not small.matrix.data.flags.owndata
        assert small.keys.tolist() == feats.grouped(rep).keys.tolist()
        assert (small.matrix != rows).nnz == 0
        assert (
            small.matrix.indices.tolist() == rows.indices.tolist() and small.matrix.data.tolist() == rows.data.tolist()
        )


def test_story_evidence_names_what_is_shared_and_counts_copies_once() -> None:
    from storyline.ingest.clean import clean
    from storyline.model import RawArticle
    from storyline.stories import find_stories

    rows = [r for r in events() if r["cluster"] == "bridge"]
    rows.append(
        {**rows[0], "id": "bridge-1-copy", "text": rows[0]["text"] + "\n\nThe harbour board will meet again on Friday."}
    )
    arts = [clean(RawArticle(text=r["text"], source=r["id"], outlet=r["id"], title=r["title"])) for r in rows]
    story = next(s for s in find_stories(arts) if len(s.articles) > 1)
    ev = story.evidence
    assert ev is not None and ev.reports == 3 and len(story.articles) == 4
    names = {t.term for t in ev.names}
    assert "Porthaven" in names and all(t.reports >= 2 for t in ev.names + ev.words)
    assert "Porthaven" in ev.summary() and 0 < ev.similarity <= 1


def test_cli_cluster_names_repeated_ids(tmp_path: Path) -> None:
    rows = events()
    rows[3] = {**rows[3], "id": rows[0]["id"]}
    f = tmp_path / "dup.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", "utf-8")
    r = run("cluster", "--jsonl", str(f), cwd=tmp_path)
    assert r.returncode == 1 and "'bridge-1' (2 times)" in r.stderr


def test_texts_shorter_than_a_shingle_are_grouped_and_clustered() -> None:
    assert find_duplicates(["three words only"]).groups.tolist() == [0]
    assert find_duplicates(["a b", "a b", "c d e f g h"]).groups.tolist() == [0, 0, 2]
    assert cluster_stories(["three words only"], keys=["x"]) == ["x"]
    assert cluster_stories([], keys=[]) == []


def test_placing_articles_batch_by_batch_equals_the_batch_run(tmp_path, corpus_file) -> None:
    """`add` after `add`: each article weighed once (its term vector kept), and the stories those of
    one batch run over everything."""
    import json

    from storyline.ingest import ingest
    from storyline.pipeline import update_stories
    from storyline.store import Store
    from storyline.stories import features_key, find_stories

    lines = [line for line in corpus_file.read_text("utf-8").splitlines() if line.strip()]
    db = tmp_path / "s.db"
    for n, part in enumerate((lines[:15], lines[15:16], lines[16:])):
        f = tmp_path / f"part{n}.jsonl"
        f.write_text("\n".join(part) + "\n", "utf-8")
        with Store(db) as store:
            ingest([f], store)
            update_stories(store)
            assert len(store.term_vectors(features_key())) == len(store) == store.placed()
    with Store(db) as store:
        articles = list(store.articles())
        got = sorted(sorted(s.articles) for s in store.stories())
        kept = store.term_vectors(features_key())
    assert got == sorted(sorted(s.articles) for s in find_stories(articles))
    from storyline.stories import features

    assert all(json.dumps(kept[a.id]) == json.dumps(features(a.text, a.title)) for a in articles)  # kept exactly


def _stream(n: int, seed: int) -> list[dict]:
    """A generated news stream (benchmarks/corpus.py: wire copies, edited copies, rewrites, undated
    articles, events in topics that share names) drawn from the paragraphs of the bundled example and
    the test fixtures, in a random order of arrival."""
    import random

    from conftest import ROOT

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import corpus

    pool = [
        p.strip()
        for f in sorted((ROOT / "examples").glob("*.txt"))
        for p in f.read_text("utf-8").split("\n")
        if len(p.split()) >= 12
    ]
    pool += [p for line in (ROOT / "tests" / "fixtures" / "events.jsonl").read_text("utf-8").splitlines() if line.strip()
             for p in json.loads(line)["text"].split("\n\n")]  # fmt: skip
    real = corpus.real_paragraphs
    corpus.real_paragraphs = lambda *a, **k: pool
    try:
        records = list(corpus.news(n, per_day=n // 5, seed=seed, undated=0.1, topic_events=(2, 4)))
    finally:
        corpus.real_paragraphs = real
    random.Random(seed).shuffle(records)
    return records


@pytest.mark.slow
@pytest.mark.parametrize("seed, neighbours, step", [(1, 8, 0), (2, 8, 0), (6, 1, 7), (4, 2, 5)])
def test_placing_in_any_arrival_order_equals_the_batch_run_kept_index(tmp_path, seed, neighbours, step) -> None:
    """The story index kept in the store: articles arriving in random order and random batches (a copy
    before its original, a few at a time, undated ones) end in the stories and duplicate links of one
    batch run over the store; a rebuilt index writes no story again."""
    import random

    from storyline.ingest import ingest
    from storyline.stories.placement import forget_index, place_articles
    from storyline.store import Store
    from storyline.stories import StoryConfig, find_stories

    config = StoryConfig(neighbours=neighbours)  # short lists: new neighbours push old ones out, parts split
    records = _stream(240, seed)
    rng = random.Random(seed)
    cuts = (
        list(range(step, len(records), step)) + [len(records)]
        if step
        else sorted(rng.sample(range(1, len(records)), 5)) + [len(records)]
    )
    db, lo = tmp_path / "s.db", 0
    for n, hi in enumerate(cuts):
        part = tmp_path / f"part{n}.jsonl"
        part.write_text("".join(json.dumps(r) + "\n" for r in records[lo:hi]), "utf-8")
        lo = hi
        with Store(db) as store:
            ingest([part], store)
            assert place_articles(store, config).placed == hi - (cuts[n - 1] if n else 0)
            assert place_articles(store, config).placed == 0  # nothing new: nothing placed twice
    with Store(db) as store:
        articles = list(store.articles())
        got = sorted(sorted(s.articles) for s in store.stories())
        links = links_before = sorted(
            tuple(r) for r in store.db.execute("SELECT a, b, estimated, jaccard FROM duplicates")
        )
        batch = find_stories(articles, config)
        assert got == sorted(sorted(s.articles) for s in batch)
        assert any(len(s.articles) > 2 for s in batch) and any(s.duplicates for s in batch)
        assert links == sorted(
            (p["a"], p["b"], p["estimated_jaccard"], p["jaccard"]) for s in batch for p in s.duplicate_pairs
        )
        forget_index(store)
        again = place_articles(store, config)
        assert again.placed == len(articles) and again.stories == []  # the same stories: none written again
        # other settings: the index is made again, and stories and links are those of a batch run with them
        strict = DedupConfig(threshold=0.9)
        place_articles(store, config, strict)
        batch = find_stories(articles, config, strict)
        assert sorted(sorted(s.articles) for s in store.stories()) == sorted(sorted(s.articles) for s in batch)
        links = sorted(tuple(r) for r in store.db.execute("SELECT a, b, estimated, jaccard FROM duplicates"))
        want = sorted((p["a"], p["b"], p["estimated_jaccard"], p["jaccard"]) for s in batch for p in s.duplicate_pairs)
        assert links == want and len(want) < len(set(want) | set(links_before))


def _scan_one_by_one(text: str, title: str | None, cfg) -> tuple[dict, dict, dict]:
    """The plain definition of an article's term counts, boosts and spellings: one token at a time."""
    from collections import Counter

    from storyline.stories.cluster import _SENTENCE_START, _STOP, _TOKEN

    counts: dict = {}
    boost: dict = {}
    spelled: dict = {}
    for part, mult in ((text, 1.0), (title or "", cfg.title_weight)):
        for m in _TOKEN.finditer(part):
            tok = m.group(0)
            low = tok.casefold().replace("’", "'")
            if low in _STOP or len(low) < 2:
                continue
            counts[low] = counts.get(low, 0) + mult
            spelled.setdefault(low, Counter())[tok] += 1
            if tok.isdigit():
                boost[low] = cfg.number_weight
            elif (
                tok[0].isupper()
                and m.start() > 0
                and not _SENTENCE_START.search(part[max(0, m.start() - 6) : m.start()])
            ):
                boost[low] = cfg.name_weight
    return counts, boost, spelled


@pytest.mark.parametrize("title_weight", [3.0, 0.1])
def test_story_terms_are_the_terms_made_one_by_one(title_weight: float) -> None:
    """An article's term counts, boosts and spellings (spellings counted per token and grouped by term at the
    end) are bit for bit the plain definition's, a title weight of 0.1 too (whose repeated sums are not its
    multiples: a faster count by multiplication would differ); a changed weight is told apart."""
    from storyline.stories.cluster import StoryConfig, scan_terms, spellings

    cfg = StoryConfig(title_weight=title_weight)
    rng = random.Random(7)
    texts = [e["text"] for e in events()] + [" ".join(article(s)) for s in range(5)]
    extras = ["Straße", "İstanbul", "don’t", "O’Brien", "2024", "  Capital", "\nNew", "“Quoted", "x.  Name", "ǅemal"]
    for text in texts:
        words = text.split()
        for _ in range(20):
            words.insert(rng.randrange(len(words) + 1), rng.choice(extras))
        mixed = " ".join(words)
        title = " ".join(rng.sample(words, min(8, len(words))))
        counts, boost, written = scan_terms(mixed, title, cfg)
        got = (counts, boost, spellings(written))
        assert got == _scan_one_by_one(mixed, title, cfg)
        some = sorted(counts)[:5]
        assert spellings(written, some) == {t: f for t, f in got[2].items() if t in some}
        assert list(got[0]) == list(_scan_one_by_one(mixed, title, cfg)[0])  # terms in the same order
    broken = StoryConfig(title_weight=title_weight, name_weight=1.0)
    assert scan_terms(texts[0], "Title", broken) != _scan_one_by_one(texts[0], "Title", cfg)
