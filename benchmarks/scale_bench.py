"""Scaling: the local corpus run at 10k, 100k and 1M articles, and the Spark job in local[2] beside it.

    python benchmarks/scale_bench.py --sizes 10000 100000 1000000 --spark-sizes 10000 100000

Each size is a news stream from ``corpus.news`` (real paragraphs from ../shared/eval,
events with their own names, 1,000 articles a day, wire copies, edited copies,
rewrites, independent reports, 3% undated).  Each step runs as its own process,
as a user runs it, and is timed from outside; peak memory is sampled from /proc
for the whole process tree (the coordinator and its workers, or Spark's JVM and
Python workers) as proportional set size, so pages a forked worker shares with
its parent count once.  Quality at every size: B-cubed F1 of the stories against the
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


def _memory_mb(pid: int, key: str = "Pss:") -> float:
    """Proportional set size: pages shared with a forked parent count once over the tree, not per process.
    ``key="Anonymous:"``: the part that is no file's pages (memory-mapped files the kernel can drop and read
    again are not in it)."""
    for name, k in ((f"/proc/{pid}/smaps_rollup", key), (f"/proc/{pid}/status", "VmRSS:")):
        try:
            with open(name) as f:
                for line in f:
                    if line.startswith(k):
                        return int(line.split()[1]) / 1024
        except OSError:
            continue
    return 0.0


def timed(cmd: list[str], log: Path, env: dict[str, str] | None = None) -> dict:
    """Run a command; wall seconds, peak memory (proportional set size) of its process tree and of its largest single process."""
    with open(log, "w") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env={**os.environ, **(env or {})})
        peak = {"tree": 0.0, "root": 0.0, "root_anonymous": 0.0, "largest_child": 0.0}
        series: list[tuple[float, float, float]] = []  # (seconds, coordinator PSS, its anonymous part)
        done = threading.Event()

        def sample() -> None:
            while not done.is_set():
                began = time.perf_counter()
                kids = _children()
                tree, stack = [], [proc.pid]
                while stack:
                    p = stack.pop()
                    tree.append(p)
                    stack.extend(kids.get(p, []))
                sizes = {p: _memory_mb(p) for p in tree}
                peak["tree"] = max(peak["tree"], sum(sizes.values()))
                peak["root"] = max(peak["root"], sizes.get(proc.pid, 0.0))
                anonymous = _memory_mb(proc.pid, "Anonymous:")
                peak["root_anonymous"] = max(peak["root_anonymous"], anonymous)
                series.append((began - started, sizes.get(proc.pid, 0.0), anonymous))
                peak["largest_child"] = max([peak["largest_child"]] + [v for p, v in sizes.items() if p != proc.pid])
                # reading smaps walks the page tables of a process of many GB: keep that under 5% of one core
                done.wait(max(0.25, 20 * (time.perf_counter() - began)))

        sampler = threading.Thread(target=sample, daemon=True)
        started = time.perf_counter()
        sampler.start()
        code = proc.wait()
        seconds = time.perf_counter() - started
        done.set()
        sampler.join()
    if code != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({code}); see {log}")
    return {"seconds": round(seconds, 1), "peak_mb": {k: round(v) for k, v in peak.items()}, "series": series}


def stage_peaks(series: list, stages: dict[str, float], total: float) -> dict[str, list[int]]:
    """The coordinator's peak (PSS, anonymous) MB in each stage of the run, from the sampled series and the
    stages' seconds, laid back from the end of the run (start-up counts with the first stage)."""
    out: dict[str, list[int]] = {}
    end = total
    names = list(stages)
    for n, name in reversed(list(enumerate(names))):
        start = end - stages[name] if n else -1.0
        inside = [x for x in series if start <= x[0] <= end]
        if not inside and series:  # a stage shorter than the sampling interval: the sample nearest its end
            inside = [min(series, key=lambda x: abs(x[0] - end))]
        inside = inside or [(0.0, 0.0, 0.0)]
        out[name] = [round(max(x[1] for x in inside)), round(max(x[2] for x in inside))]
        end = start
    return {name: out[name] for name in names}


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


