"""nervaluate 1.2.1 profile: ``Evaluator(...).evaluate()`` overall and per-type results.

nervaluate implements the SemEval-2013 9.1 schemes (COR, INC, PAR, MIS, SPU):

- ``strict``: exact span and type is COR, any other overlap INC;
- ``exact``: exact span is COR, any other overlap INC;
- ``partial``: exact span is COR, any other overlap PAR (half credit);
- ``ent_type``: overlap with the same type is COR, with another type INC.

Two spans are compared only if the overlap covers ``min_overlap_percentage`` percent of the
gold span (default 1). Per-type results run each scheme again on the mentions of one type
only, so they do not add up to the overall results: a PERSON gold predicted as ORG is one
INC overall, but one MIS for PERSON and one SPU for ORG.

Matching: nervaluate takes predictions in input order and gives each the first unmatched
gold that qualifies (``ent_type`` prefers the same type with the closest boundaries), so
its counts depend on input order. ``matching="greedy"`` (default) reproduces that procedure
with mentions in (start, end, label) order, which is nervaluate's result for sorted input;
``matching="optimal"`` uses newsgold's order-independent assignment instead. Offsets are
taken as given (end exclusive here; nervaluate's dict input has an inclusive end).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from newsgold.scoring.assignment import assign, first_per_group, structure
from newsgold.scoring.candidates import Pairs, candidate_pairs
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.matching import tier_weights
from newsgold.records import Record
from newsgold.scoring.spans import SpanTable, canonical_order, spans_from_records

SCHEMES = ("strict", "partial", "ent_type", "exact")
COR, INC, PAR = 0, 1, 2


@dataclass
class SchemeResult:
    """The fields of nervaluate's ``EvaluationResult``, computed the same way."""

    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    actual: int = 0
    possible: int = 0

    def compute(self, partial_or_type: bool) -> SchemeResult:
        self.actual = self.correct + self.incorrect + self.partial + self.spurious
        self.possible = self.correct + self.incorrect + self.partial + self.missed
        if partial_or_type:
            precision = (self.correct + 0.5 * self.partial) / self.actual if self.actual > 0 else 0
            recall = (self.correct + 0.5 * self.partial) / self.possible if self.possible > 0 else 0
        else:
            precision = self.correct / self.actual if self.actual > 0 else 0
            recall = self.correct / self.possible if self.possible > 0 else 0
        self.precision = precision
        self.recall = recall
        self.f1 = 2 * (precision * recall) / (precision + recall) if (precision + recall) > 0 else 0
        return self

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class NervaluateResult:
    overall: dict[str, SchemeResult]
    entities: dict[str, dict[str, SchemeResult]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "overall": {s: r.to_dict() for s, r in self.overall.items()},
            "entities": {t: {s: r.to_dict() for s, r in rs.items()} for t, rs in self.entities.items()},
        }


# outcome of a matched pair by relation: same span & type, same span, same type, neither
OUTCOME = {
    "strict": np.array([COR, INC, INC, INC]),
    "exact": np.array([COR, COR, INC, INC]),
    "partial": np.array([COR, COR, PAR, PAR]),
    "ent_type": np.array([COR, INC, COR, INC]),
}


def _greedy_component(scheme: str, row: list[int], col: list[int], hit: list[bool], same: list[bool],
                      distance: list[int]) -> list[int]:
    """nervaluate's loop over one component; pairs sorted by prediction, then gold."""
    matched: set[int] = set()
    chosen = []
    n, k = len(row), 0
    while k < n:
        end = k
        while end < n and col[end] == col[k]:
            end += 1
        pick = None
        if scheme == "ent_type":
            first = None
            for j in range(k, end):
                if row[j] in matched:
                    continue
                if same[j]:
                    if pick is None or distance[j] < distance[pick]:
                        pick = j
                elif first is None:
                    first = j
            pick = first if pick is None else pick
        else:
            for j in range(k, end):
                if row[j] in matched:
                    continue
                if hit[j]:
                    pick = j
                    break
                if pick is None:
                    pick = j
        if pick is not None:
            chosen.append(pick)
            matched.add(row[pick])
        k = end
    return chosen


