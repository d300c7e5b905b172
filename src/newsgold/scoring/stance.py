"""Stance scoring: extraction of (holder, target, label) and classification of given pairs.

Extraction: a predicted stance matches a gold one when its holder, its target and its label
agree, one to one. Holders match as the author, by span, or (``holder_match="cluster"``,
the default) by entity cluster: a predicted holder span that is a gold mention of a cluster
is that cluster. A predicted event target is the gold event whose trigger span its trigger
matches (type ignored); an entity target is the gold entity with the same span. A pair with
the right holder and target but another label is charged to both labels (fp and fn).

Classification: for every gold (holder, target) pair, the label the system gave that pair
(NONE when it gave none), scored with scikit-learn: per-label P/R/F1, accuracy, macro F1,
the confusion matrix, and SemEval-2016 Task 6's F_avg = (F_FAVOR + F_AGAINST) / 2.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING


from newsgold.corpus import Corpus
from newsgold.records import Record, Stance
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.events import _cluster_mentions, _Item, _Units, paired_records
from newsgold.scoring.result import EntityScore

if TYPE_CHECKING:
    from newsgold.scoring.stance_errors import StanceError

HOLDER_MATCHES = ("cluster", "span")
FAVOR, AGAINST, NONE = "FAVOR", "AGAINST", "NONE"


def _anchor(stance: Stance, record: Record) -> int:
    """Offset that places a stance in a sentence: evidence, else holder, else target."""
    if stance.evidence is not None:
        return stance.evidence.start
    if stance.holder.span is not None:
        return stance.holder.span.start
    for item in (record.events or ()) if stance.target_kind == "event" else (record.entities or ()):
        if item.id == stance.target_id:
            return item.trigger.start if stance.target_kind == "event" else item.start
    return 0


class _Keys:
    """(holder, target) keys of gold and predicted stances of one document, on gold terms."""

    def __init__(self, gold: Record, pred: Record, holder_match: str):
        self.holder_match = holder_match
        self.mentions = _cluster_mentions(gold)
        self.gold_events = {e.id: e for e in gold.events or ()}
        self.gold_entities = {e.id: e for e in gold.entities or ()}
        gold_triggers = {(e.trigger.start, e.trigger.end): e.id for e in gold.events or ()}
        gold_entity_spans = {(e.start, e.end): e.id for e in gold.entities or ()}
        self.pred_event_target = {
            e.id: gold_triggers.get((e.trigger.start, e.trigger.end)) for e in pred.events or () if e.id
        }
        self.pred_entity_target = {
            e.id: gold_entity_spans.get((e.start, e.end)) for e in pred.entities or () if e.id
        }

    def holder(self, stance: Stance, gold_side: bool) -> str:
        h = stance.holder
        if h.span is None:
            return "author"
        if self.holder_match == "cluster":
            span_cluster = self.mentions.get((h.span.start, h.span.end))
            cluster = (h.cluster or span_cluster) if gold_side else span_cluster
            if cluster:
                return f"cluster:{cluster}"
        return f"span:{h.span.start}-{h.span.end}"

    def target(self, stance: Stance, gold_side: bool, index: int) -> str:
        if gold_side:
            return f"{stance.target_kind}:{stance.target_id}"
        table = self.pred_event_target if stance.target_kind == "event" else self.pred_entity_target
        found = table.get(stance.target_id)
        return f"{stance.target_kind}:{found}" if found else f"unmatched:{index}"


@dataclass(frozen=True, eq=False)
class StanceClassification:
    """Labels of the gold (holder, target) pairs: gold and predicted, in pair order.

    ``given[i]`` says whether the system labelled pair ``i`` at all (else its label is NONE);
    ``units[i]`` is the resampling unit of pair ``i`` (of ``n_units``).
    """

    gold: tuple[str, ...]
    pred: tuple[str, ...]
    given: tuple[bool, ...] = ()
    units: tuple[int, ...] = ()
    n_units: int = 1
    labels: tuple[str, ...] = (FAVOR, AGAINST, NONE)

    def report(self):
        """Per-label precision, recall, F1 and support (scikit-learn), as a DataFrame."""
        import pandas as pd
        from sklearn.metrics import precision_recall_fscore_support

        if not self.gold:
            zeros = [0.0] * len(self.labels)
            p, r, f, s = zeros, zeros, zeros, [0] * len(self.labels)
        else:
            p, r, f, s = precision_recall_fscore_support(
                list(self.gold), list(self.pred), labels=list(self.labels), zero_division=0
            )
        return pd.DataFrame({"precision": p, "recall": r, "f1": f, "support": s},
                            index=pd.Index(self.labels, name="label"))

    @property
    def accuracy(self) -> float:
        from sklearn.metrics import accuracy_score

        return float(accuracy_score(list(self.gold), list(self.pred))) if self.gold else 0.0

    def present_labels(self) -> tuple[str, ...]:
        """The labels that occur in the gold or the predictions: the ones averaged and shown."""
        seen = set(self.gold) | set(self.pred)
        return tuple(label for label in self.labels if label in seen)

    @property
    def macro_f1(self) -> float:
        """Unweighted mean F1 over every label present in the gold or the predictions (as
        scikit-learn's macro average without ``labels``, and the report table's macro row)."""
        present = list(self.present_labels())
        return float(self.report().loc[present, "f1"].mean()) if present else 0.0

    @property
    def f_avg(self) -> float:
        """SemEval-2016 Task 6: the mean of the FAVOR and AGAINST F1 (NONE only shifts P and R)."""
        f = self.report()["f1"]
        return float((f[FAVOR] + f[AGAINST]) / 2)

    def confusion(self):
        import pandas as pd
        from sklearn.metrics import confusion_matrix

        m = confusion_matrix(list(self.gold), list(self.pred), labels=list(self.labels))
        return pd.DataFrame(m, index=pd.Index(self.labels, name="gold"), columns=pd.Index(self.labels, name="predicted"))


@dataclass(frozen=True, eq=False)
class StanceScore:
    extraction: EntityScore
    classification: StanceClassification
    holder_match: str
    unit: str
    gold_stances: tuple[tuple[str, Stance], ...] = ()  # (doc id, stance) of each row of the extraction tables
    pred_stances: tuple[tuple[str, Stance], ...] = ()
    gold_records: Mapping[str, Record] = field(default_factory=dict, repr=False)
    pred_records: Mapping[str, Record] = field(default_factory=dict, repr=False)
    texts: Mapping[str, str] | None = field(default=None, repr=False)

    def errors(self, width: int = 60) -> list[StanceError]:
        """Extraction errors (wrong label, missed, spurious) with holder, target and cue in context."""
        from newsgold.scoring.stance_errors import stance_errors

        return stance_errors(self, width)

    def summary(self) -> dict[str, float]:
        return {
            "extraction_f1": self.extraction.micro.f1,
            "classification_accuracy": self.classification.accuracy,
            "classification_macro_f1": self.classification.macro_f1,
            "f_avg": self.classification.f_avg,
        }


def score_stances(
    gold: Sequence[Record],
    pred: Sequence[Record],
    *,
    holder_match: str = "cluster",
    unit: str = "document",
    corpus: Corpus | None = None,
    missing: str = "error",
) -> StanceScore:
    """Score the stance layer of prediction records against gold records (see the module docstring)."""
    if holder_match not in HOLDER_MATCHES:
        raise ScoringError(f"unknown holder_match {holder_match!r}; expected cluster or span")
    gold_docs, pred_docs = paired_records(gold, pred, "stances", missing)
    units = _Units(list(gold_docs), unit, corpus)
    g_items, p_items, y_true, y_pred, given, pair_units = [], [], [], [], [], []
    g_rows, p_rows, p_records = [], [], {}
    for doc_id, g_rec in gold_docs.items():
        p_rec = p_records[doc_id] = pred_docs.get(doc_id) or Record(doc_id=doc_id, stances=())
        g_rows += [(doc_id, s) for s in g_rec.stances]
        p_rows += [(doc_id, s) for s in p_rec.stances]
        keys = _Keys(g_rec, p_rec, holder_match)
        g_pairs = [(keys.holder(s, True), keys.target(s, True, i), s) for i, s in enumerate(g_rec.stances)]
        p_pairs = [(keys.holder(s, False), keys.target(s, False, i), s) for i, s in enumerate(p_rec.stances)]
        for rows, items, record in ((g_pairs, g_items, g_rec), (p_pairs, p_items, p_rec)):
            for holder, target, s in rows:
                items.append(_Item(f"{doc_id}|{holder}|{target}", 0, 1, s.label, units.of(doc_id, _anchor(s, record))))
        predicted_label: dict[tuple[str, str], str] = {}
        for holder, target, s in sorted(p_pairs, key=lambda r: (r[0], r[1], r[2].label)):
            predicted_label.setdefault((holder, target), s.label)
        for holder, target, s in g_pairs:
            y_true.append(s.label)
            y_pred.append(predicted_label.get((holder, target), NONE))
            given.append((holder, target) in predicted_label)
            pair_units.append(units.of(doc_id, _anchor(s, g_rec)))
    extraction = units.score(g_items, p_items, mode="strict")
    return StanceScore(extraction, StanceClassification(
        tuple(y_true), tuple(y_pred), tuple(given), tuple(pair_units), len(units.names)
    ), holder_match, unit, tuple(g_rows), tuple(p_rows), gold_docs, p_records, units.texts)
