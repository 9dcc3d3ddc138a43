"""Long regular expressions, compiled once per installation instead of once per process.

Attribution's patterns embed its word lists and the shapes of names (up to 8,000 characters each), and
Python's ``re`` parses and compiles every one of them again in each process: about 0.13 s of every
``storyline quotes`` start, a sixteenth of a run over 840 articles.  :func:`compiled` keeps the program the
regex engine builds for a long pattern in the user's cache folder (``$XDG_CACHE_HOME/storyline``) and
hands it back to the engine's own constructor the next time — the object ``re.compile`` would make, from
the same program (tested).  The cache is keyed by the Python version, the engine's magic number and the source
of the modules that make a program; anything unexpected (no cache folder, a damaged file, another interpreter)
falls back to ``re.compile``.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

LONG = 500  # shorter patterns compile in well under a millisecond: not worth keeping

_programs: dict[tuple[str, int], tuple[Any, ...]] | None = None  # read from the cache at the first long pattern
_used: dict[tuple[str, int], tuple[Any, ...]] = {}
_missed = False


def _cache_file() -> Path | None:
    try:
        import hashlib
        import re._compiler as compiler  # noqa: F401 — the files that make a program, hashed with the engine's magic
        import re._parser as parser  # noqa: F401
        import _sre

        engine = hashlib.sha1(sys.version.encode())
        for module in (compiler, parser, re._constants, re._casefix):  # type: ignore[attr-defined]
            engine.update(Path(module.__file__).read_bytes())
        build = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{engine.hexdigest()[:12]}"
        home = os.environ.get("XDG_CACHE_HOME", "")
        folder = Path(home if os.path.isabs(home) else Path.home() / ".cache") / "storyline"
        return folder / f"regex-{build}.marshal"
    except (ImportError, AttributeError, RuntimeError, OSError, TypeError):
        return None


def _load() -> dict[tuple[str, int], tuple[Any, ...]]:
    path = _cache_file()
    try:
        if path is None:
            return {}
        found = marshal.loads(path.read_bytes())
        return found if isinstance(found, dict) else {}
    except Exception:  # noqa: BLE001 — no cache yet, or a damaged one: compiled again
        return {}


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What ``re.compile`` hands the engine (``re._compiler.compile``, step by step)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        int(flags | parsed.state.flags),
        [int(c) for c in code],
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cached program when the pattern is long."""
    global _programs, _missed
    if len(pattern) < LONG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    try:
        import _sre

        if _programs is None:
            _programs = _load()
        program = _programs.get(key)
        if program is None:
            program = _program(pattern, int(flags))
            _missed = True
        made = _sre.compile(pattern, *program)
    except Exception:  # noqa: BLE001 — another interpreter's engine: the usual way
        return re.compile(pattern, flags)
    _used[key] = program
    return made


def save() -> None:
    """Write the programs of the long patterns compiled so far, when one was not in the cache (called once the
    modules that compile them are imported); the programs no pattern used any more are left out."""
    global _missed
    path = _cache_file()
    if not _missed or path is None:
        return
    part = None
    try:
        import tempfile

        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=path.name, suffix=".part", dir=path.parent)
        part = Path(name)
        with os.fdopen(fd, "wb") as f:
            f.write(marshal.dumps(_used))
        os.replace(part, path)
        part = None
        _missed = False
    except OSError:  # a read-only home or a full disk: compiled at every start, as without the cache
        pass
    finally:
        if part is not None:
            part.unlink(missing_ok=True)
