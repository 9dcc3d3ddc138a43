"""Who said each quote: the speaker mention as written, and the cue verb."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterator

from ..model import Span
from ..patterns import compiled
from . import lexicon
from .extract import (
    _CAP, _CUE, _LEADING, _NOT_SPEAKERS, DET_NP, NAME, PARTIAL_CUES, PRONOUN, ROLE_NOUNS, SPEAKER, SPEECH_VERBS, RawQuote,
    curly_singles, find_quotes, paragraphs, trim,
)  # fmt: skip

if TYPE_CHECKING:
    from .config import QuotesConfig

_AUX = (
    r"(?:(?:has|had|have|would|will|also|later|then|again|once|previously|earlier|recently|simply|just|\w+ly)\s+){0,2}"
)
_STOPS = r"(?:in|on|at|during|after|before|when|while|as|to|of|about|from|last|this|that|yesterday|today|tonight|on|in|via|through|with|who|which|adding|noting|referring|speaking|according|before|earlier|later)"
_ABBR_DOT = r"(?:\b[A-Z][a-z]{1,4}\.(?=,|\s+[a-z(])|\b(?:Sen|Gov|Rep|Mr|Mrs|Ms|Dr|Jr|Sr|St|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Mt|Ft|Inc|Co|Corp|Ltd|No|Ariz|Calif|Fla|Mass|Mich|Minn|Penn|Tenn|Tex|Va|Wash|Wis|[A-Z])\.)"
_CHUNK = rf"(?:{_ABBR_DOT}|[^.!?;:“”\"])"
# ", said X" / ", X said": the chunk between the quote and the verb (or after it) is the speaker mention
_FINITE = lexicon.alternation(lexicon.FINITE_VERBS)
_INVERTED = lexicon.alternation(lexicon.INVERTED_VERBS)
# "Vantor's chief executive": a role owned by a name, where a determiner would stand
_OWNED_ROLE = rf"(?:{NAME}[’']s\s+(?:[\w\-’'.]+\s+){{0,4}}?(?:{ROLE_NOUNS})\b)"
_AFTER_CUE_FIRST = compiled(
    rf"^\s*[,—–-]?\s*(?P<cue>{_INVERTED})\s+(?P<spk>(?:(?:{DET_NP}|{_OWNED_ROLE})(?:,\s+{NAME}(?=\s*[.,;!?]|\s*$))?|{NAME}|{PRONOUN}\b|{_CHUNK}{{1,80}}?)(?=\s*[,;:!?]|\.(?!\w)|\s+{_STOPS}\b|\s*$))"
)
_FIRST_SEG = (
    rf"(?:{DET_NP}|(?:(?:{_CAP}|[a-z][\w\-’']*)\s+){{0,5}}{NAME}(?:\s+\([^)]{{1,20}}\))?|{PRONOUN}\b"
    rf"|(?:the|a|an|one|another|two|his|her|their|its|some|several|many)\s+(?:(?!(?:that|which|who|whom|whose)\b)[\w\-’'&]+,?\s+){{0,4}}?[\w\-’']+"
    rf"|(?:[a-z][\w\-’']*\s+){{1,2}}(?:{ROLE_NOUNS})\b)"
)  # the last: "federal prosecutors wrote"
_AFTER_SPK_FIRST = compiled(
    rf"^\s*[,—–-]?\s*(?P<spk>(?!(?:{lexicon.alternation(lexicon.CLAUSE_WORDS)})\b){_FIRST_SEG}(?:\s+(?:of|from|at)\s+(?:the\s+)?(?:[\w\-’'&]+\s+){{0,3}}?[\w\-’'&]+)?"
    rf"(?:\s+who\s+(?:[\w\-’'&]+\s+){{0,4}}?[\w\-’'&]+(?=\s+{_AUX}(?:{_FINITE})\b))?"  # "a fund manager who holds it told"
    rf"(?:\s*,\s*{_CHUNK}{{1,90}}?,)?)\s*,?\s+{_AUX}(?P<cue>{_FINITE})\b"
)
# the attribution closing the sentence after more of the writer's words: "... if she lost, said X."
_AFTER_LATE_CUE_FIRST = compiled(rf",\s*(?P<cue>{_INVERTED})\s+(?P<spk>{_CHUNK}{{1,80}}?)(?=\s*[,;:!?]|\.(?!\w)|\s*$)")
_AFTER_LATE_SPK_FIRST = compiled(
    rf",\s*(?P<spk>(?:[A-Z]|the\b|a\b|an\b|{PRONOUN}\b){_CHUNK}{{0,80}}?)\s+{_AUX}(?P<cue>{SPEECH_VERBS})\b{_CHUNK}{{0,60}}[.!?]?\s*$"
)
_AFTER_DASH = compiled(rf"^\s*[―—–-]+\s*(?P<spk>{NAME})(?P<cue>)")  # an epigraph or vox pop: "..." ― Name
_AFTER_ANY_VERB_FIRST = compiled(
    rf"^\s*,?\s*(?P<cue>[a-z]+ed)\s+(?P<spk>{NAME})(?=\s*[,.;!?]|\s*$)"
)  # "...!" beamed Jo Hart.
_AFTER_ANY_VERB = compiled(rf"^\s*,?\s*(?P<spk>{NAME}|{PRONOUN}|{DET_NP})\s+(?P<cue>[a-z]+(?:ed|s))\b")
_AFTER_ACCORDING = compiled(rf"^\s*[,—–-]?\s*(?P<cue>according to)\s+(?P<spk>{SPEAKER})", re.IGNORECASE)
_BEFORE_CUE_SPK = compiled(
    rf"\b(?P<cue>{lexicon.alternation(lexicon.CUE_BEFORE_SPEAKER)})\s+(?P<spk>{DET_NP}|(?:[A-Z][\w&.\-]*\s+)?(?:(?!(?:of|the|to|in|on|for|and|that|about|with|by|at|from)\s)[a-z][\w\-’']*\s+){{0,3}}{NAME})\s*[:,]\s*$"
)  # "explained CBS moderator X:"
_BEFORE_ACCORDING = compiled(rf"(?P<cue>[Aa]ccording to)\s+(?P<spk>(?:the\s+)?{NAME}|{SPEAKER})\s*[,:]?\s*$")
# "More from X: "..."", "a statement by X: "...""
_FROM_SPEAKER = compiled(rf"\b(?P<cue>from|by)\s+(?P<spk>{NAME})\s*:\s*$")
# "She read from an email Tillman sent ...: "..."", "quoted a letter by a mother of two players, who wrote that "...""
# the words are the document's author's, not the reader's
_DOCUMENT = r"(?:e-?mail|letter|text(?:\s+message)?|message|note|memo|post|statement|card)"
_DOCUMENT_AUTHOR = compiled(
    rf"\b(?:an?|the|one|his|her|their)\s+(?:[a-z][\w\-]*\s+){{0,2}}{_DOCUMENT}\s+"
    rf"(?:(?:(?:that|which)\s+)?(?:(?:written|sent|posted)\s+)?(?P<cue>by|from)\s+(?P<spk>{DET_NP}(?:\s+of\s+[\w\s\-]{{1,40}}?)?|{NAME})"
    rf"|(?P<spk2>{NAME})\s+(?:had\s+)?(?P<cue2>sent|wrote|posted|texted|e-?mailed))\b[^“”\"]*$"
)
# "According to X, the plan was "..."": the attribution opens the sentence, the quote comes later in it
_OPENING_ACCORDING = compiled(rf"^\s*(?P<cue>According to)\s+(?P<spk>{SPEAKER}),\s")
_CUE_ANY = compiled(rf"\b(?:{SPEECH_VERBS}|{PARTIAL_CUES})\b")  # lower case: "States" is not a verb
_PREV_ATTRIBUTION = compiled(rf"(?P<spk>{SPEAKER})\s*,?\s+{_AUX}(?P<cue>{_FINITE})\b[^“”\".!?]{{0,60}}[.]\s*$")
# a speaker label: "KESSLER:" or "“PENCE: ..." opening a paragraph (matched at the paragraph's start)
_SHOUTED = r"[A-Z][A-Z.\-’']{0,20}[A-Z.](?: [A-Z][A-Z.\-’']{0,20}){0,3}"  # a label in capitals: "PENCE", "MS. REYES" (four words at most)
_TRANSCRIPT = compiled(rf"\s*[\"“]?(?P<spk>{_SHOUTED})\s*:\s*")
# a label before a quote: "KESSLER: “...", "Judge Marsh: “..."
_LABEL = compiled(rf"\s*(?P<spk>{_SHOUTED}|(?:[A-Z][\w.\-’']*\s+){{0,3}}[A-Z][\w.\-’']*)\s*:\s*")
_STAGE_DIRECTION = compiled(r"\s*[(\[][^()\[\]]*[)\]][.,]?\s*")
_TERMINATOR = compiled(r"[.!?][\"”’)]*\s+(?=[A-Z“\"‘(])")


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation in an article: the words (without quote marks), its kind and who said it."""

    span: Span
    kind: str  # "direct" | "partial"
    speaker_span: Span | None = None  # the mention as written where it is attributed
    speaker_text: str | None = None
    cue: str | None = None
    cue_span: Span | None = None
    continued: bool = False  # speaker carried over from the quote before
    paragraph: Span | None = None
    rule: str | None = None  # the name of the attribution rule that found the speaker (see RULES)
    named: bool = False  # the speaker is named (not a pronoun) in the quote's own sentence


