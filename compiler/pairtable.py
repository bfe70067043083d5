"""The features of many candidate pairs, compactly: one row of doubles per pair instead of a dict.

A large deck has hundreds of thousands of candidate pairs (246,733 for the
20,000-question synthetic deck); a dict of eleven floats per pair costs about
0.9 KB, a row here 88 bytes plus its index entry.  Reading a pair gives the
same dict, with the same keys in the same order and the same float values
(a double is stored exactly), so nothing downstream changes.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Mapping

Pair = tuple[int, int]


class FeatureRows(Mapping[Pair, dict[str, float]]):
    """A read-only mapping pair -> features dict, filled once with :meth:`add`."""

    def __init__(self) -> None:
        self.names: tuple[str, ...] = ()
        self.rows: dict[Pair, int] = {}
        self.data = array("d")

    def add(self, pair: Pair, features: dict[str, float]) -> None:
        """Append one pair's features (every pair has the same names, in the same order)."""
        names = tuple(features)
        if not self.rows:
            self.names = names
        elif names != self.names:
            raise ValueError(f"features {names} differ from {self.names}")
        if pair in self.rows:
            raise ValueError(f"pair {pair} added twice")
        self.rows[pair] = len(self.rows)
        self.data.extend(features.values())

    def __getitem__(self, pair: Pair) -> dict[str, float]:
        row = self.rows[pair]
        width = len(self.names)
        return dict(zip(self.names, self.data[row * width : (row + 1) * width], strict=True))

    def __contains__(self, pair: object) -> bool:
        return pair in self.rows

    def __iter__(self) -> Iterator[Pair]:
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)
