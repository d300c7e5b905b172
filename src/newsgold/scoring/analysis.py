"""Error analysis from a matching: confusion matrix and listings of errors in context."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np

from newsgold.scoring.matching import OUTCOMES, Matching, Outcome
from newsgold.scoring.spans import SpanTable

MISSED = "MISSED"
SPURIOUS = "SPURIOUS"


@dataclass(frozen=True, eq=False)
class ConfusionMatrix:
    """``matrix[i, j]``: items of gold category ``labels[i]`` matched to predictions of ``labels[j]``.

    The last two labels are MISSED and SPURIOUS: a gold item without a match counts in the
    MISSED column, a prediction without a match in the SPURIOUS row. A matched pair counts
    whatever its boundaries, so the diagonal holds same-type pairs.
    """

    labels: tuple[str, ...]
    matrix: np.ndarray

    def to_frame(self):
        """DataFrame with gold categories (and SPURIOUS) as rows, predicted ones (and MISSED) as columns."""
        import pandas as pd

        rows = [i for i, label in enumerate(self.labels) if label != MISSED]
        cols = [j for j, label in enumerate(self.labels) if label != SPURIOUS]
        return pd.DataFrame(
            self.matrix[np.ix_(rows, cols)],
            index=pd.Index([self.labels[i] for i in rows], name="gold"),
            columns=pd.Index([self.labels[j] for j in cols], name="predicted"),
        )

    def to_dict(self) -> dict[str, Any]:
        """The frame's rows (``labels_gold``), columns (``labels_pred``) and cells (``matrix``) as JSON."""
        rows = [i for i, label in enumerate(self.labels) if label != MISSED]
        cols = [j for j, label in enumerate(self.labels) if label != SPURIOUS]
        return {"labels_gold": [self.labels[i] for i in rows], "labels_pred": [self.labels[j] for j in cols],
                "matrix": self.matrix[np.ix_(rows, cols)].tolist()}


def confusion(gold: SpanTable, pred: SpanTable, matching: Matching) -> ConfusionMatrix:
    n = len(gold.labels)
    g, p = matching.pairs
    missed = np.flatnonzero(matching.gold_match < 0)
    spurious = np.flatnonzero(matching.pred_match < 0)
    y_true = np.concatenate([gold.label[g], gold.label[missed], np.full(len(spurious), n + 1)])
    y_pred = np.concatenate([pred.label[p], np.full(len(missed), n), pred.label[spurious]])
    matrix = np.bincount(y_true * (n + 2) + y_pred, minlength=(n + 2) ** 2).astype(np.int64).reshape(n + 2, n + 2)
    return ConfusionMatrix((*gold.labels, MISSED, SPURIOUS), matrix)


@dataclass(frozen=True)
class ErrorRow:
    """One error: a matched pair without full credit, a missed gold item or a spurious prediction."""

    doc_id: str
    kind: str
    credit: float
    gold_start: int | None
    gold_end: int | None
    gold_label: str | None
    gold_text: str | None
    pred_start: int | None
    pred_end: int | None
    pred_label: str | None
    pred_text: str | None
    context: str | None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def context(text: str | None, start: int | None, end: int | None, width: int = 40) -> str | None:
    """``width`` characters each side of the span, the span in «guillemets», whitespace collapsed."""
    if text is None or start is None or end is None:
        return None
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    snippet = f"{'…' if start > width else ''}{left}«{text[start:end]}»{right}{'…' if end + width < len(text) else ''}"
    return " ".join(snippet.split())


def error_rows(
    gold: SpanTable,
    pred: SpanTable,
    matching: Matching,
    texts: Mapping[str, str] | None = None,
    gold_entities: Sequence[Any] | None = None,
    pred_entities: Sequence[Any] | None = None,
    width: int = 40,
    kinds: Sequence[str] | None = None,
) -> list[ErrorRow]:
    """Errors sorted by document and position; ``texts`` (doc id -> text) adds the context.

    Surface text comes from the mentions' ``Entity`` objects if given, else from ``texts``.

    Matched pairs with full credit are not errors, even when their relation is not
    'correct' (e.g. a boundary error in mode ``type``).
    """
    texts = texts or {}
    wanted = set(OUTCOMES) if kinds is None else set(kinds)
    rows: list[tuple[tuple[int, int, int, int], ErrorRow]] = []

    def surface(entities, table, i):
        text = None if entities is None else entities[i].text
        if text is not None:
            return text
        doc_text = texts.get(table.docs[table.doc[i]])
        return None if doc_text is None else doc_text[table.start[i]:table.end[i]]

    for gi in np.flatnonzero(matching.gold_credit < 2).tolist():
        kind = OUTCOMES[matching.gold_outcome[gi]]
        if kind not in wanted:
            continue
        pi = int(matching.gold_match[gi])
        doc_id = gold.docs[gold.doc[gi]]
        gs, ge = int(gold.start[gi]), int(gold.end[gi])
        lo, hi = (gs, ge) if pi < 0 else (min(gs, int(pred.start[pi])), max(ge, int(pred.end[pi])))
        rows.append(((int(gold.doc[gi]), lo, gs, 0), ErrorRow(
            doc_id, kind, matching.gold_credit[gi] / 2, gs, ge, gold.labels[gold.label[gi]],
            surface(gold_entities, gold, gi),
            None if pi < 0 else int(pred.start[pi]),
            None if pi < 0 else int(pred.end[pi]),
            None if pi < 0 else pred.labels[pred.label[pi]],
            None if pi < 0 else surface(pred_entities, pred, pi),
            context(texts.get(doc_id), lo, hi, width),
        )))
    if OUTCOMES[Outcome.SPURIOUS] in wanted:
        for pi in np.flatnonzero(matching.pred_match < 0).tolist():
            doc_id = pred.docs[pred.doc[pi]]
            ps, pe = int(pred.start[pi]), int(pred.end[pi])
            rows.append(((int(pred.doc[pi]), ps, ps, 1), ErrorRow(
                doc_id, OUTCOMES[Outcome.SPURIOUS], 0.0, None, None, None, None, ps, pe,
                pred.labels[pred.label[pi]], surface(pred_entities, pred, pi),
                context(texts.get(doc_id), ps, pe, width),
            )))
    rows.sort(key=lambda item: item[0])
    return [row for _, row in rows]
