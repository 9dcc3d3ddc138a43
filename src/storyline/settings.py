"""Settings: the thresholds a user may change without editing code, one object passed to every stage.

A TOML file (``--config storyline.toml`` on every command) holds one table per stage, each key a field
of that stage's configuration (``docs/settings.md`` lists them with what they do)::

    [dedup]
    threshold = 0.6          # exact Jaccard of 5-word shingles at or above which two texts are copies

    [stories]
    min_similarity = 0.3     # a neighbour must be at least this similar
    max_days = 5.0           # nothing published more than this many days apart is one story

Keys left out keep their defaults (chosen on the development sets, see the README).  A key that does
not exist, or a value of the wrong type, is an error naming the file and the key.  A corpus run
writes the settings it used beside its tables (``settings.json``); the story index kept in a store
is made again when the settings change.
"""

from __future__ import annotations

import dataclasses
import hashlib
import importlib
import json
import tomllib
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .briefing import BriefingConfig
    from .quotes import QuotesConfig
    from .reuse import ReuseConfig
    from .stories import DedupConfig, StoryConfig
    from .verify import VerifyConfig

__all__ = ["SECTIONS", "Settings", "SettingsError"]

# Each section: the stage's configuration class, imported only when the section is used (a command that
# extracts quotes does not load the story clustering's libraries to read its settings).
SECTIONS: dict[str, tuple[str, str]] = {
    "dedup": ("storyline.stories.dedup", "DedupConfig"),
    "stories": ("storyline.stories.cluster", "StoryConfig"),
    "reuse": ("storyline.reuse.config", "ReuseConfig"),
    "quotes": ("storyline.quotes.config", "QuotesConfig"),
    "verify": ("storyline.verify.config", "VerifyConfig"),
    "briefing": ("storyline.briefing.summary", "BriefingConfig"),
}


def section_class(name: str) -> type:
    module, cls = SECTIONS[name]
    return getattr(importlib.import_module(module), cls)


class SettingsError(ValueError):
    """A settings file that cannot be used: the message names the file and the key."""


class Settings:
    """Every stage's configuration, in pipeline order (docs/settings.md lists each field).

    ``Settings(quotes=QuotesConfig(...))``: the sections given, the defaults for the rest.  Read-only.
    """

    def __init__(self, **sections: Any) -> None:
        unknown = sorted(set(sections) - set(SECTIONS))
        if unknown:
            raise TypeError(f"no settings section {', '.join(unknown)} (sections: {', '.join(SECTIONS)})")
        self._given = {k: v for k, v in sections.items() if v is not None}

    def section(self, name: str) -> Any:
        """A stage's configuration: as given, else its defaults (made once)."""
        if name not in self._given:
            self._given[name] = section_class(name)()
        return self._given[name]

    @property
    def dedup(self) -> DedupConfig:
        return self.section("dedup")

    @property
    def stories(self) -> StoryConfig:
        return self.section("stories")

    @property
    def reuse(self) -> ReuseConfig:
        return self.section("reuse")

    @property
    def quotes(self) -> QuotesConfig:
        return self.section("quotes")

    @property
    def verify(self) -> VerifyConfig:
        return self.section("verify")

    @property
    def briefing(self) -> BriefingConfig:
        return self.section("briefing")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Settings) and self.to_json() == other.to_json()

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def __repr__(self) -> str:
        return f"Settings({', '.join(f'{k}={v!r}' for k, v in self._given.items())})"

    @classmethod
    def load(cls, path: str | Path | None) -> "Settings":
        """The settings of a TOML file (None: the defaults)."""
        if path is None:
            return cls()
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as err:
            raise SettingsError(f"{path}: cannot be read: {err.strerror or err}") from None
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
            raise SettingsError(f"{path}: not TOML: {err}") from None
        return cls.from_dict(data, str(path))

    @classmethod
    def from_dict(cls, data: dict[str, Any], where: str = "settings") -> "Settings":
        made: dict[str, Any] = {}
        for name, values in data.items():
            if name not in SECTIONS:
                raise SettingsError(f"{where}: [{name}] is no section (sections: {', '.join(sorted(SECTIONS))})")
            if not isinstance(values, dict):
                raise SettingsError(f"{where}: {name} must be a table ([{name}])")
            default = section_class(name)()
            fields = {f.name: f for f in dataclasses.fields(default)}
            for key, value in values.items():
                if key not in fields:
                    raise SettingsError(f"{where}: {name}.{key} is no setting ({name}: {', '.join(sorted(fields))})")
                want = type(getattr(default, key))
                if want is float and isinstance(value, int) and not isinstance(value, bool):
                    value = float(value)
                if want is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
                    value = tuple(value)
                if type(value) is not want:
                    raise SettingsError(
                        f"{where}: {name}.{key} must be {want.__name__}, not {type(value).__name__} ({value!r})"
                    )
                if want in (int, float) and value < 0:
                    raise SettingsError(f"{where}: {name}.{key} must not be negative ({value!r})")
            try:
                made[name] = dataclasses.replace(default, **{k: tuple(v) if isinstance(v, list) else v
                                                             for k, v in values.items()})  # fmt: skip
            except ValueError as problem:
                raise SettingsError(f"{where}: [{name}] {problem}") from None
        return cls(**made)

    def to_json(self) -> dict[str, Any]:
        return {name: dataclasses.asdict(self.section(name)) for name in SECTIONS}

    @cached_property
    def fingerprint(self) -> str:
        """A short text that changes with any setting: part of the key of what was made with them."""
        return hashlib.sha1(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")
