"""Offsets counted in UTF-16 code units (JavaScript string indices), as browser annotation tools
count them, to and from Python ``str`` indices (code points)."""

from __future__ import annotations

from bisect import bisect_left


def _astral(text: str) -> list[int]:
    """Python indices of the characters outside the Basic Multilingual Plane (two code units each)."""
    return [i for i, char in enumerate(text) if ord(char) > 0xFFFF]


class Utf16Offsets:
    """Converts offsets for one text; exact, and refuses an offset inside a surrogate pair."""

    def __init__(self, text: str):
        self.text = text
        self.astral = _astral(text)
        self.units = len(text) + len(self.astral)

    def to_index(self, unit: int) -> int:
        """The Python index of UTF-16 offset ``unit``; ``ValueError`` if it is out of range or
        splits a character."""
        if not 0 <= unit <= self.units:
            raise ValueError(f"offset {unit} is outside the text ({self.units} UTF-16 code units)")
        if not self.astral:
            return unit
        low, high = 0, len(self.astral)
        while low < high:  # astral characters wholly before ``unit``
            mid = (low + high) // 2
            if self.astral[mid] + mid + 2 <= unit:
                low = mid + 1
            else:
                high = mid
        index = unit - low
        if low < len(self.astral) and self.astral[low] + low < unit:
            raise ValueError(f"offset {unit} falls inside the surrogate pair of {self.text[self.astral[low]]!r}")
        return index

    def to_units(self, index: int) -> int:
        """The UTF-16 offset of Python index ``index``."""
        return index + bisect_left(self.astral, index)
