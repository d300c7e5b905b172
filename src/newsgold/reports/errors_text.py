"""Terminal tables of a report's error listings: entities, event triggers, event arguments, stances.

``newsgold score --errors N`` prints up to N rows of each listing of the layers scored.
Stance contexts mark the holder as [holder], the target as {target} and the cue as «cue»
(also in colour on a terminal).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rich.table import Table
from rich.text import Text

from newsgold.reports.model import Report

STANCE_MARKS = {"holder": ("[", "]", "bold blue"), "target": ("{", "}", "bold magenta"), "cue": ("«", "»", "bold yellow")}


def _span(label: Any, start: Any, end: Any, text: Any) -> str:
    return "" if label is None else f"{label} [{start},{end}) {text or ''}"


def _table(title: str, rows: Sequence[dict[str, Any]], limit: int, columns: Sequence[str], caption: str | None = None) -> Table:
    shown = f"{min(limit, len(rows))} of {len(rows)}" if len(rows) > limit else str(len(rows))
    table = Table(title=Text(f"{title} ({shown})"), title_justify="left", caption=None if caption is None else Text(caption))
    for name in columns:
        table.add_column(name, overflow="fold")
    return table


def _add(table: Table, *cells: str | Text) -> None:
    """A row of literal text: brackets in the data are never read as rich markup."""
    table.add_row(*(cell if isinstance(cell, Text) else Text(cell) for cell in cells))


def entity_errors_table(rows: Sequence[dict[str, Any]], limit: int, title: str = "Entity errors") -> Table:
    table = _table(title, rows, limit, ("document", "kind", "gold", "predicted", "context"))
    for e in rows[:limit]:
        _add(table, e["doc_id"], e["kind"], _span(e["gold_label"], e["gold_start"], e["gold_end"], e["gold_text"]),
             _span(e["pred_label"], e["pred_start"], e["pred_end"], e["pred_text"]), e["context"] or "")
    return table


def argument_errors_table(rows: Sequence[dict[str, Any]], limit: int) -> Table:
    table = _table("Event argument errors", rows, limit, ("document", "kind", "gold", "predicted", "context"))

    def side(e: dict[str, Any], prefix: str) -> str:
        if e[f"{prefix}_role"] is None:
            return ""
        return (f"{e[f'{prefix}_role']} of “{e[f'{prefix}_trigger']}” ({e[f'{prefix}_event']}) "
                f"[{e[f'{prefix}_start']},{e[f'{prefix}_end']}) {e[f'{prefix}_text'] or ''}")

    for e in rows[:limit]:
        _add(table, e["doc_id"], e["kind"], side(e, "gold"), side(e, "pred"), e["context"] or "")
    return table


def stance_context(e: dict[str, Any]) -> Text:
    """The context with holder, target and cue marked (the first of them where two overlap)."""
    context, base = e.get("context"), e.get("context_start")
    if context is None or base is None:
        return Text("")
    marks = []
    for part in STANCE_MARKS:
        start, end = e.get(f"{part}_start"), e.get(f"{part}_end")
        if start is None:
            continue
        lo, hi = max(start - base, 0), min(end - base, len(context))
        if lo < hi and all(hi <= a or lo >= b for a, b, _ in marks):
            marks.append((lo, hi, part))
    out, pos = Text("…" if base > 0 else ""), 0
    for lo, hi, part in sorted(marks):
        opening, closing, style = STANCE_MARKS[part]
        out.append(context[pos:lo])
        out.append(f"{opening}{context[lo:hi]}{closing}", style=style)
        pos = hi
    out.append(context[pos:])
    return out


def stance_errors_table(rows: Sequence[dict[str, Any]], limit: int) -> Table:
    table = _table("Stance errors", rows, limit, ("document", "kind", "gold", "predicted", "holder", "target", "cue", "context"),
                   caption="context: [holder] {target} «cue»")
    for e in rows[:limit]:
        target = e["target"] + (f" ({e['target_label']})" if e["target_label"] else "")
        _add(table, e["doc_id"], e["kind"], e["gold_label"] or "", e["pred_label"] or "", e["holder"], target,
             e["cue"] or "", stance_context(e))
    return table


def error_tables(report: Report, limit: int) -> list[Table | Text]:
    """Up to ``limit`` rows of each error listing of the layers the report scored."""
    out: list[Table | Text] = []
    listings = [("entities", "entity", report.errors, entity_errors_table),
                ("events", "event trigger", report.trigger_errors,
                 lambda rows, n: entity_errors_table(rows, n, "Event trigger errors")),
                ("events", "event argument", report.argument_errors, argument_errors_table),
                ("stances", "stance", report.stance_errors, stance_errors_table)]
    for layer, name, rows, render in listings:
        if layer not in report.signatures:
            continue
        out.append(render(rows, limit) if rows else Text(f"no {name} errors"))
    return out
