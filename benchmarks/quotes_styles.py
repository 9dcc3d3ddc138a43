"""Quotes and speakers by house style: PolNeAR's US political news and hand-written articles in 60
other styles (parts A-O: wire copy, British papers, press releases, transcripts, tech and science sites,
posts quoted from social media, long-form features, court and local news, sports, business, South Asian
papers, health, magazine profiles, crime and police, European politics, live blogs, local TV, African
papers, analysis, celebrity news, aggregator rewrites, Canadian and Australian press, science news,
defence and diplomacy, obituaries, US courts, disaster wire, Irish papers, fact-checks, state media,
city hall, newsletters, education, energy and climate, entertainment reviews, regional wire, markets and
business, parliamentary sketches and records, Gulf English-language papers, strikes and unions, crown court
reporting, football transfers, tech launches, Pacific island papers, US state and county politics, health
investigations, world news roundups, music and culture features, translated foreign press, farm weeklies,
election night, religion, campus press, immigration and border reporting, transport and aviation, Q&A
features, sports match reports, housing, environmental protest, diaspora community press).

    python benchmarks/quotes_styles.py               # development parts
    python benchmarks/quotes_styles.py --held-out    # the parts kept aside (score once the rules are settled)
    python benchmarks/quotes_styles.py --errors wire # the speaker errors of one style (development parts only;
                                                     # --errors polnear: PolNeAR's, judged by the mention)
    python benchmarks/quotes_styles.py --part o      # one part, both halves, by style: to score a new blind part
                                                     # once, before any of its errors is read

Each set is cut in two: PolNeAR's train split by a hash of the article id (about 30% held out); the
hand-written articles (benchmarks/data/quote_styles, written for this project by people who had not
read its rules: ``make_part_*.py`` hold them) by their ``split`` field, 4 of 6 articles per style for
development.  PolNeAR's own dev split, on which the first rules were written, is reported apart.

Scores (protocol of ../shared/eval/README.md): quote precision / recall, recall of direct quotes,
**mention accuracy** (the speaker mention found overlaps the labelled one: a pronoun counts as right),
and, for the hand-written sets, which name each speaker: **person accuracy** (the speaker resolved to
the right person, organisation or unnamed source, pronouns included), the share of pronoun speakers
left unresolved, and **not a name**: speakers given that are none of the people, organisations or
unnamed sources the article names (should be 0).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

from storyline.evaluate.quotes import _overlap, score
from storyline.quotes import quotes_json

ROOT = Path(__file__).resolve().parents[1]
POLNEAR = ROOT.parent / "shared" / "eval" / "quotes"
STYLES = ROOT / "benchmarks" / "data" / "quote_styles"
_TITLES = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "prof",
    "sir",
    "dame",
    "rev",
    "jr",
    "sr",
    "ii",
    "iii",
    "inc",
    "ltd",
    "llc",
    "plc",
    "the",
    "a",
    "an",
}


def held_out(key: str) -> bool:
    return int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) / 0xFFFFFFFF < 0.3


def load(held: bool) -> dict[str, list[dict]]:
    sets: dict[str, list[dict]] = defaultdict(list)
    for line in open(POLNEAR / "polnear_direct_train.jsonl", encoding="utf-8"):
        row = json.loads(line)
        if held_out(row["article"]) == held:
            sets["polnear"].append(row)
    for path in sorted(STYLES.glob("part_*.jsonl")):
        for line in open(path, encoding="utf-8"):
            row = json.loads(line)
            if (row["split"] == "held-out") == held:
                sets[row["style"]].append(row)
    return dict(sets)


def tokens(name: str | None) -> list[str]:
    words = re.sub(r"[^\w\s'-]", " ", (name or "").casefold().replace("’", "'")).split()
    return [w for w in words if w not in _TITLES]


def same_speaker(pred: str | None, gold: str) -> bool:
    """The predicted person names the labelled one: one name's words within the other's, surname shared."""
    p, g = tokens(pred), tokens(gold)
    if not p or not g:
        return False
    ps, gs = set(p), set(g)
    return (ps <= gs or gs <= ps) and (p[-1] in gs or g[-1] in ps)


def person_scores(rows: list[dict], preds: list[list[dict]]) -> Counter:
    c: Counter = Counter()
    for row, pred in zip(rows, preds):
        gold = row["quotes"]
        entities = [e for e in row.get("entities", [])] + [g["speaker"] for g in gold]
        used: set[int] = set()
        for p in pred:
            g = next(
                (
                    g
                    for gi, g in enumerate(gold)
                    if gi not in used
                    and _overlap(g["start"], g["end"], p["start"], p["end"]) / max(1, g["end"] - g["start"]) >= 0.8
                ),
                None,
            )
            if p["speaker"] is not None:
                c["named"] += 1
                c["not_a_name"] += not any(same_speaker(p["speaker"], e) for e in entities)
            if g is None:
                continue
            used.add(gold.index(g))
            c["matched"] += 1
            mention_right = p["speaker_start"] is not None and any(
                _overlap(s, e, p["speaker_start"], p["speaker_end"]) > 0 for s, e in g["source_spans"]
            )
            if g["speaker_type"] == "unnamed":
                right = mention_right and p["speaker"] is not None or same_speaker(p["speaker"], g["speaker"])
            else:
                right = same_speaker(p["speaker"], g["speaker"])
            c["person_right"] += right
            pronoun = g["source_text"].casefold() in {"he", "she", "they", "it", "i", "we"}
            c["pronoun"] += pronoun
            c["pronoun_right"] += pronoun and right
            c["pronoun_unresolved"] += pronoun and p["speaker"] is None
            if not right:
                c["errors"] += 1
    return c


def errors(rows: list[dict], preds: list[list[dict]]) -> None:
    for row, pred in zip(rows, preds):
        text = row["text"]
        for g in row["quotes"]:
            p = next(
                (
                    p
                    for p in pred
                    if _overlap(g["start"], g["end"], p["start"], p["end"]) / max(1, g["end"] - g["start"]) >= 0.8
                ),
                None,
            )
            gold_speaker = g.get("speaker", g["source_text"])  # PolNeAR labels the mention only
            if p is None:
                print(f"MISSED  {row['article']}: “{g['text'][:70]}” ({gold_speaker}, {g['kind']})")
                continue
            mention_right = p["speaker_start"] is not None and any(
                _overlap(s, e, p["speaker_start"], p["speaker_end"]) > 0 for s, e in g["source_spans"]
            )
            if "speaker" not in g:  # PolNeAR: scored by the mention, as in its protocol
                ok = mention_right
            else:
                ok = same_speaker(p["speaker"], g["speaker"]) or (
                    g["speaker_type"] == "unnamed" and p["speaker"] is not None and mention_right
                )
            if not ok:
                mention = text[p["speaker_start"] : p["speaker_end"]] if p["speaker_start"] is not None else None
                print(f"SPEAKER {row['article']}: “{g['text'][:50]}” gold {gold_speaker!r} (as {g['source_text']!r}) "
                      f"got {p['speaker']!r} (as {mention!r}, rule {p['rule']})")  # fmt: skip
        for p in pred:
            if not any(
                _overlap(g["start"], g["end"], p["start"], p["end"]) / max(1, g["end"] - g["start"]) >= 0.8
                for g in row["quotes"]
            ):
                print(f"EXTRA   {row['article']}: “{p['text'][:70]}” ({p['speaker']}, rule {p['rule']})")


def score_part(letter: str) -> None:
    """Person accuracy of one part (``part_<letter>.jsonl``), by style and half: how a new blind part is scored,
    once, before any of its errors is read."""
    rows = [json.loads(line) for line in open(STYLES / f"part_{letter.lower()}.jsonl", encoding="utf-8")]
    groups: dict[tuple[str, str], list[dict]] = defaultdict(list)
    for row in rows:
        groups[(row["style"], row["split"])].append(row)
    totals: dict[str, Counter] = defaultdict(Counter)
    print("| style | half | gold quotes | matched | person acc. |\n|---|---|---|---|---|")
    for (style, split), group in sorted(groups.items()):
        c = person_scores(group, [quotes_json(r["text"]) for r in group])
        c["gold"] = sum(len(r["quotes"]) for r in group)
        totals[split] += c
        print(
            f"| {style} | {split} | {c['gold']} | {c['matched']} | {100 * c['person_right'] / max(1, c['matched']):.1f} |"
        )
    for split, c in sorted(totals.items()):
        print(f"\n{split}: person accuracy {100 * c['person_right'] / max(1, c['matched']):.1f} "
              f"({c['person_right']} of {c['matched']} matched; {c['gold']} gold quotes)")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--held-out", action="store_true", help="score the parts kept aside")
    ap.add_argument("--errors", metavar="STYLE", help="print the errors of one style (development parts only)")
    ap.add_argument("--json", type=Path)
    ap.add_argument("--part", metavar="LETTER", help="person accuracy of one hand-written part, by style and half")
    args = ap.parse_args()
    if args.part:
        score_part(args.part)
        return
    sets = load(args.held_out)
    if args.errors:
        if args.held_out:
            sys.exit("errors are printed for the development parts only")
        rows = sets[args.errors]
        errors(rows, [quotes_json(r["text"]) for r in rows])
        return
    if not args.held_out:
        sets["polnear dev split (rules written on it)"] = [
            json.loads(x) for x in open(POLNEAR / "polnear_direct_dev.jsonl", encoding="utf-8")
        ]
    part = "held-out" if args.held_out else "development"
    print(f"Quotes by house style, {part} parts")
    print(
        "| style | articles | quotes | quote P | quote R | direct R | mention acc. | person acc. | pronouns unresolved | not a name | articles/s |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    results = {}
    totals: Counter = Counter()
    for name, rows in sets.items():
        t0 = time.perf_counter()
        preds = [quotes_json(r["text"]) for r in rows]
        dt = time.perf_counter() - t0
        s = score(zip(preds, [r["quotes"] for r in rows]))
        hand = "speaker" in (rows[0]["quotes"][0] if rows[0]["quotes"] else {})
        pc = person_scores(rows, preds) if hand else Counter()
        if hand:
            totals += pc
            totals["quote_matched"] += round(s["quote"]["recall"] * s["gold_quotes"])
            totals["gold"] += s["gold_quotes"]
        person = f"{100 * pc['person_right'] / pc['matched']:.1f}" if pc["matched"] else "–"
        unresolved = f"{pc['pronoun_unresolved']}/{pc['pronoun']}" if hand else "–"
        not_name = f"{pc['not_a_name']}/{pc['named']}" if hand else "–"
        print(f"| {name} | {len(rows)} | {s['gold_quotes']} | {100 * s['quote']['precision']:.1f} | {100 * s['quote']['recall']:.1f} | "
              f"{100 * s['quote_direct']['recall']:.1f} | {100 * s['speaker_accuracy']:.1f} | {person} | {unresolved} | {not_name} | {len(rows) / dt:.0f} |")  # fmt: skip
        results[name] = {**s, **{f"person_{k}": v for k, v in pc.items()}}
    if totals["matched"]:
        print(f"\nhand-written styles together: person accuracy {100 * totals['person_right'] / totals['matched']:.1f} "
              f"on {totals['matched']} matched quotes, quote recall {100 * totals['quote_matched'] / totals['gold']:.1f}, "
              f"pronouns right {totals['pronoun_right']}/{totals['pronoun']}, unresolved {totals['pronoun_unresolved']}, "
              f"not a name {totals['not_a_name']}/{totals['named']}")  # fmt: skip
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
