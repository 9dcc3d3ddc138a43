"""Who said each quote: the speaker mention as written, and the cue verb."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..model import Span
from .extract import (
    _CAP, _CUE, _LEADING, _NOT_SPEAKERS, DET_NP, NAME, PARTIAL_CUES, PRONOUN, SPEAKER, SPEECH_VERBS, RawQuote, find_quotes, trim,
)  # fmt: skip

_AUX = r"(?:(?:has|had|have|would|will|also|later|then|again|once|previously|earlier|recently|simply|just|\w+ly)\s+){0,2}"
_STOPS = r"(?:in|on|at|during|after|before|when|while|as|to|of|about|from|last|this|that|yesterday|today|tonight|on|in|via|through|with|who|which|adding|noting|referring|speaking|according|before|earlier|later)"
_ABBR_DOT = r"(?:\b[A-Z][a-z]{1,4}\.(?=,|\s+[a-z(])|\b(?:Sen|Gov|Rep|Mr|Mrs|Ms|Dr|Jr|Sr|St|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Mt|Ft|Inc|Co|Corp|Ltd|No|Ariz|Calif|Fla|Mass|Mich|Minn|Penn|Tenn|Tex|Va|Wash|Wis|[A-Z])\.)"
_CHUNK = rf"(?:{_ABBR_DOT}|[^.!?;:“”\"])"
# ", said X" / ", X said": the chunk between the quote and the verb (or after it) is the speaker mention
_FINITE = "|".join(v for v in SPEECH_VERBS.split("|") if not v.endswith("ing"))
_INVERTED = "said|says|added|adds|asked|asks|wrote|writes|continued|continues|explained|explains|noted|notes|recalled|replied|responded|declared|stated|states|concluded|remarked|observed|countered|insisted|insists|argued|argues|warned|warns|told|tells|cautioned|quipped|joked|admitted|acknowledged|conceded|complained|boasted|claimed|claims|predicted|stressed|reported|reports|went on|goes on|tweeted|posted|announced"
_AFTER_CUE_FIRST = re.compile(
    rf"^\s*[,—–-]?\s*(?P<cue>{_INVERTED})\s+(?P<spk>(?:{DET_NP}(?:,\s+{NAME}(?=\s*[.,;!?]|\s*$))?|{NAME}|{PRONOUN}\b|{_CHUNK}{{1,80}}?)(?=\s*[,;:!?]|\.(?!\w)|\s+{_STOPS}\b|\s*$))"
)
_FIRST_SEG = rf"(?:{DET_NP}|(?:(?:{_CAP}|[a-z][\w\-’']*)\s+){{0,5}}{NAME}(?:\s+\([^)]{{1,20}}\))?|{PRONOUN}\b|(?:the|a|an|one|another|two|his|her|their|its|some|several|many)\s+(?:[\w\-’']+\s+){{0,4}}?[\w\-’']+)"
_AFTER_SPK_FIRST = re.compile(
    rf"^\s*[,—–-]?\s*(?P<spk>{_FIRST_SEG}(?:\s*,\s*{_CHUNK}{{1,90}}?,)?)\s*,?\s+{_AUX}(?P<cue>{_FINITE})\b"
)
# the attribution closing the sentence after more of the writer's words: "... if she lost, said X."
_AFTER_LATE_CUE_FIRST = re.compile(rf",\s*(?P<cue>{_INVERTED})\s+(?P<spk>{_CHUNK}{{1,80}}?)(?=\s*[,;:!?]|\.(?!\w)|\s*$)")
_AFTER_LATE_SPK_FIRST = re.compile(rf",\s*(?P<spk>(?:[A-Z]|the\b|a\b|an\b|{PRONOUN}\b){_CHUNK}{{0,80}}?)\s+{_AUX}(?P<cue>{SPEECH_VERBS})\b{_CHUNK}{{0,60}}$")
_AFTER_DASH = re.compile(rf"^\s*[―—–-]+\s*(?P<spk>{NAME})(?P<cue>)")  # an epigraph or vox pop: "..." ― Name
_AFTER_ANY_VERB = re.compile(rf"^\s*,?\s*(?P<spk>{NAME}|{PRONOUN})\s+(?P<cue>[a-z]+(?:ed|s))\b")
_AFTER_ACCORDING = re.compile(rf"^\s*[,—–-]?\s*(?P<cue>according to)\s+(?P<spk>{SPEAKER})", re.IGNORECASE)
_BEFORE_CUE_SPK = re.compile(rf"\b(?P<cue>said|says|explained|added|wrote|writes|continued|noted|declared|recalled|replied|responded)\s+(?P<spk>{DET_NP}|{NAME})\s*[:,]\s*$")  # "explained CBS moderator X:"
_BEFORE_ACCORDING = re.compile(rf"(?P<cue>[Aa]ccording to)\s+(?P<spk>{SPEAKER})\s*,?\s*$")
_CUE_ANY = re.compile(rf"\b(?:{SPEECH_VERBS}|{PARTIAL_CUES})\b")  # lower case: "States" is not a verb
_PREV_ATTRIBUTION = re.compile(rf"(?P<spk>{SPEAKER})\s*,?\s+{_AUX}(?P<cue>{_FINITE})\b[^“”\".!?]{{0,60}}[.]\s*$")
_TRANSCRIPT = re.compile(r"^\s*[\"“]?(?P<spk>[A-Z][A-Z.\-’' ]{1,40}[A-Z.])\s*:\s*")
_TERMINATOR = re.compile(r"[.!?][\"”’)]*\s+(?=[A-Z“\"‘(])")

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


def _clean_speaker(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim leading sentence adverbs and trailing punctuation; None if nothing like a speaker is left."""
    seg = text[start:end]
    m = _LEADING.match(seg)
    if m and m.end() < len(seg):
        start += m.end()
    while end > start and text[end - 1] in " ,;:.—–-":
        end -= 1
    word = text[start:end]
    if not word or word.lower() in _NOT_SPEAKERS - {"it", "we", "they", "i"} or word[0] in "“‘\"(":
        return None
    if word.lower() == "you":
        return None
    return start, end


