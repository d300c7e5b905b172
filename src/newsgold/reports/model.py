"""The report: every figure newsgold prints, with its interval and its signature.

A ``Report`` is plain data (sections of rows, document views, a signature) built once and
rendered many ways: terminal, JSON, Markdown, CSV/DataFrame, HTML. ``Report.to_dict`` is
the JSON form, described by ``schemas/report.schema.json``.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from newsgold.resampling import Intervals, Resampling, Stats, bootstrap
from newsgold.scoring.event_errors import argument_outcomes
from newsgold.scoring.events import EventScore
from newsgold.scoring.matching import OUTCOMES
from newsgold.scoring.result import EntityScore
from newsgold.signature import Signature

REPORT_FORMAT = "newsgold.report/1"
MAX_STORED_CELLS = 200_000
AVERAGE_ROWS = ("micro", "macro", "weighted")


@dataclass(frozen=True)
class Interval:
    low: float
    high: float

    def __post_init__(self) -> None:
        object.__setattr__(self, "low", float(self.low))
        object.__setattr__(self, "high", float(self.high))


@dataclass(frozen=True)
class Row:
    """One category (or average) of one metric: counts, P/R/F1 and their intervals."""

    name: str
    kind: str  # "category" or one of AVERAGE_ROWS
    precision: float
    recall: float
    f1: float
    support: int
    tp: int | None = None
    fp: int | None = None
    fn: int | None = None
    partial: int | None = None
    precision_ci: Interval | None = None
    recall_ci: Interval | None = None
    f1_ci: Interval | None = None
    units: int | None = None  # resampling units holding a gold or predicted item of the row

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Row:
        data = dict(data)
        for key in ("precision_ci", "recall_ci", "f1_ci"):
            if data.get(key) is not None:
                data[key] = Interval(**data[key])
        return cls(**data)


@dataclass(frozen=True)
class Section:
    """One metric of one layer, e.g. events / trigger classification."""

    layer: str
    metric: str
    rows: tuple[Row, ...]
    notes: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    counts: dict[str, Any] | None = None

    @property
    def micro(self) -> Row:
        return next(r for r in self.rows if r.kind == "micro")

    @property
    def macro(self) -> Row:
        return next(r for r in self.rows if r.kind == "macro")

    def categories(self) -> tuple[Row, ...]:
        return tuple(r for r in self.rows if r.kind == "category")

    def stats(self) -> tuple[Stats, list[str], list[str]]:
        """The per-unit statistics behind the rows: (Stats, unit names, category names)."""
        if self.counts is None:
            raise ValueError(f"section {self.layer}/{self.metric} was saved without its counts")
        c = self.counts
        return Stats.of(c["correct"], c["predicted"], c["gold"]), list(c["units"]), list(c["categories"])

    def to_dict(self) -> dict[str, Any]:
        return {"layer": self.layer, "metric": self.metric, "rows": [r.to_dict() for r in self.rows],
                "notes": list(self.notes), "extra": self.extra, "counts": self.counts}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Section:
        return cls(data["layer"], data["metric"], tuple(Row.from_dict(r) for r in data["rows"]),
                   tuple(data.get("notes", ())), dict(data.get("extra", {})), data.get("counts"))


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    outcome: str


@dataclass(frozen=True)
class DocumentView:
    """A document with its gold and predicted mentions and what became of each."""

    doc_id: str
    text: str | None
    gold: tuple[Span, ...]
    pred: tuple[Span, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "text": self.text,
                "gold": [asdict(s) for s in self.gold], "pred": [asdict(s) for s in self.pred]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> DocumentView:
        return cls(data["doc_id"], data.get("text"), tuple(Span(**s) for s in data["gold"]),
                   tuple(Span(**s) for s in data["pred"]))


@dataclass(frozen=True)
class EventSpan:
    """A trigger (``label``: event type) or an argument (``label``: role) in an event document view;
    ``event`` is the index of its event among the document's events on its side."""

    start: int
    end: int
    label: str
    outcome: str
    part: str  # "trigger" or "argument"
    event: int


