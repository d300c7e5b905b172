"""The settings of a diff that shape its figures (the scheduler and the partitioning do not)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from newsgold.diff.errors import DiffInputError
from newsgold.resampling import DEFAULT_SEED


@dataclass(frozen=True)
class DiffOptions:
    """sample: disagreements kept per layer and category for review; seed: of the sample and the
    bootstrap; resamples, confidence: the bootstrap intervals (0 resamples: none); top: documents
    listed that changed most; examples: ids listed of documents found on one side only."""

    sample: int = 20
    seed: int = DEFAULT_SEED
    resamples: int = 1000
    confidence: float = 0.95
    top: int = 20
    examples: int = 10

    def __post_init__(self) -> None:
        for name in ("sample", "resamples", "top", "examples"):
            if getattr(self, name) < 0:
                raise DiffInputError(f"{name}={getattr(self, name)}: expected a number >= 0")
        if not 0 < self.confidence < 1:
            raise DiffInputError(f"confidence={self.confidence}: expected a fraction between 0 and 1")

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
