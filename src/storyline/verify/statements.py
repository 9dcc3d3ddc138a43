"""Statements: a story's quote instances grouped by what was said, each checked against the others.

A *statement* is one thing one person said.  Its instances are the quotes of it
in the story's articles, matched by aligning their words (case, punctuation,
ellipses and small insertions do not matter), so that a trimmed, extended,
merged or altered quote joins the statement it comes from.

Corroboration counts *independent* sources only: articles that are duplicates or
rewrites of another (provenance stage) and articles carrying the same wire copy
form one source.  Sharing only the quote itself does not make two articles one
source: that is what corroboration is.

Each instance then gets a status against the statement's best-supported wording
(the longest one carried word for word by the most independent sources):
``verbatim``, ``trimmed`` (a part of it), ``extended`` (it and more), ``altered``
(words changed; with the word-level diff), ``misattributed`` (the words belong to
a statement of another speaker, named as plainly), ``speaker-disputed`` (a weaker disagreement
about who said it) or ``unique`` (no independent source carries it).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Sequence

from rapidfuzz.distance import Indel

from ..groups import Groups
from ..model import Span
from ..quotes.lexicon import DOCUMENTS, HONORIFICS, ROLE_WORDS
from ..text import WORD
from .config import VerifyConfig

if TYPE_CHECKING:
    from ..quotes import QuoteInstance

_WORD = WORD

_DEFAULT = VerifyConfig()
# what a document or a thing is called when it is credited with words ("the suit says", "the cable said")
_DOCUMENT_HEADS = frozenset(w.rstrip("s") for w in (*DOCUMENTS, "suit", "cable", "website", "page"))
# titles and roles two different people share ("Rep.", "Senator"): no sign of one person
_TITLE_WORDS = frozenset(w.capitalize() for w in (*ROLE_WORDS, *HONORIFICS))
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "who", "which"}


_EDITORIAL = re.compile(r"\[[^\]]{0,40}\]")  # "give him [Putin] the chance": the editor's words, not the speaker's


def words(text: str) -> list[str]:
    """Comparable words: case, curly apostrophes, punctuation, ellipses and [editorial insertions] do not count."""
    return [w.replace("’", "'") for w in _WORD.findall(_EDITORIAL.sub(" ", text).casefold())]


@dataclass(frozen=True)
class Place:
    """Words in an article: where a copy's quote comes from in its source, or where another outlet paraphrases it."""

    article: str
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"article": self.article, "span": self.span.to_list()}


@dataclass
class Instance:
    """One quote of a statement in one article, with its status against the statement's reference wording."""

    index: int  # position in the story's list of quotes
    article: str
    text: str
    speaker: str | None  # person id
    source: int  # independence group
    words: list[str] = field(default_factory=list)
    direct: bool = True
    named: bool = True  # the speaker is named at this quote (not a pronoun, not carried over)
    speaker_type: str = "person"
    status: str = ""
    confidence: float = 0.0
    diff: list[dict[str, Any]] = field(default_factory=list)  # word changes from the reference (``altered``)
    note: str | None = None
    span: Span | None = None  # the quote in its article
    said: str | None = None  # the words that credit this quote as the article writes them ("Mr. Jordan", "he")
    credit: str | None = None  # the words this quote's own sentence credits when they name no person ("the suit", "it")
    in_source: Place | None = None  # a copy's quote: the words of its source it was held against
    paraphrased_in: list[Place] = field(default_factory=list)  # other outlets' sentences reporting it indirectly

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"quote": self.index, "article": self.article,
                               "span": self.span.to_list() if self.span else None, "status": self.status,
                               "confidence": round(self.confidence, 2), "speaker": self.speaker}  # fmt: skip
        if self.diff or (self.status == "altered" and self.in_source):  # held against its source: always a diff
            doc["diff"] = self.diff
        if self.note:
            doc["note"] = self.note
        if self.in_source:
            doc["source"] = self.in_source.to_json()
        if self.paraphrased_in:
            doc["paraphrased_in"] = [p.to_json() for p in self.paraphrased_in]
        return doc


