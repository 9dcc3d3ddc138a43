"""Alignment of reused passages and provenance, on fixtures written for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

from conftest import cli, EXAMPLES
from storyline.ingest import clean, read
from storyline.ingest.clean import clean as clean_raw
from storyline.model import Article, RawArticle
from storyline.reuse import align, provenance
from storyline.reuse.paraphrase import probability

ORIGINAL = [
    "The Porthaven council voted on Tuesday to close the harbour bridge after engineers found cracks in two of its concrete supports.",
    "“We cannot take risks with people’s lives, and the engineers were very clear about the danger,” council leader Maria Okafor said after the vote.",
    "The bridge carries about 12,000 vehicles a day and a replacement is not expected before 2028, according to a report seen by the Gazette.",
    "Drivers will be sent through the Quayside tunnel, which officials said could add twenty minutes to journeys at peak times.",
    "Shop owners near the harbour said the closure would cost them customers and asked the council for a temporary ferry service.",
    "The council said it would publish the full engineering report next week and hold a public meeting at the town hall on Thursday.",
    "Okafor said the council had applied for national funding to speed up the replacement, which engineers estimate will cost 45 million pounds.",
    "The harbour bridge was opened in 1962 and was last strengthened in 1994, when its steel railings were replaced.",
]
SPIN = {
    "voted": "decided",
    "close": "shut",
    "found": "discovered",
    "carries": "handles",
    "about": "roughly",
    "expected": "anticipated",
    "before": "prior to",
    "said": "stated",
    "cost": "lose",
    "asked": "requested",
    "temporary": "stopgap",
    "publish": "release",
    "full": "complete",
    "next": "the coming",
    "hold": "host",
    "applied": "bid",
    "speed": "hasten",
    "estimate": "reckon",
    "opened": "inaugurated",
    "last": "previously",
    "replaced": "renewed",
    "customers": "shoppers",
    "would": "will",
    "could": "may",
    "journeys": "trips",
    "which": "that",
    "and": "plus",
    "the": "the",
    "after": "following",
    "people’s": "residents’",
}


def make(paragraphs: list[str], outlet: str, when: date | None = None, title: str | None = None) -> Article:
    a = clean_raw(RawArticle(text="\n\n".join(paragraphs), source=outlet, outlet=outlet, published=when, title=title))
    assert isinstance(a, Article)
    return a


def spin(paragraph: str) -> str:
    return " ".join(SPIN.get(w, w) for w in paragraph.split(" "))


UNRELATED = [
    "Storm Hilda brought flooding to the Millbrook valley overnight as the river Wend burst its banks after days of rain.",
    "Firefighters rescued 40 residents from homes in Lower Millbrook by boat, the fire service said on Wednesday morning.",
    "The Met Office issued an amber warning for rain until Thursday and said more flooding was likely in low-lying areas.",
    "Insurers sent assessors to the valley, and the county council opened a rest centre in the Millbrook school hall.",
]


def test_verbatim_passage_has_exact_spans_in_both() -> None:
    a = make(ORIGINAL, "Gazette")
    b = make(UNRELATED[:2] + [ORIGINAL[2]] + UNRELATED[2:], "Other")
    al = align(a, b)
    [p] = al.passages
    assert p.kind == "verbatim" and p.similarity == 1.0
    assert a.span_text(p.a) == b.span_text(p.b)
    assert "12,000 vehicles" in a.span_text(p.a)
    assert 0 < al.covered_b < 0.5 and al.covered_a < al.covered_b


def test_edited_passage_tolerates_changed_words() -> None:
    changed = ORIGINAL[3].replace("twenty", "thirty").replace("peak", "busy")
    a = make(ORIGINAL, "Gazette")
    b = make(UNRELATED[:2] + [changed], "Other")
    [p] = [p for p in align(a, b).passages if p.kind != "reworded"]
    assert p.kind == "edited" and 0.8 < p.similarity < 1.0
    assert "Quayside tunnel" in b.span_text(p.b)


def test_unrelated_articles_share_nothing() -> None:
    al = align(make(ORIGINAL, "Gazette"), make(UNRELATED, "Other"))
    assert al.passages == [] and al.covered_a == 0.0


def test_paraphrase_probability_orders_rewordings_above_different_statements() -> None:
    same = probability(ORIGINAL[2], spin(ORIGINAL[2]))
    different = probability(ORIGINAL[2], ORIGINAL[6])
    assert same > 0.5 > different


def test_spun_rewrite_aligns_sentence_by_sentence() -> None:
    a = make(ORIGINAL, "Gazette")
    b = make([spin(p) for p in ORIGINAL], "Spinner")
    al = align(a, b)
    assert al.sentences_b >= 0.8 and al.order_b >= 0.8
    assert any(p.kind == "reworded" for p in al.passages)


def relations(arts: list[Article]) -> dict[str, tuple[str, str | None]]:
    by_id = {a.id: a.outlet for a in arts}
    return {by_id[r.article]: (r.kind, by_id.get(r.derived_from)) for r in provenance(arts).relations}


def test_trimmed_copy_is_a_duplicate_of_its_earlier_parent() -> None:
    arts = [
        make(ORIGINAL, "Gazette", date(2024, 3, 5)),
        make(ORIGINAL[:5] + ["Sign up for our newsletter today."], "Copier", date(2024, 3, 6)),
        make(UNRELATED, "Weather", date(2024, 3, 5)),
    ]
    rel = relations(arts)
    assert rel["Copier"] == ("duplicate", "Gazette")
    assert rel["Gazette"][1] is None and rel["Weather"] == ("independent", None)


def test_trimmed_copy_without_dates_is_directed_by_containment() -> None:
    rel = relations([make(ORIGINAL, "Gazette"), make(ORIGINAL[:4], "Copier")])
    assert rel["Copier"] == ("duplicate", "Gazette")


def test_identical_copies_without_dates_have_no_direction() -> None:
    rel = relations([make(ORIGINAL, "Gazette"), make(ORIGINAL, "Mirror")])
    assert rel["Gazette"] == rel["Mirror"] == ("duplicate", None)


def test_spun_copy_is_a_rewrite_and_a_shared_quote_is_a_shared_source() -> None:
    quote_only = UNRELATED[:2] + [ORIGINAL[1]] + UNRELATED[2:]
    arts = [
        make(ORIGINAL, "Gazette", date(2024, 3, 5)),
        make([spin(p) for p in ORIGINAL], "Spinner", date(2024, 3, 6)),
        make(quote_only, "Pool", date(2024, 3, 5)),
    ]
    rel = relations(arts)
    assert rel["Spinner"] == ("rewrite", "Gazette")
    assert rel["Pool"] == ("shared-source", None)


def test_example_rewrite_found_with_its_original_and_nothing_else_derived() -> None:
    arts = [clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]
    rel = relations(arts)
    derived = {k: v for k, v in rel.items() if v[0] in ("duplicate", "rewrite")}
    assert derived == {"002_557fd39efa8fec1c": ("rewrite", "000_8a95103bfc1c7829")}
    assert all(v == ("shared-source", None) for k, v in rel.items() if k not in derived)


def test_compare_command_json(tmp_path) -> None:
    r = cli("compare", EXAMPLES / "000_8a95103bfc1c7829.txt", EXAMPLES / "003_2f48e36c6b291e81.txt", "--format", "json")
    assert r.returncode == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["passages"] and all(p["kind"] in ("verbatim", "edited", "reworded") for p in doc["passages"])
    text_a = (EXAMPLES / "000_8a95103bfc1c7829.txt").read_text("utf-8")
    assert "for all to see" in text_a
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "storyline",
            "compare",
            str(EXAMPLES / "000_8a95103bfc1c7829.txt"),
            str(EXAMPLES / "003_2f48e36c6b291e81.txt"),
        ],
        capture_output=True,
        text=True,
        env={"COLUMNS": "100", "PATH": "/usr/bin"},
    )
    assert r.returncode == 0 and "Shared passages" in r.stdout


def test_anchors_are_the_shared_ngrams_even_when_their_numbers_collide(monkeypatch) -> None:
    """Anchors found through numbered n-grams equal the plain definition (every position where the same n
    words start in both texts, n-grams found more than three times in the second skipped), and stay equal
    when two different n-grams get the same number."""
    import importlib

    import numpy as np

    align_module = importlib.import_module("storyline.reuse.align")

    def plain(a: list[str], b: list[str], n: int) -> list[tuple[int, int]]:
        at: dict[tuple[str, ...], list[int]] = {}
        for j in range(len(b) - n + 1):
            at.setdefault(tuple(b[j : j + n]), []).append(j)
        return sorted((i, j) for i in range(len(a) - n + 1) for j in at.get(tuple(a[i : i + n]), [])
                      if len(at[tuple(a[i : i + n])]) <= 3)  # fmt: skip

    texts = [p.read_text("utf-8").split("\n\n") for p in sorted(EXAMPLES.glob("*.txt"))]
    repeated = make(ORIGINAL * 4, "Loop")  # every n-gram four times: skipped as an anchor
    articles = [make(t, f"o{n}") for n, t in enumerate(texts)] + [repeated, make(ORIGINAL, "Gazette")]
    for mix in (None, np.uint64(1)):  # 1: n-grams numbered by the sum of their words, collisions everywhere
        if mix is not None:
            monkeypatch.setattr(align_module, "_MIX", mix)
        for a in articles:
            for b in articles:
                vocab: dict[str, int] = {}
                ta, tb = align_module.tokenize(a, vocab), align_module.tokenize(b, vocab)
                for n in (1, 5):
                    assert sorted(align_module._anchors(ta.ids, tb.ids, n)) == plain(ta.words, tb.words, n)


def test_copies_of_one_text_are_aligned_once_with_the_same_result() -> None:
    """A wire report run word for word by several outlets is aligned once per pair of texts; every pair's
    alignment (passages, shares, order) is what aligning that pair alone gives, under its own ids."""
    from storyline.reuse.config import ReuseConfig
    from storyline.reuse.provenance import _aligned
    from storyline.reuse.align import tokenize

    original = make(ORIGINAL, "wire", date(2024, 3, 4))
    copies = [make(ORIGINAL, f"outlet-{k}", date(2024, 3, 5)) for k in range(3)]
    rewrite = make([spin(p) for p in ORIGINAL], "farm", date(2024, 3, 6))
    arts = [original, *copies, rewrite]
    vocab: dict[str, int] = {}
    tokens = {a.id: tokenize(a, vocab) for a in arts}
    pairs = [(a, b) for i, a in enumerate(arts) for b in arts[i + 1 :]]
    got = _aligned(pairs, tokens, ReuseConfig())
    assert len({(a.text, b.text) for a, b in pairs}) < len(pairs)  # copies do repeat pairs of texts
    for a, b in pairs:
        alone = align(a, b, config=ReuseConfig())
        assert got[(a.id, b.id)].to_json() == alone.to_json()
        assert (got[(a.id, b.id)].a, got[(a.id, b.id)].b) == (a.id, b.id)
