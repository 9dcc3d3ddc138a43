"""Cleaning: from what a reader found to the text that is stored for ever.

Cleaning happens exactly once, here.  It repairs mojibake, normalises Unicode
(but keeps curly quotes and dashes: quotes are evidence), drops boilerplate
lines, drops a repeated title and rejoins words broken by layout when a word
list makes the join certain.  Paragraphs are joined with a blank line so that
paragraph and sentence spans are plain offsets into the result.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

import ftfy

from ..model import Article, Problem, RawArticle, Span, article_id, count_words
from ..dates import parse_date

# Characters that carry no text: zero-width spaces and joiners, BOM, soft hyphen.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Whole lines that are page furniture, not reporting.  Matched against a line
# stripped and case-folded; each rule is generic web/newsroom boilerplate.
_BOILERPLATE = [
    r"leave a (reply|comment)( cancel reply)?",
    r"(post|add|write) a comment",
    r"\d* ?comments?",
    r"your email address will not be published\.?( required fields are marked \*?)?",
    r"required fields are marked \*",
    r"(share|tweet|email|print|pin|save)( (this|the))?( (article|story|page|post))?( on (facebook|twitter|x|whatsapp|linkedin|email))?:?",
    r"(share|follow us) on (facebook|twitter|x|instagram|whatsapp|linkedin)(,? (facebook|twitter|x|instagram|whatsapp|linkedin|and|or)+)*",
    r"(click|tap) here to .*",
    r"(advertisement|advertising|sponsored( content)?|ad feedback|story continues below( advertisement)?)",
    r"(read more|related( articles| stories)?|more on this story|recommended|most read|you may also like|trending now)\s*:?",
    r"(sign up|subscribe)( now)?( to| for)? .{0,80}(newsletter|updates|inbox|alerts|briefing).*",
    r".{0,60}(newsletter|in your inbox).{0,40}(sign up|subscribe)( here| now)?\.?",
    r"(get|receive) (our|the) .{0,40}newsletter.*",
    r"(©|\(c\)|copyright) .{0,120}",
    r"all rights reserved\.?",
    r"(photo|image|picture|video|illustration)( credit)?s?\s*:.{0,120}",
    r"this (article|story) (was|has been) (updated|amended|corrected).{0,80}",
    r"we use cookies.*",
    r"(accept|manage) (all )?cookies.*",
    r"(listen to|watch) (this|the) (article|story).{0,40}",
    r"(published|updated|last updated)\s*:?\s*\d.{0,40}",
]
_BOILERPLATE_RE = re.compile("|".join(f"(?:{p})" for p in _BOILERPLATE))
# A caption ends with a credit in parentheses: "... Starmer, left, ... (Photo: AFP)".
_CAPTION_RE = re.compile(
    r"\((?:photo|image|picture|credit|pictured|file photo)s?\s*[:/]?[^)]{0,60}\)\s*$", re.IGNORECASE
)
_CREDIT_TAIL_RE = re.compile(
    r"(?:photo|image|picture)(?:graph)?\s*(?:by|:)\s*[^.]{0,60}$|\b(?:getty images|shutterstock|ap photo|pa wire|pa media)\s*\)?$",
    re.IGNORECASE,
)

_DATE_TITLE_RE = re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T][0-9:]+)?\s+(.+?)\s*$")
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)\]]\s*$")
_HYPHEN_BREAK = re.compile(r"\b(\w{1,40})-\n(\w{1,40})\b")  # bounded, anchored: linear on a page of one long "word"
_SPLIT_WORD = re.compile(r"\b([A-Za-z]{2,40})\s([a-z]{2,40})\b")


_FIXER = ftfy.TextFixerConfig(explain=False, uncurl_quotes=False, fix_line_breaks=True, normalization="NFC")
_LEFT_ALONE = re.compile(r"[&<\x00-\x08\x0b-\x1f\x7f]")  # what ftfy may change in a line of plain ASCII


def fix_unicode(text: str) -> str:
    """Mojibake repaired and Unicode normalised, quotes and dashes kept as they are."""
    text = fix_text(text)
    text = text.translate(_INVISIBLE)
    return _SPACES.sub(" ", text)


def fix_text(text: str) -> str:
    """``ftfy.fix_text`` with :data:`_FIXER`'s settings, line by line as ftfy goes, passing over the lines
    it leaves as they are: plain ASCII without an entity, a tag or a control character (nine lines of
    news in ten; ftfy was a quarter of cleaning).  The same text out (tested against ftfy)."""
    config = _FIXER
    out = []
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos) + 1 or len(text)
        end = min(end, pos + config.max_decode_length)
        segment = text[pos:end]
        if segment.isascii() and not _LEFT_ALONE.search(segment):
            out.append(segment)  # nothing for ftfy to do, and no tag that would change how it goes on
        else:
            if config.unescape_html == "auto" and "<" in segment:
                config = config._replace(unescape_html=False)
            out.append(ftfy.fix_and_explain(segment, config)[0])
        pos = end
    return "".join(out)


def is_boilerplate(line: str) -> bool:
    s = line.strip().casefold()
    if not s:
        return False
    if _BOILERPLATE_RE.fullmatch(s):
        return True
    words = count_words(s)
    if words <= 40 and (_CAPTION_RE.search(line) or (words <= 12 and _CREDIT_TAIL_RE.search(line))):
        return True
    return False


def looks_like_title(line: str) -> bool:
    """A short line that does not end like a sentence."""
    s = line.strip()
    return 0 < len(s) <= 200 and count_words(s) <= 25 and not _SENTENCE_END.search(s)


def _same_line(a: str, b: str) -> bool:
    norm = lambda x: re.sub(r"\W+", " ", x.casefold()).strip()  # noqa: E731
    return bool(a) and norm(a) == norm(b)


@lru_cache(maxsize=1)
def _zipf():
    from wordfreq import zipf_frequency

    return lru_cache(maxsize=200_000)(zipf_frequency)  # the same words come back in every article


def join_broken_words(text: str, language: str | None = "en") -> str:
    """Rejoin words that layout split (``secu-\\nrity``, ``Organis ation``), only when certain.

    Certain means: the joined form is a common word and neither half is one, by
    the word frequencies of the article's language.
    """
    lang = (language or "en")[:2]
    try:
        zipf = _zipf()
        zipf("the", lang)
    except Exception:  # language not covered by the word list: leave the text alone
        return text

    def common(word: str, floor: float) -> bool:
        return zipf(word.lower(), lang) >= floor

    def hyphen(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        if common(a + b, 3.0) and not common(f"{a}-{b}", 2.0):
            return a + b
        return f"{a}-{b}"

    def space(m: re.Match[str]) -> str:
        a, b = m.group(1), m.group(2)
        joined = a + b
        za = zipf(a.lower(), lang)
        if za >= 2.5:  # the first half is a word: nearly every pair of words ends here
            return m.group(0)
        zb, zj = zipf(b.lower(), lang), zipf(joined.lower(), lang)
        if zj >= 3.5 and zb < 2.5 and zj - max(za, zb) >= 1.5:
            return joined
        return m.group(0)

    text = _HYPHEN_BREAK.sub(hyphen, text)
    return _SPLIT_WORD.sub(space, text)


def split_paragraphs(text: str, already_split: bool = False) -> list[str]:
    """Paragraphs of a raw text.

    Blank lines separate paragraphs.  Inside a block, single newlines are hard
    wrapping (joined) when the block reads as wrapped prose, otherwise each line
    is a paragraph of its own (many sites and feeds put one paragraph per line).
    """
    blocks = [b for b in re.split(r"\n[ \t]*\n", text) if b.strip()]
    out: list[str] = []
    for block in blocks:
        lines = [ln.strip() for ln in block.split("\n") if ln.strip()]
        if not lines:
            continue
        if already_split or len(lines) == 1:
            out.extend(lines)
            continue
        open_ends = sum(1 for ln in lines[:-1] if not _SENTENCE_END.search(ln))
        widths = [len(ln) for ln in lines[:-1]]
        wrapped = open_ends >= max(1, (len(lines) - 1) // 2) and max(widths) <= 100
        if wrapped:
            out.append(" ".join(lines))
        else:
            out.extend(lines)
    return out


def _sentence_spans(paragraph: str, offset: int) -> list[Span]:
    from .segment import sentence_offsets

    return [Span(offset + s, offset + e) for s, e in sentence_offsets(paragraph)]


def detect_language(text: str) -> str | None:
    try:
        import py3langid

        lang, _ = py3langid.classify(text[:1000])  # a thousand characters tell the language
        return lang
    except Exception:
        return None


MAX_WORDS = 200_000  # an "article" longer than a long book is a dump, not news (a 50 MB line is refused)
MAX_FIELD = 2_000  # characters of a title, outlet or URL


def _text_field(value: object, limit: int | None = MAX_FIELD) -> str | None:
    """A metadata field as text a store can hold: numbers become text, lone surrogates are replaced,
    anything else (lists, objects) is dropped; None when empty."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        value = str(value) if isinstance(value, float) or abs(value) < 10**30 else None
    if not isinstance(value, str):
        return None
    value = (
        value.encode("utf-8", "surrogateescape" if limit is None else "replace").decode("utf-8", "backslashreplace")
        if _has_surrogate(value)
        else value
    )
    value = value.strip()
    return (value[:limit] if limit else value) or None