@dataclass
class Statement:
    """One thing one person said, with every quote of it in the story's articles."""

    id: str
    speaker: str | None  # person id
    text: str  # best-supported wording
    carrying: int  # independent sources carrying it word for word
    instances: list[Instance]
    carried_by: frozenset[int] = frozenset()  # those sources (some quote it inside a longer quote)
    copies_only: bool = False  # only copies or rewrites carry it: no original, so no source at all

    @property
    def sources(self) -> int:
        """Independent sources carrying the reference wording word for word."""
        return 0 if self.copies_only else self.carrying

    @property
    def independent_sources(self) -> int:
        """Independent sources with any instance of the statement, or quoting it whole inside a longer quote."""
        return 0 if self.copies_only else len({i.source for i in self.instances} | self.carried_by)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "speaker": self.speaker, "text": self.text, "sources": self.sources,
                "independent_sources": self.independent_sources,
                "instances": [i.to_json() for i in self.instances]}  # fmt: skip


def _contains(big: list[str], small: list[str]) -> bool:
    n = len(small)
    if n == 0 or n > len(big):
        return False
    first = small[0]
    return any(big[i : i + n] == small for i in range(len(big) - n + 1) if big[i] == first)


def _shared(a: list[str], b: list[str]) -> int:
    """Words of a and b in common, in order (longest common subsequence)."""
    return (len(a) + len(b) - Indel.distance(a, b)) // 2


def word_diff(original: list[str], quoted: list[str]) -> list[dict[str, Any]]:
    """Word-level changes from the original wording to a quote: replace, delete, insert."""
    sm = difflib.SequenceMatcher(a=original, b=quoted, autojunk=False)
    return [{"op": op, "original": " ".join(original[i1:i2]), "quoted": " ".join(quoted[j1:j2])}
            for op, i1, i2, j1, j2 in sm.get_opcodes() if op != "equal"]  # fmt: skip


def same_statement(a: list[str], b: list[str], config: VerifyConfig | None = None) -> bool:
    """Two wordings of one statement: one contains the other, or they share most of their words in order."""
    cfg = config or _DEFAULT
    if not a or not b:
        return False
    shorter = min(len(a), len(b))
    if shorter < cfg.min_shared:
        return a == b or (_contains(a, b) or _contains(b, a)) and shorter >= 2
    if _contains(a, b) or _contains(b, a):
        return True
    shared = _shared(a, b)
    # most of the shorter quote, and a fair part of the longer: a stock phrase in common is not enough
    return shared >= cfg.min_shared and shared / shorter >= cfg.min_contained and shared / max(len(a), len(b)) >= 0.5


