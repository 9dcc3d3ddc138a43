"""Synthetic corpora built from real news text, with copies and edits whose parents are known.

The paragraphs come from the labelled news in ``../shared/eval`` (BASIL, ECB+,
PolNeAR: about 2,000 real articles), read from there and never copied into the
repository.  A base document is a run of real paragraphs; a copy is a base
document put through the edits that syndication and republication make: the
last paragraphs trimmed, a paragraph dropped or two swapped, a newsletter or
"related" line added, a few words changed.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"

BOILERPLATE = [
    "Sign up for our morning newsletter and get the day's top stories in your inbox.",
    "Related: More coverage of this story on our website.",
    "Follow us on Facebook, Twitter and Instagram for the latest updates.",
    "This article originally appeared on a partner site and is republished with permission.",
    "Have a story tip? Email our newsroom.",
    "Copyright 2024. All rights reserved. This material may not be published, broadcast or redistributed.",
]
SWAPS = [
    "said",
    "told",
    "added",
    "stated",
    "officials",
    "authorities",
    "Monday",
    "Tuesday",
    "major",
    "key",
    "report",
    "statement",
]


def basil_events(eval_dir: Path = EVAL) -> dict[str, list[dict]]:
    """BASIL's development articles by event (three outlets' articles each), outlets in a fixed order."""
    events: dict[str, list[dict]] = {}
    with open(eval_dir / "stories" / "basil_dev.jsonl", encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            events.setdefault(r["cluster"], []).append(r)
    return {k: sorted(v, key=lambda r: r["source"]) for k, v in sorted(events.items())}


def _detokenise(text: str) -> str:
    """ECB+ text is tokenised (`` '' quote marks, spaces before punctuation): make it read like news again."""
    text = text.replace("``", "“").replace("''", "”")
    return re.sub(r" ([,.;:!?)%])", r"\1", text).replace("( ", "(")


def real_paragraphs(eval_dir: Path = EVAL, min_words: int = 12) -> list[str]:
    """Paragraphs of every article in the evaluation sets, in file order."""
    files = [
        (eval_dir / "stories" / "basil_dev.jsonl", "text", False),
        (eval_dir / "stories" / "ecbplus.jsonl", "text", True),
        (eval_dir / "quotes" / "polnear_direct_train.jsonl", "text", False),
        (eval_dir / "quotes" / "polnear_direct_dev.jsonl", "text", False),
    ]
    out: list[str] = []
    for path, key, tokenised in files:
        if not path.exists():
            continue
        with open(path, encoding="utf-8") as f:
            for line in f:
                text = json.loads(line)[key]
                if tokenised:
                    text = _detokenise(text)
                for para in re.split(r"\n\s*\n|\n", text):
                    para = para.strip()
                    if len(para.split()) >= min_words:
                        out.append(para)
    if not out:
        raise SystemExit(f"no evaluation data under {eval_dir}: the benchmarks read ../shared/eval")
    return out


@dataclass
class Doc:
    id: str
    text: str
    parent: str | None = None
    edits: list[str] = field(default_factory=list)


def edit_copy(paragraphs: list[str], rng: random.Random, heavy: bool = False) -> tuple[list[str], list[str]]:
    """A republished copy: some of trim, drop, swap, boilerplate, changed words."""
    paras = list(paragraphs)
    edits: list[str] = []
    if rng.random() < (0.9 if heavy else 0.6) and len(paras) > 3:
        keep = max(2, int(len(paras) * rng.uniform(0.25 if heavy else 0.55, 0.9)))
        paras = paras[:keep]
        edits.append(f"trimmed to {keep} paragraphs")
    if rng.random() < 0.3 and len(paras) > 3:
        del paras[rng.randrange(1, len(paras))]
        edits.append("dropped a paragraph")
    if rng.random() < 0.3 and len(paras) > 2:
        i, j = rng.sample(range(len(paras)), 2)
        paras[i], paras[j] = paras[j], paras[i]
        edits.append("swapped two paragraphs")
    if rng.random() < 0.6:
        paras.insert(rng.randrange(len(paras) + 1) if rng.random() < 0.3 else len(paras), rng.choice(BOILERPLATE))
        edits.append("added boilerplate")
    n_changes = rng.randint(0, 12 if heavy else 5)
    if n_changes:
        words = "\n\n".join(paras).split(" ")
        for pos in rng.sample(range(len(words)), min(n_changes, len(words))):
            words[pos] = rng.choice(SWAPS)
        paras = " ".join(words).split("\n\n")
        edits.append(f"changed {n_changes} words")
    return paras, edits


def generate(n: int, seed: int = 7, copy_share: float = 0.3, paragraphs: tuple[int, int] = (12, 24)) -> Iterator[Doc]:
    """``n`` documents: base documents of real paragraphs, and edited copies of earlier ones."""
    rng = random.Random(seed)
    pool = real_paragraphs()
    bases: list[tuple[str, list[str]]] = []
    for i in range(n):
        if bases and rng.random() < copy_share:
            parent_id, parent = (
                bases[rng.randrange(len(bases))] if rng.random() < 0.5 else bases[-rng.randint(1, min(50, len(bases)))]
            )
            paras, edits = edit_copy(parent, rng, heavy=rng.random() < 0.2)
            yield Doc(f"d{i:07d}", "\n\n".join(paras), parent_id, edits)
        else:
            k = rng.randint(*paragraphs)
            start = rng.randrange(len(pool))
            paras = [pool[(start + j * rng.randint(1, 97)) % len(pool)] for j in range(k)]
            doc_id = f"d{i:07d}"
            bases.append((doc_id, paras))
            if len(bases) > 20000:  # keep memory flat: copies come from the recent past
                bases = bases[-20000:]
            yield Doc(doc_id, "\n\n".join(paras))


# -- a news stream: events, each reported by several outlets, with wire copies, edited copies and rewrites

_CAPITAL = re.compile(r"\b[A-Z][a-z]{2,}\b")
_SYLLABLES = ["ka", "lo", "mi", "ren", "sa", "tor", "vin", "del", "mar", "ost", "bel", "quin", "dra", "fen", "gul",
              "har", "ish", "jun", "kel", "lum", "nor", "pim", "rad", "sel", "tam", "ulv", "wes", "yor", "zan", "brec"]  # fmt: skip


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _event_names(paras: list[str], rng: random.Random, share: float = 0.7) -> dict[str, str]:
    """Most capitalised words of an event get invented names: a million events are a million different
    stories, as real ones differ by who and where, and the rest keep their real (shared) names."""
    from wordfreq import zipf_frequency

    names = sorted({m.group(0) for p in paras for m in _CAPITAL.finditer(p)})
    return {n: _invented(rng) for n in names if zipf_frequency(n.lower(), "en") < 4.0 and rng.random() < share}


def _rename(text: str, names: dict[str, str]) -> str:
    return _CAPITAL.sub(lambda m: names.get(m.group(0), m.group(0)), text)


def _rewrite(paras: list[str], rng: random.Random) -> list[str]:
    """A rewrite: sentences dropped and reordered inside paragraphs, many words changed (quotes included)."""
    out = []
    for p in paras:
        sentences = re.split(r"(?<=[.!?”])\s+", p)
        if len(sentences) > 2 and rng.random() < 0.4:
            del sentences[rng.randrange(len(sentences))]
        words = " ".join(sentences).split(" ")
        for pos in rng.sample(range(len(words)), min(len(words), max(1, len(words) // 12))):
            words[pos] = rng.choice(SWAPS)
        out.append(" ".join(words))
    return out


def news(n: int, per_day: int = 1000, seed: int = 11, undated: float = 0.03,
         topic_events: tuple[int, int] | None = None) -> Iterator[dict]:  # fmt: skip
    """``n`` articles of a news stream, ``per_day`` a day, as ingestible records with their truth.

    Each event has a pool of real paragraphs with its own invented names; an
    original report draws from it, and then (with these odds) other outlets'
    independent reports draw other paragraphs from the same pool, wire copies
    repeat a report word for word, edited copies trim and re-head it, and
    rewrites reword it.  Labels: ``event``, ``kind``, ``parent`` (and ``topic``).

    ``topic_events=(lo, hi)``: events come in topics of ``lo`` to ``hi`` events that share the topic's
    names (a third of an event's names are the topic's places and organisations) and three background
    paragraphs, as a day's separate incidents of one war or one trade dispute do: the same-topic trap.
    """
    from datetime import date, timedelta

    rng = random.Random(seed)
    pool = real_paragraphs()
    start = date(2021, 1, 4)
    made = 0
    event = 0
    topic_left, topic, topic_names = 0, -1, {}
    while made < n:
        day = start + timedelta(days=made // per_day)
        if topic_events is None:
            pool_paras = [pool[rng.randrange(len(pool))] for _ in range(30)]
            names = _event_names(pool_paras, rng)
            topic = event
        else:
            if topic_left == 0:
                topic, topic_left = topic + 1, rng.randint(*topic_events)
                background = [pool[rng.randrange(len(pool))] for _ in range(4)]
                topic_names = _event_names(background, rng, share=1.0)
                background = [_rename(p, topic_names) for p in background]
                places = [_invented(rng) for _ in range(4)]  # the topic's places and organisations
            topic_left -= 1
            own = [pool[rng.randrange(len(pool))] for _ in range(27)]
            names = _event_names(own, rng)
            names = {k: rng.choice(places) if rng.random() < 0.3 else v for k, v in names.items()}
            pool_paras = [_rename(p, names) for p in own] + rng.sample(background, 3)
            names = {}
        pool_paras = [_rename(p, names) for p in pool_paras]
        reports: list[tuple[str, list[str]]] = []
        size = min(n - made, 1 + int(rng.expovariate(1 / 2.5)))
        for k in range(size):
            kind = (
                "original"
                if k == 0
                else rng.choices(["independent", "wire", "copy", "rewrite"], [0.35, 0.25, 0.25, 0.15])[0]
            )
            parent = None
            if kind in ("original", "independent"):
                paras = rng.sample(pool_paras, rng.randint(10, 18))
            else:
                parent, source = reports[rng.randrange(len(reports))]
                paras = (
                    list(source)
                    if kind == "wire"
                    else edit_copy(source, rng)[0]
                    if kind == "copy"
                    else _rewrite(source, rng)
                )
            doc_id = f"n{made:07d}"
            reports.append((doc_id, paras))
            when = day + timedelta(days=rng.choice([0, 0, 0, 1, 1, 2]))
            title = re.split(r"(?<=[.!?])\s", paras[0])[0][:110]
            record = {"id": doc_id, "outlet": f"outlet-{rng.randrange(400):03d}", "title": title, "text": "\n\n".join(paras),
                      "event": f"e{event:07d}", "kind": kind, "parent": parent}  # fmt: skip
            if topic_events is not None:
                record["topic"] = f"t{topic:07d}"
            if rng.random() >= undated:
                record["date"] = when.isoformat()
            yield record
            made += 1
        event += 1


def write_news(path: Path, n: int, per_day: int = 1000, seed: int = 11) -> Path:
    """The stream as JSON lines (written once per size and seed, reused after)."""
    if path.exists() and sum(1 for _ in open(path, "rb")) == n:
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        for r in news(n, per_day, seed):
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    tmp.replace(path)
    return path
