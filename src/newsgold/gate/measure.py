"""Score a run for the gate: per layer and metric, the per-unit counts, the signature and
what became of every item.

A ``Measurement`` is everything a paired comparison needs from one run: count arrays of
shape (units, categories) with the unit and category names (so two runs pair by name),
the signature (two runs are comparable only under equal signatures), a fingerprint of the
gold it was scored against, and each gold item's outcome keyed by document, span and label.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Hashable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

import numpy as np

from newsgold.corpus import Corpus
from newsgold.records import Record
from newsgold.records import LAYERS
from newsgold.reports.evaluate import default_unit
from newsgold.resampling import Stats
from newsgold.schema import LabelSchema
from newsgold.scoring import score_entities
from newsgold.scoring.counts import STATISTICS, Counts
from newsgold.scoring.errors import ScoringError
from newsgold.scoring.events import score_events
from newsgold.scoring.result import EntityScore
from newsgold.scoring.stance import score_stances
from newsgold.signature import Signature

from newsgold.gate import items as it

CLASSIFICATION = "classification"


@dataclass(frozen=True)
class ScoringConfig:
    """How a run is scored; the baseline stores it and the gate rescores with it.

    ``aliases`` names an alias view of the label schema (e.g. ``relaxed``); ``unit`` is the
    resampling unit (``auto``: documents from 30 documents on, else sentences).
    """

    layers: tuple[str, ...] | None = None
    entity_mode: str = "strict"
    min_overlap: float = 0.0
    ignore_determiners: bool = False
    aliases: str | None = None
    argument_match: str = "span"
    coref: bool = False
    holder_match: str = "cluster"
    unit: str = "auto"
    missing: str = "error"
    mapping: str | None = None  # a label mapping (name or JSON file) applied to gold and predictions

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["layers"] = list(self.layers) if self.layers is not None else None
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ScoringConfig:
        """The config of a stored baseline; ``ValueError`` names a key that is unknown or of the wrong type."""
        if not isinstance(data, Mapping):
            raise ValueError(f"config: found {type(data).__name__}, expected an object of scoring options")
        known = {f.name for f in fields(cls)}
        unknown = sorted(set(data) - known)
        if unknown:
            raise ValueError(f"config: unknown scoring option(s) {', '.join(map(repr, unknown))}; "
                             f"expected {', '.join(sorted(known))}")
        data = dict(data)
        for key, value in data.items():
            kind = _CONFIG_TYPES[key]
            if value is None and key in ("layers", "aliases", "mapping"):
                continue
            if not isinstance(value, kind) or (kind is not bool and isinstance(value, bool)):
                raise ValueError(f"config.{key}: found {value!r}, expected {_CONFIG_EXPECTED[kind]}")
        if data.get("layers") is not None:
            bad = [layer for layer in data["layers"] if layer not in LAYERS]
            if bad:
                raise ValueError(f"config.layers: found {', '.join(map(repr, bad))}, expected layers among "
                                 f"{', '.join(LAYERS)}")
            data["layers"] = tuple(data["layers"])
        return cls(**data)


_CONFIG_TYPES = {"layers": list, "entity_mode": str, "min_overlap": (int, float), "ignore_determiners": bool,
                 "aliases": str, "argument_match": str, "coref": bool, "holder_match": str, "unit": str, "missing": str,
                 "mapping": str}
_CONFIG_EXPECTED = {list: "a list of layer names", str: "a string", (int, float): "a number", bool: "true or false"}


@dataclass(frozen=True, eq=False)
class Measurement:
    """One metric of one layer of one run (see the module docstring)."""

    layer: str
    metric: str
    signature: Signature
    gold_fingerprint: str
    units: tuple[str, ...]
    categories: tuple[str, ...]
    counts: Mapping[str, np.ndarray]  # tp, fp, fn, partial: (units, categories) integer arrays
    gold_outcomes: Mapping[str, str]  # gold item key -> outcome ("correct" or the error)
    prediction_errors: Mapping[str, str]  # key of a prediction without full credit -> outcome
    gold_items: Mapping[str, it.Item] = field(default_factory=dict)  # for listings (current run only)
    prediction_items: Mapping[str, it.Item] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return f"{self.layer}/{self.metric}"

    def stats(self) -> Stats:
        """Credit, predicted and gold per unit and category (as ``reports.model.stats_of``)."""
        tp, fp, fn, partial = (np.asarray(self.counts[k], np.float64) for k in STATISTICS)
        return Stats.of(tp + 0.5 * partial, tp + partial + fp, tp + partial + fn)

    def aligned(self, units: Sequence[str], categories: Sequence[str]) -> Measurement:
        """The counts re-indexed to ``units`` (all must exist) and ``categories`` (absent ones are zero)."""
        u_pos = {u: i for i, u in enumerate(self.units)}
        missing = [u for u in units if u not in u_pos]
        if missing or len(units) != len(self.units):
            raise ValueError(
                f"{self.name}: the runs have different resampling units ({len(self.units)} vs {len(units)}"
                f"{', e.g. ' + missing[0] if missing else ''})"
            )
        rows = np.array([u_pos[u] for u in units], np.int64)
        c_pos = {c: i for i, c in enumerate(self.categories)}
        counts = {}
        for k in STATISTICS:
            a = np.asarray(self.counts[k], np.int64)[rows] if len(rows) else np.zeros((0, len(self.categories)), np.int64)
            out = np.zeros((len(units), len(categories)), np.int64)
            for j, c in enumerate(categories):
                if c in c_pos:
                    out[:, j] = a[:, c_pos[c]]
            counts[k] = out
        return Measurement(self.layer, self.metric, self.signature, self.gold_fingerprint, tuple(units),
                           tuple(categories), counts, self.gold_outcomes, self.prediction_errors,
                           self.gold_items, self.prediction_items)


def unit_name(unit: Hashable) -> str:
    """A unit as a string: a document id, or ``doc_id#n`` for the n-th sentence."""
    if isinstance(unit, tuple):
        return "#".join(str(part) for part in unit)
    return str(unit)


