"""spaCy 3.8 profile: ``spacy.scorer.get_ner_prf``, number for number.

spaCy scores ``Doc.ents`` on tokens: a predicted entity is a true positive when the gold
document has an entity with the same label and tokens (each gold entity can be used once),
otherwise a false positive under its own label; gold entities left over are false negatives
under theirs. Precision is ``tp / (tp + fp + 1e-100)`` (likewise recall, and F from P and
R), so an empty category scores 0. With nothing to score every figure is ``None``.

Records are tokenised per document with spaCy's blank English tokenizer and aligned as in
``newsgold.scoring.tokens``; overlapping predictions are filtered as ``Doc.ents`` requires.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.scoring.compat.seqeval import unique_rows
from newsgold.scoring.matching import match_spans
from newsgold.scoring.spans import SpanTable
from newsgold.scoring.tokens import token_spans


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp + 1e-100)
    r = tp / (tp + fn + 1e-100)
    return p, r, 2 * ((p * r) / (p + r + 1e-100))


def spacy_ner_scores(gold: SpanTable, pred: SpanTable) -> dict[str, Any]:
    """``get_ner_prf``'s dict from token spans (document index = spaCy document)."""
    labels = tuple(sorted(set(gold.labels) | set(pred.labels)))
    gold, pred = unique_rows(gold.relabel(labels)), unique_rows(pred.relabel(labels))
    m = match_spans(gold, pred, "strict")
    n = len(labels)
    tp = np.bincount(pred.label[m.pred_credit == 2], minlength=n)
    fp = np.bincount(pred.label[m.pred_credit < 2], minlength=n)
    fn = np.bincount(gold.label[m.gold_credit < 2], minlength=n)
    if tp.sum() + fp.sum() + fn.sum() == 0:
        return {"ents_p": None, "ents_r": None, "ents_f": None, "ents_per_type": None}
    p, r, f = _prf(int(tp.sum()), int(fp.sum()), int(fn.sum()))
    per_type = {}
    for i in np.flatnonzero(tp + fp + fn).tolist():
        tp_i, fp_i, fn_i = int(tp[i]), int(fp[i]), int(fn[i])
        pi, ri, fi = _prf(tp_i, fp_i, fn_i)
        per_type[labels[i]] = {"p": pi, "r": ri, "f": fi}
    return {"ents_p": p, "ents_r": r, "ents_f": f, "ents_per_type": per_type}


def spacy_ner_from_records(
    gold: Sequence[Record], pred: Sequence[Record], corpus: Corpus, missing: str = "error"
) -> dict[str, Any]:
    """``get_ner_prf`` for records: one spaCy document per corpus document."""
    spans = token_spans(gold, pred, corpus, by="document", missing=missing)
    return spacy_ner_scores(spans.gold, spans.pred)
