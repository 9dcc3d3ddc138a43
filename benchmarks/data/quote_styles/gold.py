"""Helpers shared by the ``make_part_*.py`` scripts that write the hand-labelled quote sets: paragraphs joined,
each gold quote and speaker mention found by exact substring search (offsets computed, never typed), and the
quotation marks around each quote checked.  The labelling conventions are in ``make_part_a.py``'s docstring."""

import re

EDGE = " ,.;:!?"


OPEN_MARKS = "\u2018\u201c\"'`"


CLOSE_MARKS = "\u2019\u201d\"'"


PRONOUNS = {"he", "she", "they", "him", "her", "it", "we", "i"}


def P(*paras):
    """Join paragraphs with a blank line."""
    return "\n\n".join(paras)


def find(text, s, occ=0):
    """Start offset of the occ-th (0-based) exact occurrence of s."""
    pos = -1
    for _ in range(occ + 1):
        pos = text.find(s, pos + 1)
        if pos < 0:
            raise ValueError(f"not found (occurrence {occ}): {s!r}")
    return pos


def word_occurrences(text, s):
    """Occurrences of s not glued to letters on either side."""
    pat = r"(?<![\w\u2019'-])" + re.escape(s) + r"(?![\w-])"
    return [m.start() for m in re.finditer(pat, text)]


def find_near(text, mention, qs, qe, how="near", forbidden=(), anchor=None):
    """Span of the occurrence of `mention` nearest to the quote [qs, qe).

    how: "near" (either side), "before", "after".  Occurrences inside any
    forbidden span (gold quotes) are skipped.  With anchor, the nearest
    occurrence of the (longer, exact) anchor string is used and the mention
    is located inside it.
    """
    needle = anchor if anchor else mention
    occs = [m.start() for m in re.finditer(re.escape(needle), text)] if anchor else word_occurrences(text, needle)
    best = None
    for o in occs:
        oe = o + len(needle)
        if any(fs <= o < fe or fs < oe <= fe for fs, fe in forbidden):
            continue
        if oe <= qs:
            if how == "after":
                continue
            d = qs - oe
        elif o >= qe:
            if how == "before":
                continue
            d = o - qe
        else:
            continue
        if best is None or d < best[0]:
            best = (d, o)
    if best is None:
        raise ValueError(f"mention {needle!r} not found near {text[qs:qe][:40]!r}")
    o = best[1]
    if anchor:
        o += anchor.index(mention)
    return (o, o + len(mention))


def find_label(text, label, qs):
    """Span of a transcript speaker label ('SMITH:' / 'Q.') owning the turn at qs."""
    ls = text.rfind("\n", 0, qs) + 1
    if not text.startswith(label, ls):
        raise ValueError(f"label {label!r} does not start the line of quote at {qs}")
    le = ls + len(label)
    if text[le] not in ":." or text[le + 1 : qs].strip() != "":
        raise ValueError(f"label {label!r} not directly followed by the quote")
    return (ls, le)


def Q(quote, speaker, mention, kind="direct", stype="person", occ=None, how="near", anchor=None):
    """Quote spec.  mention: str, "@prev", or ("label", LABEL)."""
    return dict(quote=quote, speaker=speaker, mention=mention, kind=kind, stype=stype, occ=occ, how=how, anchor=anchor)


def locate_quotes(text, specs):
    spans = []
    for sp in specs:
        qt = sp["quote"]
        assert qt == qt.strip(EDGE), f"quote has edge punctuation: {qt!r}"
        n = text.count(qt)
        if sp["occ"] is None:
            assert n == 1, f"quote occurs {n} times, give occ: {qt!r}"
            qs = find(text, qt)
        else:
            qs = find(text, qt, sp["occ"])
        spans.append((qs, qs + len(qt)))
    return spans


def check_marks(text, qs, qe, labelled):
    """Sanity: quote is bounded by quote marks (or label / line end)."""
    if labelled:
        ok_start = text[qs - 2 : qs] in (": ", ". ")
    else:
        ok_start = text[qs - 1] in OPEN_MARKS
    j = qe
    while j < len(text) and text[j] in ",.;:!?":
        j += 1
    if labelled:
        ok_end = j == len(text) or text[j] == "\n"
    else:
        ok_end = j < len(text) and (text[j] in CLOSE_MARKS or text[j] == "\n")
    return ok_start and ok_end


