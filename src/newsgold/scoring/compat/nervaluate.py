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

from newsgold.scoring.assignment import Structure, assign, first_per_group, structure
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


def _classify(scheme: str, pairs: Pairs) -> np.ndarray:
    if scheme == "strict":
        return (~(pairs.same_span & pairs.same_label)).astype(np.int64)
    if scheme == "exact":
        return (~pairs.same_span).astype(np.int64)
    if scheme == "partial":
        return np.where(pairs.same_span, COR, PAR)
    return (~pairs.same_label).astype(np.int64)


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


def _greedy(scheme: str, pairs: Pairs, shape: Structure, distance: np.ndarray) -> np.ndarray:
    form = shape.shapes
    chosen = form.isolated.copy()
    idx = np.flatnonzero(form.gold_star)
    chosen[idx[first_per_group(pairs.g[idx], pairs.p[idx])]] = True
    hit = pairs.same_span & pairs.same_label if scheme == "strict" else pairs.same_span
    idx = np.flatnonzero(form.pred_star)
    if scheme == "ent_type":
        keys = (~pairs.same_label[idx], np.where(pairs.same_label[idx], distance[idx], 0))
    else:
        keys = (~hit[idx],)
    chosen[idx[first_per_group(pairs.p[idx], *keys, pairs.g[idx])]] = True
    for idx, _, _ in shape.components():
        picked = _greedy_component(
            scheme, shape.row[idx].tolist(), shape.col[idx].tolist(), hit[idx].tolist(),
            pairs.same_label[idx].tolist(), distance[idx].tolist(),
        )
        chosen[idx[picked]] = True
    return chosen


def _optimal(scheme: str, pairs: Pairs, shape: Structure) -> np.ndarray:
    kind = _classify(scheme, pairs)
    gain = np.where(kind == COR, 2, np.where(kind == PAR, 1, 0)).astype(np.float64)
    quality = 4.0 * pairs.same_span + 2.0 * pairs.same_label
    return assign(pairs.g, pairs.p, 0, 0, (-gain, -quality),
                  lambda i, m: tier_weights(gain[i], quality[i], m), shape)


def _run(scheme: str, pairs: Pairs, shape: Structure, gold: SpanTable, pred: SpanTable,
         distance: np.ndarray, matching: str, totals: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Rows COR, INC, PAR (by gold label), MIS (by gold label), SPU (by predicted label)."""
    n_labels = len(totals[0])
    if matching == "greedy":
        chosen = _greedy(scheme, pairs, shape, distance)
    else:
        chosen = _optimal(scheme, pairs, shape)
    g, p = pairs.g[chosen], pairs.p[chosen]
    label = gold.label[g]
    out = np.zeros((5, n_labels), np.int64)
    code = _classify(scheme, pairs)[chosen] * n_labels + label
    out[:3] = np.bincount(code, minlength=3 * n_labels).reshape(3, n_labels)
    out[3] = totals[0] - np.bincount(label, minlength=n_labels)
    out[4] = totals[1] - np.bincount(pred.label[p], minlength=n_labels)
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
    if len(labels):
        gold = gold.take(np.flatnonzero(keep[gold.label]))
        pred = pred.take(np.flatnonzero(keep[pred.label]))
    g_order, p_order = canonical_order(gold), canonical_order(pred)
    gold = gold if g_order is None else gold.take(g_order)
    pred = pred if p_order is None else pred.take(p_order)
    pct = float(min_overlap_percentage)
    pairs = candidate_pairs(gold, pred, keep=lambda ov, gl, pl: (ov / gl) * 100.0 >= pct)
    distance = np.abs(pred.start[pairs.p] - gold.start[pairs.g]) + np.abs(pred.end[pairs.p] - gold.end[pairs.g])
    n = len(labels)
    same = pairs.select(pairs.same_label)
    used = [i for i in range(n) if keep[i] and ((gold.label == i).any() or (pred.label == i).any())]
    overall: dict[str, SchemeResult] = {}
    entities: dict[str, dict[str, SchemeResult]] = {labels[i]: {} for i in used}
    shape = structure(pairs.g, pairs.p, len(gold), len(pred))
    same_shape = structure(same.g, same.p, len(gold), len(pred))
    same_distance = distance[pairs.same_label]
    totals = np.bincount(gold.label, minlength=n), np.bincount(pred.label, minlength=n)
    for scheme in SCHEMES:
        overall[scheme] = _result(_run(scheme, pairs, shape, gold, pred, distance, matching, totals).sum(axis=1), scheme)
        per_type = _run(scheme, same, same_shape, gold, pred, same_distance, matching, totals)
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
