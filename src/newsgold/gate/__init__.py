"""Regression gate: baselines of a system's scores, and a noise-aware comparison with them.

::

    from newsgold.gate import Policy, build_baseline, run_gate, save_baseline

    save_baseline(build_baseline(gold, preds, corpus, schema), "evaluate/baselines/mine.json")
    result = run_gate("new-preds.jsonl", "evaluate/baselines/mine.json", Policy(alpha=0.05))
    result.exit_code          # 0: nothing regressed, 1: something did
    result.regressed          # the regressed rows (layer/metric/category)
    result.newly_broken       # gold items right in the baseline, wrong now, with context

See docs/regression.md for the policy.
"""

from newsgold.gate.baseline import Baseline, BaselineError, build_baseline, load_baseline, save_baseline
from newsgold.gate.measure import Measurement, ScoringConfig, measure
from newsgold.gate.policy import Policy, PolicyError, load_policy, parse_floor
from newsgold.gate.run import run_gate
from newsgold.gate.verdict import GateError, GateResult, ItemChange, RowVerdict, compare

__all__ = [
    "Baseline",
    "BaselineError",
    "GateError",
    "GateResult",
    "ItemChange",
    "Measurement",
    "Policy",
    "PolicyError",
    "RowVerdict",
    "ScoringConfig",
    "build_baseline",
    "compare",
    "load_baseline",
    "load_policy",
    "measure",
    "parse_floor",
    "run_gate",
    "save_baseline",
]
