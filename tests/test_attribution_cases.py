"""Every way of attributing a quote we know of, one case a line in tests/cases/attribution.jsonl.

A case is a text, a quote in it, who said it (the speaker's canonical name, or null when the text
does not let a reader tell) and the rule expected to find the speaker.  A new rule, or a change to a
word list, shows here at once what it breaks.  ``quote: null`` means nothing in the text is a quote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from storyline.quotes import RULES, quotes_json

CASES = [
    json.loads(line)
    for line in (Path(__file__).parent / "cases" / "attribution.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]


def _norm(name: str | None) -> str | None:
    return None if name is None else re.sub(r"^the\s+", "", name.casefold().strip())


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{i:02d}-{c['rule'] or 'none'}-{c.get('note', '')[:30]}" for i, c in enumerate(CASES)]
)
def test_attribution_case(case: dict) -> None:
    found = quotes_json(case["text"])
    if case["quote"] is None:
        assert found == [], f"not a quote, but found {[q['text'] for q in found]}"
        return
    match = [q for q in found if q["text"] == case["quote"]]
    assert match, f"quote not found; found {[q['text'] for q in found]}"
    q = match[0]
    assert q["rule"] == case["rule"], f"rule {q['rule']!r}, speaker {q['speaker']!r}"
    assert _norm(q["speaker"]) == _norm(case["speaker"]), (
        f"speaker {q['speaker']!r} (mention {q.get('speaker_mention')!r})"
    )


def test_rules_are_named_once() -> None:
    names = [r.name for r in RULES]
    assert len(names) == len(set(names))
    used = {c["rule"] for c in CASES} - {None}
    assert used <= set(names)
    assert set(names) <= used, f"rules without a case: {set(names) - used}"
