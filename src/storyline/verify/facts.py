"""Figures and dates: what each article states, normalised, and where sources agree or conflict.

A fact is a value (a percentage, an amount of money, a count, a year, a date, a
duration) with what it measures: the content words around it in its sentence.
Two facts from different articles are about the same measure when those words
overlap enough and the values are of the same kind; then they agree, or they
conflict.  A fact no other independent source states is single-source.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Sequence

from ..model import Article, Span
from ..groups import Groups

MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december"], 1)}  # fmt: skip
MONTHS.update({m[:3]: i for m, i in list(MONTHS.items())})
MONTHS["sept"] = 9
NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
                "hundred": 100, "dozen": 12}  # fmt: skip
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "b": 1e9,
         "trillion": 1e12, "tn": 1e12}  # fmt: skip
CURRENCY = {"£": "GBP", "$": "USD", "€": "EUR", "pounds": "GBP", "pound": "GBP", "dollars": "USD", "dollar": "USD",
            "euros": "EUR", "euro": "EUR"}  # fmt: skip
UNITS_OF_TIME = {"day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "decade",
                 "decades", "minute", "minutes"}  # fmt: skip
_STOP = frozenset(
    """a an the of to in on at for by with from and or but is are was were be been being has have had
it its this that these those as he she they we i you his her their our will would could should may might said says
than then there here which who whom what when where why how not no so if into about over under more most less up down
out per cent percent by""".split()
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_DIGIT = re.compile(r"\d")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_PATTERNS = [
    ("percent", re.compile(rf"(?P<num>{_NUM})\s*(?:%|per\s?cent\b|percent\b|percentage points?\b)", re.I)),
    (
        "money",
        re.compile(
            rf"(?P<cur>[£$€])\s?(?P<num>{_NUM})\s*(?P<scale>thousand|million|billion|trillion|bn|mn|tn|m|k|b)?\b", re.I
        ),
    ),
    (
        "money",
        re.compile(
            rf"(?P<num>{_NUM})\s*(?P<scale>thousand|million|billion|trillion|bn|mn)?\s+(?P<cur>pounds|dollars|euros)\b",
            re.I,
        ),
    ),
    ("date", re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH_NAMES})\.?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    (
        "date",
        re.compile(
            rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.I
        ),
    ),
    ("month", re.compile(rf"\b(?P<month>{_MONTH_NAMES})\.?\s+(?P<year>(?:19|20)\d\d)\b", re.I)),
    (
        "duration",
        re.compile(
            rf"\b(?P<num>{_NUM}|{'|'.join(NUMBER_WORDS)})[\s-]+(?P<unit>{'|'.join(sorted(UNITS_OF_TIME, key=len, reverse=True))})\b",
            re.I,
        ),
    ),
    ("year", re.compile(r"\b(?P<year>(?:19|20)\d\d)\b")),
    (
        "count",
        re.compile(
            rf"(?<![\w.,£$€])(?P<num>{_NUM})\s*(?P<scale>thousand|million|billion)?\b(?!\s*(?:%|per\s?cent|percent))",
            re.I,
        ),
    ),
]


@dataclass(frozen=True, slots=True)
class Fact:
    kind: str  # percent | money | date | month | duration | year | count
    value: str  # normalised: "2.5%", "GBP 3000000000", "2027-04", "3 years", "2027", "12000"
    span: Span  # the figure as written
    measure: frozenset[str]  # content words around it: what it measures
    sentence: Span

    def to_json(self, text: str) -> dict[str, Any]:
        return {"kind": self.kind, "value": self.value, "span": self.span.to_list(), "text": text[self.span.start : self.span.end],
                "measure": sorted(self.measure), "sentence": self.sentence.to_list()}  # fmt: skip


def _number(s: str) -> float:
    s = s.lower()
    if s in NUMBER_WORDS:
        return float(NUMBER_WORDS[s])
    return float(s.replace(",", ""))


def _fmt(x: float) -> str:
    return f"{x:.10g}"


def _normalise(kind: str, m: re.Match) -> str | None:
    g = m.groupdict()
    if kind == "percent":
        return f"{_fmt(_number(g['num']))}%"
    if kind == "money":
        scale = SCALE.get((g.get("scale") or "").lower(), 1.0)
        return f"{CURRENCY[g['cur'].lower()]} {_fmt(_number(g['num']) * scale)}"
    if kind == "date":
        return f"{int(g['year']):04d}-{MONTHS[g['month'].lower().rstrip('.')]:02d}-{int(g['day']):02d}"
    if kind == "month":
        return f"{int(g['year']):04d}-{MONTHS[g['month'].lower().rstrip('.')]:02d}"
    if kind == "duration":
        unit = g["unit"].lower().rstrip("s")
        return f"{_fmt(_number(g['num']))} {unit}"
    if kind == "year":
        return g["year"]
    if kind == "count":
        return _fmt(_number(g["num"]) * SCALE.get((g.get("scale") or "").lower(), 1.0))
    return None


def _measure(text: str, sentence: Span, start: int, end: int) -> frozenset[str]:
    before = re.findall(r"[a-z][a-z’'\-]+", text[max(sentence.start, start - 60) : start].lower())[-4:]
    after = re.findall(r"[a-z][a-z’'\-]+", text[end : min(sentence.end, end + 50)].lower())[:3]
    return frozenset(w for w in before + after if w not in _STOP and w not in MONTHS and len(w) > 2)


def extract_facts(article: Article) -> list[Fact]:
    """Every figure, date and duration of an article, with what it measures."""
    text = article.text
    out: list[Fact] = []
    for sent in article.sentences:
        taken: list[tuple[int, int]] = []
        digits = _DIGIT.search(text, sent.start, sent.end) is not None
        for kind, pattern in _PATTERNS:
            if not digits and kind != "duration":
                continue  # every other pattern needs a digit ("two years" is the one written in words)
            for m in pattern.finditer(text, sent.start, sent.end):
                s, e = m.span()
                if any(a < e and s < b for a, b in taken):
                    continue  # a year inside a date, a number inside a percentage
                value = _normalise(kind, m)
                if value is None:
                    continue
                taken.append((s, e))
                out.append(Fact(kind, value, Span(s, e), _measure(text, sent, s, e), sent))
    # the other figures of the same sentence are part of what a figure is about ("2.5% by 2027")
    by_sentence: dict[Span, list[Fact]] = defaultdict(list)
    for f in out:
        by_sentence[f.sentence].append(f)
    return [Fact(f.kind, f.value, f.span, f.measure | {f"={g.value}" for g in by_sentence[f.sentence] if g is not f}, f.sentence)
            for f in out]  # fmt: skip


@dataclass(frozen=True)
class FactInstance:
    """A figure as one article states it."""

    article: str
    value: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "value": self.value, "span": self.span.to_list()}


@dataclass
class FactComparison:
    """One figure across a story's articles: ``agreed``, ``conflict`` (other values for the same measure) or
    ``single-source``."""

    kind: str
    value: str
    status: str
    sources: int  # independent sources stating it
    measure: list[str]  # the content words around it: what it measures
    instances: list[FactInstance]
    conflicts_with: list[str] | None = None  # the other values, for a conflict

    def to_json(self) -> dict[str, Any]:
        doc = {"kind": self.kind, "value": self.value, "status": self.status, "sources": self.sources,
               "measure": self.measure, "instances": [i.to_json() for i in self.instances]}  # fmt: skip
        if self.conflicts_with is not None:
            doc["conflicts_with"] = self.conflicts_with
        return doc


def compare_facts(per_article: Sequence[tuple[str, Sequence[Fact]]], sources: dict[str, int]) -> list[FactComparison]:
    """Facts across articles: the same value of the same measure (agreed), different values of the
    same measure (conflict), or a value no other independent source states (single-source)."""
    items = [(aid, f) for aid, facts in per_article for f in facts if f.measure]
    groups_of: Groups[int] = Groups(range(len(items)))
    find = groups_of.find

    def overlap(a: Fact, b: Fact) -> float:
        return len(a.measure & b.measure) / max(1, min(len(a.measure), len(b.measure)))

    by_value: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, (_, f) in enumerate(items):
        by_value[(f.kind, f.value)].append(i)
    # agreement: the same value, about something sharing at least one word
    for postings in by_value.values():
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                if items[i][0] != items[j][0] and items[i][1].measure & items[j][1].measure:
                    groups_of.union(i, j)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(items)):
        groups[find(i)].append(i)
    # conflict: another value for clearly the same measure, which that article does not also state
    states = defaultdict(set)
    for aid, f in items:
        states[aid].add((f.kind, f.value))
    conflicts: dict[int, set[int]] = defaultdict(set)
    by_kind: dict[str, list[int]] = defaultdict(list)
    for i, (_, f) in enumerate(items):
        by_kind[f.kind].append(i)
    for kind, postings in by_kind.items():
        if kind in ("year", "count") or len(postings) > 400:
            continue  # years and bare counts are too often different things with similar words
        for x, i in enumerate(postings):
            for j in postings[x + 1 :]:
                (ai, fi), (aj, fj) = items[i], items[j]
                if ai == aj or fi.value == fj.value or sources.get(ai) == sources.get(aj):
                    continue
                if (
                    overlap(fi, fj) >= 0.5
                    and len(fi.measure & fj.measure) >= 2
                    and (kind, fi.value) not in states[aj]
                    and (kind, fj.value) not in states[ai]
                ):
                    conflicts[find(i)].add(find(j))
                    conflicts[find(j)].add(find(i))
    out = []
    for root, members in groups.items():
        facts = [items[i] for i in members]
        n_sources = len({sources.get(aid, -1) for aid, _ in facts})
        status = "conflict" if conflicts.get(root) else ("agreed" if n_sources > 1 else "single-source")
        out.append(FactComparison(
            facts[0][1].kind, facts[0][1].value, status, n_sources,
            sorted(w for w in set().union(*(f.measure for _, f in facts)) if not w.startswith("=")),
            [FactInstance(aid, f.value, f.span) for aid, f in facts],
            sorted({items[groups[c][0]][1].value for c in conflicts[root]}) if conflicts.get(root) else None,
        ))  # fmt: skip
    order = {"conflict": 0, "agreed": 1, "single-source": 2}
    out.sort(key=lambda d: (order[d.status], -d.sources, -len(d.instances)))
    return out
