"""Tidy pandas view of reports: one row per (system, layer, metric, category, statistic)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from newsgold.reports.model import Report

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = ["system", "baseline", "layer", "metric", "category", "kind", "statistic", "value", "low", "high",
           "support", "tp", "fp", "fn", "signature"]


def to_frame(reports: Report | Sequence[Report]) -> pd.DataFrame:
    """Long (tidy) table of every figure; filter and pivot it like any DataFrame."""
    import pandas as pd

    reports = [reports] if isinstance(reports, Report) else list(reports)
    records = []
    for report in reports:
        for section in report.sections:
            signature = report.signatures.get(section.layer)
            for row in section.rows:
                for statistic in ("precision", "recall", "f1"):
                    interval = getattr(row, f"{statistic}_ci")
                    records.append({
                        "system": report.system, "baseline": report.baseline, "layer": section.layer,
                        "metric": section.metric, "category": row.name, "kind": row.kind,
                        "statistic": statistic, "value": getattr(row, statistic),
                        "low": None if interval is None else interval.low,
                        "high": None if interval is None else interval.high,
                        "support": row.support, "tp": row.tp, "fp": row.fp, "fn": row.fn,
                        "signature": str(signature) if signature else None,
                    })
    return pd.DataFrame.from_records(records, columns=COLUMNS)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_COLUMNS = ("system", "layer", "metric", "category", "kind", "statistic", "signature")


def csv_cell(value: object) -> object:
    """A text cell a spreadsheet will not run as a formula (OWASP: a leading = + - @ tab or CR gets a ')."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value


def to_csv(reports: Report | Sequence[Report]) -> str:
    """The tidy frame as CSV, every text cell neutralised against formula injection (``csv_cell``)."""
    frame = to_frame(reports)
    for column in TEXT_COLUMNS:
        frame[column] = frame[column].map(csv_cell)
    return frame.to_csv(index=False)
