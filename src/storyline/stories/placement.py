"""Placing new articles into a store's stories at the cost of the new articles, not of the store.

The stories are always those of one batch run over every stored article in store order
(:func:`~storyline.stories.find_stories`: copies grouped first and clustered as one member, each
group's term vector the mean of its members', neighbour lists, average linkage per connected part
of the neighbour graph).  What that run needs of the old articles is kept in the store
(:mod:`storyline.store.story_index`), and ``k`` new articles change only:

1. **duplicate groups** — their fingerprints are looked up by exact-text hash and LSH band key
   (candidates verified by exact Jaccard of shingles made again from the candidates' texts);
2. **nodes** — each group the new articles join or open becomes one node again (its representative,
   its mean vector); the nodes it replaces are removed;
3. **neighbour lists** — the new nodes' lists are found against the nodes dated within reach (every
   node when one is undated), offered to the lists of the nodes they reach, and the lists that held
   a removed node are made again;
4. **stories** — only the connected parts of the neighbour graph whose links changed are clustered
   again, and only stories whose articles changed are written (with their evidence).

The first placing in a store (or after the settings or this code change) builds the index from
every article, which is the batch run itself.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator

import numpy as np
from scipy.sparse import csr_matrix

from ..groups import Groups
from ..store.story_index import StoryIndexTables
from .cluster import (
    StoryConfig, cluster_component, day_number, features, features_key, group_vector, ranked_neighbours,
)  # fmt: skip
from .dedup import DedupConfig, DuplicatePair, Duplicates, fingerprint, jaccard_figure
from .minhash import MinHasher, band_keys, candidate_pairs, estimated_jaccard, jaccard

__all__ = ["Placement", "forget_index", "index_key", "place_articles", "weigh_ahead"]

Progress = Callable[[str, int, int], None]  # (stage, done, total)
MAX_BUCKET = 64  # as minhash.candidate_pairs: a larger LSH bucket is linked as a chain and a star


@dataclass
class Placement:
    """What one placing did: how many articles it placed, and the stories it wrote (new or changed)."""

    placed: int = 0
    stories: list[str] = field(default_factory=list)


def index_key(config: StoryConfig | None = None, dedup: DedupConfig | None = None) -> str:
    """What the kept index depends on: settings and the code that made it."""
    here = Path(__file__).parent
    files = [here / n for n in ("placement.py", "dedup.py", "minhash.py", "story.py")] + [
        here.parent / "store" / "story_index.py"
    ]
    code = b"".join(f.read_bytes() for f in files)
    return hashlib.sha1(features_key(config).encode() + repr(dedup or DedupConfig()).encode() + code).hexdigest()


def forget_index(store: Any) -> None:
    """Empty the story index (the next placing builds it again from every article): for a writer of
    stories that does not go through :func:`place_articles`."""
    with store.transaction() as db:
        StoryIndexTables(db).reset(None)


class _Prints:
    """Fingerprints of a list of texts, made in batches; shingle sets made when a pair asks for them."""

    def __init__(self, texts: list[str], cfg: DedupConfig):
        hasher = MinHasher(cfg.num_perm, cfg.seed)
        self.batches = [
            fingerprint(texts[lo : lo + cfg.batch_size], cfg, hasher) for lo in range(0, len(texts), cfg.batch_size)
        ]
        self.starts = np.cumsum([0] + [len(b) for b in self.batches])
        self.exact = np.concatenate([b.exact for b in self.batches]) if self.batches else np.zeros(0, dtype=np.uint64)
        self.signatures = (np.concatenate([b.signatures for b in self.batches]) if self.batches
                           else np.zeros((0, cfg.num_perm), dtype=np.uint64))  # fmt: skip
        self._sets: dict[int, np.ndarray] = {}

    def shingle_set(self, i: int) -> np.ndarray:
        if i not in self._sets:
            b = int(np.searchsorted(self.starts, i, side="right")) - 1
            self._sets[i] = np.unique(self.batches[b].shingles.of(i - int(self.starts[b])))
        return self._sets[i]


def _query_blocks(qpos: np.ndarray, days: np.ndarray, cfg: StoryConfig, block: int = 512
                  ) -> Iterator[tuple[np.ndarray, np.ndarray | None]]:  # fmt: skip
    """Query rows in blocks of publication time, each with the rows it can link to: the rows dated within
    ``max_days`` of the block and the undated rows (or None: every row, for undated queries).  The
    product of a block is then small whatever the store's size."""
    qdays = days[qpos]
    dated, undated = qpos[~np.isnan(qdays)], qpos[np.isnan(qdays)]
    dated = dated[np.argsort(days[dated], kind="stable")]
    order = np.argsort(np.where(np.isnan(days), np.inf, days), kind="stable")
    sorted_days = days[order]
    n_dated = int(np.count_nonzero(~np.isnan(days)))
    loose = order[n_dated:]  # the undated rows
    for lo in range(0, len(dated), block):
        rows = dated[lo : lo + block]
        a = np.searchsorted(sorted_days[:n_dated], days[rows[0]] - cfg.max_days - 1.0, side="left")
        b = np.searchsorted(sorted_days[:n_dated], days[rows[-1]] + cfg.max_days + 1.0, side="right")
        yield rows, np.sort(np.concatenate((order[a:b], loose)))
    for lo in range(0, len(undated), block // 4):  # against every node: smaller blocks
        yield undated[lo : lo + block // 4], None


def _i64(values: np.ndarray) -> list[int]:
    return np.ascontiguousarray(values, dtype=np.uint64).view(np.int64).tolist()


def _kept(nb: dict[str, float], cfg: StoryConfig) -> dict[str, float]:
    if not nb:
        return nb
    floor = cfg.relative_floor * max(nb.values())
    return {o: s for o, s in nb.items() if s >= floor}


def place_articles(store: Any, config: StoryConfig | None = None, dedup: DedupConfig | None = None,
                   say: Callable[[str], None] | None = None, progress: Progress | None = None) -> Placement:  # fmt: skip
    """Place the stored articles the story index does not hold yet; one transaction (a placing that is
    killed leaves the store as it was).  Returns the number placed and the ids of the stories written.
    ``progress(stage, done, total)`` follows a long placing (a first one weighs every article)."""
    cfg, dcfg = config or StoryConfig(), dedup or DedupConfig()
    key = index_key(cfg, dcfg)
    look = StoryIndexTables(store.db)
    if not store.db.in_transaction and look.key() == key and not look.has_unindexed():
        return Placement()  # nothing new: no write lock taken
    if not store.db.in_transaction:
        # every article when the index will be made again (other settings or code), else the new ones
        weigh_ahead(store, look.unindexed() if look.key() == key else look.all_ids(), cfg, say, progress=progress)
    with store.transaction() as db:
        t = StoryIndexTables(db)
        if t.key() != key:
            t.reset(key)
        ids = t.unindexed()
        if not ids:
            return Placement()
        full = t.empty()
        return _place(store, t, ids, full, cfg, dcfg, say or (lambda line: None))


def weigh_ahead(store: Any, ids: list[str], cfg: StoryConfig, say: Callable[[str], None] | None = None,
                batch: int = 1000, progress: Progress | None = None) -> int:  # fmt: skip
    """Weigh the terms of articles not weighed yet and keep them, before the placing takes the write lock:
    the costliest part of a first placing (two thirds of it) then holds no lock, and other writers are
    not kept waiting.  Returns how many were weighed."""
    fkey = features_key(cfg)
    done = 0
    for lo in range(0, len(ids), batch):
        part = ids[lo : lo + batch]
        kept = store.term_vectors_of(fkey, part)
        fresh = {a.id: features(a.text, a.title, cfg) for a in store.articles([i for i in part if i not in kept])}
        if fresh:
            store.save_term_vectors(fkey, fresh)  # a short transaction of its own
            done += len(fresh)
        if progress:
            progress("weighing the new articles", min(lo + batch, len(ids)), len(ids))
    if done and say:
        say(f"{done} articles weighed")
    return done


def _place(store: Any, t: StoryIndexTables, ids: list[str], full: bool, cfg: StoryConfig, dcfg: DedupConfig,
           say: Callable[[str], None]) -> Placement:  # fmt: skip
    articles = list(store.articles()) if full else list(store.articles(ids))
    seq = t.seqs(ids)
    articles = [a for a in articles if a.id in seq]
    articles.sort(key=lambda a: seq[a.id])
    ids = [a.id for a in articles]
    pos = {a: i for i, a in enumerate(ids)}
    day = [day_number(a.published) for a in articles]

    # 1. duplicate groups: exact copies, then LSH candidates verified by exact Jaccard
    prints = _Prints([a.text for a in articles], dcfg)
    exact = _i64(prints.exact)
    first_old = {} if full else t.first_with_exact(exact)
    first_new: dict[int, int] = {}
    pairs: list[tuple[str, str, float, float, bool]] = []  # (earlier, later, estimated, jaccard, exact)
    reps: list[int] = []  # new articles that go through MinHash
    for i, e in enumerate(exact):
        if e in first_old:
            pairs.append((first_old[e], ids[i], 1.0, 1.0, True))
        elif e in first_new:
            pairs.append((ids[first_new[e]], ids[i], 1.0, 1.0, True))
        else:
            first_new[e] = i
            reps.append(i)
    bands, rows = dcfg.bands_rows
    keys = band_keys(prints.signatures[reps], bands, rows) if reps else np.zeros((0, bands), dtype=np.uint64)
    keys64 = np.ascontiguousarray(keys).view(np.int64)
    candidates: list[tuple[str, int]] = []  # (old id, new position)
    old_members = t.band_members(keys64.ravel().tolist()) if not full and len(reps) else {}
    if not old_members:  # the batch's own rule over the new articles alone
        new_new = [(reps[a], reps[b]) for a, b in candidate_pairs(keys).tolist()]
    else:  # each bucket with its old members counted: all pairs up to MAX_BUCKET, else a chain and a star
        by_band: dict[int, list[int]] = {}
        for r, row in zip(reps, keys64.tolist()):
            for band in row:
                by_band.setdefault(band, []).append(r)
        linked: set[tuple[int, int]] = set()
        for band, members in by_band.items():
            if len(members) < 2:
                continue
            if len(old_members.get(band, ())) + len(members) <= MAX_BUCKET:
                linked.update((x, y) for i, x in enumerate(members) for y in members[i + 1 :])
            else:
                linked.update(zip(members[:-1], members[1:]))
                if not old_members.get(band):
                    linked.update((members[0], y) for y in members[1:])
        new_new = sorted(linked)
    if old_members:
        uniq, counts = np.unique(keys64, return_counts=True)
        n_new = dict(zip(uniq.tolist(), counts.tolist()))
        seen: set[int] = set()
        for r, row in zip(reps, keys64.tolist()):
            for band in row:
                old = old_members.get(band)
                if not old:
                    continue
                if len(old) + n_new[band] <= MAX_BUCKET:
                    candidates += [(o, r) for _, o in old]
                else:  # a chain and a star: the first member, and the last old one for the first new member
                    candidates.append((old[0][1], r))
                    if band not in seen:
                        candidates.append((old[-1][1], r))
                seen.add(band)
    candidates = sorted(set(candidates))
    old_ids = sorted({o for o, _ in candidates})
    old_prints = None
    if old_ids:
        olds = list(store.articles(old_ids))
        old_ids = [a.id for a in olds]
        old_prints = _Prints([a.text for a in olds], dcfg)
    old_pos = {o: i for i, o in enumerate(old_ids)}
    for o, r in candidates:
        if o not in old_pos:
            continue
        jac = jaccard(old_prints.shingle_set(old_pos[o]), prints.shingle_set(r))  # type: ignore[union-attr]
        if jac >= dcfg.threshold:
            pairs.append(
                (o, ids[r], estimated_jaccard(old_prints.signatures[old_pos[o]], prints.signatures[r]), jac, False)
            )  # type: ignore[union-attr]
    for a, b in new_new:
        jac = jaccard(prints.shingle_set(a), prints.shingle_set(b))
        if jac >= dcfg.threshold:
            pairs.append((ids[a], ids[b], estimated_jaccard(prints.signatures[a], prints.signatures[b]), jac, False))

    # groups: union of the old groups the new articles link to, and the new articles
    old_group = t.groups_of(sorted({p[0] for p in pairs if p[0] not in pos})) if pairs else {}
    joined: Groups[str] = Groups()

    def label(article: str) -> str:
        return "n\x1f" + article if article in pos else "g\x1f" + old_group[article]

    for a in ids:
        joined.find(label(a))
    for a, b, *_ in pairs:
        joined.union(label(a), label(b))
    clusters = joined.groups()
    old_groups = sorted({lab[2:] for labs in clusters.values() for lab in labs if lab.startswith("g\x1f")})
    old_rows = t.members(old_groups)  # (id, seq, grp, day)
    by_group: dict[str, list[tuple[str, float | None]]] = {}
    for article, _, grp, d in old_rows:
        by_group.setdefault(grp, []).append((article, d))

    # 2. nodes: one per group the new articles join or open
    fkey = features_key(cfg)
    member_ids = [article for article, _, _, _ in old_rows]
    vectors = store.term_vectors_of(fkey, member_ids + ids)  # each article weighed once, ever
    fresh = {a.id: features(a.text, a.title, cfg) for a in articles if a.id not in vectors}
    store.save_term_vectors(fkey, fresh)
    vectors.update(fresh)
    missing = [m for m in member_ids if m not in vectors]
    if missing:  # kept by other code or settings: weighed again
        vectors.update({a.id: features(a.text, a.title, cfg) for a in store.articles(missing)})
    removed: set[str] = set(old_groups)
    added: dict[str, tuple[float | None, dict[str, float]]] = {}
    index_rows: list[tuple[str, int, int, str, float | None]] = []
    regroup: list[tuple[str, str]] = []
    rep_of: dict[str, str] = {}
    for labs in clusters.values():
        members: list[tuple[str, float | None]] = []
        for lab in labs:
            members += by_group.get(lab[2:], []) if lab.startswith("g\x1f") else [(lab[2:], day[pos[lab[2:]]])]
        rep = min(members, key=lambda m: (m[1] is None, m[1] or 0.0, m[0]))[0]
        added[rep] = (dict(members)[rep], group_vector([vectors[m] for m, _ in sorted(members)]))
        for m, _ in members:
            rep_of[m] = rep
        for lab in labs:
            if lab.startswith("g\x1f") and lab[2:] != rep:
                regroup += [(rep, m) for m, _ in by_group.get(lab[2:], [])]
    for i, a in enumerate(ids):
        index_rows.append((a, seq[a], exact[i], rep_of[a], day[i]))
    t.put_articles(index_rows)
    t.regroup(regroup)
    t.put_bands((band, seq[ids[r]], ids[r]) for r, row in zip(reps, keys64.tolist()) for band in row)

    # 3. neighbour lists
    old_lists = {} if full else t.lists(removed)
    seeds: set[str] = {b for nb in old_lists.values() for b in nb}
    dirty = set() if full else t.holders(removed) - removed
    t.drop_nodes(sorted(removed))
    columns = t.columns(term for _, vec in added.values() for term in vec)
    node_rows = []
    for node, (d, vec) in added.items():
        terms = sorted(vec)
        node_rows.append(
            (node, d, np.array([columns[x] for x in terms], dtype=np.int32), np.array([vec[x] for x in terms]))
        )
    query_rows = node_rows + ([] if full else t.nodes(sorted(dirty)))
    qdays = [r[1] for r in query_rows]
    if full:
        others = []
    elif any(d is None for d in qdays):
        others = t.nodes()
    else:
        lo, hi = min(qdays), max(qdays)  # type: ignore[type-var]
        others = t.nodes(days=(lo - cfg.max_days - 1.0, hi + cfg.max_days + 1.0))
    query_ids = {r[0] for r in query_rows}
    cand = [r for r in others if r[0] not in query_ids] + query_rows
    lists: dict[str, dict[str, float]] = {}
    offers: list[tuple[str, str, float]] = []  # (holder, candidate, similarity)
    if cand:
        cand_ids = np.array([r[0] for r in cand], dtype=object)
        cdays = np.array([np.nan if r[1] is None else r[1] for r in cand], dtype=np.float64)
        width = int(max((int(r[2].max()) for r in cand if len(r[2])), default=0)) + 1
        indptr = np.concatenate(([0], np.cumsum([len(r[2]) for r in cand])))
        X = csr_matrix((np.concatenate([r[3] for r in cand]) if cand else np.zeros(0),
                        np.concatenate([r[2] for r in cand]).astype(np.int64), indptr), shape=(len(cand), width))  # fmt: skip
        XT = X.T.tocsc()
        rank = np.empty(len(cand), dtype=np.int64)
        rank[np.argsort(cand_ids, kind="stable")] = np.arange(len(cand))
        qpos = np.arange(len(cand) - len(query_rows), len(cand))
        is_new = np.zeros(len(cand), dtype=bool)
        is_new[len(cand) - len(query_rows) : len(cand) - len(query_rows) + len(node_rows)] = True
        is_query = np.zeros(len(cand), dtype=bool)
        is_query[qpos] = True
        k = cfg.neighbours
        for rows_, ref in _query_blocks(qpos, cdays, cfg):
            if ref is None:  # undated: against every node
                i, j, s, starts, ends = ranked_neighbours(X, XT, rows_, cdays, rank, cfg)
            else:  # dated: against the nodes dated within reach and the undated ones (decay zeroes the rest)
                i, j, s, starts, ends = ranked_neighbours(X, X[ref].T, rows_, cdays, rank, cfg, ref)
            for a, b in zip(starts.tolist(), ends.tolist()):
                lists[cand_ids[i[a]]] = {
                    cand_ids[x]: float(y) for x, y in zip(j[a : min(b, a + k)].tolist(), s[a : min(b, a + k)].tolist())
                }
            reach = is_new[i] & ~is_query[j]
            offers += [
                (cand_ids[y], cand_ids[x], float(v))
                for x, y, v in zip(i[reach].tolist(), j[reach].tolist(), s[reach].tolist())
            ]
        for node in query_ids:
            lists.setdefault(node, {})
    if not full:
        seeds |= {b for nb in t.lists(dirty).values() for b in nb}
        holders = {h for h, _, _ in offers}
        current = t.lists(holders)
        for h in holders:
            current.setdefault(h, {})
        changed: set[str] = set()
        for h, c, v in sorted(offers):
            nb = current[h]
            if c in nb:
                continue
            if len(nb) < cfg.neighbours:
                nb[c] = v
            else:
                # neighbours rank best first by (-similarity, id), as the batch run ranks them: the last one goes
                worst = max(nb, key=lambda o: (-nb[o], o))
                if (-v, c) >= (-nb[worst], worst):
                    continue
                del nb[worst]
                seeds.add(worst)
                nb[c] = v
            changed.add(h)
        lists.update({h: current[h] for h in changed})
        seeds |= {b for h in changed for b in current[h]}
    seeds |= set(lists)
    seeds -= removed - set(added)
    t.put_nodes(node_rows)
    t.put_lists(lists)

    # 4. stories of the parts of the graph whose links changed
    parts, known = _touched_parts(t, seeds, lists, cfg, full)
    names: dict[str, str] = {}
    for nodes in parts:
        links = [(a, b, v) for a in nodes for b, v in _kept(known.get(a, {}), cfg).items()]
        names.update(zip(sorted(nodes), cluster_component(nodes, [a for a, _, _ in links], [b for _, b, _ in links],
                                                          [v for _, _, v in links], cfg)))  # fmt: skip
    members = t.members(names)
    story_of: dict[str, str] = {}  # article -> smallest article id of its story
    smallest: dict[str, str] = {}
    for article, _, grp, _ in members:
        name = names[grp]
        if name not in smallest or article < smallest[name]:
            smallest[name] = article
    new_sets: dict[str, set[str]] = {}
    for article, _, grp, _ in members:
        story_of[article] = smallest[names[grp]]
        new_sets.setdefault(story_of[article], set()).add(article)
    before = t.story_sets(story_of)
    old_sets = {frozenset(v) for v in t.story_members(set(before.values())).values()}
    changed_names = sorted(n for n, arts in new_sets.items() if frozenset(arts) not in old_sets)
    if full:  # the duplicate links of the whole store are these: links kept by other settings or code go
        t.replace_duplicates((a, b, jaccard_figure(e), jaccard_figure(j)) for a, b, e, j, _ in pairs)
    written = _write_stories(store, t, changed_names, new_sets, pairs)
    say(
        f"{len(ids)} articles placed: {len(added)} groups, {len(parts)} parts of the graph clustered again,"
        f" {len(written)} stories written"
    )
    return Placement(len(ids), written)


def _touched_parts(t: StoryIndexTables, seeds: set[str], lists: dict[str, dict[str, float]], cfg: StoryConfig,
                   full: bool) -> tuple[list[list[str]], dict[str, dict[str, float]]]:  # fmt: skip
    """The connected parts of the kept-link graph that hold a seed, as lists of node ids, and the
    neighbour lists read on the way."""
    known: dict[str, dict[str, float]] = dict(lists)
    back: dict[str, set[str]] = {}
    for a, nb in lists.items():
        for b in _kept(nb, cfg):
            back.setdefault(b, set()).add(a)
    parts: Groups[str] = Groups()
    frontier = set(seeds)
    visited: set[str] = set()
    while frontier:
        visited |= frontier
        if not full:
            unknown = [x for x in frontier if x not in known]
            read = t.lists(unknown)
            for x in unknown:
                known[x] = read.get(x, {})
            holders = t.holders(frontier) - set(lists)  # stored lists that may hold a frontier node
            unread = [h for h in holders if h not in known]
            read = t.lists(unread)
            for h in unread:
                known[h] = read.get(h, {})
            for h in holders:
                for b in _kept(known[h], cfg):
                    back.setdefault(b, set()).add(h)
        nxt: set[str] = set()
        for x in frontier:
            parts.find(x)
            for y in list(_kept(known.get(x, {}), cfg)) + list(back.get(x, ())):
                parts.union(x, y)
                if y not in visited:
                    nxt.add(y)
        frontier = nxt
    return sorted(parts.groups().values(), key=min), known


def _write_stories(store: Any, t: StoryIndexTables, names: list[str], sets: dict[str, set[str]],
                   new_pairs: list[tuple[str, str, float, float, bool]]) -> list[str]:  # fmt: skip
    """Build and save the stories whose articles changed (with their evidence); their ids."""
    from . import build_stories, story_id

    if not names:
        return []
    wanted = sorted(a for n in names for a in sets[n])
    seq = t.seqs(wanted)
    articles = sorted(store.articles(wanted), key=lambda a: seq[a.id])
    pos = {a.id: i for i, a in enumerate(articles)}
    story = {a: n for n in names for a in sets[n]}
    groups = t.groups_of([a.id for a in articles])
    first: dict[str, int] = {}
    labels = np.array([first.setdefault(groups[a.id], i) for i, a in enumerate(articles)], dtype=np.int64)
    found = {(a, b): (e, j, x) for a, b, e, j, x in new_pairs}
    for a, b, e, j in t.duplicate_pairs(pos):
        found.setdefault((a, b), (e, j, False))
    pairs = [
        DuplicatePair(pos[a], pos[b], e, j, x) for (a, b), (e, j, x) in sorted(found.items()) if a in pos and b in pos
    ]
    stories = build_stories(articles, [story[a.id] for a in articles], Duplicates(labels, pairs))
    store.save_stories(stories)
    return [story_id(n) for n in names]
