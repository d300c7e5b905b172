"""The events part of the HTML report: the argument error listing and the document view.

The document view shows each document twice side by side, gold events on the left and
predicted ones on the right. Triggers are ``<mark>``s coloured by their outcome in
trigger classification; arguments are boxed spans coloured by their outcome (correct,
wrong role, wrong boundary, misattached, missed, spurious). Every event of a column is
numbered (E1, E2, ... in text order of its trigger) and its arguments carry the number,
so an argument's attachment is visible: ``attacker·E3``. Spans with the same offsets are
drawn once with several tags; nested spans nest; a span crossing another is drawn
inside the first and listed in its tooltip.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from newsgold.reports.html_common import (
    context_html,
    error_listing,
    label_html,
    outcome_class,
    pills,
    quoted,
    slug,
    text_blocks,
)
from newsgold.reports.model import EventDocumentView, EventSpan
from newsgold.scoring.event_errors import ARGUMENT_OUTCOMES
from newsgold.scoring.matching import OUTCOMES

OPEN_DOCUMENTS = 3


def short_type(event_type: str) -> str:
    """The telling part of a RAMS type: its last segment, or the middle one when the last is 'unspecified'."""
    parts = event_type.split(".")
    return parts[-2] if parts[-1] == "unspecified" and len(parts) > 1 else parts[-1]


def _event_cell(role: Any, event: Any, trigger: Any) -> str:
    if role is None:
        return ""
    return (f"{label_html(role)} of {quoted(trigger)} "
            f'<span class="muted lbl" title="{escape(str(event))}">{escape(short_type(str(event)))}</span>')


def argument_errors_table(errors: Sequence[dict[str, Any]], limit: int) -> str:
    head = ["document", "error", "gold argument", "predicted argument", "gold text", "predicted text", "context"]
    return error_listing(
        "arguments", head, errors, limit,
        lambda e: (f"<td>{_event_cell(e.get('gold_role'), e.get('gold_event'), e.get('gold_trigger'))}</td>"
                   f"<td>{_event_cell(e.get('pred_role'), e.get('pred_event'), e.get('pred_trigger'))}</td>"
                   f"<td>{quoted(e.get('gold_text'))}</td><td>{quoted(e.get('pred_text'))}</td>"
                   f'<td class="context">{context_html(e.get("context"))}</td>'),
        "argument errors")


# --------------------------------------------------------------------------- document view


@dataclass
class _Node:
    start: int
    end: int
    items: list[EventSpan]
    children: list[_Node] = field(default_factory=list)
    hidden: list[EventSpan] = field(default_factory=list)


def _forest(spans: Sequence[EventSpan], length: int) -> tuple[list[_Node], list[EventSpan]]:
    """Spans grouped by offsets and nested; crossing spans hidden in the node they cross; the
    spans outside the text apart."""
    groups: dict[tuple[int, int], list[EventSpan]] = {}
    outside = []
    for s in spans:
        if 0 <= s.start < s.end <= length:
            groups.setdefault((s.start, s.end), []).append(s)
        else:
            outside.append(s)
    roots: list[_Node] = []
    stack: list[_Node] = []
    for (start, end), items in sorted(groups.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        while stack and stack[-1].end <= start:
            stack.pop()
        if stack and end > stack[-1].end:
            stack[-1].hidden.extend(items)
            continue
        node = _Node(start, end, sorted(items, key=lambda s: (s.part != "trigger", s.event, s.label)))
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
    return roots, outside


class _Events:
    """The triggers of one column, numbered E1, E2, ... in text order."""

    def __init__(self, spans: Sequence[EventSpan]):
        self.triggers = {s.event: s for s in spans if s.part == "trigger"}
        ranked = sorted(self.triggers.values(), key=lambda t: (t.start, t.end, t.event))
        self.number = {t.event: k + 1 for k, t in enumerate(ranked)}

    def name(self, event: int) -> str:
        return f"E{self.number.get(event, event + 1)}"

    def describe(self, s: EventSpan, text: str) -> str:
        if s.part == "trigger":
            return f"{self.name(s.event)} trigger {s.label} [{s.start}:{s.end}] — {s.outcome}"
        t = self.triggers.get(s.event)
        of = self.name(s.event) + (f" “{text[t.start:t.end]}” ({t.label})" if t else "")
        return f"{s.label} of {of} [{s.start}:{s.end}] — {s.outcome}"

    def tag(self, s: EventSpan) -> str:
        name = self.name(s.event)
        text = f"{name} {short_type(s.label)}" if s.part == "trigger" else f"{s.label}·{name}"
        return f'<span class="tag {outcome_class(s.outcome)}">{escape(text)}</span>'


def _render(node: _Node, text: str, events: _Events) -> str:
    first = node.items[0]
    element = "mark" if first.part == "trigger" else "span"
    title = [events.describe(s, text) for s in node.items]
    title += ["crossing, not drawn: " + events.describe(s, text) for s in node.hidden]
    inner, pos = [], node.start
    for child in node.children:
        inner.append(escape(text[pos:child.start]))
        inner.append(_render(child, text, events))
        pos = child.end
    inner.append(escape(text[pos:node.end]))
    tags = "".join(events.tag(s) for s in node.items) + (f'<span class="tag more">+{len(node.hidden)}</span>' if node.hidden else "")
    return (f'<{element} class="ev {first.part} {outcome_class(first.outcome)}" data-part="{first.part}" '
            f'data-outcome="{escape(first.outcome)}" data-label="{escape(first.label)}" data-event="{first.event}" '
            f'data-start="{node.start}" data-end="{node.end}" title="{escape(chr(10).join(title))}">'
            f'{"".join(inner)}{tags}</{element}>')


def _chunk(text: str, lo: int, hi: int, roots: list[_Node], events: _Events) -> str:
    out, pos = [], lo
    for node in roots:
        if node.start < lo or node.start >= hi:
            continue
        out.append(escape(text[pos:node.start]))
        out.append(_render(node, text, events))
        pos = node.end
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _tally(spans: Sequence[EventSpan]) -> str:
    triggers = [s.outcome for s in spans if s.part == "trigger"]
    arguments = [s.outcome for s in spans if s.part == "argument"]
    return (f'<span class="muted">triggers</span> {pills(triggers, OUTCOMES)} '
            f'<span class="muted">arguments</span> {pills(arguments, ARGUMENT_OUTCOMES)}')


def event_document_html(view: EventDocumentView, index: int = 0) -> str:
    """One document twice side by side: gold events on the left, predicted ones on the right."""
    text = view.text or ""
    gold_roots, gold_out = _forest(view.gold, len(text))
    pred_roots, pred_out = _forest(view.pred, len(text))
    gold_events, pred_events = _Events(view.gold), _Events(view.pred)
    blocks = text_blocks(text, [(n.start, n.end) for n in gold_roots + pred_roots])
    n_gold, n_pred = len(gold_events.triggers), len(pred_events.triggers)
    out = [f'<details class="evdoc card" id="{slug("events", view.doc_id)}"{" open" if index < OPEN_DOCUMENTS else ""}>',
           (f'<summary><h3>{escape(view.doc_id)}</h3> <span class="muted">{n_gold} gold, {n_pred} predicted '
            "events</span></summary>"),
           f'<div class="docgrid evgrid" data-evdoc="{escape(view.doc_id)}">',
           f'<div class="colhead gold-head">gold {_tally(view.gold)}</div>',
           f'<div class="colhead pred-head">predicted {_tally(view.pred)}</div>']
    for lo, hi in blocks:
        out.append(f'<div class="text" data-side="gold">{_chunk(text, lo, hi, gold_roots, gold_events)}</div>')
        out.append(f'<div class="text" data-side="predicted">{_chunk(text, lo, hi, pred_roots, pred_events)}</div>')
    out.append("</div>")
    outside = [("gold", s) for s in gold_out] + [("predicted", s) for s in pred_out]
    if outside:
        out.append('<p class="note">Not drawn (empty or outside the text): '
                   + "; ".join(f"{c} {escape(s.part)} {escape(s.label)} [{s.start}:{s.end}] {escape(s.outcome)}"
                               for c, s in outside) + "</p>")
    out.append("</details>")
    return "".join(out)


CSS = """
.evgrid .text { line-height: 2.3; }
.ev { border-radius: 4px; padding: 1px 2px; box-decoration-break: clone; -webkit-box-decoration-break: clone; color: inherit; }
span.ev.argument { border-width: 1px; border-style: solid; }
mark.ev.trigger { border-width: 2px; font-weight: 600; }
.ev .tag { font: 600 9px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-left: 3px;
  padding: 1px 3px; border-radius: 3px; vertical-align: 1px; color: #fff; white-space: nowrap; border: 0; }
.ev .tag.more { background: #667085; }
"""
