"""A tuple computed on first use.

Reports carry listings (every error, every document side by side) that only some outputs
show, and a user's documents carry sentence offsets that only sentence units need: a
``Lazy`` stands in for such a tuple and computes it when first read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

_UNSET: Any = object()


class Lazy(Sequence[T]):
    """``make()``'s tuple, computed once when first needed; equal to that tuple."""

    __slots__ = ("_make", "_value")

    def __init__(self, make: Callable[[], Sequence[T]]):
        self._make = make
        self._value: tuple[T, ...] = _UNSET

    @property
    def value(self) -> tuple[T, ...]:
        if self._value is _UNSET:
            self._value = tuple(self._make())
            self._make = None
        return self._value

    def __len__(self) -> int:
        return len(self.value)

    def __getitem__(self, i):  # type: ignore[override]
        return self.value[i]

    def __iter__(self) -> Iterator[T]:
        return iter(self.value)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Lazy):
            other = other.value
        return self.value == other if isinstance(other, tuple) else NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __add__(self, other: Sequence[T]) -> tuple[T, ...]:
        return self.value + tuple(other)

    def __radd__(self, other: Sequence[T]) -> tuple[T, ...]:
        return tuple(other) + self.value

    def __repr__(self) -> str:
        return repr(self.value) if self._value is not _UNSET else "Lazy(<not computed>)"

    def __reduce__(self):
        return (tuple, (self.value,))
