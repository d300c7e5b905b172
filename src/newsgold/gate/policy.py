"""The gate's policy: when a row counts as regressed or improved (docs/regression.md).

For each row (a category, or the micro average, of one metric of one layer) with baseline
F1 ``b``, new F1 ``n``, ``delta = n - b`` and the two-sided p-value ``p`` of the paired test:

- **regressed** when ``n`` is below the row's floor (``min_f1``), or when
  ``delta < -max_drop`` and ``p < alpha``;
- **improved** when ``delta > max_drop`` and ``p < alpha`` (and no floor is violated);
- **unchanged** otherwise.

With ``test="none"`` there is no p-value and the tolerance alone decides.

Floors are given per selector ``[LAYER[/METRIC[/ROW]]]``: an omitted or ``*`` layer or
metric matches every one; an omitted row means the micro row; ``*`` as the row matches every
row. The most specific matching selector (most parts given) wins; among equally specific
ones, the highest floor.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from newsgold.jsonio import InputError, load_json, load_toml, shown
from newsgold.resampling import ResamplingError, check_count, check_seed

TESTS = ("approximate-randomization", "paired-bootstrap", "none")
DEFAULT_TRIALS = {"paired-bootstrap": 1000, "approximate-randomization": 10000, "none": 0}
TEST_ALIASES = {"bootstrap": "paired-bootstrap", "ar": "approximate-randomization", "paired-ar": "approximate-randomization"}


class PolicyError(ValueError):
    """A policy value or policy file is malformed."""


@dataclass(frozen=True)
class Floor:
    layer: str
    metric: str
    row: str
    value: float

    @property
    def specificity(self) -> int:
        return sum(part != "*" for part in (self.layer, self.metric, self.row))

    def matches(self, layer: str, metric: str, row: str) -> bool:
        return all(want in ("*", have) for want, have in ((self.layer, layer), (self.metric, metric), (self.row, row)))

    @property
    def selector(self) -> str:
        return f"{self.layer}/{self.metric}/{self.row}"


def parse_floor(spec: str) -> Floor:
    """``0.8`` (every micro row), ``entities=0.8``, ``entities/strict/DATE=0.85``, ``events/*/*=0.1``."""
    selector, _, value = spec.rpartition("=")
    try:
        number = float(value)
    except ValueError:
        raise PolicyError(f"min-f1 {spec!r}: expected [LAYER[/METRIC[/ROW]]=]VALUE, e.g. entities/strict/DATE=0.85") from None
    return floor(selector, number)


def floor(selector: str, value: float) -> Floor:
    if not 0.0 <= value <= 1.0:
        raise PolicyError(f"min-f1 {selector + '=' if selector else ''}{value}: expected an F1 between 0 and 1")
    parts = [p.strip() for p in selector.split("/")] if selector.strip() else []
    if len(parts) > 3 or any(not p for p in parts):
        raise PolicyError(f"min-f1 selector {selector!r}: expected LAYER[/METRIC[/ROW]] (each part a name or *)")
    layer, metric, row = parts + ["*", "*", "micro"][len(parts):]
    return Floor(layer, metric, row, float(value))


@dataclass(frozen=True)
class Policy:
    """See the module docstring. ``trials=None`` means the test's default (1000 or 10000)."""

    alpha: float = 0.05
    max_drop: float = 0.0
    test: str = "approximate-randomization"
    trials: int | None = None
    seed: int = 12345
    floors: tuple[Floor, ...] = ()

    def __post_init__(self) -> None:
        for name in ("alpha", "max_drop"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise PolicyError(f"{name}: found {value!r}, expected a number")
        if not isinstance(self.test, str):
            raise PolicyError(f"test: found {self.test!r}, expected one of {', '.join(TESTS)}")
        test = TEST_ALIASES.get(self.test, self.test)
        if test not in TESTS:
            raise PolicyError(f"test {self.test!r}: expected one of {', '.join(TESTS)}")
        object.__setattr__(self, "test", test)
        if not 0.0 < self.alpha <= 1.0:
            raise PolicyError(f"alpha {self.alpha}: expected a significance level in (0, 1]")
        if not 0.0 <= self.max_drop <= 1.0:
            raise PolicyError(f"max-drop {self.max_drop}: expected an F1 difference between 0 and 1")
        try:
            if self.trials is not None:
                check_count(self.trials, "trials")
            check_seed(self.seed)
        except ResamplingError as error:
            raise PolicyError(str(error)) from None

    @property
    def n_trials(self) -> int:
        return self.trials if self.trials is not None else DEFAULT_TRIALS[self.test]

    def floor_for(self, layer: str, metric: str, row: str) -> float | None:
        found = [f for f in self.floors if f.matches(layer, metric, row)]
        if not found:
            return None
        best = max(f.specificity for f in found)
        return max(f.value for f in found if f.specificity == best)

    def with_floors(self, floors: Iterable[Floor]) -> Policy:
        """Floors added; one given for a selector already present replaces it."""
        merged = {f.selector: f for f in self.floors}
        merged.update({f.selector: f for f in floors})
        return replace(self, floors=tuple(merged.values()))

    def describe(self) -> str:
        if self.test == "none":
            rule = f"F1 drop > {self.max_drop:g} (no significance test)"
        else:
            rule = f"F1 drop > {self.max_drop:g} with p < {self.alpha:g} ({self.test}, {self.n_trials} trials, seed {self.seed})"
        floors = ", ".join(f"{f.selector} >= {f.value:g}" for f in self.floors)
        return f"regressed = {rule}" + (f", or F1 below a floor ({floors})" if floors else "")

    def to_dict(self) -> dict[str, Any]:
        return {"alpha": self.alpha, "max_drop": self.max_drop, "test": self.test, "trials": self.n_trials,
                "seed": self.seed, "min_f1": {f.selector: f.value for f in self.floors}}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "policy") -> Policy:
        known = {"alpha", "max_drop", "test", "trials", "seed", "min_f1"}
        data = {k.replace("-", "_"): v for k, v in data.items()}
        unknown = sorted(set(data) - known)
        if unknown:
            raise PolicyError(f"{origin}: unknown key(s) {', '.join(unknown)}; expected {', '.join(sorted(known))}")
        floors = data.pop("min_f1", {}) or {}
        if isinstance(floors, (int, float)) and not isinstance(floors, bool):
            floors = {"": floors}
        if not isinstance(floors, Mapping):
            raise PolicyError(f"{origin}: min_f1: found {floors!r}, expected a number or a table of selector = F1")
        for selector, value in floors.items():
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise PolicyError(f"{origin}: min_f1.{selector}: found {value!r}, expected an F1 between 0 and 1")
        try:
            return cls(**data).with_floors(floor(k, float(v)) for k, v in floors.items())
        except PolicyError as error:
            raise PolicyError(f"{origin}: {error}") from None

    def check_floors(self, rows: Mapping[str, Mapping[str, Iterable[str]]]) -> None:
        """Refuse (``PolicyError``) a floor that names no layer, metric or row of ``rows``
        (layer -> metric -> category names; every metric also has the row ``micro``)."""
        for f in self.floors:
            layers = [layer for layer in rows if f.layer in ("*", layer)]
            if not layers:
                raise PolicyError(f"min-f1 {f.selector}: unknown layer {f.layer!r}; expected one of "
                                  f"{', '.join(rows)} (the baseline's layers) or *")
            metrics = {(layer, m) for layer in layers for m in rows[layer] if f.metric in ("*", m)}
            if not metrics:
                known = sorted({m for layer in layers for m in rows[layer]})
                raise PolicyError(f"min-f1 {f.selector}: unknown metric {f.metric!r}; expected one of "
                                  f"{', '.join(known)} or *")
            names = sorted({c for layer, m in metrics for c in rows[layer][m]}) + ["micro"]
            if f.row not in ("*", *names):
                raise PolicyError(f"min-f1 {f.selector}: unknown row {f.row!r}; expected one of "
                                  f"{', '.join(names)} or *")


def load_policy(path: str | Path) -> Policy:
    """A policy file: TOML (``.toml``) or JSON, with the keys of ``Policy.to_dict``."""
    what = "a gate policy (TOML or JSON: alpha, max_drop, test, trials, seed, min_f1)"
    try:
        data = load_toml(path, what) if Path(path).suffix == ".toml" else load_json(path, what)
    except InputError as error:
        raise PolicyError(str(error)) from None
    if not isinstance(data, Mapping):
        raise PolicyError(f"{shown(path)}: found a JSON {type(data).__name__}, expected a table of policy settings")
    return Policy.from_dict(data, shown(path))
