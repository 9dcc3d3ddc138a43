"""Story clustering quality on the labelled same-event sets, one fixed configuration.

    python benchmarks/stories_eval.py

Scores Storyline's default :class:`StoryConfig` on BASIL (dev), ECB+ and the two
mixed together (B-cubed and pairwise precision / recall / F1, predicted number
of stories), beside a TF-IDF cosine baseline (scikit-learn, corpus IDF, average
linkage) whose threshold is tuned on the very data it is scored on — an
optimistic baseline, as in ``../shared/eval/README.md``.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import numpy as np

from storyline.evaluate.clustering import score_clusters
from storyline.ingest.dates import parse_date
from storyline.stories import StoryIndex

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "stories"


def load(name: str) -> list[dict]:
    with open(EVAL / name, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def storyline_labels(rows: list[dict]) -> list[str]:
    index = StoryIndex()
    index.add([str(r["id"]) for r in rows], [r["text"] for r in rows], [r.get("title") for r in rows],
              [parse_date(r.get("date")) for r in rows])  # fmt: skip
    return index.story


def tfidf_baseline(rows: list[dict]) -> tuple[float, dict]:
    """Best B-cubed F1 over thresholds of average-linkage TF-IDF cosine (tuned on the test data itself)."""
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform
    from sklearn.feature_extraction.text import TfidfVectorizer

    docs = [(r.get("title") or "") + "\n" + r["text"] for r in rows]
    X = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(docs)
    D = np.clip(1 - (X @ X.T).toarray(), 0, None)
    np.fill_diagonal(D, 0)
    Z = linkage(squareform((D + D.T) / 2, checks=False), "average")
    gold = [r["cluster"] for r in rows]
    best = (0.0, {})
    for th in np.arange(0.05, 0.6, 0.01):
        score = score_clusters(list(fcluster(Z, 1 - th, "distance")), gold)
        if score["bcubed"]["f1"] > best[1].get("bcubed", {}).get("f1", -1):
            best = (float(th), score)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    basil, ecb = load("basil_dev.jsonl"), load("ecbplus.jsonl")
    results = {}
    print(f"{'set':8} {'articles':>8} {'stories':>8} {'gold':>5} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6} {'pair F1':>7} {'s':>5}"
          f"  | TF-IDF tuned-on-test B3 F1")
    for name, rows in (("BASIL", basil), ("ECB+", ecb), ("mixed", basil + ecb)):
        t0 = time.perf_counter()
        pred = storyline_labels(rows)
        dt = time.perf_counter() - t0
        score = score_clusters(pred, [r["cluster"] for r in rows])
        th, base = tfidf_baseline(rows)
        b = score["bcubed"]
        print(f"{name:8} {len(rows):8d} {score['clusters']:8d} {score['gold_clusters']:5d} {b['precision']:6.3f} {b['recall']:6.3f} "
              f"{b['f1']:6.3f} {score['pairwise']['f1']:7.3f} {dt:5.1f}  | {base['bcubed']['f1']:.3f} (threshold {th:.2f})")
        results[name] = {"storyline": score, "seconds": dt, "tfidf_tuned_on_test": base, "tfidf_threshold": th}
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
