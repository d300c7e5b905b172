"""The gate's result as plain text: verdict table, summary, and what newly broke, in context.

Plain text (no colour, no box drawing) so that CI logs and pytest assertion messages show
it as printed.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from newsgold.gate.verdict import NEW, REGRESSED, UNCHANGED, GateResult, ItemChange, RowVerdict

HEADER = ("layer/metric", "row", "support", "baseline", "new", "delta", "p", "verdict")


def _p(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.1e}" if value < 0.001 else f"{value:.3f}"


def shown_rows(result: GateResult, all_rows: bool = False) -> list[RowVerdict]:
    """Every micro row, and the category rows that changed (all rows with ``all_rows``)."""
    if all_rows:
        return list(result.rows)
    return [r for r in result.rows if r.kind == "micro" or r.verdict != UNCHANGED or r.delta != 0]


def verdict_table(result: GateResult, all_rows: bool = False) -> str:
    rows = shown_rows(result, all_rows)
    cells = [HEADER] + [
        (f"{r.layer}/{r.metric}", r.row, str(r.support), f"{r.baseline_f1:.3f}", f"{r.f1:.3f}",
         f"{r.delta:+.3f}", _p(r.p_value), r.verdict.upper() if r.verdict != UNCHANGED else r.verdict)
        for r in rows
    ]
    widths = [max(len(c[i]) for c in cells) for i in range(len(HEADER))]
    right = {2, 3, 4, 5, 6}
    lines = ["  ".join(c[i].rjust(widths[i]) if i in right else c[i].ljust(widths[i]) for i in range(len(HEADER))).rstrip()
             for c in cells]
    hidden = len(result.rows) - len(rows)
    if hidden:
        lines.append(f"({hidden} category row(s) with the same F1 as the baseline not shown)")
    return "\n".join(lines)


def summary(result: GateResult) -> str:
    head = f"newsgold gate: {result.system} against baseline {result.baseline_system}"
    if result.baseline_path:
        head += f" ({result.baseline_path})"
    lines = [head, f"policy: {result.policy.describe()}; paired over {result.unit}s"]
    lines += [f"note: {n}" for n in result.notes]
    return "\n".join(lines)


def verdict_line(result: GateResult) -> str:
    if result.passed:
        if not result.improved:
            return f"PASSED: nothing regressed ({len(result.rows)} rows)"
        return (f"PASSED: nothing regressed ({len(result.rows)} rows); improved: "
                f"{', '.join(r.name for r in result.improved)}\n"
                "hint: to gate later runs against this better one, refresh the baseline: newsgold baseline save "
                f"PREDICTIONS -o {result.baseline_path or 'BASELINE'}")
    lines = [f"REGRESSED: {', '.join(r.name for r in result.regressed)}"]
    lines += [f"  {r.name}: F1 {r.baseline_f1:.3f} -> {r.f1:.3f}: {r.reason}" for r in result.regressed]
    return "\n".join(lines)


def _change_lines(changes: Sequence[ItemChange], limit: int) -> list[str]:
    lines = []
    for (layer, metric), group in groupby(changes, key=lambda c: (c.layer, c.metric)):
        group = list(group)
        lines.append(f"  {layer}/{metric}: {len(group)}")
        for c in group[:limit]:
            text = f"'{c.text}'" if c.text is not None else c.key
            change = c.after if c.before == NEW else f"{c.before} -> {c.after}"
            lines.append(f"    {c.label:<12} {text}: {change}")
            if c.context:
                lines.append(f"        {c.context}")
        if len(group) > limit:
            lines.append(f"    ... and {len(group) - limit} more")
    return lines


def changes(result: GateResult, limit: int = 10) -> str:
    """What newly broke (and was newly fixed, and which new false positives appeared), in context."""
    def by_measure(items: Sequence[ItemChange]) -> list[ItemChange]:
        order = {(r.layer, r.metric): i for i, r in enumerate(result.rows)}
        return sorted(items, key=lambda c: order.get((c.layer, c.metric), 0))

    lines = [f"Newly broken: {len(result.newly_broken)} gold item(s) right in the baseline, wrong now"]
    lines += _change_lines(by_measure(result.newly_broken), limit)
    lines.append(f"Newly fixed: {len(result.newly_fixed)} gold item(s) wrong in the baseline, right now")
    lines += _change_lines(by_measure(result.newly_fixed), limit)
    lines.append(f"New false positives: {len(result.new_false_positives)} prediction(s) without credit the baseline did not make")
    lines += _change_lines(by_measure(result.new_false_positives), limit)
    return "\n".join(lines)


def render(result: GateResult, all_rows: bool = False, limit: int = 10) -> str:
    return "\n\n".join([summary(result), verdict_table(result, all_rows), verdict_line(result), changes(result, limit)])


def failure_message(result: GateResult, limit: int = 5) -> str:
    """The pytest assertion message: the regressed rows first, then the evidence."""
    lines = [f"newsgold gate: {len(result.regressed)} row(s) regressed against baseline "
             f"{result.baseline_path or result.baseline_system}:"]
    for r in result.regressed:
        lines.append(f"  {r.name}: F1 {r.baseline_f1:.3f} -> {r.f1:.3f}: {r.reason}")
    categories = sorted({f"{r.layer}/{r.metric}/{r.row}" for r in result.regressed if r.kind == "category"})
    lines.append(f"regressed categories: {', '.join(categories) or 'none (only averages)'}")
    broken = [c for c in result.newly_broken if any(
        r.verdict == REGRESSED and (r.layer, r.metric) == (c.layer, c.metric) for r in result.rows)]
    if broken:
        lines.append(f"newly broken gold items ({len(broken)}), by document|offsets|label (no article text "
                     "in test logs; the gate's JSON report has the text in context):")
        for (layer, metric), group in groupby(broken, key=lambda c: (c.layer, c.metric)):
            group = list(group)
            lines.append(f"  {layer}/{metric}: {len(group)}")
            lines += [f"    {c.label:<12} {c.key}: {c.before} -> {c.after}" for c in group[:limit]]
            if len(group) > limit:
                lines.append(f"    ... and {len(group) - limit} more")
    return "\n".join(lines)
