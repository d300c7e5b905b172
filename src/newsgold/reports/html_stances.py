"""The stance part of the HTML report: extraction errors with holder, target and cue marked in context."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

from newsgold.reports.html_common import breakable, error_listing, label_html, quoted

PARTS = ("holder", "target", "cue")


def marked_context(error: dict[str, Any]) -> str:
    """The error's context with its holder, target and cue each in a ``<mark class="s-PART">``;
    where two parts overlap, the first of holder, target, cue is marked."""
    context, base = error.get("context"), error.get("context_start")
    if context is None or base is None:
        return ""
    marks = []
    for part in PARTS:
        start, end = error.get(f"{part}_start"), error.get(f"{part}_end")
        if start is None or end is None:
            continue
        lo, hi = max(start - base, 0), min(end - base, len(context))
        if lo < hi and all(hi <= a or lo >= b for a, b, _ in marks):
            marks.append((lo, hi, part))
    out, pos = [], 0
    for lo, hi, part in sorted(marks):
        out.append(escape(context[pos:lo]))
        out.append(f'<mark class="s-{part}" title="{part}">{escape(context[lo:hi])}</mark>')
        pos = hi
    out.append(escape(context[pos:]))
    return ("…" if base > 0 else "") + "".join(out)


def _target(e: dict[str, Any]) -> str:
    label = e.get("target_label")
    return quoted(e.get("target")) + ("" if label is None else f' <span class="muted lbl">{breakable(str(label))}</span>')


def stance_errors_table(errors: Sequence[dict[str, Any]], limit: int) -> str:
    head = ["document", "error", "gold", "predicted", "holder", "target", "cue", "context"]
    return error_listing(
        "stances", head, errors, limit,
        lambda e: (f"<td>{label_html(e.get('gold_label'))}</td><td>{label_html(e.get('pred_label'))}</td>"
                   f'<td><span class="s-holder">{escape(str(e.get("holder", "")))}</span></td>'
                   f"<td>{_target(e)}</td><td>{quoted(e.get('cue'))}</td>"
                   f'<td class="context">{marked_context(e)}</td>'),
        "stance errors")


CSS = """
mark.s-holder, mark.s-target, mark.s-cue { color: inherit; border-radius: 3px; padding: 0 2px; }
mark.s-holder { background: #dbe7ff; box-shadow: inset 0 -2px #3b5bdb; }
mark.s-target { background: #f3e0ff; box-shadow: inset 0 -2px #8e44ad; }
mark.s-cue { background: #fff1b8; box-shadow: inset 0 -2px #b26a00; }
.s-legend { display: flex; gap: 12px; font-size: 12.5px; margin: 4px 0 8px; }
"""

LEGEND = ('<p class="s-legend">In context: <mark class="s-holder">holder</mark> <mark class="s-target">target</mark> '
          '<mark class="s-cue">cue</mark></p>')
