"""Story clustering quality on labelled same-event sets made to look like a news stream, one fixed configuration.

    python benchmarks/stories_eval.py                 # development part of every set
    python benchmarks/stories_eval.py --held-out      # the part kept aside (score it once the rules are settled)
    python benchmarks/stories_eval.py --all           # whole sets (to compare with figures from before the split)
    python benchmarks/stories_eval.py --table         # before and now, every part, as the README shows it
    python benchmarks/stories_eval.py --pairs         # which evidence tells same-event pairs apart (ROC AUC)

Sets (from ``../shared/eval/stories``, read from there, never copied):

- ``BASIL`` — 50 events, three outlets each, with their real dates (years apart: the calendar helps);
- ``BASIL week`` — the same articles re-dated to a random day of one week, so only the words tell events apart;
- ``BASIL copies`` / ``ECB+ copies`` — a quarter of the articles republished as light copies (one paragraph
  dropped, a newsletter line added, another outlet, the same or the next day), as wire copy is in every stream;
- ``ECB+`` — 86 events; each topic holds two similar events (two earthquakes, two arrests): the same-topic trap;
- ``mixed`` — BASIL and ECB+ together;
- ``stream day`` — one day of ``benchmarks/corpus.py``'s news stream in which events come in topics (several
  events sharing names and background paragraphs), with wire copies, edited copies and rewrites.

Each set is cut by event (ECB+ by topic, so both of a topic's events fall on one side; the stream by topic)
into a development part (about 70%) and a held-out part, by a hash of the event's label: nothing is chosen
by hand.  Beside Storyline, a TF-IDF cosine baseline (scikit-learn, corpus IDF, average linkage) whose
threshold is tuned on the very data it is scored on — an optimistic baseline, as in ``../shared/eval/README.md``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import BOILERPLATE, news  # noqa: E402

from storyline.evaluate.clustering import score_clusters  # noqa: E402
from storyline.dates import parse_date  # noqa: E402
from storyline.stories import cluster_stories  # noqa: E402

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "stories"
HELD_OUT_SHARE = 0.3


def load(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def held_out(label: object) -> bool:
    """True for the events kept aside: a fixed hash of the event (or topic) label, about 30% of them."""
    h = int.from_bytes(hashlib.sha256(f"storyline-held-out\x1f{label}".encode()).digest()[:4], "big")
    return h / 2**32 < HELD_OUT_SHARE


def part(rows: list[dict], key: str, held: bool | None) -> list[dict]:
    """The development part (``held=False``), the held-out part (True) or everything (None)."""
    return [r for r in rows if held is None or held_out(r[key]) == held]


def redated(rows: list[dict], seed: int = 3, start: date = date(2024, 3, 4)) -> list[dict]:
    """Every article on a random day of one week."""
    rng = random.Random(seed)
    return [{**r, "date": (start + timedelta(days=rng.randrange(7))).isoformat()} for r in rows]


def light_copy(r: dict, rng: random.Random, n: int) -> dict:
    """A republished copy: one paragraph dropped, a newsletter line added, another outlet, same or next day."""
    paras = [p for p in r["text"].split("\n") if p.strip()]
    if len(paras) > 3:
        del paras[rng.randrange(1, len(paras))]
    paras.insert(len(paras) if rng.random() < 0.7 else rng.randrange(1, len(paras) + 1), rng.choice(BOILERPLATE))
    copy = {**r, "id": f"{r['id']}-copy{n}", "source": f"republisher-{rng.randrange(20)}", "text": "\n".join(paras)}
    if r.get("date"):
        copy["date"] = (date.fromisoformat(str(r["date"])[:10]) + timedelta(days=rng.choice([0, 1]))).isoformat()
    return copy


def with_copies(rows: list[dict], share: float = 0.25, seed: int = 5) -> list[dict]:
    rng = random.Random(seed)
    out = list(rows)
    for n, r in enumerate(rng.sample(rows, int(len(rows) * share))):
        out.append(light_copy(r, rng, n))
    return out


def stream_day(n: int = 1000, seed: int = 23) -> list[dict]:
    """The first day of a news stream whose events come in topics (several events sharing names and background)."""
    rows = [r for r in news(n, per_day=n, seed=seed, undated=0.03, topic_events=(2, 4))]
    return [{**r, "cluster": r["event"]} for r in rows]


def sets(held: bool | None) -> dict[str, list[dict]]:
    basil, ecb = part(load("basil_dev.jsonl"), "cluster", held), part(load("ecbplus.jsonl"), "topic", held)
    stream = part(stream_day(), "topic", held)
    return {
        "BASIL": basil,
        "BASIL week": redated(basil),
        "BASIL copies": with_copies(basil),
        "BASIL week copies": with_copies(redated(basil)),
        "ECB+": ecb,
        "ECB+ copies": with_copies(ecb),
        "mixed": basil + ecb,
        "stream day": stream,
    }


def storyline_labels(rows: list[dict]) -> list[str]:
    return cluster_stories([r["text"] for r in rows], [r.get("title") for r in rows],
                           [parse_date(r.get("date")) for r in rows], keys=[f"{i:06d}" for i in range(len(rows))])  # fmt: skip
    # (positions as keys: BASIL's ids are not all unique)


def tfidf_baseline(rows: list[dict]) -> tuple[float, dict]:
    """Best B-cubed F1 over thresholds of average-linkage TF-IDF cosine (tuned on the test data itself)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    from storyline.evaluate.clustering import bcubed

    docs = [(r.get("title") or "") + "\n" + r["text"] for r in rows]
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    D = np.clip(1 - (X @ X.T).toarray(), 0, None)
    np.fill_diagonal(D, 0)
    Z = linkage(squareform((D + D.T) / 2, checks=False), "average")
    gold = [r["cluster"] for r in rows]
    best_th, best_f1 = 0.0, -1.0
    for th in np.arange(0.05, 0.6, 0.01):
        f1 = bcubed(list(fcluster(Z, 1 - th, "distance")), gold)["f1"]
        if f1 > best_f1:
            best_th, best_f1 = float(th), f1
    return best_th, score_clusters(list(fcluster(Z, 1 - best_th, "distance")), gold)


