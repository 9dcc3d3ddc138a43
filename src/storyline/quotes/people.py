"""One canonical person (or organisation, or unnamed source) per speaker, across a story.

Everything is learned from the text itself:

- **names**: runs of capitalised words, with honorifics and roles peeled off
  ("UK Prime Minister Sir Keir Starmer" -> the name "Keir Starmer", the role
  "prime minister", the honorific "Sir"); peers keep their title as their name
  ("Lord Mandelson");
- **aliases**: a surname alone or with Mr/Ms ("Starmer", "Mr Starmer"), a knight's
  first name ("Sir Keir"), a role from an apposition ("the prime minister", "the PM"),
  spellings close enough to be the same name ("Zelensky", "Zelenskyy");
- **pronouns**: "he" / "she" as a speaker is the nearest person mentioned before it,
  of the same gender when the text tells (Mr/Sir/Lord, Mrs/Ms/Lady, or the
  pronouns used right after the name);
- **organisations and unnamed sources** ("Downing Street", "a senior No 10 source")
  stay speakers, with their type.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from rapidfuzz import fuzz

from ..patterns import compiled
from . import lexicon
from .attribute import Quote, _inside_quote, named_body

HONORIFICS = lexicon.HONORIFICS
PEERAGE = frozenset(lexicon.PEERAGE)
ROLE_WORDS = frozenset(w.replace("\\", "") for w in lexicon.ROLE_WORDS)  # as written: "u.s.", not its pattern
ORG_WORDS = frozenset(lexicon.ORG_WORDS)
INSTITUTION_WORDS = frozenset(lexicon.INSTITUTION_WORDS)
UNNAMED_HEADS = frozenset(lexicon.UNNAMED_HEADS)
DOCUMENTS = frozenset(lexicon.DOCUMENTS)
PRONOUNS = lexicon.PRONOUNS
ROLE_MODIFIERS = frozenset(w.replace("\\", "") for w in lexicon.ROLE_MODIFIERS)
_ROLE_HEADS = ROLE_WORDS - ROLE_MODIFIERS  # role words that can end a role ("minister", not "foreign")
_ROLE_HEADS_INSIDE = _ROLE_HEADS - {"the", "of"}
SUFFIXES = frozenset(lexicon.NAME_SUFFIXES)

# a capitalised word, its dot kept only when it is short ("Jr.", "St.", "J."): "Robotics. In" are two sentences
# ("H.E.", "J.R.R." and "Jr." written with one leading capital, which the regex engine tries once: 3x faster)
_NAME_WORD = rf"(?:[A-Z](?:(?:\.[A-Z]){{1,2}}\.|[a-z]{{0,3}}\.)|[{lexicon.UPPER}][\w’'\-]*)"
_NAME_RUN = compiled(  # "Tariq al-Hazimi": a surname may open with a lower-case prefix
    rf"{_NAME_WORD}(?:[ \t]+(?:(?:de|van|von|bin|bint|binti|ibn|al|del|da|le|la)[ \t]+)?(?:{_NAME_WORD}|(?:al|el|ad|ar|as|ash|at|az|d)[-’'][A-Z][\w’'\-]*))*"
)
_ASCII_NAME_RUN = compiled(_NAME_RUN.pattern.replace(f"[{lexicon.UPPER}]", "[A-Z]"))
_ACCENTED_CAPITAL = compiled(f"[{lexicon.UPPER.replace('A-Z', '')}]")
_STARTERS = {"but", "and", "while", "as", "with", "because", "if", "although", "though", "the", "this", "that", "in",
             "on", "at", "for", "from", "speaking", "after", "before", "when", "asked", "meanwhile", "however", "so",
             "yet", "then", "now", "last", "earlier", "later", "during", "since", "until", "unlike", "like", "by",
             "to", "of", "a", "an", "his", "her", "their", "its", "our", "my",
             "despite", "following", "under", "over", "addressing", "strengthening", "even", "both", "all", "no",
             "plus", "also", "only", "just", "still", "indeed", "instead", "first", "next", "finally", "outside", "inside",
             "beyond", "near", "around", "across", "behind", "among", "within", "without", "upon", "into",
             "does", "did", "do", "is", "was", "were", "are", "has", "have", "had", "could", "would", "should", "why",
             "how", "what", "where", "yes"}  # fmt: skip
_ROLE_PHRASE = compiled(
    r"[tT](?<!\w[tT])he\s+((?:[A-Za-z.\-]+\s+){0,3}?(?:president|prime minister|pm|PM|minister|secretary|chancellor|ambassador|governor|senator|leader|mayor|premier|king|queen|spokesman|spokeswoman))\b"
)


@dataclass(eq=False)
class Person:
    """A speaker: one person, organisation or unnamed source, with every way the text refers to them."""

    id: str
    name: str
    type: str  # "person" | "organisation" | "unnamed"
    gender: str | None = None
    roles: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    # roles written in lower case before the name ("Rovers manager Graham Whitlow"): they say who "the Rovers
    # manager" is, but not the person's gender ("spokesman" is used for women) nor that a pronoun may be theirs
    described: set[str] = field(default_factory=set)
    mentions: int = 0
    spoke: bool = False  # resolved as the speaker of a quote
    titled: bool = False  # named with an honorific somewhere (Mr, Sir, Lady...)
    surname_only: bool = False  # named by a title and a surname only ("President Obama"): merged like "Ms Rivera"
    merged: bool = False  # folded into another person (see merge_surnames)
    credited: bool = False  # named only in a byline or credit line: the writer, never the "he" or "she" of the story
    pronouns: list[str] = field(default_factory=list)  # "m"/"f" of the pronouns that follow the name
    who: bool = False  # followed by ", who ..." somewhere: a person, though neither gender nor role is told

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": sorted(self.aliases),
                "roles": sorted(self.roles)}  # fmt: skip


_PREFIXED = compiled(r"(?:al|el|ad|ar|as|ash|at|az|d)[-’'][A-Z]")  # "al-Mansouri", "d’Estaing"


def _split_name(mention: str) -> tuple[list[str], str | None, list[str]]:
    """(role words, honorific, name tokens) of a mention such as "UK Prime Minister Sir Keir Starmer"."""
    role, honorific, tokens = _split_name_cached(mention)
    return list(role), honorific, list(tokens)


@lru_cache(maxsize=65536)
def _split_name_cached(mention: str) -> tuple[tuple[str, ...], str | None, tuple[str, ...]]:
    role, honorific, tokens = _split_name_once(mention)
    return tuple(role), honorific, tuple(tokens)


# "Mr Obama’s", "Mayor Reyes’": not inside a name ("The Women’s Tennis Council", "the Teachers’ Union")
_POSSESSIVE = compiled(r"(?:[’']s\b|(?<=s)[’'](?!\w))(?!\s+[A-Z])")
_OWNER = compiled(r"^(.+?)(?:[’']s|s[’'])\s+([A-Z][\w’'\-]*)")  # "Fox's Chris Wallace": an owner, then a name
_PARTY_TAG = compiled(r"[A-Z]-[A-Za-z.]+")  # "R-IN"
_NAMED_AFTER = compiled(r"\b[a-z]+\s+(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z][\w’'.\-]*$")
_PLACE_WORD = compiled(r"\s(?:of|from|at|in|for|with)\s")
_NAME_THEN_PLACE = compiled(
    r"^((?:[\w’'.\-]+\s+){0,5}?(?:[A-Z][\w’'.\-]*\s+){1,5}?[A-Z][\w’'.\-]*)\s+(?:of|from|at|in|for|with)\s+.*$"
)


def _split_name_once(mention: str) -> tuple[list[str], str | None, list[str]]:
    # "Michael Elliott, the executive director of ..." / "a White House spokesman, Eric Schultz":
    # of the parts between commas, the one that reads as a name
    parts = [p.strip() for p in mention.split(",") if p.strip()]
    if len(parts) > 1:
        pure = [p for p in parts if len(p.split()) >= 2 and all(t[:1].isupper() for t in p.split())]
        named = (
            pure
            or [p for p in parts if p[0].isupper() and sum(t[:1].isupper() for t in p.split()) >= 2]
            or [p for p in parts if _NAMED_AFTER.search(p)]
        )  # "the caller, a delivery driver named Ahmed Siddiqui"
        mention = named[0] if named else parts[0]
    if "’" in mention or "'" in mention:
        owner = _OWNER.match(mention)
        if owner and first_name_gender(owner.group(2)):
            mention = mention[owner.start(2) :]  # "CNN's Gloria Borger", "Vantor's Rhea Mallin": the person
        else:
            mention = _POSSESSIVE.sub("", mention)  # "Mr Obama’s" -> "Mr Obama"; "The Women’s Tennis Council" stays
    # "Sheriff Adam Hayward of Deuel County", "geologist Ines Varga of the Lund Observatory":
    # the name ends where the place begins (the pattern is tried only when such a word is there)
    if _PLACE_WORD.search(mention) and (cut := _NAME_THEN_PLACE.match(mention)) is not None:
        rest = mention[cut.end(1) :].split()
        named_later = any(
            w.lower().strip(".") in HONORIFICS
            or (
                w[:1].isupper()
                and _sure_gender(w)
                and rest[j + 1][:1].isupper()
                and rest[j + 1].lower() not in ORG_WORDS
            )
            for j, w in enumerate(rest[:-1])
        )  # "State Minister for Labour and Employment Begum Farida Talukder": the name is after the place
        if not named_later:
            mention = cut.group(1)
    tokens = mention.replace("(", " ").replace(")", " ").split()
    # "planetary geologist Ines Varga", "NASA administrator Jim Bridenstine": a description in lower
    # case before a capitalised name is a role, not part of the name
    lower = [
        i
        for i, t in enumerate(tokens)
        if t[:1].islower() and t.lower() not in lexicon.NAME_PARTICLES and not _PREFIXED.match(t)
    ]
    if (
        lower
        and lower[-1] < len(tokens) - 1
        and all(t[:1].isupper() or _PREFIXED.match(t) for t in tokens[lower[-1] + 1 :])
    ):
        role_part, tokens = tokens[: lower[-1] + 1], tokens[lower[-1] + 1 :]
    else:
        role_part = []
    role: list[str] = list(role_part)
    # "Employment Begum Farida Yasmin Talukder" (after "State Minister for Labour and"): an honorific inside the run
    # starts the name, the words before it end the role
    k = next((j for j in range(1, len(tokens) - 1) if tokens[j].lower().strip(".") in HONORIFICS
              and tokens[j].lower().strip(".") not in _PATRONYMIC_PARTS), 0)  # fmt: skip
    if k and not first_name_gender(tokens[0]):
        role += tokens[:k]
        tokens = tokens[k:]
    # "Survivor Shahnaz Akter", "Actor Clint Howard": a common word (not a first name) before a full name is a
    # description
    while (
        len(tokens) >= 3
        and _common_word(tokens[0])
        and all(t[:1].isupper() for t in tokens[1:])
        and not first_name_gender(tokens[0])
        and first_name_gender(tokens[1])  # a person's name follows: not "Wall Street Journal", "Good Morning America"
        and tokens[-1].lower() not in _WEEKDAYS
        and tokens[-1].lower() not in _MONTHS
    ):
        role.append(tokens.pop(0))
    # leading role words ("Health Minister", "Sen."), but a modifier alone ("Home" of "Home Depot") is no role
    i = 0
    while i < len(tokens) and (
        tokens[i].lower().strip(".,") in ROLE_WORDS
        or tokens[i].isupper()
        and len(tokens[i]) <= 3
        and len(tokens) - i > 2
    ):
        i += 1
    while (
        i > 0
        and tokens[i - 1].lower().strip(".,") in ROLE_MODIFIERS
        and not tokens[i - 1].isupper()
        and not (i == 1 and tokens[0] == "Deputy" and len(tokens) >= 3)  # "Deputy Ní Mhurchú": a TD, a title
    ):
        i -= 1  # the role words must end in a head ("minister"), not a modifier ("home", "foreign")
    role += tokens[:i]
    tokens = tokens[i:]
    # "Health Minister Ana Costa": everything up to the last role word is the role
    last_role = max(
        (i for i, t in enumerate(tokens[:-1]) if t.lower().strip(".,") in _ROLE_HEADS_INSIDE),
        default=-1,
    )
    if last_role >= 0 and tokens[last_role + 1 :] and tokens[last_role + 1][:1].isupper():
        role += tokens[: last_role + 1]
        tokens = tokens[last_role + 1 :]
    if (
        tokens
        and tokens[-1].lower().strip(".,") in _ROLE_HEADS
        and all(t.lower().strip(".,") in ROLE_WORDS or t[:1].isupper() and not t.isupper() for t in tokens)
        and tokens[-1].lower().strip(".,") not in ("general",)
        and not (len(tokens) >= 2 and tokens[0].lower() not in ROLE_WORDS and _sure_gender(tokens[0]))
    ):
        # "The Health Secretary", "Treasury Minister": a role with no name after it ("Billie Jean King" is a name)
        if all(t.lower().strip(".,") in ROLE_WORDS or len(tokens) <= 3 for t in tokens):
            return role + tokens, None, []
    if (
        role
        and tokens
        and tokens[0] == "of"
        and not any(first_name_gender(tokens[i]) for i in range(1, len(tokens) - 1))  # a first name, then more
    ):
        # "the Governor of Garima": an office and where, no name ("Secretary of State John Kerry" has one)
        return role + tokens, None, []
    # the styles of clergy and peers before their honorific ("the Rt Rev X", "the Most Rev X", "The Very Rev X",
    # "the Rt Hon X"): part of the honorific, no role
    while len(tokens) >= 3 and tokens[0].lower().strip(".") in _STYLES and tokens[1].lower().strip(".") in HONORIFICS:
        tokens.pop(0)
    role = [r for r in role if r.lower().strip(".") not in _STYLES]
    honorific = None
    if len(tokens) >= 2 and tokens[0].lower().strip(".") in HONORIFICS:  # a lone "Igwe" or "Nana" is a name
        honorific = tokens.pop(0).strip(".")
        while len(tokens) >= 2 and tokens[0].lower().strip(".") in HONORIFICS:
            tokens.pop(0)  # stacked: "Datuk Seri X", "Hon. Dr. X", "Alhaji Engr. X" (the first one tells the gender)
    tokens = [_as_written(t) for t in tokens if t.strip(",.")]
    # drop party/state tags like "R-IN" and trailing descriptors
    tokens = [t for t in tokens if "-" not in t or not _PARTY_TAG.fullmatch(t)]
    return role, honorific, tokens


# how news introduces someone by one name: "Gerald, 71,", "Pauline, who ...", "Jess (not her real name)", "his wife,
# Jane,", "a man named Omar", "identified only as “Jess”" (each pattern starts at its rarest character: fast)
_AGE_OR_WHO = compiled(r",\s+(?:\d{1,3},|who(?:se)?\b)")
_PSEUDONYM = compiled(r"\((?:not (?:her|his|their) real name|a pseudonym)")
_APPOSED = compiled(r",\s+([A-Z][\w’'\-]+),\s")
_NAME_CUES = ("named", "called", "first name", "name as", "name only as", "identified as", "identified only as",
              "known as", "known only as", "is calling", "are calling", "pseudonym",
              "by the name")  # fmt: skip
_NAME_AFTER = compiled(r"[,:]?\s+[“\"‘']?([A-Z][\w’'\-]+)")
_WORD_BEFORE = compiled(r"(?<![\w’'\-])([\w’'\-]+)\s*$")
_PERSON_NOUNS = frozenset(
    "wife husband partner spouse widow widower son daughter mother father mum mom dad brother sister aunt uncle niece "
    "nephew cousin grandmother grandfather grandson granddaughter girlfriend boyfriend fiance fiancee fiancé fiancée "
    "friend neighbour neighbor colleague reader viewer listener caller customer passenger patient witness resident "
    "student worker employee driver owner nurse fan teenager woman man girl boy child name negotiator".split()
)
_DESCRIBED_AFTER = compiled(
    r"(?<=[a-z]),\s+an?\s+(?:[a-z][\w\-]*\s+){0,2}?(" + lexicon.alternation(_PERSON_NOUNS) + r")\b"
)
# credit lines: "By Hannah Løvberg", "Photography by Declan Marr", "(Reporting by Tomas Rydell; Editing by ...)"
_CREDIT_LINE = compiled(
    r"\n[ \t]*(?:By|BY|Words by|Photos? by|Photographs? by|Photography by|Interview by|Reporting by|Additional reporting by)"
    r"[ \t]+[^\n]{1,100}(?=\n|$)"
)
# a picture's credit on its own line: "Neilson Barnard via Getty Images.", "Jane Doe/AFP", "Photo: Jane Doe"
_PHOTO_CREDIT = compiled(
    r"(?m)^[ \t]*(?:(?:Photo|Picture|Image)(?:graph)?s?[ \t]*:[ \t]*)?[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){0,3}"
    r"[ \t]*(?:[ \t]via[ \t]|[ \t]for[ \t]|/)[ \t]*(?:Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy|PA)\b[^\n]{0,40}$"
)
_PICTURE_AGENCIES = ("Getty", "AFP", "Reuters", "Shutterstock", "Alamy", "EPA", "AP", "PA")
# a byline with the outlet or date beside the name, near the top: "Nell Harcourt | The Ballot Box | Mar 12",
# "By Theo Marchetti · Platform Notes"
_BYLINE_SEP = compiled(
    r"(?m)^[ \t]*(?P<by>(?:By|Interview(?:ed)?[ \t]+by|Words[ \t]+by)[ \t]+)?(?P<name>[A-Z][\w’'.\-]*(?:[ \t]+[A-Z][\w’'.\-]*){1,3})[ \t]+[|·•][ \t](?P<rest>[^\n]{1,120})$"
)
_BYLINE_REACH = 600  # characters from the top where a byline stands
_FIRST_PERSON = compiled(r"\bI\b")
_STANDALONE = compiled(r"\b[A-Z][\w’']*\b(?!\s+[A-Z])")


def _bylines(text: str) -> list[tuple[int, int]]:
    """The writers' names of the byline lines at the top of a text: a name alone before "|" or "·", then the
    outlet or the date ("Nell Harcourt | The Ballot Box | Mar 12", "By Theo Marchetti · Platform Notes") — not
    a headline ("Joe Biden signs climate law | Reuters") nor a section ("Sadiq Khan | Interview")."""
    found = []
    for m in _BYLINE_SEP.finditer(text, 0, min(len(text), _BYLINE_REACH + 200)):
        if m.start() > _BYLINE_REACH:
            break
        rest = m.group("rest")
        if m.group("by") or sum(rest.count(c) for c in "|·•") >= 1 or any(c.isdigit() for c in rest):
            found.append(m.span("name"))
    return found


# gendered descriptions of what a person does or is ("the actress said"), read as the she or he they stand for;
# offices ("the chairman", "the king") are held by somebody the text names, and "the man", "the mother" or "the
# spokesman" are as often somebody unnamed
_GENDERED_TITLES = frozenset(("actor", "actress", "businessman", "businesswoman", "widow", "widower"))
_LEDE = 600  # the headline and the first paragraph: where a role may stand for the person the next one names
_CREDIT_NOTE = compiled(r"\((?:Reporting|Writing|Editing|Additional reporting) by [^)\n]{1,200}\)")
_DOT_SPACE = compiled(r"(\S+)\.\s")
_ABBREVIATED = compiled(
    "|".join(
        [
            *lexicon.TITLE_ABBREVIATIONS,
            *"Capt Prof Supt Msgr Cmdr Brig Insp Atty Dept Govt Sens Reps Govs Pres Gens".split(),
            *sorted(HONORIFICS),  # "Engr. Obinna Ezeudu", "Barr. Ngozi Eze"
        ]
    ),
    re.IGNORECASE,
)


_SENTENCE_END = compiled(r"(?:^|[.!?:;]|\n)[\s“\"‘'(]*$")


def _plain_words_off(mention: str, opens_sentence: bool) -> str:
    """A name without the plain English word a sentence opened with ("Many Republicans", "Suddenly Ian Ross",
    "Regarding Trump": only first names and role words stay) and without a weekday after it ("Broaddrick Sunday")."""
    words = mention.split()
    if (
        opens_sentence
        and len(words) >= 2
        and _common_word(words[0])
        and not first_name_gender(words[0])
        and not (first_name_frequency(words[0]) >= 2 and not _common_word(words[1]))  # "Casey Lindqvist"
        and words[0].lower().strip(".,") not in _ROLE_LIKE
        and words[1].lower().strip(".,") not in _ROLE_HEADS  # "Health Secretary X", "Transport Minister X": a role
    ):
        words = words[1:]
    if len(words) >= 2 and words[-1].lower().strip(".,") in _WEEKDAYS:
        words = words[:-1]
    return " ".join(words)


_WEEKDAY_ENDS = tuple(d.capitalize() for d in lexicon.WEEKDAYS) + tuple(d.capitalize() + "." for d in lexicon.WEEKDAYS)
_ROLE_LIKE = (
    frozenset(ROLE_WORDS) | frozenset(lexicon.ROLE_NOUNS) | frozenset(HONORIFICS) | frozenset(lexicon.ROYAL_TITLES)
)


# a name in apposition after a speaker mention: ", public defender Nathan Oyelowo,", ", Thomas Aigner of the Greens,"
_APPOSED_NAME = compiled(
    r"(?:[ \t]+[A-Z][\w’'\-]*){0,2},\s+((?:[a-z][\w\-]*\s+){0,3}(?:[A-Z][\w’'.\-]*\s+){0,6}[A-Z][\w’'\-]+)(?:\s+(?:of|from|at)\s+[^,.\n]{1,60})?(?:,|\.(?=\s|$))"
)


_BODY = compiled(
    rf"{_NAME_RUN.pattern}(?:[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME_RUN.pattern})?"
)  # "Office of Disease Control"


def _as_written(token: str) -> str:
    """A name's word without the punctuation around it, but an initial or a suffix keeps its dot ("R.", "Jr.")."""
    token = token.strip(",")
    if token.endswith(".") and (len(token) == 2 and token[0].isupper() or token[:-1].lower() in ("jr", "sr")):
        return token.lstrip(".")
    return token.strip(".")


