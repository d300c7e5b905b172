"""The diff report: plain data built once from the merged partials and rendered many ways.

Agreement sections are ``reports.model.Section``s (rows of P/R/F1 with bootstrap intervals),
so they print like ``newsgold score``'s tables: NEW scored against OLD as the reference, so
precision is the share of NEW's items that OLD has and recall the share of OLD's items that
NEW kept; OLD against NEW swaps the two (F1 is the same). Intervals resample documents, the
items of both systems in a document together (a paired bootstrap): the documents are
grouped by a hash of their id into at most ``hashing.RESAMPLING_UNITS`` random units, whose
counts add up exactly in any partitioning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np

from newsgold.diff.compare import LAYER_KINDS, LAYERS, METRICS, metric_key
from newsgold.diff.errors import DiffInputError
from newsgold.diff.options import DiffOptions
from newsgold.diff.partial import Partial
from newsgold.reports.model import Row, Section, interval_at
from newsgold.resampling import Resampling, Stats, bootstrap
from newsgold.scoring.counts import Counts
from newsgold.scoring.metrics import report_rows

REPORT_FORMAT = "newsgold.diff/1"
ALL = "all"


@dataclass(frozen=True)
class ChurnRow:
    """What became of the items of one category (``all``: the layer) of OLD, and NEW's additions."""

    layer: str
    category: str
    kinds: dict[str, int]
    items: int
    changed: int

    @property
    def rate(self) -> float:
        return self.changed / self.items if self.items else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"layer": self.layer, "category": self.category, "kinds": self.kinds, "items": self.items,
                "changed": self.changed, "rate": self.rate}


@dataclass(frozen=True)
class Breach:
    layer: str
    category: str
    rate: float
    limit: float

    def __str__(self) -> str:
        return f"{self.layer}/{self.category}: churn {self.rate:.4f} above the limit {self.limit:g}"


@dataclass(frozen=True)
class DiffReport:
    """Everything ``newsgold diff`` prints and writes; ``records`` and ``texts`` (the sampled
    documents' records on both sides and their texts) serve the review export and the HTML page."""

    old: str
    new: str
    documents: dict[str, int]
    unmatched: dict[str, list[str]]
    layers: dict[str, dict[str, int]]
    sections: tuple[Section, ...]
    churn: tuple[ChurnRow, ...]
    top: tuple[dict[str, Any], ...]
    sample: tuple[dict[str, Any], ...]
    options: DiffOptions
    limits: dict[str, float] = field(default_factory=dict)
    breaches: tuple[Breach, ...] = ()
    records: Mapping[str, Mapping[str, Any]] = field(default_factory=dict, repr=False, compare=False)
    texts: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def churn_row(self, layer: str, category: str = ALL) -> ChurnRow:
        for row in self.churn:
            if row.layer == layer and row.category == category:
                return row
        raise KeyError(f"no churn row {layer}/{category}")

    def section(self, layer: str, metric: str) -> Section:
        for s in self.sections:
            if (s.layer, s.metric) == (layer, metric):
                return s
        raise KeyError(f"no section {layer}/{metric}; have {[(s.layer, s.metric) for s in self.sections]}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": REPORT_FORMAT,
            "old": self.old,
            "new": self.new,
            "options": self.options.to_dict(),
            "documents": self.documents,
            "unmatched": self.unmatched,
            "layers": self.layers,
            "agreement": [s.to_dict() for s in self.sections],
            "churn": [r.to_dict() for r in self.churn],
            "limits": self.limits,
            "breaches": [{"layer": b.layer, "category": b.category, "rate": b.rate, "limit": b.limit}
                         for b in self.breaches],
            "top_documents": list(self.top),
            "sample": list(self.sample),
        }


def _sorted_units(counts: Counts) -> Counts:
    return counts.take(np.argsort(np.asarray(counts.units, dtype=np.int64), kind="stable"))


def agreement_section(layer: str, metric: str, counts: Counts, options: DiffOptions) -> Section:
    """P/R/F1 rows of one metric with paired bootstrap intervals over the resampling units."""
    counts = _sorted_units(counts)
    tp, fp, fn, partial = (np.asarray(a, np.float64) for a in (counts.tp, counts.fp, counts.fn, counts.partial))
    stats = Stats.of(tp + 0.5 * partial, tp + partial + fp, tp + partial + fn)
    notes = []
    intervals = None
    if options.resamples:
        if stats.n_units >= 2:
            intervals = bootstrap(stats, Resampling("document", options.resamples, options.seed, options.confidence))
        else:
            notes.append("no interval: a bootstrap needs at least 2 resampling units")
    per_unit = (stats.gold + stats.predicted) > 0
    held = [int(n) for n in per_unit.sum(axis=0)] + [int(per_unit.any(axis=1).sum())] * 3
    table = report_rows(counts)
    n_categories = len(table) - 3
    rows = []
    for i, r in enumerate(table):
        rows.append(Row(
            name=r.name, kind="category" if i < n_categories else r.name, precision=r.precision, recall=r.recall,
            f1=r.f1, support=r.support, tp=r.tp, fp=r.fp, fn=r.fn, partial=r.partial,
            precision_ci=interval_at(intervals, i, 0), recall_ci=interval_at(intervals, i, 1),
            f1_ci=interval_at(intervals, i, 2), units=held[i] if intervals is not None else None,
        ))
    return Section(layer, metric, tuple(rows), tuple(notes))


