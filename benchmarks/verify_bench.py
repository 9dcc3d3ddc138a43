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

    python benchmarks/verify_bench.py --held-out

scores a second, disjoint set, kept aside until the rules were settled: ECB+ events (other
years, other outlets, another way of writing quotes) with their own random edits, and every
other copy a *spun rewrite* like the mission's example: the writer's words around the quotes
replaced by synonyms, as a content farm does, while some quotes are edited.  Reported by kind
of copy.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from pathlib import Path

from storyline.ingest.clean import clean
from storyline.model import Article, RawArticle
from storyline.quotes import extract_quotes, story_people
from storyline.reuse import provenance
from storyline.verify import verify_story

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import _detokenise, basil_events  # noqa: E402
from provenance_bench import SPIN, spin_sentence  # noqa: E402

EDITS = ["swap", "add", "cut", "paraphrase", "speaker", "trim"]
EXPECT = {"swap": "altered", "add": "altered", "cut": "altered", "paraphrase": "altered", "speaker": "misattributed",
          "trim": "trimmed", "none": "untouched", "speaker-shared": "misattributed"}  # fmt: skip
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


def build_copy(parent, rng: random.Random, spun: bool = False) -> tuple[str, list[tuple[int, int, str]]] | None:
    """The copy's text and, for each of its quotes, (start, end, edit) in the copy (``spun``: the words
    around the quotes reworded too, names and numbers kept)."""
    text = parent.text
    quotes = [q for q in extract_quotes(text) if q.kind == "direct" and not q.continued and q.speaker_span
              and len(text[q.span.start : q.span.end].split()) >= 8]  # fmt: skip
    if not quotes:
        return None
    names = sorted({text[q.speaker_span.start : q.speaker_span.end] for q in extract_quotes(text) if q.speaker_text
                    and q.speaker_text[:1].isupper() and q.speaker_text.split()[0].lower() not in {"he", "she", "they", "it", "we", "i"}})  # fmt: skip
    from storyline.quotes import resolve_speakers

    every = extract_quotes(text)
    index, [resolved] = resolve_speakers([text], [every])
    # who each quote's credit stands for, as the text is read ("he" after "Issa said" is Issa)
    person_of = {(q.span.start, q.span.end): p for q, p in zip(every, resolved)}
    plan = []
    for n, q in enumerate(quotes):
        how = EDITS[(n + rng.randrange(len(EDITS))) % len(EDITS)] if rng.random() < 0.6 else "none"
        plan.append((q, how))
    pieces, pos = [], 0
    out_len = 0
    edits_by_start: list[tuple[int, int, str]] = []

    def narrative(chunk: str) -> str:
        if not spun:
            return chunk

        # reword the writer's words line by line, keeping the quotation marks and the spaces at the edges
        def spin(line: str) -> str:
            core = line.strip()
            if len(core.split()) <= 3:
                return line
            lead, tail = line[: len(line) - len(line.lstrip())], line[len(line.rstrip()) :]
            return lead + spin_sentence(core, rng, move=False) + tail

        # the writer's words only: what stands inside quotation marks is left alone
        edge = re.match(r"[”\"’]*", chunk).end()  # the closing mark of the quote before
        if edge:
            return chunk[:edge] + narrative(chunk[edge:])
        parts = re.split(
            r"(“[^”\n]*(?:”|(?=\n)|$)|\"[^\"\n]*(?:\"|(?=\n)|$))", chunk
        )  # a quote may run to the paragraph's end
        return "".join(p if n % 2 else "\n".join(spin(line) for line in p.split("\n")) for n, p in enumerate(parts))

    # credits changed: a second quote they name in its own sentence changes too, whatever edit it was drawn for
    # ("“A,” X said in a statement, “B.”": the copy gives B to the new name as well; its words are left alone)
    swapped: set[tuple[int, int]] = set()
    for q, how in plan:
        qs, qe = q.span.start, q.span.end
        if q.named and (q.speaker_span.start, q.speaker_span.end) in swapped:
            how = "speaker-shared"
        words = text[qs:qe]
        new_words = words
        new_speaker = None
        if how == "speaker":
            own = text[q.speaker_span.start : q.speaker_span.end]
            own_person = person_of.get((qs, qe)) or index.resolve(own, text, q.speaker_span.start, index.mentions(text))
            others = [n for n in names if index.resolve(n) is not None and index.resolve(n) is not own_person
                      and index.resolve(n).type == "person"]  # fmt: skip
            if not others or q.speaker_span.start < qs:
                how = "none"
            else:
                new_speaker = rng.choice(others)
                swapped.add((q.speaker_span.start, q.speaker_span.end))
        elif how not in ("none", "speaker-shared"):
            edited = edit_quote(words, how, rng)
            if edited is None:
                how = "none"
            else:
                new_words = edited
        # copy the text up to the quote, the quote, and (for a speaker swap) up to the new speaker
        lead = narrative(text[pos:qs])
        pieces.append(lead)
        out_len += len(lead)
        start = out_len
        pieces.append(new_words)
        out_len += len(new_words)
        edits_by_start.append((start, out_len, how))
        pos = qe
        if new_speaker:
            pieces.append(text[qe : q.speaker_span.start] + new_speaker)
            out_len += q.speaker_span.start - qe + len(new_speaker)
            pos = q.speaker_span.end
    pieces.append(narrative(text[pos:]))
    return "".join(pieces), edits_by_start


