"""The briefing: sentences pointing back at the words, no repeats, exclusives that are really exclusive."""

from __future__ import annotations

import re

from conftest import EXAMPLES
from storyline.briefing import BriefingConfig, brief
from storyline.ingest import clean, read
from storyline.stories.cluster import features
from storyline.briefing.summary import _cos


def test_briefing_of_the_example() -> None:
    arts = [clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]
    by_id = {a.id: a for a in arts}
    b = brief(arts, config=BriefingConfig(sentences=5)).to_json()
    assert len(b["summary"]) == 5
    for item in b["summary"]:
        a = by_id[item["article"]]
        assert a.text[item["span"][0] : item["span"][1]] == item["text"]  # points back at the words
        assert item["article"] in item["outlets"] and not item["text"].endswith("?")
    vecs = [features(x["text"]) for x in b["summary"]]
    assert all(_cos(vecs[i], vecs[j]) < 0.5 for i in range(5) for j in range(i + 1, 5))  # no sentence twice
    for item in b["exclusive"]:
        others = " ".join(a.text.casefold() for a in arts if a.id != item["article"])
        assert all(not re.search(rf"\b{re.escape(w)}\b", others) for w in item["new"])


def test_a_past_date_named_in_passing_is_no_event_of_the_timeline() -> None:
    from storyline.ingest.clean import clean
    from storyline.model import RawArticle
    from storyline.verify import extract_facts
    from storyline.verify.facts import compare_facts

    text = ("The minister visited Kyiv on 24 March 2025, three years after the February 2022 invasion, and met the "
            "mayor for two hours.\n\nShe promised new aid for the city's hospitals.")  # fmt: skip
    a = clean(RawArticle(text=text, source="x", outlet="Gazette", published="2025-03-25"))
    timeline = brief([a], compare_facts([(a.id, extract_facts(a))], {a.id: 0})).timeline
    whens = [t.when for t in timeline]
    assert "2025-03-24" in whens and "2022-02" not in whens