def churn_rows(churn: Mapping[tuple[str, str, str], int]) -> tuple[ChurnRow, ...]:
    rows = []
    for layer in LAYERS:
        kinds = LAYER_KINDS[layer]
        categories = sorted({c for (lay, c, _) in churn if lay == layer})
        if not categories:
            continue
        total = dict.fromkeys(kinds, 0)
        for category in categories:
            counts = {k: int(churn.get((layer, category, k), 0)) for k in kinds}
            for k, n in counts.items():
                total[k] += n
            rows.append(_churn_row(layer, category, counts))
        rows.append(_churn_row(layer, ALL, total))
    return tuple(rows)


def _churn_row(layer: str, category: str, counts: dict[str, int]) -> ChurnRow:
    items = sum(counts.values())
    return ChurnRow(layer, category, counts, items, items - counts["unchanged"])


def _name(systems: Sequence[str], fallback: str) -> str:
    return ", ".join(systems) if systems else fallback


def build_report(
    merged: Partial, names: Mapping[str, str], options: DiffOptions, texts: Mapping[str, str] | None = None
) -> DiffReport:
    """The report of a merged ``Partial``; ``names``: how to call OLD and NEW when their records
    carry no system name."""
    sections = tuple(agreement_section(layer, metric, merged.counts[metric_key(layer, metric)], options)
                     for layer, metric in METRICS if metric_key(layer, metric) in merged.counts)
    layers = {layer: {k: int(merged.layers.get((layer, k), 0)) for k in ("compared", "OLD only", "NEW only")}
              for layer in LAYERS if any(merged.layers.get((layer, k)) for k in ("compared", "OLD only", "NEW only"))}
    documents = {k: int(merged.documents.get(k, 0))
                 for k in ("OLD", "NEW", "matched", "OLD only", "NEW only", "different doc_sha256")}
    sample = sorted((entry for entries in merged.sample.values() for entry in entries),
                    key=lambda e: (LAYERS.index(e[3]["layer"]), e[3]["category"], e[0], e[1], e[2]))
    top = tuple({"doc_id": doc_id, "changes": -negative, **detail} for negative, doc_id, detail in merged.top)
    return DiffReport(
        old=_name(merged.systems.get("OLD", []), names["old"]),
        new=_name(merged.systems.get("NEW", []), names["new"]),
        documents=documents,
        unmatched={side: [doc_id for _, doc_id in merged.only.get(side, [])] for side in ("OLD only", "NEW only")},
        layers=layers,
        sections=sections,
        churn=churn_rows(merged.churn),
        top=top,
        sample=tuple(e[3] for e in sample),
        options=options,
        records=dict(merged.records),
        texts=dict(texts or {}),
    )


def with_limits(report: DiffReport, limits: Mapping[str, float]) -> DiffReport:
    """The report with its churn checked against ``limits`` ({"": rate, "LAYER": rate,
    "LAYER/CATEGORY": rate}; the most specific applies, ``LAYER/all`` is the layer's total)."""
    breaches = []
    for row in report.churn:
        limit = next((limits[k] for k in (f"{row.layer}/{row.category}", row.layer, "") if k in limits), None)
        if limit is not None and row.rate > limit:
            breaches.append(Breach(row.layer, row.category, row.rate, limit))
    return replace(report, limits=dict(limits), breaches=tuple(breaches))


def parse_limits(specs: Sequence[str]) -> dict[str, float]:
    """``--max-churn`` values: ``RATE`` (every category), ``LAYER=RATE`` or ``LAYER/CATEGORY=RATE``."""
    limits: dict[str, float] = {}
    for spec in specs:
        key, _, value = spec.rpartition("=")
        layer = key.split("/", 1)[0]
        try:
            rate = float(value)
        except ValueError:
            rate = -1.0
        if not 0 <= rate <= 1 or (key and layer not in LAYERS) or key.endswith("/"):
            raise DiffInputError(f"--max-churn {spec!r}: expected RATE, LAYER=RATE or LAYER/CATEGORY=RATE, with RATE a "
                                 f"fraction between 0 and 1 and LAYER one of {', '.join(LAYERS)}")
        limits[key] = rate
    return limits
