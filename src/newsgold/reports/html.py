"""A self-contained HTML rendering of a report: tables, charts, confusion matrix, errors, documents.

``html_report(report)`` returns one HTML page as a string: inline CSS, inline SVG charts
drawn with matplotlib, one small inline script (sortable, filterable tables:
``html_tables``), no fonts, images, styles or scripts fetched from anywhere. The caller
writes it (atomically) wherever it likes; this module writes nothing to disk.

Page layout:

- a header with the system name (a "baseline" badge for baselines), the signatures and a
  legend;
- a summary (micro and macro F1 of every section);
- per section (a metric of a layer): a table of P/R/F1 with their bootstrap intervals
  ("0.831 [0.767, 0.883]"), counts, and a bar chart of per-category P/R/F1 with whiskers;
- the entity confusion matrix as a heat map, and the error listing;
- event errors: triggers (missed, spurious, wrong type, wrong boundary) and arguments
  (wrong role, wrong boundary, misattached, missed, spurious), in context;
- stance errors (wrong label, missed, spurious) with holder, target and cue marked in context;
- every document twice side by side, gold on the left and predictions on the right, each
  mention highlighted with the colour of its outcome (correct, wrong type, wrong boundary,
  wrong type and boundary, missed, spurious). Paragraphs are aligned row by row;
- the same for events (``html_events``): triggers and their numbered arguments.

Every table but the small confusion tables can be sorted by a click on a header and
filtered with a text box above it.

matplotlib is used through ``matplotlib.figure.Figure`` and never through ``pyplot``: no
GUI backend is selected and no global state is touched, so rendering a report from a
notebook, a server thread or a headless CI job behaves the same.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from collections.abc import Sequence
from html import escape
from typing import Any

from newsgold.reports.html_common import (
    OUTCOME_CLASSES,
    OUTCOME_COLOURS,
    breakable,
    context_html,
    error_listing,
    fmt,
    outcome_class,
    pills,
    quoted,
    slug,
    text_blocks,
)
from newsgold.reports import html_events, html_stances, html_tables
from newsgold.reports.html_events import argument_errors_table, event_document_html
from newsgold.reports.html_stances import stance_errors_table
from newsgold.reports.model import DocumentView, Interval, Report, Row, Section, Span
from newsgold.reports.text import MIN_UNITS, section_title
from newsgold.scoring.event_errors import ARGUMENT_OUTCOMES
from newsgold.scoring.matching import OUTCOMES
from newsgold.scoring.stance_errors import STANCE_ERROR_KINDS

__all__ = ["OUTCOME_CLASSES", "document_html", "html_report", "outcome_class"]

OUTCOME_HELP = {
    "correct": "span and type both right",
    "wrong type": "right span, wrong type",
    "wrong boundary": "right type, overlapping but different span",
    "wrong type and boundary": "overlapping span, different type",
    "missed": "gold mention with no prediction (gold column)",
    "spurious": "prediction with no gold mention (predicted column)",
    "wrong role": "argument: right span on the matched event, another role",
    "misattached": "argument: right span and event type, on a predicted event not matched to its gold event",
}

METRIC_COLOURS = {"precision": "#4c78a8", "recall": "#f58518", "f1": "#54a24b"}
MAX_ERRORS = 2000
OPEN_DOCUMENTS = 3


# --------------------------------------------------------------------------- formatting


def _cell(value: float, interval: Interval | None, units: int | None = None) -> str:
    """The value, then its interval in a smaller type (the text reads ``0.831 [0.767, 0.883]``);
    ``n<5`` where too few resampling units hold an item of the row to estimate one."""
    if units is not None and units < MIN_UNITS:
        return f'{fmt(value)} <span class="ci" title="fewer than {MIN_UNITS} resampling units">n&lt;{MIN_UNITS}</span>'
    if interval is None:
        return fmt(value)
    return f'{fmt(value)} <span class="ci">[{fmt(interval.low)}, {fmt(interval.high)}]</span>'


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def _f1_class(f1: float) -> str:
    if f1 is None or math.isnan(f1):
        return ""
    return "good" if f1 >= 0.8 else "fair" if f1 >= 0.5 else "poor"


# --------------------------------------------------------------------------- SVG from matplotlib

_PROLOG = re.compile(r"^.*?(?=<svg\b)", re.DOTALL)
_METADATA = re.compile(r"<metadata>.*?</metadata>\s*", re.DOTALL)
_XMLNS = re.compile(r'\s+xmlns(?::\w+)?="[^"]*"')
_ID = re.compile(r'\bid="([^"]+)"')
_REF = re.compile(r'(url\(#|href="#)([^")]+)')
_SIZE = re.compile(r'^<svg\b([^>]*?)\s+width="[^"]*"\s+height="[^"]*"')


def _rc() -> dict[str, Any]:
    return {
        "svg.fonttype": "none",  # text stays text: small, selectable, searchable
        "svg.hashsalt": "newsgold",  # deterministic ids, so the same report gives the same page
        "font.family": "sans-serif",
        "font.size": 8.5,
        "axes.spines.top": False,
        "axes.spines.right": False,
        "axes.titlesize": 9.5,
    }


def _svg(fig: Any, prefix: str, label: str) -> str:
    """The figure as an inline ``<svg>`` element: no prolog, no metadata, ids unique in the page."""
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    svg = _METADATA.sub("", _PROLOG.sub("", buf.getvalue(), count=1), count=1)
    svg = _XMLNS.sub("", svg)  # HTML parsers put <svg> in the SVG namespace on their own
    svg = _ID.sub(lambda m: f'id="{prefix}-{m.group(1)}"', svg)
    svg = _REF.sub(lambda m: f"{m.group(1)}{prefix}-{m.group(2)}", svg)
    # Keep the viewBox, let CSS size the chart (max-width: 100%), remember the natural width.
    m = re.search(r'\bwidth="([\d.]+)pt"', svg)
    natural = f' style="width:{float(m.group(1)) * 4 / 3:.0f}px"' if m else ""
    svg = _SIZE.sub(lambda m: f'<svg{m.group(1)}{natural} role="img" aria-label="{escape(label)}"', svg, count=1)
    return svg.strip()


def _text_width(texts: Sequence[str], size: float, weight: str = "normal") -> float:
    """Width in inches of the widest of ``texts`` in the current sans-serif font (no drawing needed)."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    prop = FontProperties(size=size, weight=weight)
    return max((measure.get_text_width_height_descent(t, prop, ismath=False)[0] for t in texts), default=0.0) / 72