_THING_THEN_PRONOUN = compiled(r"(?:a|an|the|one)\s+(?:[a-z][\w\-]*,?\s+){1,3}(?P<pro>he|she|they|I)")


def _clean_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim leading sentence adverbs and trailing punctuation; None if nothing like a speaker is left."""
    seg = text[start:end]
    m = _LEADING.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
    while end > start and text[end - 1] in " ,;:.—–-":
        end -= 1
    comma = text.find(",", start, end)
    if (
        comma > start
        and re.fullmatch(NAME, text[start:comma])
        and text[start:comma].split()[0].lower() not in _DETERMINERS | {"this", "that"}
    ):
        end = comma  # "Okonkwo, the defendant's lawyer": the name speaks, the apposition says who they are
    line_by = _THING_THEN_PRONOUN.fullmatch(text, start, end)
    if line_by:  # "“...,” a line she wrote at 17": she wrote it, the line says nothing
        start = line_by.start("pro")
    word = text[start:end]
    if not word or word.lower() in _NOT_SPEAKERS - {"it", "we", "they", "i"} or word[0] in '“‘"(':
        return None
    if word.lower() == "you":
        return None
    return start, end


_ABBREVIATION = compiled(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Mt|Ft|Inc|Co|Corp|No|Jan|Feb|Mar|Apr|"
    r"Hon|Engr|Barr|Alh|Pst|Smt|Md|Mohd|Cllr|"
    r"Aug|Sept|Sep|Oct|Nov|Dec|vs|U\.S|U\.N|D\.C)|\b[A-Z])$"
)


def _terminators(text: str, lo: int, hi: int) -> Iterator[re.Match]:
    """Sentence ends between ``lo`` and ``hi``, not counting the dots of "Mr." or "Rep."."""
    for m in _TERMINATOR.finditer(text, lo, min(len(text), hi + 2)):  # the lookahead may need a character past hi
        if m.end() > hi:
            break
        if text[m.start()] == "." and _ABBREVIATION.search(text, max(lo, m.start() - 6), m.start()):
            continue
        yield m


def _sentence_start(text: str, lo: int, pos: int) -> int:
    """Start of the sentence that contains ``pos``, searching no further back than ``lo``."""
    last = lo
    for m in _terminators(text, lo, pos):
        last = m.end()
    return last


def _sentence_end(text: str, pos: int, hi: int) -> int:
    m = next(_terminators(text, pos, hi), None)
    return m.start() + 1 if m else hi


@dataclass(slots=True)
class _Context:
    """What the rules may look at for one quotation."""

    text: str
    raw: RawQuote
    n: int
    raws: list[RawQuote]
    out: list[Quote]  # the quotes kept so far (in text order)
    prev: Quote | None
    prev_raw: RawQuote | None
    start: int
    end: int
    kind: str
    words: int
    sent_lo: int  # start of the quote's sentence (or of the text after an earlier quote in it)
    before_lo: int
    before: str  # the quote's sentence up to its opening mark
    after_lo: int
    after: str  # the rest of the quote's sentence after its closing mark
    closed_comma: bool  # the quote ends with a comma, "?", "!" or a dash: the attribution follows
    attributable_after: bool  # the sentence goes on after the quote


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: Span
    cue: Span | None
    continued: bool = False


@dataclass(frozen=True, slots=True)
class Rule:
    """One way news writing attributes a quotation; tried in table order, the first that finds a speaker wins."""

    name: str
    example: str
    find: Callable[[_Context], Attribution | None]
    same_sentence: bool = True  # the speaker is named in the quote's own sentence


def _after(
    patterns: tuple[re.Pattern[str], ...], search: bool = False, needs_comma: bool = False
) -> Callable[[_Context], Attribution | None]:
    def find(c: _Context) -> Attribution | None:
        if not c.attributable_after or (needs_comma and not c.closed_comma):
            return None
        if search and ("“" in c.after or '"' in c.after or _CUE_ANY.search(c.before)):
            return None  # a late "X said" belongs to the quote only if nothing attributed it before
        for pattern in patterns:
            m = pattern.search(c.after) if search else pattern.match(c.after)
            if m and _plausible(m.group("spk"), after_verb=True) and len(m.group("spk").split()) <= 14:
                return Attribution(Span(c.after_lo + m.start("spk"), c.after_lo + m.end("spk")),
                                   Span(c.after_lo + m.start("cue"), c.after_lo + m.end("cue")))  # fmt: skip
        return None

    return find


def _before_pattern(pattern: re.Pattern[str]) -> Callable[[_Context], Attribution | None]:
    def find(c: _Context) -> Attribution | None:
        m = pattern.search(c.before)
        if m and _plausible(m.group("spk")):
            o = c.sent_lo
            return Attribution(Span(o + m.start("spk"), o + m.end("spk")), Span(o + m.start("cue"), o + m.end("cue")))
        return None

    return find


def _document_author(c: _Context) -> Attribution | None:
    """A quote from a document the sentence says someone else wrote: its author speaks."""
    m = _DOCUMENT_AUTHOR.search(c.before)
    if m is None:
        return None
    spk, cue = ("spk", "cue") if m.group("spk") else ("spk2", "cue2")
    if not _plausible(m.group(spk)):
        return None
    o = c.sent_lo
    return Attribution(Span(o + m.start(spk), o + m.end(spk)), Span(o + m.start(cue), o + m.end(cue)))


# "he began by saying, "..."", "The town released a statement saying its comments "..."": a speech verb in
# -ing before the quote; the speaker is the subject of the sentence
_GERUND_CUE = compiled(
    r"\b(?P<cue>saying|adding|noting|writing|arguing|insisting|declaring|explaining|warning|stating|calling)\b"
    r"[^“”\"‘’.!?]{0,100}$"
)


def _gerund_cue(c: _Context) -> Attribution | None:
    m = _GERUND_CUE.search(c.before)
    if m is None:
        return None
    subject = _subject(c.text, c.sent_lo, c.sent_lo + m.start("cue"))
    if subject is None or not _plausible(c.text[subject[0] : subject[1]]):
        return None
    o = c.sent_lo
    return Attribution(Span(*subject), Span(o + m.start("cue"), o + m.end("cue")))


def _cue_before(c: _Context) -> Attribution | None:
    """``X said "..."`` / ``X said: "..."``: the noun phrase before the speech verb closest to the quote."""
    found = _cue_subject(c.before, c.sent_lo, context=c.text)
    if found is None:
        return None
    spk, cue = found
    text = c.text
    if c.before_lo > c.raw.paragraph.start and c.sent_lo == c.before_lo:
        # a quote earlier in the same sentence cut the context short: the subject is before it
        full_lo = _sentence_start(text, c.raw.paragraph.start, c.raw.open_mark)
        if (
            full_lo < c.sent_lo
            and text[full_lo] not in '“"‘'
            and not _cue_subject(c.before, c.sent_lo, subject_fallback=False)
        ):
            subject = _subject(text, full_lo, c.raw.open_mark)
            if subject is not None:
                spk = Span(*subject)
    return Attribution(spk, cue)


def _previous_sentence(c: _Context) -> Attribution | None:
    """The sentence before ends with its attribution: `... to act, Schiff said. "The other factor ..."`."""
    text, para = c.text, c.raw.paragraph
    if c.before.strip() or c.sent_lo <= para.start:
        return None
    prev_lo = _sentence_start(text, para.start, c.sent_lo - 1)
    m = _PREV_ATTRIBUTION.search(text, max(prev_lo, c.sent_lo - 160), c.sent_lo)
    if not (m and _plausible(m.group("spk"))):
        # "Coan argues that his client was never violent. "The government ..."": the sentence before
        # opens with somebody speaking, and quotes nobody itself
        m = _PARA_ATTRIBUTION.match(text, prev_lo, c.sent_lo)
        if m is None or any(ch in text[prev_lo : c.sent_lo] for ch in '“”"') or not _plausible(m.group("spk")):
            return None
    pr = c.prev_raw
    continued = pr is not None and pr.close_mark is not None and prev_lo <= pr.close_mark < c.sent_lo
    return Attribution(Span(m.start("spk"), m.end("spk")), Span(m.start("cue"), m.end("cue")), continued)


# "- Name, Philadelphia.", "— Name, former Senate parliamentarian" (not "- Ukraine, which has lost ground, ...")
_CREDIT_LINE = compiled(
    rf"[―—–-]+\s*(?P<spk>{NAME})(?:,\s*(?=\S)(?!(?:which|who|that|whose|where)\b)[^\n,“”\"]{{1,60}}){{0,3}}\.?\s*"
)


def _dash_credit(c: _Context) -> Attribution | None:
    """``"..." - X`` after the quote, or a paragraph of its own after a paragraph that is all quote (``- X.``)."""
    found = _after((_AFTER_DASH,))(c)
    if found is not None or c.raw.close_mark is None or c.after.strip() or c.raw.open_mark != c.raw.paragraph.start:
        return found
    nxt = re.compile(r"\s*\n\s*").match(c.text, c.raw.paragraph.end)
    if nxt is None:
        return None
    line_end = c.text.find("\n", nxt.end())
    m = _CREDIT_LINE.fullmatch(c.text, nxt.end(), len(c.text) if line_end < 0 else line_end)
    return Attribution(Span(m.start("spk"), m.end("spk")), None) if m else None


def _transcript_label(c: _Context) -> Attribution | None:
    """``SMITH: "..."`` or a quote opening a paragraph after its speaker's label."""
    para = c.raw.paragraph
    if c.raw.open_mark != para.start:
        m = _LABEL.fullmatch(c.text, para.start, c.raw.open_mark)
        return Attribution(Span(m.start("spk"), m.end("spk")), Span(m.end("spk"), m.end("spk") + 1)) if m else None
    found = _transcript(c.text, para)
    return Attribution(*found) if found else None


