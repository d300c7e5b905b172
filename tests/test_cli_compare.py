"""newsgold compare: paired tests between two systems, refusing incomparable reports."""

import json
import subprocess
import sys

from newsgold import paths

SPACY = paths.project_root() / "evaluate" / "systems" / "en_core_web_sm.jsonl"
REPORT = paths.project_root() / "evaluate" / "reports" / "en_core_web_sm.json"


def run(*args):
    return subprocess.run([sys.executable, "-m", "newsgold.cli", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


def test_a_planted_drop_is_significant_and_named(tmp_path):
    records = [json.loads(line) for line in SPACY.read_text().split("\n") if line]
    for record in records:
        record["entities"] = [e for e in record["entities"] if e["label"] != "DATE"]
    degraded = tmp_path / "no-dates.jsonl"
    degraded.write_text("".join(json.dumps(r) + "\n" for r in records))
    out = tmp_path / "cmp.json"
    result = run("compare", SPACY, degraded, "--split", "test", "--trials", "2000", "--json", out)
    assert result.returncode == 0, result.stderr
    rows = {(r["metric"], r["category"]): r for r in json.loads(out.read_text())["rows"]}
    date = rows[("strict", "DATE")]
    assert date["f1_b"] == 0 and date["delta"] == -date["f1_a"] and date["p_value"] < 0.01
    assert rows[("strict", "GPE")]["delta"] == 0 and rows[("strict", "GPE")]["p_value"] == 1.0
    assert "DATE" in result.stdout


def test_reports_with_different_signatures_are_refused(tmp_path):
    report = json.loads(REPORT.read_text())
    report["signatures"]["entities"]["corpus"] = "newsgold@000000000000"
    other = tmp_path / "other.json"
    other.write_text(json.dumps(report))
    result = run("compare", REPORT, other, "--trials", "100")
    assert result.returncode == 1
    assert "cannot compare" in result.stderr and "corpus: newsgold@" in result.stderr
    assert "Traceback" not in result.stderr
