"""HTML ingest speed, one core: Storyline's reader and cleaner beside trafilatura alone, in the same run.

The pages are built like a news site's: real paragraphs from ../shared/eval (benchmarks/corpus.py)
inside a page with what real pages carry around an article — a head of meta tags and JSON-LD, inline
scripts and styles, a navigation of a hundred and fifty links, share buttons, figures with captions,
advertisement slots and "read more" boxes inside the article, a sidebar of headlines, comments and a
footer of links — about 150-250 KB each.  Nothing is read from the network.

Measured, pages per second on one core (the best of ``--repeat`` passes, after a warm-up page):

- ``trafilatura.extract(html)``: the library alone, as a user would call it (default options);
- ``trafilatura.bare_extraction(..., with_metadata=True)``: what Storyline asks of it;
- ``read + clean``: Storyline's reader (trafilatura, metadata, outlet) and cleaner (Unicode, boilerplate
  lines, paragraphs, sentences, language, identity) — an :class:`~storyline.model.Article`;
- ``storyline ingest``: the command, files into a fresh store (one process), for the whole path.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from html import escape
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
SRC = str(HERE.parent / "src")  # the code measured (the ingest command too)
sys.path.insert(0, SRC)

from corpus import generate  # noqa: E402

SECTIONS = [
    "World",
    "Politics",
    "Business",
    "Markets",
    "Technology",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Opinion",
]


def _script(rng: random.Random, kb: int) -> str:
    """Minified-looking JavaScript of about ``kb`` kilobytes."""
    parts = []
    size = 0
    while size < kb * 1024:
        name = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 3)))
        chunk = (f"var {name}{rng.randint(0, 999)}=function(e,t){{return e&&t?e[t]||window.__cfg['{name}']:null}};"
                 f"if(typeof {name}!=='undefined'){{{name}.push({{id:{rng.randint(0, 10**6)},k:'{name}'}})}}")  # fmt: skip
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


def page(doc_id: str, title: str, paragraphs: list[str], rng: random.Random, site: str) -> str:
    """One news page around an article's paragraphs."""
    nav = "".join(f'<li><a href="/{s.lower()}/{n}">{s} {n}</a></li>' for s in SECTIONS for n in range(15))
    body = []
    for n, p in enumerate(paragraphs):
        body.append(f"<p>{escape(p)}</p>")
        if n == 2:
            body.append('<figure><img src="/img/1.jpg" alt="A photo"><figcaption>The scene on Tuesday. '
                        "Photograph: Staff photographer</figcaption></figure>")  # fmt: skip
        if n % 5 == 4:
            body.append('<div class="ad-slot" data-ad="mpu"><span>Advertisement</span></div>')
        if n == 6:
            body.append('<aside class="read-more"><h3>Read more</h3><ul>'
                        + "".join(f'<li><a href="/news/{rng.randint(1, 10**6)}">Another headline number {k} about '
                                  f"something else</a></li>" for k in range(4)) + "</ul></aside>")  # fmt: skip
    sidebar = "".join(
        f'<li><a href="/news/{rng.randint(1, 10**6)}">Most read: a headline of the day, number {k}</a></li>'
        for k in range(30)
    )
    comments = "".join(
        f'<div class="comment"><b>reader{k}</b><p>I think this is {rng.choice(["wrong", "right", "odd"])} '
        f"and the council should say more.</p></div>"
        for k in range(rng.randint(0, 12))
    )
    footer = "".join(f'<a href="/about/{k}">Footer link {k}</a> ' for k in range(100))
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "datePublished": "2024-03-05T09:30:00Z", "publisher": {"@type": "Organization", "name": site}})  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{escape(title)} | {site}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{escape(title)}">
<meta property="og:type" content="article"><meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="https://{site.lower().replace(" ", "")}.example/news/{doc_id}">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
<script type="application/ld+json">{ld}</script>
<style>{"body{margin:0;font-family:serif}.ad-slot{min-height:250px}" * 40}</style>
<script>{_script(rng, rng.randint(20, 60))}</script>
</head><body>
<header><div class="logo">{site}</div><nav><ul>{nav}</ul></nav>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Email</a></div></header>
<main><article><h1>{escape(title)}</h1><p class="byline">By Staff Reporter</p>
<time datetime="2024-03-05T09:30:00Z">5 March 2024</time>
{"".join(body)}
</article>
<section class="comments"><h2>Comments</h2>{comments}</section></main>
<aside class="sidebar"><h2>Most read</h2><ul>{sidebar}</ul></aside>
<footer>{footer}<p>© 2024 {site}. All rights reserved.</p></footer>
<script>{_script(rng, rng.randint(10, 40))}</script>
</body></html>"""


def build(folder: Path, n: int, seed: int = 3) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in generate(n, seed=seed, copy_share=0.0):
        paras = doc.text.split("\n\n")
        title = " ".join(paras[0].split()[:9]).rstrip(".,;:")
        site = f"The {rng.choice(['Daily', 'Evening', 'Harbour', 'Valley', 'National'])} {rng.choice(['Post', 'Gazette', 'Times'])}"
        p = folder / f"{doc.id}.html"
        p.write_text(page(doc.id, title, paras, rng, site), "utf-8")
        paths.append(p)
    return paths


def rate(fn, items: list, repeat: int) -> float:
    fn(items[0])  # warm-up: imports, word lists
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for x in items:
            fn(x)
        best = min(best, time.perf_counter() - t0)
    return len(items) / best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=200)
    ap.add_argument("--repeat", type=int, default=2)
    ap.add_argument("--json", type=Path, default=HERE / "out" / "ingest.json")
    args = ap.parse_args()

    import trafilatura

    from storyline.ingest import ReadOptions, clean
    from storyline.ingest.readers import html_to_raw

    with tempfile.TemporaryDirectory() as tmp:
        paths = build(Path(tmp) / "pages", args.pages)
        pages = [p.read_bytes() for p in paths]
        size_kb = sum(map(len, pages)) / len(pages) / 1024
        opts = ReadOptions()
        figures = {
            "pages": len(pages),
            "mean_page_kb": round(size_kb, 1),
            "trafilatura.extract": rate(lambda h: trafilatura.extract(h), pages, args.repeat),
            "trafilatura.bare_extraction+metadata": rate(
                lambda h: trafilatura.bare_extraction(
                    h, with_metadata=True, include_comments=False, include_tables=False
                ),
                pages,
                args.repeat,
            ),
            "storyline read+clean": rate(lambda h: clean(html_to_raw(h, "page.html", None, opts)), pages, args.repeat),
        }
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, "-m", "storyline", "ingest", str(Path(tmp) / "pages"), "--db",
                            str(Path(tmp) / "s.db")], capture_output=True, text=True,
                           env={**os.environ, "PYTHONPATH": SRC})  # fmt: skip
        assert r.returncode == 0, r.stderr
        figures["storyline ingest (command, incl. start-up)"] = len(pages) / (time.perf_counter() - t0)
    figures = {k: round(v, 1) if isinstance(v, float) else v for k, v in figures.items()}
    figures["ratio read+clean / trafilatura.extract"] = round(
        figures["storyline read+clean"] / figures["trafilatura.extract"], 2
    )
    print(json.dumps(figures, indent=2))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(figures, indent=2) + "\n", "utf-8")


if __name__ == "__main__":
    main()
