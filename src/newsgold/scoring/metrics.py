"""Precision, recall and F1 from counts, in the style of scikit-learn's metric functions.

With ``credit = tp + partial / 2``, ``predicted = tp + partial + fp`` and
``gold = tp + partial + fn`` (the support):

- precision = credit / predicted, undefined when nothing was predicted;
- recall = credit / gold, undefined when there is no gold item;
- F1 = 2 credit / (predicted + gold), the harmonic mean of the two, undefined only when both
  are zero.

An undefined value is ``zero_division`` (0.0 by default; 1.0 or ``nan`` on request). Averages:
``micro`` computes the figures from the summed counts; ``macro`` is the unweighted mean of the
per-category figures; ``weighted`` weights them by support (unweighted if no category has
support). As in scikit-learn, undefined figures set to ``nan`` are left out of averages, and
``labels`` chooses the categories (default: all, in the counts' order).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from newsgold.scoring.counts import Counts
from newsgold.scoring.errors import ScoringError

AVERAGES = ("micro", "macro", "weighted")


def check_zero_division(zero_division: float | str) -> float:
    if zero_division == "warn":
        return 0.0
    try:
        value = float(zero_division)
    except (TypeError, ValueError):
        value = None
    if value is None or not (value in (0.0, 1.0) or np.isnan(value)):
        raise ScoringError(f"zero_division={zero_division!r}: expected 0, 1 or nan")
    return value


def _divide(num: np.ndarray, den: np.ndarray, zero_division: float) -> np.ndarray:
    num = np.asarray(num, dtype=np.float64)
    den = np.asarray(den, dtype=np.float64)
    out = np.full(np.broadcast(num, den).shape, zero_division, dtype=np.float64)
    np.divide(num, den, out=out, where=den > 0)
    return out


def prf(
    tp: np.ndarray, fp: np.ndarray, fn: np.ndarray, partial: np.ndarray | None = None, zero_division: float = 0.0
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(precision, recall, f1, support) element-wise from count arrays."""
    partial = np.zeros_like(tp) if partial is None else partial
    credit = tp + 0.5 * partial
    predicted = tp + partial + fp
    gold = tp + partial + fn
    return (
        _divide(credit, predicted, zero_division),
        _divide(credit, gold, zero_division),
        _divide(2.0 * credit, predicted + gold, zero_division),
        np.asarray(gold),
    )


@dataclass(frozen=True)
class PRF:
    """One row of a report: counts (``None`` for macro and weighted rows) and scores."""

    name: str
    precision: float
    recall: float
    f1: float
    support: int
    tp: int | None = None
    fp: int | None = None
    fn: int | None = None
    partial: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _labels(counts: Counts, labels: Sequence[str] | None) -> Counts:
    return counts if labels is None else counts.select(list(labels))


def precision_recall_f1(
    counts: Counts,
    *,
    labels: Sequence[str] | None = None,
    average: str | None = None,
    zero_division: float | str = 0.0,
) -> tuple[Any, Any, Any, Any]:
    """(precision, recall, f1, support): arrays per category if ``average`` is None, else floats."""
    zd = check_zero_division(zero_division)
    if average is not None and average not in AVERAGES:
        raise ScoringError(f"average={average!r}: expected None or one of {', '.join(AVERAGES)}")
    c = _labels(counts, labels).per_category()
    if average == "micro":
        p, r, f, s = prf(*(np.array([c[k].sum()]) for k in ("tp", "fp", "fn", "partial")), zero_division=zd)
        return float(p[0]), float(r[0]), float(f[0]), int(s[0])
    p, r, f, s = prf(c["tp"], c["fp"], c["fn"], c["partial"], zd)
    if average is None:
        return p, r, f, s
    if len(s) == 0:
        return zd, zd, zd, 0
    weights = s if average == "weighted" else None
    return _average(p, weights), _average(r, weights), _average(f, weights), int(s.sum())


def _average(values: np.ndarray, weights: np.ndarray | None) -> float:
    """Mean of the defined (non-nan) values, weighted unless all weights are zero."""
    defined = ~np.isnan(values)
    if not defined.any():
        return float("nan")
    values = values[defined]
    if weights is None or weights[defined].sum() == 0:
        return float(values.mean())
    return float(np.average(values, weights=weights[defined]))


def report_rows(
    counts: Counts, *, labels: Sequence[str] | None = None, zero_division: float | str = 0.0
) -> list[PRF]:
    """One row per category, then ``micro`` (with the summed counts), ``macro`` and ``weighted``."""
    selected = _labels(counts, labels)
    c = selected.per_category()
    p, r, f, s = precision_recall_f1(selected, zero_division=zero_division)
    rows = [
        PRF(name, float(p[i]), float(r[i]), float(f[i]), int(s[i]),
            int(c["tp"][i]), int(c["fp"][i]), int(c["fn"][i]), int(c["partial"][i]))
        for i, name in enumerate(selected.categories)
    ]
    for average in AVERAGES:
        ap, ar, af, asup = precision_recall_f1(selected, average=average, zero_division=zero_division)
        totals = {k: int(v.sum()) for k, v in c.items()} if average == "micro" else {}
        rows.append(PRF(average, ap, ar, af, asup, **totals))
    return rows
