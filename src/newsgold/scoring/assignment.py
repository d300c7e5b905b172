"""One-to-one assignment over candidate pairs, solved component by component.

Most candidate pairs are isolated (the gold and the prediction have no other candidate) and
are matched without search. A star (one mention whose candidates have no other candidate)
keeps its best pair. Only the remaining connected components, where mentions on both sides
compete, go to ``scipy.optimize.linear_sum_assignment``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components


@dataclass(frozen=True)
class Shapes:
    """Which pairs lie in isolated pairs, gold-centred stars, prediction-centred stars, or other components."""

    isolated: np.ndarray
    gold_star: np.ndarray
    pred_star: np.ndarray
    general: np.ndarray


def shapes(g: np.ndarray, p: np.ndarray, n_g: int, n_p: int) -> Shapes:
    deg_g = np.bincount(g, minlength=n_g)
    deg_p = np.bincount(p, minlength=n_p)
    dg, dp = deg_g[g], deg_p[p]
    isolated = (dg == 1) & (dp == 1)
    busy_preds = np.bincount(g, weights=dp > 1, minlength=n_g)
    busy_golds = np.bincount(p, weights=dg > 1, minlength=n_p)
    gold_star = (dg > 1) & (busy_preds[g] == 0)
    pred_star = (dp > 1) & (busy_golds[p] == 0)
    return Shapes(isolated, gold_star, pred_star, ~(isolated | gold_star | pred_star))


def first_per_group(group: np.ndarray, *keys: np.ndarray) -> np.ndarray:
    """Index of the smallest element of each group, ordered by ``keys`` (first key first)."""
    if len(group) == 0:
        return np.zeros(0, np.int64)
    order = np.lexsort((*reversed(keys), group))
    sorted_group = group[order]
    first = np.ones(len(order), bool)
    first[1:] = sorted_group[1:] != sorted_group[:-1]
    return order[first]


@dataclass(frozen=True)
class Structure:
    """Candidate pairs split by shape; general pairs grouped by connected component.

    ``order`` lists the general pairs component by component (``bounds`` delimits them),
    each component's pairs by prediction, then gold; ``row`` and ``col`` give each pair's
    local gold and prediction index in its component (in row order), ``rows`` and ``cols``
    the component sizes.
    """

    shapes: Shapes
    order: np.ndarray
    bounds: np.ndarray
    row: np.ndarray
    col: np.ndarray
    rows: np.ndarray
    cols: np.ndarray

    def components(self) -> Iterator[tuple[np.ndarray, int, int]]:
        """(pair indices, number of golds, number of predictions) per general component."""
        for c in range(len(self.rows)):
            yield self.order[self.bounds[c]:self.bounds[c + 1]], int(self.rows[c]), int(self.cols[c])


def _local_rank(ids: np.ndarray, component: np.ndarray, count: int) -> np.ndarray:
    order = np.lexsort((ids, component))
    first = np.searchsorted(component[order], np.arange(count))
    rank = np.empty(len(ids), np.int64)
    rank[order] = np.arange(len(ids)) - first[component[order]]
    return rank


def structure(g: np.ndarray, p: np.ndarray, n_g: int, n_p: int) -> Structure:
    form = shapes(g, p, n_g, n_p)
    general = np.flatnonzero(form.general)
    ug, gi = np.unique(g[general], return_inverse=True)
    up, pi = np.unique(p[general], return_inverse=True)
    n = len(ug) + len(up)
    graph = coo_matrix((np.ones(len(general), np.int8), (gi, pi + len(ug))), shape=(n, n))
    count, label = connected_components(graph, directed=False) if n else (0, np.zeros(0, np.int64))
    comp_g, comp_p = label[:len(ug)], label[len(ug):]
    row = _local_rank(ug, comp_g, count)[gi]
    col = _local_rank(up, comp_p, count)[pi]
    component = comp_g[gi]
    order = np.lexsort((row, col, component))
    bounds = np.searchsorted(component[order], np.arange(count + 1))
    row_of, col_of = np.zeros(len(g), np.int64), np.zeros(len(g), np.int64)
    row_of[general], col_of[general] = row, col
    return Structure(
        form, general[order], bounds, row_of, col_of,
        np.bincount(comp_g, minlength=count), np.bincount(comp_p, minlength=count),
    )


def solve_max_weight(row: np.ndarray, col: np.ndarray, rows: int, cols: int, weight: np.ndarray) -> np.ndarray:
    """Positions (into ``row``/``col``) of the pairs in a maximum-weight one-to-one matching.

    Rows and columns are in row order, so ties go the same way for the same input.
    """
    matrix = np.zeros((rows, cols))
    matrix[row, col] = weight
    index = np.full((rows, cols), -1, np.int64)
    index[row, col] = np.arange(len(row))
    r, c = linear_sum_assignment(matrix, maximize=True)
    chosen = index[r, c]
    return chosen[chosen >= 0]


def assign(
    g: np.ndarray,
    p: np.ndarray,
    n_g: int,
    n_p: int,
    rank: tuple[np.ndarray, ...],
    weight: Callable[[np.ndarray, int], np.ndarray],
    shape: Structure | None = None,
) -> np.ndarray:
    """Boolean mask of the chosen pairs of an optimal one-to-one assignment.

    ``rank`` are sort keys (smaller is better, first key first) that pick a star's best
    pair; ``weight(pair_indices, m)`` gives the weights to maximise in a component where at
    most ``m`` pairs can be chosen. Both must express the same preference.
    """
    shape = shape or structure(g, p, n_g, n_p)
    form = shape.shapes
    chosen = form.isolated.copy()
    for star, centre, other in ((form.gold_star, g, p), (form.pred_star, p, g)):
        idx = np.flatnonzero(star)
        if len(idx):
            keys = tuple(k[idx] for k in rank)
            chosen[idx[first_per_group(centre[idx], *keys, other[idx])]] = True
    for idx, rows, cols in shape.components():
        picked = solve_max_weight(shape.row[idx], shape.col[idx], rows, cols, weight(idx, min(rows, cols)))
        chosen[idx[picked]] = True
    return chosen