def _colon_before(c: _Context) -> Attribution | None:
    """A quote opening its paragraph after a paragraph that ends ``X said:``."""
    if not (c.raw.open_mark == c.raw.paragraph.start or c.raw.continued):
        return None
    found = _colon_intro(c.text, c.raw.paragraph)
    return Attribution(*found) if found else None


_PARA_ATTRIBUTION = compiled(rf"(?P<spk>{SPEAKER})\s*,?\s+{_AUX}(?P<cue>{_FINITE})\b")


def _previous_paragraph(c: _Context) -> Attribution | None:
    """A paragraph that is all quote, after a paragraph whose last sentence reports somebody speaking
    (``Schoen elaborated in an editorial that ... / "A Sanders win ..."``): the quote is theirs."""
    text, para = c.text, c.raw.paragraph
    if c.raw.open_mark != para.start or c.after.strip():
        return None
    lo = text.rfind("\n", 0, para.start)
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    if lo <= 0 or text[lo - 1] not in ".!?:":
        return None
    line_start = text.rfind("\n", 0, lo) + 1
    sent_lo = _sentence_start(text, line_start, lo - 1)
    if any(ch in text[sent_lo:lo] for ch in '“”"'):
        return None  # the sentence quotes somebody itself: carried-over decides
    m = _PARA_ATTRIBUTION.match(text, sent_lo, lo)
    if m is not None and m.start() == sent_lo and _plausible(m.group("spk")):
        return Attribution(Span(m.start("spk"), m.end("spk")), Span(m.start("cue"), m.end("cue")))
    # "Viguerie is upbeat about the race, because ... / "Not only can ..."": a paragraph about somebody
    # quoted earlier, then a paragraph that is all quote: theirs
    if any(ch in text[line_start:lo] for ch in '“”"'):
        return None
    subject = _subject(text, line_start, _sentence_end(text, line_start, lo))
    if subject is None:
        return None
    last = text[subject[0] : subject[1]].split()[-1]
    if last[:1].isupper() and any(q.speaker_text and q.speaker_text.split()[-1] == last for q in c.out):
        return Attribution(Span(*subject), None)
    return None


def _carried_over(c: _Context) -> Attribution | None:
    """A quote with no attribution of its own continues the speaker of the quote just before it."""
    prev = c.prev
    if prev is not None and prev.speaker_span is not None and _continues(c.text, prev, c.raw, c.prev_raw):
        return Attribution(prev.speaker_span, None, True)
    return None


def _sentence_subject(c: _Context) -> Attribution | None:
    """``The team cited "..."``: a long quote in a sentence without a speech verb belongs to its subject."""
    if c.words < 4 or not c.before.strip():
        return None
    found = _subject(c.text, c.sent_lo, c.raw.open_mark)
    if found and _plausible(c.text[found[0] : found[1]]):
        return Attribution(Span(*found), None)
    return None


def extract_quotes(text: str, config: "QuotesConfig | None" = None) -> list[Quote]:
    """All quotations of a text with their speakers (mentions as written), in text order."""
    written, text = text, curly_singles(text)  # straight single marks read as curly ones (the same offsets)
    off = config.rules_off if config is not None else ()
    rules = tuple(r for r in RULES if r.name not in off) if off else RULES
    shortest = config.min_unattributed_words if config is not None else 5
    turns = (_transcript_turns(text) if "transcript-label" not in off and _ANY_TURN.search(text) else []) + (
        _embedded_posts(text) if "post-credit" not in off and "(@" in text else []
    )
    turn_paras = {t.paragraph for t in turns}
    raws = [r for r in find_quotes(text) if r.paragraph not in turn_paras]  # quotes inside a turn are the speaker's
    out: list[Quote] = []
    prev: Quote | None = None
    prev_raw: RawQuote | None = None
    title_para = _title_paragraph(text)
    for n, q in enumerate(raws):
        start, end = trim(text, q.start, q.end)
        if end <= start:
            continue
        para = q.paragraph
        if title_para is not None and para == title_para:
            continue
        words = len(text[start:end].split())
        before_lo = max(
            para.start,
            prev_raw.close_mark + 1 if prev_raw and prev_raw.close_mark and prev_raw.paragraph == para else para.start,
        )
        sent_lo = _sentence_start(text, before_lo, q.open_mark)
        before = text[sent_lo : q.open_mark]
        after_hi = raws[n + 1].open_mark if n + 1 < len(raws) and raws[n + 1].paragraph == para else para.end
        after_lo = (q.close_mark + 1) if q.close_mark is not None else para.end
        after = text[
            after_lo : min(after_hi, _sentence_end(text, after_lo, para.end) if after_lo < para.end else para.end)
        ]
        kind = _kind(text, before, q, start, end)
        if _is_title(text[start:end], before, after) or _STAGE_DIRECTION.fullmatch(text, q.start, q.end):
            continue  # a title, or "(CROSSTALK)" / "[applause]" in a transcript
        last_char = text[q.start : q.close_mark].rstrip("’'\"”‘“ ")[-1:] if q.close_mark is not None else ""
        closed_comma = q.close_mark is not None and last_char in ",?!—–-…"
        open_ended = q.close_mark is not None and last_char not in ".;:"  # "... niches” Grubbs said."
        # after a quote that ends its sentence ("... done." Smith said the next day ...) a new sentence starts
        attributable_after = q.close_mark is not None and (
            closed_comma
            or open_ended
            or after[:1] in ",—–-―"
            or re.match(r"\s*(?:[a-z]|[―—–]\s*[A-Z])", after) is not None
        )
        ctx = _Context(text, q, n, raws, out, prev, prev_raw, start, end, kind, words, sent_lo, before_lo, before,
                       after_lo, after, closed_comma, attributable_after)  # fmt: skip
        spk: Span | None = None
        found: Attribution | None = None
        rule: Rule | None = None
        for rule in rules:
            found = rule.find(ctx)
            if found is None:
                continue
            spk = found.speaker
            if not found.continued or rule.name != "carried-over":
                cleaned = _clean_speaker(text, spk.start, spk.end)
                spk = Span(*cleaned) if cleaned else None
            if spk is not None and (heard := _HEARD.match(text, spk.end)) is not None:
                # "The court heard that Aldcroft had sent a text ... saying ...": who listened never speaks; the one
                # the sentence goes on to name does
                spk = Span(heard.start("spk"), heard.end("spk"))
            if spk is not None:
                break
        if spk is None:
            found = rule = None
            if words < shortest + 1 if kind == "partial" else words < shortest:
                continue  # scare quotes, titles, nicknames: nobody is said to have said them
        cue = found.cue if found else None
        governed = (
            cue is None
            and rule is not None
            and rule.name == "carried-over"
            and prev is not None
            and prev.cue_span is not None
            and prev_raw is not None
            and prev_raw.paragraph == para
            and sent_lo == before_lo
            and not re.search(r"[.!?][”’\"']?\s", text[prev.span.end : q.open_mark])
        )  # "told the court his client was 'a broken man' who had 'lost everything'": the verb before governs both
        if kind == "partial" and cue is None and not governed and words < 4:
            continue
        speaker_text = written[spk.start : spk.end] if spk else None
        named = bool(rule and rule.same_sentence and speaker_text and speaker_text.lower() not in lexicon.PRONOUNS)
        quote = Quote(
            span=Span(start, end),
            kind=kind,
            speaker_span=spk,
            speaker_text=speaker_text,
            cue=written[cue.start : cue.end] if cue else None,
            cue_span=cue,
            continued=bool(found and found.continued),
            paragraph=para,
            rule=rule.name if rule else None,
            named=named,
        )
        out.append(quote)
        prev, prev_raw = quote, q
    if turns:
        out = sorted(out + turns, key=lambda x: x.span.start)
    return out


