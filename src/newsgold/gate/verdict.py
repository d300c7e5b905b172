"""Compare a run with a baseline: a verdict per row and the items that changed.

Rows are the categories and the micro average of every metric of every layer in the
baseline. Both runs' count arrays are aligned by unit and category name, then one paired
test (``newsgold.resampling``) gives every row's F1 difference and p-value at once. The
policy (``newsgold.gate.policy``) turns them into improved / unchanged / regressed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

from newsgold.resampling import approximate_randomization, paired_bootstrap, scores
from newsgold.signature import Signature, SignatureMismatch

from newsgold.gate.baseline import Baseline
from newsgold.gate.items import CORRECT, Item
from newsgold.scoring.analysis import context
from newsgold.gate.measure import Measurement
from newsgold.gate.policy import Policy

IMPROVED, UNCHANGED, REGRESSED = "improved", "unchanged", "regressed"
VERDICTS = (IMPROVED, UNCHANGED, REGRESSED)
NEW = "-"  # the "before" of a new false positive: not among the baseline's errors
GATE_FORMAT = "newsgold.gate/1"


class GateError(ValueError):
    """The two runs cannot be compared (other gold, other units, a missing layer)."""


@dataclass(frozen=True)
class RowVerdict:
    layer: str
    metric: str
    row: str
    kind: str  # "category" or "micro"
    support: int
    baseline_f1: float
    f1: float
    delta: float
    p_value: float | None
    floor: float | None
    verdict: str
    reason: str

    @property
    def name(self) -> str:
        return f"{self.layer}/{self.metric}/{self.row}"

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, **asdict(self)}


@dataclass(frozen=True)
class ItemChange:
    """A gold item (or a prediction) whose outcome differs between the baseline and the run."""

    layer: str
    metric: str
    key: str
    doc_id: str | None
    label: str
    text: str | None
    before: str
    after: str
    context: str | None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class GateResult:
    system: str
    baseline_system: str
    baseline_path: str | None
    policy: Policy
    signatures: dict[str, Signature]
    unit: str
    rows: tuple[RowVerdict, ...]
    newly_broken: tuple[ItemChange, ...] = ()
    newly_fixed: tuple[ItemChange, ...] = ()
    new_false_positives: tuple[ItemChange, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def regressed(self) -> tuple[RowVerdict, ...]:
        return tuple(r for r in self.rows if r.verdict == REGRESSED)

    @property
    def improved(self) -> tuple[RowVerdict, ...]:
        return tuple(r for r in self.rows if r.verdict == IMPROVED)

    @property
    def passed(self) -> bool:
        return not self.regressed

    @property
    def exit_code(self) -> int:
        return 0 if self.passed else 1

    @property
    def status(self) -> str:
        return "passed" if self.passed else "regressed"

    def regressed_categories(self, layer: str | None = None, metric: str | None = None) -> list[str]:
        """Names of the regressed category rows (not the micro rows), optionally of one metric."""
        return [r.row for r in self.regressed if r.kind == "category"
                and (layer is None or r.layer == layer) and (metric is None or r.metric == metric)]

    def row(self, layer: str, metric: str, row: str) -> RowVerdict:
        for r in self.rows:
            if (r.layer, r.metric, r.row) == (layer, metric, row):
                return r
        raise KeyError(f"{layer}/{metric}/{row}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": GATE_FORMAT,
            "status": self.status,
            "exit_code": self.exit_code,
            "system": self.system,
            "baseline": {"system": self.baseline_system, "path": self.baseline_path},
            "policy": self.policy.to_dict(),
            "unit": self.unit,
            "signatures": {layer: s.to_dict() for layer, s in self.signatures.items()},
            "regressed": [r.name for r in self.regressed],
            "improved": [r.name for r in self.improved],
            "rows": [r.to_dict() for r in self.rows],
            "newly_broken": [c.to_dict() for c in self.newly_broken],
            "newly_fixed": [c.to_dict() for c in self.newly_fixed],
            "new_false_positives": [c.to_dict() for c in self.new_false_positives],
            "notes": list(self.notes),
        }


def refuse_other_signature(baseline: Signature, current: Signature, where: str) -> None:
    """Raise ``SignatureMismatch`` naming every comparable field on which the two differ."""
    diffs = baseline.differences(current)
    if diffs:
        raise SignatureMismatch(
            f"{where}: refusing to compare {baseline.layer}: the baseline was scored under another "
            f"configuration ({'; '.join(diffs)}; baseline first). Re-save the baseline under this "
            "configuration with 'newsgold baseline save'."
        )


def check_comparable(baseline: Baseline, current: Sequence[Measurement], where: str) -> None:
    """Refuse (``SignatureMismatch``, ``GateError``) when the runs are not comparable."""
    now = {(m.layer, m.metric): m for m in current}
    for b in baseline.measurements:
        m = now.get((b.layer, b.metric))
        if m is None:
            raise GateError(f"{where}: the baseline has {b.layer}/{b.metric} but the run was not scored on it")
        refuse_other_signature(b.signature, m.signature, where)
        if b.gold_fingerprint != m.gold_fingerprint:
            raise GateError(
                f"{where}: refusing to compare {b.layer}: the gold annotations changed since the baseline was "
                f"saved (gold {b.gold_fingerprint} vs {m.gold_fingerprint}); re-save the baseline with "
                "'newsgold baseline save'"
            )


def _test(policy: Policy, a, b):
    if policy.test == "paired-bootstrap":
        return paired_bootstrap(a, b, trials=policy.n_trials, seed=policy.seed)
    return approximate_randomization(a, b, trials=policy.n_trials, seed=policy.seed)


def _verdict(policy: Policy, delta: float, p: float | None, f1: float, floor: float | None) -> tuple[str, str]:
    significant = p is None or p < policy.alpha
    sig_text = "" if p is None else f", p={p:.3g} {'<' if p < policy.alpha else '>='} {policy.alpha:g}"
    if floor is not None and f1 < floor:
        return REGRESSED, f"F1 {f1:.3f} is below the floor {floor:g}"
    if delta < -policy.max_drop and significant:
        return REGRESSED, f"F1 fell by {-delta:.3f} (> tolerance {policy.max_drop:g}{sig_text})"
    if delta > policy.max_drop and significant:
        return IMPROVED, f"F1 rose by {delta:.3f} (> tolerance {policy.max_drop:g}{sig_text})"
    if delta == 0:
        return UNCHANGED, "same F1"
    if abs(delta) <= policy.max_drop:
        return UNCHANGED, f"F1 {'fell' if delta < 0 else 'rose'} by {abs(delta):.3f}, within the tolerance {policy.max_drop:g}"
    return UNCHANGED, f"F1 {'fell' if delta < 0 else 'rose'} by {abs(delta):.3f}, not significant{sig_text}"


def compare_measurement(base: Measurement, now: Measurement, policy: Policy) -> list[RowVerdict]:
    categories = list(base.categories) + [c for c in now.categories if c not in base.categories]
    a = base.aligned(base.units, categories)
    try:
        b = now.aligned(base.units, categories)
    except ValueError as error:
        raise GateError(str(error)) from None
    sa, sb = a.stats(), b.stats()
    if not np.array_equal(sa.gold, sb.gold):
        raise GateError(f"{base.name}: the runs were scored against different gold counts; re-save the baseline")
    n = len(categories)
    table_a = scores(sa.stacked().sum(0), n)
    table_b = scores(sb.stacked().sum(0), n)
    p_values = None
    if policy.test != "none" and sa.n_units >= 2:
        p_values = _test(policy, sa, sb).p_value
    support = np.concatenate([sa.gold.sum(0), [sa.gold.sum()]])
    predicted_any = np.concatenate([(sa.predicted + sb.predicted).sum(0), [(sa.predicted + sb.predicted).sum()]])
    rows = []
    for j, name in enumerate([*categories, "micro"]):
        if support[j] == 0 and predicted_any[j] == 0:
            continue  # a category neither run touches
        kind = "micro" if j == n else "category"
        fa, fb = float(table_a[j, 2]), float(table_b[j, 2])
        delta = fb - fa
        if abs(delta) < 1e-12:
            delta = 0.0
        p = None if p_values is None else float(p_values[j, 2])
        if p is not None and math.isnan(p):
            p = None
        floor = policy.floor_for(base.layer, base.metric, name)
        verdict, reason = _verdict(policy, delta, p if policy.test != "none" else None, fb, floor)
        rows.append(RowVerdict(base.layer, base.metric, name, kind, int(support[j]), fa, fb, delta, p, floor, verdict, reason))
    return rows


def _change(m: Measurement, item: Item | None, key: str, before: str, after: str, texts) -> ItemChange:
    if item is None:
        return ItemChange(m.layer, m.metric, key, None, key.rsplit("|", 1)[-1], None, before, after, None)
    doc_text = (texts or {}).get(item.doc_id) if item.doc_id else None
    return ItemChange(m.layer, m.metric, key, item.doc_id, item.label, item.text, before, after,
                      context(doc_text, item.start, item.end), item.note)


def item_changes(base: Measurement, now: Measurement, texts) -> tuple[list[ItemChange], list[ItemChange], list[ItemChange]]:
    """(newly broken, newly fixed, new false positives) between two measurements."""
    broken, fixed, spurious = [], [], []
    for key, before in base.gold_outcomes.items():
        after = now.gold_outcomes.get(key)
        if after is None:
            continue
        if before == CORRECT and after != CORRECT:
            broken.append(_change(now, now.gold_items.get(key), key, before, after, texts))
        elif before != CORRECT and after == CORRECT:
            fixed.append(_change(now, now.gold_items.get(key), key, before, after, texts))
    for key, after in now.prediction_errors.items():
        if key not in base.prediction_errors:
            spurious.append(_change(now, now.prediction_items.get(key), key, NEW, after, texts))

    def order(c: ItemChange):
        item = now.gold_items.get(c.key) or now.prediction_items.get(c.key)
        return (c.doc_id or "", item.start if item and item.start is not None else -1, c.key)

    return sorted(broken, key=order), sorted(fixed, key=order), sorted(spurious, key=order)


def compare(
    baseline: Baseline,
    current: Sequence[Measurement],
    policy: Policy = Policy(),
    system: str = "system",
    texts: dict[str, str] | None = None,
    notes: Sequence[str] = (),
) -> GateResult:
    """The gate's verdicts for ``current`` (the new run, scored with the baseline's config)."""
    where = baseline.origin or "baseline"
    check_comparable(baseline, current, where)
    now = {(m.layer, m.metric): m for m in current}
    rows: list[RowVerdict] = []
    broken: list[ItemChange] = []
    fixed: list[ItemChange] = []
    spurious: list[ItemChange] = []
    notes: list[str] = list(notes)
    for base in baseline.measurements:
        m = now[(base.layer, base.metric)]
        rows.extend(compare_measurement(base, m, policy))
        b, f, s = item_changes(base, m, texts)
        broken += b
        fixed += f
        spurious += s
    if policy.test != "none" and any(m.units and len(m.units) < 2 for m in baseline.measurements):
        notes.append("fewer than 2 resampling units: no significance test, the tolerance alone decides")
    unit = baseline.config.unit
    return GateResult(system, baseline.system, baseline.origin, policy, baseline.signatures, unit, tuple(rows),
                      tuple(broken), tuple(fixed), tuple(spurious), tuple(notes))
