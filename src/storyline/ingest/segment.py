"""Sentence boundaries as character offsets.

blingfire does the splitting (fast, rule-based, no model download); a small
repair pass rejoins the splits it makes after titles and initials
("Mr. Smith", "U.S. officials"), which news text is full of.
"""

from __future__ import annotations

import re

import blingfire

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "sen",
    "rep",
    "gov",
    "gen",
    "lt",
    "col",
    "sgt",
    "capt",
    "cmdr",
    "adm",
    "maj",
    "st",
    "rev",
    "fr",
    "jr",
    "sr",
    "hon",
    "pres",
    "supt",
    "det",
    "insp",
    "no",
    "nos",
    "inc",
    "co",
    "corp",
    "ltd",
    "plc",
    "bros",
    "vs",
    "v",
    "etc",
    "approx",
    "dept",
    "est",
    "fig",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "mt",
    "ft",
}
_LAST_TOKEN = re.compile(r"(\S+)\.$")


def _ends_with_abbreviation(sentence: str) -> bool:
    m = _LAST_TOKEN.search(sentence)
    if not m:
        return False
    token = m.group(1).lstrip("(“\"‘'")
    if token.casefold() in _ABBREVIATIONS:
        return True
    # Initials and dotted acronyms: "J.", "U.S", "D.C"
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token))


def sentence_offsets(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` character offsets of the sentences of one paragraph."""
    if not text.strip():
        return []
    spans: list[tuple[int, int]] = []
    for s, e in _raw_offsets(text):
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if (
            spans
            and _ends_with_abbreviation(text[spans[-1][0] : spans[-1][1]])
            and not text[s].islower()
            and _continues(text, spans[-1], s)
        ):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _raw_offsets(text: str) -> list[tuple[int, int]]:
    """blingfire's sentences located in the text.  Finding each sentence is several times faster than
    blingfire's own offsets (mapped byte by byte in Python); when blingfire changed the spacing of a
    sentence, its own offsets are used."""
    out: list[tuple[int, int]] = []
    pos = 0
    for sentence in blingfire.text_to_sentences(text).split("\n"):
        if not sentence:
            continue
        start = text.find(sentence, pos)
        if start < 0:
            return list(blingfire.text_to_sentences_and_offsets(text)[1])
        out.append((start, start + len(sentence)))
        pos = start + len(sentence)
    return out


def _continues(text: str, prev: tuple[int, int], start: int) -> bool:
    """After "Mr." a capitalised name continues the sentence; after "U.S." a new one may begin.

    Titles always continue; a bare initial or acronym continues when the next word
    is capitalised like a name or is lower case.
    """
    token = _LAST_TOKEN.search(text[prev[0] : prev[1]]).group(1).lstrip("(“\"‘'")  # type: ignore[union-attr]
    if token.casefold() in _ABBREVIATIONS:
        return True
    nxt = text[start : start + 30].split(" ", 1)[0]
    return nxt[:1].isupper() and nxt.casefold() not in {
        "the",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "but",
        "and",
        "in",
        "a",
        "this",
        "that",
    }
