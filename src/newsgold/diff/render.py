"""Renderings of a diff report: terminal (rich), Markdown, JSON and a self-contained HTML page.

Agreement tables are drawn by the score report's renderers (``reports.text``,
``reports.html``), so they read the same as ``newsgold score``'s.
"""

from __future__ import annotations

from html import escape
from typing import Any

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsgold.diff.compare import LAYER_KINDS
from newsgold.diff.report import ALL, ChurnRow, DiffReport
from newsgold.jsonio import dumps_pretty
from newsgold.reports.text import MIN_UNITS, _md_row, rich_section, section_title
from newsgold.scoring.analysis import context

READING = ("NEW is scored against OLD as the reference: precision is the share of NEW's items that OLD has, "
           "recall the share of OLD's items that NEW kept (OLD against NEW swaps the two; F1 is the same). "
           "Intervals: paired percentile bootstrap over documents (grouped at random into at most 4096 units).")
CHURN_NOTE = ("Churn: the share of a category's items that changed. Changes are charged to the OLD item's "
              "category (retyped, re-bounded, removed, flipped, arguments changed), additions to the NEW item's.")
WIDTH = 40


def _documents_line(report: DiffReport) -> str:
    d = report.documents
    line = (f"documents: OLD {d['OLD']}, NEW {d['NEW']}, matched {d['matched']}, only in OLD {d['OLD only']}, "
            f"only in NEW {d['NEW only']}")
    if d["different doc_sha256"]:
        line += f"; {d['different doc_sha256']} matched document(s) have a different doc_sha256 on the two sides"
    return line


def _unmatched_lines(report: DiffReport) -> list[str]:
    return [f"examples only in {side.split()[0]}: {', '.join(ids)}" for side, ids in report.unmatched.items() if ids]


def _layer_lines(report: DiffReport) -> list[str]:
    return [f"{layer}: compared on {c['compared']} document(s)"
            + (f"; only OLD has the layer on {c['OLD only']}" if c["OLD only"] else "")
            + (f"; only NEW has it on {c['NEW only']}" if c["NEW only"] else "")
            for layer, c in report.layers.items()]


def _churn_columns(layer: str) -> tuple[str, ...]:
    return tuple(k for k in LAYER_KINDS[layer] if k != "unchanged")


def _item_text(report: DiffReport, item: dict[str, Any], side: str) -> str:
    value = item.get(side)
    if value is None:
        return "—"
    text = report.texts.get(item["doc_id"])
    if item["layer"] == "entities":
        surface = f" {text[value['start']:value['end']]!r}" if text else ""
        return f"{value['label']} [{value['start']}, {value['end']}){surface}"
    if item["layer"] == "events":
        trigger = value["trigger"]
        surface = f" {text[trigger['start']:trigger['end']]!r}" if text else ""
        args = ", ".join(f"{a['role']} [{a['start']}, {a['end']})" for a in value.get("arguments", ()))
        return f"{value['type']} [{trigger['start']}, {trigger['end']}){surface}" + (f"; {args}" if args else "")
    holder = value["holder"]
    who = "author" if holder.get("author") else f"[{holder['start']}, {holder['end']})"
    ((kind, target),) = value["target"].items()
    return f"{value['label']}: {who} on {kind} {target}"


def _anchor(item: dict[str, Any]) -> tuple[int, int] | None:
    value = item.get("old") or item.get("new")
    if item["layer"] == "entities":
        return value["start"], value["end"]
    if item["layer"] == "events":
        return value["trigger"]["start"], value["trigger"]["end"]
    evidence = value.get("evidence")
    return (evidence["start"], evidence["end"]) if evidence else None


def item_context(report: DiffReport, item: dict[str, Any]) -> str | None:
    span = _anchor(item)
    text = report.texts.get(item["doc_id"])
    return context(text, *span, WIDTH) if span and text else None


# --------------------------------------------------------------------------- terminal