class _Contest:
    """Candidate pairs of one run (all labels, or same label only) and what every scheme shares.

    ``settled`` adds pairs left out of ``pairs`` because they are isolated in a larger graph
    (then they are isolated here too): their tally by relation and gold label, and by
    predicted label.
    """

    def __init__(self, pairs: Pairs, gold: SpanTable, pred: SpanTable, n_labels: int,
                 settled: tuple[np.ndarray, np.ndarray] | None = None):
        self.pairs, self.n = pairs, n_labels
        self.shape = structure(pairs.g, pairs.p, len(gold), len(pred))
        form = self.shape.shapes
        self.relation = 2 * (~pairs.same_span).astype(np.int64) + (~pairs.same_label)
        self.gold_label, self.pred_label = pairs.g_label, pairs.p_label
        tallies = self.tally(form.isolated.astype(np.int64), 2)
        self.isolated, self.isolated_pred = tallies[0][1], tallies[1][1]
        if settled is not None:
            self.isolated, self.isolated_pred = self.isolated + settled[0], self.isolated_pred + settled[1]
        self._picked: dict[str, np.ndarray] = {}
        self.gold_star = np.flatnonzero(form.gold_star)
        self.pred_star = np.flatnonzero(form.pred_star)
        self.distance = np.zeros(len(pairs), np.int64)
        for idx in (self.pred_star, self.shape.order):
            self.distance[idx] = (np.abs(pred.start[pairs.p[idx]] - gold.start[pairs.g[idx]])
                                  + np.abs(pred.end[pairs.p[idx]] - gold.end[pairs.g[idx]]))
        order = self.shape.order
        same, exact = pairs.same_label[order], pairs.same_span[order]
        self.general = (self.shape.bounds.tolist(), self.shape.row[order].tolist(), self.shape.col[order].tolist(),
                        same.tolist(), (exact & same).tolist(), exact.tolist(), self.distance[order].tolist())

    def tally(self, group: np.ndarray, groups: int) -> tuple[np.ndarray, np.ndarray]:
        """Pairs per group (``group[i]`` in 0..groups-1): by (relation, gold label) and by predicted label."""
        n = self.n
        by_relation = np.bincount((group * 4 + self.relation) * n + self.gold_label, minlength=groups * 4 * n)
        by_pred = np.bincount(group * n + self.pred_label, minlength=groups * n)
        return by_relation.reshape(groups, 4, n), by_pred.reshape(groups, n)

    def greedy(self, scheme: str) -> np.ndarray:
        """Chosen pairs outside isolated ones, as nervaluate's loop picks them.

        ``exact`` and ``partial`` pick alike (an exact span wins, else the first overlap).
        """
        rule = "exact" if scheme == "partial" else scheme
        if rule not in self._picked:
            self._picked[rule] = self._greedy(rule)
        return self._picked[rule]

    def _greedy(self, scheme: str) -> np.ndarray:
        pairs = self.pairs

        def hit(idx):
            return pairs.same_span[idx] & (pairs.same_label[idx] | (scheme != "strict"))

        parts = [self.gold_star[first_per_group(pairs.g[self.gold_star], pairs.p[self.gold_star])]]
        idx = self.pred_star
        if scheme == "ent_type":
            keys = (~pairs.same_label[idx], np.where(pairs.same_label[idx], self.distance[idx], 0))
        else:
            keys = (~hit(idx),)
        parts.append(idx[first_per_group(pairs.p[idx], *keys, pairs.g[idx])])
        bounds, row, col, same, exact_same, exact, distance = self.general
        hits = exact_same if scheme == "strict" else exact
        picked: list[int] = []
        for a, b in zip(bounds[:-1], bounds[1:]):
            picked.extend(a + j for j in _greedy_component(
                scheme, row[a:b], col[a:b], hits[a:b], same[a:b], distance[a:b]))
        parts.append(self.shape.order[np.array(picked, np.int64)])
        return np.concatenate(parts)

    def optimal(self, scheme: str) -> np.ndarray:
        pairs = self.pairs
        gain = np.array([2, 0, 1])[OUTCOME[scheme][self.relation]].astype(np.float64)
        quality = 4.0 * pairs.same_span + 2.0 * pairs.same_label
        chosen = assign(pairs.g, pairs.p, 0, 0, (-gain, -quality),
                        lambda i, m: tier_weights(gain[i], quality[i], m), self.shape)
        return np.flatnonzero(chosen & ~self.shape.shapes.isolated)

    def counts(self, scheme: str, matching: str, totals: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
        """Rows COR, INC, PAR (by gold label), MIS (by gold label), SPU (by predicted label)."""
        n, outcome = self.n, OUTCOME[scheme]
        chosen = self.greedy(scheme) if matching == "greedy" else self.optimal(scheme)
        out = np.zeros((5, n), np.int64)
        for relation in range(4):
            out[outcome[relation]] += self.isolated[relation]
        label = self.gold_label[chosen]
        out[:3] += np.bincount(outcome[self.relation[chosen]] * n + label, minlength=3 * n).reshape(3, n)
        out[3] = totals[0] - self.isolated.sum(axis=0) - np.bincount(label, minlength=n)
        out[4] = totals[1] - self.isolated_pred - np.bincount(self.pred_label[chosen], minlength=n)
        return out


def _result(row: np.ndarray, scheme: str) -> SchemeResult:
    r = SchemeResult(*(int(x) for x in row))
    return r.compute(partial_or_type=scheme in ("partial", "ent_type"))


def nervaluate_scores(
    gold: SpanTable,
    pred: SpanTable,
    tags: Sequence[str] | None = None,
    min_overlap_percentage: float = 1.0,
    matching: str = "greedy",
) -> NervaluateResult:
    """nervaluate's overall and per-type results for mention tables (one document per doc index)."""
    if not 1.0 <= min_overlap_percentage <= 100.0:
        raise ScoringError("min_overlap_percentage must be between 1.0 and 100.0")
    if matching not in ("greedy", "optimal"):
        raise ScoringError(f"matching={matching!r}: expected 'greedy' or 'optimal'")
    labels = tuple(sorted(set(gold.labels) | set(pred.labels)))
    gold, pred = gold.relabel(labels), pred.relabel(labels)
    allowed = set(labels if tags is None else tags)
    keep = np.array([name in allowed for name in labels], bool)
    if len(labels) and not keep.all():
        gold = gold.take(np.flatnonzero(keep[gold.label]))
        pred = pred.take(np.flatnonzero(keep[pred.label]))
    g_order, p_order = canonical_order(gold), canonical_order(pred)
    gold = gold if g_order is None else gold.take(g_order)
    pred = pred if p_order is None else pred.take(p_order)
    pct = float(min_overlap_percentage)
    pairs = candidate_pairs(gold, pred, keep=lambda ov, gl, pl: (ov / gl) * 100.0 >= pct)
    n = len(labels)
    totals = np.bincount(gold.label, minlength=n), np.bincount(pred.label, minlength=n)
    used = [i for i in range(n) if keep[i] and (totals[0][i] or totals[1][i])]
    everything = _Contest(pairs, gold, pred, n)
    isolated = everything.shape.shapes.isolated
    settled = everything.tally((isolated & pairs.same_label).astype(np.int64), 2)
    same_type = _Contest(pairs.select(~isolated & pairs.same_label), gold, pred, n, (settled[0][1], settled[1][1]))
    overall: dict[str, SchemeResult] = {}
    entities: dict[str, dict[str, SchemeResult]] = {labels[i]: {} for i in used}
    for scheme in SCHEMES:
        overall[scheme] = _result(everything.counts(scheme, matching, totals).sum(axis=1), scheme)
        per_type = same_type.counts(scheme, matching, totals)
        for i in used:
            entities[labels[i]][scheme] = _result(per_type[:, i], scheme)
    return NervaluateResult(overall, entities)


def nervaluate_from_records(
    gold: Sequence[Record],
    pred: Sequence[Record],
    tags: Sequence[str] | None = None,
    min_overlap_percentage: float = 1.0,
    matching: str = "greedy",
    missing: str = "error",
) -> NervaluateResult:
    """nervaluate on records' character spans (one nervaluate document per gold record)."""
    spans = spans_from_records(gold, pred, missing=missing)
    return nervaluate_scores(spans.gold, spans.pred, tags, min_overlap_percentage, matching)