def _figure(left: float, plot_width: float, right: float, top: float, plot_height: float, bottom: float) -> Any:
    """A figure with one axes and fixed margins, all in inches.

    Margins come from measured label widths: cheaper than a layout engine, which draws
    every figure one more time, and just as tight.
    """
    from matplotlib.figure import Figure

    width, height = left + plot_width + right, top + plot_height + bottom
    fig = Figure(figsize=(width, height))
    fig.subplots_adjust(left=left / width, right=1 - right / width, top=1 - top / height, bottom=bottom / height)
    return fig


def _ci_bounds(value: float, interval: Interval | None) -> tuple[float, float] | None:
    if interval is None or math.isnan(interval.low) or math.isnan(interval.high):
        return None
    return min(interval.low, value), max(interval.high, value)


def section_chart(section: Section, prefix: str) -> str:
    """Horizontal bars of P, R and F1 per category (and micro, macro) with interval whiskers."""
    import matplotlib

    rows = [r for r in section.rows if r.kind in ("micro", "macro")] + list(section.categories())
    n = len(rows)
    labels = [f"{r.name} ({r.support})" if r.kind == "category" else f"{r.name} avg" for r in rows]
    with matplotlib.rc_context(_rc()):
        size = matplotlib.rcParams["font.size"]
        label_width = max(_text_width([lb for lb, r in zip(labels, rows) if r.kind == "category"], size),
                          _text_width([lb for lb, r in zip(labels, rows) if r.kind != "category"], size, "bold"))
        fig = _figure(left=min(label_width, 6.0) + 0.12, plot_width=4.2, right=0.2,
                      top=0.34, plot_height=0.34 * n, bottom=0.52)
        ax = fig.add_subplot()
        bar = 0.26
        for k, statistic in enumerate(("precision", "recall", "f1")):
            colour = METRIC_COLOURS[statistic]
            ys = [i + (k - 1) * bar for i in range(n)]
            values = [0.0 if math.isnan(getattr(r, statistic)) else getattr(r, statistic) for r in rows]
            ax.barh(ys, values, height=bar * 0.92, color=colour, label="F1" if statistic == "f1" else statistic)
            whiskers = [(y, *bounds) for y, v, r in zip(ys, values, rows)
                        if (bounds := _ci_bounds(v, getattr(r, f"{statistic}_ci"))) is not None]
            if whiskers:  # one collection per statistic: a line and two caps per bar
                wy, low, high = (list(c) for c in zip(*whiskers))
                ax.hlines(wy, low, high, color="#222222", linewidth=0.8)
                ax.vlines(low + high, [y - bar * 0.28 for y in wy * 2], [y + bar * 0.28 for y in wy * 2],
                          color="#222222", linewidth=0.8)
        ax.set_yticks(range(n), labels)
        for tick, r in zip(ax.get_yticklabels(), rows):
            if r.kind != "category":
                tick.set_fontweight("bold")
        if n > 2:
            ax.axhline(1.5, color="#999999", linewidth=0.6, linestyle=(0, (3, 3)))
        ax.set_ylim(n - 0.5, -0.5)
        ax.set_xlim(0, 1.0)
        ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
        ax.xaxis.grid(True, color="#e5e5e5", linewidth=0.6)
        ax.set_axisbelow(True)
        ax.tick_params(axis="y", length=0)
        ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncols=3, frameon=False, fontsize=8,
                  handlelength=1.2, borderaxespad=0.2)
        ax.set_xlabel("score (whiskers: bootstrap interval); category (support)", fontsize=7.5, color="#555555")
        return _svg(fig, prefix, f"P/R/F1 per category: {section_title(section)}")