# the credit line of a social-media post embedded in a page: "— Name (@handle) March 3, 2026"
_POST_CREDIT = compiled(r"[―—–-]+\s*(?P<spk>[^()\n@]{2,80}?)\s*\(@\w{1,30}\)")


def _embedded_posts(text: str) -> list[Quote]:
    """A post embedded in a page (its text, then a credit line naming its author and handle) is a direct
    quote of the author, without quotation marks."""
    paras = list(paragraphs(text))
    posts = []
    for before, para in zip(paras, paras[1:]):
        m = _POST_CREDIT.match(text, para.start, para.end)
        if not m or text[before.start] in '“"‘' or len(text[before.start : before.end].split()) < 3:
            continue
        start, end = trim(text, before.start, before.end)
        spk = Span(m.start("spk"), m.end("spk"))
        posts.append(Quote(span=Span(start, end), kind="direct", speaker_span=spk, speaker_text=m.group("spk"),
                           cue=None, cue_span=None, paragraph=before, rule="post-credit", named=True))  # fmt: skip
    return posts


# a body that listened ("the court heard", "the jury was told", "the inquest heard"), then who spoke
_HEARD = compiled(
    rf"\s+(?:heard\s+(?:that\s+|how\s+)?|(?:was|were)\s+told\s+(?:that|how)\s+)"
    rf"(?!(?:{lexicon.alternation(w.capitalize() for w in lexicon.WEEKDAYS + lexicon.MONTHS)})\b)(?P<spk>{NAME})(?=\s+[a-z])"
)
_ANY_TURN = compiled(
    rf"(?m)^[ \t]*(?:{_SHOUTED}|Q|A|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Madam|The)\b[^\n:]{{0,120}})\s*:\s+"
)
# a transcript turn: a paragraph that opens with a speaker label ("HALVORSEN:", "Q:", "MS. REYES:")
_TURN = compiled(rf"(?P<spk>{_SHOUTED}|Q|A)\s*:\s+(?=[^\s“\"‘])")
# a parliamentary record's turns (Hansard): "Mr Hamish Reid (Strathmore) (Ind):", "The Secretary of State for
# Transport (Gideon Yeo):", "Mr Speaker:"; "Hon. Members: Hear, hear!" is the House, nobody in particular
_NAME_WORDS = r"[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|bin|bint|van|von|de|du))*"
_HANSARD_TURN = compiled(
    rf"(?:(?:Mr|Madam)\s+(?:Deputy\s+)?(?P<chair>Speaker)"
    rf"|(?P<spk>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness)\.?\s+{_NAME_WORDS})(?:\s*\([^()\n]{{1,60}}\)){{0,2}}"
    rf"|The\s+[A-Z][\w’'\-]*(?:\s+(?:[A-Z][\w’'\-]*|of|for|and|the|to)){{0,10}}\s*\((?P<named>{_NAME_WORDS})\))"
    rf"\s*:\s+(?=[^\s“\"‘])"
)


def _transcript_turns(text: str) -> list[Quote]:
    """The turns of a transcript printed without quotation marks: every paragraph opening with a speaker
    label is a direct quote of the label's speaker, when the text has at least two such paragraphs."""
    found = []
    for para in paragraphs(text):
        m = _TURN.match(text, para.start, para.end)
        if m and len(m.group("spk").split()) <= 4:
            found.append((para, m, "spk", False))
        elif (m := _HANSARD_TURN.match(text, para.start, para.end)) is not None and text[m.end()].isupper():
            group = next(g for g in ("spk", "named", "chair") if m.group(g))
            if len(m.group(group).split()) <= 5:
                found.append((para, m, group, True))
    labels = [m.group(g) for _, m, g, _ in found]
    seen = Counter(labels)
    # initials ("RB:", "DA:") label a Q&A's turns when each comes back; a lone "US:" or "UK:" opens a news line
    found = [f for f, label in zip(found, labels) if len(label.replace(".", "")) != 2 or seen[label] >= 2]
    hansard = [(m, g) for _, m, g, record in found if record]
    if hansard and not any(g == "chair" or "(" in text[m.start() : m.end()] for m, g in hansard):
        found = [f for f in found if not f[3]]  # "Mr Sunak: The former chancellor ..." in an explainer box
    if len(found) < 2:
        return []
    turns = []
    for para, m, group, _ in found:
        start, end = trim(text, m.end(), para.end)
        if len(text[start:end].split()) < 2:
            continue
        spk = Span(m.start(group), m.end(group))
        turns.append(Quote(span=Span(start, end), kind="direct", speaker_span=spk, speaker_text=m.group(group),
                           cue=":", cue_span=Span(m.end() - 1, m.end()), paragraph=para,
                           rule="transcript-label", named=True))  # fmt: skip
    return turns


_SMALL = {
    "a",
    "an",
    "the",
    "of",
    "and",
    "or",
    "in",
    "on",
    "at",
    "to",
    "for",
    "with",
    "by",
    "from",
    "is",
    "as",
    "vs",
    "&",
}


_BYLINE_AFTER = compiled(r"[\s,]*(?:by\s+[A-Z]|\(?(?:https?://|\[))")
_STOP_MARK = compiled(r"[.!?]")


def _is_title(quoted: str, before: str, after: str) -> bool:
    """A show, book or headline in quotation marks, not something somebody said."""
    words = quoted.split()
    if _BYLINE_AFTER.match(after):
        return True  # a headline in a round-up: "Title," by Outlet's Writer
    if len(words) > 8 or _STOP_MARK.search(quoted):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    title_case = (
        bool(big) and sum(w[:1].isupper() for w in big) >= max(2, 0.75 * len(big))
        if len(big) > 1
        else bool(big) and big[0][:1].isupper() and bool(re.search(r"\b(?:on|in|of|to|by)\s+(?:\w+[’']s\s+)?$", before))
    )
    return title_case and not re.search(r"[:,]\s*$", before)


def _title_paragraph(text: str) -> Span | None:
    """A first line that reads as a headline (short, no sentence ending) is not reporting."""
    first = next(paragraphs(text), None)
    if first is None:
        return None
    line = text[first.start : first.end]
    if line[:1] in '“"‘«':
        return None  # a quotation opening the text is reporting, not a headline
    if len(line.split()) <= 25 and not re.search(r"[.!?:][\"”’)]*$", line):
        return first
    return None


_ENDS_WITH_VERB = compiled(rf"\b(?:{SPEECH_VERBS})$", re.IGNORECASE)


_VERB = compiled(rf"(?:{SPEECH_VERBS})", re.IGNORECASE)
_WORD_START = compiled(r"\b\w")


def _verb_at_end(seg: str) -> re.Match[str] | None:
    """``_ENDS_WITH_VERB.search(seg)``, tried only where one of the last words starts (a speech verb is one or
    two words): the search itself tries its alternation of 190 verbs at every character."""
    starts = [m.start() for m in _WORD_START.finditer(seg, max(0, len(seg) - 40))]
    for pos in starts[-4:]:
        found = _VERB.fullmatch(seg, pos)
        if found:
            return found
    return None


