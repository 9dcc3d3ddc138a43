"""Disjoint sets (union-find): which items end up together after pairwise links (duplicate groups,
parts of the neighbour graph, statements, facts)."""

from __future__ import annotations

from typing import Generic, Hashable, TypeVar

T = TypeVar("T", bound=Hashable)


class Groups(Generic[T]):
    """Union-find with path halving over any hashable items."""

    def __init__(self, items: object = ()) -> None:
        self.parent: dict[T, T] = {x: x for x in items}  # type: ignore[attr-defined]

    def find(self, x: T) -> T:
        parent = self.parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> T:
        """Join the groups of a and b; returns the root of the joined group (b's)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[ra] = rb
        return rb

    def groups(self) -> dict[T, list[T]]:
        """Every item seen, by the root of its group."""
        out: dict[T, list[T]] = {}
        for x in list(self.parent):
            out.setdefault(self.find(x), []).append(x)
        return out