_ABBREVIATION = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Sen|Gov|Rep|St|Jr|Sr|Gen|Lt|Col|Sgt|Capt|Prof|Rev|Mt|Ft|Inc|Co|Corp|No|Jan|Feb|Mar|Apr|"
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


def extract_quotes(text: str) -> list[Quote]:
    """All quotations of a text with their speakers (mentions as written), in text order."""
    raws = find_quotes(text)
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
        before_lo = max(para.start, prev_raw.close_mark + 1 if prev_raw and prev_raw.close_mark and prev_raw.paragraph == para else para.start)
        sent_lo = _sentence_start(text, before_lo, q.open_mark)
        before = text[sent_lo : q.open_mark]
        after_hi = raws[n + 1].open_mark if n + 1 < len(raws) and raws[n + 1].paragraph == para else para.end
        after_lo = (q.close_mark + 1) if q.close_mark is not None else para.end
        after = text[after_lo : min(after_hi, _sentence_end(text, after_lo, para.end) if after_lo < para.end else para.end)]
        kind = _kind(text, before, q, start, end)
        if _is_title(text[start:end], before, after):
            continue
        spk = cue = None
        continued = False
        found = None

        last_char = text[q.start : q.close_mark].rstrip("’'\"”‘“ ")[-1:] if q.close_mark is not None else ""
        closed_comma = q.close_mark is not None and last_char in ",?!—–-…"
        open_ended = q.close_mark is not None and last_char not in ".;:"  # "... niches” Grubbs said."
        # after a quote that ends its sentence ("... done." Smith said the next day ...) a new sentence starts
        attributable_after = q.close_mark is not None and (
            closed_comma or open_ended or after[:1] in ",—–-―" or re.match(r"\s*(?:[a-z]|[―—–]\s*[A-Z])", after) is not None
        )
        found = _attribute_after(after, after_lo, closed_comma) if attributable_after else None
        if found is None:
            found = _attribute_before(before, sent_lo, kind)
            if found is not None and before_lo > para.start and sent_lo == before_lo:
                # a quote earlier in the same sentence cut the context short: the subject is before it
                full_lo = _sentence_start(text, para.start, q.open_mark)
                if full_lo < sent_lo and text[full_lo] not in "“\"‘" and not _attribute_before(before, sent_lo, kind, subject_fallback=False):
                    subject = _subject(text, full_lo, q.open_mark)
                    if subject is not None:
                        found = Span(*subject), found[1]
        if found is None and not before.strip() and sent_lo > para.start:
            # the sentence before ends with its attribution: `... to act, Schiff said. "The other factor ..."`
            prev_lo = _sentence_start(text, para.start, sent_lo - 1)
            m = _PREV_ATTRIBUTION.search(text, max(prev_lo, sent_lo - 160), sent_lo)
            if m and _plausible(m.group("spk")):
                found = Span(m.start("spk"), m.end("spk")), Span(m.start("cue"), m.end("cue"))
                continued = prev_raw is not None and prev_raw.close_mark is not None and prev_lo <= prev_raw.close_mark < sent_lo
        if found is None and q.open_mark == para.start:
            found = _transcript(text, para)
        if found is None and (q.open_mark == para.start or q.continued):
            found = _colon_intro(text, para, out, raws, n)
        if found is not None:
            spk, cue = found
            spk_clean = _clean_speaker(text, spk.start, spk.end)
            spk = Span(*spk_clean) if spk_clean else None
        if spk is None and prev is not None and prev.speaker_span is not None and _continues(text, prev, q, prev_raw):
            spk, cue, continued = prev.speaker_span, None, True
        if spk is None and words >= 4 and before.strip():
            found_subject = _subject(text, sent_lo, q.open_mark)  # "The team cited "...": the sentence's subject
            spk = Span(*found_subject) if found_subject and _plausible(text[found_subject[0] : found_subject[1]]) else None
        if spk is None and (words < 6 if kind == "partial" else words < 5):
            continue  # scare quotes, titles, nicknames: nobody is said to have said them
        if kind == "partial" and cue is None and words < 4:
            continue
        quote = Quote(
            span=Span(start, end),
            kind=kind,
            speaker_span=spk,
            speaker_text=text[spk.start : spk.end] if spk else None,
            cue=text[cue.start : cue.end] if cue else None,
            cue_span=cue,
            continued=continued,
            paragraph=para,
        )
        out.append(quote)
        prev, prev_raw = quote, q
    return out