def confusion_chart(confusion: dict[str, Any], prefix: str) -> str:
    """Heat map of gold (rows) against predicted (columns) categories, counts in the cells.

    Same-type pairs (the diagonal) are blue, confusions and misses/spurious predictions red;
    both scales are square-root so small error counts stay visible next to a large diagonal.
    """
    import matplotlib
    import numpy as np
    from matplotlib.colors import PowerNorm

    gold = [str(x) for x in confusion.get("labels_gold", [])]
    pred = [str(x) for x in confusion.get("labels_pred", [])]
    matrix = np.asarray(confusion.get("matrix", []), dtype=float).reshape(len(gold), len(pred))
    same = np.array([[g == p for p in pred] for g in gold], dtype=bool).reshape(matrix.shape)
    vmax = max(float(matrix.max()) if matrix.size else 1.0, 1.0)
    with matplotlib.rc_context(_rc()):
        size = matplotlib.rcParams["font.size"]
        gold_width, pred_width = _text_width(gold, size), _text_width(pred, size)
        line = size * 1.4 / 72
        fig = _figure(left=max(gold_width + 0.12 + line, pred_width * 0.71 + 0.05), plot_width=0.46 * max(len(pred), 1),
                      right=0.15, top=0.1, plot_height=0.36 * max(len(gold), 1),
                      bottom=(pred_width + line) * 0.71 + 0.1 + line)
        ax = fig.add_subplot()
        ax.set_facecolor("#f3f4f6")
        diagonal = np.ma.masked_where(~same | (matrix == 0), matrix)
        off = np.ma.masked_where(same | (matrix == 0), matrix)
        off_max = float(off.max()) if off.count() else 1.0
        # Vector cells (pcolormesh), not imshow: an image would be embedded as a PNG.
        xs, ys = np.arange(len(pred) + 1) - 0.5, np.arange(len(gold) + 1) - 0.5
        ax.pcolormesh(xs, ys, diagonal, cmap="Blues", norm=PowerNorm(0.5, vmin=0, vmax=vmax))
        ax.pcolormesh(xs, ys, off, cmap="Reds", norm=PowerNorm(0.5, vmin=0, vmax=max(off_max, 1.0)))
        ax.set_xlim(-0.5, len(pred) - 0.5)
        ax.set_ylim(len(gold) - 0.5, -0.5)
        for i in range(len(gold)):
            for j in range(len(pred)):
                v = matrix[i, j]
                if v == 0:
                    continue
                strength = math.sqrt(v / (vmax if same[i, j] else max(off_max, 1.0)))
                ax.text(j, i, f"{int(v)}", ha="center", va="center", fontsize=8,
                        color="white" if strength > 0.6 else "#111111")
        ax.set_xticks(range(len(pred)), pred, rotation=45, ha="right", rotation_mode="anchor")
        ax.set_yticks(range(len(gold)), gold)
        ax.set_xlabel("predicted")
        ax.set_ylabel("gold")
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        ax.set_xticks(np.arange(-0.5, len(pred), 1), minor=True)
        ax.set_yticks(np.arange(-0.5, len(gold), 1), minor=True)
        ax.grid(which="minor", color="white", linewidth=1.2)
        ax.tick_params(which="minor", length=0)
        return _svg(fig, prefix, "confusion matrix, gold against predicted categories")


# --------------------------------------------------------------------------- tables


def _row_html(r: Row, partial: bool) -> str:
    cls = "avg" if r.kind != "category" else "cat"
    cells = [
        f'<th scope="row">{breakable(r.name)}</th>',
        f'<td class="num">{_cell(r.precision, r.precision_ci, r.units)}</td>',
        f'<td class="num">{_cell(r.recall, r.recall_ci, r.units)}</td>',
        f'<td class="num f1 {_f1_class(r.f1)}">{_cell(r.f1, r.f1_ci, r.units)}</td>',
        f'<td class="num">{r.support}</td>',
        f'<td class="num">{_count(r.tp)}</td>',
        f'<td class="num">{_count(r.fp)}</td>',
        f'<td class="num">{_count(r.fn)}</td>',
    ]
    if partial:
        cells.append(f'<td class="num">{_count(r.partial)}</td>')
    return f'<tr class="{cls} kind-{escape(r.kind)}">' + "".join(cells) + "</tr>"