def ecb_events(per_event: int = 4) -> dict[str, list[dict]]:
    """ECB+ events (a few articles each, undated, de-tokenised), in the shape of BASIL's rows."""
    events: dict[str, list[dict]] = {}
    for line in open(
        Path(__file__).resolve().parents[2] / "shared" / "eval" / "stories" / "ecbplus.jsonl", encoding="utf-8"
    ):
        row = json.loads(line)
        rows = events.setdefault(row["cluster"], [])
        if len(rows) < per_event:
            rows.append({"text": _detokenise(row["text"]), "source": f"outlet-{row['id']}", "date": None})
    return {k: v for k, v in events.items() if len(v) >= 2}


def scores(pairs: list[tuple[str, str]]) -> dict:
    """Precision and recall per expected status, and false flags per 100 untouched quotes."""
    report: dict = {}
    for status in ("altered", "misattributed", "trimmed"):
        tp = sum(1 for e, p in pairs if e == status and p == status)
        fp = sum(1 for e, p in pairs if e != status and p == status)
        fn = sum(1 for e, p in pairs if e == status and p != status)
        report[status] = {
            "n": tp + fn,
            "precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
        }
    untouched = [p for e, p in pairs if e == "untouched"]
    report["untouched"] = {"n": len(untouched), "false_altered_per_100": 100 * sum(p == "altered" for p in untouched) / max(1, len(untouched)),
                           "false_misattributed_per_100": 100 * sum(p == "misattributed" for p in untouched) / max(1, len(untouched))}  # fmt: skip
    report["confusion"] = {f"{e} -> {p}": c for (e, p), c in sorted(Counter(pairs).items())}
    return report


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path)
    ap.add_argument(
        "--held-out", action="store_true", help="score the set kept aside (ECB+ events, spun rewrites among the copies)"
    )
    ap.add_argument("--errors", action="store_true", help="print each quote scored wrongly (development sets only)")
    ap.add_argument(
        "--spun", action="store_true", help="development set with every other copy a spun rewrite (as the held-out set)"
    )
    ap.add_argument(
        "--undated", action="store_true", help="development set with no publication dates (as the held-out set)"
    )
    ap.add_argument("--seed", type=int, default=11, help="another random set of edits on the development events")
    args = ap.parse_args()
    events = ecb_events() if args.held_out else basil_events()
    rng = random.Random(29 if args.held_out else args.seed)
    pairs: list[tuple[str, str]] = []  # (expected, predicted) per copy quote
    kind_of: list[str] = []  # the kind of copy each pair comes from
    confirmed = Counter()
    n_copies = 0
    for n, (event, rs) in enumerate(sorted(events.items())):
        rs = sorted(rs, key=lambda r: r["source"])
        arts = [
            a
            for a in (article(r["text"], r["source"], None if args.undated else r["date"]) for r in rs)
            if isinstance(a, Article)
        ]  # a page too short is a problem, not an article
        if len(arts) < 2:
            continue
        # the real articles alone: statements confirmed by two or more outlets
        prov = provenance(arts)
        people, quotes = story_people(arts)
        real = verify_story(arts, quotes, prov)
        confirmed["statements"] += len(real.statements)
        confirmed["confirmed_2plus"] += sum(1 for s in real.statements if s.sources >= 2)
        # a copy of each outlet's article in turn, with edited quotes
        for parent in arts:
            spun = (args.held_out or args.spun) and n_copies % 2 == 1
            built = build_copy(parent, rng, spun=spun)
            if built is None:
                continue
            n_copies += 1
            copy_text, edits = built
            from datetime import timedelta

            copy = article(
                copy_text, "copy-site", (parent.published + timedelta(days=1)).isoformat() if parent.published else None
            )
            if not isinstance(copy, Article):
                continue
            if copy.text != copy_text:  # cleaning moved the text (spaces, line breaks): find each quote again
                moved, pos = [], 0
                for start, end, how in edits:
                    at = copy.text.find(copy_text[start:end], pos)
                    if at >= 0:
                        moved.append((at, at + end - start, how))
                        pos = at + end - start
                edits = moved
            story = arts + [copy]
            prov = provenance(story)
            people, quotes = story_people(story)
            result = verify_story(story, quotes, prov)
            status_of = {}
            parent_status = {}
            for s in result.statements:
                in_parent = [i.status for i in s.instances if i.article == parent.id]
                for inst in s.instances:
                    if inst.article == copy.id and inst.span is not None:
                        status_of[(inst.span.start, inst.span.end)] = inst.status
                        parent_status[(inst.span.start, inst.span.end)] = in_parent[0] if in_parent else None
            kind_of.extend(["spun rewrite" if spun else "copy"] * len(edits))
            for start, end, how in edits:
                match = [(st, parent_status[k]) for k, st in status_of.items() if k[0] < end and start < k[1]]
                if not match:
                    pairs.append((EXPECT[how], "missed"))
                elif how == "none":
                    # an untouched quote is right when it fares as its original does (a third outlet may differ from both)
                    pairs.append(
                        (
                            "untouched",
                            "untouched"
                            if match[0][0] == match[0][1] or match[0][0] not in ("altered", "misattributed")
                            else match[0][0],
                        )
                    )
                else:
                    pairs.append((EXPECT[how], match[0][0]))
                if args.errors and pairs[-1][0] != pairs[-1][1] and not args.held_out:
                    print(f"{pairs[-1][0]} -> {pairs[-1][1]} ({how}): “{copy.text[start:end][:90]}”")
    report = {"all": scores(pairs)}
    print(
        f"{'held-out set (ECB+ events)' if args.held_out else 'development set (BASIL events)'}: {len(pairs)} quotes in {n_copies} copies"
    )
    parts = [("all", pairs)]
    if args.held_out or args.spun:
        for kind in ("copy", "spun rewrite"):
            part = [p for p, k in zip(pairs, kind_of) if k == kind]
            report[kind] = scores(part)
            parts.append((kind, part))
    for name, part in parts:
        r = report[name]
        print(f" {name}: {len(part)} quotes")
        for status in ("altered", "misattributed", "trimmed"):
            print(
                f"  {status:14} n={r[status]['n']:3d} precision {r[status]['precision']:.3f} recall {r[status]['recall']:.3f}"
            )
        u = r["untouched"]
        print(
            f"  untouched      n={u['n']:3d} false altered {u['false_altered_per_100']:.1f} per 100, false misattributed {u['false_misattributed_per_100']:.1f} per 100"
        )
    report["real"] = dict(confirmed)
    print(
        f"the real articles: {confirmed['statements']} statements, {confirmed['confirmed_2plus']} confirmed by two or more outlets"
    )
    if args.json:
        args.json.write_text(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