def pair_evidence(rows: list[dict], config=None) -> dict[str, float]:
    """How well each kind of evidence tells same-event pairs from the rest (ROC AUC over pairs of cosine
    >= 0.1: the pairs a neighbour search would consider), and the precision of the cosine at 90% recall."""
    from sklearn.metrics import roc_auc_score

    from storyline.stories.cluster import StoryConfig, features, scan_terms
    from storyline.text import idf

    cfg = config or StoryConfig()
    vecs = [features(r["text"], r.get("title"), cfg) for r in rows]
    named = [
        {t for t, b in scan_terms(r["text"], r.get("title"), cfg)[1].items() if not t.isdigit() and b} for r in rows
    ]
    feats, same, all_cos, all_same = [], [], [], []
    for a in range(len(rows)):
        for b in range(a + 1, len(rows)):
            shared = [t for t in vecs[a] if t in vecs[b]]
            cos = sum(vecs[a][t] * vecs[b][t] for t in shared)
            all_cos.append(cos)
            all_same.append(rows[a]["cluster"] == rows[b]["cluster"])
            if cos < 0.1:
                continue
            names = sum(vecs[a][t] * vecs[b][t] for t in shared if t in named[a] or t in named[b])
            numbers = sum(vecs[a][t] * vecs[b][t] for t in shared if t.isdigit())
            feats.append((cos, names, numbers, sum(1 for t in shared if idf(t) >= 4.5)))
            same.append(all_same[-1])
    X, y = np.array(feats), np.array(same)
    out = {
        name: float(roc_auc_score(y, X[:, i])) for i, name in enumerate(("cosine", "names", "numbers", "rare words"))
    }
    order = np.argsort(-np.array(all_cos))
    hits = np.cumsum(np.array(all_same)[order])
    k = int(np.searchsorted(hits, 0.9 * hits[-1]))
    out["cosine precision at 90% recall"] = float(hits[k] / (k + 1))
    return out


