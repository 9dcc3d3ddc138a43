"""The web app under load, on loopback: a real server (`storyline serve`) over a store of generated news.

    python benchmarks/web_load.py [--articles 3000] [--requests 5000] [--clients 32]

Builds the store (ingest of a news stream from benchmarks/corpus.py), starts the server, measures
its start-up (until it answers), views every story page once (first views: the analysis is made
and kept in the store), then sends the requests from the clients in parallel over a mix of pages
(story pages, article pages, the story list, the JSON API, /people) and reports throughput,
p50/p99 latency, errors and the server's resident memory before and after.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import write_news  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def get(port: int, path: str, method: str = "GET") -> tuple[int, float]:
    t0 = time.perf_counter()
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    con.request(method, path)
    r = con.getresponse()
    r.read()
    con.close()
    return r.status, time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=32)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = write_news(Path(tmp) / "news.jsonl", args.articles)
        db = Path(tmp) / "s.db"
        subprocess.run([sys.executable, "-m", "storyline", "ingest", str(src), "--db", str(db)], check=True, capture_output=True)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            while True:
                try:
                    get(port, "/api/stories")
                    break
                except OSError:
                    time.sleep(0.05)
            startup = time.perf_counter() - t0
            con = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
            con.request("GET", "/api/stories")
            stories = json.loads(con.getresponse().read())
            multi = [s["id"] for s in stories if len(s["articles"]) > 1]
            articles = [a for s in stories for a in s["articles"]]
            mem0 = rss_mb(proc.pid)
            t1 = time.perf_counter()
            first = [get(port, f"/stories/{sid}")[1] for sid in multi]
            first_total = time.perf_counter() - t1
            rng = random.Random(3)
            paths = []
            for _ in range(args.requests):
                x = rng.random()
                paths.append(f"/stories/{rng.choice(multi)}" if x < 0.5 else f"/articles/{rng.choice(articles)}" if x < 0.75
                             else "/" if x < 0.85 else f"/api/stories/{rng.choice(multi)}" if x < 0.97 else "/people")  # fmt: skip
            results: list[tuple[int, float]] = []
            lock = threading.Lock()
            it = iter(paths)

            def client() -> None:
                while True:
                    with lock:
                        path = next(it, None)
                    if path is None:
                        return
                    try:
                        r = get(port, path)
                    except OSError:
                        r = (0, 0.0)
                    with lock:
                        results.append(r)

            t2 = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t2
            mem1 = rss_mb(proc.pid)
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    lat = sorted(r[1] for r in results)
    errors = sum(1 for r in results if r[0] != 200)
    print(f"store: {args.articles} articles, {len(stories)} stories ({len(multi)} of several articles)")
    print(f"start-up until the first answer: {startup:.2f} s")
    print(f"first view of every story page (analysis made and kept): {first_total:.1f} s in all, "
          f"median {statistics.median(first) * 1000:.0f} ms, max {max(first) * 1000:.0f} ms")  # fmt: skip
    print(f"{len(results)} requests from {args.clients} clients: {len(results) / wall:.1f} requests/s, "
          f"p50 {lat[len(lat) // 2] * 1000:.0f} ms, p99 {lat[int(len(lat) * 0.99)] * 1000:.0f} ms, errors {errors}")  # fmt: skip
    print(f"server memory: {mem0:.0f} MB before, {mem1:.0f} MB after")


if __name__ == "__main__":
    main()
