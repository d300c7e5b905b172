"""Per-item outcomes: what became of each gold item (and each wrong prediction) in one run.

The gate keys every item by its document, span and label (plus the slot it fills: the
event type or gold event of an argument, the holder and target of a stance), so that two
runs on the same gold can be compared item by item: "correct in the baseline, wrong now".

An ``Item`` says where the item is in the document text, so that a listing can show it in
context; the stored baseline keeps only ``key -> outcome``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from newsgold.records import Record, Stance
from newsgold.scoring.matching import OUTCOMES
from newsgold.scoring.result import EntityScore

CORRECT = "correct"


@dataclass(frozen=True)
class Item:
    """One gold item or prediction: its document, the span shown in context, its label, its outcome."""

    key: str
    doc_id: str | None
    start: int | None
    end: int | None
    label: str
    outcome: str
    text: str | None = None
    note: str | None = None


def outcome_name(outcome: int, credit: int) -> str:
    """``correct`` for full credit (whatever the relation), else the error class."""
    if credit == 2:
        return CORRECT
    name = OUTCOMES[outcome]
    return f"{name} (half credit)" if credit == 1 else name


def _unique(keys: Sequence[str]) -> list[str]:
    """Keys made unique: a repeated key gets ``#2``, ``#3``... in row order."""
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}#{seen[key]}")
    return out


_UNMATCHED = re.compile(r"#unmatched-\d+$")


def span_items(
    score: EntityScore,
    side: str,
    docs: Sequence[str] | None = None,
    texts: Mapping[str, str] | None = None,
    errors_only: bool = False,
) -> list[Item]:
    """Items of one side (``gold`` or ``pred``) of a span score, in row order.

    ``docs`` gives each row's document when the table's groups are not documents (event
    arguments are grouped by event); by default the group is the document.
    """
    table = score.gold if side == "gold" else score.pred
    m = score.matching
    outcome = m.gold_outcome if side == "gold" else m.pred_outcome
    credit = m.gold_credit if side == "gold" else m.pred_credit
    groups = [_UNMATCHED.sub("#unmatched", table.docs[d]) for d in table.doc.tolist()]
    if docs is None:
        docs = [table.docs[d] for d in table.doc.tolist()]
    elif len(docs) != len(table):  # not the scorer's row order: list without context
        docs = [None] * len(table)
    labels = [table.labels[i] for i in table.label.tolist()]
    starts, ends = table.start.tolist(), table.end.tolist()
    keys = _unique([f"{g}|{s}-{e}|{lab}" for g, s, e, lab in zip(groups, starts, ends, labels)])
    items = []
    for i, key in enumerate(keys):
        if errors_only and credit[i] == 2:
            continue
        doc_text = (texts or {}).get(docs[i]) if docs[i] is not None else None
        items.append(Item(
            key, docs[i], starts[i], ends[i], labels[i], outcome_name(int(outcome[i]), int(credit[i])),
            doc_text[starts[i]:ends[i]] if doc_text is not None else None,
            None if groups[i] == docs[i] else groups[i],
        ))
    return items


def event_docs(records: Sequence[Record], arguments: bool) -> list[str]:
    """The document of each trigger (or argument) row, in the order the event scorer reads them."""
    if arguments:
        return [r.doc_id for r in records for e in r.events or () for _ in e.arguments]
    return [r.doc_id for r in records for _ in r.events or ()]


def stance_anchor(stance: Stance, record: Record) -> tuple[int, int] | None:
    """The span a stance is shown at: its evidence, else its holder, else its target."""
    if stance.evidence is not None:
        return stance.evidence.start, stance.evidence.end
    if stance.holder.span is not None:
        return stance.holder.span.start, stance.holder.span.end
    if stance.target_kind == "event":
        for e in record.events or ():
            if e.id == stance.target_id:
                return e.trigger.start, e.trigger.end
    for e in record.entities or ():
        if e.id == stance.target_id:
            return e.start, e.end
    return None


