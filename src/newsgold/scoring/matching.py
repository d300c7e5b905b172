"""Order-independent one-to-one matching of gold and predicted mentions, per scoring mode.

Candidates are pairs of overlapping spans in the same document (at least ``min_overlap`` of
the gold span covered). The assignment maximises, in this order:

1. the total credit of the mode (see ``MODES``; a half-credit counts half);
2. the number of matched pairs, so that leftover errors are reported as type or boundary
   errors rather than as a miss plus a spurious prediction;
3. the sum over matched pairs of ``4 * same span + 2 * same type + IoU``: an exact span is
   preferred, then the same type, then the larger overlap.

Remaining ties go to the earliest mentions in (document, start, end, label) order, for gold
and predictions alike; the input order of the mentions never matters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum

import numpy as np

from newsgold.scoring.assignment import assign
from newsgold.scoring.candidates import candidate_pairs
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.spans import SpanTable, canonical_order

MODES: dict[str, str] = {
    "strict": "span and type must both match",
    "exact": "span must match; the type is ignored",
    "partial": "exact span: full credit; overlapping span: half credit; the type is ignored (SemEval-2013)",
    "type": "spans must overlap and the type must match",
}


class Outcome(IntEnum):
    CORRECT = 0
    WRONG_TYPE = 1
    WRONG_BOUNDARY = 2
    WRONG_TYPE_AND_BOUNDARY = 3
    MISSED = 4
    SPURIOUS = 5


OUTCOMES = ("correct", "wrong type", "wrong boundary", "wrong type and boundary", "missed", "spurious")


def check_mode(mode: str) -> str:
    if mode not in MODES:
        raise ScoringError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")
    return mode


def check_min_overlap(min_overlap: float) -> float:
    if not 0.0 <= min_overlap <= 1.0:
        raise ScoringError(
            f"min_overlap={min_overlap}: expected a fraction of the gold span between 0 and 1"
        )
    return float(min_overlap)


def credit(mode: str, same_span: np.ndarray, same_label: np.ndarray) -> np.ndarray:
    """Credit of a matched pair in half units: 2 = full, 1 = half, 0 = none."""
    if mode == "strict":
        full = same_span & same_label
    elif mode == "exact":
        full = same_span
    elif mode == "type":
        full = same_label
    else:
        return np.where(same_span, 2, 1).astype(np.int8)
    return np.where(full, 2, 0).astype(np.int8)


def relation(same_span: np.ndarray, same_label: np.ndarray) -> np.ndarray:
    return (np.where(same_label, 0, 1) + np.where(same_span, 0, 2)).astype(np.int8)


@dataclass(frozen=True)
class Matching:
    """Result of matching, in the row order of the tables that were passed in.

    ``gold_match[i]`` is the prediction row matched to gold row ``i`` (or -1); credits are in
    half units (2 = full credit, 1 = half credit).
    """

    gold_match: np.ndarray
    pred_match: np.ndarray
    gold_outcome: np.ndarray
    pred_outcome: np.ndarray
    gold_credit: np.ndarray
    pred_credit: np.ndarray

    @property
    def pairs(self) -> tuple[np.ndarray, np.ndarray]:
        """(gold rows, pred rows) of the matched pairs."""
        g = np.flatnonzero(self.gold_match >= 0)
        return g, self.gold_match[g]


def overlap_filter(min_overlap: float):
    if min_overlap <= 0.0:
        return None
    return lambda overlap, gold_len, pred_len: overlap / gold_len >= min_overlap


def _sorted(table: SpanTable) -> tuple[SpanTable, np.ndarray | None]:
    order = canonical_order(table)
    return (table, None) if order is None else (table.take(order), order)


def tier_weights(gain: np.ndarray, quality: np.ndarray, m: int) -> np.ndarray:
    """Weights whose sum over at most ``m`` pairs orders assignments by gain, then size, then quality (< 8)."""
    k1 = 8.0 * (m + 1)
    k2 = (m + 1) * (k1 + 8.0)
    return gain * k2 + k1 + quality


def match_spans(
    gold: SpanTable,
    pred: SpanTable,
    mode: str = "strict",
    min_overlap: float = 0.0,
    compatible: np.ndarray | None = None,
) -> Matching:
    """Match gold and predicted mentions one to one (see the module docstring for the objective)."""
    check_mode(mode)
    min_overlap = check_min_overlap(min_overlap)
    if gold.labels != pred.labels or gold.docs != pred.docs:
        raise ScoringError("gold and predictions must index the same documents and categories")
    gs, g_order = _sorted(gold)
    ps, p_order = _sorted(pred)
    pairs = candidate_pairs(gs, ps, compatible, overlap_filter(min_overlap))
    gain = credit(mode, pairs.same_span, pairs.same_label)
    union = (gs.end[pairs.g] - gs.start[pairs.g]) + (ps.end[pairs.p] - ps.start[pairs.p]) - pairs.overlap
    quality = 4.0 * pairs.same_span + 2.0 * pairs.same_label + pairs.overlap / np.maximum(union, 1)
    chosen = assign(
        pairs.g,
        pairs.p,
        len(gs),
        len(ps),
        (-gain, -quality),
        lambda idx, m: tier_weights(gain[idx], quality[idx], m),
    )
    mg, mp = pairs.g[chosen], pairs.p[chosen]
    kind = relation(pairs.same_span[chosen], pairs.same_label[chosen])
    got = gain[chosen]
    if g_order is not None:
        mg = g_order[mg]
    if p_order is not None:
        mp = p_order[mp]
    gold_match = np.full(len(gold), -1, np.int64)
    pred_match = np.full(len(pred), -1, np.int64)
    gold_match[mg] = mp
    pred_match[mp] = mg
    gold_outcome = np.full(len(gold), Outcome.MISSED, np.int8)
    pred_outcome = np.full(len(pred), Outcome.SPURIOUS, np.int8)
    gold_outcome[mg] = kind
    pred_outcome[mp] = kind
    gold_credit = np.zeros(len(gold), np.int8)
    pred_credit = np.zeros(len(pred), np.int8)
    gold_credit[mg] = got
    pred_credit[mp] = got
    return Matching(gold_match, pred_match, gold_outcome, pred_outcome, gold_credit, pred_credit)
