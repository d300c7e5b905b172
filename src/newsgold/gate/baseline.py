"""Baselines: a run's scores, per-unit counts, per-item outcomes and signature, on disk.

A baseline file (``newsgold.baseline/1``, JSON) holds, per layer and metric:

- ``signature``: the configuration the run was scored under (corpus version, schema
  version, layer, mode, options, mapping); the gate refuses other signatures;
- ``gold_fingerprint``: a hash of the gold the run was scored against;
- ``units`` and ``categories`` with ``cells``: the non-zero (unit, category) cells of the
  tp/fp/fn/partial count arrays, the input of the paired tests;
- ``scores``: P/R/F1, support and counts per category and micro (for people; the gate
  recomputes them from the cells);
- ``gold_items``: every gold item's outcome, keyed ``group|start-end|label``;
- ``prediction_errors``: the outcome of every prediction without full credit.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsgold.corpus import Corpus
from newsgold.jsonio import InputError, load_json, read_bytes, shown, write_atomic
from newsgold.records import Record
from newsgold.resampling import scores
from newsgold.schema import LabelSchema
from newsgold.scoring.counts import STATISTICS
from newsgold.signature import Signature

from newsgold.gate.measure import Measurement, ScoringConfig, measure, resolve

BASELINE_FORMAT = "newsgold.baseline/1"
CELL_COLUMNS = ("unit", "category", *STATISTICS)


class BaselineError(ValueError):
    """A baseline file is missing, unreadable or not in the baseline format."""


@dataclass(frozen=True, eq=False)
class Baseline:
    system: str
    config: ScoringConfig
    measurements: tuple[Measurement, ...]
    newsgold: str = ""
    predictions: dict[str, str] | None = None
    origin: str | None = None

    def measurement(self, layer: str, metric: str) -> Measurement:
        for m in self.measurements:
            if (m.layer, m.metric) == (layer, metric):
                return m
        raise KeyError(f"{layer}/{metric}")

    @property
    def signatures(self) -> dict[str, Signature]:
        return {m.layer: m.signature for m in self.measurements}

    def to_dict(self) -> dict[str, Any]:
        return {
            "format": BASELINE_FORMAT,
            "system": self.system,
            "newsgold": self.newsgold,
            "predictions": self.predictions,
            "config": self.config.to_dict(),
            "measurements": [measurement_to_dict(m) for m in self.measurements],
        }

    @classmethod
    def from_dict(cls, data: Any, origin: str | None = None) -> Baseline:
        """A baseline from its JSON form; ``BaselineError`` names the first field that is malformed."""
        where = origin or "baseline"
        if not isinstance(data, dict):
            raise BaselineError(f"{where}: found a JSON {type(data).__name__}, expected a newsgold baseline object; "
                                "write one with 'newsgold baseline save'")
        if data.get("format") != BASELINE_FORMAT:
            raise BaselineError(f"{where}: not a newsgold baseline (format {data.get('format')!r}, expected "
                                f"{BASELINE_FORMAT!r}); write one with 'newsgold baseline save'")
        try:
            system = _need(data.get("system"), str, "system", "the system name")
            if any(unicodedata.category(c) == "Cc" for c in system):
                raise ValueError(f"system: found {_shown(system)}, expected a name without control characters")
            config = ScoringConfig.from_dict(data.get("config"))
            raw = _need(data.get("measurements"), list, "measurements", "a non-empty list of measurements")
            if not raw:
                raise ValueError("measurements: found an empty list, expected at least one measurement")
            measurements = tuple(measurement_from_dict(_need(m, dict, f"measurements[{i}]", "an object"), f"measurements[{i}]")
                                 for i, m in enumerate(raw))
            predictions = data.get("predictions")
            if predictions is not None and not isinstance(predictions, dict):
                raise ValueError(f"predictions: found {_shown(predictions)}, expected an object or null")
        except ValueError as error:
            raise BaselineError(f"{where}: {error} (write a baseline with 'newsgold baseline save')") from None
        return cls(system, config, measurements, str(data.get("newsgold", "")), predictions, origin)


MAX_COUNT = 2**53  # a count above this cannot be exact in a JSON number


def _shown(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _need(value: Any, kind: type | tuple[type, ...], where: str, expected: str) -> Any:
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        found = "nothing" if value is None else _shown(value)
        raise ValueError(f"{where}: found {found}, expected {expected}")
    return value


def _strings(value: Any, where: str) -> tuple[str, ...]:
    items = _need(value, list, where, "a list of strings")
    for i, item in enumerate(items):
        _need(item, str, f"{where}[{i}]", "a string")
    return tuple(items)


def _string_map(value: Any, where: str) -> dict[str, str]:
    table = _need(value, dict, where, "an object of key: outcome strings")
    for key, item in table.items():
        _need(item, str, f"{where}[{key!r}]", "an outcome string")
    return dict(table)


def score_rows(m: Measurement) -> list[dict[str, Any]]:
    """P/R/F1, support and counts per category, then micro."""
    stats = m.stats()
    table = scores(stats.stacked().sum(0), len(m.categories))
    sums = {k: np.asarray(m.counts[k]).sum(0) for k in STATISTICS}
    rows = []
    for j, name in enumerate(m.categories):
        p, r, f = (float(x) for x in table[j])
        rows.append({"row": name, "precision": p, "recall": r, "f1": f,
                     "support": int(sums["tp"][j] + sums["partial"][j] + sums["fn"][j]),
                     **{k: int(sums[k][j]) for k in STATISTICS}})
    p, r, f = (float(x) for x in table[len(m.categories)])
    rows.append({"row": "micro", "precision": p, "recall": r, "f1": f,
                 "support": int(sum(sums[k].sum() for k in ("tp", "partial", "fn"))),
                 **{k: int(sums[k].sum()) for k in STATISTICS}})
    return rows


def measurement_to_dict(m: Measurement) -> dict[str, Any]:
    stacked = np.stack([np.asarray(m.counts[k], np.int64) for k in STATISTICS], axis=-1)
    nonzero = np.argwhere(stacked.any(axis=-1))
    cells = [[int(u), int(c), *map(int, stacked[u, c])] for u, c in nonzero]
    return {
        "layer": m.layer,
        "metric": m.metric,
        "signature": m.signature.to_dict(),
        "gold_fingerprint": m.gold_fingerprint,
        "units": list(m.units),
        "categories": list(m.categories),
        "cell_columns": list(CELL_COLUMNS),
        "cells": cells,
        "scores": score_rows(m),
        "gold_items": dict(m.gold_outcomes),
        "prediction_errors": dict(m.prediction_errors),
    }


def measurement_from_dict(data: dict[str, Any], where: str = "measurement") -> Measurement:
    """A measurement from its JSON form; ``ValueError`` names the first malformed field under ``where``."""
    units, categories = _strings(data.get("units"), f"{where}.units"), _strings(data.get("categories"), f"{where}.categories")
    if list(data.get("cell_columns", CELL_COLUMNS)) != list(CELL_COLUMNS):
        raise ValueError(f"{where}.cell_columns: expected {list(CELL_COLUMNS)}")
    counts = {k: np.zeros((len(units), len(categories)), np.int64) for k in STATISTICS}
    for i, cell in enumerate(_need(data.get("cells"), list, f"{where}.cells", "a list of cells")):
        at = f"{where}.cells[{i}]"
        ok = (isinstance(cell, list) and len(cell) == 2 + len(STATISTICS)
              and all(isinstance(v, int) and not isinstance(v, bool) for v in cell))
        if not ok or not (0 <= cell[0] < len(units) and 0 <= cell[1] < len(categories)) \
                or any(not 0 <= v <= MAX_COUNT for v in cell[2:]):
            raise ValueError(f"{at}: found {_shown(cell)}, expected [unit, category, tp, fp, fn, partial]: "
                             f"indexes of the units and categories, and counts from 0 to {MAX_COUNT}")
        for k, v in zip(STATISTICS, cell[2:]):
            counts[k][cell[0], cell[1]] = v
    signature = _need(data.get("signature"), dict, f"{where}.signature", "an object (corpus, schema, layer, mode, ...)")
    try:
        parsed = Signature.from_dict(signature)
    except (KeyError, TypeError, AttributeError) as error:
        raise ValueError(f"{where}.signature: malformed ({type(error).__name__}: {error}); expected corpus, schema, "
                         "layer, mode and options") from None
    return Measurement(
        _need(data.get("layer"), str, f"{where}.layer", "a layer name"),
        _need(data.get("metric"), str, f"{where}.metric", "a metric name"),
        parsed,
        _need(data.get("gold_fingerprint"), str, f"{where}.gold_fingerprint", "a string"),
        units, categories, counts,
        _string_map(data.get("gold_items"), f"{where}.gold_items"),
        _string_map(data.get("prediction_errors", {}), f"{where}.prediction_errors"),
    )


def build_baseline(
    gold: Sequence[Record],
    pred: Sequence[Record],
    corpus: Corpus,
    schema: LabelSchema,
    config: ScoringConfig = ScoringConfig(),
    system: str | None = None,
    predictions: dict[str, str] | None = None,
) -> Baseline:
    """Score ``pred`` and keep what a later gate needs (see the module docstring)."""
    from newsgold import __version__

    config = resolve(config, gold, pred)
    if system is None:
        names = sorted({r.system for r in pred if r.system})
        system = ", ".join(names) if names else "system"
    return Baseline(system, config, tuple(measure(gold, pred, config, corpus, schema)), __version__, predictions)


def file_fingerprint(path: str | Path) -> dict[str, str]:
    path = Path(path)
    return {"file": path.name, "sha256": hashlib.sha256(read_bytes(path, "the prediction file")).hexdigest()}


def dumps_baseline(baseline: Baseline) -> str:
    """Deterministic JSON, one-space indent, each cell and each short list on one line."""
    return _compact_json(baseline.to_dict())


def save_baseline(baseline: Baseline, path: str | Path) -> Path:
    """Write the baseline atomically; returns the path."""
    path = Path(path)
    write_atomic(path, dumps_baseline(baseline))
    return path


def load_baseline(path: str | Path) -> Baseline:
    """Read a baseline file (the shared reader: a regular file, size and depth capped)."""
    try:
        data = load_json(path, "a newsgold baseline (JSON, written by 'newsgold baseline save')")
    except InputError as error:
        raise BaselineError(str(error)) from None
    return Baseline.from_dict(data, shown(path))


def _compact_json(obj: Any) -> str:
    """``json.dumps(indent=1)`` with every list of scalars kept on one line."""
    leaves: list[str] = []

    def mark(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: mark(v) for k, v in value.items()}
        if isinstance(value, list):
            if all(not isinstance(v, (dict, list)) for v in value):
                leaves.append(json.dumps(value, ensure_ascii=False))
                return f"\u0000{len(leaves) - 1}\u0000"
            return [mark(v) for v in value]
        return value

    text = json.dumps(mark(obj), indent=1, ensure_ascii=False)
    return re.sub(r'"\\u0000(\d+)\\u0000"', lambda m: leaves[int(m.group(1))], text) + "\n"
