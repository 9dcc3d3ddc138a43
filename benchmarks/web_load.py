"""The web app under load, on loopback: a real server (`storyline serve`) over a store of generated news.

    python benchmarks/web_load.py [--articles 3000] [--requests 5000] [--clients 32]

Builds the store (ingest of a news stream from benchmarks/corpus.py; no story placed yet), starts
the server and measures its start-up (until it answers) and the time until the store is ready (every
article placed, every story analysed and rendered by the process `serve` runs beside the server),
then sends the requests from the clients in parallel over a mix of pages (story pages, article
pages, the story list, the JSON API, /people) and reports throughput, p50/p99/max latency (overall
and per kind of page), errors and the server's resident memory before and after.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
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


def fetch_json(port: int, path: str) -> object:
    con = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    con.request("GET", path)
    doc = json.loads(con.getresponse().read())
    con.close()
    return doc


def kind(path: str) -> str:
    return (
        "/"
        if path == "/"
        else "/" + path.strip("/").split("/")[0]
        if not path.startswith("/api/")
        else "/api/" + path.split("/")[2]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=3000)
    ap.add_argument("--requests", type=int, default=5000)
    ap.add_argument("--clients", type=int, default=32)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        src = write_news(Path(tmp) / "news.jsonl", args.articles)
        db = Path(tmp) / "s.db"
        subprocess.run(
            [sys.executable, "-m", "storyline", "ingest", str(src), "--db", str(db)], check=True, capture_output=True
        )
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        t0 = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "storyline", "serve", "--db", str(db), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
        try:
            while True:
                try:
                    get(port, "/api/status")
                    break
                except OSError:
                    time.sleep(0.02)
            startup = time.perf_counter() - t0
            while True:  # the store made ready beside the server
                st = fetch_json(port, "/api/status")
                if st["placed"] == st["articles"] and st["analysed"] == st["stories"]:
                    break
                time.sleep(0.5)
            ready = time.perf_counter() - t0
            stories = fetch_json(port, "/api/stories")
            multi = [s["id"] for s in stories if len(s["articles"]) > 1]
            articles = [a for s in stories for a in s["articles"]]
            mem0 = rss_mb(proc.pid)
            # one reader: every story page once, and the other pages, one request at a time
            alone: dict[str, list[float]] = {}
            for path in [*(f"/stories/{s['id']}" for s in stories), *(f"/articles/{a}" for a in articles[:: max(1, len(articles) // 300)]),
                         "/", "/people", "/api/stories", *(f"/api/stories/{sid}" for sid in multi[:100])]:  # fmt: skip
                code, took = get(port, path)
                alone.setdefault(kind(path), []).append(took if code == 200 else float("inf"))
            rng = random.Random(3)
            paths = []
            for _ in range(args.requests):
                x = rng.random()
                paths.append(f"/stories/{rng.choice(multi)}" if x < 0.5 else f"/articles/{rng.choice(articles)}" if x < 0.75
                             else "/" if x < 0.85 else f"/api/stories/{rng.choice(multi)}" if x < 0.97 else "/people")  # fmt: skip
            results: list[tuple[int, float]] = []
            kinds: dict[str, list[float]] = {}
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
                        kinds.setdefault(kind(path), []).append(r[1])

            t2 = time.perf_counter()
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            wall = time.perf_counter() - t2
            mem1 = rss_mb(proc.pid)
            results1, kinds1 = list(results), {k: list(v) for k, v in kinds.items()}
            it = iter(paths)  # the same load again: what the server keeps must not grow with it
            threads = [threading.Thread(target=client) for _ in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            mem2 = rss_mb(proc.pid)
            results, kinds = results1, kinds1  # the figures are the first round's
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    lat = sorted(r[1] for r in results)
    errors = sum(1 for r in results if r[0] != 200)
    print(f"store: {args.articles} articles, {len(stories)} stories ({len(multi)} of several articles)")
    print(f"start-up until the first answer: {startup:.2f} s; store ready (placed, analysed, rendered): {ready:.1f} s")
    print("one reader, one request at a time:")
    for name, xs in sorted(alone.items()):
        xs.sort()
        print(f"  {name}: {len(xs)} requests, p50 {xs[len(xs) // 2] * 1000:.0f} ms, max {xs[-1] * 1000:.0f} ms")
    print(f"{len(results)} requests from {args.clients} clients: {len(results) / wall:.1f} requests/s, "
          f"p50 {lat[len(lat) // 2] * 1000:.0f} ms, p99 {lat[int(len(lat) * 0.99)] * 1000:.0f} ms, "
          f"max {lat[-1] * 1000:.0f} ms, errors {errors}")  # fmt: skip
    for name, xs in sorted(kinds.items()):
        xs.sort()
        print(f"  {name}: {len(xs)} requests, p50 {xs[len(xs) // 2] * 1000:.0f} ms, p99 {xs[int(len(xs) * 0.99)] * 1000:.0f} ms, "
              f"max {xs[-1] * 1000:.0f} ms")  # fmt: skip
    print(f"server memory: {mem0:.0f} MB before, {mem1:.0f} MB after the load, {mem2:.0f} MB after the same load again")


if __name__ == "__main__":
    main()