def section_table(section: Section) -> str:
    partial = any(r.partial for r in section.rows)
    head = ["category", "precision", "recall", "F1", "support", "tp", "fp", "fn"] + (["partial"] if partial else [])
    rows = list(section.categories()) + [r for r in section.rows if r.kind != "category"]
    return (f'<table class="scores {html_tables.SORTABLE}"><thead><tr>' + "".join(f"<th>{h}</th>" for h in head)
            + "</tr></thead><tbody>" + "".join(_row_html(r, partial) for r in rows) + "</tbody></table>")


def _extra_html(extra: dict[str, Any]) -> str:
    parts = []
    for key, value in extra.items():
        if key.endswith("_ci") or key == "confusion":
            continue
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            text = fmt(float(value))
            ci = extra.get(f"{key}_ci")
            if isinstance(ci, (list, tuple)) and len(ci) == 2:
                text += f" [{fmt(float(ci[0]))}, {fmt(float(ci[1]))}]"
            parts.append(f'<span class="figure"><b>{escape(key.replace("_", " "))}</b> {text}</span>')
    html = f'<p class="extra">{" ".join(parts)}</p>' if parts else ""
    confusion = extra.get("confusion")
    if isinstance(confusion, dict) and {"index", "columns", "data"} <= set(confusion):
        html += _small_confusion(confusion)
    return html


def _small_confusion(split: dict[str, Any]) -> str:
    """A small label confusion table (rows gold, columns predicted), cells tinted by share."""
    columns = [str(c) for c in split["columns"]]
    out = ['<table class="mini"><caption>label confusion (rows: gold, columns: predicted)</caption><thead><tr><th></th>']
    out += [f"<th>{escape(c)}</th>" for c in columns]
    out.append("</tr></thead><tbody>")
    total = max((sum(v for v in row) for row in split["data"]), default=1) or 1
    for name, row in zip(split["index"], split["data"]):
        out.append(f'<tr><th scope="row">{escape(str(name))}</th>')
        for col, v in zip(columns, row):
            alpha = min(1.0, math.sqrt(v / total)) if v else 0.0
            hue = "46,125,50" if str(name) == col else "198,40,40"
            out.append(f'<td class="num" style="background:rgba({hue},{alpha * 0.55:.2f})">{v}</td>')
        out.append("</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _label_cell(label: Any) -> str:
    return "" if label is None else f'<span class="lbl">{breakable(str(label))}</span>'


def errors_table(errors: Sequence[dict[str, Any]], limit: int = MAX_ERRORS, layer: str = "entities") -> str:
    """Entity errors, or trigger errors (``layer="triggers"``: the labels are event types)."""
    head = ["document", "error", "gold", "predicted", "gold text", "predicted text", "context"]
    return error_listing(
        layer, head, errors, limit,
        lambda e: (f"<td>{_label_cell(e.get('gold_label'))}</td><td>{_label_cell(e.get('pred_label'))}</td>"
                   f"<td>{quoted(e.get('gold_text'))}</td><td>{quoted(e.get('pred_text'))}</td>"
                   f'<td class="context">{context_html(e.get("context"))}</td>'),
        "trigger errors" if layer == "triggers" else "errors")


# --------------------------------------------------------------------------- documents


def _layout(spans: Sequence[Span], length: int) -> tuple[list[tuple[Span, list[Span]]], list[Span]]:
    """Spans to highlight (each with the overlapping spans it hides) and spans that cannot be shown.

    Spans are taken earliest first, the longer first at the same start; a span overlapping
    an already taken one is hidden behind it (listed in its tooltip). Spans outside the text
    or empty are returned apart.
    """
    shown: list[tuple[Span, list[Span]]] = []
    unshowable: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -(s.end - s.start), s.label, s.outcome)):
        if not (0 <= span.start < span.end <= length):
            unshowable.append(span)
        elif shown and span.start < shown[-1][0].end:
            shown[-1][1].append(span)
        else:
            shown.append((span, []))
    return shown, unshowable


def _counterparts(span: Span, others: Sequence[Span]) -> list[Span]:
    """Spans of the other column that probably form the matched pair with ``span``."""
    if span.outcome in ("missed", "spurious"):
        return []
    return [o for o in others if o.outcome == span.outcome and o.start < span.end and span.start < o.end]


