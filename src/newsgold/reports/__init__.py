"""Reports: figures with intervals and signatures, rendered for terminals, files and browsers."""

from newsgold.reports.compare import compare
from newsgold.reports.evaluate import default_unit, evaluate
from newsgold.reports.frame import to_csv, to_frame
from newsgold.reports.html import html_report
from newsgold.reports.model import DocumentView, Report, Row, Section
from newsgold.reports.text import markdown_report, rich_report

__all__ = [
    "DocumentView",
    "Report",
    "Row",
    "Section",
    "compare",
    "default_unit",
    "evaluate",
    "html_report",
    "markdown_report",
    "rich_report",
    "to_csv",
    "to_frame",
]
