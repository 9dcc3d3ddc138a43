"""Every quotation form, and one canonical speaker per person, on fixtures written for the tests."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import cli
from storyline.quotes import extract_quotes, quotes_json, resolve_speakers


def quotes(text: str) -> list[tuple[str, str, str | None]]:
    """(quoted words, kind, speaker mention) for each quote."""
    return [(text[q.span.start : q.span.end], q.kind, q.speaker_text) for q in extract_quotes(text)]


def test_curly_and_straight_quotes_with_speaker_after() -> None:
    text = ("“We will rebuild the bridge within two years,” said the council leader, Maria Okafor.\n\n"
            "\"The money is already set aside for the work,\" Okafor told reporters on Tuesday.")  # fmt: skip
    assert quotes(text) == [
        ("We will rebuild the bridge within two years", "direct", "the council leader, Maria Okafor"),
        ("The money is already set aside for the work", "direct", "Okafor"),
    ]


def test_colon_introduced_and_according_to() -> None:
    text = ("The minister said: “We are looking at every option on the table today.”\n\n"
            "“No decision has been taken on the future of the plant,” according to a senior official.")  # fmt: skip
    got = quotes(text)
    assert got[0] == ("We are looking at every option on the table today", "direct", "The minister")
    assert got[1][2] == "a senior official"


def test_split_quote_keeps_its_speaker() -> None:
    text = "“We did not expect the flood to come so fast,” Jones said. “Nobody in the valley was ready for it.”"
    [(a, _, s1), (b, _, s2)] = quotes(text)
    assert b == "Nobody in the valley was ready for it" and s1 == s2 == "Jones"
    assert extract_quotes(text)[1].continued


def test_quote_over_several_paragraphs() -> None:
    text = ("The mayor said: “We have asked the government for help with the repairs.\n\n"
            "“We will keep the ferry running until the bridge reopens.\n\n"
            "“Nobody should be cut off from the town because of this.”\n\nOfficials declined to comment.")  # fmt: skip
    got = quotes(text)
    assert [g[0] for g in got] == [
        "We have asked the government for help with the repairs",
        "We will keep the ferry running until the bridge reopens",
        "Nobody should be cut off from the town because of this",
    ]
    assert all(g[2] == "The mayor" for g in got) and all(g[1] == "direct" for g in got)


def test_partial_quote_is_marked_partial() -> None:
    got = quotes("The senator called the proposal a “reckless gamble with public money” during the debate.")
    assert got == [("reckless gamble with public money", "partial", "The senator")]


def test_quotes_inside_quotes_stay_inside() -> None:
    text = "“When he told me ‘you are finished’, I laughed at him,” said Amira Haddad."
    [(words, kind, speaker)] = quotes(text)
    assert "‘you are finished’" in words and speaker == "Amira Haddad"


def test_british_single_quotes() -> None:
    text = "‘We cannot go on like this,’ the union leader said. ‘The members have had enough of waiting.’"
    got = quotes(text)
    assert [g[0] for g in got] == ["We cannot go on like this", "The members have had enough of waiting"]
    assert all(g[2] == "the union leader" for g in got)


def test_headlines_titles_and_scare_quotes_are_not_statements() -> None:
    text = ("Council ‘Will Not Back Down’ Over “Bridge Plan”\n\n"
            "The so-called “backstop” was discussed again, and the mayor appeared on “Good Morning Britain” later.\n\n"
            "“We will not back down,” the mayor said.")  # fmt: skip
    assert quotes(text) == [("We will not back down", "direct", "the mayor")]


def test_dash_attribution() -> None:
    got = quotes("“The bridge was our lifeline and now it is gone for good.” ― Daniel Ortega\n")
    assert got == [("The bridge was our lifeline and now it is gone for good", "direct", "Daniel Ortega")]


def test_offsets_point_at_the_words() -> None:
    text = "Intro line here.\n\n“Exactly what we promised,” she said."
    [q] = quotes_json(text)
    assert text[q["start"] : q["end"]] == q["text"] == "Exactly what we promised"
    assert text[q["speaker_start"] : q["speaker_end"]] == "she"


def test_a_speaker_mention_starts_and_ends_at_word_edges() -> None:
    # "der" is a name particle ("von der Leyen"), "a" a determiner: neither may start inside a word
    text = (
        "Party leaders hope the attacks will stop.\n\n“We should lay off him a little bit,” Senate minority "
        "leader Harold Reiner told reporters in Washington. “He is a good man and he tries to do the right thing.”"
    )
    found = quotes_json(text)
    assert [q["speaker"] for q in found] == ["Harold Reiner", "Harold Reiner"]
    for q in found:
        s, e = q["speaker_start"], q["speaker_end"]
        assert not (text[s - 1].isalnum() and text[s].isalnum()), text[s - 5 : e]
        assert not (e < len(text) and text[e - 1].isalnum() and text[e].isalnum()), text[s : e + 5]


STORY = [
    (
        "UK Prime Minister Sir Keir Starmer arrived in Washington on Wednesday. "
        "“We need a lasting peace,” Sir Keir said.\n\n"
        "The prime minister added: “Europe will play its part in this.”\n\n"
        "Foreign Secretary Jane Holloway, speaking to reporters, was more cautious. "
        "“Nothing is agreed until everything is agreed,” she said.\n\n"
        "A senior government source said: “The talks went better than we feared.”\n\n"
        "Downing Street said in a statement: “The visit was a success for both countries.”"
    ),
    (
        "Starmer told reporters: “We need security guarantees for Ukraine.”\n\n"
        "Ukrainian President Volodymyr Zelenskyy said: “We will not accept a ceasefire without guarantees.”\n\n"
        "“My concern is a pause that lets the fighting start again,” Mr Starmer said."
    ),
    ("“We want a deal that lasts for a generation,” Zelensky told the parliament in Kyiv on Friday."),
]


def test_one_person_per_speaker_across_articles() -> None:
    texts = [t for t in STORY]
    qs = [extract_quotes(t) for t in texts]
    index, resolved = resolve_speakers(texts, qs)
    names = [[p.name if p else None for p in row] for row in resolved]
    assert names[0] == ["Keir Starmer", "Keir Starmer", "Jane Holloway", "A senior government source", "Downing Street"]
    assert names[1] == ["Keir Starmer", "Volodymyr Zelenskyy", "Keir Starmer"]
    assert names[2] == ["Volodymyr Zelenskyy"]
    types = {p.name: p.type for row in resolved for p in row if p}
    assert types["Downing Street"] == "organisation" and types["A senior government source"] == "unnamed"
    starmer = next(p for p in index.people if p.name == "Keir Starmer")
    assert {"Sir Keir", "The prime minister", "Mr Starmer", "Starmer"} <= starmer.aliases


def test_pronoun_takes_the_nearest_person_of_its_gender() -> None:
    text = ("Mr Patel met Ms Rivera at the summit. Ms Rivera spoke first.\n\n"
            "“We are ready to sign today,” she said.\n\n"
            "Mr Patel was more cautious. “There is more work to do before any deal,” he said.")  # fmt: skip
    qs = extract_quotes(text)
    _, [row] = resolve_speakers([text], [qs])
    assert [p.name if p else None for p in row] == ["Ms Rivera", "Mr Patel"]


def test_cli_quotes_and_eval(tmp_path: Path) -> None:
    text = (
        "“The plan will cut waiting lists by half,” said Health Minister Ana Costa.\n\nShe called it “a turning point”."
    )
    start = text.index("The plan")
    gold = {"article": "a1", "text": text, "quotes": [
        {"start": start, "end": start + len("The plan will cut waiting lists by half"), "kind": "direct",
         "source_spans": [[text.index("Health"), text.index("Costa") + 5]]},
        {"start": text.index("a turning"), "end": text.index("a turning") + len("a turning point"), "kind": "partial",
         "source_spans": [[text.index("She"), text.index("She") + 3]]},
    ]}  # fmt: skip
    (tmp_path / "gold.jsonl").write_text(json.dumps(gold) + "\n", "utf-8")
    (tmp_path / "in.jsonl").write_text(json.dumps({"id": "a1", "text": text}) + "\n", "utf-8")
    r = cli("quotes", "--jsonl", "in.jsonl", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    line = json.loads(r.stdout)
    assert line["id"] == "a1" and line["quotes"][0]["speaker"] == "Ana Costa"
    assert set(line["quotes"][0]) == {
        "start",
        "end",
        "text",
        "kind",
        "speaker",
        "speaker_text",
        "speaker_start",
        "speaker_end",
        "cue",
        "rule",
        "named",
    }
    (tmp_path / "pred.jsonl").write_text(r.stdout, "utf-8")
    r = cli("eval", "quotes", "gold.jsonl", "--predictions", "pred.jsonl", "--format", "json", cwd=tmp_path)
    score = json.loads(r.stdout)
    assert score["quote"]["recall"] == 1.0 and score["speaker_accuracy"] == 1.0


def test_cli_quotes_on_two_processes_writes_the_same_lines_in_the_same_order(tmp_path: Path) -> None:
    """--workers 2: chunks of articles on forked processes, written in input order, the same bytes."""
    from conftest import ROOT

    texts = [
        json.loads(line)["text"]
        for line in (ROOT / "tests" / "fixtures" / "events.jsonl").read_text("utf-8").splitlines()
        if line.strip()
    ]
    records = [
        {"id": f"a{n:03d}", "text": texts[n % len(texts)] + f"\n\n“Number {n} is in,” said Ana Costa."}
        for n in range(130)
    ]
    (tmp_path / "in.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")

    def run(*extra: str) -> str:
        r = cli("quotes", "--jsonl", "in.jsonl", *extra, cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        return r.stdout

    one = run()
    assert [json.loads(line)["id"] for line in one.splitlines()] == [r["id"] for r in records]
    assert run("--workers", "2") == one


def test_first_name_genders_are_kept_in_the_cache_and_made_again_when_damaged(tmp_path, monkeypatch) -> None:
    """The genders worked out from gender-guesser's list are the list's own answers, kept in the user's cache
    folder; a damaged cache file is made again, never believed."""
    from storyline.quotes import people

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(people, "_TABLES", {})
    made = people._name_genders()
    [kept] = list((tmp_path / "storyline").glob("first-name-genders-*.pickle"))
    entries = people._first_names()
    for name in ("anna", "john", "andrea", "kim", "jean", "maria", "sasha"):
        assert made.get(name) == (people._gender_of_entries(entries[name]) if name in entries else None)
    assert made["anna"] == "f" and made["john"] == "m"
    kept.write_bytes(b"not a pickle")
    monkeypatch.setattr(people, "_TABLES", {})
    assert people._name_genders() == made
    assert kept.read_bytes() != b"not a pickle"
    # the frequencies and one-gender names are a second table, kept the same way
    facts = people._name_facts()
    assert list((tmp_path / "storyline").glob("first-name-facts-*.pickle"))
    assert people.first_name_frequency("John") > people.first_name_frequency("Carrick") > 0
    assert facts["anna"] % 4 == 2 and people._sure_gender("Anna") == "f" and people._sure_gender("Kyle") is None


def test_people_are_people_and_bodies_are_bodies() -> None:
    """Names that only look like people: the rest of an organisation's name after "and", a body named after
    "the" or after its description, a place after "of"; and people described before their names stay people."""
    text = (
        "In December, the International Union of Bakers and Allied Trades sent questions to the candidates. "
        "Tal Orvieto told the Harbour Lantern that the union had been ignored.\n\n"
        "Demand has doubled, according to the advocacy group Northern Tables.\n\n"
        "Opposition councillor Rehana Sultana of Ward 9 alleged that the road had not been repaired."
    )
    index, _ = resolve_speakers([text], [extract_quotes(text)])
    kinds = {p.name: p.type for p in index.people}
    assert "Allied Trades" not in kinds
    assert kinds["Harbour Lantern"] == kinds["Northern Tables"] == "organisation"
    assert kinds["Tal Orvieto"] == kinds["Rehana Sultana"] == "person"


def test_fast_scanners_find_what_their_plain_definitions_find() -> None:
    """The string-step and narrowed scanners written for speed agree with the patterns they stand for, on the
    example's texts and on texts that hold accented capitals, apostrophes and words at the window's edge."""
    import random
    import re

    from conftest import EXAMPLES
    from storyline.quotes import people
    from storyline.quotes.extract import paragraphs

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))] + [
        "Minister Fiachra Ó Dálaigh met Łukasz Nowak; O’Brien’s aide_2 said so.\n\n  Indented  \n\nLast line",
        "averyveryverylongwordwithoutanyspaceatallhere Name",
    ]
    rng = random.Random(7)
    for text in texts:
        for start in [0, len(text)] + [rng.randrange(len(text) + 1) for _ in range(300)]:
            m = people._WORD_BEFORE.search(text, max(0, start - 24), start)
            assert people._word_before(text, start) == ((m.start(1), m.group(1)) if m else None)
        plain = [(m.start(), m.end(), m.group(0)) for m in people._NAME_RUN.finditer(text)]
        assert list(people._runs(text)) == plain
        spans, pos = [], 0
        for line in text.split("\n"):
            a, b = pos, pos + len(line)
            while a < b and text[a].isspace():
                a += 1
            while b > a and text[b - 1].isspace():
                b -= 1
            if b > a:
                spans.append((a, b))
            pos += len(line) + 1
        assert [(p.start, p.end) for p in paragraphs(text)] == spans
    assert re.search(people._ACCENTED_CAPITAL, texts[-2])


def test_word_list_tries_match_what_the_flat_alternations_match() -> None:
    """Every word list is compiled as a trie of its fragments; at every place of a text made of the lists' own
    words (with the endings and neighbours that make one word a prefix of another) it matches exactly what the
    plain longest-first alternation matches, case-sensitively and not."""
    import random
    import re

    from storyline.quotes import lexicon

    lists = [v for v in vars(lexicon).values() if isinstance(v, tuple) and v and all(isinstance(w, str) for w in v)]
    assert len(lists) > 10
    rng = random.Random(3)
    for words in lists:
        flat = "|".join(sorted(lexicon.unique(words), key=lambda w: (-len(w), w)))
        trie = lexicon.alternation(words)
        assert trie != flat or len(words) < 3
        samples = [w.replace("?", "").replace("[sz]", rng.choice("sz")).replace("\\", "") for w in words]
        text = " ".join(s + rng.choice(["", "s", "ed", " to", "-", "ly", " reporters", "."]) for s in samples * 2)
        for flags in (0, re.IGNORECASE):
            for form in ("(?:{})", r"\b(?:{})\b", "(?:{})s?$"):
                a, b = re.compile(form.format(flat), flags), re.compile(form.format(trie), flags)
                for pos in range(0, len(text)):
                    ma, mb = a.match(text, pos), b.match(text, pos)
                    assert (ma and ma.group(0)) == (mb and mb.group(0)), (words[:3], text[pos : pos + 30])


def test_long_patterns_from_the_cache_are_the_patterns_re_compiles(tmp_path, monkeypatch) -> None:
    """A long pattern built from its cached program is the pattern ``re.compile`` makes: same flags, groups and
    matches on the example's texts; a damaged cache is compiled again, never trusted."""
    import re

    from conftest import EXAMPLES
    from storyline import patterns
    from storyline.quotes import attribute, extract, people

    texts = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    long = [v for m in (extract, attribute, people) for v in vars(m).values()
            if isinstance(v, re.Pattern) and len(v.pattern) >= patterns.LONG]  # fmt: skip
    assert len(long) > 20
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for damage in (False, True):
        monkeypatch.setattr(patterns, "_programs", None)
        monkeypatch.setattr(patterns, "_used", {})
        monkeypatch.setattr(patterns, "_missed", False)
        if damage:
            cache = patterns._cache_file()
            assert cache is not None and cache.exists()  # written by the round before
            cache.write_bytes(b"\x00not a program")
        for p in long:
            patterns.compiled(p.pattern, p.flags)
        patterns.save()
        monkeypatch.setattr(patterns, "_programs", None)  # the next process: everything from the cache
        for p in long:
            again = patterns.compiled(p.pattern, p.flags)
            fresh = re.compile(p.pattern, p.flags)
            assert again == fresh  # Pattern equality compares the compiled code, not only the source
            assert (again.groups, again.groupindex) == (fresh.groups, fresh.groupindex)
            for text in texts:
                for pos in range(0, len(text), 97):
                    a, b = p.search(text, pos), again.search(text, pos)
                    assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups()))
        assert patterns._programs  # read from the file, not compiled


def test_straight_single_quotes_are_read_as_curly_ones_and_apostrophes_stay() -> None:
    from storyline.quotes.extract import curly_singles

    quoted = "The trial resumed.\n\n'We won't be rushed,' said Judge Ana Reyes. 'The players' union knows it.'"
    view = curly_singles(quoted)
    assert len(view) == len(quoted) and view.count("‘") == 2 and "won’t" in view and "players’ union" in view
    plain = "It's the band's third album since the '90s, and they're touring again."
    assert curly_singles(plain) == plain  # apostrophes only: nothing to read as quotation marks
    mixed = "“We won't,” she said. 'Nor us,' he said. 'Never,' they said."
    assert curly_singles(mixed) == mixed  # a text quoting in double marks keeps its single marks as they are
    found = quotes_json(quoted)
    assert [q["text"] for q in found] == ["We won't be rushed", "The players' union knows it"]
    assert {q["speaker"] for q in found} == {"Ana Reyes"}
