"""Scoring of predictions against gold: matching, counts, metrics, error analysis, profiles.

Notebook use::

    from newsgold import load_corpus, load_gold, read_predictions
    from newsgold.scoring import score_entities

    corpus = load_corpus()
    preds, _ = read_predictions("preds.jsonl", corpus)
    score = score_entities(load_gold(corpus=corpus), preds, mode="strict", corpus=corpus)
    score.to_frame()          # per category P/R/F1, support and counts; micro, macro, weighted
    score.errors_frame()      # errors with their text in context
    score.confusion().to_frame()
    score.counts.tp           # (n_documents, n_categories) arrays behind every figure
"""

from newsgold.scoring.counts import Counts, merge
from newsgold.scoring.entities import score_entities, score_spans
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.matching import MODES, OUTCOMES, Matching, Outcome, match_spans
from newsgold.scoring.metrics import PRF, precision_recall_f1, report_rows
from newsgold.scoring.result import EntityScore, Options
from newsgold.scoring.spans import SpanTable, spans_from_records

__all__ = [
    "MODES",
    "OUTCOMES",
    "PRF",
    "Counts",
    "EntityScore",
    "Matching",
    "Options",
    "Outcome",
    "ScoringError",
    "SpanTable",
    "match_spans",
    "merge",
    "precision_recall_f1",
    "report_rows",
    "score_entities",
    "score_spans",
    "spans_from_records",
]
