"""Sufficient statistics: per-unit, per-category counts that add up.

Every statistic is an integer array of shape ``(n_units, n_categories)``. A unit is a
document by default, or whatever the caller chose (a sentence, a shard). Scores, averages,
slices, merged shards and resamples are all arithmetic on these arrays.

How items are charged, so that rows always add up to the totals:

- ``tp``: a gold item with full credit, in the gold item's unit and category;
- ``partial``: a gold item with half credit (mode ``partial``), likewise;
- ``fn``: a gold item without credit, in its unit and category;
- ``fp``: a predicted item without credit, in its unit and category.

So ``tp + partial + fn`` is the number of gold items and ``tp + partial + fp`` the number of
predicted items; a type error in strict mode is one ``fp`` for the predicted category and one
``fn`` for the gold category.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np

from newsgold.scoring.errors import ScoringError, listing

STATISTICS = ("tp", "fp", "fn", "partial")


@dataclass(frozen=True, eq=False)
class Counts:
    tp: np.ndarray
    fp: np.ndarray
    fn: np.ndarray
    partial: np.ndarray
    categories: tuple[str, ...]
    units: tuple[Hashable, ...]

    def __post_init__(self) -> None:
        shape = (len(self.units), len(self.categories))
        for name in STATISTICS:
            if getattr(self, name).shape != shape:
                raise ScoringError(f"{name} has shape {getattr(self, name).shape}, expected {shape}")

    def __repr__(self) -> str:
        return f"Counts({len(self.units)} units x {len(self.categories)} categories: {', '.join(self.categories)})"

    @property
    def shape(self) -> tuple[int, int]:
        return len(self.units), len(self.categories)

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in STATISTICS}

    def per_category(self) -> dict[str, np.ndarray]:
        """Each statistic summed over units: arrays of shape (n_categories,)."""
        return {name: a.sum(axis=0) for name, a in self.arrays().items()}

    def total(self, name: Hashable = "all") -> Counts:
        """All units summed into one."""
        return Counts(*(a.sum(axis=0, keepdims=True) for a in self.arrays().values()), self.categories, (name,))

    def take(self, rows: np.ndarray | Sequence[int]) -> Counts:
        """Units by index, repeats allowed (a bootstrap resample is ``take(rng.integers(...))``)."""
        rows = np.asarray(rows, dtype=np.int64)
        units = tuple(self.units[i] for i in rows.tolist())
        return Counts(*(a[rows] for a in self.arrays().values()), self.categories, units)

    def select(self, labels: Sequence[str]) -> Counts:
        """Only the given categories, in the given order."""
        position = {c: i for i, c in enumerate(self.categories)}
        unknown = [label for label in labels if label not in position]
        if unknown:
            raise ScoringError(f"unknown categories {listing(unknown)}; known: {listing(list(self.categories), 30)}")
        cols = np.array([position[label] for label in labels], dtype=np.int64)
        return Counts(*(a[:, cols] for a in self.arrays().values()), tuple(labels), self.units)

    def group(self, group: np.ndarray, names: Sequence[Hashable]) -> Counts:
        """Units summed by group: ``group[i]`` is the index in ``names`` of unit ``i``."""
        group = np.asarray(group, dtype=np.int64)
        n, c = len(names), len(self.categories)
        flat = (group[:, None] * c + np.arange(c)).ravel()
        out = [
            np.bincount(flat, weights=a.ravel(), minlength=n * c).astype(np.int64).reshape(n, c)
            for a in self.arrays().values()
        ]
        return Counts(*out, self.categories, tuple(names))

    def __add__(self, other: Counts) -> Counts:
        return merge([self, other])


def merge(parts: Sequence[Counts]) -> Counts:
    """Counts of several shards as one: categories and units are united, shared units summed."""
    if not parts:
        raise ScoringError("nothing to merge")
    categories = tuple(sorted(set().union(*(p.categories for p in parts))))
    if all(p.categories == parts[0].categories for p in parts):
        categories = parts[0].categories
    units: dict[Hashable, int] = {}
    for p in parts:
        for u in p.units:
            units.setdefault(u, len(units))
    shape = (len(units), len(categories))
    out = {name: np.zeros(shape, np.int64) for name in STATISTICS}
    position = {c: i for i, c in enumerate(categories)}
    for p in parts:
        rows = np.array([units[u] for u in p.units], dtype=np.int64)
        cols = np.array([position[c] for c in p.categories], dtype=np.int64)
        for name in STATISTICS:
            np.add.at(out[name], (rows[:, None], cols[None, :]), getattr(p, name))
    return Counts(out["tp"], out["fp"], out["fn"], out["partial"], categories, tuple(units))


def tally(
    unit: np.ndarray, category: np.ndarray, mask: np.ndarray, n_units: int, n_categories: int
) -> np.ndarray:
    """Number of items with ``mask`` per (unit, category)."""
    flat = unit[mask] * n_categories + category[mask]
    return np.bincount(flat, minlength=n_units * n_categories).reshape(n_units, n_categories)


def count_items(
    gold_unit: np.ndarray,
    gold_category: np.ndarray,
    gold_credit: np.ndarray,
    pred_unit: np.ndarray,
    pred_category: np.ndarray,
    pred_credit: np.ndarray,
    categories: Sequence[str],
    units: Sequence[Hashable],
) -> Counts:
    """Counts from each item's credit in half units (2 full, 1 half, 0 none); see the module docstring."""
    n_u, n_c = len(units), len(categories)
    tp = tally(gold_unit, gold_category, gold_credit == 2, n_u, n_c)
    partial = tally(gold_unit, gold_category, gold_credit == 1, n_u, n_c)
    fn = tally(gold_unit, gold_category, gold_credit == 0, n_u, n_c)
    fp = tally(pred_unit, pred_category, pred_credit == 0, n_u, n_c)
    return Counts(tp, fp, fn, partial, tuple(categories), tuple(units))