_SMALL = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is", "as", "vs", "&"}


def _is_title(quoted: str, before: str, after: str) -> bool:
    """A show, book or headline in quotation marks, not something somebody said."""
    words = quoted.split()
    if re.match(r"^[\s,]*by\s+[A-Z]", after) or re.match(r"^[\s,]*\(?(?:https?://|\[)", after):
        return True  # a headline in a round-up: "Title," by Outlet's Writer
    if len(words) > 8 or re.search(r"[.!?]", quoted):
        return False
    big = [w for w in words if w.lower() not in _SMALL]
    title_case = bool(big) and sum(w[:1].isupper() for w in big) >= max(2, 0.75 * len(big)) if len(big) > 1 else bool(big) and big[0][:1].isupper() and bool(re.search(r"\b(?:on|in|of|to|by)\s+(?:\w+[’']s\s+)?$", before))
    return title_case and not re.search(r"[:,]\s*$", before)


def _title_paragraph(text: str) -> Span | None:
    """A first line that reads as a headline (short, no sentence ending) is not reporting."""
    from .extract import paragraphs

    first = next(paragraphs(text), None)
    if first is None:
        return None
    line = text[first.start : first.end]
    if line[:1] in "“\"‘«":
        return None  # a quotation opening the text is reporting, not a headline
    if len(line.split()) <= 25 and not re.search(r"[.!?:][\"”’)]*$", line):
        return first
    return None


