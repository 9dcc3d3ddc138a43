"""Placing new articles into a store that already holds many (what `storyline add` and `watch` do).

    python benchmarks/place_bench.py [--sizes 3000 10000] [--new 100] [--before PATH]

For each size N: a store of N generated news articles (benchmarks/corpus.py) is placed once, then
the next ``--new`` articles of the same stream are ingested and placed, and the placing step is timed
(``pipeline.update_stories``, in a process of its own).  Then, on a copy of that store, the story index
is forgotten and every article placed again from scratch (what rebuilding costs; it is the batch run
over all N + new articles) and the stories of both are compared.  ``--before PATH`` times the same
step with another checkout's code (e.g. ``git worktree add /tmp/before c38da22``) on a copy of the same
store; both must give the same stories.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_news  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
PLACE = """
import json, sys, time
from storyline.store import Store
from storyline.pipeline import update_stories
with Store(sys.argv[1]) as s:
    if len(sys.argv) > 2:
        from storyline.stories.placement import forget_index
        forget_index(s)
    t = time.perf_counter(); n = update_stories(s); dt = time.perf_counter() - t
    print(json.dumps({"placed": n, "seconds": dt, "stories": sorted(sorted(x.articles) for x in s.stories())}))
"""


def place(db: Path, src: Path, rebuild: bool = False) -> dict:
    import json

    r = subprocess.run([sys.executable, "-c", PLACE, str(db)] + (["rebuild"] if rebuild else []), capture_output=True, text=True, check=True,
                       env={**os.environ, "PYTHONPATH": str(src)})  # fmt: skip
    return json.loads(r.stdout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[3000, 10000])
    ap.add_argument("--new", type=int, default=100)
    ap.add_argument("--before", type=Path, help="another checkout to compare with")
    args = ap.parse_args()
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            src = write_news(Path(tmp) / "news.jsonl", n + args.new)
            lines = src.read_text("utf-8").splitlines(keepends=True)
            (Path(tmp) / "old.jsonl").write_text("".join(lines[:n]), "utf-8")
            (Path(tmp) / "new.jsonl").write_text("".join(lines[n:]), "utf-8")
            codes = {"now": ROOT / "src", **({"before": args.before / "src"} if args.before else {})}
            dbs = {name: Path(tmp) / f"{name}.db" for name in codes}

            def ingest(name: str, part: str) -> None:  # each store written by its own code (its own schema)
                subprocess.run([sys.executable, "-m", "storyline", "ingest", "--db", str(dbs[name]), str(Path(tmp) / part)],
                               check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(codes[name])})  # fmt: skip

            for name in codes:
                ingest(name, "old.jsonl")
            t0 = time.perf_counter()
            first = place(dbs["now"], codes["now"])
            first_s = time.perf_counter() - t0
            if args.before:
                place(dbs["before"], codes["before"])
            results = {}
            for name in codes:
                ingest(name, "new.jsonl")
                results[name] = place(dbs[name], codes[name])
            shutil.copy(dbs["now"], Path(tmp) / "rebuilt.db")
            rebuilt = place(Path(tmp) / "rebuilt.db", codes["now"], rebuild=True)
            line = (f"N={n}: first placing of all {first['placed']} articles {first['seconds']:.1f} s (process {first_s:.1f} s); "
                    f"{results['now']['placed']} new articles placed in {results['now']['seconds']:.2f} s "
                    f"({results['now']['placed'] / results['now']['seconds']:.0f} articles/s); rebuilding all {rebuilt['placed']}: "
                    f"{rebuilt['seconds']:.1f} s ({rebuilt['seconds'] / results['now']['seconds']:.0f}x); "
                    f"same stories as the rebuild: {rebuilt['stories'] == results['now']['stories']}")  # fmt: skip
            if "before" in results:
                same = results["before"]["stories"] == results["now"]["stories"]
                line += f" against {results['before']['seconds']:.2f} s before ({results['before']['seconds'] / results['now']['seconds']:.1f}x); same stories: {same}"
            print(line, flush=True)
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
