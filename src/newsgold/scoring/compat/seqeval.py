"""seqeval 1.2.2 profile: ``classification_report(..., output_dict=True)``, number for number.

seqeval keeps entities in sets keyed by (sentence, start, end, type), so duplicates
collapse; per-type precision, recall and F1 come from those counts with seqeval's own
arithmetic (``zero_division`` "warn" acts as 0, without the warning); macro and weighted
averages run over the types found in gold or predictions.

Default mode and strict mode differ only in how tags are read into chunks (see
``newsgold.scoring.bio``). Records are first converted to IOB2 tags (see
``newsgold.scoring.tokens`` for the tokenisation and alignment policy); such tags are well
formed, so both modes give the same numbers on them.
"""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from typing import Any

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.scoring.bio import decode, to_iob2
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.matching import match_spans
from newsgold.scoring.spans import SpanTable, canonical_order
from newsgold.scoring.tokens import token_spans


def unique_rows(table: SpanTable) -> SpanTable:
    """The table as a set: identical (doc, start, end, label) rows kept once."""
    if len(table) < 2:
        return table
    order = canonical_order(table)
    t = table if order is None else table.take(order)
    dup = (
        (t.doc[1:] == t.doc[:-1]) & (t.start[1:] == t.start[:-1])
        & (t.end[1:] == t.end[:-1]) & (t.label[1:] == t.label[:-1])
    )
    if not dup.any():
        return t
    return t.take(np.flatnonzero(np.concatenate([[True], ~dup])))


def type_counts(gold: SpanTable, pred: SpanTable) -> tuple[list[str], np.ndarray, np.ndarray, np.ndarray]:
    """(sorted type names present, tp, predicted, true) with set semantics and strict matching."""
    labels = tuple(sorted(set(gold.labels) | set(pred.labels)))
    gold, pred = unique_rows(gold.relabel(labels)), unique_rows(pred.relabel(labels))
    m = match_spans(gold, pred, "strict")
    n = len(labels)
    tp = np.bincount(gold.label[m.gold_credit == 2], minlength=n)
    true = np.bincount(gold.label, minlength=n)
    predicted = np.bincount(pred.label, minlength=n)
    present = np.flatnonzero((true > 0) | (predicted > 0))
    return [labels[i] for i in present], tp[present], predicted[present], true[present]


def _divide(numerator: np.ndarray, denominator: np.ndarray, zero_division: Any) -> np.ndarray:
    mask = denominator == 0.0
    denominator = denominator.copy()
    denominator[mask] = 1
    result = numerator / denominator
    result[mask] = 0.0 if zero_division in ["warn", 0] else 1.0
    return result


def prfs(tp: np.ndarray, predicted: np.ndarray, true: np.ndarray, average: str | None, zero_division: Any = "warn"):
    """seqeval's ``_precision_recall_fscore_support`` arithmetic on per-type counts."""
    if average == "micro":
        tp, predicted, true = np.array([tp.sum()]), np.array([predicted.sum()]), np.array([true.sum()])
    beta2 = 1.0 ** 2
    precision = _divide(tp, predicted, zero_division)
    recall = _divide(tp, true, zero_division)
    denom = beta2 * precision + recall
    denom[denom == 0.0] = 1
    f_score = (1 + beta2) * precision * recall / denom
    weights = None
    if average == "weighted":
        weights = true
        if weights.sum() == 0:
            value = 0.0 if zero_division in ["warn", 0] else 1.0
            return (value if predicted.sum() == 0 else 0.0, value,
                    value if predicted.sum() == 0 else 0.0, sum(true))
    if average is not None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # the mean of no types is nan, as in seqeval
            precision = np.average(precision, weights=weights)
            recall = np.average(recall, weights=weights)
            f_score = np.average(f_score, weights=weights)
        true = sum(true)
    return precision, recall, f_score, true


def seqeval_report(gold: SpanTable, pred: SpanTable, zero_division: Any = "warn") -> dict[str, dict[str, Any]]:
    """``classification_report(output_dict=True)`` from token spans (sequence index = document index)."""
    if zero_division not in ("warn", 0, 1):
        raise ScoringError(f"zero_division={zero_division!r}: seqeval accepts 'warn', 0 or 1")
    names, tp, predicted, true = type_counts(gold, pred)
    report: dict[str, dict[str, Any]] = {}
    p, r, f, s = prfs(tp, predicted, true, None, zero_division)
    for i, name in enumerate(names):
        report[name] = {"precision": p[i], "recall": r[i], "f1-score": f[i], "support": s[i]}
    for average in ("micro", "macro", "weighted"):
        p, r, f, s = prfs(tp, predicted, true, average, zero_division)
        report[f"{average} avg"] = {"precision": p, "recall": r, "f1-score": f, "support": s}
    return report


def seqeval_from_tags(
    y_true: Sequence[Sequence[str]],
    y_pred: Sequence[Sequence[str]],
    mode: str | None = None,
    zero_division: Any = "warn",
) -> dict[str, dict[str, Any]]:
    """The report for tag sequences; ``mode=None`` is seqeval's default, ``"strict"`` is strict IOB2."""
    if mode not in (None, "default", "strict"):
        raise ScoringError(f"mode={mode!r}: expected None (default) or 'strict' (IOB2)")
    if len(y_true) != len(y_pred) or any(len(a) != len(b) for a, b in zip(y_true, y_pred)):
        raise ScoringError("gold and predicted tag sequences differ in number or length")
    rules = "iob2" if mode == "strict" else "seqeval"
    return seqeval_report(decode(y_true, rules), decode(y_pred, rules), zero_division)


def iob2_from_records(
    gold: Sequence[Record], pred: Sequence[Record], corpus: Corpus, missing: str = "error"
) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """(tokens, gold tags, predicted tags) per corpus sentence, as one would feed seqeval."""
    spans = token_spans(gold, pred, corpus, by="sentence", missing=missing)
    return spans.words, to_iob2(spans.gold, spans.lengths), to_iob2(spans.pred, spans.lengths)


def seqeval_from_records(
    gold: Sequence[Record],
    pred: Sequence[Record],
    corpus: Corpus,
    mode: str | None = None,
    zero_division: Any = "warn",
    missing: str = "error",
) -> dict[str, dict[str, Any]]:
    """seqeval's report for records, through IOB2 tags per corpus sentence."""
    _, y_true, y_pred = iob2_from_records(gold, pred, corpus, missing)
    return seqeval_from_tags(y_true, y_pred, mode, zero_division)