def _has_surrogate(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def clean(raw: RawArticle, outlet: str | None = None) -> Article | Problem:
    """Turn a reader's raw article into a clean, segmented, identified :class:`Article`, or the
    problem with it (file and line named): a record is the unit of failure, never the batch."""
    try:
        return _clean(raw, outlet)
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError, UnicodeError, MemoryError) as err:
        return Problem(raw.source, f"cannot be read as an article: {type(err).__name__}: {str(err)[:200]}", raw.line)


def _clean(raw: RawArticle, outlet: str | None = None) -> Article | Problem:
    if not isinstance(raw.text, str):
        return Problem(raw.source, f"text is a {type(raw.text).__name__}, not text", raw.line)
    if len(raw.text) > 40 * MAX_WORDS:
        return Problem(
            raw.source,
            f"text of {len(raw.text):,} characters is too long for an article (limit {40 * MAX_WORDS:,})",
            raw.line,
        )
    raw.text = raw.text.encode("utf-8", "replace").decode("utf-8") if _has_surrogate(raw.text) else raw.text
    raw.source = _text_field(raw.source, None) or "?"  # a file name that is not UTF-8 keeps its bytes escaped
    raw.title, raw.url, raw.language = _text_field(raw.title), _text_field(raw.url), _text_field(raw.language, 20)
    raw.outlet = _text_field(raw.outlet)
    raw.meta = {str(k)[:100]: (_text_field(v) if isinstance(v, str) else v) for k, v in (raw.meta or {}).items()
                if isinstance(v, str | int | float | bool | None) and not (isinstance(v, int) and abs(v) >= 2**63)}  # fmt: skip
    text = fix_unicode(raw.text.replace("\r\n", "\n").replace("\r", "\n"))
    title = fix_unicode(raw.title).strip() if raw.title else None
    published = raw.published
    lines = text.split("\n")

    # The plain-text convention: " date YYYY-MM-DD Title" on the first line.
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is not None:
        m = _DATE_TITLE_RE.match(lines[first])
        if m:
            published = published or m.group(1)
            title = title or m.group(2).strip()
            lines = lines[first + 1 :]
        elif not title and not raw.text_is_clean and looks_like_title(lines[first]):
            nxt = lines[first + 1] if first + 1 < len(lines) else ""
            if not nxt.strip() or _same_line(lines[first], nxt):
                title = lines[first].strip()
                lines = lines[first + 1 :]

    # Boilerplate and repeated title lines go; the blank lines between paragraphs stay.
    kept = [ln for ln in lines if not is_boilerplate(ln) and not (title and _same_line(ln, title))]
    body = "\n".join(kept)
    language = raw.language or detect_language(body)
    body = join_broken_words(body, language)
    paragraphs = split_paragraphs(body, already_split=raw.text_is_clean)
    n_words = count_words(" ".join(paragraphs)) if paragraphs else 0
    if n_words < 3:
        return Problem(raw.source, "no article text found", raw.line)
    if n_words > MAX_WORDS:
        return Problem(raw.source, f"{n_words:,} words is too long for an article (limit {MAX_WORDS:,})", raw.line)

    clean_text = ""
    para_spans: list[Span] = []
    sent_spans: list[Span] = []
    for p in paragraphs:
        if clean_text:
            clean_text += "\n\n"
        start = len(clean_text)
        clean_text += p
        para_spans.append(Span(start, len(clean_text)))
        sent_spans.extend(_sentence_spans(p, start))

    outlet_name = (_text_field(outlet) or raw.outlet or "").strip() or "unknown"
    when = parse_date(published) if not isinstance(published, (date, datetime)) else published
    return Article(
        id=article_id(outlet_name, clean_text),
        outlet=outlet_name,
        title=title or None,
        text=clean_text,
        paragraphs=tuple(para_spans),
        sentences=tuple(sent_spans),
        url=raw.url,
        published=when,
        language=language,
        source=raw.source,
        meta=raw.meta,
    )