def _mark(text: str, span: Span, hidden: list[Span], column: str, others: Sequence[Span]) -> str:
    other_name = "predicted" if column == "gold" else "gold"
    title = [f"{column}: {span.label} [{span.start}:{span.end}] — {span.outcome}"]
    for o in _counterparts(span, others):
        title.append(f"{other_name}: {o.label} [{o.start}:{o.end}] “{text[o.start:o.end]}”")
    for h in hidden:
        title.append(f"also {column} (overlapping, not highlighted): {h.label} [{h.start}:{h.end}] "
                     f"“{text[max(h.start, 0):h.end]}” — {h.outcome}")
    tag = escape(span.label) + (f" +{len(hidden)}" if hidden else "")
    return (f'<mark class="{outcome_class(span.outcome)}" data-outcome="{escape(span.outcome)}" '
            f'data-label="{escape(span.label)}" data-start="{span.start}" data-end="{span.end}"'
            + (f' data-hidden="{len(hidden)}"' if hidden else "")
            + f' title="{escape(chr(10).join(title))}">{escape(text[span.start:span.end])}'
            f'<span class="tag">{tag}</span></mark>')


def _column_chunk(text: str, lo: int, hi: int, shown: list[tuple[Span, list[Span]]],
                  column: str, others: Sequence[Span]) -> str:
    out = []
    pos = lo
    for span, hidden in shown:
        if span.start < lo or span.start >= hi:
            continue
        out.append(escape(text[pos:span.start]))
        out.append(_mark(text, span, hidden, column, others))
        pos = span.end
    out.append(escape(text[pos:hi]))
    return "".join(out)


def _tally(spans: Sequence[Span]) -> str:
    counts = Counter(s.outcome for s in spans)
    return " ".join(f'<span class="pill {outcome_class(o)}">{escape(o)} {counts[o]}</span>'
                    for o in OUTCOMES if counts.get(o))


def document_html(view: DocumentView, index: int = 0) -> str:
    """One document twice side by side: gold mentions on the left, predicted ones on the right."""
    text = view.text or ""
    gold_shown, gold_bad = _layout(view.gold, len(text))
    pred_shown, pred_bad = _layout(view.pred, len(text))
    blocks = text_blocks(text, [(s.start, s.end) for s, _ in gold_shown + pred_shown])
    anchor = slug("doc", view.doc_id)
    out = [f'<details class="doc card" id="{anchor}"{" open" if index < OPEN_DOCUMENTS else ""}>',
           (f'<summary><h3>{escape(view.doc_id)}</h3> <span class="muted">{len(view.gold)} gold, '
            f"{len(view.pred)} predicted mentions</span></summary>"),
           '<div class="docgrid" data-doc="' + escape(view.doc_id) + '">',
           f'<div class="colhead gold-head">gold {_tally(view.gold)}</div>',
           f'<div class="colhead pred-head">predicted {_tally(view.pred)}</div>']
    for lo, hi in blocks:
        out.append(f'<div class="text" data-column="gold">{_column_chunk(text, lo, hi, gold_shown, "gold", view.pred)}</div>')
        out.append(f'<div class="text" data-column="predicted">'
                   f'{_column_chunk(text, lo, hi, pred_shown, "predicted", view.gold)}</div>')
    out.append("</div>")
    bad = [("gold", s) for s in gold_bad] + [("predicted", s) for s in pred_bad]
    if bad:
        out.append('<p class="note">Not highlighted (empty or outside the text): '
                   + "; ".join(f"{c} {escape(s.label)} [{s.start}:{s.end}] {escape(s.outcome)}" for c, s in bad)
                   + "</p>")
    out.append("</details>")
    return "".join(out)


# --------------------------------------------------------------------------- page