# a sentence opening with a name: "Vantor said ...", "The Veshtari Navy gave a very different account"
_SAYS = compiled(
    r"(?:^|[.!?][”\"’]?[ \t]+|\n[ \t]*)((?:The[ \t]+)?[A-Z][\w’'&.\-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'&.\-]*){0,5})"
    r"[ \t]+(?:[a-z]+)\b"
)


_WORD_CHARS = frozenset("’'-_")


def _word_before(text: str, start: int) -> tuple[int, str] | None:
    """(where, word) of the word just before ``start`` within 24 characters (spaces between allowed):
    ``_WORD_BEFORE.search(text, start - 24, start)`` by plain string steps, called for every name in a text."""
    lo = max(0, start - 24)
    end = start
    while end > lo and text[end - 1].isspace():
        end -= 1
    j = end
    while j > lo and (text[j - 1].isalnum() or text[j - 1] in _WORD_CHARS):
        j -= 1
    if j == end or (j == lo and j > 0 and (text[j - 1].isalnum() or text[j - 1] in _WORD_CHARS)):
        return None  # no word, or one longer than the window
    return j, text[j:end]


def _position(candidate: tuple[int, Any]) -> int:
    return candidate[0]


def _initials_of(index: "PeopleIndex", quotes: Sequence[Quote]) -> dict[str, Person]:
    """A Q&A's turn labels made of initials, each the one person with them, when two or more labels name two or
    more people ("RB:" and "DA:"); a lone "PM:" or "ANC:" is an office or a body, no one's initials."""
    labels = {q.speaker_text for q in quotes if q.rule == "transcript-label" and q.speaker_text
              and _INITIALS.fullmatch(q.speaker_text)}  # fmt: skip
    found = {label: p for label in labels if (p := index.by_initials(label)) is not None}
    return found if len(set(found.values())) >= 2 else {}


def _someone(mention: str) -> bool:
    """ "one mother", "a man in the public gallery": somebody the text does not name."""
    words = _normal(mention).split()
    return bool(words) and words[0] in ("a", "an", "one", "another") and any(w in _PERSON_NOUNS for w in words[1:4])


def _introduced_here(text: str, pos: int) -> bool:
    """Whether the name at ``pos`` comes with an introduction: an apposition or a relative clause ("Councillor
    Brian Mulhern, who chairs ...", "Gráinne Lyons, a former banker")."""
    run = _NAME_RUN.match(text, pos)
    return run is not None and _INTRODUCTION.match(text, run.end()) is not None


_RANKS = frozenset(lexicon.RANKS)
# a source or an aide, then whom they serve: "communications director for Rep. X" (the pattern made once)
_HEAD_FOR = compiled(
    r"\b(?:"
    + "|".join(
        sorted(
            UNNAMED_HEADS | {"director", "secretary", "manager", "chief", "chairman", "adviser", "advisor", "aide"},
            key=len,
            reverse=True,
        )
    )
    + r")\s+(?:for|of|at|to|with)\s+"
)
_DEMONYM = compiled(
    r"[Tt]he\s+([A-Z][a-z]{2,}(?:man|woman|ian|ean|ese|ish|i)|Spaniard|Swede|Dane|Pole|Finn|Turk|Greek|Scot|Brit|Kiwi|Aussie|Argentine|Thai)"
)
_SHORT_DEMONYMS = frozenset(
    (
        "spaniard",
        "swede",
        "dane",
        "pole",
        "finn",
        "turk",
        "greek",
        "scot",
        "brit",
        "kiwi",
        "aussie",
        "argentine",
        "thai",
    )
)
_INITIALS = compiled(r"[A-Z]\.?[A-Z]\.?(?:[A-Z]\.?)?")  # a Q&A's turn labels: "RB", "D.A."
_I_ASK = compiled(r"I[ \t]+(?:ask|asked)\b")  # the interviewer's own questions in a feature
_INTERVIEW_CREDIT = compiled(r"(?mi)^[ \t]*interview(?:ed)?[ \t]+by[ \t]")
_QA_TURN = compiled(r"(?m)^[ \t]*(?:Q|INTERVIEWER|[A-Z]{2,3})[ \t]*:")
# a sentence that puts its subject after the verb: "Among the marchers was X", "Also on the podium were X and Y"
_INVERTED_SUBJECT = compiled(
    r"\s*(?:Among|Also|Leading|Behind|Beside|Alongside|Joining|Next|First|Last|Outside|Inside)\b[^.!?\n]{0,60}?"
    r"\b(?:was|were)\s+"
)
_LEGAL_FORMS = frozenset(
    ("ltd", "inc", "plc", "llc", "limited", "corp", "co", "ag", "sa", "nv", "gmbh", "group", "holdings")
)
_VAGUE = frozenset(("local", "senior", "veteran", "leading", "prominent", "top"))
_OTHER_NAME = compiled(r"[A-Z][\w’'\-]+[ \t]+[A-Z][\w’'\-]+")  # a full name between a name and a pronoun
_INTERVIEW_BYLINE = compiled(
    r"(?mi)^[ \t]*(?:interview(?:ed)?[ \t]+by|words[ \t]*(?::|by)|by)[ \t]+(" + _NAME_RUN.pattern + ")"
)
# roles a transcript labels its turns with when it names nobody
_LABEL_ROLES = (
    frozenset(ROLE_WORDS)
    | frozenset(lexicon.ROLE_NOUNS)
    | frozenset(lexicon.PEOPLE_WORDS)
    | {"tower", "controller", "dispatcher", "operator", "moderator", "caller", "interpreter", "crew"}
) - {"the", "of", "us", "uk", "state", "national", "security"}
_INTRODUCTION = compiled(r",[ \t]+(?:who|a|an|the|[a-z]+[’']s)\b")


@lru_cache(maxsize=4096)
def _office(role: str) -> str:
    """A role as an office, its short forms written out ("gov." is "governor")."""
    return " ".join(lexicon.ROLE_ABBREVIATIONS.get(w, w) for w in _normal(role).split())