def _kind(text: str, before: str, q: RawQuote, start: int, end: int) -> str:
    """Direct when the quote stands as an utterance; partial when woven into the writer's sentence."""
    if q.continued or q.open_mark == q.paragraph.start:
        return "direct"
    tail = before.rstrip()
    if not tail or tail.endswith((":", ",", "—", "–", "-", ";", "(")):
        return "direct"
    if re.search(rf"\b(?:{SPEECH_VERBS})$", tail, re.IGNORECASE):
        return "direct"
    quoted = text[start:end]
    if quoted[:1].isupper() and len(quoted.split()) >= 8 and re.search(r"[.!?]", quoted):
        return "direct"
    return "partial"


def _attribute_after(after: str, offset: int, closed_with_comma: bool = True) -> tuple[Span, Span] | None:
    patterns = [_AFTER_ACCORDING, _AFTER_CUE_FIRST, _AFTER_SPK_FIRST, _AFTER_DASH] + ([_AFTER_ANY_VERB] if closed_with_comma else [])
    for pattern in patterns:
        m = pattern.match(after)
        if m and _plausible(m.group("spk")) and len(m.group("spk").split()) <= 14:
            return (Span(offset + m.start("spk"), offset + m.end("spk")), Span(offset + m.start("cue"), offset + m.end("cue")))
    if "“" not in after and '"' not in after:
        for pattern in (_AFTER_LATE_CUE_FIRST, _AFTER_LATE_SPK_FIRST):
            m = pattern.search(after)
            if m and _plausible(m.group("spk")) and len(m.group("spk").split()) <= 14:
                return (Span(offset + m.start("spk"), offset + m.end("spk")), Span(offset + m.start("cue"), offset + m.end("cue")))
    return None


def _attribute_before(before: str, offset: int, kind: str, subject_fallback: bool = True) -> tuple[Span, Span] | None:
    m = _BEFORE_ACCORDING.search(before) or _BEFORE_CUE_SPK.search(before)
    if m and _plausible(m.group("spk")):
        return (Span(offset + m.start("spk"), offset + m.end("spk")), Span(offset + m.start("cue"), offset + m.end("cue")))
    text = before
    cues = [c for c in _CUE_ANY.finditer(text) if not _inside_quote(text, c.start()) and not _is_noun_use(text, c.start())]
    if not cues:
        return None
    cue = cues[-1]  # the verb closest to the quote governs it
    cue_span = Span(offset + cue.start(), offset + cue.end())
    head = text[: cue.start()].rstrip()
    if cue.group(0).lower().endswith("ing") and head.endswith(","):
        # ", saying ...": the speaker of an earlier cue in the sentence, or the subject of the main clause
        found = _np_before(text, 0, cues[-2].start()) if len(cues) > 1 else None
        found = found or (_subject(text, 0, cue.start()) if subject_fallback else None)
    else:
        found = _np_before(text, 0, cue.start())
        if found is not None and cue.group(0).endswith("ing") and _DOCUMENTS.search(text[found[0] : found[1]]):
            found = None  # "X released a statement saying ...": X speaks, through the statement
        found = found or (_subject(text, 0, cue.start()) if subject_fallback else None)
    if found is None or not _plausible(text[found[0] : found[1]]):
        return None
    return Span(offset + found[0], offset + found[1]), cue_span


_DOCUMENTS = re.compile(r"\b(?:statement|release|tweet|post|letter|memo|email|e-mail|message|ad|video|note|op-ed|column)s?$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|their|its|of|these|those|such|many|some|no|all|any|our|my|your|Democratic|Republican)|%|\d)\s*$")


def _is_noun_use(text: str, pos: int) -> bool:
    """"the claims", "his reports", "22% of claims": a cue word used as a noun."""
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


