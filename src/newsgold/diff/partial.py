"""What one partition contributes to a diff, and the exact merge of such contributions.

Everything in a ``Partial`` is a sum or a bounded selection under a total order: counts per
resampling unit and category (``Counts``), churn tallies, the documents that changed most
(by number of changes, then id), the review sample (per layer and category, the lowest
seeded priorities) and example ids of unmatched documents. So partials merge to the same
result in any grouping and order: 1 partition or 17, one process or a cluster.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from newsgold.diff.options import DiffOptions
from newsgold.scoring.counts import Counts, merge

MAX_SYSTEM_NAMES = 20

SampleEntry = tuple[int, str, str, dict[str, Any]]  # (priority, doc_id, tie-break key, item)


@dataclass
class Partial:
    documents: Counter[str] = field(default_factory=Counter)
    layers: Counter[tuple[str, str]] = field(default_factory=Counter)
    counts: dict[str, Counts] = field(default_factory=dict)
    churn: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    top: list[tuple[int, str, dict[str, int]]] = field(default_factory=list)
    sample: dict[tuple[str, str], list[SampleEntry]] = field(default_factory=dict)
    only: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    systems: dict[str, list[str]] = field(default_factory=dict)


def keep_sampled_records(part: Partial) -> Partial:
    wanted = {entry[1] for entries in part.sample.values() for entry in entries}
    part.records = {d: r for d, r in part.records.items() if d in wanted}
    return part


def merge_partials(parts: Sequence[Partial], options: DiffOptions) -> Partial:
    """One ``Partial`` holding what all of ``parts`` hold (exactly; see the module docstring)."""
    out = Partial()
    for part in parts:
        out.documents.update(part.documents)
        out.layers.update(part.layers)
        out.churn.update(part.churn)
        out.records.update(part.records)
    for key in sorted({k for p in parts for k in p.counts}):
        out.counts[key] = merge([p.counts[key] for p in parts if key in p.counts])
    out.top = heapq.nsmallest(options.top, (t for p in parts for t in p.top), key=lambda t: (t[0], t[1]))
    for stratum in sorted({s for p in parts for s in p.sample}):
        entries = (e for p in parts for e in p.sample.get(stratum, ()))
        out.sample[stratum] = heapq.nsmallest(options.sample, entries, key=lambda e: e[:3])
    for side in sorted({s for p in parts for s in p.only}):
        out.only[side] = heapq.nsmallest(options.examples, (e for p in parts for e in p.only.get(side, ())))
    for side in sorted({s for p in parts for s in p.systems}):
        out.systems[side] = sorted({name for p in parts for name in p.systems.get(side, ())})[:MAX_SYSTEM_NAMES]
    return keep_sampled_records(out)