def build(articles, words, quotes, review=False, check_article=None, check_quote=None, reviewed=None):
    """Records of a part from its article specs: every quote and speaker mention located and checked.

    ``words`` and ``quotes``: the (lowest, highest) counts an article may have; ``check_article(aid, a, text,
    qspans)`` and ``check_quote(aid, a, spec, text, qspans, source_span)``: a part's own checks;
    ``reviewed(text, qspans, a)``: what ``--review`` prints of an article after its quotes."""
    records = []
    for a in articles:
        aid = f"{a['style']}-{a['n']}"
        text = a["text"]
        n_words = len(text.split())
        assert words[0] <= n_words <= words[1], f"{aid}: {n_words} words"
        assert quotes[0] <= len(a["quotes"]) <= quotes[1], f"{aid}: {len(a['quotes'])} quotes"
        for e in a["entities"]:
            assert e.lower() in text.lower(), f"{aid}: entity {e!r} not in text"
        assert len(set(a["entities"])) == len(a["entities"]), f"{aid}: dup entities"
        qspans = locate_quotes(text, a["quotes"])
        assert len(set(qspans)) == len(qspans), f"{aid}: duplicate quote spans"
        if check_article:
            check_article(aid, a, text, qspans)
        out_quotes = []
        prev_src = None
        for sp, (qs, qe) in zip(a["quotes"], qspans):
            m = sp["mention"]
            labelled = isinstance(m, tuple)
            if labelled:
                ss, se = find_label(text, m[1], qs)
            elif m == "@prev":
                ss, se = prev_src
            else:
                ss, se = find_near(text, m, qs, qe, sp["how"], qspans, sp["anchor"])
                assert text[ss:se] == m
            assert check_marks(text, qs, qe, labelled), (
                f"{aid}: quote not bounded by marks: {text[max(0, qs - 3) : qe + 3]!r}"
            )
            assert text[qs:qe] == sp["quote"]
            if check_quote:
                check_quote(aid, a, sp, text, qspans, (ss, se))
            if sp["stype"] in ("person", "organisation"):
                assert sp["speaker"] in a["entities"], f"{aid}: speaker {sp['speaker']!r} not in entities"
            prev_src = (ss, se)
            out_quotes.append(
                {
                    "start": qs,
                    "end": qe,
                    "text": text[qs:qe],
                    "kind": sp["kind"],
                    "source_spans": [[ss, se]],
                    "source_text": text[ss:se],
                    "speaker": sp["speaker"],
                    "speaker_type": sp["stype"],
                }
            )
            if review:
                lo, hi = min(qs, ss), max(qe, se)
                ctx = text[lo:hi].replace("\n", "⏎")
                if len(ctx) > 170:
                    ctx = ctx[:80] + " ... " + ctx[-80:]
                print(
                    f"  [{sp['kind'][0]}] {text[qs:qe][:45]!r:50} <- {text[ss:se]!r} = {sp['speaker']} ({sp['stype']})"
                )
                print(f"        ctx: {ctx}")
        out_quotes.sort(key=lambda r: r["start"])
        records.append(
            {
                "article": aid,
                "style": a["style"],
                "split": "dev" if a["n"] <= 4 else "held-out",
                "text": text,
                "entities": a["entities"],
                "quotes": out_quotes,
            }
        )
        if review:
            if reviewed:
                reviewed(text, qspans, a)
            print(f"== {aid}: {n_words} words, {len(out_quotes)} quotes")
    return records


