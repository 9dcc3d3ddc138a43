"""The settings of the quotes stage (``[quotes]`` in a settings file; docs/settings.md)."""

from __future__ import annotations

from dataclasses import dataclass

from .attribute import RULE_NAMES


@dataclass(frozen=True)
class QuotesConfig:
    """Which attribution rules run, and which unattributed quotations are kept."""

    rules_off: tuple[str, ...] = ()  # attribution rules not tried (names as in ``storyline quotes --rules``)
    min_unattributed_words: int = 5  # a quotation with no speaker is kept from this many words (partial: one more)

    def __post_init__(self) -> None:
        unknown = sorted(set(self.rules_off) - set(RULE_NAMES))
        if unknown:
            raise ValueError(f"no attribution rule named {', '.join(unknown)} (rules: {', '.join(RULE_NAMES)})")