CSS = """
:root { --ink:#1d2330; --muted:#667085; --line:#e3e6eb; --bg:#f6f7f9; --card:#ffffff; --accent:#3b5bdb; }
* { box-sizing: border-box; }
body { margin:0; background:var(--bg); color:var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1480px; margin: 0 auto; padding: 20px 24px 60px; }
header.top { background: var(--card); border-bottom: 1px solid var(--line); }
header.top .inner { max-width: 1480px; margin: 0 auto; padding: 18px 24px 14px; }
h1 { font-size: 22px; margin: 0 0 6px; display:flex; align-items:center; gap:10px; flex-wrap:wrap; }
h1 .sub { font-weight: 400; color: var(--muted); font-size: 15px; }
h2 { font-size: 18px; margin: 30px 0 10px; }
h3 { font-size: 15px; margin: 0; display: inline; }
.badge { font-size: 11px; font-weight: 600; text-transform: uppercase; letter-spacing: .06em;
  background: #fff4d6; color: #8a5a00; border: 1px solid #e8c66a; border-radius: 999px; padding: 2px 9px; }
.muted, .note { color: var(--muted); }
.note { font-size: 12.5px; }
.mono, code, .sigs { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace; }
.sigs { font-size: 12px; margin: 8px 0 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; }
.sigs dt { color: var(--muted); } .sigs dd { margin: 0; word-break: break-all; }
nav.toc { font-size: 13px; margin-top: 10px; display:flex; flex-wrap:wrap; gap:4px 14px; }
nav.toc a { color: var(--accent); text-decoration: none; } nav.toc a:hover { text-decoration: underline; }
.legend { display:flex; flex-wrap:wrap; gap:6px 16px; align-items:center; font-size: 12.5px; margin-top: 10px; }
.legend .item { display:flex; align-items:center; gap:6px; }
.card { background: var(--card); border: 1px solid var(--line); border-radius: 10px; padding: 14px 16px; margin: 12px 0; }
details > summary { cursor: pointer; list-style: none; }
details > summary::-webkit-details-marker { display: none; }
details > summary::before { content: "▸"; color: var(--muted); display:inline-block; width: 1em; }
details[open] > summary::before { content: "▾"; }
.section-body { display: flex; flex-wrap: wrap; gap: 18px 28px; margin-top: 10px; align-items: flex-start; }
.section-body > .tablebox { flex: 1 1 auto; min-width: 0; overflow-x: auto; }
.section-body > .chart { flex: 1 1 480px; min-width: 320px; max-width: 880px; }
.chart svg, .heat svg { max-width: 100%; height: auto; display: block; }
table { border-collapse: collapse; font-size: 13px; }
table.scores { width: 100%; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { font-size: 12px; color: var(--muted); font-weight: 600; border-bottom: 2px solid var(--line); white-space: nowrap; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tbody th { font-weight: 500; min-width: 7em; }
.ci { font-size: 11.5px; color: var(--muted); font-weight: 400; }
tr.avg th, tr.avg td { font-weight: 650; background: #fafbfc; }
tr.kind-micro th, tr.kind-micro td { border-top: 2px solid #c9ced6; }
td.f1 { font-weight: 600; }
td.f1.good { color: #1b7a2e; } td.f1.fair { color: #9a6700; } td.f1.poor { color: #b42318; }
.extra { margin: 8px 0 0; font-size: 13px; display:flex; gap: 6px 18px; flex-wrap: wrap; }
table.mini { margin-top: 8px; } table.mini caption { caption-side: top; text-align: left; font-size: 12px; color: var(--muted); white-space: nowrap; }
table.summary td.num { min-width: 9em; }
table.errors { width: 100%; font-size: 12.5px; }
table.errors td.context { color: #444; min-width: 20em; } table.errors td.context b { color: var(--ink); background: #fff1b8; }
.lbl { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 11.5px; }
.pill { display:inline-block; font-size: 11.5px; border-radius: 999px; padding: 0 8px; border: 1px solid; white-space: nowrap; }
.docgrid { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); column-gap: 22px; margin-top: 10px; }
.colhead { font-weight: 650; padding: 6px 0 8px; border-bottom: 2px solid var(--line); margin-bottom: 8px;
  display:flex; flex-wrap: wrap; gap: 4px 6px; align-items: center; position: sticky; top: 0; background: var(--card); z-index: 1; }
.colhead .pill { font-weight: 400; font-size: 11px; padding: 0 6px; }
.docgrid .text { white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14.5px; line-height: 2.0;
  font-family: Georgia, "Iowan Old Style", "Times New Roman", serif; }
.docgrid .text[data-column="gold"] { padding-right: 11px; border-right: 1px dashed var(--line); }
mark { color: inherit; border-radius: 4px; padding: 1px 3px; border: 1px solid; box-decoration-break: clone;
  -webkit-box-decoration-break: clone; }
mark .tag { font: 600 9.5px/1 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; margin-left: 4px;
  padding: 1px 3px; border-radius: 3px; vertical-align: 1px; color: #fff; letter-spacing: .02em; white-space: nowrap; }
"""


def _outcome_css() -> str:
    rules = []
    for outcome, (fill, border) in OUTCOME_COLOURS.items():
        cls = outcome_class(outcome)
        style = "dashed" if outcome == "spurious" else "solid"
        width = "2px" if outcome in ("missed", "spurious") else "1px"
        rules.append(f"mark.{cls}, .pill.{cls}, .swatch.{cls} {{ background:{fill}; border:{width} {style} {border}; }}")
        rules.append(f"mark.{cls} .tag {{ background:{border}; }}")
        rules.append(f".ev.{cls} {{ background:{fill}; border-color:{border}; border-style:{style}; }}")
        rules.append(f".ev .tag.{cls} {{ background:{border}; }}")
        rules.append(f".pill.{cls} {{ color:{border}; }}")
    rules.append(".swatch { display:inline-block; width: 26px; height: 14px; border-radius: 3px; }")
    return "\n".join(rules)


