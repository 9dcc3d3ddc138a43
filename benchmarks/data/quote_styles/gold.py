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