@dataclass(frozen=True)
class EventDocumentView:
    """A document with its gold and predicted events (triggers and arguments) and what became of each."""

    doc_id: str
    text: str | None
    gold: tuple[EventSpan, ...]
    pred: tuple[EventSpan, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"doc_id": self.doc_id, "text": self.text,
                "gold": [asdict(s) for s in self.gold], "pred": [asdict(s) for s in self.pred]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventDocumentView:
        return cls(data["doc_id"], data.get("text"), tuple(EventSpan(**s) for s in data["gold"]),
                   tuple(EventSpan(**s) for s in data["pred"]))


@dataclass(frozen=True)
class Report:
    """Sections of rows per layer and metric, plus listings: entity ``errors`` and ``documents``
    (mentions side by side), ``trigger_errors``, ``argument_errors`` and ``event_documents``
    (events side by side), ``stance_errors``."""

    system: str
    signatures: dict[str, Signature]
    sections: tuple[Section, ...]
    documents: tuple[DocumentView, ...] = ()
    confusion: dict[str, Any] | None = None
    errors: tuple[dict[str, Any], ...] = ()
    baseline: bool = False
    trigger_errors: tuple[dict[str, Any], ...] = ()
    argument_errors: tuple[dict[str, Any], ...] = ()
    stance_errors: tuple[dict[str, Any], ...] = ()
    event_documents: tuple[EventDocumentView, ...] = ()

    def section(self, layer: str, metric: str) -> Section:
        for s in self.sections:
            if s.layer == layer and s.metric == metric:
                return s
        raise KeyError(f"no section {layer}/{metric}; have {[(s.layer, s.metric) for s in self.sections]}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "system": self.system,
            "baseline": self.baseline,
            "signatures": {layer: sig.to_dict() for layer, sig in self.signatures.items()},
            "sections": [s.to_dict() for s in self.sections],
            "confusion": self.confusion,
            "errors": list(self.errors),
            "documents": [d.to_dict() for d in self.documents],
            "trigger_errors": list(self.trigger_errors),
            "argument_errors": list(self.argument_errors),
            "stance_errors": list(self.stance_errors),
            "event_documents": [d.to_dict() for d in self.event_documents],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Report:
        if data.get("format") != REPORT_FORMAT:
            raise ValueError(f"not a newsgold report: format is {data.get('format')!r}, expected {REPORT_FORMAT!r}")
        return cls(
            system=data["system"],
            signatures={layer: Signature.from_dict(s) for layer, s in data["signatures"].items()},
            sections=tuple(Section.from_dict(s) for s in data["sections"]),
            documents=tuple(DocumentView.from_dict(d) for d in data.get("documents", ())),
            confusion=data.get("confusion"),
            errors=tuple(data.get("errors", ())),
            baseline=bool(data.get("baseline", False)),
            trigger_errors=tuple(data.get("trigger_errors", ())),
            argument_errors=tuple(data.get("argument_errors", ())),
            stance_errors=tuple(data.get("stance_errors", ())),
            event_documents=tuple(EventDocumentView.from_dict(d) for d in data.get("event_documents", ())),
        )


def stats_of(score: EntityScore) -> Stats:
    """Resampling statistics of a span score: credit, predicted and gold per unit and category."""
    c = score.counts
    tp, fp, fn, partial = (np.asarray(a, np.float64) for a in (c.tp, c.fp, c.fn, c.partial))
    return Stats.of(tp + 0.5 * partial, tp + partial + fp, tp + partial + fn)


def interval_at(intervals: Intervals | None, row: int, column: int) -> Interval | None:
    if intervals is None:
        return None
    low, high = float(intervals.low[row, column]), float(intervals.high[row, column])
    if math.isnan(low) or math.isnan(high):
        return None
    return Interval(low, high)


def section_from_score(
    layer: str, metric: str, score: EntityScore, resampling: Resampling | None
) -> Section:
    """Rows of a span score with bootstrap intervals over its units (none if fewer than 2 units)."""
    stats = stats_of(score)
    notes: list[str] = []
    intervals = None
    if resampling is not None:
        if stats.n_units >= 2:
            intervals = bootstrap(stats, resampling)
        else:
            notes.append(f"no interval: a bootstrap needs at least 2 {resampling.unit}s")
    table = score.table()
    n_categories = len(table) - 3
    per_unit = (stats.gold + stats.predicted) > 0
    units = [int(n) for n in per_unit.sum(axis=0)] + [int(per_unit.any(axis=1).sum())] * 3
    rows = []
    for i, r in enumerate(table):
        kind = "category" if i < n_categories else r.name
        index = i  # scores(): categories then micro, macro, weighted, as in the table
        rows.append(Row(
            name=r.name, kind=kind, precision=r.precision, recall=r.recall, f1=r.f1, support=r.support,
            tp=r.tp, fp=r.fp, fn=r.fn, partial=r.partial,
            precision_ci=interval_at(intervals, index, 0), recall_ci=interval_at(intervals, index, 1),
            f1_ci=interval_at(intervals, index, 2), units=units[i] if resampling is not None else None,
        ))
    return Section(layer, metric, tuple(rows), tuple(notes), counts=stored_counts(stats, score.counts.units, score.categories))


def stored_counts(stats: Stats, units, categories) -> dict[str, Any] | None:
    """Per-unit statistics kept in the report for paired comparisons, unless they are too large."""
    if stats.correct.size > MAX_STORED_CELLS:
        return None
    compact = lambda a: [[int(x) if float(x).is_integer() else float(x) for x in row] for row in a]  # noqa: E731
    return {"units": [str(u) for u in units], "categories": list(categories),
            "correct": compact(stats.correct), "predicted": compact(stats.predicted), "gold": compact(stats.gold)}


def document_views(score: EntityScore, texts: dict[str, str] | None) -> tuple[DocumentView, ...]:
    """Per document: gold and predicted spans with their outcome (correct, wrong type, ...)."""
    m = score.matching
    n_docs = len(score.gold.docs)

    def by_document(table, outcome) -> list[tuple[Span, ...]]:
        order = np.argsort(table.doc, kind="stable")
        bounds = np.searchsorted(table.doc[order], np.arange(n_docs + 1)).tolist()
        start, end, label, kind = table.start.tolist(), table.end.tolist(), table.label.tolist(), outcome.tolist()
        rows = order.tolist()
        return [tuple(sorted((Span(start[i], end[i], table.labels[label[i]], OUTCOMES[kind[i]]) for i in rows[a:b]),
                             key=lambda s: (s.start, s.end)))
                for a, b in zip(bounds, bounds[1:])]

    gold, pred = by_document(score.gold, m.gold_outcome), by_document(score.pred, m.pred_outcome)
    return tuple(DocumentView(doc_id, (texts or {}).get(doc_id), gold[d], pred[d]) for d, doc_id in enumerate(score.gold.docs))


def event_document_views(score: EventScore) -> tuple[EventDocumentView, ...]:
    """Per document: gold and predicted triggers (outcome of trigger classification) and
    arguments (``ARGUMENT_OUTCOMES``), each tied to its event."""
    matching = score.trigger_classification.matching
    arguments = argument_outcomes(score)
    texts = score.texts or {}

    def spans(events, trigger_outcome, argument_outcome) -> dict[str, list[EventSpan]]:
        out: dict[str, list[EventSpan]] = {}
        seen: dict[str, int] = {}
        a = 0
        for k, (doc_id, event) in enumerate(events):
            side = out.setdefault(doc_id, [])
            index = seen[doc_id] = seen.get(doc_id, -1) + 1
            t = event.trigger
            side.append(EventSpan(t.start, t.end, event.type, OUTCOMES[trigger_outcome[k]], "trigger", index))
            for arg in event.arguments:
                side.append(EventSpan(arg.start, arg.end, arg.role, argument_outcome[a], "argument", index))
                a += 1
        return out

    gold = spans(score.gold_events, matching.gold_outcome, arguments.gold)
    pred = spans(score.pred_events, matching.pred_outcome, arguments.pred)
    order = lambda s: (s.start, s.end, s.part, s.event)  # noqa: E731
    return tuple(
        EventDocumentView(doc_id, texts.get(doc_id), tuple(sorted(gold.get(doc_id, ()), key=order)),
                          tuple(sorted(pred.get(doc_id, ()), key=order)))
        for doc_id in dict.fromkeys([d for d, _ in score.gold_events] + [d for d, _ in score.pred_events])
    )
