"""System-against-system diff at scale: what changed between two extractors' outputs, on Dask.

Notebook use::

    from newsgold.diff import DiffOptions, diff, html_diff, write_review

    report = diff("old/", "new/", options=DiffOptions(sample=20), scheduler="processes:4")
    report.section("entities", "strict").micro      # agreement of NEW with OLD, with its interval
    report.churn_row("entities", "ORG").rate        # share of OLD's ORG mentions that changed
    open("diff.html", "w").write(html_diff(report))
    write_review(report, "review.jsonl")            # the sample, to correct and read back as gold

Needs the ``scale`` extra (``pip install newsgold[scale]``): dask, distributed, fastjsonschema.
See docs/diff.md.
"""

from newsgold.diff.errors import DiffInputError
from newsgold.diff.options import DiffOptions
from newsgold.diff.render import (
    RENDERERS,
    html_diff,
    json_diff,
    markdown_diff,
    rich_diff,
)
from newsgold.diff.report import Breach, ChurnRow, DiffReport, parse_limits, with_limits
from newsgold.diff.review import review_records, write_review
from newsgold.diff.run import diff

__all__ = [
    "RENDERERS",
    "Breach",
    "ChurnRow",
    "DiffInputError",
    "DiffOptions",
    "DiffReport",
    "diff",
    "html_diff",
    "json_diff",
    "markdown_diff",
    "parse_limits",
    "review_records",
    "rich_diff",
    "with_limits",
    "write_review",
]
