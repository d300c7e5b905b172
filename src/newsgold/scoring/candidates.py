"""Candidate pairs: every gold and predicted mention of the same document whose spans overlap.

Both tables must be in canonical order (sorted by document, then start). Two spans overlap
when one of them starts inside the other, so two range searches over sorted starts find all
pairs in O((n + pairs) log n) without comparing every gold with every prediction.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from newsgold.scoring.spans import SpanTable


@dataclass(frozen=True)
class Pairs:
    """Parallel arrays over candidate pairs (rows of the canonically ordered tables)."""

    g: np.ndarray
    p: np.ndarray
    overlap: np.ndarray
    same_span: np.ndarray
    same_label: np.ndarray
    g_label: np.ndarray
    p_label: np.ndarray

    def __len__(self) -> int:
        return len(self.g)

    def select(self, mask: np.ndarray) -> Pairs:
        return Pairs(*(getattr(self, name)[mask] for name in self.__dataclass_fields__))


def expand_ranges(lo: np.ndarray, hi: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, index) for every index in [lo[owner], hi[owner])."""
    n = np.maximum(hi - lo, 0)
    total = int(n.sum())
    owner = np.repeat(np.arange(len(lo), dtype=np.int64), n)
    index = np.arange(total, dtype=np.int64) - np.repeat(np.cumsum(n) - n - lo, n)
    return owner, index


def overlapping(gold: SpanTable, pred: SpanTable) -> tuple[np.ndarray, np.ndarray]:
    """(gold row, pred row) of all overlapping pairs, each pair once, in a deterministic order."""
    if len(gold) == 0 or len(pred) == 0:
        empty = np.zeros(0, np.int64)
        return empty, empty
    scale = int(max(gold.end.max(), pred.end.max())) + 1
    g_base, p_base = gold.doc * scale, pred.doc * scale
    g_key, p_key = g_base + gold.start, p_base + pred.start
    # predictions starting inside a gold span
    a_g, a_p = expand_ranges(
        np.searchsorted(p_key, g_key, "left"), np.searchsorted(p_key, g_base + gold.end, "left")
    )
    # gold spans starting strictly inside a prediction
    b_p, b_g = expand_ranges(
        np.searchsorted(g_key, p_key, "right"), np.searchsorted(g_key, p_base + pred.end, "left")
    )
    return np.concatenate([a_g, b_g]), np.concatenate([a_p, b_p])


def candidate_pairs(
    gold: SpanTable,
    pred: SpanTable,
    compatible: np.ndarray | None = None,
    keep=None,
) -> Pairs:
    """Overlapping pairs with their relation; ``keep(overlap, gold_len, pred_len)`` filters them.

    ``compatible[g_label, p_label]`` says which categories count as the same type (identity
    if None).
    """
    g, p = overlapping(gold, pred)
    gs, ge, ps, pe = gold.start[g], gold.end[g], pred.start[p], pred.end[p]
    overlap = np.minimum(ge, pe) - np.maximum(gs, ps)
    if keep is not None:
        mask = keep(overlap, ge - gs, pe - ps)
        if not mask.all():
            g, p, gs, ge, ps, pe, overlap = (a[mask] for a in (g, p, gs, ge, ps, pe, overlap))
    gl, pl = gold.label[g], pred.label[p]
    same_label = gl == pl if compatible is None else compatible[gl, pl]
    return Pairs(g, p, overlap, (gs == ps) & (ge == pe), same_label, gl, pl)
