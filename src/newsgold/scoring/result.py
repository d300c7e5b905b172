"""The result of scoring entities: counts, scores, per-document rows and error analysis."""

from __future__ import annotations

from typing import TYPE_CHECKING

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from newsgold.records import Entity
from newsgold.scoring.analysis import ConfusionMatrix, ErrorRow, confusion, error_rows
from newsgold.scoring.counts import Counts
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.matching import OUTCOMES, Matching
from newsgold.resampling import Resampling
from newsgold.scoring.document_frame import document_frame
from newsgold.scoring.metrics import PRF, check_zero_division, precision_recall_f1, report_rows
from newsgold.scoring.spans import SpanTable

if TYPE_CHECKING:
    import pandas as pd

    from newsgold.signature import Signature

SCORER_VERSION = "1"


@dataclass(frozen=True)
class Options:
    """How a score was computed; two scores are comparable when their signatures are equal."""

    mode: str = "strict"
    min_overlap: float = 0.0
    determiners: tuple[str, ...] = ()
    aliases: tuple[tuple[str, tuple[str, ...]], ...] = ()
    unit: str = "document"
    corpus_version: str | None = None

    @property
    def signature(self) -> Signature:
        """The report signature of an entity score (one ``Signature`` type everywhere)."""
        from newsgold.signature import Signature

        return Signature(
            corpus=self.corpus_version or "unspecified",
            schema="unspecified",
            layer="entities",
            mode=self.mode,
            options=(
                ("overlap", self.min_overlap),
                ("determiners", f"ignore-{'+'.join(self.determiners)}" if self.determiners else "keep"),
                ("aliases", _digest(self.aliases) if self.aliases else "none"),
                ("scorer", SCORER_VERSION),
            ),
            resampling=f"unit-{self.unit}",
        )


def _digest(value: Any) -> str:
    import hashlib

    return hashlib.sha256(repr(value).encode("utf-8")).hexdigest()[:8]


@dataclass(frozen=True, eq=False)
class EntityScore:
    """Scores of predicted entities against gold.

    ``counts`` holds the per-unit, per-category arrays everything else is computed from.
    ``gold`` and ``pred`` are the mentions that were scored (row ``i`` is
    ``gold_entities[i]`` when scored from records), ``matching`` says what each one was
    matched to and how it was classified.
    """

    counts: Counts
    options: Options
    gold: SpanTable
    pred: SpanTable
    matching: Matching
    unit_doc: np.ndarray | None
    texts: Mapping[str, str] | None = field(default=None, repr=False)
    gold_entities: Sequence[Entity] | None = field(default=None, repr=False)
    pred_entities: Sequence[Entity] | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        m = self.micro
        return (
            f"EntityScore(mode={self.mode!r}, categories={len(self.categories)}, units={len(self.counts.units)}, "
            f"gold={len(self.gold)}, predicted={len(self.pred)}, micro P={m.precision:.4f} R={m.recall:.4f} F1={m.f1:.4f})"
        )

    @property
    def categories(self) -> tuple[str, ...]:
        return self.counts.categories

    @property
    def mode(self) -> str:
        return self.options.mode

    @property
    def signature(self) -> Signature:
        return self.options.signature

    def table(self, labels: Sequence[str] | None = None, zero_division: float | str = 0.0) -> list[PRF]:
        """Per-category rows, then micro (with the summed counts), macro and weighted."""
        return report_rows(self.counts, labels=labels, zero_division=zero_division)

    def to_frame(self, labels: Sequence[str] | None = None, zero_division: float | str = 0.0):
        import pandas as pd

        rows = [r.to_dict() for r in self.table(labels, zero_division)]
        return pd.DataFrame(rows).set_index("name")

    def score(self, average: str = "micro", labels: Sequence[str] | None = None, zero_division: float | str = 0.0):
        """(precision, recall, f1, support) for one average."""
        return precision_recall_f1(self.counts, labels=labels, average=average, zero_division=zero_division)

    @property
    def micro(self) -> PRF:
        return self.table()[-3]

    @property
    def macro(self) -> PRF:
        return self.table()[-2]

    @property
    def weighted(self) -> PRF:
        return self.table()[-1]

    def document_counts(self) -> Counts:
        """Counts summed per document (the same as ``counts`` when units are documents)."""
        if self.counts.units == self.gold.docs:
            return self.counts
        if self.unit_doc is None:
            raise ScoringError("per-document rows need each unit's document: pass unit_doc to score_spans")
        return self.counts.group(self.unit_doc, self.gold.docs)

    def documents(self, zero_division: float | str = 0.0, resampling: Resampling | None = None) -> pd.DataFrame:
        """One row per document (index ``document``), micro-averaged over categories: the
        columns of ``to_frame``. With ``resampling``, each row also gets the percentile
        bootstrap interval of P, R and F1 over the document's own units (``precision_low``,
        ``precision_high``, ...; see ``document_frame``)."""
        counts = self.document_counts()
        totals = {k: a.sum(axis=1) for k, a in counts.arrays().items()}
        unit_stats = None
        if resampling is not None:
            c = self.counts.arrays()
            doc_of_unit = np.arange(len(self.counts.units)) if self.counts.units == self.gold.docs else self.unit_doc
            if doc_of_unit is None:
                raise ScoringError("per-document rows need each unit's document: pass unit_doc to score_spans")
            unit_stats = (np.asarray(doc_of_unit), *(c[k].sum(axis=1) for k in ("tp", "fp", "fn", "partial")))
        return document_frame([str(u) for u in counts.units], totals["tp"], totals["fp"], totals["fn"],
                              totals["partial"], check_zero_division(zero_division), unit_stats, resampling)

    def outcome_counts(self) -> dict[str, dict[str, int]]:
        """How many gold and predicted items fell in each outcome class."""
        g = np.bincount(self.matching.gold_outcome, minlength=len(OUTCOMES))
        p = np.bincount(self.matching.pred_outcome, minlength=len(OUTCOMES))
        return {
            "gold": {OUTCOMES[i]: int(g[i]) for i in range(len(OUTCOMES)) if OUTCOMES[i] != "spurious"},
            "predicted": {OUTCOMES[i]: int(p[i]) for i in range(len(OUTCOMES)) if OUTCOMES[i] != "missed"},
        }

    def confusion(self) -> ConfusionMatrix:
        return confusion(self.gold, self.pred, self.matching)

    def errors(self, width: int = 40, kinds: Sequence[str] | None = None) -> list[ErrorRow]:
        """Errors with their text and ``width`` characters of context on each side (needs texts)."""
        return error_rows(self.gold, self.pred, self.matching, self.texts, self.gold_entities, self.pred_entities,
                          width, kinds)

    def errors_frame(self, width: int = 40, kinds: Sequence[str] | None = None):
        import pandas as pd

        return pd.DataFrame([e.to_dict() for e in self.errors(width, kinds)], columns=list(ErrorRow.__dataclass_fields__))

    def to_dict(self, zero_division: float | str = 0.0) -> dict[str, Any]:
        """A JSON-ready summary: signature, report rows, outcomes and per-document rows."""
        return {
            "signature": str(self.signature),
            "mode": self.mode,
            "categories": list(self.categories),
            "rows": [r.to_dict() for r in self.table(zero_division=zero_division)],
            "outcomes": self.outcome_counts(),
            "documents": self.documents(zero_division).reset_index().to_dict(orient="records"),
        }
