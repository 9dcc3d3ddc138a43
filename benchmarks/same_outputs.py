"""Does a change keep every output the same?  The commands a user runs, on the code under test and on another
checkout, compared output by output.

    git worktree add /tmp/before COMMIT
    python benchmarks/same_outputs.py --before /tmp/before/src [--articles 3000]

Outputs: ``storyline analyze`` of the example as JSON (compared as data), Markdown, HTML and text; ``analyze``
of 400 articles of the generated stream (``benchmarks/corpus.py``) as JSON; every table of ``storyline run`` on
the stream (rows compared as sets: the run writes stories in the order they finish).  Each side runs as its own
processes with its own ``src`` first on ``PYTHONPATH``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from corpus import write_news  # noqa: E402


def outputs(src: Path, work: Path, stream: Path, first: Path) -> dict[str, object]:
    """Every output of the commands, by name, made with the code of ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    work.mkdir(parents=True, exist_ok=True)

    def storyline(*args: str) -> None:
        r = subprocess.run([sys.executable, "-m", "storyline", *args], env=env, capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit(f"{src}: storyline {' '.join(args)} failed:\n{r.stderr[-2000:]}")

    found: dict[str, object] = {}
    examples = str(ROOT / "examples")
    for fmt, name in (
        ("json", "example.json"),
        ("markdown", "example.md"),
        ("html", "example.html"),
        ("text", "example.txt"),
    ):
        storyline("analyze", examples, "-f", fmt, "-o", str(work / name))
        text = (work / name).read_text("utf-8")
        found[name] = json.loads(text) if fmt == "json" else text
    storyline("analyze", str(first), "-f", "json", "-o", str(work / "stream400.json"))
    found["stream400.json"] = json.loads((work / "stream400.json").read_text("utf-8"))
    storyline("run", str(stream), "--db", str(work / "run.db"), "-o", str(work / "run"), "--workers", "2")
    for table in sorted(p.name for p in (work / "run").iterdir() if p.is_dir()):
        rows = (work / "run" / table).glob("part-*")
        found[f"run/{table}"] = sorted(line for part in rows for line in part.read_text("utf-8").splitlines())
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", type=Path, required=True, help="the other checkout's src folder")
    ap.add_argument("--articles", type=int, default=3000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        stream = write_news(Path(tmp) / "stream.jsonl", args.articles)
        first = Path(tmp) / "stream400.jsonl"
        with open(stream, encoding="utf-8") as f:
            first.write_text("".join(line for _, line in zip(range(400), f)), "utf-8")
        now = outputs(ROOT / "src", Path(tmp) / "now", stream, first)
        before = outputs(args.before.resolve(), Path(tmp) / "before", stream, first)
    differ = 0
    for name in sorted(set(now) | set(before)):
        same = now.get(name) == before.get(name)
        differ += not same
        size = len(now[name]) if isinstance(now.get(name), list) else ""
        print(f"{'same' if same else 'DIFFERENT':9} {name} {size}")
    print(f"{len(now)} outputs, {differ} different")
    raise SystemExit(1 if differ else 0)


if __name__ == "__main__":
    main()
