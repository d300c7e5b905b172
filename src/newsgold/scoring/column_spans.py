"""``spans_from_records`` for records held as columns: the same tables, checks and messages,
from arrays instead of a million ``Entity`` objects."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsgold.record_columns import EntityRows, RecordColumns
from newsgold.scoring.errors import ScoringError, listing
from newsgold.scoring.spans import RecordSpans, SpanTable, _duplicates


def _no_layer(records: RecordColumns, side: str) -> None:
    from msgspec import UNSET

    absent = next((r.doc_id for r in records.records if r.entities is UNSET), None)
    if absent is not None:
        hint = "" if side == "gold" else "; give an empty list for 'no entities found'"
        raise ScoringError(f"{side} record for document {absent} has no entities layer{hint}")


def _item(counts: np.ndarray) -> np.ndarray:
    n = int(counts.sum())
    return np.arange(n, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)


def spans_from_columns(
    gold: RecordColumns,
    pred: RecordColumns,
    missing: str = "error",
    labels: Sequence[str] | None = None,
) -> RecordSpans:
    """See ``newsgold.scoring.spans.spans_from_records``."""
    if missing not in ("error", "empty"):
        raise ScoringError(f"missing={missing!r}: expected 'error' or 'empty'")
    docs = gold.doc_ids
    for side, ids in (("gold", list(docs)), ("prediction", list(pred.doc_ids))):
        dup = _duplicates(ids)
        if dup:
            raise ScoringError(f"{side} has more than one record for document(s) {listing(dup)}")
    doc_index = dict(zip(docs, range(len(docs))))
    unknown = [d for d in pred.doc_ids if d not in doc_index]
    if unknown:
        raise ScoringError(f"predictions for document(s) not in gold: {listing(unknown)}")
    if len(pred) < len(docs) and missing == "error":
        predicted = set(pred.doc_ids)
        absent = [d for d in docs if d not in predicted]
        raise ScoringError(
            f"no prediction record for gold document(s) {listing(absent)}; "
            "pass missing='empty' (CLI: --missing empty) to score them as predicting nothing"
        )
    _no_layer(gold, "gold")
    _no_layer(pred, "prediction")
    found = set(gold.labels) | set(pred.labels)
    if labels is None:
        categories = tuple(sorted(found))
    else:
        categories = tuple(labels)
        extra = sorted(found - set(categories))
        if extra:
            raise ScoringError(f"labels {listing(extra)} occur in the data but not in the category list")
    position = {name: i for i, name in enumerate(categories)}

    def codes(names: list[str]) -> np.ndarray:
        return np.fromiter(map(position.__getitem__, names), np.int64, len(names))

    pred_doc = np.fromiter(map(doc_index.__getitem__, pred.doc_ids), np.int64, len(pred))[pred.doc]
    gold_table = SpanTable(gold.doc, gold.start, gold.end, codes(gold.labels), docs, categories)
    pred_table = SpanTable(pred_doc, pred.start, pred.end, codes(pred.labels), docs, categories)
    gold_table.check()
    pred_table.check()
    return RecordSpans(gold_table, pred_table, EntityRows(gold.entities), EntityRows(pred.entities),
                       _item(gold.counts), _item(pred.counts))
