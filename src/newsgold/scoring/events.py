"""Event scoring: triggers, arguments (plain and attached), head or span matching, coreference.

Definitions follow OneIE / DyGIE++ / TextEE, with one-to-one matching instead of sets:

- trigger identification: trigger span; classification: span and event type;
- argument identification: argument span and the event type; classification: + role;
- attached variants: the argument must also hang off the gold event its predicted trigger
  was matched to in trigger classification (TextEE's Arg-I+ / Arg-C+).

Argument matching is ``span`` (exact full span) or ``head`` (the gold head lies inside the
predicted span). With ``coref=True`` a predicted argument whose span is a gold mention of an
entity cluster counts as the gold argument of that cluster in the same slot (WikiEvents'
coreference match). Event attributes are scored by accuracy over matched event pairs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Argument, Event, Record
from newsgold.scoring.entities import score_spans, sentence_units
from newsgold.scoring.errors import ScoringError, listing
from newsgold.scoring.result import EntityScore
from newsgold.scoring.spans import SpanTable

if TYPE_CHECKING:
    from newsgold.scoring.analysis import ErrorRow
    from newsgold.scoring.event_errors import ArgumentError

ARGUMENT_MATCHES = ("span", "head")
ATTRIBUTES = ("polarity", "modality")
NO_VALUE = "(none)"


@dataclass(frozen=True)
class _Item:
    group: str
    start: int
    end: int
    label: str
    unit: int


def paired_records(
    gold: Sequence[Record], pred: Sequence[Record], layer: str, missing: str
) -> tuple[dict[str, Record], dict[str, Record]]:
    """Gold and prediction records by document id, each with ``layer``; precise errors otherwise."""

    def by_doc(records: Sequence[Record], side: str) -> dict[str, Record]:
        out = {}
        for record in records:
            if getattr(record, layer) is None:
                hint = "" if side == "gold" else f"; give an empty list for 'no {layer} found'"
                raise ScoringError(f"{side} record for document {record.doc_id} has no {layer} layer{hint}")
            out[record.doc_id] = record
        return out

    gold_docs = by_doc(gold, "gold")
    unknown = [r.doc_id for r in pred if r.doc_id not in gold_docs]
    if unknown:
        raise ScoringError(f"predictions for document(s) not in gold: {listing(unknown)}")
    pred_docs = by_doc(pred, "prediction")
    absent = [d for d in gold_docs if d not in pred_docs]
    if absent and missing == "error":
        raise ScoringError(
            f"no prediction record for gold document(s) {listing(absent)}; pass missing='empty' "
            "to score them as predicting nothing"
        )
    return gold_docs, pred_docs


def _tables(gold: list[_Item], pred: list[_Item]) -> tuple[SpanTable, SpanTable, np.ndarray, np.ndarray]:
    groups = tuple(sorted({i.group for i in gold} | {i.group for i in pred}))
    labels = tuple(sorted({i.label for i in gold} | {i.label for i in pred}))
    gi, li = {g: k for k, g in enumerate(groups)}, {lab: k for k, lab in enumerate(labels)}

    def table(items: list[_Item]) -> SpanTable:
        return SpanTable.from_arrays(
            [gi[i.group] for i in items], [i.start for i in items], [i.end for i in items],
            [li[i.label] for i in items], groups, labels,
        )

    return (table(gold), table(pred), np.array([i.unit for i in gold], np.int64),
            np.array([i.unit for i in pred], np.int64))


@dataclass(frozen=True, eq=False)
class AttributeScore:
    """Agreement of an event attribute over matched event pairs."""

    name: str
    gold: tuple[str, ...]
    pred: tuple[str, ...]

    @property
    def accuracy(self) -> float:
        if not self.gold:
            return 0.0
        return sum(g == p for g, p in zip(self.gold, self.pred)) / len(self.gold)

    def confusion(self):
        import pandas as pd
        from sklearn.metrics import confusion_matrix

        labels = sorted(set(self.gold) | set(self.pred))
        matrix = confusion_matrix(list(self.gold), list(self.pred), labels=labels)
        return pd.DataFrame(matrix, index=pd.Index(labels, name="gold"), columns=pd.Index(labels, name="predicted"))


@dataclass(frozen=True, eq=False)
class EventScore:
    """All event metrics; each is a span score with per-category rows and count arrays."""

    trigger_identification: EntityScore
    trigger_classification: EntityScore
    argument_identification: EntityScore
    argument_classification: EntityScore
    argument_identification_attached: EntityScore
    argument_classification_attached: EntityScore
    attributes: dict[str, AttributeScore]
    argument_match: str
    coref: bool
    unit: str
    gold_events: tuple[tuple[str, Event], ...] = ()  # (doc id, event) of each row of the trigger tables
    pred_events: tuple[tuple[str, Event], ...] = ()
    texts: Mapping[str, str] | None = field(default=None, repr=False)

    METRICS = (
        "trigger_identification",
        "trigger_classification",
        "argument_identification",
        "argument_classification",
        "argument_identification_attached",
        "argument_classification_attached",
    )

    def metrics(self) -> dict[str, EntityScore]:
        return {name: getattr(self, name) for name in self.METRICS}

    def summary(self) -> dict[str, float]:
        """Micro F1 of every metric, and attribute accuracies."""
        out = {name: score.micro.f1 for name, score in self.metrics().items()}
        out.update({f"{name}_accuracy": a.accuracy for name, a in self.attributes.items()})
        return out

    def trigger_errors(self, width: int = 40) -> list[ErrorRow]:
        """Missed, spurious, mistyped ("wrong type") and boundary errors of triggers, in context."""
        return self.trigger_classification.errors(width)

    def argument_errors(self, width: int = 40) -> list[ArgumentError]:
        """Wrong-role, wrong-boundary, misattached, missed and spurious arguments, in context."""
        from newsgold.scoring.event_errors import argument_errors

        return argument_errors(self, width)


class _Units:
    """Resampling unit of each item: its document, or the sentence of its trigger."""

    def __init__(self, docs: Sequence[str], unit: str, corpus: Corpus | None):
        self.docs = tuple(docs)
        self.doc_index = {d: i for i, d in enumerate(self.docs)}
        self.unit = unit
        self.texts = {d: corpus[d].text for d in self.docs if corpus.get(d)} if corpus is not None else None
        if unit == "sentence":
            if corpus is None:
                raise ScoringError("unit='sentence' needs the corpus (corpus=load_corpus())")
            self.owner, self.starts, self.names, self.first = sentence_units(corpus, self.docs)
        elif unit == "document":
            self.names = list(self.docs)
            self.owner = np.arange(len(self.docs))
        else:
            raise ScoringError(f"unknown unit {unit!r}; expected document or sentence")

    def of(self, doc_id: str, offset: int) -> int:
        d = self.doc_index[doc_id]
        if self.unit == "document":
            return d
        lo, hi = int(self.first[d]), (int(self.first[d + 1]) if d + 1 < len(self.first) else len(self.starts))
        k = int(np.searchsorted(self.starts[lo:hi], offset, "right")) - 1
        return lo + max(k, 0)

    def score(self, gold: list[_Item], pred: list[_Item], mode: str = "strict", min_overlap: float = 0.0) -> EntityScore:
        """Span score of items grouped by ``_Item.group`` ("doc|..."); error context from the texts."""
        g, p, gu, pu = _tables(gold, pred)
        texts = None
        if self.texts is not None:
            texts = {group: self.texts.get(group.split("|")[0].split("#")[0]) for group in g.docs}
        return score_spans(g, p, mode=mode, min_overlap=min_overlap, gold_unit=gu, pred_unit=pu,
                           units=self.names, unit_doc=np.asarray(self.owner, np.int64), texts=texts)


def _cluster_mentions(record: Record) -> dict[tuple[int, int], str]:
    """Gold spans that are mentions of an entity cluster: entities, arguments, stance holders."""
    spans: dict[tuple[int, int], str] = {}
    for e in record.entities or ():
        if e.cluster:
            spans[(e.start, e.end)] = e.cluster
    for event in record.events or ():
        for a in event.arguments:
            if a.cluster:
                spans.setdefault((a.start, a.end), a.cluster)
    for s in record.stances or ():
        if s.holder.span is not None and s.holder.cluster:
            spans.setdefault((s.holder.span.start, s.holder.span.end), s.holder.cluster)
    return spans


def _arg_span(arg: Argument, gold_side: bool, match: str) -> tuple[int, int]:
    if match == "head" and gold_side:
        head = arg.head or arg.span
        return head.start, head.end
    return arg.start, arg.end


def score_events(
    gold: Sequence[Record],
    pred: Sequence[Record],
    *,
    argument_match: str = "span",
    coref: bool = False,
    unit: str = "document",
    corpus: Corpus | None = None,
    missing: str = "error",
) -> EventScore:
    """Score the event layer of prediction records against gold records (see the module docstring)."""
    if argument_match not in ARGUMENT_MATCHES:
        raise ScoringError(f"unknown argument_match {argument_match!r}; expected span or head")
    gold_docs, pred_docs = paired_records(gold, pred, "events", missing)
    gold_events = {d: r.events for d, r in gold_docs.items()}
    pred_events = {d: r.events for d, r in pred_docs.items()}
    units = _Units(list(gold_events), unit, corpus)
    mentions = {r.doc_id: _cluster_mentions(r) for r in gold}

    def triggers(events: dict[str, tuple[Event, ...]]) -> list[tuple[str, int, Event]]:
        return [(d, k, e) for d, evs in events.items() for k, e in enumerate(evs)]

    g_trig, p_trig = triggers(gold_events), triggers(pred_events)

    def trig_items(rows: list[tuple[str, int, Event]]) -> list[_Item]:
        return [_Item(d, e.trigger.start, e.trigger.end, e.type, units.of(d, e.trigger.start)) for d, _, e in rows]

    tri_i = units.score(trig_items(g_trig), trig_items(p_trig), mode="exact")
    tri_c = units.score(trig_items(g_trig), trig_items(p_trig), mode="strict")

    gold_key = {k: f"{d}#{idx}" for k, (d, idx, _) in enumerate(g_trig)}
    attached_to = {}
    for g_row, p_row in zip(*tri_c.matching.pairs):
        if tri_c.matching.gold_credit[g_row] == 2:
            attached_to[int(p_row)] = gold_key[int(g_row)]

    def arg_items(rows, side: str, key, label) -> list[_Item]:
        items = []
        gold_side = side == "gold"
        for k, (d, idx, e) in enumerate(rows):
            group = key(k, d, idx, e)
            for a in e.arguments:
                start, end = _arg_span(a, gold_side, argument_match)
                items.append(_Item(group, start, end, label(e, a), units.of(d, e.trigger.start)))
        return items

    def plain(k, d, idx, e):
        return f"{d}|{e.type}"

    def gold_attached(k, d, idx, e):
        return gold_key[k]

    def pred_attached(k, d, idx, e):
        return attached_to.get(k, f"{d}#unmatched-{idx}")

    by_type = lambda e, a: e.type  # noqa: E731
    by_role = lambda e, a: a.role  # noqa: E731

    def with_coref(gold_items: list[_Item], pred_items: list[_Item], gold_rows, pred_rows) -> list[_Item]:
        """Give a predicted argument that names a gold argument's cluster that argument's span.

        Predictions already on a gold argument span keep it; the others take the gold
        arguments of their cluster in the same slot, earliest first, each at most once.
        """
        if not coref:
            return pred_items
        slot = lambda i: (i.group, i.label, i.start, i.end)  # noqa: E731
        claimed = {slot(i) for i in gold_items} & {slot(i) for i in pred_items}
        free: dict[tuple[str, str, str], list[tuple[int, int]]] = {}
        g_args = [a for _, _, e in gold_rows for a in e.arguments]
        for a, item in sorted(zip(g_args, gold_items), key=lambda pair: (pair[1].start, pair[1].end)):
            if a.cluster and slot(item) not in claimed:
                free.setdefault((item.group, item.label, a.cluster), []).append((item.start, item.end))
        p_args = [(d, a) for d, _, e in pred_rows for a in e.arguments]
        out = []
        for (d, a), item in zip(p_args, pred_items):
            cluster = mentions.get(d, {}).get((a.start, a.end))
            spans = free.get((item.group, item.label, cluster)) if cluster and slot(item) not in claimed else None
            out.append(_Item(item.group, *spans.pop(0), item.label, item.unit) if spans else item)
        return out

    mode = "type" if argument_match == "head" else "strict"
    min_overlap = 1.0 if argument_match == "head" else 0.0

    def arg_score(g_key, p_key, label) -> EntityScore:
        g_items = arg_items(g_trig, "gold", g_key, label)
        p_items = with_coref(g_items, arg_items(p_trig, "pred", p_key, label), g_trig, p_trig)
        return units.score(g_items, p_items, mode=mode, min_overlap=min_overlap)

    attributes = {}
    matched = [(int(g), int(p)) for g, p in zip(*tri_c.matching.pairs) if tri_c.matching.gold_credit[g] == 2]
    for name in ATTRIBUTES:
        values = [(getattr(g_trig[g][2], name) or NO_VALUE, getattr(p_trig[p][2], name) or NO_VALUE) for g, p in matched]
        attributes[name] = AttributeScore(name, tuple(v[0] for v in values), tuple(v[1] for v in values))

    return EventScore(
        trigger_identification=tri_i,
        trigger_classification=tri_c,
        argument_identification=arg_score(plain, plain, by_type),
        argument_classification=arg_score(plain, plain, by_role),
        argument_identification_attached=arg_score(gold_attached, pred_attached, by_type),
        argument_classification_attached=arg_score(gold_attached, pred_attached, by_role),
        attributes=attributes,
        argument_match=argument_match,
        coref=coref,
        unit=unit,
        gold_events=tuple((d, e) for d, _, e in g_trig),
        pred_events=tuple((d, e) for d, _, e in p_trig),
        texts=units.texts,
    )
