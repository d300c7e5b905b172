"""One-to-one assignment over candidate pairs.

Most candidate pairs are isolated (the gold and the prediction have no other candidate) and
are matched without search. A star (one mention whose candidates have no other candidate)
keeps its best pair. The remaining pairs, in components where mentions on both sides
compete, are solved together as one sparse maximum-weight matching
(``scipy.sparse.csgraph.min_weight_full_bipartite_matching``), which keeps memory linear
in the number of pairs even for a prediction that overlaps a whole document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Shapes:
    """Which pairs lie in isolated pairs, gold-centred stars, prediction-centred stars, or other components."""

    isolated: np.ndarray
    gold_star: np.ndarray
    pred_star: np.ndarray
    general: np.ndarray


def shapes(g: np.ndarray, p: np.ndarray, n_g: int, n_p: int) -> Shapes:
    n_g = max(n_g, int(g.max(initial=-1)) + 1)
    n_p = max(n_p, int(p.max(initial=-1)) + 1)
    shared_g = np.bincount(g, minlength=n_g)[g] > 1
    shared_p = np.bincount(p, minlength=n_p)[p] > 1
    isolated = ~(shared_g | shared_p)
    # a gold (prediction) is busy if one of its candidates has other candidates too
    busy_g = np.zeros(n_g, bool)
    busy_g[g[shared_p]] = True
    busy_p = np.zeros(n_p, bool)
    busy_p[p[shared_g]] = True
    gold_star = shared_g & ~busy_g[g]
    pred_star = shared_p & ~busy_p[p]
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

    @property
    def largest(self) -> int:
        """The most pairs one matching can hold in any general component."""
        return int(np.minimum(self.rows, self.cols).max(initial=0))


def _local_rank(ids: np.ndarray, component: np.ndarray, count: int) -> np.ndarray:
    order = np.lexsort((ids, component))
    first = np.searchsorted(component[order], np.arange(count))
    rank = np.empty(len(ids), np.int64)
    rank[order] = np.arange(len(ids)) - first[component[order]]
    return rank


def _components(a: np.ndarray, b: np.ndarray, n: int) -> tuple[int, np.ndarray]:
    """Connected components of the undirected graph with edges (a, b) over n nodes."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    return connected_components(coo_matrix((np.ones(len(a), np.int8), (a, b)), shape=(n, n)), directed=False)


def structure(g: np.ndarray, p: np.ndarray, n_g: int, n_p: int) -> Structure:
    form = shapes(g, p, n_g, n_p)
    general = np.flatnonzero(form.general)
    ug, gi = np.unique(g[general], return_inverse=True)
    up, pi = np.unique(p[general], return_inverse=True)
    n = len(ug) + len(up)
    count, label = _components(gi, pi + len(ug), n) if n else (0, np.zeros(0, np.int64))
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


def max_weight_matching(g: np.ndarray, p: np.ndarray, weight: np.ndarray) -> np.ndarray:
    """Positions of the pairs (g, p) in a maximum-weight one-to-one matching (weights > 0).

    Solved as a full matching of a doubled graph: every gold may instead take its own dummy
    column, every prediction its own dummy row, and for each pair the two dummies may pair
    up, so that any partial matching of the real pairs extends to a full one at the same
    weight. Rows and columns are numbered in row order, so the result is deterministic.
    """
    if len(g) == 0:
        return np.zeros(0, np.int64)
    from scipy.sparse import csr_matrix
    from scipy.sparse.csgraph import min_weight_full_bipartite_matching

    rows_g, gi = np.unique(g, return_inverse=True)
    cols_p, pi = np.unique(p, return_inverse=True)
    n_g, n_p = len(rows_g), len(cols_p)
    offset = 1.0  # keeps every stored weight non-zero
    r = np.concatenate([gi, np.arange(n_g), n_g + np.arange(n_p), n_g + pi])
    c = np.concatenate([pi, n_p + np.arange(n_g), np.arange(n_p), n_p + gi])
    v = np.concatenate([weight + offset, np.full(n_g + n_p + len(g), offset)])
    graph = csr_matrix((v, (r, c)), shape=(n_g + n_p, n_p + n_g))
    row_ind, col_ind = min_weight_full_bipartite_matching(graph, maximize=True)
    real = (row_ind < n_g) & (col_ind < n_p)
    key = gi * n_p + pi
    order = np.argsort(key)
    return order[np.searchsorted(key[order], row_ind[real] * n_p + col_ind[real])]


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
    pair; ``weight(pair_indices, m)`` gives positive weights to maximise where at most ``m``
    pairs of a component can be chosen. Both must express the same preference.
    """
    shape = shape or structure(g, p, n_g, n_p)
    form = shape.shapes
    chosen = form.isolated.copy()
    for star, centre, other in ((form.gold_star, g, p), (form.pred_star, p, g)):
        idx = np.flatnonzero(star)
        if len(idx):
            keys = tuple(k[idx] for k in rank)
            chosen[idx[first_per_group(centre[idx], *keys, other[idx])]] = True
    idx = shape.order
    if len(idx):
        picked = max_weight_matching(g[idx], p[idx], weight(idx, shape.largest))
        chosen[idx[picked]] = True
    return chosen