def stance_rows(gold: Sequence[Record], pred: Sequence[Record] | None = None) -> list[tuple[str, Stance, Record]]:
    """(document, stance, record) per stance row, in the order the stance scorer reads them.

    Gold rows follow the gold records; prediction rows follow the gold documents too.
    """
    if pred is None:
        return [(r.doc_id, s, r) for r in gold for s in r.stances or ()]
    by_doc = {r.doc_id: r for r in pred}
    return [(r.doc_id, s, by_doc[r.doc_id]) for r in gold if r.doc_id in by_doc for s in by_doc[r.doc_id].stances or ()]


def _stance_text(stance: Stance, record: Record, text: str | None) -> str:
    holder = "the author" if stance.holder.span is None else (
        stance.holder.span.text or (text[stance.holder.span.start:stance.holder.span.end] if text else "?"))
    target = stance.target_id
    for e in (record.events or ()) if stance.target_kind == "event" else (record.entities or ()):
        if e.id == stance.target_id:
            span = e.trigger if stance.target_kind == "event" else e.span
            target = span.text or (text[span.start:span.end] if text else target)
    return f"{holder} → {target}"


def stance_items(
    score: EntityScore,
    side: str,
    rows: Sequence[tuple[str, Stance, Record]],
    texts: Mapping[str, str] | None,
    errors_only: bool = False,
) -> list[Item]:
    """Items of the stance extraction score; keyed by (document, holder, target) and label."""
    table = score.gold if side == "gold" else score.pred
    m = score.matching
    outcome = m.gold_outcome if side == "gold" else m.pred_outcome
    credit = m.gold_credit if side == "gold" else m.pred_credit
    groups = [_UNMATCHED.sub("#unmatched", table.docs[d]) for d in table.doc.tolist()]
    labels = [table.labels[i] for i in table.label.tolist()]
    keys = _unique([f"{g}|{lab}" for g, lab in zip(groups, labels)])
    aligned = len(rows) == len(table)
    items = []
    for i, key in enumerate(keys):
        if errors_only and credit[i] == 2:
            continue
        doc_id, start, end, shown = None, None, None, None
        if aligned:
            doc_id, stance, record = rows[i]
            text = (texts or {}).get(doc_id)
            anchor = stance_anchor(stance, record)
            start, end = anchor if anchor else (None, None)
            shown = _stance_text(stance, record, text)
        name = outcome_name(int(outcome[i]), int(credit[i])).replace("wrong type", "wrong label")
        items.append(Item(key, doc_id, start, end, labels[i], name, shown, groups[i]))
    return items


def classification_items(
    groups: Sequence[str],
    gold_labels: Sequence[str],
    pred_labels: Sequence[str],
    given: Sequence[bool],
    rows: Sequence[tuple[str, Stance, Record]],
    texts: Mapping[str, str] | None,
) -> list[Item]:
    """Items of stance classification: one per gold (holder, target) pair."""
    keys = _unique([f"{g}|{lab}" for g, lab in zip(groups, gold_labels)])
    aligned = len(rows) == len(keys)
    items = []
    for i, key in enumerate(keys):
        ok = gold_labels[i] == pred_labels[i]
        outcome = CORRECT if ok else (f"labelled {pred_labels[i]}" if given[i] else f"not labelled ({pred_labels[i]})")
        doc_id, start, end, shown = None, None, None, None
        if aligned:
            doc_id, stance, record = rows[i]
            anchor = stance_anchor(stance, record)
            start, end = anchor if anchor else (None, None)
            shown = _stance_text(stance, record, (texts or {}).get(doc_id))
        items.append(Item(key, doc_id, start, end, gold_labels[i], outcome, shown, groups[i] if i < len(groups) else None))
    return items


def outcomes(items: Sequence[Item]) -> dict[str, str]:
    return {item.key: item.outcome for item in items}

