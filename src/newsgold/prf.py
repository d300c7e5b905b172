"""Precision, recall and F1 from sufficient statistics, vectorised over any leading axes.

Every statistic is an array whose last axis is the category. ``correct`` may be fractional
(partial credit), ``predicted`` and ``gold`` are the denominators. Zero denominators give
``zero_division`` (default 0.0), as scikit-learn does.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

AVERAGES = ("micro", "macro", "weighted")


class PRF(NamedTuple):
    precision: NDArray[np.float64]
    recall: NDArray[np.float64]
    f1: NDArray[np.float64]


def _ratio(num: NDArray[np.float64], den: NDArray[np.float64], zero_division: float) -> NDArray[np.float64]:
    out = np.full(np.broadcast(num, den).shape, zero_division, dtype=np.float64)
    np.divide(num, den, out=out, where=den > 0)
    return out


def prf(
    correct: ArrayLike, predicted: ArrayLike, gold: ArrayLike, zero_division: float = 0.0
) -> PRF:
    """Per-category P, R, F1 (same shape as the inputs)."""
    correct = np.asarray(correct, dtype=np.float64)
    predicted = np.asarray(predicted, dtype=np.float64)
    gold = np.asarray(gold, dtype=np.float64)
    precision = _ratio(correct, predicted, zero_division)
    recall = _ratio(correct, gold, zero_division)
    f1 = _ratio(2 * correct, predicted + gold, zero_division)
    return PRF(precision, recall, f1)


def averaged(
    correct: ArrayLike,
    predicted: ArrayLike,
    gold: ArrayLike,
    average: str = "micro",
    zero_division: float = 0.0,
    category_zero_division: float | None = None,
) -> PRF:
    """P, R, F1 averaged over the last (category) axis.

    micro: pool the counts; macro: unweighted mean of per-category scores; weighted:
    mean weighted by gold support. Categories with neither gold nor predictions are left
    out of macro and weighted means. ``zero_division`` is the value of an undefined
    average; ``category_zero_division`` (default: the same) the value an undefined
    per-category score contributes to a macro or weighted mean.
    """
    correct = np.asarray(correct, dtype=np.float64)
    predicted = np.asarray(predicted, dtype=np.float64)
    gold = np.asarray(gold, dtype=np.float64)
    if average == "micro":
        return prf(correct.sum(-1), predicted.sum(-1), gold.sum(-1), zero_division)
    per = prf(correct, predicted, gold, zero_division if category_zero_division is None else category_zero_division)
    if average == "macro":
        weights = ((predicted + gold) > 0).astype(np.float64)
    elif average == "weighted":
        weights = gold
    else:
        raise ValueError(f"average must be one of {', '.join(AVERAGES)}; got {average!r}")
    total = weights.sum(-1)

    def mean(values: NDArray[np.float64]) -> NDArray[np.float64]:
        return _ratio((values * weights).sum(-1), total, zero_division)

    return PRF(mean(per.precision), mean(per.recall), mean(per.f1))