def _first_written(text: str, position: int, spellings: Sequence[str]) -> int:
    """Where the first of these spellings of a name is first written before ``position``, or -1."""
    found = [at for s in spellings if (at := text.find(s, 0, position)) >= 0]
    return min(found) if found else -1


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside quotation marks of its paragraph (curly marks opened and not closed before it,
    or an odd number of straight ones)."""
    lo = text.rfind("\n", 0, pos) + 1
    return _inside_quote(text[lo:pos], pos - lo)


@lru_cache(maxsize=16)
def _runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """The runs of capitalised words of a text, found once for learning its people and again for its mentions."""
    # most texts have no accented capital: the pattern of plain ones scans twice as fast
    pattern = _NAME_RUN if _ACCENTED_CAPITAL.search(text) else _ASCII_NAME_RUN
    return tuple((m.start(), m.end(), m.group(0)) for m in pattern.finditer(text))


@lru_cache(maxsize=16)
def _long_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """The runs of more than one word (learning people looks at no other)."""
    return tuple(r for r in _runs(text) if " " in r[2] or "\t" in r[2])


def _one_sentence(run: str) -> str:
    """A run of capitalised words up to where a sentence ends inside it ("has Owen. For five decades"), unless
    the dot abbreviates ("Sen. Dolores Whitfield", "J. Smith")."""
    if ". " not in run:
        return run
    cut = next((k for k in _DOT_SPACE.finditer(run) if len(k.group(1)) >= 4 and not _ABBREVIATED.fullmatch(k.group(1))),
               None)  # fmt: skip
    return run[: cut.start(1) + len(cut.group(1))] if cut else run


_PLACE_BEFORE = compiled(r"\b(?:at|in|from|near|into|outside|across|to|of)\s+(?:the\s+)?$")
_NOT_FIRST_NAMES = {"mr", "mrs", "ms", "dr", "sir", "madam", "god", "police", "officials", "residents"}


@lru_cache(maxsize=64)
def introduced_by_first_name(text: str) -> frozenset[str]:
    """The one-word names a text introduces someone by, as news does for patients, witnesses and readers:
    "Gerald, 71,", "gave only his first name, Luis", "identified only as “Jess”", "A reader, Dev,",
    "Pauline, who has lived ..." (a surname of someone named in full is told apart by the caller)."""
    found = set()
    for m in [*_AGE_OR_WHO.finditer(text), *_PSEUDONYM.finditer(text)]:
        before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if before and before.group(1)[:1].isupper() and ("who" not in m.group(0) or first_name_gender(before.group(1))):
            found.add(before.group(1))  # "Pauline, who has lived ...", not "Media, who"
    for m in _DESCRIBED_AFTER.finditer(text):  # "Jen, a reader who drove for the company,": a person described
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before and m.group(1) in _PERSON_NOUNS and first_name_gender(before.group(1)):
            found.add(before.group(1))
    for m in _APPOSED.finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before and before.group(1) in _PERSON_NOUNS:
            found.add(m.group(1))
    for cue in _NAME_CUES:  # looked for as plain strings: a pattern of alternatives is ten times slower
        i = text.find(cue)
        while i >= 0:
            if not i or not (text[i - 1].isalnum() or text[i - 1] in "’'-"):  # not "renamed", "so-called"
                after = _NAME_AFTER.match(text, i + len(cue))
                if after and (not cue.endswith("calling") or re.search(r"\bwhom?\b", text[max(0, i - 40) : i])):
                    found.add(
                        after.group(1)
                    )  # "whom the Chronicle is calling Yonas", not "forecasters are calling Agnes"
            i = text.find(cue, i + 1)
    return frozenset(w for w in found if not w.isupper() and w.lower() not in _NOT_FIRST_NAMES)


# titles that stand before a surname alone ("President Macron", "Sen. Warren", "Judge Berman")
_SURNAME_TITLES = frozenset({
    "president", "senator", "sen", "governor", "gov", "representative", "rep", "mayor", "judge", "justice",
    "chancellor", "minister", "secretary", "ambassador", "general", "gen", "commissioner", "sheriff", "detective",
    "inspector", "superintendent", "constable", "lieutenant", "lt", "colonel", "col", "sergeant", "sgt", "captain",
    "capt", "admiral", "coach", "professor", "councillor", "councilman", "councilwoman", "alderman",
    "councilmember", "assemblyman", "assemblywoman", "assemblymember", "premier", "speaker", "president-elect",
    "prosecutor", "rabbi", "imam", "bishop", "archbishop", "cardinal", "pope", "taoiseach", "tánaiste", "cllr",
})  # fmt: skip


_ADJECTIVE_TITLES = frozenset({"general", "premier", "cardinal", "captain", "speaker", "justice"})  # of _SURNAME_TITLES


def _title_and_surname(role: list[str], tokens: list[str]) -> str | None:
    """ "President Macron" for the role words and name tokens of "French President Macron": a capitalised
    title right before one capitalised word that is no body's word (a first name too: "Pope Francis")."""
    if (
        len(tokens) != 1
        or not role
        or not role[-1][:1].isupper()
        or role[-1].lower().strip(".,") not in _SURNAME_TITLES
    ):
        return None
    word = tokens[0]
    if not word[:1].isupper() or word.isupper() or len(word) < 3 or word.lower() in ORG_WORDS:
        return None
    if role[-1].lower().strip(".,") in _ADJECTIVE_TITLES and _common_word(word):
        return None  # "General Electric", "Premier Inn", "Chief Executive": a title that is also an adjective
    title = [role[-1]]
    if len(role) >= 2 and role[-2][:1].isupper() and role[-2].lower().strip(".,") in ROLE_WORDS:
        title.insert(0, role[-2])  # "Prime Minister", "Home Secretary"
    return " ".join([*title, word])


def _royal_name(role: Sequence[str], tokens: Sequence[str]) -> str | None:
    """ "Prince Edmund", "King Aldric", "Pope Francis": a royal or papal title before a given name alone is
    part of the name (the given name must be one: "King County" and "Queen Street" are places)."""
    if len(tokens) != 1 or not role or not tokens[0][:1].isupper() or tokens[0].isupper():
        return None
    title = role[-1].strip(".,")
    if title.lower() not in lexicon.ROYAL_TITLES or not first_name_gender(tokens[0]):
        return None
    return f"{title[:1].upper()}{title[1:].lower()} {tokens[0]}"


