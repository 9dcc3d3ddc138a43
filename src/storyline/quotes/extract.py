"""Direct quotations and their speakers, from plain text, with exact character offsets.

Rules, not a model, because they are fast (thousands of articles a second),
need no download, and news writing is formulaic where it quotes people:

1. **Quotation marks** are paired per paragraph: curly and straight double quotes,
   curly single quotes where a text uses them for quotations (British style),
   quotes inside quotes kept inside their outer quote.  A paragraph that opens a
   quote and does not close it continues into the next paragraph that opens with
   a quote mark (the newspaper convention); each paragraph's part is a quote.
2. **Kind**: a quote that is a whole utterance (after a colon, a comma, at the
   start of a sentence) is ``direct``; one woven into the writer's sentence
   (``called him a "dictator"``) is ``partial``.
3. **Attribution**: speech-verb patterns after the quote (``", said X``,
   ``", X said``, ``according to X``) and before it (``X said: "``, ``X told
   reporters "``), the subject of a cue verb for partial quotes, a transcript label
   (``PENCE:``), and a quote with no attribution of its own continues the speaker
   of the quote just before it.
4. **Not statements**: quotes in headlines, and short quotes nobody is said to have
   said (scare quotes, titles, nicknames) are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from ..model import Span
from ..patterns import compiled
from . import lexicon
from .lexicon import alternation

SPEECH_VERBS = alternation(lexicon.SPEECH_VERBS)
PARTIAL_CUES = alternation(lexicon.PARTIAL_CUES)
_CUE = compiled(rf"\b(?:{SPEECH_VERBS})\b")

_CAP = rf"(?:(?:[A-Z]\.){{2,}}|[{lexicon.UPPER}][\w’'\-]*\.?|[ae]l-[A-Z][\w’'\-]*|d[’'][A-Z][\w’'\-]*)"  # "U.S.", "Ó"
_PARTICLE = rf"(?:{alternation(lexicon.NAME_PARTICLES)})"
# a surname may open with its particle ("according to van Rensburg", "said de Villiers")
NAME = rf"(?<![\w’'])(?:(?:(?:van|von|de|der|della|du|dos)\s+(?=[A-Z]))?{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,5}})"
PRONOUN = rf"(?:{alternation(lexicon.SUBJECT_PRONOUNS)})"
ROLE_NOUNS = alternation(lexicon.ROLE_NOUNS)
DET_NP = rf"(?:(?:the|a|an|one|another|his|her|their|its|two|three|several|some|many|other)\s+(?:[\w\-’'.]+\s+){{0,4}}?(?:{ROLE_NOUNS})\b(?:\s+(?:of|for|at|to|with|from)\s+(?:the\s+)?{NAME})?)"
SPEAKER = rf"(?<![\w’'])(?:{DET_NP}|{NAME}(?:,\s+(?:{DET_NP}|{NAME})(?=,))?|{PRONOUN}\b)"

_LEADING = compiled(rf"^(?:(?:{alternation(lexicon.LEADING_WORDS)})\s+)+")
_NOT_SPEAKERS = {"the", "this", "that", "it", "there", "here", "what", "which", "who", "i", "you", "we", "they"}

OPEN_DOUBLE = "“„«"
_MARKS = compiled("[“”„«»\"‘’]|``|''")  # `` and '' : quotation marks typed as in TeX (and tokenised corpora)


@dataclass(frozen=True, slots=True)
class RawQuote:
    """A stretch between quotation marks in one paragraph (the words, without the marks)."""

    start: int
    end: int
    open_mark: int  # offset of the opening mark (or the paragraph start for a continued quote)
    close_mark: int | None  # offset of the closing mark; None if the quote runs on past the paragraph
    continued: bool  # the paragraph continues a quote opened in an earlier paragraph
    paragraph: Span


def paragraphs(text: str) -> Iterator[Span]:
    """Non-empty lines of a text (a paragraph per line, blank lines or not)."""
    return iter(_paragraphs(text))


@lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[Span, ...]:
    """The paragraphs of a text, found once: extraction and attribution both walk them."""
    out = []
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()  # the same whitespace as str.isspace
        if stripped:
            start = pos + len(line) - len(line.lstrip())
            out.append(Span(start, start + len(stripped)))
        pos += len(line) + 1
    return tuple(out)


def _is_open_straight(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _is_close_straight(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before == " " and i >= 2 and text[i - 2] in "'’":  # `... the end,' " he said`: a nested quote closed first
        before = text[i - 2]
    elif before == " " and i >= 2 and text[i - 2] in ",.!?" and after.isspace():
        return True  # `... doing this, " Trump said`: a stray space before the closing mark
    return not before.isspace() and (after.isspace() or not after.isalnum())


_SINGLE_OPEN = compiled(r"(?:^|[\s(—–-])‘[A-Za-z]")


def _uses_single_quotes(text: str) -> bool:
    """British style: quotations in curly single quotes, with few or no double quotes."""
    if "‘" not in text:
        return False
    singles = len(_SINGLE_OPEN.findall(text))  # ‘running on empty’ counts too
    doubles = text.count("“") + text.count('"') // 2
    return singles >= 1 and singles > doubles


_STRAIGHT_SINGLE_OPEN = compiled(r"(?:^|[\s(—–-])'[A-Z]", re.MULTILINE)
_STRAIGHT_SINGLE_CLOSE = compiled(r"[.,!?]'(?=\s|$)", re.MULTILINE)


def curly_singles(text: str) -> str:
    """A text that quotes in straight single marks ('We will win,' she said), written with curly ones, character for
    character (the same offsets): an opening mark (after a space or a bracket, before a word) becomes ‘, any other
    ' becomes ’ (so "don't" keeps an apostrophe).  Texts that quote otherwise come back unchanged."""
    if "'" not in text or any(m in text for m in "“”‘") or text.count('"') >= 2 or "''" in text:
        return text  # ('' typed for a double mark is another style, left as it was)
    if len(_STRAIGHT_SINGLE_OPEN.findall(text)) < 2 or len(_STRAIGHT_SINGLE_CLOSE.findall(text)) < 2:
        return text
    chars = list(text)
    for i, c in enumerate(chars):
        if c == "'":
            opens = _is_open_straight(text, i, 0) and text[i + 1 : i + 2].isalpha()
            if opens and (text.startswith(("'n'", "'em "), i) or text.startswith("'n ", i)):
                opens = False  # "rock 'n' roll", "'em": letters left out, not a quotation
            chars[i] = "‘" if opens else "’"  # (before a digit: "the '90s" is an apostrophe too)
    return "".join(chars)


