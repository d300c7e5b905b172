"""Reports: figures with intervals and signatures, rendered for terminals, files and browsers."""

from newsgold.reports.evaluate import default_unit, evaluate
from newsgold.reports.model import DocumentView, Report, Row, Section

__all__ = ["DocumentView", "Report", "Row", "Section", "default_unit", "evaluate"]
