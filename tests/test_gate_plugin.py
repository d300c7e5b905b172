"""The pytest plugin, exercised on a small example project with pytester.

The example project's "extractor" returns gold entities (all of them, or all but the
GPEs); its test suite says in a few lines "fail if it regressed against this baseline".
"""

from __future__ import annotations

import json
from dataclasses import replace
from importlib.metadata import entry_points

import pytest

from helpers import CORPUS

from newsgold.gate import build_baseline, save_baseline
from newsgold.schema import load_schema
from newsgold.validate import load_gold

pytest_plugins = ["pytester"]

GOLD = load_gold(corpus=CORPUS)

EXTRACTOR = '''
import newsgold

def predict(drop=()):
    """Stands in for a user's extractor: record dicts, one per annotated corpus document."""
    gold = {r.doc_id: r for r in newsgold.load_gold()}
    return [
        {"doc_id": doc.doc_id, "doc_sha256": doc.sha256, "system": "toy",
         "entities": [{"start": e.start, "end": e.end, "label": e.label}
                      for e in gold[doc.doc_id].entities if e.label not in drop]}
        for doc in newsgold.load_corpus() if doc.doc_id in gold
    ]
'''

TESTS = '''
from extractor import predict

def test_still_as_good(newsgold_gate):
    result = newsgold_gate(predict(), baseline="baselines/toy.json")
    assert result.passed and not result.newly_broken

def test_without_places(newsgold_gate, newsgold_corpus):
    newsgold_gate(predict(drop={"GPE"}), baseline="baselines/toy.json")

def test_within_tolerance(newsgold_gate):
    newsgold_gate(predict(drop={"LAW"}), baseline="baselines/toy.json", max_drop=1.0)
'''


def plugin_args() -> list[str]:
    """Load the plugin by its entry point once installed, else by module name (not both)."""
    installed = [ep for ep in entry_points(group="pytest11") if ep.name == "newsgold"]
    return [] if installed else ["-p", "newsgold.pytest_plugin"]


@pytest.fixture
def project(pytester):
    preds = [replace(r, system="toy", clusters=None, events=None, stances=None) for r in GOLD]
    save_baseline(build_baseline(GOLD, preds, CORPUS, load_schema()), pytester.path / "baselines" / "toy.json")
    pytester.makepyfile(extractor=EXTRACTOR, test_extractor=TESTS)
    return pytester


def test_plugin_passes_the_unchanged_extractor_and_fails_the_damaged_one(project):
    result = project.runpytest(*plugin_args(), "--newsgold-report", "reports")
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    # the assertion message names the regressed category and shows what broke, in context
    result.stdout.fnmatch_lines([
        "*test_without_places*",
        "*AssertionError: newsgold gate: 2 row(s) regressed against baseline*toy.json:",
        "*entities/strict/GPE: F1 1.000 -> 0.000: F1 fell by 1.000 (> tolerance 0, p=0.0001 < 0.05)",
        "*regressed categories: entities/strict/GPE",
        "*newly broken gold items (*), by document|offsets|label*",
    ])
    # no article text in the log: items by document|offsets|label, the corpus fixture without its text
    assert "|GPE: correct -> missed" in out and "newsgold_corpus = Corpus(" in out
    assert "Badghis" not in out and "«" not in out and "text=" not in out
    assert "FAILED test_extractor.py::test_without_places" in out
    assert "test_still_as_good FAILED" not in out and "test_within_tolerance FAILED" not in out
    report = json.loads((project.path / "reports" / "test_without_places.gate.json").read_text())
    assert report["status"] == "regressed" and report["regressed"] == ["entities/strict/GPE", "entities/strict/micro"]
    assert (project.path / "reports" / "test_still_as_good.junit.xml").exists()


def test_plugin_refuses_an_incomparable_baseline_with_its_reason(project):
    data = json.loads((project.path / "baselines" / "toy.json").read_text())
    data["measurements"][0]["signature"]["corpus"] = "newsgold@0123456789ab"
    (project.path / "baselines" / "toy.json").write_text(json.dumps(data))
    result = project.runpytest(*plugin_args(), "-k", "still_as_good")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*SignatureMismatch*refusing to compare entities*corpus: newsgold@0123456789ab vs*"])


def test_entry_point_names_the_plugin_module():
    installed = [ep for ep in entry_points(group="pytest11") if ep.name == "newsgold"]
    if not installed:
        pytest.skip("pytest11 entry point not installed yet: add it to pyproject.toml and reinstall")
    assert installed[0].value == "newsgold.pytest_plugin"