def _colon_intro(text: str, para: Span, out: list[Quote], raws: list[RawQuote], n: int) -> tuple[Span, Span] | None:
    """A quote opening its paragraph after a paragraph that ends "X said:"."""
    lo = para.start - 1
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    if lo <= 0 or text[lo - 1] != ":":
        return None
    line_start = text.rfind("\n", 0, lo - 1) + 1
    sent_lo = _sentence_start(text, line_start, lo)
    return _attribute_before(text[sent_lo:lo], sent_lo, "direct")


def _continues(text: str, prev: Quote, q: RawQuote, prev_raw: RawQuote | None) -> bool:
    """A quote with no attribution of its own continues the previous one if nothing else intervenes."""
    if prev_raw is None or prev.paragraph is None:
        return False
    if q.paragraph == prev.paragraph:
        between = text[(prev_raw.close_mark or prev_raw.end) + 1 : q.open_mark]
        return len(between.split()) <= 25 and not _CUE.search(between) or bool(_CUE.search(between))
    # the next paragraph: it must open with the quote, and directly follow
    gap = text[prev.paragraph.end : q.paragraph.start]
    return q.open_mark == q.paragraph.start and gap.count("\n") <= 3 and prev.kind == "direct"


_BAD_HEADS = {"the", "a", "an", "this", "that", "these", "those", "there", "here", "what", "which", "who", "when",
              "where", "why", "how", "if", "but", "and", "so", "as", "it's", "its", "in", "on", "at", "for",
              "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
              "tonight", "later", "earlier", "recently", "again"}  # fmt: skip


def _plausible(speaker: str) -> bool:
    words = speaker.split()
    if not words:
        return False
    if len(words) == 1 and (words[0].lower() in _BAD_HEADS or words[0].lower().endswith("ing")):
        return False  # "Trying to ..." opens a sentence; it says nothing
    return not speaker.isdigit()


# --- a small noun-phrase reader for the text before a quote -------------------------------------------------

_TOKEN = re.compile(r"[\w’'\-.]+|[,;:()—–]")
_ROLE_SET = frozenset(__import__("storyline.quotes.extract", fromlist=["ROLE_NOUNS"]).ROLE_NOUNS.split("|"))
_NP_FUNCTION = {"the", "a", "an", "of", "for", "from", "at", "his", "her", "their", "its", "one", "another", "two",
                "three", "some", "several", "many", "other", "senior", "former", "top", "chief", "deputy", "vice",
                "presidential", "state", "federal", "local", "national", "new", "and", "&", "general"}  # fmt: skip
_DETERMINERS = {"the", "a", "an", "his", "her", "their", "its", "one", "another", "two", "three", "some", "several", "many"}
_SKIP_BACK = {"on", "in", "at", "last", "this", "also", "then", "later", "earlier", "previously", "again", "has",
              "had", "have", "would", "will", "once", "recently", "repeatedly", "publicly", "privately", "statement",
              "interview", "a", "an", "the", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
              "sunday", "week", "month", "year", "morning", "afternoon", "evening", "night", "today", "yesterday",
              "tonight", "recent", "during", "news", "conference", "briefing", "speech", "post", "tweet"}  # fmt: skip
_OPENERS = {"in", "on", "at", "after", "before", "when", "while", "as", "asked", "speaking", "during", "since",
            "despite", "although", "though", "if", "because", "following", "earlier", "later", "meanwhile", "but",
            "and", "yet", "so", "still", "however", "also", "last", "this", "writing", "responding", "addressing",
            "pressed", "interviewed", "under", "with", "without", "for", "over", "amid", "like", "unlike", "early",
            "late", "shortly", "soon", "just", "once", "then", "now", "alongside", "through", "throughout",
            "across", "within", "upon", "from", "by", "to", "into", "about", "around", "against", "until", "unless",
            "whether", "where", "even", "instead", "indeed", "still", "again", "here", "there", "today"}  # fmt: skip