def rich_diff(report: DiffReport) -> Group:
    parts: list[Any] = [Text(f"NEW = {report.new} against OLD = {report.old}", style="bold underline"),
                        Text(_documents_line(report))]
    parts += [Text(line, style="dim") for line in _unmatched_lines(report) + _layer_lines(report)]
    for section in report.sections:
        parts.append(rich_section(section))
    parts.append(Text(READING, style="dim"))
    for layer in report.layers:
        rows = [r for r in report.churn if r.layer == layer]
        if not rows:
            continue
        table = Table(title=f"{layer}: churn", title_justify="left")
        for name in ("category", "items", "unchanged", *_churn_columns(layer), "churn"):
            table.add_column(name, justify="left" if name == "category" else "right", no_wrap=name == "category")
        for i, row in enumerate(rows):
            table.add_row(row.category, str(row.items), str(row.kinds["unchanged"]),
                          *(str(row.kinds[k]) for k in _churn_columns(layer)), f"{row.rate:.3f}",
                          style="bold" if row.category == ALL else None, end_section=i == len(rows) - 2)
        parts.append(table)
    parts.append(Text(CHURN_NOTE, style="dim"))
    if report.top:
        table = Table(title="documents that changed most", title_justify="left")
        for name in ("document", "changes", *report.layers):
            table.add_column(name, justify="left" if name == "document" else "right")
        for doc in report.top:
            table.add_row(doc["doc_id"], str(doc["changes"]), *(str(doc.get(layer, 0)) for layer in report.layers))
        parts.append(table)
    documents = len({item["doc_id"] for item in report.sample})
    parts.append(Text(f"review sample: {len(report.sample)} change(s) in {documents} document(s), at most "
                      f"{report.options.sample} per layer and category (seed {report.options.seed})"))
    for breach in report.breaches:
        parts.append(Text(f"churn limit exceeded: {breach}", style="bold red"))
    return Group(*parts)


# --------------------------------------------------------------------------- Markdown


def _md_churn(layer: str, rows: list[ChurnRow]) -> list[str]:
    columns = _churn_columns(layer)
    lines = [f"### {layer}", "", "| category | items | unchanged | " + " | ".join(columns) + " | churn |",
             "|---|" + "---:|" * (len(columns) + 3)]
    for row in rows:
        name = f"**{row.category}**" if row.category == ALL else row.category
        lines.append(f"| {name} | {row.items} | {row.kinds['unchanged']} | "
                     + " | ".join(str(row.kinds[k]) for k in columns) + f" | {row.rate:.3f} |")
    return lines + [""]


def _md_cell(value: Any) -> str:
    return str(value).replace("|", "\\|").replace("\n", " ")


