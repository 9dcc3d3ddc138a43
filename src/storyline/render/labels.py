"""Words every output format uses for the same finding (so the terminal, Markdown and HTML agree)."""

from __future__ import annotations

from typing import Any, Mapping


# statuses that say an outlet's quote is not what was said: listed first everywhere
FLAGGED = ("altered", "misattributed", "not-in-source")


def sources_label(statement: Mapping[str, Any]) -> str:
    """How many independent sources carry a statement, and how many of them quote it whole."""
    n = statement.get("independent_sources", statement["sources"])
    if n == 0:
        return "no original source: only copies or rewrites quote it"
    whole = statement["sources"]
    return f"{n} independent source(s)" + (f", {whole} quoting it whole" if whole != n else "")