def group_statements(
    quotes: Sequence[QuoteInstance],
    source_of: dict[str, int],
    derived: frozenset[str] | dict[str, str] = frozenset(),
    config: VerifyConfig | None = None,
) -> list[Statement]:
    """Statements of a story from its quote instances (``storyline.quotes.story_people``'s ``quotes``).

    ``derived``: articles that copy or rewrite another (mapped to the article they derive from); their
    wording is never the reference, and each is checked against its own source's wording when it can be.
    An article contributes at most one instance to a statement: when one outlet runs as one quote
    what another splits in two, each part is its own statement, and the merged quote corroborates both.
    """
    cfg = config or _DEFAULT
    inst = [Instance(i, q.article, q.text, q.speaker, source_of.get(q.article, -1), words(q.text), q.kind == "direct",
                     not q.continued and (q.speaker_text or "").lower() not in _PRONOUNS
                     and q.speaker_type != "unnamed" and q.named,  # named in its own sentence
                     q.speaker_type or "person", span=q.span, said=q.speaker_text, credit=_credit(q))
            for i, q in enumerate(quotes)]  # fmt: skip
    groups_of: Groups[int] = Groups(range(len(inst)))
    find = groups_of.find

    # candidate pairs through shared rare-ish words, never all pairs of a big story
    index: dict[tuple[str, str], list[int]] = {}
    for i, x in enumerate(inst):
        for bigram in set(zip(x.words, x.words[1:])) or {(x.words[0], "")} if x.words else set():
            index.setdefault(bigram, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for postings in index.values():
        if len(postings) <= 200:
            pairs.update(
                (i, j)
                for a_pos, i in enumerate(postings)
                for j in postings[a_pos + 1 :]
                if inst[i].article != inst[j].article
            )
    scored = []
    for i, j in pairs:
        a, b = inst[i].words, inst[j].words
        # a fragment of a few words joins only its own speaker's quotes: two people may both say "to happen"
        fragment_of_another = (
            min(len(a), len(b)) < cfg.min_shared
            and inst[i].speaker
            and inst[j].speaker
            and inst[i].speaker != inst[j].speaker
        )
        if same_statement(a, b, cfg) and not fragment_of_another:
            scored.append((_shared(a, b) / max(1, min(len(a), len(b))), _shared(a, b), i, j))
    articles_in: dict[int, set[str]] = {i: {x.article} for i, x in enumerate(inst)}
    longest: dict[int, list[str]] = {i: x.words for i, x in enumerate(inst)}
    for _, _, i, j in sorted(scored, reverse=True):  # the closest wordings join first
        ri, rj = find(i), find(j)
        # one instance per article, and the longest wordings of both sides must match too:
        # a two-word fragment ("US backstop") found in two different statements does not join them
        if ri != rj and not (articles_in[ri] & articles_in[rj]) and same_statement(longest[ri], longest[rj], cfg):
            groups_of.union(ri, rj)
            articles_in[rj] |= articles_in.pop(ri)
            longest[rj] = max(longest.pop(ri), longest[rj], key=len)
    groups: dict[int, list[Instance]] = {}
    for i, x in enumerate(inst):
        groups.setdefault(find(i), []).append(x)
    _join_rewordings(groups, derived if isinstance(derived, dict) else {}, cfg)
    statements = [
        _judge(f"s{n + 1}", members, inst, derived, cfg) for n, members in enumerate(groups.values()) if members
    ]
    statements.sort(key=lambda s: min(i.index for i in s.instances))
    for n, s in enumerate(statements):
        s.id = f"s{n + 1}"
    return statements


def _join_rewordings(groups: dict[int, list[Instance]], derived: dict[str, str], cfg: VerifyConfig) -> None:
    """A quote found nowhere else joins the statement of the same speaker it rewords, if one does
    (another outlet put quotation marks around different words).  A rewrite's quote is held to a lower
    bar against the article it rewrites: the rewriter had that text in front of them."""
    from ..reuse.paraphrase import probability

    for key, members in list(groups.items()):
        if len(members) != 1 or not members[0].speaker or len(members[0].words) < 6:
            continue
        lone = members[0]
        source_article = derived.get(lone.article)
        best, best_p = None, cfg.paraphrase
        for other_key, others in groups.items():
            if other_key == key or not others or lone.article in {o.article for o in others}:
                continue
            if not any(o.speaker == lone.speaker for o in others):
                continue
            from_source = [o for o in others if o.article == source_article and o.speaker == lone.speaker]
            ref = max(from_source or others, key=lambda o: len(o.words))
            p = probability(ref.text, lone.text, ref.words, lone.words)
            if from_source:  # a rewrite may add a sentence of its own: the best of its sentences counts
                for sentence in re.split(r"(?<=[.!?—])\s+", lone.text):
                    if len(sentence.split()) >= 4 and sentence != lone.text:
                        p = max(p, probability(ref.text, sentence, ref.words, words(sentence)))
            if from_source and p > cfg.reworded_from_source:
                p += cfg.paraphrase  # past the usual bar: a rewording of its own source beats any other statement
            if p > best_p:
                best, best_p = other_key, p
        if best is not None:
            groups[best].append(lone)
            groups[key] = []


def _credit(q: QuoteInstance) -> str | None:
    """What a quote is credited to in its own sentence when that is nobody the story knows as a speaker: a
    document, a thing, ``it``.  A copy that gives these words to a named person has changed who speaks."""
    said = (q.speaker_text or "").strip()
    if q.speaker or q.continued or not said:
        return None
    head = said.lower().replace("’", "'").split()[-1].removesuffix("'s").rstrip("s")
    if said.lower() == "it" or head in _DOCUMENT_HEADS:
        return said
    return None  # an unresolved "the prime minister" or "she" is somebody, only not known to us


def _same_name(a: str | None, b: str | None) -> bool:
    """Two credits that share a name word name one person written two ways ("Rep. Trey Gowdy of South Carolina",
    "Representative Trey Gowdy South Carolina", "Gowdy"): a reworded credit, not a changed one.  Two first names
    that differ are two people of one family ("Mary Cheney", "Liz Cheney")."""
    if (a or "").casefold() == (b or "").casefold():
        return True
    names = [
        [w for w in re.findall(r"[^\W\d_][\w'’-]*", x or "") if w[0].isupper() and len(w) > 2 and w not in _TITLE_WORDS]
        for x in (a, b)
    ]
    if len(names[0]) >= 2 and len(names[1]) >= 2 and names[0][0] != names[1][0]:
        return False
    return bool(set(names[0]) & set(names[1]))


def _compare(reference: list[str], quoted: list[str]) -> tuple[str, list[dict[str, Any]]]:
    """verbatim, trimmed, extended (words only cut or added at the ends), or altered (with the diff)."""
    if quoted == reference:
        return "verbatim", []
    if _contains(reference, quoted):
        return "trimmed", []
    if _contains(quoted, reference):
        return "extended", []
    ops = [o for o in difflib.SequenceMatcher(a=reference, b=quoted, autojunk=False).get_opcodes()]
    interior = [o for o in ops[1:-1] if o[0] != "equal"]
    edges = [o[0] for o in (ops[0], ops[-1]) if o[0] != "equal"]
    if not interior and edges and all(e in ("delete", "insert") for e in edges):
        return ("trimmed" if set(edges) == {"delete"} else "extended"), []  # an overlapping cut of the same words
    return "altered", word_diff(reference, quoted)


def _judge(
    sid: str,
    members: list[Instance],
    everyone: list[Instance],
    derived: frozenset[str] | dict[str, str],
    cfg: VerifyConfig,
) -> Statement:
    speakers = {m.speaker for m in members if m.speaker}

    def carriers(ws: list[str]) -> set[int]:
        """Sources quoting these words whole: in this statement, or inside a longer quote elsewhere by the same
        speaker (or by nobody known); a few words found inside anybody's quote are no corroboration."""
        return {
            x.source
            for x in everyone
            if x.words == ws
            or (
                len(ws) >= cfg.min_shared
                and _contains(x.words, ws)
                and (not x.speaker or not speakers or x.speaker in speakers)
            )
        }

    # the reference wording: an original's rather than a copy's, a whole utterance rather than a fragment,
    # then the one most sources quote exactly, then the one most sources contain, then the longest
    best, best_key = members[0], (False, False, -1, -1, -1)
    for cand in members:
        exact = len({m.source for m in members if m.words == cand.words})
        key = (cand.article not in derived, cand.direct, exact, len(carriers(cand.words)), len(cand.words))
        if key > best_key:
            best, best_key = cand, key
    canon = best.words
    sources = len(carriers(canon))
    # the statement's speaker: the one most independent sources give it; on a tie, the reference's
    votes: dict[str, set[int]] = {}
    named_votes: dict[str, set[int]] = {}
    for m in members:
        if m.speaker:
            votes.setdefault(m.speaker, set()).add(m.source)
            if m.named:
                named_votes.setdefault(m.speaker, set()).add(m.source)
    kind = {m.speaker: m.speaker_type for m in members if m.speaker}
    original = {m.speaker for m in members if m.speaker and m.article not in derived}
    # at equal votes: what an original (not a copy) says, then a named person or organisation over a
    # description ("a director for Rep. X"), then the reference wording's speaker
    speaker = (
        max(votes, key=lambda s: (len(votes[s]), s in original, kind.get(s) != "unnamed", s == best.speaker, s))
        if votes
        else None
    )
    n_sources = len({m.source for m in members} | carriers(canon))
    speakers_elsewhere = {m.article: {x.speaker for x in everyone if x.article != m.article} for m in members}
    for m in members:
        # misattributed: a speaker named at this quote, against one that other sources name too
        # (or a copy naming someone else than its original gave)
        others = ({x.source for x in members} | carriers(m.words)) - {m.source}
        reference = canon
        source_instance = next(
            (x for x in members if isinstance(derived, dict) and x.article == derived.get(m.article)), None
        )
        if source_instance is not None:
            reference = source_instance.words  # a copy is checked against what its source said
        elif not same_statement(canon, m.words, cfg):
            # a piece of a merged quote: judge it against the instance it overlaps most
            peers = [x.words for x in members if x is not m and x.source != m.source]
            reference = max(peers, key=lambda w: _shared(w, m.words), default=canon)
        twin = None
        # other versions of the same article whose direction provenance could not tell (undated copies)
        versions = (
            [x for x in members if x.source == m.source and x.article != m.article and x.article not in derived
             and derived.get(x.article) != m.article]
            if source_instance is None and isinstance(derived, dict)
            else []
        )  # fmt: skip
        if versions:
            # another version of the same article whose direction provenance could not tell (undated copies):
            # the two are held against each other, and a difference is reported on both
            twin = next((x for x in versions if x.words != m.words), None)
            if twin is not None:
                reference = twin.words
        status, diff = _compare(reference, m.words)
        if twin is not None:
            m.note = "two versions of one article differ here; which came first is unknown"
        if source_instance is not None and status == "extended":
            # words inside the copy's quotation marks that its source has outside them, or not at all
            status, diff = "altered", word_diff(reference, m.words)
            m.note = "words inside the quotation marks that its source does not quote"
        if versions and m.named and m.speaker and m.speaker_type == "person" and len(m.words) >= cfg.min_shared:
            # another version of the same article, direction unknown, credits these words to someone else (or to a
            # document) in other words: the credit was changed in one of the two; reported on the one naming a person
            other = next((x for x in versions if (x.speaker or x.credit) and x.speaker != m.speaker
                          and not _same_name(x.said, m.said)
                          and Indel.normalized_similarity(x.words, m.words) >= 0.9), None)  # fmt: skip
            if (
                other is not None
                and m.speaker in speakers_elsewhere.get(m.article, ())
                and _compare(other.words, m.words)[0] != "altered"  # held against the other version's words
            ):
                m.status, m.confidence = "misattributed", 0.5
                m.note = (f"another version of this article credits these words to “{other.said or other.speaker}”; "
                          "which came first is unknown")  # fmt: skip
                continue
        disagrees = (
            speaker
            and m.speaker
            and m.speaker != speaker
            and len(m.words) >= cfg.min_shared
            and len(votes[speaker]) >= len(votes.get(m.speaker, ()))
        )
        if source_instance is not None and source_instance.speaker == m.speaker:
            disagrees = False  # a copy is judged with its source: it repeats the source's attribution
        if disagrees and any(_same_name(x.said, m.said) for x in members if x.speaker == speaker and x.said):
            disagrees = False  # one person under two names ("Rep. Trey Gowdy", "Representative Gowdy"): our split
        if (
            source_instance is not None
            and source_instance.credit
            and m.speaker
            and m.named
            and m.speaker_type == "person"
            and len(m.words) >= cfg.min_shared
            and status != "altered"
            and not _same_name(source_instance.credit, m.said)
        ):
            # the source credits a document or a thing ("the suit says", "it said"), the copy a named person
            m.status, m.confidence = "misattributed", 1.0
            m.note = f"its source credits these words to “{source_instance.credit}”, not to a person"
            continue
        if disagrees and status != "altered":  # changed words are the finding; who said them comes second
            # misattributed: the quote's own sentence names its speaker, other sources (or the copy's original)
            # name another as plainly, and the person it is given to is one the story knows elsewhere;
            # any weaker disagreement (a pronoun, a speaker named once, a mangled name) is only disputed
            plain = m.named and (named_votes.get(speaker) or (m.article in derived and best.article not in derived))
            if {kind.get(speaker), m.speaker_type} == {"person", "organisation"} and m.article not in derived:
                # a body on one side, a person on the other (a prosecutor's office reading out a defendant's words,
                # a spokesman for a ministry): outlets that credit either may both be right
                plain = False
            known = m.speaker in speakers_elsewhere.get(m.article, ())
            m.status = "misattributed" if plain and known else "speaker-disputed"
            m.confidence = len(votes[speaker]) / (len(votes[speaker]) + len(votes[m.speaker]))
            m.note = f"other sources give these words to {speaker}" if m.status == "speaker-disputed" else None
            continue
        m.status, m.diff = status, diff
        if m.status == "verbatim" and not others and source_instance is None:
            m.status = "unique"  # word for word, but no independent source carries it
        support_for_m = len(carriers(m.words))
        if m.status == "altered":
            sim = Indel.normalized_similarity(canon, m.words)
            m.confidence = min(1.0, 0.5 + 0.25 * sources) * (1.0 - 0.5 * sim if sim > 0.95 else 1.0)
        elif m.status == "unique":
            m.confidence = 1.0 if n_sources == 1 else 0.6
        else:
            m.confidence = min(1.0, 0.4 + 0.2 * support_for_m)
    return Statement(sid, speaker, best.text, sources, members, frozenset(carriers(canon)))
