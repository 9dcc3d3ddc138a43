"""Cleaning: what is kept, what goes, and that spans point at the right words."""

from __future__ import annotations

from storyline.ingest.clean import clean, fix_unicode, is_boilerplate, join_broken_words
from storyline.model import Article, RawArticle, article_id


def make(text: str, **kw) -> Article:
    a = clean(RawArticle(text=text, source="t.txt", **kw), outlet="Test")
    assert isinstance(a, Article)
    return a


def test_mojibake_repaired_and_curly_quotes_kept() -> None:
    broken = "â€œWe will act,â€\x9d she said. The minister’s plan"
    assert fix_unicode(broken).startswith("“We will act,”")
    assert fix_unicode("He said ‘no’ — twice.") == "He said ‘no’ — twice."
    assert fix_unicode("a\u00a0b\u200bc") == "a bc"


def test_boilerplate_lines_dropped_but_reporting_kept() -> None:
    for line in [
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "Share this article",
        "Sign up for our daily newsletter",
        "Advertisement",
        "The minister arrives in Paris. (Photo: AFP)",
        "Photograph: Jane Doe/Getty Images",
        "© 2025 Example Media Ltd",
    ]:
        assert is_boilerplate(line), line
    for line in [
        "He said he would share the report with the committee.",
        "“Leave a reply on my desk,” the editor told staff in a memo seen by reporters on Monday evening.",
    ]:
        assert not is_boilerplate(line), line


def test_title_line_repeated_is_dropped() -> None:
    a = make(
        "Bridge to close\n\nBridge to close\n\nThe council voted to close the bridge on Tuesday.\n\nLeave a Reply\n"
    )
    assert a.title == "Bridge to close"
    assert a.text == "The council voted to close the bridge on Tuesday."


def test_broken_words_joined_only_when_certain() -> None:
    assert (
        join_broken_words("the North Atlantic Treaty Organis ation said")
        == "the North Atlantic Treaty Organisation said"
    )
    assert join_broken_words("a secu-\nrity guarantee") == "a security guarantee"
    assert join_broken_words("a well-\nknown fact") == "a well-known fact"
    assert join_broken_words("he went in to the room") == "he went in to the room"


def test_spans_are_exact_offsets() -> None:
    a = make("Title here\n\nFirst sentence of the story. Second one, with Mr. Smith in it.\n\n“A quote,” he said.")
    texts = list(a.sentence_texts())
    assert texts == ["First sentence of the story.", "Second one, with Mr. Smith in it.", "“A quote,” he said."]
    for p in a.paragraphs:
        assert a.text[p.start : p.end].strip() == a.text[p.start : p.end]
    assert a.text[a.paragraphs[1].start] == "“"


def test_hard_wrapped_text_is_rejoined() -> None:
    a = make(
        "The council voted on Tuesday to close the old harbour\nbridge after engineers found cracks in two of\nits supports.\n\nA second paragraph follows here."
    )
    assert len(a.paragraphs) == 2
    assert "harbour bridge after" in a.text


def test_id_depends_on_outlet_and_normalised_text() -> None:
    assert article_id("BBC", "Hello  world") == article_id("bbc", "hello world\n")
    assert article_id("BBC", "Hello world") != article_id("CNN", "Hello world")
    assert make("Some story text that is long enough.").id == make("Some story text that is long enough.").id


def test_line_by_line_fixing_gives_what_ftfy_gives() -> None:
    """Lines of plain ASCII are passed over; everything else goes through ftfy as ftfy.fix_text would send
    it, including the switch that stops unescaping entities once a line holds a tag."""
    import random

    import ftfy

    from storyline.ingest.clean import _FIXER, fix_text

    from conftest import ROOT

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT.parent / "shared" / "seeds").glob("*")) if p.is_file()]
    texts.append((ROOT / "tests" / "fixtures" / "events.jsonl").read_text(encoding="utf-8"))
    rng = random.Random(5)
    pieces = ["&amp;", "&lt;b&gt;", "<b>", "</p>", "\r", "\r\n", "\x1b[31m", "\x00", "\x7f", "\x0c", "â€œ", "â€\x9d",
              "Ã©", "\u2028", "\x85", "ﬁ", "ｗｉｄｅ", "e\u0301", "\ufeff", "\ud83d", "&#233;", "&nbsp;"]  # fmt: skip
    for base in list(texts):
        lines = base.split("\n")[:60]
        for _ in range(20):
            mixed = list(lines)
            for _ in range(rng.randint(1, 6)):
                at = rng.randrange(len(mixed))
                word = mixed[at]
                cut = rng.randint(0, len(word))
                mixed[at] = word[:cut] + rng.choice(pieces) + word[cut:]
            texts.append("\n".join(mixed))
    assert len(texts) > 100
    for text in texts:
        assert fix_text(text) == ftfy.fix_text(text, _FIXER)


def test_broken_words_are_joined_as_by_the_plain_definition() -> None:
    """Broken words are joined as the plain definition says (every pair of words matched and judged in turn),
    on texts with words split at random places: a guard for any faster way of finding the pairs."""
    import random
    import re

    from storyline.ingest.clean import _SPLIT_WORD, _zipf

    zipf = _zipf()

    def plain(text: str) -> str:
        def space(m: re.Match[str]) -> str:
            a, b = m.group(1), m.group(2)
            za = zipf(a.lower(), "en")
            if za >= 2.5:
                return m.group(0)
            zb, zj = zipf(b.lower(), "en"), zipf((a + b).lower(), "en")
            return a + b if zj >= 3.5 and zb < 2.5 and zj - max(za, zb) >= 1.5 else m.group(0)

        return _SPLIT_WORD.sub(space, text)

    import json
    from pathlib import Path

    rng = random.Random(3)
    events = Path(__file__).parent / "fixtures" / "events.jsonl"
    texts = [json.loads(line)["text"] for line in events.read_text("utf-8").splitlines()][:12]
    texts += ["The Organisation of the governmen t said the secu rity situation was difficul t in the Mediterranean."]
    joined = 0
    for text in texts:
        words = text.split(" ")
        for _ in range(15):  # split long words in two, as layout does
            k = rng.randrange(len(words))
            w = words[k]
            if len(w) > 7 and w.isalpha():
                cut = rng.randrange(3, len(w) - 2)
                words[k] = w[:cut] + " " + w[cut:]
        broken = " ".join(words)
        got = join_broken_words(broken)
        assert got == plain(broken)
        joined += got != broken
    assert joined >= 2  # the texts did have words to join
