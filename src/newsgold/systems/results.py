"""What a benchmark run produced: per-system results and the metrics the leaderboard shows.

Below both ``benchmark`` (which fills them) and ``leaderboard`` (which renders them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from newsgold.records import Record
from newsgold.reports.model import Report
from newsgold.systems.registry import SystemEntry

HEADLINE = (
    ("entities", "strict"),
    ("events", "trigger_identification"),
    ("events", "trigger_classification"),
    ("events", "argument_identification"),
    ("events", "argument_classification"),
    ("stances", "extraction"),
    ("stances", "classification"),
)
PER_CATEGORY = (
    ("entities", "strict"),
    ("events", "trigger_classification"),
    ("events", "argument_classification"),
    ("stances", "extraction"),
)


@dataclass
class SystemResult:
    entry: SystemEntry
    info: dict[str, str] = field(default_factory=dict)
    report: Report | None = None
    records: list[Record] | None = None
    predictions: Path | None = None
    predictions_sha256: str | None = None
    skipped: str | None = None
    hint: str = ""
    warnings: list[str] = field(default_factory=list)


@dataclass
class Benchmark:
    results: list[SystemResult]
    corpus: str
    documents: int
    schema: str
    resamples: int
    seed: int
    committed: bool
    out_dir: Path | None = None
    written: list[Path] = field(default_factory=list)

    @property
    def scored(self) -> list[SystemResult]:
        return [r for r in self.results if r.report is not None]

    @property
    def skipped(self) -> list[SystemResult]:
        return [r for r in self.results if r.report is None]


def relative_path(path: Path, base: Path) -> str:
    """``path`` relative to ``base`` (POSIX), or as given when it lies outside."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix()
    except ValueError:
        return path.as_posix()
