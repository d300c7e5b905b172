"""The gate in one call: load the baseline, rescore the predictions under its signature, compare."""

from __future__ import annotations

import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, Union

from newsgold.corpus import Corpus, load_corpus
from newsgold.jsonio import dumps_line
from newsgold.records import Record
from newsgold.records import LAYERS
from newsgold.schema import LabelSchema, load_schema
from newsgold.scoring.errors import listing
from newsgold.validate import load_gold, read_predictions

from newsgold.gate.baseline import Baseline, load_baseline
from newsgold.goldset import GoldSet
from newsgold.gate.measure import measure, signatures
from newsgold.gate.policy import Policy
from newsgold.gate.verdict import GateError, GateResult, compare, refuse_other_signature

Predictions = Union[str, Path, Sequence[Record], Sequence[Mapping[str, Any]]]


def read_any_predictions(
    predictions: Predictions, corpus: Corpus, schema: LabelSchema
) -> tuple[list[Record], list[str]]:
    """Records from a file, from ``Record`` objects, or from dicts in the record format (validated).

    Returns the records and the validator's warnings.
    """
    if isinstance(predictions, (str, Path)):
        records, report = read_predictions(predictions, corpus, schema)
        return records, [str(w) for w in report.warnings]
    items = list(predictions)
    if all(isinstance(r, Record) for r in items):
        return items, []
    if all(isinstance(r, Mapping) for r in items):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "predictions.jsonl"
            path.write_text("".join(dumps_line(dict(r)) for r in items), encoding="utf-8")
            records, report = read_predictions(path, corpus, schema)
        return records, [str(w).replace(str(path), "predictions") for w in report.warnings]
    raise TypeError("predictions must be a file path, a list of newsgold Records, or a list of record dicts")


def _baseline_split(base: Baseline) -> str | None:
    for signature in base.signatures.values():
        _, _, split = signature.corpus.partition(":")
        if split:
            return split
    return None


def run_gate(
    predictions: Predictions,
    baseline: str | Path | Baseline,
    policy: Policy = Policy(),
    *,
    entity_mode: str | None = None,
    corpus: Corpus | None = None,
    schema: LabelSchema | None = None,
    gold: Sequence[Record] | None = None,
    split: str | None = None,
    goldset: GoldSet | None = None,
    mapping: str | None = None,
) -> GateResult:
    """Score ``predictions`` under the baseline's configuration and compare them with it.

    Raises ``SignatureMismatch`` (other corpus version, schema or mode: refused),
    ``BaselineError``, ``GateError``, ``InvalidInput`` or ``ScoringError`` for input that
    cannot be gated. ``entity_mode`` asks for another entity mode than the baseline's,
    which is refused unless it is the same. ``split`` selects documents of the bundled corpus;
    by default the baseline's split (the part after ':' of its corpus id). ``goldset`` gates
    against other gold (a user's own, ``newsgold.goldset.load_goldset``).
    """
    base = baseline if isinstance(baseline, Baseline) else load_baseline(baseline)
    rows: dict[str, dict[str, tuple[str, ...]]] = {}
    for m in base.measurements:
        rows.setdefault(m.layer, {})[m.metric] = m.categories
    policy.check_floors(rows)
    if goldset is not None:
        corpus, schema, gold = goldset.corpus, goldset.schema, list(goldset.records)
    if corpus is None:
        corpus = load_corpus()
        chosen = split or _baseline_split(base)
        if chosen:
            try:
                corpus = corpus.select(chosen)
            except ValueError as error:
                raise GateError(str(error)) from None
    schema = schema if schema is not None else load_schema()
    where = base.origin or "baseline"
    config = base.config if entity_mode is None else replace(base.config, entity_mode=entity_mode)
    if mapping is not None:
        config = replace(config, mapping=mapping)
    expected = signatures(config, config.layers, corpus, schema)
    for layer, signature in base.signatures.items():
        if layer not in expected:
            raise GateError(f"{where}: a measurement of layer {layer!r} is not among config.layers "
                            f"({', '.join(config.layers)}); expected a baseline written by 'newsgold baseline save'")
        refuse_other_signature(signature, expected[layer], where)
    if goldset is not None and isinstance(predictions, (str, Path)):
        records, _aside, notes = goldset.read_predictions(predictions)
    else:
        records, notes = read_any_predictions(predictions, corpus, schema)
    gold = gold if gold is not None else load_gold(corpus=corpus, schema=schema)
    annotated = {g.doc_id for g in gold}
    aside = sorted({r.doc_id for r in records if r.doc_id not in annotated})
    if aside:
        notes.append(f"{len(aside)} predicted document(s) have no gold in this selection and were not gated")
        records = [r for r in records if r.doc_id in annotated]
    unpredicted = sorted(annotated - {r.doc_id for r in records})
    if unpredicted and config.missing == "error":
        raise GateError(
            f"{where}: the predictions have no record for {len(unpredicted)} gold document(s) "
            f"({listing(unpredicted)}); the baseline was saved with --missing error, so every gold document needs "
            "a record. Predict every document, or re-save the baseline with 'newsgold baseline save --missing empty' "
            "to count a missing record as predicting nothing"
        )
    current = measure(gold, records, config, corpus, schema)
    extra = [layer for layer in LAYERS if layer not in config.layers and any(getattr(r, layer) is not None for r in records)]
    if extra:
        notes.append(f"layer(s) {', '.join(extra)} of the predictions are not in the baseline and were not gated")
    names = sorted({r.system for r in records if r.system})
    system = ", ".join(names) if names else (Path(predictions).name if isinstance(predictions, (str, Path)) else "system")
    return compare(base, current, policy, system=system, texts={d.doc_id: d.text for d in corpus}, notes=notes)