def _legend(outcomes: Sequence[str] = OUTCOMES, title: str = "Mentions:") -> str:
    items = "".join(f'<span class="item" title="{escape(OUTCOME_HELP.get(o, o))}"><span class="swatch {outcome_class(o)}">'
                    f"</span>{escape(o)}</span>" for o in outcomes)
    return f'<div class="legend"><b>{escape(title)}</b> {items}</div>'


def _summary(report: Report, anchors: list[str]) -> str:
    out = [(f'<table class="summary scores {html_tables.SORTABLE}"><thead><tr><th>layer</th><th>metric</th><th>micro P</th><th>micro R</th>'
            "<th>micro F1</th><th>macro F1</th><th>support</th></tr></thead><tbody>")]
    for section, anchor in zip(report.sections, anchors):
        micro = next((r for r in section.rows if r.kind == "micro"), None)
        macro = next((r for r in section.rows if r.kind == "macro"), None)
        if micro is None:
            continue
        out.append(
            f"<tr><td>{escape(section.layer)}</td><td><a href=\"#{anchor}\">{escape(section.metric.replace('_', ' '))}</a></td>"
            f'<td class="num">{_cell(micro.precision, micro.precision_ci)}</td>'
            f'<td class="num">{_cell(micro.recall, micro.recall_ci)}</td>'
            f'<td class="num f1 {_f1_class(micro.f1)}">{_cell(micro.f1, micro.f1_ci)}</td>'
            f'<td class="num">{"" if macro is None else _cell(macro.f1, macro.f1_ci)}</td>'
            f'<td class="num">{micro.support}</td></tr>'
        )
    out.append("</tbody></table>")
    return "".join(out)


def _resampling_text(report: Report) -> str:
    descriptions = sorted({sig.resampling for sig in report.signatures.values()})
    if not descriptions or descriptions == ["none"]:
        return "No bootstrap intervals were computed."
    return ("Intervals in brackets are percentile bootstrap intervals ("
            + ", ".join(f"<code>{escape(d)}</code>" for d in descriptions) + ").")


