"""`--mapping` on score, baseline save and gate: labels viewed through a mapping, named in the signature."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace

from helpers import CORPUS, seed_gold

from newsgold.reports import evaluate
from newsgold.systems import load_mapping, write_predictions


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=180, cwd=cwd)


def _predictions(tmp_path):
    gold = seed_gold()
    preds = [replace(r, annotator=None, system="no-norp", events=None, stances=None,
                     entities=tuple(e for e in r.entities if e.label != "NORP")) for r in gold]
    return gold, preds, write_predictions(preds, tmp_path / "preds.jsonl")


def test_score_with_a_mapping_equals_evaluate_on_the_mapped_views(tmp_path):
    gold, preds, path = _predictions(tmp_path)
    gold_file = tmp_path / "gold.json"
    gold_file.write_text(json.dumps(gold[0].to_dict()), encoding="utf-8")
    out = tmp_path / "r.json"
    result = run("score", path, "--gold", gold_file, "--mapping", "conll2003", "--resamples", "0", "-o", out,
                 cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    report = json.loads(out.read_text())
    view = load_mapping("conll2003")
    expected = evaluate(view.view_records(gold), view.view_records(preds), layers=["entities"], n_resamples=0,
                        corpus=CORPUS, mapping=view.signature_name).section("entities", "strict")
    rows = {r["name"]: r for r in report["sections"][0]["rows"]}
    assert set(rows) == {r.name for r in expected.rows}
    for row in expected.rows:
        assert rows[row.name]["f1"] == row.f1
    assert report["signatures"]["entities"]["mapping"] == view.signature_name


def test_baseline_keeps_its_mapping_and_the_gate_refuses_another(tmp_path):
    _, _, path = _predictions(tmp_path)
    saved = run("baseline", "save", path, "--split", "dev", "--mapping", "conll2003", "-o", tmp_path / "b.json",
                "--missing", "empty", cwd=tmp_path)
    assert saved.returncode == 0, saved.stderr
    assert json.loads((tmp_path / "b.json").read_text())["config"]["mapping"] == "conll2003"
    same = run("gate", path, "-b", tmp_path / "b.json", cwd=tmp_path)
    assert same.returncode == 0, same.stdout + same.stderr
    other = run("gate", path, "-b", tmp_path / "b.json", "--mapping", "ontonotes-coarse", cwd=tmp_path)
    assert other.returncode == 2 and "mapping" in other.stderr and "Traceback" not in other.stderr
