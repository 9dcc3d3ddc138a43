"""Full-text search over a store: how long the first search takes to index the articles, then a query.

    python benchmarks/search_bench.py [--articles 3000]

A store of generated news (benchmarks/corpus.py) is ingested; the first search indexes every article
(``Store.index_for_search``), then a mix of one- and two-word queries is timed (best of five each).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_news  # noqa: E402

from storyline.store import Store  # noqa: E402
from storyline.store.search import search  # noqa: E402

QUERIES = [
    "minister",
    "harbour bridge",
    "police said",
    "council vote budget",
    "storm",
    "court ruling",
    "no-such-word-here",
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = write_news(Path(tmp) / "news.jsonl", args.articles)
        db = Path(tmp) / "s.db"
        subprocess.run(
            [sys.executable, "-m", "storyline", "ingest", str(src), "--db", str(db)], check=True, capture_output=True
        )
        with Store(db) as store:
            t0 = time.perf_counter()
            indexed = store.index_for_search()
            index_s = time.perf_counter() - t0
            took = []
            for q in QUERIES:
                best = min(_timed(store, q) for _ in range(5))
                took.append(best)
    print(
        f"{indexed} articles indexed in {index_s:.2f} s ({indexed / index_s:,.0f}/s); "
        f"a query: median {statistics.median(took) * 1000:.1f} ms, slowest {max(took) * 1000:.1f} ms ({len(QUERIES)} queries)"
    )


def _timed(store: Store, q: str) -> float:
    t = time.perf_counter()
    search(store, q)
    return time.perf_counter() - t


if __name__ == "__main__":
    main()