def html_report(report: Report) -> str:
    """The report as one self-contained HTML page (inline CSS, SVG and script; nothing fetched).

    Nothing is written to disk; write the string wherever (and however atomically) you like.
    """
    title = f"{report.system} — newsgold report"
    anchors = [slug("section", s.layer, s.metric, str(i)) for i, s in enumerate(report.sections)]
    documents = [d for d in report.documents if d.text is not None]
    toc = ['<a href="#summary">summary</a>']
    toc += [f'<a href="#{a}">{escape(s.layer)}: {escape(s.metric.replace("_", " "))}</a>'
            for s, a in zip(report.sections, anchors)]
    if report.confusion:
        toc.append('<a href="#confusion">confusion matrix</a>')
    if report.errors:
        toc.append(f'<a href="#errors">entity errors ({len(report.errors)})</a>')
    event_errors = len(report.trigger_errors) + len(report.argument_errors)
    if event_errors:
        toc.append(f'<a href="#event-errors">event errors ({event_errors})</a>')
    if report.stance_errors:
        toc.append(f'<a href="#stance-errors">stance errors ({len(report.stance_errors)})</a>')
    if documents:
        toc.append('<a href="#documents">documents</a>')
    event_documents = [d for d in report.event_documents if d.text is not None]
    if event_documents:
        toc.append('<a href="#event-documents">events in documents</a>')

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="newsgold">',
        f"<title>{escape(title)}</title>",
        f"<style>{CSS}\n{html_tables.CSS}\n{html_events.CSS}\n{html_stances.CSS}\n{_outcome_css()}</style>",
        "</head><body>",
        '<header class="top"><div class="inner">',
        f'<h1>{escape(report.system)} <span class="sub">newsgold evaluation report</span>'
        + (' <span class="badge">baseline</span>' if report.baseline else "") + "</h1>",
        '<dl class="sigs">' + "".join(f"<dt>{escape(layer)}</dt><dd>{escape(str(sig))}</dd>"
                                      for layer, sig in report.signatures.items()) + "</dl>",
        (f'<p class="note">P = precision, R = recall, F1 = their harmonic mean; micro averages pool the '
         f"counts, macro averages the categories. {_resampling_text(report)} Two numbers are comparable "
         "only under the same signature.</p>"),
        _legend(),
        '<nav class="toc">' + "".join(toc) + "</nav>",
        "</div></header><main>",
        '<h2 id="summary">Summary</h2>',
        f'<div class="card">{_summary(report, anchors)}</div>',
    ]
    for i, (section, anchor) in enumerate(zip(report.sections, anchors)):
        notes = "".join(f'<p class="note">{escape(n)}</p>' for n in section.notes)
        parts.append(
            f'<details class="card section" id="{anchor}" open data-layer="{escape(section.layer)}" '
            f'data-metric="{escape(section.metric)}"><summary><h3>{escape(section_title(section))}</h3> '
            f'<span class="muted">{escape(section.layer)} / {escape(section.metric)}</span></summary>'
            f'<div class="section-body"><div class="tablebox">{section_table(section)}{_extra_html(section.extra)}{notes}</div>'
            f'<div class="chart">{section_chart(section, f"c{i}")}</div></div></details>'
        )
    if report.confusion:
        parts.append('<h2 id="confusion">Entity confusion matrix</h2>')
        parts.append('<div class="card heat"><p class="note">Rows: gold type (SPURIOUS: predictions with no gold '
                     "mention); columns: predicted type (MISSED: gold mentions with no prediction). A matched pair "
                     "counts whatever its boundaries. Blue: same type; red: errors.</p>"
                     f"{confusion_chart(report.confusion, 'cm')}</div>")
    if report.errors:
        counts = Counter(str(e.get("kind")) for e in report.errors)
        kinds = {k: counts[k] for k in sorted(counts, key=lambda k: (OUTCOMES.index(k) if k in OUTCOMES else 99, k))}
        parts.append(f'<h2 id="errors">Entity errors <span class="muted">({len(report.errors)})</span></h2>')
        parts.append('<div class="card"><p>' + " ".join(f'<span class="pill {outcome_class(k)}">{escape(k)} {n}</span>'
                                                         for k, n in kinds.items()) + "</p>"
                     + errors_table(report.errors) + "</div>")
    if event_errors:
        parts.append(f'<h2 id="event-errors">Event errors <span class="muted">({event_errors})</span></h2>')
        parts.append(
            '<div class="card"><h3>Triggers</h3> <p class="note">Trigger classification: missed, spurious, '
            "wrong type (a mistyped trigger: right span, other event type), wrong boundary (overlapping span).</p>"
            f"<p>{pills((str(e.get('kind')) for e in report.trigger_errors), OUTCOMES)}</p>"
            f'{errors_table(report.trigger_errors, layer="triggers")}</div>'
            '<div class="card"><h3>Arguments</h3> <p class="note">Wrong role: right span on the matched event, '
            "another role. Wrong boundary: an overlapping span on the matched event. Misattached: right span "
            "and event type, but on a predicted event that is not the one matched to its gold event (counted "
            "by the plain argument metrics, not by the attached ones). An event's missed trigger makes its "
            "arguments missed.</p>"
            f"<p>{pills((str(e.get('kind')) for e in report.argument_errors), ARGUMENT_OUTCOMES)}</p>"
            f"{argument_errors_table(report.argument_errors, MAX_ERRORS)}</div>")
    if report.stance_errors:
        parts.append(f'<h2 id="stance-errors">Stance errors <span class="muted">({len(report.stance_errors)})</span></h2>')
        parts.append(
            '<div class="card"><p class="note">Stance extraction: wrong label (the gold holder and target, another '
            "label), missed, spurious. Holder, target and cue are the gold stance's (the prediction's for a "
            "spurious one).</p>"
            f"<p>{pills((str(e.get('kind')) for e in report.stance_errors), STANCE_ERROR_KINDS)}</p>"
            f"{html_stances.LEGEND}{stance_errors_table(report.stance_errors, MAX_ERRORS)}</div>")
    if documents:
        parts.append('<h2 id="documents">Documents: gold and predicted mentions side by side</h2>')
        parts.append('<p class="note">Left: gold mentions, coloured by what became of them. Right: the system\'s '
                     "predictions. Hover a mention for its offsets and its counterpart; where predictions overlap, "
                     "the earliest (then longest) is highlighted and the others are listed in its tooltip.</p>")
        parts.append(_legend())
        parts.extend(document_html(d, i) for i, d in enumerate(documents))
    if event_documents:
        parts.append('<h2 id="event-documents">Events in documents: gold and predicted side by side</h2>')
        parts.append('<p class="note">Left: gold events; right: predicted ones. Triggers (bold, tagged with the '
                     "event number and type) are coloured by their trigger-classification outcome; arguments "
                     "(boxed, tagged role·event number) by theirs. Hover a span for its event and offsets.</p>")
        parts.append(_legend(ARGUMENT_OUTCOMES, "Arguments:"))
        parts.extend(event_document_html(d, i) for i, d in enumerate(event_documents))
    skipped = len(report.documents) - len(documents) + len(report.event_documents) - len(event_documents)
    if skipped:
        parts.append(f'<p class="note">{skipped} document view(s) without text are not shown.</p>')
    parts.append(html_tables.script_tag())
    parts.append("</main></body></html>")
    return "\n".join(parts) + "\n"
