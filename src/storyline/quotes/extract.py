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
from typing import Iterator

from ..model import Span

SPEECH_VERBS = (
    "said|says|say|saying|told|tells|tell|added|adds|asked|asks|insisted|insists|warned|warns|explained|explains|"
    "wrote|writes|noted|notes|argued|argues|claimed|claims|stated|states|declared|declares|continued|continues|"
    "replied|replies|responded|responds|tweeted|tweets|posted|announced|announces|acknowledged|acknowledges|"
    "admitted|admits|recalled|recalls|remarked|suggested|suggests|urged|urges|pledged|promised|vowed|joked|quipped|"
    "conceded|concedes|observed|predicted|predicts|emphasi[sz]ed|stressed|stresses|concluded|countered|complained|"
    "complains|boasted|cautioned|charged|contended|demanded|agreed|agrees|reported|reports|wondered|mused|"
    "shouted|yelled|cried|added|went on|goes on|confirmed|confirms|denied|denies|maintained|maintains|"
    "believes|believed|thinks|thought|repeated|reiterated|reiterates|testified|announced|proclaimed|"
    "assured|told reporters|explained|writing|speaking|declared|describes|described|called|calls|dubbed|labell?ed|"
    "branded|termed|referred to|mocked|praised|blasted|slammed|criticized|criticised|accused|attacked|"
    "retorted|interjected|read|reads|texted|e-mailed|emailed|messaged|shot back|fired back|snapped|sighed|"
    "laughed|whispered|muttered|pleaded|begged|demanded|hinted|signalled|signaled|indicated|indicates|"
    "acknowledging|arguing|insisting|adding|warning|noting|explaining|claiming|calling|describing|telling|put it|puts it"
)
PARTIAL_CUES = r"called|calls|dubbed|labell?ed|branded|termed|described|describes|referred to|deemed|hailed|likened|compared"
_CUE = re.compile(rf"\b(?:{SPEECH_VERBS})\b")

_TITLES = (
    r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady|Baroness|Baron|Gov|Sen|Rep|Gen|Col|Lt|Capt|Sgt|Rev|Fr|St|Hon|"
    r"President|Vice President|Prime Minister|Chancellor|Secretary|Minister|Governor|Senator|Representative|Mayor|"
    r"Judge|Justice|Chief|King|Queen|Prince|Princess|Pope|Ambassador|General|Admiral|Commissioner|Speaker|Leader)\.?"
)
_CAP = r"(?:[A-Z][\w’'\-]*\.?|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|della|der|van|von|bin|al|el|la|le|du|dos|of)"
NAME = rf"(?:{_CAP}(?:\s+(?:{_PARTICLE}\s+)?{_CAP}){{0,5}})"
PRONOUN = r"(?:he|she|they|it|we|I|He|She|They|It|We)"
ROLE_NOUNS = (
    r"source|sources|official|officials|spokesman|spokeswoman|spokesperson|spokespeople|aide|aides|adviser|advisers|"
    r"advisor|advisors|minister|ministers|secretary|president|chairman|chairwoman|chair|chief|director|leader|leaders|"
    r"statement|report|campaign|representative|representatives|lawyer|lawyers|attorney|attorneys|analyst|analysts|"
    r"expert|experts|professor|senator|senators|governor|mayor|ambassador|officer|officers|police|judge|prosecutor|"
    r"prosecutors|witness|witnesses|resident|residents|neighbou?r|neighbou?rs|friend|friends|member|members|"
    r"candidate|nominee|manager|executive|founder|author|economist|strategist|pollster|host|commentator|critics|"
    r"supporters|voters|democrats|republicans|administration|government|ministry|department|agency|office|"
    r"committee|party|group|spokesmen|staff|staffer|insider|insiders|diplomat|diplomats|negotiator|negotiators|"
    r"chancellor|premier|king|queen|prince|pope|general|commander|organi[sz]ers|activists|protesters|victim|"
    r"mother|father|son|daughter|wife|husband|brother|sister|woman|man|people|student|students|teacher|doctor|"
    r"doctors|nurse|scientist|scientists|researcher|researchers|official|editor|reporter|correspondent|writer|"
    r"columnist|biographer|historian|survey|poll|study|letter|memo|filing|complaint|lawsuit|document|documents|"
    r"release|post|tweet|message|email|interview|speech|ad|advert|advertisement|website|site|newspaper|paper|"
    r"magazine|network|outlet|company|firm|bank|union|council|court|board|team|club|league|coach|player|owner"
)
DET_NP = rf"(?:(?:the|a|an|one|another|his|her|their|its|two|three|several|some|many|other)\s+(?:[\w\-’'.]+\s+){{0,4}}?(?:{ROLE_NOUNS})\b(?:\s+(?:of|for|at|to|with|from)\s+(?:the\s+)?{NAME})?)"
SPEAKER = rf"(?:{DET_NP}|{NAME}(?:,\s+(?:{DET_NP}|{NAME})(?=,))?|{PRONOUN}\b)"

