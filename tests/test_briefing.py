"""The briefing: sentences pointing back at the words, no repeats, exclusives that are really exclusive."""

from __future__ import annotations

import re

from conftest import EXAMPLES
from storyline.briefing import brief
from storyline.ingest import clean, read
from storyline.stories.cluster import features
from storyline.briefing import _cos


def test_briefing_of_the_example() -> None:
    arts = [clean(r) for f in sorted(EXAMPLES.glob("*.txt")) for r in read(f)]
    by_id = {a.id: a for a in arts}
    b = brief(arts, sentences=5)
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