def gold_fingerprint(gold: Sequence[Record], layer: str) -> str:
    """Hash of the gold a layer is scored against: the entity layer for entities; the whole
    records for events and stances (they read clusters, entities and each other)."""
    digest = hashlib.sha256()
    for record in sorted(gold, key=lambda r: r.doc_id):
        data = record.to_dict()
        if layer == "entities":
            data = {"doc_id": data["doc_id"], "entities": data.get("entities")}
        data.pop("annotator", None)
        digest.update(json.dumps(data, sort_keys=True, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]


def signatures(config: ScoringConfig, layers: Sequence[str], corpus: Corpus, schema: LabelSchema) -> dict[str, Signature]:
    """The signature of each layer under ``config``, as ``reports.evaluate`` builds them."""
    corpus_id = corpus.id
    unit = config.unit
    mapping = _mapping(config, schema)
    mapping_name = mapping.signature_name if mapping is not None else "none"

    def sig(layer: str, mode: str, **options: Any) -> Signature:
        return Signature(corpus_id, schema.version, layer, mode, options=tuple(options.items()),
                         mapping=mapping_name, resampling=f"paired-{unit}")

    out = {}
    for layer in layers:
        if layer == "entities":
            out[layer] = sig(layer, config.entity_mode, overlap=config.min_overlap,
                             determiners="ignore-the" if config.ignore_determiners else "keep",
                             aliases=config.aliases or "none")
        elif layer == "events":
            out[layer] = sig(layer, "oneie-onetoone", arguments=config.argument_match, coref=config.coref)
        elif layer == "stances":
            out[layer] = sig(layer, "holder-target-label", holders=config.holder_match)
    return out


def _mapping(config: ScoringConfig, schema: LabelSchema):
    """The label mapping of a config, or None; an unknown mapping is a ``ScoringError``."""
    if not config.mapping:
        return None
    from newsgold.systems.mapping import MappingError, load_mapping

    try:
        return load_mapping(config.mapping, schema)
    except MappingError as error:
        raise ScoringError(str(error)) from None


def resolve(config: ScoringConfig, gold: Sequence[Record], pred: Sequence[Record] | None = None) -> ScoringConfig:
    """``config`` with the layers (default: those the predictions have) and the unit fixed."""
    layers = config.layers
    if layers is None:
        if pred is None:
            raise ScoringError("no layers given and no predictions to take them from")
        layers = tuple(layer for layer in LAYERS if any(getattr(r, layer) is not None for r in pred))
        if not layers:
            raise ScoringError("the predictions have none of the layers entities, events, stances")
    unknown = [layer for layer in layers if layer not in LAYERS]
    if unknown:
        raise ScoringError(f"unknown layer(s) {', '.join(unknown)}; expected {', '.join(LAYERS)}")
    unit = default_unit(len(gold)) if config.unit == "auto" else config.unit
    return replace(config, layers=tuple(layers), unit=unit)


def _counts_dict(counts: Counts) -> dict[str, np.ndarray]:
    return {k: np.asarray(getattr(counts, k), np.int64) for k in STATISTICS}


def _span_measurement(
    layer: str, metric: str, score: EntityScore, sig: Signature, fingerprint: str,
    gold_items: list[it.Item], pred_items: list[it.Item],
) -> Measurement:
    return Measurement(
        layer, metric, sig, fingerprint,
        tuple(unit_name(u) for u in score.counts.units), tuple(score.categories), _counts_dict(score.counts),
        it.outcomes(gold_items), it.outcomes(pred_items),
        {i.key: i for i in gold_items}, {i.key: i for i in pred_items},
    )


def measure(
    gold: Sequence[Record],
    pred: Sequence[Record],
    config: ScoringConfig,
    corpus: Corpus,
    schema: LabelSchema,
) -> list[Measurement]:
    """Score ``pred`` against ``gold`` on the configured layers; one measurement per metric."""
    config = resolve(config, gold, pred)
    mapping = _mapping(config, schema)
    if mapping is not None:
        gold, pred = mapping.view_records(gold), mapping.view_records(pred)
    sigs = signatures(config, config.layers, corpus, schema)
    texts = {d.doc_id: d.text for d in corpus}
    unit, missing = config.unit, config.missing
    out: list[Measurement] = []
    if "entities" in config.layers:
        if config.aliases is not None and config.aliases not in schema.entity_aliases:
            raise ScoringError(f"unknown alias view {config.aliases!r}; the label schema has: "
                               f"{', '.join(schema.entity_aliases) or 'none'}")
        score = score_entities(
            gold, pred, mode=config.entity_mode, min_overlap=config.min_overlap,
            ignore_determiners=config.ignore_determiners,
            aliases=schema.entity_aliases[config.aliases] if config.aliases else None,
            unit=unit, corpus=corpus, missing=missing,
        )
        out.append(_span_measurement(
            "entities", config.entity_mode, score, sigs["entities"], gold_fingerprint(gold, "entities"),
            it.span_items(score, "gold", texts=texts), it.span_items(score, "pred", texts=texts, errors_only=True),
        ))
    if "events" in config.layers:
        ev = score_events(gold, pred, argument_match=config.argument_match, coref=config.coref,
                          unit=unit, corpus=corpus, missing=missing)
        fingerprint = gold_fingerprint(gold, "events")
        for name, score in ev.metrics().items():
            arguments = name.startswith("argument")
            g_docs = it.event_docs(gold, arguments) if arguments else None
            p_docs = it.event_docs(pred, arguments) if arguments else None
            out.append(_span_measurement(
                "events", name, score, sigs["events"], fingerprint,
                it.span_items(score, "gold", g_docs, texts),
                it.span_items(score, "pred", p_docs, texts, errors_only=True),
            ))
    if "stances" in config.layers:
        st = score_stances(gold, pred, holder_match=config.holder_match, unit=unit, corpus=corpus, missing=missing)
        fingerprint = gold_fingerprint(gold, "stances")
        g_rows, p_rows = it.stance_rows(gold), it.stance_rows(gold, pred)
        ex = st.extraction
        gold_items = it.stance_items(ex, "gold", g_rows, texts)
        out.append(_span_measurement(
            "stances", "extraction", ex, sigs["stances"], fingerprint,
            gold_items, it.stance_items(ex, "pred", p_rows, texts, errors_only=True),
        ))
        out.append(_classification_measurement(st, sigs["stances"], fingerprint, g_rows, texts))
    return out


def _classification_measurement(st, sig: Signature, fingerprint: str, rows, texts) -> Measurement:
    """Stance labels of the gold (holder, target) pairs as per-label counts per unit."""
    c = st.classification
    labels = list(c.labels)
    n_units = c.n_units
    correct = np.zeros((n_units, len(labels)), np.int64)
    predicted = np.zeros_like(correct)
    gold = np.zeros_like(correct)
    for u, g, p in zip(c.units, c.gold, c.pred):
        gold[u, labels.index(g)] += 1
        predicted[u, labels.index(p)] += 1
        correct[u, labels.index(g)] += g == p
    counts = {"tp": correct, "fp": predicted - correct, "fn": gold - correct, "partial": np.zeros_like(correct)}
    ex = st.extraction
    groups = [ex.gold.docs[d] for d in ex.gold.doc.tolist()]
    items = it.classification_items(groups, c.gold, c.pred, c.given, rows, texts)
    return Measurement(
        "stances", CLASSIFICATION, sig, fingerprint, tuple(unit_name(u) for u in ex.counts.units),
        tuple(labels), counts, it.outcomes(items), {}, {i.key: i for i in items}, {},
    )
