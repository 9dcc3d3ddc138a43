"""Quote verification: copies of real articles with known edits to their quotes.

    python benchmarks/verify_bench.py

For each BASIL event, each outlet's article in turn is copied and some of its direct
quotes are edited in the copy, each in one known way: words swapped, words
added, words cut, the quote replaced by a reworded paraphrase, the speaker
swapped for another person of the article, or the quote trimmed; the other
quotes are left alone.  The story is the original, the copy (published a day
later) and the event's two other articles.  Scored on the copy's quotes: precision and recall of
``altered`` (swapped, added, cut, paraphrased), ``misattributed`` and
``trimmed``, and false ``altered``/``misattributed`` per 100 untouched quotes.

Then, on the real same-event articles of BASIL alone: how many statements two or
more outlets confirm.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

from storyline.ingest.clean import clean
from storyline.model import RawArticle
from storyline.quotes import extract_quotes, story_people
from storyline.reuse import provenance
from storyline.verify import verify_story

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import basil_events  # noqa: E402
from provenance_bench import SPIN, spin_sentence  # noqa: E402

EDITS = ["swap", "add", "cut", "paraphrase", "speaker", "trim"]
EXPECT = {"swap": "altered", "add": "altered", "cut": "altered", "paraphrase": "altered", "speaker": "misattributed",
          "trim": "trimmed", "none": "untouched"}  # fmt: skip
FILLERS = ["really", "certainly", "very", "clearly", "simply", "actually"]


def article(text: str, outlet: str, when: str | None = None):
    return clean(RawArticle(text=text, source=outlet, outlet=outlet, published=when))


def edit_quote(words: str, how: str, rng: random.Random) -> str | None:
    toks = words.split()
    if how == "swap":
        candidates = [i for i, t in enumerate(toks[1:-1], 1) if t.lower().strip(",.") in SPIN]
        if not candidates:
            return None
        i = rng.choice(candidates)
        core = toks[i].lower().strip(",.")
        toks[i] = toks[i].replace(toks[i].strip(",."), SPIN[core])
        return " ".join(toks)
    if how == "add":
        i = rng.randrange(1, len(toks) - 1)
        return " ".join(toks[:i] + [rng.choice(FILLERS)] + toks[i:])
    if how == "cut":
        i = rng.randrange(1, len(toks) - 2)
        return " ".join(toks[:i] + toks[i + 1 :])
    if how == "paraphrase":
        out = spin_sentence(words, rng)
        return out.rstrip(".") if out != words else None
    if how == "trim":
        return " ".join(toks[: max(4, int(len(toks) * 0.6))])
    return None


def build_copy(parent, rng: random.Random) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The copy's text and, for each of its quotes, (start, end, edit) in the copy."""
    text = parent.text
    quotes = [q for q in extract_quotes(text) if q.kind == "direct" and not q.continued and q.speaker_span
              and len(text[q.span.start : q.span.end].split()) >= 8]  # fmt: skip
    if not quotes:
        return None
    names = sorted({text[q.speaker_span.start : q.speaker_span.end] for q in extract_quotes(text) if q.speaker_text
                    and q.speaker_text[:1].isupper() and q.speaker_text.split()[0].lower() not in {"he", "she", "they", "it", "we", "i"}})  # fmt: skip
    from storyline.quotes import resolve_speakers

    index, _ = resolve_speakers([text], [extract_quotes(text)])
    plan = []
    for n, q in enumerate(quotes):
        how = EDITS[(n + rng.randrange(len(EDITS))) % len(EDITS)] if rng.random() < 0.6 else "none"
        plan.append((q, how))
    pieces, pos = [], 0
    out_len = 0
    edits_by_start: list[tuple[int, int, str]] = []
    for q, how in plan:
        qs, qe = q.span.start, q.span.end
        words = text[qs:qe]
        new_words = words
        new_speaker = None
        if how == "speaker":
            own = text[q.speaker_span.start : q.speaker_span.end]
            own_person = index.resolve(own, text, q.speaker_span.start, index.mentions(text))
            others = [n for n in names if index.resolve(n) is not None and index.resolve(n) is not own_person
                      and index.resolve(n).type == "person"]  # fmt: skip
            if not others or q.speaker_span.start < qs:
                how = "none"
            else:
                new_speaker = rng.choice(others)
        elif how != "none":
            edited = edit_quote(words, how, rng)
            if edited is None:
                how = "none"
            else:
                new_words = edited
        # copy the text up to the quote, the quote, and (for a speaker swap) up to the new speaker
        pieces.append(text[pos:qs])
        out_len += qs - pos
        start = out_len
        pieces.append(new_words)
        out_len += len(new_words)
        edits_by_start.append((start, out_len, how))
        pos = qe
        if new_speaker:
            pieces.append(text[qe : q.speaker_span.start] + new_speaker)
            out_len += q.speaker_span.start - qe + len(new_speaker)
            pos = q.speaker_span.end
    pieces.append(text[pos:])
    return "".join(pieces), edits_by_start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    events = basil_events()
    rng = random.Random(11)
    pairs: list[tuple[str, str]] = []  # (expected, predicted) per copy quote
    confirmed = Counter()
    for n, (event, rs) in enumerate(sorted(events.items())):
        rs = sorted(rs, key=lambda r: r["source"])
        arts = [article(r["text"], r["source"], r["date"]) for r in rs]
        # the real articles alone: statements confirmed by two or more outlets
        prov = provenance(arts)
        people, quotes = story_people(arts)
        real = verify_story(arts, quotes, prov)
        confirmed["statements"] += len(real["statements"])
        confirmed["confirmed_2plus"] += sum(1 for s in real["statements"] if s["sources"] >= 2)
        # a copy of each outlet's article in turn, with edited quotes
        for parent in arts:
            built = build_copy(parent, rng)
            if built is None:
                continue
            copy_text, edits = built
            from datetime import timedelta

            copy = article(copy_text, "copy-site", (parent.published + timedelta(days=1)).isoformat())
            story = arts + [copy]
            prov = provenance(story)
            people, quotes = story_people(story)
            result = verify_story(story, quotes, prov)
            status_of = {}
            parent_status = {}
            for s in result["statements"]:
                in_parent = [i["status"] for i in s["instances"] if i["article"] == parent.id]
                for inst in s["instances"]:
                    if inst["article"] == copy.id:
                        status_of[tuple(inst["span"])] = inst["status"]
                        parent_status[tuple(inst["span"])] = in_parent[0] if in_parent else None
            for start, end, how in edits:
                # the copy's clean text is the built text (already clean), so spans line up; find the quote there
                match = [(st, parent_status[k]) for k, st in status_of.items() if k[0] < end and start < k[1]]
                if not match:
                    pairs.append((EXPECT[how], "missed"))
                elif how == "none":
                    # an untouched quote is right when it fares as its original does (a third outlet may differ from both)
                    pairs.append(("untouched", "untouched" if match[0][0] == match[0][1] or match[0][0] not in ("altered", "misattributed") else match[0][0]))
                else:
                    pairs.append((EXPECT[how], match[0][0]))
    report = {}
    for status in ("altered", "misattributed", "trimmed"):
        tp = sum(1 for e, p in pairs if e == status and p == status)
        fp = sum(1 for e, p in pairs if e != status and p == status)
        fn = sum(1 for e, p in pairs if e == status and p != status)
        report[status] = {"n": tp + fn, "precision": tp / (tp + fp) if tp + fp else 0.0, "recall": tp / (tp + fn) if tp + fn else 0.0}
    untouched = [p for e, p in pairs if e == "untouched"]
    report["untouched"] = {"n": len(untouched), "false_altered_per_100": 100 * sum(p == "altered" for p in untouched) / max(1, len(untouched)),
                           "false_misattributed_per_100": 100 * sum(p == "misattributed" for p in untouched) / max(1, len(untouched))}  # fmt: skip
    report["confusion"] = {f"{e} -> {p}": c for (e, p), c in sorted(Counter(pairs).items())}
    report["basil_real"] = dict(confirmed)
    print(f"{len(pairs)} quotes in the copies")
    for status in ("altered", "misattributed", "trimmed"):
        r = report[status]
        print(f"  {status:14} n={r['n']:3d} precision {r['precision']:.3f} recall {r['recall']:.3f}")
    u = report["untouched"]
    print(f"  untouched      n={u['n']:3d} false altered {u['false_altered_per_100']:.1f} per 100, false misattributed {u['false_misattributed_per_100']:.1f} per 100")
    print(f"BASIL's real articles: {confirmed['statements']} statements, {confirmed['confirmed_2plus']} confirmed by two or more outlets")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
