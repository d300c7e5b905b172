"""Inter-annotator agreement: annotator B scored against annotator A, layer by layer.

Span agreement is F1 (symmetric: swapping the annotators swaps P and R, not F1) in strict,
span-only and overlap modes; label agreement is Cohen's kappa over the items both
annotators marked (scikit-learn's ``cohen_kappa_score``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sklearn.metrics import cohen_kappa_score

from newsgold.corpus import Corpus
from newsgold.records import LAYERS, Record
from newsgold.scoring import score_entities
from newsgold.scoring.events import score_events
from newsgold.scoring.stance import score_stances


def _kappa(a: Sequence[str], b: Sequence[str]) -> float | None:
    if not a:
        return None
    if len(set(a) | set(b)) == 1:
        return 1.0
    return float(cohen_kappa_score(list(a), list(b)))


def _f1_rows(score) -> dict[str, Any]:
    return {
        "micro_f1": score.micro.f1,
        "counts": {"a": int(score.micro.support), "b": int(score.micro.tp + score.micro.fp + score.micro.partial)},
        "per_category": {r.name: round(r.f1, 4) for r in score.table()[:-3]},
    }


def _matched_labels(score) -> tuple[list[str], list[str]]:
    g, p = score.matching.pairs
    labels = score.gold.labels
    return [labels[i] for i in score.gold.label[g]], [labels[i] for i in score.pred.label[p]]


def agreement(a: Sequence[Record], b: Sequence[Record], corpus: Corpus | None = None) -> dict[str, Any]:
    """Agreement of annotation ``b`` with annotation ``a`` in every layer both annotate (every record of
    each has it); the others are listed under ``skipped``."""
    out: dict[str, Any] = {
        "annotators": [sorted({r.annotator or "?" for r in a}), sorted({r.annotator or "?" for r in b})],
        "documents": len(a),
    }
    shared = [layer for layer in LAYERS if all(getattr(r, layer) is not None for r in (*a, *b))]
    out["skipped"] = [layer for layer in LAYERS if layer not in shared]
    if "entities" in shared:
        out["entities"] = _entity_agreement(a, b, corpus)
    if "events" in shared:
        out["events"] = _event_agreement(a, b)
    if "stances" in shared:
        out["stances"] = _stance_agreement(a, b)
    return out


def _entity_agreement(a: Sequence[Record], b: Sequence[Record], corpus: Corpus | None) -> dict[str, Any]:
    ents = {mode: score_entities(a, b, mode=mode, corpus=corpus) for mode in ("strict", "exact", "partial")}
    same_span = _matched_labels(ents["exact"])
    return {
        "strict": _f1_rows(ents["strict"]),
        "span_only": _f1_rows(ents["exact"]),
        "overlap_partial": _f1_rows(ents["partial"]),
        "label_kappa_on_same_spans": _kappa(*same_span),
        "same_span_pairs": len(same_span[0]),
    }


def _event_agreement(a: Sequence[Record], b: Sequence[Record]) -> dict[str, Any]:
    events = score_events(a, b)
    events_head = score_events(a, b, argument_match="head", coref=True)
    return {
        "trigger_identification": _f1_rows(events.trigger_identification),
        "trigger_classification": _f1_rows(events.trigger_classification),
        "argument_identification": _f1_rows(events.argument_identification),
        "argument_classification": _f1_rows(events.argument_classification),
        "argument_classification_head_coref": _f1_rows(events_head.argument_classification),
        "argument_classification_attached": _f1_rows(events.argument_classification_attached),
        "type_kappa_on_same_triggers": _kappa(*_matched_labels(events.trigger_identification)),
        **{
            f"{name}_kappa_on_matched_events": _kappa(attr.gold, attr.pred)
            for name, attr in events.attributes.items()
        },
    }


def _stance_agreement(a: Sequence[Record], b: Sequence[Record]) -> dict[str, Any]:
    stances = score_stances(a, b)
    both = [(g, p) for g, p, given in zip(stances.classification.gold, stances.classification.pred,
                                          stances.classification.given) if given]
    return {
        "extraction": _f1_rows(stances.extraction),
        "pairs_in_a": len(stances.classification.gold),
        "pairs_in_both": len(both),
        "label_kappa_on_shared_pairs": _kappa([g for g, _ in both], [p for _, p in both]),
        "f_avg_b_on_a_pairs": stances.classification.f_avg,
    }


def _pick(score_block: dict[str, Any]) -> float:
    return round(float(score_block["micro_f1"]), 4)


def agreement_summary(result: dict[str, Any], documents: Sequence[str], method: str) -> dict[str, Any]:
    """The flat form the dataset card reads (``annotations/agreement.json``)."""
    scores = []
    ents, events, stances = result.get("entities"), result.get("events"), result.get("stances")
    if ents is not None:
        scores += [
            ("entities", "strict span+type F1", _pick(ents["strict"])),
            ("entities", "span-only F1", _pick(ents["span_only"])),
            ("entities", "overlap (partial credit) F1", _pick(ents["overlap_partial"])),
            ("entities", "Cohen's kappa of types on same spans", ents["label_kappa_on_same_spans"]),
        ]
    if events is not None:
        scores += [
            ("events", "trigger identification F1", _pick(events["trigger_identification"])),
            ("events", "trigger classification F1", _pick(events["trigger_classification"])),
            ("events", "argument classification F1", _pick(events["argument_classification"])),
            ("events", "argument classification F1 (head + coref)", _pick(events["argument_classification_head_coref"])),
            ("events", "Cohen's kappa of types on same triggers", events["type_kappa_on_same_triggers"]),
            ("events", "Cohen's kappa of polarity", events["polarity_kappa_on_matched_events"]),
            ("events", "Cohen's kappa of modality", events["modality_kappa_on_matched_events"]),
        ]
    if stances is not None:
        scores += [
            ("stance", "extraction F1 (holder, target, label)", _pick(stances["extraction"])),
            ("stance", "Cohen's kappa of labels on shared pairs", stances["label_kappa_on_shared_pairs"]),
        ]
    return {
        "annotators": [name for names in result["annotators"] for name in names],
        "documents": list(documents),
        "method": method,
        "scores": [{"layer": layer, "measure": measure, "value": round(float(value), 4)}
                   for layer, measure, value in scores if value is not None],
        "details": "annotations/README.md#inter-annotator-agreement",
    }