def _kind(text: str, before: str, q: RawQuote, start: int, end: int) -> str:
    """Direct when the quote stands as an utterance; partial when woven into the writer's sentence."""
    if q.continued or q.open_mark == q.paragraph.start:
        return "direct"
    tail = before.rstrip()
    if not tail or tail.endswith((":", ",", "—", "–", "-", ";", "(")):
        return "direct"
    seg = tail[-60:]  # the verb is the last word or two: the whole text before need not be searched
    verb = _verb_at_end(seg)
    if verb and (verb.start() > 0 or len(tail) <= 60 or not tail[-61].isalnum()):
        return "direct"
    quoted = text[start:end]
    if quoted[:1].isupper() and len(quoted.split()) >= 8 and re.search(r"[.!?]", quoted):
        return "direct"
    return "partial"


_DOCUMENT_THAT = compiled(rf"\b(?:{lexicon.alternation(lexicon.DOCUMENTS)})\s+(?:that|which)\s+$")


def named_body(text: str, end: int, word: str) -> bool:
    """Whether ``word`` ("diocese", "mart") names a body the text named before ``end`` with it capitalised after
    another capitalised word ("the Roman Catholic Diocese of Port Sheldon"), below the title line (a headline in
    title case capitalises every word) and within a few paragraphs; never a word for a person."""
    if word in _PEOPLE_WORDS:
        return False
    first_line = text.find("\n")
    title = text[: first_line if first_line >= 0 else len(text)]
    words = title.split()
    headline = (
        bool(words)
        and not title.rstrip().endswith((".", "!", "?", "”", '"'))
        and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)
    )  # a headline in title case capitalises every word
    lo = max(first_line + 1 if headline and 0 <= first_line < end else 0, end - 3000)
    return re.search(rf"[A-Z][\w’'\-]*[ \t]+{word.capitalize()}\b", text[lo:end]) is not None


_PEOPLE_WORDS = (
    frozenset(lexicon.PEOPLE_WORDS)
    | frozenset(lexicon.ROLE_WORDS)
    | frozenset(lexicon.ROLE_NOUNS)
    | frozenset(lexicon.DOCUMENTS)
    | frozenset(lexicon.UNNAMED_HEADS)
    | frozenset(lexicon.GENDERED_ROLES)
)


def _cue_subject(
    before: str, offset: int, subject_fallback: bool = True, context: str = ""
) -> tuple[Span, Span] | None:
    """The speaker of the speech verb closest to the end of ``before`` (the text before a quote, which starts at
    ``offset`` of the whole text ``context``, where bodies are named before it)."""
    text = before
    cues = [
        c
        for c in _CUE_ANY.finditer(text)
        if not _inside_quote(text, c.start())
        and not _is_noun_use(text, c.start())
        and not _PASSIVE_BY.match(text, c.end())  # "a letter read aloud by the prosecutor": no one speaks there
    ]
    if not cues:
        return None
    if len(cues) > 1 and _POSSESSIVE.search(text, max(0, cues[-1].start() - 30), cues[-1].start()):
        cues.pop()  # "X said Trump's remarks "..."": the remarks are a noun, X speaks
    if len(cues) > 1 and _DOCUMENT_THAT.search(text, max(0, cues[-1].start() - 40), cues[-1].start()):
        cues.pop()  # "X said in a statement that described the plan as '...'": X speaks, through the statement
    cue = cues[-1]  # the verb closest to the quote governs it
    cue_span = Span(offset + cue.start(), offset + cue.end())
    head = text[: cue.start()].rstrip()
    if cue.group(0).lower().endswith("ing") and head.rstrip("”\"’'").endswith(","):  # (', "The Show," telling')
        # ", saying ...": the speaker of an earlier cue in the sentence, or the subject of the main clause
        found = _np_before(text, 0, cues[-2].start()) if len(cues) > 1 else None
        found = found or (_subject(text, 0, cue.start()) if subject_fallback else None)
    else:
        found = _np_before(text, 0, cue.start(), context, offset)
        if found is not None and cue.group(0).endswith("ing") and _DOCUMENTS.search(text[found[0] : found[1]]):
            found = None  # "X released a statement saying ...": X speaks, through the statement
        found = found or (_subject(text, 0, cue.start()) if subject_fallback else None)
    if found is None or not _plausible(text[found[0] : found[1]]):
        return None
    return Span(offset + found[0], offset + found[1]), cue_span


_DOCUMENTS = compiled(rf"\b(?:{lexicon.alternation(lexicon.DOCUMENTS)})s?$", re.IGNORECASE)
_NOUN_BEFORE = compiled(
    r"(?:\b(?:the|a|an|his|her|their|its|of|these|those|such|many|some|no|all|any|our|my|your|Democratic|Republican)|%|\d)\s*$"
)


_POSSESSIVE = compiled(r"\w[’']s\s*$")
_PASSIVE_BY = compiled(r"\s+(?:aloud\s+|out\s+)?by\b")


def _is_noun_use(text: str, pos: int) -> bool:
    """ "the claims", "his reports", "22% of claims": a cue word used as a noun."""
    return _NOUN_BEFORE.search(text, max(0, pos - 14), pos) is not None


