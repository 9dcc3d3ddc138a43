"""Scaling: the local corpus run at 10k, 100k and 1M articles, and the Spark job in local[2] beside it.

    python benchmarks/scale_bench.py --sizes 10000 100000 1000000 --spark-sizes 10000 100000

Each size is a news stream from ``corpus.news`` (real paragraphs from ../shared/eval,
events with their own names, 1,000 articles a day, wire copies, edited copies,
rewrites, independent reports, 3% undated).  Each step runs as its own process,
as a user runs it, and is timed from outside; peak memory is sampled from /proc
for the whole process tree (the coordinator and its workers, or Spark's JVM and
Python workers).  Quality at every size: B-cubed F1 of the stories against the
generator's events.  Results: benchmarks/out/scale.json (merged across runs).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_news  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"


def _children() -> dict[int, list[int]]:
    kids: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(entry))
    return kids


def _rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def timed(cmd: list[str], log: Path) -> dict:
    """Run a command; wall seconds, peak RSS of its process tree and of its largest single process."""
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
        peak = {"tree": 0.0, "root": 0.0, "largest_child": 0.0}
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                kids = _children()
                tree, stack = [], [proc.pid]
                while stack:
                    p = stack.pop()
                    tree.append(p)
                    stack.extend(kids.get(p, []))
                sizes = {p: _rss_mb(p) for p in tree}
                peak["tree"] = max(peak["tree"], sum(sizes.values()))
                peak["root"] = max(peak["root"], sizes.get(proc.pid, 0.0))
                peak["largest_child"] = max([peak["largest_child"]] + [v for p, v in sizes.items() if p != proc.pid])
                done.wait(0.25)

        sampler = threading.Thread(target=sample, daemon=True)
        started = time.perf_counter()
        sampler.start()
        code = proc.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({code}); see {log}")
    return {"seconds": round(seconds, 1), "peak_mb": {k: round(v) for k, v in peak.items()}}


def story_f1(corpus: Path, tables: Path) -> float:
    from storyline.corpus import read_table
    from storyline.evaluate.clustering import bcubed

    event = {}
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            event[r["id"]] = r["event"]
    rows = read_table(tables, "articles")
    return round(bcubed([r["story"] for r in rows], [event[r["source_id"]] for r in rows])["f1"], 4)


def exponent(points: list[tuple[int, float]]) -> float | None:
    """Least-squares slope of log(seconds) on log(N)."""
    if len(points) < 2:
        return None
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return round(sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs), 3)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000])
    ap.add_argument("--spark-sizes", type=int, nargs="*", default=[10_000])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--per-day", type=int, default=1000)
    ap.add_argument("--no-analysis", action="store_true", help="stop the local run after stories and duplicate groups")
    ap.add_argument("--json", type=Path, default=OUT / "scale.json")
    args = ap.parse_args()
    work = OUT / "scale"
    work.mkdir(parents=True, exist_ok=True)
    results = json.loads(args.json.read_text()) if args.json.exists() else {"local": {}, "spark": {}}
    py = [sys.executable, "-m", "storyline"]
    for n in sorted(set(args.sizes) | set(args.spark_sizes)):
        corpus = write_news(work / f"news-{n}.jsonl", n, args.per_day)
        if n in args.sizes:
            db, tables = work / f"news-{n}.db", work / f"local-{n}"
            for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                p.unlink(missing_ok=True)
            shutil.rmtree(tables, ignore_errors=True)
            ingest = timed(py + ["ingest", str(corpus), "--db", str(db), "--workers", str(args.workers)], work / f"ingest-{n}.log")
            run_cmd = py + ["run", "--db", str(db), "--out", str(tables), "--workers", str(args.workers),
                            "--report", str(work / f"run-{n}.json")] + (["--no-analysis"] if args.no_analysis else [])  # fmt: skip
            run = timed(run_cmd, work / f"run-{n}.log")
            stages = json.loads((work / f"run-{n}.json").read_text())
            total = ingest["seconds"] + run["seconds"]
            key = f"{n}" + ("-no-analysis" if args.no_analysis else "")
            results["local"][key] = {
                "articles": n, "analysis": not args.no_analysis, "workers": args.workers,
                "ingest": ingest, "run": run, "stages": {k: round(v, 1) for k, v in stages["seconds"].items()},
                "rows": stages["rows"], "stories": stages["stories"], "duplicate_groups": stages["duplicate_groups"],
                "seconds_with_ingest": round(total, 1), "articles_per_second_with_ingest": round(n / total),
                "articles_per_second_without_ingest": round(n / run["seconds"]), "story_bcubed_f1": story_f1(corpus, tables),
            }  # fmt: skip
            print(json.dumps({n: results["local"][key]}), flush=True)
            db.unlink(missing_ok=True)
        if n in args.spark_sizes:
            tables = work / f"spark-{n}"
            shutil.rmtree(tables, ignore_errors=True)
            spark = timed(py + ["spark-run", str(corpus), "--out", str(tables), "--master", f"local[{args.workers}]",
                                "--format", "parquet", "--report", str(work / f"spark-{n}.json")], work / f"spark-{n}.log")  # fmt: skip
            stages = json.loads((work / f"spark-{n}.json").read_text())
            results["spark"][str(n)] = {
                "articles": n, "master": f"local[{args.workers}]", **spark,
                "stages": {k: round(v, 1) for k, v in stages["seconds"].items()}, "rows": stages["rows"],
                "articles_per_second": round(n / spark["seconds"]), "story_bcubed_f1": story_f1(corpus, tables),
            }  # fmt: skip
            print(json.dumps({n: results["spark"][str(n)]}), flush=True)
    full = [v for v in results["local"].values() if v["analysis"]]
    results["exponent"] = {
        "with_ingest": exponent([(v["articles"], v["seconds_with_ingest"]) for v in full]),
        "without_ingest": exponent([(v["articles"], v["run"]["seconds"]) for v in full]),
        "spark": exponent([(v["articles"], v["seconds"]) for v in results["spark"].values()]),
    }
    args.json.write_text(json.dumps(results, indent=2))
    print(json.dumps(results["exponent"]))


if __name__ == "__main__":
    main()
