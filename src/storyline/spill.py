"""Arrays that grow by appending and can live on disk, so a corpus run's memory does not grow with it.

The corpus-wide stages need a few numbers per article (fingerprints, term vectors) for every
article at once.  At a million articles that is several gigabytes: kept in files and read back
memory-mapped, the operating system pages in what a step touches and drops it again, so the
coordinator's own memory stays flat.  Without a folder the same class keeps the chunks in memory
(small corpora, tests, the in-memory indexes).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np


class Growing:
    """An array built by appending chunks (1-D, or rows of a fixed width), read back as one array.

    With ``folder`` the chunks go to ``folder/name.bin`` and :meth:`array` is a read-only memory map;
    without it, to memory.  Appending after :meth:`array` is allowed (the map is made again).
    """

    def __init__(self, dtype: np.dtype | type, width: int | None = None, folder: Path | None = None,
                 name: str = "array"):  # fmt: skip
        self.dtype = np.dtype(dtype)
        self.width = width
        self.path = None if folder is None else Path(folder) / f"{name}.bin"
        self._chunks: list[np.ndarray] = []
        self._file = None if self.path is None else open(self.path, "wb")
        self._rows = 0
        self._cached: np.ndarray | None = None

    def __len__(self) -> int:
        return self._rows

    def append(self, chunk: np.ndarray) -> None:
        chunk = np.ascontiguousarray(chunk, dtype=self.dtype)
        if self.width is not None and (chunk.ndim != 2 or chunk.shape[1] != self.width):
            chunk = chunk.reshape(-1, self.width)
        self._rows += len(chunk)
        self._cached = None
        if self._file is None:
            self._chunks.append(chunk)
        else:
            self._file.write(chunk.tobytes())

    def array(self) -> np.ndarray:
        """Everything appended so far, as one array (memory-mapped when kept on disk)."""
        if self._cached is not None:
            return self._cached
        shape = (self._rows,) if self.width is None else (self._rows, self.width)
        if self._rows == 0:
            out = np.zeros(shape, dtype=self.dtype)
        elif self._file is None:
            out = np.concatenate(self._chunks) if len(self._chunks) > 1 else self._chunks[0]
            self._chunks = [out]
        else:
            if not self._file.closed:
                self._file.flush()
            out = np.memmap(self.path, dtype=self.dtype, mode="r", shape=shape)
        self._cached = out
        return out

    def close(self) -> None:
        """Stop appending (the file stays, for maps already handed out)."""
        if self._file is not None and not self._file.closed:
            self._file.close()
