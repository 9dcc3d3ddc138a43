"""Provenance: derivations with known parents built from real articles, and alignment speed.

    python benchmarks/provenance_bench.py

For every BASIL event (three outlets' articles on one event) one article is the
parent and a copy of it is made in one of four ways: verbatim (with a
newsletter line), trimmed (its first 40-80 %), paragraph-reordered, or
rewritten sentence by sentence (words changed, order and rare words kept).
The story is then the parent, the copy and the two other outlets' articles,
which are independent reports of the same event.  Scored: parent accuracy
(every article's ``derived_from``: the parent for the copy, none for the rest)
and relation-kind accuracy (duplicate for the first three, rewrite for the
fourth, not derived for the others), with publication dates (the copy a day
after its parent) and without any dates.

Speed: ``align`` on pairs of 1,000-word articles (a parent and its rewrite).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections import Counter, defaultdict
from datetime import date, timedelta
from pathlib import Path

import sys

from storyline.ingest.clean import clean
from storyline.model import RawArticle
from storyline.reuse import align, provenance
from storyline.text import idf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import basil_events  # noqa: E402

# Common-word substitutions of the kind article spinners make.
SPIN = {
    "said": "stated", "says": "states", "told": "informed", "also": "additionally", "however": "but",
    "because": "since", "big": "large", "large": "sizeable", "small": "minor", "many": "numerous",
    "people": "individuals", "help": "assist", "show": "demonstrate", "shows": "demonstrates", "start": "begin",
    "started": "began", "end": "conclude", "ended": "concluded", "buy": "purchase", "need": "require",
    "needs": "requires", "get": "obtain", "got": "obtained", "make": "create", "made": "created",
    "important": "significant", "new": "fresh", "old": "former", "week": "seven days", "before": "prior to",
    "after": "following", "about": "regarding", "against": "opposed to", "during": "throughout",
    "while": "whereas", "think": "believe", "thinks": "believes", "want": "wish", "wants": "wishes",
    "try": "attempt", "tried": "attempted", "use": "utilise", "used": "utilised", "but": "yet",
    "very": "extremely", "really": "truly", "job": "position", "jobs": "positions", "country": "nation",
    "government": "administration", "officials": "authorities", "leader": "head", "plan": "proposal",
    "called": "described", "asked": "questioned", "found": "discovered", "hit": "struck", "began": "commenced",
    "would": "was going to", "will": "is set to", "could": "might", "should": "ought to", "can": "is able to",
    "president": "head of state", "workers": "employees", "say": "state", "saying": "stating", "going": "heading",
    "year": "twelve months", "years": "annual periods", "day": "date", "time": "moment", "way": "manner",
    "percent": "per cent", "first": "initial", "last": "final", "next": "following", "most": "the majority of",
    "more": "additional", "less": "fewer", "group": "organisation", "money": "funds", "law": "legislation",
    "bill": "measure", "vote": "ballot", "voters": "electorate", "party": "faction", "house": "chamber",
    "city": "municipality", "state": "region", "states": "regions", "children": "kids", "women": "ladies",
    "men": "gentlemen", "man": "gentleman", "woman": "lady", "went": "travelled", "came": "arrived",
    "come": "arrive", "go": "proceed", "take": "seize", "took": "seized", "give": "provide", "gave": "provided",
    "keep": "retain", "kept": "retained", "set": "established", "put": "placed", "move": "step", "part": "portion",
    "number": "quantity", "problem": "issue", "problems": "issues", "public": "general public", "high": "elevated",
    "low": "reduced", "good": "positive", "bad": "negative", "clear": "evident", "likely": "probable",
    "early": "premature", "late": "belated", "long": "lengthy", "recent": "latest", "former": "previous",
    "support": "backing", "attack": "assault", "killed": "slain", "death": "passing", "war": "conflict",
    "military": "armed forces", "police": "law enforcement", "court": "tribunal", "judge": "magistrate",
    "report": "account", "news": "reports", "statement": "declaration", "interview": "conversation",
    "then": "subsequently", "now": "currently", "still": "nonetheless", "even": "indeed", "only": "merely",
    "already": "previously", "often": "frequently", "never": "at no point", "again": "once more",
    "and": "as well as", "or": "or else", "if": "should", "when": "once", "where": "in which", "who": "that",
}  # fmt: skip


def spin_sentence(sentence: str, rng: random.Random, move: bool = True) -> str:
    """Change the common words of a sentence, keep its rare words and numbers, sometimes move a clause."""
    out = []
    for tok in re.findall(r"\S+", sentence):
        core = re.sub(r"^\W+|\W+$", "", tok)
        low = core.lower()
        if core and not core[0].isdigit() and idf(low) < 4.5:
            if low in SPIN:
                rep = SPIN[low]
                rep = rep.capitalize() if core[0].isupper() else rep
                tok = tok.replace(core, rep)
            elif low in {"the", "a", "an", "that", "very", "just", "really", "also", "of"} and rng.random() < 0.4:
                continue
        out.append(tok)
    text = " ".join(out)
    m = re.match(r"^(.{20,}?), (.{20,})$", text)
    if m and move and rng.random() < 0.3:  # "A, B." -> "B, a."
        text = f"{m.group(2).rstrip('.')}, {m.group(1)[0].lower()}{m.group(1)[1:]}."
    return text


def derive(text: str, how: str, rng: random.Random) -> str:
    paras = [p for p in text.split("\n") if p.strip()]
    if how == "verbatim":
        return "\n\n".join(paras + ["Sign up for our newsletter to get the latest news in your inbox."])
    if how == "trimmed":
        return "\n\n".join(paras[: max(2, int(len(paras) * rng.uniform(0.4, 0.8)))])
    if how == "reordered":
        paras = list(paras)
        for _ in range(max(1, len(paras) // 4)):
            i, j = rng.sample(range(len(paras)), 2)
            paras[i], paras[j] = paras[j], paras[i]
        return "\n\n".join(paras)
    from storyline.ingest.segment import sentence_offsets

    return "\n\n".join(" ".join(spin_sentence(p[s:e], rng) for s, e in sentence_offsets(p)) for p in paras)


EXPECTED = {"verbatim": "duplicate", "trimmed": "duplicate", "reordered": "duplicate", "rewrite": "rewrite"}


def article(text: str, outlet: str, title: str | None, when: date | None):
    a = clean(RawArticle(text=text, source=outlet, outlet=outlet, title=title, published=when))
    assert not isinstance(a, type(None))
    return a


def run(events: dict[str, list[dict]], with_dates: bool, seed: int = 3) -> dict:
    rng = random.Random(seed)
    kinds = list(EXPECTED)
    parent_ok = kind_ok = kind_strict_ok = total = 0
    per_kind: dict[str, Counter] = defaultdict(Counter)
    confusion: Counter = Counter()
    for n, (event, rows) in enumerate(sorted(events.items())):
        rows = sorted(rows, key=lambda r: r["source"])
        parent_row = rows[n % len(rows)]
        how = kinds[n % len(kinds)]
        d0 = date.fromisoformat(parent_row["date"]) if with_dates else None
        arts = []
        for r in rows:
            when = date.fromisoformat(r["date"]) if with_dates else None
            arts.append(article(r["text"], r["source"], r["title"], when))
        parent = arts[rows.index(parent_row)]
        child = article(derive(parent_row["text"], how, rng), "copy-site", None, d0 + timedelta(days=1) if d0 else None)
        arts.append(child)
        rel = {r.article: r for r in provenance(arts).relations}
        for a in arts:
            r = rel[a.id]
            want_parent = parent.id if a is child else None
            want_kind = EXPECTED[how] if a is child else "not derived"
            got_kind = r.kind if r.kind in ("duplicate", "rewrite") else "not derived"
            total += 1
            parent_ok += r.derived_from == want_parent
            kind_ok += got_kind == want_kind
            kind_strict_ok += r.kind == "independent" if a is not child and a is not parent else got_kind == want_kind
            label = how if a is child else ("parent" if a is parent else "other outlet")
            per_kind[label]["n"] += 1
            per_kind[label]["parent"] += r.derived_from == want_parent
            per_kind[label]["kind"] += got_kind == want_kind
            confusion[(label, r.kind)] += 1
    return {
        "articles": total,
        "parent_accuracy": parent_ok / total,
        "kind_accuracy": kind_ok / total,
        "kind_accuracy_strict": kind_strict_ok / total,
        "by_role": {
            k: {"n": v["n"], "parent": v["parent"] / v["n"], "kind": v["kind"] / v["n"]} for k, v in per_kind.items()
        },
        "confusion": {f"{a} -> {b}": c for (a, b), c in sorted(confusion.items())},
    }


def speed(rows: list[dict], pairs: int = 200) -> dict:
    rng = random.Random(5)
    long_rows = []
    texts = [r["text"] for r in rows]
    for i in range(pairs):
        paras: list[str] = []
        while sum(len(p.split()) for p in paras) < 1000:
            t = texts[rng.randrange(len(texts))]
            paras.extend(p for p in t.split("\n") if p.strip())
        while sum(len(p.split()) for p in paras[:-1]) >= 1000:
            paras.pop()
        excess = sum(len(p.split()) for p in paras) - 1000  # cut the last paragraph to 1,000 words in all
        if excess > 0:
            paras[-1] = " ".join(paras[-1].split()[:-excess])
        long_rows.append("\n".join(paras))
    docs = [(article(t, "a", None, None), article(derive(t, "rewrite", rng), "b", None, None)) for t in long_rows]
    align(*docs[0])  # warm caches (word frequencies)
    t0 = time.perf_counter()
    for a, b in docs:
        align(a, b)
    dt = time.perf_counter() - t0
    words = sum(len(a.text.split()) for a, _ in docs) / len(docs)
    return {
        "pairs": len(docs),
        "mean_words": words,
        "ms_per_pair": 1000 * dt / len(docs),
        "pairs_per_second": len(docs) / dt,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    events = basil_events()
    rows = [r for rs in events.values() for r in rs]
    results = {"with_dates": run(events, True), "without_dates": run(events, False), "speed": speed(rows)}
    for name in ("with_dates", "without_dates"):
        r = results[name]
        print(
            f"{name.replace('_', ' ')}: {r['articles']} articles, parent accuracy {r['parent_accuracy']:.3f}, "
            f"relation-kind accuracy {r['kind_accuracy']:.3f} (strict, other outlets 'independent': {r['kind_accuracy_strict']:.3f})"
        )
        for role, v in sorted(r["by_role"].items()):
            print(f"    {role:13} n={v['n']:3d} parent {v['parent']:.3f} kind {v['kind']:.3f}")
    s = results["speed"]
    print(
        f"alignment: {s['pairs']} pairs of {s['mean_words']:.0f}-word articles, {s['ms_per_pair']:.2f} ms per pair, "
        f"{s['pairs_per_second']:.0f} pairs/second"
    )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