def _inside_quote(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside a quotation in ``text[:pos]`` (an odd number of marks before it)."""
    head = text[:pos]
    return (head.count("“") > head.count("”")) or head.count('"') % 2 == 1


def _transcript(text: str, para: Span) -> tuple[Span, Span] | None:
    m = _TRANSCRIPT.match(text, para.start, para.end)
    if m and len(m.group("spk").split()) <= 4:
        return Span(m.start("spk"), m.end("spk")), Span(m.end("spk"), m.end("spk") + 1)
    return None


def _colon_intro(text: str, para: Span) -> tuple[Span, Span] | None:
    """A quote opening its paragraph after a paragraph that ends "X said:"."""
    lo = para.start - 1
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    if lo <= 0 or text[lo - 1] != ":":
        return None
    line_start = text.rfind("\n", 0, lo - 1) + 1
    sent_lo = _sentence_start(text, line_start, lo)
    intro = text[sent_lo:lo]
    for pattern in (_BEFORE_ACCORDING, _BEFORE_CUE_SPK):
        m = pattern.search(intro)
        if m and _plausible(m.group("spk")):
            return Span(sent_lo + m.start("spk"), sent_lo + m.end("spk")), Span(
                sent_lo + m.start("cue"), sent_lo + m.end("cue")
            )
    found = _cue_subject(intro, sent_lo)
    if found is None:
        # "Jared Potts, 17, echoed:" / "The senator released this statement:": the subject introduces the quote
        subject = _subject(text, sent_lo, lo - 1)
        if subject is not None and _plausible(text[subject[0] : subject[1]]):
            found = Span(*subject), Span(lo - 1, lo)
    return found


def _continues(text: str, prev: Quote, q: RawQuote, prev_raw: RawQuote | None) -> bool:
    """A quote with no attribution of its own continues the previous one if nothing else intervenes."""
    if prev_raw is None or prev.paragraph is None:
        return False
    if q.paragraph == prev.paragraph:
        between = text[(prev_raw.close_mark or prev_raw.end) + 1 : q.open_mark]
        return len(between.split()) <= 25 and not _CUE.search(between) or bool(_CUE.search(between))
    # the next paragraph: it must open with the quote, and directly follow
    gap = text[prev.paragraph.end : q.paragraph.start]
    return q.open_mark == q.paragraph.start and not gap.strip() and gap.count("\n") <= 3 and prev.kind == "direct"


_BAD_HEADS = {"the", "a", "an", "this", "that", "these", "those", "there", "here", "what", "which", "who", "when",
              "where", "why", "how", "if", "but", "and", "so", "as", "it's", "its", "in", "on", "at", "for",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "later", "earlier", "recently", "again"}  # fmt: skip


def _plausible(speaker: str, after_verb: bool = False) -> bool:
    """Whether a mention can be a speaker (``after_verb``: it follows the speech verb, where a word in
    -ing is a name, "said Golding", not a clause "Trying to ...")."""
    words = speaker.split()
    if not words:
        return False
    if len(words) == 1 and (words[0].lower() in _BAD_HEADS or not after_verb and _is_gerund(words[0].lower())):
        return False  # "Trying to ..." opens a sentence; it says nothing
    return not speaker.isdigit()


def _is_gerund(word: str) -> bool:
    """ "Trying", "Speaking": a word in -ing opening a clause (after a speech verb it is a name: "said Golding"),
    when what is left is an English verb ("try", "speak", "make", "run"); "Sterling" and "King" are names."""
    if not word.endswith("ing") or len(word) < 5:
        return False
    from .people import _common_words  # (people imports this module)

    stem, words = word[:-3].lower(), _common_words()
    return stem in words or stem + "e" in words or (len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words)


# --- a small noun-phrase reader for the text before a quote -------------------------------------------------

_PARTICLES = frozenset(lexicon.NAME_PARTICLES)
_TOKEN = compiled(r"[\w’'\-.]+|[,;:()—–]")
_PRONOUN_WORD = compiled(PRONOUN)
_ROLE_SET = frozenset(lexicon.ROLE_NOUNS)  # the fragments as written ("neighbou?r" included, as before)
_NP_FUNCTION = {"the", "a", "an", "of", "for", "from", "at", "his", "her", "their", "its", "one", "another", "two",
                "three", "some", "several", "many", "other", "senior", "former", "top", "chief", "deputy", "vice",
                "presidential", "state", "federal", "local", "national", "new", "and", "&", "general"}  # fmt: skip
_DETERMINERS = {
    "the",
    "a",
    "an",
    "his",
    "her",
    "their",
    "its",
    "one",
    "another",
    "two",
    "three",
    "some",
    "several",
    "many",
}
_SKIP_BACK = {"on", "in", "at", "last", "this", "also", "then", "later", "earlier", "previously", "again", "has",
              "had", "have", "would", "will", "could", "can", "should", "might", "must", "may", "once", "recently", "repeatedly", "publicly", "privately", "statement",
              "interview", "a", "an", "the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "week", "month", "year", "morning", "afternoon", "evening", "night", "today", "yesterday",
              "tonight", "recent", "during", "news", "conference", "briefing", "speech", "post", "tweet"}  # fmt: skip
_OPENERS = {"in", "on", "at", "after", "before", "when", "while", "as", "asked", "speaking", "during", "since",
            "despite", "although", "though", "if", "because", "following", "earlier", "later", "meanwhile", "but",
            "and", "yet", "so", "still", "however", "also", "last", "this", "writing", "responding", "addressing",
            "pressed", "interviewed", "under", "with", "without", "for", "over", "amid", "like", "unlike", "early",
            "late", "shortly", "soon", "just", "once", "then", "now", "alongside", "through", "throughout",
            "across", "within", "upon", "from", "by", "to", "into", "about", "around", "against", "until", "unless",
            "whether", "where", "even", "instead", "indeed", "still", "again", "here", "there", "today", "outside",
            "inside", "beyond", "behind", "near", "beside", "among", "amongst", "between", "toward", "towards"}  # fmt: skip


# prepositions that open a sentence with where or when it happened ("Outside court, X said")
_PLACE_OPENERS = frozenset({"outside", "inside", "in", "at", "on", "after", "before", "during", "beyond", "behind", "near",
                            "beside", "among", "amongst", "between", "from", "with", "under", "over", "toward", "towards",
                            "across", "within", "upon", "through", "throughout", "around", "into", "amid", "despite"})  # fmt: skip


def _np_token(tok: str) -> bool:
    low = tok.lower()
    return (
        tok[:1].isupper() or low in _NP_FUNCTION or low in _ROLE_SET or low.endswith(("’s", "'s")) or tok[:1].isdigit()
    )


def _trim_np(toks: list[re.Match]) -> list[re.Match]:
    while toks and (
        toks[0].group(0).lower() in {"of", "for", "from", "at", "and", "&"} or toks[0].group(0)[:1].isdigit()
    ):
        toks = toks[1:]
    while toks and toks[-1].group(0).lower() in _NP_FUNCTION - {"general"} - _ROLE_SET:
        toks = toks[:-1]
    return toks


_OPENING_PREPOSITIONS = frozenset(("on", "at", "in", "during", "after", "before", "since", "by", "from", "outside"))


def _opening_phrase(toks: list, j: int) -> bool:
    """Whether the comma at token ``j`` closes a phrase that opens the sentence with a preposition ("At the
    cathedral's evensong on Boxing Day, Margaret Tilbury said"): a time or place, not the subject."""
    return (
        j >= 2
        and toks[0].group(0).lower() in _OPENING_PREPOSITIONS
        and toks[0].group(0)[:1].isupper()
        and not any(t.group(0) in ",;:()—–" for t in toks[1:j])
    )


def _np_before(text: str, lo: int, cue_start: int, context: str = "", offset: int = 0) -> tuple[int, int] | None:
    """The noun phrase just before a cue verb, skipping time and place phrases ("X on Wednesday said")."""
    toks = list(_TOKEN.finditer(text, lo, cue_start))
    i = len(toks) - 1
    # skip adverbials and parentheticals between the subject and the verb
    while i >= 0 and (
        toks[i].group(0).lower() in _SKIP_BACK
        or toks[i].group(0).endswith("ly")
        and toks[i].group(0).lower() not in _ROLE_SET  # an adverb, not "the family" or "an ally"
        or toks[i].group(0) in ",)"
    ):
        if toks[i].group(0) in ",)":  # ", in Kentucky," / "(R-IN)": jump back over the parenthetical
            j = i - 1
            while j >= 0 and toks[j].group(0) not in ",(" and i - j < 24:
                j -= 1
            if j >= 0 and toks[j].group(0) in ",(" and j < i - 1:
                cand = toks[j - 1] if j >= 1 else None
                inner = toks[j + 1 : i]
                if (toks[j].group(0) == "," and cand is not None and cand.group(0).lower() in _ROLE_SET and 2 <= len(inner) <= 4
                        and all(t.group(0)[:1].isupper() or t.group(0) in _PARTICLES for t in inner)):  # fmt: skip
                    return inner[0].start(), inner[-1].end()  # "a spokeswoman, Faith Njeri, said": the name
                if (
                    toks[j].group(0) == ","
                    and cand is not None
                    and 2 <= len(inner) <= 4
                    and all(t.group(0)[:1].isupper() or t.group(0) in _PARTICLES for t in inner)
                    and _opening_phrase(toks, j)
                ):
                    return inner[0].start(), inner[-1].end()  # "At evensong on Boxing Day, Margaret Tilbury said"
                if cand is not None and cand.group(0).isdigit() and j >= 2 and toks[j - 2].group(0) == ",":
                    i = j - 2  # "Darren Mayhew, 52, who runs a firm, said": the age is one more aside
                    continue
                if cand is not None and _np_token(cand.group(0)):
                    k = j - 1
                    while k >= 0 and toks[k].group(0) not in ",;:()—–" and j - k < 24:
                        k -= 1
                    m = k - 1
                    while m >= 0 and toks[m].group(0)[:1].isupper():
                        m -= 1  # back to the start of the name
                    if (
                        k >= 1
                        and toks[k].group(0) == ","
                        and toks[k + 1].group(0).lower() in ("a", "an")
                        and toks[k - 1].group(0)[:1].isupper()
                        and not (m >= 0 and toks[m].group(0).lower() == "of")  # "The cousin of Marco Ruiz, a ..."
                    ):
                        i = k - 1  # "X, a salesman from Sumter, South Carolina, says": the name before the aside
                        break
                    i = j - 1
                    break
            i -= 1
            continue
        if toks[i].group(0)[:1].isupper() and toks[i].group(0).lower() not in {
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        }:
            break
        i -= 1
    if i < 0:
        return None
    if toks[i].group(0).lower() in {"and", "but", "or", "then"}:
        return None  # "X told ... and said": the subject of the sentence
    if _PRONOUN_WORD.fullmatch(toks[i].group(0)) or toks[i].group(0).lower() in {"who", "i"}:
        if i >= 1 and toks[i - 1].group(0).lower() in {"what", "whom", "which"}:
            return None  # "X condemned what he called "...": the subject of the sentence
        return toks[i].start(), toks[i].end()
    end_i = i
    while i >= 0 and _np_token(toks[i].group(0)) and toks[i].group(0) not in ",;:()—–":
        i -= 1
    # "the prime minister", "a senior party source": modifiers of a role noun, back to their determiner
    if toks[end_i].group(0).lower() in _ROLE_SET:
        j = i
        while (
            j >= 0
            and end_i - j <= 5
            and toks[j].group(0)[:1].isalpha()  # "a Veridian quality manager": the company's name is a modifier too
            and not toks[j].group(0).endswith("ed")  # (a verb: "The senator emailed supporters")
            and toks[j].group(0).lower() not in _DETERMINERS
        ):
            j -= 1
        if j >= 0 and toks[j].group(0).lower() in _DETERMINERS and j < i:
            i = j - 1
    if i >= 1 and toks[i].group(0).lower() == "to" and toks[i - 1].group(0).isalpha():
        # "A letter from Mayor Dana Price to residents says", "Its submission to the Department says": who sent it,
        # not to whom
        if toks[i - 1].group(0).lower() in _SENT:
            k = i - 1
            while (
                k >= 1
                and toks[k - 1].group(0).isalpha()
                and toks[k - 1].group(0).lower() not in _DETERMINERS
                and i - k < 3
            ):
                k -= 1
            if k >= 1 and toks[k - 1].group(0).lower() in _DETERMINERS:
                k -= 1
            return toks[k].start(), toks[i - 1].end()
        if toks[i - 1].group(0)[:1].isupper() and _SENT_FROM.search(text, lo, toks[i].start()):
            sender = _np_before(text, lo, toks[i].start(), context, offset)
            if sender is not None:
                return sender
    if i + 1 <= end_i and toks[i + 1].group(0).lower() in {"of", "from"} and i >= 1 and toks[i].group(0) == ",":
        # "Cory James, 22, of Flint, Mich., said": a hometown (and age) after the name
        k = i - 1
        if k >= 1 and toks[k].group(0).isdigit() and toks[k - 1].group(0) == ",":
            k -= 2
        if k >= 0 and toks[k].group(0)[:1].isupper():
            return _np_before(text, lo, toks[k].end())
    np = _trim_np(toks[i + 1 : end_i + 1])
    to = next((k for k, t in enumerate(np) if t.group(0).lower() == "to"), None)
    if to and np[to - 1].group(0).lower() not in _CLOSE_TO:
        np = np[:to]  # "A letter from the Health Secretary to the three unions says": who wrote, not to whom
        if np[-1].group(0).lower() in _SENT:
            return np[0].start(), np[-1].end()  # "its written testimony (to the committee) says"
    if not np or not any(t.group(0)[:1].isupper() or t.group(0).lower() in _ROLE_SET for t in np):
        head = toks[end_i]
        if (
            end_i >= 1
            and toks[end_i - 1].group(0) in ("the", "The")
            and head.group(0).isalpha()
            and head.group(0).islower()
            and (
                head.group(0) in _BODY_HEADS
                or (end_i < 2 or toks[end_i - 2].group(0).lower() in (",", ";", ":", "and", "but", "then"))
                and named_body(context or text, offset + head.start() if context else head.start(), head.group(0))
            )
        ):
            # "That, the commission said,": a body described; "the diocese said" after the Roman Catholic Diocese
            # of Port Sheldon, "the mart" after Skelbeck Bridge Auction Mart: the body named before by that word
            return toks[end_i - 1].start(), head.end()
        return None
    if (
        np[0].group(0).lower() in _PLACE_OPENERS
        and np[-1].end() < cue_start
        and text[np[-1].end() : cue_start].lstrip().startswith(",")
    ):
        # "Outside court, Joan Pritchard, 79, ... said": the opening phrase is where, the subject comes after it
        return _subject(text, np[0].start(), cue_start)
    k = toks.index(np[0]) - 1
    while k >= 0 and toks[k].group(0).isalpha() and toks[k].group(0).islower() and toks[k].group(0) != "of":
        k -= 1  # "the consumer site FareWise": its description, back to "of"
    if k >= 0 and toks[k].group(0).lower() in ("the", "a", "an"):
        k -= 1
    if (
        k >= 1
        and toks[k].group(0) == "of"
        and toks[k - 1].group(0)[:1].isupper()
        and any(t.group(0).islower() and t.group(0).isalpha() for t in np)
    ):
        # "travel columnist Colleen Marsh of the consumer site FareWise said": the person, not where she works
        person = _np_before(text, lo, toks[k].start(), context, offset)
        if person is not None:
            return person
    return np[0].start(), np[-1].end()


_SENT = frozenset(lexicon.DOCUMENTS) | {"testimony", "submission"}  # what is sent to someone
_SENT_FROM = compiled(rf"\b(?:{lexicon.alternation(_SENT)})\s+from\s+", re.IGNORECASE)
_CLOSE_TO = frozenset(
    (
        "close",
        "closest",
        "loyal",
        "next",
        "linked",
        "related",
        "connected",
        "allied",
        "near",
        "sympathetic",
        "opposed",
        "friendly",
        "hostile",
        "known",
        "familiar",
        "married",
        "engaged",
    )
)
_BODY_HEADS = frozenset(w for w in lexicon.ORG_WORDS if w.isalpha() and w.islower())


def _subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase of the sentence in ``text[lo:hi]``, after a leading adverbial clause."""
    toks = list(_TOKEN.finditer(text, lo, hi))
    dash = next((k for k, t in enumerate(toks[:8]) if t.group(0) in ("—", "–", ":")), None)
    if (
        dash
        and all(t.group(0)[:1].isupper() or t.group(0) in (",", ".") for t in toks[:dash])
        and any(t.group(0).isupper() and len(t.group(0)) > 2 for t in toks[:dash])
    ):
        toks = toks[
            dash + 1 :
        ]  # "TALLAHASSEE, Fla. — Rep. X said", "KOLKATA: Mayor X said": the dateline is no subject
    commas = [k for k, t in enumerate(toks[:40]) if t.group(0) == ","]
    opened = (
        bool(toks)
        and (
            toks[0].group(0).lower() in _OPENERS
            or _is_gerund(toks[0].group(0).lower())  # "Appearing before supporters on Monday, Suu Kyi said ..."
            and len(toks) > 1
            and toks[1].group(0)[:1].islower()  # (not "Downing Street")
            or bool(commas)
            and commas[0] <= 5
            and toks[commas[0] - 1].group(0).lower() in _TIME_TAILS
        )
    )
    if not opened:
        return _np_at(toks, 0)[0]
    # an adverbial opens the sentence ("Hours later,", "In a long, angry interview last year,"): the subject
    # is the first noun phrase after one of its commas that a verb follows
    first = None
    for k in commas:
        if k + 1 < len(toks) and re.fullmatch(PRONOUN, toks[k + 1].group(0)):
            return toks[k + 1].start(), toks[k + 1].end()
        found, after = _np_at(toks, k + 1)
        first = first or found
        if (
            found
            and after < len(toks)
            and re.fullmatch(r"[a-z][a-z’'\-]*", toks[after].group(0))
            and toks[after].group(0) not in _NP_FUNCTION
        ):
            return found
    return first


_TIME_TAILS = frozenset(lexicon.TIME_TAILS)


_DESCRIPTIONS = frozenset(lexicon.PERSON_DESCRIPTIONS) - frozenset(lexicon.DOCUMENTS)


def _described_name(toks: list[re.Match], i: int) -> bool:
    """Whether token ``i`` is a word of description in lower case and a person's name follows it (a title or a
    first name): "hopeful Sen. Ted Cruz", "great Billie Jean King" (not "told Congress", "praised Obama")."""
    word, nxt = toks[i].group(0), toks[i + 1].group(0)
    if word not in _DESCRIPTIONS:
        return False
    from .people import HONORIFICS, first_name_gender  # (people imports this module)

    title = nxt.lower().strip(".")
    return title in HONORIFICS or title in _ROLE_SET or title in _TITLE_WORDS or first_name_gender(nxt) is not None


_TITLE_WORDS = frozenset(w.lower().strip(".") for w in lexicon.TITLE_ABBREVIATIONS) | frozenset(
    w.replace("\\", "") for w in lexicon.ROLE_WORDS
)


def _np_at(toks: list[re.Match], i: int) -> tuple[tuple[int, int] | None, int]:
    """The noun phrase (a pronoun, or a name or role) starting at token ``i``, and the index after it."""
    if i < len(toks) and re.fullmatch(PRONOUN, toks[i].group(0)):
        return (toks[i].start(), toks[i].end()), i + 1
    start = i
    while i < len(toks) and _np_token(toks[i].group(0)) and toks[i].group(0) not in ",;:()—–":
        i += 1
    if i > start and i + 1 < len(toks) and _described_name(toks, i):
        # "Republican presidential hopeful Sen. Ted Cruz", "Tennis great Billie Jean King": a description in lower
        # case between capitals, then a name: one noun phrase
        i += 1
        while i < len(toks) and _np_token(toks[i].group(0)) and toks[i].group(0) not in ",;:()—–":
            i += 1
    np = _trim_np(toks[start:i])
    if not np or not np[-1].group(0)[:1].isupper() and np[-1].group(0).lower() not in _ROLE_SET:
        return None, i
    return (np[0].start(), np[-1].end()), i


# the sentence after a quote names its speaker: ""..." That is how Priya Raman puts it." / "So says X."
_NEXT_SENTENCE = compiled(
    rf"[\s.!?”\"’']*(?P<cue>That(?:’s|'s|\s+is|\s+was)\s+(?:how|what)|So\s+(?:says|said)"
    rf"|(?:That|Such)\s+(?:is|was)\s+the\s+(?:verdict|view|assessment|message|warning|reaction|response)\s+of"
    rf"|(?:That|The)\s+(?:quote|line|remark|comment|words?)\s+(?:came\s+)?from)\s+(?P<spk>{SPEAKER})"
)


# after "That is how X": a verb of putting words ("puts it", "opened testimony", "summed it up"), before the sentence ends
_NEWLINES = compiled(r"\n+")
_HOW_SAID = compiled(
    r"[^.!?\n]{0,200}?\b(?:puts?|opened|opens|began|begins|summed|sums|described|describes|responded|answered|"
    r"greeted|closed|ended|explained|reacted|replied|introduced|welcomed|started|kicked)\b"
)


def _next_sentence(c: _Context) -> Attribution | None:
    """A quote that is a sentence of its own, then ``That is how X puts it`` / ``So says X``."""
    close = c.raw.close_mark
    if close is None or c.before.strip() or c.text[c.end - 1 : c.end + 1].rstrip("”\"’'")[-1:] not in ".!?":
        return None  # the quote must end its own sentence ("... the beginning." That is how ...)
    line_end = c.text.find("\n", close)
    if line_end >= 0 and not c.text[close + 1 : line_end].strip() and c.raw.open_mark == c.raw.paragraph.start:
        # the quote is a paragraph of its own: "“...” ¶ That was how Sen. X opened testimony"
        line_end = c.text.find("\n", _NEWLINES.match(c.text, line_end).end())
    m = _NEXT_SENTENCE.match(c.text, close + 1, len(c.text) if line_end < 0 else line_end)
    if m is None or not _plausible(m.group("spk")):
        return None
    if " how" in m.group("cue") and not _HOW_SAID.match(c.text, m.end("spk")):
        return None  # "That was how Tom Kelleher learned his son had survived": who heard it, not who said it
    return Attribution(Span(m.start("spk"), m.end("spk")), Span(m.start("cue"), m.end("cue")))


# a headline that gives a quote, then who said it: "“I was never the brave one”: Owen Madigan on fifty years ..."
_HEADLINE_NAME = compiled(rf"[’”\"']?\s*:\s+(?P<spk>{NAME})(?P<cue>)\s+(?:on|says|tells|to|at|in)\b")


def _headline_colon(c: _Context) -> Attribution | None:
    """A quote opening the first line, then a colon and the name of the person quoted."""
    first = next(paragraphs(c.text), None)
    if first is None or c.raw.paragraph != first or c.raw.open_mark != first.start or c.raw.close_mark is None:
        return None
    m = _HEADLINE_NAME.match(c.text, c.raw.close_mark, first.end)
    return Attribution(Span(m.start("spk"), m.end("spk")), None) if m and _plausible(m.group("spk")) else None


# "Her final line: “...”", "His answer: “...”": the owner of the words speaks
_OWNED_WORDS = compiled(
    r"(?P<spk>\b(?:His|Her|Their|his|her|their))\s+(?:[a-z]+\s+){0,2}(?P<cue>line|lines|words|message|answer|reply|"
    r"verdict|advice|response|warning|plea|explanation|summary|conclusion|take|retort|promise|pledge)\s*:\s*$"
)

# "For Baek, the arithmetic is simple: “...”": the person the sentence is about speaks
# "The Bishop has been accused by a local MP of '...'", "was described by the coroner as '...'": the agent speaks
_PASSIVE_AGENT = compiled(
    r"(?P<cue>\b(?:accused|described|criticised|criticized|branded|labelled|labeled|dubbed|condemned|denounced|"
    r"praised|hailed|attacked|called|mocked|derided))\s+by\s+(?P<spk>(?:(?:the|a|an|its|his|her|their)\s+)?"
    r"[^,;:“”\"‘’()]{2,60}?)\s+(?:of|as|for)\s+(?:being\s+|having\s+)?$"
)
_FOR_SPEAKER = compiled(rf"^\s*(?P<cue>For)\s+(?P<spk>{NAME}),\s+[^“”\"‘’:]{{3,120}}:\s*$")

_DOCUMENT_WORDS = frozenset(lexicon.DOCUMENTS)


def _words(phrase: str) -> set[str]:
    return {w.strip(".,;:!?").lower() for w in phrase.split()}


def _unless_told_before(find: Callable[[_Context], Attribution | None]) -> Callable[[_Context], Attribution | None]:
    """A document credited after a quote ("..., according to the complaint", "..., the affidavit states") gives way
    to the person the sentence has speaking before the quote ("Marsh told detectives he "..."): the document
    reports their words."""

    def find_unless(c: _Context) -> Attribution | None:
        found = find(c)
        if found is None or not _DOCUMENT_WORDS & _words(c.text[found.speaker.start : found.speaker.end]):
            return found  # (a document anywhere in the phrase: "a transcript entered into evidence")
        said = _cue_before(c)
        if said is not None and not _DOCUMENT_WORDS & _words(c.text[said.speaker.start : said.speaker.end]):
            return None
        return found

    return find_unless


# The attribution rules, in the order they are tried.  A quote's ``rule`` is the name of the entry that
# found its speaker; tests/cases/attribution.jsonl holds a case per way of writing an attribution.
RULES: tuple[Rule, ...] = (
    Rule("according-to", '"...", according to X', _unless_told_before(_after((_AFTER_ACCORDING,)))),
    Rule("said-speaker", '"...," said X', _unless_told_before(_after((_AFTER_CUE_FIRST,)))),
    Rule("speaker-said", '"...," X said', _unless_told_before(_after((_AFTER_SPK_FIRST,)))),
    Rule("dash-credit", '"..." - X (after the quote, or as the next paragraph)', _dash_credit),
    Rule(
        "speaker-verb",
        '"...," X warned (any verb after a quote closed by a comma)',
        _unless_told_before(_after((_AFTER_ANY_VERB, _AFTER_ANY_VERB_FIRST), needs_comma=True)),
    ),
    Rule(
        "late-attribution",
        '"..." if it fails, said X.',
        _after((_AFTER_LATE_CUE_FIRST, _AFTER_LATE_SPK_FIRST), search=True),
    ),
    Rule("according-to-before", 'According to X, "..."', _before_pattern(_BEFORE_ACCORDING)),
    Rule("according-to-opening", 'According to X, the plan was "..."', _before_pattern(_OPENING_ACCORDING)),
    Rule("said-speaker-before", 'explained moderator X: "..."', _before_pattern(_BEFORE_CUE_SPK)),
    Rule("from-speaker", 'More from X: "..."', _before_pattern(_FROM_SPEAKER)),
    Rule("document-author", 'read from an email X sent: "..." / a letter by X, who wrote that "..."', _document_author),
    Rule(
        "passive-agent",
        'Y has been accused by X of "..." / was described by X as "..."',
        _before_pattern(_PASSIVE_AGENT),
    ),
    Rule("speaker-said-before", 'X said: "..." / X called it "..."', _cue_before),
    Rule("owned-words", 'Her final line: "..."', _before_pattern(_OWNED_WORDS)),
    Rule("for-speaker", 'For X, the answer is simple: "..."', _before_pattern(_FOR_SPEAKER)),
    Rule("headline-colon", '"...": X on ... (a headline)', _headline_colon),
    Rule("subject-saying", 'X began by saying, "..." / X released a statement saying "..."', _gerund_cue),
    Rule("previous-sentence", 'X said. "..."', _previous_sentence, same_sentence=False),
    Rule("next-sentence", '"..." That is how X puts it.', _next_sentence, same_sentence=False),
    Rule(
        "transcript-label",
        'X: "..." (a speaker label opening the paragraph; also unquoted transcript turns)',
        _transcript_label,
    ),
    Rule(
        "post-credit",
        "an embedded post: its text, then '— X (@handle) date' (found before the table, see _embedded_posts)",
        lambda c: None,
    ),
    Rule("colon-before", 'X said:  (then) "..." in the next paragraph', _colon_before, same_sentence=False),
    Rule(
        "carried-over", '"..." after a quote of X, with no attribution of its own', _carried_over, same_sentence=False
    ),
    Rule(
        "previous-paragraph",
        "X elaborated in an op-ed that ...  (then a paragraph that is all quote)",
        _previous_paragraph,
        same_sentence=False,
    ),
    Rule("sentence-subject", 'X cited "..." (the subject of a sentence without a speech verb)', _sentence_subject),
)
RULE_NAMES = tuple(r.name for r in RULES)