def _np_token(tok: str) -> bool:
    low = tok.lower()
    return tok[:1].isupper() or low in _NP_FUNCTION or low in _ROLE_SET or low.endswith(("’s", "'s")) or tok[:1].isdigit()


def _trim_np(toks: list[re.Match]) -> list[re.Match]:
    while toks and (toks[0].group(0).lower() in {"of", "for", "from", "at", "and", "&"} or toks[0].group(0)[:1].isdigit()):
        toks = toks[1:]
    while toks and toks[-1].group(0).lower() in _NP_FUNCTION - {"general"} - _ROLE_SET:
        toks = toks[:-1]
    return toks


def _np_before(text: str, lo: int, cue_start: int) -> tuple[int, int] | None:
    """The noun phrase just before a cue verb, skipping time and place phrases ("X on Wednesday said")."""
    toks = list(_TOKEN.finditer(text, lo, cue_start))
    i = len(toks) - 1
    # skip adverbials and parentheticals between the subject and the verb
    while i >= 0 and (toks[i].group(0).lower() in _SKIP_BACK or toks[i].group(0).endswith("ly") or toks[i].group(0) in ",)"):
        if toks[i].group(0) in ",)":  # ", in Kentucky," / "(R-IN)": jump back over the parenthetical
            j = i - 1
            while j >= 0 and toks[j].group(0) not in ",(" and i - j < 8:
                j -= 1
            if j >= 0 and toks[j].group(0) in ",(" and j < i - 1:
                cand = toks[j - 1] if j >= 1 else None
                if cand is not None and _np_token(cand.group(0)):
                    i = j - 1
                    break
            i -= 1
            continue
        if toks[i].group(0)[:1].isupper() and toks[i].group(0).lower() not in {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}:
            break
        i -= 1
    if i < 0:
        return None
    if toks[i].group(0).lower() in {"and", "but", "or", "then"}:
        return None  # "X told ... and said": the subject of the sentence
    if re.fullmatch(PRONOUN, toks[i].group(0)) or toks[i].group(0).lower() in {"who", "i"}:
        if i >= 1 and toks[i - 1].group(0).lower() in {"what", "whom", "which"}:
            return None  # "X condemned what he called "...": the subject of the sentence
        return toks[i].start(), toks[i].end()
    end_i = i
    while i >= 0 and _np_token(toks[i].group(0)) and toks[i].group(0) not in ",;:()—–":
        i -= 1
    # "the prime minister", "a senior party source": modifiers of a role noun, back to their determiner
    if toks[end_i].group(0).lower() in _ROLE_SET:
        j = i
        while j >= 0 and end_i - j <= 5 and toks[j].group(0)[:1].islower() and toks[j].group(0).lower() not in _DETERMINERS:
            j -= 1
        if j >= 0 and toks[j].group(0).lower() in _DETERMINERS and j < i:
            i = j - 1
    np = _trim_np(toks[i + 1 : end_i + 1])
    if not np or not any(t.group(0)[:1].isupper() or t.group(0).lower() in _ROLE_SET for t in np):
        return None
    return np[0].start(), np[-1].end()


def _subject(text: str, lo: int, hi: int) -> tuple[int, int] | None:
    """The first noun phrase of the sentence in ``text[lo:hi]``, after a leading adverbial clause."""
    toks = list(_TOKEN.finditer(text, lo, hi))
    i = 0
    if toks and toks[0].group(0).lower() in _OPENERS:
        while i < len(toks) and toks[i].group(0) != ",":
            i += 1
        i += 1
    if i < len(toks) and re.fullmatch(PRONOUN, toks[i].group(0)):
        return toks[i].start(), toks[i].end()
    start = i
    while i < len(toks) and _np_token(toks[i].group(0)) and toks[i].group(0) not in ",;:()—–":
        i += 1
    np = _trim_np(toks[start:i])
    if not np or not np[-1].group(0)[:1].isupper() and np[-1].group(0).lower() not in _ROLE_SET:
        return None
    return np[0].start(), np[-1].end()
