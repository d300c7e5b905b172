"""Score a system against the gold on every layer it predicts, with intervals and signatures.

``evaluate`` is the library entry point behind ``newsgold score`` reports and the
benchmark: one call gives a ``Report`` for entities, events and stance.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from typing import Any

import numpy as np

from newsgold.corpus import Corpus, load_corpus
from newsgold.lazy import Lazy
from newsgold.records import Record
from newsgold.prf import AVERAGES, averaged
from newsgold.reports.model import (
    Interval,
    Report,
    Row,
    Section,
    document_views,
    event_document_views,
    interval_at,
    section_from_score,
    stored_counts,
)
from newsgold.resampling import Resampling, Stats, bootstrap
from newsgold.schema import LabelSchema, load_schema
from newsgold.scoring import score_entities
from newsgold.scoring.coref import LABELS as COREF_LABELS
from newsgold.scoring.coref import METRICS as COREF_METRICS
from newsgold.scoring.coref import score_coreference
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.events import score_events
from newsgold.scoring.stance import AGAINST, FAVOR, StanceClassification, score_stances
from newsgold.signature import Signature

LAYERS = ("entities", "events", "stances", "coreference")
MIN_DOCUMENTS_FOR_DOCUMENT_UNITS = 30


def default_unit(n_documents: int) -> str:
    """Documents are the resampling unit when there are enough of them, else sentences."""
    return "document" if n_documents >= MIN_DOCUMENTS_FOR_DOCUMENT_UNITS else "sentence"


def _predicted_layers(pred: Sequence[Record]) -> tuple[str, ...]:
    """The record layers the predictions have, plus coreference when any entity carries a cluster."""
    from newsgold.record_columns import RecordColumns

    if isinstance(pred, RecordColumns):
        return (("entities",) if pred.has_entities() else ()) + (("coreference",) if pred.has_clusters() else ())
    layers = [layer for layer in LAYERS[:3] if any(getattr(r, layer) is not None for r in pred)]
    if any(e.cluster for r in pred for e in (r.entities or ())):
        layers.append("coreference")
    return tuple(layers)


def _error_dicts(score) -> list[dict[str, Any]]:
    return [e.to_dict() for e in score.errors()]


def _dicts(listing) -> list[dict[str, Any]]:
    """The rows of an error listing (a method returning error rows) as JSON-ready dicts."""
    return [e.to_dict() for e in listing()]


def _coreference_section(gold: Sequence[Record], pred: Sequence[Record], resampling: Resampling | None,
                         missing: str) -> Section:
    """MUC, B³, CEAF-e and LEA rows, and the CoNLL average as the section's average row;
    intervals resample documents (coreference chains do not split into sentences)."""
    score = score_coreference(gold, pred, missing=missing)
    table = score.table
    notes = ["CoNLL = unweighted mean of the MUC, B³ and CEAF-e F1; mentions are the spans that carry a "
             "cluster id (entities, event arguments, stance holders); intervals resample documents"]
    low = high = None
    if resampling is not None:
        if len(score.documents) >= 2:
            low, high = score.bootstrap(resampling.n_resamples, resampling.seed, resampling.confidence)
        else:
            notes.append("no interval: a bootstrap needs at least 2 documents")
    support = int(score.sums[:, 1, 1].sum())  # B³ recall denominator: gold mentions in clusters
    documents = int(((score.sums[:, 1, 1] + score.sums[:, 1, 3]) > 0).sum()) if low is not None else None
    names = (*COREF_METRICS, "conll")
    rows = []
    for i, name in enumerate(names):
        ci = (lambda col: Interval(low[i, col], high[i, col]) if low is not None else None)  # noqa: E731
        rows.append(Row(name=COREF_LABELS[name], kind="conll" if name == "conll" else "category",
                        precision=float(table[i, 0]), recall=float(table[i, 1]), f1=float(table[i, 2]),
                        support=support, precision_ci=ci(0), recall_ci=ci(1), f1_ci=ci(2), units=documents))
    return Section("coreference", "clusters", tuple(rows), tuple(notes))


def _classification_section(c: StanceClassification, unit_names: Sequence[Any], resampling: Resampling | None) -> Section:
    """Stance labels of gold pairs as per-label counts per unit, so they resample like spans."""
    labels = list(c.labels)
    units = c.units
    correct = np.zeros((c.n_units, len(labels)))
    predicted = np.zeros_like(correct)
    gold = np.zeros_like(correct)
    for u, g, p in zip(units, c.gold, c.pred):
        gold[u, labels.index(g)] += 1
        predicted[u, labels.index(p)] += 1
        correct[u, labels.index(g)] += g == p
    stats = Stats.of(correct, predicted, gold)
    usable = resampling is not None and stats.n_units >= 2
    ci = bootstrap(stats, resampling) if usable else None
    pair = [labels.index(FAVOR), labels.index(AGAINST)]
    fav = Stats.of(correct[:, pair], predicted[:, pair], gold[:, pair])
    fav_ci = bootstrap(fav, resampling) if usable else None
    report = c.report()
    present = c.present_labels()
    per_unit = (gold + predicted) > 0
    units = [int(n) for n in per_unit.sum(axis=0)] if usable else [None] * len(labels)
    any_units = int(per_unit.any(axis=1).sum()) if usable else None
    rows = []
    for i, label in enumerate(labels):
        if label not in present:
            continue
        r = report.loc[label]
        rows.append(Row(label, "category", float(r["precision"]), float(r["recall"]), float(r["f1"]), int(r["support"]),
                        tp=int(correct[:, i].sum()), fp=int(predicted[:, i].sum() - correct[:, i].sum()),
                        fn=int(gold[:, i].sum() - correct[:, i].sum()),
                        precision_ci=interval_at(ci, i, 0), recall_ci=interval_at(ci, i, 1), f1_ci=interval_at(ci, i, 2),
                        units=units[i]))
    n = len(labels)
    for k, kind in enumerate(AVERAGES):
        p, r, f = (float(x) for x in averaged(correct.sum(0), predicted.sum(0), gold.sum(0), kind))
        rows.append(Row(kind, kind, p, r, f, int(gold.sum()), precision_ci=interval_at(ci, n + k, 0),
                        recall_ci=interval_at(ci, n + k, 1), f1_ci=interval_at(ci, n + k, 2), units=any_units))
    extra: dict[str, Any] = {"accuracy": c.accuracy, "macro_f1": c.macro_f1, "f_avg": c.f_avg,
                             "confusion": c.confusion().to_dict(orient="split")}
    f_avg_ci = interval_at(fav_ci, 3, 2)
    if f_avg_ci is not None:
        extra["f_avg_ci"] = [f_avg_ci.low, f_avg_ci.high]
    counts = stored_counts(stats, unit_names, labels)
    return Section("stances", "classification", tuple(rows), extra=extra, counts=counts)


def evaluate(
    gold: Sequence[Record],
    pred: Sequence[Record],
    *,
    system: str = "system",
    layers: Sequence[str] | None = None,
    entity_mode: str = "strict",
    min_overlap: float = 0.0,
    ignore_determiners: bool = False,
    aliases: Mapping[str, Sequence[str]] | None = None,
    mapping: str = "none",
    argument_match: str = "span",
    coref: bool = False,
    holder_match: str = "cluster",
    unit: str = "auto",
    n_resamples: int = 1000,
    seed: int = 12345,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    missing: str = "error",
    baseline: bool = False,
) -> Report:
    """Score ``pred`` against ``gold`` on each layer ``pred`` has (or ``layers``)."""
    corpus = corpus if corpus is not None else load_corpus()
    schema = schema if schema is not None else load_schema()
    layers = tuple(layers) if layers is not None else _predicted_layers(pred)
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise ScoringError(f"unknown layer(s) {unknown}; expected {', '.join(LAYERS)}")
    if not layers:
        raise ScoringError("the predictions have none of the layers entities, events, stances")
    unit = default_unit(len(gold)) if unit == "auto" else unit
    resampling = Resampling(unit, n_resamples, seed) if n_resamples != 0 else None
    corpus_id = corpus.id
    ci = resampling.describe() if resampling else "none"

    def sig(layer: str, mode: str, **options: Any) -> Signature:
        return Signature(corpus_id, schema.version, layer, mode, options=tuple(options.items()),
                         mapping=mapping, resampling=ci)

    sections: list[Section] = []
    signatures: dict[str, Signature] = {}
    views: tuple = ()
    confusion = None
    errors: tuple = ()
    listings: dict[str, tuple] = {}
    if "entities" in layers:
        score = score_entities(gold, pred, mode=entity_mode, min_overlap=min_overlap,
                               ignore_determiners=ignore_determiners, aliases=aliases, unit=unit,
                               corpus=corpus, missing=missing)
        sections.append(section_from_score("entities", entity_mode, score, resampling))
        signatures["entities"] = sig("entities", entity_mode, overlap=min_overlap,
                                     determiners="ignore-the" if ignore_determiners else "keep",
                                     aliases="relaxed" if aliases else "none")
        texts = {d.doc_id: d.text for d in corpus}
        views = Lazy(partial(document_views, score, texts))
        confusion = score.confusion().to_dict()
        errors = Lazy(partial(_error_dicts, score))
    if "events" in layers:
        ev = score_events(gold, pred, argument_match=argument_match, coref=coref, unit=unit,
                          corpus=corpus, missing=missing)
        for name, metric in ev.metrics().items():
            section = section_from_score("events", name, metric, resampling)
            if name == "trigger_classification":
                section = Section(section.layer, section.metric, section.rows, section.notes,
                                  {f"{k}_accuracy": a.accuracy for k, a in ev.attributes.items()}, section.counts)
            sections.append(section)
        signatures["events"] = sig("events", "oneie-onetoone", arguments=argument_match, coref=coref)
        listings.update(trigger_errors=Lazy(partial(_dicts, ev.trigger_errors)),
                        argument_errors=Lazy(partial(_dicts, ev.argument_errors)),
                        event_documents=Lazy(partial(event_document_views, ev)))
    if "stances" in layers:
        st = score_stances(gold, pred, holder_match=holder_match, unit=unit, corpus=corpus, missing=missing)
        sections.append(section_from_score("stances", "extraction", st.extraction, resampling))
        sections.append(_classification_section(st.classification, st.extraction.counts.units, resampling))
        signatures["stances"] = sig("stances", "holder-target-label", holders=holder_match)
        listings["stance_errors"] = Lazy(partial(_dicts, st.errors))
    if "coreference" in layers:
        sections.append(_coreference_section(gold, pred, resampling, missing))
        by_document = Resampling("document", n_resamples, seed).describe() if n_resamples > 0 else "none"
        signatures["coreference"] = Signature(corpus_id, schema.version, "coreference", "muc-b3-ceafe-lea",
                                              options=(("mentions", "clustered-spans"),), mapping=mapping,
                                              resampling=by_document)
    return Report(system, signatures, tuple(sections), views, confusion, errors, baseline, **listings)
