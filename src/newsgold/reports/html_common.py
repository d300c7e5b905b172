"""Pieces shared by the HTML report's parts: outcome colours and classes, escaping and formatting."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from html import escape
from itertools import pairwise
from typing import Any

from newsgold.reports.html_tables import SORTABLE
from newsgold.scoring.matching import OUTCOMES

# (background, border) per outcome of any layer; missed and spurious differ in fill and border style too.
OUTCOME_COLOURS = {
    "correct": ("#d4f1d6", "#2e7d32"),
    "wrong type": ("#ffe4a6", "#b26a00"),
    "wrong boundary": ("#d2e4ff", "#1f5fbf"),
    "wrong type and boundary": ("#ecd9ff", "#7b3fb8"),
    "missed": ("#ffcfcf", "#c62828"),
    "spurious": ("#fff3f3", "#c62828"),
    "wrong role": ("#ffe4a6", "#b26a00"),  # the argument counterpart of a wrong type
    "misattached": ("#cdf3f0", "#00796b"),
    "wrong label": ("#ffe4a6", "#b26a00"),  # a stance with the gold holder and target, another label
}


def outcome_class(outcome: str) -> str:
    """The CSS class of an outcome's highlight, e.g. "wrong type" -> "o-wrong-type" (unknown: "o-other")."""
    return "o-" + outcome.replace(" ", "-") if outcome in OUTCOME_COLOURS else "o-other"


#: CSS class of each entity outcome's highlight.
OUTCOME_CLASSES: dict[str, str] = {o: outcome_class(o) for o in OUTCOMES}


def fmt(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return f"{value:.3f}"


def slug(*parts: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", "-".join(parts)).strip("-") or "x"


def breakable(name: str) -> str:
    """An escaped category name that may wrap after its dots (long event types)."""
    return "<wbr>".join(escape(part) for part in re.split(r"(?<=[._/])", name))


def label_html(label: Any) -> str:
    return "" if label is None else f'<span class="lbl">{escape(str(label))}</span>'


def quoted(text: Any) -> str:
    return "" if text is None else f"“{escape(str(text))}”"


def context_html(context: Any) -> str:
    """The context snippet with the «marked» part in bold."""
    if context is None:
        return ""
    context = str(context)
    start, end = context.find("«"), context.rfind("»")
    if start < 0 or end < start:
        return escape(context)
    return (escape(context[:start]) + "<b>" + escape(context[start + 1:end]) + "</b>" + escape(context[end + 1:]))


def pills(kinds: Iterable[str], order: Sequence[str] = ()) -> str:
    """One coloured pill per kind with its count, in ``order`` first."""
    counts = Counter(kinds)
    ranked = sorted(counts, key=lambda k: (order.index(k) if k in order else len(order), k))
    return " ".join(f'<span class="pill {outcome_class(k)}">{escape(k)} {counts[k]}</span>' for k in ranked)


def text_blocks(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Paragraph chunks of the text, cut after blank lines that no (start, end) span crosses."""
    covered = sorted((s, e) for s, e in spans if 0 <= s < e <= len(text))
    cuts = [0]
    k = 0
    reach = 0  # furthest span end among spans starting before the cut
    for m in re.finditer(r"\n[ \t]*\n\s*", text):
        cut = m.end()
        while k < len(covered) and covered[k][0] < cut:
            reach = max(reach, covered[k][1])
            k += 1
        if reach <= m.start() and cut < len(text):
            cuts.append(cut)
    cuts.append(len(text))
    return [(a, b) for a, b in pairwise(cuts) if b > a] or [(0, 0)]


def error_listing(layer: str, head: Sequence[str], errors: Sequence[dict[str, Any]], limit: int,
                  cells: Any, what: str) -> str:
    """A sortable error table: per error its document, its kind, then ``cells(error)`` (the
    remaining ``<td>`` cells); a note counts the errors beyond ``limit`` (``what``: e.g.
    "stance errors")."""
    out = [f'<div class="tablescroll"><table class="errors {SORTABLE}" data-layer="{escape(layer)}"><thead><tr>'
           + "".join(f"<th>{h}</th>" for h in head) + "</tr></thead><tbody>"]
    for e in errors[:limit]:
        kind = str(e.get("kind", ""))
        out.append(f'<tr><td class="mono">{escape(str(e.get("doc_id", "")))}</td>'
                   f'<td><span class="pill {outcome_class(kind)}">{escape(kind)}</span></td>{cells(e)}</tr>')
    out.append("</tbody></table></div>")
    if len(errors) > limit:
        out.append(f'<p class="note">{len(errors) - limit} more {what} are in the JSON report.</p>')
    return "".join(out)

