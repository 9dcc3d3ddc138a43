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
import json
import tomllib
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from .briefing import BriefingConfig
from .quotes import QuotesConfig
from .reuse import ReuseConfig
from .stories import DedupConfig, StoryConfig
from .verify import VerifyConfig

__all__ = ["Settings", "SettingsError"]


class SettingsError(ValueError):
    """A settings file that cannot be used: the message names the file and the key."""


@dataclass(frozen=True)
class Settings:
    """Every stage's configuration, in pipeline order (docs/settings.md lists each field)."""

    dedup: DedupConfig = field(default_factory=DedupConfig)
    stories: StoryConfig = field(default_factory=StoryConfig)
    reuse: ReuseConfig = field(default_factory=ReuseConfig)
    quotes: QuotesConfig = field(default_factory=QuotesConfig)
    verify: VerifyConfig = field(default_factory=VerifyConfig)
    briefing: BriefingConfig = field(default_factory=BriefingConfig)

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
        sections = {f.name: f for f in dataclasses.fields(cls)}
        made: dict[str, Any] = {}
        for name, values in data.items():
            if name not in sections:
                raise SettingsError(f"{where}: [{name}] is no section (sections: {', '.join(sorted(sections))})")
            if not isinstance(values, dict):
                raise SettingsError(f"{where}: {name} must be a table ([{name}])")
            default = sections[name].default_factory()  # type: ignore[misc]
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
        return {f.name: dataclasses.asdict(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @cached_property
    def fingerprint(self) -> str:
        """A short text that changes with any setting: part of the key of what was made with them."""
        return hashlib.sha1(json.dumps(self.to_json(), sort_keys=True).encode()).hexdigest()

    def save(self, path: str | Path) -> None:
        Path(path).write_text(json.dumps(self.to_json(), indent=2) + "\n", encoding="utf-8")
