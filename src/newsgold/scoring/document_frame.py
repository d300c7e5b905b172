"""Per-document rows of a span score as a DataFrame, optionally with bootstrap intervals."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from newsgold.resampling import Resampling, Stats, bootstrap
from newsgold.scoring.metrics import prf

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ("precision", "recall", "f1", "support", "tp", "fp", "fn", "partial")
INTERVAL_COLUMNS = ("units", "precision_low", "precision_high", "recall_low", "recall_high", "f1_low", "f1_high")


def document_frame(
    names: Sequence[str],
    tp: np.ndarray,
    fp: np.ndarray,
    fn: np.ndarray,
    partial: np.ndarray,
    zero_division: float = 0.0,
    unit_stats: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None,
    resampling: Resampling | None = None,
) -> pd.DataFrame:
    """One row per document from its summed counts (columns ``COLUMNS``).

    With ``unit_stats`` = (document of each unit, tp, fp, fn, partial per unit) and
    ``resampling``, each row also gets ``units`` (its units holding a gold or predicted
    item) and the percentile bootstrap interval of P, R and F1 over its own units. Each
    cell keeps its own interval: a resample in which a cell is undefined does not count
    for that cell only, and a cell is NaN only where undefined in every resample (or the
    document has fewer than 2 units); the row and its other intervals stay.
    """
    import pandas as pd

    p, r, f, s = prf(tp, fp, fn, partial, zero_division)
    frame = pd.DataFrame(
        {"precision": p, "recall": r, "f1": f, "support": np.asarray(s, np.int64),
         "tp": np.asarray(tp, np.int64), "fp": np.asarray(fp, np.int64), "fn": np.asarray(fn, np.int64),
         "partial": np.asarray(partial, np.int64)},
        index=pd.Index(list(names), name="document"),
    )
    if unit_stats is None or resampling is None:
        return frame
    doc, utp, ufp, ufn, upartial = (np.asarray(a) for a in unit_stats)
    credit = utp + 0.5 * upartial
    predicted = utp + upartial + ufp
    gold = utp + upartial + ufn
    bounds = np.full((len(frame), 6), np.nan)
    order = np.argsort(doc, kind="stable")
    edges = np.searchsorted(doc[order], np.arange(len(frame) + 1))
    for d in range(len(frame)):
        rows = order[edges[d]:edges[d + 1]]
        if len(rows) < 2:
            continue
        iv = bootstrap(Stats.of(credit[rows, None], predicted[rows, None], gold[rows, None]), resampling)
        bounds[d] = [iv.low[0, 0], iv.high[0, 0], iv.low[0, 1], iv.high[0, 1], iv.low[0, 2], iv.high[0, 2]]
    frame["units"] = np.bincount(doc[(predicted + gold) > 0], minlength=len(frame))
    for k, column in enumerate(INTERVAL_COLUMNS[1:]):
        frame[column] = bounds[:, k]
    return frame
