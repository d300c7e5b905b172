"""Text and terminal renderings of scores: rich tables for newsgold, the reference tools' own layouts for profiles."""

from __future__ import annotations

import json
import math
from typing import Any

from rich.table import Table

from newsgold.scoring.metrics import PRF
from newsgold.scoring.result import EntityScore


def _fmt(x: float | None) -> str:
    return "" if x is None else ("nan" if isinstance(x, float) and math.isnan(x) else f"{x:.4f}")


def _int(x: int | None) -> str:
    return "" if x is None else str(x)


def report_table(score: EntityScore, rows: list[PRF] | None = None) -> Table:
    """Per-category rows, then micro (with the totals), macro and weighted."""
    rows = rows if rows is not None else score.table()
    partial = score.mode == "partial"
    table = Table(title=f"Entities, mode {score.mode}", caption=score.signature)
    for name in ("category", "precision", "recall", "f1", "support", "tp", "fp", "fn"):
        table.add_column(name, justify="left" if name == "category" else "right")
    if partial:
        table.add_column("partial", justify="right")
    n_categories = len(rows) - 3
    for i, r in enumerate(rows):
        cells = [r.name, _fmt(r.precision), _fmt(r.recall), _fmt(r.f1), str(r.support),
                 _int(r.tp), _int(r.fp), _int(r.fn)]
        if partial:
            cells.append(_int(r.partial))
        table.add_row(*cells, end_section=i == n_categories - 1, style="bold" if i >= n_categories else None)
    return table


def documents_table(score: EntityScore) -> Table:
    table = Table(title="Per document (micro over categories)")
    for name in ("document", "precision", "recall", "f1", "support", "tp", "fp", "fn", "partial"):
        table.add_column(name, justify="left" if name == "document" else "right")
    for name, r in score.documents().iterrows():
        table.add_row(str(name), _fmt(r.precision), _fmt(r.recall), _fmt(r.f1), str(int(r.support)),
                      _int(int(r.tp)), _int(int(r.fp)), _int(int(r.fn)), _int(int(r.partial)))
    return table


def confusion_table(score: EntityScore) -> Table:
    frame = score.confusion().to_frame()
    table = Table(title="Confusion (rows: gold, columns: predicted)")
    table.add_column("gold \\ predicted")
    for col in frame.columns:
        table.add_column(str(col), justify="right")
    for label, row in frame.iterrows():
        table.add_row(str(label), *(str(int(v)) if v else "." for v in row))
    return table


def seqeval_text(report: dict[str, dict[str, Any]], digits: int = 2) -> str:
    """The layout of seqeval's ``classification_report`` string."""
    names = [k for k in report if not k.endswith(" avg")]
    width = max(max(map(len, names), default=0), len("weighted avg"), digits)
    head = ("{:>{width}s} " + " {:>9}" * 4).format("", "precision", "recall", "f1-score", "support", width=width)
    row_fmt = "{:>{width}s} " + " {:>9.{digits}f}" * 3 + " {:>9}"
    lines = []
    for key in [*names, None, "micro avg", "macro avg", "weighted avg", None]:
        if key is None:
            lines.append("")
            continue
        v = report[key]
        lines.append(row_fmt.format(key, v["precision"], v["recall"], v["f1-score"], v["support"],
                                    width=width, digits=digits))
    return head + "\n\n" + "\n".join(lines)


def nervaluate_text(result, mode: str = "overall", scenario: str = "strict", digits: int = 2) -> str:
    """The layout of nervaluate's ``summary_report``."""
    headers = ["correct", "incorrect", "partial", "missed", "spurious", "precision", "recall", "f1-score"]
    if mode == "overall":
        items = [(s, result.overall[s]) for s in sorted(result.overall)]
    else:
        items = [(t, result.entities[t][scenario]) for t in sorted(result.entities) if scenario in result.entities[t]]
    width = max(max(len(str(name)) for name in [headers[0], *(n for n, _ in items)]), digits)
    out = f"Scenario: {scenario if mode == 'entities' else 'all'}\n\n"
    out += ("{:>{width}s} " + " {:>11}" * len(headers)).format("", *headers, width=width) + "\n\n"
    row_fmt = "{:>{width}s} " + " {:>11}" * 5 + " {:>11.{digits}f}" * 3 + "\n"
    for name, r in items:
        out += row_fmt.format(name, r.correct, r.incorrect, r.partial, r.missed, r.spurious,
                              r.precision, r.recall, r.f1, width=width, digits=digits)
    return out


def spacy_text(scores: dict[str, Any]) -> str:
    return json.dumps(scores, indent=2)
