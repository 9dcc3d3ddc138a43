"""How long story clustering takes on a news stream, with the current configuration and with the previous one.

    python benchmarks/stories_speed.py --articles 100000 [--workers 2]
    git worktree add /tmp/before COMMIT && PYTHONPATH=/tmp/before/src python benchmarks/stories_speed.py --before

The stream is ``benchmarks/corpus.py``'s (1,000 articles a day, copies, rewrites, 3% undated).  Timed
apart: term vectors (part of the corpus run's per-article step), duplicate groups, and the story step
(neighbour lists in blocks of publication time, kept links, average linkage).  The previous
configuration (64 terms per article, floor 0.15, similarity halved every 3 days, copies clustered as
separate members) runs in the same process on the same articles (on today's faster neighbour search);
``--before`` times an older checkout's own code on the same stream.
B-cubed F1 against the generator's events is printed beside each.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import news  # noqa: E402

from storyline.evaluate.clustering import bcubed  # noqa: E402
from storyline.dates import parse_date  # noqa: E402
from storyline.stories import StoryConfig, find_duplicates  # noqa: E402
from storyline.text import day_number  # noqa: E402
from storyline.stories.neighbours import Features, feature_rows, kept_links, neighbour_lists, stories_from_links  # noqa: E402


def before(rows: list[dict], workers: int) -> None:
    """The story step with the package's own defaults and no duplicate grouping: run it with an older
    checkout first on the path (``PYTHONPATH=OLD/src ... --before``) to time the code before a change."""
    import storyline

    keys = [r["id"] for r in rows]
    days = [day_number(parse_date(r.get("date"))) for r in rows]
    t0 = time.perf_counter()
    fr = feature_rows([r["text"] for r in rows], [r.get("title") for r in rows])
    feats = Features.build(keys, days, [t for t, _ in fr], [w for _, w in fr])
    t_feat = time.perf_counter() - t0
    t0 = time.perf_counter()
    q, r, s = neighbour_lists(feats, workers=workers)
    keep = kept_links(q, r, s)
    names = stories_from_links(feats.keys, q[keep], r[keep], s[keep])
    t_story = time.perf_counter() - t0
    f1 = bcubed([names[k] for k in keys], [r["event"] for r in rows])["f1"]
    print(f"{storyline.__file__}: term vectors {t_feat:.1f} s   stories {t_story:.1f} s   B-cubed F1 {f1:.4f}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=100_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--before", action="store_true", help="only the installed package's default story step, ungrouped")
    args = ap.parse_args()
    rows = list(news(args.articles))
    if args.before:
        before(rows, args.workers)
        return
    from storyline.stories.neighbours import grouped_stories

    previous = StoryConfig(min_similarity=0.15, terms_per_article=64, grace_days=0.0, day_scale=3.0, max_days=14.0)
    keys = [r["id"] for r in rows]
    days = [day_number(parse_date(r.get("date"))) for r in rows]
    gold = [r["event"] for r in rows]
    t0 = time.perf_counter()
    groups = find_duplicates(r["text"] for r in rows).groups
    t_dup = time.perf_counter() - t0
    print(f"{len(rows)} articles; duplicate groups {t_dup:.1f} s", flush=True)
    for label, cfg, grouped in (("current", StoryConfig(), True), ("previous", previous, False)):
        t0 = time.perf_counter()
        fr = feature_rows([r["text"] for r in rows], [r.get("title") for r in rows], cfg)
        feats = Features.build(keys, days, [t for t, _ in fr], [w for _, w in fr])
        t_feat = time.perf_counter() - t0
        t0 = time.perf_counter()
        if grouped:
            names = grouped_stories(feats, groups, cfg, workers=args.workers)
        else:
            q, r, s = neighbour_lists(feats, cfg, workers=args.workers)
            keep = kept_links(q, r, s, cfg)
            names = stories_from_links(feats.keys, q[keep], r[keep], s[keep], cfg)
        t_story = time.perf_counter() - t0
        f1 = bcubed([names[k] for k in keys], gold)["f1"]
        print(
            f"{label:9} term vectors {t_feat:7.1f} s   stories {t_story:7.1f} s   B-cubed F1 {f1:.4f}   "
            f"terms/article {np.diff(feats.matrix.indptr).mean():.0f}",
            flush=True,
        )


if __name__ == "__main__":
    main()
