"""Terminal (rich) and Markdown renderings of a report.

Intervals are shown as ``0.831 ±0.058`` (the point estimate and half the width of the
percentile interval (which need not be symmetric; the JSON, CSV and HTML forms give both ends).
"""

from __future__ import annotations

import html

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsgold.reports.model import Interval, Report, Row, Section

TITLES = {
    ("stances", "classification"): "stance classification of gold (holder, target) pairs",
    ("stances", "extraction"): "stance extraction (holder, target, label)",
}


def section_title(section: Section) -> str:
    return TITLES.get((section.layer, section.metric), f"{section.layer}: {section.metric.replace('_', ' ')}")


MIN_UNITS = 5
"""Below this many resampling units with an item of the row, an interval is not estimable."""


def with_interval(value: float, interval: Interval | None, units: int | None = None) -> str:
    """``0.831 ±0.058`` where the interval is symmetric about the value, ``0.750 [0.400, 1.000]``
    where it is not, ``1.000 (n<5)`` where it rests on fewer than ``MIN_UNITS`` units."""
    if units is not None and units < MIN_UNITS:
        return f"{value:.3f} (n<{MIN_UNITS})"
    if interval is None:
        return f"{value:.3f}"
    above, below = interval.high - value, value - interval.low
    if abs(above - below) < 0.0015:
        return f"{value:.3f} ±{(interval.high - interval.low) / 2:.3f}"
    return f"{value:.3f} [{interval.low:.3f}, {interval.high:.3f}]"


EXTRA_NAMES = {
    "macro_f1": "macro F1 (mean over the labels present)",
    "f_avg": "F_avg (SemEval-2016: mean F1 of FAVOR and AGAINST)",
}


def extras_text(section: Section, sep: str) -> str:
    """The section's extra figures (accuracy, F_avg, ...), with an interval where the report has one."""
    parts = []
    for key, value in section.extra.items():
        if not isinstance(value, float):
            continue
        ci = section.extra.get(f"{key}_ci")
        shown = with_interval(value, Interval(*ci)) if ci else f"{value:.3f}"
        parts.append(f"{EXTRA_NAMES.get(key, key.replace('_', ' '))} {shown}")
    return sep.join(parts)


def _style(f1: float) -> str:
    return "green" if f1 >= 0.8 else "yellow" if f1 >= 0.5 else "red"


def _count(value: int | None) -> str:
    return "" if value is None else str(value)


def rich_section(section: Section) -> Table:
    table = Table(title=section_title(section), title_justify="left", caption="; ".join(section.notes) or None)
    table.add_column("category", no_wrap=True)
    for name in ("precision", "recall", "F1", "support", "tp", "fp", "fn"):
        table.add_column(name, justify="right", no_wrap=True)
    partial = any(r.partial for r in section.rows)
    if partial:
        table.add_column("partial", justify="right")
    categories = section.categories()
    for i, r in enumerate(section.rows):
        cells = [r.name, with_interval(r.precision, r.precision_ci, r.units), with_interval(r.recall, r.recall_ci, r.units),
                 Text(with_interval(r.f1, r.f1_ci, r.units), style=_style(r.f1)), str(r.support),
                 _count(r.tp), _count(r.fp), _count(r.fn)]
        if partial:
            cells.append(_count(r.partial))
        table.add_row(*cells, style="bold" if r.kind != "category" else None,
                      end_section=i == len(categories) - 1)
    return table


def rich_report(report: Report) -> Group:
    """Every section as a table, then the extra figures and the signatures."""
    parts: list = [Text(f"{report.system}{' (baseline)' if report.baseline else ''}", style="bold underline")]
    for section in report.sections:
        parts.append(rich_section(section))
        extra = extras_text(section, "   ")
        if extra:
            parts.append(Text("  " + extra))
    for layer, signature in report.signatures.items():
        parts.append(Text(f"signature ({layer}): {signature}", style="dim"))
    return Group(*parts)


def _md_row(r: Row) -> str:
    name = f"**{r.name}**" if r.kind != "category" else r.name
    return (f"| {name} | {with_interval(r.precision, r.precision_ci, r.units)} | {with_interval(r.recall, r.recall_ci, r.units)} "
            f"| {with_interval(r.f1, r.f1_ci, r.units)} | {r.support} | {_count(r.tp)} | {_count(r.fp)} | {_count(r.fn)} |")


def markdown_report(report: Report) -> str:
    lines = [f"# {html.escape(report.system)}{' (baseline)' if report.baseline else ''}", ""]
    for section in report.sections:
        lines += [f"## {section_title(section)}", "",
                  "| category | precision | recall | F1 | support | tp | fp | fn |",
                  "|---|---:|---:|---:|---:|---:|---:|---:|"]
        lines += [_md_row(r) for r in section.rows]
        lines.append("")
        extra = extras_text(section, "; ")
        if extra:
            lines += [extra, ""]
        if section.notes:
            lines += ["Notes: " + "; ".join(section.notes), ""]
    lines += [f"Intervals: ± half the width of the percentile bootstrap interval where it is symmetric, "
              f"[low, high] where it is not; n<{MIN_UNITS}: fewer than {MIN_UNITS} resampling units hold an item "
              "of the row, too few to estimate an interval.", "", "Signatures:", ""]
    lines += [f"- {layer}: `{sig}`" for layer, sig in report.signatures.items()]
    return "\n".join(lines) + "\n"
