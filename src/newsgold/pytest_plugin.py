"""pytest plugin: fail a test when an extractor regressed on the newsgold gold.

Registered through the ``pytest11`` entry point ``newsgold``, so installing newsgold makes
the fixtures available in every test suite::

    def test_extractor_did_not_regress(newsgold_gate, newsgold_corpus):
        preds = [my_extractor.predict(doc) for doc in newsgold_corpus]   # record dicts
        newsgold_gate(preds, baseline="evaluate/baselines/my-extractor.json")

``newsgold_gate(predictions, baseline, **policy)`` scores the predictions (a file path, a
list of ``newsgold.Record`` or a list of record dicts) under the baseline's signature and
raises ``AssertionError`` listing the regressed categories and the gold items that newly
broke; it returns the ``GateResult`` when nothing regressed. Policy keywords: ``alpha``,
``max_drop``, ``min_f1`` (a number for every micro row, or ``{selector: F1}``), ``test``,
``trials``, ``seed``, or ``policy=Policy(...)``. Relative baseline and prediction paths
are taken from the pytest rootdir. Input that cannot be compared (another corpus version,
schema or mode; a malformed file) raises the gate's own error, not an AssertionError.

``--newsgold-report DIR`` writes each gate's JSON and JUnit XML into DIR.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest


__all__ = ["assert_no_regression", "newsgold_corpus", "newsgold_gate"]


def _policy(policy, min_f1: float | Mapping[str, float] | None, **settings: Any):
    from newsgold.gate.policy import Policy, floor

    chosen = policy or Policy()
    given = {k: v for k, v in settings.items() if v is not None}
    if given:
        from dataclasses import replace

        chosen = replace(chosen, **given)
    if min_f1 is not None:
        table = {"": min_f1} if isinstance(min_f1, (int, float)) else dict(min_f1)
        chosen = chosen.with_floors(floor(k, float(v)) for k, v in table.items())
    return chosen


def assert_no_regression(
    predictions: Any,
    baseline: str | Path,
    *,
    policy=None,
    alpha: float | None = None,
    max_drop: float | None = None,
    min_f1: float | Mapping[str, float] | None = None,
    test: str | None = None,
    trials: int | None = None,
    seed: int | None = None,
    report_dir: str | Path | None = None,
    report_name: str | None = None,
):
    """Gate ``predictions`` against ``baseline``; ``AssertionError`` listing what regressed."""
    __tracebackhide__ = True
    from newsgold.gate import run_gate
    from newsgold.gate.junit import write_json, write_junit
    from newsgold.gate.listing import failure_message

    chosen = _policy(policy, min_f1, alpha=alpha, max_drop=max_drop, test=test, trials=trials, seed=seed)
    result = run_gate(predictions, baseline, chosen)
    if report_dir is not None:
        stem = re.sub(r"[^\w.-]+", "_", report_name or Path(baseline).stem)
        write_json(result, Path(report_dir) / f"{stem}.gate.json")
        write_junit(result, Path(report_dir) / f"{stem}.junit.xml")
    if not result.passed:
        raise AssertionError(failure_message(result))
    return result


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsgold", "newsgold regression gate")
    group.addoption("--newsgold-report", metavar="DIR", default=None,
                    help="write each newsgold_gate's verdicts as JSON and JUnit XML into DIR")


@pytest.fixture(scope="session")
def newsgold_corpus():
    """The newsgold corpus (documents with doc_id, text, sha256, sentences)."""
    from newsgold.corpus import load_corpus

    return load_corpus()


@pytest.fixture
def newsgold_gate(request: pytest.FixtureRequest):
    """``newsgold_gate(predictions, baseline, **policy)``: see the module docstring."""
    root = Path(request.config.rootpath)
    report_dir = request.config.getoption("--newsgold-report", default=None)

    def gate(predictions: Any, baseline: str | Path, **options: Any):
        __tracebackhide__ = True
        path = Path(baseline)
        if not path.is_absolute():
            path = root / path
        if isinstance(predictions, (str, Path)) and not Path(predictions).is_absolute():
            predictions = root / predictions
        options.setdefault("report_dir", report_dir)
        options.setdefault("report_name", request.node.name)
        return assert_no_regression(predictions, path, **options)

    return gate
