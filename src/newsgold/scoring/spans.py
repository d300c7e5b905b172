"""Mentions as columns: the input of the scoring core.

A ``SpanTable`` holds one row per mention: document index, start, end (end exclusive) and
category index, with the document ids and category names it indexes into. Offsets can be
characters (records) or tokens (tag sequences); the core only compares them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from collections import defaultdict
from itertools import chain, count
from operator import attrgetter

import numpy as np

from newsgold.records import Entity, Record
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
    """Gold and predicted mentions of a list of records, on shared documents and categories.

    ``gold_entities[i]`` is the ``Entity`` behind row ``i`` of ``gold`` (likewise for
    predictions), and ``gold_item[i]`` its position in its record's entity layer.
    """

    gold: SpanTable
    pred: SpanTable
    gold_entities: list[Entity]
    pred_entities: list[Entity]
    gold_item: np.ndarray
    pred_item: np.ndarray

    @property
    def gold_text(self) -> list[str | None]:
        return list(map(_TEXT, self.gold_entities))

    @property
    def pred_text(self) -> list[str | None]:
        return list(map(_TEXT, self.pred_entities))


_START, _END, _LABEL, _TEXT, _LAYER, _DOC_ID = (
    attrgetter(name) for name in ("start", "end", "label", "text", "entities", "doc_id")
)


def _layers(records: Sequence[Record], side: str) -> list[tuple[Entity, ...]]:
    layers = list(map(_LAYER, records))
    if None in layers:
        doc_id = records[layers.index(None)].doc_id
        hint = "" if side == "gold" else "; give an empty list for 'no entities found'"
        raise ScoringError(f"{side} record for document {doc_id} has no entities layer{hint}")
    return layers


def _columns(records: Sequence[Record], doc_index: Mapping[str, int], codes: defaultdict, side: str):
    """(doc, start, end, label code in first-seen order, entities, item) of one side."""
    layers = _layers(records, side)
    counts = np.fromiter(map(len, layers), np.int64, len(layers))
    entities = list(chain.from_iterable(layers))
    n = len(entities)
    doc = np.repeat(np.fromiter(map(doc_index.__getitem__, map(_DOC_ID, records)), np.int64, len(records)), counts)
    start = np.fromiter(map(_START, entities), np.int64, n)
    end = np.fromiter(map(_END, entities), np.int64, n)
    code = np.fromiter(map(codes.__getitem__, map(_LABEL, entities)), np.int64, n)
    item = np.arange(n, dtype=np.int64) - np.repeat(np.cumsum(counts) - counts, counts)
    return doc, start, end, code, entities, item


def _duplicates(ids: list[str]) -> list[str]:
    if len(set(ids)) == len(ids):
        return []
    seen: set[str] = set()
    dup = []
    for doc_id in ids:
        if doc_id in seen:
            dup.append(doc_id)
        seen.add(doc_id)
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
    from newsgold.record_columns import RecordColumns

    if isinstance(gold, RecordColumns) and isinstance(pred, RecordColumns):
        from newsgold.scoring.column_spans import spans_from_columns

        return spans_from_columns(gold, pred, missing, labels)
    if missing not in ("error", "empty"):
        raise ScoringError(f"missing={missing!r}: expected 'error' or 'empty'")
    docs = tuple(map(_DOC_ID, gold))
    pred_ids = list(map(_DOC_ID, pred))
    for side, ids in (("gold", list(docs)), ("prediction", pred_ids)):
        dup = _duplicates(ids)
        if dup:
            raise ScoringError(f"{side} has more than one record for document(s) {listing(dup)}")
    doc_index = dict(zip(docs, range(len(docs))))
    unknown = [d for d in pred_ids if d not in doc_index] if not doc_index.keys() >= set(pred_ids) else []
    if unknown:
        raise ScoringError(f"predictions for document(s) not in gold: {listing(unknown)}")
    if len(pred_ids) < len(docs):
        predicted = set(pred_ids)
        absent = [d for d in docs if d not in predicted]
        if missing == "error":
            raise ScoringError(
                f"no prediction record for gold document(s) {listing(absent)}; "
                "pass missing='empty' (CLI: --missing empty) to score them as predicting nothing"
            )
    codes: defaultdict[str, int] = defaultdict(count().__next__)
    g_doc, g_start, g_end, g_code, g_ents, g_item = _columns(gold, doc_index, codes, "gold")
    p_doc, p_start, p_end, p_code, p_ents, p_item = _columns(pred, doc_index, codes, "prediction")
    if labels is None:
        categories = tuple(sorted(codes))
    else:
        categories = tuple(labels)
        extra = sorted(set(codes) - set(categories))
        if extra:
            raise ScoringError(f"labels {listing(extra)} occur in the data but not in the category list")
    position = {name: i for i, name in enumerate(categories)}
    remap = np.array([position[name] for name in codes], dtype=np.int64)
    g_label = remap[g_code] if len(remap) else g_code
    p_label = remap[p_code] if len(remap) else p_code
    gold_table = SpanTable(g_doc, g_start, g_end, g_label, docs, categories)
    pred_table = SpanTable(p_doc, p_start, p_end, p_label, docs, categories)
    gold_table.check()
    pred_table.check()
    return RecordSpans(gold_table, pred_table, g_ents, p_ents, g_item, p_item)


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
