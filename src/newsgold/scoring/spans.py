"""Mentions as columns: the input of the scoring core.

A ``SpanTable`` holds one row per mention: document index, start, end (end exclusive) and
category index, with the document ids and category names it indexes into. Offsets can be
characters (records) or tokens (tag sequences); the core only compares them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from newsgold.records import Record
from newsgold.scoring.errors import ScoringError, listing


@dataclass(frozen=True)
class SpanTable:
    doc: np.ndarray
    start: np.ndarray
    end: np.ndarray
    label: np.ndarray
    docs: tuple[str, ...]
    labels: tuple[str, ...]

    def __len__(self) -> int:
        return len(self.start)

    @classmethod
    def from_arrays(
        cls,
        doc: Sequence[int] | np.ndarray,
        start: Sequence[int] | np.ndarray,
        end: Sequence[int] | np.ndarray,
        label: Sequence[int] | np.ndarray,
        docs: Sequence[str],
        labels: Sequence[str],
    ) -> SpanTable:
        """Build from parallel arrays of indices into ``docs`` and ``labels``; checks shapes and ranges."""
        arrays = [np.asarray(a, dtype=np.int64).reshape(-1) for a in (doc, start, end, label)]
        if len({len(a) for a in arrays}) != 1:
            raise ScoringError(f"doc, start, end and label differ in length: {[len(a) for a in arrays]}")
        table = cls(*arrays, tuple(docs), tuple(labels))
        table.check()
        return table

    def check(self) -> None:
        n = len(self)
        if n == 0:
            return
        bad = np.flatnonzero(self.end <= self.start)
        if len(bad):
            i = int(bad[0])
            raise ScoringError(
                f"{len(bad)} empty or reversed span(s), e.g. [{self.start[i]}, {self.end[i]}) "
                f"in document {self.docs[self.doc[i]] if 0 <= self.doc[i] < len(self.docs) else self.doc[i]}; "
                "expected start < end"
            )
        if self.start.min() < 0:
            raise ScoringError("negative offsets; expected offsets >= 0")
        if self.doc.min() < 0 or self.doc.max() >= len(self.docs):
            raise ScoringError(f"document index out of range 0..{len(self.docs) - 1}")
        if self.label.min() < 0 or self.label.max() >= len(self.labels):
            raise ScoringError(f"label index out of range 0..{len(self.labels) - 1}")

    def take(self, rows: np.ndarray) -> SpanTable:
        return SpanTable(self.doc[rows], self.start[rows], self.end[rows], self.label[rows], self.docs, self.labels)

    def with_start(self, start: np.ndarray) -> SpanTable:
        return SpanTable(self.doc, start, self.end, self.label, self.docs, self.labels)

    def relabel(self, labels: Sequence[str]) -> SpanTable:
        """The same mentions indexed into a larger category list ``labels``."""
        labels = tuple(labels)
        if labels == self.labels:
            return self
        position = {name: i for i, name in enumerate(labels)}
        missing = [name for name in self.labels if name not in position]
        if missing:
            raise ScoringError(f"categories {listing(missing)} are not in the category list")
        remap = np.array([position[name] for name in self.labels], dtype=np.int64)
        label = remap[self.label] if len(self.labels) else self.label
        return SpanTable(self.doc, self.start, self.end, label, self.docs, labels)


def canonical_order(table: SpanTable) -> np.ndarray | None:
    """Row order sorted by (doc, start, end, label); None when the table is already in that order."""
    d, s, e, lab = table.doc, table.start, table.end, table.label
    if len(d) < 2:
        return None
    dd, ds, de, dl = d[1:] - d[:-1], s[1:] - s[:-1], e[1:] - e[:-1], lab[1:] - lab[:-1]
    ok = (dd > 0) | ((dd == 0) & ((ds > 0) | ((ds == 0) & ((de > 0) | ((de == 0) & (dl >= 0))))))
    if ok.all():
        return None
    return np.lexsort((lab, e, s, d))


@dataclass(frozen=True)
class RecordSpans:
    """Gold and predicted mentions of a list of records, on shared documents and categories."""

    gold: SpanTable
    pred: SpanTable
    gold_text: list[str | None]
    pred_text: list[str | None]
    gold_item: np.ndarray
    pred_item: np.ndarray


def _layer(record: Record, side: str) -> tuple:
    if record.entities is None:
        hint = "" if side == "gold" else "; give an empty list for 'no entities found'"
        raise ScoringError(f"{side} record for document {record.doc_id} has no entities layer{hint}")
    return record.entities


def _columns(records: Sequence[Record], doc_index: Mapping[str, int], side: str):
    layers = [_layer(r, side) for r in records]
    counts = np.fromiter((len(layer) for layer in layers), np.int64, len(layers))
    entities = [e for layer in layers for e in layer]
    n = len(entities)
    doc = np.repeat(np.fromiter((doc_index[r.doc_id] for r in records), np.int64, len(records)), counts)
    start = np.fromiter((e.start for e in entities), np.int64, n)
    end = np.fromiter((e.end for e in entities), np.int64, n)
    names = [e.label for e in entities]
    item = np.arange(n, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return doc, start, end, names, entities, item


def _duplicates(records: Sequence[Record]) -> list[str]:
    seen: set[str] = set()
    dup = []
    for r in records:
        if r.doc_id in seen:
            dup.append(r.doc_id)
        seen.add(r.doc_id)
    return dup


def spans_from_records(
    gold: Sequence[Record],
    pred: Sequence[Record],
    missing: str = "error",
    labels: Sequence[str] | None = None,
) -> RecordSpans:
    """Columns of the entity layers of gold and prediction records.

    Documents follow the gold records' order. A prediction for a document not in gold is an
    error; a gold document without a prediction record is an error (``missing="error"``) or
    scored as predicting nothing (``missing="empty"``). Categories are ``labels`` if given,
    else the sorted union of labels found on either side.
    """
    if missing not in ("error", "empty"):
        raise ScoringError(f"missing={missing!r}: expected 'error' or 'empty'")
    for side, records in (("gold", gold), ("prediction", pred)):
        dup = _duplicates(records)
        if dup:
            raise ScoringError(f"{side} has more than one record for document(s) {listing(dup)}")
    docs = tuple(r.doc_id for r in gold)
    doc_index = {d: i for i, d in enumerate(docs)}
    unknown = [r.doc_id for r in pred if r.doc_id not in doc_index]
    if unknown:
        raise ScoringError(f"predictions for document(s) not in gold: {listing(unknown)}")
    predicted = {r.doc_id for r in pred}
    absent = [d for d in docs if d not in predicted]
    if absent and missing == "error":
        raise ScoringError(
            f"no prediction record for gold document(s) {listing(absent)}; "
            "pass missing='empty' (CLI: --missing empty) to score them as predicting nothing"
        )
    g_doc, g_start, g_end, g_names, g_ents, g_item = _columns(gold, doc_index, "gold")
    p_doc, p_start, p_end, p_names, p_ents, p_item = _columns(pred, doc_index, "prediction")
    found = set(g_names) | set(p_names)
    if labels is None:
        categories = tuple(sorted(found))
    else:
        categories = tuple(labels)
        extra = sorted(found - set(categories))
        if extra:
            raise ScoringError(f"labels {listing(extra)} occur in the data but not in the category list")
    position = {name: i for i, name in enumerate(categories)}
    g_label = np.fromiter(map(position.__getitem__, g_names), np.int64, len(g_names))
    p_label = np.fromiter(map(position.__getitem__, p_names), np.int64, len(p_names))
    gold_table = SpanTable(g_doc, g_start, g_end, g_label, docs, categories)
    pred_table = SpanTable(p_doc, p_start, p_end, p_label, docs, categories)
    gold_table.check()
    pred_table.check()
    return RecordSpans(
        gold_table,
        pred_table,
        [e.text for e in g_ents],
        [e.text for e in p_ents],
        g_item,
        p_item,
    )


def determiner_pattern(words: Sequence[str]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})\s+", re.IGNORECASE)


def strip_determiners(
    table: SpanTable, texts: Sequence[str | None], words: Sequence[str]
) -> np.ndarray:
    """Starts moved past a leading determiner (and the space after it).

    ``texts`` holds each mention's surface text. A span that is nothing but the determiner
    keeps its start.
    """
    pattern = determiner_pattern(words)
    start = table.start.copy()
    for i, text in enumerate(texts):
        if text is None:
            continue
        m = pattern.match(text)
        if m and m.end() < len(text):
            start[i] += m.end()
    return start
