"""What every system adapter shares: the ``System`` interface, its errors, record building.

A system turns corpus documents into prediction ``Record`` objects (the record format of
gold and predictions alike), each carrying the document's ``doc_sha256`` and the system
name. ``write_predictions`` writes them as JSONL, atomically.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsgold.corpus import Document
from newsgold.jsonio import dumps_line, write_atomic
from newsgold.records import Record


class SystemsError(ValueError):
    """A mistake in how a system was asked for: bad spec, unknown label or mapping, bad model folder."""


class ModelUnavailable(SystemsError):
    """A system needs a model (or library) that is not installed; ``hint`` says how to install it."""

    def __init__(self, message: str, hint: str = ""):
        self.hint = hint
        super().__init__(f"{message}; {hint}" if hint else message)


@dataclass
class System:
    """A system that predicts some layers of the record format for corpus documents.

    Subclasses implement ``predict``; ``info`` describes what ran (package, version, ...)
    once ``predict`` has loaded it, and ends up in reports and signatures.
    """

    name: str
    layers: tuple[str, ...] = ()
    baseline: bool = False
    description: str = ""
    info: dict[str, str] = field(default_factory=dict)

    def predict(self, documents: Sequence[Document], progress: bool = False) -> list[Record]:
        raise NotImplementedError

    def describe(self) -> str:
        """One line: the name, baseline marker and what ran."""
        what = ", ".join(f"{k} {v}" for k, v in self.info.items())
        return f"{self.name}{' (baseline)' if self.baseline else ''}" + (f" [{what}]" if what else "")


def record_for(document: Document, system: str, **layers: Any) -> Record:
    """A prediction record for ``document`` carrying its sha256 and the system name."""
    return Record(doc_id=document.doc_id, doc_sha256=document.sha256, system=system, **layers)


def write_predictions(records: Iterable[Record], path: str | Path) -> Path:
    """Write records as JSONL (one record per line), atomically; return the path."""
    path = Path(path)
    write_atomic(path, "".join(dumps_line(r.to_dict()) for r in records))
    return path


def track(items: Iterable[Any], description: str, enabled: bool, total: int | None = None):
    """Iterate ``items`` with a rich progress bar on stderr when ``enabled``."""
    if not enabled:
        yield from items
        return
    from rich.console import Console
    from rich.progress import track as rich_track

    yield from rich_track(items, description=description, total=total, console=Console(stderr=True), transient=True)