def markdown_diff(report: DiffReport) -> str:
    lines = [f"# NEW = {_md_cell(report.new)} against OLD = {_md_cell(report.old)}", "", _documents_line(report), ""]
    lines += [f"- {line}" for line in _unmatched_lines(report) + _layer_lines(report)] + [""]
    lines += ["## Agreement", "", READING, ""]
    for section in report.sections:
        lines += [f"### {section_title(section)}", "",
                  "| category | precision | recall | F1 | support | tp | fp | fn |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        lines += [_md_row(r) for r in section.rows] + [""]
        if section.notes:
            lines += ["Notes: " + "; ".join(section.notes), ""]
    lines += ["## Churn", "", CHURN_NOTE, ""]
    for layer in report.layers:
        rows = [r for r in report.churn if r.layer == layer]
        if rows:
            lines += _md_churn(layer, rows)
    if report.breaches:
        lines += ["**Churn limits exceeded:**", ""] + [f"- {b}" for b in report.breaches] + [""]
    if report.top:
        lines += ["## Documents that changed most", "", "| document | changes | " + " | ".join(report.layers) + " |",
                  "|---|" + "---:|" * (len(report.layers) + 1)]
        lines += [f"| {_md_cell(d['doc_id'])} | {d['changes']} | " + " | ".join(str(d.get(layer, 0)) for layer in report.layers)
                  + " |" for d in report.top] + [""]
    lines += ["## Review sample", "",
              f"At most {report.options.sample} changes per layer and category, seed {report.options.seed}.", "",
              "| layer | category | change | document | OLD | NEW | context |", "|---|---|---|---|---|---|---|"]
    for item in report.sample:
        lines.append(f"| {item['layer']} | {_md_cell(item['category'])} | {item['kind']} | {_md_cell(item['doc_id'])} | "
                     f"{_md_cell(_item_text(report, item, 'old'))} | {_md_cell(_item_text(report, item, 'new'))} | "
                     f"{_md_cell(item_context(report, item) or '')} |")
    lines += ["", f"Intervals: ± half the width of the percentile interval; n<{MIN_UNITS}: too few resampling units."]
    return "\n".join(lines) + "\n"


def json_diff(report: DiffReport) -> str:
    return dumps_pretty(report.to_dict())


# --------------------------------------------------------------------------- HTML

CSS = """
body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
main{max-width:1200px;margin:0 auto;padding:16px 24px 48px}
h1{font-size:22px;margin:8px 0}h2{font-size:18px;margin:28px 0 8px}h3{font-size:15px;margin:16px 0 6px}
.card{background:#fff;border:1px solid #dde1e7;border-radius:8px;padding:12px 16px;margin:10px 0;overflow-x:auto}
table{border-collapse:collapse;font-size:13px}th,td{padding:3px 8px;border-bottom:1px solid #eceff3;text-align:left;
vertical-align:top}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}.ci{color:#6b7280;font-size:11px}
tr.avg th,tr.avg td,tr.all th,tr.all td{font-weight:600;background:#f3f5f8}.muted,.note{color:#6b7280}
.f1.good{color:#2e7d32}.f1.fair{color:#b26a00}.f1.poor{color:#c62828}.breach{color:#c62828;font-weight:600}
code{font-size:12px}.ctx{max-width:420px}
"""


def _html_table(head: list[str], rows: list[list[str]], classes: list[str] | None = None) -> str:
    out = ["<table><thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for i, row in enumerate(rows):
        cls = f' class="{classes[i]}"' if classes and classes[i] else ""
        out.append(f"<tr{cls}>" + "".join(row) + "</tr>")
    return "".join(out) + "</tbody></table>"


def _num(value: Any) -> str:
    return f'<td class="num">{escape(str(value))}</td>'


def html_diff(report: DiffReport) -> str:
    """The report as one self-contained HTML page (inline CSS, no scripts)."""
    from newsgold.reports.html import section_table

    title = f"NEW = {report.new} against OLD = {report.old}"
    parts = ["<!DOCTYPE html>", '<html lang="en"><head><meta charset="utf-8">',
             '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{escape(title)} — newsgold diff</title><style>{CSS}</style></head><body><main>",
             f"<h1>{escape(title)}</h1>", f"<p>{escape(_documents_line(report))}</p>"]
    parts += [f'<p class="muted">{escape(line)}</p>' for line in _unmatched_lines(report) + _layer_lines(report)]
    if report.breaches:
        parts.append('<p class="breach">Churn limits exceeded: ' + "; ".join(escape(str(b)) for b in report.breaches)
                     + "</p>")
    parts += ["<h2>Agreement</h2>", f'<p class="note">{escape(READING)}</p>']
    for section in report.sections:
        parts.append(f'<div class="card"><h3>{escape(section_title(section))}</h3>{section_table(section)}</div>')
    parts += ["<h2>Churn</h2>", f'<p class="note">{escape(CHURN_NOTE)}</p>']
    for layer in report.layers:
        rows = [r for r in report.churn if r.layer == layer]
        if not rows:
            continue
        columns = _churn_columns(layer)
        body = [[f"<th>{escape(r.category)}</th>", _num(r.items), _num(r.kinds["unchanged"]),
                 *(_num(r.kinds[k]) for k in columns), _num(f"{r.rate:.3f}")] for r in rows]
        parts.append(f'<div class="card"><h3>{escape(layer)}</h3>'
                     + _html_table(["category", "items", "unchanged", *columns, "churn"], body,
                                   ["all" if r.category == ALL else "" for r in rows]) + "</div>")
    if report.top:
        body = [[f"<td><code>{escape(d['doc_id'])}</code></td>", _num(d["changes"]),
                 *(_num(d.get(layer, 0)) for layer in report.layers)] for d in report.top]
        parts += ["<h2>Documents that changed most</h2>",
                  '<div class="card">' + _html_table(["document", "changes", *report.layers], body) + "</div>"]
    body = [[f"<td>{escape(item['layer'])}</td>", f"<td>{escape(item['category'])}</td>", f"<td>{escape(item['kind'])}</td>",
             f"<td><code>{escape(item['doc_id'])}</code></td>", f"<td>{escape(_item_text(report, item, 'old'))}</td>",
             f"<td>{escape(_item_text(report, item, 'new'))}</td>",
             f'<td class="ctx">{escape(item_context(report, item) or "")}</td>'] for item in report.sample]
    parts += [f"<h2>Review sample <span class=\"muted\">({len(report.sample)})</span></h2>",
              (f'<p class="note">At most {report.options.sample} changes per layer and category, seed '
               f"{report.options.seed}.</p>"),
              '<div class="card">' + _html_table(["layer", "category", "change", "document", "OLD", "NEW", "context"],
                                                 body) + "</div>", "</main></body></html>"]
    return "\n".join(parts) + "\n"


RENDERERS = {".json": json_diff, ".md": markdown_diff, ".html": html_diff}