def find_quotes(text: str) -> list[RawQuote]:
    """Every quoted stretch of a text, paragraph by paragraph (straight single marks read as curly ones)."""
    text = curly_singles(text)
    out: list[RawQuote] = []
    single = _uses_single_quotes(text)
    carry = False  # a quote left open at the end of the previous paragraph
    paras = list(paragraphs(text))
    for n_para, para in enumerate(paras):
        lo, hi = para.start, para.end
        i = lo
        opened: int | None = None
        kind = ""  # which mark opened the quote
        depth = 0
        first_mark = text[lo] if lo < hi else ""
        continued = carry and (first_mark in OPEN_DOUBLE + '"‘`’')
        carry = False
        first_in_para = True
        for mark in _MARKS.finditer(text, lo, hi):  # only quotation marks change the state
            i = mark.start()
            c = text[i]
            if opened is None:
                if c in OPEN_DOUBLE:
                    opened, kind, depth = i, "curly", 1
                elif (
                    text.startswith(("‘‘", "``"), i)
                    or text.startswith("’’", i)
                    and i + 2 < hi
                    and not text[i + 2].isspace()
                    and (i == lo or not text[i - 1].isalnum())
                ):
                    opened, kind, depth = i + 1, "curly", 1  # ‘‘, `` or ’’ typed for “
                elif c == '"' and _is_open_straight(text, i, lo):
                    opened, kind = i, "straight"
                elif single and c == "‘" and (i == lo or not text[i - 1].isalnum()):
                    opened, kind, depth = i, "single", 1
            else:
                closes = (
                    (
                        kind == "curly"
                        and (
                            c in "”»"
                            or (c == '"' and _is_close_straight(text, i, hi))
                            or text.startswith(("’’", "''"), i)
                        )
                    )  # ’’ or '' typed for ”
                    or (kind == "straight" and (c == "”" or (c == '"' and _is_close_straight(text, i, hi))))
                    or (
                        kind == "single"
                        and c == "’"
                        and (i + 1 >= hi or not text[i + 1].isalnum())
                        and not _plural_possessive(text, i, hi)
                    )
                )
                if kind == "curly" and c == "“" and not (i + 1 >= hi or text[i + 1] in " ,.;:!?)—–"):
                    depth += 1
                elif kind == "curly" and c == "“":  # a closing quote typed as an opening one
                    out.append(RawQuote(opened + 1, i, opened, i, continued and first_in_para and opened == lo, para))
                    first_in_para = False
                    opened = None
                    depth = 0
                elif closes:
                    depth -= 1
                    if depth <= 0 or kind == "straight":
                        close = i + 1 if text.startswith(("’’", "''"), i) else i  # the closing mark's last character
                        out.append(
                            RawQuote(opened + 1, i, opened, close, continued and first_in_para and opened == lo, para)
                        )
                        first_in_para = False
                        opened = None
                        depth = 0
        if opened is not None:
            # open at the end of the paragraph: runs on if it opened the paragraph (or followed a colon)
            head = text[lo:opened].strip()
            # the newspaper convention: a quote left open runs on into the next paragraph that opens with a mark
            runs_on = (
                n_para + 1 < len(paras)
                and text[paras[n_para + 1].start] in OPEN_DOUBLE + '"‘`’'
                and head.endswith((".", "!", "?", ":"))
            )
            if opened == lo or head.endswith(":") or continued or runs_on:
                out.append(RawQuote(opened + 1, hi, opened, None, continued and opened == lo, para))
                carry = True
    return out


def _plural_possessive(text: str, i: int, hi: int) -> bool:
    """ "pensioners’ savings": an apostrophe after a plural, inside a single-quoted quote that closes later."""
    if i < 1 or text[i - 1] != "s" or not re.match(r" [a-z]", text[i + 1 : i + 3]):
        return False
    rest = text[i + 1 : hi]
    close = rest.find("’")
    return close >= 0 and "‘" not in rest[:close]


_EDGE = " \t\n,.;:!?…—–-'\"“”‘’"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without surrounding spaces, marks and edge punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