def write(out, records):
    """The part's jsonl, then every offset verified again as read back from the file."""
    import json

    with open(out, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(out, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for q in r["quotes"]:
                assert r["text"][q["start"] : q["end"]] == q["text"]
                for s, e in q["source_spans"]:
                    assert r["text"][s:e] == q["source_text"]
    print(f"wrote {len(records)} articles to {out}")


def summarise(records, styles, width=11):
    """Counts per style: articles, quotes by split, kinds, pronoun mentions, speaker types, words."""
    from collections import Counter, defaultdict

    per = defaultdict(Counter)
    for r in records:
        c = per[r["style"]]
        c["articles"] += 1
        c[f"articles_{r['split']}"] += 1
        c["words"] += len(r["text"].split())
        for q in r["quotes"]:
            c["quotes"] += 1
            c[f"quotes_{r['split']}"] += 1
            c[q["kind"]] += 1
            c[q["speaker_type"]] += 1
            if q["source_text"].lower() in PRONOUNS:
                c["pronoun"] += 1
    cols = ["articles", "articles_dev", "articles_held-out", "quotes", "quotes_dev", "quotes_held-out", "direct",
            "partial", "pronoun", "person", "organisation", "unnamed", "words"]  # fmt: skip
    label = width + 4
    print(
        "style".ljust(label) + "".join(c.replace("articles", "art").replace("quotes", "q").rjust(width) for c in cols)
    )
    tot = Counter()
    for style in styles:
        c = per[style]
        tot.update(c)
        print(style.ljust(label) + "".join(str(c[k]).rjust(width) for k in cols))
    print("TOTAL".ljust(label) + "".join(str(tot[k]).rjust(width) for k in cols))


# --- validation and the main of a part (parts D, E and F) ---------------------------------------------------

# quoted stretches for the --review list of NOT-gold quotations (scare quotes,
# titles, nicknames, nested quotes ...); straight single quotes are left out
# because they cannot be told from apostrophes.
QUOTED_RES = [
    re.compile("\u201c([^\u201d]*)\u201d"),
    re.compile("\u2018(.*?)\u2019(?!\\w)"),
    re.compile('"([^"\\n]*)"'),
    re.compile("``(.*?)''"),
]


def non_gold_quoted(text, qspans):
    out = []
    for rx in QUOTED_RES:
        for m in rx.finditer(text):
            s, e = m.span(1)
            inner = text[s:e].strip(EDGE)
            if not inner:
                continue
            if any(s <= qs and qe <= e for qs, qe in qspans):  # holds a gold quote
                continue
            if any(qs <= s and e <= qe for qs, qe in qspans):  # nested in a gold quote
                continue
            out.append((s, text[s:e]))
    return sorted(set(out))


def check_quote(aid, a, sp, text, qspans, source):
    ss, se = source
    assert not any(fs <= ss < fe or fs < se <= fe for fs, fe in qspans), (
        f"{aid}: source span {text[ss:se]!r} lies inside a gold quote"
    )
    assert sp["kind"] in ("direct", "partial"), f"{aid}: bad kind {sp['kind']!r}"
    assert sp["stype"] in ("person", "organisation", "unnamed"), f"{aid}: bad stype {sp['stype']!r}"
    if sp["stype"] == "unnamed":
        first = sp["speaker"].split()[0]
        assert first.lower() not in ("a", "an", "the", "one") or first.islower(), (
            f"{aid}: unnamed speaker's article should be lower-case: {sp['speaker']!r}"
        )


def reviewed(text, qspans, a):
    for s, t in non_gold_quoted(text, qspans):
        print(f"  [not gold] {t!r}")
    print(f"  entities: {a['entities']}")


def check_other_parts(records, out):
    """Article ids (and so style names) must be unique across all parts."""
    import json
    import os

    here = os.path.dirname(out)
    mine = {r["article"] for r in records}
    for name in sorted(os.listdir(here)):
        if not (name.startswith("part_") and name.endswith(".jsonl")) or name == os.path.basename(out):
            continue
        with open(os.path.join(here, name), encoding="utf-8") as f:
            theirs = {json.loads(line)["article"] for line in f if line.strip()}
        clash = mine & theirs
        assert not clash, f"article ids also in {name}: {sorted(clash)}"


def collector():
    """A part's list of articles and the function its script adds each one with."""
    articles = []

    def article(style, n, text, entities, quotes):
        articles.append(dict(style=style, n=n, text=text, entities=entities, quotes=quotes))

    return articles, article


def other_styles(out):
    """The style names the other parts already use (a new part must not reuse one)."""
    import json
    import os

    here = os.path.dirname(out)
    taken = set()
    for name in sorted(os.listdir(here)):
        if name.startswith("part_") and name.endswith(".jsonl") and name != os.path.basename(out):
            with open(os.path.join(here, name), encoding="utf-8") as f:
                taken |= {json.loads(line)["style"] for line in f if line.strip()}
    return taken


def run_part(articles, styles, out, review=False):
    """Build, check and write a part: its styles (six articles each, n 1-6), none of another part's."""
    taken = other_styles(out)

    def check_article(aid, a, text, qspans):
        assert a["style"] in styles and a["style"] not in taken, f"{aid}: style name not allowed"
        assert 1 <= a["n"] <= 6, f"{aid}: n out of range"
        ordered = sorted(qspans)
        for (s1, e1), (s2, e2) in zip(ordered, ordered[1:]):
            assert e1 <= s2, f"{aid}: overlapping gold quotes {text[s1:e1][:30]!r} / {text[s2:e2][:30]!r}"

    records = build(articles, (350, 750), (6, 12), review, check_article, check_quote, reviewed=reviewed)
    ids = [r["article"] for r in records]
    assert len(set(ids)) == len(ids), "duplicate article ids"
    for style in styles:
        ns = sorted(a["n"] for a in articles if a["style"] == style)
        assert ns == [1, 2, 3, 4, 5, 6], f"{style}: articles {ns}"
    check_other_parts(records, out)
    write(out, records)
    summarise(records, styles, width=13)