# modifiers that make another office of a role: "the president" is not the vice or the former president
_OTHER_OFFICE = frozenset(
    {"shadow", "former", "ex", "deputy", "vice", "assistant", "acting", "junior", "under", "associate", "lieutenant"}
)
# a name in object position: after a preposition or a verb of address, with up to three role words between
_OBJECT_BEFORE = compiled(r"\b(?:by|with|to|from|for|against|about|on|of|at|told|asked|thanked|questioned|than)\s+"
                            r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[a-z][\w\-’']*\s+){0,3}$")  # fmt: skip
_SUBJECT_PRONOUN = {
    "m": re.compile(r"(?:^|[,;]\s+|\band\s+)(?:he)\b"),
    "f": re.compile(r"(?:^|[,;]\s+|\band\s+)(?:she)\b"),
}
# a short description, a comma, then the name opening the sentence: "Her neighbour, Zanele Mokoena, 34, said",
# "The island's town officer, Mele Taufahema, said"
_DESCRIBED_SUBJECT = compiled(
    r"\s*(?:The|A|An|His|Her|Their|Its|Our|[A-Z][\w\-]*[’']s)[ \t]+(?![^,]*\b(?:said|says|told|asked)\b)"
    r"(?:[\w’'\-.]+[ \t]+){0,5}[\w’'\-.]+,[ \t]+"
)
_OPENING_PRONOUN = {"m": re.compile(r"\s*He\b(?![ \t]+[A-Z])"), "f": re.compile(r"\s*She\b(?![ \t]+[A-Z])")}
_DATE_WORD_BEFORE = compiled(r"\b(?:[Aa]n?|[Tt]he|in|on|last|this|next|early|late|mid|since|until|each|every)\s+$")
_STYLES = {"rt", "right", "most", "very"}
_FUNCTION_WORDS = {"she", "his", "her", "him", "its", "our", "you", "they", "them", "their", "who", "the", "and", "but"}
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MONTHS = {*lexicon.MONTHS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_DATE_PREPOSITION = compiled(
    r"\b(?:in|on|since|by|last|this|next|until|from|early|late|mid|of|through)\s+$", re.IGNORECASE
)


def _strip_starters(mention: str, before: str = "") -> str:
    """Drop capitalised function words a sentence may start with ("But Sir Keir" -> "Sir Keir"), and a month
    that is a date ("In October Faris said", "since April Asked ..."): ``before`` is the text just before."""
    joined, tokens, stripped, month_first = _without_starters(mention)
    if month_first and (stripped or _DATE_PREPOSITION.search(before[-12:])):
        return " ".join(tokens[1:])
    return joined


@lru_cache(maxsize=65536)
def _without_starters(mention: str) -> tuple[str, tuple[str, ...], bool, bool]:
    """The mention without its leading function words (cached by the mention alone: the text before it, which
    differs at every occurrence, matters only when a month comes first)."""
    tokens = mention.split()
    stripped = False
    while tokens and tokens[0].lower().strip(".,") in _STARTERS:
        tokens.pop(0)
        stripped = True
    month_first = len(tokens) > 1 and tokens[0].lower().strip(".,") in _MONTHS
    return " ".join(tokens), tuple(tokens), stripped, month_first


_NOT_WORD = compiled(r"[^\w\s]")
_ACRONYM = compiled(r"[A-Z]{2,6}")
# a word with a capital inside that no surname prefix explains ("PayCore", not "McCarthy", "DeLuca", "LaGuardia")
# words that are honorifics before a name but part of it inside one ("Fadhlina Mohd Yassin")
_PATRONYMIC_PARTS = frozenset(("md", "mohd"))
_BRAND = compiled(
    r"(?!(?:Mc|Mac|De|Del|Des|Di|Da|Du|El|Al|La|Le|Ter|Ten|Van|Von|Fitz)[A-Z])[A-Z][a-z]+(?:[A-Z][a-z]+)+"
)
_SPACES = compiled(r"\s+")
_ACRONYM_REF = compiled(r"(?:the\s+)?([A-Z]{2,5})")


def _agentive(head: str) -> bool:
    """A noun for somebody ("trader", "designer", "woman"), not for a thing that speaks ("readout", "commentary")."""
    return head not in DOCUMENTS and (
        head in UNNAMED_HEADS
        or head in lexicon.GENDERED_ROLES
        or head in _ROLE_HEADS
        or head.endswith(("er", "or", "ist", "ian", "ant", "ent", "eer"))
    )


@lru_cache(maxsize=256)
def _introduced(head: str) -> re.Pattern[str]:
    """Where a text first brings in an unnamed source: "One London-based trader", "a police officer"."""
    words = r"(?:(?!(?:the|a|an|of|on|for|to|in|at|with|by|from|and|or|his|her|their|its)\b)[\w\-]+\s+){0,3}"
    return compiled(rf"\b(?:[Oo]ne|[Aa]n?|[Aa]nother)\s+{words}{re.escape(head)}\b")


_AGED = compiled(r"(?:[Tt]he|[Tt]his)\s+(\d{1,3})-year-old(?:\s+[a-z]+)?")


@lru_cache(maxsize=128)
def _age_of(years: str) -> re.Pattern[str]:
    """Where a text gives somebody an age: "Rhys Maddocks, 47,", "Mark Dunne (28)" or "47-year-old Rhys Maddocks"."""
    name = r"[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3}"
    words = r"(?:(?!(?:of|from|in|at|for|with|to|and)\b)[a-z]+\s+){0,2}"  # not "the 19-year-old son of Tom Hale"
    return compiled(
        rf"(?P<a>{name})(?:,\s+(?:aged\s+)?{years}\b(?!-)|\s+\({years}\))"  # "X, 47,", "X, aged 47,", "X (47)"
        rf"|\b{years}-year-old\s+{words}(?P<b>{name})(?!\s+of\b)"
    )


_OWN_DOCUMENT = compiled(
    rf"(?:[Ii]ts|[Tt]heir)\s+(?:[\w\-]+\s+){{0,2}}(?:{lexicon.alternation(lexicon.DOCUMENTS)})\b(?:\s+[^,.;]{{0,60}})?"
    r"|[Ii]ts\s+(?:[\w\-]+\s+){0,2}(?:testimony|submission)\b(?:\s+[^,.;]{0,60})?"  # a body's, never two people's
)
_DOCUMENT_FROM = compiled(
    rf"(?:(?:[Aa]n?|[Tt]he|[Aa]nother)\s+)?(?:[\w\-]+\s+){{0,2}}(?:{lexicon.alternation(lexicon.DOCUMENTS)})\s+"
    r"(?:from|by|signed by)\s+(\S.*)"
)
_ISSUER = r"(?:the[ \t]+)?(?:[A-Z](?:\.|[\w’'&\-]*)[ \t]+){0,6}[A-Z][\w’'&\-]*"  # one line, no sentence's end


def _issuer_pattern() -> re.Pattern[str]:
    """Where a text says who issued a document: "X said in a statement", "In a statement, X said", "X released a
    statement", "a statement from X" (the document's noun in the group ``h1`` ... ``h4`` of the alternative)."""
    heads = lexicon.alternation(lexicon.DOCUMENTS)
    doc = r"(?:a|an|its|his|her|their)\s+(?:[\w\-]+\s+){0,2}"
    return compiled(
        rf"(?P<who>{_ISSUER})\s+(?:said|says|announced|added|wrote|responded|replied)\s+(?:\w+\s+)?in\s+{doc}(?P<h1>{heads})\b"
        rf"|\b[Ii]n\s+{doc}(?P<h2>{heads})\b[^.\n]{{0,60}}?,\s+(?P<who2>{_ISSUER})\s+(?:said|says|wrote|added)"
        rf"|(?P<who3>{_ISSUER})\s+(?:released|issued|published|put\s+out|sent|posted)\s+{doc}(?P<h3>{heads})\b"
        rf"|\b(?:a|an)\s+(?:[\w\-]+\s+){{0,2}}(?P<h4>{heads})\s+(?:from|by|issued\s+by)\s+(?P<who4>{_ISSUER})"
    )


_ISSUER_PATTERN = _issuer_pattern()


_ROLE_REF = compiled(r"the\s+((?:[a-z][\w\-]*\s+){0,3}[a-z][\w\-]*)", re.IGNORECASE)
_CAPITALISED_RUN = compiled(r"(?:[A-Z][\w’'.\-]*\s+){1,3}[A-Z]")
# a sentence ends at a full stop, but not at a title's or an initial's ("Mr. Brannock", "Harold J. Benning")
_SENTENCE_BREAK = compiled(
    r"(?:\." + "".join(rf"(?<!\b{t}\.)" for t in lexicon.TITLE_STOPS) + r"(?<!\b[A-Z]\.)|[!?])[”\"’]?\s+|\n"
)


_RUN_FUNCTION_WORDS = frozenset(("of", "the", "and", "for", "to", "in", "on", "at", "with", "from", "by", "a", "an"))


def _first_person(text: str) -> bool:
    """Whether the writer speaks as "I" outside the quotation marks more than once: a first-person piece."""
    seen = 0
    for m in _FIRST_PERSON.finditer(text):
        if not _inside_quote(text, m.start()):
            seen += 1
            if seen >= 2:
                return True
    return False


def _person_after_body(tokens: list[str], low: list[str], text: str, start: int, end: int) -> list[str] | None:
    """ "Foreign Affairs Committee Wei Shulan", "Harbor City Council Rita Gonzales": a body's name, then a
    person's, in one capitalised run.  The two or three words after the body's last word are a person when
    one of them stands alone elsewhere in the text ("Wei noted", "Gonzales said")."""
    last = max(i for i, t in enumerate(low) if t in ORG_WORDS)
    role, _, tail = _split_name(" ".join(tokens[last + 1 :]))  # "Post Editor-in-Chief Martin Baron"
    if role or tail[:1] and tail[0].lower() in _RUN_FUNCTION_WORDS:  # "Committee Of Paul Manafort": a headline
        return None
    if not 2 <= len(tail) <= 3 or any(t.lower() in ORG_WORDS or not t[:1].isupper() for t in tail):
        return None
    alone = _standalone_words(text)
    for word in tail:
        w = word.strip(".,")
        if len(w) > 2 and any(not (start <= at < end) for at in alone.get(w, ())):
            return tail
    return None


@lru_cache(maxsize=8)
def _standalone_words(text: str) -> dict[str, list[int]]:
    """Where each capitalised word of a text stands without another capitalised word after it ("Wei noted"),
    found in one pass and looked up per name (a search per word would read the text once per name)."""
    found: dict[str, list[int]] = {}
    for m in _STANDALONE.finditer(text):
        found.setdefault(m.group(0), []).append(m.start())
    return found


@lru_cache(maxsize=65536)
def _normal(s: str) -> str:
    return _NOT_WORD.sub("", s.casefold()).strip()


# titles that go before a given name ("Sir Keir", "Dame Judi"; the Fijian chiefly "Ratu Sevanaia")
_GIVEN_NAME_TITLES = frozenset({"sir", "dame", "ratu", "pani", "ate", "kuya"})  # titles before a first name
_PARTICLES_LOWER = frozenset(p.lower() for p in lexicon.NAME_PARTICLES) - {"of", "la", "le"}


@lru_cache(maxsize=65536)
def _surname(name: str) -> str:
    """The normalised last word of a name, suffixes left out ("James Kennedy Jr." -> "kennedy")."""
    words = _normal(name).split()
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words[-1] if words else ""


_GENDERS = {"M": "m", "1M": "m", "?M": "m", "F": "f", "1F": "f", "?F": "f", "?": None}
_FIRST_NAMES: dict[str, list[tuple[str | None, str]]] | None = None


def _first_names() -> dict[str, list[tuple[str | None, str]]]:
    """gender-guesser's list of first names (its data file, read once: the gender code and the per-country
    frequencies of each name), parsed in a fraction of the time its Detector takes to start."""
    global _FIRST_NAMES
    if _FIRST_NAMES is None:
        import gender_guesser

        path = Path(gender_guesser.__file__).parent / "data" / "nam_dict.txt"
        names: dict[str, list[tuple[str | None, str]]] = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line or line[0] in "#=":
                continue
            code, name = line.split(None, 2)[:2]
            values = line[30:]  # the line stripped of its newline, as the Detector reads it, minus its last character
            values = values[:-1]
            name = name.lower()
            for variant in {name.replace("+", r) for r in ("", " ", "-")} if "+" in name else {name}:
                names.setdefault(variant, []).append((_GENDERS.get(code), values))
        _FIRST_NAMES = names
    return _FIRST_NAMES


@lru_cache(maxsize=16384)
def _sure_gender(first_name: str) -> str | None:
    """The gender of a first name given to one gender only and common enough to trust ("Eleanor"; not "Kyle",
    which the list also gives to women in two countries), else None."""
    fact = _name_facts().get(first_name.strip(".’'").lower(), 0)
    return (None, "m", "f", None)[fact % 4] if fact // 4 >= 3 else None


@lru_cache(maxsize=65536)
def _common_word(word: str) -> bool:
    """A word English uses often (wordfreq's Zipf frequency 3.8 or more: "survivor", "fire")."""
    words = _common_words()
    return (
        len(word) >= 4
        and word[:1].isupper()
        and not word.isupper()
        and all(part in words for part in word.lower().split("-"))  # "Vice-Chancellor" too
    )


def _common_words() -> frozenset[str]:
    """English words of Zipf frequency 3.8 or more (about 13,000), kept like the first-name tables: reading
    wordfreq's whole list would cost a process a fifth of a second."""
    if "common-words" in _TABLES:  # made or read once a process
        return _TABLES["common-words"]

    def make() -> frozenset[str]:
        from wordfreq import top_n_list, zipf_frequency

        return frozenset(w for w in top_n_list("en", 30000) if zipf_frequency(w, "en") >= 3.8)

    return _name_table("common-words", _common_words.__code__, make, "wordfreq")


def first_name_frequency(word: str) -> int:
    """How common a first name is where it is most common: gender-guesser's frequency class, 0 (not a first
    name) to 13 ("Carrick" 1, "Owen" 5, "John" 10)."""
    return _name_facts().get(word.strip(".’'").lower(), 0) // 4


def first_name_gender(word: str) -> str | None:
    """ "m" or "f" when a first name is mostly given to one gender (gender-guesser's list, offline), else None.

    Same answer as ``gender_guesser.detector.Detector(case_sensitive=False).get_gender``: the gender
    whose entry is known in the most countries (then the greater frequency) wins."""
    return _name_genders().get(word.strip(".’'").lower())


def _gender_of_entries(entries: list[tuple[str | None, str]]) -> str | None:
    best, best_key = entries[0][0], (0, 0)
    for gender, values in entries:
        codes = [ord(c) for c in values.replace(" ", "")]
        key = (len(codes), sum(c - 55 if c > 64 else c - 48 for c in codes))
        if key > best_key:
            best, best_key = gender, key
    return best if best_key[0] > 0 else None


_TABLES: dict[str, Any] = {}


def _name_genders() -> dict[str, str]:
    """Every first name of the list that has a gender, with it (see :func:`_name_table`)."""
    if "first-name-genders" in _TABLES:  # made or read once a process
        return _TABLES["first-name-genders"]

    def make() -> dict[str, str]:
        return {name: g for name, entries in _first_names().items() if (g := _gender_of_entries(entries))}

    return _name_table("first-name-genders", _gender_of_entries.__code__, make)


def _name_facts() -> dict[str, int]:
    """Every first name of the list: how common it is where most common (its frequency class, 1-13) times 4, plus
    1 or 2 when the list gives it to men or women only (small integers: the table loads fast; see
    :func:`_name_table`)."""
    if "first-name-facts" in _TABLES:  # made or read once a process
        return _TABLES["first-name-facts"]

    def make() -> dict[str, int]:
        facts = {}
        for name, entries in _first_names().items():
            often = max((int(c, 16) for _, values in entries for c in values if c.strip()), default=0)
            genders = {g for g, _ in entries}
            facts[name] = often * 4 + ({"m": 1, "f": 2}.get(genders.pop(), 0) if len(genders) == 1 else 0)
        return facts

    return _name_table("first-name-facts", _name_facts.__code__, make)


def _without_places(code: Any) -> Any:
    """A code object without where it was written (file, line numbers), nested functions too: two checkouts
    of the same code, or an edit elsewhere in this file, share one cached table instead of each remaking it."""
    from types import CodeType

    consts = tuple(_without_places(c) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename="", co_firstlineno=1, co_linetable=b"", co_consts=consts)


def _name_table(tag: str, code: Any, make: Callable[[], Any], package: str = "gender_guesser") -> Any:
    """A table made from a word list (``package``'s: the first names, the English word frequencies): worked out
    once per installed version of the package and of the code that makes it, and kept in the user's cache folder
    (``$XDG_CACHE_HOME/storyline``), so that a process starts in a hundredth of a second instead of a tenth; made
    again when the cache is missing, unreadable or stale."""
    if tag in _TABLES:
        return _TABLES[tag]
    import hashlib
    import marshal
    import os
    import pickle
    import sys

    from importlib.metadata import version

    try:
        # what the answers depend on: the package's version, and the code that makes the table (as compiled:
        # this file may sit in a zip on a cluster's workers, where it cannot be read as a file)
        made_by = marshal.dumps(_without_places(code)) + sys.version.encode()
        key = hashlib.sha1(repr((package, version(package.replace("_", "-")))).encode() + made_by).hexdigest()
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "storyline"
        cached = folder / f"{tag}-{key[:16]}.pickle"
    except (OSError, RuntimeError, ValueError, ImportError):  # no home, no readable list: worked out, not kept
        folder = cached = None  # type: ignore[assignment]
    try:
        if cached is None:
            raise OSError("no cache")
        with open(cached, "rb") as f:
            found = pickle.load(f)
        if isinstance(found, (dict, frozenset)):
            _TABLES[tag] = found
            return found
    except Exception:  # noqa: BLE001 — no cache yet, or a damaged one: made again below
        pass
    table = make()
    try:
        if folder is None or cached is None:
            raise OSError("no cache")
        folder.mkdir(parents=True, exist_ok=True)
        part = cached.with_suffix(f".{os.getpid()}.part")
        with open(part, "wb") as f:
            pickle.dump(table, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(part, cached)
        for old in folder.glob(f"{tag}-*.pickle"):  # made by another version: never read again
            if old != cached:
                old.unlink(missing_ok=True)
    except OSError:  # a read-only home: no cache, the list is worked out at every start
        pass
    _TABLES[tag] = table
    return table


def _opens(head: str) -> bool:
    """Whether the words before a sentence's first name are only an opener ("But", "On Monday,", "Later")."""
    words = head.split(None, 8)
    if len(words) > 8:  # an opener is a few words; a long stretch before the name is a clause
        return False
    described = False  # "Opposition councillor Ruksana Begum": a description opens the sentence, then the name
    for word in words:
        w = word.strip(",").lower()
        if w in _ROLE_NOUNS or w in _ROLE_LIKE:
            described = True
        elif not (w in _STARTERS or w in lexicon.WEEKDAYS or w.isdigit() or word[:1].isupper()):
            return False
    return described or all(
        (w := word.strip(",").lower()) in _STARTERS or w in lexicon.WEEKDAYS or w.isdigit() for word in words
    )


_DETERMINERS = {"a", "an", "one", "two", "three", "several", "some", "many", "another", "other"}


_APPOSITION = compiled(
    r",\s+(?!(?:said|says|told|tells|added|adds|wrote|writes|noted|notes|argued|argues|warned|warns|stated|asked|"
    r"explained|insisted|claimed|announced|replied|responded|who|whose|whom|which|where|when)\b)"  # "Ana Reyes, said the strike was ...", "X, whose son, Y,": no role
    r"(?:(?:the|a|an)\s+)?((?:former\s+)?[a-z][\w\s\-’']{2,60}?)(?:,|\.|\s+(?:said|says|told|who))"
    r"|,\s+(?:the|a|an)\s+((?:former\s+)?[A-Z][\w\s\-’']{2,60}?)(?:,|\.|\s+(?:said|says|told|who))"
)  # "the Leader of the Opposition"
_ROLE_APPOSED_BEFORE = compiled(
    r"\b[Tt]he\s+((?:[A-Z][\w\-’']*\s+){0,3}[A-Z][\w\-’']*(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w\-’']*\s+){0,3}[A-Z][\w\-’']*)?),\s+$"
)  # "The Health Secretary, X,", "The Governor of Sepalu, X,"
_AFFILIATION = compiled(r"[ \t]+(?:[a-z][\w\-]*[ \t]+){0,2}(?:" + lexicon.alternation(w for w in lexicon.unique(lexicon.ROLE_WORDS, lexicon.ROLE_NOUNS) if w not in ("the", "of"))
                          + r")[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]+")  # fmt: skip
_PART_OF_ORG = compiled(r"\b(?:" + "|".join(sorted(w for w in lexicon.ORG_WORDS if w.isalpha()))
                          + r")[ \t]+of[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)  # fmt: skip
_COMPANY_HEADS = frozenset(lexicon.COMPANY_HEADS)
_SOURCE_HEADS = frozenset(lexicon.SOURCE_HEADS)
# after "(MCE)": where the office is, then the name in apposition ("for Asuboa, Mrs. Abena Serwaa Owusu,")
_AFTER_DEFINITION = compiled(
    r"(?:[ \t]+(?:for|of|in)[ \t]+(?:the[ \t]+)?[A-Z][\w’'\-]*(?:[ \t]+[A-Z][\w’'\-]*){0,3})?,[ \t]+"
    r"((?:[A-Z][\w’'.\-]*[ \t]+){0,5}[A-Z][\w’'\-]+)[ \t]*[,;.]"
)
_MEDIA_HEADS = frozenset(lexicon.MEDIA_HEADS)
# "the company", "the ministry", "the local paper": a body by description, resolved to one named before
_LONE_BODY_REF = compiled(r"[Tt]he\s+([a-z]{3,})")
_BODY_REF = compiled(
    r"the\s+(?:(?:local|regional|daily|weekly|online|same|rival|other|\w+-based)\s+)?("
    + "|".join(sorted(_MEDIA_HEADS))
    + r")|the\s+("
    + "|".join(sorted(lexicon.BODY_REF_HEADS))
    + ")",
    re.IGNORECASE,
)
_MEDIA_WORDS = frozenset(lexicon.MEDIA_WORDS)
_MEDIA_BEFORE = compiled(
    r"(?:\b(?:told|according\s+to|reported\s+by|interview\s+with|speaking\s+to|talking\s+to)\s+(?:the\s+)?"
    r"|\b(?:" + "|".join(lexicon.MEDIA_HEADS) + r")\s+)$"
)
_MEDIA_AFTER = compiled(r"[ \t]+(?:reported|reports|first\s+reported|published|said\s+in\s+its\s+report)\b")
_GROUP_HEADS = frozenset(lexicon.GROUP_HEADS)
_ROLE_NOUNS = frozenset(w for w in lexicon.ROLE_NOUNS if w.isalpha() and w not in lexicon.DOCUMENTS)
_CAPS_BEFORE = compiled(r"((?:[A-Z][\w’'&.\-]*[ \t]+){1,3})(?:(?:head|chief|team)[ \t]+)?$")  # "Corbridge head coach"
_ORG_HEADS = frozenset(lexicon.ORG_DESCRIPTIONS)
_AND_MORE = compiled(
    r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,2}[A-Z][\w’'\-]*"
)  # "Board of Water and Lake Quality"
_ORG_AFTER_AND = compiled(
    r"[ \t]+(?:and|&)[ \t]+(?:[A-Z][\w’'\-]*[ \t]+){0,3}(?:"
    + lexicon.alternation(w.capitalize() for w in lexicon.ORG_WORDS if w.isalpha())
    + r")\b"
)
_WORK_BEFORE = compiled(
    r"\b(?:album|record|film|movie|book|novel|memoir|song|single|series|show|play|documentary|podcast|EP)[ \t]*,[ \t]*$"
)
_PART_OF_ORG_AND = compiled(
    r"\b(?:" + "|".join(sorted(w for w in lexicon.ORG_WORDS if w.isalpha()))
    + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'\-]*[ \t]+){1,3}(?:and|&)[ \t]+$",
    re.IGNORECASE,
)  # fmt: skip
# (\b(he|his|him|she|her|hers)\b, written to start at a letter, which the regex engine skips to: 2.4x faster)
_PRONOUN_AFTER = compiled(r"(h(?<!\wh)(?:e|is|im|er|ers)|s(?<!\ws)he)\b")


class PeopleIndex:
    """The people of a story, built from its articles' texts, resolving speaker mentions to them."""

    def __init__(self) -> None:
        self.people: list[Person] = []
        self._by_name: dict[str, Person] = {}
        self._by_prefix: dict[tuple[str, str], list[Person]] = {}  # (type, first letters of the last word)
        self._next_id = 1
        self._orgs: dict[str, set[str]] = {}  # organisations named in full, by their first word ("northwind")
        # people of three or more name words by their second-to-last word and by their last two (see _long_names)
        self._penult: dict[str, list[Person]] = {}
        self._last_two: dict[str, list[Person]] = {}
        self._long_for = 0  # how many of self.people are in them
        # where each person is written in the text being read (see _written_at), found once a text
        self._first_index: dict[str, list[Person]] = {}
        self._first_for = -1  # how many people the first-name index was made for
        self._written_text: str | None = None
        self._written: dict[int, list[int]] = {}

    # -- building
    def _get(self, name: str, kind: str) -> Person:
        key = _normal(name)
        person = self._by_name.get(key)
        prefix = (kind, _surname(key)[:4])
        if person is None:
            # a near spelling of a known name ("Zelensky" / "Zelenskyy") is the same person
            for other in self._by_prefix.get(prefix, []):
                if not other.merged and fuzz.ratio(key, _normal(other.name)) >= 90:
                    person = other
                    break
        if person is None:
            person = Person(id=f"p{self._next_id}", name=name, type=kind)
            self._next_id += 1
            self.people.append(person)
            self._by_prefix.setdefault(prefix, []).append(person)
        self._by_name[key] = person
        return person

    def learn(self, text: str) -> None:
        """Collect full names, roles and genders from one article's text."""
        pronouns = [(g.start(), g.group(1)) for g in _PRONOUN_AFTER.finditer(text)]  # found once, looked up by place
        at = [p for p, _ in pronouns]
        # the writers and photographers: never "he" or "she" (a newline put first so that line one is a line too)
        credits = [(a - 1, b - 1) for a, b in (c.span() for c in _CREDIT_LINE.finditer("\n" + text))]
        credits += [c.span() for c in _CREDIT_NOTE.finditer(text)]
        if any(agency in text for agency in _PICTURE_AGENCIES):  # (a plain search first: most texts credit none)
            credits += [c.span() for c in _PHOTO_CREDIT.finditer(text)]
        credits += _bylines(text)
        for start, end, run in _long_runs(text):  # one word is no full name ("Mr Smith" is two; a surname is later)
            if ". " in run:
                run = _one_sentence(run)
            if " " not in run and "\t" not in run:
                continue
            credited = bool(credits) and any(a <= start < b for a, b in credits)
            mention = _strip_starters(run, text[max(0, start - 12) : start])
            if not mention or mention.isupper():
                continue  # a dateline ("WASHINGTON —") or a shouted headline, not a name
            first, _, rest = mention.partition(" ")
            if _common_word(first) or rest.endswith(_WEEKDAY_ENDS):  # only then can a word come off (fast path)
                mention = _plain_words_off(mention, _SENTENCE_END.search(text, max(0, start - 4), start) is not None)
                if " " not in mention:
                    continue
            role, honorific, tokens = _split_name(mention)
            if not tokens:
                continue
            if (
                tokens[0].lower() in _MONTHS
                and not role
                and not honorific
                and _DATE_WORD_BEFORE.search(text, max(0, start - 12), start)
            ):
                continue  # "at a June Trump campaign event", "since April Fools' Day": a month, nobody's first name
            low = [t.lower() for t in tokens]
            if any(t in ORG_WORDS for t in low) and len(tokens) <= 6:
                tail = _person_after_body(tokens, low, text, start, end)
                if tail is None:
                    if 2 <= len(tokens) <= 4 and not role and not honorific and tokens[0][:1].isupper():
                        self._orgs.setdefault(_normal(tokens[0]), set()).add(" ".join(tokens))  # "Northwind Air"
                    continue
                role, tokens = role + [t for t in tokens if t not in tail], tail
                low = [t.lower() for t in tokens]
            if (
                not honorific
                and len(tokens) <= 4
                and not first_name_gender(tokens[0])
                and (
                    role[-1:]
                    and role[-1].lower() in _ORG_HEADS  # "advocacy group Access Cascadia"
                    or not role
                    and (w := _word_before(text, start)) is not None
                    and w[1] in _ORG_HEADS
                    or not role
                    and len(tokens) >= 2
                    and (run.startswith("The ") or text.endswith("the ", 0, start))  # "told the Puget Dispatch"
                )
            ):
                # a name given an organisation's description, or "the" (people are not "the Jane Smith"): a body,
                # never "he" or "she"
                self._get(" ".join(tokens), "organisation").type = "organisation"
                if tokens[0][:1].isupper():
                    self._orgs.setdefault(_normal(tokens[0]), set()).add(" ".join(tokens))
                continue
            if (
                2 <= len(tokens) <= 4
                and not role
                and not honorific
                and _AFFILIATION.match(text, end)
                and not first_name_gender(tokens[0])
            ):
                # "Carver Prep coach Annette Sizemore", "Orbit Labs spokesperson Jo Kim": the name before the role
                # is where the person works, an organisation (never "she" or "he")
                self._get(" ".join(tokens), "organisation").type = "organisation"
                continue
            if honorific and len(tokens) == 1 and (honorific.lower() in PEERAGE or HONORIFICS.get(honorific.lower())):
                # "Lord Mandelson" is a name; "Ms Rivera" is one until a full name turns up (see merge_surnames)
                person = self._get(f"{honorific} {tokens[0]}", "person")
            elif (
                len(tokens) == 2
                and tokens[0].lower() in _PARTICLES_LOWER
                and (known := self._particle_surname(tokens)) is not None
            ):
                person = known  # "H.E. Al Suwaidi" after Mariam bint Khalifa Al Suwaidi: her surname, with its particle
            elif (
                len(tokens) == 1
                and role
                and not text.endswith(("the ", "The "), 0, start)  # "the General Assembly": a body's name
                and (titled_name := _title_and_surname(role, tokens)) is not None
            ):
                # "President Macron", "Sen. Warren": a title before a surname names a person, one until a full name
                # with that surname turns up (see merge_surnames)
                person = self._get(titled_name, "person")
                person.surname_only = True
            elif (royal := _royal_name(role, tokens)) is not None:
                # "Prince Edmund of Carrow"; "Prince Tariq" after Prince Tariq al-Hazimi is him
                person = self._by_first_name(tokens[0]) or self._get(royal, "person")
            elif len(tokens) >= 2 and tokens[-1].lower() in lexicon.PLACE_WORDS:
                continue  # "Kelsall Road", "Mill Lane": a place
            elif len(tokens) >= 2 and tokens[0].lower() in lexicon.EVENT_WORDS:
                continue  # "Hurricane Delphine", "Operation Bluebird": an event, nobody
            elif len(tokens) >= 2 and tokens[-1].lower() in ("day", "eve") and not first_name_gender(tokens[0]):
                continue  # "Boxing Day", "Election Day", "Christmas Eve": a date (not Doris Day)
            elif (
                len(tokens) >= 2
                and tokens[0][:1].isupper()
                and (tokens[-1][:1].isupper() or _PREFIXED.match(tokens[-1]))
                # four words besides the particles ("Mariam bint Khalifa Al Suwaidi")
                and (len(tokens) <= 4 or len(tokens) - sum(t.lower() in _PARTICLES_LOWER for t in tokens[1:]) <= 4)
                and all(t[:1].isupper() or t in lexicon.NAME_PARTICLES or _PREFIXED.match(t) for t in tokens)
                and not (
                    not role
                    and _PLACE_BEFORE.search(text, max(0, start - 12), start)
                    and not any(first_name_frequency(t) >= 3 and first_name_gender(t) for t in tokens)
                )  # "the light at Carrick Head", "moved to San Sebastián": a place, unless it starts with a first name
            ):  # "Eleanor van Rensburg"
                if text[max(0, start - 5) : start].rstrip().lower().endswith(("of", "of the")) and _PART_OF_ORG.search(
                    text, max(0, start - 40), start
                ):
                    continue  # "the University of Cape Agulhas": a place in an institution's name, nobody
                if text.endswith(("and ", "& "), 0, start) and _PART_OF_ORG_AND.search(text, max(0, start - 60), start):
                    continue  # "the Federation of Professional and Technical Engineers": the rest of its name
                if not first_name_gender(tokens[0]) and _ORG_AFTER_AND.match(text, end):
                    continue  # "Kelantan Fire and Rescue Department": the first half of a body's name
                if (
                    not role
                    and not honorific
                    and not first_name_gender(tokens[0])
                    and _WORK_BEFORE.search(text, max(0, start - 40), start)
                ):
                    continue  # "her first solo record, Saltmarsh Hymns,": the title of a work
                person = self._get(" ".join(tokens), "person")
            else:
                continue
            if credited:
                person.credited = person.mentions == 0 or person.credited
                if person.mentions == 0:
                    person.mentions = 1  # a pronoun votes for no writer's gender
                    person.aliases.add(mention)
                continue
            person.credited = False
            person.mentions += 1
            person.aliases.add(mention)
            if honorific and honorific.lower() in HONORIFICS:  # "Dr. Ngozi Ambrose": a person, of a gender or not
                person.gender = person.gender or HONORIFICS[honorific.lower()]
                person.titled = True
            if role:
                person.roles.add(" ".join(role).lower())
            elif (w := _word_before(text, start)) is not None and len(w[1]) >= 4 and w[1].islower():
                # a description in lower case before the name, with the body it serves: "Halston Rovers manager
                # Graham Whitlow" is "the Rovers manager", "Pop singer Juno Vale" "the singer" (only "the ..."
                # mentions look these up, so a verb caught here ("told Jane Doe") is never asked for)
                body = _CAPS_BEFORE.search(text, max(0, w[0] - 60), w[0])
                person.described.add(((body.group(1) if body else "") + w[1]).lower())
            # an apposition after the name: "Lord Mandelson, the British ambassador,"
            after = text[end : end + 80]
            person.who = person.who or after.startswith((", who ", ", whose "))
            app = _APPOSITION.match(after) if after[:1] == "," else None
            if app:
                person.roles.add((app.group(1) or app.group(2)).lower())
            # and one before it: "The Health Secretary, Marcus Pellow-Amadi, said"
            named_at = (
                start - 4 if text.endswith(", the ", 0, start) else start
            )  # "The Archbishop of X, the Most Rev Y,"
            pre = (
                _ROLE_APPOSED_BEFORE.search(text, max(0, named_at - 60), named_at)
                if text.endswith(", ", 0, named_at)
                else None
            )
            lead = text[max(0, pre.start() - 8) : pre.start()].rstrip(" \t") if pre else ""
            if (
                pre
                and lead
                and not lead.endswith((".", "!", "?", "\n", "”", "’", '"', ","))
                and lead.rsplit(None, 1)[-1] not in ("and", "but", "while", "as", "when", "then")
            ):
                pre = None  # "After meeting the Prime Minister, Ed Davey said": an opening phrase, not his role
            if pre and re.split(r"\s+(?:of|for)\s+", pre.group(1))[0].split()[-1].lower().strip(".") in _ROLE_HEADS:
                person.roles.add(pre.group(1).lower())
            # the pronoun that follows the name in the same or next sentence: a vote for the person's gender
            k = bisect_left(at, end)
            if (
                k < len(at)
                and at[k] + len(pronouns[k][1]) <= end + 160
                and not _PLACE_BEFORE.search(text, max(0, start - 12), start)  # "a company in San Diego, ... she"
                and not _OTHER_NAME.search(text, end, at[k])  # "Pat Quinlan ... The driver, Tom Hale, said he"
            ):
                person.pronouns.append("m" if pronouns[k][1] in ("he", "his", "him") else "f")

    def _short_form(self, word: str) -> str | None:
        """The one organisation a first word stands for ("Harwell" for Harwell Foods Inc., also written Harwell
        Foods), or None when it starts the names of two."""
        names = self._orgs.get(_normal(word))
        if not names:
            return None
        longest = max(names, key=lambda n: (len(n), n))
        return longest if all(longest.startswith(n) for n in names) else None

    def learn_first_names(self, text: str) -> None:
        """People a text names by one name only (see :func:`introduced_by_first_name`), once every full
        name is known: "Ambrose, 52," is the surname of Ngozi Ambrose, "Luis, who ..." somebody new."""
        for word in sorted(introduced_by_first_name(text)):
            if _normal(word) not in self._by_name and not self._by_surname(word) and not self._by_first_name(word):
                self.learn_first_name(word)

    def learn_first_name(self, word: str) -> Person:
        person = self._get(word, "person")
        person.gender = person.gender or first_name_gender(word)
        return person

    def settle_genders(self) -> None:
        """Each person's gender, from the surest evidence the texts give: an honorific (set while learning),
        a gendered role ("the Queen", "spokeswoman"), a first name mostly given to one gender, or else
        two thirds of the pronouns that follow the name.  None when nothing tells."""
        for p in self.people:
            if p.type != "person" or p.gender is not None:
                continue
            roles = {w for r in p.roles for w in _normal(r).split()}
            told = {lexicon.GENDERED_ROLES[w] for w in roles if w in lexicon.GENDERED_ROLES}
            if len(told) == 1:
                p.gender = told.pop()
                continue
            words = p.name.split()
            first = words[0] if len(words) >= 2 and words[0].lower().strip(".") not in HONORIFICS else ""
            if (
                first
                and p.pronouns
                and len(set(p.pronouns)) == 1
                and first_name_frequency(first)
                and not first_name_gender(first)
            ):
                # a first name given to both genders ("Casey"): the text's own pronouns after the name tell, one is
                # enough when none disagrees
                p.gender = p.pronouns[0]
                continue
            if first:
                p.gender = first_name_gender(first)
                if p.gender is not None:
                    continue
            if len(p.pronouns) >= 2:  # one pronoun near a name may be anybody's
                top = max(("m", "f"), key=p.pronouns.count)
                if p.pronouns.count(top) >= 2 * len(p.pronouns) / 3:
                    p.gender = top

    def merge_surnames(self) -> None:
        """ "Ms Rivera" and "Ana Rivera" are one person when only one full name has that surname."""
        full: dict[str, list[Person]] = {}
        for p in self.people:
            parts = p.name.split()
            if p.type == "person" and len(parts) >= 2 and parts[0].lower() not in HONORIFICS and not p.surname_only:
                full.setdefault(_surname(p.name), []).append(p)
        for p in list(self.people):
            parts = p.name.split()
            if p.surname_only or len(parts) == 2 and parts[0].lower() in HONORIFICS and parts[0].lower() not in PEERAGE:
                told = HONORIFICS.get(parts[0].lower())
                targets = [
                    t
                    for t in full.get(_normal(parts[-1]), [])
                    if not (told and (g := t.gender or _sure_gender(t.name.split()[0])) and g != told)
                ]
                if len(targets) == 1:
                    t = targets[0]
                    t.gender = t.gender or p.gender
                    t.titled = t.titled or p.titled
                    t.roles |= p.roles
                    t.described |= p.described
                    t.aliases |= p.aliases
                    t.mentions += p.mentions
                    for key, value in list(self._by_name.items()):
                        if value is p:
                            self._by_name[key] = t
                    p.merged = True
                    self.people.remove(p)

    # -- resolving
    def _long_names(self) -> tuple[dict[str, list[Person]], dict[str, list[Person]]]:
        """People of three or more name words by their second-to-last word ("Tello" of Óscar Tello Ramírez) and by
        their last two ("al suwaidi"), indexed as people are added (from scratch when one was folded into another)."""
        if self._long_for > len(self.people):
            self._penult, self._last_two, self._long_for = {}, {}, 0
        for p in self.people[self._long_for :]:
            words = _normal(p.name).split()
            if len(words) >= 3:
                self._penult.setdefault(words[-2], []).append(p)
                self._last_two.setdefault(" ".join(words[-2:]), []).append(p)
        self._long_for = len(self.people)
        return self._penult, self._last_two

    def _particle_surname(self, tokens: Sequence[str]) -> Person | None:
        """ "Al Suwaidi" after Mariam bint Khalifa Al Suwaidi: a capitalised particle and a surname, the one person
        whose full name ends so ("Al Gore", "Van Jones" are first names: no known name ends "Al Gore")."""
        if tokens[0].lower() not in _PARTICLES_LOWER:
            return None
        found = [p for p in self._long_names()[1].get(_normal(" ".join(tokens)), ())
                 if p.type == "person" and not p.merged]  # fmt: skip
        return found[0] if len(found) == 1 else None

    def _by_surname(self, word: str, gender: str | None = None, text: str = "", position: int = 0) -> Person | None:
        """The person of this surname (``gender``: the honorific's, "Mr Pask" is not Eleanor Pask).  When
        several share it (a chancellor and her husband), the one the text named in full first, before the
        mention (``text``, ``position``): the story's subject comes first, relatives are introduced later."""
        key = _normal(word)
        if not key:
            return None
        pool = self._by_prefix.get(("person", key[:4]), [])
        matches = [
            p
            for p in pool
            if not p.merged
            and (_surname(p.name) == key or fuzz.ratio(_surname(p.name), key) >= 90)
            and not (gender and (g := p.gender or _sure_gender(p.name.split()[0])) and g != gender)
        ]
        full = [p for p in matches if p.name.split()[0].lower() not in HONORIFICS and not p.surname_only]
        matches = full or matches
        if not matches and (penult := self._long_names()[0].get(key)) and not first_name_gender(word):
            # "Tello" after Óscar Tello Ramírez: a double surname is shortened to its first half (not "the Maddow Show")
            matches = [
                p for p in penult if not p.merged and p.type == "person" and not _common_word(p.name.split()[-1])
            ]
        if not matches:
            return None
        if len(matches) > 1 and text:
            named = [
                (at, p)
                for p in matches
                if first_name_gender(p.name.split()[0])
                and 0 <= (at := _first_written(text, position, [p.name, *sorted(a for a in p.aliases if " " in a)]))
            ]  # a name that starts with a first name: not a headline's "Top Clinton"; as written ("Harold J. Benning")
            if named:
                return min(named, key=lambda x: x[0])[1]
        return max(matches, key=lambda p: p.mentions)

    def _first_name_index(self) -> dict[str, list[Person]]:
        """People named in full by their first name word, made again when people were added (asked once a name)."""
        if self._first_for != len(self.people):
            index: dict[str, list[Person]] = {}
            for q in self.people:
                words = _normal(q.name).split()
                if len(words) >= 2:
                    index.setdefault(words[0], []).append(q)
            self._first_index, self._first_for = index, len(self.people)
        return self._first_index

    def by_initials(self, label: str) -> Person | None:
        """The one person whose name's words begin with these letters ("RB" is Rachel Brandauer, "DA" Desmond
        Achike-Lowe), None when no one or several do."""
        letters = label.replace(".", "").upper()
        found = [
            p
            for p in self.people
            if p.type == "person"
            and not p.merged
            and "".join(w[0] for w in p.name.split() if w[:1].isupper()).upper() == letters
        ]
        return found[0] if len(found) == 1 else None

    def _shares_surname(self, word: str) -> bool:
        """Whether several people of the texts have this surname (a lone surname is then read in its place)."""
        key = _normal(word)
        pool = self._by_prefix.get(("person", key[:4]), []) if key else []
        return sum(not p.merged and _surname(p.name) == key for p in pool) > 1

    def _by_first_name(self, word: str) -> Person | None:
        key = _normal(word)
        matches = [
            p
            for p in self.people
            if p.type == "person" and len(p.name.split()) >= 2 and _normal(p.name).split()[0] == key
        ]
        return max(matches, key=lambda p: p.mentions) if matches else None

    def _document_issuer(
        self, text: str, position: int, head: str, candidates: Sequence[tuple[int, Person]]
    ) -> Person | None:
        """Who issued the document ``head`` ("statement", "letter") that the text mentioned last before
        ``position``: "X said in a statement", "in a statement, X said", "X released a statement", "a statement from X"."""
        lo = max(0, position - 1500)
        found = None
        if head not in text[lo:position]:
            return None
        for m in _ISSUER_PATTERN.finditer(text, lo, position):
            if head in (m.group("h1"), m.group("h2"), m.group("h3"), m.group("h4")):
                found = m
        if found is None or head in text[found.end() : position]:
            return None  # the document named again after: another one ("The pilots' union issued a statement")
        who = found.group("who") or found.group("who2") or found.group("who3") or found.group("who4")
        start = found.start("who") if found.group("who") else found.start()
        person = self.resolve(who, text, start, candidates)
        return person if person is not None and person.type in ("person", "organisation") else None

    def _written_at(self, text: str, person: Person) -> list[int]:
        """Where a person's name and the forms the text gave it are written in ``text``, in order (found once a
        text: asking every time would scan the text once per question)."""
        if self._written_text is not text:
            self._written_text, self._written = text, {}
        found = self._written.get(id(person))
        if found is None:
            found = self._written[id(person)] = sorted(
                {m.start() for s in {person.name, *person.aliases} if s for m in re.finditer(re.escape(s), text)}
            )
        return found

    def _anyone(self, text: str, position: int, candidates: Sequence[tuple[int, Person]],
                last_speaker: Person | None, quoted: Sequence[Person], gender: str | None = None) -> Person | None:  # fmt: skip
        """A reference that tells no gender ("the 28-year-old", "the Barbadian"): read as "he" and as "she"; the
        one person either finds, if only one does (``gender``: read as that pronoun only)."""
        found = {
            self._pronoun(pronoun, text, position, candidates, last_speaker, quoted)
            for pronoun, g in (("he", "m"), ("she", "f"))
            if gender in (None, g)
        } - {None}
        return found.pop() if len(found) == 1 else None

    @staticmethod
    @lru_cache(maxsize=256)
    def _is_demonym(text: str, word: str) -> bool:
        """Whether "the Frenchman", "the Barbadian" names a person by nationality: a word in -man or -woman that
        is no office ("the Chairman"), a short demonym ("the Spaniard"), or one the text also writes as an
        adjective ("Barbadian overseas batter"), so not a title ("the Guardian")."""
        low = word.lower()
        if low in _ROLE_LIKE or low in lexicon.GENDERED_ROLES or low in ORG_WORDS:
            return False  # "the Chairman", "the Guardian"
        if low.endswith(("man", "woman")):
            return re.sub(r"(?:wo)?man$", "", low).endswith(
                ("ch", "sh")
            )  # French-, Welsh-, Irish-; not Ombuds-, States-
        if low in _SHORT_DEMONYMS:
            return True
        return re.search(rf"(?<!\bthe )(?<!\bThe ){word}\s+[a-z]", text) is not None

    def _of_nation(self, text: str, position: int, word: str, candidates: Sequence[tuple[int, Person]],
                   last_speaker: Person | None, quoted: Sequence[Person]) -> Person | None:  # fmt: skip
        """ "the Barbadian": the person the text introduced with that nationality ("Barbadian overseas batter
        Jerome Bascombe"), else the person the sentences before are about, of its gender if it tells one."""
        stem = re.sub(r"(?:wo)?man$", "", word)  # "Frenchman": "French"
        for m in reversed(list(re.finditer(rf"\b{stem}", text[:position]))):  # the nearest before
            run = _NAME_RUN.search(text, m.end(), min(len(text), m.end() + 60))
            if run is not None and run.start() - m.end() < 50:
                known = self.resolve_name_only(_strip_starters(run.group(0)))
                if known is not None and known.type == "person":
                    return known
        gender = "f" if word.lower().endswith("woman") else "m" if word.lower().endswith("man") else None
        return self._anyone(text, position, candidates, last_speaker, quoted, gender)

    def _ranked_before(self, text: str, position: int) -> Person | None:
        """ "the officer": the person with a police or military rank named last before, within a few paragraphs."""
        best: tuple[int, Person] | None = None
        for p in self.people:
            if p.type != "person" or p.merged or not any(w in _RANKS for r in p.roles for w in _office(r).split()):
                continue
            at = self._written_at(text, p)
            k = bisect_left(at, position)
            if k and position - at[k - 1] < 1500 and (best is None or at[k - 1] > best[0]):
                best = (at[k - 1], p)
        return best[1] if best else None

    def _by_role(self, role: str, text: str = "", position: int = 0) -> Person | None:
        """Whoever the texts gave this role ("the prime minister", "the Florida senator"); with ``text``, only
        someone this text named before ``position``: "the senator" points back, not at a senator named later."""
        role = re.sub(r"^(?:the|a|an|his|her|their|its)\s+", "", _normal(role)).replace("pm", "prime minister")
        role = " ".join(lexicon.ROLE_ABBREVIATIONS.get(w, w) for w in role.split())
        head = role.split()[-1] if role.split() else role
        if role.endswith("prime minister"):
            head = "prime minister"
        scored = []  # (exact modifier match, named before the mention's sentence ends, mentions, person)
        # a lede's "a local MP" may be the MP the story names after it; "a senior minister" is no minister named before
        asked_all = set(role.split())
        asked_later = asked_all - (_VAGUE if text and position < _LEDE else frozenset())
        stop = _SENTENCE_BREAK.search(text, position) if text else None
        reach = (
            stop.start() if stop else len(text)
        )  # named before, or in the sentence ("the Taoiseach, Dónal Ó Ceallaigh,")
        for p in self.people:
            roles = p.roles | p.described if p.described else p.roles
            if not roles or not any(head in _office(r) for r in roles):
                continue  # (where the person is written is looked up only for a holder of the office)
            at = self._written_at(text, p) if text else []
            last = at[bisect_left(at, reach) - 1] if at and at[0] < reach else -1
            asked = asked_all if last >= 0 or not text else asked_later
            for r in roles:
                rn = _office(r)
                held = set(rn.split())
                if held & _OTHER_OFFICE - asked or not asked - {"prime", "minister", "pm"} <= held | {"the"}:
                    continue  # "the home secretary" is not the shadow home secretary, nor the press secretary
                if rn.endswith(head) or head in rn:
                    # an exact modifier match ("us president") beats a bare head ("president")
                    scored.append((rn == role, not text or last >= 0, last, p.mentions, p))
        if text and position >= _LEDE or any(x[1] for x in scored):
            scored = [x for x in scored if x[1]]  # only a lede's "a judge said" stands for the judge named after
        if not scored:
            return None
        # the exact office first, then the holder named last before ("Sen. Amy Lott ... the senator"), then the
        # one named most
        return max(scored, key=lambda x: (x[0], x[2], x[3]))[4]

    def resolve(
        self,
        mention: str,
        text: str = "",
        position: int = 0,
        candidates: Sequence[tuple[int, Person]] = (),
        last_speaker: Person | None = None,
        quoted: Sequence[Person] = (),
    ) -> Person | None:
        """The person a speaker mention refers to (``text``/``position``: where, for pronouns;
        ``candidates``: people named in this text, and speakers already resolved, by position; ``quoted``: people
        the quote itself names, whom a pronoun does not stand for: "Keith is a good man," he said)."""
        sent = _DOCUMENT_FROM.fullmatch(mention.strip().strip(","))
        if sent is not None:  # "A letter from the Health Secretary (says)": whoever sent it
            return self.resolve(sent.group(1), text, position + sent.start(1), candidates, last_speaker, quoted)
        if text and _OWN_DOCUMENT.fullmatch(mention.strip().strip(",")) is not None:
            # "Its report said", "Their inspection report found": the body named last before it
            body = self._body_before(text, position)
            if body is not None:
                return body
        pronoun = _normal(mention)
        pronoun = {"his": "he", "their": "they", "its": "it"}.get(pronoun, pronoun)  # "His answer:", "Her final line:"
        if pronoun in PRONOUNS:  # (before the starter words go: "her" is one)
            return self._pronoun(pronoun, text, position, candidates, last_speaker, quoted)
        m = _strip_starters(mention.strip().strip(","))
        if (
            text
            and _ACRONYM.fullmatch(m)
            and not mention.lstrip().lower().startswith("the ")  # "the MCE": a role, found below
            and self.resolve_name_only(m.title()) is None
            and any(
                not position <= at.start() < position + len(mention)
                for at in re.finditer(rf"(?<![\n\w])(?<!^){m}\b(?!\s*:)", text)
            )  # used elsewhere than where it speaks
        ):
            # "SCNA said", "FEMA told reporters": an acronym the text also uses in its sentences (not only as a
            # transcript's label) and no person's name: a body
            return self._get(m, "organisation")
        if m.isupper() and len(m) > 3:
            m = m.title()  # a transcript label ("KESSLER") names the same person as "Kessler"
        low = _normal(m)
        if not low:
            return None
        if low in PRONOUNS:
            return self._pronoun(low, text, position, candidates, last_speaker, quoted)
        age = _AGED.fullmatch(mention.strip().strip(","))
        if age and text:
            # "the 47-year-old" after "Rhys Maddocks, 47,": the person the text gave that age
            who = None
            for m2 in _age_of(age.group(1)).finditer(text, 0, position):
                who = m2.group("a") or m2.group("b")
            found = self.resolve_name_only(_strip_starters(who)) if who else None
            if found is not None:
                return found
        if age and text and not re.search(rf"\b(?:[Aa]n?|[Oo]ne)\s+{age.group(1)}-year-old\b", text[:position]):
            # "the 28-year-old said" with no age given before (nor an unnamed "a 28-year-old man"): the person the
            # text is about
            return self._anyone(text, position, candidates, last_speaker, quoted)
        demonym = _DEMONYM.fullmatch(mention.strip().strip(","))
        if demonym and text and self._is_demonym(text, demonym.group(1)):
            return self._of_nation(text, position, demonym.group(1), candidates, last_speaker, quoted)
        if low in ("the latter", "the former", "latter", "former"):
            # the second / first of the last two people named before it
            named = list(dict.fromkeys(p for pos, p in candidates if pos < position and p.type == "person"))
            return (named[-1] if "latter" in low else named[-2]) if len(named) >= 2 else None
        words = low.split()
        if (
            len(words) >= 3
            and words[0] in UNNAMED_HEADS
            and words[1] in ("at", "for", "of", "with", "from", "close", "familiar", "in")
            and m[:1].isupper()
        ):
            # "the Member for Upper Tolland" after "X, the Member for Upper Tolland,": the person given that role
            held = [p for p in self.people if p.type == "person" and not p.merged
                    and low in {re.sub(r"^the\s+", "", _normal(r)) for r in p.roles}]  # fmt: skip
            if len(held) == 1:
                return held[0]
            return self._get(re.sub(r"\s+", " ", m), "unnamed")  # "Analysts at Ferris & Lowe", "Officials at the port"
        acronym = _ACRONYM_REF.fullmatch(mention.strip().strip(","))
        if acronym and text:  # "the MCE" after "The Municipal Chief Executive (MCE) for Asuboa, Mrs. Abena Owusu,"
            found = self._acronym_holder(text, acronym.group(1), position)
            if found is not None:
                return found
        org_ref = _BODY_REF.fullmatch(mention.strip().strip(","))
        if org_ref and text:
            found = self._organisation_before(text, position, (org_ref.group(1) or org_ref.group(2)).lower())
            if found is not None:
                return found
        lone = _LONE_BODY_REF.fullmatch(mention.strip().strip(","))
        # (named_body refuses the words for people, roles and documents; the kinship words are this module's)
        if lone and text and lone.group(1) not in _PERSON_NOUNS and named_body(text, position, lone.group(1)):
            # "the diocese" after the Roman Catholic Diocese of Port Sheldon, "the mart" after Skelbeck Bridge Auction
            # Mart: the body named before by that word
            found = self._organisation_before(text, position, lone.group(1))
            if found is not None:
                return found
        role_ref = _ROLE_REF.fullmatch(mention.strip().strip(","))
        if role_ref and text and role_ref.group(1).split()[-1].lower() in DOCUMENTS:
            # "the statement said" after "Halden Markets said in a statement": the words of whoever issued it
            issuer = self._document_issuer(text, position, role_ref.group(1).split()[-1].lower(), candidates)
            if issuer is not None:
                return issuer
        if role_ref and role_ref.group(1).split()[-1].lower() not in DOCUMENTS | ORG_WORDS:
            head = role_ref.group(1).split()[-1].lower()
            # "the marshal", "the judge": whoever the text gave that role
            found = self._by_role(role_ref.group(1), text, position) if head not in UNNAMED_HEADS else None
            if (
                found is None
                and text
                and head == "officer"
                and role_ref.group(1) == head
                and not _introduced(head).search(text, max(0, position - 800), position)  # "One officer, who ..."
            ):
                found = self._ranked_before(text, position)  # "Police Colonel X ... 'the officer said'"
            if found is None and text and position < _LEDE and head in _ROLE_HEADS and role_ref.group(1).istitle():
                found = self._named_next(text, position, head)
            if found is None and text and head in _ROLE_HEADS and not role_ref.group(1).istitle():
                # "the bishop" after a lede's "The Bishop of Wexcombe has been accused ..." and a next paragraph
                # naming her: the person the lede's role stood for
                lede = re.search(
                    rf"\bThe[ \t]+(?:[A-Z][\w\-’']*[ \t]+){{0,3}}{re.escape(head.capitalize())}\b", text[:_LEDE]
                )
                found = self._named_next(text, lede.start(), head) if lede and lede.start() < position else None
                at = _first_written(text, len(text), sorted(found.aliases)) if found is not None else -1
                other = _ROLE_APPOSED_BEFORE.search(text, max(0, at - 60), at) if at > 0 else None
                if found is not None and (
                    not found.titled  # the office-holder comes with a title ("the Rt Rev X"); a critic, a victim not
                    or found.roles
                    and not any(head in _normal(r).split() for r in found.roles)
                    or other is not None
                    and head not in _normal(other.group(1)).split()
                ):
                    found = None  # "the Member for Tallarook, X": someone given another office
            if found is None and text and head in _GENDERED_TITLES:
                # "the actress said", "the congressman added": nobody given the role, so read as the "she" or "he"
                # it stands for, the person of that gender the text has been about
                pronoun = "she" if lexicon.GENDERED_ROLES[head] == "f" else "he"
                found = self._pronoun(pronoun, text, position, candidates, last_speaker, quoted)
                if found is not None and found.roles and not any(head in _normal(r).split() for r in found.roles):
                    found = None  # "the actress" is not the woman the text calls its director
            # "the officer" after "a senior military officer who spoke on condition of anonymity": that source
            found = found or next(
                (p for p in reversed(self.people) if p.type == "unnamed" and head in _normal(p.name).split()[:8]), None
            )
            if found is not None:
                return found
            if text and role_ref.group(1).islower() and _agentive(head):
                # "the trader said" after "One London-based trader said short sellers ...": whom the text introduced
                intro = None
                for intro in _introduced(head).finditer(text, max(0, position - 800), position):
                    pass
                if intro is not None:
                    return self._get(_SPACES.sub(" ", intro.group(0)[0].lower() + intro.group(0)[1:]), "unnamed")
            if (head in UNNAMED_HEADS or head in _SOURCE_HEADS) and role_ref.group(
                1
            ).islower():  # not "the Daily Caller"
                # a role nobody named holds ("the officer"): an unnamed source
                return self._get(_SPACES.sub(" ", mention.strip().strip(",")), "unnamed")
        # "communications director for Rep. X": the director speaks, not X
        if not _CAPITALISED_RUN.match(m) and _HEAD_FOR.search(m):
            head = re.split(r"\s+(?:for|of|at|to|with)\s+", m)[0]
            return (
                self._by_role(head, text, position)
                if head.split()[0].lower() in ("the",)
                else self._get(re.sub(r"\s+", " ", mention.strip().strip(",")), "unnamed")
            )
        parts = m.split()
        if (
            len(parts) >= 3
            and parts[0].lower() in ORG_WORDS
            and parts[1] in ("of", "for")
            and all(w[:1].isupper() or w in ("of", "for", "and", "the", "&") for w in parts)
        ):
            return self._get(m, "organisation")  # "The Ministry of Marine and Ports": a body's name, "and" in it
        role, honorific, tokens = _split_name(m)
        if not tokens and role and not honorific:
            if len(role) == 1 and (named := self._by_surname(role[0], None, text, position)) is not None:
                return named  # "King said" after Marla Rae King: a surname that is also a title
            found = self._by_role(" ".join(role), text, position)  # "the prime minister", "The PM", "the US president"
            if found is None and (words[-1] in UNNAMED_HEADS or _someone(mention)):  # "A Herons spokesperson": a source
                return self._get(re.sub(r"\s+", " ", mention.strip().strip(",")), "unnamed")
            return found
        raw_words = _normal(mention).split()
        if (
            words
            and (
                words[-1] in UNNAMED_HEADS
                or "source" in words
                or not (tokens and tokens[-1][:1].isupper())  # "another friend, Mariam Emara": the name speaks
                and _someone(mention)
                or raw_words[0] in _DETERMINERS
                and (any(w in UNNAMED_HEADS for w in raw_words[1:4]) or raw_words[-1] in _SOURCE_HEADS)
            )
        ):
            return self._get(re.sub(r"\s+", " ", mention.strip().strip(",")), "unnamed")
        if honorific and honorific.lower() in PEERAGE and len(tokens) == 1:
            return self._get(f"{honorific} {tokens[0]}", "person")
        if not honorific and (royal := _royal_name(role, tokens)) is not None:
            return self._by_first_name(tokens[0]) or self._get(royal, "person")
        if (
            tokens
            and tokens[0][:1].isupper()
            and all(t[:1].isupper() or t in lexicon.NAME_PARTICLES or t == "&" or _PREFIXED.match(t) for t in tokens)
            or (len(tokens) >= 2 and tokens[0] in lexicon.NAME_PARTICLES and tokens[-1][:1].isupper())
            or (len(tokens) == 1 and _PREFIXED.match(tokens[0]))  # "al-Amri" after Faisal bin Rashid al-Amri
        ):
            if (
                "&" in tokens
                or any(t.lower() in ORG_WORDS for t in tokens)
                or (m.isupper() is False and _normal(m) in {"downing street", "white house", "no 10", "number 10"})
            ):
                return self._get(" ".join(tokens), "organisation")
            if len(tokens) >= 2:
                if tokens[0] in lexicon.NAME_PARTICLES:  # "van der Hoek": the surname of a known person
                    return self._by_surname(tokens[-1]) or self._get(" ".join(tokens), "person")
                if len(tokens) == 2 and (known := self._particle_surname(tokens)) is not None:
                    return known  # "H.E. Al Suwaidi" after her full name
                if len(tokens) == 2 and tokens[0].isupper() and 2 <= len(tokens[0]) <= 4:
                    known = self._by_surname(tokens[1])  # "DCI Okafor-Lyle": a rank in capitals, then a surname
                    if known is not None:
                        return known
                return self._get(" ".join(tokens), "person")
            if honorific and honorific.lower() in _GIVEN_NAME_TITLES:
                return self._by_first_name(tokens[0]) or self._by_surname(tokens[0])
            told = HONORIFICS.get(honorific.lower()) if honorific else None
            found = self._by_surname(tokens[0], told, text, position) or self._by_first_name(tokens[0])
            if found is None and told:  # "Mr Pask" when the only Pask named in full is a woman
                found = self._get(f"{honorific} {tokens[0]}", "person")
                found.gender = found.gender or told
            if found is None and tokens[0].isupper() and 2 <= len(tokens[0]) <= 5:
                return self._get(tokens[0], "organisation")  # "NASA", "FBI"
            if found is None and not honorific and not role and text and tokens[0] in introduced_by_first_name(text):
                return self.learn_first_name(tokens[0])  # "Gerald, 71, a retired engineer"
            if found is None and (name := self._short_form(tokens[0])) and name in text[:position]:
                return self._get(name, "organisation")  # "Northwind" after Northwind Air
            if found is None and _BRAND.fullmatch(tokens[0]):
                return self._get(tokens[0], "organisation")  # "PayCore", "FreshDirect": a brand's capitals
            return found  # a lone capitalised word nobody is named by ("Mission", "Depot") is no speaker
        if words and words[-1] in UNNAMED_HEADS or "source" in words:
            return self._get(re.sub(r"\s+", " ", m), "unnamed")
        rp = _ROLE_PHRASE.search(m) or re.match(
            r"(?:the\s+)?((?:[\w.\-]+\s+){0,3}?(?:president|prime minister|pm|minister|secretary|chancellor|ambassador|governor|senator|leader|mayor))$",
            m,
            re.I,
        )
        if rp:
            return self._by_role(rp.group(1), text, position)
        if any(w in ORG_WORDS for w in words):
            # "the commission" with no commission named: the body as described, not a name "commission"
            return self._get(re.sub(r"\s+", " ", mention.strip().strip(",")) if m.islower() else m, "organisation")
        if words and words[-1] in DOCUMENTS:
            # "the statement said": a document speaks for whoever issued it; unless the mention names them
            # ("Smith's statement", "a statement from the ministry"), nobody is credited rather than a guess
            owner = re.match(r"(?:the\s+)?(.+?)[’']s\s+\w+$", mention.strip()) or re.search(
                r"\b(?:from|by)\s+(.+)$", mention.strip()
            )
            return self.resolve(owner.group(1), text, position, candidates, last_speaker) if owner else None
        return None

    def _named_next(self, text: str, position: int, head: str) -> Person | None:
        """The lede's role, named in the next paragraph ("The Home Secretary has defended her decision ... ¶
        Priya Lambert told the BBC ..."): the first person named in full after the role, by the end of the
        paragraph after it, when the text says nowhere else who holds the role."""
        end = text.find("\n", position)  # the end of the role's paragraph, then of the next one
        if end >= 0:
            while end < len(text) and text[end] in "\n \t":
                end += 1
            end = text.find("\n", end)
        end = len(text) if end < 0 else end
        for start, run_end, run in _runs(text):
            if start <= position or _inside_quote(text, start):
                continue
            if start > end:
                break
            name = _strip_starters(run, text[max(0, start - 12) : start])
            person = self.resolve_name_only(name) if " " in name else None
            if person is not None and person.type == "person" and not person.credited:
                # described there as holding another office: "Mel Stride, the shadow chancellor", "economist Paul
                # Johnson" is somebody who answers (what the text says of the person elsewhere does not count)
                after = text[run_end : run_end + 80]
                app = _APPOSITION.match(after) if after[:1] == "," else None
                said = [(app.group(1) or app.group(2)).lower()] if app else []
                role, _, _ = _split_name(name)
                if role:
                    said.append(" ".join(role).lower())
                if (w := _word_before(text, start)) is not None and w[1].islower() and w[1] in _ROLE_HEADS:
                    said.append(w[1])
                if said and not any(
                    head in (held := _normal(r).split()) and not _OTHER_OFFICE & set(held) for r in said
                ):
                    continue
                return person
        return None

    def mentions(self, text: str, quoted: Sequence[tuple[int, int]] = ()) -> list[tuple[int, Person]]:
        """Salient people named in a text outside its quotations, by position (antecedents for pronouns)."""

        spans = sorted(quoted)
        starts = [a for a, _ in spans]
        reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the quotes starting so far

        def outside(pos: int) -> bool:
            i = bisect_right(starts, pos) - 1
            return i < 0 or reach[i] <= pos

        found: list[tuple[int, Person]] = []
        known: dict[str, Person | None] = {}  # a name written twice is looked up once
        shared: dict[str, tuple[int, Person | None]] = {}  # ... unless several people have that surname
        for start, end, run in _runs(text):
            if not outside(start) or text[end : end + 2] in ("’s", "'s") or run.isupper():
                continue
            name = _strip_starters(run, text[max(0, start - 12) : start])
            if name not in known:
                known[name] = self.resolve_name_only(name)
                tokens = _split_name(name)[2]
                if len(tokens) == 1 and self._shares_surname(tokens[0]):
                    # "Mr. Brannock" when Patrick Brannock is named too: the one named in full first, once named
                    first = self.resolve_name_only(name, text, len(text))
                    spelled = [first.name, *sorted(a for a in first.aliases if " " in a)] if first else []
                    at = _first_written(text, len(text), spelled) if first else -1
                    shared[name] = (at, first)
            at, first = shared.get(name, (-1, None))
            person = first if 0 <= at < start else known[name]
            if person is not None and person.type == "person":
                found.append((start, person))
        for m in _ROLE_PHRASE.finditer(text):
            if outside(m.start()) and text[m.end() : m.end() + 2] not in ("’s", "'s"):
                person = self._by_role(m.group(1), text, m.start())
                if person is not None:
                    found.append((m.start(), person))
        return sorted(found, key=lambda x: x[0])

    def _pronoun(
        self,
        pronoun: str,
        text: str,
        position: int,
        candidates: Sequence[tuple[int, Person]],
        last_speaker: Person | None = None,
        quoted: Sequence[Person] = (),
    ) -> Person | None:
        """The antecedent of "he"/"she": walking back sentence by sentence from the pronoun, the person
        of matching gender named in the nearest sentence that names one (quotations left out).  A person
        whose gender the text tells beats one whose gender it does not; when two fit equally, the person
        quoted last, else the sentence's subject, else nobody: a pronoun stays unresolved rather than guessed."""
        gender = PRONOUNS.get(pronoun)
        if pronoun == "i" and text:
            # "I wrote here that ...": outside quotation marks, the first person is the writer of a first-person
            # piece, named once in its byline at the top
            names = _bylines(text)
            if (
                _INTERVIEW_CREDIT.search(text, 0, _BYLINE_REACH + 200)
                and not _QA_TURN.search(text)
                and not _I_ASK.match(text, position)
            ):
                return None  # "Interview by X" over a story told to X in the first person: "I said" is the subject's
            writers = {p for pos, p in candidates if p.credited and p.type == "person"
                       and any(a <= pos < b or text[pos:a].strip() in ("By", "BY") for a, b in names)}  # fmt: skip
            return writers.pop() if len(writers) == 1 and _first_person(text) else None
        if pronoun == "it" and text:
            return self._organisation_speaking_before(text, position)
        if gender is None or not text:
            return None
        before = candidates[: bisect_left(candidates, position, key=_position)]  # candidates come in text order
        usable = [(pos, p) for pos, p in before if p.type == "person" and not p.credited
                  and p not in quoted
                  and (p.gender == gender or p.gender is None)]  # fmt: skip
        if not usable:
            return None
        lo_limit = max(0, usable[-1][0] - 2000)
        bounds = [lo_limit] + [m.end() for m in _SENTENCE_BREAK.finditer(text, lo_limit, position)] + [position]
        chained = False  # a sentence passed on the way opens with this pronoun ("She said the county had ...")
        first_seen: dict[Person, int] = {}  # where each candidate is named first (made when a sentence asks)
        opener = _OPENING_PRONOUN[gender]
        for lo, hi in zip(reversed(bounds[:-1]), reversed(bounds[1:])):
            if (
                hi < position
                and opener.match(text, lo)
                and (first_seen or first_seen.update((p, pos) for pos, p in reversed(before)) or True)
                and not any(
                    lo <= pos < hi and first_seen.get(p, pos) >= lo and _introduced_here(text, pos) for pos, p in usable
                )  # fmt: skip
            ):
                # "He attended the rally, though he may vote for Clinton or Sanders.": a sentence whose subject is
                # this pronoun names others only as objects; the pronoun carries on the subject before it (unless
                # it brings someone new in: "He handed the scissors to Councillor Brian Mulhern, who ...")
                chained = True
                continue
            # a person whose gender the text does not tell fits when the text shows a person (an honorific, a
            # role, a quote) or names them as the subject of the sentence ("Kamrul Hasan Tipu, ..., said")
            here = [(pos, p) for pos, p in usable if lo <= pos < hi
                    and (p.gender == gender or p.titled or p.spoke or p.roles or p.who or _opens(text[lo:pos])
                         or _DESCRIBED_SUBJECT.fullmatch(text, lo, pos) is not None)]  # fmt: skip
            if not here:
                continue
            pool = [x for x in here if x[1].gender == gender] or here
            if (
                hi < position
                and all(_OBJECT_BEFORE.search(text, max(lo, pos - 60), pos) for pos, _ in pool)
                and any(_SUBJECT_PRONOUN[gender].search(text, pos, hi) for pos, _ in pool[-1:])
            ):
                # "Under cross-examination by lawyer X, he acknowledged ...": a name after a preposition is not the
                # "he" who is the subject of its sentence; that person was named before
                continue
            people = list(dict.fromkeys(p for _, p in pool))
            if len(people) == 1:
                return people[0]
            if (
                chained
                and _opens(text[lo : pool[0][0]])
                and (run := _NAME_RUN.match(text, pool[0][0])) is not None
                and text[run.end() : run.end() + 2] not in ("’s", "'s")  # "X's daughter ...": not X
            ):
                # "X, a Republican, sat beside Y. She said ... '...,' she said": a sentence opening with the
                # pronoun carries on the subject before it, whoever was quoted last
                return pool[0][1]
            if last_speaker is not None and last_speaker in people:
                return last_speaker
            (first_pos, first), second_pos = pool[0], next(pos for pos, p in pool if p is not pool[0][1])
            run = _NAME_RUN.match(text, first_pos)
            joined = text[run.end() if run else first_pos : second_pos]
            if (
                re.fullmatch(r"\s*(?:,|and|&|or|with|,\s*and)\s*", joined)
                or text[lo:first_pos].strip(' ,“"‘')
                and not _opens(text[lo:first_pos])
                and not _INVERTED_SUBJECT.fullmatch(text, lo, first_pos)  # "Among the marchers was X, ..."
            ):
                return None  # "A and B ..." / a sentence whose subject is no one of them: two fit, nobody chosen
            return first
        return None

    def _organisation_before(self, text: str, position: int, head: str) -> Person | None:
        """ "the company" / "the ministry": the nearest organisation named before, one whose name holds the
        head word first ("the Health Ministry"), else (for a company or firm) the nearest name that is no
        known person and does not start with a first name."""
        runs = [m for m in _NAME_RUN.finditer(text, max(0, position - 2000), position) if not _quoted(text, m.start())]
        if head in _MEDIA_HEADS:  # "the paper", "the outlet": the nearest name the text uses as a news outlet
            for m in reversed(runs):
                name = _strip_starters(_one_sentence(m.group(0)), text[max(0, m.start() - 12) : m.start()])
                if name and (
                    _MEDIA_WORDS & set(_normal(name).split())
                    or _MEDIA_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    or _MEDIA_AFTER.match(text, m.end())
                ):
                    name = re.sub(r"[’']s$", "", name)
                    if " " not in name:  # "the Register" after the Port Calloway Register
                        known = sorted(n for names in self._orgs.values() for n in names if n.endswith(" " + name))
                        name = known[-1] if known else name
                    return self._get(name, "organisation")
            return None
        for m in reversed(runs):
            name = _strip_starters(m.group(0))
            words = _normal(name).split()
            core = [w for w in words if w not in _LEGAL_FORMS] or words  # "Harlow Bank Ltd": the bank
            if head in lexicon.BODY_SYNONYMS and len(core) >= 2 and core[-1] in lexicon.BODY_SYNONYMS[head]:
                return self._get(
                    name, "organisation"
                )  # "the force" after Northvale Police (not "Garda Commissioner X")
            if (
                head in words
                and len(words) >= 2
                and (core[-1] == head or core[-1] not in ORG_WORDS)  # "the airline": not the Airline Pilots' Union
            ):
                return self._get(name, "organisation")
        if head not in _COMPANY_HEADS:
            # "the agency" after the Federal Office of Disease Control: the nearest body named before, if one
            # name of an institution is there and no other (two would be a guess)
            bodies = {
                name
                for m in _BODY.finditer(text, max(0, position - 2000), position)
                if len(name := _strip_starters(_one_sentence(m.group(0)))) > 3
                and len(name.split()) >= 2
                and any(w in INSTITUTION_WORDS for w in _normal(name).split())
            }
            if len(bodies) == 1:
                return self._get(bodies.pop(), "organisation")
            # else the body a sentence just before opened with ("Provincial Wildfire Command says ...")
            return self._organisation_speaking_before(text, position)
        for m in reversed(runs):
            name = _strip_starters(_one_sentence(m.group(0)), text[max(0, m.start() - 12) : m.start()])
            words = name.split()
            short = self._short_form(words[0]) if len(words) == 1 else None
            if short:  # "Northwind's account" after Northwind Air
                return self._get(short, "organisation")
            if not words or name.isupper() or first_name_gender(words[0]) or words[0].lower() in _MONTHS | _WEEKDAYS:
                continue
            if len(words) == 1 and not re.search(
                rf"(?<=[a-z,;:]\s){re.escape(name)}\s+(?:said|says|told|announced|confirmed|added|wrote|stated)\b", text
            ):
                continue  # one word is a company's name only if the text has it speak ("Parcelly said"), not at a sentence start
            if head not in _GROUP_HEADS and any(w in INSTITUTION_WORDS for w in _normal(name).split()):
                continue  # "the company" is not the institute or the ministry named before it ("the group" may be a foundation)
            known = self.resolve_name_only(name)
            if known is not None and known.type == "organisation":
                return known  # the company already taken for one "the company" is the same for the next
            if known is not None and (
                known.gender
                or known.titled
                or known.type != "person"
                or any(d.split()[-1] in _ROLE_NOUNS or d.split()[-1] in ROLE_WORDS for d in known.described)
            ):
                continue  # a person (a gender, a title, a role in lower case before the name)
            if known is not None:  # a name without first name, title or gender, taken for a person's: the company's
                known.type = "organisation"
                return known
            if text[m.end() : m.end() + 2] in ("’s", "'s") or words[0].lower() in _MONTHS:
                continue
            org = self._get(re.sub(r"[’']s$", "", name), "organisation")
            org.type = "organisation"  # a name first taken for a person's is the company's
            return org
        return None

    def _acronym_holder(self, text: str, acronym: str, position: int) -> Person | None:
        """The person named in apposition after the place where the text spelled out an acronym of a role."""
        at = text.rfind(f"({acronym})", 0, position)
        if at < 0:
            return None
        m = _AFTER_DEFINITION.match(text, at + len(acronym) + 2)
        if m is None:
            return None
        role, _, tokens = _split_name(m.group(1))
        known = self.resolve_name_only(" ".join(tokens)) if tokens else None
        return known if known is not None and known.type == "person" else None

    def _body_before(self, text: str, position: int) -> Person | None:
        """The organisation named last before ``position`` (within a few paragraphs), one the text names in full."""
        lo = max(0, position - 800)
        runs = sorted([*_NAME_RUN.finditer(text, lo, position), *_BODY.finditer(text, lo, position)],
                      key=lambda m: (m.end(), m.end() - m.start()))  # fmt: skip
        for m in reversed(runs):  # "the state Board of Water Quality" too, with its "of"
            more = _AND_MORE.match(text, m.end()) if text.startswith((" and ", " & "), m.end()) else None
            name = _strip_starters(_one_sentence(text[m.start() : more.end()] if more else m.group(0)))
            if not name or " " not in name:
                continue
            known = self._by_name.get(_normal(name))
            if known is not None and known.type == "organisation" and not known.merged:
                return known
            if known is None and any(w in ORG_WORDS for w in _normal(name).split()):
                return self._get(name, "organisation")  # "The Health Care Standards Commission inspected ..."
        return None

    def _organisation_speaking_before(self, text: str, position: int) -> Person | None:
        """ "It added that ...": the organisation the last sentence before had speaking ("Vantor said ..."), if
        that speaker is one (a person there leaves "it" unresolved)."""
        name = ""
        for said in reversed(list(_SAYS.finditer(text, max(0, position - 600), position))):
            name = _strip_starters(said.group(1))
            if name and not (" " not in name and _common_word(name)):
                break  # the nearest sentence that opens with a name ("In a statement, ..." opens with none)
        if not name:
            return None
        if any(w in ORG_WORDS for w in _normal(name).split()):
            return self._get(name, "organisation")
        known = self.resolve_name_only(name)
        if known is not None:
            return known if known.type == "organisation" else None
        short = self._short_form(name) if " " not in name else None
        return self._get(short, "organisation") if short else None

    def interview_role(self, text: str, label: str) -> Person | None:
        """In a Q&A, "Q" (or "INTERVIEWER") is the interviewer, the byline's name ("By X", "Interview by X"), and
        "A" the person interviewed: the one person the headline names, else the person the text names most
        (the interviewer left out)."""
        by = _INTERVIEW_BYLINE.search(text)
        asker = self.resolve_name_only(by.group(1)) if by else None
        if label in ("Q", "INTERVIEWER"):
            return asker or self._get("a reporter", "unnamed")  # a press conference: the questions are reporters'
        counts: dict[Person, int] = {}
        title_end = text.find("\n") if "\n" in text else len(text)
        in_title: set[Person] = set()
        for start, _, run in _runs(text):
            p = self.resolve_name_only(_strip_starters(run))
            if p is not None and p.type == "person" and p is not asker and not p.credited:
                counts[p] = counts.get(p, 0) + 1
                if start < title_end:
                    in_title.add(p)
        if len(in_title) == 1:
            return in_title.pop()  # the headline names the person interviewed
        return max(counts, key=counts.__getitem__) if counts else None

    def resolve_name_only(self, mention: str, text: str = "", position: int = 0) -> Person | None:
        """The person or body a name alone stands for (``text``, ``position``: where it is written, so that a
        surname several people share is the one the text named in full first)."""
        role, honorific, tokens = _split_name(mention)
        if (
            not tokens
            or not tokens[-1][:1].isupper()
            or not all(t[:1].isupper() or t in lexicon.NAME_PARTICLES for t in tokens)
        ):
            return None
        if any(t.lower() in ORG_WORDS for t in tokens):
            return None
        if len(tokens) == 2 and tokens[0] in lexicon.NAME_PARTICLES:  # "van Rensburg": a surname with its particle
            return self._by_surname(tokens[1])
        if len(tokens) == 2 and (known := self._particle_surname(tokens)) is not None:
            return known
        key = _normal(" ".join(tokens))
        if honorific and honorific.lower() in PEERAGE and len(tokens) == 1:
            return self._by_name.get(_normal(f"{honorific} {tokens[0]}"))
        if key in self._by_name:
            return self._by_name[key]
        for k in range(1, len(tokens) - 1):  # "Fire Marshal Kathy Dunbar": a known full name at the end of the run
            known = self._by_name.get(_normal(" ".join(tokens[k:]))) if first_name_gender(tokens[k]) else None
            if known is not None and known.type == "person":
                return known
        if len(tokens) == 1:
            if honorific and honorific.lower() in _GIVEN_NAME_TITLES:
                return self._by_first_name(tokens[0])
            found = self._by_surname(tokens[0], HONORIFICS.get((honorific or "").lower()), text, position)
            if (
                found is None
                and not honorific
                and (
                    first_name_gender(tokens[0])
                    or len(tokens[0]) >= 3
                    and tokens[0].lower() not in _FUNCTION_WORDS
                    and not _common_word(tokens[0])
                )
            ):
                # "Ruth" after "Ruth Abernathy", "Ngozi" after Dr. Ngozi Ambrose: the one person of the story with
                # that first name
                same = [
                    q
                    for q in self._first_name_index().get(_normal(tokens[0]), ())
                    if q.type == "person" and not q.merged
                ]
                found = same[0] if len(same) == 1 else None
            return found
        return None


def resolve_speakers(
    texts: Sequence[str], quotes: Sequence[Iterable[Quote]]
) -> tuple[PeopleIndex, list[list[Person | None]]]:
    """People of a story (all its texts) and, for each text's quotes, the person who said each."""
    index = PeopleIndex()
    for text in texts:
        index.learn(text)
    index.merge_surnames()
    for text in texts:
        index.learn_first_names(text)
    settled = False  # genders are settled at the first pronoun (most texts quote nobody as "he" or "she")
    resolved: list[list[Person | None]] = []
    for text, qs in zip(texts, quotes):
        row = []
        qs = list(qs)
        quoted = [(q.span.start - 1, q.span.end + 1) for q in qs]
        candidates: list[tuple[int, Person]] | None = None  # computed at the first pronoun
        last: Person | None = None
        interview: dict[str, Person | None] = {}  # "Q" and "A" of this text, worked out once
        initials: dict[str, Person] | None = None  # "RB:" and "DA:" of a Q&A, worked out once
        run_starts: list[int] | None = None  # where the text's capitalised runs start, for the quotes' own names
        for q in qs:
            person = None
            if q.rule == "transcript-label" and q.speaker_text in ("Q", "A", "INTERVIEWER"):
                if q.speaker_text not in interview:
                    interview[q.speaker_text] = index.interview_role(text, q.speaker_text)
                person = interview[q.speaker_text]
            elif q.speaker_text and q.speaker_span:
                if candidates is None and (
                    _normal(q.speaker_text) in PRONOUNS
                    or "latter" in q.speaker_text
                    or "former" in q.speaker_text
                    or (_normal(q.speaker_text).split() or [""])[-1] in _GENDERED_TITLES
                    or _AGED.fullmatch(q.speaker_text.strip())
                    or _DEMONYM.fullmatch(q.speaker_text.strip())
                ):
                    candidates = index.mentions(text, quoted)
                    if not settled:
                        index.settle_genders()
                        settled = True
                if _normal(q.speaker_text) in PRONOUNS:  # people the quote names in the third person are not its "he"
                    if run_starts is None:
                        run_starts = [a for a, _, _ in _runs(text)]
                    runs = _runs(text)[bisect_left(run_starts, q.span.start) : bisect_left(run_starts, q.span.end)]
                    inside = [
                        p for _, _, run in runs if (p := index.resolve_name_only(_strip_starters(run))) is not None
                    ]
                else:
                    inside = []
                if q.rule == "transcript-label" and _INITIALS.fullmatch(q.speaker_text):
                    if initials is None:
                        initials = _initials_of(index, qs)
                    person = initials.get(q.speaker_text)  # "RB:" in a Q&A between Rachel Brandauer and "DA:"
                if person is None:
                    person = index.resolve(q.speaker_text, text, q.speaker_span.start, candidates or (), last, inside)
                named = (
                    _APPOSED_NAME.match(text, q.speaker_span.end)
                    if (person is None or person.type == "unnamed")
                    and _ROLE_LIKE & set(_normal(q.speaker_text).split())
                    else None
                )
                if named:  # "Its leader, Vice-Chancellor Thomas Aigner, told": the name after the role
                    other = index.resolve(named.group(1), text, named.start(1), candidates or (), last)
                    person = other if other is not None and other.type == "person" else person
                if (
                    person is None
                    and q.rule == "transcript-label"
                    and q.speaker_text.isupper()
                    and (label := _normal(q.speaker_text).split())
                    and label[-1] in _LABEL_ROLES
                ):
                    # "CAPTAIN:", "FIRST OFFICER:", "TOWER:" in a transcript: an unnamed source, the one in that role
                    label_name = q.speaker_text.lower()
                    person = index._get(label_name if label_name.startswith("the ") else "the " + label_name, "unnamed")
                last = person or last
            if person is not None:
                person.aliases.add(q.speaker_text or "")
                person.spoke = True
                if candidates is not None:
                    candidates.append((q.speaker_span.start, person))  # type: ignore[union-attr]
                    candidates.sort(key=lambda x: x[0])
            row.append(person)
        resolved.append(row)
    return index, resolved
