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
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from newsgold.corpus import Corpus
from newsgold.jsonio import write_atomic
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
        where = origin or "baseline"
        if not isinstance(data, dict) or data.get("format") != BASELINE_FORMAT:
            found = data.get("format") if isinstance(data, dict) else type(data).__name__
            raise BaselineError(f"{where}: not a newsgold baseline (format {found!r}, expected {BASELINE_FORMAT!r}); "
                                "write one with 'newsgold baseline save'")
        try:
            config = ScoringConfig.from_dict(data["config"])
            measurements = tuple(measurement_from_dict(m) for m in data["measurements"])
            system = str(data["system"])
        except (KeyError, TypeError, ValueError, IndexError) as error:
            raise BaselineError(f"{where}: malformed baseline ({type(error).__name__}: {error})") from None
        if not measurements:
            raise BaselineError(f"{where}: the baseline holds no measurements")
        return cls(system, config, measurements, str(data.get("newsgold", "")), data.get("predictions"), origin)


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


def measurement_from_dict(data: dict[str, Any]) -> Measurement:
    units, categories = tuple(map(str, data["units"])), tuple(map(str, data["categories"]))
    if list(data.get("cell_columns", CELL_COLUMNS)) != list(CELL_COLUMNS):
        raise ValueError(f"cell_columns must be {list(CELL_COLUMNS)}")
    counts = {k: np.zeros((len(units), len(categories)), np.int64) for k in STATISTICS}
    for cell in data["cells"]:
        u, c, *values = cell
        if not (isinstance(u, int) and isinstance(c, int) and 0 <= u < len(units) and 0 <= c < len(categories)):
            raise ValueError(f"cell {cell}: unit and category must index the units and categories")
        if len(values) != len(STATISTICS) or any(int(v) != v or v < 0 for v in values):
            raise ValueError(f"cell {cell}: expected [unit, category, tp, fp, fn, partial] with counts >= 0")
        for k, v in zip(STATISTICS, values):
            counts[k][u, c] = v
    return Measurement(
        str(data["layer"]), str(data["metric"]), Signature.from_dict(data["signature"]),
        str(data["gold_fingerprint"]), units, categories, counts,
        {str(k): str(v) for k, v in data["gold_items"].items()},
        {str(k): str(v) for k, v in data.get("prediction_errors", {}).items()},
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
    return {"file": path.name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest()}


def dumps_baseline(baseline: Baseline) -> str:
    """Deterministic JSON, one-space indent, each cell and each short list on one line."""
    return _compact_json(baseline.to_dict())


def save_baseline(baseline: Baseline, path: str | Path) -> Path:
    """Write the baseline atomically; returns the path."""
    path = Path(path)
    write_atomic(path, dumps_baseline(baseline))
    return path


def load_baseline(path: str | Path) -> Baseline:
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise BaselineError(f"{path}: no such baseline file; write one with 'newsgold baseline save'") from None
    except (OSError, UnicodeDecodeError) as error:
        raise BaselineError(f"{path}: cannot read the baseline ({error})") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{path}:{error.lineno}: not valid JSON ({error.msg})") from None
    return Baseline.from_dict(data, str(path))


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
