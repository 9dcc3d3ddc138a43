"""Cutting a stream into lists of at most ``size`` items (``itertools.batched`` arrived in Python 3.12)."""

from __future__ import annotations

from typing import Iterable, Iterator, TypeVar

T = TypeVar("T")


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    batch: list[T] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def die_with_parent() -> None:
    """Worker initialiser: on Linux, the kernel ends this process when its parent dies (even by
    ``kill -9``), so no worker outlives the command that started it.  Elsewhere a no-op."""
    import sys

    if sys.platform.startswith("linux"):
        import ctypes
        import signal

        try:
            ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except OSError:
            pass
