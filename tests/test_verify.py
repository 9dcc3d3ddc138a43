"""Statements and facts checked across sources, on fixtures written for the tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from storyline.ingest.clean import clean
from storyline.model import Article, RawArticle, Span
from storyline.pipeline import analyze_articles
from storyline.quotes import QuoteInstance
from storyline.verify.facts import compare_facts, extract_facts
from storyline.verify.statements import group_statements, words


def make(text: str, outlet: str, when: date | None = None) -> Article:
    a = clean(RawArticle(text=text, source=outlet, outlet=outlet, published=when))
    assert isinstance(a, Article)
    return a


def q(article: str, text: str, speaker: str | None = "p1") -> QuoteInstance:
    return QuoteInstance(article, Span(0, len(text)), text, speaker=speaker)


def statuses(quotes: list[QuoteInstance], sources: dict[str, int]) -> dict[tuple[str, str], str]:
    return {(i.article, i.text): i.status for s in group_statements(quotes, sources) for i in s.instances}


def test_words_ignore_case_punctuation_and_editorial_insertions() -> None:
    assert words("It will give him [Putin] the chance… to WAIT.") == words("it will give him the chance to wait")


def test_verbatim_trimmed_extended_and_altered() -> None:
    original = "We will rebuild the harbour bridge before the end of next year, whatever it costs"
    quotes = [
        q("a", original),
        q("b", original),
        q("c", "We will rebuild the harbour bridge before the end of next year"),
        q("d", original + ", and we will do it with local firms"),
        q("e", "We will rebuild the old harbour bridge before the start of next year, whatever it costs"),
    ]
    got = statuses(quotes, {k: n for n, k in enumerate("abcde")})
    assert got[("a", original)] == got[("b", original)] == "verbatim"
    assert got[("c", quotes[2].text)] == "trimmed"
    assert got[("d", quotes[3].text)] == "extended"
    assert got[("e", quotes[4].text)] == "altered"
    [altered] = [
        i
        for s in group_statements(quotes, {k: n for n, k in enumerate("abcde")})
        for i in s.instances
        if i.status == "altered"
    ]
    assert {"op": "insert", "original": "", "quoted": "old"} in altered.diff
    assert {"op": "replace", "original": "end", "quoted": "start"} in altered.diff


def test_copies_do_not_corroborate() -> None:
    text = "The hospital will stay open until the new building is finished in the spring"
    quotes = [q("a", text), q("copy", text)]
    got = statuses(quotes, {"a": 0, "copy": 0})  # one independence group: a duplicate
    assert set(got.values()) == {"unique"}
    got = statuses(quotes, {"a": 0, "copy": 1})
    assert set(got.values()) == {"verbatim"}


def test_misattributed_words_and_different_statements() -> None:
    said = "Nobody in this government will ever accept a deal that divides the country"
    quotes = [q("a", said, "p1"), q("b", said, "p1"), q("c", said, "p2"),
              q("a", "The weather was terrible for the whole campaign this year", "p1"),
              q("b", "Our schools need more teachers before any new road is built", "p2")]  # fmt: skip
    statements = group_statements(quotes, {"a": 0, "b": 1, "c": 2})
    assert len(statements) == 3  # p2 speaks elsewhere in the story: a person its readers know
    got = {(i.article, i.speaker): i.status for s in statements for i in s.instances if i.text == said}
    assert got[("c", "p2")] == "misattributed" and got[("a", "p1")] == "verbatim"


def test_a_stock_phrase_does_not_join_two_statements() -> None:
    quotes = [q("a", "I'm not going to get ahead of myself on the details of the agreement we are negotiating with partners"),
              q("b", "I'm not going to get ahead of our discussions")]  # fmt: skip
    assert len(group_statements(quotes, {"a": 0, "b": 1})) == 2


def test_facts_normalised_agreed_and_in_conflict() -> None:
    a = make("Defence spending will rise to 2.5% of GDP by 2027, the government said. The plan costs £3bn.", "A")
    b = make("The government says defence spending will reach 2.5 per cent of GDP by 2027.", "B")
    c = make("Defence spending will reach 3% of GDP by 2027, according to the minister.", "C")
    fa = extract_facts(a)
    assert {(f.kind, f.value) for f in fa} >= {("percent", "2.5%"), ("year", "2027"), ("money", "GBP 3000000000")}
    facts = compare_facts([(x.id, extract_facts(x)) for x in (a, b, c)], {a.id: 0, b.id: 1, c.id: 2})
    by_value = {(f.kind, f.value): f for f in facts}
    assert by_value[("percent", "2.5%")].status == "conflict" and by_value[("percent", "2.5%")].sources == 2
    assert by_value[("percent", "3%")].conflicts_with == ["2.5%"]
    assert by_value[("money", "GBP 3000000000")].status == "single-source"


def test_example_rewrite_alters_quotes_and_pool_quote_is_confirmed() -> None:
    from conftest import EXAMPLES
    from storyline.ingest import read

    arts = [clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]
    doc = analyze_articles(arts).to_json()
    [story] = doc["stories"]
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    people = {p["id"]: p["name"] for p in story["people"]}
    rewrite = next(r["article"] for r in story["relations"] if r["kind"] == "rewrite")
    altered = [i for s in story["statements"] for i in s["instances"] if i["status"] == "altered"]
    assert altered and all(i["diff"] for i in altered)
    assert {outlet[i["article"]] for i in altered} == {outlet[rewrite]}
    [trump] = [
        s
        for s in story["statements"]
        if words(s["text"]) == words("I’m not going to make security guarantees beyond very much")
    ]
    assert people[trump["speaker"]] == "Donald Trump" and trump["sources"] >= 3
    # the rewrite is no confirmation of its original: their statements count as one source
    for s in story["statements"]:
        arts_in = {i["article"] for i in s["instances"]}
        if arts_in == {rewrite, next(r["derived_from"] for r in story["relations"] if r["kind"] == "rewrite")}:
            assert s["independent_sources"] == 1


def test_quote_reported_as_paraphrase_elsewhere_is_noted() -> None:
    quoted = "We will reopen the harbour bridge within two years, once the repairs to the supports are finished"
    indirect = ("Okafor said the council would reopen the harbour bridge within two years, "
                "once the repairs to its supports were finished.")  # fmt: skip
    a = make(
        "The council met on Tuesday to discuss the harbour bridge.\n\n"
        + indirect
        + "\n\nLocal shops asked for a ferry.",
        "A",
        date(2024, 3, 5),
    )
    b = make("The harbour bridge will stay shut, the council said on Tuesday.\n\n“" + quoted + ",” Okafor said.\n\n"
             "Shops near the harbour asked for a ferry service.", "B", date(2024, 3, 5))  # fmt: skip
    [story] = [s for s in analyze_articles([a, b]).to_json()["stories"] if len(s["articles"]) == 2]
    [inst] = [i for s in story["statements"] for i in s["instances"]]
    assert inst["article"] == b.id and inst["paraphrased_in"][0]["article"] == a.id
    start, end = inst["paraphrased_in"][0]["span"]
    assert a.text[start:end] == indirect


def test_a_few_words_inside_another_speakers_quote_are_no_corroboration() -> None:
    short = "to happen"
    quotes = [q("a", short, "p1"),
              q("b", "We will not allow that to happen under any government I lead", "p2"),
              q("c", "Nobody in this room wants that to happen before the winter", "p3")]  # fmt: skip
    statements = group_statements(quotes, {"a": 0, "b": 1, "c": 2})
    mine = next(i for s in statements for i in s.instances if i.article == "a")
    assert mine.status != "misattributed"  # two people may both say "to happen"
    assert all(s.independent_sources >= s.sources for s in statements)
    long = "We will not allow that to happen under any government I lead"
    quotes = [q("a", "allow that to happen under any government", "p2"), q("b", long, "p2")]
    part = next(s for s in group_statements(quotes, {"a": 0, "b": 1}) if s.instances[0].article == "a")
    assert part.sources == 2 and part.independent_sources >= part.sources  # the same speaker's longer quote carries it


def test_independent_sources_never_below_sources_on_the_example() -> None:
    from conftest import EXAMPLES
    from storyline.ingest import read

    doc = analyze_articles([clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]).to_json()
    statements = [s for st in doc["stories"] for s in st["statements"]]
    assert statements and all(s["independent_sources"] >= s["sources"] for s in statements)


def test_a_rewrites_reworded_quote_is_altered_against_its_source() -> None:
    from conftest import EXAMPLES
    from storyline.ingest import read

    doc = analyze_articles([clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]).to_json()
    [story] = doc["stories"]
    rewrite = next(r for r in story["relations"] if r["kind"] == "rewrite")
    people = {p["id"]: p["name"] for p in story["people"]}
    statuses = {}
    for s in story["statements"]:
        carriers = {i["article"] for i in s["instances"]}
        for i in s["instances"]:
            if i["article"] == rewrite["article"] and rewrite["derived_from"] in carriers:
                statuses.setdefault(people.get(s["speaker"]), []).append(i["status"])
    # the rewrite's reworded quotes meet their source's wording and are caught as altered
    assert sum(st.count("altered") for st in statuses.values()) >= 4


def _example_story() -> dict:
    from conftest import EXAMPLES
    from storyline.ingest import read

    doc = analyze_articles([clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]).to_json()
    [story] = doc["stories"]
    return story


def test_every_long_quote_of_the_rewrite_is_held_against_its_source() -> None:
    story = _example_story()
    rewrite = next(r for r in story["relations"] if r["kind"] == "rewrite")
    spans = {tuple(q["span"]): q for q in story["quotes"] if q["article"] == rewrite["article"]}
    long_status = [i["status"] for s in story["statements"] for i in s["instances"]
                   if i["article"] == rewrite["article"] and len(spans[tuple(i["span"])]["text"].split()) >= 6]  # fmt: skip
    assert len(long_status) >= 7 and long_status.count("altered") >= 7 and "unique" not in long_status
    altered_elsewhere = [
        i
        for s in story["statements"]
        for i in s["instances"]
        if i["status"] == "altered" and i["article"] != rewrite["article"]
    ]
    assert not altered_elsewhere  # no faithful article's quote is flagged
    # nothing only the rewrite says is an exclusive, and summary lines credit an original first
    briefing = story["briefing"]
    assert all(x["article"] != rewrite["article"] for x in briefing["exclusive"])
    assert all(x["outlets"][0] != rewrite["article"] for x in briefing["summary"])


def test_a_rewrites_invented_quote_is_not_in_its_source() -> None:
    body = ("The harbour bridge will close for two years from March, the council said on Tuesday, after engineers found "
            "cracks in three of its supports during a routine inspection last month.\n\n"
            "Council leader Amara Okafor said the repairs could not wait. “We will not gamble with the safety of the "
            "ten thousand people who cross it every day,” Okafor said.\n\n"
            "A ferry service will run from the old pier while the bridge is shut, and shops near the harbour will get "
            "help with their rates, the council said. Okafor said the ferry would be free for residents.\n\n")  # fmt: skip
    spun = body.replace("will close for two years from March", "is set to shut for two years starting in March").replace(
        "after engineers found cracks", "once engineers discovered cracks").replace(
        "We will not gamble with the safety of the ten thousand people who cross it every day",
        "We will not gamble with the safety of the ten thousand people who cross it every day. The supports are rotten to the core")  # fmt: skip
    spun += "“Every shop on the quay has been promised a grant of its own before the summer season,” Okafor added.\n"
    a = make(body, "Gazette", date(2024, 3, 5))
    b = make(spun, "Spinner", date(2024, 3, 6))
    [story] = [s for s in analyze_articles([a, b]).to_json()["stories"] if len(s["articles"]) == 2]
    assert any(r["kind"] in ("rewrite", "duplicate") and r["article"] == b.id for r in story["relations"])
    status = {
        story["quotes"][i["quote"]]["text"][:20]: i
        for s in story["statements"]
        for i in s["instances"]
        if i["article"] == b.id
    }
    assert status["We will not gamble w"]["status"] == "altered"
    assert any("rotten" in d["quoted"] for d in status["We will not gamble w"]["diff"])
    assert status["Every shop on the qu"]["status"] == "not-in-source"
    [invented] = [s for s in story["statements"] if s["text"].startswith("Every shop")]
    assert invented["independent_sources"] == 0


def test_a_weak_speaker_disagreement_is_disputed_not_misattributed() -> None:
    text = "We will reopen the bridge before the summer season starts"
    quotes = [replace(q("a", text, "p1"), named=True, speaker_text="Okafor"), replace(q("b", text, "p1"), named=True, speaker_text="Okafor"),
              replace(q("c", text, "p9"), named=False, speaker_text="he")]  # fmt: skip
    statuses = {i.article: i.status for s in group_statements(quotes, {"a": 0, "b": 1, "c": 2}) for i in s.instances}
    assert statuses["c"] == "speaker-disputed"
    # named as plainly, and a person the story knows from elsewhere: misattributed
    quotes[2] = replace(q("c", text, "p2"), named=True, speaker_text="Mensah")
    quotes.append(
        replace(
            q("d", "The ferry will be free for everyone who lives on the island", "p2"),
            named=True,
            speaker_text="Mensah",
        )
    )
    statuses = {
        i.article: i.status for s in group_statements(quotes, {"a": 0, "b": 1, "c": 2, "d": 3}) for i in s.instances
    }
    assert statuses["c"] == "misattributed"


_REPORT = (
    "The harbour bridge will close for two years from March, the council said on Tuesday, after engineers found "
    "cracks in three of its supports during a routine inspection last month.\n\n"
    "Council leader Amara Okafor said the repairs could not wait. “We will not gamble with the safety of the "
    "ten thousand people who cross it every day,” Okafor said.\n\n"
    "The engineers' report, published on Monday, is blunt. “Two of the supports have lost a third of their strength "
    "and will not survive another winter of storms,” the report says.\n\n"
    "A ferry service will run from the old pier while the bridge is shut, and shops near the harbour will get "
    "help with their rates, the council said. Okafor said the ferry would be free for residents.\n\n"
)


def _copy_statuses(original: Article, copy: Article) -> dict[str, dict]:
    [story] = [s for s in analyze_articles([original, copy]).to_json()["stories"] if len(s["articles"]) == 2]
    return {
        f"{i['article'] == copy.id}:{' '.join(story['quotes'][i['quote']]['text'].split()[:3])}": i
        for s in story["statements"]
        for i in s["instances"]
    }


def test_a_copy_giving_a_documents_words_to_a_person_misattributes_them() -> None:
    changed = _REPORT.replace("” the report says", "” Okafor says")
    for when in ((date(2024, 3, 5), date(2024, 3, 6)), (None, None)):  # its source known, and undated versions
        original, copy = make(_REPORT, "Gazette", when[0]), make(changed, "Spinner", when[1])
        status = _copy_statuses(original, copy)
        assert status["True:Two of the"]["status"] == "misattributed", when
        assert "report" in status["True:Two of the"]["note"]
        assert status["False:Two of the"]["status"] != "misattributed"  # the one crediting the report is not accused
        assert status["True:We will not"]["status"] not in ("misattributed", "speaker-disputed")


def test_undated_versions_naming_one_person_two_ways_agree() -> None:
    """A guard of the whole path: the story's people merge "Okafor" and "Ms Amara Okafor", so nothing is flagged
    (the credit comparison itself is tested with two ids in the test below)."""
    original = make(_REPORT, "Gazette")
    copy = make(
        _REPORT.replace("cross it every day,” Okafor said", "cross it every day,” Ms Amara Okafor said"), "Spinner"
    )
    status = _copy_statuses(original, copy)
    assert {i["status"] for i in status.values()} <= {"verbatim", "unique", "trimmed"}


def test_a_body_against_a_person_is_disputed_not_misattributed() -> None:
    """One outlet credits a prosecutor's office, another the defendant whose words the office read out: both may
    be right, so neither is accused; the same disagreement between two people stays misattributed."""
    text = "I did not take a single dollar from the fund and I will prove it in court"
    other = "The trial will start in March and the jury will hear everything"

    def quote(article: str, words: str, speaker: str, kind: str, said: str) -> QuoteInstance:
        return replace(q(article, words, speaker), named=True, speaker_type=kind, speaker_text=said)

    quotes = [quote("a", text, "o1", "organisation", "the prosecutor's office"), quote("b", text, "p2", "person", "Harlan"),
              quote("c", other, "p2", "person", "Harlan")]  # fmt: skip
    assert statuses(quotes, {"a": 0, "b": 1, "c": 2})[("b", text)] == "speaker-disputed"
    quotes[0] = quote("a", text, "p1", "person", "Okafor")
    quotes.append(quote("d", other + " again", "p1", "person", "Okafor"))
    assert statuses(quotes, {"a": 0, "b": 1, "c": 2, "d": 3})[("b", text)] == "misattributed"


def test_a_copy_naming_the_person_an_unresolved_role_stands_for_is_not_accused() -> None:
    """The source's "the prime minister said" is somebody we could not name, not a document: a copy that names the
    person is not accused of changing who speaks."""
    source = _REPORT.replace("” the report says", "” the council leader said")
    copy_text = _REPORT.replace("” the report says", "” Amara Okafor said")
    for when in ((date(2024, 3, 5), date(2024, 3, 6)), (None, None)):
        status = _copy_statuses(make(source, "Gazette", when[0]), make(copy_text, "Spinner", when[1]))
        assert status["True:Two of the"]["status"] != "misattributed", when


def test_one_person_credited_two_ways_in_two_undated_versions_is_no_accusation() -> None:
    """Two versions of one article (same source group, order unknown) credit one quote to "Rep. Trey Gowdy" and
    to "Representative Gowdy", resolved to two ids: one name written two ways, not a changed credit."""
    text = "You do not get to tell your side of the story and then walk away"
    other = "We will hear from every witness before the summer recess begins"

    def quote(article: str, words: str, speaker: str, said: str) -> QuoteInstance:
        return replace(q(article, words, speaker), named=True, speaker_text=said)

    quotes = [quote("a", text, "p1", "Rep. Trey Gowdy"), quote("b", text, "p2", "Representative Gowdy"),
              quote("c", other, "p2", "Gowdy"), quote("c", text + " again", "p1", "Gowdy")]  # fmt: skip
    got = {
        (i.article, i.text): i.status
        for s in group_statements(quotes, {"a": 0, "b": 0, "c": 1}, {})
        for i in s.instances
    }
    assert got[("b", text)] != "misattributed" and got[("a", text)] != "misattributed"
    quotes[1] = quote("b", text, "p2", "Representative Jordan")  # another person, in other words: changed
    got = {
        (i.article, i.text): i.status
        for s in group_statements(quotes, {"a": 0, "b": 0, "c": 1}, {})
        for i in s.instances
    }
    assert "misattributed" in {got[("a", text)], got[("b", text)]}