def same_tables(local: Path, spark: Path) -> bool:
    """Do the two runs agree: the same stories, duplicate groups and rows of every per-story table?"""
    from storyline.corpus import STORY_TABLES, read_table

    def partition(rows: list[dict], key: str) -> set[frozenset[str]]:
        groups: dict[str, set[str]] = {}
        for r in rows:
            if r[key] is not None:
                groups.setdefault(r[key], set()).add(r["source_id"])
        return {frozenset(g) for g in groups.values()}

    a, b = read_table(local, "articles"), read_table(spark, "articles")
    if partition(a, "story") != partition(b, "story") or partition(a, "duplicate_group") != partition(
        b, "duplicate_group"
    ):
        return False

    def rows(folder: Path, table: str) -> list[str]:
        return sorted(json.dumps(r, sort_keys=True, default=str) for r in read_table(folder, table))

    return all(rows(local, t) == rows(spark, t) for t in STORY_TABLES)


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
    ap.add_argument("--keep-store", action="store_true",
                    help="keep each size's ingested store, and run on it without ingesting again when it is there")  # fmt: skip
    ap.add_argument("--json", type=Path, default=OUT / "scale.json")
    ap.add_argument("--driver-memory", default="6g", help="Spark local mode: the driver JVM is the executor too")
    ap.add_argument("--table", action="store_true", help="print the README's table from the results file and stop")
    args = ap.parse_args()
    if args.table:
        print(table(json.loads(args.json.read_text())))
        return
    work = OUT / "scale"
    work.mkdir(parents=True, exist_ok=True)
    results = json.loads(args.json.read_text()) if args.json.exists() else {"local": {}, "spark": {}}
    py = [sys.executable, "-m", "storyline"]
    for n in sorted(set(args.sizes) | set(args.spark_sizes)):
        corpus = write_news(work / f"news-{n}.jsonl", n, args.per_day)
        if n in args.sizes:
            db, tables = work / f"news-{n}.db", work / f"local-{n}"
            shutil.rmtree(tables, ignore_errors=True)
            kept = work / f"ingest-{n}.json"
            if args.keep_store and db.exists() and kept.exists():
                ingest = json.loads(kept.read_text())  # the store of an earlier run, and how long it took
            else:
                for p in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
                    p.unlink(missing_ok=True)
                ingest = timed(
                    py + ["ingest", str(corpus), "--db", str(db), "--workers", str(args.workers)],
                    work / f"ingest-{n}.log",
                )
                ingest.pop("series")
                kept.write_text(json.dumps(ingest))
            run_cmd = py + ["run", "--db", str(db), "--out", str(tables), "--workers", str(args.workers),
                            "--report", str(work / f"run-{n}.json")] + (["--no-analysis"] if args.no_analysis else [])  # fmt: skip
            run = timed(run_cmd, work / f"run-{n}.log")
            stages = json.loads((work / f"run-{n}.json").read_text())
            run["stage_peak_mb"] = stage_peaks(run.pop("series"), stages["seconds"], run["seconds"])
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
            save(results, args.json)
            if not args.keep_store:
                db.unlink(missing_ok=True)
        if n in args.spark_sizes:
            tables = work / f"spark-{n}"
            shutil.rmtree(tables, ignore_errors=True)
            spark = timed(py + ["spark-run", str(corpus), "--out", str(tables), "--master", f"local[{args.workers}]",
                                "--format", "parquet", "--report", str(work / f"spark-{n}.json")], work / f"spark-{n}.log",
                          env={"PYSPARK_SUBMIT_ARGS": f"--driver-memory {args.driver_memory} pyspark-shell"})  # fmt: skip
            stages = json.loads((work / f"spark-{n}.json").read_text())
            spark.pop("series")
            results["spark"][str(n)] = {
                "articles": n, "master": f"local[{args.workers}]", **spark,
                "stages": {k: round(v, 1) for k, v in stages["seconds"].items()}, "rows": stages["rows"],
                "stories": stages["stories"], "duplicate_groups": stages["duplicate_groups"],
                "same_as_local": same_tables(work / f"local-{n}", tables) if n in args.sizes else None,
                "articles_per_second": round(n / spark["seconds"]), "story_bcubed_f1": story_f1(corpus, tables),
            }  # fmt: skip
            print(json.dumps({n: results["spark"][str(n)]}), flush=True)
            save(results, args.json)
    save(results, args.json)
    print(json.dumps(results["exponent"]))