# the configuration before copies were clustered as one member and topics were told from events
BEFORE = dict(min_similarity=0.15, terms_per_article=64, grace_days=0.0, day_scale=3.0, max_days=14.0)


def readme_table() -> str:
    """B-cubed F1 / pairwise precision of every set, before and now, on the development part, the held-out
    part and the whole set (the README's table)."""
    from storyline.stories import StoryConfig

    res = {}
    for split, held in (("dev", False), ("held", True), ("all", None)):
        for name, rows in sets(held).items():
            for label, cfg, groups in (
                ("before", StoryConfig(**BEFORE), list(range(len(rows)))),
                ("now", StoryConfig(), None),
            ):
                pred = cluster_stories([r["text"] for r in rows], [r.get("title") for r in rows],
                                       [parse_date(r.get("date")) for r in rows], cfg,
                                       keys=[f"{i:06d}" for i in range(len(rows))], groups=groups)  # fmt: skip
                sc = score_clusters(pred, [r["cluster"] for r in rows])
                res[name, split, label] = (sc["bcubed"]["f1"], sc["pairwise"]["precision"], len(rows))
    lines = ["| set | articles (dev / held-out) | dev: before → now | held-out: before → now | whole set: before → now |",
             "|---|---|---|---|---|"]  # fmt: skip
    for name in sets(False):
        cells = [f"{res[name, sp, 'before'][0]:.3f} / {res[name, sp, 'before'][1]:.2f} → **{res[name, sp, 'now'][0]:.3f}** / "
                 f"{res[name, sp, 'now'][1]:.2f}" for sp in ("dev", "held", "all")]  # fmt: skip
        lines.append(
            f"| {name} | {res[name, 'dev', 'now'][2]} / {res[name, 'held', 'now'][2]} | " + " | ".join(cells) + " |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held-out", action="store_true", help="score the part kept aside")
    ap.add_argument("--all", action="store_true", help="score whole sets (development and held-out parts together)")
    ap.add_argument("--only", nargs="*", help="score only these sets")
    ap.add_argument("--no-baseline", action="store_true")
    ap.add_argument("--pairs", action="store_true", help="how well each kind of evidence separates same-event pairs")
    ap.add_argument("--table", action="store_true", help="the README table: before and now, every part")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    if args.table:
        print(readme_table())
        return
    if args.pairs:
        from storyline.stories.cluster import StoryConfig

        for name in ("BASIL week", "ECB+", "stream day"):
            rows = sets(None if args.all else args.held_out)[name]
            for label, cfg in (("192 terms", StoryConfig()), ("64 terms", StoryConfig(terms_per_article=64))):
                ev = pair_evidence(rows, cfg)
                print(f"{name:12} {label:9} " + "  ".join(f"{k} {v:.3f}" for k, v in ev.items()), flush=True)
        return
    results = {}
    print(f"{'set':18} {'articles':>8} {'stories':>8} {'gold':>5} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'pair P':>6} "
          f"{'pair F1':>7} {'s':>5}  | TF-IDF tuned-on-test B3 F1")  # fmt: skip
    for name, rows in sets(None if args.all else args.held_out).items():
        if args.only and name not in args.only:
            continue
        t0 = time.perf_counter()
        pred = storyline_labels(rows)
        dt = time.perf_counter() - t0
        score = score_clusters(pred, [r["cluster"] for r in rows])
        b, pw = score["bcubed"], score["pairwise"]
        line = (f"{name:18} {len(rows):8d} {score['clusters']:8d} {score['gold_clusters']:5d} {b['precision']:6.3f} "
                f"{b['recall']:6.3f} {b['f1']:6.3f} {pw['precision']:6.3f} {pw['f1']:7.3f} {dt:5.1f}")  # fmt: skip
        results[name] = {"storyline": score, "seconds": dt}
        if not args.no_baseline:
            th, base = tfidf_baseline(rows)
            line += f"  | {base['bcubed']['f1']:.3f} (threshold {th:.2f})"
            results[name].update(tfidf_tuned_on_test=base, tfidf_threshold=th)
        print(line, flush=True)
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
