"""Bootstrap confidence intervals and paired significance tests on count arrays.

The statistics are extracted once per resampling unit (document or sentence) as arrays
of shape (n_units, n_categories); every resample is a weighted sum of those rows, so a
thousand resamples cost a few matrix products, never a rescoring (sacreBLEU's design).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from numpy.typing import ArrayLike, NDArray

from newsgold.prf import AVERAGES, averaged, prf

METRICS = ("precision", "recall", "f1")
DEFAULT_SEED = 12345
MAX_RESAMPLES = 100_000  # bootstrap resamples and test trials: bounded work (README, Limits)
_CHUNK_CELLS = 4_000_000


class ResamplingError(ValueError):
    """A number of resamples or trials, or a seed, that cannot be used."""


def check_count(n: object, name: str, minimum: int = 1) -> int:
    """``n`` if it is an integer from ``minimum`` to ``MAX_RESAMPLES``; else ``ResamplingError``."""
    if isinstance(n, bool) or not isinstance(n, int) or n < minimum:
        raise ResamplingError(f"{name}: found {n!r}, expected an integer >= {minimum}")
    if n > MAX_RESAMPLES:
        raise ResamplingError(f"{name}: found {n}, expected at most {MAX_RESAMPLES} (the cap on resampling work)")
    return n


def check_seed(seed: object, name: str = "seed") -> int:
    if isinstance(seed, bool) or not isinstance(seed, int) or seed < 0:
        raise ResamplingError(f"{name}: found {seed!r}, expected an integer >= 0")
    return seed


@dataclass(frozen=True)
class Resampling:
    """How uncertainty was estimated; part of every report's signature."""

    unit: str = "document"
    n_resamples: int = 1000
    seed: int = DEFAULT_SEED
    confidence: float = 0.95

    def __post_init__(self) -> None:
        check_count(self.n_resamples, "resamples", minimum=0)
        check_seed(self.seed)

    def describe(self) -> str:
        return f"bootstrap-{self.unit}-{self.n_resamples}-seed{self.seed}-{int(self.confidence * 100)}%"


@dataclass(frozen=True)
class Stats:
    """Sufficient statistics per unit and category: correct (may be fractional), predicted, gold."""

    correct: NDArray[np.float64]
    predicted: NDArray[np.float64]
    gold: NDArray[np.float64]

    @classmethod
    def of(cls, correct: ArrayLike, predicted: ArrayLike, gold: ArrayLike) -> Stats:
        arrays = [np.atleast_2d(np.asarray(a, dtype=np.float64)) for a in (correct, predicted, gold)]
        shapes = {a.shape for a in arrays}
        if len(shapes) != 1:
            raise ValueError(f"correct, predicted and gold must have one shape; got {sorted(shapes)}")
        return cls(*arrays)

    @property
    def n_units(self) -> int:
        return self.correct.shape[0]

    def stacked(self) -> NDArray[np.float64]:
        """(n_units, 3 * n_categories): the matrix every resample multiplies."""
        return np.concatenate([self.correct, self.predicted, self.gold], axis=1)


def scores(stacked_sums: NDArray[np.float64], n_categories: int, zero_division: float = 0.0) -> NDArray[np.float64]:
    """Metric table from summed stats of shape (..., 3 * C): shape (..., C + 3, 3).

    Rows are the categories then micro, macro, weighted; columns are P, R, F1.
    ``zero_division`` applies to undefined cells; inside macro and weighted means an
    undefined category score counts 0, as in the point estimate, so a category without
    predictions does not make the average undefined.
    """
    correct = stacked_sums[..., :n_categories]
    predicted = stacked_sums[..., n_categories : 2 * n_categories]
    gold = stacked_sums[..., 2 * n_categories :]
    per = np.stack(prf(correct, predicted, gold, zero_division), axis=-1)
    avgs = [np.stack(averaged(correct, predicted, gold, a, zero_division, category_zero_division=0.0), axis=-1)
            for a in AVERAGES]
    return np.concatenate([per, np.stack(avgs, axis=-2)], axis=-2)