_LEADING = re.compile(
    r"^(?:(?:But|And|Yet|So|Then|Still|Now|However|Also|Earlier|Later|Meanwhile|Instead|Indeed|Asked|When|While|"
    r"After|Before|In|On|At|As|Speaking|Today|Yesterday|Tonight|Last|This|That|Here|There|Separately|Finally|"
    r"Further|Moreover|Nonetheless|Nevertheless|Similarly|Likewise|Again|Previously|Afterwards|Elsewhere|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\s+)+"
)
_NOT_SPEAKERS = {"the", "this", "that", "it", "there", "here", "what", "which", "who", "i", "you", "we", "they"}

OPEN_DOUBLE = "“„«"
_MARKS = re.compile("[“”„«»\"‘’]")


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
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            yield Span(start, end)


def _is_open_straight(text: str, i: int, lo: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-/:;,") and not after.isspace()


def _is_close_straight(text: str, i: int, hi: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < hi else " "
    if before == " " and i >= 2 and text[i - 2] in "'’":  # `... the end,' " he said`: a nested quote closed first
        before = text[i - 2]
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _uses_single_quotes(text: str) -> bool:
    """British style: quotations in curly single quotes, with few or no double quotes."""
    singles = len(re.findall(r"(?:^|[\s(—–-])‘[A-Z]", text))
    doubles = text.count("“") + text.count('"') // 2
    return singles >= 1 and singles > doubles


def find_quotes(text: str) -> list[RawQuote]:
    """Every quoted stretch of a text, paragraph by paragraph."""
    out: list[RawQuote] = []
    single = _uses_single_quotes(text)
    carry = False  # a quote left open at the end of the previous paragraph
    for para in paragraphs(text):
        lo, hi = para.start, para.end
        i = lo
        opened: int | None = None
        kind = ""  # which mark opened the quote
        depth = 0
        first_mark = text[lo] if lo < hi else ""
        continued = carry and (first_mark in OPEN_DOUBLE + '"' or (single and first_mark == "‘"))
        carry = False
        first_in_para = True
        for mark in _MARKS.finditer(text, lo, hi):  # only quotation marks change the state
            i = mark.start()
            c = text[i]
            if opened is None:
                if c in OPEN_DOUBLE:
                    opened, kind, depth = i, "curly", 1
                elif c == '"' and _is_open_straight(text, i, lo):
                    opened, kind = i, "straight"
                elif single and c == "‘" and (i == lo or not text[i - 1].isalnum()):
                    opened, kind, depth = i, "single", 1
            else:
                closes = (
                    (kind == "curly" and (c in "”»" or (c == '"' and _is_close_straight(text, i, hi))))
                    or (kind == "straight" and (c == "”" or (c == '"' and _is_close_straight(text, i, hi))))
                    or (kind == "single" and c == "’" and (i + 1 >= hi or not text[i + 1].isalnum()))
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
                        out.append(RawQuote(opened + 1, i, opened, i, continued and first_in_para and opened == lo, para))
                        first_in_para = False
                        opened = None
                        depth = 0
        if opened is not None:
            # open at the end of the paragraph: runs on if it opened the paragraph (or followed a colon)
            head = text[lo:opened].strip()
            if opened == lo or head.endswith(":") or continued:
                out.append(RawQuote(opened + 1, hi, opened, None, continued and opened == lo, para))
                carry = True
    return out


_EDGE = " \t\n,.;:!?…—–-'\"“”‘’"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without surrounding spaces, marks and edge punctuation."""
    while start < end and text[start] in _EDGE:
        start += 1
    while end > start and text[end - 1] in _EDGE:
        end -= 1
    return start, end