def save(results: dict, path: Path) -> None:
    """Write the results so far, with growth exponents fitted over every size measured."""
    runs = results["local"].values()
    full = [v for v in runs if v["analysis"]]
    streaming = ("articles", "duplicates", "stories")  # every local run has these stages
    results["exponent"] = {
        "with_ingest": exponent([(v["articles"], v["seconds_with_ingest"]) for v in full]),
        "without_ingest": exponent([(v["articles"], v["run"]["seconds"]) for v in full]),
        "ingest": exponent([(v["articles"], v["ingest"]["seconds"]) for v in runs]),
        "corpus_stages": exponent([(v["articles"], sum(v["stages"].get(k, 0.0) for k in streaming)) for v in runs]),
        "spark": exponent([(v["articles"], v["seconds"]) for v in results["spark"].values()]),
    }
    path.write_text(json.dumps(results, indent=2))


def table(results: dict) -> str:
    """The README's Markdown table: one column per run."""
    runs = [(f"local {v['articles']:,}" + ("" if v["analysis"] else " (no per-story analysis)"), v)
            for v in sorted(results["local"].values(), key=lambda v: (v["articles"], not v["analysis"]))]  # fmt: skip
    runs += [
        (f"Spark {v['master']} {v['articles']:,}", v)
        for v in sorted(results["spark"].values(), key=lambda v: v["articles"])
    ]

    def cell(v: dict, what: str) -> str:
        local = "ingest" in v
        if what == "ingest":
            return f"{v['ingest']['seconds']:,.1f} s" if local else "(in the run)"
        if what == "run":
            return f"{(v['run'] if local else v)['seconds']:,.1f} s"
        if what == "stages":
            return " / ".join(
                f"{v['stages'].get(k, 0):,.1f}" for k in ("articles", "duplicates", "stories", "story analysis")
            )
        if what == "total":
            return f"**{v['seconds_with_ingest'] if local else v['seconds']:,.1f} s**"
        if what == "rate":
            return (
                f"{v['articles_per_second_with_ingest']:,} / {v['articles_per_second_without_ingest']:,}"
                if local
                else f"{v['articles_per_second']:,}"
            )
        if what == "memory":
            if local:
                run = v["run"]["peak_mb"]
                anon = f" ({run['root_anonymous']:,} anonymous)" if "root_anonymous" in run else ""
                return f"{v['ingest']['peak_mb']['tree']:,} / {run['root']:,}{anon} / {run['largest_child']:,}"
            return f"{v['peak_mb']['tree']:,} (JVM {v['peak_mb']['largest_child']:,})"
        if what == "out":
            same = {True: " (= local)", False: " (differs from local)"}.get(v.get("same_as_local"), "")
            return f"{v['stories']:,} / {v['duplicate_groups']:,}{same}"
        return f"{v['story_bcubed_f1']:.4f}"

    rows = [("ingest (clean, store)", "ingest"), ("run", "run"),
            ("stages: articles / duplicates / stories / per-story analysis (s)", "stages"),
            ("total", "total"), ("articles/s: with ingest / without", "rate"),
            ("peak MB: ingest tree / run coordinator / largest worker", "memory"),
            ("stories / duplicate groups", "out"), ("story B-cubed F1 against the generator's events", "f1")]  # fmt: skip
    lines = ["| | " + " | ".join(name for name, _ in runs) + " |", "|---|" + "---|" * len(runs)]
    lines += [f"| {label} | " + " | ".join(cell(v, what) for _, v in runs) + " |" for label, what in rows]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