def bootstrap_weights(n_units: int, n_resamples: int, seed: int) -> Iterator[NDArray[np.float64]]:
    """Multiplicities of each unit in each resample, in chunks of shape (b, n_units).

    Resample i draws from its own stream (``SeedSequence(seed).spawn``), so the resamples
    do not depend on how they are chunked to bound memory.
    """
    check_count(n_resamples, "resamples", minimum=0)
    streams = np.random.SeedSequence(check_seed(seed)).spawn(n_resamples)
    chunk = max(1, min(n_resamples, _CHUNK_CELLS // max(n_units, 1)))
    for first in range(0, n_resamples, chunk):
        block = streams[first : first + chunk]
        weights = np.empty((len(block), n_units), dtype=np.float64)
        for row, stream in enumerate(block):
            draws = np.random.default_rng(stream).integers(0, n_units, size=n_units)
            weights[row] = np.bincount(draws, minlength=n_units)
        yield weights


@dataclass(frozen=True)
class Intervals:
    """Percentile bootstrap intervals: arrays of shape (C + 3, 3) (rows as ``scores``)."""

    point: NDArray[np.float64]
    low: NDArray[np.float64]
    high: NDArray[np.float64]
    resampling: Resampling

    @property
    def half_width(self) -> NDArray[np.float64]:
        return (self.high - self.low) / 2


def bootstrap(stats: Stats, resampling: Resampling = Resampling()) -> Intervals:
    """Percentile confidence intervals for every P, R, F1 cell, resampling units with replacement.

    A resample in which a cell is undefined (e.g. no gold item of a category was drawn)
    does not count for that cell; a cell undefined in every resample has a NaN interval.
    """
    if stats.n_units < 2:
        raise ValueError(
            f"a bootstrap needs at least 2 resampling units; got {stats.n_units} "
            f"({resampling.unit}s): resample sentences instead of documents"
        )
    n_categories = stats.correct.shape[1]
    matrix = stats.stacked()
    samples = np.concatenate(
        [scores(w @ matrix, n_categories, np.nan) for w in bootstrap_weights(stats.n_units, resampling.n_resamples, resampling.seed)]
    )
    alpha = (1 - resampling.confidence) / 2
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        low, high = np.nanquantile(samples, [alpha, 1 - alpha], axis=0)
    return Intervals(scores(matrix.sum(0), n_categories), low, high, resampling)


@dataclass(frozen=True)
class Comparison:
    """Paired comparison of system B against system A on the same gold and units.

    ``delta`` is B minus A; ``p_value`` is two-sided, per cell, shape (C + 3, 3).
    """

    delta: NDArray[np.float64]
    p_value: NDArray[np.float64]
    method: str
    trials: int
    seed: int


def _check_paired(a: Stats, b: Stats) -> None:
    if a.correct.shape != b.correct.shape:
        raise ValueError(f"systems are not paired: count arrays of shape {a.correct.shape} and {b.correct.shape}")
    if not np.array_equal(a.gold, b.gold):
        raise ValueError("systems are not paired: they were scored against different gold counts")


def paired_bootstrap(a: Stats, b: Stats, trials: int = 1000, seed: int = DEFAULT_SEED) -> Comparison:
    """Paired bootstrap test (Koehn 2004, as sacreBLEU computes it).

    Both systems are resampled with the same unit multiplicities. The differences are
    centred on their mean to form the null distribution; p = (#|d* - mean| >= |d| + 1) / (trials + 1).
    """
    _check_paired(a, b)
    check_count(trials, "trials")
    n_categories = a.correct.shape[1]
    ma, mb = a.stacked(), b.stacked()
    observed = scores(mb.sum(0), n_categories) - scores(ma.sum(0), n_categories)
    deltas = np.concatenate(
        [scores(w @ mb, n_categories) - scores(w @ ma, n_categories) for w in bootstrap_weights(a.n_units, trials, seed)]
    )
    centred = np.abs(deltas - deltas.mean(axis=0))
    exceed = (centred >= np.abs(observed) - 1e-12).sum(axis=0)
    return Comparison(observed, (exceed + 1) / (trials + 1), "paired-bootstrap", trials, seed)


def approximate_randomization(a: Stats, b: Stats, trials: int = 10000, seed: int = DEFAULT_SEED) -> Comparison:
    """Paired approximate randomization test (Riezler & Maxwell 2005; sacreBLEU's --paired-ar).

    In each trial every unit's statistics are swapped between the systems with
    probability 1/2; p = (#|d*| >= |d| + 1) / (trials + 1).
    """
    _check_paired(a, b)
    check_count(trials, "trials")
    n_categories = a.correct.shape[1]
    ma, mb = a.stacked(), b.stacked()
    sum_a, sum_b, diff = ma.sum(0), mb.sum(0), mb - ma
    observed = scores(sum_b, n_categories) - scores(sum_a, n_categories)
    rng = np.random.default_rng(check_seed(seed))
    chunk = max(1, min(trials, _CHUNK_CELLS // max(a.n_units, 1)))
    exceed = np.zeros_like(observed)
    done = 0
    while done < trials:
        t = min(chunk, trials - done)
        swaps = rng.integers(0, 2, size=(t, a.n_units)).astype(np.float64) @ diff
        d = scores(sum_b - swaps, n_categories) - scores(sum_a + swaps, n_categories)
        exceed += (np.abs(d) >= np.abs(observed) - 1e-12).sum(axis=0)
        done += t
    return Comparison(observed, (exceed + 1) / (trials + 1), "approximate-randomization", trials, seed)
